"""The user guide, shown inside the program: the desk's tasks step by step, with
pictures, read from the guide shipped with the program (resources/help/)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.resources import help_dir
from opcc_desk.ui import i18n

GUIDE = "guide.html"  # the English guide; another language's is guide.<code>.html


def guide_file(language: str) -> Path:
    """The guide in ``language`` (guide.fr.html), or the English one when that language
    has none: a guide in the wrong language still beats no guide."""
    own = help_dir() / f"guide.{language}.html"
    return own if language != "en" and own.is_file() else help_dir() / GUIDE


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("OPCC Desk: user guide"))
        self.browser = QTextBrowser()
        # links inside the guide move within it; a web address opens in the browser
        self.browser.setOpenExternalLinks(True)
        folder = help_dir()
        self.browser.setSearchPaths([str(folder)])
        self.browser.setAccessibleName(self.tr("User guide"))
        self._home = QUrl.fromLocalFile(str(guide_file(i18n.current_language())))
        self.back_button = QPushButton(self.tr("&Back"))
        self.contents_button = QPushButton(self.tr("&Contents"))
        self.back_button.setEnabled(False)
        self.back_button.clicked.connect(self.browser.backward)
        self.contents_button.clicked.connect(lambda: self.show_topic(""))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        nav = QHBoxLayout()
        nav.addWidget(self.back_button)
        nav.addWidget(self.contents_button)
        nav.addStretch(1)
        hint = QLabel(self.tr("F1 opens this guide from anywhere in the window."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.browser, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.browser.backward)
        self.browser.setSource(self._home)
        self.setMinimumSize(320, 240)
        screen = self.screen().availableGeometry()
        self.resize(min(900, screen.width() - 40), min(760, screen.height() - 60))

    def show_topic(self, topic: str) -> None:
        """The guide at ``topic`` (an anchor such as 'intake'); its start when empty."""
        url = QUrl(self._home)
        if topic:
            url.setFragment(topic)
        self.browser.setSource(url)
        if topic:
            self.browser.scrollToAnchor(topic)
        self.browser.setFocus()
