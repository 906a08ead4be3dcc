"""``db copy``: move a whole clinic from one database to another, verified.

The usual move is a single-desk SQLite file to the clinic's PostgreSQL server
when a second desk arrives (and back again, if ever needed). Every table the
program knows is copied row for row, stored letters (PDF bytes) included:

- only into an *empty* target: one with no clinic data yet (the catalogue a first
  start loads and the audit log's empty head row do not count); anything else is
  refused before the target is touched;
- the target is migrated to the newest schema first, then filled in ONE
  transaction: a failure half-way leaves it as empty as it was;
- before that transaction commits, every table is read back from the target and
  compared with the source: the same number of rows and the same SHA-256 digest
  of their contents, and every stored letter's bytes still match the hash stored
  beside them. Any difference and nothing is committed;
- PostgreSQL's id counters are moved past the copied ids, so the next record
  added at a desk gets a fresh id.

The source is read in one transaction too, so a desk writing during the copy
cannot make it inconsistent (close the program on every desk all the same).

A copy into an SQLite file holds every client record and password hash, so it is
encrypted like a database made by ``init``: with the source's own database key and
key file (every account's wrapped copy) when the source is an encrypted file, or with
a new key wrapped for the signed-in user when the source is a server or an
unencrypted file. An unencrypted copy is made only when asked for by name. Every
copy is written in the source's audit log.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from opcc_desk.db.engine import make_engine, sqlite_path
from opcc_desk.db.keystore import Keystore, KeystoreError, keystore_path, new_database_key
from opcc_desk.db.migrate import current_revision, head_revision, upgrade
from opcc_desk.db.models import Base, LetterRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import accounts, audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import DatabaseUnavailable, ServiceError

# Rows a freshly migrated and opened database already holds: they are replaced by
# the source's own (the director may have reworded the catalogue).
SEED_TABLES = frozenset({"approaches", "concerns", "approach_concerns", "audit_head"})
BATCH_ROWS = 1_000
BATCH_ROWS_WITH_FILES = 50  # letters: about 100 kB of PDF each

NOT_EMPTY_FILE = msg(
    "DatabaseCopy",
    "{path} is not an empty, unencrypted database file; copy into a new file "
    "name, or into the clinic's PostgreSQL server",
)
NOT_AN_ADDRESS = msg(
    "DatabaseCopy",
    "'{url}' is not a database address OPCC Desk can use; write e.g. "
    "postgresql+psycopg://user@server/dbname",
)
ALREADY_EXISTS = msg(
    "DatabaseCopy", "{target} already exists; an encrypted copy goes into a new file name"
)
NO_ACCOUNTS = msg(
    "DatabaseCopy",
    "the copy would hold every client record in an unencrypted file, and this "
    "database has no staff accounts to encrypt it for. Create the accounts first "
    "(see 'init' in the README), or, for demonstration data only, add --unencrypted",
)
PASSWORD_NEEDED = msg(
    "DatabaseCopy",
    "an encrypted copy needs {user}'s password to lock its key with; "
    "give it when asked (or in OPCC_DESK_PASSWORD)",
)
# "{table}: {rows} rows", listed in the refusal below
ROWS_IN = msg("DatabaseCopy", "{table}: {rows} rows")
HOLDS_DATA = msg(
    "DatabaseCopy",
    "{target} already holds data ({listed}); OPCC Desk copies only into an empty "
    "database, so nothing is mixed or overwritten. Nothing was changed. Create a new, "
    "empty database for the copy.",
)
LETTER_DIFFERS = msg(
    "DatabaseCopy",
    "letter {letter} arrived with bytes that do not match its stored hash; nothing was committed",
)
KEY_FILE_NOT_WRITTEN = msg("DatabaseCopy", "{file}: cannot write the key file ({reason})")
SAME_DATABASE = msg(
    "DatabaseCopy", "the source and the target are the same database; nothing to do"
)
OLD_SCHEMA = msg(
    "DatabaseCopy",
    "the source database is not at this program's schema; run 'db upgrade' on it first",
)
STOPPED = msg(
    "DatabaseCopy",
    "the copy to {target} stopped ({kind}: {detail}); nothing was committed to the target",
)
NO_DETAIL = msg("DatabaseCopy", "no detail")
UNKNOWN_TABLES = msg(
    "DatabaseCopy",
    "the source has tables this version of OPCC Desk does not know "
    "({tables}); use the program version that made it",
)
TABLE_DIFFERS = msg(
    "DatabaseCopy",
    "table {table}: {sent} rows sent but {arrived} arrived "
    "or their contents differ; nothing was committed",
)


class CopyRefused(ServiceError):
    """The copy cannot start (a target with data, the same database twice...)."""


class CopyFailed(ServiceError):
    """The copy ran but what arrived differs from the source; nothing was committed."""


@dataclass(frozen=True, slots=True)
class TableCopy:
    name: str
    rows: int
    sha256: str


@dataclass
class CopyReport:
    source: str
    target: str
    tables: list[TableCopy] = field(default_factory=list)
    letters_checked: int = 0
    seconds: float = 0.0
    encrypted: bool = False  # an SQLite target encrypted with a key file
    key_holders: list[str] = field(default_factory=list)  # accounts that can open it

    @property
    def rows(self) -> int:
        return sum(t.rows for t in self.tables)


# ---------------------------------------------------------------- digests


def _canonical(value: Any) -> Any:
    """A value as the same JSON-able thing whichever database it was read from."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, Decimal):
        return f"D{value.normalize():f}"
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | bytearray | memoryview):
        data = bytes(value)
        return f"B{len(data)}:{hashlib.sha256(data).hexdigest()}"
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return repr(value)


