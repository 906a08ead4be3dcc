"""Giving an encrypted database a new key, so that older key files open nothing new.

Each user's copy of the database key is wrapped with a key derived from their own
password, which nobody else knows: a new key can be wrapped only for the admin
doing the re-key. Every other account keeps its name, role and history but needs a
new password from an admin (``user password NAME``) before it can sign in again.
Old key files (in backups, daily copies, or kept by someone removed) still open the
copies made with them, never the re-keyed database.

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
from opcc_desk.services import accounts, audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError


class RekeyRefused(ServiceError):
    pass


def rekey(ctx: ServiceContext, password: str, *, dispose: Callable[[], None]) -> list[str]:
    """A new key for the live database (admins); returns the accounts that now need a
    new password from an admin. ``dispose`` closes the live connections; ``ctx`` cannot
    be used afterwards (its connections were made with the old key)."""
    ctx.require(Permission.USERS)
    path = sqlite_path(str(ctx.engine.url))
    old = ctx.database_key
    if path is None or old is None:
        raise RekeyRefused("only an encrypted database file has a key to change")
    try:
        store = Keystore.load(path)
        if store.peek(ctx.user, password) != old:
            raise KeystoreError("the key file does not match the open database")
    except KeystoreError as error:
        raise RekeyRefused(f"{error}; nothing was changed") from None
    new = new_database_key()
    try:
        with sole_user(path):
            store.begin_rekey(ctx.user, password, new)
            dispose()
            change_key(path, old, new)
            others = store.finish_rekey()
            _audit(ctx, path, new, password, len(others))
    except DatabaseInUse as error:
        raise RekeyRefused(f"nothing was changed: {error}") from None
    return others


def change_key(path: Path, old: bytes, new: bytes) -> None:
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path))
    try:
        connection.execute(f"PRAGMA key = \"x'{old.hex()}'\"")
        connection.execute(f"PRAGMA rekey = \"x'{new.hex()}'\"")
    finally:
        connection.close()


def opens_with(path: Path, key: bytes) -> bool:
    """Whether ``key`` is the key of the database file at ``path``."""
    from sqlcipher3 import dbapi2 as sqlcipher

    connection = sqlcipher.connect(str(path))
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is expected here
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError:
        return False
    finally:
        connection.close()
    return True


def _audit(ctx: ServiceContext, path: Path, key: bytes, password: str, others: int) -> None:
    engine = make_engine(f"sqlite:///{path}", key=key)
    try:
        rekeyed = ServiceContext(
            engine=engine,
            session_factory=make_session_factory(engine),
            clock=ctx.clock,
            database_key=key,
        )
        accounts.sign_in(rekeyed, ctx.user, password)  # the new key opens it for its admin
        audit.log(
            rekeyed,
            Action.USER,
            "database",
            "",
            f"new database key; {others} account(s) need a new password",
        )
    finally:
        engine.dispose()
