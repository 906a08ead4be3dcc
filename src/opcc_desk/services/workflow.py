"""Seeing referrals through: follow-ups, matching again, the waitlist, duplicates, intake preview.

Each public function is one user action in one transaction and returns plain
records. Nothing here contacts anyone: suggestions are lists for the desk to act on.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from opcc_desk.db.models import (
    ClientLinkRecord,
    ClientRecord,
    ReferralEventRecord,
    ReferralRecord,
    SettingRecord,
    TherapistRecord,
    WaitlistRecord,
)
from opcc_desk.domain import records
from opcc_desk.domain.audit import Action
from opcc_desk.domain.duplicates import Duplicate, DuplicateIndex, Person
from opcc_desk.domain.enums import OPEN_STATUSES, Priority, ReferralStatus
from opcc_desk.domain.followup import NEXT_STEP, FollowUpRules, due_date, overdue_days
from opcc_desk.domain.models import Client
from opcc_desk.domain.records import effective_age_group
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.validation import Problem, RecordError
from opcc_desk.domain.waitlist import WaitingClient, waitlist_order
from opcc_desk.domain.words.names import written_name
from opcc_desk.matching import Candidate, match_client
from opcc_desk.services import audit, referrals, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError
from opcc_desk.services.mapping import client_from_record, refresh_client_words, touch
from opcc_desk.services.matching import (
    MatchReport,
    load_candidates,
    match_report,
    read_settings,
    tried_therapists,
)
from opcc_desk.services.people import client_record, keep_previous

FOLLOWUP_KEY = "followup"
ENDINGS = frozenset({ReferralStatus.DECLINED, ReferralStatus.NO_RESPONSE, ReferralStatus.WITHDRAWN})
WAITLIST_COLUMNS = ("client_id", "priority", "since", "days_waiting", "note", "fits_now")
FITS_SHOWN = 3

# ---------------------------------------------------------------- follow-ups


@dataclass(frozen=True, slots=True)
class FollowUp:
    referral_id: int
    client_id: str
    client_name: str
    therapist_id: str
    therapist_name: str
    status: ReferralStatus
    since: date  # the day the referral entered its status
    due: date
    overdue: int  # business days past due; 0 = due today; negative = not due yet
    next_step: str


def read_followup_rules(session: Session) -> FollowUpRules:
    row = session.get(SettingRecord, FOLLOWUP_KEY)
    return FollowUpRules.default() if row is None else FollowUpRules.from_dict(row.value)


def get_followup_rules(ctx: ServiceContext) -> FollowUpRules:
    with ctx.transaction() as session:
        return read_followup_rules(session)


def save_followup_rules(ctx: ServiceContext, rules: FollowUpRules) -> None:
    """The director's follow-up delays."""
    ctx.require(Permission.SETTINGS)
    with ctx.transaction() as session:
        row = session.get(SettingRecord, FOLLOWUP_KEY)
        if row is None:
            session.add(SettingRecord(key=FOLLOWUP_KEY, value=rules.to_dict()))
        else:
            row.value = rules.to_dict()
        audit.append(session, ctx, Action.CHANGE, "settings", FOLLOWUP_KEY, "follow-up delays")


