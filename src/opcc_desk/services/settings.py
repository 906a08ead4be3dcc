"""Reading and changing the clinic's settings: the one way any setting is saved.

Saving checks the role first (a refused role stores nothing), then the value, then
stores it and writes the audit entry in the same transaction. Reads need no
permission: every desk prints the letterhead and matches with the director's weights.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from opcc_desk.db.models import SettingRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.settings import Setting, SettingValue
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

V = TypeVar("V", bound=SettingValue)


class InvalidSetting(ServiceError):
    """The value cannot be saved; the message says what to change."""


def read(session: Session, setting: Setting[V]) -> V:
    """The stored value, or the default when none is stored or it no longer reads."""
    row = session.get(SettingRecord, setting.key)
    if row is None:
        return setting.default()
    try:
        return setting.from_dict(row.value)
    except (ValueError, TypeError, AttributeError):
        # saved by another version or damaged by hand: the default keeps the desk working
        return setting.default()


def get(ctx: ServiceContext, setting: Setting[V]) -> V:
    with ctx.transaction() as session:
        return read(session, setting)


def save(ctx: ServiceContext, setting: Setting[V], value: V) -> V:
    """Store ``value`` for ``setting`` and audit the change; returns the value stored.

    Saving what is already stored changes nothing and writes no audit entry.
    """
    ctx.require(setting.permission)
    if not isinstance(value, setting.type):
        raise TypeError(f"{setting.label} takes a {setting.type.__name__}, not {value!r}")
    problems = setting.problems(value)
    if problems:
        raise InvalidSetting(" ".join(problems))
    stored = dict(value.to_dict())
    with ctx.transaction() as session:
        row = session.get(SettingRecord, setting.key)
        before: Mapping[str, Any] = {} if row is None else row.value
        if row is not None and before == stored:
            return value
        if row is None:
            session.add(SettingRecord(key=setting.key, value=stored))
        else:
            row.value = stored
        changed = sorted(k for k in stored.keys() | before.keys() if stored.get(k) != before.get(k))
        # names of the parts changed, never their values (a letterhead's phone, say)
        detail = f"{setting.label}: " + (", ".join(changed) if row is not None else "first saved")
        audit.append(session, ctx, Action.CHANGE, "settings", setting.key, detail)
    return value
