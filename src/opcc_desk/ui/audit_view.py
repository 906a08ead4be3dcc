"""The director's view of the audit log: filter, check the chain, print an access report."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
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
from opcc_desk.ui.i18n import ui_number


def action_name(action: str) -> str:
    """An audit action as the window's language names it (the log keeps the English key)."""
    names: dict[str, str] = {
        Action.VIEW: QCoreApplication.translate("AuditActions", "view"),
        Action.CREATE: QCoreApplication.translate("AuditActions", "create"),
        Action.CHANGE: QCoreApplication.translate("AuditActions", "change"),
        Action.ARCHIVE: QCoreApplication.translate("AuditActions", "archive"),
        Action.RESTORE: QCoreApplication.translate("AuditActions", "restore"),
        Action.EXPORT: QCoreApplication.translate("AuditActions", "export"),
        Action.IMPORT: QCoreApplication.translate("AuditActions", "import"),
        Action.LETTER: QCoreApplication.translate("AuditActions", "letter"),
        Action.PRINT: QCoreApplication.translate("AuditActions", "print"),
        Action.REFER: QCoreApplication.translate("AuditActions", "refer"),
        Action.STATUS: QCoreApplication.translate("AuditActions", "status"),
        Action.LOGIN: QCoreApplication.translate("AuditActions", "login"),
        Action.LOGIN_FAILED: QCoreApplication.translate("AuditActions", "login failed"),
        Action.USER: QCoreApplication.translate("AuditActions", "user"),
        Action.BACKUP: QCoreApplication.translate("AuditActions", "backup"),
        Action.RESTORE_BACKUP: QCoreApplication.translate("AuditActions", "restore backup"),
        Action.PURGE: QCoreApplication.translate("AuditActions", "purge"),
        Action.SEAL: QCoreApplication.translate("AuditActions", "seal"),
    }
    return names.get(action, action.replace("_", " "))


def record_type_name(kind: str) -> str:
    names = {
        "client": QCoreApplication.translate("AuditRecords", "client"),
        "therapist": QCoreApplication.translate("AuditRecords", "therapist"),
        "referral": QCoreApplication.translate("AuditRecords", "referral"),
        "database": QCoreApplication.translate("AuditRecords", "database"),
        "user": QCoreApplication.translate("AuditRecords", "user"),
    }
    return names.get(kind, kind)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditDialog(QDialog):
    WHEN, WHO, WHAT, KIND, RECORD, DETAIL = range(6)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 640)
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("any user"))
        self.action = QComboBox()
        self.action.addItem(self.tr("any action"), "")
        for action in Action:
            self.action.addItem(action_name(action), action.value)
        self.record = QLineEdit()
        self.record.setPlaceholderText(self.tr("any record (e.g. C-000123)"))
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("&Show"))
        self.verify_button = QPushButton(self.tr("&Check the chain"))
        self.report_button = QPushButton(self.tr("&Who accessed this record…"))
        self.report_button.setToolTip(
            self.tr("A PDF of every access to the client in the record box")
        )
        self.table = QTableWidget(0, 6)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Kind"),
                self.tr("Record"),
                self.tr("Details"),
            ]
        )
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.status = QLabel()

        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("User:"), self.user),
            (self.tr("Action:"), self.action),
            (self.tr("Record:"), self.record),
            (self.tr("From:"), self.since),
            (self.tr("To:"), self.until),
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
            dialogs.show_error(self, self.tr("Cannot show the audit log"), str(error))
            return
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            cells = (
                f"{entry.at:%Y-%m-%d %H:%M:%S}",
                entry.user,
                action_name(entry.action),
                record_type_name(entry.record_type),
                entry.record_ref,
                entry.detail,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.status.setText(
            self.tr("%n entries, newest first (at most {limit})", "", len(entries)).format(
                limit=ui_number(1000)
            )
        )

    def verify(self) -> None:
        try:
            check = audit.verify(self._ctx)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Cannot check the audit log"), str(error))
            return
        if check.intact:
            dialogs.show_info(
                self,
                self.tr("Audit log"),
                self.tr("The audit log is intact: %n entries, none changed.", "", check.entries),
            )
        else:
            dialogs.show_error(self, self.tr("The audit log was tampered with"), check.problem)

    def save_access_report(self) -> None:
        ref = self.record.text().strip()
        if not ref:
            dialogs.show_error(
                self,
                self.tr("Which client?"),
                self.tr("Type the client's intake id in the Record box."),
            )
            return
        try:
            pdf = access_report.access_report(self._ctx, ref)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("No access report"), str(error))
            return
        path = dialogs.choose_save_path(
            self,
            self.tr("Save the access report"),
            f"access-{ref}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            try:
                write_private_file(Path(path), pdf)
            except ServiceError as error:
                dialogs.show_error(self, self.tr("The report was not saved"), str(error))
            self.refresh()
