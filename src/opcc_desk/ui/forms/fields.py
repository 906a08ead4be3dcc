"""The fields of a record form and the builders that lay them out.

Each field reads and writes one cell of the record's file row, so a form holds
exactly what an import would hold. A field set tells its owner when a field was
edited (``on_edited``, with whether to check it at once) or left (``on_left``);
while it writes cells itself (``quiet``), it says nothing. It is a plain object, not
a QObject: the widgets' signals call it for as long as they live, and it never
outlives them as a deleted C++ object would.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.validation import MAX_LONG, language_names, split_list
from opcc_desk.ui import i18n, theme
from opcc_desk.ui.forms.choices import language_entries, shown
from opcc_desk.ui.widgets import AvailabilityGrid, KeyPicker

STYLE = """
QFrame#fieldFrame {{ border: 2px solid transparent; border-radius: 4px; }}
QFrame#fieldFrame[invalid="true"] {{ border: 2px solid {error}; background: {error_background}; }}
QLabel#fieldError {{ color: {error}; }}
QLabel#errorBanner {{
    color: {error}; background: {error_background}; border: 1px solid {error};
    border-radius: 4px; padding: 6px 8px; font-weight: bold;
}}
QLabel:disabled {{ color: {hint}; }}
QLineEdit[readOnly="true"] {{ background: palette(window); }}
QGroupBox {{ font-weight: bold; }}
QGroupBox QLabel, QGroupBox QCheckBox, QGroupBox QLineEdit, QGroupBox QComboBox,
QGroupBox QPlainTextEdit, QGroupBox QListWidget, QGroupBox QToolButton {{ font-weight: normal; }}
"""


def form_style() -> str:
    """The forms' style sheet in the theme's colours (hints are disabled labels: the
    palette's disabled grey is too faint to read, so they take the hint colour)."""
    now = theme.colours()
    return STYLE.format(error=now.error, error_background=now.error_background, hint=now.hint)


class TextArea(QPlainTextEdit):
    """Multi-line text where Tab moves on (it never types a tab) and leaving counts."""

    editingFinished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()


@dataclass
class Field:
    name: str  # the file column
    label: str  # what the receptionist sees
    read: Callable[[], str]
    write: Callable[[str], None]
    focus: QWidget
    frame: QFrame
    error: QLabel
    ticks: bool = False  # "required" means "tick at least one"
    # what a screen reader hears about the field besides a problem (a picker's choices)
    describe: Callable[[], str] = lambda: ""


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _named(label: str, choice: str) -> str:
    """A tick's name for a screen reader: the field, then the choice."""
    return QCoreApplication.translate("RecordForm", "{label}: {choice}").format(
        label=label, choice=choice
    )


def language_entries_in(language: str) -> list[tuple[str, str]]:
    return [(code, name) for code, name in language_names(language).items()]


DOLLAR = "$"  # a symbol, the same in both languages (nothing to translate)


def _after_amount(note: str) -> QWidget:
    """« $ » as the field's own text, then the note in the hint's grey."""
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    row.addWidget(QLabel(DOLLAR))
    if note:
        hint = QLabel(note)
        hint.setEnabled(False)
        row.addWidget(hint)
    return holder


def _ignore(*_args: object) -> None:
    pass


class FieldSet:
    """The fields of one form, in the order they were built (the Tab order)."""

    def __init__(self) -> None:
        # the owner's handlers: a field's name (and True: check it now)
        self.on_edited: Callable[[str, bool], None] = _ignore
        self.on_left: Callable[[str], None] = _ignore
        self._fields: dict[str, Field] = {}
        self._quiet = False
        self._column_of_form: dict[int, int] = {}
        self._labels_by_column: dict[int, list[QLabel]] = {}

    # ------------------------------------------------------------ reading and writing

    def __getitem__(self, name: str) -> Field:
        return self._fields[name]

    def __contains__(self, name: object) -> bool:
        return name in self._fields

    def __iter__(self) -> Iterator[str]:
        return iter(self._fields)

    def items(self) -> Iterable[tuple[str, Field]]:
        return self._fields.items()

    def row(self) -> dict[str, str]:
        return {name: field.read() for name, field in self._fields.items()}

    def write_row(self, row: dict[str, str]) -> None:
        """Put a row into the widgets without reporting edits."""
        with self.quiet():
            for name, field in self._fields.items():
                field.write(row.get(name, ""))

    @contextmanager
    def quiet(self) -> Iterator[None]:
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False

    def show_error(self, name: str, text: str) -> None:
        """The red message under one field and the red frame around it ('' clears both)."""
        field = self._fields[name]
        invalid = bool(text)
        if invalid:
            field.error.setText(text)
            field.error.show()
        else:
            field.error.clear()
            field.error.hide()
        # a screen reader reads the problem with the field when the cursor is put there
        said = [text for text in (field.error.text() if invalid else "", field.describe()) if text]
        field.focus.setAccessibleDescription("\n".join(said))
        for widget in (field.frame, field.focus):
            if bool(widget.property("invalid")) != invalid:
                widget.setProperty("invalid", invalid)
                restyle(widget)

    def _edited(self, name: str, recheck: bool = False) -> None:
        if not self._quiet:
            self.on_edited(name, recheck)

    def _left(self, name: str) -> None:
        if not self._quiet:
            self.on_left(name)

    # ------------------------------------------------------------ layout

    def group(self, column: QVBoxLayout, title: str, note: str = "") -> QFormLayout:
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

    def align_labels(self) -> None:
        """One label width per column, so the groups of a column line up."""
        for labels in self._labels_by_column.values():
            width = max(label.sizeHint().width() for label in labels)
            for label in labels:
                label.setMinimumWidth(width)

    def _add(
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
    ) -> Field:
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
        field = Field(name, label, read, write, focus, frame, error, ticks)
        self._fields[name] = field
        return field

    # ------------------------------------------------------------ builders

    def line(
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
        dollars: bool = False,
    ) -> QLineEdit:
        if dollars:  # an amount: "$ 90" in English, « 90 $ » in French
            if i18n.current_language() == "fr":
                after = _after_amount(after if isinstance(after, str) else "")
            else:
                before = "$"
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

        self._add(
            form, name, label, edit, read, write, required=required, before=before, after=after
        )
        edit.textChanged.connect(lambda _text: self._edited(name))
        edit.editingFinished.connect(lambda: self._left(name))
        return edit

    def combo(
        self,
        form: QFormLayout,
        name: str,
        label: str,
        options: Sequence[tuple[str, str]],
        *,
        required: bool = False,
    ) -> QComboBox:
        combo = QComboBox()
        for value, text in shown(options):
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

        self._add(form, name, label, combo, read, write, required=required)
        combo.currentIndexChanged.connect(lambda _i: self._edited(name, True))
        return combo

    def language_combo(self, form: QFormLayout, name: str, label: str) -> QComboBox:
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
        # the English names are understood in a French window too ("French" as « français »)
        if i18n.current_language() != "en":
            for code, text in language_entries_in("en"):
                by_name.setdefault(text.casefold(), code)
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

        self._add(form, name, label, combo, read, write, required=True)
        combo.currentTextChanged.connect(lambda _t: self._edited(name))
        combo.activated.connect(lambda _i: self._edited(name, True))
        line = combo.lineEdit()
        assert line is not None
        line.setPlaceholderText(QCoreApplication.translate("RecordForm", "Type or pick a language"))
        line.editingFinished.connect(lambda: self._left(name))
        return combo

    def ticks(
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
        options = shown(options)
        for value, text in options:
            box = QCheckBox(text)
            box.setObjectName(f"{name}_{value}")
            box.setAccessibleName(_named(label, text))
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
        field = self._add(
            form, name, label, holder, read, write, required=required, focus=first, ticks=True
        )
        field.focus.setAccessibleName(_named(label, options[0][1]))
        for box in boxes.values():
            box.toggled.connect(lambda _c: self._edited(name, True))
        return boxes

    def yes_no(
        self, form: QFormLayout, name: str, label: str, text: str, *, required: bool = True
    ) -> QCheckBox:
        box = QCheckBox(text)

        def read() -> str:
            return "yes" if box.isChecked() else "no"

        def write(cell: str) -> None:
            box.setChecked(cell.strip().lower() in {"yes", "true", "1", "y", "oui"})

        self._add(form, name, label, box, read, write, required=required)
        box.toggled.connect(lambda _c: self._edited(name, True))
        return box

    def picker(
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

        field = self._add(
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
        field.describe = picker.summary.text
        picker.changed.connect(lambda: self._edited(name, True))
        return picker

    def text_area(
        self, form: QFormLayout, name: str, label: str, *, placeholder: str = ""
    ) -> TextArea:
        area = TextArea()
        area.setPlaceholderText(placeholder)
        area.setMinimumHeight(110)
        counter = QLabel()
        counter.setAlignment(Qt.AlignmentFlag.AlignRight)
        counter.setEnabled(False)

        def count() -> None:
            length = len(area.toPlainText())
            counter.setText(
                QCoreApplication.translate("RecordForm", "{used} / {limit} characters").format(
                    used=i18n.ui_number(length), limit=i18n.ui_number(MAX_LONG)
                )
            )
            counter.setEnabled(length > MAX_LONG)  # enabled = normal (darker) text when too long

        def write(cell: str) -> None:
            area.setPlainText(cell)

        holder = QWidget()
        stack = QVBoxLayout(holder)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        stack.addWidget(area, 1)
        stack.addWidget(counter)
        self._add(
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
        area.textChanged.connect(lambda: self._edited(name))
        area.editingFinished.connect(lambda: self._left(name))
        count()
        return area

    def availability(self, form: QFormLayout, name: str, label: str) -> AvailabilityGrid:
        grid = AvailabilityGrid()

        def read() -> str:
            return ";".join(grid.slots())

        def write(cell: str) -> None:
            grid.set_slots(split_list(cell.lower()))

        first = grid.checkbox("mon_morning")
        self._add(form, name, label, grid, read, write, focus=first, stacked=True, show_label=False)
        first.setAccessibleName(first.toolTip())  # the grid's own name of the slot
        grid.changed.connect(lambda: self._edited(name, True))
        return grid
