"""The forms for one client (the intake) and one therapist (the directory entry).

Both dialogs work the same way: the widgets are read into a row of text cells in
exactly the file format of CONTRACT.md, and that row goes through the same
checks as an imported file (``client_from_row`` / ``therapist_from_row``). So a
form can never accept what an import would refuse, and every problem comes back
with the column it belongs to, which is shown in red under that field.

Keyboard: Tab walks the fields top to bottom, column by column; Enter in a
one-line field moves to the next field (it never saves a half-filled form);
Ctrl+S saves; Esc closes, asking first when something is unsaved.

Several desks: a save refused because another desk saved the same record
meanwhile (its version moved on) opens the conflict dialog with both versions,
field by field; a save that cannot reach the database keeps the form as typed
and is tried again when the main window sees the connection come back.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.enums import (
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.records import (
    age_group_for,
    client_from_row,
    client_to_row,
    therapist_from_row,
    therapist_to_row,
)
from opcc_desk.domain.validation import (
    MAX_LONG,
    FieldError,
    Problem,
    RecordError,
    language_names,
    parse_date,
    split_list,
)
from opcc_desk.services import people
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import (
    AlreadyExists,
    DatabaseUnavailable,
    InvalidRecord,
    ServiceError,
    StaleRecord,
)
from opcc_desk.ui import conflict_dialog, dialogs
from opcc_desk.ui.conflict_dialog import Conflict, FieldDifference
from opcc_desk.ui.widgets import AvailabilityGrid, KeyPicker, approach_entries, concern_entries

log = logging.getLogger(__name__)

R = TypeVar("R", Client, Therapist)

ERROR_RED = "#b3261e"
STYLE = f"""
QFrame#fieldFrame {{ border: 2px solid transparent; border-radius: 4px; }}
QFrame#fieldFrame[invalid="true"] {{ border: 2px solid {ERROR_RED}; background: #fdecea; }}
QLabel#fieldError {{ color: {ERROR_RED}; }}
QLabel#errorBanner {{
    color: {ERROR_RED}; background: #fdecea; border: 1px solid {ERROR_RED};
    border-radius: 4px; padding: 6px 8px; font-weight: bold;
}}
QLineEdit[readOnly="true"] {{ background: palette(window); }}
QGroupBox {{ font-weight: bold; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox,
QGroupBox QPlainTextEdit, QGroupBox QListWidget, QGroupBox QToolButton {{ font-weight: normal; }}
"""

GENDER_CHOICES: list[tuple[str, str]] = [
    (Gender.WOMAN.value, "Woman"),
    (Gender.MAN.value, "Man"),
    (Gender.NONBINARY.value, "Nonbinary"),
]
CLIENT_TYPE_CHOICES: list[tuple[str, str]] = [
    (ClientType.INDIVIDUAL.value, "Individual"),
    (ClientType.COUPLE.value, "Couple"),
    (ClientType.FAMILY.value, "Family"),
]
AGE_GROUP_CHOICES: list[tuple[str, str]] = [
    (AgeGroup.CHILD.value, "Child (under 13)"),
    (AgeGroup.TEEN.value, "Teen (13–17)"),
    (AgeGroup.ADULT.value, "Adult (18–64)"),
    (AgeGroup.SENIOR.value, "Senior (65 and over)"),
]
AGE_GROUP_SHORT: dict[str, str] = {
    AgeGroup.CHILD.value: "child",
    AgeGroup.TEEN.value: "teen",
    AgeGroup.ADULT.value: "adult",
    AgeGroup.SENIOR.value: "senior",
}
MODALITY_CHOICES: list[tuple[str, str]] = [
    (ModalityPreference.EITHER.value, "In person or virtual"),
    (ModalityPreference.IN_PERSON.value, "In person only"),
    (ModalityPreference.VIRTUAL.value, "Virtual only"),
]
THERAPIST_MODALITY_CHOICES: list[tuple[str, str]] = [
    (Modality.IN_PERSON.value, "In person"),
    (Modality.VIRTUAL.value, "Virtual"),
]
LEVEL_CHOICES: list[tuple[str, str]] = [
    ("", "Not set"),
    (Level.SENIOR.value, "Senior therapist"),
    (Level.ASSOCIATE.value, "Associate (supervised, lower cost)"),
]


# How the conflict dialog names the values of choice fields (singular and list forms).
DISPLAY_CHOICES: dict[str, list[tuple[str, str]]] = {
    "gender": GENDER_CHOICES,
    "therapist_gender": GENDER_CHOICES,
    "client_type": CLIENT_TYPE_CHOICES,
    "client_types": CLIENT_TYPE_CHOICES,
    "age_group": AGE_GROUP_CHOICES,
    "age_groups": AGE_GROUP_CHOICES,
    "modality": MODALITY_CHOICES,
    "modalities": THERAPIST_MODALITY_CHOICES,
    "level": LEVEL_CHOICES,
}


def language_entries() -> list[tuple[str, str]]:
    """(code, English name) of every ISO 639-1 language, English and French first."""
    names = language_names()
    first = [code for code in ("en", "fr") if code in names]
    rest = sorted((code for code in names if code not in first), key=lambda c: names[c].casefold())
    return [(code, names[code]) for code in [*first, *rest]]


class _TextArea(QPlainTextEdit):
    """Multi-line text where Tab moves on (it never types a tab) and leaving counts."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


@dataclass
class _Field:
    name: str  # the file column
    label: str  # what the receptionist sees
    read: Callable[[], str]
    write: Callable[[str], None]
    focus: QWidget
    frame: QFrame
    error: QLabel
    ticks: bool = False  # "required" means "tick at least one"


class _RecordEditor(QDialog, Generic[R]):
    """Everything both editors share: fields, checks, dirty state, saving, closing."""

    saved = Signal(str)
    connection_lost = Signal(str)  # a save could not reach the database; the text says why

    KIND = "record"
    WHAT = "This record"
    ID_PREFIX = "X-"

    def __init__(
        self, ctx: ServiceContext, record_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Read first: a missing record or an unreachable database raises ServiceError
        # to the caller before any window appears.
        record = self._fetch(record_id) if record_id else None
        self._record_id: str | None = record.id if record else None
        self._record: R | None = record
        self._fields: dict[str, _Field] = {}
        self._showing: set[str] = set()
        self._baseline: dict[str, str] = {}
        self._loading = False
        self._save_attempted = False
        self._close_confirmed = False
        self._refused: dict[str, tuple[str | None, list[str]]] = {}
        self._waiting_to_save = False  # a save failed for want of a connection
        self._close_after_save = False  # ... and the person meant to close the form then
        self._column_of_form: dict[int, int] = {}
        self._labels_by_column: dict[int, list[QLabel]] = {}

        self.setObjectName(f"{self.KIND}Editor")
        self.setStyleSheet(STYLE)
        self.setSizeGripEnabled(True)
        self.setMinimumSize(900, 560)
        self.resize(1220, 740)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 12, 12, 10)
        outer.setSpacing(8)
        self.banner = QLabel(self)
        self.banner.setObjectName("errorBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        outer.addWidget(self.banner)

        body = QWidget()
        columns_layout = QHBoxLayout(body)
        columns_layout.setContentsMargins(0, 0, 4, 0)
        columns_layout.setSpacing(12)
        columns: list[QVBoxLayout] = []
        for _ in range(3):
            column = QVBoxLayout()
            column.setSpacing(10)
            columns_layout.addLayout(column, 1)
            columns.append(column)
        self._build(columns)
        for labels in self._labels_by_column.values():
            # One label width per column, so the groups of a column line up.
            width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(width)
        for column in columns:
            column.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)

        bar = QHBoxLayout()
        legend = QLabel(
            "Fields marked * are required.  Enter moves to the next field.  "
            "Ctrl+S saves, Esc closes."
        )
        legend.setEnabled(False)
        bar.addWidget(legend, 1)
        self.cancel_button = QPushButton("Cancel")
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Save and close (Ctrl+S)")
        for button in (self.cancel_button, self.save_button):
            # No default button: Enter must never save a half-filled form.
            button.setAutoDefault(False)
            button.setDefault(False)
            button.setMinimumWidth(100)
            bar.addWidget(button)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save_and_close)
        outer.addLayout(bar)
        QShortcut(QKeySequence.StandardKey.Save, self, self._save_and_close)

        self._load(record)
        start = "first_name" if self._fields["id"].read().strip() else "id"
        self._fields[start].focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------ per-record hooks

    def _fetch(self, record_id: str) -> R:
        raise NotImplementedError

    def _build(self, columns: list[QVBoxLayout]) -> None:
        raise NotImplementedError

    def _to_row(self, record: R) -> dict[str, str]:
        raise NotImplementedError

    def _new_row(self) -> dict[str, str]:
        raise NotImplementedError

    def _parse(self, row: dict[str, str]) -> R:
        raise NotImplementedError

    def _add(self, record: R) -> R:
        raise NotImplementedError

    def _update(self, record: R) -> R:
        raise NotImplementedError

    def _existing_ids(self) -> Iterable[str]:
        raise NotImplementedError

    def _title(self) -> str:
        raise NotImplementedError

    def _after_load(self) -> None:
        """Refresh hints that depend on several fields."""

    # ------------------------------------------------------------ public API

    @property
    def record_id(self) -> str | None:
        """The id of the stored record, or None while a new one is not saved yet."""
        return self._record_id

    def field_widget(self, name: str) -> QWidget:
        """The input widget of one file column (used by tests and the main window)."""
        return self._fields[name].focus

    def error_text(self, name: str) -> str:
        """The red message under one field, '' when it has none."""
        return self._fields[name].error.text() if name in self._showing else ""

    def is_dirty(self) -> bool:
        return self._row() != self._baseline

    def save(self) -> bool:
        """Check the form; when it passes, store it and return True. The form stays open."""
        self._save_attempted = True
        try:
            record = self._parse(self._row())
        except RecordError as error:
            self._show_problems(error.problems, focus=True)
            return False
        self._refused.clear()
        self._show_problems([], focus=False)
        record.version = self._record.version if self._record else 0
        record.archived = self._record.archived if self._record else False
        try:
            stored = self._update(record) if self._record else self._add(record)
        except InvalidRecord as error:
            row = self._row()
            for problem in error.problems:
                earlier: list[str] = self._refused.get(problem.field, (None, []))[1]
                self._refused[problem.field] = (row.get(problem.field), [*earlier, problem.message])
            self._show_problems(error.problems, focus=True)
            return False
        except AlreadyExists as error:
            message = "is already taken; choose another id"
            self._refused["id"] = (self._fields["id"].read(), [message])
            self._show_problems([Problem("id", message)], focus=True)
            dialogs.show_error(self, "Not saved", str(error))
            return False
        except StaleRecord:
            return self._resolve_conflict()
        except DatabaseUnavailable as error:
            self._wait_for_connection(str(error))
            return False
        except ServiceError as error:
            dialogs.show_error(self, "Not saved", str(error))
            return False
        log.info("%s %s saved (version %d)", self.KIND, stored.id, stored.version)
        self._waiting_to_save = False
        self._record_id = stored.id
        self._load(stored)
        self.saved.emit(stored.id)
        return True

    def confirm_close(self) -> bool:
        """Ask about unsaved changes; True when the editor may close now."""
        if self._close_confirmed or not self.is_dirty():
            return True
        answer = dialogs.ask_unsaved(self, self.WHAT)
        if answer is dialogs.Unsaved.SAVE:
            if not self.save():
                return False
        elif answer is not dialogs.Unsaved.DISCARD:
            return False
        self._close_confirmed = True
        return True

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        # Esc, Cancel and the window's close button all come here (QDialog's
        # closeEvent calls reject and refuses the close while the dialog stays open).
        if self._close_confirmed or not self.is_dirty():
            super().reject()
            return
        answer = dialogs.ask_unsaved(self, self.WHAT)
        if answer is dialogs.Unsaved.SAVE:
            self._close_after_save = True
            if self.save():
                self.accept()
        elif answer is dialogs.Unsaved.DISCARD:
            self._close_confirmed = True
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()  # Enter on a button the user tabbed to presses it
            else:
                self.focusNextChild()
            return
        super().keyPressEvent(event)

    def _save_and_close(self) -> None:
        self._close_after_save = True
        if self.save():
            self._close_confirmed = True
            self.accept()

    # ------------------------------------------------------------ several desks

    @property
    def waiting_to_save(self) -> bool:
        """True while a save waits for the database connection to come back."""
        return self._waiting_to_save

    def retry_save(self) -> bool:
        """Try the save that found no connection again (the main window calls this when
        the connection returns); closes the form afterwards if that was the intent."""
        if not self._waiting_to_save:
            return False
        self._waiting_to_save = False
        if not self.save():
            return False
        if self._close_after_save:
            self._close_confirmed = True
            self.accept()
        return True

    def _wait_for_connection(self, message: str) -> None:
        self._waiting_to_save = True
        self._update_banner(
            extra=[
                f"{message} What you typed stays in this form and is saved as soon as "
                "the database answers again (or press Save to try now)."
            ]
        )
        self.connection_lost.emit(message)

    def _resolve_conflict(self) -> bool:
        """Another desk saved this record since the form read it: show both, let the
        person choose, and save the choice on top of the other desk's version."""
        if self._record_id is None:
            return False
        try:
            theirs_record = self._fetch(self._record_id)
        except DatabaseUnavailable as error:
            self._wait_for_connection(str(error))
            return False
        except ServiceError as error:
            dialogs.show_error(self, "Not saved", str(error))
            return False
        mine = self._row()
        base = self._baseline
        theirs = self._as_form_row(theirs_record)
        differences = [
            FieldDifference(
                name=name,
                label=field.label,
                base=base.get(name, ""),
                mine=mine[name],
                theirs=theirs[name],
                mine_text=self._display(name, mine[name]),
                theirs_text=self._display(name, theirs[name]),
            )
            for name, field in self._fields.items()
            if mine[name] != theirs[name]
        ]
        if not differences:
            # The other desk saved exactly what this form holds (or this desk's own
            # save went through just before the connection dropped): nothing to choose.
            self._adopt(theirs_record)
            return True
        log.info(
            "%s %s: save conflict on %d field(s), stored version %d",
            self.KIND,
            self._record_id,
            len(differences),
            theirs_record.version,
        )
        resolution = conflict_dialog.ask_resolution(
            self, Conflict(f"{self.KIND} {self._record_id}", theirs_record.version, differences)
        )
        if resolution is None:
            self._update_banner(
                extra=[
                    "Another desk saved this record after you opened it. Your changes are "
                    "still here; press Save again to compare the two and choose."
                ]
            )
            return False
        self._load(theirs_record)
        changed = {n: c for n, c in resolution.cells.items() if c != theirs[n]}
        if not changed:
            self._adopt(theirs_record)
            return True
        for name, cell in changed.items():
            self._fields[name].write(cell)
        self._after_load()
        self._update_title()
        return self.save()

    def _adopt(self, record: R) -> None:
        """Show the stored record as it is now; nothing of the form is left unsaved."""
        self._load(record)
        self._record_id = record.id
        self.saved.emit(record.id)

    def _as_form_row(self, record: R) -> dict[str, str]:
        """The record's cells as this form's widgets give them back, so that they
        compare cell for cell with what is typed (the form leaves unchanged)."""
        typed = self._row()
        self._loading = True
        try:
            stored = self._to_row(record)
            for name, field in self._fields.items():
                field.write(stored.get(name, ""))
            shown = self._row()
            for name, field in self._fields.items():
                field.write(typed[name])
        finally:
            self._loading = False
        self._after_load()
        return shown

    def _display(self, name: str, cell: str) -> str:
        """A cell as the person at the desk reads it (labels rather than keys)."""
        items = split_list(cell)
        catalogue = self.ctx.catalogue
        if name == "concerns":
            return ", ".join(catalogue.concern_label(key) for key in items)
        if name in ("approaches", "approach_preference"):
            return ", ".join(catalogue.approach_label(key) for key in items)
        if name == "availability":
            return ", ".join(slot.replace("_", " ").capitalize() for slot in items)
        if name in ("language", "languages"):
            names = language_names()
            return ", ".join(names.get(code, code) for code in items)
        choices = DISPLAY_CHOICES.get(name)
        if choices is not None:
            labels = dict(choices)
            return ", ".join(labels.get(item, item) for item in items)
        if name in ("credentials", "locations"):
            return ", ".join(items)
        return cell

    # ------------------------------------------------------------ loading and rows

    def _row(self) -> dict[str, str]:
        return {name: field.read() for name, field in self._fields.items()}

    def _load(self, record: R | None) -> None:
        self._record = record
        row = self._to_row(record) if record is not None else self._new_row()
        self._loading = True
        try:
            for name, field in self._fields.items():
                field.write(row.get(name, ""))
        finally:
            self._loading = False
        id_edit = self._fields["id"].focus
        if isinstance(id_edit, QLineEdit):
            id_edit.setReadOnly(record is not None)
            id_edit.style().unpolish(id_edit)  # the read-only look comes from the style sheet
            id_edit.style().polish(id_edit)
            id_edit.setToolTip(
                "The id of a saved record cannot change." if record is not None else ""
            )
        self._save_attempted = False
        self._refused.clear()
        self._clear_problems()
        self._after_load()
        self._baseline = self._row()
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"{self._title()}[*] — OPCC Desk")
        self.setWindowModified(self.is_dirty())

    def _suggest_id(self) -> str:
        """The next free id such as C-105, or '' when the database cannot say."""
        pattern = re.compile(rf"^{re.escape(self.ID_PREFIX)}(\d+)$", re.IGNORECASE)
        try:
            numbers = [int(m.group(1)) for i in self._existing_ids() if (m := pattern.match(i))]
        except ServiceError:
            return ""
        return f"{self.ID_PREFIX}{max(numbers, default=100) + 1}"

    # ------------------------------------------------------------ problems

    def _message(self, field: _Field, message: str) -> str:
        if field.ticks and message.startswith("is required"):
            return f"{field.label}: tick at least one (required)"
        message = self._adjust_message(field.name, message)
        if message.startswith("is ") or message.startswith("are "):
            return f"{field.label} {message}"
        return f"{field.label}: {message}"

    def _adjust_message(self, name: str, message: str) -> str:
        return message

    def _problems_by_field(self) -> dict[str, list[str]]:
        row = self._row()
        grouped: dict[str, list[str]] = {}
        try:
            self._parse(row)
        except RecordError as error:
            for problem in error.problems:
                grouped.setdefault(problem.field, []).append(problem.message)
        # What the database refused (an id already taken) holds until that field changes.
        for name, (value, messages) in self._refused.items():
            if row.get(name) == value:
                grouped.setdefault(name, []).extend(messages)
        return grouped

    def _show_problems(self, problems: Sequence[Problem], *, focus: bool) -> None:
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            grouped.setdefault(problem.field, []).append(problem.message)
        unplaced = [p for p in problems if p.field not in self._fields]
        for name in self._fields:
            self._show_field(name, grouped.get(name, []))
        self._update_banner(extra=[str(p) for p in unplaced])
        if focus:
            first = next((name for name in self._fields if name in grouped), None)
            if first is not None:
                widget = self._fields[first].focus
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll_area.ensureWidgetVisible(self._fields[first].frame, 10, 30)

    def _clear_problems(self) -> None:
        for name in self._fields:
            self._show_field(name, [])
        self._update_banner()

    def _show_field(self, name: str, messages: list[str]) -> None:
        field = self._fields[name]
        invalid = bool(messages)
        if invalid:
            field.error.setText("\n".join(self._message(field, m) for m in messages))
            field.error.show()
            self._showing.add(name)
        else:
            field.error.clear()
            field.error.hide()
            self._showing.discard(name)
        field.focus.setAccessibleDescription(field.error.text())
        for widget in (field.frame, field.focus):
            if bool(widget.property("invalid")) != invalid:
                widget.setProperty("invalid", invalid)
                widget.style().unpolish(widget)
                widget.style().polish(widget)

    def _update_banner(self, extra: Sequence[str] = ()) -> None:
        count = len(self._showing)
        if not count and not extra:
            self.banner.hide()
            return
        labels = ", ".join(self._fields[n].label for n in self._fields if n in self._showing)
        if count == 1:
            text = f"Not saved yet: please fix the field marked in red ({labels})."
        elif count:
            text = f"Not saved yet: please fix the {count} fields marked in red ({labels})."
        else:
            text = "Not saved yet."
        if extra:
            text += "\n" + "\n".join(extra)
        self.banner.setText(text)
        self.banner.show()

    def _recheck(self, name: str) -> None:
        """Re-run the checks for one field the user just left or changed.

        Messages already on screen are refreshed (or cleared once fixed); a new
        message appears only on this field, and an empty field is not nagged
        about before the first press of Save.
        """
        problems = self._problems_by_field()
        for shown in list(self._showing):
            if shown != name:
                self._show_field(shown, problems.get(shown, []))
        field = self._fields[name]
        if name in self._showing or self._save_attempted or field.read().strip():
            self._show_field(name, problems.get(name, []))
        self._update_banner()

    def _on_changed(self, name: str, *, recheck: bool = False) -> None:
        if self._loading:
            return
        self._update_title()
        self._after_load()
        if recheck:
            self._recheck(name)

    def _on_left(self, name: str) -> None:
        if not self._loading:
            self._recheck(name)

    # ------------------------------------------------------------ building fields

    def _group(self, column: QVBoxLayout, title: str, note: str = "") -> QFormLayout:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            hint.setEnabled(False)
            layout.addWidget(hint)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(8)
        form.setVerticalSpacing(2)
        layout.addLayout(form)
        column.addWidget(box)
        self._column_of_form[id(form)] = id(column)
        return form

    def _add_field(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        widget: QWidget,
        read: Callable[[], str],
        write: Callable[[str], None],
        *,
        required: bool = False,
        focus: QWidget | None = None,
        ticks: bool = False,
        before: str = "",
        after: QWidget | str | None = None,
        stacked: bool = False,
        show_label: bool = True,
    ) -> _Field:
        focus = focus or widget
        focus.setAccessibleName(label)
        container = QWidget()
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        frame = QFrame()
        frame.setObjectName("fieldFrame")
        inner = QHBoxLayout(frame)
        inner.setContentsMargins(2, 2, 2, 2)
        inner.setSpacing(4)
        if before:
            inner.addWidget(QLabel(before))
        short = widget.maximumWidth() < 1000  # a short field stays at the left
        inner.addWidget(widget, 0 if short else 1)
        if isinstance(after, str):
            after_label = QLabel(after)
            after_label.setEnabled(False)
            inner.addWidget(after_label)
        elif after is not None:
            inner.addWidget(after)
        if short:
            inner.addStretch(1)
        box.addWidget(frame)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setContentsMargins(4, 0, 2, 2)
        error.hide()
        box.addWidget(error)
        title = QLabel(f"{label} *" if required else label)
        title.setBuddy(focus)
        title.setContentsMargins(0, 5, 0, 0)
        if stacked and not show_label:  # the group box already says what it is
            title.hide()
            form.addRow(container)
        elif stacked:
            form.addRow(title)
            form.addRow(container)
        else:
            form.addRow(title, container)
            self._labels_by_column.setdefault(self._column_of_form[id(form)], []).append(title)
        field = _Field(name, label, read, write, focus, frame, error, ticks)
        self._fields[name] = field
        return field

    def _line(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        *,
        placeholder: str = "",
        required: bool = False,
        list_separators: str = "",
        before: str = "",
        after: QWidget | str | None = None,
        width: int = 0,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        if width:
            edit.setMaximumWidth(width)
        pattern = f"[{re.escape(list_separators)}]" if list_separators else ""

        def read() -> str:
            if pattern:  # a list typed with commas or semicolons is stored as a;b
                return ";".join(split_list(re.sub(pattern, ";", edit.text())))
            return edit.text()

        def write(cell: str) -> None:
            edit.setText("; ".join(split_list(cell)) if pattern else cell)

        self._add_field(
            form, name, label, edit, read, write, required=required, before=before, after=after
        )
        edit.textChanged.connect(lambda _text: self._on_changed(name))
        edit.editingFinished.connect(lambda: self._on_left(name))
        return edit

    def _combo(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        options: Sequence[tuple[str, str]],
        *,
        required: bool = False,
    ) -> QComboBox:
        combo = QComboBox()
        for value, text in options:
            combo.addItem(text, value)

        def read() -> str:
            data = combo.currentData()
            return "" if data is None else str(data)

        def write(cell: str) -> None:
            index = combo.findData(cell)
            if index < 0:  # a value the list does not know yet: keep it, the check names it
                combo.addItem(cell, cell)
                index = combo.count() - 1
            combo.setCurrentIndex(index)

        self._add_field(form, name, label, combo, read, write, required=required)
        combo.currentIndexChanged.connect(lambda _i: self._on_changed(name, recheck=True))
        return combo

    def _language_combo(self, form: QFormLayout, name: str, label: str) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names = language_entries()
        for code, text in names:
            combo.addItem(text, code)
            combo.setItemData(combo.count() - 1, code, Qt.ItemDataRole.ToolTipRole)
        completer = combo.completer()
        assert completer is not None  # an editable combo always has one
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "pers" offers "Farsi (Persian)"
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        by_name: dict[str, str] = {}
        for code, text in names:
            by_name[text.casefold()] = code
            # "Farsi (Persian)" is also found as "Farsi" or "Persian"
            for alias in re.split(r"\s*[()]\s*", text):
                by_name.setdefault(alias.strip().casefold(), code)
        by_name.pop("", None)
        codes = {code for code, _text in names}

        def read() -> str:
            typed = combo.currentText().strip()
            if typed.casefold() in by_name:
                return by_name[typed.casefold()]
            if typed.lower() in codes:
                return typed.lower()
            return typed

        def write(cell: str) -> None:
            index = combo.findData(cell.strip().lower()) if cell.strip() else -1
            if index >= 0:
                combo.setCurrentIndex(index)
            else:
                combo.setEditText(cell)

        self._add_field(form, name, label, combo, read, write, required=True)
        combo.currentTextChanged.connect(lambda _t: self._on_changed(name))
        combo.activated.connect(lambda _i: self._on_changed(name, recheck=True))
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText("Type or pick a language")
        line.editingFinished.connect(lambda: self._on_left(name))
        return combo

    def _ticks(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        options: Sequence[tuple[str, str]],
        *,
        required: bool = False,
    ) -> dict[str, QCheckBox]:
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        boxes: dict[str, QCheckBox] = {}
        for value, text in options:
            box = QCheckBox(text)
            box.setObjectName(f"{name}_{value}")
            box.setAccessibleName(f"{label}: {text}")
            boxes[value] = box
            row.addWidget(box)
        row.addStretch(1)

        def read() -> str:
            return ";".join(value for value, box in boxes.items() if box.isChecked())

        def write(cell: str) -> None:
            wanted = {item.lower() for item in split_list(cell)}
            for value, box in boxes.items():
                box.setChecked(value in wanted)

        first = next(iter(boxes.values()))
        field = self._add_field(
            form, name, label, holder, read, write, required=required, focus=first, ticks=True
        )
        field.focus.setAccessibleName(f"{label}: {options[0][1]}")
        for box in boxes.values():
            box.toggled.connect(lambda _c: self._on_changed(name, recheck=True))
        return boxes

    def _yes_no(self, form: QFormLayout, name: str, label: str, text: str) -> QCheckBox:
        box = QCheckBox(text)

        def read() -> str:
            return "yes" if box.isChecked() else "no"

        def write(cell: str) -> None:
            box.setChecked(cell.strip().lower() in {"yes", "true", "1", "y", "oui"})

        self._add_field(form, name, label, box, read, write, required=True)
        box.toggled.connect(lambda _c: self._on_changed(name, recheck=True))
        return box

    def _picker(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        entries: Iterable[tuple[str, str]],
        *,
        required: bool = False,
        rows: int = 6,
    ) -> KeyPicker:
        picker = KeyPicker(entries, name=label, visible_rows=rows)

        def read() -> str:
            return ";".join(picker.keys())

        def write(cell: str) -> None:
            picker.set_keys(split_list(cell))

        self._add_field(
            form,
            name,
            label,
            picker,
            read,
            write,
            required=required,
            focus=picker.list,
            ticks=True,
            stacked=True,
        )
        picker.changed.connect(lambda: self._on_changed(name, recheck=True))
        return picker

    def _text_area(
        self, form: QFormLayout, name: str, label: str, *, placeholder: str = ""
    ) -> _TextArea:
        area = _TextArea()
        area.setPlaceholderText(placeholder)
        area.setMinimumHeight(110)
        counter = QLabel()
        counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        counter.setEnabled(False)

        def count() -> None:
            length = len(area.toPlainText())
            counter.setText(f"{length:,} / {MAX_LONG:,} characters")
            counter.setEnabled(length > MAX_LONG)  # enabled = normal (darker) text when too long

        def write(cell: str) -> None:
            area.setPlainText(cell)

        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        stack.addWidget(area, 1)
        stack.addWidget(counter)
        self._add_field(
            form,
            name,
            label,
            holder,
            area.toPlainText,
            write,
            focus=area,
            stacked=True,
            show_label=False,
        )
        area.textChanged.connect(count)
        area.textChanged.connect(lambda: self._on_changed(name))
        area.editingFinished.connect(lambda: self._on_left(name))
        count()
        return area

    def _availability(self, form: QFormLayout, name: str, label: str) -> AvailabilityGrid:
        grid = AvailabilityGrid()

        def read() -> str:
            return ";".join(grid.slots())

        def write(cell: str) -> None:
            grid.set_slots(split_list(cell.lower()))

        first = grid.checkbox("mon_morning")
        self._add_field(
            form, name, label, grid, read, write, focus=first, stacked=True, show_label=False
        )
        first.setAccessibleName("Monday morning")
        grid.changed.connect(lambda: self._on_changed(name, recheck=True))
        return grid


# ---------------------------------------------------------------- clients


class ClientEditor(_RecordEditor[Client]):
    """The intake form: add a new client (``client_id=None``) or edit one."""

    saved = Signal(str)

    KIND = "client"
    WHAT = "This client"
    ID_PREFIX = "C-"

    def __init__(
        self, ctx: ServiceContext, client_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, client_id, parent)

    def _fetch(self, record_id: str) -> Client:
        return people.get_client(self.ctx, record_id)

    def _existing_ids(self) -> Iterable[str]:
        return people.client_ids(self.ctx)

    def _title(self) -> str:
        if self._record is None:
            return "New client"
        archived = " (archived)" if self._record.archived else ""
        return f"Client {self._record.id}: {self._record.display_name}{archived}"

    def _build(self, columns: list[QVBoxLayout]) -> None:
        catalogue = self.ctx.catalogue
        form = self._group(columns[0], "Person")
        self._line(form, "id", "Intake id", required=True, placeholder="e.g. C-104", width=160)
        submitted = self._line(
            form,
            "submitted",
            "Intake date",
            placeholder="Today, when saved",
            after="YYYY-MM-DD",
            width=170,
        )
        # Shown as "2026-11-20 14:05" rather than the file's "2026-11-20T14:05".
        self._fields["submitted"].write = lambda cell: submitted.setText(cell.replace("T", " "))
        self._line(form, "first_name", "First name", required=True)
        self._line(form, "last_name", "Last name", required=True)
        self._line(form, "preferred_name", "Preferred name", placeholder="If not the first name")
        self._line(form, "pronouns", "Pronouns", placeholder="e.g. she/her, they/them")
        self.age_hint = QLabel()
        self.age_hint.setEnabled(False)
        self._line(
            form,
            "date_of_birth",
            "Date of birth",
            placeholder="YYYY-MM-DD",
            after=self.age_hint,
            width=120,
        )
        self.age_group = self._combo(
            form, "age_group", "Age group", [("", "From date of birth"), *AGE_GROUP_CHOICES]
        )

        form = self._group(columns[0], "Contact", "Give an email, a phone number, or both.")
        self._line(form, "email", "Email", placeholder="name@example.ca")
        self._line(form, "phone", "Phone", placeholder="416-555-0134")
        self._line(form, "address", "Street address", placeholder="For mailed letters")
        self._line(form, "city", "City")
        self._line(form, "postal_code", "Postal code", placeholder="M5V 2T6", width=100)
        self._yes_no(form, "consent_to_contact", "Consent", "The client agrees to be contacted")

        form = self._group(columns[1], "Needs")
        self._picker(
            form, "concerns", "Concerns", concern_entries(catalogue), required=True, rows=13
        )
        self._picker(
            form,
            "approach_preference",
            "Preferred approach (if any)",
            approach_entries(catalogue),
            rows=8,
        )
        self._combo(
            form,
            "therapist_gender",
            "Therapist gender",
            [("", "No preference"), *GENDER_CHOICES],
        )

        form = self._group(columns[2], "Sessions")
        self._language_combo(form, "language", "Language")
        self._combo(form, "client_type", "Client type", CLIENT_TYPE_CHOICES, required=True)
        self._combo(form, "modality", "Format", MODALITY_CHOICES, required=True)
        self._line(form, "location", "Location", placeholder="City, for in-person sessions")
        self._line(
            form,
            "max_fee",
            "Most they can pay",
            placeholder="e.g. 90",
            before="$",
            after="per session",
            width=90,
        )

        form = self._group(
            columns[2],
            "Availability",
            "When the client can attend. Click a day or a time of day to tick the whole line.",
        )
        self._availability(form, "availability", "Availability")

        form = self._group(columns[2], "Notes")
        self._text_area(
            form, "notes", "Notes", placeholder="Anything the matching or the therapist should know"
        )

    def _new_row(self) -> dict[str, str]:
        return {
            "id": self._suggest_id(),
            "language": "en",
            "client_type": ClientType.INDIVIDUAL.value,
            "modality": ModalityPreference.EITHER.value,
            "consent_to_contact": "no",
        }

    def _to_row(self, record: Client) -> dict[str, str]:
        row = client_to_row(record)
        # A stored age group that simply follows the birth date is shown as "from
        # date of birth", so correcting the date later corrects the group too.
        if record.date_of_birth and record.age_group == age_group_for(
            record.date_of_birth, self.ctx.today()
        ):
            row["age_group"] = ""
        return row

    def _parse(self, row: dict[str, str]) -> Client:
        return client_from_row(row, self.ctx.catalogue, today=self.ctx.today())

    def _add(self, record: Client) -> Client:
        return people.add_client(self.ctx, record)

    def _update(self, record: Client) -> Client:
        return people.update_client(self.ctx, record)

    def _adjust_message(self, name: str, message: str) -> str:
        if name == "language":
            if message.startswith("is required"):
                return "is required; type or pick a language from the list"
            if "not a two-letter language code" in message:
                typed = self._fields["language"].read()
                return f"'{typed}' is not in the list of languages; type or pick one from the list"
        return message

    def _after_load(self) -> None:
        born_text = self._fields["date_of_birth"].read()
        try:
            born = parse_date("date_of_birth", born_text, today=self.ctx.today())
        except FieldError:
            born = None
        if born is None:
            self.age_hint.setText("")
            self.age_group.setItemText(0, "From date of birth")
            return
        today = self.ctx.today()
        years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
        group = age_group_for(born, today).value
        self.age_hint.setText(f"{years} years old")
        self.age_group.setItemText(0, f"From date of birth ({AGE_GROUP_SHORT[group]})")


# ---------------------------------------------------------------- therapists


class TherapistEditor(_RecordEditor[Therapist]):
    """A therapist's directory entry: add one (``therapist_id=None``) or edit one."""

    saved = Signal(str)

    KIND = "therapist"
    WHAT = "This therapist"
    ID_PREFIX = "T-"

    def __init__(
        self,
        ctx: ServiceContext,
        therapist_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, therapist_id, parent)

    def _fetch(self, record_id: str) -> Therapist:
        return people.get_therapist(self.ctx, record_id)

    def _existing_ids(self) -> Iterable[str]:
        return people.therapist_ids(self.ctx)

    def _title(self) -> str:
        if self._record is None:
            return "New therapist"
        archived = " (archived)" if self._record.archived else ""
        return f"Therapist {self._record.id}: {self._record.full_name}{archived}"

    def _build(self, columns: list[QVBoxLayout]) -> None:
        catalogue = self.ctx.catalogue
        form = self._group(columns[0], "Person")
        self._line(form, "id", "Directory id", required=True, placeholder="e.g. T-7", width=160)
        self._line(form, "first_name", "First name", required=True)
        self._line(form, "last_name", "Last name", required=True)
        self._line(form, "pronouns", "Pronouns", placeholder="e.g. she/her, they/them")
        self._combo(form, "gender", "Gender", [("", "Not given"), *GENDER_CHOICES])
        self._line(
            form,
            "credentials",
            "Credentials",
            placeholder="e.g. RP, MSW, RSW",
            list_separators=",;",
        )
        self._line(form, "registration", "Registration", placeholder="e.g. CRPO 012345")
        self._combo(form, "level", "Level", LEVEL_CHOICES)

        form = self._group(columns[0], "Contact")
        self._line(form, "email", "Email", placeholder="name@example.ca")
        self._line(form, "phone", "Phone", placeholder="416-555-0134")

        form = self._group(columns[0], "Bio")
        self._text_area(
            form,
            "bio",
            "Bio",
            placeholder="A few sentences for clients: who they are and how they work",
        )

        form = self._group(columns[1], "Practice")
        self._picker(form, "languages", "Languages", language_entries(), required=True, rows=6)
        self._picker(
            form, "approaches", "Approaches", approach_entries(catalogue), required=True, rows=8
        )
        self._picker(form, "concerns", "Specialises in", concern_entries(catalogue), rows=8)

        form = self._group(columns[2], "Clients and sessions")
        self._ticks(form, "client_types", "Works with", CLIENT_TYPE_CHOICES, required=True)
        self._ticks(
            form,
            "age_groups",
            "Age groups",
            [(value, value.capitalize()) for value, _label in AGE_GROUP_CHOICES],
            required=True,
        )
        self._ticks(form, "modalities", "Formats", THERAPIST_MODALITY_CHOICES, required=True)
        self._line(
            form,
            "locations",
            "Office locations",
            placeholder="e.g. Toronto; Mississauga",
            list_separators=";",
        )

        form = self._group(columns[2], "Fees and openings")
        self._line(
            form,
            "fee",
            "Full fee",
            required=True,
            placeholder="e.g. 150",
            before="$",
            after="per session",
            width=90,
        )
        self._line(
            form,
            "sliding_scale_min",
            "Sliding scale from",
            placeholder="none",
            before="$",
            after="empty = no sliding scale",
            width=90,
        )
        self._yes_no(form, "accepting", "Accepting", "Accepting new clients")
        self._line(
            form,
            "capacity",
            "Most open referrals",
            placeholder="no limit",
            after="empty = no limit",
            width=90,
        )

        form = self._group(columns[2], "Availability")
        self._availability(form, "availability", "Availability")

    def _new_row(self) -> dict[str, str]:
        return {"id": self._suggest_id(), "languages": "en", "accepting": "yes"}

    def _to_row(self, record: Therapist) -> dict[str, str]:
        return therapist_to_row(record)

    def _parse(self, row: dict[str, str]) -> Therapist:
        return therapist_from_row(row, self.ctx.catalogue)

    def _add(self, record: Therapist) -> Therapist:
        return people.add_therapist(self.ctx, record)

    def _update(self, record: Therapist) -> Therapist:
        return people.update_therapist(self.ctx, record)
