"""Table models pass Qt's model checks and sort by value; the tabs search as you type."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import ClientType, ModalityPreference, ReferralStatus
from opcc_desk.domain.models import ClientRow, ReferralRow, TherapistRow
from opcc_desk.services import people, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.table_models import (
    SORT_ROLE,
    ClientTableModel,
    ReferralTableModel,
    TherapistTableModel,
)
from opcc_desk.ui.tabs import ClientsTab, TherapistsTab

CLIENTS_CSV = """id,first_name,last_name,email,phone,language,client_type,concerns,modality,consent_to_contact,submitted
C-1,Zoë,François,zoe@example.ca,,fr,individual,self_worth,either,yes,2026-01-05
C-2,王,小明,,416-555-0101,zh,individual,anxiety,virtual,yes,2026-03-01
C-3,Nguyễn Thị,Minh Khai,minh@example.ca,,vi,couple,couples,in_person,yes,2025-12-24
C-4,Zoe,Martin,zmartin@example.ca,,en,family,family,either,no,2026-02-14
"""


def client_row(i: int, **changes: object) -> ClientRow:
    values: dict[str, object] = dict(
        id=f"C-{i}",
        first_name=f"First{i}",
        last_name=f"Last{i}",
        preferred_name="",
        email=f"p{i}@example.ca",
        phone="",
        language="en",
        client_type=ClientType.INDIVIDUAL,
        modality=ModalityPreference.EITHER,
        city="Ottawa",
        submitted=datetime(2026, 1, i),
        open_referrals=i % 3,
        archived=False,
    )
    values.update(changes)
    return ClientRow(**values)  # type: ignore[arg-type]


def test_client_model_passes_qt_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ClientTableModel()
    model.set_rows([client_row(i) for i in range(1, 6)])
    qtmodeltester.check(model, force_py=True)


def test_therapist_model_passes_qt_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = TherapistTableModel()
    model.set_rows(
        [
            TherapistRow(
                id=f"T-{i}",
                first_name="Ana",
                last_name=f"Silva{i}",
                credentials="RP",
                languages="en, pt",
                approaches="CBT",
                modalities="virtual",
                fee=Decimal("120.00") + i,
                sliding_scale_min=None if i % 2 else Decimal("80"),
                accepting=bool(i % 2),
                capacity=10,
                open_referrals=i,
                archived=False,
            )
            for i in range(4)
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, TherapistTableModel.FEE)) == "$120"
    assert model.data(model.index(0, TherapistTableModel.LOAD)) == "0 / 10"


def test_referral_model_passes_qt_checks(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ReferralTableModel()
    when = datetime(2026, 5, 1, 10, 0)
    model.set_rows(
        [
            ReferralRow(i, f"C-{i}", "Zoë F", "T-1", "Ana S", "cbt", "CBT", status, when, when)
            for i, status in enumerate(ReferralStatus, start=1)
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(7, ReferralTableModel.STATUS)) == "No response"


def test_dates_and_counts_sort_by_value_not_text() -> None:
    model = ClientTableModel()
    model.set_rows([client_row(2, open_referrals=10), client_row(1, open_referrals=9)])
    open_col = ClientTableModel.OPEN
    assert model.data(model.index(0, open_col), SORT_ROLE) > model.data(
        model.index(1, open_col), SORT_ROLE
    )
    assert model.data(model.index(0, open_col), Qt.ItemDataRole.DisplayRole) == "10"


@pytest.fixture
def loaded(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    path = tmp_path / "clients.csv"
    path.write_text(CLIENTS_CSV, encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
    return ctx


def shown_ids(tab: ClientsTab) -> list[str]:
    return sorted(row.id for row in tab.model.rows())


def test_search_as_you_type_ignores_accents_and_case(qtbot: QtBot, loaded: ServiceContext) -> None:
    tab = ClientsTab(loaded)
    qtbot.addWidget(tab)
    tab.reload()
    assert shown_ids(tab) == ["C-1", "C-2", "C-3", "C-4"]
    tab.search.setText("ZOE")  # finds Zoë and Zoe
    qtbot.waitUntil(lambda: shown_ids(tab) == ["C-1", "C-4"])
    tab.search.setText("nguyen minh")
    qtbot.waitUntil(lambda: shown_ids(tab) == ["C-3"])
    tab.search.setText("王")
    qtbot.waitUntil(lambda: shown_ids(tab) == ["C-2"])
    tab.search.setText("4165550101")  # digits find the punctuated phone
    qtbot.waitUntil(lambda: shown_ids(tab) == ["C-2"])
    tab.search.setText("c-4")
    qtbot.waitUntil(lambda: shown_ids(tab) == ["C-4"])
    assert tab.count_label.text() == "1 client"


def test_search_with_like_wildcards_is_literal(qtbot: QtBot, loaded: ServiceContext) -> None:
    tab = ClientsTab(loaded)
    qtbot.addWidget(tab)
    tab.search.setText("%")
    qtbot.waitUntil(lambda: tab.count_label.text() == "0 clients")


def test_archive_hides_and_show_archived_restores(
    qtbot: QtBot, loaded: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_yes_no", lambda _p, _t, text: asked.append(text) or True)
    tab = ClientsTab(loaded)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.select_id("C-3")
    assert tab.archive_button.text() == "Archive"
    tab.archive_button.click()
    assert "Nothing is deleted" in asked[0]
    assert "C-3" not in shown_ids(tab)
    assert people.get_client(loaded, "C-3").archived
    tab.show_archived.setChecked(True)
    assert "C-3" in shown_ids(tab)
    assert tab.select_id("C-3")
    assert tab.archive_button.text() == "Restore"
    tab.archive_button.click()
    assert not people.get_client(loaded, "C-3").archived
    tab.show_archived.setChecked(False)
    assert "C-3" in shown_ids(tab)


def test_therapist_tab_lists_the_directory(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path
) -> None:
    path = tmp_path / "t.csv"
    path.write_text(
        "id,first_name,last_name,languages,approaches,client_types,age_groups,modalities,fee,accepting\n"
        "T-1,Hélène,Gagné,en;fr,relational,individual,adult,virtual,150,yes\n",
        encoding="utf-8",
    )
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, path)
    tab = TherapistsTab(ctx)
    qtbot.addWidget(tab)
    tab.reload()
    model = tab.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, TherapistTableModel.NAME)) == "Gagné, Hélène"
    assert model.data(model.index(0, TherapistTableModel.APPROACHES)) == "Relational psychotherapy"


def test_clicking_a_column_sorts_by_value_and_keeps_the_selection(
    qtbot: QtBot, loaded: ServiceContext
) -> None:
    tab = ClientsTab(loaded)
    qtbot.addWidget(tab)
    tab.reload()
    assert tab.select_id("C-3")
    tab.view.sortByColumn(ClientTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [tab.model.row_at(r).last_name for r in range(tab.model.rowCount())]
    assert names == ["François", "Martin", "Minh Khai", "小明"]  # accents ignored
    assert tab.selected_id() == "C-3"
    tab.view.sortByColumn(ClientTableModel.SUBMITTED, Qt.SortOrder.DescendingOrder)
    assert [r.id for r in tab.model.rows()] == ["C-2", "C-4", "C-1", "C-3"]
    tab.search.setText("zoe")  # a new search keeps the chosen order
    qtbot.waitUntil(lambda: [r.id for r in tab.model.rows()] == ["C-4", "C-1"])
