"""What matching returns: ranked matches that carry their reasons and breakdown."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from opcc_desk.matching.settings import Rule


@dataclass(frozen=True, slots=True)
class ApproachChoice:
    """The approach chosen for a pair, and why, as catalogue keys."""

    key: str = ""  # "" when the therapist lists no approach
    asked: bool = False  # the client asked for it
    strong: tuple[str, ...] = ()  # client's concerns it often helps with, strongest link first
    weak: tuple[str, ...] = ()  # client's concerns it can help with, in the client's order


@dataclass(frozen=True, slots=True)
class PairFacts:
    """What a client and a therapist have in common, in no language: keys and values
    that the match view, the letter and the sample data put into words."""

    approach: ApproachChoice = field(default_factory=ApproachChoice)
    shared_concerns: tuple[str, ...] = ()  # concern keys, in the client's order
    language: str = ""  # the client's language code, when not English and the therapist speaks it
    in_person_at: str = ""  # the therapist's location (as written) in the client's city
    virtual: bool = False  # the client wants online sessions and the therapist offers them
    shared_slots: tuple[str, ...] = ()  # free times in common, in week order
    fee_fit: str = ""  # "full", "sliding", "no" (a relaxed fee rule), "" when no budget given
    gender: str = ""  # the gender the client asked for, when the therapist is that gender
    client_type: str = ""  # "couple" or "family", when the therapist works with them


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of a match's breakdown: ``points`` = share of the 0-100 score."""

    name: str  # a field of Weights: concerns, approach, availability, fee, fair_spread
    weight: float
    fraction: float  # 0..1, how well this pair does on the criterion
    points: float  # rounded to 0.1 so that a match's points add up to its score
    detail: str

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "weight": self.weight,
            "fraction": round(self.fraction, 4),
            "points": self.points,
            "detail": self.detail,
        }


@dataclass(frozen=True, slots=True)
class Match:
    therapist_id: str
    score: float  # 0-100, one decimal
    approach: str  # approach key ("" when the therapist lists none)
    approach_reason: str
    reasons: tuple[str, ...]
    breakdown: tuple[Criterion, ...]
    open_referrals: int
    warnings: tuple[str, ...] = ()  # relaxed rules this therapist breaks, in words
    facts: PairFacts = field(default_factory=PairFacts)  # what the reasons say, as keys

    def to_json_dict(self) -> dict[str, Any]:
        return {
            "therapist": self.therapist_id,
            "score": self.score,
            "approach": self.approach,
            "reasons": list(self.reasons),
            "approach_reason": self.approach_reason,
            "warnings": list(self.warnings),
            "open_referrals": self.open_referrals,
            "breakdown": [criterion.to_json_dict() for criterion in self.breakdown],
        }


@dataclass(frozen=True, slots=True)
class MatchResult:
    client_id: str
    matches: tuple[Match, ...]  # best first
    # every rule in Rule order; a therapist is counted under the first rule they fail
    removed: dict[Rule, int]
    unmatched_reasons: tuple[str, ...]  # empty unless nobody qualified
    qualified: int = 0  # therapists passing every rule, before ``limit``
    excluded: int = 0  # therapists left out because they were already tried
    considered: int = 0  # therapists in the list that are not archived

    def to_json_dict(self) -> dict[str, Any]:
        """The object ``opcc-desk match --json`` prints (docs/matching.md)."""
        return {
            "client": self.client_id,
            "matches": [match.to_json_dict() for match in self.matches],
            "unmatched_reasons": list(self.unmatched_reasons),
        }
