"""The PHIPA audit log: who viewed, changed, printed or exported whose record.

Entries are added inside the transaction of the action they describe, so an
action and its log entry are saved together or not at all. Details name ids
and fields, never names, notes or contact details.

Every role appends to a plain hash chain. Directors and admins hold the audit key
(services/audit_keys.py) and seal the log with it (domain/audit.py): a seal entry
at each of their sign-ins, backups and checks, and, for an SQLite file, a seal file
beside the database (``FILE.seal``) rewritten after each of their actions and
copied beside each backup. A seal is only written over a log that still holds the
previous one, so a log cut short or rewritten is never sealed over unnoticed;
``opcc-desk audit seal`` accepts the log as it is, on purpose and in the log.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import event, func, insert, select, update
from sqlalchemy.orm import Session

from opcc_desk.atomic_files import write_private
from opcc_desk.db.engine import sqlite_path
from opcc_desk.db.models import AuditHeadRecord, AuditRecord
from opcc_desk.domain.audit import (
    GENESIS,
    Action,
    AuditEntry,
    SealDetail,
    entry_hash,
    first_broken,
    key_id,
    parse_seal,
    seal_holds,
    seal_mac,
)
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import (
    DatabaseUnavailable,
    FileNotWritten,
    NotAllowed,
    ServiceError,
)

LOG_BUSY = msg("Audit", "The audit log is busy at another desk; try the action again.")
SEAL_UNREADABLE = msg("Audit", "the seal file {file} cannot be read ({error})")
SEAL_DAMAGED = msg("Audit", "the seal file {file} is damaged or is not one OPCC Desk wrote")
NO_KEY_TO_SEAL = msg(
    "Audit", "Your account does not hold the audit key; a director or admin must seal."
)
# why the chain does not hold (audit_view shows it; 'opcc-desk audit verify' prints it)
WHEN_WHO = msg("Audit", "{at}, {action} by {user}")
SOMEONE_UNKNOWN = msg("Audit", "unknown")
OFF_CHAIN = msg(
    "Audit",
    "entry {id} ({when}) does not match the chain: it was changed, or an entry before it "
    "was removed",
)
CUT_SHORT = msg(
    "Audit",
    "the log ends after {count} entries but {written} were written: entries at its end "
    "were removed",
)
CUT_BELOW_SEAL = msg(
    "Audit",
    "the log ends after {count} entries, but {sealed} were sealed on {at} by {user}: "
    "entries at its end were removed",
)
NOT_AS_SEALED = msg(
    "Audit",
    "{sealed} entries were sealed on {at} by {user}, ending with entry {last}, and the "
    "log no longer holds them as sealed: entries at its end were removed, or entries up "
    "to entry {id} were changed and the chain recomputed",
)
EMPTY_SEAL = msg("Audit", "entry {id} ({when}) is a seal that says nothing: it was changed")
OTHER_KEY = msg(
    "Audit",
    "entry {id} ({when}) was sealed with another audit key than the one your account "
    "holds: the key copies were replaced",
)
SEAL_MISMATCH = msg(
    "Audit",
    "the seal in entry {id} ({when}) does not match the entries before it: they were "
    "changed and the chain recomputed, or entries were removed",
)
FILE_NOT_KEYED = msg(
    "Audit", "the seal file {file} was not made with the audit key: it was replaced or edited"
)
FILE_MISSING = msg(
    "Audit",
    "the seal file {file} beside the database is missing, so entries cut from the end of "
    "the log would not show. If the database was moved or copied without it, a director "
    "or admin can run 'opcc-desk audit seal' to seal the log as it is now",
)
SEAL_LOST = msg(
    "Audit",
    "the log no longer holds the entries sealed on {at} by {user}: entries were removed "
    "or rewritten",
)

APPEND_TRIES = 5
SEAL_FORMAT = 1

log_ = logging.getLogger(__name__)

Item = tuple[Action, str, str, str]


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


def append_many(session: Session, ctx: ServiceContext, items: list[Item]) -> None:
    """Add entries (action, record type, record id, detail) in order, as one link of work."""
    if items:
        _append(session, ctx, lambda _count, _hash: items)


def _append(
    session: Session, ctx: ServiceContext, make: Callable[[int, str], list[Item]]
) -> tuple[int, str]:
    """Append what ``make(count, head hash)`` returns; the new count and head hash.

    The head row is swapped with a compare-and-set: if another desk appended in
    between, the entries are made again on top of theirs, so the chain never forks.
    """
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
        for action, record_type, record_ref, detail in make(count, start):
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
            _reseal_file_on_commit(session, ctx, count + len(rows), previous)
            return count + len(rows), previous
    raise DatabaseUnavailable(say(LOG_BUSY))


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
    keyed: bool = False  # the seals were checked with the audit key

    @property
    def intact(self) -> bool:
        return not self.problem


def verify(ctx: ServiceContext, batch: int = 5_000) -> ChainCheck:
    """Recompute the whole chain, oldest first, and compare it with the head row and seals.

    With the audit key (directors and admins), each seal entry and the seal file
    beside the database are checked too; an intact log is then sealed again.
    """
    ctx.require(Permission.AUDIT)
    key = ctx.audit_key
    database = _database_file(ctx)
    outside: SealFile | None = None
    outside_problem = ""
    if key is not None and database is not None:
        outside, outside_problem = _checked_seal_file(seal_path(database), key)
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
                    count, broken, say(OFF_CHAIN, id=broken.id, when=_when_who(broken))
                )
            for entry in entries:
                if key is not None and entry.action == Action.SEAL.value:
                    problem = _seal_entry_problem(entry, count, key)
                    if problem:
                        return ChainCheck(count, entry, problem)
                count += 1
                if outside is not None and count == outside.count and entry.hash != outside.hash:
                    return ChainCheck(count, entry, _unsealed(outside, entry))
            last_hash = entries[-1].hash
            last_id = entries[-1].id
        head = session.get(AuditHeadRecord, 1)
        if head is not None and (head.hash != last_hash or head.count != count):
            return ChainCheck(count, None, say(CUT_SHORT, count=count, written=head.count))
        if outside_problem:
            return ChainCheck(count, None, outside_problem)
        if outside is not None and count < outside.count:
            return ChainCheck(
                count,
                None,
                say(
                    CUT_BELOW_SEAL,
                    count=count,
                    sealed=outside.count,
                    at=outside.at[:16],
                    user=outside.user,
                ),
            )
        if database is not None and key is not None and outside is None:
            return ChainCheck(count, None, _missing_seal_file(seal_path(database)))
    if key is not None:
        with ctx.transaction() as session:
            seal_if_holder(session, ctx)
    return ChainCheck(count, None, "", keyed=key is not None)


def _unsealed(seal: SealFile, entry: AuditEntry) -> str:
    """What it means that the entry at the sealed position is not the one sealed."""
    return say(
        NOT_AS_SEALED,
        sealed=seal.count,
        at=seal.at[:16],
        user=seal.user,
        last=seal.last_id,
        id=entry.id,
    )


def _when_who(entry: AuditEntry) -> str:
    user = entry.user or say(SOMEONE_UNKNOWN)
    return say(WHEN_WHO, at=f"{entry.at:%Y-%m-%d %H:%M}", action=entry.action, user=user)


def _seal_entry_problem(entry: AuditEntry, before: int, key: bytes) -> str:
    """Why a seal entry does not hold for the ``before`` entries ahead of it ("" if it does)."""
    seal = parse_seal(entry.detail)
    if seal is None:
        return say(EMPTY_SEAL, id=entry.id, when=_when_who(entry))
    if seal.key != key_id(key):
        return say(OTHER_KEY, id=entry.id, when=_when_who(entry))
    if seal.count != before or not seal_holds(key, before, entry.previous_hash, seal.mac):
        return say(SEAL_MISMATCH, id=entry.id, when=_when_who(entry))
    return ""


# ---------------------------------------------------------------- seals


@dataclass(frozen=True, slots=True)
class SealFile:
    """The newest seal, outside the database: the first ``count`` entries end with
    ``hash`` (the entry numbered ``last_id``), sealed by ``user`` at ``at``."""

    count: int
    last_id: int
    hash: str
    key: str
    mac: str
    at: str
    user: str


def seal_path(database: Path) -> Path:
    return database.with_name(database.name + ".seal")


def _database_file(ctx: ServiceContext) -> Path | None:
    return sqlite_path(str(ctx.engine.url))


def read_seal_file(path: Path) -> SealFile | None:
    """The seal kept in ``path``, None when there is no such file.

    A file that is there but not a seal OPCC Desk wrote raises ServiceError.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as error:
        raise ServiceError(say(SEAL_UNREADABLE, file=path.name, error=error)) from None
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.pop("format", None) != SEAL_FORMAT:
            raise ValueError("format")
        seal = SealFile(**data)
        numbers = (seal.count, seal.last_id)
        texts = (seal.hash, seal.key, seal.mac, seal.at, seal.user)
        if not all(type(n) is int for n in numbers) or not all(isinstance(t, str) for t in texts):
            raise ValueError("types")
    except (ValueError, TypeError):
        raise ServiceError(say(SEAL_DAMAGED, file=path.name)) from None
    return seal


