"""Staff accounts: the first admin, signing in, adding and removing users, passwords.

Passwords are kept only as argon2id hashes. Repeated wrong passwords lock the
account for a while (doubling each time, up to an hour). In an encrypted
database each user's password also unwraps the database key (db/keystore.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from opcc_desk.db.engine import sqlite_path
from opcc_desk.db.keystore import Keystore, KeystoreError, is_encrypted, lock_time, opens_with
from opcc_desk.db.models import UserRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.localtime import hour_minute
from opcc_desk.domain.roles import (
    MIN_PASSWORD,
    Permission,
    Role,
    password_problem,
    username_problem,
)
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import audit, audit_keys, mail_keys
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import AlreadyExists, LoginRefused, NotFound, ServiceError

_hasher = PasswordHasher()

WRONG = msg("Accounts", "Cannot sign in: the user name or password is wrong.")
LOCKED = msg(
    "Accounts",
    "Cannot sign in: the account is locked after repeated wrong passwords until "
    "{time}. Try again then, or ask an admin.",
)
HAS_ACCOUNTS = msg("Accounts", "This database already has accounts; sign in as an admin instead.")
NAME_TAKEN = msg("Accounts", "There is already a user named '{name}'.")
OWN_ACCOUNT = msg("Accounts", "You cannot remove your own account; ask another admin.")
NO_USER = msg("Accounts", "There is no user named '{name}'.")
NO_ACTIVE_USER = msg("Accounts", "There is no active user named '{name}'.")
SIGN_IN_FIRST = msg("Accounts", "Sign in before changing a password.")
CURRENT_WRONG = msg("Accounts", "The current password is wrong; nothing was changed.")
OWN_PASSWORD = msg(
    "Accounts", "To change your own password, give your current one (leave out the name)."
)
KEY_FIRST = msg("Accounts", "Sign in with the database key before setting a password.")
KEY_FILE_REFUSED = msg("Accounts", "Cannot sign in: {reason}.")
REKEY_UNFINISHED = msg(
    "Accounts",
    "Cannot sign in: the database's key was being changed when the program stopped, "
    "and this account cannot open the new key; '{name}' must sign in once to finish it.",
)


@dataclass(frozen=True, slots=True)
class Account:
    username: str
    role: Role
    active: bool
    locked_until: datetime | None
    created_at: datetime


def _account(row: UserRecord) -> Account:
    return Account(
        username=row.username,
        role=Role(row.role),
        active=row.disabled_at is None,
        locked_until=row.locked_until,
        created_at=row.created_at,
    )


def has_accounts(ctx: ServiceContext) -> bool:
    with ctx.transaction() as session:
        return bool(session.scalar(select(func.count()).select_from(UserRecord)))


def check_new_password(username: str, password: str) -> None:
    problem = username_problem(username) or password_problem(username, password)
    if problem is not None:
        raise ServiceError(say(problem, count=MIN_PASSWORD))


def create_first_admin(ctx: ServiceContext, username: str, password: str) -> Account:
    """The first account of a new database; refused once any account exists."""
    check_new_password(username, password)
    with ctx.transaction() as session:
        if session.scalar(select(func.count()).select_from(UserRecord)):
            raise AlreadyExists(say(HAS_ACCOUNTS))
        row = UserRecord(
            username=username,
            role=Role.ADMIN.value,
            password_hash=_hasher.hash(password),
            failed_logins=0,
            created_at=ctx.clock(),
            created_by=username,
        )
        session.add(row)
        ctx.user, ctx.role = username, Role.ADMIN
        _, ctx.audit_key = audit_keys.confirm(session, ctx, username, Role.ADMIN, password)
        ctx.mail_key = mail_keys.confirm(session, ctx, username, password)
        audit.append(session, ctx, Action.USER, "user", username, "first admin account created")
        session.flush()
        return _account(row)


def sign_in(
    ctx: ServiceContext,
    username: str,
    password: str,
    *,
    sleep: Callable[[float], None] | None = None,
) -> Account:
    """Check the password against the stored hash; on success ``ctx`` acts as that user."""
    now = ctx.clock()
    with ctx.transaction() as session:
        row = session.scalar(select(UserRecord).where(UserRecord.username == username))
        if row is None or row.disabled_at is not None:
            audit.append(session, ctx, Action.LOGIN_FAILED, "user", username, "unknown or removed")
            refused = LoginRefused(say(WRONG))
        elif row.locked_until is not None and row.locked_until > now:
            refused = LoginRefused(say(LOCKED, time=hour_minute(row.locked_until)))
        else:
            try:
                _hasher.verify(row.password_hash, password)
            except (VerificationError, InvalidHashError):
                failures = _count_failure(session, row.id, now)
                audit.append(
                    session, ctx, Action.LOGIN_FAILED, "user", username, f"failure {failures}"
                )
                refused = LoginRefused(say(WRONG))
                if sleep is not None:
                    sleep(min(5.0, 0.5 * failures))  # slows guessing down
            else:
                row.failed_logins = 0
                row.locked_until = None
                if _hasher.check_needs_rehash(row.password_hash):
                    row.password_hash = _hasher.hash(password)
                stored = Role(row.role)
                role, key = audit_keys.confirm(session, ctx, row.username, stored, password)
                ctx.user, ctx.role, ctx.audit_key = row.username, role, key
                ctx.mail_key = mail_keys.confirm(session, ctx, row.username, password)
                detail = "signed in"
                if role != stored:  # raised in the table, or given before the audit key
                    detail = f"signed in; the {stored.value} role is not confirmed by the audit key"
                audit.append(session, ctx, Action.LOGIN, "user", username, detail)
                audit.seal_if_holder(session, ctx)
                return replace(_account(row), role=role)
    raise refused


def sign_out(ctx: ServiceContext) -> None:
    """The signed-in person leaves a shared desk: kept in the audit log as the sign-in
    was. The caller closes ``ctx`` afterwards; the next person signs in anew."""
    if ctx.role is None:  # a database without staff accounts: nobody signed in
        return
    with ctx.transaction() as session:
        audit.append(session, ctx, Action.LOGOUT, "user", ctx.user, "signed out")


def _count_failure(session: Session, user_id: int, now: datetime) -> int:
    """One more wrong password, counted in the database itself: twenty guesses sent at
    once from several desks or processes count twenty (a count read, raised and
    written back lost most of them), and the lock follows the count."""
    failures = int(
        session.execute(
            update(UserRecord)
            .where(UserRecord.id == user_id)
            .values(failed_logins=UserRecord.failed_logins + 1)
            .returning(UserRecord.failed_logins)
        ).scalar_one()
    )
    wait = lock_time(failures)
    if wait:
        session.execute(
            update(UserRecord).where(UserRecord.id == user_id).values(locked_until=now + wait)
        )
    return failures


def list_accounts(ctx: ServiceContext) -> list[Account]:
    ctx.require(Permission.USERS)
    with ctx.transaction() as session:
        return [
            _account(r) for r in session.scalars(select(UserRecord).order_by(UserRecord.username))
        ]


def add_user(
    ctx: ServiceContext,
    username: str,
    password: str,
    role: Role,
    *,
    keystore: Keystore | None = None,
    database_key: bytes | None = None,
) -> Account:
    """A new staff account (admins only). In an encrypted database the key is wrapped for them."""
    ctx.require(Permission.USERS)
    check_new_password(username, password)
    with ctx.transaction() as session:
        if session.scalar(select(UserRecord.id).where(UserRecord.username == username)):
            raise AlreadyExists(say(NAME_TAKEN, name=username))
        row = UserRecord(
            username=username,
            role=role.value,
            password_hash=_hasher.hash(password),
            failed_logins=0,
            created_at=ctx.clock(),
            created_by=ctx.user,
        )
        session.add(row)
        audit_keys.give(session, ctx, username, role, password)
        mail_keys.give(session, ctx, username, password)
        audit.append(session, ctx, Action.USER, "user", username, f"added as {role.value}")
        session.flush()
        if keystore is not None and database_key is not None:
            # written last (re-read and saved under the key file's lock): if it fails,
            # the account is rolled back too
            keystore.add_user(username, password, database_key)
        return _account(row)


def remove_user(ctx: ServiceContext, username: str, *, keystore: Keystore | None = None) -> None:
    """Disable the account (its history stays) and delete its copy of the database key."""
    ctx.require(Permission.USERS)
    if username == ctx.user:
        raise ServiceError(say(OWN_ACCOUNT))
    with ctx.transaction() as session:
        row = session.scalar(select(UserRecord).where(UserRecord.username == username))
        if row is None:
            raise NotFound(say(NO_USER, name=username))
        row.disabled_at = ctx.clock()
        audit_keys.drop(session, username)
        mail_keys.drop(session, username)
        audit.append(session, ctx, Action.USER, "user", username, "removed")
        session.flush()
        if keystore is not None:
            keystore.remove_user(username)


def change_password(
    ctx: ServiceContext,
    old: str,
    new: str,
    *,
    keystore: Keystore | None = None,
    database_key: bytes | None = None,
) -> None:
    """The signed-in user's own password; only their wrapped key copy changes."""
    check_new_password(ctx.user, new)
    with ctx.transaction() as session:
        row = session.scalar(select(UserRecord).where(UserRecord.username == ctx.user))
        if row is None:
            raise NotFound(say(SIGN_IN_FIRST))
        try:
            _hasher.verify(row.password_hash, old)
        except (VerificationError, InvalidHashError):
            raise LoginRefused(say(CURRENT_WRONG)) from None
        row.password_hash = _hasher.hash(new)
        if ctx.audit_key is not None and audit_keys.holds_key(ctx.role):
            audit_keys.give(session, ctx, ctx.user, Role(row.role), new)
        mail_keys.give(session, ctx, ctx.user, new)
        audit.append(session, ctx, Action.USER, "user", ctx.user, "password changed")
        session.flush()
        if keystore is not None and database_key is not None:
            keystore.add_user(ctx.user, new, database_key)


