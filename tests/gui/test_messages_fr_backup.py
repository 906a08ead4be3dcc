"""A French window says in French why a backup, a restore or a setting was refused:
the sentences come from the services (backup) and from the settings' own checks (the
mail server, the clinic's details), not from the window."""

from __future__ import annotations

import fcntl
import os
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.db.engine import sqlite_path
from opcc_desk.db.file_locks import lock_path
from opcc_desk.domain.settings import MAIL_SERVER
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.services import backup, people, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.mail_server_dialog import MailServerDialog
from opcc_desk.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, ctx: ServiceContext, french: None) -> MainWindow:
    shown = MainWindow(ctx)
    qtbot.addWidget(shown)
    return shown


def test_a_backup_into_a_place_that_cannot_be_written_is_refused_in_french(
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file where a folder should be", encoding="utf-8")
    target = not_a_folder / "sauvegarde.sqlite3"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: str(target))
    window.back_up_now()
    [said] = modal_boxes.messages("error")
    assert "impossible d'écrire la sauvegarde" in said and str(target) in said
    assert "(une partie du chemin n'est pas un dossier)" in said  # the system's reason too
    assert "cannot write" not in said and "Not a directory" not in said
    assert modal_boxes.messages("info") == []


def test_a_restore_of_a_file_that_is_not_a_backup_is_refused_in_french(
    window: MainWindow,
    ctx: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    other = tmp_path / "recettes.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(other))
    monkeypatch.setattr(dialogs, "ask_password", lambda *_args: "any password")
    window.restore_backup()
    [said] = modal_boxes.messages("error")
    assert "mais pas une sauvegarde d'OPCC Desk" in said
    assert "Les données en service sont intactes" in said
    assert "not an OPCC Desk backup" not in said
    assert modal_boxes.messages("info") == []  # no "Restored", the desk does not close
    assert people.list_clients(ctx) == []  # the live database is still there and opens


def test_a_restore_while_another_desk_has_the_database_open_is_refused_in_french(
    window: MainWindow,
    ctx: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    copy = tmp_path / "lundi.sqlite3"
    backup.backup(ctx, copy)
    live = sqlite_path(str(ctx.engine.url))
    assert live is not None
    # what another desk's open database holds: a shared lock on the lock file
    other_desk = os.open(lock_path(live), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(other_desk, fcntl.LOCK_SH)
    try:
        monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(copy))
        monkeypatch.setattr(dialogs, "ask_password", lambda *_args: "")
        window.restore_backup()
    finally:
        os.close(other_desk)
    [said] = modal_boxes.messages("error")
    assert said.startswith("rien n'a été restauré")
    assert "une autre fenêtre ou commande d'OPCC Desk a cette base de données ouverte" in said
    assert "another OPCC Desk window" not in said
    assert modal_boxes.messages("info") == []


def test_a_mail_server_without_host_is_refused_in_french(
    qtbot: QtBot,
    window: MainWindow,
    ctx: ServiceContext,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    dialog = window.open_mail_server()
    assert isinstance(dialog, MailServerDialog)
    dialog.host.setText("")
    dialog.from_address.setText("accueil@")
    dialog.save()
    [said] = modal_boxes.messages("error")
    assert "Indiquez le nom d'hôte du serveur de courriel" in said
    assert "accueil@" in said and "n'est pas une adresse courriel" in said
    assert "Give the" not in said
    assert not settings.get(ctx, MAIL_SERVER).configured


def test_the_clinic_details_checks_speak_french(
    window: MainWindow,
    ctx: ServiceContext,
) -> None:
    dialog = window.open_letterhead()
    assert dialog is not None
    dialog.name.setText("")
    dialog.email.setText("accueil@")
    dialog.province.setText("XX")
    dialog.save()
    said = dialog.message.text()
    assert not dialog.message.isHidden()
    assert "Indiquez le nom du centre" in said
    # the sentence and the field check's own words, both in French
    assert "Le courriel" in said and "n'est pas une adresse courriel valide" in said
    assert "XX" in said and "n'est pas une province" in said
    assert "Give the" not in said and "is not a valid" not in said
    assert not settings.get(ctx, LETTERHEAD).is_set  # nothing stored