def _checked_seal_file(path: Path, key: bytes) -> tuple[SealFile | None, str]:
    """The seal file's seal when the key made it, else a problem to report."""
    try:
        seal = read_seal_file(path)
    except ServiceError as error:
        return None, str(error)
    if seal is not None and (
        seal.key != key_id(key) or not seal_holds(key, seal.count, seal.hash, seal.mac)
    ):
        return None, say(FILE_NOT_KEYED, file=path.name)
    return seal, ""


def _missing_seal_file(path: Path) -> str:
    return say(FILE_MISSING, file=path.name)


def _seal_file_problem(session: Session, key: bytes, path: Path) -> str:
    """Why the log no longer holds the seal in ``path`` ("" when it does, or has none yet)."""
    seal, problem = _checked_seal_file(path, key)
    if problem:
        return problem
    if seal is None:
        # only a key made in this very transaction starts a seal file from nothing: else a
        # log stripped of its seals, with the file deleted, would be sealed afresh
        return "" if session.info.get(KEY_CREATED) else _missing_seal_file(path)
    row = session.get(AuditRecord, seal.last_id)
    if row is None or row.hash != seal.hash:
        return say(SEAL_LOST, at=seal.at[:16], user=seal.user)
    return ""


_PENDING = "opcc_desk.audit_seal"
KEY_CREATED = "opcc_desk.audit_key_created"  # set in session.info by services/audit_keys.py


