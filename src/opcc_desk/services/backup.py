"""Backups of the embedded database: consistent, encrypted, verified.

A backup is made with SQLite's online backup API (safe while the program runs
in WAL mode) into a temporary file, checked (integrity check and row counts
equal to the live database), and only then moved to its name. An encrypted
database is backed up encrypted with the same key, and its key file is copied
beside it (``FILE.keys``), so the same passwords open it.

A restore opens the backup first, checks it, copies it next to the live file
and swaps it in only when the copy is verified: a bad file never replaces the
live data.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import inspect

from opcc_desk.atomic_files import replacing, write_private
from opcc_desk.db.engine import sqlite_path
from opcc_desk.db.keystore import keystore_path
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

KEEP_DAILY = 7


class BackupRefused(ServiceError):
    pass


@dataclass(frozen=True, slots=True)
class BackupReport:
    path: Path
    tables: dict[str, int]  # table -> rows, as verified in the copy
    encrypted: bool


def _connect(path: Path, key: bytes | None) -> Any:
    if key is None:
        return sqlite3.connect(path)
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path))
    connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    return connection


def _counts(connection: Any, tables: list[str]) -> dict[str, int]:
    return {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


def _check(connection: Any, tables: list[str], expected: dict[str, int] | None) -> dict[str, int]:
    try:
        result = connection.execute("PRAGMA integrity_check").fetchone()[0]
        counts = _counts(connection, tables)
    except Exception as error:  # any driver error here means the file is unusable
        raise BackupRefused(
            f"the file does not open as an OPCC Desk database ({type(error).__name__}); "
            "it may be damaged, cut short, or made with another key"
        ) from None
    if result != "ok":
        raise BackupRefused(f"the database check failed ({result})")
    if expected is not None and counts != expected:
        different = [t for t in tables if counts.get(t) != expected.get(t)]
        raise BackupRefused(f"row counts differ from the live database in {', '.join(different)}")
    return counts


def _live_path(ctx: ServiceContext) -> Path:
    path = sqlite_path(str(ctx.engine.url))
    if path is None:
        raise BackupRefused(
            "this command backs up the embedded database; for a PostgreSQL server use pg_dump "
            "(see the README's section for the IT helper)"
        )
    return path


def backup(ctx: ServiceContext, target: Path) -> BackupReport:
    """A verified copy at ``target`` (admins: any place they choose)."""
    ctx.require(Permission.BACKUP)
    return _backup(ctx, target)


def _backup(ctx: ServiceContext, target: Path) -> BackupReport:
    live = _live_path(ctx)
    tables = sorted(inspect(ctx.engine).get_table_names())
    key = ctx.database_key
    seal = audit.copy_seal_file(live)  # read first: never newer than the copy
    try:
        # the copy is checked before it takes the target's name; a failed check (or
        # any error) removes it and leaves an earlier backup of that name as it was
        with replacing(target) as partial:
            source = _connect(live, key)
            try:
                destination = _connect(partial, key)
                try:
                    source.backup(destination)
                    expected = _counts(source, tables)
                finally:
                    destination.close()
            finally:
                source.close()
            check = _connect(partial, key)
            try:
                counts = _check(check, tables, expected)
            finally:
                check.close()
        if key is not None:
            write_private(keystore_path(target), keystore_path(live).read_bytes())
    except OSError as error:
        reason = error.strerror or str(error)
        raise BackupRefused(f"{target}: cannot write the backup ({reason})") from None
    audit.put_seal_file(target, seal)
    rows = sum(counts.values())
    audit.log(ctx, Action.BACKUP, "database", "", f"{rows} rows in {len(counts)} tables")
    return BackupReport(target, counts, key is not None)


def restore(ctx: ServiceContext, source: Path, *, dispose: Callable[[], None]) -> BackupReport:
    """Replace the live database with a verified backup; ``dispose`` closes live connections.

    The restore is written into the restored database's own audit log, whoever asked
    for it (the window or the command line): the entry belongs with the data it replaced.
    """
    ctx.require(Permission.BACKUP)
    live = _live_path(ctx)
    if not source.is_file():
        raise BackupRefused(f"{source}: there is no such file")
    key = ctx.database_key
    tables = sorted(inspect(ctx.engine).get_table_names())
    candidate = _connect(source, key)
    try:
        counts = _check(candidate, tables, None)
    finally:
        candidate.close()
    origin = _connect(source, key)
    try:
        # the copy is checked beside the live file and swapped in only then
        with replacing(live) as staged:
            copy = _connect(staged, key)
            try:
                origin.backup(copy)
            finally:
                copy.close()
            verify = _connect(staged, key)
            try:
                _check(verify, tables, counts)
            finally:
                verify.close()
            dispose()
            for suffix in ("-wal", "-shm"):
                Path(f"{live}{suffix}").unlink(missing_ok=True)
    except OSError as error:
        reason = error.strerror or str(error)
        raise BackupRefused(f"{live}: cannot write the restored database ({reason})") from None
    finally:
        origin.close()
    audit.put_seal_file(live, audit.copy_seal_file(source))  # the seal of the same moment
    # the engine's connections were closed by dispose(): the next one opens the restored file
    audit.log(ctx, Action.RESTORE_BACKUP, "database", "", f"restored from {source.name}")
    return BackupReport(live, counts, key is not None)


def daily_backup(ctx: ServiceContext, folder: Path, now: datetime) -> Path | None:
    """Once a day (on closing the window): a dated backup, keeping the last few.

    Any signed-in user's desk makes it, into the program's own data folder.
    """
    if sqlite_path(str(ctx.engine.url)) is None:
        return None  # a server is backed up by its own tools
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    target = folder / f"opcc-desk-{now:%Y-%m-%d}.sqlite3"
    if target.exists():
        return None
    _backup(ctx, target)
    dated = sorted(folder.glob("opcc-desk-????-??-??.sqlite3"))
    for old in dated[:-KEEP_DAILY]:
        old.unlink(missing_ok=True)
        keystore_path(old).unlink(missing_ok=True)
        audit.seal_path(old).unlink(missing_ok=True)
    return target
