"""The director's list of clients whose record lacks their consent to be contacted.

Such clients get no referral and no letter; the desk calls them (or reads their intake
again) and ticks *Consent* on their intake form, which this list opens.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.services import consent
from opcc_desk.services.consent import WithoutConsent
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.table_models import Column, RecordTableModel
from opcc_desk.ui.widgets.table import make_table


def _archived(row: WithoutConsent) -> str:
    return QCoreApplication.translate("WithoutConsentModel", "yes") if row.archived else ""


class WithoutConsentModel(RecordTableModel[WithoutConsent]):
    widths = (110, 260, 110, 120, 90)
    columns = (
        Column[WithoutConsent](
            str(QT_TRANSLATE_NOOP("WithoutConsentModel", "Intake id")), lambda c: c.client_id
        ),
        Column[WithoutConsent](
            str(QT_TRANSLATE_NOOP("WithoutConsentModel", "Client")), lambda c: c.name
        ),
        Column[WithoutConsent](
            str(QT_TRANSLATE_NOOP("WithoutConsentModel", "Intake date")),
            lambda c: c.submitted.strftime("%Y-%m-%d") if c.submitted else "",
            sort=lambda c: c.submitted.isoformat() if c.submitted else "",
        ),
        Column[WithoutConsent](
            str(QT_TRANSLATE_NOOP("WithoutConsentModel", "Open referrals")),
            lambda c: str(c.open_referrals),
            sort=lambda c: c.open_referrals,
            align_right=True,
        ),
        Column[WithoutConsent](
            str(QT_TRANSLATE_NOOP("WithoutConsentModel", "Archived")), _archived
        ),
    )


class ConsentDialog(QDialog):
    """Reports → Clients without consent: who they are, and their forms one click away."""

    client_chosen = Signal(str)  # an intake id: open the client's intake form

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Clients without consent"))
        self.resize(760, 460)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = WithoutConsentModel()
        self.view, self.proxy = make_table(self.model)
        self.view.setAccessibleName(self.tr("Clients without consent to be contacted"))
        self.open_button = QPushButton(self.tr("&Open intake form…"))
        self.open_button.setToolTip(
            self.tr("Tick Consent on the form once the client has agreed to be contacted")
        )
        bar = QHBoxLayout()
        bar.addWidget(self.open_button)
        bar.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        layout.addWidget(buttons)
        self.open_button.clicked.connect(self._open)
        self.view.open_requested.connect(self._open)  # Enter or a double-click
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.reload()

    def reload(self) -> None:
        try:
            found = consent.without_consent(self._ctx)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Could not list the clients"), str(error))
            return
        self.model.set_rows(found)
        if found:
            self.summary.setText(
                self.tr(
                    "%n client(s) have not agreed to be contacted: they get no referral and "
                    "no letter. Ask them, then record the consent on their intake form.",
                    "",
                    len(found),
                )
            )
        else:
            self.summary.setText(self.tr("Every client has agreed to be contacted."))
        self._update_buttons()

    def selected(self) -> WithoutConsent | None:
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected() is not None)

    def _open(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.client_chosen.emit(chosen.client_id)
