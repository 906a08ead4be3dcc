"""The contact log: add an entry, list a client's entries, correct or strike one out.

Each function is one action in one transaction, for the CLIENTS permission, and audited
by id, kind and outcome: the note is the client's business and never enters the log.
Logging a contact leaves every referral as it is (moving one is the desk's decision,
on the Referrals tab). A correction keeps the values before it in the record history,
as an edited client's do; a struck-out entry stays, marked, with who, when and why.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from opcc_desk.db.models import ClientRecord, ContactRecord, RecordVersionRecord, ReferralRecord
from opcc_desk.domain import validation as v
from opcc_desk.domain.audit import Action
from opcc_desk.domain.contacts import (
    ContactDraft,
    ContactEntry,
    ContactKind,
    Direction,
    LastContact,
    Outcome,
    check_contact,
    contact_values,
)
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError, StaleRecord
from opcc_desk.services.people import changed_fields, client_record, keep_previous

RECORD_TYPE = "contact"
LAST_CONTACT_BATCH = 500

NOT_SAVED = msg("Contacts", "The contact was not saved: {problems}.")
ARCHIVED = msg("Contacts", "Client {client} is archived; restore the record first.")
NO_ENTRY = msg("Contacts", "There is no contact entry {id}.")
CHANGED_MEANWHILE = msg(
    "Contacts",
    "Someone else changed contact entry {id} after you opened it; nothing was "
    "saved. Open the client's page again and redo your change.",
)
STRUCK_OUT = msg("Contacts", "Contact entry {id} is struck out; log a new contact instead.")
STRUCK_ALREADY = msg("Contacts", "Contact entry {id} is struck out already.")
# a field's problem (the referral the entry is about): no capital, no full stop
NO_REFERRAL = msg("Contacts", "there is no referral {id}")
NOT_THEIR_REFERRAL = msg(
    "Contacts", "referral {id} is not one of client {client}'s; choose one of theirs or none"
)


class ContactRefused(ServiceError):
    """What was typed cannot be stored; ``problems`` names each field and what to do."""

    def __init__(self, problems: list[v.Problem]) -> None:
        super().__init__(say(NOT_SAVED, problems="; ".join(str(p) for p in problems)))
        self.problems = problems


def _checked(
    ctx: ServiceContext,
    *,
    kind: str,
    direction: str,
    outcome: str,
    at: datetime | None,
    note: str,
    referral_id: int | None,
) -> ContactDraft:
    try:
        return check_contact(
            kind=kind,
            direction=direction,
            outcome=outcome,
            at=at,
            note=note,
            now=ctx.clock(),
            referral_id=referral_id,
        )
    except v.RecordError as error:
        raise ContactRefused(error.problems) from None


def _check_referral(session: Session, client: ClientRecord, referral_id: int | None) -> None:
    if referral_id is None:
        return
    owner = session.scalar(select(ReferralRecord.client_pk).where(ReferralRecord.id == referral_id))
    if owner is None:
        raise ContactRefused([v.Problem("referral", say(NO_REFERRAL, id=referral_id))])
    if owner != client.pk:
        raise ContactRefused(
            [v.Problem("referral", say(NOT_THEIR_REFERRAL, id=referral_id, client=client.ref))]
        )


def _entry(row: ContactRecord, client_ref: str, corrections: int) -> ContactEntry:
    return ContactEntry(
        id=row.id,
        client_id=client_ref,
        referral_id=row.referral_id,
        kind=ContactKind(row.kind),
        direction=Direction(row.direction),
        outcome=Outcome(row.outcome),
        at=row.at,
        by=row.by,
        note=row.note,
        logged_at=row.logged_at,
        struck=row.struck_at is not None,
        struck_reason=row.struck_reason,
        corrections=corrections,
        version=row.version,
    )


def _summary(draft: ContactDraft | ContactEntry) -> str:
    """What the audit log says about an entry: never its note."""
    about = f", referral {draft.referral_id}" if draft.referral_id is not None else ""
    return f"{draft.kind.value} {draft.direction.value}, {draft.outcome.value}{about}"


def add_contact(
    ctx: ServiceContext,
    client_id: str,
    *,
    kind: str,
    direction: str,
    outcome: str,
    at: datetime | None = None,
    note: str = "",
    referral_id: int | None = None,
) -> ContactEntry:
    """Log a contact with the client (``at``: when it happened, stored time; None: now).

    Refused (ContactRefused, nothing stored) for a missing or unknown kind, direction or
    outcome, a note over the limit, a time in the future or another client's referral.
    """
    ctx.require(Permission.CLIENTS)
    draft = _checked(
        ctx,
        kind=kind,
        direction=direction,
        outcome=outcome,
        at=at,
        note=note,
        referral_id=referral_id,
    )
    with ctx.transaction() as session:
        client = client_record(session, client_id)
        if client.archived_at is not None:
            raise ServiceError(say(ARCHIVED, client=client_id))
        _check_referral(session, client, draft.referral_id)
        row = ContactRecord(
            client_pk=client.pk,
            referral_id=draft.referral_id,
            kind=draft.kind.value,
            direction=draft.direction.value,
            outcome=draft.outcome.value,
            at=draft.at,
            by=ctx.user,
            note=draft.note,
            logged_at=ctx.clock(),
        )
        session.add(row)
        session.flush()
        audit.append(
            session, ctx, Action.CREATE, "client", client_id, f"contact {row.id}: {_summary(draft)}"
        )
        return _entry(row, client_id, 0)


def entries_of(session: Session, client: ClientRecord) -> list[ContactEntry]:
    """The client's whole log, newest contact first (struck-out entries too)."""
    rows = session.scalars(
        select(ContactRecord)
        .where(ContactRecord.client_pk == client.pk)
        .order_by(ContactRecord.at.desc(), ContactRecord.id.desc())
    ).all()
    refs = [str(row.id) for row in rows]
    corrections: dict[str, int] = {}
    if refs:
        corrections = {
            ref: int(number)
            for ref, number in session.execute(
                select(RecordVersionRecord.record_ref, func.count())
                .where(
                    RecordVersionRecord.record_type == RECORD_TYPE,
                    RecordVersionRecord.record_ref.in_(refs),
                )
                .group_by(RecordVersionRecord.record_ref)
            )
        }
    return [_entry(row, client.ref, corrections.get(str(row.id), 0)) for row in rows]


