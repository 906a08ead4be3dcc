"""When an open referral needs the desk's attention again: due dates in business days.

Pure functions: no clock, no database. A business day is Monday to Friday and not
an Ontario statutory holiday (Employment Standards Act: New Year's Day, Family Day,
Good Friday, Victoria Day, Canada Day, Labour Day, Thanksgiving, Christmas Day,
Boxing Day). A holiday that falls on a weekend is observed on the next working day.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, lru_cache

from opcc_desk.domain.enums import ReferralStatus as S

# business days after entering each open state; None = no follow-up while in it
DEFAULT_DAYS: dict[S, int | None] = {
    S.PROPOSED: 1,  # the letter should go out
    S.SENT: 3,  # has the client called the therapist?
    S.CONTACTED: 5,  # is a first session booked?
    S.BOOKED: 7,  # did the first session happen? (the session date when known)
    S.ACTIVE: None,  # in therapy: nothing to chase
}

NEXT_STEP: dict[S, str] = {
    S.PROPOSED: "Send the referral letter",
    S.SENT: "Ask the client whether they reached the therapist",
    S.CONTACTED: "Check that a first session is booked",
    S.BOOKED: "Check that the first session took place",
    S.ACTIVE: "",
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    shift = (weekday - first.weekday()) % 7
    return first + timedelta(days=shift + 7 * (n - 1))


def easter_sunday(year: int) -> date:
    """Gregorian Easter (the anonymous algorithm, as in Meeus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


@cache
def ontario_holidays(year: int) -> frozenset[date]:
    """The days the desk is closed for statutory holidays in ``year`` (observed dates)."""
    may_25 = date(year, 5, 25)
    victoria = may_25 - timedelta(days=(may_25.weekday() - 0) % 7 or 7)
    moving = {
        _nth_weekday(year, 2, 0, 3),  # Family Day: third Monday of February
        easter_sunday(year) - timedelta(days=2),  # Good Friday
        victoria,  # the Monday before May 25
        _nth_weekday(year, 9, 0, 1),  # Labour Day
        _nth_weekday(year, 10, 0, 2),  # Thanksgiving
    }
    observed: set[date] = set(moving)
    for fixed in (date(year, 1, 1), date(year, 7, 1), date(year, 12, 25), date(year, 12, 26)):
        day = fixed
        while day.weekday() >= 5 or day in observed:
            day += timedelta(days=1)
        observed.add(day)
    return frozenset(observed)


def is_business_day(day: date, *, holidays: bool = True) -> bool:
    if day.weekday() >= 5:
        return False
    return not (holidays and day in ontario_holidays(day.year))


# Cached: the follow-up list asks the same few hundred (date, delay) questions for the
# thousands of referrals a busy clinic has waiting, every time it is drawn.
@lru_cache(maxsize=8192)
def add_business_days(start: date, days: int, *, holidays: bool = True) -> date:
    """The date ``days`` business days after ``start`` (0: start itself, or the next
    business day when start is not one)."""
    day = start
    while not is_business_day(day, holidays=holidays):
        day += timedelta(days=1)
    for _ in range(days):
        day += timedelta(days=1)
        while not is_business_day(day, holidays=holidays):
            day += timedelta(days=1)
    return day


@lru_cache(maxsize=8192)
def business_days_between(earlier: date, later: date, *, holidays: bool = True) -> int:
    """Business days after ``earlier`` up to and including ``later`` (negative if reversed)."""
    if later < earlier:
        return -business_days_between(later, earlier, holidays=holidays)
    count = 0
    day = earlier
    while day < later:
        day += timedelta(days=1)
        if is_business_day(day, holidays=holidays):
            count += 1
    return count


@dataclass(frozen=True, slots=True)
class FollowUpRules:
    """The director's follow-up delays (business days per open state)."""

    days: Mapping[S, int | None]
    holidays: bool = True  # skip Ontario statutory holidays as well as weekends

    @classmethod
    def default(cls) -> FollowUpRules:
        return cls(dict(DEFAULT_DAYS))

    def to_dict(self) -> dict[str, object]:
        return {
            "days": {status.value: self.days.get(status) for status in DEFAULT_DAYS},
            "holidays": self.holidays,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> FollowUpRules:
        """Read stored settings; unknown or broken entries fall back to the defaults."""
        days: dict[S, int | None] = dict(DEFAULT_DAYS)
        raw = data.get("days")
        if isinstance(raw, Mapping):
            for key, value in raw.items():
                try:
                    status = S(key)
                except ValueError:
                    continue
                if status not in DEFAULT_DAYS:
                    continue
                if value is None or (isinstance(value, int) and 0 <= value <= 60):
                    days[status] = value
        return cls(days, holidays=bool(data.get("holidays", True)))


def due_date(
    status: S,
    entered: date,
    rules: FollowUpRules,
    *,
    session_date: date | None = None,
) -> date | None:
    """When a referral in ``status`` since ``entered`` needs a follow-up; None when not."""
    if not status.is_open:
        return None
    if status is S.BOOKED and session_date is not None:
        return session_date
    days = rules.days.get(status)
    if days is None:
        return None
    return add_business_days(entered, days, holidays=rules.holidays)


def overdue_days(due: date, today: date, *, holidays: bool = True) -> int:
    """Business days past due (0: due today; negative: not yet due)."""
    return business_days_between(due, today, holidays=holidays)
