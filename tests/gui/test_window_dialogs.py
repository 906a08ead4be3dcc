"""Every dialog the main window opens, opened and closed from its menus: no connection
outlives its dialog, so later saves and refreshes meet no dead widget."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from opcc_desk.app import create_database
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, demo, people
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.main_window import MainWindow

INTAKE = """id,first_name,last_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,max_fee,consent_to_contact
W-1,Sam,Lee,1990-04-02,sam@example.ca,,en,individual,adult,anxiety,virtual,,yes
"""
# Actions that end the session rather than open something to close.
NOT_WALKED = {"Quit", "Lock now", "Sign out"}


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, seed=3, therapists=6, clients=12, referrals=4)
    return ctx


@pytest.fixture
def intake_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The intake import gets a real file; every other file question is cancelled."""
    path = tmp_path / "intake.csv"
    path.write_text(INTAKE, encoding="utf-8")

    def choose(_parent: object, title: str, _filter: str) -> str | None:
        return str(path) if title == "Import an intake file" else None

    monkeypatch.setattr(dialogs, "choose_open_path", choose)
    return path


def menu_actions(window: MainWindow) -> list[QAction]:
    found: list[QAction] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        found.extend(a for a in menu.actions() if not a.isSeparator())
    return found


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def close_all(qtbot: QtBot) -> None:
    for dialog in open_dialogs():
        dialog.reject()
    qtbot.waitUntil(lambda: not open_dialogs())
    QApplication.sendPostedEvents(None, 0)  # let deleteLater run: the dialogs are gone


def test_every_dialog_opened_and_closed_leaves_no_connection_behind(
    qtbot: QtBot,
    clinic: ServiceContext,
    intake_file: Path,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    walked: list[str] = []
    opened: set[str] = set()
    with qtbot.captureExceptions() as exceptions:
        for _round in range(2):  # twice: a leftover connection would fire once per opening
            for action in menu_actions(window):
                text = action.text().replace("&", "").rstrip("…")
                if text in NOT_WALKED:
                    continue
                action.trigger()
                walked.append(text)
                opened.update(type(d).__name__ for d in open_dialogs())
                close_all(qtbot)
            first = people.list_clients(clinic)[0].id
            window.open_matches(first)
            opened.update(type(d).__name__ for d in open_dialogs())
            close_all(qtbot)

        editor = window.open_client(people.list_clients(clinic)[0].id)
        assert isinstance(editor, ClientEditor)
        city = editor.field_widget("city")
        assert isinstance(city, QLineEdit)
        city.setText("Kingston")
        with qtbot.waitSignal(editor.saved):
            editor.save_button.click()
        [refresh] = [a for a in menu_actions(window) if QKeySequence("F5") in a.shortcuts()]
        refresh.trigger()
        qtbot.waitUntil(lambda: not open_dialogs())

    assert exceptions == []
    assert modal_boxes.messages("error") == []
    assert {
        "Waitlist",
        "Matching settings",
        "Clinic details",
        "Referral summary",
        "Audit log",
        "Follow-up delays",
        "Import intake file",
        "New client",
        "New therapist",
    } <= set(walked)
    assert {
        "ClientEditor",
        "TherapistEditor",
        "WaitlistDialog",
        "ImportPreviewDialog",
        "FollowUpSettingsDialog",
        "MatchSettingsDialog",
        "LetterheadDialog",
        "ReportDialog",
        "AuditDialog",
        "UsersDialog",
        "MatchDialog",
    } <= opened


def test_reception_is_refused_each_director_dialog_and_told_who_may(
    qtbot: QtBot,
    tmp_path: Path,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    ctx = create_database(f"sqlite:///{tmp_path / 'd.sqlite3'}", "boss", "boss password 1")
    accounts.add_user(ctx, "amy", "reception pass 1", Role.RECEPTION)
    ctx.user, ctx.role = "amy", Role.RECEPTION
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for open_it, needed in (
        (window.open_match_settings, "a director"),
        (window.open_letterhead, "a director"),
        (window.open_follow_up_settings, "a director"),
        (window.open_report, "a director"),
        (window.open_audit_log, "a director"),
        (window.open_users, "an admin"),
    ):
        assert open_it() is None
        assert f"needs {needed} account" in modal_boxes.messages("error")[-1]
    assert not open_dialogs()
    ctx.engine.dispose()


def test_a_dialog_open_twice_is_one_dialog(qtbot: QtBot, clinic: ServiceContext) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    first = window.open_waitlist()
    assert first is not None
    assert window.open_waitlist() is first
    client_id = people.list_clients(clinic)[0].id
    editor = window.open_client(client_id)
    assert editor is not None
    assert window.open_client(client_id) is editor
    assert window.editors == [editor]
    close_all(qtbot)
    second = window.open_waitlist()
    assert second is not None and second is not first
