"""The mail key: it encrypts the mail server's password, and only signed-in staff hold it.

Every staff account has a row in mail_keys: an X25519 key pair whose private half is
wrapped (AES-GCM) with a key from the account's password (argon2id), and the mail key
sealed to the public half (the same sealing as the database key in db/keystore.py).
Anyone may seal the key to an account; only that account's password opens it. So:

- the first person to sign in where nobody holds the key yet creates it;
- an account without a sealed copy yet (added before the key existed, or whose
  password an admin set) gets one at the next sign-in of anyone who holds it;
- someone who can read the database but knows no staff password (a copy of the file,
  the server's desk login, a dump) sees the mail password only encrypted.

The mail server's password is then kept as ``box``: AES-GCM under the mail key.
"""

from __future__ import annotations

import base64
import secrets

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from opcc_desk.db.keystore import KDF, KEY_BYTES, _open_sealed, _raw_private, _raw_public, _seal
from opcc_desk.db.keystore import _kek as derive_wrapping_key
from opcc_desk.db.models import MailKeyRecord, UserRecord
from opcc_desk.services.context import ServiceContext

BOX_LABEL = b"opcc-desk mail server password"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _label(username: str) -> bytes:
    return f"opcc-desk mail key pair|{username}".encode()


def _sealed_for(username: str) -> str:
    return f"mail key|{username}"


def _new_row(ctx: ServiceContext, username: str, password: str) -> tuple[MailKeyRecord, bytes]:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    pair = X25519PrivateKey.generate()
    private = _raw_private(pair)
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapped = AESGCM(derive_wrapping_key(password, salt, KDF)).encrypt(
        nonce, private, _label(username)
    )
    row = MailKeyRecord(
        username=username,
        salt=_b64(salt),
        nonce=_b64(nonce),
        private=_b64(wrapped),
        public=_b64(_raw_public(pair.public_key())),
        sealed="",
        created_at=ctx.clock(),
    )
    return row, private


def _open_private(row: MailKeyRecord, password: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        private: bytes = AESGCM(
            derive_wrapping_key(password, base64.b64decode(row.salt), KDF)
        ).decrypt(base64.b64decode(row.nonce), base64.b64decode(row.private), _label(row.username))
    except (InvalidTag, ValueError):
        return None
    return private


def _seal_to(row: MailKeyRecord, key: bytes) -> None:
    import json

    row.sealed = json.dumps(_seal(base64.b64decode(row.public), key, _sealed_for(row.username)))


def _open(row: MailKeyRecord, private: bytes) -> bytes | None:
    import json

    if not row.sealed:
        return None
    try:
        return _open_sealed(private, json.loads(row.sealed), _sealed_for(row.username))
    except (ValueError, KeyError, TypeError):
        return None


def confirm(session: Session, ctx: ServiceContext, username: str, password: str) -> bytes | None:
    """At sign-in: this account's mail key (made when nobody holds one yet), after
    sealing it to every account still waiting for a copy. None when the account has
    no copy yet (someone who holds it must sign in first)."""
    row = session.scalar(select(MailKeyRecord).where(MailKeyRecord.username == username))
    private = None if row is None else _open_private(row, password)
    if row is None or private is None:
        # a new account, or a password set without this table knowing: a new pair
        if row is not None:
            session.delete(row)
            session.flush()
        row, private = _new_row(ctx, username, password)
        session.add(row)
    key = _open(row, private)
    if key is None:
        anyone = session.scalar(select(MailKeyRecord.id).where(MailKeyRecord.sealed != "").limit(1))
        if anyone is not None:
            session.flush()
            return None
        key = secrets.token_bytes(KEY_BYTES)
        _seal_to(row, key)
    active = select(UserRecord.username).where(UserRecord.disabled_at.is_(None))
    waiting = select(MailKeyRecord).where(
        MailKeyRecord.sealed == "", MailKeyRecord.username.in_(active)
    )
    for other in session.scalars(waiting):
        _seal_to(other, key)
    session.flush()
    return key


def give(session: Session, ctx: ServiceContext, username: str, password: str) -> None:
    """A new key pair for an account whose password is set now (added, or a new password),
    with the mail key sealed to it when the one doing it holds the key."""
    drop(session, username)
    row, _private = _new_row(ctx, username, password)
    if ctx.mail_key is not None:
        _seal_to(row, ctx.mail_key)
    session.add(row)
    session.flush()


def drop(session: Session, username: str) -> None:
    session.execute(delete(MailKeyRecord).where(MailKeyRecord.username == username))


def lock(key: bytes, secret: str) -> str:
    """``secret`` encrypted with the mail key, as text for the settings table."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_bytes(12)
    return _b64(nonce + AESGCM(key).encrypt(nonce, secret.encode("utf-8"), BOX_LABEL))


def unlock(key: bytes, box: str) -> str | None:
    """The secret in ``box``, or None when this key does not open it."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        raw = base64.b64decode(box)
        return AESGCM(key).decrypt(raw[:12], raw[12:], BOX_LABEL).decode("utf-8")
    except (InvalidTag, ValueError):
        return None
