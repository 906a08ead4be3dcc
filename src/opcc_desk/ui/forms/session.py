"""One record open in a form: what it was when read, whether the form differs, and
saving it, including the two ways a save can fail between several desks.

A save refused because another desk saved the same record meanwhile (its version
moved on) opens the conflict dialog with both versions, field by field; a save that
cannot reach the database keeps the form as typed and waits for the connection.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.validation import Problem, RecordError
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
from opcc_desk.ui.forms.choices import display_cell
from opcc_desk.ui.forms.fields import FieldSet, restyle
from opcc_desk.ui.forms.problems import ProblemDisplay

log = logging.getLogger(__name__)

R = TypeVar("R", Client, Therapist)


@dataclass(frozen=True)
class RecordKind(Generic[R]):
    """What a form needs to know about one kind of record: the services that read and
    store it, and the checks and file row it shares with an import."""

    noun: str  # "client": in the log and the editor's object name
    id_prefix: str  # "C-": a new record is offered the next free C-number
    name: Callable[[R], str]  # how the title names a stored record
    fetch: Callable[[ServiceContext, str], R]
    add: Callable[[ServiceContext, R], R]
    update: Callable[[ServiceContext, R], R]
    ids: Callable[[ServiceContext], Iterable[str]]
    parse: Callable[[ServiceContext, dict[str, str]], R]  # raises RecordError
    to_row: Callable[[ServiceContext, R], dict[str, str]]
    defaults: Mapping[str, str]  # a new record's cells, besides the suggested id
    # the window's words about this kind of record, marked with QT_TRANSLATE_NOOP in the
    # "RecordForm" context and translated here: "New client", "Client {id}: {name}",
    # "This client" (the unsaved-changes question), "client {id}" (the conflict dialog)
    new_title: str = ""
    stored_title: str = ""
    this_text: str = ""
    named: str = ""

    def title(self, record: R | None) -> str:
        if record is None:
            return _t(self.new_title)
        title = _t(self.stored_title).format(id=record.id, name=self.name(record))
        return (
            QCoreApplication.translate("RecordForm", "{title} (archived)").format(title=title)
            if record.archived
            else title
        )

    def this(self) -> str:
        return _t(self.this_text)

    def called(self, record_id: str) -> str:
        return _t(self.named).format(id=record_id)


def _t(text: str) -> str:
    return QCoreApplication.translate("RecordForm", text)


def _nothing(*_args: object) -> None:
    pass


class RecordSession(Generic[R]):
    """The record behind a form and the saving of it. The form sets the handlers:
    ``on_saved`` (the stored id), ``on_connection_lost`` (why) and ``on_refresh``
    (hints that depend on several fields)."""

    def __init__(
        self,
        ctx: ServiceContext,
        kind: RecordKind[R],
        record: R | None,
        fields: FieldSet,
        problems: ProblemDisplay,
        view: QWidget,
    ) -> None:
        self.ctx = ctx
        self.kind: RecordKind[R] = kind
        self.record: R | None = record
        self.record_id: str | None = record.id if record else None
        self.waiting_to_save = False  # a save failed for want of a connection
        self.on_saved: Callable[[str], None] = _nothing
        self.on_connection_lost: Callable[[str], None] = _nothing
        self.on_refresh: Callable[[], None] = _nothing
        self._fields = fields
        self._problems = problems
        self._view = view  # the form: parent of the boxes, owner of the title
        self._baseline: dict[str, str] = {}
        fields.on_edited = self._edited
        fields.on_left = self._left

    # ------------------------------------------------------------ state

    def is_dirty(self) -> bool:
        return self._fields.row() != self._baseline

    def load(self, record: R | None) -> None:
        """Show ``record`` (None: a new one) as saved: nothing is unsaved afterwards."""
        self.record = record
        row = self.kind.to_row(self.ctx, record) if record is not None else self._new_row()
        self._fields.write_row(row)
        id_edit = self._fields["id"].focus
        if isinstance(id_edit, QLineEdit):
            id_edit.setReadOnly(record is not None)
            restyle(id_edit)  # the read-only look comes from the style sheet
            id_edit.setToolTip(
                QCoreApplication.translate("RecordForm", "The id of a saved record cannot change.")
                if record is not None
                else ""
            )
        self._problems.save_attempted = False
        self._problems.forget_refusals()
        self._problems.clear()
        self.on_refresh()
        self._baseline = self._fields.row()
        self.update_title()

    def update_title(self) -> None:
        # [*] is where Qt shows the unsaved mark; the rest reads the same in both languages
        title = f"{self.kind.title(self.record)}[*] — OPCC Desk"
        self._view.setWindowTitle(title)
        self._view.setWindowModified(self.is_dirty())

    def _new_row(self) -> dict[str, str]:
        return {"id": self._suggest_id(), **self.kind.defaults}

    def _suggest_id(self) -> str:
        """The next free id such as C-105, or '' when the database cannot say."""
        prefix = self.kind.id_prefix
        pattern = re.compile(rf"^{re.escape(prefix)}(\d+)$", re.IGNORECASE)
        try:
            ids = self.kind.ids(self.ctx)
            numbers = [int(m.group(1)) for i in ids if (m := pattern.match(i))]
        except ServiceError:
            return ""
        return f"{prefix}{max(numbers, default=100) + 1}"

    def _edited(self, name: str, recheck: bool) -> None:
        self.update_title()
        self.on_refresh()
        if recheck:
            self._problems.recheck(name)

    def _left(self, name: str) -> None:
        self._problems.recheck(name)

    # ------------------------------------------------------------ saving

    def save(self) -> bool:
        """Check the form; when it passes, store it and return True."""
        problems = self._problems
        problems.save_attempted = True
        try:
            record = self.kind.parse(self.ctx, self._fields.row())
        except RecordError as error:
            problems.show(error.problems, focus=True)
            return False
        problems.forget_refusals()
        problems.show([], focus=False)
        record.version = self.record.version if self.record else 0
        record.archived = self.record.archived if self.record else False
        try:
            return self._store(record)
        except InvalidRecord as error:
            row = self._fields.row()
            for problem in error.problems:
                earlier: list[str] = problems.refused_messages(problem.field)
                problems.refuse(problem.field, row.get(problem.field), [*earlier, problem.message])
            problems.show(error.problems, focus=True)
            return False
        except AlreadyExists as error:
            message = QCoreApplication.translate(
                "RecordForm", "is already taken; choose another id"
            )
            problems.refuse("id", self._fields["id"].read(), [message])
            problems.show([Problem("id", message)], focus=True)
            dialogs.show_error(
                self._view, QCoreApplication.translate("RecordForm", "Not saved"), str(error)
            )
            return False
        except DatabaseUnavailable as error:
            self._wait_for_connection(str(error))
            return False
        except ServiceError as error:
            dialogs.show_error(
                self._view, QCoreApplication.translate("RecordForm", "Not saved"), str(error)
            )
            return False

    def _store(self, record: R) -> bool:
        """Store the checked record; a refusal is raised to ``save``, which shows it."""
        try:
            if self.record:
                stored = self.kind.update(self.ctx, record)
            else:
                stored = self.kind.add(self.ctx, record)
        except StaleRecord:
            return self._resolve_conflict()
        log.info("%s %s saved (version %d)", self.kind.noun, stored.id, stored.version)
        self.waiting_to_save = False
        self.record_id = stored.id
        self.load(stored)
        self.on_saved(stored.id)
        return True

    def _wait_for_connection(self, message: str) -> None:
        self.waiting_to_save = True
        self._problems.update_banner(
            extra=[
                QCoreApplication.translate(
                    "RecordForm",
                    "{message} What you typed stays in this form and is saved as soon as "
                    "the database answers again (or press Save to try now).",
                ).format(message=message)
            ]
        )
        self.on_connection_lost(message)

    def _resolve_conflict(self) -> bool:
        """Another desk saved this record since the form read it: show both, let the
        person choose, and save the choice on top of the other desk's version."""
        if self.record_id is None:
            return False
        theirs_record = self.kind.fetch(self.ctx, self.record_id)  # errors: as in save
        mine = self._fields.row()
        base = self._baseline
        theirs = self._as_form_row(theirs_record)
        catalogue = self.ctx.catalogue
        differences = [
            FieldDifference(
                name=name,
                label=field.label,
                base=base.get(name, ""),
                mine=mine[name],
                theirs=theirs[name],
                mine_text=display_cell(catalogue, name, mine[name]),
                theirs_text=display_cell(catalogue, name, theirs[name]),
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
            self.kind.noun,
            self.record_id,
            len(differences),
            theirs_record.version,
        )
        resolution = conflict_dialog.ask_resolution(
            self._view,
            Conflict(self.kind.called(self.record_id), theirs_record.version, differences),
        )
        if resolution is None:
            self._problems.update_banner(
                extra=[
                    QCoreApplication.translate(
                        "RecordForm",
                        "Another desk saved this record after you opened it. Your changes are "
                        "still here; press Save again to compare the two and choose.",
                    )
                ]
            )
            return False
        self.load(theirs_record)
        changed = {n: c for n, c in resolution.cells.items() if c != theirs[n]}
        if not changed:
            self._adopt(theirs_record)
            return True
        for name, cell in changed.items():
            self._fields[name].write(cell)
        self.on_refresh()
        self.update_title()
        return self.save()

    def _adopt(self, record: R) -> None:
        """Show the stored record as it is now; nothing of the form is left unsaved."""
        self.load(record)
        self.record_id = record.id
        self.on_saved(record.id)

    def _as_form_row(self, record: R) -> dict[str, str]:
        """The record's cells as this form's widgets give them back, so that they
        compare cell for cell with what is typed (the form leaves unchanged)."""
        typed = self._fields.row()
        with self._fields.quiet():
            stored = self.kind.to_row(self.ctx, record)
            for name, field in self._fields.items():
                field.write(stored.get(name, ""))
            shown = self._fields.row()
            for name, field in self._fields.items():
                field.write(typed[name])
        self.on_refresh()
        return shown
