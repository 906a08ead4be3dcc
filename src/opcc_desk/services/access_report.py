"""The "who accessed this record" report: one client's audit entries as a PDF.

Apart from the audit log itself (services/audit.py), which every service writes to and
which therefore needs nothing from the others.
"""

from __future__ import annotations

from sqlalchemy import and_, or_, select

from opcc_desk.db.models import AuditRecord, ClientRecord, TombstoneRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.domain.words.names import written_name
from opcc_desk.letters.access_report import access_report_pdf
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.services import settings
from opcc_desk.services.audit import append, entry_of
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound

NO_CLIENT = msg("AccessReport", "There is no client with intake id '{client}'.")


def access_report(ctx: ServiceContext, client_ref: str) -> bytes:
    """The PDF listing everyone who opened, changed, printed or exported one client's record.

    Bulk exports of all clients are listed too, as they carried this record.
    """
    ctx.require(Permission.AUDIT)
    with ctx.transaction() as session:
        client = session.scalar(select(ClientRecord).where(ClientRecord.ref == client_ref))
        gone = session.scalar(
            select(TombstoneRecord.id).where(
                TombstoneRecord.record_type == "client", TombstoneRecord.record_ref == client_ref
            )
        )
        if client is None and gone is None:
            raise NotFound(say(NO_CLIENT, client=client_ref))
        name = written_name(client.first_name, client.last_name) if client else "(purged)"
        rows = session.scalars(
            select(AuditRecord)
            .where(
                or_(
                    and_(AuditRecord.record_type == "client", AuditRecord.record_ref == client_ref),
                    and_(AuditRecord.record_type == "client", AuditRecord.action == "export"),
                )
            )
            .order_by(AuditRecord.id)
        ).all()
        entries = [entry_of(r) for r in rows]
        clinic = settings.read(session, LETTERHEAD).name
        append(session, ctx, Action.PRINT, "client", client_ref, "access report")
    return access_report_pdf(
        client_ref, name, entries, clinic=clinic, made_by=ctx.user or "-", made_at=ctx.clock()
    )
