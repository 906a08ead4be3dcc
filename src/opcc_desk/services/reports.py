"""The clinical director's referral summary: counted by the database, printed by letters.

Every figure is a GROUP BY in SQL, so ten years of a busy clinic (100,000
referrals) is a handful of grouped queries, never a list of ORM objects. Medians
come from per-day histograms: the database counts how many intervals last 0, 1,
2... days, and the median is read off those counts.

A referral counts as "reached a first session" once it has been active (its first
``active`` event); as "fell through" when it ended (declined, no response,
withdrawn) before that; as "still open" otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Subquery,
    and_,
    case,
    distinct,
    extract,
    func,
    literal,
    or_,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from opcc_desk.db.models import ClientRecord, ReferralEventRecord, ReferralRecord, TherapistRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.lifecycle import ENDINGS
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import Message, language, msg, say
from opcc_desk.domain.words.names import written_name
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.letters.report import (
    Breakdown,
    FellThrough,
    Median,
    ReportData,
    TimeSlice,
    WaitingPerson,
    build_report,
)
from opcc_desk.services import audit, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

WAITING_LISTED = 200  # people named in the waiting list; the bands count everyone

_ENDINGS = sorted(s.value for s in ENDINGS)
_BEFORE_SESSION = [
    s.value
    for s in (
        ReferralStatus.PROPOSED,
        ReferralStatus.SENT,
        ReferralStatus.CONTACTED,
        ReferralStatus.BOOKED,
    )
]
BACKWARDS = msg(
    "Reports",
    "The period starts on {start}, after it ends on {end}; give the earlier date first.",
)

_IN_THERAPY = [ReferralStatus.ACTIVE.value, ReferralStatus.CLOSED.value]
# said in the window's language when the window makes the summary (the same words as
# its referral tables), in English on the command line
_STATUS_LABELS: dict[ReferralStatus, Message] = {
    ReferralStatus.PROPOSED: msg("ReferralStatus", "Proposed"),
    ReferralStatus.SENT: msg("ReferralStatus", "Sent"),
    ReferralStatus.CONTACTED: msg("ReferralStatus", "Contacted"),
    ReferralStatus.BOOKED: msg("ReferralStatus", "Booked"),
    ReferralStatus.ACTIVE: msg("ReferralStatus", "Active"),
    ReferralStatus.CLOSED: msg("ReferralStatus", "Closed"),
    ReferralStatus.DECLINED: msg("ReferralStatus", "Declined"),
    ReferralStatus.NO_RESPONSE: msg("ReferralStatus", "No response"),
    ReferralStatus.WITHDRAWN: msg("ReferralStatus", "Withdrawn"),
}
# (label, fewest days, most days) of the waiting-time bands
BANDS: tuple[tuple[Message, int, int | None], ...] = (
    (msg("Report", "Up to 1 week"), 0, 7),
    (msg("Report", "1 to 4 weeks"), 8, 30),
    (msg("Report", "1 to 3 months"), 31, 91),
    (msg("Report", "3 to 6 months"), 92, 182),
    (msg("Report", "More than 6 months"), 183, None),
)
NO_APPROACH = msg("Report", "No approach recorded")
ON_REFERRAL = msg("Report", "Open referral, no first session yet")
TO_REFER_AGAIN = msg("Report", "To refer again (fell through)")
NOT_REFERRED = msg("Report", "Not referred yet")


class days_between(FunctionElement[int]):  # lower case: it reads as the SQL it becomes
    """Whole days from ``earlier`` to ``later`` (both date-times), on SQLite and PostgreSQL."""

    type = Integer()
    name = "days_between"
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_sqlite(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    return (
        f"CAST(julianday({compiler.process(later, **kw)}) - "
        f"julianday({compiler.process(earlier, **kw)}) AS INTEGER)"
    )


@compiles(days_between)
def _days_default(element: days_between, compiler: SQLCompiler, **kw: Any) -> str:
    later, earlier = list(element.clauses)
    return (
        f"CAST(FLOOR(EXTRACT(EPOCH FROM ({compiler.process(later, **kw)} - "
        f"{compiler.process(earlier, **kw)})) / 86400) AS INTEGER)"
    )


@dataclass(frozen=True, slots=True)
class _Window:
    start: datetime  # inclusive
    end: datetime  # exclusive: the day after the last day

    def holds(self, column: Any) -> ColumnElement[bool]:
        return and_(column >= self.start, column < self.end)


def check_period(start: date, end: date) -> None:
    if start > end:
        raise ServiceError(say(BACKWARDS, start=start.isoformat(), end=end.isoformat()))


def referral_summary(ctx: ServiceContext, start: date, end: date) -> ReportData:
    """Every figure of the director's summary for referrals made from ``start`` to ``end``."""
    ctx.require(Permission.REPORTS)
    check_period(start, end)
    catalogue = ctx.catalogue
    now = ctx.clock()
    window = _Window(
        datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())
    )
    with ctx.transaction() as session:
        first_active = _first_active(window)
        outcome = _outcome_columns()
        by_status = _by_status(session, window)
        approach_rows = _grouped(session, window, outcome, ReferralRecord.approach_key)
        by_approach = tuple(
            Breakdown(
                catalogue.approach_label(key, language()) if key else say(NO_APPROACH), *counts
            )
            for key, *counts in approach_rows
        )
        by_therapist = _by_therapist(session, window, outcome)
        totals = session.execute(
            select(func.count(), func.count(distinct(ReferralRecord.client_pk))).where(
                window.holds(ReferralRecord.created_at)
            )
        ).one()
        intakes = session.scalar(
            select(func.count())
            .select_from(ClientRecord)
            .where(window.holds(ClientRecord.submitted))
        )
        waiting_total, bands, waiting = _waiting(session, window, now)
        # the summary names the clients still waiting: reading it is reading their records
        audit.append(
            session,
            ctx,
            Action.VIEW,
            "report",
            "",
            f"referral summary {start.isoformat()} to {end.isoformat()} "
            f"({len(waiting)} waiting clients named)",
        )
        return ReportData(
            start=start,
            end=end,
            made_on=now.date(),
            made_by=ctx.user,
            intakes=int(intakes or 0),
            referrals=int(totals[0]),
            clients_referred=int(totals[1]),
            by_status=by_status,
            by_approach=tuple(sorted(by_approach, key=lambda b: (-b.total, b.label))),
            by_therapist=by_therapist,
            intake_to_referral=_median(_intake_to_referral(session, window)),
            referral_to_first_session=_median(_referral_to_session(session, window, first_active)),
            waiting_total=waiting_total,
            waiting_bands=bands,
            waiting=waiting,
            fell_through=_fell_through(session, window),
            timeline=_timeline(session, window, outcome, start, end),
            letterhead=settings.read(session, LETTERHEAD),
        )


