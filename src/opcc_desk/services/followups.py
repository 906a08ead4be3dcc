"""Follow-ups: which open referrals are due for a call (by the director's delays), first sessions.

Nothing here contacts anyone: the list is for the desk to act on.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import func, select

from opcc_desk.db.models import (
    ReferralEventRecord,
    ReferralRecord,
)
from opcc_desk.domain.audit import Action
from opcc_desk.domain.contacts import LastContact
from opcc_desk.domain.enums import OPEN_STATUSES, ReferralStatus
from opcc_desk.domain.followup import NEXT_STEP, due_date, overdue_days
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.settings import FOLLOW_UP_DELAYS
from opcc_desk.domain.words.names import written_name
from opcc_desk.services import audit, settings
from opcc_desk.services.contacts import last_contacts
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.referrals import referral_record, referral_with_people


@dataclass(frozen=True, slots=True)
class FollowUp:
    referral_id: int
    client_id: str
    client_name: str
    therapist_id: str
    therapist_name: str
    status: ReferralStatus
    since: date  # the day the referral entered its status
    due: date
    overdue: int  # business days past due; 0 = due today; negative = not due yet
    next_step: str
    # the client's newest contact that was not struck out (any referral's, or none's)
    last_contact: LastContact | None = None


def follow_ups(ctx: ServiceContext, *, include_upcoming: bool = False) -> list[FollowUp]:
    """Open referrals due for a follow-up (today or earlier), the most overdue first."""
    ctx.require(Permission.REFERRALS)
    today = ctx.today()
    # the newest event of each referral, looked up per row through the
    # (referral_id, to_status, at) index rather than grouping every event ever
    last_event = (
        select(func.max(ReferralEventRecord.at))
        .where(ReferralEventRecord.referral_id == ReferralRecord.id)
        .correlate(ReferralRecord)
        .scalar_subquery()
    )
    stmt = referral_with_people(
        ReferralRecord.status,
        func.coalesce(last_event, ReferralRecord.updated_at),
        ReferralRecord.first_session,
        ReferralRecord.client_pk,
    )
    items: list[FollowUp] = []
    client_pks: list[int] = []
    with ctx.transaction() as session:
        rules = settings.read(session, FOLLOW_UP_DELAYS)
        # only the states that have a follow-up at all: a busy clinic's tens of
        # thousands of referrals in therapy (active) need none
        waiting = [
            s.value
            for s in OPEN_STATUSES
            if rules.days.get(s) is not None or s is ReferralStatus.BOOKED
        ]
        stmt = stmt.where(ReferralRecord.status.in_(waiting))
        for r in session.execute(stmt):
            status = ReferralStatus(r[7])
            since = r[8].date()
            due = due_date(status, since, rules, session_date=r[9])
            if due is None:
                continue
            late = overdue_days(due, today, holidays=rules.holidays)
            if due > today and not include_upcoming:
                continue
            items.append(
                FollowUp(
                    referral_id=r[0],
                    client_id=r[1],
                    client_name=written_name(r[2], r[3]),
                    therapist_id=r[4],
                    therapist_name=written_name(r[5], r[6]),
                    status=status,
                    since=since,
                    due=due,
                    overdue=late,
                    next_step=NEXT_STEP[status],
                )
            )
            client_pks.append(r[10])
        # read for the rows listed only: one statement through the (client, at) index
        last = last_contacts(session, client_pks)
        items = [
            replace(item, last_contact=last.get(pk))
            for item, pk in zip(items, client_pks, strict=True)
        ]
    items.sort(key=lambda f: (-f.overdue, f.due, f.referral_id))
    return items


def set_first_session(ctx: ServiceContext, referral_id: int, day: date | None) -> None:
    """Record the booked first session's date; the follow-up falls due that day."""
    ctx.require(Permission.REFERRALS)
    with ctx.transaction() as session:
        referral = referral_record(session, referral_id)
        referral.first_session = day
        audit.append(
            session,
            ctx,
            Action.CHANGE,
            "client",
            referral.client.ref,
            f"referral {referral_id}: first session "
            + (day.isoformat() if day else "date removed"),
        )


def first_session(ctx: ServiceContext, referral_id: int) -> date | None:
    with ctx.transaction() as session:
        return referral_record(session, referral_id).first_session
