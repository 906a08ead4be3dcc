"""The PHIPA audit log: who viewed, changed, printed or exported whose record.

Entries are added inside the transaction of the action they describe, so an
action and its log entry are saved together or not at all. Details name ids
and fields, never names, notes or contact details.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from opcc_desk.db.models import AuditHeadRecord, AuditRecord
from opcc_desk.domain.audit import GENESIS, Action, AuditEntry, entry_hash, first_broken
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import DatabaseUnavailable

APPEND_TRIES = 5


def append(
    session: Session,
    ctx: ServiceContext,
    action: Action,
    record_type: str,
    record_ref: str = "",
    detail: str = "",
) -> None:
    """Add one entry, chained to the newest one."""
    append_many(session, ctx, [(action, record_type, record_ref, detail)])


def append_many(
    session: Session, ctx: ServiceContext, items: list[tuple[Action, str, str, str]]
) -> None:
    """Add entries (action, record type, record id, detail) in order, as one link of work.

    The head row is swapped with a compare-and-set: if another desk appended in
    between, the chain is recomputed on top of theirs, so it never forks.
    """
    if not items:
        return
    at = ctx.clock()
    for _ in range(APPEND_TRIES):
        head = session.get(AuditHeadRecord, 1, populate_existing=True)
        if head is None:  # a database from before the audit log: start its chain
            session.add(AuditHeadRecord(id=1, hash=GENESIS, count=0))
            session.flush()
            continue
        start, count = head.hash, head.count
        rows = []
        previous = start
        for action, record_type, record_ref, detail in items:
            new_hash = entry_hash(
                previous, at, ctx.user, action.value, record_type, record_ref, detail
            )
            rows.append(
                {
                    "at": at,
                    "user": ctx.user,
                    "action": action.value,
                    "record_type": record_type,
                    "record_ref": record_ref,
                    "detail": detail,
                    "previous_hash": previous,
                    "hash": new_hash,
                }
            )
            previous = new_hash
        swapped = session.execute(
            update(AuditHeadRecord)
            .where(AuditHeadRecord.id == 1, AuditHeadRecord.hash == start)
            .values(hash=previous, count=count + len(rows))
            .execution_options(synchronize_session=False)
        )
        if swapped.rowcount == 1:  # type: ignore[attr-defined]
            session.execute(insert(AuditRecord), rows)
            return
    raise DatabaseUnavailable("The audit log is busy at another desk; try the action again.")


def log(
    ctx: ServiceContext, action: Action, record_type: str, record_ref: str = "", detail: str = ""
) -> None:
    """An entry on its own (a login, a file written outside the database)."""
    with ctx.transaction() as session:
        append(session, ctx, action, record_type, record_ref, detail)


def entry_of(row: AuditRecord) -> AuditEntry:
    return AuditEntry(
        id=row.id,
        at=row.at,
        user=row.user,
        action=row.action,
        record_type=row.record_type,
        record_ref=row.record_ref,
        detail=row.detail,
        previous_hash=row.previous_hash,
        hash=row.hash,
    )


@dataclass(frozen=True, slots=True)
class ChainCheck:
    entries: int
    broken: AuditEntry | None  # the first entry that does not hold
    problem: str  # "" when intact

    @property
    def intact(self) -> bool:
        return not self.problem


def verify(ctx: ServiceContext, batch: int = 5_000) -> ChainCheck:
    """Recompute the whole chain, oldest first, and compare it with the head row."""
    with ctx.transaction() as session:
        count = 0
        last_hash = GENESIS
        last_id = 0
        while True:
            rows = session.scalars(
                select(AuditRecord)
                .where(AuditRecord.id > last_id)
                .order_by(AuditRecord.id)
                .limit(batch)
            ).all()
            if not rows:
                break
            entries = [entry_of(r) for r in rows]
            broken = first_broken(entries, last_hash)
            if broken is not None:
                return ChainCheck(
                    count,
                    broken,
                    f"entry {broken.id} ({broken.at:%Y-%m-%d %H:%M}, {broken.action} by "
                    f"{broken.user or 'unknown'}) does not match the chain: it was changed, or "
                    "an entry before it was removed",
                )
            count += len(entries)
            last_hash = entries[-1].hash
            last_id = entries[-1].id
        head = session.get(AuditHeadRecord, 1)
        if head is not None and (head.hash != last_hash or head.count != count):
            return ChainCheck(
                count,
                None,
                f"the log ends after {count} entries but {head.count} were written: "
                "entries at its end were removed",
            )
        return ChainCheck(count, None, "")


@dataclass(frozen=True, slots=True)
class AuditQuery:
    user: str = ""
    action: str = ""
    record_type: str = ""
    record_ref: str = ""
    since: datetime | None = None
    until: datetime | None = None
    limit: int = 1_000


def search(ctx: ServiceContext, query: AuditQuery) -> list[AuditEntry]:
    """Entries matching every given filter, newest first."""
    stmt = select(AuditRecord).order_by(AuditRecord.id.desc()).limit(query.limit)
    if query.user:
        stmt = stmt.where(AuditRecord.user == query.user)
    if query.action:
        stmt = stmt.where(AuditRecord.action == query.action)
    if query.record_type:
        stmt = stmt.where(AuditRecord.record_type == query.record_type)
    if query.record_ref:
        stmt = stmt.where(AuditRecord.record_ref == query.record_ref)
    if query.since is not None:
        stmt = stmt.where(AuditRecord.at >= query.since)
    if query.until is not None:
        stmt = stmt.where(AuditRecord.at < query.until)
    with ctx.transaction() as session:
        return [entry_of(row) for row in session.scalars(stmt)]


def count(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        return session.scalar(select(func.count()).select_from(AuditRecord)) or 0
