"""Shared test setup: offscreen Qt, private temporary folders, real databases."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from opcc_desk.app import open_context
from opcc_desk.services.context import ServiceContext
from pg_server import PgServer, ServerUnavailable, in_ci, start_server

if TYPE_CHECKING:
    from opcc_desk.ui.conflict_dialog import Conflict, Resolution

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


class ModalBoxes:
    """What the program would have asked or shown in modal boxes during a test."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.unsaved_answer = "discard"
        self.yes_no_answer = True
        # the "saved at another desk" dialog: every conflict shown, and how it is answered
        # (None: "Back to the form"; a test sets its own to keep, take or merge)
        self.conflicts: list[Conflict] = []
        self.resolve: Callable[[Conflict], Resolution | None] = lambda _conflict: None

    def messages(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture(autouse=True)
def modal_boxes(monkeypatch: pytest.MonkeyPatch) -> ModalBoxes:
    """No test may block on a modal box: each question gets a default answer and is
    recorded. A test that cares sets its own answers with monkeypatch after this."""
    from opcc_desk.ui import conflict_dialog, dialogs

    boxes = ModalBoxes()

    def record(kind: str) -> object:
        return lambda _parent, title, text: boxes.shown.append((kind, title, text))

    def ask_unsaved(_parent: object, what: str) -> dialogs.Unsaved:
        boxes.shown.append(("unsaved", what, ""))
        return dialogs.Unsaved(boxes.unsaved_answer)

    def ask_yes_no(_parent: object, title: str, text: str) -> bool:
        boxes.shown.append(("yes_no", title, text))
        return boxes.yes_no_answer

    def ask_resolution(_parent: object, conflict: Conflict) -> Resolution | None:
        boxes.shown.append(("conflict", conflict.what, ""))
        boxes.conflicts.append(conflict)
        return boxes.resolve(conflict)

    monkeypatch.setattr(conflict_dialog, "ask_resolution", ask_resolution)
    monkeypatch.setattr(dialogs, "show_error", record("error"))
    monkeypatch.setattr(dialogs, "show_info", record("info"))
    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: None)
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: None)
    monkeypatch.setattr(dialogs, "choose_folder", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_number", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_reason", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_password", lambda *_args: None)
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args, **_kwargs: None)
    return boxes
