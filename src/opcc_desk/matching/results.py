"""What matching returns: ranked matches that carry their reasons and breakdown."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from opcc_desk.matching.settings import Rule


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
