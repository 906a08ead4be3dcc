"""The catalogue as the database holds it, read back as one domain record.

Here rather than in services/catalogue.py because the service context reads it (and
caches it) while the catalogue service itself needs the context.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from opcc_desk.db.models import ApproachRow, ConcernRow
from opcc_desk.domain.models import Approach, ApproachText, Catalogue, Concern


def read_catalogue(session: Session) -> Catalogue:
    concerns = {
        row.key: Concern(key=row.key, label=dict(row.label), phrase=dict(row.phrase))
        for row in session.scalars(select(ConcernRow).order_by(ConcernRow.position))
    }
    approaches = {}
    query = (
        select(ApproachRow).options(selectinload(ApproachRow.links)).order_by(ApproachRow.position)
    )
    for row in session.scalars(query):
        approaches[row.key] = Approach(
            key=row.key,
            text={lang: ApproachText(**fields) for lang, fields in row.text.items()},
            concerns={link.concern_key: link.strength for link in row.links},
        )
    return Catalogue(approaches=approaches, concerns=concerns)
