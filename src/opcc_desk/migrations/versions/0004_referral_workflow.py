"""referral workflow: first session date, waitlist, client links

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a nullable column without constraints: a plain ALTER TABLE, no table copy on SQLite
    op.add_column("referrals", sa.Column("first_session", sa.Date(), nullable=True))
    op.create_table(
        "waitlist",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("since", sa.Date(), nullable=False),
        sa.Column("priority", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("added_at", sa.DateTime(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=64), nullable=False),
        sa.Column("closed_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_pk"], ["clients.pk"], name=op.f("fk_waitlist_client_pk_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_waitlist")),
    )
    op.create_index(op.f("ix_waitlist_client_pk"), "waitlist", ["client_pk"], unique=False)
    op.create_table(
        "client_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("other_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_pk"], ["clients.pk"], name=op.f("fk_client_links_client_pk_clients")
        ),
        sa.ForeignKeyConstraint(
            ["other_pk"], ["clients.pk"], name=op.f("fk_client_links_other_pk_clients")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_client_links")),
    )
    op.create_index(op.f("ix_client_links_client_pk"), "client_links", ["client_pk"], unique=False)
    op.create_index(op.f("ix_client_links_other_pk"), "client_links", ["other_pk"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_client_links_other_pk"), table_name="client_links")
    op.drop_index(op.f("ix_client_links_client_pk"), table_name="client_links")
    op.drop_table("client_links")
    op.drop_index(op.f("ix_waitlist_client_pk"), table_name="waitlist")
    op.drop_table("waitlist")
    with op.batch_alter_table("referrals") as batch_op:
        batch_op.drop_column("first_session")
