"""The clinic's server: schema, connection settings, several desks at once, and a
server that goes away in the middle of a save and comes back.

Every test here runs on the PostgreSQL server that the test setup starts on
127.0.0.1 (tests/pg_server.py); the tests that hold on both databases are in
test_several_desks.py.
"""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import replace

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from opcc_desk.app import open_context
from opcc_desk.db.engine import make_engine
from opcc_desk.db.migrate import alembic_config, current_revision, head_revision, upgrade
from opcc_desk.db.models import (
    ApproachRow,
    Base,
    ClientConcernRow,
    ClientRecord,
    ConcernRow,
)
from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.models import Client
from opcc_desk.services import people
from opcc_desk.services.catalogue import shipped_catalogue
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import DatabaseUnavailable
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.main_window import MainWindow
from pg_server import PgServer
from qt_fixtures import (  # noqa: F401  (autouse: the window test's modal boxes and language)
    modal_boxes,
    translations,
    window_language,
)

pytestmark = pytest.mark.postgresql


def a_client(ref: str = "C-1") -> Client:
    return Client(
        id=ref,
        first_name="Zoë",
        last_name="François",
        language="fr",
        client_type=ClientType.INDIVIDUAL,
        concerns=["anxiety"],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
        email="zoe@example.ca",
        city="Ottawa",
    )


# ---------------------------------------------------------------- schema


