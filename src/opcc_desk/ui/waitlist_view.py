"""The waitlist: clients no suitable therapist can take yet, and who could take them now.

Nothing here contacts anyone: "Could go to now" is a suggestion for the desk.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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

CONTEXT = "Waitlist"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def priority_text(priority: Priority) -> str:
    """'Urgent', « Urgente »: a waitlist priority in the window's language."""
    return {
        Priority.URGENT: QCoreApplication.translate("Waitlist", "Urgent"),
        Priority.HIGH: QCoreApplication.translate("Waitlist", "High"),
        Priority.NORMAL: QCoreApplication.translate("Waitlist", "Normal"),
        Priority.LOW: QCoreApplication.translate("Waitlist", "Low"),
    }[priority]


def ask_and_add_to_waitlist(parent: QWidget, ctx: ServiceContext, client_id: str) -> bool:
    """Ask the priority, then put the client on the waitlist. True when added."""
    # most urgent first, as the waitlist itself is ordered; Normal is offered first
    order = sorted(Priority, key=lambda p: p.rank)
    names = [priority_text(p) for p in order]
    choice = dialogs.ask_choice(
        parent,
        QCoreApplication.translate("Waitlist", "Put on the waitlist"),
        QCoreApplication.translate(
            "Waitlist", "Client {id} waits until a suitable therapist has room.\nPriority:"
        ).format(id=client_id),
        names,
        order.index(Priority.NORMAL),
    )
    if choice is None:
        return False
    priority = order[names.index(choice)]
    try:
        waitlist.add_to_waitlist(ctx, client_id, priority)
    except ServiceError as error:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Waitlist", "The client was not put on the waitlist"),
            str(error),
        )
        return False
    dialogs.show_info(
        parent,
        QCoreApplication.translate("Waitlist", "On the waitlist"),
        QCoreApplication.translate(
            "Waitlist",
            "Client {id} is on the waitlist (priority: {priority}). "
            "OPCC Desk lists them when a therapist who fits has room.",
        ).format(id=client_id, priority=priority_text(priority).lower()),
    )
    return True


def _mark(text: object) -> str:
    return str(text)


class WaitlistModel(RecordTableModel[WaitingClient]):
    PRIORITY, CLIENT, SINCE, WAITING, FITS, NOTE = range(6)
    widths = (80, 230, 95, 80, 220, 200)
    columns = (
        Column[WaitingClient](
            _mark(QT_TRANSLATE_NOOP("Waitlist", "Priority")),
            lambda w: priority_text(w.priority),
            sort=lambda w: w.priority.rank,
        ),
        Column[WaitingClient](
            _mark(QT_TRANSLATE_NOOP("Waitlist", "Client")),
            lambda w: f"{w.client_name} ({w.client_id})",
        ),
        Column[WaitingClient](
            _mark(QT_TRANSLATE_NOOP("Waitlist", "Since")),
            lambda w: w.since.isoformat(),
            sort=lambda w: w.since.isoformat(),
        ),
        Column[WaitingClient](
            _mark(QT_TRANSLATE_NOOP("Waitlist", "Days")),
            lambda w: str(w.days_waiting),
            sort=lambda w: w.days_waiting,
            align_right=True,
        ),
        Column[WaitingClient](
            _mark(QT_TRANSLATE_NOOP("Waitlist", "Could go to now")),
            lambda w: (
                w.fits_now_text()
                if w.fits_now
                else QCoreApplication.translate("Waitlist", "nobody yet")
            ),
            tooltip=_mark(
                QT_TRANSLATE_NOOP(
                    "Waitlist", "Therapists who fit every need and have room today (best first)"
                )
            ),
        ),
        Column[WaitingClient](_mark(QT_TRANSLATE_NOOP("Waitlist", "Note")), lambda w: w.note),
    )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # the titles are marked above and translated here, in this table's own context
        # (whatever the base class does with them: a translated title is not found again)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return _t(column.title)
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return _t(column.tooltip)
        return super().headerData(section, orientation, role)

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
        self.setWindowTitle(self.tr("Waitlist"))
        self.resize(1000, 520)
        self.model = WaitlistModel()
        self.view, self.proxy = make_table(self.model)
        self.view.setAccessibleName(self.tr("Waiting clients"))
        self.view.sortByColumn(WaitlistModel.PRIORITY, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.match_button = QPushButton(self.tr("Find &matches…"))
        self.remove_button = QPushButton(self.tr("&Take off the waitlist…"))
        self.note_button = QPushButton(self.tr("&Note…"))
        self.note_button.setToolTip(self.tr("Write or change the note kept with this entry"))
        self.export_button = QPushButton(self.tr("E&xport…"))
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
            dialogs.show_error(self, self.tr("Could not load the waitlist"), str(error))
            return
        self.model.set_rows(items)
        ready = sum(1 for w in items if w.fits_now)
        self.summary.setText(
            self.tr(
                "%n client(s) waiting; {ready} could be referred now. Most urgent and longest "
                "waiting first. Nobody is contacted automatically.",
                "",
                len(items),
            ).format(ready=ready)
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
            self,
            self.tr("Take off the waitlist"),
            self.tr("Why is client {id} no longer waiting?").format(id=item.client_id),
        )
        if reason is None:
            return
        try:
            waitlist.remove_from_waitlist(self._ctx, item.client_id, reason)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Not changed"), str(error))
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