def summary_pdf(ctx: ServiceContext, start: date, end: date) -> bytes:
    return build_report(referral_summary(ctx, start, end))


# ------------------------------------------------------------------ queries


def _first_active(window: _Window) -> Subquery:
    """When each referral of the period first became active: its first session."""
    event = ReferralEventRecord
    return (
        select(event.referral_id.label("referral_id"), func.min(event.at).label("at"))
        .join(ReferralRecord, ReferralRecord.id == event.referral_id)
        .where(
            event.to_status == ReferralStatus.ACTIVE.value, window.holds(ReferralRecord.created_at)
        )
        .group_by(event.referral_id)
        .subquery("first_active")
    )


def _reached_first_session() -> ColumnElement[bool]:
    """Active and closed referrals have had a first session; an ended one has when it was
    active before it ended (looked up through the events' referral index, ended ones only)."""
    event = aliased(ReferralEventRecord)
    was_active = (
        select(event.id)
        .where(
            event.referral_id == ReferralRecord.id, event.to_status == ReferralStatus.ACTIVE.value
        )
        .correlate(ReferralRecord)
        .exists()
    )
    return or_(
        ReferralRecord.status.in_(_IN_THERAPY),
        and_(ReferralRecord.status.in_(_ENDINGS), was_active),
    )


def _outcome_columns() -> tuple[Any, Any, Any]:
    """Sums of 1/0: reached a first session, still open before it, fell through before it."""
    reached = _reached_first_session()
    return (
        func.sum(case((reached, 1), else_=0)),
        func.sum(case((ReferralRecord.status.in_(_BEFORE_SESSION), 1), else_=0)),
        func.sum(case((and_(ReferralRecord.status.in_(_ENDINGS), ~reached), 1), else_=0)),
    )


def _by_status(session: Session, window: _Window) -> tuple[tuple[str, int], ...]:
    counts = dict(
        session.execute(
            select(ReferralRecord.status, func.count())
            .where(window.holds(ReferralRecord.created_at))
            .group_by(ReferralRecord.status)
        ).all()
    )
    return tuple((say(_STATUS_LABELS[s]), int(counts.get(s.value, 0))) for s in ReferralStatus)


