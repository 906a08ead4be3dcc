"""The client's page: one person's details, referrals with their history and letters,
waiting entries, merged records and contact log; adding a contact from it; Enter and
double-click on the Clients table open it; the follow-up list's last contact."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from opcc_desk.domain.changes import ChangeKind
from opcc_desk.domain.contacts import MAX_NOTE, Outcome
from opcc_desk.domain.enums import Priority
from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.domain.localtime import wall_clock
from opcc_desk.services import (
    audit,
    contacts,
    duplicates,
    letters,
    people,
    referrals,
    transfer,
    waitlist,
)
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.client_page import ClientPage, cell
from opcc_desk.ui.contact_dialog import ContactDialog
from opcc_desk.ui.followup_view import FollowUpModel
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.letter_view import LetterDialog
from opcc_desk.ui.main_window import MainWindow

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity,availability
T-1,Hélène,Gagné,RP,en;fr,relational;cbt,self_worth;relational_patterns;anxiety,individual,adult,in_person;virtual,Ottawa,160,90,yes,,mon_evening
T-2,Ana,Silva,RSW,en,cbt,anxiety,individual,adult,virtual,,110,,yes,,tue_morning
"""
CLIENTS = """id,first_name,last_name,preferred_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,max_fee,consent_to_contact,notes
C-1,Zoë,François,Zo,1990-04-02,zoe@example.ca,,en,individual,adult,self_worth;relational_patterns,virtual,120,yes,Prefers evenings
C-2,小龙,李,,,li@example.ca,,zh,individual,adult,anxiety,virtual,,yes,
C-3,Zoe,Francois,,1990-04-02,,613-555-0101,en,individual,adult,anxiety,virtual,,yes,
C-4,محمد,العلي,,,m.ali@example.ca,,ar,individual,adult,anxiety,virtual,,yes,
"""
NOTE = "Asked to be called after 6 pm; partner must not know"


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def rows(table: object) -> list[list[str]]:
    from PySide6.QtWidgets import QTableWidget

    assert isinstance(table, QTableWidget)
    return [
        [cell(table, r, c) for c in range(table.columnCount())] for r in range(table.rowCount())
    ]


def open_page(qtbot: QtBot, ctx: ServiceContext, client_id: str) -> ClientPage:
    page = ClientPage(ctx, client_id)
    qtbot.addWidget(page)
    return page


def test_the_page_shows_the_whole_story(qtbot: QtBot, clinic: ServiceContext) -> None:
    declined = referrals.create_referral(clinic, "C-1", "T-2")
    referrals.change_status(clinic, declined, S.DECLINED, "no evening times")
    current = referrals.create_referral(clinic, "C-1", "T-1")
    letters.generate_letter(clinic, current)
    letters.generate_letter(clinic, current, "fr")
    referrals.change_status(clinic, current, S.SENT)
    waitlist.add_to_waitlist(clinic, "C-1", Priority.HIGH, "evenings only")
    duplicates.merge_clients(clinic, "C-1", "C-3")
    contacts.add_contact(
        clinic,
        "C-1",
        kind="call",
        direction="out",
        outcome="no_answer",
        at=clinic.clock() - timedelta(days=1),
    )
    contacts.add_contact(
        clinic,
        "C-1",
        kind="email",
        direction="in",
        outcome="reached",
        note=NOTE,
        referral_id=current,
    )

    page = open_page(qtbot, clinic, "C-1")
    assert "Zoë François" in page.heading.text() and "goes by Zo" in page.heading.text()
    assert page.windowTitle() == "Client Zoë François (C-1)"
    assert page.detail_labels["Email"].text() == "zoe@example.ca"
    assert page.detail_labels["Phone"].text() == "(613) 555-0101"  # filled by the merge
    assert page.detail_labels["Notes"].text() == "Prefers evenings"
    # referrals, newest first; the newest is chosen and its steps and letters shown
    listed = rows(page.referrals)
    assert [r[0] for r in listed] == [str(current), str(declined)]
    assert listed[0][1] == "Hélène Gagné (T-1)" and listed[0][3] == "Sent"
    assert [r[2] for r in rows(page.history)] == ["Created (Proposed)", "Proposed → Sent"]
    assert [(r[0], r[3]) for r in rows(page.letters)] == [("2", "French"), ("1", "English")]
    page.referrals.selectRow(1)
    assert rows(page.history)[-1][2:] == ["Proposed → Declined", "no evening times"]
    assert rows(page.letters) == []
    assert not page.open_letter_button.isEnabled()
    # the contact log, newest first, with the note in full
    log = rows(page.contacts)
    assert [(r[1], r[3]) for r in log] == [("Email", "Reached"), ("Call", "No answer")]
    assert log[0][4] == str(current) and log[0][5] == "tester" and log[0][6] == NOTE
    assert page.sections.tabText(1) == "Contact &log (2)"
    assert "Waiting since 2026-11-26" in page.waiting.text()
    assert "evenings only" in page.waiting.text()
    assert "Zoe Francois (C-3) was merged into this record" in page.links.text()
    # reading the page is a view of the client, in the audit log
    views = audit.search(clinic, audit.AuditQuery(record_ref="C-1", action="view"))
    assert "client page" in [e.detail for e in views]


