"""Matching as a use case: load the client, the candidates and the settings, run the engine."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from opcc_desk.db.models import (
    ClientRecord,
    ReferralEventRecord,
    ReferralRecord,
    TherapistApproachRow,
    TherapistConcernRow,
    TherapistRecord,
    TombstoneRecord,
)
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import OPEN_STATUSES
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.records import effective_age_group
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.matching import Candidate, MatchResult, match_client
from opcc_desk.matching.settings import MATCHING
from opcc_desk.services import audit, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.mapping import client_from_record, therapist_from_columns
from opcc_desk.services.people import client_record

ARCHIVED = msg("Matching", "Client {client} is archived; restore the record before matching.")

RECENT_DAYS = 90
DIRECTORY_CACHE = "matching.directory"
COUNTS_CACHE = "matching.referral_counts"


def load_candidates(ctx: ServiceContext, session: Session) -> list[Candidate]:
    """Every therapist not archived, with open and recent referral counts.

    The directory changes rarely while referrals change all day, so the
    therapists are kept in memory and re-read only when the directory's stamp
    (row count, newest change, sum of versions) moves. The referral counts are
    kept too, keyed by the newest referral and the newest lifecycle event (every
    new referral and every status move adds one, so both only grow) and by the
    day the 90-day window starts: a busy clinic has tens of thousands of open
    referrals, and counting them on every match would cost more than matching.
    """
    open_counts, recent_counts = _referral_counts(ctx, session)
    return [
        Candidate(
            therapist=therapist,
            open_referrals=open_counts.get(pk, 0),
            recent_referrals=recent_counts.get(pk, 0),
        )
        for pk, therapist in active_directory(ctx, session)
    ]


def _referral_counts(
    ctx: ServiceContext, session: Session
) -> tuple[dict[int, int], dict[int, int]]:
    since = datetime.combine(ctx.today() - timedelta(days=RECENT_DAYS), time.min)
    stamp = (
        session.scalar(select(func.max(ReferralRecord.id))),
        session.scalar(select(func.max(ReferralEventRecord.id))),
        session.scalar(select(func.count()).select_from(TombstoneRecord)),
        since,
    )
    cached = ctx.cache.get(COUNTS_CACHE)
    if cached is not None and cached[0] == stamp:
        return cast(tuple[dict[int, int], dict[int, int]], cached[1])
    open_counts: dict[int, int] = {
        pk: count
        for pk, count in session.execute(
            select(ReferralRecord.therapist_pk, func.count())
            .where(ReferralRecord.status.in_([s.value for s in OPEN_STATUSES]))
            .group_by(ReferralRecord.therapist_pk)
        )
    }
    recent_counts: dict[int, int] = {
        pk: count
        for pk, count in session.execute(
            select(ReferralRecord.therapist_pk, func.count())
            .where(ReferralRecord.created_at >= since)
            .group_by(ReferralRecord.therapist_pk)
        )
    }
    ctx.cache[COUNTS_CACHE] = (stamp, (open_counts, recent_counts))
    return open_counts, recent_counts


def _directory_stamp(session: Session) -> tuple[object, ...]:
    row = session.execute(
        select(
            func.count(),
            func.max(TherapistRecord.updated_at),
            func.coalesce(func.sum(TherapistRecord.version), 0),
        )
    ).one()
    return tuple(row)


def active_directory(ctx: ServiceContext, session: Session) -> list[tuple[int, Therapist]]:
    """(row key, therapist) for every therapist not archived, from memory when unchanged."""
    stamp = _directory_stamp(session)
    cached = ctx.cache.get(DIRECTORY_CACHE)
    if cached is not None and cached[0] == stamp:
        return cast(list[tuple[int, Therapist]], cached[1])
    therapists = read_directory(session)
    ctx.cache[DIRECTORY_CACHE] = (stamp, therapists)
    return therapists


def read_directory(session: Session) -> list[tuple[int, Therapist]]:
    """All active therapists in three plain queries (no ORM objects: this is the hot path)."""
    approaches: dict[int, list[str]] = defaultdict(list)
    for pk, key in session.execute(
        select(TherapistApproachRow.therapist_pk, TherapistApproachRow.approach_key).order_by(
            TherapistApproachRow.therapist_pk, TherapistApproachRow.position
        )
    ):
        approaches[pk].append(key)
    concerns: dict[int, list[str]] = defaultdict(list)
    for pk, key in session.execute(
        select(TherapistConcernRow.therapist_pk, TherapistConcernRow.concern_key).order_by(
            TherapistConcernRow.therapist_pk, TherapistConcernRow.position
        )
    ):
        concerns[pk].append(key)
    t = TherapistRecord
    rows = session.execute(
        select(
            t.pk, t.ref, t.first_name, t.last_name, t.pronouns, t.gender, t.credentials,
            t.registration, t.email, t.phone, t.languages, t.client_types, t.age_groups,
            t.modalities, t.locations, t.fee, t.sliding_scale_min, t.level, t.accepting,
            t.capacity, t.availability, t.bio, t.directory, t.directory_contact,
            t.archived_at, t.version,
        ).where(t.archived_at.is_(None))
    )  # fmt: skip
    return [
        (r.pk, therapist_from_columns(r, approaches.get(r.pk, []), concerns.get(r.pk, [])))
        for r in rows
    ]


def tried_therapists(session: Session, client: ClientRecord) -> frozenset[str]:
    """Therapists this client already has or had a referral with."""
    refs = session.scalars(
        select(TherapistRecord.ref)
        .join(ReferralRecord, ReferralRecord.therapist_pk == TherapistRecord.pk)
        .where(ReferralRecord.client_pk == client.pk)
    )
    return frozenset(refs)


@dataclass(frozen=True, slots=True)
class MatchReport:
    """A match result with the records the desk needs to show it."""

    client: Client
    result: MatchResult
    therapists: dict[str, Therapist]  # the matched therapists, by id


def match_report(
    ctx: ServiceContext, client_id: str, *, limit: int | None = 25, skip_tried: bool = False
) -> MatchReport:
    ctx.require(Permission.REFERRALS)
    catalogue = ctx.catalogue
    with ctx.transaction() as session:
        record = client_record(session, client_id)
        audit.append(session, ctx, Action.VIEW, "client", client_id, "matching")
        if record.archived_at is not None:
            raise ServiceError(say(ARCHIVED, client=client_id))
        client = client_from_record(record)
        client.age_group = effective_age_group(client, ctx.today())
        candidates = load_candidates(ctx, session)
        match_settings = settings.read(session, MATCHING)
        exclude = tried_therapists(session, record) if skip_tried else frozenset()
    result = match_client(
        client, candidates, catalogue, match_settings, limit=limit, exclude=exclude
    )
    chosen = {m.therapist_id for m in result.matches}
    therapists = {c.therapist.id: c.therapist for c in candidates if c.therapist.id in chosen}
    return MatchReport(client=client, result=result, therapists=therapists)


def find_matches(
    ctx: ServiceContext, client_id: str, *, limit: int | None = 10, skip_tried: bool = False
) -> MatchResult:
    return match_report(ctx, client_id, limit=limit, skip_tried=skip_tried).result
