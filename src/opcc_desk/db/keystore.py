"""The key file beside an encrypted database.

The database is encrypted (SQLCipher) with one random 256-bit key. Each user has a
slot here holding an X25519 key pair: the private key wrapped (AES-GCM) with a key
derived from their password (argon2id), the public key in clear, and the database
key sealed to that public key (an ephemeral X25519 exchange, HKDF-SHA256, AES-GCM).
Anyone may seal a key to a user; only their password opens it. So a re-key
(services/rekey.py) seals the new key to every remaining user without knowing
their passwords, and an old key file opens nothing new.

Slots written before key pairs existed wrap the database key itself with the
password; such a slot is turned into the new form at its user's next sign-in (the
password is known then). A re-key cannot reach an old slot: that user needs a new
password from an admin.

The file also counts failed logins, because before the key is unwrapped the
database cannot be read.

Several processes use the file at once (desks signing in, an admin adding or
removing someone), so every change re-reads it and writes it back under an
exclusive lock (db/file_locks.py), whole and owner-only (atomic_files): a
sign-in never writes back a removed user's slot, and every wrong password counts.
"""

from __future__ import annotations

import base64
import json
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from opcc_desk.atomic_files import private_text, write_private
from opcc_desk.db.file_locks import exclusive
from opcc_desk.domain.localtime import hour_minute
from opcc_desk.domain.words.messages import msg, say

FORMAT = 1
KEY_BYTES = 32
KDF = {"time_cost": 3, "memory_cost": 65_536, "parallelism": 2}
FREE_TRIES = 5
MAX_LOCK = timedelta(hours=1)
NEEDS_PASSWORD = "needs_new_password"
# said in the window's language when the window asks (domain/words/messages.py)
AFTER_REKEY = msg(
    "KeyFile",
    "the database was given a new key; an admin must set a new password for this account "
    "(opcc-desk user password NAME)",
)
WRONG_PASSWORD = msg("KeyFile", "the user name or password is wrong")
LOCKED = msg(
    "KeyFile",
    "this account is locked after repeated wrong passwords until {time}; try again then or "
    "ask an admin",
)
UNREADABLE = msg(
    "KeyFile",
    "the key file {name} beside the database cannot be read ({error}); restore it from a backup",
)
NOT_OURS = msg("KeyFile", "the key file {name} is not one OPCC Desk wrote")


class KeystoreError(Exception):
    """A refusal with a message for the user (wrong password, locked, unknown user)."""


def keystore_path(database: Path) -> Path:
    return database.with_name(database.name + ".keys")


def is_encrypted(database: Path) -> bool:
    return keystore_path(database).exists()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _kek(password: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=kdf["time_cost"],
        memory_cost=kdf["memory_cost"],
        parallelism=kdf["parallelism"],
        hash_len=32,
        type=Type.ID,
    )


def lock_time(failures: int) -> timedelta:
    """After the free tries, each further failure doubles the wait, up to an hour."""
    if failures < FREE_TRIES:
        return timedelta(0)
    doubled = timedelta(minutes=1) * int(2 ** min(failures - FREE_TRIES, 10))
    return min(MAX_LOCK, doubled)


