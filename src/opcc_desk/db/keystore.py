"""The key file beside an encrypted database.

The database is encrypted (SQLCipher) with one random 256-bit key. That key is
stored here once per user, wrapped (AES-GCM) with a key derived from the
user's password (argon2id). Changing a password re-wraps one copy; removing a
user deletes their copy. Only a re-key (services/rekey.py) gives the database a
new key, wrapped for the admin who asked; the others then need new passwords.

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

FORMAT = 1
KEY_BYTES = 32
KDF = {"time_cost": 3, "memory_cost": 65_536, "parallelism": 2}
FREE_TRIES = 5
MAX_LOCK = timedelta(hours=1)
NEEDS_PASSWORD = "needs_new_password"
AFTER_REKEY = (
    "the database was given a new key; an admin must set a new password for this account "
    "(opcc-desk user password NAME)"
)


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
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_kek(password, salt, self.data["kdf"])).encrypt(
            nonce, key, username.encode("utf-8")
        )
        return {
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
            "failures": 0,
            "locked_until": "",
        }

    # A re-key gives the database a new key. Only the admin doing it knows a password to
    # wrap it with; everyone else's copy is replaced by a marker until an admin sets them
    # a new password. The new key is written here ("rekey") before the database changes,
    # so a re-key cut short by a crash can be finished or undone at the next sign-in.

    def begin_rekey(self, admin: str, password: str, new_key: bytes) -> None:
        slot = self._slot(admin, password, new_key)
        with self._changing() as data:
            data["rekey"] = {"user": admin, "slot": slot}

    def pending_rekey(self) -> str:
        """The admin whose re-key was started and not finished, or ''."""
        pending = self.data.get("rekey")
        return str(pending["user"]) if isinstance(pending, dict) else ""

    def peek_rekey(self, password: str) -> bytes | None:
        """The new key of a re-key in progress, opened with its admin's password."""
        pending = self.data.get("rekey")
        if not isinstance(pending, dict):
            return None
        return _open_slot(pending["slot"], pending["user"], password, self.data["kdf"])

    def finish_rekey(self) -> list[str]:
        """The new key is the database's now: the admin's copy replaces the old ones.
        Returns the users who need a new password from an admin."""
        with self._changing() as data:
            pending = data.pop("rekey")
            others = sorted(name for name in data["users"] if name != pending["user"])
            for name in others:
                data["users"][name] = {NEEDS_PASSWORD: True}
            data["users"][pending["user"]] = pending["slot"]
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
                raise KeystoreError("the user name or password is wrong")
            locked = entry.get("locked_until") or ""
            if locked and datetime.fromisoformat(locked) > now:
                raise KeystoreError(
                    f"this account is locked after repeated wrong passwords until "
                    f"{hour_minute(datetime.fromisoformat(locked))}; try again then or ask an admin"
                )
            if entry.get(NEEDS_PASSWORD):
                raise KeystoreError(AFTER_REKEY)
            key = _open_slot(entry, username, password, self.data["kdf"])
            if key is None:
                entry["failures"] = int(entry.get("failures", 0)) + 1
                wait = lock_time(entry["failures"])
                entry["locked_until"] = (now + wait).isoformat() if wait else ""
                self._write()
                raise KeystoreError("the user name or password is wrong")
            if entry.get("failures") or entry.get("locked_until"):
                entry["failures"] = 0
                entry["locked_until"] = ""
                self._write()
            return key

    def peek(self, username: str, password: str) -> bytes:
        """The database key, without counting or writing anything: for a backup's key
        file, which may be on a read-only stick, and whose lockouts are history."""
        entry = self.data["users"].get(username)
        if entry is not None and entry.get(NEEDS_PASSWORD):
            raise KeystoreError(AFTER_REKEY)
        key = None if entry is None else _open_slot(entry, username, password, self.data["kdf"])
        if key is None:
            raise KeystoreError("the user name or password is wrong")
        return key


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KeystoreError(
            f"the key file {path.name} beside the database cannot be read ({error}); "
            "restore it from a backup"
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT or "users" not in data:
        raise KeystoreError(f"the key file {path.name} is not one OPCC Desk wrote")
    return data


def _open_slot(
    entry: dict[str, Any], username: str, password: str, kdf: dict[str, int]
) -> bytes | None:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        key: bytes = AESGCM(_kek(password, _unb64(entry["salt"]), kdf)).decrypt(
            _unb64(entry["nonce"]), _unb64(entry["wrapped"]), username.encode("utf-8")
        )
    except InvalidTag:
        return None
    return key


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)
