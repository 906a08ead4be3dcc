"""Plain sentences for reasons, breakdown details and "why nobody matched".

Reasons are read aloud to the client, so they speak to "you"; breakdown details
are for the desk and the director, so they speak of "the client". Labels come
from the catalogue (English), so the director's wording shows up here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from opcc_desk.domain.enums import AgeGroup, ClientType, Gender, ModalityPreference
from opcc_desk.domain.models import Catalogue, Therapist
from opcc_desk.domain.words.days import slot_phrases
from opcc_desk.domain.words.lists import join_words, mid_sentence
from opcc_desk.domain.words.money import money
from opcc_desk.matching.results import ApproachChoice, PairFacts
from opcc_desk.matching.rules import Candidate, Needs
from opcc_desk.matching.scoring import ENOUGH_SHARED_SLOTS, MAX_LINK, Profile
from opcc_desk.matching.settings import Rule

LANGUAGE = "en"
LISTED = 3  # items named in a sentence before "and N more"
_CLIENT_TYPES = {
    ClientType.INDIVIDUAL: "individuals",
    ClientType.COUPLE: "couples",
    ClientType.FAMILY: "families",
}
_AGE_GROUPS = {
    AgeGroup.CHILD: "children",
    AgeGroup.TEEN: "teens",
    AgeGroup.ADULT: "adults",
    AgeGroup.SENIOR: "seniors",
}
# (one therapist is ..., several therapists are ...)
_GENDERS = {
    Gender.WOMAN: ("a woman", "women"),
    Gender.MAN: ("a man", "men"),
    Gender.NONBINARY: ("nonbinary", "nonbinary"),
}


# --- small helpers -----------------------------------------------------------------


def _listed(items: Sequence[str], noun: str = "") -> str:
    return join_words(items, LANGUAGE, listed=LISTED, noun=noun)


def _count(n: int, one: str, many: str) -> str:
    """'1 therapist is …' / '3 therapists are …': ``one``/``many`` are the verb phrases."""
    return f"1 therapist {one}" if n == 1 else f"{n} therapists {many}"


def _times(slots: Iterable[str]) -> str:
    return _listed(slot_phrases(slots, LANGUAGE), noun="times")


def concern_labels(catalogue: Catalogue, keys: Iterable[str]) -> list[str]:
    return [mid_sentence(catalogue.concern_label(key, LANGUAGE)) for key in keys]


def approach_label(catalogue: Catalogue, key: str) -> str:
    return mid_sentence(catalogue.approach_label(key, LANGUAGE))


# --- the approach ------------------------------------------------------------------


def approach_reason(choice: ApproachChoice, catalogue: Catalogue) -> str:
    """Why this approach, naming the client's concerns it helps with."""
    if not choice.key:
        return "Lists no approach yet; ask the therapist how they work"
    label = approach_label(catalogue, choice.key)
    offered = f"Offers {label}, as you asked" if choice.asked else f"Offers {label}"
    helps = []
    if choice.strong:
        helps.append(f"often helps with {_listed(concern_labels(catalogue, choice.strong))}")
    if choice.weak:
        helps.append(f"can help with {_listed(concern_labels(catalogue, choice.weak))}")
    if not helps:
        return offered
    joiner = "; it " if choice.asked else ", which "
    return offered + joiner + ", and ".join(helps)


# --- one match ---------------------------------------------------------------------


def match_reasons(
    facts: PairFacts,
    catalogue: Catalogue,
    therapist: Therapist,
    approach_why: str,
    language_name: str,
) -> tuple[str, ...]:
    """Short positive sentences, most telling first."""
    reasons: list[str] = []
    if facts.shared_concerns:
        reasons.append(
            f"Specialises in {_listed(concern_labels(catalogue, facts.shared_concerns))}"
        )
    reasons.append(approach_why)
    if facts.language:
        reasons.append(f"Speaks {language_name}")
    if facts.in_person_at:
        reasons.append(f"Sees clients in person in {facts.in_person_at}")
    if facts.shared_slots:
        reasons.append(f"Free on {_times(facts.shared_slots)}, like you")
    if facts.fee_fit == "full":
        reasons.append(f"Fee of {money(therapist.fee)} fits the budget")
    elif facts.fee_fit == "sliding" and therapist.sliding_scale_min is not None:
        reasons.append(f"Sliding scale from {money(therapist.sliding_scale_min)} fits the budget")
    if facts.gender:
        reasons.append(f"Is {_GENDERS[Gender(facts.gender)][0]}, as you asked")
    return tuple(reasons)