@dataclass
class _PendingSeal:
    """The seal file this transaction moves up to, written once it commits."""

    path: Path
    problem: str  # the log no longer holds the file's seal: leave the file for verify
    seal: SealFile | None = None


def _pending(session: Session, path: Path, problem: str) -> _PendingSeal:
    pending = session.info.get(_PENDING)
    if not isinstance(pending, _PendingSeal):
        pending = _PendingSeal(path, problem)
        session.info[_PENDING] = pending
        event.listen(session, "after_commit", _write_seal_after_commit, once=True)
    return pending


def _reseal_file_on_commit(
    session: Session, ctx: ServiceContext, count: int, head_hash: str
) -> None:
    """After a key holder's entries commit, the seal file moves up to them."""
    key = ctx.audit_key
    database = _database_file(ctx)
    if key is None or database is None:
        return
    path = seal_path(database)
    pending = session.info.get(_PENDING)
    if not isinstance(pending, _PendingSeal):
        pending = _pending(session, path, _seal_file_problem(session, key, path))
    last_id = session.scalar(select(func.max(AuditRecord.id))) or 0
    pending.seal = SealFile(
        count=count,
        last_id=last_id,
        hash=head_hash,
        key=key_id(key),
        mac=seal_mac(key, count, head_hash),
        at=ctx.clock().isoformat(timespec="seconds"),
        user=ctx.user,
    )


def _write_seal_after_commit(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    if not isinstance(pending, _PendingSeal) or pending.seal is None:
        return
    if pending.problem:
        # the old seal stays for `audit verify` to report; no client data in this line
        log_.warning("audit seal file not moved on: the log does not hold the last seal")
        return
    try:
        write_seal_file(pending.path, pending.seal)
    except ServiceError as error:
        log_.warning("audit seal file not written: %s", error)


def _write_private(path: Path, data: bytes) -> None:
    try:
        write_private(path, data)
    except OSError as error:
        raise FileNotWritten(path, error) from None


def write_seal_file(path: Path, seal: SealFile) -> None:
    data = {"format": SEAL_FORMAT, **asdict(seal)}
    _write_private(path, json.dumps(data, indent=1, sort_keys=True).encode("utf-8"))


def seal_if_holder(session: Session, ctx: ServiceContext) -> str:
    """A seal entry when a key holder signs in, backs up or checks the log.

    Nothing is sealed over a log that no longer holds the previous seal (the
    returned problem says why); `audit verify` reports it, `audit seal` accepts it.
    """
    key = ctx.audit_key
    if key is None:
        return ""
    database = _database_file(ctx)
    if database is not None:
        path = seal_path(database)
        problem = _seal_file_problem(session, key, path)
        if problem:
            _pending(session, path, problem)
            return problem
    _append_seal(session, ctx, key)
    return ""


def _append_seal(session: Session, ctx: ServiceContext, key: bytes) -> None:
    def make(count: int, head_hash: str) -> list[Item]:
        detail = SealDetail(count, key_id(key), seal_mac(key, count, head_hash)).text()
        return [(Action.SEAL, "database", "", detail)]

    _append(session, ctx, make)


def seal(ctx: ServiceContext) -> int:
    """Seal the log as it is now, even where the seal file is missing or no longer matches
    (a database moved without it, or a log the clinic decided to keep as it is).

    The acceptance is itself logged, with the problem it set aside.
    """
    ctx.require(Permission.AUDIT)
    key = ctx.audit_key
    if key is None:
        raise NotAllowed(say(NO_KEY_TO_SEAL))
    with ctx.transaction() as session:
        database = _database_file(ctx)
        if database is not None:
            path = seal_path(database)
            problem = _seal_file_problem(session, key, path)
            _pending(session, path, "")
            if problem:
                append(
                    session,
                    ctx,
                    Action.CHANGE,
                    "database",
                    "",
                    f"audit log sealed as it is: {problem}",
                )
        _append_seal(session, ctx, key)
        return session.scalar(select(func.count()).select_from(AuditRecord)) or 0


def copy_seal_file(database: Path) -> bytes | None:
    """The seal file's bytes, read before a backup copies the database (so never newer)."""
    try:
        return seal_path(database).read_bytes()
    except FileNotFoundError:
        return None


def put_seal_file(database: Path, data: bytes | None) -> None:
    """Put a seal beside a backup or a restored database; none leaves none behind."""
    if data is None:
        seal_path(database).unlink(missing_ok=True)
    else:
        _write_private(seal_path(database), data)


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
    ctx.require(Permission.AUDIT)
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
