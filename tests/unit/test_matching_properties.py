"""Properties the matching engine keeps for any client and any directory."""

from __future__ import annotations

import math
import random
from dataclasses import replace
from decimal import Decimal
from enum import Enum
from typing import TypeVar

from hypothesis import given, settings
from hypothesis import strategies as st

from opcc_desk.domain.enums import (
    ALL_SLOTS,
    AgeGroup,
    ClientType,
    Gender,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Approach, ApproachText, Catalogue, Client, Concern, Therapist
from opcc_desk.domain.search import fold
from opcc_desk.matching import (
    Candidate,
    MatchResult,
    MatchSettings,
    Rule,
    Weights,
    hard_rule_failures,
    match_client,
)

FAST = settings(max_examples=100, deadline=None)
E = TypeVar("E", bound=Enum)

CONCERN_KEYS = ("self_worth", "relational_patterns", "anxiety", "couples", "grief", "identity")
LINKS = {
    "relational": {"self_worth": 3, "relational_patterns": 3, "anxiety": 1},
    "cbt": {"anxiety": 3, "self_worth": 2},
    "eft": {"couples": 3, "relational_patterns": 2},
    "narrative": {"identity": 3, "grief": 1},
}
APPROACH_KEYS = (*LINKS, "not_in_catalogue")
LANGUAGES = ("en", "fr", "fa")
CITIES = ("Toronto", "Montréal", "Ottawa – Bank St", "")
SLOTS = ALL_SLOTS[:6]  # few slots, so overlaps are common


def _catalogue() -> Catalogue:
    text = ApproachText(label="Label", summary="s", what="w", sessions="x", notice="n")
    return Catalogue(
        approaches={
            key: Approach(key=key, text={"en": text, "fr": text}, concerns=links)
            for key, links in LINKS.items()
        },
        concerns={
            key: Concern(key=key, label={"en": key, "fr": key}, phrase={"en": key, "fr": key})
            for key in CONCERN_KEYS
        },
    )


CATALOGUE = _catalogue()


def subsets(items: tuple[str, ...] | list[str], min_size: int = 0) -> st.SearchStrategy[list[str]]:
    return st.lists(st.sampled_from(items), min_size=min_size, max_size=4, unique=True)


def enum_subsets(enum: type[E], min_size: int = 0) -> st.SearchStrategy[list[E]]:
    return st.lists(st.sampled_from(list(enum)), min_size=min_size, unique=True)


money = st.integers(min_value=40, max_value=250).map(Decimal)


# Strategies are built once here: building them inside each draw is what made
# generation slow, not the engine.
languages = subsets(LANGUAGES, 1)
approaches = subsets(APPROACH_KEYS)
concerns = subsets(CONCERN_KEYS)
slots = subsets(SLOTS)
locations = subsets([c for c in CITIES if c])
client_types = enum_subsets(ClientType, 1)
age_groups = enum_subsets(AgeGroup, 1)
modalities = enum_subsets(Modality)
genders = st.none() | st.sampled_from(list(Gender))
discounts = st.none() | st.integers(min_value=0, max_value=100)
capacities = st.none() | st.integers(min_value=0, max_value=4)
tenths = st.integers(0, 9)


@st.composite
def therapists(draw: st.DrawFn) -> Therapist:
    fee = draw(money)
    discount = draw(discounts)
    return Therapist(
        id="",  # numbered by directories()
        first_name="T",
        last_name="Lee",
        languages=draw(languages),
        approaches=draw(approaches),
        client_types=draw(client_types),
        age_groups=draw(age_groups),
        modalities=draw(modalities),
        fee=fee,
        accepting=draw(st.booleans()),
        gender=draw(genders),
        concerns=draw(concerns),
        locations=draw(locations),
        sliding_scale_min=None if discount is None else max(Decimal(0), fee - discount),
        capacity=draw(capacities),
        availability=draw(slots),
        archived=draw(tenths) == 0,
    )


candidates = st.builds(
    Candidate,
    therapists(),
    open_referrals=st.integers(0, 5),
    recent_referrals=st.integers(0, 5),
)


@st.composite
def directories(draw: st.DrawFn) -> list[Candidate]:
    """Up to 8 therapists with unique ids, listed in no particular id order."""
    drawn = draw(st.lists(candidates, max_size=8))
    numbers = draw(st.permutations(range(len(drawn))))
    return [
        replace(c, therapist=replace(c.therapist, id=f"T-{n:03d}"))
        for c, n in zip(drawn, numbers, strict=True)
    ]


client_cities = st.sampled_from(("", "toronto", "MONTREAL", "Ottawa"))
budgets = st.none() | money


@st.composite
def clients(draw: st.DrawFn) -> Client:
    return Client(
        id="C-1",
        first_name="C",
        last_name="One",
        language=draw(st.sampled_from(LANGUAGES)),
        client_type=draw(st.sampled_from(list(ClientType))),
        concerns=draw(concerns),
        modality=draw(st.sampled_from(list(ModalityPreference))),
        consent_to_contact=True,
        age_group=draw(st.none() | st.sampled_from(list(AgeGroup))),
        approach_preference=draw(approaches),
        therapist_gender=draw(genders),
        location=draw(client_cities),
        max_fee=draw(budgets),
        availability=draw(slots),
    )


weights = st.tuples(*[st.integers(0, 50)] * 5).filter(any).map(lambda w: Weights(*w))
match_settings = st.builds(
    MatchSettings,
    weights=st.one_of(st.just(Weights()), weights),
    relaxed=st.frozensets(st.sampled_from(list(Rule))),
)


def ranked(result: MatchResult) -> list[str]:
    return [m.therapist_id for m in result.matches]


def broken_rules(client: Client, candidate: Candidate) -> list[Rule]:
    """The hard rules of docs/matching.md, restated plainly and apart from the engine's code."""
    t = candidate.therapist
    wanted = client.modality
    online = Modality.VIRTUAL in t.modalities
    in_person = Modality.IN_PERSON in t.modalities
    # the generated cities differ in their first word, so a prefix compare is enough
    in_city = in_person and any(
        fold(place).startswith(fold(client.location)) for place in t.locations
    )
    broken = {
        Rule.ACCEPTING: not t.accepting,
        Rule.CAPACITY: t.capacity is not None and candidate.open_referrals >= t.capacity,
        Rule.LANGUAGE: client.language not in t.languages,
        Rule.MODALITY: (wanted == ModalityPreference.IN_PERSON and not in_person)
        or (wanted == ModalityPreference.VIRTUAL and not online)
        or not t.modalities,
        Rule.LOCATION: bool(client.location)
        and wanted != ModalityPreference.VIRTUAL
        and not in_city
        and not (wanted == ModalityPreference.EITHER and online),
        Rule.CLIENT_TYPE: client.client_type not in t.client_types,
        Rule.AGE_GROUP: client.age_group is not None and client.age_group not in t.age_groups,
        Rule.FEE: client.max_fee is not None
        and t.fee > client.max_fee
        and (t.sliding_scale_min is None or t.sliding_scale_min > client.max_fee),
        Rule.GENDER: client.therapist_gender is not None and t.gender != client.therapist_gender,
    }
    return [rule for rule in Rule if broken[rule]]


@FAST
@given(clients(), directories(), match_settings, st.data())
def test_exactly_the_therapists_who_meet_every_rule_are_matched(
    client: Client, directory: list[Candidate], options: MatchSettings, data: st.DataObject
) -> None:
    everyone = [c.therapist.id for c in directory]
    exclude = frozenset(data.draw(st.lists(st.sampled_from(everyone)) if everyone else st.just([])))
    result = match_client(client, directory, CATALOGUE, options, exclude=exclude)

    expected_removed = dict.fromkeys(Rule, 0)
    qualified = set()
    for candidate in directory:
        if candidate.therapist.archived or candidate.therapist.id in exclude:
            continue
        broken = [rule for rule in broken_rules(client, candidate) if rule not in options.relaxed]
        assert hard_rule_failures(client, candidate, options) == broken
        if broken:
            expected_removed[broken[0]] += 1
        else:
            qualified.add(candidate.therapist.id)
    assert set(ranked(result)) == qualified
    assert result.removed == expected_removed


@FAST
@given(clients(), directories(), match_settings, st.randoms(use_true_random=False))
def test_same_input_gives_the_same_order_whatever_the_candidate_order(
    client: Client, directory: list[Candidate], options: MatchSettings, rng: random.Random
) -> None:
    first = match_client(client, directory, CATALOGUE, options)
    assert match_client(client, directory, CATALOGUE, options) == first
    shuffled = list(directory)
    rng.shuffle(shuffled)
    assert match_client(client, shuffled, CATALOGUE, options) == first
    top = match_client(client, shuffled, CATALOGUE, options, limit=3)
    assert top.matches == first.matches[:3]


@FAST
@given(clients(), directories(), match_settings)
def test_order_is_score_then_open_referrals_then_id(
    client: Client, directory: list[Candidate], options: MatchSettings
) -> None:
    result = match_client(client, directory, CATALOGUE, options)
    keys = [(-m.score, m.open_referrals, m.therapist_id) for m in result.matches]
    assert keys == sorted(keys)


@FAST
@given(clients(), directories(), match_settings, st.sampled_from(list(Rule)))
def test_relaxing_a_rule_never_removes_a_candidate(
    client: Client, directory: list[Candidate], options: MatchSettings, rule: Rule
) -> None:
    strict = match_client(client, directory, CATALOGUE, options)
    relaxed = replace(options, relaxed=options.relaxed | {rule})
    loose = match_client(client, directory, CATALOGUE, relaxed)
    assert set(ranked(strict)) <= set(ranked(loose))


@FAST
@given(clients(), directories(), match_settings, st.data())
def test_adding_a_concern_the_client_has_never_lowers_the_score(
    client: Client, directory: list[Candidate], options: MatchSettings, data: st.DataObject
) -> None:
    result = match_client(client, directory, CATALOGUE, options)
    if not result.matches or not client.concerns:
        return
    chosen = data.draw(st.sampled_from(result.matches))
    concern = data.draw(st.sampled_from(client.concerns))
    before = chosen.score
    changed = [
        replace(c, therapist=replace(c.therapist, concerns=[*c.therapist.concerns, concern]))
        if c.therapist.id == chosen.therapist_id
        else c
        for c in directory
    ]
    after = match_client(client, changed, CATALOGUE, options)
    (same,) = [m for m in after.matches if m.therapist_id == chosen.therapist_id]
    assert same.score >= before


@FAST
@given(clients(), directories(), match_settings)
def test_scores_stay_within_0_and_100_and_breakdowns_add_up(
    client: Client, directory: list[Candidate], options: MatchSettings
) -> None:
    for match in match_client(client, directory, CATALOGUE, options).matches:
        assert 0.0 <= match.score <= 100.0
        assert match.score == round(match.score, 1)
        assert math.isclose(sum(c.points for c in match.breakdown), match.score, abs_tol=1e-9)
        for criterion in match.breakdown:
            assert 0.0 <= criterion.fraction <= 1.0
            assert 0.0 <= criterion.points <= 100.0
        assert match.reasons


@FAST
@given(match_settings)
def test_settings_survive_a_round_trip(options: MatchSettings) -> None:
    assert MatchSettings.from_dict(options.to_dict()) == options
