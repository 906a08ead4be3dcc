"""Shared test setup: private temporary folders, real databases. No Qt here: the unit
tests must run without it (tests/unit/test_no_qt.py checks); the Qt fixtures are in
qt_fixtures.py, loaded by tests/gui/conftest.py and by the few other tests that drive
widgets."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from opcc_desk.app import open_context
from opcc_desk.services.context import ServiceContext
from pg_server import PgServer, ServerUnavailable, in_ci, start_server

NOW = datetime(2026, 11, 26, 9, 30)


def fixed_clock() -> datetime:
    return NOW


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point every per-user folder (data, logs, settings) at a fresh temporary place."""
    home = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("HOME", ""),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        path = home / sub
        path.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(path))
    monkeypatch.delenv("OPCC_DESK_DB", raising=False)
    # the window speaks English in tests whatever the machine's locale (a French desk's
    # developer included); the language tests set their own
    monkeypatch.setenv("OPCC_DESK_LANG", "en")
    return home


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The PostgreSQL server this test run starts on 127.0.0.1 (tests/pg_server.py).

    Without the server binaries the PostgreSQL tests are skipped, saying how to install
    them; in CI (CI=true) they must run, so a missing server fails them instead.
    """
    try:
        server = start_server()
    except ServerUnavailable as error:
        if in_ci():
            pytest.fail(f"CI must run the PostgreSQL tests, but: {error}", pytrace=False)
        pytest.skip(f"PostgreSQL tests need a server: {error}")
    yield server
    server.cleanup()


@pytest.fixture
def db_backend() -> str:
    """The database behind `db_url` and `ctx`: SQLite here; tests/integration runs both."""
    return "sqlite"


@pytest.fixture
def db_url(db_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    """A new, empty database: an SQLite file, or a database on the test PostgreSQL server."""
    if db_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'desk.sqlite3'}"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.create_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database on the test PostgreSQL server, whatever `db_backend` says."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


@pytest.fixture
def ctx(db_url: str) -> Iterator[ServiceContext]:
    context = open_context(db_url, clock=fixed_clock, user="tester")
    yield context
    context.engine.dispose()
