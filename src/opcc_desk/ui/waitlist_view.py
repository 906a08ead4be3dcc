"""The waitlist: clients no suitable therapist can take yet, and who could take them now.

Nothing here contacts anyone: "Could go to now" is a suggestion for the desk.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.enums import Priority
from opcc_desk.domain.waitlist import WaitingClient
from opcc_desk.services import waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, theme
from opcc_desk.ui.csv_export import WAITLIST, export_csv
from opcc_desk.ui.table_models import Column, Index, RecordTableModel
from opcc_desk.ui.widgets.table import make_table

# most urgent first, as the waitlist itself is ordered; Normal is offered first
PRIORITY_CHOICES = [p.value.capitalize() for p in sorted(Priority, key=lambda p: p.rank)]


def ask_and_add_to_waitlist(parent: QWidget, ctx: ServiceContext, client_id: str) -> bool:
    """Ask the priority, then put the client on the waitlist. True when added."""
    choice = dialogs.ask_choice(
        parent,
        "Put on the waitlist",
        f"Client {client_id} waits until a suitable therapist has room.\nPriority:",
        PRIORITY_CHOICES,
        PRIORITY_CHOICES.index(Priority.NORMAL.value.capitalize()),
    )
    if choice is None:
        return False
    try:
        waitlist.add_to_waitlist(ctx, client_id, Priority(choice.lower()))
    except ServiceError as error:
        dialogs.show_error(parent, "The client was not put on the waitlist", str(error))
        return False
    dialogs.show_info(
        parent,
        "On the waitlist",
        f"Client {client_id} is on the waitlist ({choice.lower()} priority). "
        "OPCC Desk lists them when a therapist who fits has room.",
    )
    return True


class WaitlistModel(RecordTableModel[WaitingClient]):
    PRIORITY, CLIENT, SINCE, WAITING, FITS, NOTE = range(6)
    widths = (80, 230, 95, 80, 220, 200)
    columns = (
        Column[WaitingClient](
            "Priority", lambda w: w.priority.value.capitalize(), sort=lambda w: w.priority.rank
        ),
        Column[WaitingClient]("Client", lambda w: f"{w.client_name} ({w.client_id})"),
        Column[WaitingClient](
            "Since", lambda w: w.since.isoformat(), sort=lambda w: w.since.isoformat()
        ),
        Column[WaitingClient](
            "Days", lambda w: str(w.days_waiting), sort=lambda w: w.days_waiting, align_right=True
        ),
        Column[WaitingClient](
            "Could go to now",
            lambda w: w.fits_now_text() if w.fits_now else "nobody yet",
            tooltip="Therapists who fit every need and have room today (best first)",
        ),
        Column[WaitingClient]("Note", lambda w: w.note),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.FITS
        ):
            fits = self.row_at(index.row()).fits_now
            now = theme.colours()
            return QBrush(QColor(now.success if fits else now.greyed))
        return super().data(index, role)


class WaitlistDialog(QDialog):
    match_requested = Signal(str)  # client id

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("Waitlist")
        self.resize(1000, 520)
        self.model = WaitlistModel()
        self.view, self.proxy = make_table(self.model)
        self.view.setAccessibleName(self.tr("Waiting clients"))
        self.view.sortByColumn(WaitlistModel.PRIORITY, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.match_button = QPushButton("Find &matches…")
        self.remove_button = QPushButton("&Take off the waitlist…")
        self.note_button = QPushButton(self.tr("&Note…"))
        self.note_button.setToolTip(self.tr("Write or change the note kept with this entry"))
        self.export_button = QPushButton("E&xport…")
        bar = QHBoxLayout()
        bar.addWidget(self.match_button)
        bar.addWidget(self.note_button)
        bar.addWidget(self.remove_button)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        layout.addWidget(buttons)
        self.match_button.clicked.connect(self._match)
        self.remove_button.clicked.connect(self.remove_selected)
        self.note_button.clicked.connect(self.edit_note)
        self.export_button.clicked.connect(self.export)
        self.view.open_requested.connect(self._match)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        try:
            items = waitlist.list_waitlist(self._ctx)
        except ServiceError as error:
            dialogs.show_error(self, "Could not load the waitlist", str(error))
            return
        self.model.set_rows(items)
        ready = sum(1 for w in items if w.fits_now)
        self.summary.setText(
            f"{len(items)} client{'s' if len(items) != 1 else ''} waiting; "
            f"{ready} could be referred now. Most urgent and longest waiting first. "
            "Nobody is contacted automatically."
        )
        self._update_buttons()

    def selected(self) -> WaitingClient | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.match_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.note_button.setEnabled(chosen)

    def _match(self) -> None:
        item = self.selected()
        if item is not None:
            self.match_requested.emit(item.client_id)

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        reason = dialogs.ask_reason(
            self, "Take off the waitlist", f"Why is client {item.client_id} no longer waiting?"
        )
        if reason is None:
            return
        try:
            waitlist.remove_from_waitlist(self._ctx, item.client_id, reason)
        except ServiceError as error:
            dialogs.show_error(self, "Not changed", str(error))
            return
        self.reload()

    def edit_note(self) -> None:
        item = self.selected()
        if item is None:
            return
        note = dialogs.ask_note(
            self,
            self.tr("Waitlist note"),
            self.tr("A note for {client}'s waitlist entry (leave empty to clear it):").format(
                client=f"{item.client_name} ({item.client_id})"
            ),
            item.note,
        )
        if note is None:
            return
        try:
            waitlist.set_waitlist_note(self._ctx, item.client_id, note)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("The note was not saved"), str(error))
            return
        self.reload()
        self._select(item.client_id)

    def _select(self, client_id: str) -> None:
        for number, row in enumerate(self.model.rows()):
            if row.client_id == client_id:
                self.view.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())

    def export(self) -> None:
        export_csv(self, self._ctx, WAITLIST)
