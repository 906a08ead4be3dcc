"""The waitlist: clients no therapist can take yet, most urgent and longest waiting first.

Each entry is closed, never deleted, when the client is referred or taken off.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from opcc_desk.db.models import ClientRecord, WaitlistRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import Priority
from opcc_desk.domain.records import effective_age_group
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.validation import MAX_LONG, FieldError, text
from opcc_desk.domain.waitlist import WaitingClient, waitlist_order
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.domain.words.names import written_name
from opcc_desk.matching import Candidate, match_client
from opcc_desk.matching.settings import MATCHING
from opcc_desk.services import audit, settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.mapping import client_from_record
from opcc_desk.services.matching import load_candidates, tried_therapists
from opcc_desk.services.people import client_record


class AlreadyWaiting(ServiceError):
    """The client already has an open waitlist entry (added at another desk just now)."""


ARCHIVED = msg("Waitlist", "Client {client} is archived; restore the record first.")
ADDED_MEANWHILE = msg(
    "Waitlist",
    "Client {client} was put on the waitlist at another desk at the same "
    "moment; that entry is kept and nothing was changed here. Open the "
    "waitlist to change its priority or note.",
)
# {problem}: the field check's own words (domain/validation.py)
NOTE_NOT_SAVED = msg("Waitlist", "The waitlist note was not saved: {problem}.")
NOT_WAITING = msg(
    "Waitlist", "Client {client} is not on the waitlist; put them on it to keep a note."
)
WAITLIST_COLUMNS = ("client_id", "priority", "since", "days_waiting", "note", "fits_now")
FITS_SHOWN = 3


def add_to_waitlist(
    ctx: ServiceContext,
    client_id: str,
    priority: Priority = Priority.NORMAL,
    note: str = "",
    *,
    since: date | None = None,
) -> int:
    """Put a client on the waitlist (once: a second add updates the priority and note)."""
    ctx.require(Permission.REFERRALS)
    now = ctx.clock()
    with ctx.transaction() as session:
        client = client_record(session, client_id)
        if client.archived_at is not None:
            raise ServiceError(say(ARCHIVED, client=client_id))
        entry = open_entry(session, client.pk)
        if entry is None:
            entry = WaitlistRecord(
                client_pk=client.pk,
                since=since or now.date(),
                priority=priority.value,
                note=note.strip(),
                added_at=now,
                added_by=ctx.user,
            )
            session.add(entry)
            detail = f"waitlist: added, priority {priority.value}"
        else:
            entry.priority = priority.value
            entry.note = note.strip()
            detail = f"waitlist: priority {priority.value}"
        try:
            session.flush()
        except IntegrityError:
            # the database's one-open-entry index: another desk added this client between
            # the look-up above and this write
            raise AlreadyWaiting(say(ADDED_MEANWHILE, client=client_id)) from None
        audit.append(session, ctx, Action.CHANGE, "client", client_id, detail)
        return entry.id


def set_waitlist_note(ctx: ServiceContext, client_id: str, note: str) -> None:
    """Write (or clear) the note of the client's open waitlist entry; audited without
    the note's words, which may be health information."""
    ctx.require(Permission.REFERRALS)
    try:
        cleaned = text("note", note, limit=MAX_LONG)
    except FieldError as error:
        raise ServiceError(say(NOTE_NOT_SAVED, problem=error.message)) from None
    with ctx.transaction() as session:
        client = client_record(session, client_id)
        entry = open_entry(session, client.pk)
        if entry is None:
            raise ServiceError(say(NOT_WAITING, client=client_id))
        if entry.note == cleaned:
            return
        entry.note = cleaned
        detail = "waitlist: note written" if cleaned else "waitlist: note cleared"
        audit.append(session, ctx, Action.CHANGE, "client", client_id, detail)


def remove_from_waitlist(ctx: ServiceContext, client_id: str, reason: str = "") -> bool:
    """Close the client's waitlist entry (kept, with when, who and why). False if none."""
    ctx.require(Permission.REFERRALS)
    with ctx.transaction() as session:
        client = client_record(session, client_id)
        closed = close_waitlist_entry(session, ctx, client.pk, reason or "taken off the waitlist")
        if closed:
            audit.append(session, ctx, Action.CHANGE, "client", client_id, "waitlist: removed")
        return closed


