"""Plain sentences for reasons, breakdown details and "why nobody matched".

Reasons are read aloud to the client, so they speak to "you"; breakdown details
are for the desk and the director, so they speak of "the client". Labels come
from the catalogue (English), so the director's wording shows up here too.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from functools import lru_cache

from opcc_desk.domain.enums import (
    ALL_SLOTS,
    AgeGroup,
    ClientType,
    Gender,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Catalogue, Therapist
from opcc_desk.matching.rules import Candidate, Needs, fee_fits, location_in_city
from opcc_desk.matching.scoring import ENOUGH_SHARED_SLOTS, MAX_LINK, Profile
from opcc_desk.matching.settings import Rule

LANGUAGE = "en"
LISTED = 3  # items named in a sentence before "and N more"

_DAYS = {
    "mon": "Monday",
    "tue": "Tuesday",
    "wed": "Wednesday",
    "thu": "Thursday",
    "fri": "Friday",
    "sat": "Saturday",
    "sun": "Sunday",
}
_PARTS = {"morning": "mornings", "afternoon": "afternoons", "evening": "evenings"}
_SLOT_ORDER = {slot: index for index, slot in enumerate(ALL_SLOTS)}
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


@lru_cache(maxsize=1024)
def mid_sentence(label: str) -> str:
    """A catalogue label as it reads inside a sentence: 'Grief and loss' -> 'grief
    and loss', but 'EMDR therapy' and 'Internal Family Systems (IFS)' stay as they are."""
    words = label.split()
    if not words:
        return label
    first = words[0]
    if not (first[:1].isupper() and first[1:] == first[1:].lower()):
        return label  # an acronym or odd casing: leave it
    if any(word[:1].isupper() for word in words[1:] if not word.startswith("(")):
        return label  # several capitals: a name such as "Internal Family Systems"
    return first[:1].lower() + label[1:]


def join_words(items: Sequence[str], *, more: str = "more") -> str:
    """'a', 'a and b', 'a, b and c', 'a, b, c and 2 more'."""
    if len(items) > LISTED + 1:
        named = [*items[:LISTED], f"{len(items) - LISTED} {more}"]
    else:
        named = list(items)
    if len(named) <= 1:
        return "".join(named)
    return f"{', '.join(named[:-1])} and {named[-1]}"


def money(amount: Decimal) -> str:
    """'$80' for whole dollars, '$82.50' otherwise."""
    if amount == amount.to_integral_value():
        return f"${int(amount):,}"
    return f"${amount:,.2f}"


def _count(n: int, one: str, many: str) -> str:
    """'1 therapist is …' / '3 therapists are …': ``one``/``many`` are the verb phrases."""
    return f"1 therapist {one}" if n == 1 else f"{n} therapists {many}"


def slot_phrase(slot: str) -> str:
    """'mon_evening' -> 'Monday evenings'; an unknown slot is shown as written."""
    day, _, part = slot.partition("_")
    if day in _DAYS and part in _PARTS:
        return f"{_DAYS[day]} {_PARTS[part]}"
    return slot


def sorted_slots(slots: Iterable[str]) -> list[str]:
    return sorted(slots, key=lambda slot: (_SLOT_ORDER.get(slot, len(_SLOT_ORDER)), slot))


def concern_labels(catalogue: Catalogue, keys: Iterable[str]) -> list[str]:
    return [mid_sentence(catalogue.concern_label(key, LANGUAGE)) for key in keys]


def approach_label(catalogue: Catalogue, key: str) -> str:
    return mid_sentence(catalogue.approach_label(key, LANGUAGE))


# --- the approach ------------------------------------------------------------------


