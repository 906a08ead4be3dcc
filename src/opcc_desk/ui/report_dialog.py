"""Reports → Referral summary: pick a period, make the PDF off the UI thread, look, keep."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.services import reports
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.i18n import ui_date
from opcc_desk.ui.letter_view import PdfPane, print_pane, save_pdf, wait_until_ready
from opcc_desk.ui.operations import Operation, Progress


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Referral summary"))
        self.resize(860, 900)
        today = ctx.today()
        self.start = QDateEdit(_qdate(date(today.year, 1, 1)))
        self.end = QDateEdit(_qdate(today))
        for edit, name in ((self.start, self.tr("From")), (self.end, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.make_button = QPushButton(self.tr("&Make summary"))
        self.make_button.setDefault(True)
        self.status = QLabel(
            self.tr("Choose the period, then Make summary. Referrals made on both days count.")
        )
        self.status.setWordWrap(True)
        self.pane = PdfPane(self)
        self.pane.view.setAccessibleName(self.tr("Summary preview"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.save_button = QPushButton(self.tr("&Save as…"))
        close = QPushButton(self.tr("Close"))
        self.pdf = b""
        self.operation: Operation[bytes] | None = None

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From:")))
        top.addWidget(self.start)
        top.addWidget(QLabel(self.tr("to:")))
        top.addWidget(self.end)
        top.addWidget(self.make_button)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.pane, 1)
        layout.addLayout(bottom)

        self.make_button.clicked.connect(lambda: self.make())
        self.print_button.clicked.connect(self.print_report)
        self.save_button.clicked.connect(self.save_report)
        close.clicked.connect(self.accept)
        self._update_buttons()

    def period(self) -> tuple[date, date]:
        return _date(self.start.date()), _date(self.end.date())

    def make(self) -> Operation[bytes] | None:
        start, end = self.period()
        try:
            reports.check_period(start, end)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Check the dates"), str(error))
            return None
        ctx = self._ctx

        counting = self.tr("Counting referrals…")

        def work(progress: Progress) -> bytes:
            progress.report(0, 0, counting)
            return reports.summary_pdf(ctx, start, end)

        self.make_button.setEnabled(False)
        self.status.setText(self.tr("Making the summary…"))
        # the fonts are parsed here, on the UI thread, once per process: parsing them on
        # the worker thread while Qt ran its event loop crashed the test process twice
        from opcc_desk.letters.fonts import register_fonts

        register_fonts()
        operation: Operation[bytes] = Operation(
            work, parent=self, title=self.tr("Referral summary"), label=counting
        )
        operation.succeeded.connect(self._made)
        operation.finished.connect(lambda: self.make_button.setEnabled(True))
        not_made = self.tr("The summary was not made.")
        operation.failed.connect(lambda _error: self.status.setText(not_made))
        self.operation = operation
        operation.start()
        return operation

    def _made(self, pdf: object) -> None:
        assert isinstance(pdf, bytes)
        self.pdf = pdf
        start, end = self.period()
        self.status.setText(
            self.tr("Referral summary for {start} to {end}.").format(
                start=ui_date(start), end=ui_date(end)
            )
        )
        self.pane.show_pdf(pdf)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.print_button.setEnabled(bool(self.pdf))
        self.save_button.setEnabled(bool(self.pdf))

    def print_report(self) -> bool:
        if not self.pdf or not wait_until_ready(self.pane):
            return False
        return print_pane(self, self.pane)

    def save_report(self) -> Path | None:
        if not self.pdf:
            return None
        start, end = self.period()
        return save_pdf(
            self,
            (self.tr("Save the referral summary"), self.tr("Summary not saved")),
            f"referral-summary-{start.isoformat()}-to-{end.isoformat()}.pdf",
            self.pdf,
        )
