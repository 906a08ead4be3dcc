"""The Referrals list fetched a page at a time: Qt's model checks, order, and laziness."""

from __future__ import annotations

from collections.abc import Collection

import pytest
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import OPEN_STATUSES, ReferralStatus
from opcc_desk.domain.models import ReferralRow
from opcc_desk.services import demo, referrals
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.table_models import FetchPage, LazyReferralTableModel

PAGE = 50


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, therapists=20, clients=150, referrals=230)
    return ctx


def fetcher(
    ctx: ServiceContext, statuses: Collection[ReferralStatus] | None = None
) -> tuple[FetchPage, list[int]]:
    """A page reader for the model, and the list of page sizes it was asked for."""
    asked: list[int] = []

    def fetch(last: ReferralRow | None, limit: int) -> list[ReferralRow]:
        asked.append(limit)
        after = referrals.PageKey(last.created_at, last.id) if last else None
        return referrals.page(ctx, statuses, after=after, limit=limit)

    return fetch, asked


def test_pages_concatenate_to_the_full_list(clinic: ServiceContext) -> None:
    model = LazyReferralTableModel(page_size=PAGE)
    fetch, asked = fetcher(clinic)
    model.restart(fetch)
    assert model.rowCount() == PAGE and len(asked) == 1  # one page, not every referral
    while model.canFetchMore():
        model.fetchMore()
    assert [r.id for r in model.rows()] == [r.id for r in referrals.list_referrals(clinic)]
    assert model.rowCount() == referrals.count(clinic) == 230
    assert not model.canFetchMore()


def test_open_only_pages_match_the_filtered_list(clinic: ServiceContext) -> None:
    model = LazyReferralTableModel(page_size=PAGE)
    model.restart(fetcher(clinic, OPEN_STATUSES)[0])
    while model.canFetchMore():
        model.fetchMore()
    expected = [r.id for r in referrals.list_referrals(clinic) if r.status.is_open]
    assert [r.id for r in model.rows()] == expected
    assert referrals.count(clinic, OPEN_STATUSES) == len(expected)


def test_lazy_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, clinic: ServiceContext
) -> None:
    # force_py: the Python checks also fetch every page, which is what they should survive
    model = LazyReferralTableModel(page_size=PAGE)
    model.restart(fetcher(clinic)[0])
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]
    model.restart(fetcher(clinic, [ReferralStatus.DECLINED])[0])
    qtmodeltester.check(model, force_py=True)  # type: ignore[no-untyped-call]


def test_view_fetches_more_only_when_scrolled(qtbot: QtBot, clinic: ServiceContext) -> None:
    model = LazyReferralTableModel(page_size=PAGE)
    model.restart(fetcher(clinic)[0])
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == PAGE
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    assert model.rowCount() < 230  # the next page, not the whole list

    def held_at_the_bottom() -> bool:  # as a user keeps dragging the scroll bar down
        view.scrollToBottom()
        return not model.canFetchMore()

    qtbot.waitUntil(held_at_the_bottom)
    assert model.rowCount() == 230


def test_empty_list(clinic: ServiceContext) -> None:
    model = LazyReferralTableModel(page_size=PAGE)
    assert not model.canFetchMore()  # nothing to fetch before a reader is given
    model.restart(fetcher(clinic, [ReferralStatus.CLOSED, ReferralStatus.WITHDRAWN])[0])
    model.restart(lambda _last, _limit: [])
    assert model.rowCount() == 0 and not model.canFetchMore()
