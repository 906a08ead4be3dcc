"""indexes for a busy clinic

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26

Ten years of a busy clinic (100,000 clients, 250,000 referrals): indexes that
let the summary, follow-up, open-count and matching queries read a narrow index
instead of whole tables. Only CREATE INDEX: no table is copied, so the upgrade
of a large file takes seconds, not minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES: tuple[tuple[str, str, list[str]], ...] = (
    (
        "ix_referrals_created_window",
        "referrals",
        ["created_at", "status", "approach_key", "therapist_pk", "client_pk"],
    ),
    ("ix_referrals_client_created", "referrals", ["client_pk", "created_at", "status"]),
    ("ix_referrals_therapist_created", "referrals", ["therapist_pk", "created_at", "status"]),
    ("ix_referrals_status_created", "referrals", ["status", "created_at"]),
    ("ix_referral_events_referral_status", "referral_events", ["referral_id", "to_status", "at"]),
    ("ix_referral_events_status", "referral_events", ["to_status", "referral_id"]),
    ("ix_clients_submitted", "clients", ["submitted"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