def list_contacts(ctx: ServiceContext, client_id: str) -> list[ContactEntry]:
    """The client's contact log, newest first; reading it is logged (PHIPA)."""
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        client = client_record(session, client_id)
        entries = entries_of(session, client)
        audit.append(session, ctx, Action.VIEW, "client", client_id, "contact log")
        return entries


def _stored(session: Session, contact_id: int) -> tuple[ContactRecord, ClientRecord]:
    row = session.get(ContactRecord, contact_id)
    if row is None:
        raise NotFound(say(NO_ENTRY, id=contact_id))
    client = session.get(ClientRecord, row.client_pk)
    assert client is not None  # the foreign key holds it
    return row, client


def _stale(contact_id: int) -> StaleRecord:
    return StaleRecord(say(CHANGED_MEANWHILE, id=contact_id))


def correct_contact(
    ctx: ServiceContext,
    contact_id: int,
    version: int,
    *,
    kind: str,
    direction: str,
    outcome: str,
    at: datetime | None,
    note: str = "",
    referral_id: int | None = None,
) -> ContactEntry:
    """Correct an entry (as shown at ``version``; ``at`` None keeps its time); the values
    before are kept."""
    ctx.require(Permission.CLIENTS)
    try:
        with ctx.transaction() as session:
            row, client = _stored(session, contact_id)
            if row.version != version:
                raise _stale(contact_id)
            draft = _checked(
                ctx,
                kind=kind,
                direction=direction,
                outcome=outcome,
                at=row.at if at is None else at,
                note=note,
                referral_id=referral_id,
            )
            if row.struck_at is not None:
                raise ServiceError(say(STRUCK_OUT, id=contact_id))
            _check_referral(session, client, draft.referral_id)
            before = _entry(row, client.ref, 0)
            keep_previous(
                session, ctx, RECORD_TYPE, str(row.id), row.version, contact_values(before)
            )
            row.referral_id = draft.referral_id
            row.kind = draft.kind.value
            row.direction = draft.direction.value
            row.outcome = draft.outcome.value
            row.at = draft.at
            row.note = draft.note
            session.flush()
            after = _entry(row, client.ref, 0)
            changed = changed_fields(contact_values(before), contact_values(after))
            audit.append(
                session, ctx, Action.CHANGE, "client", client.ref, f"contact {row.id}: {changed}"
            )
            return _entry(row, client.ref, _corrections(session, row.id))
    except StaleDataError:
        raise _stale(contact_id) from None


