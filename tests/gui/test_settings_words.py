"""The window's copies of the matching labels say what the matching module says.

The settings dialog and the match view carry the labels of matching.settings in
QT_TRANSLATE_NOOP tables (lupdate reads literal text only); these keep the English of both
in step, so a label reworded in one place is reworded in the other."""

from __future__ import annotations

from opcc_desk.matching import RULE_LABELS, WEIGHT_LABELS, WEIGHT_NAMES, Rule
from opcc_desk.ui.match_view import CRITERIA
from opcc_desk.ui.settings_dialog import RULE_WORDS, WEIGHT_WORDS


def test_every_rule_reads_as_the_matching_module_names_it() -> None:
    assert set(RULE_WORDS) == set(Rule)
    for rule in Rule:
        assert RULE_WORDS[rule] == RULE_LABELS[rule]


def test_every_weight_reads_as_the_matching_module_names_it() -> None:
    assert set(WEIGHT_WORDS) == set(WEIGHT_NAMES) == set(CRITERIA)
    for name in WEIGHT_NAMES:
        short, what = WEIGHT_WORDS[name]
        assert f"{short}: {what}" == WEIGHT_LABELS[name]
        assert CRITERIA[name] == short