def reset_password(
    ctx: ServiceContext,
    username: str,
    new: str,
    *,
    keystore: Keystore | None = None,
    database_key: bytes | None = None,
) -> None:
    """An admin sets a new password for another account (forgotten, or locked out): the
    lockout ends, and in an encrypted database their key copy is wrapped anew."""
    ctx.require(Permission.USERS)
    if username == ctx.user:
        raise ServiceError(say(OWN_PASSWORD))
    check_new_password(username, new)
    with ctx.transaction() as session:
        row = session.scalar(select(UserRecord).where(UserRecord.username == username))
        if row is None or row.disabled_at is not None:
            raise NotFound(say(NO_ACTIVE_USER, name=username))
        row.password_hash = _hasher.hash(new)
        row.failed_logins = 0
        row.locked_until = None
        if audit_keys.holds_key(Role(row.role)):
            # a director's or admin's copy of the audit key, wrapped with the new password
            audit_keys.give(session, ctx, username, Role(row.role), new)
        mail_keys.give(session, ctx, username, new)
        audit.append(session, ctx, Action.USER, "user", username, "password set by an admin")
        session.flush()
        if keystore is not None:
            if database_key is None:
                raise ServiceError(say(KEY_FIRST))
            keystore.add_user(username, new, database_key)  # last: if it fails, all rolls back


