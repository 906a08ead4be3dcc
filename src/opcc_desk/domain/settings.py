"""Clinic-wide settings, each declared once: where it is kept, its type, its default, and
who may change it.

A setting's value is a small immutable object that turns itself into a plain dict
(``to_dict``) for the settings table and is read back by the declaration's
``from_dict``. The settings service (services/settings.py) is the only writer: it
checks the permission, the declaration's ``problems``, stores and audits, so no
screen or command can skip one of those steps.

Declarations whose value type lives in this layer are here; the letterhead and the
match settings are declared beside their types (letters/letterhead.py,
matching/settings.py), which this layer cannot import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from opcc_desk.domain.followup import FollowUpRules
from opcc_desk.domain.roles import Permission


class SettingValue(Protocol):
    def to_dict(self) -> Mapping[str, Any]: ...


V = TypeVar("V", bound=SettingValue)


def no_problems(_value: object) -> list[str]:
    return []


@dataclass(frozen=True, slots=True)
class Setting(Generic[V]):
    key: str  # its row in the settings table (and the record id in the audit log)
    label: str  # what it is called in the audit log and in messages
    type: type[V]
    default: Callable[[], V]
    # from the stored dict; may raise ValueError or TypeError for a damaged value,
    # which reads as the default
    from_dict: Callable[[dict[str, Any]], V]
    permission: Permission = Permission.SETTINGS
    # what is wrong with a value, in words for the person at the desk; empty when fine
    problems: Callable[[V], list[str]] = no_problems


# ---------------------------------------------------------------- the idle lock

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


@dataclass(frozen=True, slots=True)
class IdleLockTime:
    """Minutes without use before a signed-in window locks itself."""

    minutes: int = 15

    def to_dict(self) -> dict[str, Any]:
        return {"idle_minutes": self.minutes}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IdleLockTime:
        value = data.get("idle_minutes")
        if isinstance(value, int) and not isinstance(value, bool) and _idle_ok(value):
            return cls(value)
        return cls()


def _idle_ok(minutes: int) -> bool:
    return MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES


def _idle_problems(value: IdleLockTime) -> list[str]:
    if _idle_ok(value.minutes):
        return []
    return [f"Choose between {MIN_IDLE_MINUTES} and {MAX_IDLE_MINUTES} minutes."]


IDLE_LOCK: Setting[IdleLockTime] = Setting(
    key="security",
    label="idle lock time",
    type=IdleLockTime,
    default=IdleLockTime,
    from_dict=IdleLockTime.from_dict,
    problems=_idle_problems,
)


# ---------------------------------------------------------------- follow-ups


def _followup_problems(value: FollowUpRules) -> list[str]:
    wrong = [
        status.value
        for status, days in value.days.items()
        if days is not None and not (isinstance(days, int) and 0 <= days <= 60)
    ]
    if not wrong:
        return []
    return [f"Give the follow-up delay for {', '.join(wrong)} as 0 to 60 business days."]


FOLLOW_UP_DELAYS: Setting[FollowUpRules] = Setting(
    key="followup",
    label="follow-up delays",
    type=FollowUpRules,
    default=FollowUpRules.default,
    from_dict=FollowUpRules.from_dict,
    problems=_followup_problems,
)
