"""The whole window as a receptionist uses it: add, find, edit, restart, close."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QCheckBox, QLineEdit
from pytestqt.qtbot import QtBot

from opcc_desk.app import open_context
from opcc_desk.services import people
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.widgets.key_picker import KeyPicker


def fixed_clock() -> datetime:
    return datetime(2026, 11, 26, 9, 30)


def type_into(editor: ClientEditor, name: str, text: str) -> None:
    widget = editor.field_widget(name)
    assert isinstance(widget, QLineEdit)
    widget.setText(text)  # not keyClicks: QTest aborts on 'ë' or '王'
    widget.editingFinished.emit()


def tick_concern(editor: ClientEditor, key: str) -> None:
    picker = editor.field_widget("concerns").parentWidget()
    assert isinstance(picker, KeyPicker)
    picker.set_checked(key, True)


def tick_consent(editor: ClientEditor) -> None:
    consent = editor.field_widget("consent_to_contact")
    assert isinstance(consent, QCheckBox)
    consent.setChecked(True)  # the form saves nobody without it


@pytest.fixture
def no_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Any error box the window would show, collected instead of blocking."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: shown.append(text))
    return shown


def open_window(qtbot: QtBot, ctx: ServiceContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    return window


def test_add_find_edit_and_still_there_after_a_restart(
    qtbot: QtBot, db_url: str, no_boxes: list[str]
) -> None:
    ctx = open_context(db_url, clock=fixed_clock, user="desk1")
    window = open_window(qtbot, ctx)
    editor = window.open_client("")
    assert isinstance(editor, ClientEditor)
    type_into(editor, "id", "C-900")
    type_into(editor, "first_name", "Zoë")
    type_into(editor, "last_name", "王")
    type_into(editor, "email", "zoe@example.ca")
    tick_concern(editor, "self_worth")
    tick_consent(editor)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert no_boxes == []

    tab = window.clients_tab
    tab.search.setText("zoe")
    qtbot.waitUntil(lambda: [r.id for r in tab.model.rows()] == ["C-900"])
    assert tab.selected_id() == "C-900"

    edit = window.open_client("C-900")
    assert isinstance(edit, ClientEditor)
    type_into(edit, "preferred_name", "Zo")
    with qtbot.waitSignal(edit.saved):
        edit.save_button.click()
    qtbot.waitUntil(lambda: tab.model.rows()[0].preferred_name == "Zo")
    window.close()
    ctx.engine.dispose()

    # a new program on the same file: a new engine, nothing cached
    again = open_context(db_url, clock=fixed_clock)
    restarted = open_window(qtbot, again)
    rows = restarted.clients_tab.model.rows()
    assert [(r.id, r.first_name, r.last_name, r.preferred_name) for r in rows] == [
        ("C-900", "Zoë", "王", "Zo")
    ]
    assert people.get_client(again, "C-900").concerns == ["self_worth"]
    again.engine.dispose()


def test_invalid_input_shows_the_error_and_saves_nothing(
    qtbot: QtBot, ctx: ServiceContext, no_boxes: list[str]
) -> None:
    window = open_window(qtbot, ctx)
    editor = window.open_client("")
    assert isinstance(editor, ClientEditor)
    type_into(editor, "first_name", "Amara")
    type_into(editor, "last_name", "Okafor")
    type_into(editor, "email", "amara@")
    type_into(editor, "postal_code", "123")
    editor.save_button.click()
    assert "name@example.ca" in editor.error_text("email")
    assert "M5V 2T6" in editor.error_text("postal_code")
    assert editor.isVisible()
    assert people.list_clients(ctx) == []
    assert window.clients_tab.model.rowCount() == 0


def test_closing_the_program_mid_edit_asks_first(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch, no_boxes: list[str]
) -> None:
    answers = [dialogs.Unsaved.CANCEL, dialogs.Unsaved.SAVE]
    asked: list[str] = []

    def ask(_parent: object, what: str) -> dialogs.Unsaved:
        asked.append(what)
        return answers.pop(0)

    monkeypatch.setattr(dialogs, "ask_unsaved", ask)
    window = open_window(qtbot, ctx)
    editor = window.open_client("")
    assert isinstance(editor, ClientEditor)
    type_into(editor, "id", "C-901")
    type_into(editor, "first_name", "Amara")
    type_into(editor, "last_name", "Okafor")
    type_into(editor, "phone", "416-555-0199")
    tick_concern(editor, "grief")
    tick_consent(editor)

    assert window.close() is False  # Cancel: keep editing, nothing lost
    assert window.isVisible() and editor.isVisible()
    assert people.list_clients(ctx) == []

    assert window.close() is True  # Save: stored, then the window closes
    assert len(asked) == 2
    assert [c.id for c in people.list_clients(ctx)] == ["C-901"]


def test_opening_a_record_that_vanished_says_so(
    qtbot: QtBot, ctx: ServiceContext, no_boxes: list[str]
) -> None:
    window = open_window(qtbot, ctx)
    assert window.open_client("C-404") is None
    assert no_boxes == ["There is no client with intake id 'C-404'."]


def test_the_directory_loads_when_its_tab_is_first_opened(
    qtbot: QtBot, ctx: ServiceContext, no_boxes: list[str]
) -> None:
    from opcc_desk.services import demo

    demo.fill_demo_data(ctx, seed=9, therapists=12, clients=20, referrals=5)
    window = open_window(qtbot, ctx)
    assert window.therapists_tab.model.rowCount() == 0  # not read at start
    window.tabs.setCurrentWidget(window.therapists_tab)
    assert window.therapists_tab.model.rowCount() == 12
    assert window.therapists_tab.count_label.text() == "12 therapists"
