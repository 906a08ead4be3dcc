"""Schema migrations with Alembic, run on start-up and by ``db upgrade``.

Before an existing SQLite file is migrated it is copied next to itself with the
SQLite backup API (safe under WAL), so a failed upgrade can be undone by hand.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from opcc_desk.db.engine import sqlite_path
from opcc_desk.resources import migrations_dir


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine) -> str | None:
    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def needs_upgrade(engine: Engine) -> bool:
    return current_revision(engine) != head_revision(engine)


def backup_sqlite(path: Path, suffix: str) -> Path:
    target = path.with_name(f"{path.stem}.{suffix}{path.suffix or '.sqlite3'}")
    source = sqlite3.connect(path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    target.chmod(0o600)
    return target


def upgrade(engine: Engine, *, now: datetime | None = None) -> Path | None:
    """Bring the schema to the newest revision; returns the pre-upgrade copy if one was made."""
    current = current_revision(engine)
    if current == head_revision(engine):
        return None
    copy: Path | None = None
    path = sqlite_path(str(engine.url))
    if path is not None and current is not None and path.stat().st_size > 0:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        copy = backup_sqlite(path, f"before-{current}-{stamp}")
    command.upgrade(alembic_config(engine), "head")
    return copy
