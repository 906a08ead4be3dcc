"""The matching engine, case by case: no Qt, no database."""

from __future__ import annotations

import json
import math
import random
from dataclasses import replace
from decimal import Decimal
from typing import Any

import pytest

from opcc_desk.domain.catalogue import parse_catalogue
from opcc_desk.domain.enums import (
    AgeGroup,
    ClientType,
    Gender,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Approach, ApproachText, Catalogue, Client, Concern, Therapist
from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.days import slot_phrase
from opcc_desk.domain.words.lists import join_words, mid_sentence
from opcc_desk.domain.words.money import money
from opcc_desk.matching import (
    RULE_LABELS,
    WEIGHT_LABELS,
    WEIGHT_NAMES,
    Candidate,
    MatchResult,
    MatchSettings,
    Rule,
    Weights,
    choose_approach,
    hard_rule_failures,
    match_client,
    pair_facts,
)
from opcc_desk.matching.results import ApproachChoice, PairFacts
from opcc_desk.resources import resource_path

CONCERNS = {
    "self_worth": "Self-worth",
    "relational_patterns": "Repeating relationship patterns",
    "anxiety": "Anxiety",
    "depression": "Depression",
    "couples": "Couple relationship",
    "identity": "Identity",
    "grief": "Grief and loss",
}
APPROACHES = {
    "relational": (
        "Relational psychotherapy",
        {"self_worth": 3, "relational_patterns": 3, "anxiety": 1},
    ),
    "cbt": (
        "Cognitive behavioural therapy (CBT)",
        {"anxiety": 3, "depression": 3, "self_worth": 2},
    ),
    "eft": ("Emotionally focused therapy (EFT)", {"couples": 3, "relational_patterns": 2}),
    "narrative": ("Narrative therapy", {"identity": 3}),
}


def make_catalogue() -> Catalogue:
    concerns = {
        key: Concern(key=key, label={"en": label, "fr": label}, phrase={"en": label, "fr": label})
        for key, label in CONCERNS.items()
    }
    approaches = {}
    for key, (label, links) in APPROACHES.items():
        text = ApproachText(label=label, summary="s", what="w", sessions="x", notice="n")
        approaches[key] = Approach(key=key, text={"en": text, "fr": text}, concerns=dict(links))
    return Catalogue(approaches=approaches, concerns=concerns)


CATALOGUE = make_catalogue()


def therapist(id: str = "T-1", **changes: Any) -> Therapist:
    """A therapist who meets every need of :func:`client`; ``changes`` break one."""
    base = Therapist(
        id=id,
        first_name="Sam",
        last_name="Lee",
        languages=["en", "fa"],
        approaches=["cbt", "relational"],
        client_types=[ClientType.INDIVIDUAL],
        age_groups=[AgeGroup.ADULT],
        modalities=[Modality.IN_PERSON, Modality.VIRTUAL],
        fee=Decimal("120"),
        accepting=True,
        gender=Gender.WOMAN,
        concerns=["self_worth", "relational_patterns"],
        locations=["Toronto"],
        sliding_scale_min=Decimal("80"),
        availability=["mon_evening", "sat_morning"],
    )
    return replace(base, **changes)


def client(**changes: Any) -> Client:
    base = Client(
        id="C-104",
        first_name="Leyla",
        last_name="Ahmadi",
        language="en",
        client_type=ClientType.INDIVIDUAL,
        concerns=["self_worth", "relational_patterns"],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
    )
    return replace(base, **changes)


def run(who: Client, *therapists: Therapist | Candidate, **options: Any) -> MatchResult:
    candidates = [t if isinstance(t, Candidate) else Candidate(t) for t in therapists]
    return match_client(who, candidates, CATALOGUE, **options)


def ids(result: MatchResult) -> list[str]:
    return [m.therapist_id for m in result.matches]


# --- hard rules ---------------------------------------------------------------------

FARSI = language_name("fa")

RULE_CASES = [
    pytest.param(
        Rule.ACCEPTING,
        client(),
        Candidate(therapist(accepting=False)),
        "1 therapist is not accepting new clients",
        "No therapist is accepting new clients",
        id="accepting",
    ),
    pytest.param(
        Rule.CAPACITY,
        client(),
        Candidate(therapist(capacity=2), open_referrals=2),
        "1 therapist is full (at their limit of open referrals)",
        "No therapist accepting new clients has room for another referral",
        id="capacity",
    ),
    pytest.param(
        Rule.LANGUAGE,
        client(language="fa"),
        Candidate(therapist(languages=["en", "fr"])),
        f"1 therapist does not offer sessions in {FARSI}",
        f"No therapist accepting new clients offers sessions in {FARSI}",
        id="language",
    ),
    pytest.param(
        Rule.MODALITY,
        client(modality=ModalityPreference.IN_PERSON),
        Candidate(therapist(modalities=[Modality.VIRTUAL], locations=[])),
        "1 therapist does not see clients in person",
        "No therapist left sees clients in person",
        id="modality-in-person",
    ),
    pytest.param(
        Rule.MODALITY,
        client(modality=ModalityPreference.VIRTUAL),
        Candidate(therapist(modalities=[Modality.IN_PERSON])),
        "1 therapist does not offer virtual sessions",
        "No therapist left offers virtual sessions",
        id="modality-virtual",
    ),
    pytest.param(
        Rule.LOCATION,
        client(modality=ModalityPreference.IN_PERSON, location="Ottawa"),
        Candidate(therapist()),
        "1 therapist does not see clients in person in Ottawa",
        "No therapist left sees clients in person in Ottawa",
        id="location",
    ),
    pytest.param(
        Rule.CLIENT_TYPE,
        client(client_type=ClientType.COUPLE),
        Candidate(therapist()),
        "1 therapist does not work with couples",
        "No therapist left works with couples",
        id="client-type",
    ),
    pytest.param(
        Rule.AGE_GROUP,
        client(age_group=AgeGroup.TEEN),
        Candidate(therapist()),
        "1 therapist does not work with teens",
        "No therapist left works with teens",
        id="age-group",
    ),
    pytest.param(
        Rule.FEE,
        client(max_fee=Decimal("60")),
        Candidate(therapist(fee=Decimal("150"), sliding_scale_min=Decimal("80"))),
        "1 therapist charges more than $60, even on the sliding scale",
        "No therapist left fits a budget of $60, even on the sliding scale",
        id="fee",
    ),
    pytest.param(
        Rule.GENDER,
        client(therapist_gender=Gender.MAN),
        Candidate(therapist(gender=Gender.WOMAN)),
        "1 therapist is not a man",
        "No therapist left is a man",
        id="gender",
    ),
]


@pytest.mark.parametrize(("rule", "who", "candidate", "line", "headline"), RULE_CASES)
def test_each_hard_rule_removes_and_says_why(
    rule: Rule, who: Client, candidate: Candidate, line: str, headline: str
) -> None:
    result = run(who, candidate)

    assert result.matches == ()
    assert result.removed == {r: int(r is rule) for r in Rule}
    assert result.unmatched_reasons == (headline, line)
    assert hard_rule_failures(who, candidate) == [rule]


@pytest.mark.parametrize(("rule", "who", "candidate", "line", "headline"), RULE_CASES)
def test_each_relaxed_rule_lets_the_therapist_through_with_a_warning(
    rule: Rule, who: Client, candidate: Candidate, line: str, headline: str
) -> None:
    settings = MatchSettings(relaxed=frozenset({rule}))

    result = run(who, candidate, settings=settings)

    assert ids(result) == ["T-1"]
    assert result.removed[rule] == 0
    assert len(result.matches[0].warnings) == 1
    assert hard_rule_failures(who, candidate, settings) == []


def test_unmatched_counts_go_to_the_first_failing_rule_in_order() -> None:
    who = client(language="fa", max_fee=Decimal("50"))
    result = run(
        who,
        therapist("T-1", accepting=False, languages=["en"]),  # accepting and language
        therapist("T-2", languages=["en"]),
        therapist("T-3", languages=["en"], fee=Decimal("200")),  # language and fee
        therapist("T-4", fee=Decimal("200")),
    )

    assert result.removed[Rule.ACCEPTING] == 1
    assert result.removed[Rule.LANGUAGE] == 2
    assert result.removed[Rule.FEE] == 1
    assert sum(result.removed.values()) == 4
    assert result.unmatched_reasons == (
        "No therapist left fits a budget of $50, even on the sliding scale",
        "1 therapist is not accepting new clients",
        f"2 therapists do not offer sessions in {FARSI}",
        "1 therapist charges more than $50, even on the sliding scale",
    )
    # hard_rule_failures lists every rule broken, not just the first
    assert hard_rule_failures(who, Candidate(therapist(accepting=False, languages=["en"]))) == [
        Rule.ACCEPTING,
        Rule.LANGUAGE,
        Rule.FEE,
    ]


def test_capacity_counts_open_referrals_and_none_means_no_limit() -> None:
    who = client()
    assert run(who, Candidate(therapist(capacity=3), open_referrals=2)).matches
    assert not run(who, Candidate(therapist(capacity=0))).matches
    assert run(who, Candidate(therapist(capacity=None), open_referrals=500)).matches


def test_either_accepts_both_modalities() -> None:
    who = client(modality=ModalityPreference.EITHER)
    virtual = therapist("T-1", modalities=[Modality.VIRTUAL], locations=[])
    in_person = therapist("T-2", modalities=[Modality.IN_PERSON])
    assert ids(run(who, virtual, in_person)) == ["T-1", "T-2"]


@pytest.mark.parametrize(
    ("wanted", "offered", "locations", "ok"),
    [
        ("in_person", ["in_person", "virtual"], ["Montréal"], True),
        ("in_person", ["in_person", "virtual"], ["Toronto"], False),  # virtual does not help
        ("in_person", ["in_person"], [], False),  # no location listed: cannot confirm
        ("either", ["in_person"], ["Toronto"], False),  # would have to meet in Toronto
        ("either", ["in_person", "virtual"], ["Toronto"], True),  # can meet online
        ("either", ["virtual"], [], True),
        ("virtual", ["virtual"], [], True),  # the city does not matter online
    ],
)
def test_location_applies_only_when_meeting_in_person(
    wanted: str, offered: list[str], locations: list[str], ok: bool
) -> None:
    who = client(modality=ModalityPreference(wanted), location="montreal")
    one = therapist(modalities=[Modality(m) for m in offered], locations=locations)
    result = run(who, one)
    assert bool(result.matches) is ok
    if not ok:
        assert result.removed[Rule.LOCATION] == 1


@pytest.mark.parametrize(
    ("client_city", "therapist_city", "same"),
    [
        ("Montréal", "MONTREAL", True),
        ("montreal", "Montréal, QC", True),
        ("Toronto, ON", "Toronto", True),
        ("Toronto", "Toronto – Yonge St office", True),
        ("York", "North York", False),
        ("London", "Londonderry", False),
    ],
)
def test_city_compare_ignores_case_accents_and_a_trailing_office(
    client_city: str, therapist_city: str, same: bool
) -> None:
    who = client(modality=ModalityPreference.IN_PERSON, location=client_city)
    assert bool(run(who, therapist(locations=[therapist_city])).matches) is same


def test_client_city_of_the_mailing_address_is_no_constraint() -> None:
    who = client(modality=ModalityPreference.IN_PERSON, city="Ottawa", location="")
    assert run(who, therapist(locations=["Toronto"])).matches


def test_fee_fits_at_full_fee_or_on_the_sliding_scale() -> None:
    who = client(max_fee=Decimal("100"))
    result = run(
        who,
        therapist("T-1", fee=Decimal("100"), sliding_scale_min=None),
        therapist("T-2", fee=Decimal("150"), sliding_scale_min=Decimal("100")),
        therapist("T-3", fee=Decimal("150"), sliding_scale_min=Decimal("101")),
        therapist("T-4", fee=Decimal("150"), sliding_scale_min=None),
    )
    assert sorted(ids(result)) == ["T-1", "T-2"]
    assert result.removed[Rule.FEE] == 2
    full, sliding = (next(m for m in result.matches if m.therapist_id == t) for t in ("T-1", "T-2"))
    assert "Fee of $100 fits the budget" in full.reasons
    assert "Sliding scale from $100 fits the budget" in sliding.reasons
    assert full.breakdown[3].fraction == 1.0
    assert sliding.breakdown[3].fraction == 0.5


def test_no_age_group_budget_or_gender_means_no_constraint() -> None:
    one = therapist(age_groups=[AgeGroup.CHILD], fee=Decimal("900"), gender=None)
    assert run(client(age_group=None, max_fee=None, therapist_gender=None), one).matches


def test_archived_therapists_are_never_candidates() -> None:
    settings = MatchSettings(relaxed=frozenset(Rule))
    result = run(client(), therapist(archived=True), settings=settings)
    assert result.matches == ()
    assert sum(result.removed.values()) == 0
    assert result.unmatched_reasons == ("Every therapist in the directory is archived",)


def test_an_empty_directory_says_so() -> None:
    result = run(client())
    assert result.unmatched_reasons == ("No therapists are in the directory yet",)
    assert result.removed == dict.fromkeys(Rule, 0)


# --- exclude and limit --------------------------------------------------------------


def test_exclude_leaves_out_therapists_already_tried() -> None:
    result = run(client(), therapist("T-1"), therapist("T-2"), exclude=frozenset({"T-1"}))
    assert ids(result) == ["T-2"]
    assert result.excluded == 1


def test_when_everyone_who_fits_was_tried_the_reason_says_so() -> None:
    result = run(
        client(),
        therapist("T-1"),
        therapist("T-2", accepting=False),
        exclude=frozenset({"T-1"}),
    )
    assert result.unmatched_reasons == (
        "No therapist is accepting new clients",
        "1 therapist already tried for this client was left out",
        "1 therapist is not accepting new clients",
    )
    only_tried = run(client(), therapist("T-1"), exclude=frozenset({"T-1"}))
    assert only_tried.unmatched_reasons == (
        "Every therapist who fits has already been tried for this client",
        "1 therapist already tried for this client was left out",
    )


def test_limit_keeps_the_best_and_counts_all_who_qualified() -> None:
    people = [
        Candidate(therapist(f"T-{i}"), recent_referrals=i) for i in range(5)
    ]  # fewer recent referrals rank higher
    result = match_client(client(), people, CATALOGUE, limit=2)
    assert ids(result) == ["T-0", "T-1"]
    assert result.qualified == 5
    assert ids(match_client(client(), people, CATALOGUE)) == [f"T-{i}" for i in range(5)]


def test_limit_zero_returns_no_matches_and_no_unmatched_reasons() -> None:
    result = run(client(), therapist(), limit=0)
    assert result.matches == ()
    assert result.qualified == 1
    assert result.unmatched_reasons == ()


def test_negative_limit_is_refused() -> None:
    with pytest.raises(ValueError, match="limit"):
        run(client(), therapist(), limit=-1)


# --- order --------------------------------------------------------------------------


def test_equal_scores_go_to_fewer_open_referrals_then_to_the_lower_id() -> None:
    people = [
        Candidate(therapist("T-9"), open_referrals=1),
        Candidate(therapist("T-3"), open_referrals=2),
        Candidate(therapist("T-5"), open_referrals=1),
        Candidate(therapist("T-1"), open_referrals=2),
    ]
    expected = ["T-5", "T-9", "T-1", "T-3"]
    for seed in range(5):
        random.Random(seed).shuffle(people)
        result = match_client(client(), people, CATALOGUE)
        assert ids(result) == expected
        assert len({m.score for m in result.matches}) == 1


def test_a_higher_score_wins_over_fewer_open_referrals() -> None:
    better = Candidate(therapist("T-2"), open_referrals=5)
    worse = Candidate(therapist("T-1", concerns=[]), open_referrals=0)
    assert ids(match_client(client(), [worse, better], CATALOGUE)) == ["T-2", "T-1"]


# --- score and breakdown ------------------------------------------------------------


def test_breakdown_names_weights_and_sums_to_the_score() -> None:
    who = client(
        concerns=["self_worth", "anxiety", "grief"],
        availability=["mon_evening", "tue_evening", "sat_morning"],
        max_fee=Decimal("100"),
    )
    result = run(who, Candidate(therapist(), recent_referrals=1))
    (match,) = result.matches

    assert [c.name for c in match.breakdown] == list(WEIGHT_NAMES)
    assert [c.weight for c in match.breakdown] == [35.0, 25.0, 15.0, 10.0, 15.0]
    assert math.isclose(sum(c.points for c in match.breakdown), match.score, abs_tol=1e-9)
    fractions = [c.fraction for c in match.breakdown]
    # concerns: 1 of 3; approach: relational fits 3+1+0 of 9, cbt 2+3+0 of 9 -> cbt;
    # availability: 2 of 3 shared; fee: sliding (80..120) at 100 -> 0.75; spread: 1/2
    assert fractions == pytest.approx([1 / 3, 5 / 9, 2 / 3, 0.75, 0.5])
    expected = (35 / 3 + 25 * 5 / 9 + 15 * 2 / 3 + 10 * 0.75 + 15 * 0.5) / 100 * 100
    assert match.score == round(expected, 1)
    assert match.approach == "cbt"
    assert all(c.detail for c in match.breakdown)


def test_a_perfect_fit_scores_100() -> None:
    who = client(approach_preference=["relational"], availability=["mon_evening"])
    (match,) = run(who, therapist()).matches
    assert match.score == 100.0
    assert [c.points for c in match.breakdown] == [35.0, 25.0, 15.0, 10.0, 15.0]


def test_neutral_halves_when_one_side_says_nothing() -> None:
    (match,) = run(client(concerns=[], availability=[]), therapist(availability=[])).matches
    by_name = {c.name: c for c in match.breakdown}
    assert by_name["concerns"].fraction == 0.5
    assert by_name["approach"].fraction == 0.5
    assert by_name["availability"].fraction == 0.5
    assert by_name["concerns"].detail == "The client named no concerns; counted as half"


def test_weights_steer_the_ranking() -> None:
    specialist = Candidate(therapist("T-1"), recent_referrals=4)
    newcomer = Candidate(therapist("T-2", concerns=[]), recent_referrals=0)
    assert ids(run(client(), specialist, newcomer)) == ["T-1", "T-2"]
    spread_only = MatchSettings(weights=Weights(0, 0, 0, 0, 1))
    result = run(client(), specialist, newcomer, settings=spread_only)
    assert ids(result) == ["T-2", "T-1"]
    assert [m.score for m in result.matches] == [100.0, 20.0]


# --- approach -----------------------------------------------------------------------


def test_approach_is_the_one_most_linked_to_the_clients_concerns() -> None:
    approach, reason = choose_approach(client(), therapist(), CATALOGUE)
    assert approach == "relational"
    assert reason == (
        "Offers relational psychotherapy, which often helps with "
        "self-worth and repeating relationship patterns"
    )


def test_a_preferred_approach_wins_over_a_closer_link() -> None:
    who = client(approach_preference=["cbt"])
    approach, reason = choose_approach(who, therapist(), CATALOGUE)
    assert approach == "cbt"
    assert reason == (
        "Offers cognitive behavioural therapy (CBT), as you asked; it often helps with self-worth"
    )
    (match,) = run(who, therapist()).matches
    assert match.breakdown[1].fraction == 1.0
    assert (
        match.breakdown[1].detail == "Cognitive behavioural therapy (CBT): the client asked for it"
    )


def test_weak_links_are_worded_as_can_help() -> None:
    who = client(concerns=["self_worth", "anxiety"])
    _, reason = choose_approach(who, therapist(approaches=["relational"]), CATALOGUE)
    assert reason == (
        "Offers relational psychotherapy, which often helps with self-worth, "
        "and can help with anxiety"
    )


def test_equal_links_go_to_the_approach_first_in_the_catalogue() -> None:
    who = client(concerns=["grief"])  # no approach here is linked to grief
    approach, reason = choose_approach(who, therapist(approaches=["narrative", "eft"]), CATALOGUE)
    assert approach == "eft"
    assert reason == "Offers emotionally focused therapy (EFT)"


def test_a_missing_preference_is_noted_in_the_breakdown() -> None:
    who = client(approach_preference=["narrative"])
    (match,) = run(who, therapist()).matches
    assert match.approach == "relational"
    assert match.breakdown[1].detail.endswith(
        "; does not offer narrative therapy, which the client asked for"
    )


def test_a_therapist_without_approaches_gets_no_approach_points() -> None:
    (match,) = run(client(), therapist(approaches=[])).matches
    assert match.approach == ""
    assert match.breakdown[1].fraction == 0.0


def test_the_shipped_catalogue_picks_relational_for_self_worth_and_patterns() -> None:
    catalogue = parse_catalogue(resource_path("catalogue.toml").read_text(encoding="utf-8"))
    one = therapist(approaches=["cbt", "relational", "solution_focused"])
    approach, reason = choose_approach(client(), one, catalogue)
    assert approach == "relational"
    assert reason.startswith("Offers relational psychotherapy, which often helps with self-worth")


# --- reasons ------------------------------------------------------------------------


def test_reasons_read_aloud() -> None:
    who = client(
        language="fa",
        modality=ModalityPreference.IN_PERSON,
        location="Toronto",
        concerns=["self_worth", "relational_patterns", "depression"],
        availability=["mon_evening", "sat_morning", "sun_morning"],
        max_fee=Decimal("90"),
        therapist_gender=Gender.WOMAN,
    )
    (match,) = run(who, therapist()).matches
    assert match.reasons == (
        "Specialises in self-worth and repeating relationship patterns",
        "Offers relational psychotherapy, which often helps with "
        "self-worth and repeating relationship patterns",
        f"Speaks {FARSI}",
        "Sees clients in person in Toronto",
        "Free on Monday evenings and Saturday mornings, like you",
        "Sliding scale from $80 fits the budget",
        "Is a woman, as you asked",
    )
    assert match.approach_reason == match.reasons[1]
    assert match.warnings == ()


def test_a_match_carries_its_reasons_as_facts_in_no_language() -> None:
    who = client(
        language="fa",
        modality=ModalityPreference.IN_PERSON,
        location="Toronto",
        concerns=["self_worth", "relational_patterns", "anxiety"],
        approach_preference=["narrative"],
        availability=["sat_morning", "mon_evening", "sun_morning"],
        max_fee=Decimal("90"),
        therapist_gender=Gender.WOMAN,
    )
    (match,) = run(who, therapist()).matches
    assert match.facts == PairFacts(
        approach=ApproachChoice(
            key="relational",
            asked=False,
            strong=("self_worth", "relational_patterns"),
            weak=("anxiety",),
        ),
        shared_concerns=("self_worth", "relational_patterns"),
        language="fa",
        in_person_at="Toronto",
        virtual=False,
        shared_slots=("mon_evening", "sat_morning"),
        fee_fit="sliding",
        gender="woman",
        client_type="",
    )
    # a referral's letter reads the same facts without running a match
    assert pair_facts(who, therapist(), CATALOGUE) == match.facts
    assert pair_facts(who, therapist(), CATALOGUE, "cbt").approach == ApproachChoice(
        key="cbt", asked=False, strong=("anxiety", "self_worth"), weak=()
    )  # strongest link first: anxiety 3, self-worth 2
    # the facts stay out of match --json
    assert set(match.to_json_dict()) == {
        "therapist",
        "score",
        "approach",
        "reasons",
        "approach_reason",
        "warnings",
        "open_referrals",
        "breakdown",
    }


def test_facts_for_a_couple_asking_for_online_sessions() -> None:
    who = client(client_type=ClientType.COUPLE, modality=ModalityPreference.VIRTUAL)
    facts = pair_facts(who, therapist(client_types=[ClientType.COUPLE]), CATALOGUE)
    assert facts.virtual and facts.client_type == "couple"
    assert facts.fee_fit == "" and facts.language == "" and facts.in_person_at == ""


def test_english_is_not_worth_a_reason() -> None:
    (match,) = run(client(language="en"), therapist()).matches
    assert not any(reason.startswith("Speaks") for reason in match.reasons)


def test_relaxed_rules_are_named_in_warnings() -> None:
    settings = MatchSettings(relaxed=frozenset({Rule.FEE, Rule.GENDER}))
    who = client(max_fee=Decimal("50"), therapist_gender=Gender.NONBINARY)
    (match,) = run(who, therapist(), settings=settings).matches
    assert match.warnings == (
        "Fee of $120 is above the $50 budget, even on the sliding scale",
        "Is not nonbinary, which you asked for",
    )
    assert match.breakdown[3].fraction == 0.0


def test_wording_helpers() -> None:
    assert mid_sentence("Grief and loss") == "grief and loss"
    assert (
        mid_sentence("Cognitive behavioural therapy (CBT)") == "cognitive behavioural therapy (CBT)"
    )
    assert mid_sentence("EMDR therapy") == "EMDR therapy"
    assert mid_sentence("Internal Family Systems (IFS)") == "Internal Family Systems (IFS)"
    assert join_words(["a"], listed=3) == "a"
    assert join_words(["a", "b", "c"], listed=3) == "a, b and c"
    assert join_words(["a", "b", "c", "d", "e"], listed=3) == "a, b, c and 2 more"
    assert money(Decimal("80.00")) == "$80"
    assert money(Decimal("82.5")) == "$82.50"
    assert slot_phrase("wed_afternoon") == "Wednesday afternoons"


# --- output -------------------------------------------------------------------------


def test_json_has_the_contract_shape() -> None:
    result = run(client(), therapist("T-7"), therapist("T-8", accepting=False))
    data = result.to_json_dict()

    assert set(data) == {"client", "matches", "unmatched_reasons"}
    assert data["client"] == "C-104"
    assert data["unmatched_reasons"] == []
    (match,) = data["matches"]
    assert {"therapist", "score", "approach", "reasons"} <= set(match)
    assert match["therapist"] == "T-7"
    assert isinstance(match["score"], float)
    assert match["approach"] == "relational"
    assert all(isinstance(reason, str) for reason in match["reasons"])
    assert json.loads(json.dumps(data)) == data


def test_json_of_an_unmatched_client_lists_the_reasons() -> None:
    data = run(client(), therapist(accepting=False)).to_json_dict()
    assert data["matches"] == []
    assert data["unmatched_reasons"] == [
        "No therapist is accepting new clients",
        "1 therapist is not accepting new clients",
    ]


# --- settings -----------------------------------------------------------------------


def test_settings_round_trip_through_json() -> None:
    settings = MatchSettings(
        weights=Weights(concerns=50, approach=20, availability=10, fee=10, fair_spread=10),
        relaxed=frozenset({Rule.GENDER, Rule.CAPACITY}),
    )
    stored = json.loads(json.dumps(settings.to_dict()))
    assert stored["relaxed"] == ["capacity", "gender"]
    assert MatchSettings.from_dict(stored) == settings


def test_settings_fill_missing_keys_with_defaults() -> None:
    assert MatchSettings.from_dict({}) == MatchSettings()
    partial = MatchSettings.from_dict({"weights": {"fee": 30}, "future_option": True})
    assert partial.weights == Weights(fee=30)
    assert partial.relaxed == frozenset()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"weights": {"fee": -1}}, "weight 'fee' must be 0 or more"),
        ({"weights": {"fee": "ten"}}, "weight 'fee' must be a number"),
        ({"weights": {"fee": True}}, "weight 'fee' must be a number"),
        ({"weights": {"fee": float("nan")}}, "weight 'fee' must be 0 or more"),
        ({"weights": {"fee": 1e9}}, "weight 'fee' must be 1000 or less"),
        ({"weights": dict.fromkeys(WEIGHT_NAMES, 0)}, "at least one weight"),
        ({"weights": [1, 2]}, "'weights' must be an object"),
        ({"relaxed": ["fees"]}, "'fees' is not a matching rule"),
        ({"relaxed": "fee"}, "'relaxed' must be a list"),
        ([], "must be an object"),
    ],
)
def test_settings_refuse_bad_values(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        MatchSettings.from_dict(data)


def test_every_rule_and_weight_has_a_label() -> None:
    assert set(RULE_LABELS) == set(Rule)
    assert set(WEIGHT_LABELS) == set(WEIGHT_NAMES)
    assert [rule.value for rule in Rule] == [
        "accepting",
        "capacity",
        "language",
        "modality",
        "location",
        "client_type",
        "age_group",
        "fee",
        "gender",
    ]
