"""Matching one client: filter by the hard rules, score, rank, explain.

Everything here is a pure function of its arguments: no database, no clock, no
Qt. The caller loads the therapists and counts their referrals.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

from opcc_desk.domain.models import Catalogue, Client, Therapist
from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.messages import language
from opcc_desk.matching.facts import approach_choice, gather_facts
from opcc_desk.matching.results import ApproachChoice, Criterion, Match, MatchResult
from opcc_desk.matching.rules import Candidate, Needs, prepare_needs, relaxed_failures
from opcc_desk.matching.scoring import (
    Profile,
    fractions,
    pick_approach,
    prepare_profile,
    score_tenths,
    split_tenths,
)
from opcc_desk.matching.settings import DEFAULT_SETTINGS, MatchSettings, Rule, Weights
from opcc_desk.matching.wording import (
    approach_detail,
    approach_reason,
    availability_detail,
    concerns_detail,
    fair_spread_detail,
    fee_detail,
    match_reasons,
    relaxed_warning,
    unmatched_reasons,
)

_Scored = tuple[int, int, str, Candidate, str, tuple[float, ...]]
"""(-score in tenths, open referrals, therapist id, candidate, approach, fractions):
the first three are the ranking, best first."""


def _rank(item: _Scored) -> tuple[int, int, str]:
    return item[0], item[1], item[2]


def match_client(
    client: Client,
    candidates: Sequence[Candidate],
    catalogue: Catalogue,
    settings: MatchSettings = DEFAULT_SETTINGS,
    *,
    limit: int | None = None,
    exclude: frozenset[str] = frozenset(),
) -> MatchResult:
    """Rank the therapists who can take this client, best first.

    Equal scores (as shown, to one decimal) go to the therapist with fewer open
    referrals, then to the lower id, so the order never depends on the order of
    ``candidates``. ``exclude`` holds therapist ids already tried for this client.
    Reasons and breakdowns are written only for the ``limit`` matches returned.
    """
    if limit is not None and limit < 0:
        raise ValueError(f"limit must be 0 or more, not {limit}")
    needs = prepare_needs(client, settings)
    profile = prepare_profile(client, catalogue, settings.weights)
    removed = dict.fromkeys(Rule, 0)
    active = needs.active
    scored: list[_Scored] = []
    considered = archived = excluded = 0
    for candidate in candidates:
        therapist = candidate.therapist
        if therapist.archived:
            archived += 1
            continue
        considered += 1
        if therapist.id in exclude:
            excluded += 1
            continue
        for rule, check in active:
            if not check(needs, candidate):
                removed[rule] += 1
                break
        else:
            approach = pick_approach(profile, therapist.approaches)
            parts = fractions(profile, candidate, approach)
            scored.append(
                (
                    -score_tenths(profile, parts),
                    candidate.open_referrals,
                    therapist.id,
                    candidate,
                    approach,
                    parts,
                )
            )

    if limit is not None and limit < len(scored):
        top = heapq.nsmallest(limit, scored, key=_rank)
    else:
        top = sorted(scored, key=_rank)

    # the client's language as the reasons name it, in the language they are said in
    spoken = language_name(client.language, language())
    # the approach's choice and reason depend on the approach alone
    approach_whys: dict[str, tuple[ApproachChoice, str]] = {}
    matches = tuple(
        _explain(profile, needs, catalogue, settings.weights, item, spoken, approach_whys)
        for item in top
    )
    reasons: tuple[str, ...] = ()
    if not scored:
        reasons = unmatched_reasons(
            removed, needs, spoken, listed=considered, archived=archived, excluded=excluded
        )
    return MatchResult(
        client_id=client.id,
        matches=matches,
        removed=removed,
        unmatched_reasons=reasons,
        qualified=len(scored),
        excluded=excluded,
        considered=considered,
    )


def _explain(
    profile: Profile,
    needs: Needs,
    catalogue: Catalogue,
    weights: Weights,
    item: _Scored,
    spoken: str,
    approach_whys: dict[str, tuple[ApproachChoice, str]],
) -> Match:
    neg_tenths, _, therapist_id, candidate, approach, parts = item
    therapist = candidate.therapist
    known = approach_whys.get(approach)
    if known is None:
        choice = approach_choice(profile, catalogue, approach)
        known = approach_whys[approach] = (choice, approach_reason(choice, catalogue))
    choice, why = known
    facts = gather_facts(profile, needs, therapist, choice)
    details = (
        concerns_detail(profile, catalogue, facts),
        approach_detail(profile, catalogue, therapist, approach),
        availability_detail(profile, therapist, facts),
        fee_detail(needs, therapist, facts),
        fair_spread_detail(candidate),
    )
    breakdown = tuple(
        Criterion(name=name, weight=weight, fraction=fraction, points=tenths / 10, detail=detail)
        for (name, weight), fraction, tenths, detail in zip(
            weights.items(), parts, split_tenths(profile, parts), details, strict=True
        )
    )
    warnings = tuple(
        relaxed_warning(rule, needs, candidate, spoken)
        for rule in relaxed_failures(needs, candidate)
    )
    return Match(
        therapist_id=therapist_id,
        score=-neg_tenths / 10,
        approach=approach,
        approach_reason=why,
        reasons=match_reasons(facts, catalogue, therapist, why, spoken),
        breakdown=breakdown,
        open_referrals=candidate.open_referrals,
        warnings=warnings,
        facts=facts,
    )


def choose_approach(client: Client, therapist: Therapist, catalogue: Catalogue) -> tuple[str, str]:
    """The approach for this pair and a plain reason naming the client's concerns it
    helps with. Also used when the desk refers without running a match."""
    profile = prepare_profile(client, catalogue, Weights())
    approach = pick_approach(profile, therapist.approaches)
    return approach, approach_reason(approach_choice(profile, catalogue, approach), catalogue)
