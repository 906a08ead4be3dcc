"""The hard rules: who can really take this client.

The client's side of every rule is worked out once per match (:class:`Needs`),
so checking thousands of therapists is a handful of set and list look-ups each.
Rules that cannot fail for this client (no age group, no budget, no gender asked
for, no city) are left out of the checks entirely.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Literal

from opcc_desk.domain.enums import AgeGroup, ClientType, Gender, Modality, ModalityPreference
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.search import fold
from opcc_desk.matching.settings import DEFAULT_SETTINGS, MatchSettings, Rule


@dataclass(frozen=True, slots=True)
class Candidate:
    """A therapist with the referral counts the caller looked up.

    ``recent_referrals`` counts referrals made in the last 90 days; the engine
    has no clock, so the caller decides what "recent" means.
    """

    therapist: Therapist
    open_referrals: int = 0
    recent_referrals: int = 0


Check = Callable[["Needs", Candidate], bool]


@dataclass(frozen=True, slots=True)
class Needs:
    """The client's side of the hard rules, prepared once per match."""

    language: str
    modality: ModalityPreference
    city: str  # as the client wrote it; "" = no city asked for
    city_key: str  # folded words of ``city``
    client_type: ClientType
    age_group: AgeGroup | None
    max_fee: Decimal | None
    gender: Gender | None
    checks: tuple[tuple[Rule, Check], ...]  # the rules that apply, in Rule order
    active: tuple[tuple[Rule, Check], ...]  # the same minus the relaxed ones


def place_key(place: str) -> str:
    """A city or office name reduced to folded words: 'Montréal, QC' -> 'montreal qc'."""
    return _place_key(place)


_NOT_WORD = re.compile(r"[\W_]+")


@lru_cache(maxsize=4096)
def _place_key(place: str) -> str:
    # Therapists share a few dozen cities; caching spares folding each one per match.
    return " ".join(_NOT_WORD.sub(" ", fold(place)).split())


def same_place(a_key: str, b_key: str) -> bool:
    """True when one place's words begin with the other's.

    'toronto' matches 'toronto yonge st office' and 'toronto on', but 'york'
    does not match 'north york'.
    """
    if not a_key or not b_key:
        return False
    if a_key == b_key:
        return True
    short, long = (a_key, b_key) if len(a_key) < len(b_key) else (b_key, a_key)
    return long.startswith(short + " ")


def location_in_city(therapist: Therapist, city_key: str) -> str | None:
    """The therapist's location (as written) that lies in the client's city, if any."""
    for location in therapist.locations:
        if same_place(_place_key(location), city_key):
            return location
    return None


def _accepting(needs: Needs, candidate: Candidate) -> bool:
    return candidate.therapist.accepting


def _capacity(needs: Needs, candidate: Candidate) -> bool:
    capacity = candidate.therapist.capacity
    return capacity is None or candidate.open_referrals < capacity


def _language(needs: Needs, candidate: Candidate) -> bool:
    return needs.language in candidate.therapist.languages


def _modality(needs: Needs, candidate: Candidate) -> bool:
    modalities = candidate.therapist.modalities
    if needs.modality is ModalityPreference.IN_PERSON:
        return Modality.IN_PERSON in modalities
    if needs.modality is ModalityPreference.VIRTUAL:
        return Modality.VIRTUAL in modalities
    return bool(modalities)


def _location(needs: Needs, candidate: Candidate) -> bool:
    therapist = candidate.therapist
    # A client happy with either way can meet a virtual therapist anywhere; only
    # when the meeting must be in person does the city matter.
    if needs.modality is ModalityPreference.EITHER and Modality.VIRTUAL in therapist.modalities:
        return True
    if Modality.IN_PERSON not in therapist.modalities:
        return False
    return location_in_city(therapist, needs.city_key) is not None


def _client_type(needs: Needs, candidate: Candidate) -> bool:
    return needs.client_type in candidate.therapist.client_types


def _age_group(needs: Needs, candidate: Candidate) -> bool:
    return needs.age_group in candidate.therapist.age_groups


def _fee(needs: Needs, candidate: Candidate) -> bool:
    return fee_fits(candidate.therapist, needs.max_fee) != "no"


def _gender(needs: Needs, candidate: Candidate) -> bool:
    return candidate.therapist.gender == needs.gender


FeeFit = Literal["full", "sliding", "no"]


def fee_fits(therapist: Therapist, max_fee: Decimal | None) -> FeeFit:
    """'full' when the full fee fits (or there is no budget), 'sliding' when only
    the sliding-scale minimum does, 'no' when neither."""
    if max_fee is None or therapist.fee <= max_fee:
        return "full"
    low = therapist.sliding_scale_min
    if low is not None and low <= max_fee:
        return "sliding"
    return "no"


def prepare_needs(client: Client, settings: MatchSettings) -> Needs:
    city = client.location.strip()
    city_key = _place_key(city)
    checks: list[tuple[Rule, Check]] = [
        (Rule.ACCEPTING, _accepting),
        (Rule.CAPACITY, _capacity),
        (Rule.LANGUAGE, _language),
        (Rule.MODALITY, _modality),
    ]
    if city_key and client.modality is not ModalityPreference.VIRTUAL:
        checks.append((Rule.LOCATION, _location))
    checks.append((Rule.CLIENT_TYPE, _client_type))
    if client.age_group is not None:
        checks.append((Rule.AGE_GROUP, _age_group))
    if client.max_fee is not None:
        checks.append((Rule.FEE, _fee))
    if client.therapist_gender is not None:
        checks.append((Rule.GENDER, _gender))
    return Needs(
        language=client.language,
        modality=client.modality,
        city=city,
        city_key=city_key,
        client_type=client.client_type,
        age_group=client.age_group,
        max_fee=client.max_fee,
        gender=client.therapist_gender,
        checks=tuple(checks),
        active=tuple(pair for pair in checks if pair[0] not in settings.relaxed),
    )


def failures(needs: Needs, candidate: Candidate, rules: Sequence[tuple[Rule, Check]]) -> list[Rule]:
    return [rule for rule, check in rules if not check(needs, candidate)]


def relaxed_failures(needs: Needs, candidate: Candidate) -> list[Rule]:
    """Rules the director relaxed that this candidate breaks: the desk must be told."""
    active = {rule for rule, _ in needs.active}
    return failures(needs, candidate, [pair for pair in needs.checks if pair[0] not in active])


def hard_rule_failures(
    client: Client, candidate: Candidate, settings: MatchSettings = DEFAULT_SETTINGS
) -> list[Rule]:
    """Every non-relaxed hard rule the candidate breaks, in Rule order.

    Archived therapists are not a rule: :func:`match_client` drops them first.
    """
    needs = prepare_needs(client, settings)
    return failures(needs, candidate, needs.active)
