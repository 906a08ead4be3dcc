"""Backups of the embedded database: consistent, encrypted, verified.

A backup is made with SQLite's online backup API (safe while the program runs
in WAL mode) into a temporary file, checked (integrity check and row counts
equal to the live database), and only then moved to its name. An encrypted
database is backed up encrypted with the same key, and its key file is copied
beside it (``FILE.keys``), so the same passwords open it.

A restore takes the database and its key file from the same moment (the
backup and the ``FILE.keys`` beside it). It opens the backup first with the
restorer's own user name and password, checks it, copies it next to the live
file and swaps both in only when the copy is verified, and only while no other
window or command has the database open: a bad file, or one the restorer could
not sign in to afterwards, never replaces the live data.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import inspect

from opcc_desk.atomic_files import replacing, write_private
from opcc_desk.db.engine import make_engine, make_session_factory, sqlite_path
from opcc_desk.db.file_locks import DatabaseInUse, sole_user
from opcc_desk.db.keystore import Keystore, KeystoreError, is_encrypted, keystore_path
from opcc_desk.db.migrate import upgrade
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission, Role, allowed
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.domain.words.os_errors import os_reason
from opcc_desk.services import accounts, audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

KEEP_DAILY = 7

# what a refused backup or restore says; the window adds "The live data is untouched."
# after a refused restore, the command line says it as it is
NOT_A_DATABASE = msg(
    "Backup",
    "the file does not open as an OPCC Desk database ({kind}); "
    "it may be damaged, cut short, or made with another key",
)
CHECK_FAILED = msg("Backup", "the database check failed ({result})")
COUNTS_DIFFER = msg("Backup", "row counts differ from the live database in {tables}")
ON_A_SERVER = msg(
    "Backup",
    "this command backs up the embedded database; for a PostgreSQL server use pg_dump "
    "(see the README's section for the IT helper)",
)
NOT_WRITTEN = msg("Backup", "{target}: cannot write the backup ({reason})")
PASSWORD_THEN = msg(
    "Backup",
    "the backup does not open with this user name and password: it was made when your "
    "password may have been different; use the password you had then",
)
NOT_ENCRYPTED = msg(
    "Backup",
    "{name} is not encrypted but the live database is; restoring it would "
    "leave the clinic's records unprotected. Use an encrypted backup",
)
ALREADY_A_DATABASE = msg(
    "Backup",
    "{database} already holds a database; sign in to it to restore over it, or "
    "name a new place with --db",
)
NO_FOLDER = msg("Backup", "{folder}: cannot create the folder ({reason})")
NO_SUCH_FILE = msg("Backup", "{source}: there is no such file")
BAD_KEY_FILE = msg("Backup", "{key_file}: {problem}")
SIGN_IN_FIRST = msg("Backup", "this backup has staff accounts: sign in with --user NAME")
KEY_FILE_MISSING = msg(
    "Backup",
    "{name} is encrypted but its key file {key_file} is "
    "not beside it; copy the key file made with the backup into the same folder",
)
NOT_A_BACKUP = msg("Backup", "the file is an SQLite database but not an OPCC Desk backup")
NO_SUCH_ACCOUNT = msg(
    "Backup",
    "the backup has no active account named '{username}'; an admin of that time must restore it",
)
# one whole sentence per role that may not restore (the role is a word of the sentence)
NOT_ALLOWED = {
    Role.RECEPTION: msg(
        "Backup",
        "in this backup '{username}' is a reception account; an admin of that time must restore it",
    ),
    Role.DIRECTOR: msg(
        "Backup",
        "in this backup '{username}' is a director account; an admin of that time must restore it",
    ),
}
IN_USE = msg("Backup", "nothing was restored: {reason}")
NOT_RESTORED = msg("Backup", "{live}: cannot write the restored database ({reason})")


class BackupRefused(ServiceError):
    pass


class PasswordThen(BackupRefused):
    """The backup does not open with the password given: the restorer's may have changed
    since (the command line then says where to give the old one)."""

    def __init__(self) -> None:
        super().__init__(say(PASSWORD_THEN))


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
        raise BackupRefused(say(NOT_A_DATABASE, kind=type(error).__name__)) from None
    if result != "ok":
        raise BackupRefused(say(CHECK_FAILED, result=result))
    if expected is not None and counts != expected:
        different = [t for t in tables if counts.get(t) != expected.get(t)]
        raise BackupRefused(say(COUNTS_DIFFER, tables=", ".join(different)))
    return counts


def _live_path(ctx: ServiceContext) -> Path:
    path = sqlite_path(str(ctx.engine.url))
    if path is None:
        raise BackupRefused(say(ON_A_SERVER))
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
        reason = os_reason(error)
        raise BackupRefused(say(NOT_WRITTEN, target=target, reason=reason)) from None
    audit.put_seal_file(target, seal)
    rows = sum(counts.values())
    audit.log(ctx, Action.BACKUP, "database", "", f"{rows} rows in {len(counts)} tables")
    return BackupReport(target, counts, key is not None)


@dataclass(frozen=True, slots=True)
class _Checked:
    """A backup that the person restoring it can sign in to, as it was checked."""

    key: bytes | None
    key_file: bytes | None  # the backup's own key file, to install with it
    counts: dict[str, int]
    role: Role | None  # the restorer's role in the backup; None: it has no accounts


def restore(
    ctx: ServiceContext, source: Path, *, password: str, dispose: Callable[[], None]
) -> BackupReport:
    """Replace the live database and its key file with a verified backup and its own key
    file; ``dispose`` closes the live connections, ``password`` is the restorer's.

    The backup is checked first: the person restoring must be able to sign in to it
    (their password opens its key file, and it holds them as an active admin with that
    password), or nothing is changed. The restore is refused while another window or
    command has the database open. It is written into the restored database's own audit
    log, whoever asked for it (the window or the command line): the entry belongs with
    the data it replaced.
    """
    ctx.require(Permission.BACKUP)
    live = _live_path(ctx)
    checked = _check_backup(source, ctx.user, password)
    if checked.key_file is None and is_encrypted(live):
        raise BackupRefused(say(NOT_ENCRYPTED, name=source.name))
    return _swap_in(live, source, checked, ctx.user, password, ctx.clock, dispose)


def restore_to_new_place(
    database: Path,
    source: Path,
    username: str,
    password: str,
    *,
    clock: Callable[[], datetime],
) -> BackupReport:
    """A backup made on a computer that is gone, written as the database at ``database``
    (with its key file), where there is no database yet. The staff then sign in with the
    passwords they had when the backup was made."""
    if (database.exists() and database.stat().st_size > 0) or is_encrypted(database):
        raise BackupRefused(say(ALREADY_A_DATABASE, database=database))
    checked = _check_backup(source, username, password)
    _make_private_folders(database.parent)
    return _swap_in(database, source, checked, username, password, clock, lambda: None)


def _make_private_folders(folder: Path) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for new in reversed(missing):
        try:
            new.mkdir(mode=0o700)
        except OSError as error:
            reason = os_reason(error)
            raise BackupRefused(say(NO_FOLDER, folder=new, reason=reason)) from None
        new.chmod(0o700)  # the umask may have taken bits off; never added any


def _check_backup(source: Path, username: str, password: str) -> _Checked:
    """Everything about ``source`` that must hold before anything is replaced."""
    if not source.is_file():
        raise BackupRefused(say(NO_SUCH_FILE, source=source))
    key: bytes | None = None
    key_file: bytes | None = None
    if is_encrypted(source):
        try:
            store = Keystore.load(source)
        except KeystoreError as error:
            raise BackupRefused(
                say(BAD_KEY_FILE, key_file=keystore_path(source).name, problem=error)
            ) from None
        if not username:
            raise BackupRefused(say(SIGN_IN_FIRST))
        try:
            key = store.peek(username, password)
        except KeystoreError:
            raise PasswordThen from None
        key_file = json.dumps(store.data, indent=1, sort_keys=True).encode("utf-8")
    elif not _is_plain_sqlite(source):
        raise BackupRefused(
            say(KEY_FILE_MISSING, name=source.name, key_file=keystore_path(source).name)
        )
    connection = _connect(source, key)
    try:
        counts = _check(connection, _tables(connection), None)
        role = _restorer_role(connection, username, password)
    finally:
        connection.close()
    return _Checked(key, key_file, counts, role)


def _is_plain_sqlite(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(16) == b"SQLite format 3\x00"


def _tables(connection: Any) -> list[str]:
    try:
        rows = connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    except Exception as error:  # any driver error here means the file is unusable
        raise BackupRefused(say(NOT_A_DATABASE, kind=type(error).__name__)) from None
    tables = sorted(row[0] for row in rows)
    if "users" not in tables or "alembic_version" not in tables:
        raise BackupRefused(say(NOT_A_BACKUP))
    return tables


def _restorer_role(connection: Any, username: str, password: str) -> Role | None:
    """The restorer's role in the backup; refused unless they may restore it."""
    if not connection.execute("SELECT count(*) FROM users").fetchone()[0]:
        return None  # a database without accounts (a demo): nobody signs in to it
    row = connection.execute(
        "SELECT role, password_hash, disabled_at FROM users WHERE username = ?", (username,)
    ).fetchone()
    if not username:
        raise BackupRefused(say(SIGN_IN_FIRST))
    if row is None or row[2] is not None:
        raise BackupRefused(say(NO_SUCH_ACCOUNT, username=username))
    try:
        PasswordHasher().verify(row[1], password)
    except (VerificationError, InvalidHashError):
        raise PasswordThen from None
    role = Role(row[0])
    if not allowed(role, Permission.BACKUP):
        raise BackupRefused(say(NOT_ALLOWED[role], username=username))
    return role


