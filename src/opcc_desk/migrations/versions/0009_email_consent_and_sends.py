"""email consent, letters sent by email, and the staff's copies of the mail key

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28

``clients.email_consent``: the client agrees to receive health information by email;
every client stored before says nothing about it, which means no (the server default).
``email_sends``: one row per letter sent (never the passphrase). ``mail_keys``: each
user's sealed copy of the key that encrypts the mail server's password
(services/mail_keys.py). Batch mode so the downgrade's column drop runs on SQLite.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # a plain ALTER TABLE … ADD COLUMN on every database: a batch copy of the clients
    # table would drop and recreate it, which the referrals' foreign keys refuse on a
    # database that has referrals
    op.add_column(
        "clients",
        sa.Column("email_consent", sa.Boolean(), nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "email_sends",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("letter_id", sa.Integer(), nullable=False),
        sa.Column("letter_version", sa.Integer(), nullable=False),
        sa.Column("letter_sha256", sa.String(length=64), nullable=False),
        sa.Column("address", sa.String(length=254), nullable=False),
        sa.Column("sent_at", sa.DateTime(), nullable=False),
        sa.Column("sent_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["letter_id"], ["letters.id"], name=op.f("fk_email_sends_letter_id_letters")
        ),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name=op.f("fk_email_sends_referral_id_referrals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_email_sends")),
    )
    op.create_index(op.f("ix_email_sends_referral_id"), "email_sends", ["referral_id"])
    op.create_index(op.f("ix_email_sends_letter_id"), "email_sends", ["letter_id"])
    op.create_table(
        "mail_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("salt", sa.String(length=40), nullable=False),
        sa.Column("nonce", sa.String(length=40), nullable=False),
        sa.Column("private", sa.String(length=100), nullable=False),
        sa.Column("public", sa.String(length=60), nullable=False),
        sa.Column("sealed", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mail_keys")),
        sa.UniqueConstraint("username", name=op.f("uq_mail_keys_username")),
    )


def downgrade() -> None:
    op.drop_table("mail_keys")
    op.drop_index(op.f("ix_email_sends_letter_id"), table_name="email_sends")
    op.drop_index(op.f("ix_email_sends_referral_id"), table_name="email_sends")
    op.drop_table("email_sends")
    if op.get_bind().dialect.name == "sqlite":
        # SQLite (3.35 and later) drops a plain column in place; a batch copy would drop
        # and recreate the clients table, which the referrals' foreign keys refuse
        op.execute("ALTER TABLE clients DROP COLUMN email_consent")
    else:
        op.drop_column("clients", "email_consent")
