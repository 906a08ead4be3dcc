"""Matching as a use case: load the client, the candidates and the settings, run the engine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from opcc_desk.db.models import ClientRecord, ReferralRecord, SettingRecord, TherapistRecord
from opcc_desk.domain.enums import OPEN_STATUSES
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.matching import Candidate, MatchResult, MatchSettings, match_client
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.mapping import client_from_record, therapist_from_record
from opcc_desk.services.people import client_record

SETTINGS_KEY = "matching"
RECENT_DAYS = 90


def load_candidates(ctx: ServiceContext, session: Session) -> list[Candidate]:
    """Every therapist not archived, with open and recent referral counts."""
    since = ctx.clock() - timedelta(days=RECENT_DAYS)
    open_counts = dict(
        session.execute(
            select(ReferralRecord.therapist_pk, func.count())
            .where(ReferralRecord.status.in_([s.value for s in OPEN_STATUSES]))
            .group_by(ReferralRecord.therapist_pk)
        ).all()
    )
    recent_counts = dict(
        session.execute(
            select(ReferralRecord.therapist_pk, func.count())
            .where(ReferralRecord.created_at >= since)
            .group_by(ReferralRecord.therapist_pk)
        ).all()
    )
    rows = session.scalars(
        select(TherapistRecord)
        .where(TherapistRecord.archived_at.is_(None))
        .options(
            selectinload(TherapistRecord.approach_links),
            selectinload(TherapistRecord.concern_links),
        )
    )
    return [
        Candidate(
            therapist=therapist_from_record(row),
            open_referrals=open_counts.get(row.pk, 0),
            recent_referrals=recent_counts.get(row.pk, 0),
        )
        for row in rows
    ]


def tried_therapists(session: Session, client: ClientRecord) -> frozenset[str]:
    """Therapists this client already has or had a referral with."""
    refs = session.scalars(
        select(TherapistRecord.ref)
        .join(ReferralRecord, ReferralRecord.therapist_pk == TherapistRecord.pk)
        .where(ReferralRecord.client_pk == client.pk)
    )
    return frozenset(refs)


def read_settings(session: Session) -> MatchSettings:
    row = session.get(SettingRecord, SETTINGS_KEY)
    if row is None:
        return MatchSettings()
    try:
        return MatchSettings.from_dict(row.value)
    except ValueError:
        return MatchSettings()


def get_settings(ctx: ServiceContext) -> MatchSettings:
    with ctx.transaction() as session:
        return read_settings(session)


def save_settings(ctx: ServiceContext, settings: MatchSettings) -> None:
    with ctx.transaction() as session:
        row = session.get(SettingRecord, SETTINGS_KEY)
        if row is None:
            session.add(SettingRecord(key=SETTINGS_KEY, value=settings.to_dict()))
        else:
            row.value = settings.to_dict()


@dataclass(frozen=True, slots=True)
class MatchReport:
    """A match result with the records the desk needs to show it."""

    client: Client
    result: MatchResult
    therapists: dict[str, Therapist]  # the matched therapists, by id


def match_report(
    ctx: ServiceContext, client_id: str, *, limit: int | None = 25, skip_tried: bool = False
) -> MatchReport:
    catalogue = ctx.catalogue
    with ctx.transaction() as session:
        record = client_record(session, client_id)
        if record.archived_at is not None:
            raise ServiceError(
                f"Client {client_id} is archived; restore the record before matching."
            )
        client = client_from_record(record)
        candidates = load_candidates(ctx, session)
        settings = read_settings(session)
        exclude = tried_therapists(session, record) if skip_tried else frozenset()
    result = match_client(client, candidates, catalogue, settings, limit=limit, exclude=exclude)
    chosen = {m.therapist_id for m in result.matches}
    therapists = {c.therapist.id: c.therapist for c in candidates if c.therapist.id in chosen}
    return MatchReport(client=client, result=result, therapists=therapists)


def find_matches(
    ctx: ServiceContext, client_id: str, *, limit: int | None = 10, skip_tried: bool = False
) -> MatchResult:
    return match_report(ctx, client_id, limit=limit, skip_tried=skip_tried).result
