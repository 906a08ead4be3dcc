"""Plain sentences for reasons, breakdown details and "why nobody matched".

Reasons are read aloud to the client, so they speak to "you"; breakdown details
are for the desk and the director, so they speak of "the client". Labels come
from the catalogue, so the director's wording shows up here too.

Every sentence is a message (domain/words/messages.py), said in the language the
window speaks (English on the command line): catalogue labels, languages, times,
lists and amounts follow the same language. French word order differs, so each case
is a whole sentence; a count is two sentences (one, many), chosen here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal

from opcc_desk.domain.enums import AgeGroup, ClientType, Gender, ModalityPreference
from opcc_desk.domain.models import Catalogue, Therapist
from opcc_desk.domain.words.days import slot_phrases
from opcc_desk.domain.words.lists import join_words, mid_sentence
from opcc_desk.domain.words.messages import Message, language, msg, say
from opcc_desk.domain.words.money import money
from opcc_desk.matching.results import ApproachChoice, PairFacts
from opcc_desk.matching.rules import Candidate, Needs
from opcc_desk.matching.scoring import ENOUGH_SHARED_SLOTS, MAX_LINK, Profile
from opcc_desk.matching.settings import Rule

LISTED = 3  # items named in a sentence before "and N more"

# --- words that go into the sentences below ----------------------------------------

TIMES = msg("Matching", "times")  # "Monday evenings, ... and 2 more times"
_CLIENT_TYPES = {
    ClientType.INDIVIDUAL: msg("Matching", "individuals"),
    ClientType.COUPLE: msg("Matching", "couples"),
    ClientType.FAMILY: msg("Matching", "families"),
}
_AGE_GROUPS = {
    AgeGroup.CHILD: msg("Matching", "children"),
    AgeGroup.TEEN: msg("Matching", "teens"),
    AgeGroup.ADULT: msg("Matching", "adults"),
    AgeGroup.SENIOR: msg("Matching", "seniors"),
}
_GENDERS = {
    Gender.WOMAN: msg("Matching", "a woman"),
    Gender.MAN: msg("Matching", "a man"),
    Gender.NONBINARY: msg("Matching", "nonbinary"),
}


# --- small helpers -----------------------------------------------------------------


def _listed(items: Sequence[str], noun: str = "") -> str:
    return join_words(items, language(), listed=LISTED, noun=noun)


def _count(n: int, one: Message, many: Message, **values: object) -> str:
    """``one`` ('1 therapist is …') or ``many`` ('{count} therapists are …')."""
    return say(one if n == 1 else many, count=n, **values)


def _times(slots: Iterable[str]) -> str:
    return _listed(slot_phrases(slots, language()), noun=say(TIMES))


def _money(amount: Decimal) -> str:
    return money(amount, language())


def concern_labels(catalogue: Catalogue, keys: Iterable[str]) -> list[str]:
    spoken = language()
    return [mid_sentence(catalogue.concern_label(key, spoken)) for key in keys]


def approach_label(catalogue: Catalogue, key: str) -> str:
    return mid_sentence(catalogue.approach_label(key, language()))


# --- the approach ------------------------------------------------------------------

NO_APPROACH = msg("Matching", "Lists no approach yet; ask the therapist how they work")
# (the client asked for it, it often helps, it can help) -> the sentence
_OFFERS = {
    (False, False, False): msg("Matching", "Offers {approach}"),
    (False, True, False): msg("Matching", "Offers {approach}, which often helps with {strong}"),
    (False, False, True): msg("Matching", "Offers {approach}, which can help with {weak}"),
    (False, True, True): msg(
        "Matching", "Offers {approach}, which often helps with {strong}, and can help with {weak}"
    ),
    (True, False, False): msg("Matching", "Offers {approach}, as you asked"),
    (True, True, False): msg(
        "Matching", "Offers {approach}, as you asked; it often helps with {strong}"
    ),
    (True, False, True): msg(
        "Matching", "Offers {approach}, as you asked; it can help with {weak}"
    ),
    (True, True, True): msg(
        "Matching",
        "Offers {approach}, as you asked; it often helps with {strong}, and can help with {weak}",
    ),
}


def approach_reason(choice: ApproachChoice, catalogue: Catalogue) -> str:
    """Why this approach, naming the client's concerns it helps with."""
    if not choice.key:
        return say(NO_APPROACH)
    sentence = _OFFERS[(choice.asked, bool(choice.strong), bool(choice.weak))]
    return say(
        sentence,
        approach=approach_label(catalogue, choice.key),
        strong=_listed(concern_labels(catalogue, choice.strong)),
        weak=_listed(concern_labels(catalogue, choice.weak)),
    )


