"""Consent in the window: the director's list under Reports opens a client's intake
form; reception may not open it; a batch of letters leaves out a client without
consent and says why."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from opcc_desk.app import create_database
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, letters, referrals, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.consent_view import ConsentDialog
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.letter_view import batch_work
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.operations import Progress

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en,cbt,anxiety,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact,submitted
C-1,Zoë,François,zoe@example.ca,en,individual,adult,anxiety,virtual,yes,2026-11-01
C-2,Marc,Dubois,marc@example.ca,en,individual,adult,anxiety,virtual,no,2026-11-02
"""


def fill(ctx: ServiceContext, folder: Path) -> None:
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = folder / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    fill(ctx, tmp_path)
    return ctx


def test_reports_menu_lists_clients_without_consent_and_opens_the_form(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    reports = next(a.menu() for a in window.menuBar().actions() if a.text() == "Re&ports")
    item = next(a for a in reports.actions() if "consent" in a.text())
    item.trigger()
    dialog = window.findChild(ConsentDialog)
    assert dialog is not None
    rows = dialog.model.rows()
    assert [(r.client_id, r.name) for r in rows] == [("C-2", "Marc Dubois")]
    assert "1 client" in dialog.summary.text()
    dialog.view.selectRow(0)
    dialog.open_button.click()
    editor = window.findChild(ClientEditor)
    assert editor is not None and editor.record_id == "C-2"
    editor.done(0)
    assert not any(e.isVisible() for e in window.findChildren(ClientEditor))
    # Enter on the row opens the same form, as in every list
    dialog.view.setFocus()
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(e.isVisible() for e in window.findChildren(ClientEditor)))


def test_reception_cannot_open_the_list(
    qtbot: QtBot,
    tmp_path: Path,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    ctx = create_database(f"sqlite:///{tmp_path / 'd.sqlite3'}", "boss", "boss password 1")
    accounts.add_user(ctx, "amy", "reception pass 1", Role.RECEPTION)
    ctx.user, ctx.role = "amy", Role.RECEPTION
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.open_without_consent() is None
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    ctx.engine.dispose()


def test_a_batch_of_letters_leaves_out_a_client_without_consent(
    clinic: ServiceContext, tmp_path: Path
) -> None:
    first = referrals.create_referral(clinic, "C-1", "T-1")
    with clinic.transaction() as session:  # C-2 agreed, was referred, then said no more
        session.execute(text("UPDATE clients SET consent_to_contact = true WHERE ref = 'C-2'"))
    second = referrals.create_referral(clinic, "C-2", "T-1")
    with clinic.transaction() as session:
        session.execute(text("UPDATE clients SET consent_to_contact = false WHERE ref = 'C-2'"))
    folder = tmp_path / "letters"
    folder.mkdir()

    result = batch_work(clinic, [first, second], folder)(Progress(lambda *_: None))
    assert result.made == [first]
    assert len(result.skipped) == 1
    assert "C-2" in result.skipped[0] and "record the client's consent" in result.skipped[0]
    assert len(list(folder.iterdir())) == 1  # the first client's letter only
    assert letters.list_letters(clinic, second) == []


def test_the_match_view_says_the_consent_is_missing_and_refer_explains(
    qtbot: QtBot,
    clinic: ServiceContext,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    from opcc_desk.ui.match_view import MatchDialog

    dialog = MatchDialog(clinic, "C-2")
    qtbot.addWidget(dialog)
    assert "Has not agreed to be contacted" in dialog.summary.text()
    assert dialog.table.rowCount() >= 1
    dialog.refer_button.click()
    assert "record the client's consent" in modal_boxes.messages("error")[-1]
    assert referrals.list_referrals(clinic) == []
    other = MatchDialog(clinic, "C-1")
    qtbot.addWidget(other)
    assert "agreed" not in other.summary.text()
