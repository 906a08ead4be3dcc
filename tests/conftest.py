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
