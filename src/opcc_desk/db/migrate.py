"""Schema migrations with Alembic, run on start-up and by ``db upgrade``.

Before an existing SQLite file is migrated it is copied next to itself with the
SQLite backup API (safe under WAL), so a failed upgrade can be undone by hand.

Alembic (with Mako and Pygments behind it) takes about a tenth of a second to import,
so the everyday start, where the schema is already current, does not load it: the
stored revision is read with one SELECT and compared with the newest file's.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from opcc_desk.atomic_files import replacing
from opcc_desk.db.engine import sqlite_path
from opcc_desk.resources import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config

# every migration file is named after its revision id: 0001_initial_schema.py is "0001"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["engine"] = engine
    return config


def head_revision(engine: Engine | None = None) -> str | None:
    """The newest revision shipped with the program (from the file names; a test checks
    that Alembic's own graph agrees)."""
    found = [
        match.group(1)
        for path in (migrations_dir() / "versions").iterdir()
        if (match := _REVISION_FILE.match(path.name))
    ]
    return max(found, default=None)


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, None for a database never migrated."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


class SchemaTooNew(Exception):
    """The database was upgraded by a newer OPCC Desk than this one."""

    def __init__(self, current: str) -> None:
        super().__init__(current)
        self.current = current


def _check_not_newer(current: str | None) -> None:
    head = head_revision()
    if current is not None and head is not None and current.isdigit() and current > head:
        raise SchemaTooNew(current)


def backup_sqlite(path: Path, suffix: str) -> Path:
    target = path.with_name(f"{path.stem}.{suffix}{path.suffix or '.sqlite3'}")
    source = sqlite3.connect(path)
    try:
        with replacing(target) as temporary:
            destination = sqlite3.connect(temporary)
            try:
                source.backup(destination)
            finally:
                destination.close()
    finally:
        source.close()
    return target


def upgrade(
    engine: Engine, *, now: datetime | None = None, before: Callable[[], None] | None = None
) -> Path | None:
    """Bring the schema to the newest revision; returns the pre-upgrade copy if one was made.

    ``before`` is called only when there is an upgrade to do (the window says so). A
    schema newer than this program's raises SchemaTooNew before anything is copied or
    changed."""
    current = current_revision(engine)
    _check_not_newer(current)
    if current == head_revision():
        return None
    if before is not None:
        before()
    copy: Path | None = None
    path = sqlite_path(str(engine.url))
    if path is not None and current is not None and path.stat().st_size > 0:
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        copy = backup_sqlite(path, f"before-{current}-{stamp}")
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    return copy