def _grouped(
    session: Session, window: _Window, outcome: tuple[Any, Any, Any], *keys: Any
) -> list[tuple[Any, ...]]:
    rows = session.execute(
        select(*keys, func.count(), *outcome)
        .where(window.holds(ReferralRecord.created_at))
        .group_by(*keys)
    )
    return [(*row[: len(keys)], *(int(x or 0) for x in row[len(keys) :])) for row in rows]


def _by_therapist(
    session: Session, window: _Window, outcome: tuple[Any, Any, Any]
) -> tuple[Breakdown, ...]:
    counts = {
        pk: counts
        for pk, *counts in _grouped(session, window, outcome, ReferralRecord.therapist_pk)
    }
    if not counts:
        return ()
    names = {
        pk: f"{written_name(first, last)} ({ref})"
        for pk, ref, first, last in session.execute(
            select(
                TherapistRecord.pk,
                TherapistRecord.ref,
                TherapistRecord.first_name,
                TherapistRecord.last_name,
            ).where(
                TherapistRecord.pk.in_(
                    select(ReferralRecord.therapist_pk).where(
                        window.holds(ReferralRecord.created_at)
                    )
                )
            )
        )
    }
    lines = [Breakdown(names.get(pk, str(pk)), *c) for pk, c in counts.items()]
    return tuple(sorted(lines, key=lambda b: (-b.total, b.label)))


def _intake_to_referral(session: Session, window: _Window) -> list[tuple[int, int]]:
    """Days from intake to each client's first referral, for first referrals in the period."""
    first = (
        select(
            ReferralRecord.client_pk.label("client_pk"),
            func.min(ReferralRecord.created_at).label("at"),
        )
        .group_by(ReferralRecord.client_pk)
        .subquery("first_referral")
    )
    days = days_between(first.c.at, ClientRecord.submitted)
    return [
        (int(d), int(n))
        for d, n in session.execute(
            select(days, func.count())
            .select_from(first)
            .join(ClientRecord, ClientRecord.pk == first.c.client_pk)
            .where(window.holds(first.c.at), ClientRecord.submitted.is_not(None))
            .group_by(days)
        )
    ]


def _referral_to_session(
    session: Session, window: _Window, first_active: Subquery
) -> list[tuple[int, int]]:
    days = days_between(first_active.c.at, ReferralRecord.created_at)
    return [
        (int(d), int(n))
        for d, n in session.execute(
            select(days, func.count())
            .select_from(ReferralRecord)
            .join(first_active, first_active.c.referral_id == ReferralRecord.id)
            .where(window.holds(ReferralRecord.created_at))
            .group_by(days)
        )
    ]


def _median(histogram: Iterable[tuple[int, int]]) -> Median:
    """The median of values given as (value, how many times) pairs."""
    pairs = sorted((max(0, value), count) for value, count in histogram if count > 0)
    total = sum(count for _, count in pairs)
    if total == 0:
        return Median(days=None, count=0)
    low_rank, high_rank = (total - 1) // 2, total // 2  # 0-based ranks of the middle value(s)
    low = high = None
    seen = 0
    for value, count in pairs:
        if low is None and low_rank < seen + count:
            low = value
        if high_rank < seen + count:
            high = value
            break
        seen += count
    assert low is not None and high is not None
    return Median(days=(low + high) / 2, count=total)


def _fell_through(session: Session, window: _Window) -> tuple[FellThrough, ...]:
    """The reasons given when referrals of the period ended before a first session."""
    event = ReferralEventRecord
    reason_key = func.lower(func.trim(event.reason))
    rows = session.execute(
        select(event.to_status, reason_key, func.min(func.trim(event.reason)), func.count())
        .join(ReferralRecord, ReferralRecord.id == event.referral_id)
        .where(
            window.holds(ReferralRecord.created_at),
            event.to_status.in_(_ENDINGS),
            ReferralRecord.status.in_(_ENDINGS),
            ~_reached_first_session(),
        )
        .group_by(event.to_status, reason_key)
        .order_by(func.count().desc(), event.to_status, reason_key)
    )
    return tuple(
        FellThrough(outcome=_outcome(status), reason=reason or "", count=int(count))
        for status, _key, reason, count in rows
    )


def _outcome(status: str) -> str:
    try:
        return say(_STATUS_LABELS[ReferralStatus(status)])
    except ValueError:  # a status this version does not know: shown as stored
        return status


