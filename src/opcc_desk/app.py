"""Composition root: turns a database URL into a ready ServiceContext.

Nothing opens a database at import time; the command line and the window both
come through here, and tests call it with a temporary file and a fixed clock.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from opcc_desk import __version__
from opcc_desk.db.engine import (
    make_engine,
    make_private_folder,
    make_session_factory,
    sqlite_path,
)
from opcc_desk.db.file_locks import DatabaseInUse
from opcc_desk.db.keystore import Keystore, KeystoreError, is_encrypted, new_database_key
from opcc_desk.db.migrate import SchemaTooNew, head_revision, upgrade
from opcc_desk.paths import APP_NAME, DB_ENV, data_dir, default_db_url, resolve_db_url
from opcc_desk.services import accounts, backup
from opcc_desk.services.catalogue import sync_catalogue
from opcc_desk.services.context import ServiceContext, system_clock
from opcc_desk.services.errors import (
    AlreadyExists,
    DatabaseUnavailable,
    LoginRequired,
    ServiceError,
)

log = logging.getLogger(__name__)


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "the given address"


def open_context(
    url: str,
    *,
    clock: Callable[[], datetime] = system_clock,
    user: str = "",
    migrate: bool = True,
    password: str | None = None,
    sleep: Callable[[float], None] | None = None,
    before_upgrade: Callable[[], None] | None = None,
) -> ServiceContext:
    """Open the database, bring its schema and catalogue up to date, and sign in.

    A database with staff accounts needs ``user`` and ``password``; an encrypted
    file needs them before it can even be read. ``before_upgrade`` is called when the
    schema is about to be upgraded (the window says so: on a large clinic it can take
    several seconds, once).
    """
    path = sqlite_path(url)
    key: bytes | None = None
    failed_before = 0
    if path is not None and is_encrypted(path):
        if not user or password is None:
            raise LoginRequired(_LOGIN_HINT)
        failed_before = accounts.key_file_failures(path, user)
        key = accounts.unlock_key(path, user, password, clock())
    try:
        engine = make_engine(url, key=key)
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise DatabaseUnavailable(
            f"'{url}' is not a database address OPCC Desk can use; write e.g. "
            "sqlite:///path/to/file.sqlite3 or postgresql+psycopg://host/dbname"
        ) from None
    except OSError as error:
        raise DatabaseUnavailable(
            f"cannot create the database file for {safe_url(url)} ({error.strerror})"
        ) from None
    except DatabaseInUse as error:
        raise DatabaseUnavailable(f"{safe_url(url)}: {error}") from None
    ctx = ServiceContext(
        engine=engine,
        session_factory=make_session_factory(engine),
        clock=clock,
        user=user,
        database_key=key,
    )
    if not migrate:
        return ctx
    try:
        copy = upgrade(engine, before=before_upgrade)
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseUnavailable(_open_failure(url, error)) from None
    except SchemaTooNew as newer:
        engine.dispose()
        raise DatabaseUnavailable(
            f"{safe_url(url)} was updated by a newer version of OPCC Desk (database layout "
            f"{newer.current}; this is version {__version__}, layout {head_revision()}). "
            "Install the newer version on this computer; nothing was changed."
        ) from None
    if copy is not None:
        log.info("database copied to %s before migrating", copy.name)
    added = sync_catalogue(ctx)
    if added:
        log.info("catalogue: %d new entries loaded", added)
    if accounts.has_accounts(ctx):
        if not user or password is None:
            engine.dispose()
            raise LoginRequired(_LOGIN_HINT)
        try:
            accounts.sign_in(ctx, user, password, sleep=sleep)
            accounts.record_key_file_failures(ctx, user, failed_before)
        except ServiceError:
            engine.dispose()
            raise
    return ctx


def restore_backup(
    url: str,
    source: Path,
    user: str,
    password: str | None,
    *,
    backup_password: str | None = None,
    clock: Callable[[], datetime] = system_clock,
) -> backup.BackupReport:
    """Restore ``source`` (and the key file beside it) as the database at ``url``.

    Where a database is, the restorer signs in to it first, as for any command; where
    there is none yet (a new computer after the old one died), nothing is created before
    the backup has been checked with the restorer's user name and password.
    ``backup_password`` is their password as it was when the backup was made, when it
    differs from today's.
    """
    then = backup_password if backup_password is not None else password or ""
    path = sqlite_path(url)
    if path is None:
        raise DatabaseUnavailable(
            "restore works on the embedded database file; a PostgreSQL server is restored "
            "with its own tools (see the README's section for the IT helper)"
        )
    if not is_encrypted(path) and (not path.exists() or path.stat().st_size == 0):
        return backup.restore_to_new_place(path, source, user, then, clock=clock)
    ctx = open_context(url, user=user, password=password, clock=clock)
    try:
        return backup.restore(ctx, source, password=then, dispose=ctx.engine.dispose)
    finally:
        ctx.engine.dispose()


def is_new_database(url: str) -> bool:
    """An SQLite file not created yet: the first start of a new clinic."""
    path = sqlite_path(url)
    if path is None or is_encrypted(path):
        return False
    return not path.exists() or path.stat().st_size == 0


def keystore_for(url: str) -> Keystore | None:
    """The key file of an encrypted SQLite database, or None."""
    path = sqlite_path(url)
    if path is None or not is_encrypted(path):
        return None
    try:
        return Keystore.load(path)
    except KeystoreError as error:
        raise DatabaseUnavailable(str(error)) from None


__all__ = [
    "APP_NAME",
    "DB_ENV",
    "create_database",
    "data_dir",
    "default_db_url",
    "is_new_database",
    "keystore_for",
    "open_context",
    "resolve_db_url",
    "restore_backup",
    "safe_url",
]

_LOGIN_HINT = (
    "This database has staff accounts: sign in with --user NAME "
    "(the password is asked for, or read from OPCC_DESK_PASSWORD)."
)


def create_database(
    url: str,
    admin: str,
    password: str,
    *,
    encrypted: bool = True,
    clock: Callable[[], datetime] = system_clock,
) -> ServiceContext:
    """A new database with its first admin; an SQLite file is encrypted unless told not to."""
    accounts.check_new_password(admin, password)
    path = sqlite_path(url)
    key: bytes | None = None
    if path is not None:
        if is_encrypted(path) or (path.exists() and path.stat().st_size > 0):
            raise AlreadyExists(
                f"{path} already exists; choose a new file name, or sign in to that database."
            )
        try:
            make_private_folder(path.parent)  # a new clinic's folder may not exist yet
        except OSError as error:
            raise DatabaseUnavailable(
                f"cannot create the folder {path.parent} ({error.strerror}); "
                "choose a folder you may write to"
            ) from None
        if encrypted:
            key = new_database_key()
            store = Keystore.create(path)
            store.add_user(admin, password, key)  # writes the new key file
    try:
        engine = make_engine(url, key=key)
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise DatabaseUnavailable(f"'{url}' is not a database address OPCC Desk can use") from None
    except DatabaseInUse as error:
        raise DatabaseUnavailable(f"{safe_url(url)}: {error}") from None
    ctx = ServiceContext(
        engine=engine, session_factory=make_session_factory(engine), clock=clock, database_key=key
    )
    upgrade(engine)
    sync_catalogue(ctx)
    accounts.create_first_admin(ctx, admin, password)
    return ctx


def _open_failure(url: str, error: DBAPIError) -> str:
    detail = str(error.orig).lower()
    where = safe_url(url)
    if "not a database" in detail or "malformed" in detail or "encrypted" in detail:
        return (
            f"{where} is damaged or is not an OPCC Desk database. "
            "Restore it from a backup, or point --db at another file."
        )
    if "unable to open" in detail or "readonly" in detail:
        return f"{where} cannot be opened; check the folder exists and that you may write to it."
    if "password" in detail or "authentication" in detail:
        return f"{where}: the server refused the user name or password."
    return _server_failure(where, detail) or (
        f"{where} cannot be opened ({type(error.orig).__name__}); check the address."
    )


def _server_failure(where: str, detail: str) -> str:
    """Plain words for what a PostgreSQL server (or the way to it) answered, or ''."""
    if "does not exist" in detail and "database" in detail:
        return (
            f"{where}: the server has no such database; ask your IT helper to create it "
            "(see the README, 'The clinic's server')."
        )
    if "permission denied" in detail or "must be owner" in detail:
        return (
            f"{where}: this login may not use the database this way; the IT helper gives the "
            "desks' login its rights with 'opcc-desk db grant-desk', and upgrades with the "
            "owner's login (see the README, 'Two logins on the server')."
        )
    if "pg_hba.conf" in detail:
        return (
            f"{where}: the server does not accept this computer or user; ask your IT helper "
            "to allow it in pg_hba.conf."
        )
    if "ssl" in detail:
        return (
            f"{where}: the server and this desk disagree about TLS (sslmode); check the "
            "address's ?sslmode= setting with your IT helper."
        )
    if any(
        word in detail
        for word in ("refused", "timeout", "timed out", "could not translate", "unreachable")
    ):
        return (
            f"{where}: the database server cannot be reached; check that it is running "
            "and that this computer is on the clinic's network."
        )
    return ""
