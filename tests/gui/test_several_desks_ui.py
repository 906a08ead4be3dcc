"""Two desks in the window: both versions shown on a clash, nothing lost; other desks'
saves appear without a restart; a lost connection is said plainly and work waits."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from opcc_desk.app import open_context
from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.models import Client
from opcc_desk.services import changes, people
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import DatabaseUnavailable
from opcc_desk.ui import connection
from opcc_desk.ui.conflict_dialog import Choice, Conflict, ConflictDialog, Resolution
from opcc_desk.ui.connection import RETRY_MS
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.widgets import KeyPicker

NOW = datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def desks(tmp_path: Path) -> Iterator[tuple[ServiceContext, ServiceContext]]:
    """This desk and another one, each with its own connections to one database."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    here = open_context(url, clock=lambda: NOW, user="desk1")
    there = open_context(url, clock=lambda: NOW, user="desk2")
    people.add_client(
        here,
        Client(
            id="C-1",
            first_name="Zoë",
            last_name="François",
            language="fr",
            client_type=ClientType.INDIVIDUAL,
            concerns=["self_worth"],
            modality=ModalityPreference.EITHER,
            consent_to_contact=True,
            email="zoe@example.ca",
            city="Ottawa",
        ),
    )
    yield here, there
    here.engine.dispose()
    there.engine.dispose()


def open_client(qtbot: QtBot, ctx: ServiceContext, ref: str) -> ClientEditor:
    editor = ClientEditor(ctx, ref)
    qtbot.addWidget(editor)
    editor.show()
    return editor


def type_into(editor: ClientEditor, name: str, text: str) -> None:
    widget = editor.field_widget(name)
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(text)
    else:
        assert isinstance(widget, QLineEdit)
        widget.setText(text)
        widget.editingFinished.emit()


def other_desk_saves(ctx: ServiceContext, **values: Any) -> Client:
    client = people.get_client(ctx, "C-1")
    for name, value in values.items():
        setattr(client, name, value)
    return people.update_client(ctx, client)


def answer_with(modal_boxes: Any, click: str, **picks: bool) -> list[ConflictDialog]:
    """Answer the conflict question through the real dialog: tick ``picks`` (field ->
    mine?), then press one of its buttons."""
    shown: list[ConflictDialog] = []

    def resolve(conflict: Conflict) -> Resolution | None:
        dialog = ConflictDialog(conflict)
        shown.append(dialog)
        for name, mine in picks.items():
            dialog.choose(name, mine)
        getattr(dialog, f"{click}_button").click()
        return dialog.resolution

    modal_boxes.resolve = resolve
    return shown


# ---------------------------------------------------------------- both versions


def test_merge_keeps_my_field_and_theirs(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], modal_boxes: Any
) -> None:
    here, there = desks
    editor = open_client(qtbot, here, "C-1")
    theirs = other_desk_saves(there, city="Kingston")
    type_into(editor, "notes", "Evenings only")
    shown = answer_with(modal_boxes, "merge")

    assert editor.save()

    [dialog] = shown
    names = [d.name for d in dialog.conflict.differences]
    assert names == ["city", "notes"]
    assert dialog.theirs_buttons["city"].isChecked()  # only they changed it
    assert dialog.mine_buttons["notes"].isChecked()  # only I changed it
    stored = people.get_client(here, "C-1")
    assert (stored.city, stored.notes) == ("Kingston", "Evenings only")
    assert stored.version == theirs.version + 1
    assert not editor.is_dirty()


def test_both_changed_one_field_starts_on_mine_and_can_take_theirs(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], modal_boxes: Any
) -> None:
    here, there = desks
    editor = open_client(qtbot, here, "C-1")
    other_desk_saves(there, city="Kingston", phone="613-555-0199")
    type_into(editor, "city", "Windsor")
    shown = answer_with(modal_boxes, "merge", city=False)

    assert editor.save()

    [dialog] = shown
    city = next(d for d in dialog.conflict.differences if d.name == "city")
    assert city.both_changed and (city.mine, city.theirs) == ("Windsor", "Kingston")
    stored = people.get_client(here, "C-1")
    assert (stored.city, stored.phone) == ("Kingston", "613-555-0199")


def test_keep_mine_saves_the_form_over_the_other_desk(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], modal_boxes: Any
) -> None:
    here, there = desks
    editor = open_client(qtbot, here, "C-1")
    other_desk_saves(there, city="Kingston")
    type_into(editor, "city", "Windsor")
    answer_with(modal_boxes, "mine")
    assert editor.save()
    assert people.get_client(here, "C-1").city == "Windsor"


def test_take_theirs_shows_what_was_saved_and_saves_nothing(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], modal_boxes: Any
) -> None:
    here, there = desks
    editor = open_client(qtbot, here, "C-1")
    theirs = other_desk_saves(there, city="Kingston", concerns=["self_worth", "grief"])
    type_into(editor, "city", "Windsor")
    answer_with(modal_boxes, "theirs")

    with qtbot.waitSignal(editor.saved):
        assert editor.save()

    assert people.get_client(here, "C-1").version == theirs.version  # nothing written
    city = editor.field_widget("city")
    assert isinstance(city, QLineEdit) and city.text() == "Kingston"
    assert not editor.is_dirty()


def test_back_to_the_form_keeps_everything_typed_and_asks_again(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], modal_boxes: Any
) -> None:
    here, there = desks
    editor = open_client(qtbot, here, "C-1")
    other_desk_saves(there, city="Kingston")
    type_into(editor, "city", "Windsor")
    assert not editor.save()  # the default answer: back to the form
    assert not editor.save()  # and the next save shows both versions again
    assert len(modal_boxes.conflicts) == 2
    city = editor.field_widget("city")
    assert isinstance(city, QLineEdit) and city.text() == "Windsor"
    assert people.get_client(here, "C-1").city == "Kingston"


