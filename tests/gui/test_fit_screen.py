"""Forms and dialogs fit the screen they open on and show every line of their text."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QLabel
from pytestqt.qtbot import QtBot

from opcc_desk.services import demo
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.main_window import MainWindow


def wrapped_labels_show_every_line(dialog: QDialog) -> list[str]:
    """Wrapped labels given less height than their text needs at their width."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.wordWrap()
        and label.isVisible()
        and label.text()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_forms_and_dialogs_fit_the_screen_and_show_their_whole_text(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    demo.fill_demo_data(ctx, seed=3, therapists=3, clients=3, referrals=1)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    free = QApplication.primaryScreen().availableGeometry()
    for open_it in (
        lambda: window.open_client(""),
        lambda: window.open_therapist(""),
        window.open_match_settings,
        window.open_letterhead,
        window.open_follow_up_settings,
        window.open_report,
        window.open_guide,
    ):
        dialog = open_it()
        assert dialog is not None
        qtbot.waitExposed(dialog)
        name = type(dialog).__name__
        assert dialog.width() <= free.width() and dialog.height() <= free.height(), name
        assert wrapped_labels_show_every_line(dialog) == [], name
        dialog.done(0)