def relaxed_warning(rule: Rule, needs: Needs, candidate: Candidate, language_name: str) -> str:
    """What the desk must know when a relaxed rule let this therapist through."""
    therapist = candidate.therapist
    if rule is Rule.ACCEPTING:
        return "Not accepting new clients right now"
    if rule is Rule.CAPACITY:
        return f"Already at their limit of {therapist.capacity} open referrals"
    if rule is Rule.LANGUAGE:
        return f"Does not speak {language_name}"
    if rule is Rule.MODALITY:
        return {
            ModalityPreference.IN_PERSON: "Does not see clients in person",
            ModalityPreference.VIRTUAL: "Does not offer virtual sessions",
            ModalityPreference.EITHER: "Lists neither in-person nor virtual sessions",
        }[needs.modality]
    if rule is Rule.LOCATION:
        return f"Does not see clients in person in {needs.city}"
    if rule is Rule.CLIENT_TYPE:
        return f"Does not usually work with {_CLIENT_TYPES[needs.client_type]}"
    if rule is Rule.AGE_GROUP and needs.age_group is not None:
        return f"Does not usually work with {_AGE_GROUPS[needs.age_group]}"
    if rule is Rule.FEE and needs.max_fee is not None:
        return (
            f"Fee of {money(therapist.fee)} is above the {money(needs.max_fee)} budget, "
            "even on the sliding scale"
        )
    if rule is Rule.GENDER and needs.gender is not None:
        return f"Is not {_GENDERS[needs.gender][0]}, which you asked for"
    return f"Does not meet the rule '{rule.value}'"


# --- the breakdown -----------------------------------------------------------------


def concerns_detail(profile: Profile, catalogue: Catalogue, facts: PairFacts) -> str:
    if not profile.concerns:
        return "The client named no concerns; counted as half"
    shared = facts.shared_concerns
    total = len(profile.concerns)
    if total == 1:  # "1 of the client's 1 concerns" is no way to say it
        if not shared:
            return "Does not specialise in the client's concern"
        return f"Specialises in the client's concern: {_listed(concern_labels(catalogue, shared))}"
    if not shared:
        return f"Specialises in none of the client's {total} concerns"
    return (
        f"Specialises in {len(shared)} of the client's {total} concerns: "
        f"{_listed(concern_labels(catalogue, shared))}"
    )


def approach_detail(
    profile: Profile, catalogue: Catalogue, therapist: Therapist, approach: str
) -> str:
    if not approach:
        return "Lists no approach"
    label = catalogue.approach_label(approach, LANGUAGE)
    if approach in profile.preferred_set:
        return f"{label}: the client asked for it"
    missing = [key for key in profile.preferred if key not in therapist.approaches]
    if not profile.concerns:
        text = f"{label}; the client named no concerns, so counted as half"
    else:
        links = catalogue.approaches[approach].concerns if approach in catalogue.approaches else {}
        helped = sum(1 for key in profile.concerns if key in links)
        total = len(profile.concerns)
        helps = (
            (
                "helps with the client's concern"
                if helped
                else "does not address the client's concern"
            )
            if total == 1
            else f"helps with {helped} of the client's {total} concerns"
        )
        text = (
            f"{label} {helps} (link strength {profile.fit.get(approach, 0)} of {MAX_LINK * total})"
        )
    if missing:
        names = _listed([approach_label(catalogue, key) for key in missing])
        text += f"; does not offer {names}, which the client asked for"
    return text


def availability_detail(profile: Profile, therapist: Therapist, facts: PairFacts) -> str:
    if not profile.slots:
        return "The client gave no free times; counted as half"
    if not therapist.availability:
        return "The therapist lists no free times; counted as half"
    shared = facts.shared_slots
    if not shared:
        return "No free times in common"
    times = _times(shared)
    enough = min(len(profile.slots), ENOUGH_SHARED_SLOTS)
    count = f"{len(shared)} free time{'' if len(shared) == 1 else 's'}"
    return f"{count} in common (full marks at {enough}): {times}"


def fee_detail(needs: Needs, therapist: Therapist, facts: PairFacts) -> str:
    if needs.max_fee is None:
        return "The client gave no budget"
    budget = money(needs.max_fee)
    fits = facts.fee_fit
    if fits == "full":
        return f"Full fee {money(therapist.fee)} is within the {budget} budget"
    if fits == "sliding" and therapist.sliding_scale_min is not None:
        return (
            f"Only the sliding scale (from {money(therapist.sliding_scale_min)}) fits the "
            f"{budget} budget; the full fee is {money(therapist.fee)}"
        )
    return f"Fee {money(therapist.fee)} is above the {budget} budget, even on the sliding scale"


def fair_spread_detail(candidate: Candidate) -> str:
    recent = candidate.recent_referrals
    if recent <= 0:
        return "No referrals in the last 90 days"
    return f"{recent} referral{'' if recent == 1 else 's'} in the last 90 days"


