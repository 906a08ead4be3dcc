"""Which of a therapist's approaches suits a client: one rule for matching, for a
referral made without a match, and for the sample data.

An approach the client asked for comes first; otherwise the one the catalogue links
most strongly to the client's concerns; ties go to the approach listed first in the
catalogue, so the choice never depends on the order a therapist's record lists them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping

from opcc_desk.domain.models import Catalogue


def concern_fit(catalogue: Catalogue, concerns: Iterable[str]) -> dict[str, int]:
    """Approach key -> the sum of its link strengths over the client's concerns."""
    concerns = tuple(dict.fromkeys(concerns))
    return {
        key: sum(approach.concerns.get(concern, 0) for concern in concerns)
        for key, approach in catalogue.approaches.items()
    }


def catalogue_order(catalogue: Catalogue) -> dict[str, int]:
    """Approach key -> its position in the catalogue (the tie-break)."""
    return {key: index for index, key in enumerate(catalogue.approaches)}


def best_approach(
    offered: Iterable[str],
    asked_for: Collection[str],
    fit: Mapping[str, int],
    order: Mapping[str, int],
) -> str:
    """The approach for this pair from the therapist's ``offered`` ones; "" when none."""
    best = ""
    best_rank: tuple[bool, int, int] | None = None
    unknown = len(order)
    for key in offered:
        rank = (key in asked_for, fit.get(key, 0), -order.get(key, unknown))
        if best_rank is None or rank > best_rank:
            best, best_rank = key, rank
    return best
