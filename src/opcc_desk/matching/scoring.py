"""The score: five criteria, each a fraction from 0 to 1, weighed and added up.

Like the rules, the client's side is prepared once (:class:`Profile`), so scoring
a therapist is a few set intersections and dictionary look-ups.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from opcc_desk.domain.approaches import best_approach, catalogue_order, concern_fit
from opcc_desk.domain.models import Catalogue, Client
from opcc_desk.matching.rules import Candidate, fee_fits
from opcc_desk.matching.settings import Weights

NEUTRAL = 0.5
"""The fraction given when one side says nothing (no concerns, no times listed):
neither a reason to prefer a therapist nor to pass them over."""

ENOUGH_SHARED_SLOTS = 3
"""Shared free times that earn full availability marks: one is needed for a weekly
session, a couple more make booking and rebooking easy."""

MAX_LINK = 3
"""The strongest catalogue link between an approach and a concern."""


@dataclass(frozen=True, slots=True)
class Profile:
    """The client's side of the score, prepared once per match."""

    concerns: tuple[str, ...]  # the client's concerns, repeats dropped, in their order
    concern_set: frozenset[str]
    preferred: tuple[str, ...]  # approaches the client asked for, in their order
    preferred_set: frozenset[str]
    fit: dict[str, int]  # approach key -> sum of its link strengths over the client's concerns
    catalogue_order: dict[str, int]  # approach key -> position in the catalogue
    slots: frozenset[str]
    max_fee: Decimal | None
    factors: tuple[float, ...]  # weight / total weight x 1000: tenths of a point per unit


def prepare_profile(client: Client, catalogue: Catalogue, weights: Weights) -> Profile:
    concerns = tuple(dict.fromkeys(client.concerns))
    total = weights.total
    return Profile(
        concerns=concerns,
        concern_set=frozenset(concerns),
        preferred=tuple(dict.fromkeys(client.approach_preference)),
        preferred_set=frozenset(client.approach_preference),
        fit=concern_fit(catalogue, concerns),
        catalogue_order=catalogue_order(catalogue),
        slots=frozenset(client.availability),
        max_fee=client.max_fee,
        factors=tuple(weight / total * 1000 for _, weight in weights.items()),
    )


def pick_approach(profile: Profile, approaches: Sequence[str]) -> str:
    """The therapist's approach for this client (the rule is :func:`best_approach`)."""
    return best_approach(approaches, profile.preferred_set, profile.fit, profile.catalogue_order)


def approach_fraction(profile: Profile, approach: str) -> float:
    if not approach:
        return 0.0
    if approach in profile.preferred_set:
        return 1.0
    if not profile.concerns:
        return NEUTRAL
    # Share of the strongest possible link to every concern: an approach that is a
    # main use for all of them scores 1, one that helps with none scores 0.
    return profile.fit.get(approach, 0) / (MAX_LINK * len(profile.concerns))


def fractions(profile: Profile, candidate: Candidate, approach: str) -> tuple[float, ...]:
    """One fraction per criterion, in the order of ``Weights.items()``.

    Written as one function because it runs for every qualifying therapist.
    """
    therapist = candidate.therapist
    concerns = profile.concerns
    if concerns:
        concern_part = len(profile.concern_set.intersection(therapist.concerns)) / len(concerns)
    else:
        concern_part = NEUTRAL

    slots = profile.slots
    if slots and therapist.availability:
        shared = len(slots.intersection(therapist.availability))
        slot_part = min(1.0, shared / min(len(slots), ENOUGH_SHARED_SLOTS))
    else:
        slot_part = NEUTRAL

    budget, low = profile.max_fee, therapist.sliding_scale_min
    fits = "full" if budget is None else fee_fits(therapist, budget)
    if fits == "sliding" and budget is not None and low is not None:
        # Only the sliding scale fits: from 0.5 when the budget is the scale's bottom
        # up towards 1 as the budget nears the full fee.
        fee_part = 0.5 + 0.5 * float((budget - low) / (therapist.fee - low))
    else:
        fee_part = 1.0 if fits == "full" else 0.0  # "no" only when the fee rule is relaxed

    return (
        concern_part,
        approach_fraction(profile, approach),
        slot_part,
        fee_part,
        1.0 / (1 + max(0, candidate.recent_referrals)),
    )


def score_tenths(profile: Profile, parts: tuple[float, ...]) -> int:
    """The score in tenths of a point (865 = 86.5): integers sort and tie exactly."""
    f, w = parts, profile.factors
    return round(f[0] * w[0] + f[1] * w[1] + f[2] * w[2] + f[3] * w[3] + f[4] * w[4])


def split_tenths(profile: Profile, parts: tuple[float, ...]) -> tuple[int, ...]:
    """Each criterion's share of :func:`score_tenths`, rounded so they add up to it
    exactly (largest remainder), so a breakdown on screen sums to the score shown."""
    raw = [f * w for f, w in zip(parts, profile.factors, strict=True)]
    total = score_tenths(profile, parts)
    floors = [math.floor(value) for value in raw]
    left = total - sum(floors)
    order = sorted(range(len(raw)), key=lambda i: (-(raw[i] - floors[i]), i))
    for i in order[: max(0, left)]:
        floors[i] += 1
    return tuple(floors)