# --- nobody matched ----------------------------------------------------------------


def _removed_line(rule: Rule, n: int, needs: Needs, language_name: str) -> str:
    if rule is Rule.ACCEPTING:
        return _count(n, "is not accepting new clients", "are not accepting new clients")
    if rule is Rule.CAPACITY:
        return _count(
            n,
            "is full (at their limit of open referrals)",
            "are full (at their limit of open referrals)",
        )
    if rule is Rule.LANGUAGE:
        where = f"offer sessions in {language_name}"
        return _count(n, f"does not {where}", f"do not {where}")
    if rule is Rule.MODALITY:
        what = {
            ModalityPreference.IN_PERSON: "see clients in person",
            ModalityPreference.VIRTUAL: "offer virtual sessions",
            ModalityPreference.EITHER: "list in-person or virtual sessions",
        }[needs.modality]
        return _count(n, f"does not {what}", f"do not {what}")
    if rule is Rule.LOCATION:
        what = f"see clients in person in {needs.city}"
        return _count(n, f"does not {what}", f"do not {what}")
    if rule is Rule.CLIENT_TYPE:
        what = f"work with {_CLIENT_TYPES[needs.client_type]}"
        return _count(n, f"does not {what}", f"do not {what}")
    if rule is Rule.AGE_GROUP and needs.age_group is not None:
        what = f"work with {_AGE_GROUPS[needs.age_group]}"
        return _count(n, f"does not {what}", f"do not {what}")
    if rule is Rule.FEE and needs.max_fee is not None:
        what = f"more than {money(needs.max_fee)}, even on the sliding scale"
        return _count(n, f"charges {what}", f"charge {what}")
    if rule is Rule.GENDER and needs.gender is not None:
        one, many = _GENDERS[needs.gender]
        return _count(n, f"is not {one}", f"are not {many}")
    return _count(n, f"fails the rule '{rule.value}'", f"fail the rule '{rule.value}'")


def _nobody_line(rule: Rule, needs: Needs, language_name: str, accepting_checked: bool) -> str:
    """The headline when ``rule`` removed the last therapists standing."""
    if rule is Rule.ACCEPTING:
        return "No therapist is accepting new clients"
    # Only ACCEPTING (and CAPACITY) come before LANGUAGE, so "accepting new clients"
    # is the whole truth up to there; after it "left" points at the lines below.
    early = rule in (Rule.CAPACITY, Rule.LANGUAGE) and accepting_checked
    who = "No therapist accepting new clients" if early else "No therapist left"
    if rule is Rule.CAPACITY:
        return f"{who} has room for another referral"
    if rule is Rule.LANGUAGE:
        return f"{who} offers sessions in {language_name}"
    if rule is Rule.MODALITY:
        what = {
            ModalityPreference.IN_PERSON: "sees clients in person",
            ModalityPreference.VIRTUAL: "offers virtual sessions",
            ModalityPreference.EITHER: "lists in-person or virtual sessions",
        }[needs.modality]
        return f"{who} {what}"
    if rule is Rule.LOCATION:
        return f"{who} sees clients in person in {needs.city}"
    if rule is Rule.CLIENT_TYPE:
        return f"{who} works with {_CLIENT_TYPES[needs.client_type]}"
    if rule is Rule.AGE_GROUP and needs.age_group is not None:
        return f"{who} works with {_AGE_GROUPS[needs.age_group]}"
    if rule is Rule.FEE and needs.max_fee is not None:
        return f"{who} fits a budget of {money(needs.max_fee)}, even on the sliding scale"
    if rule is Rule.GENDER and needs.gender is not None:
        return f"{who} is {_GENDERS[needs.gender][0]}"
    return f"{who} meets the rule '{rule.value}'"


def unmatched_reasons(
    removed: dict[Rule, int],
    needs: Needs,
    language_name: str,
    *,
    listed: int,
    archived: int,
    excluded: int,
) -> tuple[str, ...]:
    """Why nobody qualified: a headline, then how many each rule removed."""
    if listed == 0:
        if archived:
            return ("Every therapist in the directory is archived",)
        return ("No therapists are in the directory yet",)
    lines: list[str] = []
    emptied = [rule for rule in Rule if removed.get(rule, 0) > 0]
    if emptied:
        accepting_checked = any(rule is Rule.ACCEPTING for rule, _ in needs.active)
        lines.append(_nobody_line(emptied[-1], needs, language_name, accepting_checked))
    elif excluded:
        lines.append("Every therapist who fits has already been tried for this client")
    if excluded:
        lines.append(
            _count(
                excluded,
                "already tried for this client was left out",
                "already tried for this client were left out",
            )
        )
    lines.extend(_removed_line(rule, removed[rule], needs, language_name) for rule in emptied)
    return tuple(lines)
