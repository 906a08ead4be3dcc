"""keyed audit log: the audit key's wrapped copies

Revision ID: 0007
Revises: 0005
Create Date: 2026-11-28

Directors and admins each hold a copy of the audit key, wrapped with their own
password; the key seals the audit log (domain/audit.py). The table starts empty:
the first director or admin to sign in after the upgrade creates the key.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "audit_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("salt", sa.String(length=40), nullable=False),
        sa.Column("nonce", sa.String(length=40), nullable=False),
        sa.Column("wrapped", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_keys")),
        sa.UniqueConstraint("username", name=op.f("uq_audit_keys_username")),
    )


def downgrade() -> None:
    op.drop_table("audit_keys")
