"""The intake import's mapping step: a form tool's export checked, corrected, kept
under the form's name, previewed and imported, driven through the real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from opcc_desk.services import form_imports, people
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.import_mapping import MappingStep
from opcc_desk.ui.import_preview import ImportPreviewDialog
from opcc_desk.ui.main_window import MainWindow

FORMS = Path(__file__).parent.parent / "data" / "forms"
NOTES = "Anything else you would like us to know?"


def export_with_an_unknown_answer(folder: Path, *, extra_row: str = "") -> Path:
    text = (FORMS / "google_en.csv").read_text(encoding="utf-8")
    text = text.replace('"Grief and loss, Feeling numb"', '"Grief and loss, Feeling stuck"')
    path = folder / "get-matched.csv"
    path.write_text(text + extra_row, encoding="utf-8")
    return path


def row_of(table: QTableWidget, column: int, text: str) -> int:
    for row in range(table.rowCount()):
        item = table.item(row, column)
        if item is not None and item.text() == text:
            return row
    raise AssertionError(f"{text!r} is not in the table")


def open_dialog(
    qtbot: QtBot, ctx: ServiceContext, path: Path, monkeypatch: pytest.MonkeyPatch
) -> ImportPreviewDialog:
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(path))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window.import_intake()
    assert isinstance(dialog, ImportPreviewDialog)
    return dialog


def test_the_desk_corrects_the_mapping_keeps_it_and_imports(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, ctx, export_with_an_unknown_answer(tmp_path), monkeypatch)
    step = dialog.mapping_step
    assert isinstance(step, MappingStep)
    assert dialog.pages.currentWidget() is step
    assert dialog.import_button.isHidden() and not dialog.next_button.isHidden()

    # the suggested mapping, beside the first rows
    first_name = row_of(step.questions, MappingStep.QUESTION, "First name")
    assert step.column_boxes["First name"].currentData() == "first_name"
    assert step.questions.item(first_name, 3).text() == "小明"  # line 3 of the file
    # the one answer it could not read is counted, listed first and marked
    assert "1 answer(s) could not be read" in step.summary.text()
    assert "Feeling stuck" in step.summary.text()
    stuck = row_of(step.answers, MappingStep.ANSWER, "Feeling stuck")
    assert stuck == 0
    assert step.unread() == [
        ("concerns", "Which of these are you hoping to work on?", "Feeling stuck")
    ]
    value = step.answers.item(stuck, MappingStep.VALUE)
    assert value.background().color().name() == "#fde2e1"

    # a value the checks would refuse stays red and says why
    value.setText("feeling stuck")
    assert "not in the catalogue" in value.toolTip()
    assert len(step.unread()) == 1
    value.setText("relational_patterns")
    assert step.unread() == []
    assert "Every answer has a desk value" in step.summary.text()

    # a question the desk does not want: its answers are left in the export
    notes = step.column_boxes[NOTES]
    notes.setCurrentIndex(notes.findData(""))
    assert step.mapping().columns[NOTES] == ""
    step.name_box.setCurrentText("Get Matched (Google)")

    dialog.next_button.click()
    assert dialog.pages.currentIndex() == 0
    assert dialog.table.rowCount() == 3
    assert [dialog.table.item(r, ImportPreviewDialog.ACTION).text() for r in range(3)] == [
        "New"
    ] * 3
    assert dialog.import_button.isEnabled()

    kept = form_imports.saved_mappings(ctx)["Get Matched (Google)"]
    assert kept.values["concerns"]["Feeling stuck"] == "relational_patterns"
    assert kept.columns[NOTES] == ""

    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    clients = {c.last_name: c for c in people.list_clients(ctx)}
    wang = people.get_client(ctx, clients["王"].id)
    assert wang.first_name == "小明"
    assert wang.concerns == ["grief", "relational_patterns"]
    assert people.get_client(ctx, clients["François"].id).notes == ""


def test_the_next_export_of_the_form_opens_with_the_kept_mapping(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = export_with_an_unknown_answer(tmp_path)
    mapping = form_imports.suggest(ctx, form_imports.read_export(first)).mapping
    mapping.values["concerns"]["Feeling stuck"] = "relational_patterns"
    form_imports.save_mapping(ctx, "Get Matched (Google)", mapping)
    form_imports.import_export(ctx, form_imports.read_export(first), mapping)

    later = ",".join(
        [
            "2026/11/20 11:00:00 AM EST",
            "Ana",
            "Souza",
            "ana@example.ca",
            "",
            '"Feeling stuck, Anxiety or worry"',
            "Just me",
            "Virtual",
            "Under $80",
            "Weekend mornings",
            "English",
            "No preference",
            '"Yes, you may contact me"',
            "",
        ]
    )
    grown = export_with_an_unknown_answer(tmp_path, extra_row=later + "\n")
    dialog = open_dialog(qtbot, ctx, grown, monkeypatch)
    step = dialog.mapping_step
    assert step is not None
    assert step.name() == "Get Matched (Google)"
    assert step.unread() == []
    dialog.next_button.click()
    actions = [dialog.table.item(r, ImportPreviewDialog.ACTION).text() for r in range(4)]
    assert sorted(actions) == ["New", "No change", "No change", "No change"]

    dialog.back_button.click()
    assert dialog.pages.currentWidget() is step
    assert dialog.import_button.isHidden()


def test_a_mapping_that_leaves_a_bad_answer_shows_the_problem_in_the_preview(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_dialog(qtbot, ctx, export_with_an_unknown_answer(tmp_path), monkeypatch)
    dialog.next_button.click()
    assert not dialog.import_button.isEnabled()
    line = row_of(dialog.table, ImportPreviewDialog.LINE, "3")
    problems = dialog.table.item(line, ImportPreviewDialog.PROBLEMS).text()
    assert "'Which of these are you hoping to work on?'" in problems
    assert "answer 'Feeling stuck'" in problems
    assert "Correct the mapping" in dialog.summary.text()
    assert people.list_clients(ctx) == []


def test_a_file_in_the_desks_own_columns_skips_the_mapping_step(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "intake.csv"
    path.write_text(
        "id,first_name,last_name,email,language,client_type,concerns,modality,consent_to_contact\n"
        "C-9,Zoë,François,zoe@example.ca,fr,individual,anxiety,virtual,yes\n",
        encoding="utf-8",
    )
    dialog = open_dialog(qtbot, ctx, path, monkeypatch)
    assert dialog.mapping_step is None
    assert dialog.next_button.isHidden() and dialog.back_button.isHidden()
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(dialog.imported):
        dialog.import_button.click()
    assert people.get_client(ctx, "C-9").first_name == "Zoë"