def _swap_in(
    live: Path,
    source: Path,
    checked: _Checked,
    username: str,
    password: str,
    clock: Callable[[], datetime],
    dispose: Callable[[], None],
) -> BackupReport:
    """The database and its key file from ``source`` take the live ones' place, together."""
    key = checked.key
    try:
        with sole_user(live):
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
                        _check(verify, sorted(checked.counts), checked.counts)
                    finally:
                        verify.close()
                    dispose()
                    for suffix in ("-wal", "-shm"):
                        Path(f"{live}{suffix}").unlink(missing_ok=True)
            finally:
                origin.close()
            # the key file of the same moment: the passwords that open the restored
            # records are the ones its users had then
            if checked.key_file is not None:
                Keystore.install(live, checked.key_file)
            audit.put_seal_file(live, audit.copy_seal_file(source))  # the seal of that moment
            _audit_restore(live, key, username, password, clock, source.name)
    except DatabaseInUse as error:
        raise BackupRefused(say(IN_USE, reason=error)) from None
    except OSError as error:
        reason = os_reason(error)
        raise BackupRefused(say(NOT_RESTORED, live=live, reason=reason)) from None
    return BackupReport(live, checked.counts, key is not None)


def _audit_restore(
    live: Path,
    key: bytes | None,
    username: str,
    password: str,
    clock: Callable[[], datetime],
    name: str,
) -> None:
    """The entry goes into the restored database, through an engine opened on it anew
    (its key may differ from the one the live desk had), by the restorer signed in to it
    as the backup knows them."""
    engine = make_engine(f"sqlite:///{live}", key=key)
    try:
        upgrade(engine)  # a backup from an older version gets today's layout first
        restored = ServiceContext(
            engine=engine,
            session_factory=make_session_factory(engine),
            clock=clock,
            user=username,
            database_key=key,
        )
        if accounts.has_accounts(restored):
            accounts.sign_in(restored, username, password)
        audit.log(restored, Action.RESTORE_BACKUP, "database", "", f"restored from {name}")
    finally:
        engine.dispose()


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
