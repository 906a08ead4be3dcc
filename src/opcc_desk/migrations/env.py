"""Alembic environment: the engine is handed over by opcc_desk.db.migrate."""

from __future__ import annotations

from alembic import context

from opcc_desk.db.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.begin() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    context.run_migrations()
