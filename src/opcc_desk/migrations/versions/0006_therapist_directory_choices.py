"""therapist directory choices: listed or not, own contact or the clinic's

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

Two yes/no columns on therapists for the published referral directory. Every
therapist already stored keeps appearing (``directory`` true) with the clinic's
intake contact shown instead of their own (``directory_contact`` false), which is
what an import file without the columns means too. The server defaults fill the
existing rows. Batch mode, as in the other revisions, so that the downgrade's
column drops also run on SQLite (it rebuilds the table there).
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
    with op.batch_alter_table("therapists") as batch:
        batch.drop_column("directory_contact")
        batch.drop_column("directory")