@dataclass
class Keystore:
    path: Path
    data: dict[str, Any]

    @classmethod
    def create(cls, database: Path) -> Keystore:
        return cls(keystore_path(database), {"format": FORMAT, "kdf": dict(KDF), "users": {}})

    @classmethod
    def load(cls, database: Path) -> Keystore:
        path = keystore_path(database)
        return cls(path, _read(path))

    def save(self) -> None:
        """Write the key file whole and owner-only, as held here: for a new key file.

        Changes to an existing file go through the methods below, which re-read it
        under the lock first.
        """
        with exclusive(self.path):
            self._write()

    def _write(self) -> None:
        with private_text(self.path) as handle:
            json.dump(self.data, handle, indent=1, sort_keys=True)

    @contextmanager
    def _changing(self) -> Iterator[dict[str, Any]]:
        """The file as it is now, to change and write back before anyone else reads it."""
        with exclusive(self.path):
            if self.path.exists():
                self.data = _read(self.path)
            yield self.data
            self._write()

    @classmethod
    def install(cls, database: Path, content: bytes) -> None:
        """Replace the key file whole with ``content`` (a restore), waiting for any change
        in progress to finish first."""
        path = keystore_path(database)
        with exclusive(path):
            write_private(path, content)

    def users(self) -> list[str]:
        return sorted(self.data["users"])

    def add_user(self, username: str, password: str, key: bytes) -> None:
        slot = self._slot(username, password, key)
        # the slot is made outside the lock (argon2 takes a moment), written inside it
        with self._changing() as data:
            data["users"][username] = slot

    def _slot(self, username: str, password: str, key: bytes) -> dict[str, Any]:
        # loaded here, not at import: an unencrypted or server database never needs it,
        # and the window's start-up should not wait for it
        from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        pair = X25519PrivateKey.generate()
        public = _raw_public(pair.public_key())
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_kek(password, salt, self.data["kdf"])).encrypt(
            nonce, _raw_private(pair), _private_label(username)
        )
        return {
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "private": _b64(wrapped),
            "public": _b64(public),
            "sealed": _seal(public, key, username),
            "failures": 0,
            "locked_until": "",
        }

    def old_form(self) -> list[str]:
        """Users whose slot still wraps the database key with their password (they have
        not signed in since key pairs came): a re-key cannot reach them."""
        return sorted(
            name
            for name, entry in self.data["users"].items()
            if "public" not in entry and not entry.get(NEEDS_PASSWORD)
        )

    # A re-key gives the database a new key, sealed to every user who has a public key.
    # It is written here ("rekey") before the database changes, so a re-key cut short by a
    # crash can be finished (by anyone it was sealed to) or undone at the next sign-in.

    def begin_rekey(self, admin: str, new_key: bytes, *, drop: str = "") -> None:
        """Seal ``new_key`` to every user with a key pair; ``drop``'s slot goes now."""
        with self._changing() as data:
            if drop:
                data["users"].pop(drop, None)
            sealed = {
                name: {
                    "public": entry["public"],
                    "sealed": _seal(_unb64(entry["public"]), new_key, name),
                }
                for name, entry in data["users"].items()
                if "public" in entry
            }
            data["rekey"] = {"user": admin, "sealed": sealed}

    def pending_rekey(self) -> str:
        """The admin whose re-key was started and not finished, or ''."""
        pending = self.data.get("rekey")
        return str(pending["user"]) if isinstance(pending, dict) else ""

    def peek_rekey(self, username: str, password: str) -> bytes | None:
        """The new key of a re-key in progress, opened with this user's password."""
        pending = self.data.get("rekey")
        entry = self.data["users"].get(username)
        if not isinstance(pending, dict) or entry is None or "public" not in entry:
            return None
        mine = pending.get("sealed", {}).get(username)
        if mine is None or mine["public"] != entry["public"]:
            return None
        private = _open_private(entry, username, password, self.data["kdf"])
        return None if private is None else _open_sealed(private, mine["sealed"], username)

    def finish_rekey(self) -> list[str]:
        """The new key is the database's now: it replaces each sealed copy. Returns the
        users it could not be sealed to, who need a new password from an admin."""
        with self._changing() as data:
            pending = data.pop("rekey")
            sealed = pending.get("sealed", {})
            others = []
            for name, entry in sorted(data["users"].items()):
                mine = sealed.get(name)
                if mine is not None and mine["public"] == entry.get("public"):
                    entry["sealed"] = mine["sealed"]
                else:
                    others.append(name)
                    data["users"][name] = {NEEDS_PASSWORD: True}
        return others

    def abandon_rekey(self) -> None:
        with self._changing() as data:
            data.pop("rekey", None)

    def remove_user(self, username: str) -> None:
        with self._changing() as data:
            data["users"].pop(username, None)

    def unwrap(self, username: str, password: str, now: datetime) -> bytes:
        """The database key, or KeystoreError; counts failures and locks the account.

        The whole check runs under the lock: twenty wrong passwords sent at once are
        tried one after another, so the account is locked after the free tries.
        """
        with exclusive(self.path):
            self.data = _read(self.path)
            entry = self.data["users"].get(username)
            if entry is None:
                raise KeystoreError(say(WRONG_PASSWORD))
            locked = entry.get("locked_until") or ""
            if locked and datetime.fromisoformat(locked) > now:
                raise KeystoreError(say(LOCKED, time=hour_minute(datetime.fromisoformat(locked))))
            if entry.get(NEEDS_PASSWORD):
                raise KeystoreError(say(AFTER_REKEY))
            key = _open_slot(entry, username, password, self.data["kdf"])
            if key is None:
                entry["failures"] = int(entry.get("failures", 0)) + 1
                wait = lock_time(entry["failures"])
                entry["locked_until"] = (now + wait).isoformat() if wait else ""
                self._write()
                raise KeystoreError(say(WRONG_PASSWORD))
            changed = bool(entry.get("failures") or entry.get("locked_until"))
            if "public" not in entry and "rekey" not in self.data:
                # an old slot, upgraded while the password is at hand (not during a re-key,
                # whose new key was sealed to the public keys as they were)
                self.data["users"][username] = entry = self._slot(username, password, key)
                changed = True
            if changed:
                entry["failures"] = 0
                entry["locked_until"] = ""
                self._write()
            return key

    def peek(self, username: str, password: str) -> bytes:
        """The database key, without counting or writing anything: for a backup's key
        file, which may be on a read-only stick, and whose lockouts are history."""
        entry = self.data["users"].get(username)
        if entry is not None and entry.get(NEEDS_PASSWORD):
            raise KeystoreError(say(AFTER_REKEY))
        key = None if entry is None else _open_slot(entry, username, password, self.data["kdf"])
        if key is None:
            raise KeystoreError(say(WRONG_PASSWORD))
        return key


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KeystoreError(say(UNREADABLE, name=path.name, error=error)) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or "users" not in data:
        raise KeystoreError(say(NOT_OURS, name=path.name))
    return data


