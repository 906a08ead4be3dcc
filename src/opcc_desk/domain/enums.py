"""Closed vocabularies of the intake form and the therapist directory.

Values are the exact strings of the import files and the command line
(docs/file-formats.md), so they go straight into files and onto the command line.
"""

from __future__ import annotations

from enum import StrEnum


class ClientType(StrEnum):
    INDIVIDUAL = "individual"
    COUPLE = "couple"
    FAMILY = "family"


class AgeGroup(StrEnum):
    CHILD = "child"
    TEEN = "teen"
    ADULT = "adult"
    SENIOR = "senior"


class Modality(StrEnum):
    """How a therapist offers sessions."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"


class ModalityPreference(StrEnum):
    """How a client wants sessions."""

    IN_PERSON = "in_person"
    VIRTUAL = "virtual"
    EITHER = "either"


class Gender(StrEnum):
    WOMAN = "woman"
    MAN = "man"
    NONBINARY = "nonbinary"


class Level(StrEnum):
    SENIOR = "senior"
    ASSOCIATE = "associate"


class Day(StrEnum):
    MON = "mon"
    TUE = "tue"
    WED = "wed"
    THU = "thu"
    FRI = "fri"
    SAT = "sat"
    SUN = "sun"


class DayPart(StrEnum):
    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"


def slot_key(day: Day, part: DayPart) -> str:
    """The file spelling of one availability slot, e.g. ``mon_evening``."""
    return f"{day.value}_{part.value}"


ALL_SLOTS: tuple[str, ...] = tuple(slot_key(d, p) for d in Day for p in DayPart)


class ReferralStatus(StrEnum):
    PROPOSED = "proposed"
    SENT = "sent"
    CONTACTED = "contacted"
    BOOKED = "booked"
    ACTIVE = "active"
    CLOSED = "closed"
    DECLINED = "declined"
    NO_RESPONSE = "no_response"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


OPEN_STATUSES: frozenset[ReferralStatus] = frozenset(
    {
        ReferralStatus.PROPOSED,
        ReferralStatus.SENT,
        ReferralStatus.CONTACTED,
        ReferralStatus.BOOKED,
        ReferralStatus.ACTIVE,
    }
)


class Priority(StrEnum):
    """How soon a waiting client should be offered a place, most urgent first."""

    URGENT = "urgent"
    HIGH = "high"
    NORMAL = "normal"
    LOW = "low"

    @property
    def rank(self) -> int:
        return list(Priority).index(self)
