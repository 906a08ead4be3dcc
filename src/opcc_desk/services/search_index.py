"""Rebuilding the clients' search words from their records (``opcc-desk db reindex``).

Every save keeps a client's words current in its own transaction, so this is not
needed day to day. It repairs the index after something wrote clients without it:
a desk still running a version older than 0005 on a shared server while the others
were updated, or a hand edit of the database.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update

from opcc_desk.db.models import Base, ClientRecord, ClientSearchWordRow
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.search import search_words
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext

BATCH = 5_000


def rebuild_search_words(ctx: ServiceContext) -> int:
    """Recompute every client's search words and key, in one transaction; returns how
    many clients were indexed."""
    ctx.require(Permission.BACKUP)
    c = ClientRecord
    words_table = Base.metadata.tables[ClientSearchWordRow.__tablename__]
    clients_table = Base.metadata.tables[ClientRecord.__tablename__]
    set_key = (
        update(clients_table)
        .where(clients_table.c.pk == bindparam("row_pk"))
        .values(search_key=bindparam("new_key"))
    )
    indexed = 0
    with ctx.transaction() as session:
        session.execute(delete(words_table))
        last = 0
        while True:
            rows = session.execute(
                select(c.pk, c.ref, c.first_name, c.last_name, c.preferred_name, c.email, c.phone)
                .where(c.pk > last)
                .order_by(c.pk)
                .limit(BATCH)
            ).all()
            if not rows:
                break
            words: list[dict[str, Any]] = []
            keys: list[dict[str, Any]] = []
            for pk, ref, first, last_name, preferred, email, phone in rows:
                listed = search_words(
                    ref, first, last_name, preferred or "", email=email or "", phone=phone or ""
                )
                words += ({"word": word, "client_pk": pk} for word in listed)
                keys.append({"row_pk": pk, "new_key": " ".join(listed)})
            if words:
                session.execute(insert(words_table), words)
            session.execute(set_key, keys)
            indexed += len(rows)
            last = rows[-1][0]
        audit.append(
            session, ctx, Action.CHANGE, "database", "", f"search words rebuilt: {indexed} clients"
        )
    return indexed
