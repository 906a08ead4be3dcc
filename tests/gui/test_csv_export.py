"""Exporting a list from the window: the file the desk chose holds the list, the desk is
told how many rows went there, and a file that cannot be written is named in an error."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.services import demo, people, referrals, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.csv_export import REFERRALS, export_csv
from opcc_desk.ui.waitlist_view import WaitlistDialog
from qt_fixtures import ModalBoxes


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, seed=3, therapists=6, clients=12, referrals=4)
    for client in people.list_clients(ctx)[:2]:
        waitlist.add_to_waitlist(ctx, client.id)
    return ctx


def choose(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: str(path))


def test_the_waitlist_button_writes_the_list_and_says_how_many(
    qtbot: QtBot,
    clinic: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes: ModalBoxes,
) -> None:
    target = tmp_path / "waitlist.csv"
    choose(monkeypatch, target)
    dialog = WaitlistDialog(clinic)
    qtbot.addWidget(dialog)
    dialog.export()
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert sorted(row["client_id"] for row in rows) == sorted(
        c.client_id for c in waitlist.list_waitlist(clinic, with_fits=False)
    )
    assert modal_boxes.messages("info") == [f"2 clients saved to {target}."]


def test_the_referral_list_goes_to_the_chosen_file(
    qtbot: QtBot,
    clinic: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes: ModalBoxes,
) -> None:
    target = tmp_path / "referrals.csv"
    choose(monkeypatch, target)
    dialog = WaitlistDialog(clinic)  # any window of the desk will do as the parent
    qtbot.addWidget(dialog)
    export_csv(dialog, clinic, REFERRALS)
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(referrals.list_referrals(clinic)) == 4
    assert modal_boxes.messages("info") == [f"4 referrals saved to {target}."]


def test_a_folder_that_is_not_there_is_an_error_and_no_confirmation(
    qtbot: QtBot,
    clinic: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes: ModalBoxes,
) -> None:
    target = tmp_path / "no such folder" / "waitlist.csv"
    choose(monkeypatch, target)
    dialog = WaitlistDialog(clinic)
    qtbot.addWidget(dialog)
    dialog.export()
    assert not target.exists()
    assert [title for kind, title, _ in modal_boxes.shown if kind == "error"] == [
        "The waitlist was not exported"
    ]
    assert modal_boxes.messages("info") == []
