"""What is wrong with a form, shown where it belongs: in red under each field, and
summed up in a banner above the form."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from opcc_desk.domain.validation import Problem, RecordError
from opcc_desk.ui.forms.fields import Field, FieldSet


def _as_is(_name: str, message: str) -> str:
    return message


class ProblemDisplay:
    """The problems on screen, kept up to date as fields are edited and left."""

    def __init__(
        self,
        fields: FieldSet,
        banner: QLabel,
        scroll_area: QScrollArea,
        check: Callable[[dict[str, str]], object],
        adjust: Callable[[str, str], str] = _as_is,
    ) -> None:
        self._fields = fields
        self._banner = banner
        self._scroll_area = scroll_area
        self._check = check  # raises RecordError for a row that would be refused
        self._adjust = adjust  # a form's own wording of a field's message
        self._showing: set[str] = set()
        # what the database refused (an id already taken): field -> (value, messages)
        self._refused: dict[str, tuple[str | None, list[str]]] = {}
        self.save_attempted = False

    def error_text(self, name: str) -> str:
        """The red message under one field, '' when it has none."""
        return self._fields[name].error.text() if name in self._showing else ""

    def refuse(self, name: str, value: str | None, messages: list[str]) -> None:
        """Keep a refusal from the database on the field until its value changes."""
        self._refused[name] = (value, messages)

    def refused_messages(self, name: str) -> list[str]:
        return self._refused.get(name, (None, []))[1]

    def forget_refusals(self) -> None:
        self._refused.clear()

    def show(self, problems: Sequence[Problem], *, focus: bool) -> None:
        grouped: dict[str, list[str]] = {}
        for problem in problems:
            grouped.setdefault(problem.field, []).append(problem.message)
        unplaced = [p for p in problems if p.field not in self._fields]
        for name in self._fields:
            self._show_field(name, grouped.get(name, []))
        self.update_banner(extra=[str(p) for p in unplaced])
        if focus:
            first = next((name for name in self._fields if name in grouped), None)
            if first is not None:
                self._fields[first].focus.setFocus(Qt.FocusReason.OtherFocusReason)
                self._scroll_area.ensureWidgetVisible(self._fields[first].frame, 10, 30)

    def clear(self) -> None:
        for name in self._fields:
            self._show_field(name, [])
        self.update_banner()

    def update_banner(self, extra: Sequence[str] = ()) -> None:
        count = len(self._showing)
        if not count and not extra:
            self._banner.hide()
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
        self._banner.setText(text)
        self._banner.show()

    def recheck(self, name: str) -> None:
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
        if name in self._showing or self.save_attempted or field.read().strip():
            self._show_field(name, problems.get(name, []))
        self.update_banner()

    def _problems_by_field(self) -> dict[str, list[str]]:
        row = self._fields.row()
        grouped: dict[str, list[str]] = {}
        try:
            self._check(row)
        except RecordError as error:
            for problem in error.problems:
                grouped.setdefault(problem.field, []).append(problem.message)
        # What the database refused (an id already taken) holds until that field changes.
        for name, (value, messages) in self._refused.items():
            if row.get(name) == value:
                grouped.setdefault(name, []).extend(messages)
        return grouped

    def _show_field(self, name: str, messages: list[str]) -> None:
        field = self._fields[name]
        self._fields.show_error(name, "\n".join(self._text(field, m) for m in messages))
        if messages:
            self._showing.add(name)
        else:
            self._showing.discard(name)

    def _text(self, field: Field, message: str) -> str:
        if field.ticks and message.startswith("is required"):
            return f"{field.label}: tick at least one (required)"
        message = self._adjust(field.name, message)
        if message.startswith("is ") or message.startswith("are "):
            return f"{field.label} {message}"
        return f"{field.label}: {message}"