def _open_slot(
    entry: dict[str, Any], username: str, password: str, kdf: dict[str, int]
) -> bytes | None:
    """The database key from a slot of either form, or None for a wrong password."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if "public" in entry:
        private = _open_private(entry, username, password, kdf)
        return None if private is None else _open_sealed(private, entry["sealed"], username)
    try:
        key: bytes = AESGCM(_kek(password, _unb64(entry["salt"]), kdf)).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), username.encode("utf-8")
        )
    except InvalidTag:
        return None
    return key


def _open_private(
    entry: dict[str, Any], username: str, password: str, kdf: dict[str, int]
) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        private: bytes = AESGCM(_kek(password, _unb64(entry["salt"]), kdf)).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["private"]), _private_label(username)
        )
    except InvalidTag:
        return None
    return private


def _private_label(username: str) -> bytes:
    return b"private key of " + username.encode("utf-8")


def _sealing_key(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=ephemeral + public,
        info=b"opcc-desk database key",
    ).derive(shared)


def _seal(public: bytes, key: bytes, username: str) -> dict[str, str]:
    """``key`` readable only with the private key that belongs to ``public``."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = secrets.token_bytes(12)
    box = AESGCM(_sealing_key(shared, ephemeral_public, public)).encrypt(
        nonce, key, username.encode("utf-8")
    )
    return {"ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce), "box": _b64(box)}


def _open_sealed(private: bytes, sealed: dict[str, str], username: str) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import (
        X25519PrivateKey,
        X25519PublicKey,
    )
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    mine = X25519PrivateKey.from_private_bytes(private)
    ephemeral = _unb64(sealed["ephemeral"])
    shared = mine.exchange(X25519PublicKey.from_public_bytes(ephemeral))
    try:
        key: bytes = AESGCM(
            _sealing_key(shared, ephemeral, _raw_public(mine.public_key()))
        ).decrypt(_unb64(sealed["nonce"]), _unb64(sealed["box"]), username.encode("utf-8"))
    except InvalidTag:
        return None
    return key


def _raw_public(public: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    raw: bytes = public.public_bytes(Encoding.Raw, PublicFormat.Raw)
    return raw


def _raw_private(private: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )

    raw: bytes = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return raw


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


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
