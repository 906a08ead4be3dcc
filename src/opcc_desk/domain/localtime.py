"""Stored times are UTC; people read the clock on their wall."""

from __future__ import annotations

from datetime import UTC, datetime


def wall_clock(stored: datetime) -> datetime:
    """A stored UTC time (without tzinfo) as this computer's local time, without tzinfo."""
    return stored.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def hour_minute(stored: datetime) -> str:
    """'14:05' in local time, for messages such as "locked until 14:05"."""
    return f"{wall_clock(stored):%H:%M}"


def stored_time(wall: datetime) -> datetime:
    """A local time someone typed (without tzinfo) as it is stored: UTC, without tzinfo."""
    return wall.astimezone(UTC).replace(tzinfo=None)
