"""The desk without a mouse: Alt keys that each do one thing, tables that Enter opens
and Tab leaves."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyboard_checks import menu_clashes, tables_tab_cannot_leave, window_clashes
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from opcc_desk.services import demo
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.client_page import ClientPage
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


def test_no_two_controls_of_a_window_share_an_alt_key_and_tab_leaves_every_table(
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
            clashes.extend(tables_tab_cannot_leave(dialog))
        close_all(qtbot)
    clashes.extend(tables_tab_cannot_leave(window))
    window.open_matches(demo_client(clinic))
    for dialog in open_dialogs():
        checked.add(type(dialog).__name__)
        clashes.extend(window_clashes(dialog))
        clashes.extend(tables_tab_cannot_leave(dialog))
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
    key(qtbot, view, Qt.Key.Key_Return)  # Enter opens the client's page
    qtbot.waitUntil(lambda: window.findChild(ClientPage) is not None)
    page = window.findChild(ClientPage)
    assert page is not None and page.client_id == chosen
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


THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity,availability
T-2,Ana,Silva,RSW,en,cbt,anxiety,individual,adult,virtual,,110,,yes,,tue_morning
"""


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot: QtBot, target: str | QWidget, limit: int = 80) -> QWidget:
    """Tab until ``target`` (a control, or its accessible name) has the keyboard."""
    for _ in range(limit):
        widget = focused()
        if widget is not None and (widget is target or widget.accessibleName() == target):
            return widget
        assert widget is not None, "the keyboard is nowhere"
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}")


def press(
    qtbot: QtBot, which: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = focused()
    assert widget is not None, "the keyboard is nowhere"
    qtbot.keyClick(widget, which, modifier)


def alt(qtbot: QtBot, letter: str) -> None:
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """A dialog closed: the window manager gives its window back the keyboard (the
    offscreen platform has none, so the test does what it would)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def active_dialog(qtbot: QtBot, kind: type[QDialog]) -> QDialog:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind))
    window = QApplication.activeWindow()
    assert isinstance(window, kind)
    return window


def test_intake_match_refer_and_letter_with_the_keyboard_alone(
    qtbot: QtBot,
    ctx: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    from pypdf import PdfReader

    from opcc_desk.services import people, referrals, transfer
    from opcc_desk.ui.forms.client_form import ClientEditor
    from opcc_desk.ui.letter_view import LetterDialog
    from opcc_desk.ui.match_view import MatchDialog

    therapists = tmp_path / "therapists.csv"
    therapists.write_text(THERAPISTS, encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, therapists)
    saved_to = tmp_path / "letter.pdf"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: str(saved_to))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    show_active(qtbot, window)

    # intake: Ctrl+N, type, Tab, Space to tick, Ctrl+S to save
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = active_dialog(qtbot, ClientEditor)
    tab_to(qtbot, "First name")
    qtbot.keyClicks(focused(), "Sam")
    tab_to(qtbot, "Last name")
    qtbot.keyClicks(focused(), "Keyboard")
    tab_to(qtbot, "Email")
    qtbot.keyClicks(focused(), "sam.keyboard@example.ca")
    tab_to(qtbot, "Consent")
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "Filter Concerns")
    qtbot.keyClicks(focused(), "anxiety")
    tab_to(qtbot, "Concerns")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, "Format")
    for _ in range(3):  # the choices run in-person / virtual / either: settle on virtual
        press(qtbot, Qt.Key.Key_Down)
        if editor.field_widget("modality").currentText().lower().startswith("virtual"):
            break
    press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not editor.isVisible())
    [client] = [c for c in people.list_clients(ctx) if c.last_name == "Keyboard"]
    assert window.clients_tab.selected_id() == client.id  # the new client is chosen

    # match: Alt+M on the Clients tab; Enter on the best match refers
    back_to(qtbot, window)
    alt(qtbot, "m")
    matches = active_dialog(qtbot, MatchDialog)
    assert isinstance(matches, MatchDialog)
    tab_to(qtbot, matches.table)  # the ranked list, best first
    press(qtbot, Qt.Key.Key_Home)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not matches.isVisible())
    [referral] = [r for r in referrals.list_referrals(ctx) if r.client_id == client.id]
    assert referral.therapist_id == "T-2"

    # the letter: Alt+R to the Referrals tab (the new referral is chosen), Alt+L, Alt+S
    back_to(qtbot, window)
    alt(qtbot, "r")
    assert window.tabs.currentWidget() is window.referrals_tab
    assert window.referrals_tab.selected_ids() == [referral.id]
    alt(qtbot, "l")
    letter = active_dialog(qtbot, LetterDialog)
    alt(qtbot, "s")
    qtbot.waitUntil(saved_to.exists)
    text = "".join(page.extract_text() for page in PdfReader(saved_to).pages)
    assert "Sam Keyboard" in text and "Ana Silva" in text
    letter.reject()
    assert modal_boxes.messages("error") == []
