"""The Referrals tab's search: client name (the Clients search's word rule), intake id,
referral number, therapist name or id, combined with the status filter."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from opcc_desk.domain.enums import OPEN_STATUSES, ReferralStatus
from opcc_desk.domain.models import ReferralRow
from opcc_desk.domain.search import fold
from opcc_desk.services import demo, referrals
from opcc_desk.services.context import ServiceContext


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, therapists=20, clients=80, referrals=150)
    return ctx


def every_page(
    ctx: ServiceContext, query: str, statuses: list[ReferralStatus] | None = None
) -> list[ReferralRow]:
    """The whole search, read page by page as the window scrolls (small pages)."""
    found: list[ReferralRow] = []
    after = None
    while True:
        page = referrals.page(ctx, statuses, query=query, after=after, limit=7)
        found += page
        if len(page) < 7:
            return found
        after = referrals.PageKey(page[-1].created_at, page[-1].id)


def expect(ctx: ServiceContext, keep: Callable[[ReferralRow], bool]) -> list[int]:
    return [r.id for r in referrals.list_referrals(ctx) if keep(r)]


def test_a_client_s_first_name_finds_their_referrals_and_no_others(
    clinic: ServiceContext,
) -> None:
    someone = referrals.list_referrals(clinic)[40]
    first = someone.client_name.split()[0]
    found = every_page(clinic, first)
    assert someone.id in [r.id for r in found]
    # every referral found names that word, in the client's or the therapist's name
    for row in found:
        words = fold(f"{row.client_name} {row.therapist_name}").replace("-", " ").split()
        assert any(w.startswith(fold(first)) for w in words), row
    assert referrals.count(clinic, query=first) == len(found)


def test_intake_id_and_referral_number_find_exactly_those(clinic: ServiceContext) -> None:
    someone = referrals.list_referrals(clinic)[10]
    by_intake = every_page(clinic, someone.client_id)
    assert [r.id for r in by_intake] == expect(clinic, lambda r: r.client_id == someone.client_id)
    number = str(someone.id)
    assert someone.id in [r.id for r in every_page(clinic, number)]
    assert someone.id in [r.id for r in every_page(clinic, f"#{number}")]


def test_therapist_name_and_status_filter_combine(clinic: ServiceContext) -> None:
    someone = referrals.list_referrals(clinic)[5]
    last = someone.therapist_name.split()[-1]
    open_ones = sorted(OPEN_STATUSES, key=list(ReferralStatus).index)
    found = every_page(clinic, f"{last} {someone.therapist_id}", open_ones)
    assert [r.id for r in found] == expect(
        clinic, lambda r: r.therapist_id == someone.therapist_id and r.status in OPEN_STATUSES
    )
    assert referrals.count(clinic, open_ones, query=someone.therapist_id) == len(found)


def test_two_words_must_both_be_found(clinic: ServiceContext) -> None:
    someone = referrals.list_referrals(clinic)[20]
    client_first = someone.client_name.split()[0]
    found = every_page(clinic, f"{client_first} {someone.therapist_id}")
    assert someone.id in [r.id for r in found]
    assert all(r.therapist_id == someone.therapist_id for r in found)


def test_nothing_typed_is_the_whole_list_and_nonsense_finds_nothing(
    clinic: ServiceContext,
) -> None:
    assert referrals.count(clinic, query="   ") == referrals.count(clinic) == 150
    assert every_page(clinic, "zzqx") == []
    assert referrals.count(clinic, query="100% _") == 0


def test_broad_and_narrow_searches_find_the_same_pages(
    clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Walking the list in order (a broad word) and gathering through the indexes (a
    narrow one) are two roads to the same referrals, in the same order."""
    queries = ["m", "a", "m c-0", "#1", "e t-"]
    narrow = {q: [r.id for r in every_page(clinic, q)] for q in queries}
    monkeypatch.setattr(referrals, "BROAD", 1)
    assert {q: [r.id for r in every_page(clinic, q)] for q in queries} == narrow
    assert any(len(ids) > 7 for ids in narrow.values())  # several pages were compared
