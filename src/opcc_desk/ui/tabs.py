"""The Clients and Therapists tabs (the Referrals tab is in referrals_tab.py).

Clients and Therapists share one shape: a search box that filters as you type
(the database does the search, a short pause after the last key), a switch to
show archived records, and Add / Edit / Archive buttons. Nothing here builds
SQL: every read and write goes through a service function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.models import ClientRow, TherapistRow
from opcc_desk.services import people
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.table_models import (
    ClientPageResult,
    ClientTableModel,
    LazyClientTableModel,
    RecordTableModel,
    TherapistTableModel,
)
from opcc_desk.ui.widgets.table import make_table

SEARCH_PAUSE_MS = 200
R = TypeVar("R", ClientRow, TherapistRow)


@dataclass(frozen=True)
class TabWords:
    """What a tab says about its kind of record, whole sentences each (French words
    change with the noun's gender, so the noun is never glued into a sentence)."""

    search_name: str
    search_hint: str
    add: str
    could_not_load: str
    archive_title: str
    archive_question: str  # {id}
    could_not_archive: str


class PeopleTab(QWidget, Generic[R]):
    """Shared behaviour of the Clients and Therapists tabs."""

    edit_requested = Signal(str)  # record id; empty string = new record

    def words(self) -> TabWords:
        raise NotImplementedError

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def __init__(
        self,
        ctx: ServiceContext,
        model: RecordTableModel[R],
        load: Callable[[ServiceContext, str, bool], Sequence[R]],
        set_archived: Callable[[ServiceContext, str, bool], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._load: Callable[[ServiceContext, str, bool], Sequence[R]] = load
        self._set_archived = set_archived
        self.model: RecordTableModel[R] = model

        self.said = self.words()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.said.search_hint)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.said.search_name)
        self.search.setAccessibleDescription(self.said.search_hint)  # what it searches
        self.show_archived = QCheckBox(self.tr("Show archived"))
        self.add_button = QPushButton(self.said.add)
        self.edit_button = QPushButton(self.tr("E&dit…"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.count_label = QLabel()

        bar = self.toolbar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Search:")))
        bar.addWidget(self.search, 1)
        bar.addWidget(self.show_archived)
        bar.addSpacing(12)
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.archive_button)

        self.view, self.proxy = make_table(model)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        self.show_archived.toggled.connect(lambda _on: self.reload())
        self.add_button.clicked.connect(lambda: self.edit_requested.emit(""))
        self.edit_button.clicked.connect(self._edit_selected)
        self.archive_button.clicked.connect(self._toggle_archive)
        self.view.open_requested.connect(self._open_selected)  # Enter or a double-click
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self._update_buttons()

    def reload(self) -> None:
        """Run the current search again; keeps the selected record selected if still shown."""
        self._pause.stop()
        keep = self.selected_id()
        try:
            shown = self._fill(self.search.text(), self.show_archived.isChecked())
        except ServiceError as error:
            dialogs.show_error(self, self.said.could_not_load, str(error))
            return
        self.count_label.setText(self.count_text(shown))
        if keep:
            self.select_id(keep)
        self._update_buttons()

    def _fill(self, query: str, include_archived: bool) -> int:
        """Show what the search finds; returns how many records it found."""
        rows = self._load(self._ctx, query, include_archived)
        self.model.set_rows(rows)
        return len(rows)

    def selected_row(self) -> R | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        source = self.proxy.mapToSource(indexes[0])
        return self.model.row_at(source.row())

    def selected_id(self) -> str:
        row = self.selected_row()
        return row.id if row is not None else ""

    def select_id(self, record_id: str) -> bool:
        for number, row in enumerate(self.model.rows()):
            if row.id == record_id:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                self.view.selectRow(index.row())
                self.view.scrollTo(index)
                return True
        return False

    def _open_selected(self) -> None:
        """What a double-click or Enter on a row does: the record's form here."""
        self._edit_selected()

    def _edit_selected(self) -> None:
        record_id = self.selected_id()
        if record_id:
            self.edit_requested.emit(record_id)

    def _toggle_archive(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        archiving = not row.archived
        if archiving and not dialogs.ask_yes_no(
            self,
            self.said.archive_title,
            self.said.archive_question.format(id=row.id),
        ):
            return
        try:
            self._set_archived(self._ctx, row.id, archiving)
        except ServiceError as error:
            dialogs.show_error(self, self.said.could_not_archive, str(error))
            return
        self.reload()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.edit_button.setEnabled(row is not None)
        self.archive_button.setEnabled(row is not None)
        self.archive_button.setText(
            self.tr("Restore") if row is not None and row.archived else self.tr("Archive")
        )


class ClientsTab(PeopleTab[ClientRow]):
    match_requested = Signal(str)
    page_requested = Signal(str)  # a client id: open the client's page

    def words(self) -> TabWords:
        return TabWords(
            search_name=self.tr("Search clients"),
            search_hint=self.tr("Name, email, phone or intake id"),
            add=self.tr("&Add client…"),
            could_not_load=self.tr("Could not load clients"),
            archive_title=self.tr("Archive client"),
            archive_question=self.tr(
                "Archive client {id}? It will be hidden from the list and from matching. "
                "Nothing is deleted: tick 'Show archived' to find it and restore it."
            ),
            could_not_archive=self.tr("Could not archive the client"),
        )

    def count_text(self, count: int) -> str:
        return self.tr("%n client(s)", "", count)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        self.lazy_model = LazyClientTableModel()
        super().__init__(
            ctx,
            self.lazy_model,
            lambda c, q, a: people.list_clients(c, q, include_archived=a),
            people.set_client_archived,
            parent,
        )
        # a click on a column of a partly loaded list starts it again from the first
        # page in the new order (see LazyClientTableModel.sort): keep the selection
        self._kept = ""
        self.lazy_model.modelAboutToBeReset.connect(self._remember_selection)
        self.lazy_model.modelReset.connect(self._restore_selection)
        self.view.setAccessibleName(self.tr("Clients"))
        self.match_button = QPushButton(self.tr("Find &matches…"))
        self.match_button.setToolTip(
            self.tr("Rank the therapists who can take the selected client")
        )
        self.toolbar.insertWidget(self.toolbar.indexOf(self.edit_button), self.match_button)
        self.match_button.clicked.connect(self._match_selected)
        self.waitlist_button = QPushButton(self.tr("Put on &waitlist…"))
        self.waitlist_button.setToolTip(
            self.tr("Keep the selected client waiting until a suitable therapist has room")
        )
        self.toolbar.insertWidget(self.toolbar.indexOf(self.edit_button), self.waitlist_button)
        self.waitlist_button.clicked.connect(self._waitlist_selected)
        self.view.sortByColumn(ClientTableModel.SUBMITTED, Qt.SortOrder.DescendingOrder)
        self._update_buttons()

    def _fill(self, query: str, include_archived: bool) -> int:
        """The first page of the search, the rest as the view scrolls (never every client).

        Each search, a short pause after the last key, runs two statements on the
        window's thread: the page (the intake-date index walked until 200 rows match)
        and the count. On a ten-year clinic (100,000 clients) both together take tens
        of milliseconds, under one keystroke's repeat interval, so a worker thread
        (and dropping its stale answers) would add machinery for nothing; keys typed
        meanwhile wait in Qt's queue and are never lost.
        """
        ctx = self._ctx

        def fetch(after: Any, limit: int, column: int, descending: bool) -> ClientPageResult:
            page = people.client_page(
                ctx,
                query,
                include_archived,
                after=after,
                limit=limit,
                order=people.CLIENT_ORDERS[column],
                descending=descending,
            )
            return ClientPageResult(page.rows, page.last)

        self.lazy_model.restart(fetch)
        if self.lazy_model.all_loaded():
            return self.lazy_model.rowCount()
        return people.count_clients(ctx, query, include_archived=include_archived)

    def _open_selected(self) -> None:
        """A client's row opens their page (the form is one click away there)."""
        client_id = self.selected_id()
        if client_id:
            self.page_requested.emit(client_id)

    def _remember_selection(self) -> None:
        self._kept = self.selected_id()

    def _restore_selection(self) -> None:
        if self._kept:
            self.select_id(self._kept)

    def _match_selected(self) -> None:
        row = self.selected_row()
        if row is not None and not row.archived:
            self.match_requested.emit(row.id)

    def _waitlist_selected(self) -> None:
        from opcc_desk.ui.waitlist_view import ask_and_add_to_waitlist

        row = self.selected_row()
        if row is not None and not row.archived:
            ask_and_add_to_waitlist(self, self._ctx, row.id)

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if hasattr(self, "waitlist_button"):
            row = self.selected_row()
            self.match_button.setEnabled(row is not None and not row.archived)
            self.waitlist_button.setEnabled(row is not None and not row.archived)


class TherapistsTab(PeopleTab[TherapistRow]):
    def words(self) -> TabWords:
        return TabWords(
            search_name=self.tr("Search therapists"),
            search_hint=self.tr("Name, email, phone or directory id"),
            add=self.tr("&Add therapist…"),
            could_not_load=self.tr("Could not load therapists"),
            archive_title=self.tr("Archive therapist"),
            archive_question=self.tr(
                "Archive therapist {id}? It will be hidden from the list and from matching. "
                "Nothing is deleted: tick 'Show archived' to find it and restore it."
            ),
            could_not_archive=self.tr("Could not archive the therapist"),
        )

    def count_text(self, count: int) -> str:
        return self.tr("%n therapist(s)", "", count)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx,
            TherapistTableModel(),
            lambda c, q, a: people.list_therapists(c, q, include_archived=a),
            people.set_therapist_archived,
            parent,
        )
        self.view.setAccessibleName(self.tr("Therapists"))
        self.view.sortByColumn(TherapistTableModel.NAME, Qt.SortOrder.AscendingOrder)
