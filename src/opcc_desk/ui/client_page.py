"""The client's page: everything about one person in one place.

Left, the record as a read-only summary ("Edit…" opens the intake form). Right, the
referrals (each with its steps and stored letters, opened as they were printed), the
contact log ("Add contact…", corrections and strikes kept), the waiting-list entries
and the records merged into this one or kept apart from it. Everything is read by one
service call, which the audit log records as a view of the client.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.changes import ChangeKind
from opcc_desk.domain.contacts import ContactEntry
from opcc_desk.domain.localtime import wall_clock
from opcc_desk.domain.models import Client
from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.days import slot_phrases
from opcc_desk.domain.words.kinds import client_type_phrase, modality_phrase
from opcc_desk.services import contacts
from opcc_desk.services.client_story import ClientStory, ReferralStory, client_story
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, i18n, theme
from opcc_desk.ui.contact_dialog import ContactDialog, direction_text, kind_text, outcome_text
from opcc_desk.ui.forms.choices import GENDER_CHOICES, short_age_group, shown
from opcc_desk.ui.i18n import status_text
from opcc_desk.ui.waitlist_view import priority_text


def when_text(value: datetime | None) -> str:
    return f"{wall_clock(value):%Y-%m-%d %H:%M}" if value else ""


def day_text(value: date | None) -> str:
    return value.isoformat() if value else ""


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _table(headers: Sequence[str], name: str) -> QTableWidget:
    """A read-only list of whole rows; Tab moves on to the next control."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


def _fill(
    table: QTableWidget, rows: Sequence[Sequence[str]], widths: Sequence[int] | None = None
) -> None:
    """Show ``rows``; columns at ``widths``, or as wide as their contents when None."""
    table.setRowCount(len(rows))
    for number, row in enumerate(rows):
        for column, text in enumerate(row):
            item = QTableWidgetItem(text)
            if len(text) > 20:  # a note or a long name cut short by its column
                item.setToolTip(text)
            table.setItem(number, column, item)
    if widths is None:
        for column in range(table.columnCount() - 1):  # the last one takes what is left
            table.resizeColumnToContents(column)
        return
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        # never narrower than its title in the window's language (French titles run longer)
        table.setColumnWidth(column, max(width, header.sectionSizeHint(column)))


def cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class ClientPage(QDialog):
    """One client's whole story. Opened through MainWindow.open_client_page."""

    edit_requested = Signal(str)  # the client's id: open the intake form
    contact_logged = Signal(str)  # the client's id: a contact was added, corrected or struck

    def __init__(self, ctx: ServiceContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.client_id = client_id
        self.story: ClientStory | None = None
        self.resize(1180, 760)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setToolTip(self.tr("Open the intake form to change the record"))
        self.add_contact_button = QPushButton(self.tr("Add &contact…"))
        self.add_contact_button.setToolTip(
            self.tr("Log a call, voicemail, email, text or visit with this client")
        )
        close = QPushButton(self.tr("Close"))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_button)
        top.addWidget(self.add_contact_button)
        top.addWidget(close)

        # ---- details: a read-only summary
        self.details = QFormLayout()
        self.details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.detail_labels: dict[str, QLabel] = {}
        details_box = QGroupBox(self.tr("Details"))
        inner = QWidget()
        inner.setLayout(self.details)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # long values wrap within the pane rather than widen it
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        box = QVBoxLayout(details_box)
        box.addWidget(scroll)

        # ---- referrals, each with its history and letters
        self.referrals = _table(
            [
                self.tr("No."),
                self.tr("Therapist"),
                self.tr("Approach"),
                self.tr("Status"),
                self.tr("Made"),
                self.tr("First session"),
            ],
            self.tr("The client's referrals"),
        )
        self.history = _table(
            [self.tr("When"), self.tr("By"), self.tr("Change"), self.tr("Reason")],
            self.tr("Steps of the chosen referral"),
        )
        self.letters = _table(
            [self.tr("Version"), self.tr("Made"), self.tr("By"), self.tr("Language")],
            self.tr("Stored letters of the chosen referral"),
        )
        self.open_letter_button = QPushButton(self.tr("&Open letter…"))
        self.open_letter_button.setToolTip(
            self.tr("Show the chosen letter exactly as it was made, to print or save it again")
        )
        self.referral_title = QLabel()
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(self.history)
        letters_box = QGroupBox(self.tr("Letters"))
        letters_layout = QVBoxLayout(letters_box)
        letters_layout.addWidget(self.letters)
        letters_row = QHBoxLayout()
        letters_row.addStretch(1)
        letters_row.addWidget(self.open_letter_button)
        letters_layout.addLayout(letters_row)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(history_box)
        lower.addWidget(letters_box)
        lower.setSizes([440, 340])
        referrals_tab = QWidget()
        referrals_layout = QVBoxLayout(referrals_tab)
        referrals_split = QSplitter(Qt.Orientation.Vertical)
        referrals_split.addWidget(self.referrals)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.referral_title)
        below_layout.addWidget(lower, 1)
        referrals_split.addWidget(below)
        referrals_split.setSizes([150, 370])
        referrals_layout.addWidget(referrals_split)

        # ---- the contact log
        self.contacts = _table(
            [
                self.tr("When"),
                self.tr("Kind"),
                self.tr("Who reached out"),
                self.tr("Outcome"),
                self.tr("Referral"),
                self.tr("Logged by"),
                self.tr("Note"),
            ],
            self.tr("Contact log"),
        )
        self.correct_button = QPushButton(self.tr("Correc&t…"))
        self.correct_button.setToolTip(
            self.tr("Correct the chosen entry; what it said before is kept in its history")
        )
        self.strike_button = QPushButton(self.tr("&Strike out…"))
        self.strike_button.setToolTip(
            self.tr("Mark the chosen entry as a mistake; it stays in the log, struck out")
        )
        self.contacts_hint = QLabel(
            self.tr(
                "A contact never moves a referral: when the client has reached the "
                "therapist, move the referral on the Referrals tab."
            )
        )
        self.contacts_hint.setWordWrap(True)
        self.contacts_hint.setStyleSheet(theme.style(color="hint"))
        contacts_tab = QWidget()
        contacts_layout = QVBoxLayout(contacts_tab)
        contacts_layout.addWidget(self.contacts, 1)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(self.contacts_hint, 1)
        contact_buttons.addWidget(self.correct_button)
        contact_buttons.addWidget(self.strike_button)
        contacts_layout.addLayout(contact_buttons)

        # ---- the waiting list and linked records: short texts
        self.waiting = QLabel()
        self.links = QLabel()
        for label in (self.waiting, self.links):
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sections = QTabWidget()
        self.sections.addTab(referrals_tab, "")
        self.sections.addTab(contacts_tab, "")
        self.sections.addTab(self._padded(self.waiting), "")
        self.sections.addTab(self._padded(self.links), "")

        body = QSplitter(Qt.Orientation.Horizontal)
        body.addWidget(details_box)
        body.addWidget(self.sections)
        body.setSizes([420, 760])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(body, 1)

        self.edit_button.clicked.connect(lambda: self.edit_requested.emit(self.client_id))
        self.add_contact_button.clicked.connect(lambda: self.add_contact())
        self.correct_button.clicked.connect(lambda: self.correct_contact())
        self.strike_button.clicked.connect(lambda: self.strike_contact())
        self.open_letter_button.clicked.connect(lambda: self.open_letter())
        close.clicked.connect(self.accept)
        self.referrals.itemSelectionChanged.connect(self._show_referral)
        self.letters.itemSelectionChanged.connect(self._update_buttons)
        self.letters.itemActivated.connect(lambda _item: self.open_letter())
        self.contacts.itemSelectionChanged.connect(self._update_buttons)
        self.contacts.itemActivated.connect(lambda _item: self.correct_contact())
        self._load()

    @staticmethod
    def _padded(label: QLabel) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(label)
        label.setContentsMargins(8, 8, 8, 8)
        return scroll

    # ------------------------------------------------------------ loading

    def _load(self) -> None:
        """Read the story again (raises ServiceError: the caller says it)."""
        chosen = self.selected_referral()
        kept = self.selected_contact()
        story = client_story(self._ctx, self.client_id)
        self.story = story
        client = story.client
        self.setWindowTitle(
            self.tr("Client {name} ({id})").format(name=client.full_name, id=client.id)
        )
        self._show_heading(client)
        self._show_details(client)
        self._show_referrals(story.referrals, chosen)
        self._show_contacts(story.contacts, kept.id if kept is not None else None)
        self._show_waiting(story)
        self._show_links(story)
        self.sections.setTabText(0, self.tr("&Referrals (%n)", "", len(story.referrals)))
        self.sections.setTabText(1, self.tr("Contact &log (%n)", "", len(story.contacts)))
        self.sections.setTabText(
            2,
            self.tr("&Waiting list (waiting)") if story.open_wait else self.tr("&Waiting list"),
        )
        self.sections.setTabText(3, self.tr("Lin&ked records (%n)", "", len(story.links)))
        self._update_buttons()

    def reload(self) -> None:
        try:
            self._load()
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Could not read the client's page"), str(error))

    def changed(self, kinds: Collection[ChangeKind]) -> None:
        """This desk saved something: read the page again when it may show it."""
        if ChangeKind.CLIENTS in kinds or ChangeKind.REFERRALS in kinds:
            self.reload()

    def _show_heading(self, client: Client) -> None:
        name = _escape(client.full_name)
        parts = [self.tr("Intake id {id}").format(id=_escape(client.id))]
        if client.preferred_name:
            parts.append(self.tr("goes by {name}").format(name=_escape(client.preferred_name)))
        if client.pronouns:
            parts.append(_escape(client.pronouns))
        if client.archived:
            parts.append("<b>" + self.tr("archived") + "</b>")
        # left to right as a whole, whatever script the name is in (an Arabic name alone
        # would turn the block right to left); the name itself keeps its own direction
        heading = (  # markup around the words made above
            f"<div dir='ltr'><span style='font-size: 16pt; font-weight: 600'>{name}</span>"
            "<br>" + " · ".join(parts) + "</div>"
        )
        self.heading.setText(heading)

    def _show_details(self, client: Client) -> None:
        catalogue = self._ctx.catalogue
        language = i18n.current_language()
        genders = dict(shown(GENDER_CHOICES))
        rows = [
            (self.tr("Submitted"), when_text(client.submitted)),
            (self.tr("Date of birth"), day_text(client.date_of_birth)),
            (self.tr("Email"), client.email),
            (self.tr("Phone"), client.phone),
            (
                self.tr("Address"),
                ", ".join(
                    p for p in (client.address, client.city, client.postal_code) if p.strip()
                ),
            ),
            (self.tr("Language"), language_name(client.language, language)),
            (
                self.tr("Client type"),
                client_type_phrase(client.client_type, language).capitalize(),
            ),
            (
                self.tr("Age group"),
                short_age_group(client.age_group.value) if client.age_group else "",
            ),
            (
                self.tr("Concerns"),
                ", ".join(i18n.concern_label(catalogue, key) for key in client.concerns),
            ),
            (
                self.tr("Approaches asked for"),
                ", ".join(
                    i18n.approach_label(catalogue, key) for key in client.approach_preference
                ),
            ),
            (self.tr("Sessions"), modality_phrase(client.modality, language).capitalize()),
            (self.tr("Location"), client.location),
            (
                self.tr("Therapist gender"),
                genders.get(client.therapist_gender.value, client.therapist_gender.value)
                if client.therapist_gender
                else "",
            ),
            (self.tr("Highest fee"), i18n.ui_money(client.max_fee)),
            (self.tr("Available"), ", ".join(slot_phrases(client.availability, language))),
            (
                self.tr("Consent to contact"),
                self.tr("Yes") if client.consent_to_contact else self.tr("No"),
            ),
            (self.tr("Notes"), client.notes),
        ]
        while self.details.rowCount():
            self.details.removeRow(0)
        self.detail_labels = {}
        for title, value in rows:
            label = QLabel(value or "—")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not value:
                label.setStyleSheet(theme.style(color="greyed"))
            self.detail_labels[title] = label
            self.details.addRow(self.tr("{title}:").format(title=title), label)

    def _show_referrals(self, stories: Sequence[ReferralStory], chosen: int | None) -> None:
        self.referrals.blockSignals(True)
        _fill(
            self.referrals,
            [
                (
                    str(r.id),
                    f"{r.therapist_name} ({r.therapist_id})",
                    r.approach_label,
                    status_text(r.status),
                    when_text(r.created_at),
                    day_text(r.first_session),
                )
                for r in stories
            ],
            (45, 200, 160, 90, 120),
        )
        self.referrals.blockSignals(False)
        ids = [r.id for r in stories]
        self.referrals.selectRow(ids.index(chosen) if chosen in ids else 0)
        if not stories:
            self._show_referral()

    def selected_referral(self) -> int | None:
        rows = self.referrals.selectionModel().selectedRows() if self.story else []
        if not rows or self.story is None:
            return None
        return self.story.referrals[rows[0].row()].id

    def _referral(self, referral_id: int | None) -> ReferralStory | None:
        if self.story is None:
            return None
        return next((r for r in self.story.referrals if r.id == referral_id), None)

    def _show_referral(self) -> None:
        referral = self._referral(self.selected_referral())
        if referral is None:
            self.referral_title.setText(
                self.tr("No referral yet.")
                if self.story is not None and not self.story.referrals
                else ""
            )
            _fill(self.history, [])
            _fill(self.letters, [])
            self._update_buttons()
            return
        self.referral_title.setText(
            self.tr("Referral {number} to {therapist}: {status}").format(
                number=referral.id,
                therapist=referral.therapist_name,
                status=status_text(referral.status),
            )
        )
        steps = []
        for e in referral.events:
            if e.from_status is None:
                change = self.tr("Created ({status})").format(status=status_text(e.to_status))
            else:
                change = self.tr("{before} → {after}").format(
                    before=status_text(e.from_status), after=status_text(e.to_status)
                )
            steps.append((when_text(e.at), e.by, change, e.reason))
        _fill(self.history, steps)
        _fill(
            self.letters,
            [
                (
                    str(letter.version),
                    when_text(letter.created_at),
                    letter.created_by,
                    language_name(letter.language, i18n.current_language()),
                )
                for letter in referral.letters
            ],
        )
        if referral.letters:
            self.letters.selectRow(0)
        self._update_buttons()

    def selected_letter(self) -> tuple[int, int] | None:
        """The referral and letter version chosen, if any."""
        referral = self._referral(self.selected_referral())
        rows = self.letters.selectionModel().selectedRows()
        if referral is None or not rows or rows[0].row() >= len(referral.letters):
            return None
        return referral.id, referral.letters[rows[0].row()].version

    def _show_contacts(self, entries: Sequence[ContactEntry], kept: int | None) -> None:
        self.contacts.blockSignals(True)
        rows = []
        for c in entries:
            note = c.note
            if c.struck:
                note = (
                    self.tr("Struck out ({reason}) {note}")
                    .format(reason=c.struck_reason, note=note)
                    .strip()
                )
            elif c.corrections:
                note = self.tr("{note} (corrected)").format(note=note).strip()
            rows.append(
                (
                    when_text(c.at),
                    kind_text(c.kind),
                    direction_text(c.direction),
                    outcome_text(c.outcome),
                    str(c.referral_id) if c.referral_id is not None else "",
                    c.by,
                    note,
                )
            )
        _fill(self.contacts, rows, (120, 90, 100, 115, 60, 75))
        for number, c in enumerate(entries):
            if c.struck:
                for column in range(self.contacts.columnCount()):
                    item = self.contacts.item(number, column)
                    if item is None:
                        continue
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor(theme.colours().greyed)))
        self.contacts.blockSignals(False)
        ids = [c.id for c in entries]
        if kept in ids:
            self.contacts.selectRow(ids.index(kept))

    def selected_contact(self) -> ContactEntry | None:
        if self.story is None:
            return None
        rows = self.contacts.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.story.contacts):
            return None
        return self.story.contacts[rows[0].row()]

    def _show_waiting(self, story: ClientStory) -> None:
        if not story.waiting:
            self.waiting.setText(self.tr("Not on the waiting list, now or before."))
            return
        parts = []
        for w in story.waiting:
            if w.open:
                text = self.tr(
                    "<b>Waiting since {since}</b>, {priority} priority (added by {who})."
                ).format(
                    since=day_text(w.since),
                    priority=_escape(priority_text(w.priority).lower()),
                    who=_escape(w.added_by or "?"),
                )
            else:
                text = self.tr(
                    "Waited from {since} until {closed}, {priority} priority: {reason}."
                ).format(
                    since=day_text(w.since),
                    closed=day_text(w.closed_at.date() if w.closed_at else None),
                    priority=_escape(priority_text(w.priority).lower()),
                    reason=_escape(w.closed_reason),
                )
            if w.note:
                text += "<br>" + self.tr("Note: {note}").format(note=_escape(w.note))
            parts.append(f"<p>{text}</p>")
        self.waiting.setText("".join(parts))

    def _show_links(self, story: ClientStory) -> None:
        if not story.links:
            self.links.setText(self.tr("No other record was merged into this one."))
            return
        parts = []
        for link in story.links:
            values = {
                "id": _escape(link.other_id),
                "name": _escape(link.other_name),
                "day": day_text(link.at.date()),
                "who": _escape(link.by or "?"),
            }
            if link.kind == "merged_here":
                text = self.tr(
                    "{name} ({id}) was merged into this record on {day} by {who}."
                ).format(**values)
            elif link.kind == "merged_away":
                text = self.tr(
                    "This record was merged into {name} ({id}) on {day} by {who}."
                ).format(**values)
            else:
                text = self.tr(
                    "{name} ({id}) looked alike and was kept apart on {day} by {who}: "
                    "not the same person."
                ).format(**values)
            if link.kind != "kept_apart" and link.note:
                text += (
                    f"<br><span style='color:{theme.colours().hint}'>{_escape(link.note)}</span>"
                )
            parts.append(f"<p>{text}</p>")
        self.links.setText("".join(parts))

    def _update_buttons(self) -> None:
        archived = self.story is not None and self.story.client.archived
        self.add_contact_button.setEnabled(self.story is not None and not archived)
        entry = self.selected_contact()
        usable = entry is not None and not entry.struck and not archived
        self.correct_button.setEnabled(usable)
        self.strike_button.setEnabled(usable)
        self.open_letter_button.setEnabled(self.selected_letter() is not None)

    # ------------------------------------------------------------ actions

    def _referral_choices(self) -> list[tuple[int, str]]:
        if self.story is None:
            return []
        return [
            (
                r.id,
                self.tr("{number}: {therapist} ({status})").format(
                    number=r.id, therapist=r.therapist_name, status=status_text(r.status)
                ),
            )
            for r in self.story.referrals
        ]

    def add_contact(self) -> ContactDialog | None:
        if self.story is None or self.story.client.archived:
            return None
        dialog = ContactDialog(self._ctx, self.client_id, self._referral_choices(), self)
        return self._open_contact_dialog(dialog)

    def correct_contact(self) -> ContactDialog | None:
        entry = self.selected_contact()
        if entry is None or entry.struck or not self.correct_button.isEnabled():
            return None
        dialog = ContactDialog(
            self._ctx, self.client_id, self._referral_choices(), self, entry=entry
        )
        return self._open_contact_dialog(dialog)

    def _open_contact_dialog(self, dialog: ContactDialog) -> ContactDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._contact_saved)
        dialog.open()
        return dialog

    def _contact_saved(self, _entry_id: int) -> None:
        self.reload()
        self.sections.setCurrentIndex(1)
        self.contact_logged.emit(self.client_id)

    def strike_contact(self) -> bool:
        entry = self.selected_contact()
        if entry is None or entry.struck:
            return False
        reason = dialogs.ask_reason(
            self,
            self.tr("Strike out a contact entry"),
            self.tr(
                "Why is the entry of {when} a mistake? It stays in the log, struck out."
            ).format(when=when_text(entry.at)),
        )
        if reason is None:
            return False
        try:
            contacts.strike_contact(self._ctx, entry.id, entry.version, reason)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("The entry was not struck out"), str(error))
            return False
        self._contact_saved(entry.id)
        return True

    def open_letter(self) -> QDialog | None:
        """The chosen stored letter as it was made (never a new one)."""
        chosen = self.selected_letter()
        if chosen is None:
            return None
        referral_id, version = chosen
        from opcc_desk.ui.letter_view import LetterDialog

        dialog = LetterDialog(self._ctx, referral_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not dialog.load():
            dialog.deleteLater()
            return None
        dialog.show_version(version)
        dialog.open()
        return dialog
