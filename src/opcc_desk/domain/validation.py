"""Field checks shared by the import files, the command line and the forms.

Each check returns the cleaned value or raises :class:`FieldError` with a
message a receptionist can act on: what is wrong and how to fix it.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import TypeVar

from opcc_desk.domain.enums import ALL_SLOTS

MAX_NAME = 100
MAX_SHORT = 200
MAX_LONG = 5000
MAX_FEE = Decimal("10000")


class FieldError(ValueError):
    """One field failed its check; ``field`` is the file column name."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


# a Problem's code, for a check the program reacts to whatever language the message is in
REPEATED_ID = "repeated_id"


@dataclass(frozen=True, slots=True)
class Problem:
    field: str
    message: str
    code: str = ""  # REPEATED_ID, or empty

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class RecordError(ValueError):
    """A whole record failed; every problem is listed, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


E = TypeVar("E", bound=StrEnum)

_YES = {"yes", "true", "1", "y", "oui"}
_NO = {"no", "false", "0", "n", "non"}
_POSTAL = re.compile(r"^([ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z])\s?(\d[ABCEGHJ-NPRSTV-Z]\d)$")
_DECIMAL_COMMA = re.compile(r"^\d+,\d{1,2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Python's int() and Decimal() also take "1_0", "1e3", "+5", "-0" and non-ASCII digits;
# a file cell or a form field takes plain digits only.
_DIGITS = re.compile(r"^[0-9]+$")
_AMOUNT = re.compile(r"^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")
# Characters that reorder text on screen (right-to-left override and friends): in a name
# they make "Anna" display as something else in a list, a letter or a report.
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def text(field: str, value: str, *, required: bool = False, limit: int = MAX_SHORT) -> str:
    cleaned = _CONTROL.sub("", value or "").strip()
    if required and not cleaned:
        raise FieldError(field, "is required; please fill it in")
    if len(cleaned) > limit:
        raise FieldError(
            field, f"is {len(cleaned)} characters long; shorten it to {limit} or fewer"
        )
    return cleaned


def person_name(field: str, value: str, *, required: bool = False) -> str:
    """A name as people write it, in any script, but without direction-control characters."""
    cleaned = text(field, value, required=required, limit=MAX_NAME)
    hidden = sorted({f"U+{ord(ch):04X}" for ch in cleaned if ch in _BIDI_CONTROLS})
    if hidden:
        raise FieldError(
            field,
            f"contains invisible text-direction characters ({', '.join(hidden)}) that change "
            "how the name is shown; retype the name without them",
        )
    return cleaned


def yes_no(field: str, value: str, *, required: bool = False) -> bool:
    cleaned = (value or "").strip().lower()
    if not cleaned:
        if required:
            raise FieldError(field, "is required; write yes or no")
        return False
    if cleaned in _YES:
        return True
    if cleaned in _NO:
        return False
    raise FieldError(field, f"'{value.strip()}' is not yes or no; write yes or no")


def split_list(value: str) -> list[str]:
    """Split a `;`-separated cell, dropping blanks and repeats, keeping order."""
    seen: dict[str, None] = {}
    for part in (value or "").split(";"):
        item = part.strip()
        if item:
            seen.setdefault(item, None)
    return list(seen)


def choices(field: str, value: str, enum: type[E], *, required: bool = False) -> list[E]:
    items = [item.lower() for item in split_list(value)]
    if required and not items:
        raise FieldError(field, f"is required; use one or more of {_allowed(enum)}")
    result: list[E] = []
    for item in items:
        try:
            result.append(enum(item))
        except ValueError:
            raise FieldError(field, f"'{item}' is not allowed; use {_allowed(enum)}") from None
    return result


def choice(field: str, value: str, enum: type[E], *, required: bool = False) -> E | None:
    cleaned = (value or "").strip().lower()
    if not cleaned:
        if required:
            raise FieldError(field, f"is required; use one of {_allowed(enum)}")
        return None
    try:
        return enum(cleaned)
    except ValueError:
        raise FieldError(field, f"'{value.strip()}' is not allowed; use {_allowed(enum)}") from None


def _allowed(enum: type[StrEnum]) -> str:
    return ", ".join(member.value for member in enum)


def keys(field: str, value: str, known: Collection[str], *, required: bool) -> list[str]:
    """Catalogue keys (approaches, concerns), checked against the catalogue."""
    items = [item.lower() for item in split_list(value)]
    if required and not items:
        raise FieldError(field, "is required; give at least one catalogue key")
    unknown = [item for item in items if item not in known]
    if unknown:
        listed = ", ".join(f"'{u}'" for u in unknown)
        raise FieldError(
            field,
            f"{listed} not in the catalogue; use keys such as {', '.join(sorted(known)[:4])}",
        )
    return items


# Names the desk and clients use in Ontario, where they differ from the standard ones.
_DESK_NAMES: dict[str, dict[str, str]] = {
    "en": {"fa": "Farsi (Persian)", "pa": "Punjabi", "tl": "Tagalog (Filipino)"},
    "fr": {"fa": "farsi (persan)", "tl": "tagalog (filipino)"},
}


@cache
def language_names(display: str = "en") -> dict[str, str]:
    """ISO 639-1 code -> language name, in the display language."""
    from babel import Locale  # loaded on first use: start-up does not need it

    names = Locale(display).languages
    result = {code: name for code, name in names.items() if len(code) == 2 and code.isalpha()}
    result.update(_DESK_NAMES.get(display, {}))
    return result


def language_name(code: str, display: str = "en") -> str:
    return language_names(display).get(code, code)


def language(field: str, value: str, *, required: bool = True) -> str:
    cleaned = (value or "").strip().lower()
    if not cleaned:
        if required:
            raise FieldError(field, "is required; use a two-letter code such as en or fr")
        return ""
    if cleaned not in language_names():
        raise FieldError(
            field,
            f"'{value.strip()}' is not a two-letter language code (ISO 639-1) such as en, fr, fa",
        )
    return cleaned


def languages(field: str, value: str, *, required: bool = True) -> list[str]:
    items = split_list(value)
    if required and not items:
        raise FieldError(field, "is required; list language codes such as en;fr")
    return [language(field, item) for item in items]


def email(field: str, value: str) -> str:
    cleaned = (value or "").strip()
    if not cleaned:
        return ""
    if len(cleaned) > 254:
        raise FieldError(field, "is too long for an email address (254 characters at most)")
    # imported here: the two checkers take ~40 ms to load, which start-up need not pay
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(cleaned, check_deliverability=False).normalized
    except EmailNotValidError:
        raise FieldError(
            field, f"'{cleaned}' is not a valid email address; it should look like name@example.ca"
        ) from None


def phone(field: str, value: str) -> str:
    """A phone number, Canadian unless it starts with +; kept in national format."""
    cleaned = (value or "").strip()
    if not cleaned:
        return ""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(cleaned, "CA")
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        raise FieldError(
            field,
            f"'{cleaned}' is not a valid phone number; write 10 digits such as 416-555-0134",
        )
    fmt = (
        phonenumbers.PhoneNumberFormat.NATIONAL
        if parsed.country_code == 1
        else phonenumbers.PhoneNumberFormat.INTERNATIONAL
    )
    formatted = phonenumbers.format_number(parsed, fmt)
    return formatted


def postal_code(field: str, value: str) -> str:
    cleaned = (value or "").strip().upper()
    if not cleaned:
        return ""
    match = _POSTAL.match(cleaned)
    if not match:
        raise FieldError(
            field, f"'{value.strip()}' is not a Canadian postal code; it should look like M5V 2T6"
        )
    return f"{match.group(1)} {match.group(2)}"


def parse_date(field: str, value: str, *, today: date) -> date | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    try:
        parsed = date.fromisoformat(cleaned)
    except ValueError:
        raise FieldError(
            field, f"'{cleaned}' is not a date; write it as YYYY-MM-DD, e.g. 1990-04-23"
        ) from None
    if parsed >= today:
        raise FieldError(field, f"{parsed.isoformat()} is not in the past; check the year")
    if parsed.year < 1900:
        raise FieldError(field, f"{parsed.isoformat()} is too long ago; check the year")
    return parsed


def parse_datetime(field: str, value: str) -> datetime | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        raise FieldError(
            field, f"'{cleaned}' is not a date; write YYYY-MM-DD or YYYY-MM-DDTHH:MM"
        ) from None
    if parsed.tzinfo is not None:
        # intake times are kept as the clinic's local wall-clock time, like unzoned ones
        parsed = parsed.astimezone().replace(tzinfo=None)
    return parsed


def money(field: str, value: str, *, required: bool = False) -> Decimal | None:
    cleaned = (value or "").strip().replace("$", "").replace("\u00a0", "").replace(" ", "")
    if _DECIMAL_COMMA.match(cleaned):
        cleaned = cleaned.replace(",", ".")  # French style: 90,50 $
    else:
        cleaned = cleaned.replace(",", "")  # thousands: 1,250
    if not cleaned:
        if required:
            raise FieldError(field, "is required; write an amount in dollars such as 150")
        return None
    if cleaned.startswith("-"):
        raise FieldError(field, f"'{value.strip()}' must be zero or more, written without a sign")
    if not _AMOUNT.match(cleaned):
        raise FieldError(
            field, f"'{value.strip()}' is not an amount; write a number such as 150 or 92.50"
        )
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only numbers
        raise FieldError(
            field, f"'{value.strip()}' is not an amount; write a number such as 150"
        ) from None
    if amount > MAX_FEE:
        raise FieldError(field, f"{amount} is more than {MAX_FEE}; check the amount")
    return amount.quantize(Decimal("0.01"))


def whole_number(field: str, value: str, *, minimum: int = 0, maximum: int = 10_000) -> int | None:
    cleaned = (value or "").strip()
    if not cleaned:
        return None
    if not _DIGITS.match(cleaned):
        raise FieldError(field, f"'{cleaned}' is not a whole number; write digits only, e.g. 10")
    number = int(cleaned)
    if not minimum <= number <= maximum:
        raise FieldError(field, f"{number} must be between {minimum} and {maximum}")
    return number


def slots(field: str, value: str) -> list[str]:
    items = [item.lower() for item in split_list(value)]
    bad = [item for item in items if item not in ALL_SLOTS]
    if bad:
        raise FieldError(
            field,
            f"{', '.join(repr(b) for b in bad)} not a time slot; "
            "use DAY_PART such as mon_evening or sat_morning",
        )
    order = {slot: i for i, slot in enumerate(ALL_SLOTS)}
    return sorted(items, key=order.__getitem__)
