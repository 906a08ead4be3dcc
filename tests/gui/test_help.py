"""The user guide: F1 and Help > User guide show the guide shipped with the program,
inside the program, every picture found."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from opcc_desk.resources import help_dir
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.help_view import GUIDE, HelpDialog
from opcc_desk.ui.main_window import MainWindow

TASKS = ("intake", "match", "refer", "letter", "follow-up", "waitlist", "directory", "backup")


def test_f1_opens_the_guide_inside_the_program(qtbot: QtBot, ctx: ServiceContext) -> None:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.clients_tab.search, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(shown_guides()))
    [guide] = shown_guides()
    text = guide.browser.toPlainText()
    assert "OPCC Desk: user guide" in text
    assert "The referral letter" in text
    # read beside the window, not in its way: the desk goes on working meanwhile
    assert guide.windowModality() == Qt.WindowModality.NonModal
    guide.reject()


def shown_guides() -> list[HelpDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()
    ]


def test_the_guide_covers_each_task_and_every_picture_is_shipped(qtbot: QtBot) -> None:
    page = (help_dir() / GUIDE).read_text(encoding="utf-8")
    for topic in TASKS:
        assert f'id="{topic}"' in page, topic
    pictures = re.findall(r'<img src="([^"]+)"', page)
    assert len(pictures) >= 6
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    for picture in pictures:
        assert (help_dir() / picture).is_file(), picture
        image = document.resource(
            QTextDocument.ResourceType.ImageResource,
            dialog.browser.source().resolved(QUrl(picture)),
        )
        assert image is not None and not image.isNull(), picture


def test_a_topic_opens_at_its_section(qtbot: QtBot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.resize(700, 400)
    dialog.show()
    dialog.show_topic("backup")
    assert dialog.browser.verticalScrollBar().value() > 0
    dialog.show_topic("")
    assert dialog.browser.verticalScrollBar().value() == 0
