"""The client and therapist editors: what is typed is what is stored, bad input is
named next to its field and stored nowhere, and unsaved work is never dropped silently."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from opcc_desk.app import open_context
from opcc_desk.domain.enums import (
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.records import effective_age_group
from opcc_desk.services import people
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound
from opcc_desk.ui import dialogs
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.forms.therapist_form import TherapistEditor
from opcc_desk.ui.widgets import AvailabilityGrid, KeyPicker

NOW = datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def ctx(tmp_path: Path) -> Iterator[ServiceContext]:
    context = open_context(f"sqlite:///{tmp_path / 't.sqlite3'}", clock=lambda: NOW)
    yield context
    context.engine.dispose()


@pytest.fixture(autouse=True)
def errors(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every show_error call as (title, text); no real message box ever opens."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda _parent, title, text: shown.append((title, text))
    )
    return shown


@dataclass
class Questions:
    """ask_unsaved, replaced: answers are queued by the test, each question is recorded."""

    answers: list[dialogs.Unsaved] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)

    def ask(self, _parent: object, what: str) -> dialogs.Unsaved:
        self.asked.append(what)
        # Unqueued questions (say, when qtbot closes a form at teardown) discard.
        return self.answers.pop(0) if self.answers else dialogs.Unsaved.DISCARD


@pytest.fixture(autouse=True)
def questions(monkeypatch: pytest.MonkeyPatch) -> Questions:
    replies = Questions()
    monkeypatch.setattr(dialogs, "ask_unsaved", replies.ask)
    return replies


# ---------------------------------------------------------------- helpers


def type_into(editor: ClientEditor | TherapistEditor, name: str, text: str) -> None:
    """Set a line edit's text and leave the field, as a user would (no keyClicks:
    QTest aborts on characters such as 'ë' or '王')."""
    widget = editor.field_widget(name)
    assert isinstance(widget, QLineEdit)
    widget.setText(text)
    widget.editingFinished.emit()


def pick(editor: ClientEditor | TherapistEditor, name: str, value: str) -> None:
    widget = editor.field_widget(name)
    assert isinstance(widget, QComboBox)
    index = widget.findData(value)
    assert index >= 0, f"{value!r} is not offered in {name}"
    widget.setCurrentIndex(index)


def picker(editor: ClientEditor | TherapistEditor, name: str) -> KeyPicker:
    widget = editor.field_widget(name).parentWidget()
    assert isinstance(widget, KeyPicker)
    return widget


def grid(editor: ClientEditor | TherapistEditor) -> AvailabilityGrid:
    widget = editor.field_widget("availability").parentWidget()
    assert isinstance(widget, AvailabilityGrid)
    return widget


def tick(editor: ClientEditor | TherapistEditor, name: str, *values: str) -> None:
    for value in values:
        box = editor.findChild(QCheckBox, f"{name}_{value}")
        assert box is not None, f"no checkbox {name}_{value}"
        box.setChecked(True)


def open_client(qtbot: QtBot, ctx: ServiceContext, client_id: str | None = None) -> ClientEditor:
    editor = ClientEditor(ctx, client_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # keyboard focus and Ctrl+S need an active window
    return editor


def open_therapist(
    qtbot: QtBot, ctx: ServiceContext, therapist_id: str | None = None
) -> TherapistEditor:
    editor = TherapistEditor(ctx, therapist_id)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # keyboard focus and Ctrl+S need an active window
    return editor


def fill_minimal_client(editor: ClientEditor, client_id: str = "C-200") -> None:
    type_into(editor, "id", client_id)
    type_into(editor, "first_name", "Amara")
    type_into(editor, "last_name", "Okafor")
    type_into(editor, "email", "amara@example.ca")
    picker(editor, "concerns").set_checked("anxiety", True)
    consent = editor.field_widget("consent_to_contact")
    assert isinstance(consent, QCheckBox)
    consent.setChecked(True)  # the form saves nobody without it


def stored_client(ctx: ServiceContext, client_id: str = "C-1", **changes: object) -> Client:
    client = Client(
        id=client_id,
        first_name="Zoë",
        last_name="François",
        language="fr",
        client_type=ClientType.INDIVIDUAL,
        concerns=["self_worth"],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
        email="zoe@example.ca",
    )
    return people.add_client(ctx, replace(client, **changes))  # type: ignore[arg-type]


def stored_therapist(ctx: ServiceContext, therapist_id: str = "T-1") -> Therapist:
    return people.add_therapist(
        ctx,
        Therapist(
            id=therapist_id,
            first_name="Nasrin",
            last_name="Tehrani",
            languages=["en", "fa"],
            approaches=["relational"],
            client_types=[ClientType.INDIVIDUAL],
            age_groups=[AgeGroup.ADULT],
            modalities=[Modality.VIRTUAL],
            fee=Decimal("160.00"),
            accepting=True,
        ),
    )


# ---------------------------------------------------------------- clients: saving


def test_new_client_is_stored_exactly_as_typed(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    assert editor.windowTitle().startswith("New client")
    assert not editor.is_dirty()

    type_into(editor, "id", "C-104")
    type_into(editor, "submitted", "2026-11-20")
    type_into(editor, "first_name", "Zoë")
    type_into(editor, "last_name", "王小明")
    type_into(editor, "preferred_name", "Zo")
    type_into(editor, "pronouns", "she/her")
    type_into(editor, "date_of_birth", "1951-04-23")
    type_into(editor, "email", "zoe@example.ca")
    type_into(editor, "phone", "416 555 0134")
    type_into(editor, "address", "12 Rue Sainte-Catherine")
    type_into(editor, "city", "Ottawa")
    type_into(editor, "postal_code", "k1p 5g4")
    language = editor.field_widget("language")
    assert isinstance(language, QComboBox)
    assert [language.itemData(i) for i in range(2)] == ["en", "fr"]
    language.setCurrentIndex(language.findData("fr"))
    pick(editor, "client_type", "couple")
    pick(editor, "age_group", "senior")
    concerns = picker(editor, "concerns")
    concerns.set_checked("relational_patterns", True)
    concerns.set_checked("self_worth", True)
    picker(editor, "approach_preference").set_checked("relational", True)
    pick(editor, "therapist_gender", "nonbinary")
    pick(editor, "modality", "in_person")
    type_into(editor, "location", "Ottawa")
    type_into(editor, "max_fee", "90")
    grid(editor).checkbox("sat_morning").setChecked(True)
    grid(editor).checkbox("mon_evening").setChecked(True)
    consent = editor.field_widget("consent_to_contact")
    assert isinstance(consent, QCheckBox)
    consent.setChecked(True)
    notes = editor.field_widget("notes")
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("Prefers French letters.\nCall after 5 pm.")

    assert editor.is_dirty()
    assert editor.isWindowModified()
    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    assert saved.args == ["C-104"]

    client = people.get_client(ctx, "C-104")
    assert client == Client(
        id="C-104",
        submitted=datetime(2026, 11, 20),
        first_name="Zoë",
        last_name="王小明",
        preferred_name="Zo",
        pronouns="she/her",
        date_of_birth=date(1951, 4, 23),
        email="zoe@example.ca",
        phone="(416) 555-0134",
        address="12 Rue Sainte-Catherine",
        city="Ottawa",
        postal_code="K1P 5G4",
        language="fr",
        client_type=ClientType.COUPLE,
        age_group=AgeGroup.SENIOR,
        concerns=["relational_patterns", "self_worth"],  # in the order they were ticked
        approach_preference=["relational"],
        therapist_gender=Gender.NONBINARY,
        modality=ModalityPreference.IN_PERSON,
        location="Ottawa",
        max_fee=Decimal("90.00"),
        availability=["mon_evening", "sat_morning"],
        consent_to_contact=True,
        notes="Prefers French letters.\nCall after 5 pm.",
        version=client.version,
    )
    # After saving, the form shows the stored (tidied) values and is clean again.
    assert not editor.is_dirty()
    assert not editor.isWindowModified()
    id_edit = editor.field_widget("id")
    assert isinstance(id_edit, QLineEdit) and id_edit.isReadOnly()
    phone = editor.field_widget("phone")
    assert isinstance(phone, QLineEdit) and phone.text() == "(416) 555-0134"
    assert "Zo 王小明" in editor.windowTitle()


def test_new_form_suggests_the_next_free_id_and_sensible_defaults(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    stored_client(ctx, "C-104")
    editor = open_client(qtbot, ctx)
    id_edit = editor.field_widget("id")
    assert isinstance(id_edit, QLineEdit)
    assert id_edit.text() == "C-105"
    assert not id_edit.isReadOnly()
    language = editor.field_widget("language")
    assert isinstance(language, QComboBox) and language.currentText() == "English"
    assert not editor.is_dirty()


def test_age_group_follows_the_date_of_birth_when_left_empty(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    type_into(editor, "date_of_birth", "2012-01-15")
    age_group = editor.field_widget("age_group")
    assert isinstance(age_group, QComboBox)
    assert age_group.currentText() == "From date of birth (teen)"
    assert editor.save()
    stored = people.get_client(ctx, "C-200")
    assert stored.age_group is None  # follows the birth date, so it never goes stale
    assert effective_age_group(stored, ctx.today()) is AgeGroup.TEEN


def test_a_language_can_be_typed_by_name(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    language = editor.field_widget("language")
    assert isinstance(language, QComboBox)
    language.setEditText("persian")
    line = language.lineEdit()
    assert line is not None
    line.editingFinished.emit()
    assert editor.save()
    assert people.get_client(ctx, "C-200").language == "fa"


def test_an_unknown_language_is_named_with_the_fix(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    language = editor.field_widget("language")
    assert isinstance(language, QComboBox)
    language.setEditText("Klingon")
    assert not editor.save()
    assert editor.error_text("language") == (
        "Language: 'Klingon' is not in the list of languages; type or pick one from the list"
    )
    assert people.list_clients(ctx) == []


# ---------------------------------------------------------------- clients: refusing


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("email", "zoe@", ["Email", "it should look like name@example.ca"]),
        ("postal_code", "12345", ["Postal code", "should look like M5V 2T6"]),
        ("date_of_birth", "2030-02-01", ["Date of birth", "not in the past; check the year"]),
        ("date_of_birth", "23/04/1990", ["Date of birth", "write it as YYYY-MM-DD"]),
        ("phone", "555", ["Phone", "write 10 digits such as 416-555-0134"]),
        ("max_fee", "ninety", ["Most they can pay", "write a number such as 150"]),
    ],
)
def test_bad_input_is_named_next_to_its_field_and_nothing_is_stored(
    qtbot: QtBot,
    ctx: ServiceContext,
    errors: list[tuple[str, str]],
    field: str,
    value: str,
    expected: list[str],
) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    type_into(editor, field, value)

    assert not editor.save()

    message = editor.error_text(field)
    for words in expected:
        assert words in message
    assert editor.field_widget(field).property("invalid") is True
    assert editor.field_widget(field).hasFocus()
    assert editor.banner.isVisible()
    assert "fix the field marked in red" in editor.banner.text()
    assert people.list_clients(ctx) == []
    assert errors == []  # form problems are inline, not in a message box
    assert editor.isVisible()


def test_missing_concerns_is_named_and_nothing_is_stored(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    picker(editor, "concerns").set_checked("anxiety", False)

    assert not editor.save()

    assert editor.error_text("concerns") == "Concerns: tick at least one (required)"
    assert people.list_clients(ctx) == []
    # Ticking one clears the message straight away.
    picker(editor, "concerns").set_checked("grief", True)
    assert editor.error_text("concerns") == ""
    assert not editor.banner.isVisible()


def test_every_problem_is_listed_at_once_and_the_first_gets_focus(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    editor = open_client(qtbot, ctx)
    type_into(editor, "id", "")
    type_into(editor, "postal_code", "ABC")
    consent = editor.field_widget("consent_to_contact")
    assert isinstance(consent, QCheckBox)
    consent.setChecked(True)  # its own test below

    assert not editor.save()

    assert editor.error_text("id") == "Intake id is required; please fill it in"
    assert editor.error_text("first_name") == "First name is required; please fill it in"
    assert editor.error_text("last_name") == "Last name is required; please fill it in"
    assert "give an email address or a phone number" in editor.error_text("email")
    assert "Postal code" in editor.error_text("postal_code")
    assert editor.error_text("concerns")
    assert editor.field_widget("id").hasFocus()
    assert "6 fields" in editor.banner.text()
    assert people.list_clients(ctx) == []


def test_without_consent_the_form_saves_nothing_and_names_the_field(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    consent = editor.field_widget("consent_to_contact")
    assert isinstance(consent, QCheckBox)
    consent.setChecked(False)

    assert not editor.save()

    assert "agreed to be contacted" in editor.error_text("consent_to_contact")
    assert "(Consent)" in editor.banner.text()
    assert people.list_clients(ctx) == []
    consent.setChecked(True)
    assert editor.save()
    assert people.get_client(ctx, "C-200").consent_to_contact is True


def test_an_old_record_without_consent_is_not_saved_until_it_is_ticked(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    stored_client(ctx)
    with ctx.transaction() as session:  # a record from before the rule
        session.execute(text("UPDATE clients SET consent_to_contact = false"))
    editor = open_client(qtbot, ctx, "C-1")
    type_into(editor, "city", "Ottawa")
    assert not editor.save()
    assert editor.error_text("consent_to_contact")
    assert people.get_client(ctx, "C-1").city == ""


def test_oversized_notes_are_refused_with_a_message(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    notes = editor.field_widget("notes")
    assert isinstance(notes, QPlainTextEdit)
    notes.setPlainText("x" * 5001)

    assert not editor.save()

    assert editor.error_text("notes") == (
        "Notes is 5001 characters long; shorten it to 5000 or fewer"
    )
    assert people.list_clients(ctx) == []
    notes.setPlainText("x" * 5000)
    assert editor.save()
    assert len(people.get_client(ctx, "C-200").notes) == 5000


def test_leaving_a_field_checks_that_field_only(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    type_into(editor, "first_name", "")  # empty required field: no nagging before Save
    assert editor.error_text("first_name") == ""
    type_into(editor, "email", "not-an-email")
    assert "Email: 'not-an-email' is not a valid email address" in editor.error_text("email")
    assert editor.error_text("last_name") == ""
    assert editor.error_text("concerns") == ""
    type_into(editor, "email", "fixed@example.ca")
    assert editor.error_text("email") == ""


def test_after_a_failed_save_fixing_a_field_clears_its_message(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    type_into(editor, "email", "")
    assert not editor.save()
    assert "give an email address or a phone number" in editor.error_text("email")
    type_into(editor, "phone", "613-555-0199")  # the other way to reach the client
    assert editor.error_text("email") == ""
    assert editor.save()
    assert people.get_client(ctx, "C-200").phone == "(613) 555-0199"


def test_an_id_already_taken_is_refused_and_the_form_keeps_its_input(
    qtbot: QtBot, ctx: ServiceContext, errors: list[tuple[str, str]]
) -> None:
    stored_client(ctx, "C-200")
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor, "C-200")

    assert not editor.save()

    assert len(errors) == 1
    assert "already exists; choose another id" in errors[0][1]
    assert "already taken" in editor.error_text("id")
    assert people.get_client(ctx, "C-200").first_name == "Zoë"  # the stored one is untouched
    first = editor.field_widget("first_name")
    assert isinstance(first, QLineEdit) and first.text() == "Amara"
    type_into(editor, "id", "C-201")
    assert editor.save()
    assert people.get_client(ctx, "C-201").first_name == "Amara"


# ---------------------------------------------------------------- clients: editing


def test_editing_a_client_saves_and_bumps_the_version(qtbot: QtBot, ctx: ServiceContext) -> None:
    original = stored_client(ctx, "C-1", availability=["tue_morning"], max_fee=Decimal("80"))
    editor = open_client(qtbot, ctx, "C-1")
    id_edit = editor.field_widget("id")
    assert isinstance(id_edit, QLineEdit) and id_edit.isReadOnly()
    assert id_edit.text() == "C-1"
    assert grid(editor).slots() == ["tue_morning"]
    assert not editor.is_dirty()

    type_into(editor, "city", "Sudbury")
    picker(editor, "concerns").set_checked("grief", True)
    assert editor.is_dirty()
    assert editor.save()

    client = people.get_client(ctx, "C-1")
    assert client.version == original.version + 1
    assert client.city == "Sudbury"
    assert client.concerns == ["self_worth", "grief"]
    assert client.max_fee == Decimal("80.00")
    assert client.availability == ["tue_morning"]
    assert client.first_name == "Zoë"

    # A second save from the same form works: it now carries the new version.
    type_into(editor, "city", "Timmins")
    assert editor.save()
    assert people.get_client(ctx, "C-1").version == original.version + 2


def test_a_stale_save_is_refused_and_overwrites_nothing(
    qtbot: QtBot, ctx: ServiceContext, errors: list[tuple[str, str]], modal_boxes: Any
) -> None:
    stored_client(ctx, "C-1")
    editor = open_client(qtbot, ctx, "C-1")
    # Another desk saves the same client while this form is open.
    other = people.get_client(ctx, "C-1")
    other.city = "Kingston"
    behind_the_back = people.update_client(ctx, other)

    type_into(editor, "city", "Windsor")
    assert not editor.save()  # both versions are shown; "Back to the form" saves nothing

    assert errors == []
    [conflict] = modal_boxes.conflicts
    assert conflict.what == "client C-1"
    assert [(d.name, d.mine, d.theirs) for d in conflict.differences] == [
        ("city", "Windsor", "Kingston")
    ]
    assert "Another desk saved this record after you opened it" in editor.banner.text()
    stored = people.get_client(ctx, "C-1")
    assert stored.city == "Kingston"
    assert stored.version == behind_the_back.version
    assert editor.isVisible()
    city = editor.field_widget("city")
    assert isinstance(city, QLineEdit) and city.text() == "Windsor"
    assert editor.is_dirty()


def test_opening_a_missing_client_raises_not_found(qtbot: QtBot, ctx: ServiceContext) -> None:
    with pytest.raises(NotFound, match="no client with intake id 'C-404'"):
        ClientEditor(ctx, "C-404")


# ---------------------------------------------------------------- clients: closing


def test_closing_a_dirty_form_asks_cancel_keeps_discard_drops(
    qtbot: QtBot, ctx: ServiceContext, questions: Questions
) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    assert editor.isWindowModified()

    questions.answers.append(dialogs.Unsaved.CANCEL)
    editor.reject()  # the Cancel button
    assert editor.isVisible()

    questions.answers.append(dialogs.Unsaved.CANCEL)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()

    questions.answers.append(dialogs.Unsaved.CANCEL)
    editor.close()  # the window's close button
    assert editor.isVisible()
    assert questions.asked == ["This client"] * 3
    first = editor.field_widget("first_name")
    assert isinstance(first, QLineEdit) and first.text() == "Amara"  # input intact

    questions.answers.append(dialogs.Unsaved.DISCARD)
    editor.cancel_button.click()
    assert not editor.isVisible()
    assert len(questions.asked) == 4
    assert people.list_clients(ctx) == []


def test_closing_a_dirty_form_with_save_stores_it(
    qtbot: QtBot, ctx: ServiceContext, questions: Questions
) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    questions.answers.append(dialogs.Unsaved.SAVE)
    with qtbot.waitSignal(editor.saved):
        editor.reject()
    assert not editor.isVisible()
    assert [row.id for row in people.list_clients(ctx)] == ["C-200"]


def test_save_on_close_that_fails_keeps_the_form_open(
    qtbot: QtBot, ctx: ServiceContext, questions: Questions
) -> None:
    editor = open_client(qtbot, ctx)
    type_into(editor, "first_name", "Amara")  # dirty but incomplete
    questions.answers.append(dialogs.Unsaved.SAVE)
    editor.reject()
    assert editor.isVisible()
    assert editor.error_text("last_name") == "Last name is required; please fill it in"
    assert people.list_clients(ctx) == []


def test_a_clean_form_closes_without_asking(
    qtbot: QtBot, ctx: ServiceContext, questions: Questions
) -> None:
    stored_client(ctx, "C-1")
    editor = open_client(qtbot, ctx, "C-1")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible()
    assert questions.asked == []


def test_confirm_close_for_the_main_window(
    qtbot: QtBot, ctx: ServiceContext, questions: Questions
) -> None:
    editor = open_client(qtbot, ctx)
    assert editor.confirm_close()  # nothing typed: no question
    assert questions.asked == []
    fill_minimal_client(editor)
    questions.answers.append(dialogs.Unsaved.CANCEL)
    assert not editor.confirm_close()
    questions.answers.append(dialogs.Unsaved.DISCARD)
    assert editor.confirm_close()
    editor.close()  # no second question once the user said discard
    assert not editor.isVisible()
    assert questions.asked == ["This client", "This client"]
    assert people.list_clients(ctx) == []


def test_confirm_close_can_save_first(
    qtbot: QtBot, ctx: ServiceContext, questions: Questions
) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    questions.answers.append(dialogs.Unsaved.SAVE)
    assert editor.confirm_close()
    assert people.get_client(ctx, "C-200").first_name == "Amara"


def test_changing_a_value_back_is_not_a_change(qtbot: QtBot, ctx: ServiceContext) -> None:
    stored_client(ctx, "C-1")
    editor = open_client(qtbot, ctx, "C-1")
    type_into(editor, "city", "Toronto")
    assert editor.is_dirty()
    type_into(editor, "city", "")
    assert not editor.is_dirty()
    assert not editor.isWindowModified()


# ---------------------------------------------------------------- clients: keyboard


def test_enter_moves_on_and_never_saves(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    first = editor.field_widget("first_name")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert editor.field_widget("last_name").hasFocus()
    notes = editor.field_widget("notes")
    assert isinstance(notes, QPlainTextEdit)
    notes.setFocus()
    qtbot.keyClicks(notes, "line one")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "line two")
    assert notes.toPlainText() == "line one\nline two"
    assert people.list_clients(ctx) == []
    assert editor.isVisible()


def test_enter_on_the_save_button_saves(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    editor.save_button.setFocus()
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Return)
    assert not editor.isVisible()
    assert people.get_client(ctx, "C-200").first_name == "Amara"


def test_ctrl_s_saves_and_closes(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    fill_minimal_client(editor)
    notes = editor.field_widget("notes")
    notes.setFocus()
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not editor.isVisible()
    assert people.get_client(ctx, "C-200").last_name == "Okafor"


def test_tab_walks_the_person_fields_in_reading_order(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_client(qtbot, ctx)
    order = ["first_name", "last_name", "preferred_name", "pronouns", "date_of_birth"]
    editor.field_widget(order[0]).setFocus()
    for current, following in itertools.pairwise(order):
        assert editor.field_widget(current).hasFocus()
        qtbot.keyClick(editor.field_widget(current), Qt.Key.Key_Tab)
        assert editor.field_widget(following).hasFocus(), f"Tab from {current}"


# ---------------------------------------------------------------- therapists


def fill_minimal_therapist(editor: TherapistEditor, therapist_id: str = "T-20") -> None:
    type_into(editor, "id", therapist_id)
    type_into(editor, "first_name", "Kwame")
    type_into(editor, "last_name", "Mensah")
    picker(editor, "approaches").set_checked("cbt", True)
    tick(editor, "client_types", "individual")
    tick(editor, "age_groups", "adult")
    tick(editor, "modalities", "virtual")
    type_into(editor, "fee", "150")


def test_new_therapist_is_stored_exactly_as_typed(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_therapist(qtbot, ctx)
    type_into(editor, "id", "T-7")
    type_into(editor, "first_name", "Siobhán")
    type_into(editor, "last_name", "Nguyễn")
    type_into(editor, "pronouns", "she/her")
    pick(editor, "gender", "woman")
    type_into(editor, "credentials", "RP, MSW; RSW")
    type_into(editor, "registration", "CRPO 012345")
    type_into(editor, "email", "siobhan@example.ca")
    type_into(editor, "phone", "+33 1 42 68 53 00")
    languages = picker(editor, "languages")
    languages.filter.setText("viet")
    languages.set_checked("vi", True)
    languages.set_checked("en", False)
    languages.set_checked("fr", True)
    approaches = picker(editor, "approaches")
    approaches.set_checked("relational", True)
    approaches.set_checked("emdr", True)
    picker(editor, "concerns").set_checked("trauma", True)
    tick(editor, "client_types", "individual", "couple")
    tick(editor, "age_groups", "adult", "senior")
    tick(editor, "modalities", "in_person", "virtual")
    type_into(editor, "locations", "Toronto; Mississauga")
    type_into(editor, "fee", "$160")
    type_into(editor, "sliding_scale_min", "90")
    pick(editor, "level", "associate")
    accepting = editor.field_widget("accepting")
    assert isinstance(accepting, QCheckBox) and accepting.isChecked()  # the usual case
    type_into(editor, "capacity", "12")
    grid(editor).checkbox("wed_afternoon").setChecked(True)
    bio = editor.field_widget("bio")
    assert isinstance(bio, QPlainTextEdit)
    bio.setPlainText("Works gently, at your pace. Parle français.")

    with qtbot.waitSignal(editor.saved) as saved:
        assert editor.save()
    assert saved.args == ["T-7"]

    therapist = people.get_therapist(ctx, "T-7")
    assert therapist == Therapist(
        id="T-7",
        first_name="Siobhán",
        last_name="Nguyễn",
        pronouns="she/her",
        gender=Gender.WOMAN,
        credentials=["RP", "MSW", "RSW"],
        registration="CRPO 012345",
        email="siobhan@example.ca",
        phone="+33 1 42 68 53 00",
        languages=["vi", "fr"],
        approaches=["relational", "emdr"],
        concerns=["trauma"],
        client_types=[ClientType.INDIVIDUAL, ClientType.COUPLE],
        age_groups=[AgeGroup.ADULT, AgeGroup.SENIOR],
        modalities=[Modality.IN_PERSON, Modality.VIRTUAL],
        locations=["Toronto", "Mississauga"],
        fee=Decimal("160.00"),
        sliding_scale_min=Decimal("90.00"),
        level=Level.ASSOCIATE,
        accepting=True,
        capacity=12,
        availability=["wed_afternoon"],
        bio="Works gently, at your pace. Parle français.",
        version=therapist.version,
    )
    assert not editor.is_dirty()


def test_empty_sliding_scale_and_capacity_mean_none(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_therapist(qtbot, ctx)
    fill_minimal_therapist(editor)
    assert editor.save()
    therapist = people.get_therapist(ctx, "T-20")
    assert therapist.sliding_scale_min is None
    assert therapist.capacity is None
    assert therapist.languages == ["en"]


def test_sliding_scale_above_the_fee_is_refused(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_therapist(qtbot, ctx)
    fill_minimal_therapist(editor)
    type_into(editor, "fee", "100")
    type_into(editor, "sliding_scale_min", "120")
    assert editor.error_text("sliding_scale_min") == (
        "Sliding scale from: 120.00 is above the full fee 100.00; it must be lower or empty"
    )
    assert not editor.save()
    assert editor.field_widget("sliding_scale_min").hasFocus()
    assert people.list_therapists(ctx) == []


def test_missing_therapist_choices_are_named(qtbot: QtBot, ctx: ServiceContext) -> None:
    editor = open_therapist(qtbot, ctx)
    type_into(editor, "first_name", "Kwame")
    type_into(editor, "last_name", "Mensah")
    type_into(editor, "email", "kwame@")
    type_into(editor, "capacity", "lots")
    assert not editor.save()
    assert editor.error_text("approaches") == "Approaches: tick at least one (required)"
    assert editor.error_text("client_types") == "Works with: tick at least one (required)"
    assert editor.error_text("age_groups") == "Age groups: tick at least one (required)"
    assert editor.error_text("modalities") == "Formats: tick at least one (required)"
    assert editor.error_text("fee") == (
        "Full fee is required; write an amount in dollars such as 150"
    )
    assert "name@example.ca" in editor.error_text("email")
    assert "Most open referrals: 'lots' is not a whole number" in editor.error_text("capacity")
    assert editor.error_text("languages") == ""  # English is ticked for a new therapist
    assert people.list_therapists(ctx) == []


def test_editing_a_therapist_saves_and_bumps_the_version(qtbot: QtBot, ctx: ServiceContext) -> None:
    original = stored_therapist(ctx, "T-1")
    editor = open_therapist(qtbot, ctx, "T-1")
    id_edit = editor.field_widget("id")
    assert isinstance(id_edit, QLineEdit) and id_edit.isReadOnly()
    assert picker(editor, "languages").keys() == ["en", "fa"]
    assert not editor.is_dirty()

    accepting = editor.field_widget("accepting")
    assert isinstance(accepting, QCheckBox)
    accepting.setChecked(False)
    type_into(editor, "capacity", "5")
    assert editor.save()

    therapist = people.get_therapist(ctx, "T-1")
    assert therapist.version == original.version + 1
    assert therapist.accepting is False
    assert therapist.capacity == 5
    assert therapist.languages == ["en", "fa"]
    assert therapist.fee == Decimal("160.00")


def test_a_stale_therapist_save_is_refused(
    qtbot: QtBot, ctx: ServiceContext, errors: list[tuple[str, str]], modal_boxes: Any
) -> None:
    stored_therapist(ctx, "T-1")
    editor = open_therapist(qtbot, ctx, "T-1")
    other = people.get_therapist(ctx, "T-1")
    other.fee = Decimal("175")
    people.update_therapist(ctx, other)

    type_into(editor, "fee", "140")
    assert not editor.save()  # both versions shown, "Back to the form" chosen

    assert errors == []
    [conflict] = modal_boxes.conflicts
    assert [(d.name, d.mine, d.theirs) for d in conflict.differences] == [("fee", "140", "175.00")]
    assert people.get_therapist(ctx, "T-1").fee == Decimal("175.00")
    assert editor.isVisible()


def test_closing_a_dirty_therapist_form_asks(
    qtbot: QtBot, ctx: ServiceContext, questions: Questions
) -> None:
    editor = open_therapist(qtbot, ctx)
    fill_minimal_therapist(editor)
    questions.answers.append(dialogs.Unsaved.CANCEL)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.isVisible()
    questions.answers.append(dialogs.Unsaved.DISCARD)
    editor.cancel_button.click()
    assert not editor.isVisible()
    assert questions.asked == ["This therapist", "This therapist"]
    assert people.list_therapists(ctx) == []


# ---------------------------------------------------------------- widgets


def test_availability_grid_speaks_the_file_format(qtbot: QtBot) -> None:
    widget = AvailabilityGrid()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.slots() == []
    with qtbot.waitSignal(widget.changed):
        widget.set_slots(["sat_morning", "mon_evening"])
    assert widget.slots() == ["mon_evening", "sat_morning"]  # week order
    assert widget.checkbox("mon_evening").accessibleName() == "Monday evening"
    with qtbot.waitSignal(widget.changed):
        qtbot.mouseClick(widget.checkbox("fri_afternoon"), Qt.MouseButton.LeftButton)
    assert widget.slots() == ["mon_evening", "fri_afternoon", "sat_morning"]
    with qtbot.assertNotEmitted(widget.changed):
        widget.set_slots(["mon_evening", "fri_afternoon", "sat_morning"])


def test_key_picker_keeps_order_filters_and_ticks_on_click(qtbot: QtBot) -> None:
    entries = [(f"k{i}", f"Label {i}") for i in range(15)] + [("zoe", "Zoë's group")]
    widget = KeyPicker(entries, name="Things")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.filter.isVisible()  # a long list gets a filter
    assert widget.item("k3").toolTip() == "k3"
    widget.set_keys(["k5", "k1"])
    assert widget.keys() == ["k5", "k1"]
    with qtbot.waitSignal(widget.changed):
        widget.set_checked("k0", True)
    assert widget.keys() == ["k5", "k1", "k0"]
    assert widget.summary.text() == "Chosen (3): Label 5, Label 1, Label 0"

    widget.filter.setText("zoe")  # accents do not matter when filtering
    shown = [key for key in widget.entries() if not widget.item(key).isHidden()]
    assert shown == ["zoe"]
    widget.filter.clear()

    # A click on the words of a line ticks it; a second click clears it.
    rect = widget.list.visualItemRect(widget.item("k2"))
    point = QPoint(rect.right() - 5, rect.center().y())
    qtbot.mouseClick(widget.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert widget.keys() == ["k5", "k1", "k0", "k2"]
    qtbot.mouseClick(widget.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert widget.keys() == ["k5", "k1", "k0"]

    # Space ticks the current line.
    widget.list.setFocus()
    widget.list.setCurrentItem(widget.item("k7"))
    qtbot.keyClick(widget.list, Qt.Key.Key_Space)
    assert widget.keys() == ["k5", "k1", "k0", "k7"]


def test_short_key_picker_has_no_filter(qtbot: QtBot) -> None:
    widget = KeyPicker([("a", "A"), ("b", "B")])
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.filter.isVisible()
    assert widget.summary.text() == "None chosen"