def test_upgrade_head_on_an_empty_server_database_matches_the_models(pg_url: str) -> None:
    engine = make_engine(pg_url)
    upgrade(engine)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert current_revision(engine) == head_revision(engine)
    # and back down to nothing and up again: every migration runs both ways on the server
    command.downgrade(alembic_config(engine), "base")
    with engine.connect() as connection:
        tables = connection.scalar(
            text("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        )
    assert tables == 1  # alembic_version alone
    upgrade(engine)
    assert current_revision(engine) == head_revision(engine)
    engine.dispose()


def test_the_program_connects_as_a_plain_role_with_desk_settings(pg_url: str) -> None:
    ctx = open_context(pg_url)
    with ctx.engine.connect() as connection:
        shown = {
            name: connection.scalar(text(f"SHOW {name}"))
            for name in ("lock_timeout", "idle_in_transaction_session_timeout", "application_name")
        }
        superuser = connection.scalar(text("SELECT rolsuper FROM pg_roles WHERE rolname = user"))
    assert shown == {
        "lock_timeout": "10s",
        "idle_in_transaction_session_timeout": "1min",
        "application_name": "opcc-desk",
    }
    assert superuser is False  # the README's role, not a superuser, is enough
    assert ctx.engine.pool._pre_ping  # type: ignore[attr-defined]
    ctx.engine.dispose()
    # a setting in the URL wins over the program's default
    ctx = open_context(pg_url + "?application_name=front-desk-2", migrate=False)
    with ctx.engine.connect() as connection:
        assert connection.scalar(text("SHOW application_name")) == "front-desk-2"
    ctx.engine.dispose()


DESK_START = """
import sys
from opcc_desk.app import open_context
print("ready", flush=True)
sys.stdin.readline()  # the word to start, given once every desk is ready
open_context(sys.argv[1]).engine.dispose()
"""


def test_desks_starting_together_on_a_new_server_all_open_it(pg_url: str) -> None:
    """Four desks (four processes) open an empty database at the same moment: one
    migrates and loads the catalogue, the others wait for it; none fails, nothing is
    loaded twice."""
    desks = [
        subprocess.Popen(
            [sys.executable, "-c", DESK_START, pg_url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    for desk in desks:  # each has imported the program (a desk that failed says so at once)
        assert desk.stdout is not None
        assert desk.stdout.readline() == "ready\n", desk.communicate(timeout=120)[1]
    for desk in desks:
        assert desk.stdin is not None
        desk.stdin.write("go\n")
        desk.stdin.flush()
    errors = [desk.communicate(timeout=120)[1] for desk in desks]
    assert [desk.returncode for desk in desks] == [0, 0, 0, 0], errors
    ctx = open_context(pg_url)
    catalogue = shipped_catalogue()
    with ctx.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ApproachRow)) == len(
            catalogue.approaches
        )
        assert session.scalar(select(func.count()).select_from(ConcernRow)) == len(
            catalogue.concerns
        )
    ctx.engine.dispose()


# ---------------------------------------------------------------- the server goes away


def _stop_before_commit(ctx: ServiceContext, server: PgServer) -> list[str]:
    """Stop the server once, after the save has sent its changes but before COMMIT."""
    stopped: list[str] = []

    def stop(_session: Session) -> None:
        if not stopped:
            stopped.append("stopped")
            server.stop("fast")  # ends every session, as a restart or a crash would

    event.listen(ctx.session_factory, "before_commit", stop)
    return stopped


def test_server_stopped_mid_save_leaves_nothing_half_written(
    pg_server: PgServer, pg_url: str
) -> None:
    ctx = open_context(pg_url, user="desk1")
    stored = people.add_client(ctx, a_client())
    edited = replace(
        people.get_client(ctx, "C-1"),
        city="Sudbury",
        concerns=["anxiety", "grief", "trauma"],
        notes="Prefers evenings",
    )
    stopped = _stop_before_commit(ctx, pg_server)
    try:
        with pytest.raises(DatabaseUnavailable) as failed:
            people.update_client(ctx, edited)
        assert stopped == ["stopped"]
        message = str(failed.value)
        assert "cannot be reached" in message or "restarting" in message

        # while it is down, every action fails at once with the same plain message
        started = time.monotonic()
        with pytest.raises(DatabaseUnavailable, match="cannot be reached"):
            people.get_client(ctx, "C-1")
        assert time.monotonic() - started < 6  # the 5 s connect timeout at most
    finally:
        pg_server.start()

    # back up: the same desk, the same engine, no restart of the program
    after = people.get_client(ctx, "C-1")
    assert (after.city, after.concerns, after.notes, after.version) == (
        "Ottawa",
        ["anxiety"],
        "",
        stored.version,
    )
    with ctx.transaction() as session:
        links = session.scalars(
            select(ClientConcernRow.concern_key).join(ClientRecord).where(ClientRecord.ref == "C-1")
        ).all()
    assert links == ["anxiety"]  # not one link row of the lost save was kept

    # and the very same save, tried again, now goes through whole
    saved = people.update_client(ctx, edited)
    assert saved.version == stored.version + 1
    again = people.get_client(ctx, "C-1")
    assert (again.city, again.concerns, again.notes) == (
        "Sudbury",
        ["anxiety", "grief", "trauma"],
        "Prefers evenings",
    )
    ctx.engine.dispose()


def test_a_server_restart_between_actions_costs_nothing(pg_server: PgServer, pg_url: str) -> None:
    """Pooled connections die with the server; the next action reconnects by itself."""
    ctx = open_context(pg_url)
    people.add_client(ctx, a_client())
    pg_server.stop("fast")
    pg_server.start()
    assert people.get_client(ctx, "C-1").city == "Ottawa"
    ctx.engine.dispose()


def test_an_unreachable_server_is_named_plainly(pg_server: PgServer) -> None:
    url = f"postgresql+psycopg://desk@127.0.0.1:{_closed_port()}/nowhere"
    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as failed:
        open_context(url)
    assert time.monotonic() - started < 6
    assert "127.0.0.1" in str(failed.value)
    assert "cannot be reached" in str(failed.value)
    wrong_password = pg_server.url("postgres").replace(pg_server.desk_password, "wrong")
    with pytest.raises(DatabaseUnavailable, match="refused the user name or password"):
        open_context(wrong_password)
    missing = pg_server.url("no_such_database")
    with pytest.raises(DatabaseUnavailable, match="no_such_database"):
        open_context(missing)


def _closed_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_window_keeps_a_form_while_the_server_is_down_and_saves_it_after(
    qtbot: QtBot, pg_server: PgServer, pg_url: str
) -> None:
    ctx = open_context(pg_url, user="desk1")
    people.add_client(ctx, a_client())
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.connection.stop()  # the test looks itself rather than on the timer
    qtbot.waitUntil(lambda: window.connection.has_stamp)  # the first look, from a worker
    window.show()
    editor = window.open_client("C-1")
    assert isinstance(editor, ClientEditor)
    city = editor.field_widget("city")
    assert isinstance(city, QLineEdit)
    city.setText("Windsor")
    city.editingFinished.emit()

    pg_server.stop("fast")
    try:
        editor.save_button.click()
        assert editor.isVisible() and editor.waiting_to_save
        assert city.text() == "Windsor"
        assert window.connection_banner.isVisibleTo(window)
        window.connection.check()
        assert window.connection_banner.isVisibleTo(window)
    finally:
        pg_server.start()

    with qtbot.waitSignal(editor.saved, timeout=10_000):
        window.connection.check()
    assert not window.connection_banner.isVisibleTo(window)
    assert not editor.isVisible()
    assert people.get_client(ctx, "C-1").city == "Windsor"
    window.close()
    ctx.engine.dispose()
