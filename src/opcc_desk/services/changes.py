"""What changed in the database since a desk last looked: a stamp to compare.

Every desk asks for the stamp on a short timer and when its window comes back to
the front; only the parts whose stamp moved are read again. Each record's version
counter goes up on every save and each new row raises a count, so counting rows and
adding up versions is enough to notice any save from any desk, and costs one small
query (tens of milliseconds for a clinic of 100,000 clients and as many referrals,
which is why the window asks on a worker thread).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ScalarSelect, func, select

from opcc_desk.db.models import (
    ClientRecord,
    ContactRecord,
    LetterRecord,
    ReferralRecord,
    SettingRecord,
    TherapistRecord,
)
from opcc_desk.domain.changes import ChangeKind
from opcc_desk.services.context import ServiceContext


@dataclass(frozen=True, slots=True)
class ChangeStamp:
    clients: tuple[int, int]
    therapists: tuple[int, int]
    referrals: tuple[int, int, int, int, int]  # contacts too: the follow-ups show the last
    settings: str

    def changed_since(self, earlier: ChangeStamp | None) -> set[ChangeKind]:
        """The kinds of records saved since ``earlier`` (each kind is a field here)."""
        if earlier is None:
            return set(ChangeKind)
        return {
            kind for kind in ChangeKind if getattr(self, kind.value) != getattr(earlier, kind.value)
        }


def _count(model: type[Any]) -> ScalarSelect[int]:
    return select(func.count()).select_from(model).scalar_subquery()


def _versions(
    model: type[ClientRecord | TherapistRecord | ReferralRecord | ContactRecord],
) -> ScalarSelect[int]:
    return select(func.coalesce(func.sum(model.version), 0)).scalar_subquery()


def change_stamp(ctx: ServiceContext) -> ChangeStamp:
    """The current stamp; raises DatabaseUnavailable when the database cannot be reached."""
    counts = select(
        _count(ClientRecord),
        _versions(ClientRecord),
        _count(TherapistRecord),
        _versions(TherapistRecord),
        _count(ReferralRecord),
        _versions(ReferralRecord),  # a status move raises the version too
        _count(LetterRecord),
        _count(ContactRecord),
        _versions(ContactRecord),  # a correction or a strike raises the version
    )
    settings = select(SettingRecord.key, SettingRecord.value).order_by(SettingRecord.key)
    with ctx.transaction() as session:
        n = [int(value or 0) for value in session.execute(counts).one()]
        stored = [[key, value] for key, value in session.execute(settings)]
    digest = hashlib.sha256(json.dumps(stored, sort_keys=True, default=str).encode()).hexdigest()
    return ChangeStamp(
        clients=(n[0], n[1]),
        therapists=(n[2], n[3]),
        referrals=(n[4], n[5], n[6], n[7], n[8]),
        settings=digest,
    )
