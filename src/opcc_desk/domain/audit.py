"""The audit log's chain: each entry's hash covers its content and the previous hash.

Changing, removing or re-ordering any stored entry breaks every hash after it,
so a check that recomputes the chain finds the first entry that was tampered with.

The chain alone is unkeyed: anyone who can write the database could edit an entry
and recompute every hash after it. So the log is also sealed: a seal is an HMAC,
with the audit key only directors and admins hold, over "the first COUNT entries
end with HASH". Seals are kept in the log itself (a "seal" entry) and outside it
(a file beside the database, and one beside each backup). Without the key nobody
can make a seal that checks, so a re-chained history or a cut-short log shows.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

GENESIS = "0" * 64


class Action(StrEnum):
    VIEW = "view"
    CREATE = "create"
    CHANGE = "change"
    ARCHIVE = "archive"
    RESTORE = "restore"
    EXPORT = "export"
    IMPORT = "import"
    LETTER = "letter"
    PRINT = "print"
    REFER = "refer"
    STATUS = "status"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    USER = "user"
    BACKUP = "backup"
    RESTORE_BACKUP = "restore_backup"
    PURGE = "purge"
    SEAL = "seal"
    EMAIL = "email"


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    user: str
    action: str
    record_type: str  # "client", "therapist", "referral", "database", "user"
    record_ref: str  # the record's id as the desk knows it ("" for whole-database actions)
    detail: str  # what happened, without names or notes
    previous_hash: str
    hash: str


def entry_hash(
    previous_hash: str,
    at: datetime,
    user: str,
    action: str,
    record_type: str,
    record_ref: str,
    detail: str,
) -> str:
    body = json.dumps(
        [
            previous_hash,
            at.isoformat(timespec="microseconds"),
            user,
            action,
            record_type,
            record_ref,
            detail,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def first_broken(entries: Iterable[AuditEntry], previous: str = GENESIS) -> AuditEntry | None:
    """The first entry whose hash or link does not hold, or None when the chain is intact.

    ``previous`` is the hash the first entry must follow (the genesis value for
    the start of the log, or the last hash of the batch checked before).
    """
    for entry in entries:
        expected = entry_hash(
            previous,
            entry.at,
            entry.user,
            entry.action,
            entry.record_type,
            entry.record_ref,
            entry.detail,
        )
        if entry.previous_hash != previous or entry.hash != expected:
            return entry
        previous = entry.hash
    return None


def key_id(key: bytes) -> str:
    """A short public name for an audit key, so a seal says which key made it."""
    return hmac.new(key, b"opcc-desk audit key id", hashlib.sha256).hexdigest()[:12]


def seal_mac(key: bytes, count: int, last_hash: str) -> str:
    """The keyed proof that the log's first ``count`` entries end with ``last_hash``."""
    body = f"opcc-desk audit seal 1|{count}|{last_hash}".encode("ascii")
    return hmac.new(key, body, hashlib.sha256).hexdigest()


def seal_holds(key: bytes, count: int, last_hash: str, mac: str) -> bool:
    return hmac.compare_digest(seal_mac(key, count, last_hash), mac)


@dataclass(frozen=True, slots=True)
class SealDetail:
    """What a seal entry's detail says: the entries before it, the key's name, the MAC."""

    count: int
    key: str
    mac: str

    def text(self) -> str:
        return f"sealed {self.count} entries; key {self.key}; mac {self.mac}"


_SEAL = re.compile(r"^sealed (\d+) entries; key ([0-9a-f]{12}); mac ([0-9a-f]{64})")


def parse_seal(detail: str) -> SealDetail | None:
    found = _SEAL.match(detail)
    if found is None:
        return None
    return SealDetail(int(found.group(1)), found.group(2), found.group(3))
