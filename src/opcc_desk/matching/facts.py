"""What a client and a therapist have in common, worked out once, in no language.

The reasons of a match, the referral letter and the sample data all read these
facts, so they can never disagree about why a therapist was suggested.
"""

from __future__ import annotations

from opcc_desk.domain.enums import ClientType, Modality, ModalityPreference
from opcc_desk.domain.models import Catalogue, Client, Therapist
from opcc_desk.domain.words.days import sorted_slots
from opcc_desk.matching.results import ApproachChoice, PairFacts
from opcc_desk.matching.rules import Needs, fee_fits, location_in_city, prepare_needs
from opcc_desk.matching.scoring import Profile, pick_approach, prepare_profile
from opcc_desk.matching.settings import DEFAULT_SETTINGS, Weights

ENGLISH = "en"  # the centre's working language: speaking it is no reason worth naming


def approach_choice(profile: Profile, catalogue: Catalogue, approach: str) -> ApproachChoice:
    """Why ``approach`` suits this client: asked for, and the concerns it helps with."""
    if not approach:
        return ApproachChoice()
    entry = catalogue.approaches.get(approach)
    links = entry.concerns if entry is not None else {}
    strong = [key for key in profile.concerns if links.get(key, 0) >= 2]
    strong.sort(key=lambda key: -links[key])  # strongest first, the client's order among equals
    return ApproachChoice(
        key=approach,
        asked=approach in profile.preferred_set,
        strong=tuple(strong),
        weak=tuple(key for key in profile.concerns if links.get(key, 0) == 1),
    )


def gather_facts(
    profile: Profile, needs: Needs, therapist: Therapist, choice: ApproachChoice
) -> PairFacts:
    in_person_at = ""
    if (
        needs.city_key
        and needs.modality is not ModalityPreference.VIRTUAL
        and Modality.IN_PERSON in therapist.modalities
    ):
        in_person_at = location_in_city(therapist, needs.city_key) or ""
    return PairFacts(
        approach=choice,
        shared_concerns=tuple(key for key in profile.concerns if key in therapist.concerns),
        language=(
            needs.language
            if needs.language != ENGLISH and needs.language in therapist.languages
            else ""
        ),
        in_person_at=in_person_at,
        virtual=needs.modality is ModalityPreference.VIRTUAL
        and Modality.VIRTUAL in therapist.modalities,
        shared_slots=tuple(sorted_slots(profile.slots.intersection(therapist.availability))),
        fee_fit=fee_fits(therapist, needs.max_fee) if needs.max_fee is not None else "",
        gender=(
            needs.gender.value
            if needs.gender is not None and therapist.gender == needs.gender
            else ""
        ),
        client_type=(
            needs.client_type.value
            if needs.client_type is not ClientType.INDIVIDUAL
            and needs.client_type in therapist.client_types
            else ""
        ),
    )


def pair_facts(
    client: Client, therapist: Therapist, catalogue: Catalogue, approach: str | None = None
) -> PairFacts:
    """The facts for one pair outside a match (a referral made earlier, say). With
    ``approach`` None the approach is chosen as a match would choose it."""
    profile = prepare_profile(client, catalogue, Weights())
    needs = prepare_needs(client, DEFAULT_SETTINGS)
    if approach is None:
        approach = pick_approach(profile, therapist.approaches)
    return gather_facts(profile, needs, therapist, approach_choice(profile, catalogue, approach))
