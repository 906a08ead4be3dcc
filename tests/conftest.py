"""Shared test setup: offscreen Qt, private temporary folders, real databases."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before any Qt import
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from opcc_desk.app import open_context
from opcc_desk.services.context import ServiceContext

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


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'desk.sqlite3'}"


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

    def messages(self, kind: str) -> list[str]:
        return [text for k, _title, text in self.shown if k == kind]


@pytest.fixture(autouse=True)
def modal_boxes(monkeypatch: pytest.MonkeyPatch) -> ModalBoxes:
    """No test may block on a modal box: each question gets a default answer and is
    recorded. A test that cares sets its own answers with monkeypatch after this."""
    from opcc_desk.ui import dialogs

    boxes = ModalBoxes()

    def record(kind: str) -> object:
        return lambda _parent, title, text: boxes.shown.append((kind, title, text))

    def ask_unsaved(_parent: object, what: str) -> dialogs.Unsaved:
        boxes.shown.append(("unsaved", what, ""))
        return dialogs.Unsaved(boxes.unsaved_answer)

    def ask_yes_no(_parent: object, title: str, text: str) -> bool:
        boxes.shown.append(("yes_no", title, text))
        return boxes.yes_no_answer

    monkeypatch.setattr(dialogs, "show_error", record("error"))
    monkeypatch.setattr(dialogs, "show_info", record("info"))
    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: None)
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: None)
    return boxes