def key_file_failures(database: Path, username: str) -> int:
    """Wrong passwords tried for ``username`` at the key file since their last sign-in.

    Before the key is unwrapped the database cannot be written, so these are counted in
    the key file and written to the audit log at the next sign-in (record_key_file_failures).
    """
    try:
        entry = Keystore.load(database).data["users"].get(username) or {}
        return int(entry.get("failures", 0))
    except (KeystoreError, TypeError, ValueError):
        return 0


def record_key_file_failures(ctx: ServiceContext, username: str, failures: int) -> None:
    if failures > 0:
        audit.log(
            ctx,
            Action.LOGIN_FAILED,
            "user",
            username,
            f"{failures} wrong password(s) at the encrypted file before this sign-in",
        )


def unlock_key(database: Path, username: str, password: str, now: datetime) -> bytes:
    """The database key of an encrypted file, unwrapped with this user's password.

    A re-key cut short (services/rekey.py) is settled here: undone when the database
    still has its old key, finished when the new key (sealed to this user) opens it.
    """
    try:
        store = Keystore.load(database)
        key = store.unwrap(username, password, now)
    except KeystoreError as error:
        raise LoginRefused(say(KEY_FILE_REFUSED, reason=error)) from None
    if store.pending_rekey():
        key = _settle_rekey(database, store, key, username, password)
    return key


def _settle_rekey(
    database: Path, store: Keystore, key: bytes, username: str, password: str
) -> bytes:
    from opcc_desk.db.file_locks import DatabaseInUse, sole_user

    try:
        with sole_user(database):  # refused while the re-key itself is still running
            if opens_with(database, key):
                store.abandon_rekey()
                return key
            new = store.peek_rekey(username, password)
            if new is not None and opens_with(database, new):
                store.finish_rekey()
                return new
    except DatabaseInUse:
        return key
    raise LoginRefused(say(REKEY_UNFINISHED, name=store.pending_rekey()))


def confirm_password(ctx: ServiceContext, password: str) -> None:
    """Unlocking an idle-locked window: the signed-in user's own password, with the same lockout."""
    if ctx.role is None:
        return  # a database without accounts has nothing to check against
    sign_in(ctx, ctx.user, password)


def keystore_of(ctx: ServiceContext) -> Keystore | None:
    """The key file of the open database when it is encrypted, else None."""
    path = sqlite_path(str(ctx.engine.url))
    if path is None or ctx.database_key is None or not is_encrypted(path):
        return None
    try:
        return Keystore.load(path)
    except KeystoreError as error:
        raise ServiceError(str(error)) from None