# --- one match ---------------------------------------------------------------------

SPECIALISES = msg("Matching", "Specialises in {concerns}")
SPEAKS = msg("Matching", "Speaks {language}")
IN_PERSON_IN = msg("Matching", "Sees clients in person in {city}")
FREE_ON = msg("Matching", "Free on {times}, like you")
FEE_FITS = msg("Matching", "Fee of {fee} fits the budget")
SLIDING_FITS = msg("Matching", "Sliding scale from {fee} fits the budget")
GENDER_ASKED = msg("Matching", "Is {gender}, as you asked")


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
        concerns = _listed(concern_labels(catalogue, facts.shared_concerns))
        reasons.append(say(SPECIALISES, concerns=concerns))
    reasons.append(approach_why)
    if facts.language:
        reasons.append(say(SPEAKS, language=language_name))
    if facts.in_person_at:
        reasons.append(say(IN_PERSON_IN, city=facts.in_person_at))
    if facts.shared_slots:
        reasons.append(say(FREE_ON, times=_times(facts.shared_slots)))
    if facts.fee_fit == "full":
        reasons.append(say(FEE_FITS, fee=_money(therapist.fee)))
    elif facts.fee_fit == "sliding" and therapist.sliding_scale_min is not None:
        reasons.append(say(SLIDING_FITS, fee=_money(therapist.sliding_scale_min)))
    if facts.gender:
        reasons.append(say(GENDER_ASKED, gender=say(_GENDERS[Gender(facts.gender)])))
    return tuple(reasons)


NOT_ACCEPTING = msg("Matching", "Not accepting new clients right now")
AT_LIMIT = msg("Matching", "Already at their limit of {capacity} open referrals")
NOT_SPEAKING = msg("Matching", "Does not speak {language}")
_NOT_OFFERED = {
    ModalityPreference.IN_PERSON: msg("Matching", "Does not see clients in person"),
    ModalityPreference.VIRTUAL: msg("Matching", "Does not offer virtual sessions"),
    ModalityPreference.EITHER: msg("Matching", "Lists neither in-person nor virtual sessions"),
}
NOT_IN_CITY = msg("Matching", "Does not see clients in person in {city}")
NOT_USUALLY = msg("Matching", "Does not usually work with {group}")
ABOVE_BUDGET = msg(
    "Matching", "Fee of {fee} is above the {budget} budget, even on the sliding scale"
)
NOT_GENDER = msg("Matching", "Is not {gender}, which you asked for")
NOT_RULE = msg("Matching", "Does not meet the rule '{rule}'")


def relaxed_warning(rule: Rule, needs: Needs, candidate: Candidate, language_name: str) -> str:
    """What the desk must know when a relaxed rule let this therapist through."""
    therapist = candidate.therapist
    if rule is Rule.ACCEPTING:
        return say(NOT_ACCEPTING)
    if rule is Rule.CAPACITY:
        return say(AT_LIMIT, capacity=therapist.capacity)
    if rule is Rule.LANGUAGE:
        return say(NOT_SPEAKING, language=language_name)
    if rule is Rule.MODALITY:
        return say(_NOT_OFFERED[needs.modality])
    if rule is Rule.LOCATION:
        return say(NOT_IN_CITY, city=needs.city)
    if rule is Rule.CLIENT_TYPE:
        return say(NOT_USUALLY, group=say(_CLIENT_TYPES[needs.client_type]))
    if rule is Rule.AGE_GROUP and needs.age_group is not None:
        return say(NOT_USUALLY, group=say(_AGE_GROUPS[needs.age_group]))
    if rule is Rule.FEE and needs.max_fee is not None:
        return say(ABOVE_BUDGET, fee=_money(therapist.fee), budget=_money(needs.max_fee))
    if rule is Rule.GENDER and needs.gender is not None:
        return say(NOT_GENDER, gender=say(_GENDERS[needs.gender]))
    return say(NOT_RULE, rule=rule.value)


# --- the breakdown -----------------------------------------------------------------

NO_CONCERNS = msg("MatchBreakdown", "The client named no concerns; counted as half")
NOT_THE_CONCERN = msg("MatchBreakdown", "Does not specialise in the client's concern")
THE_CONCERN = msg("MatchBreakdown", "Specialises in the client's concern: {concerns}")
NONE_OF = msg("MatchBreakdown", "Specialises in none of the client's {total} concerns")
SOME_OF = msg(
    "MatchBreakdown", "Specialises in {shared} of the client's {total} concerns: {concerns}"
)


