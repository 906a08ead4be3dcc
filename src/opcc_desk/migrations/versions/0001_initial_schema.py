"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "approaches",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_approaches")),
    )
    op.create_table(
        "clients",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("submitted", sa.DateTime(), nullable=True),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("preferred_name", sa.String(length=100), nullable=False),
        sa.Column("pronouns", sa.String(length=40), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=7), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("client_type", sa.String(length=20), nullable=False),
        sa.Column("age_group", sa.String(length=20), nullable=True),
        sa.Column("therapist_gender", sa.String(length=20), nullable=True),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("location", sa.String(length=100), nullable=False),
        sa.Column("max_fee", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("consent_to_contact", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_clients")),
        sa.UniqueConstraint("ref", name=op.f("uq_clients_ref")),
    )
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.create_index("ix_clients_name", ["last_name", "first_name"], unique=False)

    op.create_table(
        "concerns",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sa.JSON(), nullable=False),
        sa.Column("phrase", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_concerns")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "therapists",
        sa.Column("pk", sa.Integer(), nullable=False),
        sa.Column("ref", sa.String(length=64), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("pronouns", sa.String(length=40), nullable=False),
        sa.Column("gender", sa.String(length=20), nullable=True),
        sa.Column("credentials", sa.JSON(), nullable=False),
        sa.Column("registration", sa.String(length=80), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("languages", sa.JSON(), nullable=False),
        sa.Column("client_types", sa.JSON(), nullable=False),
        sa.Column("age_groups", sa.JSON(), nullable=False),
        sa.Column("modalities", sa.JSON(), nullable=False),
        sa.Column("locations", sa.JSON(), nullable=False),
        sa.Column("fee", sa.Numeric(precision=10, scale=2), nullable=False),
        sa.Column("sliding_scale_min", sa.Numeric(precision=10, scale=2), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=True),
        sa.Column("accepting", sa.Boolean(), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("availability", sa.JSON(), nullable=False),
        sa.Column("bio", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("pk", name=op.f("pk_therapists")),
        sa.UniqueConstraint("ref", name=op.f("uq_therapists_ref")),
    )
    with op.batch_alter_table("therapists", schema=None) as batch_op:
        batch_op.create_index("ix_therapists_name", ["last_name", "first_name"], unique=False)

    op.create_table(
        "approach_concerns",
        sa.Column("approach_key", sa.String(length=40), nullable=False),
        sa.Column("concern_key", sa.String(length=40), nullable=False),
        sa.Column("strength", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approach_key"],
            ["approaches.key"],
            name=op.f("fk_approach_concerns_approach_key_approaches"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["concern_key"],
            ["concerns.key"],
            name=op.f("fk_approach_concerns_concern_key_concerns"),
        ),
        sa.PrimaryKeyConstraint("approach_key", "concern_key", name=op.f("pk_approach_concerns")),
    )
    op.create_table(
        "client_approach_preferences",
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("approach_key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approach_key"],
            ["approaches.key"],
            name=op.f("fk_client_approach_preferences_approach_key_approaches"),
        ),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_client_approach_preferences_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "client_pk", "approach_key", name=op.f("pk_client_approach_preferences")
        ),
    )
    op.create_table(
        "client_concerns",
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("concern_key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_pk"],
            ["clients.pk"],
            name=op.f("fk_client_concerns_client_pk_clients"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["concern_key"], ["concerns.key"], name=op.f("fk_client_concerns_concern_key_concerns")
        ),
        sa.PrimaryKeyConstraint("client_pk", "concern_key", name=op.f("pk_client_concerns")),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("client_pk", sa.Integer(), nullable=False),
        sa.Column("therapist_pk", sa.Integer(), nullable=False),
        sa.Column("approach_key", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("score", sa.Double(), nullable=True),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approach_key"], ["approaches.key"], name=op.f("fk_referrals_approach_key_approaches")
        ),
        sa.ForeignKeyConstraint(
            ["client_pk"], ["clients.pk"], name=op.f("fk_referrals_client_pk_clients")
        ),
        sa.ForeignKeyConstraint(
            ["therapist_pk"], ["therapists.pk"], name=op.f("fk_referrals_therapist_pk_therapists")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referrals")),
    )
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_referrals_client_pk"), ["client_pk"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_created_at"), ["created_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_referrals_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_referrals_therapist_pk"), ["therapist_pk"], unique=False
        )

    op.create_table(
        "therapist_approaches",
        sa.Column("therapist_pk", sa.Integer(), nullable=False),
        sa.Column("approach_key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approach_key"],
            ["approaches.key"],
            name=op.f("fk_therapist_approaches_approach_key_approaches"),
        ),
        sa.ForeignKeyConstraint(
            ["therapist_pk"],
            ["therapists.pk"],
            name=op.f("fk_therapist_approaches_therapist_pk_therapists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "therapist_pk", "approach_key", name=op.f("pk_therapist_approaches")
        ),
    )
    op.create_table(
        "therapist_concerns",
        sa.Column("therapist_pk", sa.Integer(), nullable=False),
        sa.Column("concern_key", sa.String(length=40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_key"],
            ["concerns.key"],
            name=op.f("fk_therapist_concerns_concern_key_concerns"),
        ),
        sa.ForeignKeyConstraint(
            ["therapist_pk"],
            ["therapists.pk"],
            name=op.f("fk_therapist_concerns_therapist_pk_therapists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("therapist_pk", "concern_key", name=op.f("pk_therapist_concerns")),
    )
    op.create_table(
        "letters",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"], ["referrals.id"], name=op.f("fk_letters_referral_id_referrals")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letters")),
        sa.UniqueConstraint("referral_id", "version", name=op.f("uq_letters_referral_id")),
    )
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_letters_referral_id"), ["referral_id"], unique=False)

    op.create_table(
        "referral_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("referral_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("from_status", sa.String(length=20), nullable=True),
        sa.Column("to_status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["referral_id"],
            ["referrals.id"],
            name=op.f("fk_referral_events_referral_id_referrals"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_referral_events")),
    )
    with op.batch_alter_table("referral_events", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_referral_events_referral_id"), ["referral_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("referral_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referral_events_referral_id"))

    op.drop_table("referral_events")
    with op.batch_alter_table("letters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_letters_referral_id"))

    op.drop_table("letters")
    op.drop_table("therapist_concerns")
    op.drop_table("therapist_approaches")
    with op.batch_alter_table("referrals", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_referrals_therapist_pk"))
        batch_op.drop_index(batch_op.f("ix_referrals_status"))
        batch_op.drop_index(batch_op.f("ix_referrals_created_at"))
        batch_op.drop_index(batch_op.f("ix_referrals_client_pk"))

    op.drop_table("referrals")
    op.drop_table("client_concerns")
    op.drop_table("client_approach_preferences")
    op.drop_table("approach_concerns")
    with op.batch_alter_table("therapists", schema=None) as batch_op:
        batch_op.drop_index("ix_therapists_name")

    op.drop_table("therapists")
    op.drop_table("settings")
    op.drop_table("concerns")
    with op.batch_alter_table("clients", schema=None) as batch_op:
        batch_op.drop_index("ix_clients_name")

    op.drop_table("clients")
    op.drop_table("approaches")