def approach_reason(profile: Profile, catalogue: Catalogue, approach: str) -> str:
    """Why this approach, naming the client's concerns it helps with."""
    if not approach:
        return "Lists no approach yet; ask the therapist how they work"
    label = approach_label(catalogue, approach)
    offered = (
        f"Offers {label}, as you asked" if approach in profile.preferred_set else f"Offers {label}"
    )
    links = catalogue.approaches[approach].concerns if approach in catalogue.approaches else {}
    strong = [key for key in profile.concerns if links.get(key, 0) >= 2]
    weak = [key for key in profile.concerns if links.get(key, 0) == 1]
    # strongest links first, the client's own order among equals
    strong.sort(key=lambda key: -links[key])
    helps = []
    if strong:
        helps.append(f"often helps with {join_words(concern_labels(catalogue, strong))}")
    if weak:
        helps.append(f"can help with {join_words(concern_labels(catalogue, weak))}")
    if not helps:
        return offered
    joiner = "; it " if approach in profile.preferred_set else ", which "
    return offered + joiner + ", and ".join(helps)


# --- one match ---------------------------------------------------------------------


def match_reasons(
    profile: Profile,
    needs: Needs,
    catalogue: Catalogue,
    candidate: Candidate,
    approach_why: str,
    language_name: str,
) -> tuple[str, ...]:
    """Short positive sentences, most telling first."""
    therapist = candidate.therapist
    reasons: list[str] = []
    shared_concerns = [key for key in profile.concerns if key in therapist.concerns]
    if shared_concerns:
        reasons.append(f"Specialises in {join_words(concern_labels(catalogue, shared_concerns))}")
    reasons.append(approach_why)
    if needs.language != LANGUAGE and needs.language in therapist.languages:
        reasons.append(f"Speaks {language_name}")
    if needs.city_key and needs.modality is not ModalityPreference.VIRTUAL:
        place = location_in_city(therapist, needs.city_key)
        if place is not None and Modality.IN_PERSON in therapist.modalities:
            reasons.append(f"Sees clients in person in {place}")
    shared_slots = sorted_slots(profile.slots.intersection(therapist.availability))
    if shared_slots:
        times = join_words([slot_phrase(slot) for slot in shared_slots], more="more times")
        reasons.append(f"Free on {times}, like you")
    if needs.max_fee is not None:
        fits = fee_fits(therapist, needs.max_fee)
        if fits == "full":
            reasons.append(f"Fee of {money(therapist.fee)} fits the budget")
        elif fits == "sliding" and therapist.sliding_scale_min is not None:
            reasons.append(
                f"Sliding scale from {money(therapist.sliding_scale_min)} fits the budget"
            )
    if needs.gender is not None and therapist.gender == needs.gender:
        reasons.append(f"Is {_GENDERS[needs.gender][0]}, as you asked")
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


def concerns_detail(profile: Profile, catalogue: Catalogue, therapist: Therapist) -> str:
    if not profile.concerns:
        return "The client named no concerns; counted as half"
    shared = [key for key in profile.concerns if key in therapist.concerns]
    total = len(profile.concerns)
    if not shared:
        return f"Specialises in none of the client's {total} concerns"
    return (
        f"Specialises in {len(shared)} of the client's {total} concerns: "
        f"{join_words(concern_labels(catalogue, shared))}"
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
        text = (
            f"{label} helps with {helped} of the client's {len(profile.concerns)} concerns "
            f"(link strength {profile.fit.get(approach, 0)} of "
            f"{MAX_LINK * len(profile.concerns)})"
        )
    if missing:
        names = join_words([approach_label(catalogue, key) for key in missing])
        text += f"; does not offer {names}, which the client asked for"
    return text


def availability_detail(profile: Profile, therapist: Therapist) -> str:
    if not profile.slots:
        return "The client gave no free times; counted as half"
    if not therapist.availability:
        return "The therapist lists no free times; counted as half"
    shared = sorted_slots(profile.slots.intersection(therapist.availability))
    if not shared:
        return "No free times in common"
    times = join_words([slot_phrase(slot) for slot in shared], more="more times")
    enough = min(len(profile.slots), ENOUGH_SHARED_SLOTS)
    return f"{len(shared)} free times in common (full marks at {enough}): {times}"


def fee_detail(needs: Needs, therapist: Therapist) -> str:
    if needs.max_fee is None:
        return "The client gave no budget"
    budget = money(needs.max_fee)
    fits = fee_fits(therapist, needs.max_fee)
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
