"""Start-up: the window's frame is on screen before the database layer loads, and the
full window takes its place, where the receptionist left it."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget
from pytestqt.qtbot import QtBot

from opcc_desk.app import open_context
from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.models import Client
from opcc_desk.services import people
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import main
from opcc_desk.ui.starting import StartingWindow


def loaded_after(code: str) -> set[str]:
    """Which heavy libraries a fresh interpreter has loaded after running ``code``."""
    probe = (
        code + "\nimport sys\n"
        "heavy = ('sqlalchemy', 'alembic', 'reportlab', 'phonenumbers', 'email_validator')\n"
        "print(' '.join(sorted(m for m in heavy if m in sys.modules)))\n"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    shown = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    return set(shown.stdout.split())


def test_the_starting_window_needs_no_database_layer() -> None:
    """What runs before the first paint (the entry point, argument parsing, paths, the
    Qt application and the starting window) loads none of the slow libraries."""
    code = (
        "import opcc_desk.__main__\n"
        "from opcc_desk.arguments import parse\n"
        "from opcc_desk.paths import resolve_db_url\n"
        "from opcc_desk.ui.main import make_application, show_starting_window\n"
        "parse(['--db', 'sqlite:///x.sqlite3'])\n"
        "app = make_application([])\n"
        "show_starting_window()\n"
    )
    assert loaded_after(code) == set()


def test_an_everyday_start_leaves_letters_and_alembic_unloaded(tmp_path: Path) -> None:
    """The full window on a current database: the letter and migration libraries wait
    until a letter, report or upgrade needs them."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    open_context(url).engine.dispose()
    code = (
        "from opcc_desk.ui.main import make_application, open_for_window, open_main_window, "
        "show_starting_window\n"
        "app = make_application([])\n"
        "starting = show_starting_window()\n"
        f"ctx = open_for_window({url!r})\n"
        f"window = open_main_window(ctx, {url!r}, starting)\n"
        "app.processEvents()\n"
        "window.connection.stop()\n"
    )
    assert loaded_after(code) == {"sqlalchemy"}


def test_the_full_window_takes_the_starting_windows_place(qtbot: QtBot, db_url: str) -> None:
    ctx = open_context(db_url)
    client = Client(
        id="C-1",
        first_name="Zoë",
        last_name="Ng",
        language="fr",
        client_type=ClientType.INDIVIDUAL,
        concerns=["anxiety"],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
    )
    people.add_client(ctx, client)
    starting = main.show_starting_window()
    qtbot.addWidget(starting)
    assert isinstance(starting, StartingWindow) and starting.isVisible()
    assert starting.statusBar().currentMessage() == "Opening the database…"
    starting.setGeometry(QRect(40, 50, 1240, 760))

    window = main.open_main_window(ctx, db_url, starting)
    qtbot.addWidget(window)
    window.connection.stop()

    assert window.isVisible() and not starting.isVisible()
    assert window.geometry() == QRect(40, 50, 1240, 760)
    assert [row.first_name for row in window.clients_tab.model.rows()] == ["Zoë"]
    window.activateWindow()
    qtbot.waitUntil(window.clients_tab.search.hasFocus)  # typing goes to the search
    ctx.engine.dispose()


def test_the_starting_window_says_when_a_new_version_updates_the_database(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from alembic import command

    from opcc_desk.db.engine import make_engine
    from opcc_desk.db.migrate import alembic_config, current_revision, head_revision

    url = f"sqlite:///{tmp_path / 'older.sqlite3'}"
    engine = make_engine(url)
    command.upgrade(alembic_config(engine), "0004")  # as left by the previous version
    engine.dispose()
    starting = main.show_starting_window()
    qtbot.addWidget(starting)
    assert "Opening" in starting.waiting.text()

    ctx = main.open_for_window(url, starting)

    assert ctx is not None and current_revision(ctx.engine) == head_revision()
    assert "Updating the clinic's database" in starting.waiting.text()
    assert starting.statusBar().currentMessage() == "Updating the database…"
    ctx.engine.dispose()


def test_a_current_database_opens_without_the_update_notice(qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'current.sqlite3'}"
    open_context(url).engine.dispose()
    starting = main.show_starting_window()
    qtbot.addWidget(starting)

    ctx = main.open_for_window(url, starting)

    assert ctx is not None
    assert starting.waiting.text() == "Opening the clinic's records…"
    ctx.engine.dispose()


def test_a_change_check_that_answers_after_the_window_closed_is_dropped(
    ctx: ServiceContext, caplog: pytest.LogCaptureFixture
) -> None:
    """The window's looks for other desks' changes run on a worker thread. When the
    program quits while one runs, Qt's objects are destroyed under it (this is how the
    interpreter's shutdown leaves the relay); its answer is then dropped quietly."""
    from shiboken6 import Shiboken

    from opcc_desk.ui.connection import _Relay, _StampJob

    relay = _Relay()
    job = _StampJob(ctx, relay)
    Shiboken.delete(relay)
    with caplog.at_level(logging.INFO, logger="opcc_desk.ui.connection"):
        job.run()
    assert "answered after its window closed" in caplog.text


def test_a_window_closed_while_its_change_check_runs_ignores_the_answer(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    """Closing (and deleting) the window while a check is on its way: the answer
    reaches nobody and nothing fails."""
    from shiboken6 import Shiboken

    from opcc_desk.ui.connection import _StampJob
    from opcc_desk.ui.main_window import MainWindow

    window = MainWindow(ctx)
    watch = window.connection
    watch.stop()
    qtbot.waitUntil(lambda: watch.has_stamp)
    job = _StampJob(ctx, watch._relay)  # a check set out just before the window closed
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: not Shiboken.isValid(watch))

    job.run()  # the worker answers after all
    QApplication.processEvents()

    assert not Shiboken.isValid(window)


def test_the_log_file_is_opened_once_the_starting_window_shows(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """run_gui paints the frame first, then lets the entry point open its log file."""
    seen: list[bool] = []

    def after_first_paint() -> None:
        seen.extend(
            w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, StartingWindow)
        )

    monkeypatch.setattr(main, "open_for_window", lambda _url, _starting=None: None)  # cancelled
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its crash box
    code = main.run_gui(f"sqlite:///{tmp_path / 'x.sqlite3'}", after_first_paint=after_first_paint)

    assert code == 0 and True in seen
    assert not any(
        w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, StartingWindow)
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_starting_frame_names_the_menus_and_tabs_as_the_window_does(
    qtbot: QtBot, ctx: ServiceContext, language: str
) -> None:
    """Nothing changes under the receptionist's eyes when the full window takes over:
    the same menu names, Alt letters included, in either language."""
    from opcc_desk.ui import i18n
    from opcc_desk.ui.main_window import MainWindow

    assert i18n.install(language) == language  # the window_language fixture brings English back
    starting = StartingWindow()
    qtbot.addWidget(starting)
    window = MainWindow(ctx)
    qtbot.addWidget(window)

    def menus(frame: QMainWindow) -> list[str]:
        return [action.text() for action in frame.menuBar().actions()]

    def tabs(frame: QMainWindow) -> list[str]:
        widget = frame.centralWidget()
        found = widget if isinstance(widget, QTabWidget) else widget.findChild(QTabWidget)
        assert found is not None
        return [found.tabText(index) for index in range(found.count())]

    assert menus(starting) == menus(window)
    assert tabs(starting) == tabs(window)
