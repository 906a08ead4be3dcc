"""Needs follow-up: the open referrals whose next check is due, the most overdue first.

The first thing the desk sees in the morning (top of the Referrals tab), and the
director's follow-up delays.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.followup import DEFAULT_DAYS, FollowUpRules
from opcc_desk.domain.localtime import wall_clock
from opcc_desk.domain.settings import FOLLOW_UP_DELAYS
from opcc_desk.services import followups, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.followups import FollowUp
from opcc_desk.ui import dialogs, theme
from opcc_desk.ui.contact_dialog import kind_text, outcome_text
from opcc_desk.ui.i18n import status_text
from opcc_desk.ui.table_models import Column, Index, RecordTableModel
from opcc_desk.ui.widgets.dialog_parts import answer_buttons, hint
from opcc_desk.ui.widgets.table import make_table


def late_text(days: int) -> str:
    if days < 0:
        return FollowUpView.tr("in %n day(s)", "", -days)  # type: ignore[arg-type]
    if days == 0:
        return FollowUpView.tr("today")  # type: ignore[call-arg, arg-type]
    return FollowUpView.tr("%n day(s) late", "", days)  # type: ignore[arg-type]


def last_contact_text(item: FollowUp) -> str:
    """When the desk last heard from or tried the client, how, and what came of it."""
    last = item.last_contact
    if last is None:
        return QCoreApplication.translate("FollowUps", "none logged")
    return QCoreApplication.translate("FollowUps", "{when}, {kind}: {outcome}").format(
        when=f"{wall_clock(last.at):%Y-%m-%d %H:%M}",  # sorts and reads alike in both
        kind=kind_text(last.kind),
        outcome=outcome_text(last.outcome),
    )


def _mark(text: object) -> str:
    return str(text)


def _last_contact_sort(item: FollowUp) -> str:
    return item.last_contact.at.isoformat() if item.last_contact else ""


class FollowUpModel(RecordTableModel[FollowUp]):
    LATE, DUE, ID, CLIENT, THERAPIST, STATUS, NEXT, LAST_CONTACT = range(8)
    widths = (95, 95, 55, 220, 220, 95, 300, 230)
    columns = (
        Column[FollowUp](
            _mark(QT_TRANSLATE_NOOP("FollowUps", "Late")),
            lambda f: late_text(f.overdue),
            sort=lambda f: f.overdue,
        ),
        Column[FollowUp](
            _mark(QT_TRANSLATE_NOOP("FollowUps", "Due")),
            lambda f: f.due.isoformat(),
            sort=lambda f: f.due.isoformat(),
        ),
        Column[FollowUp](
            _mark(QT_TRANSLATE_NOOP("FollowUps", "No.")),
            lambda f: str(f.referral_id),
            sort=lambda f: f.referral_id,
            align_right=True,
        ),
        Column[FollowUp](
            _mark(QT_TRANSLATE_NOOP("FollowUps", "Client")),
            lambda f: f"{f.client_name} ({f.client_id})",
        ),
        Column[FollowUp](
            _mark(QT_TRANSLATE_NOOP("FollowUps", "Therapist")),
            lambda f: f"{f.therapist_name} ({f.therapist_id})",
        ),
        Column[FollowUp](
            _mark(QT_TRANSLATE_NOOP("FollowUps", "Status")), lambda f: status_text(f.status)
        ),
        Column[FollowUp](_mark(QT_TRANSLATE_NOOP("FollowUps", "Next step")), lambda f: f.next_step),
        Column[FollowUp](
            _mark(QT_TRANSLATE_NOOP("FollowUps", "Last contact")),
            last_contact_text,
            sort=_last_contact_sort,
            tooltip=_mark(
                QT_TRANSLATE_NOOP(
                    "FollowUps",
                    "The newest entry of the client's contact log (struck-out ones left out)",
                )
            ),
        ),
    )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        # the titles are marked above and translated here, in this table's own context
        # (whatever the base class does with them: a translated title is not found again)
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("FollowUps", column.title)
            if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
                return QCoreApplication.translate("FollowUps", column.tooltip)
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and index.column() == self.LATE
            and self.row_at(index.row()).overdue > 0
        ):
            return QBrush(QColor(theme.colours().overdue))
        if role == Qt.ItemDataRole.FontRole and index.isValid() and index.column() == self.LATE:
            font = QFont()
            font.setBold(self.row_at(index.row()).overdue > 0)
            return font
        return super().data(index, role)


class FollowUpView(QWidget):
    """The list of follow-ups due; choosing one asks the tab to show that referral."""

    referral_chosen = Signal(int)
    count_changed = Signal(int)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.model = FollowUpModel()
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.show_upcoming = QCheckBox(self.tr("Also show what is due later"))
        self.view, self.proxy = make_table(self.model)
        self.view.sortByColumn(FollowUpModel.LATE, Qt.SortOrder.DescendingOrder)
        self.view.setAccessibleName(self.tr("Referrals that need a follow-up"))
        self.empty = QLabel(self.tr("Nothing to follow up today."))
        self.empty.setStyleSheet(theme.style(color="hint") + " padding: 6px;")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.show_upcoming)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self.show_upcoming.toggled.connect(lambda _on: self.reload())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._chosen())
        self.due_count = 0

    def reload(self) -> None:
        try:
            items = followups.follow_ups(self._ctx, include_upcoming=self.show_upcoming.isChecked())
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Could not load the follow-ups"), str(error))
            return
        self.model.set_rows(items)
        self.due_count = sum(1 for f in items if f.overdue >= 0)
        late = sum(1 for f in items if f.overdue > 0)
        text = "<b>" + self.tr("Needs follow-up: {count}").format(count=self.due_count) + "</b>"
        if late:
            overdue = self.tr("(%n overdue)", "", late)
            text += f" &nbsp;<span style='color:{theme.colours().overdue}'>{overdue}</span>"
        self.title.setText(text)
        self.empty.setVisible(not items)
        self.view.setVisible(bool(items))
        self.count_changed.emit(self.due_count)

    def _chosen(self) -> None:
        indexes = self.view.selectionModel().selectedRows()
        if indexes:
            row = self.model.row_at(self.proxy.mapToSource(indexes[0]).row())
            self.referral_chosen.emit(row.referral_id)


class FollowUpSettingsDialog(QDialog):
    """The director's follow-up delays, in business days per open status."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Follow-up delays"))
        rules = settings.get(ctx, FOLLOW_UP_DELAYS)
        form = QFormLayout()
        self.spins: dict[ReferralStatus, QSpinBox] = {}
        for status in DEFAULT_DAYS:
            spin = QSpinBox()
            spin.setRange(-1, 60)
            spin.setSpecialValueText(self.tr("no follow-up"))
            spin.valueChanged.connect(lambda value, box=spin: box.setSuffix(self._unit(value)))
            days = rules.days.get(status)
            spin.setValue(-1 if days is None else days)
            spin.setSuffix(self._unit(-1 if days is None else days))
            self.spins[status] = spin
            form.addRow(self.tr("{status}:").format(status=status_text(status)), spin)
        self.holidays = QCheckBox(self.tr("Skip Ontario statutory holidays as well as weekends"))
        self.holidays.setChecked(rules.holidays)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "How long after a referral reaches each status the desk checks on it. "
                    "A booked referral with a first-session date is due on that date."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.holidays)
        layout.addWidget(answer_buttons(self, self.save))

    def _unit(self, days: int) -> str:
        # the spin box's suffix after its number: singular or plural as the number says
        return self.tr(" business day(s)", "", max(days, 0))

    def rules(self) -> FollowUpRules:
        days = {s: (None if spin.value() < 0 else spin.value()) for s, spin in self.spins.items()}
        return FollowUpRules(days, holidays=self.holidays.isChecked())

    def save(self) -> None:
        try:
            settings.save(self._ctx, FOLLOW_UP_DELAYS, self.rules())
        except ServiceError as error:
            dialogs.show_error(self, self.tr("The delays were not saved"), str(error))
            return
        self.accept()