def test_a_stored_letter_opens_as_it_was_made(qtbot: QtBot, clinic: ServiceContext) -> None:
    referral = referrals.create_referral(clinic, "C-1", "T-1")
    first = letters.generate_letter(clinic, referral)
    letters.generate_letter(clinic, referral)
    page = open_page(qtbot, clinic, "C-1")
    page.letters.selectRow(1)  # version 1
    dialog = page.open_letter()
    assert isinstance(dialog, LetterDialog)
    qtbot.addWidget(dialog)
    assert dialog.current is not None
    assert dialog.current.info.version == 1 and dialog.current.pdf == first.pdf
    assert [i.version for i in letters.list_letters(clinic, referral)] == [2, 1]  # none made


def test_adding_a_contact_stores_who_and_when_and_moves_nothing(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    referral = referrals.create_referral(clinic, "C-1", "T-1")
    referrals.change_status(clinic, referral, S.SENT)
    page = open_page(qtbot, clinic, "C-1")
    dialog = page.add_contact()
    assert isinstance(dialog, ContactDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("call"))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
    dialog.referral.setCurrentIndex(dialog.referral.findData(referral))
    dialog.note.setPlainText(NOTE)
    with qtbot.waitSignal(page.contact_logged):
        dialog.save()
    [entry] = contacts.list_contacts(clinic, "C-1")
    assert (entry.by, entry.at, entry.outcome) == ("tester", clinic.clock(), Outcome.REACHED)
    assert (entry.referral_id, entry.note) == (referral, NOTE)
    assert referrals.history(clinic, referral)[-1].to_status is S.SENT  # not "contacted"
    assert rows(page.contacts)[0][6] == NOTE  # the page read itself again
    details = [e.detail for e in audit.search(clinic, audit.AuditQuery(record_ref="C-1"))]
    assert f"contact {entry.id}: call out, reached, referral {referral}" in details
    assert not any("partner" in d or "6 pm" in d for d in details)


def fill_valid(dialog: ContactDialog) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData("voicemail"))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("left_message"))


@pytest.mark.parametrize("problem", ["no kind", "long note", "future"])
def test_bad_input_is_refused_in_the_dialog_and_nothing_stored(
    qtbot: QtBot, clinic: ServiceContext, problem: str
) -> None:
    page = open_page(qtbot, clinic, "C-1")
    dialog = page.add_contact()
    assert dialog is not None
    fill_valid(dialog)
    if problem == "no kind":
        dialog.kind.setCurrentIndex(0)
        expected = "Kind: is required"
    elif problem == "long note":
        dialog.note.setPlainText("x" * (MAX_NOTE + 20))
        expected = f"Note: is {MAX_NOTE + 20} characters long; shorten it to {MAX_NOTE}"
    else:
        tomorrow = wall_clock(clinic.clock()) + timedelta(days=1)
        dialog.when.setDateTime(QDateTime(tomorrow))
        expected = "When: is in the future"
    assert dialog.save() is None
    assert dialog.result() != QDialog.DialogCode.Accepted  # still open, all filled in
    assert dialog.outcome.currentData() == "left_message"
    assert not dialog.problems.isHidden()
    assert "Nothing was saved" in dialog.problems.text()
    assert expected in dialog.problems.text()
    assert contacts.list_contacts(clinic, "C-1") == []


