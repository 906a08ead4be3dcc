"""Roles in the window: what a role may not use is disabled and says who may; signing
out on a shared desk hands the window to the next person, with their own role."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from opcc_desk.app import create_database, keystore_for
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.login import LoginDialog
from opcc_desk.ui.main import Desk
from opcc_desk.ui.main_window import MainWindow

ADMIN_PW = "boss password 1"
AMY_PW = "reception pass 1"
DORA_PW = "director pass 1"


@pytest.fixture
def url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


@pytest.fixture
def boss(url: str) -> ServiceContext:
    ctx = create_database(url, "boss", ADMIN_PW)  # encrypted, as a clinic runs it
    for name, password, role in (("amy", AMY_PW, Role.RECEPTION), ("dora", DORA_PW, Role.DIRECTOR)):
        accounts.add_user(
            ctx, name, password, role, keystore=keystore_for(url), database_key=ctx.database_key
        )
    return ctx


def signed_in(url: str, user: str, password: str) -> ServiceContext:
    from opcc_desk.app import open_context

    return open_context(url, user=user, password=password)


def menu_items(window: MainWindow) -> dict[str, QAction]:
    found: dict[str, QAction] = {}
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        for action in menu.actions():
            if not action.isSeparator():
                found[action.text().replace("&", "").rstrip("…")] = action
    return found


DIRECTOR_ITEMS = {
    "Matching settings",
    "Clinic details",
    "Follow-up delays",
    "Referral summary",
    "Clients without consent",
    "Audit log",
    "Idle lock time",
}
ADMIN_ITEMS = {"Staff accounts", "Back up now", "Restore from a backup", "Mail server"}


def test_reception_sees_director_and_admin_actions_disabled_with_who_may(
    qtbot: QtBot, url: str, boss: ServiceContext
) -> None:
    boss.engine.dispose()
    amy = signed_in(url, "amy", AMY_PW)
    window = MainWindow(amy)
    qtbot.addWidget(window)
    items = menu_items(window)
    for name in DIRECTOR_ITEMS:
        assert not items[name].isEnabled(), name
        assert items[name].toolTip() == "Needs a director or admin account"
        assert items[name].statusTip() == "Needs a director or admin account"
    for name in ADMIN_ITEMS:
        assert not items[name].isEnabled(), name
        assert items[name].toolTip() == "Needs an admin account"
    for name in ("New client", "Waitlist", "Export referral list", "Publish directory"):
        assert items[name].isEnabled(), name
    assert items["Sign out"].isEnabled()
    amy.engine.dispose()


def test_a_director_has_the_director_actions_not_the_admin_ones(
    qtbot: QtBot, url: str, boss: ServiceContext
) -> None:
    boss.engine.dispose()
    dora = signed_in(url, "dora", DORA_PW)
    window = MainWindow(dora)
    qtbot.addWidget(window)
    items = menu_items(window)
    assert all(items[name].isEnabled() for name in DIRECTOR_ITEMS)
    assert not any(items[name].isEnabled() for name in ADMIN_ITEMS)
    dora.engine.dispose()


def visible_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def test_sign_out_asks_about_unsaved_forms_then_the_next_person_signs_in(
    qtbot: QtBot,
    url: str,
    boss: ServiceContext,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    boss.engine.dispose()
    amy = signed_in(url, "amy", AMY_PW)
    left_by_others = set(visible_dialogs())
    desk = Desk(url)
    frame = QWidget()  # the window takes the place of the starting frame
    qtbot.addWidget(frame)
    window = desk.open_window(amy, frame)
    qtbot.addWidget(window)
    editor = window.open_client("")
    assert isinstance(editor, ClientEditor)
    first = editor.field_widget("first_name")
    assert isinstance(first, QLineEdit)
    first.setText("Half typed")
    window.open_waitlist()

    modal_boxes.unsaved_answer = "cancel"  # keep editing: nothing is signed out
    assert not window.sign_out()
    assert ("unsaved", "This client", "") in modal_boxes.shown
    assert editor.isVisible() and window.isVisible()

    modal_boxes.unsaved_answer = "discard"
    assert window.sign_out()
    qtbot.waitUntil(lambda: not window.isVisible())
    login = desk.login
    assert isinstance(login, LoginDialog)
    # the form and the waitlist closed with the window
    assert set(visible_dialogs()) - left_by_others == {login}

    login.username.setText("dora")
    login.password.setText(DORA_PW)
    login.try_sign_in()
    qtbot.waitUntil(lambda: desk.window is not None and desk.window.isVisible())
    assert desk.window is not None
    qtbot.addWidget(desk.window)
    assert desk.window.ctx.user == "dora"
    assert desk.window.ctx.role is Role.DIRECTOR
    assert menu_items(desk.window)["Audit log"].isEnabled()  # her role applies
    entries = [
        (e.user, e.action, e.detail)
        for e in audit.search(desk.window.ctx, audit.AuditQuery())  # newest first
        if e.action in ("login", "logout")
    ]
    assert entries[:2] == [("dora", "login", "signed in"), ("amy", "logout", "signed out")]
    desk.window.connection.stop()
    desk.window.ctx.engine.dispose()
