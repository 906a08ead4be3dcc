"""The key file beside an encrypted database.

The database is encrypted (SQLCipher) with one random 256-bit key. That key is
stored here once per user, wrapped (AES-GCM) with a key derived from the
user's password (argon2id). Changing a password re-wraps one copy; removing a
user deletes their copy; the database itself is never re-encrypted.

The file also counts failed logins, because before the key is unwrapped the
database cannot be read.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw

from opcc_desk.atomic_files import private_text
from opcc_desk.domain.localtime import hour_minute

FORMAT = 1
KEY_BYTES = 32
KDF = {"time_cost": 3, "memory_cost": 65_536, "parallelism": 2}
FREE_TRIES = 5
MAX_LOCK = timedelta(hours=1)


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
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            raise KeystoreError(
                f"the key file {path.name} beside the database cannot be read ({error}); "
                "restore it from a backup"
            ) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT or "users" not in data:
            raise KeystoreError(f"the key file {path.name} is not one OPCC Desk wrote")
        return cls(path, data)

    def save(self) -> None:
        """Write the key file whole and owner-only: never half a key file."""
        with private_text(self.path) as handle:
            json.dump(self.data, handle, indent=1, sort_keys=True)

    def users(self) -> list[str]:
        return sorted(self.data["users"])

    def add_user(self, username: str, password: str, key: bytes) -> None:
        # loaded here, not at import: an unencrypted or server database never needs it,
        # and the window's start-up should not wait for it
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(_kek(password, salt, self.data["kdf"])).encrypt(
            nonce, key, username.encode("utf-8")
        )
        self.data["users"][username] = {
            "salt": _b64(salt),
            "nonce": _b64(nonce),
            "wrapped": _b64(wrapped),
            "failures": 0,
            "locked_until": "",
        }

    def remove_user(self, username: str) -> None:
        self.data["users"].pop(username, None)

    def unwrap(self, username: str, password: str, now: datetime) -> bytes:
        """The database key, or KeystoreError; counts failures and locks the account."""
        entry = self.data["users"].get(username)
        if entry is None:
            raise KeystoreError("the user name or password is wrong")
        locked = entry.get("locked_until") or ""
        if locked and datetime.fromisoformat(locked) > now:
            raise KeystoreError(
                f"this account is locked after repeated wrong passwords until "
                f"{hour_minute(datetime.fromisoformat(locked))}; try again then or ask an admin"
            )
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            key = AESGCM(_kek(password, _unb64(entry["salt"]), self.data["kdf"])).decrypt(
                _unb64(entry["nonce"]), _unb64(entry["wrapped"]), username.encode("utf-8")
            )
        except InvalidTag:
            entry["failures"] = int(entry.get("failures", 0)) + 1
            wait = lock_time(entry["failures"])
            entry["locked_until"] = (now + wait).isoformat() if wait else ""
            self.save()
            raise KeystoreError("the user name or password is wrong") from None
        if entry.get("failures") or entry.get("locked_until"):
            entry["failures"] = 0
            entry["locked_until"] = ""
            self.save()
        return key


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)
