"""Copies between database rows and domain records.

Services hand out domain records only, so nothing above this layer ever holds a
live ORM object tied to a session.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar

from sqlalchemy import Row
from sqlalchemy.orm import object_session
from sqlalchemy.orm.attributes import flag_modified

from opcc_desk.db.models import (
    ClientApproachRow,
    ClientConcernRow,
    ClientRecord,
    ClientSearchWordRow,
    TherapistApproachRow,
    TherapistConcernRow,
    TherapistRecord,
)
from opcc_desk.domain.enums import (
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.records import (
    CLIENT_COLUMNS,
    THERAPIST_COLUMNS,
    client_to_row,
    therapist_to_row,
)
from opcc_desk.domain.search import search_key, search_words

R = TypeVar("R", TherapistRecord, ClientRecord)
M = TypeVar("M", Therapist, Client)


def touch(row: ClientRecord | TherapistRecord, now: datetime) -> None:
    """Mark an edited record as saved ``now``, and so raise its version counter.

    SQLAlchemy raises the counter only when a column of the row itself changes; an
    edit of the linked lists alone (concerns, approaches) would keep the old version,
    and a form opened before it could then overwrite it unnoticed.
    """
    row.updated_at = now
    flag_modified(row, "updated_at")


def therapist_from_record(row: TherapistRecord) -> Therapist:
    return therapist_from_columns(
        row,
        [link.approach_key for link in row.approach_links],
        [link.concern_key for link in row.concern_links],
    )


def therapist_from_columns(
    row: TherapistRecord | Row[*tuple[Any, ...]], approaches: list[str], concerns: list[str]
) -> Therapist:
    """A therapist from their own columns, read as a record or as a plain row (the
    matching's fast path), with their approaches and concerns in order."""
    return Therapist(
        id=row.ref,
        first_name=row.first_name,
        last_name=row.last_name,
        pronouns=row.pronouns,
        gender=Gender(row.gender) if row.gender else None,
        credentials=list(row.credentials),
        registration=row.registration,
        email=row.email,
        phone=row.phone,
        languages=list(row.languages),
        approaches=approaches,
        concerns=concerns,
        client_types=[ClientType(x) for x in row.client_types],
        age_groups=[AgeGroup(x) for x in row.age_groups],
        modalities=[Modality(x) for x in row.modalities],
        locations=list(row.locations),
        fee=row.fee,
        sliding_scale_min=row.sliding_scale_min,
        level=Level(row.level) if row.level else None,
        accepting=row.accepting,
        capacity=row.capacity,
        availability=list(row.availability),
        bio=row.bio,
        directory=row.directory,
        directory_contact=row.directory_contact,
        archived=row.archived_at is not None,
        version=row.version,
    )


def apply_therapist(row: TherapistRecord, t: Therapist) -> None:
    """Copy every editable field of ``t`` onto ``row`` (not id, archive or version)."""
    row.first_name = t.first_name
    row.last_name = t.last_name
    row.pronouns = t.pronouns
    row.gender = t.gender.value if t.gender else None
    row.credentials = list(t.credentials)
    row.registration = t.registration
    row.email = t.email
    row.phone = t.phone
    row.languages = list(t.languages)
    row.client_types = [x.value for x in t.client_types]
    row.age_groups = [x.value for x in t.age_groups]
    row.modalities = [x.value for x in t.modalities]
    row.locations = list(t.locations)
    row.fee = t.fee
    row.sliding_scale_min = t.sliding_scale_min
    row.level = t.level.value if t.level else None
    row.accepting = t.accepting
    row.capacity = t.capacity
    row.availability = list(t.availability)
    row.bio = t.bio
    row.directory = t.directory
    row.directory_contact = t.directory_contact
    row.search_key = search_key(t.id, t.first_name, t.last_name, email=t.email, phone=t.phone)
    if [link.approach_key for link in row.approach_links] != t.approaches:
        row.approach_links = [
            TherapistApproachRow(approach_key=key, position=i) for i, key in enumerate(t.approaches)
        ]
    if [link.concern_key for link in row.concern_links] != t.concerns:
        row.concern_links = [
            TherapistConcernRow(concern_key=key, position=i) for i, key in enumerate(t.concerns)
        ]


def client_from_record(row: ClientRecord) -> Client:
    return Client(
        id=row.ref,
        submitted=row.submitted,
        first_name=row.first_name,
        last_name=row.last_name,
        preferred_name=row.preferred_name,
        pronouns=row.pronouns,
        date_of_birth=row.date_of_birth,
        email=row.email,
        phone=row.phone,
        address=row.address,
        city=row.city,
        postal_code=row.postal_code,
        language=row.language,
        client_type=ClientType(row.client_type),
        age_group=AgeGroup(row.age_group) if row.age_group else None,
        concerns=[link.concern_key for link in row.concern_links],
        approach_preference=[link.approach_key for link in row.approach_links],
        therapist_gender=Gender(row.therapist_gender) if row.therapist_gender else None,
        modality=ModalityPreference(row.modality),
        location=row.location,
        max_fee=row.max_fee,
        availability=list(row.availability),
        consent_to_contact=row.consent_to_contact,
        email_consent=bool(row.email_consent),
        notes=row.notes,
        archived=row.archived_at is not None,
        version=row.version,
    )


def apply_client(row: ClientRecord, c: Client) -> None:
    row.submitted = c.submitted
    row.first_name = c.first_name
    row.last_name = c.last_name
    row.preferred_name = c.preferred_name
    row.pronouns = c.pronouns
    row.date_of_birth = c.date_of_birth
    row.email = c.email
    row.phone = c.phone
    row.address = c.address
    row.city = c.city
    row.postal_code = c.postal_code
    row.language = c.language
    row.client_type = c.client_type.value
    row.age_group = c.age_group.value if c.age_group else None
    row.therapist_gender = c.therapist_gender.value if c.therapist_gender else None
    row.modality = c.modality.value
    row.location = c.location
    row.max_fee = c.max_fee
    row.availability = list(c.availability)
    row.consent_to_contact = c.consent_to_contact
    row.email_consent = c.email_consent
    row.notes = c.notes
    refresh_client_words(row)
    if [link.concern_key for link in row.concern_links] != c.concerns:
        row.concern_links = [
            ClientConcernRow(concern_key=key, position=i) for i, key in enumerate(c.concerns)
        ]
    if [link.approach_key for link in row.approach_links] != c.approach_preference:
        row.approach_links = [
            ClientApproachRow(approach_key=key, position=i)
            for i, key in enumerate(c.approach_preference)
        ]


def refresh_client_words(row: ClientRecord) -> None:
    """Make the client's search words match its id, names, email and phone.

    Called wherever those fields change, in the same transaction as the row, so the
    search never finds a client by an old name. The stored words are read (one small
    SELECT) only when the key shows they changed; unchanged words keep their rows.
    """
    words = search_words(
        row.ref,
        row.first_name,
        row.last_name,
        row.preferred_name or "",
        email=row.email or "",
        phone=row.phone or "",
    )
    key = " ".join(words)
    if row.search_key == key:
        return
    row.search_key = key
    session = object_session(row)
    # reading the stored words must not flush the row half-edited: that would raise
    # its version twice in one save
    with session.no_autoflush if session is not None else nullcontext():
        stored = {link.word: link for link in row.search_word_rows}
    row.search_word_rows = [stored.get(word) or ClientSearchWordRow(word=word) for word in words]


@dataclass(frozen=True)
class RecordSide(Generic[M, R]):
    """What differs between a therapist's record and a client's, where the steps that
    store them are the same (an import, an edit in a form)."""

    kind: str  # as the audit log and the record history name it
    columns: tuple[str, ...]
    model: type[R]
    links: tuple[Any, ...]
    from_record: Callable[[R], M]
    apply: Callable[[R, M], None]
    to_row: Callable[[M], dict[str, str]]
    # fills what was left out of a record (by a file, or a form) before it is compared
    # with the stored one (None for a new record) and stored
    fill_in: Callable[[M, R | None, datetime], None]


def _no_fill_in(item: Therapist, row: TherapistRecord | None, now: datetime) -> None:
    return None


def _fill_in_submitted(item: Client, row: ClientRecord | None, now: datetime) -> None:
    if item.submitted is None:
        # an intake date is never erased; a new client is submitted now
        item.submitted = now.replace(microsecond=0) if row is None else row.submitted


THERAPIST_SIDE = RecordSide(
    "therapist",
    THERAPIST_COLUMNS,
    TherapistRecord,
    (TherapistRecord.approach_links, TherapistRecord.concern_links),
    therapist_from_record,
    apply_therapist,
    therapist_to_row,
    _no_fill_in,
)
CLIENT_SIDE = RecordSide(
    "client",
    CLIENT_COLUMNS,
    ClientRecord,
    (ClientRecord.concern_links, ClientRecord.approach_links),
    client_from_record,
    apply_client,
    client_to_row,
    _fill_in_submitted,
)