def _waiting(
    session: Session, window: _Window, now: datetime
) -> tuple[int, tuple[tuple[str, int, int], ...], tuple[WaitingPerson, ...]]:
    """Clients not archived, with an intake before the period ends, and no referral that is
    active or closed: still waiting for a first session, today."""
    client = ClientRecord
    since = func.coalesce(client.submitted, client.created_at)
    on_referral = func.max(case((ReferralRecord.status.in_(_BEFORE_SESSION), 1), else_=0))
    in_therapy = func.max(case((ReferralRecord.status.in_(_IN_THERAPY), 1), else_=0))
    per_client = (
        select(
            client.ref.label("ref"),
            client.first_name.label("first_name"),
            client.last_name.label("last_name"),
            since.label("since"),
            on_referral.label("on_referral"),
            func.count(ReferralRecord.id).label("referrals"),
        )
        .outerjoin(ReferralRecord, ReferralRecord.client_pk == client.pk)
        .where(client.archived_at.is_(None), since < window.end)
        .group_by(client.pk)
        .having(in_therapy == 0)
        .subquery("waiting")
    )
    days = days_between(literal(now), per_client.c.since)
    band = case(
        *[(days <= most, index) for index, (_l, _f, most) in enumerate(BANDS) if most is not None],
        else_=len(BANDS) - 1,
    )
    counts: dict[tuple[int, int], int] = {}
    for band_index, on, count in session.execute(
        select(band, per_client.c.on_referral, func.count()).group_by(
            band, per_client.c.on_referral
        )
    ):
        counts[(int(band_index), int(on))] = int(count)
    bands = tuple(
        (say(label), counts.get((index, 1), 0), counts.get((index, 0), 0))
        for index, (label, _low, _most) in enumerate(BANDS)
    )
    total = sum(counts.values())
    people = tuple(
        WaitingPerson(
            client_id=row.ref,
            client_name=written_name(row.first_name, row.last_name),
            situation=say(
                ON_REFERRAL
                if row.on_referral
                else TO_REFER_AGAIN
                if row.referrals
                else NOT_REFERRED
            ),
            since=_as_date(row.since),
            days=max(0, int(row.days)),
        )
        for row in session.execute(
            select(per_client, days.label("days"))
            .order_by(per_client.c.since, per_client.c.ref)
            .limit(WAITING_LISTED)
        )
    )
    return total, bands, people


def _as_date(value: datetime | date | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return datetime.fromisoformat(str(value)).date()  # SQLite hands back coalesce() as text


def _timeline(
    session: Session, window: _Window, outcome: tuple[Any, Any, Any], start: date, end: date
) -> tuple[TimeSlice, ...]:
    """Referrals per month (per quarter past two years, per year past eight)."""
    year = extract("year", ReferralRecord.created_at)
    month = extract("month", ReferralRecord.created_at)
    rows = _grouped(session, window, outcome, year, month)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = 1 if months <= 24 else 3 if months <= 96 else 12
    buckets: dict[tuple[int, int], list[int]] = {}
    for y, m, _total, started, waiting, fell in rows:
        key = (int(y), (int(m) - 1) // step)
        bucket = buckets.setdefault(key, [0, 0, 0])
        bucket[0] += started
        bucket[1] += waiting
        bucket[2] += fell
    slices = []
    y, index = start.year, (start.month - 1) // step
    last = (end.year, (end.month - 1) // step)
    while (y, index) <= last:
        started, waiting, fell = buckets.get((y, index), [0, 0, 0])
        slices.append(TimeSlice(_bucket_label(y, index, step), started, waiting, fell))
        index += 1
        if index * step >= 12:
            y, index = y + 1, 0
    return tuple(slices)


_MONTHS = (
    msg("Report", "Jan {year}"),
    msg("Report", "Feb {year}"),
    msg("Report", "Mar {year}"),
    msg("Report", "Apr {year}"),
    msg("Report", "May {year}"),
    msg("Report", "Jun {year}"),
    msg("Report", "Jul {year}"),
    msg("Report", "Aug {year}"),
    msg("Report", "Sep {year}"),
    msg("Report", "Oct {year}"),
    msg("Report", "Nov {year}"),
    msg("Report", "Dec {year}"),
)
QUARTER = msg("Report", "Q{quarter} {year}")


def _bucket_label(year: int, index: int, step: int) -> str:
    if step == 12:
        return str(year)
    if step == 3:
        return say(QUARTER, quarter=index + 1, year=year)
    return say(_MONTHS[index], year=year)
