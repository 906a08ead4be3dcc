"""The Referrals tab: what needs a follow-up today, every referral, and seeing one through.

Top: the follow-ups due, the most overdue first. Middle: the list of referrals
with letters and export. Bottom: the chosen referral's next moves (only the
legal ones are offered), its first-session date, and its history.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.enums import OPEN_STATUSES, Priority, ReferralStatus
from opcc_desk.domain.lifecycle import REASON_REQUIRED, allowed_moves
from opcc_desk.domain.models import ReferralRow
from opcc_desk.domain.search import search_terms
from opcc_desk.domain.waitlist import WaitingClient
from opcc_desk.services import followups, referrals
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, i18n, theme
from opcc_desk.ui.csv_export import REFERRALS, export_csv
from opcc_desk.ui.followup_view import FollowUpView
from opcc_desk.ui.i18n import status_text
from opcc_desk.ui.letter_actions import LetterActions
from opcc_desk.ui.table_models import LazyReferralTableModel
from opcc_desk.ui.tabs import SEARCH_PAUSE_MS
from opcc_desk.ui.widgets.table import make_table

S = ReferralStatus


# the button for each move, in the order the desk meets them; the forward moves are
# never offered together, so Letter sent and First session held may share Alt+N
MOVE_LABELS: dict[ReferralStatus, str] = {
    S.SENT: str(QT_TRANSLATE_NOOP("ReferralsTab", "Letter se&nt")),
    S.CONTACTED: str(QT_TRANSLATE_NOOP("ReferralsTab", "Client cont&acted therapist")),
    S.BOOKED: str(QT_TRANSLATE_NOOP("ReferralsTab", "First session &booked")),
    S.ACTIVE: str(QT_TRANSLATE_NOOP("ReferralsTab", "First sessio&n held")),
    S.CLOSED: str(QT_TRANSLATE_NOOP("ReferralsTab", "Close (therap&y ended)")),
    S.DECLINED: str(QT_TRANSLATE_NOOP("ReferralsTab", "&Declined…")),
    S.NO_RESPONSE: str(QT_TRANSLATE_NOOP("ReferralsTab", "No resp&onse")),
    S.WITHDRAWN: str(QT_TRANSLATE_NOOP("ReferralsTab", "&Withdrawn…")),
}
MOVE_TIPS: dict[ReferralStatus, str] = {
    S.SENT: str(QT_TRANSLATE_NOOP("ReferralsTab", "The referral letter went to the client")),
    S.CONTACTED: str(QT_TRANSLATE_NOOP("ReferralsTab", "The client and the therapist have spoken")),
    S.BOOKED: str(QT_TRANSLATE_NOOP("ReferralsTab", "A first session is booked")),
    S.ACTIVE: str(
        QT_TRANSLATE_NOOP("ReferralsTab", "The first session took place; therapy goes on")
    ),
    S.CLOSED: str(QT_TRANSLATE_NOOP("ReferralsTab", "Therapy finished")),
    S.DECLINED: str(
        QT_TRANSLATE_NOOP(
            "ReferralsTab", "The client or the therapist said no (you will be asked why)"
        )
    ),
    S.NO_RESPONSE: str(QT_TRANSLATE_NOOP("ReferralsTab", "The client could not be reached")),
    S.WITHDRAWN: str(
        QT_TRANSLATE_NOOP(
            "ReferralsTab", "The client no longer wants this referral (you will be asked why)"
        )
    ),
}
FELL_THROUGH = frozenset({S.DECLINED, S.NO_RESPONSE, S.WITHDRAWN})
PRIORITY_WORDS: dict[Priority, str] = {
    Priority.URGENT: str(QT_TRANSLATE_NOOP("ReferralsTab", "urgent priority")),
    Priority.HIGH: str(QT_TRANSLATE_NOOP("ReferralsTab", "high priority")),
    Priority.NORMAL: str(QT_TRANSLATE_NOOP("ReferralsTab", "normal priority")),
    Priority.LOW: str(QT_TRANSLATE_NOOP("ReferralsTab", "low priority")),
}


def waiting_line(waiting: WaitingClient) -> str:
    """One waiting client in a list the desk is shown (name, id, priority, days waiting)."""
    # a plural outside the class: lupdate reads Class.tr(text, "", n) (the stub wants an
    # instance, hence the ignore)
    days = waiting.days_waiting
    text = ReferralsTab.tr("• {name} ({id}), {priority}, waiting %n day(s)", "", days)  # type: ignore[arg-type]
    return text.format(
        name=waiting.client_name,
        id=waiting.client_id,
        priority=QCoreApplication.translate("ReferralsTab", PRIORITY_WORDS[waiting.priority]),
    )


class ReferralsTab(QWidget):
    """Referrals, and the buttons that move the chosen one along its lifecycle."""

    follow_up_count_changed = Signal(int)
    match_requested = Signal(str)  # a client id: match again without the therapists tried
    changed = Signal()  # a referral moved: other lists may show new counts

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx

        # ---- what needs a follow-up
        self.follow_ups = FollowUpView(ctx)

        # ---- the list
        # a page at a time: ten years of referrals would take seconds and hundreds of MB
        self.model = LazyReferralTableModel()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All referrals"), None)
        self.status_filter.addItem(self.tr("Open only"), "open")
        for status in ReferralStatus:
            self.status_filter.addItem(status_text(status), status.value)
        self.count_label = QLabel()
        self.export_button = QPushButton(self.tr("E&xport list…"))
        self.export_button.setToolTip(
            self.tr("Save every referral to a CSV file for a spreadsheet")
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Client name or intake id, referral number, therapist")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search referrals"))
        self.search.setMinimumWidth(260)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Search:")))
        bar.addWidget(self.search, 1)
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.status_filter)
        bar.addStretch(1)
        self.view, self.proxy = make_table(self.model)
        self.view.setAccessibleName(self.tr("Referrals"))
        # several referrals can be selected at once, for a batch of letters
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.letter_actions = LetterActions(ctx, self.selected_ids, self)
        for button in self.letter_actions.buttons:
            bar.addWidget(button)
        bar.addWidget(self.export_button)

        # ---- the chosen referral
        self.details = QGroupBox(self.tr("Choose a referral to see its history and next steps"))
        self.move_buttons: dict[ReferralStatus, QPushButton] = {}
        moves = QHBoxLayout()
        # the endings on a second row: one row of nine buttons ran off a screen at 200 %
        endings = QHBoxLayout()
        self.next_label = QLabel(self.tr("Next:"))
        moves.addWidget(self.next_label)
        endings.addSpacing(self.next_label.sizeHint().width())  # under the first move
        row = moves
        for status, label in MOVE_LABELS.items():
            button = QPushButton(self.tr(label))
            button.setToolTip(self.tr(MOVE_TIPS[status]))
            button.clicked.connect(lambda _checked=False, s=status: self.move_selected(s))
            self.move_buttons[status] = button
            if status is S.DECLINED:
                row = endings
            row.addWidget(button)
        moves.addStretch(1)
        endings.addStretch(1)
        self.match_again_button = QPushButton(self.tr("Match a&gain…"))
        self.match_again_button.setToolTip(
            self.tr("Find another therapist for this client, leaving out the ones already tried")
        )
        self.match_again_button.clicked.connect(self.match_again)
        endings.addWidget(self.match_again_button)

        self.session_label = QLabel(self.tr("First session on:"))
        self.session_date = QDateEdit()
        self.session_date.setCalendarPopup(True)
        self.session_date.setDisplayFormat("yyyy-MM-dd")
        self.session_button = QPushButton(self.tr("Save date"))
        self.session_button.clicked.connect(self.save_session_date)
        self.session_hint = QLabel(self.tr("The follow-up falls due on that day."))
        self.session_hint.setStyleSheet(theme.style(color="hint"))
        session_row = QHBoxLayout()
        for widget in (self.session_label, self.session_date, self.session_button):
            session_row.addWidget(widget)
        session_row.addWidget(self.session_hint)
        session_row.addStretch(1)

        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("By"), self.tr("Change"), self.tr("Why")]
        )
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setAccessibleName(self.tr("History of the chosen referral"))
        self.history.setTabKeyNavigation(False)
        header = self.history.horizontalHeader()
        header.setStretchLastSection(True)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        details = QVBoxLayout(self.details)
        details.addLayout(moves)
        details.addLayout(endings)
        details.addLayout(session_row)
        details.addWidget(self.history, 1)

        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addLayout(bar)
        middle_layout.addWidget(self.view, 1)
        middle_layout.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.follow_ups)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.details)
        # the list first: follow-ups above it, the chosen referral's history below
        self.splitter.setSizes([150, 420, 210])
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter, 1)

        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        # the database searches a short pause after the last key, as on the Clients tab
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(SEARCH_PAUSE_MS)
        self._pause.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._pause.start())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self.letter_actions.update)
        self.model.modelReset.connect(self._show_details)
        self.follow_ups.referral_chosen.connect(self.show_referral)
        self.follow_ups.count_changed.connect(self.follow_up_count_changed)
        self.export_button.clicked.connect(self.export_list)
        # Enter on a referral (in the list or among the follow-ups): its next steps
        self.view.open_requested.connect(self.open_selected)
        self.follow_ups.view.open_requested.connect(self.open_selected)
        # newest first comes from the service; sorting in the view would sort loaded pages only
        self.view.setSortingEnabled(False)
        self._show_details()

    # ------------------------------------------------------------ selection

    def selected_ids(self) -> list[int]:
        """The selected referrals' numbers, in the order the table shows them."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()).id for r in rows
        ]

    def select_ids(self, referral_ids: list[int]) -> None:
        wanted = set(referral_ids)
        selection = self.view.selectionModel()
        selection.clearSelection()
        for number, row in enumerate(self.model.rows()):
            if row.id in wanted:
                index = self.proxy.mapFromSource(self.model.index(number, 0))
                selection.select(
                    index,
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.view.scrollTo(index)

    def selected_referral(self) -> ReferralRow | None:
        """The one chosen referral (None when none or several are selected)."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        return next((r for r in self.model.rows() if r.id == ids[0]), None)

    def show_referral(self, referral_id: int) -> None:
        """Select a referral in the list, widening the filter and clearing the search if
        they hide it."""
        if referral_id not in {r.id for r in self.model.rows()}:
            self.search.clear()
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.reload()  # the search box waits for a pause; this list is wanted now
        self.select_ids([referral_id])

    def open_selected(self) -> None:
        """The chosen referral's record is its next steps and history below the list:
        the keyboard goes to its first move (or to its history once it has ended)."""
        if self.selected_referral() is None:
            return
        moves = [b for b in self.move_buttons.values() if b.isVisibleTo(self)]
        (moves[0] if moves else self.history).setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self) -> None:
        self.letter_actions.update()
        self._show_details()

    # ------------------------------------------------------------ data

    def reload(self) -> None:
        self._pause.stop()
        keep = self.selected_ids()
        query = self.search.text()
        choice = self.status_filter.currentData()
        statuses: list[ReferralStatus] | None
        if choice is None:
            statuses = None
        elif choice == "open":
            statuses = sorted(OPEN_STATUSES, key=list(ReferralStatus).index)
        else:
            statuses = [ReferralStatus(choice)]

        def fetch(last: ReferralRow | None, limit: int) -> list[ReferralRow]:
            after = referrals.PageKey(last.created_at, last.id) if last else None
            rows = referrals.page(self._ctx, statuses, query=query, after=after, limit=limit)
            return self._in_window_language(rows)

        try:
            self.model.restart(fetch)
            total = referrals.count(self._ctx, statuses, query)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Could not load referrals"), str(error))
            return
        if search_terms(query):
            self.count_label.setText(self.tr("%n referral(s) found", "", total))
        else:
            self.count_label.setText(self.tr("%n referral(s)", "", total))
        if keep:
            self.select_ids(keep)
        self.follow_ups.reload()

    def _in_window_language(self, rows: list[ReferralRow]) -> list[ReferralRow]:
        """The approach's name from the clinic's catalogue in the window's language (the
        service names it in English)."""
        if i18n.current_language() == "en":
            return rows
        catalogue = self._ctx.catalogue
        return [
            replace(row, approach_label=i18n.approach_label(catalogue, row.approach))
            if row.approach
            else row
            for row in rows
        ]

    @property
    def follow_up_count(self) -> int:
        return self.follow_ups.due_count

    def _show_details(self) -> None:
        row = self.selected_referral()
        legal = set(allowed_moves(row.status)) if row is not None else set()
        for status, button in self.move_buttons.items():
            button.setVisible(status in legal)
        self.match_again_button.setVisible(row is not None and row.status in FELL_THROUGH)
        self.next_label.setText(
            self.tr("Next:")
            if legal or row is None
            else self.tr("This referral has ended; its history is kept below.")
        )
        booked = row is not None and row.status is S.BOOKED
        for widget in (self.session_label, self.session_date, self.session_button):
            widget.setVisible(booked)
        self.session_hint.setVisible(booked)
        self.history.setRowCount(0)
        if row is None:
            several = len(self.selected_ids()) > 1
            self.details.setTitle(
                self.tr("Several referrals are selected: choose one to move it")
                if several
                else self.tr("Choose a referral to see its history and next steps")
            )
            return
        self.details.setTitle(
            self.tr(
                "Referral {id}: {client} ({client_id}) with {therapist} ({therapist_id}) · {status}"
            ).format(
                id=row.id,
                client=row.client_name,
                client_id=row.client_id,
                therapist=row.therapist_name,
                therapist_id=row.therapist_id,
                status=status_text(row.status),
            )
        )
        try:
            events = referrals.history(self._ctx, row.id)
            session = followups.first_session(self._ctx, row.id) if booked else None
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Could not load the referral's history"), str(error))
            return
        if booked:
            day = session or self._ctx.today()
            self.session_date.setDate(QDate(day.year, day.month, day.day))
            self.session_hint.setText(
                self.tr("The follow-up falls due on that day.")
                if session
                else self.tr("No date saved yet: the follow-up is due a week after booking.")
            )
        self.history.setRowCount(len(events))
        for number, event in enumerate(events):
            change = (
                f"{status_text(event.from_status)} → {status_text(event.to_status)}"
                if event.from_status
                else self.tr("Created ({status})").format(status=status_text(event.to_status))
            )
            cells = [event.at.strftime("%Y-%m-%d %H:%M"), event.by or "—", change, event.reason]
            for column, text in enumerate(cells):
                self.history.setItem(number, column, QTableWidgetItem(text))

    # ------------------------------------------------------------ actions

    def move_selected(self, new: ReferralStatus) -> bool:
        row = self.selected_referral()
        if row is None:
            return False
        reason = ""
        if new in REASON_REQUIRED:
            asked = dialogs.ask_reason(
                self,
                self.tr("Referral {id}: {status}").format(
                    id=row.id, status=status_text(new).lower()
                ),
                self.tr("Why did the referral end as “{status}”? (kept in its history)").format(
                    status=status_text(new).lower()
                ),
            )
            if asked is None:
                return False
            reason = asked
        elif not new.is_open and not dialogs.ask_yes_no(
            self,
            self.tr("Referral {id}").format(id=row.id),
            self.tr(
                "Mark referral {id} as '{status}'? This ends the referral; it cannot be reopened."
            ).format(id=row.id, status=status_text(new).lower()),
        ):
            return False
        try:
            result = referrals.change_status(self._ctx, row.id, new, reason)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("The referral was not changed"), str(error))
            return False
        self.reload()
        self.select_ids([row.id])
        self.changed.emit()
        if result.waiting_fits:
            listed = "\n".join(waiting_line(w) for w in result.waiting_fits)
            dialogs.show_info(
                self,
                self.tr("Waiting clients this therapist now fits"),
                self.tr(
                    "{therapist} ({id}) has room again and fits:\n\n{listed}\n\n"
                    "Nobody has been contacted. Open the waitlist to refer them."
                ).format(therapist=row.therapist_name, id=row.therapist_id, listed=listed),
            )
        return True

    def match_again(self) -> None:
        row = self.selected_referral()
        if row is not None and row.status in FELL_THROUGH:
            self.match_requested.emit(row.client_id)

    def save_session_date(self) -> None:
        row = self.selected_referral()
        if row is None:
            return
        chosen = self.session_date.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        try:
            followups.set_first_session(self._ctx, row.id, day)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("The date was not saved"), str(error))
            return
        self.follow_ups.reload()
        self._show_details()

    def export_list(self) -> None:
        export_csv(self, self._ctx, REFERRALS)
