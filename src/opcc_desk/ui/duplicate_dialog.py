"""A new intake looks like a client already on file: merge, or keep both.

The desk sees the existing records side by side with the new one and decides;
merging keeps every referral, letter and log entry (the merged record is archived
with a note saying where it went).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.services import duplicates, people
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.duplicates import LikelyDuplicate
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.i18n import ui_date, ui_number


class DuplicateDialog(QDialog):
    merged = Signal(str)  # the id of the record kept
    NAME, ID, BORN, PHONE, EMAIL, CITY, REFERRALS, WHY = range(8)

    def __init__(
        self,
        ctx: ServiceContext,
        client_id: str,
        candidates: list[LikelyDuplicate],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id = client_id
        self._candidates = candidates
        self.setWindowTitle(self.tr("This client may already be on file"))
        self.resize(980, 360)
        new = people.get_client(ctx, client_id)
        intro = QLabel(
            self.tr(
                "The intake just saved, <b>{name}</b> ({id}), looks like %n client(s) already "
                "on file. If it is the same person, merge the new intake into the existing "
                "record: nothing is deleted, and its referrals and history move with it. "
                "If they are different people, keep both.",
                "",
                len(candidates),
            ).format(name=_escape(new.full_name), id=client_id)
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(candidates) + 1, 8)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAccessibleName(self.tr("The new client and the clients who look alike"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Id"),
                self.tr("Born"),
                self.tr("Phone"),
                self.tr("Email"),
                self.tr("City"),
                self.tr("Referrals"),
                self.tr("Why it looks alike"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(self.WHY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fill(
            0,
            [
                self.tr("{name}  (new)").format(name=new.full_name),
                client_id,
                ui_date(new.date_of_birth),
                new.phone,
                new.email,
                new.city,
                "",
                "",
            ],
        )
        for number, c in enumerate(candidates, start=1):
            self._fill(
                number,
                [
                    c.name,
                    c.client_id,
                    ui_date(c.date_of_birth),
                    c.phone,
                    c.email,
                    c.city,
                    ui_number(c.referrals),
                    c.reason,
                ],
            )
        self.table.selectRow(1)
        self.merge_button = QPushButton(self.tr("&Merge into the selected record"))
        self.merge_button.setDefault(True)
        self.keep_button = QPushButton(self.tr("&Keep both (different people)"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.RejectRole)
        later = buttons.addButton(self.tr("Decide later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self.merge)
        self.keep_button.clicked.connect(self.keep_both)
        later.clicked.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._update()

    def _fill(self, row: int, cells: list[str]) -> None:
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if row == 0:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.table.setItem(row, column, item)

    def chosen(self) -> LikelyDuplicate | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() == 0:
            return None
        return self._candidates[rows[0].row() - 1]

    def _update(self) -> None:
        self.merge_button.setEnabled(self.chosen() is not None)

    def merge(self) -> None:
        target = self.chosen()
        if target is None:
            return
        if not dialogs.ask_yes_no(
            self,
            self.tr("Merge the records"),
            self.tr(
                "Merge the new intake {new} into {name} ({kept})? {new} will be archived with "
                "a note pointing to {kept}; its referrals move over and blank contact details "
                "are filled in."
            ).format(new=self._client_id, name=target.name, kept=target.client_id),
        ):
            return
        try:
            result = duplicates.merge_clients(self._ctx, target.client_id, self._client_id)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("The records were not merged"), str(error))
            return
        self.merged.emit(result.kept_id)
        self.accept()

    def keep_both(self) -> None:
        try:
            for candidate in self._candidates:
                duplicates.keep_both(self._ctx, self._client_id, candidate.client_id)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Not saved"), str(error))
            return
        self.reject()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
