"""The audit log's chain: each entry's hash covers its content and the previous hash.

Changing, removing or re-ordering any stored entry breaks every hash after it,
so a check that recomputes the chain finds the first entry that was tampered with.
"""

from __future__ import annotations

import hashlib
import json
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
    USER = "user"
    BACKUP = "backup"
    RESTORE_BACKUP = "restore_backup"
    PURGE = "purge"


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