class _Digest:
    def __init__(self) -> None:
        self._hash = hashlib.sha256()
        self.rows = 0

    def add(self, row: Sequence[Any]) -> None:
        line = json.dumps([_canonical(v) for v in row], ensure_ascii=False, sort_keys=True)
        self._hash.update(line.encode("utf-8"))
        self._hash.update(b"\n")
        self.rows += 1

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _rows(connection: Connection, table: Table, batch: int) -> Iterator[Sequence[Sequence[Any]]]:
    """The table's rows in primary-key order, a batch at a time."""
    query = select(table).order_by(*table.primary_key.columns)
    result = connection.execution_options(stream_results=True, yield_per=batch).execute(query)
    yield from result.partitions()


def _batch_size(table: Table) -> int:
    has_files = any(column.type.python_type is bytes for column in table.columns)
    return BATCH_ROWS_WITH_FILES if has_files else BATCH_ROWS


# ---------------------------------------------------------------- checks before copying


def _header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(16)


def _open_target(url: str, key: bytes | None = None) -> Engine:
    path = sqlite_path(url)
    if (
        path is not None
        and path.exists()
        and path.stat().st_size >= 16
        and _header(path) != b"SQLite format 3\x00"
    ):
        raise CopyRefused(say(NOT_EMPTY_FILE, path=path))
    try:
        return make_engine(url, key=key)
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise CopyRefused(say(NOT_AN_ADDRESS, url=url)) from None


def target_file(url: str) -> Path | None:
    """The SQLite file a copy would write, or None (a server, or no valid address)."""
    try:
        return sqlite_path(url)
    except ArgumentError:
        return None


@dataclass(frozen=True, slots=True)
class _TargetKey:
    key: bytes
    keystore: Keystore


def _target_key(source: ServiceContext, target: Path, password: str | None) -> _TargetKey:
    """The key and key file an SQLite copy is encrypted with (nothing written yet)."""
    if (target.exists() and target.stat().st_size > 0) or keystore_path(target).exists():
        raise CopyRefused(say(ALREADY_EXISTS, target=target))
    store = accounts.keystore_of(source)
    if store is not None and source.database_key is not None:
        # the same key, and every account's wrapped copy of it: the staff sign in to the
        # copy with the passwords they have now
        copied = Keystore.create(target)
        copied.data["kdf"] = dict(store.data["kdf"])
        for username, slot in store.data["users"].items():
            copied.data["users"][username] = {**slot, "failures": 0, "locked_until": ""}
        return _TargetKey(source.database_key, copied)
    if source.role is None or not source.user:
        raise CopyRefused(say(NO_ACCOUNTS))
    if password is None:
        raise CopyRefused(say(PASSWORD_NEEDED, user=source.user))
    accounts.confirm_password(source, password)  # a typo must not lock everyone out
    fresh = Keystore.create(target)
    key = new_database_key()
    fresh.add_user(source.user, password, key)
    return _TargetKey(key, fresh)


