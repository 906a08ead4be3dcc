"""What the clinical director can tune: the hard rules to relax and the score weights.

The defaults are the ones docs/matching.md describes; the README lists them for the
director. Settings are stored as JSON, so they convert to and from plain dicts.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from opcc_desk.domain.settings import Setting


class Rule(StrEnum):
    """The hard rules, in the order they are checked.

    A therapist failing several rules is counted under the first one in this
    order, so "removed" counts add up to the number of therapists removed.
    """

    ACCEPTING = "accepting"
    CAPACITY = "capacity"
    LANGUAGE = "language"
    MODALITY = "modality"
    LOCATION = "location"
    CLIENT_TYPE = "client_type"
    AGE_GROUP = "age_group"
    FEE = "fee"
    GENDER = "gender"


RULE_LABELS: Mapping[Rule, str] = MappingProxyType(
    {
        Rule.ACCEPTING: "Accepting new clients",
        Rule.CAPACITY: "Below their limit of open referrals",
        Rule.LANGUAGE: "Speaks the client's language",
        Rule.MODALITY: "Offers in-person or virtual sessions as the client asked",
        Rule.LOCATION: "For in-person sessions, sees clients in the client's city",
        Rule.CLIENT_TYPE: "Works with the client type (individual, couple or family)",
        Rule.AGE_GROUP: "Works with the client's age group",
        Rule.FEE: "Fee fits the client's budget, at full fee or on the sliding scale",
        Rule.GENDER: "Is the gender the client asked for",
    }
)
"""One line per rule for the settings dialog and the README."""

WEIGHT_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "concerns": "Concerns: share of the client's concerns the therapist specialises in",
        "approach": (
            "Approach: full marks for an approach the client asked for; otherwise how "
            "strongly the catalogue links the therapist's best approach to the client's concerns"
        ),
        "availability": (
            "Availability: times the client and the therapist are both free "
            "(three shared times or more earn full marks)"
        ),
        "fee": (
            "Fee: full marks when the full fee fits the budget, "
            "less when only the sliding scale does"
        ),
        "fair_spread": (
            "Fair spread: therapists with fewer referrals in the last 90 days rank higher"
        ),
    }
)
"""One line per weight, keyed like the fields of :class:`Weights`."""

MAX_WEIGHT = 1000.0


@dataclass(frozen=True, slots=True)
class Weights:
    """How much each criterion counts.

    Each criterion gives a fraction from 0 to 1; the score is the weighted sum
    divided by the sum of the weights, times 100. Only the ratios matter, so
    the defaults are written as points out of 100 to read easily.
    """

    concerns: float = 35.0
    approach: float = 25.0
    availability: float = 15.0
    fee: float = 10.0
    fair_spread: float = 15.0

    def __post_init__(self) -> None:
        for name in WEIGHT_NAMES:
            value = getattr(self, name)
            object.__setattr__(self, name, _weight(name, value))
        if self.total <= 0:
            raise ValueError("at least one weight must be above 0, or every score would be 0")

    @property
    def total(self) -> float:
        return self.concerns + self.approach + self.availability + self.fee + self.fair_spread

    def items(self) -> tuple[tuple[str, float], ...]:
        """(name, weight) pairs in breakdown order."""
        return tuple((name, float(getattr(self, name))) for name in WEIGHT_NAMES)


WEIGHT_NAMES: tuple[str, ...] = tuple(f.name for f in fields(Weights))


def _weight(name: str, value: object) -> float:
    # bool is an int to Python, but "true" as a weight is a mistake, not 1
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"weight '{name}' must be a number, not {value!r}")
    number = float(value)
    if not math.isfinite(number) or number < 0:
        raise ValueError(f"weight '{name}' must be 0 or more, not {value!r}")
    if number > MAX_WEIGHT:
        raise ValueError(f"weight '{name}' must be {MAX_WEIGHT:g} or less, not {value!r}")
    return number


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """The weights plus the hard rules the director has switched off."""

    weights: Weights = Weights()
    relaxed: frozenset[Rule] = frozenset()

    def __post_init__(self) -> None:
        if not isinstance(self.weights, Weights):
            raise ValueError(f"weights must be a Weights object, not {self.weights!r}")
        object.__setattr__(self, "relaxed", frozenset(_rule(item) for item in self.relaxed))

    def to_dict(self) -> dict[str, Any]:
        return {
            "weights": dict(self.weights.items()),
            "relaxed": [rule.value for rule in Rule if rule in self.relaxed],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MatchSettings:
        """Settings from stored JSON.

        Missing keys take their defaults and unknown keys are ignored, so settings
        saved by an older or newer version still load; a wrong value is refused
        with a ValueError that names it.
        """
        if not isinstance(data, Mapping):
            raise ValueError(f"match settings must be an object, not {data!r}")
        raw_weights = data.get("weights", {})
        if not isinstance(raw_weights, Mapping):
            raise ValueError(f"'weights' must be an object of numbers, not {raw_weights!r}")
        given = {name: raw_weights[name] for name in WEIGHT_NAMES if name in raw_weights}
        weights = Weights(**given)
        raw_relaxed = data.get("relaxed", [])
        if isinstance(raw_relaxed, str) or not isinstance(raw_relaxed, list | tuple):
            raise ValueError(f"'relaxed' must be a list of rule names, not {raw_relaxed!r}")
        return cls(weights=weights, relaxed=frozenset(_rule(item) for item in raw_relaxed))


def _rule(value: object) -> Rule:
    if isinstance(value, Rule):
        return value
    if isinstance(value, str):
        try:
            return Rule(value)
        except ValueError:
            pass
    allowed = ", ".join(rule.value for rule in Rule)
    raise ValueError(f"{value!r} is not a matching rule; use one of {allowed}")


DEFAULT_SETTINGS = MatchSettings()
"""The settings out of the box: every rule on, the default weights (docs/matching.md)."""

MATCHING: Setting[MatchSettings] = Setting(
    key="matching",
    label="match settings",
    type=MatchSettings,
    default=MatchSettings,
    from_dict=MatchSettings.from_dict,
)
