"""The window as it first appears, while the database layer loads.

Python takes most of a second to load SQLAlchemy, the database models and the
services; this frame, built from Qt alone, is on screen a few hundredths of a second
after the bare Qt window would be, so a click on the icon is answered at once. The
full window takes its place (same size and position) as soon as it is ready.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

# the full window's tabs and menus, shown greyed so nothing moves when it takes over;
# named in the main window's translation context, so the two always read the same
TAB_NAMES = (
    str(QT_TRANSLATE_NOOP("MainWindow", "&Clients")),
    str(QT_TRANSLATE_NOOP("MainWindow", "&Therapists")),
    str(QT_TRANSLATE_NOOP("MainWindow", "&Referrals")),
)
MENU_NAMES = (
    str(QT_TRANSLATE_NOOP("MainWindow", "&File")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Therap&ists")),
    str(QT_TRANSLATE_NOOP("MainWindow", "R&eferrals")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Re&ports")),
    str(QT_TRANSLATE_NOOP("MainWindow", "Sec&urity")),
    str(QT_TRANSLATE_NOOP("MainWindow", "&Help")),
)


def _window_word(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class StartingWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("OPCC Desk")
        self.resize(1280, 800)
        for name in MENU_NAMES:
            self.menuBar().addMenu(_window_word(name)).setEnabled(False)
        tabs = QTabWidget()
        self.waiting = QLabel(self.tr("Opening the clinic's records…"))
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.waiting.setWordWrap(True)
        tabs.addTab(self.waiting, _window_word(TAB_NAMES[0]))
        for name in TAB_NAMES[1:]:
            tabs.addTab(QWidget(), _window_word(name))
        for index in range(1, len(TAB_NAMES)):
            tabs.setTabEnabled(index, False)
        self.setCentralWidget(tabs)
        self.statusBar().showMessage(self.tr("Opening the database…"))
        self.setCursor(Qt.CursorShape.BusyCursor)

    def show_upgrading(self) -> None:
        """Said before a new version reorganises the database, which takes a while once."""
        self.waiting.setText(
            self.tr(
                "Updating the clinic's database for this version of OPCC Desk.\n"
                "This happens once and can take a minute on a large clinic. "
                "Please do not close the program."
            )
        )
        self.statusBar().showMessage(self.tr("Updating the database…"))
        QApplication.processEvents()
