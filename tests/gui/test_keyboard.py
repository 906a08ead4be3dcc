"""The desk without a mouse: Alt keys that each do one thing, tables that Enter opens
and Tab leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard_checks import menu_clashes, window_clashes
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from opcc_desk.services import demo
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.main_window import MainWindow

INTAKE = """id,first_name,last_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,max_fee,consent_to_contact
W-1,Sam,Lee,1990-04-02,sam@example.ca,,en,individual,adult,anxiety,virtual,,yes
"""
# actions that end the session or lock the window rather than open something
NOT_WALKED = {"Quit", "Lock now", "Sign out"}


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, seed=3, therapists=6, clients=12, referrals=4)
    return ctx


@pytest.fixture
def intake_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
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
        found.extend(a for a in menu.actions() if not a.isSeparator() and a.isVisible())
    return found


def open_dialogs() -> list[QDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]


def close_all(qtbot: QtBot) -> None:
    for dialog in open_dialogs():
        dialog.reject()
    qtbot.waitUntil(lambda: not open_dialogs())
    QApplication.sendPostedEvents(None, 0)


def test_no_two_controls_of_a_window_share_an_alt_key(
    qtbot: QtBot, clinic: ServiceContext, intake_file: Path
) -> None:
    """The main window, each of its menus, and every dialog its menus open (walked from
    the menus themselves, so a window added later is checked too)."""
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.show()
    clashes = window_clashes(window)
    # the Referrals tab shows the moves the chosen referral can make: every status met
    tab = window.referrals_tab
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    for row in tab.model.rows():
        tab.select_ids([row.id])
        clashes.extend(window_clashes(window))
    checked = {"main window"}
    for action in menu_actions(window):
        text = action.text().replace("&", "").rstrip("…")
        if text in NOT_WALKED or not action.isEnabled():
            continue
        action.trigger()
        for dialog in open_dialogs():
            checked.add(type(dialog).__name__)
            clashes.extend(window_clashes(dialog))
        close_all(qtbot)
    window.open_matches(demo_client(clinic))
    for dialog in open_dialogs():
        checked.add(type(dialog).__name__)
        clashes.extend(window_clashes(dialog))
    close_all(qtbot)
    assert "\n".join(sorted(set(clashes))) == ""
    assert {"ClientEditor", "TherapistEditor", "WaitlistDialog", "MatchDialog"} <= checked


def demo_client(ctx: ServiceContext) -> str:
    from opcc_desk.services import people

    return people.list_clients(ctx)[0].id


def test_the_menu_check_finds_a_clash() -> None:
    from PySide6.QtWidgets import QMenu

    menu = QMenu("&Try")
    menu.addAction("&Save")
    menu.addAction("&Send")
    assert menu_clashes(menu, "here") == ["here menu Try: Alt+S on Save, Send"]


def show_active(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # keyboard focus needs an active window


def key(qtbot: QtBot, widget: QWidget, which: Qt.Key, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(widget, which, modifier)


def test_enter_opens_the_chosen_client_and_tab_leaves_the_table(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    view = window.clients_tab.view
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_Down)  # the arrow keys still move in the table
    key(qtbot, view, Qt.Key.Key_Down)
    chosen = window.clients_tab.selected_id()
    assert chosen
    key(qtbot, view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(window.editors) == 1)
    assert window.editors[0].record_id == chosen
    close_all(qtbot)

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    assert view.hasFocus()
    key(qtbot, view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() not in (view, None)
    view.setFocus()
    key(qtbot, view, Qt.Key.Key_Tab, shift=True)
    assert QApplication.focusWidget() not in (view, None)
    assert window.clients_tab.selected_id() == chosen  # Tab did not walk the cells


def test_enter_on_a_referral_goes_to_its_next_step(qtbot: QtBot, clinic: ServiceContext) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    show_active(qtbot, window)
    window.tabs.setCurrentWidget(window.referrals_tab)
    tab = window.referrals_tab
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("open"))
    assert tab.model.rows(), "the demo clinic has open referrals"
    tab.view.setFocus()
    key(qtbot, tab.view, Qt.Key.Key_Down)
    assert tab.selected_referral() is not None
    key(qtbot, tab.view, Qt.Key.Key_Enter)
    focused = QApplication.focusWidget()
    assert focused in tab.move_buttons.values()
    assert focused is not None and focused.isVisible()
