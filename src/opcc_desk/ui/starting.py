"""The window as it first appears, while the database layer loads.

Python takes most of a second to load SQLAlchemy, the database models and the
services; this frame, built from Qt alone, is on screen a few hundredths of a second
after the bare Qt window would be, so a click on the icon is answered at once. The
full window takes its place (same size and position) as soon as it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

TAB_NAMES = ("&Clients", "&Therapists", "&Referrals")
# the full window's menus, shown greyed so nothing moves when it takes over
MENU_NAMES = ("&File", "R&eferrals", "Re&ports", "&Security", "&Help")


class StartingWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("OPCC Desk")
        self.resize(1280, 800)
        for name in MENU_NAMES:
            self.menuBar().addMenu(name).setEnabled(False)
        tabs = QTabWidget()
        self.waiting = QLabel("Opening the clinic's records…")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        tabs.addTab(self.waiting, TAB_NAMES[0])
        for name in TAB_NAMES[1:]:
            tabs.addTab(QWidget(), name)
        for index in range(1, len(TAB_NAMES)):
            tabs.setTabEnabled(index, False)
        self.setCentralWidget(tabs)
        self.statusBar().showMessage("Opening the database…")
        self.setCursor(Qt.CursorShape.BusyCursor)

    def show_upgrading(self) -> None:
        """Said before a new version reorganises the database, which takes a while once."""
        self.waiting.setText(
            "Updating the clinic's database for this version of OPCC Desk.\n"
            "This happens once and can take a minute on a large clinic. "
            "Please do not close the program."
        )
        self.statusBar().showMessage("Updating the database…")
        QApplication.processEvents()
