"""one open waiting entry per client: a partial unique index on the waitlist

Revision ID: 0008
Revises: 0005
Create Date: 2026-11-28

Two desks adding the same client at the same moment made two open waitlist entries.
The index allows one entry with ``closed_at IS NULL`` per client (SQLite and PostgreSQL
both have partial indexes). A database that already holds such twins keeps the oldest
open entry of each client and closes the later ones, saying why, before the index is
made; nothing is deleted. The downgrade drops the index (closed twins stay closed).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "uq_waitlist_one_open_per_client"

waitlist = sa.table(
    "waitlist",
    sa.column("id", sa.Integer()),
    sa.column("client_pk", sa.Integer()),
    sa.column("closed_at", sa.DateTime()),
    sa.column("closed_by", sa.String()),
    sa.column("closed_reason", sa.Text()),
)


def upgrade() -> None:
    connection = op.get_bind()
    is_open = waitlist.c.closed_at.is_(None)
    first_open = (
        sa.select(waitlist.c.client_pk, sa.func.min(waitlist.c.id).label("keep"))
        .where(is_open)
        .group_by(waitlist.c.client_pk)
        .having(sa.func.count() > 1)
        .subquery()
    )
    twins = (
        connection.execute(
            sa.select(waitlist.c.id)
            .join(first_open, first_open.c.client_pk == waitlist.c.client_pk)
            .where(is_open, waitlist.c.id != first_open.c.keep)
        )
        .scalars()
        .all()
    )
    if twins:
        connection.execute(
            waitlist.update()
            .where(waitlist.c.id.in_(twins))
            .values(
                closed_at=datetime.now().replace(microsecond=0),
                closed_by="",
                closed_reason="a second open entry for the same client, closed by an upgrade",
            )
        )
    op.create_index(
        INDEX,
        "waitlist",
        ["client_pk"],
        unique=True,
        sqlite_where=sa.text("closed_at IS NULL"),
        postgresql_where=sa.text("closed_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(INDEX, table_name="waitlist")
