"""The contact log: each call, message or visit between the desk and a client.

An entry says what happened (kind, direction, outcome, when, a short note), never what
it means for a referral: moving a referral along stays the desk's own decision.
Entries are corrected or struck out, never rewritten in place (the values before a
correction are kept in the record history, as for clients and therapists).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from opcc_desk.domain import validation as v

MAX_NOTE = 500
# a desk clock a little ahead of the database's is not a contact "in the future"
CLOCK_SLACK = timedelta(minutes=5)


class ContactKind(StrEnum):
    CALL = "call"
    VOICEMAIL = "voicemail"
    EMAIL = "email"
    TEXT = "text"
    IN_PERSON = "in_person"


class Direction(StrEnum):
    OUT = "out"  # the desk reached out
    IN = "in"  # the client (or someone for them) reached the desk


class Outcome(StrEnum):
    REACHED = "reached"
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    WRONG_NUMBER = "wrong_number"
    BOUNCED = "bounced"  # an email or text that did not arrive


@dataclass(frozen=True, slots=True)
class ContactDraft:
    """What the desk typed, checked: ready to be stored."""

    kind: ContactKind
    direction: Direction
    outcome: Outcome
    at: datetime
    note: str
    referral_id: int | None = None


@dataclass(frozen=True, slots=True)
class ContactEntry:
    """One stored entry of a client's contact log."""

    id: int
    client_id: str
    referral_id: int | None
    kind: ContactKind
    direction: Direction
    outcome: Outcome
    at: datetime  # when the contact happened (UTC, as every stored time)
    by: str  # who logged it
    note: str
    logged_at: datetime
    struck: bool = False
    struck_reason: str = ""
    corrections: int = 0  # earlier versions kept in the record history
    version: int = 1


@dataclass(frozen=True, slots=True)
class LastContact:
    """A client's newest contact that was not struck out: for the follow-up list."""

    at: datetime
    kind: ContactKind
    outcome: Outcome


def check_contact(
    *,
    kind: str,
    direction: str,
    outcome: str,
    at: datetime | None,
    note: str,
    now: datetime,
    referral_id: int | None = None,
) -> ContactDraft:
    """A checked entry, or RecordError listing every problem (nothing is stored then).

    ``at`` and ``now`` are both stored time (UTC); an empty ``at`` means now.
    """
    problems: list[v.Problem] = []

    def get(field: str, value: str, enum: type[v.E]) -> v.E | None:
        try:
            return v.choice(field, value, enum, required=True)
        except v.FieldError as error:
            problems.append(v.Problem(error.field, error.message))
            return None

    checked_kind = get("kind", kind, ContactKind)
    checked_direction = get("direction", direction, Direction)
    checked_outcome = get("outcome", outcome, Outcome)
    try:
        checked_note = v.text("note", note, limit=MAX_NOTE)
    except v.FieldError as error:
        problems.append(v.Problem(error.field, error.message))
        checked_note = ""
    when = now if at is None else at
    if when > now + CLOCK_SLACK:
        problems.append(v.Problem("when", "is in the future; log a contact once it has happened"))
    if problems:
        raise v.RecordError(problems)
    assert checked_kind and checked_direction and checked_outcome  # no problem: all set
    return ContactDraft(
        kind=checked_kind,
        direction=checked_direction,
        outcome=checked_outcome,
        at=when.replace(microsecond=0),
        note=checked_note,
        referral_id=referral_id,
    )


def contact_values(entry: ContactEntry) -> dict[str, str]:
    """The entry's values as text, as the record history keeps them."""
    return {
        "referral_id": "" if entry.referral_id is None else str(entry.referral_id),
        "kind": entry.kind.value,
        "direction": entry.direction.value,
        "outcome": entry.outcome.value,
        "at": entry.at.isoformat(timespec="minutes"),
        "note": entry.note,
        "struck": "yes" if entry.struck else "no",
        "struck_reason": entry.struck_reason,
    }
