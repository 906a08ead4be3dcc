"""What the services and the matching module say reaches a French window in French:
refusals in the error boxes, and the reasons in the match view. The same actions in
the English window (the other tests) and on the command line stay in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.services import referrals, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import i18n
from opcc_desk.ui.match_view import MatchDialog

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en;fr,cbt,anxiety,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact,submitted
C-1,Zoë,François,zoe@example.ca,fr,individual,adult,anxiety,virtual,yes,2026-11-01
C-2,Marc,Dubois,marc@example.ca,fr,individual,adult,anxiety,virtual,no,2026-11-02
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def test_a_refusal_from_the_services_is_in_french(
    qtbot: QtBot,
    clinic: ServiceContext,
    french: None,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    dialog = MatchDialog(clinic, "C-2")
    qtbot.addWidget(dialog)
    dialog.refer_button.click()
    said = modal_boxes.messages("error")[-1]
    assert "n'a pas accepté d'être joint" in said and "C-2" in said
    assert "agreed" not in said
    assert referrals.list_referrals(clinic) == []


def test_english_comes_back_with_the_english_window(
    qtbot: QtBot,
    clinic: ServiceContext,
    french: None,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    assert i18n.install("en") == "en"
    dialog = MatchDialog(clinic, "C-2")
    qtbot.addWidget(dialog)
    dialog.refer_button.click()
    assert "has not agreed to be contacted" in modal_boxes.messages("error")[-1]


def test_the_import_preview_says_each_problem_in_french(
    qtbot: QtBot,
    clinic: ServiceContext,
    french: None,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from opcc_desk.ui import dialogs
    from opcc_desk.ui.import_preview import ImportPreviewDialog
    from opcc_desk.ui.main_window import MainWindow

    path = tmp_path / "accueil.csv"
    path.write_text(
        CLIENTS.splitlines()[0]
        + ",remarque\n"
        + "C-7,Léa,Roy,,fr,individual,adult,anxiety,virtual,yes,2026-11-03,\n"
        + "C-8,Ana,Dias,ana@,fr,individual,adult,anxiety,virtual,yes,2026-11-04,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(path))
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    dialog = window.import_intake()
    assert isinstance(dialog, ImportPreviewDialog)
    problems = [dialog.table.item(row, ImportPreviewDialog.PROBLEMS).text() for row in range(2)]
    assert problems[0] == (
        "email\u00a0: donnez une adresse courriel ou un numéro de téléphone pour que "
        "l'accueil puisse joindre le client"
    )
    assert "«\u00a0ana@\u00a0»" in problems[1] and "adresse courriel valide" in problems[1]
    assert "la colonne «\u00a0remarque\u00a0» n'est pas utilisée" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()


def test_the_file_s_own_words_are_shown_as_text_not_markup(
    qtbot: QtBot, clinic: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from opcc_desk.ui import dialogs
    from opcc_desk.ui.import_preview import ImportPreviewDialog
    from opcc_desk.ui.main_window import MainWindow

    path = tmp_path / "intake.csv"
    path.write_text(
        CLIENTS.splitlines()[0]
        + ",<b>Notes</b>\n"
        + "C-7,Léa,Roy,lea@example.ca,fr,individual,adult,anxiety,virtual,yes,2026-11-03,\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(path))
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    dialog = window.import_intake()
    assert isinstance(dialog, ImportPreviewDialog)
    assert "column '&lt;b&gt;notes&lt;/b&gt;' is not used" in dialog.summary.text()
