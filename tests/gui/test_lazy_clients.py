"""The Clients tab loads a page at a time: a big clinic never loads every client at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from opcc_desk.services import demo, people
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.table_models import ClientTableModel, LazyClientTableModel
from opcc_desk.ui.tabs import ClientsTab


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, therapists=10, clients=120, referrals=150)
    return ctx


def small_pages(tab: ClientsTab, size: int) -> None:
    tab.lazy_model._page_size = size


def test_the_tab_shows_a_first_page_and_the_full_count(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    tab = ClientsTab(clinic)
    qtbot.addWidget(tab)
    small_pages(tab, 25)
    tab.reload()
    assert tab.model.rowCount() == 25
    assert tab.count_label.text() == "120 clients"
    assert tab.model.canFetchMore()
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    rows = tab.model.rows()
    assert len(rows) == 120 == len({r.id for r in rows})
    # newest intake first, the same rows (and counts) list_clients gives
    dates = [r.submitted for r in rows]
    assert dates == sorted(dates, reverse=True)  # type: ignore[type-var]
    assert sorted(rows, key=lambda r: r.id) == sorted(
        people.list_clients(clinic), key=lambda r: r.id
    )


@pytest.mark.parametrize("column", range(len(ClientTableModel.columns)))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_in_every_order_hold_each_client_once(
    clinic: ServiceContext, column: int, descending: bool
) -> None:
    order = people.CLIENT_ORDERS[column]
    seen: list[str] = []
    after = None
    while True:
        page = people.client_page(
            clinic, "", after=after, limit=17, order=order, descending=descending
        )
        seen += [r.id for r in page.rows]
        if len(page.rows) < 17:
            break
        after = page.last
    assert sorted(seen) == sorted(r.id for r in people.list_clients(clinic))


def test_sorting_a_partly_loaded_list_asks_the_database_and_keeps_the_selection(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    tab = ClientsTab(clinic)
    qtbot.addWidget(tab)
    small_pages(tab, 25)
    tab.reload()
    newest = tab.model.row_at(0)
    assert tab.select_id(newest.id)
    tab.view.sortByColumn(ClientTableModel.SUBMITTED, Qt.SortOrder.DescendingOrder)
    assert tab.selected_id() == newest.id  # read again from the database, still selected
    tab.view.sortByColumn(ClientTableModel.SUBMITTED, Qt.SortOrder.AscendingOrder)
    oldest_first = [r.submitted for r in tab.model.rows()]
    assert len(oldest_first) == 25
    assert oldest_first == sorted(oldest_first)  # type: ignore[type-var]
    everyone = people.list_clients(clinic)
    assert oldest_first[0] == min(r.submitted for r in everyone)  # type: ignore[type-var]


def test_a_search_counts_all_it_finds(qtbot: QtBot, clinic: ServiceContext) -> None:
    tab = ClientsTab(clinic)
    qtbot.addWidget(tab)
    small_pages(tab, 5)
    word = people.list_clients(clinic)[0].last_name
    tab.search.setText(word)
    tab.reload()
    found = people.list_clients(clinic, word)
    assert tab.count_label.text().startswith(f"{len(found)} client")
    assert people.count_clients(clinic, word) == len(found)


def test_lazy_model_passes_qt_checks(qtmodeltester, clinic: ServiceContext) -> None:  # type: ignore[no-untyped-def]
    model = LazyClientTableModel(page_size=10)

    def fetch(after, limit, column, descending):  # type: ignore[no-untyped-def]
        from opcc_desk.ui.table_models import ClientPageResult

        page = people.client_page(
            clinic,
            after=after,
            limit=limit,
            order=people.CLIENT_ORDERS[column],
            descending=descending,
        )
        return ClientPageResult(page.rows, page.last)

    model.restart(fetch)
    qtmodeltester.check(model)
