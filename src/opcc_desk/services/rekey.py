"""Giving an encrypted database a new key, so that older key files open nothing new.

The new key is sealed to every remaining user's public key (db/keystore.py), so
nobody's password is needed and everyone signs in as before. Only an account whose
slot predates key pairs (not signed in since) cannot be reached: it keeps its name,
role and history but needs a new password from an admin (``user password NAME``).
Old key files (in backups, daily copies, or kept by someone removed) still open the
copies made with them, never the re-keyed database.

``user remove`` re-keys too, so the removed account's old key file stops working.

The new key is written into the key file before the database changes (SQLCipher's
``PRAGMA rekey`` rewrites every page in one transaction); a re-key cut short is
finished, or undone, at the next sign-in (services/accounts.py ``unlock_key``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from opcc_desk.db.engine import make_engine, make_session_factory, sqlite_path
from opcc_desk.db.file_locks import DatabaseInUse, sole_user
from opcc_desk.db.keystore import Keystore, KeystoreError, new_database_key
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import accounts, audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

KEY_FILE_PROBLEM = msg("Rekey", "{problem}; nothing was changed")
IN_USE = msg("Rekey", "nothing was changed: {reason}")
REMOVED_NOT_REKEYED = msg(
    "Rekey",
    "'{username}' was removed, but the database could not be given a new key: "
    "{reason}; then run 'opcc-desk db rekey'",
)
NOT_ENCRYPTED = msg("Rekey", "only an encrypted database file has a key to change")


class RekeyRefused(ServiceError):
    pass


def rekey(ctx: ServiceContext, password: str, *, dispose: Callable[[], None]) -> list[str]:
    """A new key for the live database (admins); returns the accounts that now need a
    new password from an admin. ``dispose`` closes the live connections; ``ctx`` cannot
    be used afterwards (its connections were made with the old key)."""
    ctx.require(Permission.USERS)
    path, old = _encrypted(ctx)
    try:
        store = Keystore.load(path)
        if store.peek(ctx.user, password) != old:
            raise KeystoreError("the key file does not match the open database")
    except KeystoreError as error:
        raise RekeyRefused(say(KEY_FILE_PROBLEM, problem=error)) from None
    try:
        return _change(ctx, path, old, store, dispose, drop="")
    except DatabaseInUse as error:
        raise RekeyRefused(say(IN_USE, reason=error)) from None


def remove_user(ctx: ServiceContext, username: str, *, dispose: Callable[[], None]) -> list[str]:
    """Remove the account and give the database a new key its old key file cannot open.

    Returns the accounts that need a new password. The removal itself stands even when
    the re-key is refused (another desk has the database open): RekeyRefused then says
    to run ``db rekey`` later. ``ctx`` cannot be used afterwards."""
    ctx.require(Permission.USERS)
    path, old = _encrypted(ctx)
    try:
        store = Keystore.load(path)
    except KeystoreError as error:
        raise RekeyRefused(say(KEY_FILE_PROBLEM, problem=error)) from None
    accounts.remove_user(ctx, username, keystore=store)
    try:
        return _change(ctx, path, old, store, dispose, drop=username)
    except DatabaseInUse as error:
        raise RekeyRefused(say(REMOVED_NOT_REKEYED, username=username, reason=error)) from None


def _encrypted(ctx: ServiceContext) -> tuple[Path, bytes]:
    path = sqlite_path(str(ctx.engine.url))
    old = ctx.database_key
    if path is None or old is None:
        raise RekeyRefused(say(NOT_ENCRYPTED))
    return path, old


def _change(
    ctx: ServiceContext,
    path: Path,
    old: bytes,
    store: Keystore,
    dispose: Callable[[], None],
    *,
    drop: str,
) -> list[str]:
    new = new_database_key()
    with sole_user(path):
        store.begin_rekey(ctx.user, new, drop=drop)
        dispose()
        change_key(path, old, new)
        others = store.finish_rekey()
        _audit(ctx, path, new, len(others))
    return others


def change_key(path: Path, old: bytes, new: bytes) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = \"x'{old.hex()}'\"")
        connection.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    finally:
        connection.close()


def _audit(ctx: ServiceContext, path: Path, key: bytes, others: int) -> None:
    engine = make_engine(f"sqlite:///{path}", key=key)
    try:
        rekeyed = ServiceContext(
            engine=engine,
            session_factory=make_session_factory(engine),
            clock=ctx.clock,
            user=ctx.user,
            role=ctx.role,
            database_key=key,
            audit_key=ctx.audit_key,
        )
        audit.log(
            rekeyed,
            Action.USER,
            "database",
            "",
            f"new database key; {others} account(s) need a new password",
        )
    finally:
        engine.dispose()
