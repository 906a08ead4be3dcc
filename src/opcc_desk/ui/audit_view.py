"""The director's view of the audit log: filter, check the chain, print an access report."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.audit import Action
from opcc_desk.services import access_report, audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.letters import write_private_file
from opcc_desk.ui import dialogs


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditDialog(QDialog):
    WHEN, WHO, WHAT, KIND, RECORD, DETAIL = range(6)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("Audit log")
        self.resize(1000, 640)
        self.user = QLineEdit()
        self.user.setPlaceholderText("any user")
        self.action = QComboBox()
        self.action.addItem("any action", "")
        for action in Action:
            self.action.addItem(action.value.replace("_", " "), action.value)
        self.record = QLineEdit()
        self.record.setPlaceholderText("any record (e.g. C-000123)")
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton("&Show")
        self.verify_button = QPushButton("&Check the chain")
        self.report_button = QPushButton("&Who accessed this record…")
        self.report_button.setToolTip("A PDF of every access to the client in the record box")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(["When", "Who", "What", "Kind", "Record", "Details"])
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status = QLabel()

        filters = QHBoxLayout()
        for label, widget in (
            ("User:", self.user),
            ("Action:", self.action),
            ("Record:", self.record),
            ("From:", self.since),
            ("To:", self.until),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.show_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.show_button.clicked.connect(self.refresh)
        self.record.returnPressed.connect(self.refresh)
        self.verify_button.clicked.connect(self.verify)
        self.report_button.clicked.connect(self.save_access_report)
        self.refresh()

    def query(self) -> audit.AuditQuery:
        since = datetime.combine(_day(self.since.date()), time.min)
        until = datetime.combine(_day(self.until.date()), time.max)
        return audit.AuditQuery(
            user=self.user.text().strip(),
            action=str(self.action.currentData() or ""),
            record_ref=self.record.text().strip(),
            since=since,
            until=until,
        )

    def refresh(self) -> None:
        try:
            entries = audit.search(self._ctx, self.query())
        except ServiceError as error:
            dialogs.show_error(self, "Cannot show the audit log", str(error))
            return
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                f"{entry.at:%Y-%m-%d %H:%M:%S}",
                entry.user,
                entry.action.replace("_", " "),
                entry.record_type,
                entry.record_ref,
                entry.detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(f"{len(entries)} entries, newest first (at most 1,000)")

    def verify(self) -> None:
        try:
            check = audit.verify(self._ctx)
        except ServiceError as error:
            dialogs.show_error(self, "Cannot check the audit log", str(error))
            return
        if check.intact:
            dialogs.show_info(
                self,
                "Audit log",
                f"The audit log is intact: {check.entries} entries, none changed.",
            )
        else:
            dialogs.show_error(self, "The audit log was tampered with", check.problem)

    def save_access_report(self) -> None:
        ref = self.record.text().strip()
        if not ref:
            dialogs.show_error(
                self, "Which client?", "Type the client's intake id in the Record box."
            )
            return
        try:
            pdf = access_report.access_report(self._ctx, ref)
        except ServiceError as error:
            dialogs.show_error(self, "No access report", str(error))
            return
        path = dialogs.choose_save_path(
            self, "Save the access report", f"access-{ref}.pdf", "PDF files (*.pdf)"
        )
        if path:
            try:
                write_private_file(Path(path), pdf)
            except ServiceError as error:
                dialogs.show_error(self, "The report was not saved", str(error))
            self.refresh()
