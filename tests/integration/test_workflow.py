"""Seeing referrals through: lifecycle via the service, capacity, follow-ups, matching
again, the waitlist, duplicates and merging."""

from __future__ import annotations

import itertools
import stat
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from opcc_desk.db.models import AuditRecord, LetterRecord, ReferralEventRecord
from opcc_desk.domain.enums import Priority
from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.domain.followup import FollowUpRules
from opcc_desk.domain.lifecycle import ENDINGS
from opcc_desk.domain.settings import FOLLOW_UP_DELAYS
from opcc_desk.services import (
    audit,
    duplicates,
    followups,
    matching,
    people,
    referrals,
    settings,
    transfer,
    waitlist,
)
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity,availability
T-1,Hélène,Gagné,RP,en;fr,relational;cbt,self_worth;relational_patterns,individual,adult,in_person;virtual,Ottawa,160,90,yes,1,mon_evening
T-2,Ana,Silva,RSW,en,cbt,anxiety,individual,adult,virtual,,110,,yes,,tue_morning
T-3,Farid,Rahimi,RP,fa;en,eft,couples,couple,adult,virtual,,130,,no,,
"""
CLIENTS = """id,first_name,last_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,max_fee,availability,consent_to_contact
C-1,Zoë,François,1990-04-02,zoe@example.ca,,en,individual,adult,self_worth;relational_patterns,virtual,120,mon_evening,yes
C-2,Shirin,Karimi,,shirin@example.ca,,fa,couple,adult,couples,virtual,,,yes
C-3,Zoe,Francois,1990-04-02,,613-555-0101,en,individual,adult,anxiety,virtual,,,yes
C-4,Ravi,Patel,,ravi@example.ca,,en,individual,adult,anxiety,virtual,,,yes
"""
ORDER = [S.PROPOSED, S.SENT, S.CONTACTED, S.BOOKED, S.ACTIVE, S.CLOSED]


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def walk_to(ctx: ServiceContext, referral_id: int, target: S) -> None:
    for status in ORDER[1 : ORDER.index(target) + 1]:
        referrals.change_status(ctx, referral_id, status)


OPEN = [s for s in ORDER if s.is_open]
SERVICE_PAIRS = list(itertools.product(OPEN, S))


@pytest.mark.parametrize("db_backend", ["sqlite"])
@pytest.mark.parametrize(
    ("start", "new"), SERVICE_PAIRS, ids=[f"{a}->{b}" for a, b in SERVICE_PAIRS]
)
def test_service_refuses_illegal_moves_and_records_legal_ones(
    clinic: ServiceContext, start: S, new: S
) -> None:
    referral_id = referrals.create_referral(clinic, "C-4", "T-2")
    walk_to(clinic, referral_id, start)
    legal = new == (ORDER[ORDER.index(start) + 1]) or new in ENDINGS
    if legal:
        referrals.change_status(clinic, referral_id, new, "client's choice")
        last = referrals.history(clinic, referral_id)[-1]
        assert (last.from_status, last.to_status, last.by) == (start, new, "tester")
        assert last.reason == "client's choice"
    else:
        with pytest.raises(ServiceError):
            referrals.change_status(clinic, referral_id, new, "client's choice")
        assert referrals.history(clinic, referral_id)[-1].to_status == start


def test_ended_referrals_cannot_move(clinic: ServiceContext) -> None:
    referral_id = referrals.create_referral(clinic, "C-4", "T-2")
    referrals.change_status(clinic, referral_id, S.DECLINED, "fee too high")
    for status in S:
        with pytest.raises(ServiceError, match="cannot change any more"):
            referrals.change_status(clinic, referral_id, status, "again")


def qualified(ctx: ServiceContext, client_id: str) -> list[str]:
    return [m.therapist_id for m in matching.find_matches(ctx, client_id).matches]


def test_open_referrals_use_capacity_and_an_ending_frees_it(clinic: ServiceContext) -> None:
    assert "T-1" in qualified(clinic, "C-1")  # capacity 1, nothing open
    first = referrals.create_referral(clinic, "C-3", "T-1")
    assert "T-1" not in qualified(clinic, "C-1")  # full while C-3's referral is open
    walk_to(clinic, first, S.ACTIVE)
    assert "T-1" not in qualified(clinic, "C-1")  # active still counts
    referrals.change_status(clinic, first, S.CLOSED)
    assert "T-1" in qualified(clinic, "C-1")  # closed: room again
    second = referrals.create_referral(clinic, "C-1", "T-1")
    assert "T-1" not in qualified(clinic, "C-3")
    referrals.change_status(clinic, second, S.WITHDRAWN, "moved away")
    assert "T-1" in qualified(clinic, "C-3")


def test_follow_ups_due_and_sorted_by_how_overdue(
    clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def at(when: datetime) -> None:
        monkeypatch.setattr(clinic, "clock", lambda: when)

    at(datetime(2026, 11, 16, 10, 0))  # Monday
    sent_long_ago = referrals.create_referral(clinic, "C-4", "T-2")
    referrals.change_status(clinic, sent_long_ago, S.SENT)  # due Thursday 19th
    at(datetime(2026, 11, 24, 10, 0))  # Tuesday
    contacted = referrals.create_referral(clinic, "C-1", "T-2")
    walk_to(clinic, contacted, S.CONTACTED)  # due Tuesday Dec 1: not yet
    proposed = referrals.create_referral(clinic, "C-3", "T-1")  # due Wednesday 25th
    booked = referrals.create_referral(clinic, "C-2", "T-2")
    walk_to(clinic, booked, S.BOOKED)
    followups.set_first_session(clinic, booked, date(2026, 11, 26))  # due today
    at(datetime(2026, 11, 26, 9, 30))  # Thursday, the test clock
    due = followups.follow_ups(clinic)
    assert [(f.referral_id, f.overdue) for f in due] == [
        (sent_long_ago, 5),
        (proposed, 1),
        (booked, 0),
    ]
    assert due[0].due == date(2026, 11, 19)
    assert due[0].next_step.startswith("Ask the client")
    upcoming = followups.follow_ups(clinic, include_upcoming=True)
    assert upcoming[-1].referral_id == contacted and upcoming[-1].overdue < 0
    # a move starts the clock again; an ending stops it
    referrals.change_status(clinic, sent_long_ago, S.CONTACTED)
    referrals.change_status(clinic, proposed, S.NO_RESPONSE)
    assert [f.referral_id for f in followups.follow_ups(clinic)] == [booked]


def test_director_sets_the_follow_up_delays(clinic: ServiceContext) -> None:
    referral_id = referrals.create_referral(clinic, "C-4", "T-2")  # proposed today (Thursday)
    assert followups.follow_ups(clinic) == []
    rules = settings.get(clinic, FOLLOW_UP_DELAYS)
    settings.save(clinic, FOLLOW_UP_DELAYS, FollowUpRules({**rules.days, S.PROPOSED: 0}))
    assert [f.referral_id for f in followups.follow_ups(clinic)] == [referral_id]


def test_match_again_leaves_out_who_was_tried_and_keeps_the_old_referral(
    clinic: ServiceContext,
) -> None:
    old = referrals.create_referral(clinic, "C-1", "T-1")
    with pytest.raises(ServiceError, match="still proposed"):
        referrals.match_again(clinic, old)
    referrals.change_status(clinic, old, S.DECLINED, "therapist has no evening room")
    report = referrals.match_again(clinic, old)
    assert [m.therapist_id for m in report.result.matches] == ["T-2"]
    assert report.result.excluded == 1
    new = referrals.create_referral(clinic, "C-1", "T-2")
    rows = {r.id: r for r in referrals.list_referrals(clinic)}
    assert rows[old].status is S.DECLINED and rows[new].status is S.PROPOSED
    assert [e.to_status for e in referrals.history(clinic, old)] == [S.PROPOSED, S.DECLINED]


def test_waitlist_suggests_clients_when_a_therapist_frees_capacity(clinic: ServiceContext) -> None:
    holder = referrals.create_referral(clinic, "C-3", "T-1")  # T-1 is full (capacity 1)
    waitlist.add_to_waitlist(clinic, "C-1", Priority.HIGH, "evenings only", since=date(2026, 11, 2))
    waitlist.add_to_waitlist(clinic, "C-2", Priority.URGENT)  # Farsi couple: nobody fits
    waiting = waitlist.list_waitlist(clinic)
    assert [w.client_id for w in waiting] == ["C-2", "C-1"]  # urgent first
    assert waiting[1].days_waiting == 24 and waiting[1].note == "evenings only"
    assert waiting[0].fits_now == ()
    assert waitlist.waiting_clients_for(clinic, "T-1") == []
    result = referrals.change_status(clinic, holder, S.WITHDRAWN, "moved to Montréal")
    assert [w.client_id for w in result.waiting_fits] == ["C-1"]
    assert [w.client_id for w in waitlist.waiting_clients_for(clinic, "T-1")] == ["C-1"]


def test_waitlist_suggests_clients_when_a_therapist_starts_accepting(
    clinic: ServiceContext,
) -> None:
    waitlist.add_to_waitlist(clinic, "C-2", Priority.NORMAL)
    assert waitlist.waiting_clients_for(clinic, "T-3") == []
    therapist = people.get_therapist(clinic, "T-3")
    therapist.accepting = True
    people.update_therapist(clinic, therapist)
    assert [w.client_id for w in waitlist.waiting_clients_for(clinic, "T-3")] == ["C-2"]
    assert waitlist.list_waitlist(clinic)[0].fits_now == ("T-3",)
    # referring the client ends the wait; the entry is closed, not deleted
    referrals.create_referral(clinic, "C-2", "T-3")
    assert waitlist.list_waitlist(clinic) == []


def test_waitlist_export_is_private_and_audited(clinic: ServiceContext, tmp_path: Path) -> None:
    waitlist.add_to_waitlist(clinic, "C-1", Priority.LOW, since=date(2026, 11, 20))
    path = tmp_path / "waitlist.csv"
    assert waitlist.export_waitlist(clinic, path) == 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines == [
        "client_id,priority,since,days_waiting,note,fits_now",
        "C-1,low,2026-11-20,6,,T-1;T-2",
    ]
    referrals.create_referral(clinic, "C-4", "T-2")
    assert referrals.export_referrals(clinic, tmp_path / "referrals.csv") == 1
    exports = audit.search(clinic, audit.AuditQuery(action="export"))
    assert len(exports) == 2


def test_duplicate_of_a_stored_client_and_keep_both(clinic: ServiceContext) -> None:
    found = duplicates.duplicates_of(clinic, "C-3")
    assert [(d.client_id, d.reason) for d in found] == [
        ("C-1", "similar name (100%), same date of birth")
    ]
    duplicates.keep_both(clinic, "C-3", "C-1")
    assert duplicates.duplicates_of(clinic, "C-3") == []
    assert duplicates.duplicates_of(clinic, "C-1") == []


def count(ctx: ServiceContext, model: type[object]) -> int:
    with ctx.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_merge_keeps_all_history(
    clinic: ServiceContext, count_of: Callable[..., int] = count
) -> None:
    first = referrals.create_referral(clinic, "C-3", "T-2")
    referrals.change_status(clinic, first, S.DECLINED, "no evening times")
    second = referrals.create_referral(clinic, "C-3", "T-1")
    with clinic.transaction() as session:  # a printed letter stays with its referral
        session.add(
            LetterRecord(
                referral_id=first,
                version=1,
                language="en",
                pdf=b"%PDF",
                sha256="0" * 64,
                created_at=clinic.clock(),
            )
        )
    waitlist.add_to_waitlist(clinic, "C-3", Priority.HIGH)
    before = {m: count_of(clinic, m) for m in (ReferralEventRecord, LetterRecord, AuditRecord)}
    result = duplicates.merge_clients(clinic, "C-1", "C-3")
    assert result.referrals_moved == (first, second)
    assert result.waitlist_moved
    assert result.fields_filled == ("phone",)
    assert count_of(clinic, ReferralEventRecord) == before[ReferralEventRecord]
    assert count_of(clinic, LetterRecord) == before[LetterRecord]
    assert count_of(clinic, AuditRecord) == before[AuditRecord] + 2
    # the kept record has every referral; the merged one is archived and points to it
    kept = [r for r in referrals.list_referrals(clinic) if r.client_id == "C-1"]
    assert sorted(r.id for r in kept) == [first, second]
    assert [e.to_status for e in referrals.history(clinic, first)] == [S.PROPOSED, S.DECLINED]
    merged = people.get_client(clinic, "C-3")
    assert merged.archived
    assert duplicates.merged_into(clinic, "C-3") == "C-1"
    assert people.get_client(clinic, "C-1").phone
    assert [w.client_id for w in waitlist.list_waitlist(clinic)] == ["C-1"]
    archived = audit.search(clinic, audit.AuditQuery(record_ref="C-3", action="archive"))
    assert [e.detail for e in archived] == [f"merged into C-1; referrals moved: {first}, {second}"]
    assert audit.verify(clinic).intact
    with pytest.raises(ServiceError, match="archived already"):
        duplicates.merge_clients(clinic, "C-1", "C-3")
