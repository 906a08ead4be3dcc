"""Starts the window: the Qt application, the crash hook, the database, the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from opcc_desk import __version__
from opcc_desk.app import open_context, safe_url
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.fonts import register_fonts
from opcc_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """Text for the crash box: our bug, so the full trace, but no record contents."""
    lines = traceback.format_exception(kind, value, tb)
    return f"OPCC Desk {__version__}\n" + "".join(lines)


def install_crash_hook(app: QApplication) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error: %s", kind.__name__, exc_info=(kind, value, tb))
        if isinstance(value, ServiceError):
            dialogs.show_error(app.activeWindow(), "OPCC Desk", str(value))
            return
        box = QMessageBox(app.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle("OPCC Desk: unexpected problem")
        box.setText(
            "Something went wrong inside OPCC Desk. Your saved work is safe.\n"
            "Please copy the report below and send it to your IT helper."
        )
        box.setDetailedText(crash_report(kind, value, tb))
        box.exec()

    sys.excepthook = hook


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("OPCC Desk")
    app.setOrganizationName("OPCC")
    app.setApplicationVersion(__version__)
    fallbacks = register_fonts()
    font = app.font()
    font.setFamilies([font.family(), *fallbacks])
    app.setFont(font)
    return app


def run_gui(url: str) -> int:
    app = make_application()
    install_crash_hook(app)
    try:
        ctx = open_context(url)
    except ServiceError as error:
        dialogs.show_error(None, "OPCC Desk cannot open its database", str(error))
        return 2
    window = MainWindow(ctx, location=safe_url(url))
    window.show()
    code = app.exec()
    ctx.engine.dispose()
    return int(code)
