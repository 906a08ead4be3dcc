"""The audit key: held by directors and admins only, each copy wrapped with a password.

The key seals the audit log (services/audit.py). Each director or admin has one
copy in the audit_keys table, wrapped (AES-GCM) with a key derived from their
password (argon2id, as the database key in the key file). The wrap also covers
the user name and role, so:

- someone who can write the database but knows no director's or admin's password
  cannot read the key, and cannot make a copy for themselves;
- a role raised in the users table without the key is not confirmed at sign-in:
  the account signs in with reception rights only.

The first director or admin to sign in where nobody holds the key yet (a new
database, or one from before the key existed) creates it. After that, a copy is
given only by someone who holds the key: an admin adding a director or admin,
or the holder changing their own password.
"""

from __future__ import annotations

import base64
import secrets

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from opcc_desk.db.keystore import KDF, KEY_BYTES
from opcc_desk.db.keystore import _kek as derive_wrapping_key
from opcc_desk.db.models import AuditHeadRecord, AuditKeyRecord, AuditRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Role, role_word
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services.audit import KEY_CREATED
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotAllowed

CANNOT_GIVE = msg(
    "Audit",
    "Your account does not hold the audit key, so it cannot give the {role} role; "
    "ask an admin who holds it.",
)
HOLDERS = frozenset({Role.DIRECTOR, Role.ADMIN})


def holds_key(role: Role | None) -> bool:
    return role in HOLDERS


def _label(username: str, role: str) -> bytes:
    return f"opcc-desk audit key|{username}|{role}".encode()


def _wrap(
    session: Session, ctx: ServiceContext, key: bytes, username: str, role: Role, password: str
) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(derive_wrapping_key(password, salt, KDF)).encrypt(
        nonce, key, _label(username, role.value)
    )
    session.execute(delete(AuditKeyRecord).where(AuditKeyRecord.username == username))
    session.add(
        AuditKeyRecord(
            username=username,
            role=role.value,
            salt=base64.b64encode(salt).decode("ascii"),
            nonce=base64.b64encode(nonce).decode("ascii"),
            wrapped=base64.b64encode(wrapped).decode("ascii"),
            created_at=ctx.clock(),
        )
    )
    session.flush()


def _unwrap(session: Session, username: str, role: Role, password: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    row = session.scalar(select(AuditKeyRecord).where(AuditKeyRecord.username == username))
    if row is None:
        return None
    try:
        return AESGCM(derive_wrapping_key(password, base64.b64decode(row.salt), KDF)).decrypt(
            base64.b64decode(row.nonce), base64.b64decode(row.wrapped), _label(username, role.value)
        )
    except (InvalidTag, ValueError):
        return None  # another role's copy, another password, or a damaged row


def _nobody_holds_it(session: Session) -> bool:
    """No copy exists and the log was never sealed: a key may be created.

    The audit head row is locked first (on PostgreSQL), so two directors signing in at
    the same moment after an upgrade cannot each create a key of their own.
    """
    if session.scalar(select(func.count()).select_from(AuditKeyRecord)):
        return False
    session.execute(select(AuditHeadRecord.id).where(AuditHeadRecord.id == 1).with_for_update())
    if session.scalar(select(func.count()).select_from(AuditKeyRecord)):
        return False
    sealed = session.scalar(
        select(AuditRecord.id).where(AuditRecord.action == Action.SEAL.value).limit(1)
    )
    return sealed is None


def confirm(
    session: Session, ctx: ServiceContext, username: str, role: Role, password: str
) -> tuple[Role, bytes | None]:
    """The role this sign-in may use, and the audit key when that role holds it.

    A director or admin whose copy opens gets the key; where nobody holds one yet,
    their sign-in creates it. Anyone else named director or admin in the users table
    is not confirmed by the key and signs in as reception.
    """
    if not holds_key(role):
        return role, None
    key = _unwrap(session, username, role, password)
    if key is not None:
        return role, key
    if _nobody_holds_it(session):
        key = secrets.token_bytes(KEY_BYTES)
        _wrap(session, ctx, key, username, role, password)
        session.info[KEY_CREATED] = True
        return role, key
    return Role.RECEPTION, None


def give(session: Session, ctx: ServiceContext, username: str, role: Role, password: str) -> None:
    """A copy for a new director or admin (or a new password), from a holder's key."""
    if not holds_key(role):
        drop(session, username)
        return
    key = ctx.audit_key
    if key is None:
        if not _nobody_holds_it(session):
            raise NotAllowed(say(CANNOT_GIVE, role=role_word(role)))
        key = secrets.token_bytes(KEY_BYTES)
    _wrap(session, ctx, key, username, role, password)


def drop(session: Session, username: str) -> None:
    session.execute(delete(AuditKeyRecord).where(AuditKeyRecord.username == username))
