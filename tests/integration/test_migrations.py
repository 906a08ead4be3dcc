"""Alembic owns the schema: an empty database upgraded to head equals the models."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from opcc_desk.app import open_context
from opcc_desk.db.engine import make_engine
from opcc_desk.db.migrate import alembic_config, current_revision, head_revision, upgrade
from opcc_desk.db.models import Base


def test_upgrade_head_on_empty_database_matches_models(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()


def test_head_from_file_names_is_alembics_head(tmp_path: Path) -> None:
    """The start-up check reads the newest revision from the file names (no Alembic
    import); it must be the head of Alembic's own revision graph."""
    engine = make_engine(f"sqlite:///{tmp_path / 'heads.sqlite3'}")
    script = ScriptDirectory.from_config(alembic_config(engine))
    assert script.get_heads() == [head_revision()]
    assert current_revision(engine) is None  # never migrated: no version table yet
    engine.dispose()


def test_a_current_database_opens_without_loading_alembic(tmp_path: Path) -> None:
    """The everyday start (schema already current) skips importing Alembic."""
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    open_context(url).engine.dispose()
    probe = (
        "import sys\n"
        "from opcc_desk.app import open_context\n"
        f"open_context({url!r}).engine.dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert shown.strip() == "False"


def test_database_file_is_private_and_uses_wal(tmp_path: Path) -> None:
    path = tmp_path / "private.sqlite3"
    ctx = open_context(f"sqlite:///{path}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with ctx.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert raw.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    ctx.engine.dispose()


def test_existing_database_is_copied_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    ctx = open_context(f"sqlite:///{path}")
    ctx.engine.dispose()
    # pretend the file is one revision behind by clearing its version stamp
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'base0'")
    engine = make_engine(f"sqlite:///{path}")
    tables_before = set(inspect(engine).get_table_names())
    assert "clients" in tables_before
    engine.dispose()
    copies = list(tmp_path.glob("old.before-base0-*.sqlite3"))
    assert copies == []
    # an unknown revision cannot be migrated: Alembic refuses, and the copy is already made
    engine = make_engine(f"sqlite:///{path}")
    try:
        upgrade(engine)
    except Exception as error:  # Alembic raises its own CommandError for an unknown revision
        assert "base0" in str(error)
    finally:
        engine.dispose()
    copies = list(tmp_path.glob("old.before-base0-*.sqlite3"))
    assert len(copies) == 1
    assert stat.S_IMODE(copies[0].stat().st_mode) == 0o600
    with sqlite3.connect(copies[0]) as raw:
        assert raw.execute("SELECT count(*) FROM approaches").fetchone()[0] >= 14


def test_a_database_from_a_newer_version_is_refused_untouched(tmp_path: Path) -> None:
    """A desk not yet updated must not try to "upgrade" (or copy) a database that a
    newer OPCC Desk has already moved on: it says what to do and changes nothing."""
    import pytest

    from opcc_desk.services.errors import DatabaseUnavailable

    path = tmp_path / "newer.sqlite3"
    open_context(f"sqlite:///{path}").engine.dispose()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.close()
    before = sorted(p.name for p in tmp_path.iterdir())
    told: list[str] = []

    with pytest.raises(DatabaseUnavailable, match="newer version of OPCC Desk") as refused:
        open_context(f"sqlite:///{path}", before_upgrade=lambda: told.append("upgrading"))

    assert "9999" in str(refused.value) and "nothing was changed" in str(refused.value)
    assert told == []  # the window never says it is updating
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # no pre-upgrade copy
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999",)
    raw.close()
