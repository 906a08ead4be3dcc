"""Everything about one client, read at once for the client's page.

The record, every referral with its steps and stored letters, the waiting-list
entries, the records merged into this one (or this one into another, or kept apart
from it) and the contact log: one transaction, one "view" entry in the audit log,
as opening the record in the form is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from opcc_desk.db.models import (
    ClientLinkRecord,
    ClientRecord,
    LetterRecord,
    ReferralEventRecord,
    ReferralRecord,
    TherapistRecord,
    WaitlistRecord,
)
from opcc_desk.domain.audit import Action
from opcc_desk.domain.contacts import ContactEntry
from opcc_desk.domain.enums import Priority, ReferralStatus
from opcc_desk.domain.models import Catalogue, Client
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.names import written_name
from opcc_desk.services import audit
from opcc_desk.services.contacts import entries_of
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.mapping import client_from_record
from opcc_desk.services.people import client_record
from opcc_desk.services.referrals import ReferralEvent


@dataclass(frozen=True, slots=True)
class StoredLetterLine:
    """One stored letter of a referral (its bytes stay in the database)."""

    version: int
    language: str
    created_at: datetime
    created_by: str
    size: int


@dataclass(frozen=True, slots=True)
class ReferralStory:
    id: int
    therapist_id: str
    therapist_name: str
    approach_label: str
    status: ReferralStatus
    created_at: datetime
    first_session: date | None
    events: tuple[ReferralEvent, ...]
    letters: tuple[StoredLetterLine, ...]  # newest first


@dataclass(frozen=True, slots=True)
class WaitingLine:
    since: date
    priority: Priority
    note: str
    added_by: str
    closed_at: datetime | None
    closed_by: str
    closed_reason: str

    @property
    def open(self) -> bool:
        return self.closed_at is None


@dataclass(frozen=True, slots=True)
class LinkLine:
    """A decision about a look-alike record, seen from this client.

    ``kind``: "merged_here" (the other record was merged into this one), "merged_away"
    (this record was merged into the other) or "kept_apart" (different people).
    """

    kind: str
    other_id: str
    other_name: str
    at: datetime
    by: str
    note: str


@dataclass(frozen=True, slots=True)
class ClientStory:
    client: Client
    referrals: tuple[ReferralStory, ...]  # newest first
    waiting: tuple[WaitingLine, ...]  # newest first; at most one is open
    links: tuple[LinkLine, ...]
    contacts: tuple[ContactEntry, ...]  # newest first, struck-out entries too

    @property
    def open_wait(self) -> WaitingLine | None:
        return next((w for w in self.waiting if w.open), None)


def client_story(ctx: ServiceContext, client_id: str) -> ClientStory:
    """The client's whole story; reading it is logged (PHIPA), without any content."""
    ctx.require(Permission.CLIENTS)
    catalogue = ctx.catalogue
    with ctx.transaction() as session:
        row = client_record(session, client_id)
        story = ClientStory(
            client=client_from_record(row),
            referrals=tuple(_referrals(session, row, catalogue)),
            waiting=tuple(_waiting(session, row)),
            links=tuple(_links(session, row)),
            contacts=tuple(entries_of(session, row)),
        )
        audit.append(session, ctx, Action.VIEW, "client", client_id, "client page")
        return story


def _referrals(session: Session, client: ClientRecord, catalogue: Catalogue) -> list[ReferralStory]:
    found = session.execute(
        select(
            ReferralRecord,
            TherapistRecord.ref,
            TherapistRecord.first_name,
            TherapistRecord.last_name,
        )
        .join(TherapistRecord, TherapistRecord.pk == ReferralRecord.therapist_pk)
        .where(ReferralRecord.client_pk == client.pk)
        .order_by(ReferralRecord.created_at.desc(), ReferralRecord.id.desc())
    ).all()
    ids = [referral.id for referral, *_therapist in found]
    events: dict[int, list[ReferralEvent]] = {i: [] for i in ids}
    letters: dict[int, list[StoredLetterLine]] = {i: [] for i in ids}
    if ids:
        for e in session.scalars(
            select(ReferralEventRecord)
            .where(ReferralEventRecord.referral_id.in_(ids))
            .order_by(ReferralEventRecord.id)
        ):
            events[e.referral_id].append(
                ReferralEvent(
                    at=e.at,
                    by=e.by,
                    from_status=ReferralStatus(e.from_status) if e.from_status else None,
                    to_status=ReferralStatus(e.to_status),
                    reason=e.reason,
                )
            )
        for referral_id, version, language, at, by, size in session.execute(
            select(
                LetterRecord.referral_id,
                LetterRecord.version,
                LetterRecord.language,
                LetterRecord.created_at,
                LetterRecord.created_by,
                func.length(LetterRecord.pdf),
            )
            .where(LetterRecord.referral_id.in_(ids))
            .order_by(LetterRecord.version.desc())
        ):
            letters[referral_id].append(StoredLetterLine(version, language, at, by, int(size)))
    stories = []
    for referral, therapist_ref, first, last in found:
        key = referral.approach_key
        stories.append(
            ReferralStory(
                id=referral.id,
                therapist_id=therapist_ref,
                therapist_name=written_name(first, last),
                approach_label=catalogue.approach_label(key) if key else "",
                status=ReferralStatus(referral.status),
                created_at=referral.created_at,
                first_session=referral.first_session,
                events=tuple(events[referral.id]),
                letters=tuple(letters[referral.id]),
            )
        )
    return stories


def _waiting(session: Session, client: ClientRecord) -> list[WaitingLine]:
    return [
        WaitingLine(
            since=w.since,
            priority=Priority(w.priority),
            note=w.note,
            added_by=w.added_by,
            closed_at=w.closed_at,
            closed_by=w.closed_by,
            closed_reason=w.closed_reason,
        )
        for w in session.scalars(
            select(WaitlistRecord)
            .where(WaitlistRecord.client_pk == client.pk)
            .order_by(WaitlistRecord.added_at.desc(), WaitlistRecord.id.desc())
        )
    ]


def _links(session: Session, client: ClientRecord) -> list[LinkLine]:
    links = session.scalars(
        select(ClientLinkRecord)
        .where(or_(ClientLinkRecord.client_pk == client.pk, ClientLinkRecord.other_pk == client.pk))
        .order_by(ClientLinkRecord.at, ClientLinkRecord.id)
    ).all()
    others = {link.other_pk if link.client_pk == client.pk else link.client_pk for link in links}
    people = {
        pk: (ref, written_name(first, last))
        for pk, ref, first, last in session.execute(
            select(
                ClientRecord.pk, ClientRecord.ref, ClientRecord.first_name, ClientRecord.last_name
            ).where(ClientRecord.pk.in_(others))
        )
    }
    lines = []
    for link in links:
        mine = link.client_pk == client.pk
        other_ref, other_name = people[link.other_pk if mine else link.client_pk]
        merged = "merged_away" if mine else "merged_here"
        kind = merged if link.kind == "merged" else "kept_apart"
        lines.append(LinkLine(kind, other_ref, other_name, link.at, link.by, link.note))
    return lines
