"""Likely duplicate clients: finding them, keeping both apart, merging one into the other."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opcc_desk.db.models import ClientLinkRecord, ClientRecord, ContactRecord, ReferralRecord
from opcc_desk.domain import records
from opcc_desk.domain.audit import Action
from opcc_desk.domain.duplicates import Duplicate, DuplicateIndex, Person
from opcc_desk.domain.models import Client
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.domain.words.names import written_name
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.mapping import client_from_record, refresh_client_words, touch
from opcc_desk.services.people import client_record, keep_previous
from opcc_desk.services.waitlist import close_waitlist_entry, open_entry


@dataclass(frozen=True, slots=True)
class LikelyDuplicate:
    """An existing client who looks like the one being added, and why."""

    client_id: str
    name: str
    date_of_birth: date | None
    phone: str
    email: str
    city: str
    referrals: int
    reason: str
    score: float


def _person(row: ClientRecord) -> Person:
    return Person(row.ref, row.first_name, row.last_name, row.date_of_birth, row.phone, row.email)


def person_of(client: Client) -> Person:
    return Person(
        client.id,
        client.first_name,
        client.last_name,
        client.date_of_birth,
        client.phone,
        client.email,
    )


def duplicate_index(session: Session) -> DuplicateIndex:
    rows = session.execute(
        select(
            ClientRecord.ref,
            ClientRecord.first_name,
            ClientRecord.last_name,
            ClientRecord.date_of_birth,
            ClientRecord.phone,
            ClientRecord.email,
        ).where(ClientRecord.archived_at.is_(None))
    )
    return DuplicateIndex(Person(*r) for r in rows)


def _described(session: Session, found: list[Duplicate]) -> list[LikelyDuplicate]:
    if not found:
        return []
    refs = [d.existing_id for d in found]
    counts = {
        ref: number
        for ref, number in session.execute(
            select(ClientRecord.ref, func.count(ReferralRecord.id))
            .outerjoin(ReferralRecord, ReferralRecord.client_pk == ClientRecord.pk)
            .where(ClientRecord.ref.in_(refs))
            .group_by(ClientRecord.ref)
        )
    }
    rows = {
        r.ref: r for r in session.scalars(select(ClientRecord).where(ClientRecord.ref.in_(refs)))
    }
    return [
        LikelyDuplicate(
            client_id=d.existing_id,
            name=written_name(rows[d.existing_id].first_name, rows[d.existing_id].last_name),
            date_of_birth=rows[d.existing_id].date_of_birth,
            phone=rows[d.existing_id].phone,
            email=rows[d.existing_id].email,
            city=rows[d.existing_id].city,
            referrals=int(counts.get(d.existing_id, 0)),
            reason=d.reason,
            score=d.name_score,
        )
        for d in found
    ]


def _kept_apart(session: Session, pk: int) -> set[int]:
    pairs = session.execute(
        select(ClientLinkRecord.client_pk, ClientLinkRecord.other_pk).where(
            ClientLinkRecord.kind == "distinct",
            (ClientLinkRecord.client_pk == pk) | (ClientLinkRecord.other_pk == pk),
        )
    )
    return {b if a == pk else a for a, b in pairs}


def duplicates_of(ctx: ServiceContext, client_id: str) -> list[LikelyDuplicate]:
    """Stored clients who look like this stored client, leaving out pairs kept apart."""
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        row = client_record(session, client_id)
        apart = _kept_apart(session, row.pk)
        apart_refs = set(
            session.scalars(select(ClientRecord.ref).where(ClientRecord.pk.in_(apart)))
        )
        found = duplicate_index(session).find(_person(row))
        found = [d for d in found if d.existing_id not in apart_refs]
        return _described(session, found)


def keep_both(ctx: ServiceContext, client_id: str, other_id: str) -> None:
    """Two look-alike records are different people: do not offer the pair again."""
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        a, b = client_record(session, client_id), client_record(session, other_id)
        session.add(
            ClientLinkRecord(
                client_pk=a.pk, other_pk=b.pk, kind="distinct", at=ctx.clock(), by=ctx.user
            )
        )
        audit.append(
            session, ctx, Action.CHANGE, "client", client_id, f"not the same person as {other_id}"
        )


SAME_RECORD = msg("Duplicates", "A record cannot be merged into itself.")
ARCHIVED = msg("Duplicates", "Client {client} is archived already; restore it to merge it.")

MERGE_FILLS = (
    "preferred_name",
    "pronouns",
    "date_of_birth",
    "email",
    "phone",
    "address",
    "city",
    "postal_code",
)


@dataclass(frozen=True, slots=True)
class MergeResult:
    kept_id: str
    merged_id: str
    referrals_moved: tuple[int, ...]
    waitlist_moved: bool
    fields_filled: tuple[str, ...]


def merge_clients(ctx: ServiceContext, keep_id: str, merge_id: str) -> MergeResult:
    """Merge ``merge_id`` into ``keep_id``: nothing is deleted.

    The merged record's referrals (with their events and letters) and its contact log
    move to the kept record; blank contact details of the kept record are filled from the merged one
    (the values before are kept in the record's history); the merged record is
    archived, with a link saying where it went. Audit entries stay under both ids.
    """
    ctx.require(Permission.CLIENTS)
    if keep_id == merge_id:
        raise ServiceError(say(SAME_RECORD))
    now = ctx.clock()
    with ctx.transaction() as session:
        kept = client_record(session, keep_id)
        merged = client_record(session, merge_id)
        if merged.archived_at is not None:
            raise ServiceError(say(ARCHIVED, client=merge_id))
        moved: list[int] = []
        for referral in session.scalars(
            select(ReferralRecord)
            .where(ReferralRecord.client_pk == merged.pk)
            .order_by(ReferralRecord.id)
        ):
            referral.client_pk = kept.pk
            moved.append(referral.id)
        # the contact log goes with the referrals it may name
        for contact in session.scalars(
            select(ContactRecord).where(ContactRecord.client_pk == merged.pk)
        ):
            contact.client_pk = kept.pk
        waiting = open_entry(session, merged.pk)
        waitlist_moved = False
        if waiting is not None:
            if open_entry(session, kept.pk) is None:
                waiting.client_pk = kept.pk
                waitlist_moved = True
            else:
                close_waitlist_entry(session, ctx, merged.pk, f"merged into {keep_id}")
        filled = tuple(
            name for name in MERGE_FILLS if not getattr(kept, name) and getattr(merged, name)
        )
        if filled:
            before = records.client_to_row(client_from_record(kept))
            keep_previous(session, ctx, "client", kept.ref, kept.version, before)
            for name in filled:
                setattr(kept, name, getattr(merged, name))
            refresh_client_words(kept)  # a filled email or phone finds the kept record
            touch(kept, now)
        merged.archived_at = now
        merged.updated_at = now
        note = f"merged into {keep_id}; referrals moved: " + (
            ", ".join(str(i) for i in moved) or "none"
        )
        session.add(
            ClientLinkRecord(
                client_pk=merged.pk, other_pk=kept.pk, kind="merged", note=note, at=now, by=ctx.user
            )
        )
        session.flush()
        audit.append_many(
            session,
            ctx,
            [
                (
                    Action.CHANGE,
                    "client",
                    keep_id,
                    f"merged {merge_id} into this record; referrals moved: "
                    + (", ".join(str(i) for i in moved) or "none")
                    + ("; filled: " + ", ".join(filled) if filled else ""),
                ),
                (Action.ARCHIVE, "client", merge_id, note),
            ],
        )
        return MergeResult(keep_id, merge_id, tuple(moved), waitlist_moved, filled)


def merged_into(ctx: ServiceContext, client_id: str) -> str:
    """The id of the record this one was merged into, or ""."""
    with ctx.transaction() as session:
        row = client_record(session, client_id)
        other = session.scalar(
            select(ClientRecord.ref)
            .join(ClientLinkRecord, ClientLinkRecord.other_pk == ClientRecord.pk)
            .where(ClientLinkRecord.client_pk == row.pk, ClientLinkRecord.kind == "merged")
            .order_by(ClientLinkRecord.id.desc())
        )
        return other or ""
