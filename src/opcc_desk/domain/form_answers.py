"""Reading a web form's answer labels as the desk's values, in English and French.

Form tools export what the person clicked ("$90–$120", "Evenings (weekdays)",
"En personne", "Oui, vous pouvez me joindre") rather than the desk's keys. Each
reader here takes one such label and returns the desk's value, or None when it
cannot tell: a guess the desk would have to undo is worse than no guess.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone
from decimal import Decimal, InvalidOperation

from opcc_desk.domain.enums import ALL_SLOTS, Day, DayPart, slot_key


def plain(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: for comparing words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("’", "'")
    return " ".join(re.sub(r"[^\w'$+]+", " ", bare).split())


# ---------------------------------------------------------------- yes / no

_NEGATIVE = re.compile(r"\b(no|non|not|don't|dont|do not|never|decline|refuse|je refuse|ne |pas)\b")
_YES_WORDS = (
    "yes",
    "oui",
    "y",
    "true",
    "1",
    "agree",
    "i agree",
    "consent",
    "i consent",
    "accept",
    "j'accepte",
    "d'accord",
    "ok",
    "okay",
    "sure",
    "absolutely",
    "bien sur",
    "certainly",
)


def yes_no(label: str) -> str | None:
    """'yes' or 'no' for consent-style answers ("Yes, you may contact me", "Non")."""
    words = plain(label)
    if not words:
        return None
    if words in {"no", "non", "n", "false", "0"} or _NEGATIVE.search(f"{words} "):
        return "no"
    first = words.split(" ")[0]
    if (
        words in _YES_WORDS
        or first in {"yes", "oui"}
        or any(w in words for w in ("i agree", "i consent", "j'accepte", "je consens", "d'accord"))
    ):
        return "yes"
    return None


# ---------------------------------------------------------------- fees

_NUMBER = re.compile(r"\d[\d\s\u00a0\u202f]*(?:[.,]\d+)*")
_NO_CAP = (
    "no limit",
    "no maximum",
    "no max",
    "any",
    "full fee",
    "full price",
    "not a concern",
    "not an issue",
    "no budget",
    "pas de limite",
    "aucune limite",
    "sans limite",
    "pas de maximum",
    "tarif complet",
    "plein tarif",
    "peu importe",
)
_ABOVE = ("more than", "over", "above", "or more", "and up", "plus de", "et plus", "ou plus")


def _has(words: str, phrase: str) -> bool:
    """The phrase appears in the words as whole words."""
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", words) is not None


def _amount(raw: str) -> Decimal | None:
    digits = re.sub(r"[\s\u00a0\u202f]", "", raw)
    if re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", digits):
        digits = digits.replace(",", "")  # 1,250
    else:
        digits = digits.replace(",", ".")  # 90,50 $
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def fee_cap(label: str) -> str | None:
    """The most a person can pay, from "$90–$120", "Under $80", "90 à 120 $", "No limit".

    A range gives its top; "under"/"up to" gives the amount; an open top ("$150+",
    "No limit") gives "" (no cap). None: no amount could be read.
    """
    words = plain(label)
    amounts = [a for a in (_amount(m.group()) for m in _NUMBER.finditer(label)) if a is not None]
    if not amounts:
        return "" if any(_has(words, phrase) for phrase in _NO_CAP) else None
    if len(amounts) == 1 and ("+" in words or any(_has(words, p) for p in _ABOVE)):
        return ""  # "$150 or more": no cap the desk could hold them to
    top = max(amounts)
    if top > Decimal(10000):
        return None
    return f"{top.normalize():f}"


# ---------------------------------------------------------------- availability

_DAYS: dict[str, Day] = {}
for _day, _names in {
    Day.MON: ("mon", "monday", "lun", "lundi"),
    Day.TUE: ("tue", "tues", "tuesday", "mar", "mardi"),
    Day.WED: ("wed", "wednesday", "mer", "mercredi"),
    Day.THU: ("thu", "thur", "thurs", "thursday", "jeu", "jeudi"),
    Day.FRI: ("fri", "friday", "ven", "vendredi"),
    Day.SAT: ("sat", "saturday", "sam", "samedi"),
    Day.SUN: ("sun", "sunday", "dim", "dimanche"),
}.items():
    for _name in _names:
        _DAYS[_name] = _day
        _DAYS[_name + "s"] = _day
WEEKDAYS = (Day.MON, Day.TUE, Day.WED, Day.THU, Day.FRI)
WEEKEND = (Day.SAT, Day.SUN)
_WEEKEND_WORDS = re.compile(r"\b(weekends?|week ends?|fins? de semaine|week ?-?ends?)\b")
_WEEKDAY_WORDS = re.compile(
    r"\b(weekdays?|week days?|en semaine|de semaine|jours? de semaine|monday to friday)\b"
)
_PARTS: tuple[tuple[DayPart, re.Pattern[str]], ...] = (
    (DayPart.MORNING, re.compile(r"\b(mornings?|matins?|matinees?|avant midi|before noon)\b")),
    (DayPart.AFTERNOON, re.compile(r"\b(afternoons?|apres midi|after lunch|midday)\b")),
    (DayPart.EVENING, re.compile(r"\b(evenings?|soirs?|soirees?|nights?|after work|after 5)\b")),
)
_DAYTIME = re.compile(r"\b(daytime|during the day|en journee|de jour|business hours)\b")
_ANY_TIME = re.compile(
    r"\b(any ?time|anytime|flexible|whenever|any day"
    r"|n'importe quand|en tout temps|toute la semaine)\b"
)
_DAY_NAMES = "|".join(sorted(_DAYS, key=len, reverse=True))
# "Mon-Fri" is a range; the dash would be lost with the other punctuation
_DASH_RANGE = re.compile(rf"\b({_DAY_NAMES})\.?\s*[-–—]\s*({_DAY_NAMES})\b", re.IGNORECASE)
_RANGE_WORDS = {"to", "through", "thru", "au", "a", "until", "jusqu'au"}


def slots(label: str) -> str | None:
    """Availability slots from a phrase: "weekend mornings", "Evenings (weekdays)",
    "soirs de semaine", "Mon–Fri after 5", "Anytime". None: nothing recognised."""
    words = plain(_DASH_RANGE.sub(r"\1 to \2", label))
    days: list[Day] = []
    rest = words
    if _WEEKEND_WORDS.search(rest):
        days += WEEKEND
        rest = _WEEKEND_WORDS.sub(" ", rest)
    if _WEEKDAY_WORDS.search(rest):
        days += WEEKDAYS
        rest = _WEEKDAY_WORDS.sub(" ", rest)
    tokens = rest.split()
    named = [(i, _DAYS[t]) for i, t in enumerate(tokens) if t in _DAYS]
    index = 0
    while index < len(named):
        position, day = named[index]
        if index + 1 < len(named):
            next_position, last = named[index + 1]
            between = set(tokens[position + 1 : next_position])
            if between and between <= _RANGE_WORDS:
                order = list(Day)
                days += order[order.index(day) : order.index(last) + 1]
                index += 2
                continue
        days.append(day)
        index += 1
    parts = [part for part, pattern in _PARTS if pattern.search(rest)]
    if _DAYTIME.search(rest):
        parts += [DayPart.MORNING, DayPart.AFTERNOON]
    any_time = bool(_ANY_TIME.search(words))
    if not days and not parts and not any_time:
        return None
    chosen_days = set(days) or set(Day)
    chosen_parts = set(parts) or set(DayPart)
    found = {slot_key(d, p) for d in chosen_days for p in chosen_parts}
    return ";".join(slot for slot in ALL_SLOTS if slot in found)


def without_time_words(label: str) -> str:
    """The label's words once every day, part of day and "any time" phrase is taken out
    (what is left tells a short choice from a sentence that happens to name a time)."""
    words = plain(_DASH_RANGE.sub(r"\1 to \2", label))
    for pattern in (_WEEKEND_WORDS, _WEEKDAY_WORDS, _DAYTIME, _ANY_TIME, *(p for _, p in _PARTS)):
        words = pattern.sub(" ", words)
    return " ".join(w for w in words.split() if w not in _DAYS and w not in _RANGE_WORDS)


# ---------------------------------------------------------------- closed choices

# Each desk value with the ways forms tend to word it, in both languages (plain()ed).
MODALITY_WORDS: dict[str, tuple[str, ...]] = {
    "in_person": (
        "in person",
        "in-person",
        "face to face",
        "at the office",
        "office",
        "en personne",
        "en presentiel",
        "presentiel",
        "au bureau",
    ),
    "virtual": (
        "virtual",
        "online",
        "video",
        "zoom",
        "phone",
        "telephone",
        "remote",
        "telehealth",
        "virtuel",
        "virtuelle",
        "en ligne",
        "a distance",
        "visioconference",
        "video conference",
    ),
    "either": (
        "either",
        "both",
        "no preference",
        "either is fine",
        "whichever",
        "les deux",
        "peu importe",
        "sans preference",
        "aucune preference",
        "l'un ou l'autre",
    ),
}
CLIENT_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "individual": (
        "individual",
        "just me",
        "myself",
        "for me",
        "me",
        "individuel",
        "individuelle",
        "moi",
        "moi meme",
        "pour moi",
    ),
    "couple": ("couple", "my partner and me", "me and my partner", "couples", "en couple"),
    "family": ("family", "my family", "famille", "ma famille", "en famille"),
}
AGE_GROUP_WORDS: dict[str, tuple[str, ...]] = {
    "child": ("child", "children", "kid", "under 13", "enfant", "moins de 13 ans"),
    "teen": ("teen", "teenager", "youth", "adolescent", "adolescente", "ado", "13 17"),
    "adult": ("adult", "adulte", "18 64", "adult 18 64"),
    "senior": ("senior", "older adult", "65+", "65 and over", "aine", "aines", "65 ans et plus"),
}
GENDER_WORDS: dict[str, tuple[str, ...]] = {
    "woman": ("woman", "female", "a woman", "femme", "une femme", "women"),
    "man": ("man", "male", "a man", "homme", "un homme", "men"),
    "nonbinary": (
        "non binary",
        "nonbinary",
        "non-binary",
        "non binaire",
        "genderqueer",
        "two spirit",
    ),
    "": (
        "no preference",
        "any",
        "doesn't matter",
        "does not matter",
        "aucune preference",
        "sans preference",
        "peu importe",
        "indifferent",
    ),
}


def choice(label: str, table: dict[str, tuple[str, ...]]) -> str | None:
    """The desk value whose wording the label is, or contains as whole words."""
    words = plain(label)
    if not words:
        return None
    for value, phrases in table.items():
        if words in {plain(p) for p in phrases} or words == value:
            return value
    hits = {
        value
        for value, phrases in table.items()
        for phrase in phrases
        if len(plain(phrase)) > 3 and re.search(rf"\b{re.escape(plain(phrase))}\b", words)
    }
    return hits.pop() if len(hits) == 1 else None


def modality(label: str) -> str | None:
    """in_person, virtual or either; a label naming both ways counts as either."""
    found = choice(label, MODALITY_WORDS)
    if found is not None:
        return found
    words = plain(label)
    kinds = {
        value
        for value in ("in_person", "virtual")
        for phrase in MODALITY_WORDS[value]
        if re.search(rf"\b{re.escape(plain(phrase))}\b", words)
    }
    return "either" if len(kinds) == 2 else None


# ---------------------------------------------------------------- dates

# Zone abbreviations the form tools print after a time, with their offsets from UTC.
ZONES: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "NST": -210,
    "NDT": -150,
    "AST": -240,
    "ADT": -180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "HNE": -300,  # heure normale de l'Est
    "HAE": -240,  # heure avancée de l'Est
    "HNC": -360,
    "HAC": -300,
}
_ZONE_AT_END = re.compile(
    r"\s*(?:\(?\s*(?P<name>[A-Za-z]{1,4})\s*(?P<offset>[+-]\d{1,2}(?::?\d{2})?)?\s*\)?)$"
)

# Formats the common form tools write, tried in this order by the suggestions.
DATE_FORMATS: tuple[str, ...] = (
    "%Y/%m/%d %I:%M:%S %p %Z",  # Google Forms (English, with zone)
    "%Y/%m/%d %I:%M:%S %p",
    "%Y/%m/%d %H:%M:%S",
    "%m/%d/%Y %H:%M:%S",  # Google Forms, Microsoft Forms
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %H:%M",
    "%d/%m/%Y %H:%M:%S",  # Google Forms in French
    "%d/%m/%Y %H:%M",
    "%Y-%m-%d %H:%M:%S",  # Jotform
    "%Y-%m-%d %H:%M",
    "%b %d, %Y %I:%M %p",
    "%b %d, %Y",
    "%m/%d/%Y",
    "%d/%m/%Y",
    "%Y/%m/%d",
)


class DateMismatch(ValueError):
    """The text does not follow the date format."""


def read_date(text: str, layout: str) -> datetime:
    """A date-time written as ``layout`` (strftime codes). "%Z" also reads the zone
    names the form tools print (EST, EDT, HNE...) and "GMT-5"; "iso" reads ISO 8601."""
    cleaned = " ".join(text.split())
    if layout == "iso":
        try:
            return datetime.fromisoformat(cleaned)
        except ValueError:
            raise DateMismatch(cleaned) from None
    zone: timezone | None = None
    if layout.endswith("%Z"):
        layout = layout[:-2].rstrip()
        match = _ZONE_AT_END.search(cleaned)
        if match is None or match.group("name").upper() not in ZONES:
            raise DateMismatch(cleaned)
        minutes = ZONES[match.group("name").upper()]
        if match.group("offset"):
            sign = -1 if match.group("offset").startswith("-") else 1
            digits = match.group("offset")[1:].replace(":", "")
            hours, mins = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
            minutes += sign * (int(hours) * 60 + int(mins))
        zone = timezone(timedelta(minutes=minutes))
        cleaned = cleaned[: match.start()].rstrip()
    try:
        parsed = datetime.strptime(cleaned, layout)
    except ValueError:
        raise DateMismatch(cleaned) from None
    return parsed.replace(tzinfo=zone) if zone is not None else parsed


def desk_date(text: str, layout: str, *, date_only: bool) -> str:
    """The desk's ISO spelling of a date written as ``layout``."""
    parsed = read_date(text, layout)
    if date_only:
        return parsed.date().isoformat()
    return parsed.isoformat(timespec="seconds")


def guess_date_format(samples: list[str]) -> str | None:
    """The first known layout that reads every sample, "iso" for ISO 8601, else None."""
    filled = [s for s in samples if s.strip()]
    if not filled:
        return None
    for layout in ("iso", *DATE_FORMATS):
        try:
            for sample in filled:
                read_date(sample, layout)
        except DateMismatch:
            continue
        return layout
    return None