def concerns_detail(profile: Profile, catalogue: Catalogue, facts: PairFacts) -> str:
    if not profile.concerns:
        return say(NO_CONCERNS)
    shared = facts.shared_concerns
    total = len(profile.concerns)
    concerns = _listed(concern_labels(catalogue, shared))
    if total == 1:  # "1 of the client's 1 concerns" is no way to say it
        return say(THE_CONCERN, concerns=concerns) if shared else say(NOT_THE_CONCERN)
    if not shared:
        return say(NONE_OF, total=total)
    return say(SOME_OF, shared=len(shared), total=total, concerns=concerns)


LISTS_NO_APPROACH = msg("MatchBreakdown", "Lists no approach")
ASKED_FOR = msg("MatchBreakdown", "{approach}: the client asked for it")
NO_CONCERNS_HALF = msg(
    "MatchBreakdown", "{approach}; the client named no concerns, so counted as half"
)
HELPS_THE_ONE = msg(
    "MatchBreakdown",
    "{approach} helps with the client's concern (link strength {strength} of {most})",
)
MISSES_THE_ONE = msg(
    "MatchBreakdown",
    "{approach} does not address the client's concern (link strength {strength} of {most})",
)
HELPS_SOME = msg(
    "MatchBreakdown",
    "{approach} helps with {helped} of the client's {total} concerns "
    "(link strength {strength} of {most})",
)
# the detail above, then the approaches the client asked for that this therapist lacks
NOT_OFFERED = msg(
    "MatchBreakdown", "{detail}; does not offer {approaches}, which the client asked for"
)


def approach_detail(
    profile: Profile, catalogue: Catalogue, therapist: Therapist, approach: str
) -> str:
    if not approach:
        return say(LISTS_NO_APPROACH)
    label = catalogue.approach_label(approach, language())
    if approach in profile.preferred_set:
        return say(ASKED_FOR, approach=label)
    missing = [key for key in profile.preferred if key not in therapist.approaches]
    if not profile.concerns:
        text = say(NO_CONCERNS_HALF, approach=label)
    else:
        links = catalogue.approaches[approach].concerns if approach in catalogue.approaches else {}
        helped = sum(1 for key in profile.concerns if key in links)
        total = len(profile.concerns)
        one = HELPS_THE_ONE if helped else MISSES_THE_ONE
        sentence = one if total == 1 else HELPS_SOME
        text = say(
            sentence,
            approach=label,
            helped=helped,
            total=total,
            strength=profile.fit.get(approach, 0),
            most=MAX_LINK * total,
        )
    if missing:
        names = _listed([approach_label(catalogue, key) for key in missing])
        text = say(NOT_OFFERED, detail=text, approaches=names)
    return text


NO_CLIENT_TIMES = msg("MatchBreakdown", "The client gave no free times; counted as half")
NO_THERAPIST_TIMES = msg("MatchBreakdown", "The therapist lists no free times; counted as half")
NO_TIMES_SHARED = msg("MatchBreakdown", "No free times in common")
ONE_TIME_SHARED = msg("MatchBreakdown", "1 free time in common (full marks at {enough}): {times}")
TIMES_SHARED = msg(
    "MatchBreakdown", "{count} free times in common (full marks at {enough}): {times}"
)


def availability_detail(profile: Profile, therapist: Therapist, facts: PairFacts) -> str:
    if not profile.slots:
        return say(NO_CLIENT_TIMES)
    if not therapist.availability:
        return say(NO_THERAPIST_TIMES)
    shared = facts.shared_slots
    if not shared:
        return say(NO_TIMES_SHARED)
    enough = min(len(profile.slots), ENOUGH_SHARED_SLOTS)
    return _count(len(shared), ONE_TIME_SHARED, TIMES_SHARED, enough=enough, times=_times(shared))


NO_BUDGET = msg("MatchBreakdown", "The client gave no budget")
FULL_FEE_FITS = msg("MatchBreakdown", "Full fee {fee} is within the {budget} budget")
ONLY_SLIDING = msg(
    "MatchBreakdown",
    "Only the sliding scale (from {low}) fits the {budget} budget; the full fee is {fee}",
)
FEE_ABOVE = msg(
    "MatchBreakdown", "Fee {fee} is above the {budget} budget, even on the sliding scale"
)


