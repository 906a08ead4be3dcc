"""The file columns of docs/file-formats.md, both ways.

``*_from_row`` turns one row of text cells (a CSV line, a JSON object, or the
fields of a form) into a checked record, collecting every problem at once.
``*_to_row`` writes a record back as cells, so export -> import -> export gives
the same file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import TypeVar

from opcc_desk.domain import validation as v
from opcc_desk.domain.enums import (
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Catalogue, Client, Therapist

THERAPIST_COLUMNS: tuple[str, ...] = (
    "id",
    "first_name",
    "last_name",
    "pronouns",
    "gender",
    "credentials",
    "registration",
    "email",
    "phone",
    "languages",
    "approaches",
    "concerns",
    "client_types",
    "age_groups",
    "modalities",
    "locations",
    "fee",
    "sliding_scale_min",
    "level",
    "accepting",
    "capacity",
    "availability",
    "bio",
    "directory",
    "directory_contact",
)
# columns an older file may lack; a stored therapist keeps its value for them on import
THERAPIST_DIRECTORY_COLUMNS: tuple[str, ...] = ("directory", "directory_contact")
THERAPIST_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "first_name",
        "last_name",
        "languages",
        "approaches",
        "client_types",
        "age_groups",
        "modalities",
        "fee",
        "accepting",
    }
)

CLIENT_COLUMNS: tuple[str, ...] = (
    "id",
    "submitted",
    "first_name",
    "last_name",
    "preferred_name",
    "pronouns",
    "date_of_birth",
    "email",
    "phone",
    "address",
    "city",
    "postal_code",
    "language",
    "client_type",
    "age_group",
    "concerns",
    "approach_preference",
    "therapist_gender",
    "modality",
    "location",
    "max_fee",
    "availability",
    "consent_to_contact",
    "email_consent",
    "notes",
)
CLIENT_REQUIRED: frozenset[str] = frozenset(
    {
        "id",
        "first_name",
        "last_name",
        "language",
        "client_type",
        "concerns",
        "modality",
        "consent_to_contact",
    }
)
# email and phone are "one of them": checked per row, not per column.

T = TypeVar("T")


class _Collector:
    """Runs each field check and keeps every failure instead of stopping at one."""

    def __init__(self, row: Mapping[str, str]) -> None:
        self.row = row
        self.problems: list[v.Problem] = []

    def cell(self, name: str) -> str:
        value = self.row.get(name)
        return "" if value is None else str(value)

    def get(self, name: str, check: Callable[[str, str], T], default: T) -> T:
        try:
            return check(name, self.cell(name))
        except v.FieldError as error:
            self.problems.append(v.Problem(error.field, error.message))
            return default

    def add(self, field: str, message: str) -> None:
        self.problems.append(v.Problem(field, message))


# Blank-looking letters that are not spaces: an id holding one looks the same as an id
# without it, in a list and on a letter, yet names another record.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")


def record_id(field: str, value: str) -> str:
    cleaned = v.text(field, value, required=True, limit=64)
    if any(ch.isspace() for ch in cleaned) or ";" in cleaned:
        raise v.FieldError(field, f"'{cleaned}' must not contain spaces or ';'")
    hidden = sorted(
        {
            f"U+{ord(ch):04X}"
            for ch in cleaned
            if unicodedata.category(ch) in {"Cf", "Cc", "Co", "Cn"} or ch in _BLANK_LETTERS
        }
    )
    if hidden:
        # refused, not silently removed: the id is the key other systems use, and a
        # cleaned-up copy would quietly point at a different record than the source file
        raise v.FieldError(
            field,
            f"'{cleaned}' contains invisible characters ({', '.join(hidden)}) that make it "
            "look like another id; retype it",
        )
    return cleaned


def id_key(record: str) -> str:
    """The form two ids are compared in: ids differing only in case are look-alikes."""
    return unicodedata.normalize("NFKC", record).casefold()


def age_group_for(born: date, today: date) -> AgeGroup:
    years = today.year - born.year - ((today.month, today.day) < (born.month, born.day))
    if years < 13:
        return AgeGroup.CHILD
    if years < 18:
        return AgeGroup.TEEN
    if years < 65:
        return AgeGroup.ADULT
    return AgeGroup.SENIOR


def effective_age_group(client: Client, today: date) -> AgeGroup | None:
    """The age group given, or the one the birth date gives today."""
    if client.age_group is None and client.date_of_birth is not None:
        return age_group_for(client.date_of_birth, today)
    return client.age_group


def therapist_from_row(row: Mapping[str, str], catalogue: Catalogue) -> Therapist:
    c = _Collector(row)

    def name(field: str, value: str) -> str:
        return v.person_name(field, value, required=True)

    therapist = Therapist(
        id=c.get("id", record_id, ""),
        first_name=c.get("first_name", name, ""),
        last_name=c.get("last_name", name, ""),
        pronouns=c.get("pronouns", lambda f, x: v.text(f, x, limit=40), ""),
        gender=c.get("gender", lambda f, x: v.choice(f, x, Gender), None),
        credentials=c.get("credentials", _short_list, []),
        registration=c.get("registration", lambda f, x: v.text(f, x, limit=80), ""),
        email=c.get("email", v.email, ""),
        phone=c.get("phone", v.phone, ""),
        languages=c.get("languages", v.languages, []),
        approaches=c.get(
            "approaches", lambda f, x: v.keys(f, x, catalogue.approaches, required=True), []
        ),
        concerns=c.get(
            "concerns", lambda f, x: v.keys(f, x, catalogue.concerns, required=False), []
        ),
        client_types=c.get(
            "client_types", lambda f, x: v.choices(f, x, ClientType, required=True), []
        ),
        age_groups=c.get("age_groups", lambda f, x: v.choices(f, x, AgeGroup, required=True), []),
        modalities=c.get("modalities", lambda f, x: v.choices(f, x, Modality, required=True), []),
        locations=c.get("locations", _short_list, []),
        fee=c.get("fee", lambda f, x: v.money(f, x, required=True), None) or Decimal(0),
        sliding_scale_min=c.get("sliding_scale_min", v.money, None),
        level=c.get("level", lambda f, x: v.choice(f, x, Level), None),
        accepting=c.get("accepting", lambda f, x: v.yes_no(f, x, required=True), False),
        capacity=c.get("capacity", lambda f, x: v.whole_number(f, x, maximum=500), None),
        availability=c.get("availability", v.slots, []),
        bio=c.get("bio", lambda f, x: v.text(f, x, limit=v.MAX_LONG), ""),
        # empty = listed: a therapist appears unless they asked not to
        directory=c.get("directory", lambda f, x: v.yes_no(f, x) if x.strip() else True, True),
        directory_contact=c.get("directory_contact", v.yes_no, False),
    )
    slide = therapist.sliding_scale_min
    fee_ok = not any(p.field in {"fee", "sliding_scale_min"} for p in c.problems)
    if slide is not None and fee_ok and slide > therapist.fee:
        c.add(
            "sliding_scale_min",
            f"{slide} is above the full fee {therapist.fee}; it must be lower or empty",
        )
    if c.problems:
        raise v.RecordError(c.problems)
    return therapist


def client_from_row(row: Mapping[str, str], catalogue: Catalogue, *, today: date) -> Client:
    c = _Collector(row)

    def name(field: str, value: str) -> str:
        return v.person_name(field, value, required=True)

    born = c.get("date_of_birth", lambda f, x: v.parse_date(f, x, today=today), None)
    client = Client(
        id=c.get("id", record_id, ""),
        submitted=c.get("submitted", v.parse_datetime, None),
        first_name=c.get("first_name", name, ""),
        last_name=c.get("last_name", name, ""),
        preferred_name=c.get("preferred_name", v.person_name, ""),
        pronouns=c.get("pronouns", lambda f, x: v.text(f, x, limit=40), ""),
        date_of_birth=born,
        email=c.get("email", v.email, ""),
        phone=c.get("phone", v.phone, ""),
        address=c.get("address", lambda f, x: v.text(f, x, limit=v.MAX_SHORT), ""),
        city=c.get("city", lambda f, x: v.text(f, x, limit=v.MAX_NAME), ""),
        postal_code=c.get("postal_code", v.postal_code, ""),
        language=c.get("language", v.language, ""),
        client_type=c.get(
            "client_type", lambda f, x: v.choice(f, x, ClientType, required=True), None
        )
        or ClientType.INDIVIDUAL,
        age_group=c.get("age_group", lambda f, x: v.choice(f, x, AgeGroup), None),
        concerns=c.get(
            "concerns", lambda f, x: v.keys(f, x, catalogue.concerns, required=True), []
        ),
        approach_preference=c.get(
            "approach_preference",
            lambda f, x: v.keys(f, x, catalogue.approaches, required=False),
            [],
        ),
        therapist_gender=c.get("therapist_gender", lambda f, x: v.choice(f, x, Gender), None),
        modality=c.get(
            "modality", lambda f, x: v.choice(f, x, ModalityPreference, required=True), None
        )
        or ModalityPreference.EITHER,
        location=c.get("location", lambda f, x: v.text(f, x, limit=v.MAX_NAME), ""),
        max_fee=c.get("max_fee", v.money, None),
        availability=c.get("availability", v.slots, []),
        consent_to_contact=c.get(
            "consent_to_contact", lambda f, x: v.yes_no(f, x, required=True), False
        ),
        email_consent=c.get("email_consent", v.yes_no, False),
        notes=c.get("notes", lambda f, x: v.text(f, x, limit=v.MAX_LONG), ""),
    )
    email_ok = not any(p.field == "email" for p in c.problems)
    phone_ok = not any(p.field == "phone" for p in c.problems)
    if email_ok and phone_ok and not client.email and not client.phone:
        c.add("email", "give an email address or a phone number so the desk can reach the client")
    if client.date_of_birth is not None and client.age_group is not None:
        # an empty age group is worked out from the birth date when needed
        # (effective_age_group), so the stored record never goes stale on a birthday
        derived = age_group_for(client.date_of_birth, today)
        if client.age_group is not derived:
            c.add(
                "age_group",
                f"'{client.age_group.value}' does not fit the date of birth ({derived.value}); "
                "leave the age group empty or correct one of them",
            )
    if client.submitted is not None and client.submitted.date() > today:
        c.add(
            "submitted", f"{client.submitted.date().isoformat()} is in the future; check the date"
        )
    if c.problems:
        raise v.RecordError(c.problems)
    return client


def _short_list(field: str, value: str) -> list[str]:
    items = v.split_list(value)
    for item in items:
        v.text(field, item, limit=v.MAX_NAME)
    if len(items) > 20:
        raise v.FieldError(field, f"has {len(items)} entries; keep it to 20 or fewer")
    return items


def _join(values: list[str] | list[ClientType] | list[AgeGroup] | list[Modality]) -> str:
    return ";".join(str(value) for value in values)


def _yes(value: bool) -> str:
    return "yes" if value else "no"


def _money(value: Decimal | None) -> str:
    if value is None:
        return ""
    return f"{value.quantize(Decimal('0.01'))}"


def _opt(value: object) -> str:
    return "" if value is None else str(value)


def _when(value: datetime | None) -> str:
    if value is None:
        return ""
    if value.time() == datetime.min.time():
        return value.date().isoformat()
    # as precise as the stored time, no more: an intake saved again unchanged (or a file
    # exported and imported back) keeps its time to the second, so the list keeps its order
    if value.microsecond:
        return value.isoformat(timespec="microseconds")
    if value.second:
        return value.isoformat(timespec="seconds")
    return value.isoformat(timespec="minutes")


def therapist_to_row(t: Therapist) -> dict[str, str]:
    return {
        "id": t.id,
        "first_name": t.first_name,
        "last_name": t.last_name,
        "pronouns": t.pronouns,
        "gender": _opt(t.gender),
        "credentials": _join(t.credentials),
        "registration": t.registration,
        "email": t.email,
        "phone": t.phone,
        "languages": _join(t.languages),
        "approaches": _join(t.approaches),
        "concerns": _join(t.concerns),
        "client_types": _join(t.client_types),
        "age_groups": _join(t.age_groups),
        "modalities": _join(t.modalities),
        "locations": _join(t.locations),
        "fee": _money(t.fee),
        "sliding_scale_min": _money(t.sliding_scale_min),
        "level": _opt(t.level),
        "accepting": _yes(t.accepting),
        "capacity": _opt(t.capacity),
        "availability": _join(t.availability),
        "bio": t.bio,
        "directory": _yes(t.directory),
        "directory_contact": _yes(t.directory_contact),
    }


def client_to_row(c: Client) -> dict[str, str]:
    return {
        "id": c.id,
        "submitted": _when(c.submitted),
        "first_name": c.first_name,
        "last_name": c.last_name,
        "preferred_name": c.preferred_name,
        "pronouns": c.pronouns,
        "date_of_birth": c.date_of_birth.isoformat() if c.date_of_birth else "",
        "email": c.email,
        "phone": c.phone,
        "address": c.address,
        "city": c.city,
        "postal_code": c.postal_code,
        "language": c.language,
        "client_type": str(c.client_type),
        "age_group": _opt(c.age_group),
        "concerns": _join(c.concerns),
        "approach_preference": _join(c.approach_preference),
        "therapist_gender": _opt(c.therapist_gender),
        "modality": str(c.modality),
        "location": c.location,
        "max_fee": _money(c.max_fee),
        "availability": _join(c.availability),
        "consent_to_contact": _yes(c.consent_to_contact),
        "email_consent": _yes(c.email_consent),
        "notes": c.notes,
    }
