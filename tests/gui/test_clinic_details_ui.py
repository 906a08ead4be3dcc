"""The clinic's details in the window (issue 15): asked for once after sign-in, a banner
and a question before a letter with example details leaves the desk, the dialog's checks,
and reception sent to the director."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.app import create_database
from opcc_desk.domain.roles import Role
from opcc_desk.letters.letterhead import LETTERHEAD, Letterhead
from opcc_desk.services import accounts, demo, referrals, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs, letter_view
from opcc_desk.ui.letter_view import LetterDialog
from opcc_desk.ui.letterhead_dialog import LetterheadDialog
from opcc_desk.ui.main_window import MainWindow


@pytest.fixture
def referral(ctx: ServiceContext) -> int:
    """An open referral of a small demo clinic (a letter for an ended one asks first)."""
    demo.fill_demo_data(ctx, therapists=8, clients=20, referrals=3)
    ended = {"closed", "declined", "no_response", "withdrawn"}
    return next(r.id for r in referrals.list_referrals(ctx) if r.status not in ended)


def fill_in(dialog: LetterheadDialog) -> None:
    dialog.name.setText("Centre Lumière")
    dialog.address.setPlainText("200 rue Élgin, bureau 4")
    dialog.city.setText("Ottawa")
    dialog.postal_code.setText("K1P 5N2")
    dialog.postal_code.editingFinished.emit()
    dialog.phone.setText("613-555-0100")
    dialog.email.setText("accueil@lumiere.example.ca")
    dialog.signatory.setText("Élise Bédard, RP, M.A.")
    dialog.signatory_role.setText("Directrice clinique")
    dialog.letter_form.setCurrentIndex(dialog.letter_form.findData("short"))


def letter_dialog(qtbot: QtBot, ctx: ServiceContext, referral: int) -> LetterDialog:
    dialog = LetterDialog(ctx, referral)
    qtbot.addWidget(dialog)
    assert dialog.load()
    qtbot.waitUntil(dialog.pane.is_ready, timeout=5000)
    return dialog


def test_example_details_show_a_banner_and_printing_asks_first(
    qtbot: QtBot,
    ctx: ServiceContext,
    referral: int,
    modal_boxes,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    printers: list[object] = []
    monkeypatch.setattr(letter_view, "choose_printer", lambda _p: printers.append(1))
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_a: str(tmp_path / "out.pdf"))
    dialog = letter_dialog(qtbot, ctx, referral)
    assert not dialog.example_banner.isHidden()
    assert "example clinic details" in dialog.example_banner.text()

    modal_boxes.yes_no_answer = False
    assert dialog.print_letter() is False
    assert dialog.save_letter() is None
    asked = [text for kind, _title, text in modal_boxes.shown if kind == "yes_no"]
    assert len(asked) == 2 and all("example clinic details" in text for text in asked)
    assert printers == [] and not (tmp_path / "out.pdf").exists()

    modal_boxes.yes_no_answer = True
    assert dialog.save_letter() == tmp_path / "out.pdf"


def test_once_the_details_are_set_letters_go_out_without_a_question(
    qtbot: QtBot,
    ctx: ServiceContext,
    referral: int,
    modal_boxes,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_a: str(tmp_path / "out.pdf"))
    settings.save(ctx, LETTERHEAD, Letterhead(name="Centre Lumière", is_set=True))
    dialog = letter_dialog(qtbot, ctx, referral)
    assert dialog.example_banner.isHidden()
    assert dialog.save_letter() == tmp_path / "out.pdf"
    assert [kind for kind, _t, _x in modal_boxes.shown if kind == "yes_no"] == []


def test_after_sign_in_the_window_asks_for_the_details_once(
    qtbot: QtBot,
    ctx: ServiceContext,
    referral: int,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dialog = window.ask_for_clinic_details()
    assert isinstance(dialog, LetterheadDialog)
    assert dialog.later_button is not None and dialog.name.text() == ""  # not the example
    dialog.later_button.click()  # Later: nothing stored, letters keep the banner
    assert not settings.get(ctx, LETTERHEAD).is_set

    dialog = window.ask_for_clinic_details()
    assert isinstance(dialog, LetterheadDialog)
    fill_in(dialog)
    dialog.email.setText("accueil@")
    dialog.save()
    assert "email" in dialog.message.text() and not dialog.message.isHidden()
    assert not settings.get(ctx, LETTERHEAD).is_set  # nothing stored
    dialog.email.setText("accueil@lumiere.example.ca")
    dialog.save()
    head = settings.get(ctx, LETTERHEAD)
    assert head.is_set and (head.province, head.letter_form) == ("ON", "short")
    assert head.signatory == "Élise Bédard, RP, M.A."
    assert window.ask_for_clinic_details() is None  # set: not asked again

    letter = letter_dialog(qtbot, ctx, referral)
    text = letter.pane.document.getAllText(0).text()
    assert "Élise Bédard, RP, M.A." in text and "Centre Lumière" in text
    assert letter.pane.document.pageCount() == 1  # the short form
    assert modal_boxes.messages("error") == []


def test_reception_is_told_to_ask_the_director(
    qtbot: QtBot,
    tmp_path: Path,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    ctx = create_database(f"sqlite:///{tmp_path / 'd.sqlite3'}", "boss", "boss password 1")
    accounts.add_user(ctx, "amy", "reception pass 1", Role.RECEPTION)
    ctx.user, ctx.role = "amy", Role.RECEPTION
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.ask_for_clinic_details() is None
    assert "ask the director" in modal_boxes.messages("info")[-1]
    assert window.open_letterhead() is None  # nor may reception open the dialog
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    # a dialog opened anyway stores nothing: the role is checked before the values
    dialog = LetterheadDialog(ctx, window)
    qtbot.addWidget(dialog)
    fill_in(dialog)
    dialog.save()
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    assert settings.get(ctx, LETTERHEAD) == Letterhead()
    ctx.engine.dispose()