def follow_ups(ctx: ServiceContext, *, include_upcoming: bool = False) -> list[FollowUp]:
    """Open referrals due for a follow-up (today or earlier), the most overdue first."""
    ctx.require(Permission.REFERRALS)
    today = ctx.today()
    # the newest event of each referral, looked up per row through the
    # (referral_id, to_status, at) index rather than grouping every event ever
    last_event = (
        select(func.max(ReferralEventRecord.at))
        .where(ReferralEventRecord.referral_id == ReferralRecord.id)
        .correlate(ReferralRecord)
        .scalar_subquery()
    )
    client, therapist = ClientRecord, TherapistRecord
    stmt = (
        select(
            ReferralRecord.id,
            client.ref,
            client.first_name,
            client.last_name,
            therapist.ref,
            therapist.first_name,
            therapist.last_name,
            ReferralRecord.status,
            func.coalesce(last_event, ReferralRecord.updated_at),
            ReferralRecord.first_session,
        )
        .join(client, client.pk == ReferralRecord.client_pk)
        .join(therapist, therapist.pk == ReferralRecord.therapist_pk)
    )
    items: list[FollowUp] = []
    with ctx.transaction() as session:
        rules = read_followup_rules(session)
        # only the states that have a follow-up at all: a busy clinic's tens of
        # thousands of referrals in therapy (active) need none
        waiting = [
            s.value
            for s in OPEN_STATUSES
            if rules.days.get(s) is not None or s is ReferralStatus.BOOKED
        ]
        stmt = stmt.where(ReferralRecord.status.in_(waiting))
        for r in session.execute(stmt):
            status = ReferralStatus(r[7])
            since = r[8].date()
            due = due_date(status, since, rules, session_date=r[9])
            if due is None:
                continue
            late = overdue_days(due, today, holidays=rules.holidays)
            if due > today and not include_upcoming:
                continue
            items.append(
                FollowUp(
                    referral_id=r[0],
                    client_id=r[1],
                    client_name=f"{r[2]} {r[3]}",
                    therapist_id=r[4],
                    therapist_name=f"{r[5]} {r[6]}",
                    status=status,
                    since=since,
                    due=due,
                    overdue=late,
                    next_step=NEXT_STEP[status],
                )
            )
    items.sort(key=lambda f: (-f.overdue, f.due, f.referral_id))
    return items


def set_first_session(ctx: ServiceContext, referral_id: int, day: date | None) -> None:
    """Record the booked first session's date; the follow-up falls due that day."""
    ctx.require(Permission.REFERRALS)
    with ctx.transaction() as session:
        referral = _referral(session, referral_id)
        referral.first_session = day
        audit.append(
            session,
            ctx,
            Action.CHANGE,
            "client",
            referral.client.ref,
            f"referral {referral_id}: first session "
            + (day.isoformat() if day else "date removed"),
        )


def first_session(ctx: ServiceContext, referral_id: int) -> date | None:
    with ctx.transaction() as session:
        return _referral(session, referral_id).first_session


def _referral(session: Session, referral_id: int) -> ReferralRecord:
    referral = session.get(ReferralRecord, referral_id)
    if referral is None:
        raise NotFound(f"There is no referral with id {referral_id}.")
    return referral


# ---------------------------------------------------------------- moves and matching again


@dataclass(frozen=True, slots=True)
class MoveResult:
    status: ReferralStatus
    therapist_id: str
    # waiting clients the therapist can now take (an ending frees a place)
    waiting_fits: tuple[WaitingClient, ...] = ()


def move(
    ctx: ServiceContext, referral_id: int, new: ReferralStatus, reason: str = ""
) -> MoveResult:
    """Change a referral's status (the lifecycle's rules apply); when it ends, list the
    waiting clients its therapist now has room for."""
    status = referrals.change_status(ctx, referral_id, new, reason)
    with ctx.transaction() as session:
        therapist_id = _referral(session, referral_id).therapist.ref
    fits: tuple[WaitingClient, ...] = ()
    if not status.is_open:
        fits = tuple(waiting_clients_for(ctx, therapist_id))
    return MoveResult(status, therapist_id, fits)


def match_again(ctx: ServiceContext, referral_id: int, *, limit: int | None = 25) -> MatchReport:
    """Matching for the client of a referral that fell through, without the therapists
    already tried. The ended referral stays as it is, in the history."""
    with ctx.transaction() as session:
        referral = _referral(session, referral_id)
        status = ReferralStatus(referral.status)
        client_id = referral.client.ref
    if status.is_open:
        raise ServiceError(
            f"Referral {referral_id} is still {status.value}; end it before matching again."
        )
    return match_report(ctx, client_id, limit=limit, skip_tried=True)


# ---------------------------------------------------------------- waitlist


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
            raise ServiceError(f"Client {client_id} is archived; restore the record first.")
        entry = _open_entry(session, client.pk)
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
        session.flush()
        audit.append(session, ctx, Action.CHANGE, "client", client_id, detail)
        return entry.id


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
    entry = _open_entry(session, client_pk)
    if entry is None:
        return False
    entry.closed_at = ctx.clock()
    entry.closed_by = ctx.user
    entry.closed_reason = reason
    return True


