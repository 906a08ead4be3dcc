"""Logging a contact with a client (or correcting one): kind, direction, outcome, when,
which referral it was about, and a short note.

What is typed is checked by the service; a refusal is shown in the dialog, which stays
open with everything still filled in, and nothing is stored.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDateTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.contacts import MAX_NOTE, ContactEntry, ContactKind, Direction, Outcome
from opcc_desk.domain.localtime import stored_time, wall_clock
from opcc_desk.services import contacts
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import theme
from opcc_desk.ui.forms.problems import in_window_language
from opcc_desk.ui.widgets.dialog_parts import answer_buttons


def kind_text(kind: ContactKind) -> str:
    return {
        ContactKind.CALL: QCoreApplication.translate("Contacts", "Call"),
        ContactKind.VOICEMAIL: QCoreApplication.translate("Contacts", "Voicemail"),
        ContactKind.EMAIL: QCoreApplication.translate("Contacts", "Email"),
        ContactKind.TEXT: QCoreApplication.translate("Contacts", "Text message"),
        ContactKind.IN_PERSON: QCoreApplication.translate("Contacts", "In person"),
    }[kind]


def direction_text(direction: Direction) -> str:
    return {
        Direction.OUT: QCoreApplication.translate("Contacts", "Desk to client"),
        Direction.IN: QCoreApplication.translate("Contacts", "Client to desk"),
    }[direction]


def outcome_text(outcome: Outcome) -> str:
    return {
        Outcome.REACHED: QCoreApplication.translate("Contacts", "Reached"),
        Outcome.NO_ANSWER: QCoreApplication.translate("Contacts", "No answer"),
        Outcome.LEFT_MESSAGE: QCoreApplication.translate("Contacts", "Left a message"),
        Outcome.WRONG_NUMBER: QCoreApplication.translate("Contacts", "Wrong number or address"),
        Outcome.BOUNCED: QCoreApplication.translate("Contacts", "Did not arrive"),
    }[outcome]


def field_text(field: str) -> str:
    """The label a refusal names for each checked field."""
    return {
        "kind": QCoreApplication.translate("Contacts", "Kind"),
        "direction": QCoreApplication.translate("Contacts", "Direction of the contact"),
        "outcome": QCoreApplication.translate("Contacts", "Outcome"),
        "note": QCoreApplication.translate("Contacts", "Note"),
        "when": QCoreApplication.translate("Contacts", "When"),
        "referral": QCoreApplication.translate("Contacts", "About referral"),
    }.get(field, field)


def _to_qt(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, value.second)


class ContactDialog(QDialog):
    """Log a new contact, or correct ``entry`` when one is given."""

    saved = Signal(int)  # the entry's id

    def __init__(
        self,
        ctx: ServiceContext,
        client_id: str,
        referrals: Sequence[tuple[int, str]],
        parent: QWidget | None = None,
        *,
        entry: ContactEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client_id = client_id
        self.entry = entry
        if entry is None:
            self.setWindowTitle(self.tr("Add a contact: client {id}").format(id=client_id))
        else:
            self.setWindowTitle(self.tr("Correct contact entry {number}").format(number=entry.id))

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Choose…"), "")
        for kind in ContactKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem(direction_text(direction), direction.value)
        self.outcome = QComboBox()
        self.outcome.addItem(self.tr("Choose…"), "")
        for outcome in Outcome:
            self.outcome.addItem(outcome_text(outcome), outcome.value)
        self.when = QDateTimeEdit()
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.referral = QComboBox()
        self.referral.addItem(self.tr("None in particular"), None)
        for number, label in referrals:
            self.referral.addItem(label, number)
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(
            self.tr(
                "What was said or agreed, in a few words (no more than {limit} characters)"
            ).format(limit=MAX_NOTE)
        )
        self.note.setFixedHeight(90)
        self.count = QLabel()
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(theme.style(color="error"))
        self.problems.hide()

        for widget, name in (
            (self.kind, self.tr("Kind of contact")),
            (self.direction, self.tr("Direction of the contact")),
            (self.outcome, self.tr("Outcome")),
            (self.when, self.tr("When it happened")),
            (self.referral, self.tr("Referral it was about")),
            (self.note, self.tr("Note")),
        ):
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Direction:"), self.direction)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        form.addRow(self.tr("&When:"), self.when)
        form.addRow(self.tr("&Referral:"), self.referral)
        form.addRow(self.tr("&Note:"), self.note)
        form.addRow("", self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(answer_buttons(self, self.save))
        self.note.textChanged.connect(self._count)

        if entry is None:
            self.when.setDateTime(_to_qt(wall_clock(ctx.clock())))
        else:
            self._fill(entry)
        self._count()
        self.resize(480, self.sizeHint().height())

    def _fill(self, entry: ContactEntry) -> None:
        self.kind.setCurrentIndex(self.kind.findData(entry.kind.value))
        self.direction.setCurrentIndex(self.direction.findData(entry.direction.value))
        self.outcome.setCurrentIndex(self.outcome.findData(entry.outcome.value))
        self.when.setDateTime(_to_qt(wall_clock(entry.at)))
        found = self.referral.findData(entry.referral_id) if entry.referral_id else 0
        self.referral.setCurrentIndex(max(found, 0))
        self.note.setPlainText(entry.note)

    def _count(self) -> None:
        used = len(self.note.toPlainText().strip())
        self.count.setText(
            self.tr("{used} of {limit} characters").format(used=used, limit=MAX_NOTE)
        )
        self.count.setStyleSheet(theme.style(color="error" if used > MAX_NOTE else "hint"))

    def when_stored(self) -> datetime:
        typed = self.when.dateTime().toPython()
        assert isinstance(typed, datetime)
        return stored_time(typed)

    def save(self) -> ContactEntry | None:
        """Store the entry; on a refusal say what is wrong and keep the dialog open."""
        kind = str(self.kind.currentData() or "")
        direction = str(self.direction.currentData() or "")
        outcome = str(self.outcome.currentData() or "")
        referral = self.referral.currentData()
        referral_id = int(referral) if referral is not None else None
        at, note = self.when_stored(), self.note.toPlainText()
        try:
            if self.entry is None:
                saved = contacts.add_contact(
                    self._ctx,
                    self.client_id,
                    kind=kind,
                    direction=direction,
                    outcome=outcome,
                    at=at,
                    note=note,
                    referral_id=referral_id,
                )
            else:
                saved = contacts.correct_contact(
                    self._ctx,
                    self.entry.id,
                    self.entry.version,
                    kind=kind,
                    direction=direction,
                    outcome=outcome,
                    at=at,
                    note=note,
                    referral_id=referral_id,
                )
        except contacts.ContactRefused as refused:
            lines = [
                self.tr("{field}: {problem}").format(
                    field=field_text(p.field), problem=self._said(p.field, p.message)
                )
                for p in refused.problems
            ]
            self._refuse(self.tr("Nothing was saved. Please fix:") + "\n" + "\n".join(lines))
            return None
        except ServiceError as error:
            self._refuse(self.tr("Nothing was saved: {reason}").format(reason=str(error)))
            return None
        self.saved.emit(saved.id)
        self.accept()
        return saved

    def _said(self, field: str, message: str) -> str:
        """A choice left empty is asked for in the dialog's words, not the file spelling."""
        if field in ("kind", "direction", "outcome") and message.startswith("is required"):
            return self.tr("is required; choose one from the list")
        return in_window_language(message)

    def _refuse(self, text: str) -> None:
        self.problems.setText(text)
        self.problems.show()
        # the message is shown whole; the dialog keeps its width and the note box its size
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))