def test_a_correction_and_a_strike_from_the_page(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    contacts.add_contact(clinic, "C-1", kind="call", direction="out", outcome="no_answer")
    page = open_page(qtbot, clinic, "C-1")
    page.contacts.selectRow(0)
    dialog = page.correct_contact()
    assert dialog is not None and dialog.kind.currentData() == "call"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("left_message"))
    dialog.save()
    assert rows(page.contacts)[0][3] == "Left a message"
    assert rows(page.contacts)[0][6] == "(corrected)"
    page.contacts.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *_args: "wrong client")
    assert page.strike_contact()
    [entry] = contacts.list_contacts(clinic, "C-1")
    assert entry.struck and entry.struck_reason == "wrong client"
    assert rows(page.contacts)[0][6].startswith("Struck out (wrong client)")
    assert page.contacts.item(0, 0).font().strikeOut()
    page.contacts.selectRow(0)
    assert not page.correct_button.isEnabled() and not page.strike_button.isEnabled()


@pytest.mark.parametrize(
    ("client_id", "name"), [("C-1", "Zoë François"), ("C-2", "李小龙"), ("C-4", "محمد العلي")]
)
def test_odd_names_on_the_page(
    qtbot: QtBot, clinic: ServiceContext, client_id: str, name: str
) -> None:
    page = open_page(qtbot, clinic, client_id)
    assert name in page.heading.text()
    assert name in page.windowTitle()


def test_enter_and_double_click_on_a_client_open_the_page(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    tab = window.clients_tab
    assert tab.select_id("C-2")
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    page = window.findChild(ClientPage)
    assert page is not None and page.client_id == "C-2"
    assert window.findChild(ClientEditor) is None  # the form stays one click away
    page.edit_button.click()
    editor = window.findChild(ClientEditor)
    assert editor is not None
    editor.done(0)
    page.done(0)
    assert tab.select_id("C-4")
    index = tab.view.selectionModel().selectedRows()[0]
    rect = tab.view.visualRect(index)
    # a real double-click: press and release, then the second press Qt reports as double
    qtbot.mouseClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: any(p.client_id == "C-4" for p in window.findChildren(ClientPage)))


def test_the_follow_up_list_shows_the_last_contact(qtbot: QtBot, clinic: ServiceContext) -> None:
    referral = referrals.create_referral(clinic, "C-1", "T-1")
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    view = window.referrals_tab.follow_ups
    view.show_upcoming.setChecked(True)
    column = FollowUpModel.LAST_CONTACT
    assert view.model.headerData(column, Qt.Orientation.Horizontal) == "Last contact"
    assert view.model.index(0, column).data() == "none logged"
    page = window.open_client_page("C-1")
    assert page is not None
    dialog = page.add_contact()
    assert dialog is not None
    dialog.kind.setCurrentIndex(dialog.kind.findData("text"))
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("reached"))
    dialog.when.setDateTime(QDateTime(datetime(2026, 11, 25, 14, 5)))
    dialog.save()
    assert view.model.row_at(0).referral_id == referral
    assert view.model.index(0, column).data() == "2026-11-25 14:05, Text message: Reached"


def test_the_page_shows_what_this_desk_saves(qtbot: QtBot, clinic: ServiceContext) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    page = window.open_client_page("C-1")
    assert page is not None
    client = people.get_client(clinic, "C-1")
    client.email = "zoe.new@example.ca"
    people.update_client(clinic, client)
    window.changed_here(ChangeKind.CLIENTS)  # what the form does after a save
    assert page.detail_labels["Email"].text() == "zoe.new@example.ca"
    referrals.create_referral(clinic, "C-1", "T-1")
    window.changed_here(ChangeKind.REFERRALS)
    assert page.referrals.rowCount() == 1
    page.done(0)
    window.changed_here(ChangeKind.CLIENTS)  # nothing left connected to the closed page
