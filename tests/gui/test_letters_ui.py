"""Letters and the summary in the window: preview, print, save, new version, batches."""

from __future__ import annotations

import io
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.services import letters, referrals, settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs, letter_view
from opcc_desk.ui.letter_view import BatchResult, LetterDialog
from opcc_desk.ui.letterhead_dialog import LetterheadDialog
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.report_dialog import ReportDialog

THERAPISTS = """id,first_name,last_name,credentials,registration,email,phone,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting
T-1,Hélène,Gagné,RP,CRPO 012345,helene@example.ca,613-555-0142,en;fr;zh;ar,relational;cbt,self_worth;anxiety,individual,adult,in_person;virtual,Ottawa,160,90,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact
C-1,Zoë,François,zoe@example.ca,fr,individual,adult,self_worth,virtual,yes
C-2,小明,王,w@example.ca,zh,individual,adult,anxiety,virtual,yes
C-3,محمد,عبد الله,m@example.ca,ar,individual,adult,anxiety,virtual,yes
C-4,Abebe ሀ,Kebede,a@example.ca,en,individual,adult,anxiety,virtual,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> dict[str, int]:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return {f"C-{n}": referrals.create_referral(ctx, f"C-{n}", "T-1") for n in range(1, 5)}


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box is recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(dialogs, "show_info", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(dialogs, "show_error", lambda _p, title, text: shown.append((title, text)))
    return shown


def open_dialog(qtbot: QtBot, ctx: ServiceContext, referral: int) -> LetterDialog:
    dialog = LetterDialog(ctx, referral)
    qtbot.addWidget(dialog)
    assert dialog.load()
    qtbot.waitUntil(dialog.pane.is_ready, timeout=5000)
    return dialog


def test_the_preview_shows_the_stored_letter(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, ctx, clinic["C-1"])
    stored = letters.stored_letter(ctx, clinic["C-1"])
    assert stored.info.version == 1  # opening a referral without a letter made the first one
    assert dialog.pane.pdf == stored.pdf
    document = dialog.pane.document
    assert document.status() == QPdfDocument.Status.Ready
    assert document.pageCount() >= 1
    assert "Votre orientation vers Hélène Gagné" in document.getAllText(0).text()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    picture = dialog.pane.view.grab()
    assert not picture.isNull()


def test_reopening_shows_the_stored_copy_without_making_another(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    open_dialog(qtbot, ctx, clinic["C-2"])
    open_dialog(qtbot, ctx, clinic["C-2"])
    assert [info.version for info in letters.list_letters(ctx, clinic["C-2"])] == [1]


def test_save_as_writes_the_stored_bytes(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, ctx, clinic["C-2"])
    target = tmp_path / "saved"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: str(target))
    saved = dialog.save_letter()
    assert saved == tmp_path / "saved.pdf"
    assert saved.read_bytes() == letters.stored_letter(ctx, clinic["C-2"]).pdf
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600


def test_print_prints_every_page_of_the_stored_copy(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = open_dialog(qtbot, ctx, clinic["C-3"])
    output = tmp_path / "printed.pdf"

    def printer_to_file(_parent: QWidget | None) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return printer

    monkeypatch.setattr(letter_view, "choose_printer", printer_to_file)
    assert dialog.print_letter()
    printed = PdfReader(io.BytesIO(output.read_bytes()))
    stored = PdfReader(io.BytesIO(letters.stored_letter(ctx, clinic["C-3"]).pdf))
    assert len(printed.pages) == len(stored.pages)
    monkeypatch.setattr(letter_view, "choose_printer", lambda _parent: None)
    assert not dialog.print_letter()  # cancelled in the print dialog


def test_new_version_keeps_the_old_one(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, ctx, clinic["C-1"])
    first = letters.stored_letter(ctx, clinic["C-1"], 1).pdf
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    made = dialog.new_version()
    assert made is not None and made.info.version == 2 and made.info.language == "en"
    assert dialog.versions.count() == 2
    assert dialog.versions.currentData() == 2
    assert letters.stored_letter(ctx, clinic["C-1"], 1).pdf == first
    dialog.versions.setCurrentIndex(dialog.versions.findData(1))
    assert dialog.current is not None and dialog.current.pdf == first


def test_characters_that_cannot_print_are_warned_about_first(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(no_or_yes: bool) -> Callable[[QWidget | None, str, str], bool]:
        def ask(_parent: QWidget | None, _title: str, text: str) -> bool:
            asked.append(text)
            return no_or_yes

        return ask

    monkeypatch.setattr(dialogs, "ask_yes_no", answer(False))
    dialog = LetterDialog(ctx, clinic["C-4"])
    qtbot.addWidget(dialog)
    assert not dialog.load()
    assert "ሀ" in asked[0] and "empty boxes" in asked[0]
    assert letters.list_letters(ctx, clinic["C-4"]) == []
    assert not dialog.print_button.isEnabled()
    assert not dialog.warning.isHidden()

    monkeypatch.setattr(dialogs, "ask_yes_no", answer(True))
    assert dialog.new_version() is not None
    assert [info.version for info in letters.list_letters(ctx, clinic["C-4"])] == [1]


def test_the_language_note_shows_for_other_languages(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    dialog = open_dialog(qtbot, ctx, clinic["C-2"])
    assert "Chinese" in dialog.note.text() and "English" in dialog.note.text()
    assert not dialog.note.isHidden()


# ------------------------------------------------------------------ the Referrals tab


def window_with_selection(qtbot: QtBot, ctx: ServiceContext, ids: list[int]) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    tab = window.referrals_tab
    tab.select_ids(ids)
    assert sorted(tab.selected_ids()) == sorted(ids)
    return window


def test_letter_button_opens_the_letter_of_the_selected_referral(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    window = window_with_selection(qtbot, ctx, [clinic["C-1"]])
    actions = window.referrals_tab.letter_actions
    assert actions.letter_button.isEnabled() and actions.batch_button.isEnabled()
    dialog = actions.open_letter()
    assert dialog is not None
    qtbot.waitUntil(dialog.pane.is_ready, timeout=5000)
    dialog.close()
    window.referrals_tab.select_ids([clinic["C-1"], clinic["C-2"]])
    assert not actions.letter_button.isEnabled() and actions.batch_button.isEnabled()


def test_batch_letters_for_three_referrals(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_modal_boxes: list[tuple[str, str]],
) -> None:
    chosen = [clinic["C-1"], clinic["C-2"], clinic["C-3"]]
    window = window_with_selection(qtbot, ctx, chosen)
    monkeypatch.setattr(letter_view, "choose_folder", lambda *_args: str(tmp_path))
    operation = window.referrals_tab.letter_actions.make_batch()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    result = operation.result
    assert isinstance(result, BatchResult)
    assert sorted(result.made) == sorted(chosen) and not result.cancelled
    for referral in chosen:
        stored = letters.stored_letter(ctx, referral)
        saved = tmp_path / stored.file_name
        assert saved.read_bytes() == stored.pdf
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert letters.list_letters(ctx, clinic["C-4"]) == []
    assert no_modal_boxes[-1][0] == "Referral letters"
    assert "3 new letters made and stored." in no_modal_boxes[-1][1]


def test_cancel_stops_a_batch_early(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen = [clinic["C-1"], clinic["C-2"], clinic["C-3"]]
    window = window_with_selection(qtbot, ctx, chosen)
    monkeypatch.setattr(letter_view, "choose_folder", lambda *_args: str(tmp_path))
    # Cancel is pressed while the first letter is being made. Done from the worker's
    # first letter itself: a click sent through the event loop could arrive after a
    # fast machine had made all three, which made this test fail now and then.
    started = threading.Event()
    holder: list[Any] = []
    real = letters.letter_for_batch

    def first_then_cancel(*args: Any, **kwargs: Any) -> Any:
        if not started.is_set():
            started.set()
            assert ready.wait(10)
            holder[0].progress.cancel()  # what Cancel does; the label stays to the UI thread
        return real(*args, **kwargs)

    ready = threading.Event()
    monkeypatch.setattr(letters, "letter_for_batch", first_then_cancel)
    operation = window.referrals_tab.letter_actions.make_batch()
    assert operation is not None
    holder.append(operation)
    ready.set()
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    result = operation.result
    assert isinstance(result, BatchResult) and result.cancelled
    made = [r for r in chosen if letters.list_letters(ctx, r)]
    assert 1 <= len(made) < 3
    assert len(list(tmp_path.glob("referral-*.pdf"))) == len(made)
    assert "Stopped" in result.summary()


# ------------------------------------------------------------------ summary and letterhead


def test_reports_action_makes_the_summary(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [action.text() for action in window.menuBar().actions()]
    assert "Re&ports" in titles
    dialog = window.open_report()
    assert isinstance(dialog, ReportDialog)
    operation = dialog.make()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    qtbot.waitUntil(dialog.pane.is_ready, timeout=5000)
    assert dialog.pane.document.pageCount() >= 1
    assert "Referral summary" in dialog.pane.document.getAllText(0).text()
    target = tmp_path / "summary.pdf"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: str(target))
    assert dialog.save_report() == target
    assert target.read_bytes() == dialog.pdf
    dialog.close()


def test_report_dates_the_wrong_way_round(
    qtbot: QtBot, ctx: ServiceContext, no_modal_boxes: list[tuple[str, str]]
) -> None:
    dialog = ReportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.start.setDate(dialog.end.date().addDays(1))
    assert dialog.make() is None
    assert "after it ends" in no_modal_boxes[-1][1]


def test_letterhead_dialog_saves_the_centres_details(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window.open_letterhead()
    assert isinstance(dialog, LetterheadDialog)
    dialog.name.setText("Centre Lumière")
    dialog.phone.setText("705-555-0199")
    dialog.show_logo.setChecked(False)
    dialog.save()
    head = settings.get(ctx, LETTERHEAD)
    assert (head.name, head.phone, head.show_logo) == ("Centre Lumière", "705-555-0199", False)
    letter = open_dialog(qtbot, ctx, clinic["C-2"])
    assert "Centre Lumière" in letter.pane.document.getAllText(0).text()


# ------------------------------------------------------------------ referrals that have ended


def test_a_letter_for_an_ended_referral_asks_first_naming_the_status(
    qtbot: QtBot, ctx: ServiceContext, clinic: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from opcc_desk.domain.enums import ReferralStatus

    referral = clinic["C-1"]
    referrals.change_status(ctx, referral, ReferralStatus.NO_RESPONSE)
    asked: list[tuple[str, str]] = []

    def answer(yes: bool) -> Callable[[QWidget | None, str, str], bool]:
        def ask(_parent: QWidget | None, title: str, text: str) -> bool:
            asked.append((title, text))
            return yes

        return ask

    monkeypatch.setattr(dialogs, "ask_yes_no", answer(False))
    dialog = LetterDialog(ctx, referral)
    qtbot.addWidget(dialog)
    assert not dialog.load()  # no letter yet and the desk said no: nothing to show
    assert asked == [
        (
            "Referral has ended",
            f"Referral {referral} has ended: its status is no response. A letter would send "
            "the client to a therapist for a referral that is no longer open.\n\n"
            "Make the letter anyway?",
        )
    ]
    assert letters.list_letters(ctx, referral) == []
    assert not dialog.print_button.isEnabled()

    monkeypatch.setattr(dialogs, "ask_yes_no", answer(True))
    assert dialog.new_version() is not None
    assert [info.version for info in letters.list_letters(ctx, referral)] == [1]
    qtbot.waitUntil(dialog.pane.is_ready, timeout=5000)
    assert dialog.print_button.isEnabled()


def test_a_batch_skips_an_ended_referral_without_a_letter_and_says_why(
    qtbot: QtBot,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    no_modal_boxes: list[tuple[str, str]],
) -> None:
    from opcc_desk.domain.enums import ReferralStatus

    ended = clinic["C-2"]
    referrals.change_status(ctx, ended, ReferralStatus.DECLINED, "The client chose another clinic")
    chosen = [clinic["C-1"], ended]
    window = window_with_selection(qtbot, ctx, chosen)
    monkeypatch.setattr(letter_view, "choose_folder", lambda *_args: str(tmp_path))
    operation = window.referrals_tab.letter_actions.make_batch()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=20000):
        pass
    result = operation.result
    assert isinstance(result, BatchResult)
    assert result.made == [clinic["C-1"]]
    assert letters.list_letters(ctx, ended) == []
    summary = no_modal_boxes[-1][1]
    assert "1 new letter made and stored." in summary
    assert f"Referral {ended} has ended (declined)" in summary
