"""Follow-up due dates in business days: weekends and Ontario statutory holidays."""

from __future__ import annotations

from datetime import date

import pytest

from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.domain.followup import (
    FollowUpRules,
    add_business_days,
    due_date,
    easter_sunday,
    ontario_holidays,
    overdue_days,
)

RULES = FollowUpRules.default()


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (date(2026, 11, 23), 3, date(2026, 11, 26)),  # Monday + 3 = Thursday
        (date(2026, 11, 26), 3, date(2026, 12, 1)),  # Thursday + 3 = next Tuesday
        (date(2026, 11, 28), 1, date(2026, 12, 1)),  # Saturday counts from Monday
        (date(2026, 11, 27), 0, date(2026, 11, 27)),
        (date(2026, 11, 29), 0, date(2026, 11, 30)),  # Sunday, 0 days: next business day
        (date(2026, 12, 23), 3, date(2026, 12, 30)),  # Christmas and Boxing Day (Sat -> Mon 28)
        (date(2026, 4, 2), 1, date(2026, 4, 6)),  # Good Friday 2026-04-03
        (date(2026, 5, 15), 1, date(2026, 5, 19)),  # Victoria Day 2026-05-18
    ],
)
def test_add_business_days(start: date, days: int, expected: date) -> None:
    assert add_business_days(start, days) == expected


def test_weekends_only_when_holidays_are_off() -> None:
    assert add_business_days(date(2026, 12, 23), 3, holidays=False) == date(2026, 12, 28)


def test_ontario_holidays_2026() -> None:
    assert ontario_holidays(2026) == {
        date(2026, 1, 1),
        date(2026, 2, 16),  # Family Day
        date(2026, 4, 3),  # Good Friday
        date(2026, 5, 18),  # Victoria Day
        date(2026, 7, 1),
        date(2026, 9, 7),  # Labour Day
        date(2026, 10, 12),  # Thanksgiving
        date(2026, 12, 25),
        date(2026, 12, 28),  # Boxing Day falls on a Saturday: observed Monday
    }


@pytest.mark.parametrize(
    ("year", "easter"),
    [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5))],
)
def test_easter(year: int, easter: date) -> None:
    assert easter_sunday(year) == easter


def test_due_dates_per_state() -> None:
    thursday = date(2026, 11, 19)
    assert due_date(S.PROPOSED, thursday, RULES) == date(2026, 11, 20)
    assert due_date(S.SENT, thursday, RULES) == date(2026, 11, 24)
    assert due_date(S.CONTACTED, thursday, RULES) == date(2026, 11, 26)
    assert due_date(S.BOOKED, thursday, RULES) == date(2026, 11, 30)
    assert due_date(S.BOOKED, thursday, RULES, session_date=date(2026, 12, 2)) == date(2026, 12, 2)
    assert due_date(S.ACTIVE, thursday, RULES) is None
    for ended in (S.CLOSED, S.DECLINED, S.NO_RESPONSE, S.WITHDRAWN):
        assert due_date(ended, thursday, RULES) is None


def test_overdue_counts_business_days() -> None:
    today = date(2026, 11, 26)  # the test clock's Thursday
    assert overdue_days(date(2026, 11, 26), today) == 0
    assert overdue_days(date(2026, 11, 20), today) == 4  # Fri -> Mon, Tue, Wed, Thu
    assert overdue_days(date(2026, 11, 27), today) == -1


def test_director_settings_round_trip_and_bad_values_fall_back() -> None:
    rules = FollowUpRules({**RULES.days, S.SENT: 2, S.ACTIVE: 20}, holidays=False)
    again = FollowUpRules.from_dict(rules.to_dict())
    assert again == rules
    broken = FollowUpRules.from_dict({"days": {"sent": "soon", "closed": 3, "nope": 1}})
    assert broken.days == RULES.days
