"""Files, letters and email in a French window: what the services refuse reaches the
desk in French (the import preview, the batch of letters, Send by email), while the
same refusals stay English on the command line and in the English window."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.services import email_letters, letters, mail_server, people, referrals, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import letter_view
from opcc_desk.ui.import_preview import ImportPreviewDialog
from opcc_desk.ui.letter_view import BatchResult
from opcc_desk.ui.main_window import MainWindow

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en;fr;zh,cbt,anxiety,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact,email_consent
C-1,Zoë,François,zoe@example.ca,fr,individual,adult,anxiety,virtual,yes,no
C-2,Marc,Dubois,marc@example.ca,fr,individual,adult,anxiety,virtual,yes,yes
C-3,小明,王,w@example.ca,zh,individual,adult,anxiety,virtual,yes,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> dict[str, int]:
    """One referral per client, made while the window is still English."""
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return {ref: referrals.create_referral(ctx, ref, "T-1") for ref in ("C-1", "C-2", "C-3")}


def preview_of(qtbot: QtBot, ctx: ServiceContext, path: Path) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(ctx, path)
    qtbot.addWidget(dialog)
    return dialog


def test_a_file_in_another_encoding_is_refused_in_french(
    qtbot: QtBot, ctx: ServiceContext, french: None, tmp_path: Path
) -> None:
    path = tmp_path / "intake.csv"
    path.write_bytes("id,first_name,last_name\nC-9,Hélène,Roy\n".encode("latin-1"))
    dialog = preview_of(qtbot, ctx, path)
    said = dialog.summary.text()
    assert "Le fichier ne peut pas être importé" in said
    assert "n'est pas du texte UTF-8" in said and "ligne 2" in said
    assert "not UTF-8" not in said
    assert not dialog.import_button.isEnabled()


def test_a_misspelled_column_is_refused_in_french(
    qtbot: QtBot, ctx: ServiceContext, french: None, tmp_path: Path
) -> None:
    path = tmp_path / "intake.csv"
    path.write_text(
        "id,first_name,last_name,language,client_type,age_group,concerns,modality,"
        "consent_to_contact,emial\n"
        "C-9,Zoë,Roy,fr,individual,adult,anxiety,virtual,yes,zoe@example.ca\n",
        encoding="utf-8",
    )
    dialog = preview_of(qtbot, ctx, path)
    said = dialog.summary.text()
    assert "mal orthographiés" in said
    assert "«\u00a0emial\u00a0»" in said and "vouliez-vous dire «\u00a0email\u00a0»" in said
    assert "misspelled" not in said and "did you mean" not in said
    assert not dialog.import_button.isEnabled()
    assert people.list_clients(ctx) == []


def test_a_row_with_too_many_cells_is_shown_in_french(
    qtbot: QtBot, ctx: ServiceContext, french: None, tmp_path: Path
) -> None:
    path = tmp_path / "intake.csv"
    path.write_text(
        "id,first_name,last_name,language,client_type,age_group,concerns,modality,"
        "consent_to_contact\n"
        "C-9,Zoë,Roy,fr,individual,adult,anxiety,virtual,yes,extra\n",
        encoding="utf-8",
    )
    dialog = preview_of(qtbot, ctx, path)
    assert dialog.table.rowCount() == 1
    problem = dialog.table.item(0, ImportPreviewDialog.PROBLEMS).text()
    assert "compte 10 cellules, mais l'en-tête en compte 9" in problem
    assert problem.startswith("ligne 2\u00a0: ligne entière\u00a0: compte 10 cellules")
    assert "cells" not in problem and "row" not in problem
    assert not dialog.import_button.isEnabled()


def test_a_batch_says_in_french_why_an_ended_referral_got_no_letter(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    french: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes: Any,
) -> None:
    ended = clinic["C-2"]
    referrals.change_status(ctx, ended, ReferralStatus.DECLINED, "Chose another clinic")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.referrals_tab.select_ids([clinic["C-1"], ended])
    monkeypatch.setattr(letter_view, "choose_folder", lambda *_args: str(tmp_path))
    operation = window.referrals_tab.letter_actions.make_batch()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    assert isinstance(operation.result, BatchResult)
    assert operation.result.made == [clinic["C-1"]]
    assert letters.list_letters(ctx, ended) == []
    summary = modal_boxes.messages("info")[-1]
    assert f"L'aiguillage {ended} est terminé (refusé)" in summary
    assert "has ended" not in summary


def test_an_email_without_the_clients_email_consent_is_refused_in_french(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    french: None,
    modal_boxes: Any,
) -> None:
    mail_server.set_server(
        ctx, host="127.0.0.1", port=2525, security="plain", from_address="desk@clinic.ca"
    )
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.referrals_tab.select_ids([clinic["C-1"]])
    assert window.referrals_tab.letter_actions.send_by_email() is None
    said = modal_boxes.messages("error")[-1]
    assert "C-1" in said and "par courriel" in said and "la lettre n'a donc pas été envoyée" in said
    assert "has not agreed" not in said
    assert email_letters.sends_for(ctx, clinic["C-1"]) == []


def test_the_letters_language_note_names_the_language_in_french(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int], french: None, modal_boxes: Any
) -> None:
    dialog = letter_view.LetterDialog(ctx, clinic["C-3"])
    qtbot.addWidget(dialog)
    assert dialog.load()
    note = dialog.note.text()
    assert "chinois" in note and "en anglais" in note
    assert "Chinese" not in note


def test_the_command_line_words_stay_english(ctx: ServiceContext, tmp_path: Path) -> None:
    """Nothing called messages.speak: the same refusal is English, as scripts expect."""
    path = tmp_path / "intake.csv"
    path.write_text("id,first_name,last_name\n", encoding="utf-8")
    with pytest.raises(transfer.ImportRejected) as refused:
        transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
    assert "lacks required column(s)" in str(refused.value)


def test_a_refused_desk_value_in_the_mapping_step_says_why_in_french(
    qtbot: QtBot,
    ctx: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    french: None,
) -> None:
    from test_import_mapping_ui import export_with_an_unknown_answer, open_dialog, row_of

    from opcc_desk.ui.import_mapping import MappingStep

    dialog = open_dialog(qtbot, ctx, export_with_an_unknown_answer(tmp_path), monkeypatch)
    step = dialog.mapping_step
    assert isinstance(step, MappingStep)
    stuck = row_of(step.answers, MappingStep.ANSWER, "Feeling stuck")
    value = step.answers.item(stuck, MappingStep.VALUE)
    value.setText("feeling stuck")
    assert "absent du catalogue" in value.toolTip() and "feeling stuck" in value.toolTip()
    assert "not in the catalogue" not in value.toolTip()
