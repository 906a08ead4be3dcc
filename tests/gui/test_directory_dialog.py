"""Therapists → Publish directory…: the preview shows who will be listed and with which
contact; Publish writes the folder off the UI thread; a refused folder says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import html5lib
import pytest
from PySide6.QtWidgets import QCheckBox, QMenu, QPlainTextEdit
from pytestqt.qtbot import QtBot

from opcc_desk.publish import MARKER
from opcc_desk.services import audit, people, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs, directory_dialog
from opcc_desk.ui.directory_dialog import COLUMNS, DEFAULT_NAME, DirectoryDialog
from opcc_desk.ui.main_window import MainWindow

THERAPISTS = """id,first_name,last_name,email,phone,languages,approaches,client_types,age_groups,modalities,fee,accepting,directory,directory_contact
T-1,Hélène,Gagné,helene@example.ca,613-555-0142,en;fr,relational,individual,adult,in_person;virtual,160,yes,yes,yes
T-2,小明,王,wang@example.ca,,zh;en,cbt,individual,adult,virtual,120,no,,
T-3,Secret,Unlisted,secret@example.ca,,en,cbt,individual,adult,virtual,120,yes,no,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    path = tmp_path / "therapists.csv"
    path.write_text(THERAPISTS, encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, path)
    return ctx


def open_from_menu(qtbot: QtBot, ctx: ServiceContext) -> DirectoryDialog:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    menu = next(
        action.menu()
        for action in window.menuBar().actions()
        if action.text().replace("&", "") == "Therapists"
    )
    assert isinstance(menu, QMenu)
    publish = next(a for a in menu.actions() if a.text() == "&Publish directory…")
    publish.trigger()
    dialog = window.findChild(DirectoryDialog)
    assert isinstance(dialog, DirectoryDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def rows(dialog: DirectoryDialog) -> list[dict[str, str]]:
    table = dialog.table
    return [
        {COLUMNS[c]: table.item(r, c).text() for c in range(table.columnCount())}
        for r in range(table.rowCount())
    ]


def test_the_preview_lists_who_will_appear_and_which_contact(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    dialog = open_from_menu(qtbot, clinic)
    shown = rows(dialog)
    assert [row["Name"] for row in shown] == ["Hélène Gagné", "王小明"]
    assert shown[0]["Contact shown"] == "Their own phone and email"
    assert shown[1]["Contact shown"] == "The clinic's intake contact"
    assert shown[1]["Accepting"] == "No"
    summary = dialog.summary.text()
    assert "2 therapists will be listed" in summary
    assert "1 asked not to be listed" in summary
    assert not dialog.publish_button.isEnabled()  # no folder yet
    assert not dialog.open_button.isEnabled()  # nothing published yet


def test_publish_writes_the_folder_and_audits_it(
    qtbot: QtBot,
    clinic: ServiceContext,
    tmp_path: Path,
    modal_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_from_menu(qtbot, clinic)
    target = tmp_path / "site"
    dialog.folder.setText(str(target))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    assert dialog.publish_button.isEnabled()
    with qtbot.waitSignal(dialog.published, timeout=30_000) as published:
        dialog.publish_button.click()
    assert published.args == [str(target)]
    assert "Published 2 therapists" in dialog.status.text()
    assert (target / MARKER).is_file() and (target / "directory.pdf").is_file()
    page = html5lib.parse((target / "fr" / "index.html").read_bytes(), namespaceHTMLElements=False)
    assert page.get("lang") == "fr"
    assert "Secret" not in (target / "index.html").read_text(encoding="utf-8")
    assert modal_boxes.messages("error") == []
    entries = audit.search(clinic, audit.AuditQuery(action="export"))
    assert entries and "directory published: 2 therapists" in entries[0].detail
    assert dialog.publish_button.isEnabled()  # ready to publish again
    opened: list[str] = []
    monkeypatch.setattr(
        directory_dialog, "open_in_browser", lambda url: opened.append(url.toLocalFile()) or True
    )
    assert dialog.open_button.isEnabled() and dialog.open_published()
    assert opened == [str(target / "index.html")]


def test_a_folder_of_other_files_is_refused_in_words_and_left_alone(
    qtbot: QtBot, clinic: ServiceContext, tmp_path: Path, modal_boxes: Any
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    (home / "letter.odt").write_bytes(b"mine")
    dialog = open_from_menu(qtbot, clinic)
    dialog.folder.setText(str(home))
    operation = dialog.publish()
    assert operation is not None
    qtbot.waitUntil(lambda: not operation.running, timeout=30_000)
    assert operation.error is not None
    errors = modal_boxes.messages("error")
    assert len(errors) == 1 and "not a directory published by OPCC Desk" in errors[0]
    assert "Nothing was published" in dialog.status.text()
    assert sorted(p.name for p in home.iterdir()) == ["letter.odt"]


def test_choosing_a_busy_folder_suggests_a_new_folder_inside_it(
    qtbot: QtBot, clinic: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setattr(dialogs, "choose_folder", lambda *_args: str(documents))
    dialog = open_from_menu(qtbot, clinic)
    dialog.choose_button.click()
    assert dialog.folder.text() == str(documents / DEFAULT_NAME)
    empty = tmp_path / "empty"
    empty.mkdir()
    monkeypatch.setattr(dialogs, "choose_folder", lambda *_args: str(empty))
    dialog.choose_button.click()
    assert dialog.folder.text() == str(empty)


def test_the_therapist_form_shows_and_keeps_the_directory_choices(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    """Editing a therapist in the window must not reset what they chose to publish."""
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    editor = window.open_therapist("T-3")  # directory=no, directory_contact=yes
    assert editor is not None
    listed = editor.field_widget("directory")
    own_contact = editor.field_widget("directory_contact")
    assert isinstance(listed, QCheckBox) and isinstance(own_contact, QCheckBox)
    assert not listed.isChecked() and own_contact.isChecked()
    bio = editor.field_widget("bio")
    assert isinstance(bio, QPlainTextEdit)
    bio.setPlainText("Now with a bio.")
    assert editor.save()
    kept = people.get_therapist(clinic, "T-3")
    assert (kept.directory, kept.directory_contact, kept.bio) == (False, True, "Now with a bio.")
