"""The matching engine: pure functions from a client and candidate therapists to
ranked matches that carry their reasons (no Qt, no database, no clock).

Hard rules remove who cannot take the client (:class:`Rule`); the rest are scored
0-100 from named :class:`Weights`; each :class:`Match` says why, in plain words.
"""

from opcc_desk.matching.engine import choose_approach, match_client
from opcc_desk.matching.facts import pair_facts
from opcc_desk.matching.results import ApproachChoice, Criterion, Match, MatchResult, PairFacts
from opcc_desk.matching.rules import Candidate, hard_rule_failures
from opcc_desk.matching.settings import (
    DEFAULT_SETTINGS,
    RULE_LABELS,
    WEIGHT_LABELS,
    WEIGHT_NAMES,
    MatchSettings,
    Rule,
    Weights,
)

__all__ = [
    "DEFAULT_SETTINGS",
    "RULE_LABELS",
    "WEIGHT_LABELS",
    "WEIGHT_NAMES",
    "ApproachChoice",
    "Candidate",
    "Criterion",
    "Match",
    "MatchResult",
    "MatchSettings",
    "PairFacts",
    "Rule",
    "Weights",
    "choose_approach",
    "hard_rule_failures",
    "match_client",
    "pair_facts",
]
