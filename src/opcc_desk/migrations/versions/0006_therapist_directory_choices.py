"""therapist directory choices: listed or not, own contact or the clinic's

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

Two yes/no columns on therapists for the published referral directory. Every
therapist already stored keeps appearing (``directory`` true) with the clinic's
intake contact shown instead of their own (``directory_contact`` false), which is
what an import file without the columns means too. The server defaults fill the
existing rows. The downgrade drops the columns in place: on SQLite (3.35 and later)
with ALTER TABLE, since a batch copy would drop and recreate the therapists table,
which the referrals' foreign keys refuse once a clinic has referrals.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("therapists") as batch:
        batch.add_column(
            sa.Column("directory", sa.Boolean(), nullable=False, server_default=sa.true())
        )
        batch.add_column(
            sa.Column("directory_contact", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for column in ("directory_contact", "directory"):
        if sqlite:
            op.execute(f"ALTER TABLE therapists DROP COLUMN {column}")
        else:
            op.drop_column("therapists", column)
