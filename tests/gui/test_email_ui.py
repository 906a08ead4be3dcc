"""Letters sent by email from the window: the admin's Mail server dialog, and a
receptionist's Send by email… with the passphrase shown once (real local SMTP server)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from opcc_desk.app import create_database, open_context
from opcc_desk.domain.roles import Role
from opcc_desk.domain.settings import MAIL_SERVER
from opcc_desk.services import accounts, email_letters, referrals, settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.letter_view import LetterDialog
from opcc_desk.ui.main_window import MainWindow
from smtp_server import ACCOUNT, ACCOUNT_PASSWORD, Inbox, pdf_attachment, smtp_server

ADMIN_PW = "admin pass phrase 1"
STAFF_PW = "staff pass phrase 1"
THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en,cbt,anxiety,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact,email_consent
C-1,Ravi,Patel,ravi@example.ca,en,individual,adult,anxiety,virtual,yes,yes
"""


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    with smtp_server() as box:
        yield box


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[tuple[ServiceContext, ServiceContext, int]]:
    """The admin (boss) and a receptionist (amy), each signed in, and one referral."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    boss = create_database(url, "boss", ADMIN_PW, encrypted=False)
    accounts.add_user(boss, "amy", STAFF_PW, Role.RECEPTION)
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(boss, kind, path)
    referral = referrals.create_referral(boss, "C-1", "T-1")
    amy = open_context(url, user="amy", password=STAFF_PW)
    yield boss, amy, referral
    amy.engine.dispose()
    boss.engine.dispose()


def test_the_admin_sets_the_mail_server_and_reception_sends_the_letter(
    qtbot: QtBot,
    clinic: tuple[ServiceContext, ServiceContext, int],
    inbox: Inbox,
    modal_boxes: Any,
) -> None:
    boss, amy, referral = clinic
    window = MainWindow(boss)
    qtbot.addWidget(window)
    dialog = window.open_mail_server()
    assert dialog is not None
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("plain"))
    dialog.port.setValue(inbox.port)
    dialog.user.setText(ACCOUNT)
    dialog.password.setText(ACCOUNT_PASSWORD)
    dialog.from_address.setText("intake@clinic.example.ca")
    dialog.save()
    assert modal_boxes.messages("error") == []
    stored = settings.get(boss, MAIL_SERVER)
    assert (stored.host, stored.port, stored.security) == ("127.0.0.1", inbox.port, "plain")
    assert stored.password_box and ACCOUNT_PASSWORD not in stored.password_box

    reception = MainWindow(amy)
    qtbot.addWidget(reception)
    assert reception.open_mail_server() is None
    assert "needs an admin account" in modal_boxes.messages("error")[-1]

    letter = LetterDialog(amy, referral)
    qtbot.addWidget(letter)
    assert letter.load()
    operation = letter.send_by_email()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=30_000):
        pass
    asked = [text for kind, _title, text in modal_boxes.shown if kind == "yes_no"]
    assert "ravi@example.ca" in asked[-1]
    [passphrase] = modal_boxes.messages("passphrase")
    [message] = inbox.messages
    assert inbox.logins == [(ACCOUNT, ACCOUNT_PASSWORD)]
    reader = PdfReader(io.BytesIO(pdf_attachment(message)))
    assert reader.is_encrypted and reader.decrypt(passphrase)
    assert "Ravi" in reader.pages[0].extract_text()
    assert [s.address for s in email_letters.sends_for(amy, referral)] == ["ravi@example.ca"]
    qtbot.waitUntil(lambda: "sent by email to ravi@example.ca" in letter.sent_note.text())
    assert letter.sent_note.text().startswith("Version 1 sent by email") and "by amy" in (
        letter.sent_note.text()
    )


def test_without_consent_the_window_says_what_to_do_and_sends_nothing(
    qtbot: QtBot,
    clinic: tuple[ServiceContext, ServiceContext, int],
    inbox: Inbox,
    modal_boxes: Any,
) -> None:
    from opcc_desk.services import mail_server, people

    boss, amy, referral = clinic
    mail_server.set_server(
        boss,
        host="127.0.0.1",
        port=inbox.port,
        security="plain",
        from_address="intake@clinic.example.ca",
    )
    client = people.get_client(boss, "C-1")
    client.email_consent = False
    people.update_client(boss, client)
    window = MainWindow(amy)
    qtbot.addWidget(window)
    tab = window.referrals_tab
    tab.select_ids([referral])
    assert tab.selected_ids() == [referral]
    assert tab.letter_actions.email_button.isEnabled()
    assert tab.letter_actions.send_by_email() is None
    assert (
        "has not agreed to receive health information by email"
        in (modal_boxes.messages("error")[-1])
    )
    assert inbox.messages == [] and email_letters.sends_for(amy, referral) == []