def _open_entry(session: Session, client_pk: int) -> WaitlistRecord | None:
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


def _fits(
    ctx: ServiceContext,
    session: Session,
    client_row: ClientRecord,
    candidates: list[Candidate],
    limit: int | None,
) -> tuple[str, ...]:
    client = client_from_record(client_row)
    client.age_group = effective_age_group(client, ctx.today())
    result = match_client(
        client,
        candidates,
        ctx.catalogue,
        read_settings(session),
        limit=limit,
        exclude=tried_therapists(session, client_row),
    )
    return tuple(m.therapist_id for m in result.matches)


def list_waitlist(ctx: ServiceContext, *, with_fits: bool = True) -> list[WaitingClient]:
    """Everyone waiting, most urgent and longest waiting first, with who could take them now."""
    ctx.require(Permission.REFERRALS)
    today = ctx.today()
    with ctx.transaction() as session:
        candidates = load_candidates(ctx, session) if with_fits else []
        items = [
            WaitingClient(
                entry_id=entry.id,
                client_id=client.ref,
                client_name=written_name(client.first_name, client.last_name),
                since=entry.since,
                priority=Priority(entry.priority),
                note=entry.note,
                days_waiting=(today - entry.since).days,
                fits_now=_fits(ctx, session, client, candidates, FITS_SHOWN) if with_fits else (),
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
            WaitingClient(
                entry_id=entry.id,
                client_id=client.ref,
                client_name=written_name(client.first_name, client.last_name),
                since=entry.since,
                priority=Priority(entry.priority),
                note=entry.note,
                days_waiting=(today - entry.since).days,
                fits_now=(therapist_id,),
            )
            for entry, client in _waiting(session)
            if _fits(ctx, session, client, mine, None)
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
    write_private_csv(path, WAITLIST_COLUMNS, rows)
    audit.log(ctx, Action.EXPORT, "client", "", f"waitlist: {len(rows)} rows to a CSV file")
    return len(rows)


def export_referrals(ctx: ServiceContext, path: Path) -> int:
    """The referral list as CSV (same columns as `opcc-desk export referrals`)."""
    return transfer.export_file(ctx, transfer.Kind.REFERRALS, path)


def write_private_csv(path: Path, columns: tuple[str, ...], rows: list[dict[str, str]]) -> None:
    temporary = path.with_name(f".{path.name}.partial")
    try:
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            f"{path}: cannot write the file ({error.strerror}); choose another folder"
        ) from None


# ---------------------------------------------------------------- duplicates and merging


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


def _person_of(client: Client) -> Person:
    return Person(
        client.id,
        client.first_name,
        client.last_name,
        client.date_of_birth,
        client.phone,
        client.email,
    )


def _index(session: Session) -> DuplicateIndex:
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
            name=f"{rows[d.existing_id].first_name} {rows[d.existing_id].last_name}",
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
        found = [d for d in _index(session).find(_person(row)) if d.existing_id not in apart_refs]
        return _described(session, found)


def duplicates_of_intake(ctx: ServiceContext, client: Client) -> list[LikelyDuplicate]:
    """Stored clients who look like an intake not saved yet."""
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        return _described(session, _index(session).find(_person_of(client)))


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

    The merged record's referrals (with their events and letters) move to the kept
    record; blank contact details of the kept record are filled from the merged one
    (the values before are kept in the record's history); the merged record is
    archived, with a link saying where it went. Audit entries stay under both ids.
    """
    ctx.require(Permission.CLIENTS)
    if keep_id == merge_id:
        raise ServiceError("A record cannot be merged into itself.")
    now = ctx.clock()
    with ctx.transaction() as session:
        kept = client_record(session, keep_id)
        merged = client_record(session, merge_id)
        if merged.archived_at is not None:
            raise ServiceError(f"Client {merge_id} is archived already; restore it to merge it.")
        moved: list[int] = []
        for referral in session.scalars(
            select(ReferralRecord)
            .where(ReferralRecord.client_pk == merged.pk)
            .order_by(ReferralRecord.id)
        ):
            referral.client_pk = kept.pk
            moved.append(referral.id)
        waiting = _open_entry(session, merged.pk)
        waitlist_moved = False
        if waiting is not None:
            if _open_entry(session, kept.pk) is None:
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


# ---------------------------------------------------------------- intake import preview


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    client_id: str
    name: str
    action: str  # "add", "update", "unchanged", "problem"
    problems: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()  # "C-12: similar name (96%), same phone"


@dataclass
class ImportPreview:
    path: str
    rows: list[PreviewRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    file_problem: str = ""

    @property
    def problem_rows(self) -> int:
        return sum(1 for r in self.rows if r.action == "problem")

    @property
    def duplicate_rows(self) -> int:
        return sum(1 for r in self.rows if r.duplicates)

    @property
    def can_import(self) -> bool:
        return not self.file_problem and self.problem_rows == 0 and bool(self.rows)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


def preview_intake(ctx: ServiceContext, path: Path) -> ImportPreview:
    """What importing an intake file would do, row by row; writes nothing."""
    ctx.require(Permission.CLIENTS)
    preview = ImportPreview(str(path))
    try:
        columns, rows = transfer.read_rows(path)
    except transfer.ImportRejected as error:
        preview.file_problem = error.file_problem or str(error)
        for problem in error.row_problems:
            preview.rows.append(
                PreviewRow(problem.line, problem.record_id, "", "problem", (str(problem),))
            )
        return preview
    missing = sorted(records.CLIENT_REQUIRED - set(columns))
    if missing:
        preview.file_problem = (
            f"the file lacks required column(s): {', '.join(missing)}; add them to the header row"
        )
        return preview
    preview.warnings = [
        f"column '{c}' is not used by OPCC Desk and will be ignored"
        for c in columns
        if c and c not in records.CLIENT_COLUMNS
    ]
    catalogue = ctx.catalogue
    today = ctx.today()
    with ctx.transaction() as session:
        stored = {
            row.ref: row
            for row in session.scalars(
                select(ClientRecord).options(
                    selectinload(ClientRecord.concern_links),
                    selectinload(ClientRecord.approach_links),
                )
            )
        }
        index = _index(session)
        first_line: dict[str, int] = {}
        for source in rows:
            record_id = source.cells.get("id", "").strip()
            name = f"{source.cells.get('first_name', '')} {source.cells.get('last_name', '')}"
            try:
                client = records.client_from_row(source.cells, catalogue, today=today)
            except RecordError as error:
                raw = _raw_person(record_id, source.cells)
                preview.rows.append(
                    PreviewRow(
                        source.line,
                        record_id,
                        name.strip(),
                        "problem",
                        tuple(str(p) for p in error.problems),
                        tuple(f"{d.existing_id}: {d.reason}" for d in index.find(raw)),
                    )
                )
                continue
            if client.id in first_line:
                repeat = Problem("id", f"repeats the id of line {first_line[client.id]}")
                preview.rows.append(
                    PreviewRow(source.line, client.id, client.full_name, "problem", (str(repeat),))
                )
                continue
            first_line[client.id] = source.line
            existing = stored.get(client.id)
            if existing is None:
                action = "add"
            else:
                if client.submitted is None:
                    client.submitted = existing.submitted
                same = records.client_to_row(client_from_record(existing)) == (
                    records.client_to_row(client)
                )
                action = "unchanged" if same else "update"
            duplicates = tuple(
                f"{d.existing_id}: {d.reason}" for d in index.find(_person_of(client))
            )
            preview.rows.append(
                PreviewRow(source.line, client.id, client.full_name, action, (), duplicates)
            )
    return preview


def _raw_person(record_id: str, cells: dict[str, str]) -> Person:
    """The details duplicate detection needs, from a row that did not pass its checks."""
    try:
        born: date | None = date.fromisoformat(cells.get("date_of_birth", "").strip())
    except ValueError:
        born = None
    return Person(
        record_id,
        cells.get("first_name", ""),
        cells.get("last_name", ""),
        born,
        cells.get("phone", ""),
        cells.get("email", ""),
    )


def import_intake(ctx: ServiceContext, path: Path) -> transfer.ImportReport:
    """Import the previewed file: all rows in one transaction, or none."""
    return transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
