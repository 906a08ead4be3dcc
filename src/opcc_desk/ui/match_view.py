"""Find matches for one client: ranked therapists, the reasons, and the choice.

The top of the dialog restates what the client asked for, so the person at the
desk can read the reasons aloud and check them against the intake.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.models import Catalogue, Client
from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.kinds import client_type_phrase, modality_phrase
from opcc_desk.domain.words.lists import join_words, mid_sentence
from opcc_desk.matching import Match
from opcc_desk.services import matching, referrals
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, i18n, theme
from opcc_desk.ui.widgets.table import RowOpener

MATCH_LIMIT = 25
HEADERS = [
    "#",
    str(QT_TRANSLATE_NOOP("MatchDialog", "Therapist")),
    str(QT_TRANSLATE_NOOP("MatchDialog", "Score")),
    str(QT_TRANSLATE_NOOP("MatchDialog", "Approach")),
    str(QT_TRANSLATE_NOOP("MatchDialog", "Main reason")),
]
# the short name of each criterion of the score (matching.settings WEIGHT_LABELS, before
# its colon), for the breakdown's rows
CRITERIA = {
    "concerns": str(QT_TRANSLATE_NOOP("MatchDialog", "Concerns")),
    "approach": str(QT_TRANSLATE_NOOP("MatchDialog", "Approach")),
    "availability": str(QT_TRANSLATE_NOOP("MatchDialog", "Availability")),
    "fee": str(QT_TRANSLATE_NOOP("MatchDialog", "Fee")),
    "fair_spread": str(QT_TRANSLATE_NOOP("MatchDialog", "Fair spread")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("MatchDialog", text)


def _points(value: float) -> str:
    """A score or its part to one decimal, as the window's language writes it (72,5)."""
    return QLocale().toString(float(value), "f", 1)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class MatchDialog(QDialog):
    referred = Signal(int)  # the new referral's id
    RANK, THERAPIST, SCORE, APPROACH, WHY = range(5)

    def __init__(self, ctx: ServiceContext, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._client_id = client_id
        self._matches: list[Match] = []
        self.setWindowTitle(self.tr("Find matches: client {client}").format(client=client_id))
        self.resize(1100, 700)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.skip_tried = QCheckBox(
            self.tr("Leave out therapists this client was already referred to")
        )
        self.skip_tried.setChecked(True)

        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr(text) for text in HEADERS])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column in (self.THERAPIST, self.APPROACH):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setAccessibleName(self.tr("Therapists who fit, best first"))
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Why this therapist fits"))
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([380, 260])

        self.refer_button = QPushButton(self.tr("&Refer to this therapist"))
        self.refer_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.refer_button, QDialogButtonBox.ButtonRole.ActionRole)
        # when nobody fits: the client waits, and is listed when a therapist has room
        self.waitlist_button = QPushButton(self.tr("Put on the &waitlist…"))
        self.waitlist_button.hide()
        buttons.addButton(self.waitlist_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.waitlist_button.clicked.connect(self.put_on_waitlist)
        buttons.rejected.connect(self.reject)
        self.refer_button.clicked.connect(self.refer_selected)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.skip_tried)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)

        self.skip_tried.toggled.connect(lambda _on: self.refresh())
        self.table.itemSelectionChanged.connect(self._show_selected)
        self.opener = RowOpener(self.table)
        self.opener.open_requested.connect(self.refer_selected)
        self.refresh()

    # ------------------------------------------------------------ data

    def refresh(self) -> None:
        try:
            report = matching.match_report(
                self._ctx,
                self._client_id,
                limit=MATCH_LIMIT,
                skip_tried=self.skip_tried.isChecked(),
            )
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Cannot find matches"), str(error))
            self._matches = []
            self.table.setRowCount(0)
            return
        catalogue = self._ctx.catalogue
        self.summary.setText(summary_html(report.client, catalogue))
        self._matches = list(report.result.matches)
        self.table.setRowCount(len(self._matches))
        for row, match in enumerate(self._matches):
            therapist = report.therapists[match.therapist_id]
            credentials = ", ".join(therapist.credentials)
            name = f"{therapist.full_name}" + (f", {credentials}" if credentials else "")
            cells = [
                str(row + 1),
                f"{name} ({therapist.id})",
                _points(match.score),
                i18n.approach_label(catalogue, match.approach) if match.approach else "",
                match.reasons[0] if match.reasons else "",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (self.RANK, self.SCORE):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.refer_button.setEnabled(bool(self._matches))
        self.waitlist_button.setVisible(not self._matches)
        if self._matches:
            self.table.selectRow(0)
        else:
            self._show_unmatched(report.result.unmatched_reasons)

    def _show_unmatched(self, reasons: tuple[str, ...]) -> None:
        items = "".join(f"<li>{_escape(r)}</li>" for r in reasons)
        heading = self.tr("No therapist fits every need right now")
        advice = self.tr(
            "You can ask the client whether a need can change (for example virtual "
            "sessions, or another language), or keep the client waiting until a suitable "
            "therapist has room."
        )
        self.details.setHtml(f"<h3>{_escape(heading)}</h3><ul>{items}</ul><p>{_escape(advice)}</p>")

    def _show_selected(self) -> None:
        match = self.selected_match()
        if match is None:
            return
        self.details.setHtml(match_html(match, self._ctx.catalogue))

    def selected_match(self) -> Match | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self._matches[rows[0].row()]

    # ------------------------------------------------------------ action

    def put_on_waitlist(self) -> None:
        from opcc_desk.ui.waitlist_view import ask_and_add_to_waitlist

        if ask_and_add_to_waitlist(self, self._ctx, self._client_id):
            self.accept()

    def refer_selected(self) -> None:
        match = self.selected_match()
        if match is None:
            return
        over_capacity, reason = False, ""
        while True:
            try:
                referral_id = referrals.create_referral(
                    self._ctx,
                    self._client_id,
                    match.therapist_id,
                    approach=match.approach or None,
                    score=match.score,
                    reasons=list(match.reasons),
                    over_capacity=over_capacity,
                    reason=reason,
                )
            except referrals.AtCapacity as full:
                # reception is refused; a director is asked why, and the reason is audited
                if over_capacity or not referrals.may_refer_over_capacity(self._ctx):
                    dialogs.show_error(self, self.tr("The referral was not created"), str(full))
                    return
                asked = dialogs.ask_reason(
                    self,
                    self.tr("Therapist {therapist} is at capacity").format(
                        therapist=full.therapist_id
                    ),
                    self.tr(
                        "{therapist} has %n open referral(s) (capacity {capacity}). Why refer "
                        "over capacity? (kept in the audit log)",
                        "",
                        full.open_referrals,
                    ).format(therapist=full.therapist_id, capacity=full.capacity),
                )
                if asked is None:
                    return
                over_capacity, reason = True, asked
                continue
            except ServiceError as error:
                dialogs.show_error(self, self.tr("The referral was not created"), str(error))
                return
            break
        self.referred.emit(referral_id)
        self.accept()


def summary_html(client: Client, catalogue: Catalogue) -> str:
    """What the client asked for, in words, so the desk can check the reasons against it."""
    language = i18n.current_language()
    name = f"<b>{_escape(client.full_name)}</b> ({_escape(client.id)})"
    if client.preferred_name.strip() and client.display_name != client.full_name:
        name = QCoreApplication.translate("MatchDialog", "{name}, goes by {preferred}").format(
            name=name, preferred=_escape(client.preferred_name.strip())
        )
    wants = [
        name,
        _escape(language_name(client.language, language)),
        client_type_phrase(client.client_type, language),
        modality_phrase(client.modality, language),
    ]
    if client.location:
        wants.append(_escape(client.location))
    if client.max_fee is not None:
        wants.append(
            QCoreApplication.translate("MatchDialog", "up to {fee} a session").format(
                fee=i18n.ui_money(client.max_fee)
            )
        )
    concerns = join_words(
        [mid_sentence(i18n.concern_label(catalogue, k)) for k in client.concerns], language
    )
    text = (
        " · ".join(wants)
        + "<br>"
        + _escape(
            QCoreApplication.translate("MatchDialog", "Concerns: {concerns}").format(
                concerns=concerns or QCoreApplication.translate("MatchDialog", "none given")
            )
        )
    )
    if not client.consent_to_contact:
        warning = QCoreApplication.translate(
            "MatchDialog",
            "Has not agreed to be contacted: no referral can be made until the consent "
            "is recorded on the intake form.",
        )
        text += f"<br><b style='color:{theme.colours().error}'>{_escape(warning)}</b>"
    return text


def criterion_name(name: str) -> str:
    """The criterion's short name in the window's language, e.g. "Fair spread"."""
    return _tr(CRITERIA[name]) if name in CRITERIA else name


def match_html(match: Match, catalogue: Catalogue) -> str:
    """The reasons and the score breakdown of one match, for the details pane."""
    approach = (
        i18n.approach_label(catalogue, match.approach)
        if match.approach
        else QCoreApplication.translate("MatchDialog", "No approach listed")
    )
    reasons = "".join(f"<li>{_escape(r)}</li>" for r in match.reasons)
    warnings = "".join(f"<li><b>{_escape(w)}</b></li>" for w in match.warnings)
    rows = "".join(
        f"<tr><td>{_escape(criterion_name(c.name))}</td>"
        f"<td align='right'>{_points(c.points)} / {c.weight:.0f}</td>"
        f"<td>{_escape(c.detail)}</td></tr>"
        for c in match.breakdown
    )
    # the approach's reason is one of the reasons listed: said once, in its place
    parts = [
        "<h3>{}</h3>".format(
            _escape(
                QCoreApplication.translate("MatchDialog", "{approach} · score {score}").format(
                    approach=approach, score=_points(match.score)
                )
            )
        ),
        f"<ul>{reasons}</ul>",
    ]
    if warnings:
        relaxed = _escape(
            QCoreApplication.translate("MatchDialog", "Rules relaxed in the settings:")
        )
        parts.append(f"<p>{relaxed}</p><ul>{warnings}</ul>")
    criterion = _escape(QCoreApplication.translate("MatchDialog", "Criterion"))
    points = _escape(QCoreApplication.translate("MatchDialog", "Points"))
    why = _escape(QCoreApplication.translate("MatchDialog", "Why"))
    parts.append(
        "<table cellspacing='0' cellpadding='3' border='0'>"
        f"<tr><th align='left'>{criterion}</th><th align='right'>{points}</th>"
        f"<th align='left'>{why}</th></tr>{rows}</table>"
    )
    return "".join(parts)
