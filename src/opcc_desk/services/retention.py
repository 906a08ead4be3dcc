"""The retention purge: the only way a client record is ever deleted.

The director runs it for clients archived before a date (records past the
clinic's retention period). Each purged client leaves a tombstone (the intake
id, when, by whom, why) and the audit log keeps every entry about them, which
hold ids only. Their referrals, referral history, letters, contact log, earlier
versions and search words go with them, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select

from opcc_desk.db.models import (
    ClientLinkRecord,
    ClientRecord,
    ClientSearchWordRow,
    ContactRecord,
    EmailSendRecord,
    LetterRecord,
    RecordVersionRecord,
    ReferralEventRecord,
    ReferralRecord,
    TombstoneRecord,
    WaitlistRecord,
)
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

NO_REASON = msg(
    "Retention", "Say why these records are purged (e.g. 'retention period of 10 years')."
)
NOT_PAST = msg("Retention", "The date must be in the past.")


@dataclass(frozen=True, slots=True)
class PurgeReport:
    clients: list[str]
    referrals: int
    letters: int
    dry_run: bool


def purge_archived(
    ctx: ServiceContext, archived_before: datetime, reason: str, *, dry_run: bool = False
) -> PurgeReport:
    ctx.require(Permission.SETTINGS)  # the director's decision, not the desk's
    if not reason.strip():
        raise ServiceError(say(NO_REASON))
    if archived_before > ctx.clock():
        raise ServiceError(say(NOT_PAST))
    with ctx.transaction() as session:
        clients = session.execute(
            select(ClientRecord.pk, ClientRecord.ref)
            .where(ClientRecord.archived_at.is_not(None))
            .where(ClientRecord.archived_at < archived_before)
            .order_by(ClientRecord.ref)
        ).all()
        pks = [pk for pk, _ref in clients]
        refs = [ref for _pk, ref in clients]
        referral_ids = list(
            session.scalars(select(ReferralRecord.id).where(ReferralRecord.client_pk.in_(pks)))
        )
        letters = list(
            session.scalars(
                select(LetterRecord.id).where(LetterRecord.referral_id.in_(referral_ids))
            )
        )
        report = PurgeReport(refs, len(referral_ids), len(letters), dry_run)
        if dry_run or not clients:
            return report
        session.execute(
            delete(EmailSendRecord).where(EmailSendRecord.referral_id.in_(referral_ids))
        )
        contacts = [
            str(i)
            for i in session.scalars(
                select(ContactRecord.id).where(ContactRecord.client_pk.in_(pks))
            )
        ]
        session.execute(
            delete(RecordVersionRecord)
            .where(RecordVersionRecord.record_type == "contact")
            .where(RecordVersionRecord.record_ref.in_(contacts))
        )
        session.execute(delete(ContactRecord).where(ContactRecord.client_pk.in_(pks)))
        # a waiting entry or a link to another record (merged, kept apart) would hold the
        # client row in place: they go with the client
        session.execute(delete(WaitlistRecord).where(WaitlistRecord.client_pk.in_(pks)))
        session.execute(
            delete(ClientLinkRecord).where(
                or_(ClientLinkRecord.client_pk.in_(pks), ClientLinkRecord.other_pk.in_(pks))
            )
        )
        session.execute(delete(LetterRecord).where(LetterRecord.referral_id.in_(referral_ids)))
        session.execute(
            delete(ReferralEventRecord).where(ReferralEventRecord.referral_id.in_(referral_ids))
        )
        session.execute(delete(ReferralRecord).where(ReferralRecord.id.in_(referral_ids)))
        session.execute(
            delete(RecordVersionRecord)
            .where(RecordVersionRecord.record_type == "client")
            .where(RecordVersionRecord.record_ref.in_(refs))
        )
        # the database would remove them with the client (ON DELETE CASCADE); said here
        # so that no word of a purged client can outlive it, whatever the connection
        session.execute(delete(ClientSearchWordRow).where(ClientSearchWordRow.client_pk.in_(pks)))
        for row in session.scalars(select(ClientRecord).where(ClientRecord.pk.in_(pks))):
            session.delete(row)  # the ORM removes the concern and approach links with it
        now = ctx.clock()
        for ref in refs:
            session.add(
                TombstoneRecord(
                    record_type="client",
                    record_ref=ref,
                    purged_at=now,
                    purged_by=ctx.user,
                    reason=reason,
                )
            )
            audit.append(session, ctx, Action.PURGE, "client", ref, reason)
        return report
