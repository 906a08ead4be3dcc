"""Consent to be contacted: the rule every way of reaching a client goes through.

A client who has not agreed to be contacted gets no referral and no letter, from the
window or the command line alike, and the intake form does not save without the
consent. Records from before this rule (or imported with "no") stay as they are; the
director lists them (``without_consent``) so the desk can call and record the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from opcc_desk.db.models import ClientRecord, ReferralRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import OPEN_STATUSES
from opcc_desk.domain.models import Client
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import Message, msg, say
from opcc_desk.domain.words.names import written_name
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

WHAT_TO_DO = "record the client's consent on their intake form first"
# a field's problem: the intake form shows it in the window's language (ui/forms/problems)
FORM_PROBLEM = "tick it once the client has agreed to be contacted; without it nothing is saved"

NO_REFERRAL = msg(
    "Consent",
    "Client {client} has not agreed to be contacted, so no referral was made: "
    "record the client's consent on their intake form first.",
)
NO_LETTER = msg(
    "Consent",
    "Client {client} has not agreed to be contacted, so no letter was made: "
    "record the client's consent on their intake form first.",
)
NOT_SAVED = msg(
    "Consent",
    "Client {client} was not saved: 'Consent' (consent_to_contact) is not ticked; "
    "tick it once the client has agreed to be contacted; without it nothing is saved.",
)


class NoConsent(ServiceError):
    """The client has not agreed to be contacted: nothing that reaches them is made."""

    def __init__(self, client_id: str, refused: Message) -> None:
        super().__init__(say(refused, client=client_id))
        self.client_id = client_id


def require_consent(client_id: str, consent_to_contact: bool, refused: Message) -> None:
    """Raises :class:`NoConsent` (saying ``refused``: NO_REFERRAL or NO_LETTER) unless
    the client agreed to be contacted."""
    if not consent_to_contact:
        raise NoConsent(client_id, refused)


def check_saved_client(client: Client) -> None:
    """A client is saved from the intake form only with their consent to be contacted."""
    if not client.consent_to_contact:
        raise ServiceError(say(NOT_SAVED, client=client.id))


@dataclass(frozen=True, slots=True)
class WithoutConsent:
    """A client whose record does not hold their consent to be contacted."""

    client_id: str
    name: str
    submitted: datetime | None
    open_referrals: int
    archived: bool


def without_consent(ctx: ServiceContext) -> list[WithoutConsent]:
    """Every client whose record lacks the consent to be contacted, newest intake first,
    with their open referrals (made before the rule, or before the consent was taken
    back). For the director; the listing is audited, since it names clients."""
    ctx.require(Permission.REPORTS)
    c = ClientRecord
    open_count = (
        select(func.count())
        .where(
            ReferralRecord.client_pk == c.pk,
            ReferralRecord.status.in_([s.value for s in OPEN_STATUSES]),
        )
        .correlate(c)
        .scalar_subquery()
    )
    stmt = (
        select(c.ref, c.first_name, c.last_name, c.submitted, c.archived_at, open_count)
        .where(c.consent_to_contact.is_(False))
        .order_by(c.submitted.desc(), c.pk.desc())
    )
    with ctx.transaction() as session:
        found = [
            WithoutConsent(
                client_id=ref,
                name=written_name(first, last),
                submitted=submitted,
                open_referrals=int(count or 0),
                archived=archived_at is not None,
            )
            for ref, first, last, submitted, archived_at, count in session.execute(stmt)
        ]
        audit.append(
            session,
            ctx,
            Action.VIEW,
            "database",
            "",
            f"clients without consent to contact listed: {len(found)}",
        )
        return found