def fee_detail(needs: Needs, therapist: Therapist, facts: PairFacts) -> str:
    if needs.max_fee is None:
        return say(NO_BUDGET)
    budget = _money(needs.max_fee)
    fee = _money(therapist.fee)
    fits = facts.fee_fit
    if fits == "full":
        return say(FULL_FEE_FITS, fee=fee, budget=budget)
    if fits == "sliding" and therapist.sliding_scale_min is not None:
        return say(ONLY_SLIDING, low=_money(therapist.sliding_scale_min), budget=budget, fee=fee)
    return say(FEE_ABOVE, fee=fee, budget=budget)


NO_RECENT = msg("MatchBreakdown", "No referrals in the last 90 days")
ONE_RECENT = msg("MatchBreakdown", "1 referral in the last 90 days")
SOME_RECENT = msg("MatchBreakdown", "{count} referrals in the last 90 days")


def fair_spread_detail(candidate: Candidate) -> str:
    recent = candidate.recent_referrals
    if recent <= 0:
        return say(NO_RECENT)
    return _count(recent, ONE_RECENT, SOME_RECENT)


# --- nobody matched ----------------------------------------------------------------

# how many therapists each rule removed: (one, many) for each case
_REMOVED_ACCEPTING = (
    msg("NoMatch", "1 therapist is not accepting new clients"),
    msg("NoMatch", "{count} therapists are not accepting new clients"),
)
_REMOVED_CAPACITY = (
    msg("NoMatch", "1 therapist is full (at their limit of open referrals)"),
    msg("NoMatch", "{count} therapists are full (at their limit of open referrals)"),
)
_REMOVED_LANGUAGE = (
    msg("NoMatch", "1 therapist does not offer sessions in {language}"),
    msg("NoMatch", "{count} therapists do not offer sessions in {language}"),
)
_REMOVED_MODALITY = {
    ModalityPreference.IN_PERSON: (
        msg("NoMatch", "1 therapist does not see clients in person"),
        msg("NoMatch", "{count} therapists do not see clients in person"),
    ),
    ModalityPreference.VIRTUAL: (
        msg("NoMatch", "1 therapist does not offer virtual sessions"),
        msg("NoMatch", "{count} therapists do not offer virtual sessions"),
    ),
    ModalityPreference.EITHER: (
        msg("NoMatch", "1 therapist does not list in-person or virtual sessions"),
        msg("NoMatch", "{count} therapists do not list in-person or virtual sessions"),
    ),
}
_REMOVED_LOCATION = (
    msg("NoMatch", "1 therapist does not see clients in person in {city}"),
    msg("NoMatch", "{count} therapists do not see clients in person in {city}"),
)
_REMOVED_GROUP = (  # client type or age group
    msg("NoMatch", "1 therapist does not work with {group}"),
    msg("NoMatch", "{count} therapists do not work with {group}"),
)
_REMOVED_FEE = (
    msg("NoMatch", "1 therapist charges more than {budget}, even on the sliding scale"),
    msg("NoMatch", "{count} therapists charge more than {budget}, even on the sliding scale"),
)
_REMOVED_GENDER = {
    Gender.WOMAN: (
        msg("NoMatch", "1 therapist is not a woman"),
        msg("NoMatch", "{count} therapists are not women"),
    ),
    Gender.MAN: (
        msg("NoMatch", "1 therapist is not a man"),
        msg("NoMatch", "{count} therapists are not men"),
    ),
    Gender.NONBINARY: (
        msg("NoMatch", "1 therapist is not nonbinary"),
        msg("NoMatch", "{count} therapists are not nonbinary"),
    ),
}
_REMOVED_RULE = (
    msg("NoMatch", "1 therapist fails the rule '{rule}'"),
    msg("NoMatch", "{count} therapists fail the rule '{rule}'"),
)


def _removed_line(rule: Rule, n: int, needs: Needs, language_name: str) -> str:
    if rule is Rule.ACCEPTING:
        return _count(n, *_REMOVED_ACCEPTING)
    if rule is Rule.CAPACITY:
        return _count(n, *_REMOVED_CAPACITY)
    if rule is Rule.LANGUAGE:
        return _count(n, *_REMOVED_LANGUAGE, language=language_name)
    if rule is Rule.MODALITY:
        return _count(n, *_REMOVED_MODALITY[needs.modality])
    if rule is Rule.LOCATION:
        return _count(n, *_REMOVED_LOCATION, city=needs.city)
    if rule is Rule.CLIENT_TYPE:
        return _count(n, *_REMOVED_GROUP, group=say(_CLIENT_TYPES[needs.client_type]))
    if rule is Rule.AGE_GROUP and needs.age_group is not None:
        return _count(n, *_REMOVED_GROUP, group=say(_AGE_GROUPS[needs.age_group]))
    if rule is Rule.FEE and needs.max_fee is not None:
        return _count(n, *_REMOVED_FEE, budget=_money(needs.max_fee))
    if rule is Rule.GENDER and needs.gender is not None:
        return _count(n, *_REMOVED_GENDER[needs.gender])
    return _count(n, *_REMOVED_RULE, rule=rule.value)