def _remove_new_file(path: Path) -> None:
    """A copy that did not finish leaves no half-made encrypted file behind."""
    for leftover in (
        path,
        path.with_name(path.name + "-wal"),
        path.with_name(path.name + "-shm"),
        keystore_path(path),
    ):
        leftover.unlink(missing_ok=True)


def _same_database(source: Engine, target: Engine) -> bool:
    a, b = source.url, target.url
    path_a, path_b = sqlite_path(str(a)), sqlite_path(str(b))
    if path_a is not None or path_b is not None:
        return path_a is not None and path_b is not None and path_a.resolve() == path_b.resolve()
    return (a.host or "", a.port or 5432, a.database) == (b.host or "", b.port or 5432, b.database)


def _rows_held(engine: Engine) -> dict[str, int]:
    """Rows per table, for every table holding clinic data (not the seed tables)."""
    held: dict[str, int] = {}
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
        for name in names:
            if name == "alembic_version" or name in SEED_TABLES:
                continue
            table = Base.metadata.tables.get(name)
            if table is not None:
                count = connection.scalar(select(func.count()).select_from(table))
            else:  # a table this program does not know: count it all the same
                quoted = connection.dialect.identifier_preparer.quote(name)
                count = connection.scalar(text(f"SELECT count(*) FROM {quoted}"))
            if count:
                held[name] = int(count)
    return held


def _check_target_empty(engine: Engine, where: str) -> None:
    held = _rows_held(engine)
    if held:
        first = ("clients", "therapists", "referrals", "letters", "users")
        ordered = sorted(held, key=lambda n: (first.index(n) if n in first else len(first), n))
        listed = ", ".join(say(ROWS_IN, table=name, rows=held[name]) for name in ordered[:4])
        raise CopyRefused(say(HOLDS_DATA, target=where, listed=listed))


# ---------------------------------------------------------------- copying


def _begin_snapshot(connection: Connection) -> None:
    """Read every table of the source as of one moment."""
    if connection.dialect.name == "sqlite":
        connection.exec_driver_sql("BEGIN")  # pysqlite starts no transaction for reads
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")


def _advance_sequences(connection: Connection) -> None:
    """PostgreSQL keeps id counters apart from the rows: move each past the copied ids."""
    if connection.dialect.name != "postgresql":
        return
    for table in Base.metadata.sorted_tables:
        key = table.autoincrement_column
        if key is None:
            continue
        sequence = connection.scalar(
            text("SELECT pg_get_serial_sequence(:table, :column)"),
            {"table": table.name, "column": key.name},
        )
        if sequence is None:
            continue
        highest = connection.scalar(select(func.max(key)))
        connection.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": highest or 1, "called": highest is not None},
        )


def _check_letters(connection: Connection) -> int:
    """Every stored letter's bytes still hash to the SHA-256 kept beside them."""
    letters = LetterRecord.__table__
    checked = 0
    query = select(letters.c.id, letters.c.pdf, letters.c.sha256).order_by(letters.c.id)
    result = connection.execution_options(
        stream_results=True, yield_per=BATCH_ROWS_WITH_FILES
    ).execute(query)
    for letter_id, pdf, stored_hash in result:
        if hashlib.sha256(bytes(pdf)).hexdigest() != stored_hash:
            raise CopyFailed(say(LETTER_DIFFERS, letter=letter_id))
        checked += 1
    return checked