def close_waitlist_entry(
    session: Session, ctx: ServiceContext, client_pk: int, reason: str
) -> bool:
    entry = open_entry(session, client_pk)
    if entry is None:
        return False
    entry.closed_at = ctx.clock()
    entry.closed_by = ctx.user
    entry.closed_reason = reason
    return True


def open_entry(session: Session, client_pk: int) -> WaitlistRecord | None:
    return session.scalar(
        select(WaitlistRecord).where(
            WaitlistRecord.client_pk == client_pk, WaitlistRecord.closed_at.is_(None)
        )
    )


def _waiting(session: Session) -> list[tuple[WaitlistRecord, ClientRecord]]:
    rows = session.execute(
        select(WaitlistRecord, ClientRecord)
        .join(ClientRecord, ClientRecord.pk == WaitlistRecord.client_pk)
        .where(WaitlistRecord.closed_at.is_(None), ClientRecord.archived_at.is_(None))
        .options(
            selectinload(ClientRecord.concern_links), selectinload(ClientRecord.approach_links)
        )
    )
    return [(entry, client) for entry, client in rows]


Fits = tuple[tuple[str, str], ...]  # (therapist id, written name), best first


def _waiting_client(
    entry: WaitlistRecord, client: ClientRecord, today: date, fits_now: Fits
) -> WaitingClient:
    return WaitingClient(
        entry_id=entry.id,
        client_id=client.ref,
        client_name=written_name(client.first_name, client.last_name),
        since=entry.since,
        priority=Priority(entry.priority),
        note=entry.note,
        days_waiting=(today - entry.since).days,
        fits_now=tuple(ref for ref, _name in fits_now),
        fits_now_names=tuple(name for _ref, name in fits_now),
    )


def _fits(
    ctx: ServiceContext,
    session: Session,
    client_row: ClientRecord,
    candidates: list[Candidate],
    limit: int | None,
) -> Fits:
    client = client_from_record(client_row)
    client.age_group = effective_age_group(client, ctx.today())
    result = match_client(
        client,
        candidates,
        ctx.catalogue,
        settings.read(session, MATCHING),
        limit=limit,
        exclude=tried_therapists(session, client_row),
    )
    names = {
        c.therapist.id: written_name(c.therapist.first_name, c.therapist.last_name)
        for c in candidates
    }
    return tuple(
        (m.therapist_id, names.get(m.therapist_id, m.therapist_id)) for m in result.matches
    )


def list_waitlist(ctx: ServiceContext, *, with_fits: bool = True) -> list[WaitingClient]:
    """Everyone waiting, most urgent and longest waiting first, with who could take them now."""
    ctx.require(Permission.REFERRALS)
    today = ctx.today()
    with ctx.transaction() as session:
        candidates = load_candidates(ctx, session) if with_fits else []
        items = [
            _waiting_client(
                entry,
                client,
                today,
                _fits(ctx, session, client, candidates, FITS_SHOWN) if with_fits else (),
            )
            for entry, client in _waiting(session)
        ]
    return sorted(items, key=waitlist_order)


def waiting_clients_for(ctx: ServiceContext, therapist_id: str) -> list[WaitingClient]:
    """The waiting clients this therapist fits now (accepting, room left, every rule met)."""
    ctx.require(Permission.REFERRALS)
    today = ctx.today()
    with ctx.transaction() as session:
        mine = [c for c in load_candidates(ctx, session) if c.therapist.id == therapist_id]
        if not mine:
            return []
        items = [
            _waiting_client(entry, client, today, fits)
            for entry, client in _waiting(session)
            if (fits := _fits(ctx, session, client, mine, None))
        ]
    return sorted(items, key=waitlist_order)


def export_waitlist(ctx: ServiceContext, path: Path) -> int:
    """The waitlist as CSV for the director's spreadsheets (owner-only file)."""
    ctx.require(Permission.EXPORT)
    items = list_waitlist(ctx)
    rows = [
        {
            "client_id": w.client_id,
            "priority": w.priority.value,
            "since": w.since.isoformat(),
            "days_waiting": str(w.days_waiting),
            "note": w.note,
            "fits_now": ";".join(w.fits_now),
        }
        for w in items
    ]
    transfer.write_csv(path, WAITLIST_COLUMNS, rows)  # formula cells made inert there
    audit.log(ctx, Action.EXPORT, "client", "", f"waitlist: {len(rows)} rows to a CSV file")
    return len(rows)
