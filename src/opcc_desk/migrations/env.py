"""Alembic environment: the engine is handed over by opcc_desk.db.migrate."""

from __future__ import annotations

from alembic import context
from sqlalchemy import text

from opcc_desk.db.models import Base

# Two desks starting at once on a new server would both create the tables; on
# PostgreSQL the second waits for this lock, then finds the schema already current.
MIGRATION_LOCK = 0x0_9CC_DE5C

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()
