"""What is wrong with a form, shown where it belongs: in red under each field, and
summed up in a banner above the form."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea

from opcc_desk.domain.validation import Problem, RecordError
from opcc_desk.services.consent import FORM_PROBLEM
from opcc_desk.ui.forms.fields import Field, FieldSet

PROBLEMS = "FieldProblems"


def _mark(text: object) -> str:
    return str(text)


# The checks' messages about one field, as the domain writes them (in English, the
# language of the files it reads): the window shows them in its own language. A
# {name} stands for the part the message quotes from the field.
KNOWN_MESSAGES = [
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "is required; please fill it in")),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "is required; write yes or no")),
    _mark(
        QT_TRANSLATE_NOOP("FieldProblems", "is required; write an amount in dollars such as 150")
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "is too long for an email address (254 characters at most)"
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "is {length} characters long; shorten it to {limit} or fewer"
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "'{value}' is not a valid email address; it should look like name@example.ca",
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "'{value}' is not a valid phone number; write 10 digits such as 416-555-0134",
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "'{value}' is not a Canadian postal code; it should look like M5V 2T6"
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "'{value}' is not a date; write it as YYYY-MM-DD, e.g. 1990-04-23"
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "'{value}' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        )
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "{day} is not in the past; check the year")),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "{day} is too long ago; check the year")),
    _mark(
        QT_TRANSLATE_NOOP("FieldProblems", "'{value}' must be zero or more, written without a sign")
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "'{value}' is not an amount; write a number such as 150 or 92.50"
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP("FieldProblems", "'{value}' is not an amount; write a number such as 150")
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "{amount} is more than {limit}; check the amount")),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "'{value}' is not a whole number; write digits only, e.g. 10"
        )
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "{number} must be between {minimum} and {maximum}")),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "tick it once the client has agreed to be contacted; without it nothing is saved",
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP("FieldProblems", "is in the future; log a contact once it has happened")
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "give an email address or a phone number so the desk can reach the client",
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "contains invisible text-direction characters ({codes}) that change how the name "
            "is shown; retype the name without them",
        )
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "'{value}' is not yes or no; write yes or no")),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "is required; use one or more of {allowed}")),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "is required; use one of {allowed}")),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "'{value}' is not allowed; use {allowed}")),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "is required; give at least one catalogue key")),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "{listed} not in the catalogue; use keys such as {examples}"
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP("FieldProblems", "is required; use a two-letter code such as en or fr")
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "'{value}' is not a two-letter language code (ISO 639-1) such as en, fr, fa",
        )
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "is required; list language codes such as en;fr")),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "{slots} not a time slot; use DAY_PART such as mon_evening or sat_morning",
        )
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "'{value}' must not contain spaces or ';'")),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "'{value}' contains invisible characters ({codes}) that make it look like another "
            "id; retype it",
        )
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "has {count} entries; keep it to 20 or fewer")),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems", "{amount} is above the full fee {fee}; it must be lower or empty"
        )
    ),
    _mark(
        QT_TRANSLATE_NOOP(
            "FieldProblems",
            "'{value}' does not fit the date of birth ({derived}); leave the age group empty "
            "or correct one of them",
        )
    ),
    _mark(QT_TRANSLATE_NOOP("FieldProblems", "{day} is in the future; check the date")),
]
assert FORM_PROBLEM in KNOWN_MESSAGES  # the consent rule's wording lives in the services


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile(
        "^"
        + "".join(
            f"(?P<{part}>.*?)" if number % 2 else re.escape(part)
            for number, part in enumerate(parts)
        )
        + "$",
        re.DOTALL,
    )


_PATTERNS = [(_pattern(template), template) for template in KNOWN_MESSAGES]


def in_window_language(message: str) -> str:
    """A check's message in the window's language (as written when it is not known)."""
    for pattern, template in _PATTERNS:
        found = pattern.match(message)
        if found:
            return QCoreApplication.translate(PROBLEMS, template).format(**found.groupdict())
    return message


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
            text = QCoreApplication.translate(
                "RecordForm", "Not saved yet: please fix the field marked in red ({labels})."
            )
        elif count:
            text = QCoreApplication.translate(
                "RecordForm",
                "Not saved yet: please fix the {count} fields marked in red ({labels}).",
            )
        else:
            text = QCoreApplication.translate("RecordForm", "Not saved yet.")
        text = text.format(labels=labels, count=count)
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
            return QCoreApplication.translate(
                "RecordForm", "{label}: tick at least one (required)"
            ).format(label=field.label)
        # whether the message reads on from the label is the check's own wording's call
        follows = message.startswith(("is ", "are "))
        shown = in_window_language(self._adjust(field.name, message))
        if follows:
            return QCoreApplication.translate("RecordForm", "{label} {message}").format(
                label=field.label, message=shown
            )
        return QCoreApplication.translate("RecordForm", "{label}: {message}").format(
            label=field.label, message=shown
        )