def copy_database(
    source: ServiceContext,
    target_url: str,
    *,
    password: str | None = None,
    unencrypted: bool = False,
) -> CopyReport:
    """Copy every row of ``source`` into the empty database at ``target_url``, verified.

    An SQLite target is encrypted unless ``unencrypted``; ``password`` is the signed-in
    user's, needed only when the source has no key file of its own to copy.
    """
    source.require(Permission.BACKUP)
    started = time.monotonic()
    try:
        where = make_url(target_url).render_as_string(hide_password=True)
        file = sqlite_path(target_url)
    except ArgumentError:
        raise CopyRefused(say(NOT_AN_ADDRESS, url=target_url)) from None
    locked: _TargetKey | None = None
    if file is not None and not unencrypted:
        source_file = sqlite_path(str(source.engine.url))
        if source_file is not None and source_file.resolve() == file.resolve():
            raise CopyRefused(say(SAME_DATABASE))
        locked = _target_key(source, file, password)
        try:
            locked.keystore.save()
        except (OSError, KeystoreError) as error:
            raise CopyRefused(say(KEY_FILE_NOT_WRITTEN, file=file, reason=error)) from None
    report = CopyReport(source=source.engine.url.render_as_string(hide_password=True), target=where)
    finished = False
    target = _open_target(target_url, None if locked is None else locked.key)
    try:
        if _same_database(source.engine, target):
            raise CopyRefused(say(SAME_DATABASE))
        if current_revision(source.engine) != head_revision(source.engine):
            raise CopyRefused(say(OLD_SCHEMA))
        _check_target_empty(target, where)
        upgrade(target)
        # logged before the rows are read, so the copy carries the entry too; a copy that
        # then fails has still been attempted by this user
        _log_copy(source, file, locked is not None, where)
        _copy_all(source.engine, target, report)
        finished = True
    except DBAPIError as error:
        detail = str(error.orig).strip().splitlines()[0] if error.orig else say(NO_DETAIL)
        raise DatabaseUnavailable(
            say(STOPPED, target=where, kind=type(error.orig).__name__, detail=detail)
        ) from None
    finally:
        target.dispose()
        if locked is not None and file is not None and not finished:
            _remove_new_file(file)
    report.encrypted = locked is not None
    report.key_holders = [] if locked is None else locked.keystore.users()
    report.seconds = time.monotonic() - started
    return report


def _log_copy(source: ServiceContext, file: Path | None, encrypted: bool, where: str) -> None:
    if file is None:
        how = "to a database server"
    elif encrypted:
        how = "to an encrypted file"
    else:
        how = "to an UNENCRYPTED file (asked for with --unencrypted)"
    audit.log(source, Action.EXPORT, "database", "", f"whole database copied {how}: {where}")


def _copy_all(source: Engine, target: Engine, report: CopyReport) -> None:
    tables = Base.metadata.sorted_tables
    with source.connect() as reading, target.begin() as writing:
        _begin_snapshot(reading)
        unknown = set(inspect(reading).get_table_names()) - {t.name for t in tables}
        unknown.discard("alembic_version")
        if unknown:
            raise CopyRefused(say(UNKNOWN_TABLES, tables=", ".join(sorted(unknown))))
        for table in reversed(tables):  # children first
            if table.name in SEED_TABLES:
                writing.execute(table.delete())
        sent: dict[str, _Digest] = {}
        for table in tables:
            digest = _Digest()
            keys = [column.key for column in table.columns]
            for part in _rows(reading, table, _batch_size(table)):
                for row in part:
                    digest.add(row)
                writing.execute(table.insert(), [dict(zip(keys, row, strict=True)) for row in part])
            sent[table.name] = digest
        reading.rollback()  # the source was only read
        for table in tables:
            arrived = _Digest()
            for part in _rows(writing, table, _batch_size(table)):
                for row in part:
                    arrived.add(row)
            expected = sent[table.name]
            if (arrived.rows, arrived.hexdigest()) != (expected.rows, expected.hexdigest()):
                raise CopyFailed(
                    say(TABLE_DIFFERS, table=table.name, sent=expected.rows, arrived=arrived.rows)
                )
            report.tables.append(TableCopy(table.name, arrived.rows, arrived.hexdigest()))
        report.letters_checked = _check_letters(writing)
        _advance_sequences(writing)
