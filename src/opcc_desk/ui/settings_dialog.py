"""The clinical director's matching settings: weights and relaxed rules."""

from __future__ import annotations

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

from opcc_desk.matching import (
    RULE_LABELS,
    WEIGHT_LABELS,
    WEIGHT_NAMES,
    MatchSettings,
    Rule,
    Weights,
)
from opcc_desk.matching.settings import MATCHING
from opcc_desk.services import settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.widgets.dialog_parts import answer_buttons, hint, scrolled


class MatchSettingsDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("Matching settings")
        self.weights: dict[str, QDoubleSpinBox] = {}
        self.relax: dict[Rule, QCheckBox] = {}

        weights_box = QGroupBox("How much each criterion counts in the 0–100 score")
        form = QFormLayout(weights_box)
        for name in WEIGHT_NAMES:
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(0)
            spin.setSingleStep(5)
            label, _, help_text = WEIGHT_LABELS[name].partition(":")
            spin.setToolTip(help_text.strip())
            spin.setAccessibleName(label)
            self.weights[name] = spin
            form.addRow(f"{label}:", spin)
        form.addRow(hint("Only the proportions matter: the score is always out of 100."))

        rules_box = QGroupBox("Hard rules (a ticked rule is relaxed: it no longer removes anyone)")
        rules_layout = QVBoxLayout(rules_box)
        for rule in Rule:
            box = QCheckBox(f"Relax: {RULE_LABELS[rule]}")
            self.relax[rule] = box
            rules_layout.addWidget(box)
        rules_layout.addWidget(
            hint(
                "Matches that break a relaxed rule still show it as a warning, "
                "so the desk can tell the client."
            )
        )

        defaults = QPushButton("Restore &defaults")
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
        except ValueError as error:
            dialogs.show_error(self, "Check the weights", f"{error}. Set at least one above 0.")
            return
        try:
            settings.save(self._ctx, MATCHING, chosen)
        except ServiceError as error:
            dialogs.show_error(self, "Settings not saved", str(error))
            return
        self.accept()