def test_nothing_to_choose_when_the_other_desk_saved_the_same(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], modal_boxes: Any
) -> None:
    here, there = desks
    editor = open_client(qtbot, here, "C-1")
    theirs = other_desk_saves(there, city="Windsor")
    type_into(editor, "city", "Windsor")
    assert editor.save()
    assert modal_boxes.conflicts == []
    assert people.get_client(here, "C-1").version == theirs.version


def test_the_dialog_shows_values_as_people_read_them(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], modal_boxes: Any
) -> None:
    here, there = desks
    editor = open_client(qtbot, here, "C-1")
    other_desk_saves(there, concerns=["self_worth", "grief"], language="en")
    picker = editor.field_widget("concerns").parentWidget()
    assert isinstance(picker, KeyPicker)
    picker.set_checked("anxiety", True)
    assert not editor.save()
    [conflict] = modal_boxes.conflicts
    shown = {d.name: (d.mine_text, d.theirs_text) for d in conflict.differences}
    catalogue = here.catalogue
    assert shown["concerns"] == (
        f"{catalogue.concern_label('self_worth')}, {catalogue.concern_label('anxiety')}",
        f"{catalogue.concern_label('self_worth')}, {catalogue.concern_label('grief')}",
    )
    assert shown["language"] == ("French", "English")
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Concerns (both changed)" in labels and "Language" in labels
    dialog.back_button.click()
    assert dialog.resolution is None
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.theirs_button.click()
    assert dialog.resolution == Resolution(
        Choice.TAKE_THEIRS, {d.name: d.theirs for d in conflict.differences}
    )


# ---------------------------------------------------------------- the main window


def open_window(qtbot: QtBot, ctx: ServiceContext) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.connection.stop()  # the test looks for changes itself, not on the timer
    qtbot.waitUntil(lambda: window.connection.has_stamp)  # the first look, from a worker
    window.show()
    return window


def test_other_desks_saves_appear_without_a_restart(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext]
) -> None:
    here, there = desks
    window = open_window(qtbot, here)
    tab = window.clients_tab
    assert tab.select_id("C-1")
    tab.search.setText("fran")  # typed, its pause not over yet (both are François)
    people.add_client(there, replace(people.get_client(there, "C-1"), id="C-2", first_name="Olu"))
    other_desk_saves(there, city="Kingston")

    window.connection.check()

    assert sorted(row.id for row in tab.model.rows()) == ["C-1", "C-2"]
    assert tab.selected_id() == "C-1"  # the selection stays
    assert tab.search.text() == "fran"  # and what is typed in the search box
    assert next(r for r in tab.model.rows() if r.id == "C-1").city == "Kingston"


def test_a_lost_connection_shows_a_banner_and_the_form_waits(
    qtbot: QtBot,
    desks: tuple[ServiceContext, ServiceContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    here, _there = desks
    window = open_window(qtbot, here)
    editor = window.open_client("C-1")
    assert isinstance(editor, ClientEditor)
    type_into(editor, "city", "Windsor")

    real_update = people.update_client
    real_stamp = changes.change_stamp

    def unreachable(*_args: object) -> Any:
        raise DatabaseUnavailable("The database server cannot be reached; check the network.")

    monkeypatch.setattr(people, "update_client", unreachable)
    monkeypatch.setattr(changes, "change_stamp", unreachable)
    editor.save_button.click()  # Save (and close)

    assert editor.isVisible() and editor.waiting_to_save
    assert "What you typed stays in this form" in editor.banner.text()
    assert window.connection_banner.isVisibleTo(window)
    assert "No connection to the database" in window.connection_banner.text.text()
    assert window.connection.timer.interval() == RETRY_MS
    window.connection.check()  # still down: still waiting, nothing lost
    assert editor.waiting_to_save
    assert people.get_client(here, "C-1").city == "Ottawa"

    monkeypatch.setattr(people, "update_client", real_update)
    monkeypatch.setattr(changes, "change_stamp", real_stamp)
    with qtbot.waitSignal(editor.saved):
        window.connection.check()  # it answers again

    assert not window.connection_banner.isVisibleTo(window)
    assert people.get_client(here, "C-1").city == "Windsor"
    assert not editor.isVisible()  # it was "Save and close": closed once saved
    assert "answers again" in window.statusBar().currentMessage()


def test_coming_back_to_the_window_looks_for_changes(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext], monkeypatch: pytest.MonkeyPatch
) -> None:
    here, there = desks
    window = open_window(qtbot, here)
    other_desk_saves(there, city="Kingston")
    monkeypatch.setattr(connection, "MIN_CHECK_GAP_S", 0.0)  # the last look was long ago
    window.activateWindow()  # the receptionist comes back to this window
    qtbot.waitUntil(
        lambda: next(r for r in window.clients_tab.model.rows() if r.id == "C-1").city == "Kingston"
    )


def test_the_timer_looks_on_a_worker_thread(
    qtbot: QtBot, desks: tuple[ServiceContext, ServiceContext]
) -> None:
    here, there = desks
    window = open_window(qtbot, here)
    other_desk_saves(there, city="Kingston")
    window.connection.timer.setInterval(50)
    window.connection.timer.start()
    qtbot.waitUntil(
        lambda: next(r for r in window.clients_tab.model.rows() if r.id == "C-1").city == "Kingston"
    )
    window.connection.stop()
