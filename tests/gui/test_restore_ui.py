"""Restoring from the window: it asks for the password the backup was made with."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.app import create_database, keystore_for
from opcc_desk.services import accounts, backup, demo, people
from opcc_desk.ui import dialogs
from opcc_desk.ui.main_window import MainWindow

PASSWORD = "correct horse battery"
NEW_PASSWORD = "a brand new passphrase"


def clock() -> datetime:
    return datetime(2026, 11, 27, 9, 30)


def test_the_window_refuses_a_backup_that_today_s_password_does_not_open(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, modal_boxes: Any
) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    ctx = create_database(url, "boss", PASSWORD, clock=clock)
    demo.fill_demo_data(ctx, seed=2, therapists=5, clients=8, referrals=2)
    copy = tmp_path / "monday.sqlite3"
    backup.backup(ctx, copy)
    accounts.change_password(
        ctx, PASSWORD, NEW_PASSWORD, keystore=keystore_for(url), database_key=ctx.database_key
    )
    archived = people.list_clients(ctx)[0].id
    people.set_client_archived(ctx, archived, True)
    keys_before = (tmp_path / "c.sqlite3.keys").read_bytes()
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str) -> str:
        asked.append(text)
        return NEW_PASSWORD

    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(copy))
    monkeypatch.setattr(dialogs, "ask_password", answer)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.restore_backup()
    assert "when the backup was made" in asked[0]
    [error] = modal_boxes.messages("error")
    assert "password you had then" in error and "live data is untouched" in error
    assert (tmp_path / "c.sqlite3.keys").read_bytes() == keys_before
    assert people.get_client(ctx, archived).archived  # the window goes on with today's data

    monkeypatch.setattr(dialogs, "ask_password", lambda *_args: PASSWORD)
    window.restore_backup()
    assert "The backup is in place" in modal_boxes.messages("info")[0]
    ctx.engine.dispose()
