"""Seeing a referral through from the window: moves, history, follow-ups, match again,
the waitlist, a merge from the duplicate prompt, and the intake import preview."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from opcc_desk.__main__ import main
from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.services import duplicates, people, referrals, transfer, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.duplicate_dialog import DuplicateDialog
from opcc_desk.ui.followup_view import FollowUpModel
from opcc_desk.ui.import_preview import ImportPreviewDialog
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.match_view import MatchDialog
from opcc_desk.ui.referrals_tab import ReferralsTab
from opcc_desk.ui.waitlist_view import WaitlistDialog

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity,availability
T-1,Hélène,Gagné,RP,en;fr,relational;cbt,self_worth;relational_patterns,individual,adult,in_person;virtual,Ottawa,160,90,yes,1,mon_evening
T-2,Ana,Silva,RSW,en,cbt,anxiety,individual,adult,virtual,,110,,yes,,tue_morning
"""
CLIENTS = """id,first_name,last_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,max_fee,consent_to_contact
C-1,Zoë,François,1990-04-02,zoe@example.ca,,en,individual,adult,self_worth;relational_patterns,virtual,120,yes
C-2,Shirin,Karimi,,shirin@example.ca,,fa,couple,adult,couples,virtual,,yes
C-3,zoe,FRANCOIS,1990-04-02,,613-555-0101,en,individual,adult,anxiety,virtual,,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


def shown_moves(tab: ReferralsTab) -> set[S]:
    return {s for s, button in tab.move_buttons.items() if not button.isHidden()}


def history(tab: ReferralsTab) -> list[tuple[str, str]]:
    return [
        (cell(tab.history, r, 2), cell(tab.history, r, 3)) for r in range(tab.history.rowCount())
    ]


def test_a_referral_moves_through_its_life_from_the_referrals_tab(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    referral_id = referrals.create_referral(clinic, "C-1", "T-1")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    tab = window.referrals_tab
    tab.select_ids([referral_id])
    assert f"Referral {referral_id}" in tab.details.title()
    assert shown_moves(tab) == {S.SENT, S.DECLINED, S.NO_RESPONSE, S.WITHDRAWN}
    for status in (S.SENT, S.CONTACTED, S.BOOKED, S.ACTIVE, S.CLOSED):
        assert status in shown_moves(tab)
        tab.move_buttons[status].click()
        assert referrals.history(clinic, referral_id)[-1].to_status is status
    assert shown_moves(tab) == set()
    assert tab.match_again_button.isHidden()  # closed after therapy: nothing fell through
    assert [change for change, _why in history(tab)] == [
        "Created (Proposed)",
        "Proposed → Sent",
        "Sent → Contacted",
        "Contacted → Booked",
        "Booked → Active",
        "Active → Closed",
    ]


def test_declining_asks_why_and_match_again_leaves_out_who_was_tried(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    referral_id = referrals.create_referral(clinic, "C-1", "T-1")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    tab = window.referrals_tab
    tab.select_ids([referral_id])
    tab.move_buttons[S.DECLINED].click()  # the reason box is cancelled (None): no change
    assert referrals.history(clinic, referral_id)[-1].to_status is S.PROPOSED
    monkeypatch.setattr(dialogs, "ask_reason", lambda *_args: "therapist has no room")
    tab.move_buttons[S.DECLINED].click()
    assert history(tab)[-1] == ("Proposed → Declined", "therapist has no room")
    assert not tab.match_again_button.isHidden()
    with qtbot.waitSignal(tab.match_requested) as requested:
        tab.match_again_button.click()
    assert requested.args == ["C-1"]
    dialog = window.findChild(MatchDialog)
    assert dialog is not None and dialog.skip_tried.isChecked()
    cells = [cell(dialog.table, r, MatchDialog.THERAPIST) for r in range(dialog.table.rowCount())]
    assert len(cells) == 1 and "(T-2)" in cells[0]
    with qtbot.waitSignal(dialog.referred):
        dialog.refer_button.click()
    statuses = {r.id: r.status for r in referrals.list_referrals(clinic)}
    assert statuses[referral_id] is S.DECLINED and S.PROPOSED in statuses.values()


def test_the_follow_up_view_shows_an_overdue_referral(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = clinic.clock
    monkeypatch.setattr(clinic, "clock", lambda: datetime(2026, 11, 16, 11, 0))
    late = referrals.create_referral(clinic, "C-1", "T-1")
    referrals.change_status(clinic, late, S.SENT)
    monkeypatch.setattr(clinic, "clock", clock)
    fresh = referrals.create_referral(clinic, "C-3", "T-2")  # proposed today: not due yet
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.referrals_tab  # the first thing seen
    assert window.tabs.tabText(window.REFERRALS) == "&Referrals (1 to follow up)"
    view = window.referrals_tab.follow_ups
    assert view.model.rowCount() == 1
    row = view.model.row_at(0)
    assert (row.referral_id, row.overdue) == (late, 5)
    late_cell = view.model.index(0, FollowUpModel.LATE).data()
    assert late_cell == "5 days late"
    assert "overdue" in view.title.text()
    view.show_upcoming.setChecked(True)
    assert [view.model.row_at(r).referral_id for r in range(view.model.rowCount())] == [late, fresh]
    view.view.selectRow(0)
    assert window.referrals_tab.selected_ids() == [late]
    window.referrals_tab.move_buttons[S.CONTACTED].click()  # followed up: off the list
    view.show_upcoming.setChecked(False)
    assert view.model.rowCount() == 0
    assert window.tabs.tabText(window.REFERRALS) == "&Referrals"


def test_a_merge_from_the_duplicate_prompt(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    referral_id = referrals.create_referral(clinic, "C-3", "T-2")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    editor = window.open_client("")  # a new intake; its save is C-3 for this test
    assert editor is not None
    editor.saved.emit("C-3")
    dialog = window.findChild(DuplicateDialog)
    assert dialog is not None
    assert cell(dialog.table, 1, DuplicateDialog.ID) == "C-1"
    assert "same date of birth" in cell(dialog.table, 1, DuplicateDialog.WHY)
    with qtbot.waitSignal(dialog.merged) as merged:
        dialog.merge_button.click()
    assert merged.args == ["C-1"]
    assert people.get_client(clinic, "C-3").archived
    assert duplicates.merged_into(clinic, "C-3") == "C-1"
    moved = next(r for r in referrals.list_referrals(clinic) if r.id == referral_id)
    assert moved.client_id == "C-1"
    assert window.clients_tab.selected_id() == "C-1"


def test_keep_both_is_remembered(qtbot: QtBot, clinic: ServiceContext) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    dialog = window.check_duplicates("C-3")
    assert dialog is not None
    dialog.keep_button.click()
    assert window.check_duplicates("C-3") is None
    assert not people.get_client(clinic, "C-3").archived


def test_waitlist_from_the_match_dialog_and_the_clients_tab(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch, modal_boxes: object
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    dialog = window.open_matches("C-2")  # Farsi couple: nobody fits
    assert not dialog.waitlist_button.isHidden()
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args, **_kw: "Urgent")
    dialog.waitlist_button.click()
    window.clients_tab.select_id("C-3")
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args, **_kw: "Low")
    window.clients_tab.waitlist_button.click()
    waiting = window.open_waitlist()
    assert isinstance(waiting, WaitlistDialog)
    rows = [waiting.model.row_at(r) for r in range(waiting.model.rowCount())]
    assert [(w.client_id, w.priority.value) for w in rows] == [("C-2", "urgent"), ("C-3", "low")]
    assert rows[0].fits_now == () and rows[1].fits_now == ("T-2", "T-1")


def test_an_ending_from_the_command_line_reports_the_waiting_clients_the_window_does(
    qtbot: QtBot,
    clinic: ServiceContext,
    db_url: str,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    therapist = people.get_therapist(clinic, "T-1")
    therapist.capacity = 2
    people.update_therapist(clinic, therapist)
    by_window = referrals.create_referral(clinic, "C-3", "T-1")
    by_command = referrals.create_referral(clinic, "C-2", "T-1")  # T-1 is full now
    waitlist.add_to_waitlist(clinic, "C-1")
    assert waitlist.waiting_clients_for(clinic, "T-1") == []
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.referrals_tab.select_ids([by_window])
    monkeypatch.setattr(dialogs, "ask_reason", lambda *_args: "moved away")
    window.referrals_tab.move_buttons[S.WITHDRAWN].click()
    [told] = modal_boxes.messages("info")
    in_window = re.findall(r"\((C-\d+)\), \w+ priority", told)
    assert in_window == ["C-1"]

    capsys.readouterr()
    command = ["--db", db_url, "referral", "status", str(by_command), "withdrawn"]
    assert main([*command, "--reason", "found a clinic nearer home"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == f"Referral {by_command} is now withdrawn."
    assert "T-1 has room again" in printed[1]
    on_command_line = [line.split()[0] for line in printed[2:]]
    assert on_command_line == in_window
    assert [w.client_id for w in waitlist.waiting_clients_for(clinic, "T-1")] == in_window


def test_a_therapist_starting_to_accept_points_out_waiting_clients(
    qtbot: QtBot, clinic: ServiceContext, modal_boxes: Any
) -> None:
    waitlist.add_to_waitlist(clinic, "C-3")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.point_out_waiting_clients("T-2")
    [info] = modal_boxes.messages("info")
    assert "C-3" in info and "Nobody has been contacted" in info
    window.point_out_waiting_clients("T-2")  # said once is enough
    assert len(modal_boxes.messages("info")) == 1


def test_intake_import_preview(
    qtbot: QtBot, clinic: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "intake.csv"
    header = CLIENTS.splitlines()[0]
    path.write_text(
        header
        + "\nW-1,Zoe,Francois,1990-04-02,,,en,individual,adult,anxiety,virtual,,yes"
        + "\nW-2,Sam,Lee,,,,en,individual,adult,anxiety,virtual,,yes\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(path))
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    dialog = window.import_intake()
    assert isinstance(dialog, ImportPreviewDialog)
    assert dialog.table.rowCount() == 2
    assert cell(dialog.table, 0, ImportPreviewDialog.DUPLICATES).startswith("C-1: similar")
    assert cell(dialog.table, 1, ImportPreviewDialog.ACTION) == "Problem"
    assert not dialog.import_button.isEnabled()
    path.write_text(
        header
        + "\nW-1,Zoe,Francois,1990-04-02,z@example.ca,,en,individual,adult,anxiety,virtual,,yes\n",
        encoding="utf-8",
    )
    dialog.refresh()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert people.get_client(clinic, "W-1").first_name == "Zoe"
