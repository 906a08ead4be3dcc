"""The clinical director's matching settings: weights and relaxed rules."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.matching import WEIGHT_NAMES, MatchSettings, Rule, Weights
from opcc_desk.matching.settings import MATCHING
from opcc_desk.services import settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.widgets.dialog_parts import answer_buttons, hint, scrolled

# The matching module's labels (matching.settings RULE_LABELS and WEIGHT_LABELS) in words
# lupdate can see: the same English, kept equal by tests/gui/test_settings_words.py.
RULE_WORDS: dict[Rule, str] = {
    Rule.ACCEPTING: str(QT_TRANSLATE_NOOP("MatchSettingsDialog", "Accepting new clients")),
    Rule.CAPACITY: str(
        QT_TRANSLATE_NOOP("MatchSettingsDialog", "Below their limit of open referrals")
    ),
    Rule.LANGUAGE: str(QT_TRANSLATE_NOOP("MatchSettingsDialog", "Speaks the client's language")),
    Rule.MODALITY: str(
        QT_TRANSLATE_NOOP(
            "MatchSettingsDialog", "Offers in-person or virtual sessions as the client asked"
        )
    ),
    Rule.LOCATION: str(
        QT_TRANSLATE_NOOP(
            "MatchSettingsDialog", "For in-person sessions, sees clients in the client's city"
        )
    ),
    Rule.CLIENT_TYPE: str(
        QT_TRANSLATE_NOOP(
            "MatchSettingsDialog", "Works with the client type (individual, couple or family)"
        )
    ),
    Rule.AGE_GROUP: str(
        QT_TRANSLATE_NOOP("MatchSettingsDialog", "Works with the client's age group")
    ),
    Rule.FEE: str(
        QT_TRANSLATE_NOOP(
            "MatchSettingsDialog",
            "Fee fits the client's budget, at full fee or on the sliding scale",
        )
    ),
    Rule.GENDER: str(
        QT_TRANSLATE_NOOP("MatchSettingsDialog", "Is the gender the client asked for")
    ),
}
# each weight's short name, then what it measures (the label's two halves)
WEIGHT_WORDS: dict[str, tuple[str, str]] = {
    "concerns": (
        str(QT_TRANSLATE_NOOP("MatchSettingsDialog", "Concerns")),
        str(
            QT_TRANSLATE_NOOP(
                "MatchSettingsDialog",
                "share of the client's concerns the therapist specialises in",
            )
        ),
    ),
    "approach": (
        str(QT_TRANSLATE_NOOP("MatchSettingsDialog", "Approach")),
        str(
            QT_TRANSLATE_NOOP(
                "MatchSettingsDialog",
                "full marks for an approach the client asked for; otherwise how strongly "
                "the catalogue links the therapist's best approach to the client's concerns",
            )
        ),
    ),
    "availability": (
        str(QT_TRANSLATE_NOOP("MatchSettingsDialog", "Availability")),
        str(
            QT_TRANSLATE_NOOP(
                "MatchSettingsDialog",
                "times the client and the therapist are both free "
                "(three shared times or more earn full marks)",
            )
        ),
    ),
    "fee": (
        str(QT_TRANSLATE_NOOP("MatchSettingsDialog", "Fee")),
        str(
            QT_TRANSLATE_NOOP(
                "MatchSettingsDialog",
                "full marks when the full fee fits the budget, "
                "less when only the sliding scale does",
            )
        ),
    ),
    "fair_spread": (
        str(QT_TRANSLATE_NOOP("MatchSettingsDialog", "Fair spread")),
        str(
            QT_TRANSLATE_NOOP(
                "MatchSettingsDialog",
                "therapists with fewer referrals in the last 90 days rank higher",
            )
        ),
    ),
}


class MatchSettingsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Matching settings"))
        self.weights: dict[str, QDoubleSpinBox] = {}
        self.relax: dict[Rule, QCheckBox] = {}

        weights_box = QGroupBox(self.tr("How much each criterion counts in the 0–100 score"))
        form = QFormLayout(weights_box)
        for name in WEIGHT_NAMES:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSingleStep(5)
            label, help_text = (self.tr(text) for text in WEIGHT_WORDS[name])
            spin.setToolTip(help_text)
            spin.setAccessibleName(label)
            self.weights[name] = spin
            form.addRow(self.tr("{criterion}:").format(criterion=label), spin)
        form.addRow(hint(self.tr("Only the proportions matter: the score is always out of 100.")))

        rules_box = QGroupBox(
            self.tr("Hard rules (a ticked rule is relaxed: it no longer removes anyone)")
        )
        rules_layout = QVBoxLayout(rules_box)
        for rule in Rule:
            box = QCheckBox(self.tr("Relax: {rule}").format(rule=self.tr(RULE_WORDS[rule])))
            self.relax[rule] = box
            rules_layout.addWidget(box)
        rules_layout.addWidget(
            hint(
                self.tr(
                    "Matches that break a relaxed rule still show it as a warning, "
                    "so the desk can tell the client."
                )
            )
        )

        defaults = QPushButton(self.tr("Restore &defaults"))
        defaults.clicked.connect(lambda: self.show_settings(MatchSettings()))
        buttons = answer_buttons(self, self.save)
        buttons.addButton(defaults, QDialogButtonBox.ButtonRole.ResetRole)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(weights_box)
        column.addWidget(rules_box)
        column.addStretch(1)
        # the two groups scroll when the screen is short (a laptop at 200 %); the
        # buttons stay in sight below them
        scrolled(self, content, buttons)
        self.show_settings(settings.get(ctx, MATCHING))

    def show_settings(self, shown: MatchSettings) -> None:
        for name, value in shown.weights.items():
            self.weights[name].setValue(value)
        for rule, box in self.relax.items():
            box.setChecked(rule in shown.relaxed)

    def chosen(self) -> MatchSettings:
        weights = Weights(**{name: spin.value() for name, spin in self.weights.items()})
        relaxed = frozenset(rule for rule, box in self.relax.items() if box.isChecked())
        return MatchSettings(weights=weights, relaxed=relaxed)

    def save(self) -> None:
        try:
            chosen = self.chosen()
        except ValueError:
            # the spin boxes keep each weight within 0–100: all at 0 is the one way to fail
            dialogs.show_error(
                self,
                self.tr("Check the weights"),
                self.tr("Every weight is 0, so every score would be 0. Set at least one above 0."),
            )
            return
        try:
            settings.save(self._ctx, MATCHING, chosen)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Settings not saved"), str(error))
            return
        self.accept()