NOBODY_ACCEPTING = msg("NoMatch", "No therapist is accepting new clients")
# (only accepting ones were left, anyone was left) -> the headline; see _nobody_line
_NOBODY_ROOM = (
    msg("NoMatch", "No therapist accepting new clients has room for another referral"),
    msg("NoMatch", "No therapist left has room for another referral"),
)
_NOBODY_LANGUAGE = (
    msg("NoMatch", "No therapist accepting new clients offers sessions in {language}"),
    msg("NoMatch", "No therapist left offers sessions in {language}"),
)
_NOBODY_MODALITY = {
    ModalityPreference.IN_PERSON: msg("NoMatch", "No therapist left sees clients in person"),
    ModalityPreference.VIRTUAL: msg("NoMatch", "No therapist left offers virtual sessions"),
    ModalityPreference.EITHER: msg(
        "NoMatch", "No therapist left lists in-person or virtual sessions"
    ),
}
NOBODY_IN_CITY = msg("NoMatch", "No therapist left sees clients in person in {city}")
NOBODY_WITH_GROUP = msg("NoMatch", "No therapist left works with {group}")
NOBODY_IN_BUDGET = msg(
    "NoMatch", "No therapist left fits a budget of {budget}, even on the sliding scale"
)
NOBODY_OF_GENDER = msg("NoMatch", "No therapist left is {gender}")
NOBODY_FOR_RULE = msg("NoMatch", "No therapist left meets the rule '{rule}'")


def _nobody_line(rule: Rule, needs: Needs, language_name: str, accepting_checked: bool) -> str:
    """The headline when ``rule`` removed the last therapists standing."""
    if rule is Rule.ACCEPTING:
        return say(NOBODY_ACCEPTING)
    # Only ACCEPTING (and CAPACITY) come before LANGUAGE, so "accepting new clients"
    # is the whole truth up to there; after it "left" points at the lines below.
    which = 0 if accepting_checked else 1
    if rule is Rule.CAPACITY:
        return say(_NOBODY_ROOM[which])
    if rule is Rule.LANGUAGE:
        return say(_NOBODY_LANGUAGE[which], language=language_name)
    if rule is Rule.MODALITY:
        return say(_NOBODY_MODALITY[needs.modality])
    if rule is Rule.LOCATION:
        return say(NOBODY_IN_CITY, city=needs.city)
    if rule is Rule.CLIENT_TYPE:
        return say(NOBODY_WITH_GROUP, group=say(_CLIENT_TYPES[needs.client_type]))
    if rule is Rule.AGE_GROUP and needs.age_group is not None:
        return say(NOBODY_WITH_GROUP, group=say(_AGE_GROUPS[needs.age_group]))
    if rule is Rule.FEE and needs.max_fee is not None:
        return say(NOBODY_IN_BUDGET, budget=_money(needs.max_fee))
    if rule is Rule.GENDER and needs.gender is not None:
        return say(NOBODY_OF_GENDER, gender=say(_GENDERS[needs.gender]))
    return say(NOBODY_FOR_RULE, rule=rule.value)


ALL_ARCHIVED = msg("NoMatch", "Every therapist in the directory is archived")
EMPTY_DIRECTORY = msg("NoMatch", "No therapists are in the directory yet")
ALL_TRIED = msg("NoMatch", "Every therapist who fits has already been tried for this client")
_LEFT_OUT = (
    msg("NoMatch", "1 therapist already tried for this client was left out"),
    msg("NoMatch", "{count} therapists already tried for this client were left out"),
)


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
        return (say(ALL_ARCHIVED if archived else EMPTY_DIRECTORY),)
    lines: list[str] = []
    emptied = [rule for rule in Rule if removed.get(rule, 0) > 0]
    if emptied:
        accepting_checked = any(rule is Rule.ACCEPTING for rule, _ in needs.active)
        lines.append(_nobody_line(emptied[-1], needs, language_name, accepting_checked))
    elif excluded:
        lines.append(say(ALL_TRIED))
    if excluded:
        lines.append(_count(excluded, *_LEFT_OUT))
    lines.extend(_removed_line(rule, removed[rule], needs, language_name) for rule in emptied)
    return tuple(lines)