def strike_contact(ctx: ServiceContext, contact_id: int, version: int, reason: str) -> ContactEntry:
    """Strike out a mistaken entry: it stays in the log, marked, with who, when and why."""
    ctx.require(Permission.CLIENTS)
    try:
        why = v.text("reason", reason, required=True, limit=v.MAX_SHORT)
    except v.FieldError as error:
        raise ContactRefused([v.Problem(error.field, error.message)]) from None
    try:
        with ctx.transaction() as session:
            row, client = _stored(session, contact_id)
            if row.version != version:
                raise _stale(contact_id)
            if row.struck_at is not None:
                raise ServiceError(say(STRUCK_ALREADY, id=contact_id))
            keep_previous(
                session,
                ctx,
                RECORD_TYPE,
                str(row.id),
                row.version,
                contact_values(_entry(row, client.ref, 0)),
            )
            row.struck_at = ctx.clock()
            row.struck_by = ctx.user
            row.struck_reason = why
            session.flush()
            audit.append(
                session, ctx, Action.CHANGE, "client", client.ref, f"contact {row.id}: struck out"
            )
            return _entry(row, client.ref, _corrections(session, row.id))
    except StaleDataError:
        raise _stale(contact_id) from None


def _corrections(session: Session, contact_id: int) -> int:
    return int(
        session.scalar(
            select(func.count())
            .select_from(RecordVersionRecord)
            .where(
                RecordVersionRecord.record_type == RECORD_TYPE,
                RecordVersionRecord.record_ref == str(contact_id),
            )
        )
        or 0
    )


def earlier_versions(ctx: ServiceContext, contact_id: int) -> list[dict[str, str]]:
    """The values an entry had before each correction or strike, oldest first."""
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        _row, client = _stored(session, contact_id)
        values = session.scalars(
            select(RecordVersionRecord.values)
            .where(
                RecordVersionRecord.record_type == RECORD_TYPE,
                RecordVersionRecord.record_ref == str(contact_id),
            )
            .order_by(RecordVersionRecord.version)
        ).all()
        audit.append(
            session, ctx, Action.VIEW, "client", client.ref, f"contact {contact_id}: history"
        )
        return [{str(k): str(v_) for k, v_ in value.items()} for value in values]


def last_contacts(session: Session, client_pks: Iterable[int]) -> dict[int, LastContact]:
    """Each client's newest entry that was not struck out (clients without one left out).

    The newest time per client through the (client, at) index, then that row (the
    highest id when two share the time); a few hundred clients a statement, so a long
    follow-up list stays under every database's limit on bound values.
    """
    pks = sorted(set(client_pks))
    found: dict[int, LastContact] = {}
    for start in range(0, len(pks), LAST_CONTACT_BATCH):
        chunk = pks[start : start + LAST_CONTACT_BATCH]
        newest = (
            select(ContactRecord.client_pk, func.max(ContactRecord.at).label("at"))
            .where(ContactRecord.client_pk.in_(chunk), ContactRecord.struck_at.is_(None))
            .group_by(ContactRecord.client_pk)
            .subquery()
        )
        rows = session.execute(
            select(
                ContactRecord.client_pk, ContactRecord.at, ContactRecord.kind, ContactRecord.outcome
            )
            .join(
                newest,
                (newest.c.client_pk == ContactRecord.client_pk) & (newest.c.at == ContactRecord.at),
            )
            .where(ContactRecord.struck_at.is_(None))
            .order_by(ContactRecord.id)
        )
        for pk, at, kind, outcome in rows:
            found[pk] = LastContact(at, ContactKind(kind), Outcome(outcome))
    return found
