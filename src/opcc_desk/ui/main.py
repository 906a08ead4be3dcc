"""Starts the window: the Qt application, the crash hook, the database, the main window.

Start-up order matters for how quick the program feels: Qt and a plain frame of the
window come first (StartingWindow, on screen in about the time of a bare Qt window),
and only then the database layer, the sign-in and the full window, which take its
place. This module therefore imports the database side inside its functions.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from opcc_desk import __version__
from opcc_desk.crashlog import log_crash
from opcc_desk.paths import data_dir
from opcc_desk.ui import accessibility, i18n
from opcc_desk.ui.fonts import register_fonts
from opcc_desk.ui.starting import StartingWindow

if TYPE_CHECKING:
    from opcc_desk.services.context import ServiceContext
    from opcc_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def crash_report(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """Text for the crash box: our bug, so the full trace, but no record contents."""
    lines = traceback.format_exception(kind, value, tb)
    return f"OPCC Desk {__version__}\n" + "".join(lines)


def install_crash_hook(app: QApplication) -> None:
    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        from PySide6.QtWidgets import QMessageBox

        from opcc_desk.services.errors import ServiceError
        from opcc_desk.ui import dialogs

        if isinstance(value, ServiceError):
            dialogs.show_error(app.activeWindow(), "OPCC Desk", str(value))
            return
        log_crash(kind, tb, "the window")
        box = QMessageBox(app.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("Main", "OPCC Desk: unexpected problem"))
        box.setText(
            QCoreApplication.translate(
                "Main",
                "Something went wrong inside OPCC Desk. Your saved work is safe.\n"
                "Please copy the report below and send it to your IT helper.",
            )
        )
        box.setDetailedText(crash_report(kind, value, tb))
        box.exec()

    sys.excepthook = hook


def make_application(argv: list[str] | None = None, *, fonts: bool = True) -> QApplication:
    """The Qt application; ``fonts=False`` leaves the bundled fonts for later (the
    window's start registers them once its frame is painted)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or [sys.argv[0]])
    app.setApplicationName("OPCC Desk")
    app.setOrganizationName("OPCC")
    app.setApplicationVersion(__version__)
    accessibility.install(app)
    if fonts:
        use_bundled_fonts(app)
    return app


def use_bundled_fonts(app: QApplication) -> None:
    """Every script in a client's name shows, whatever fonts the computer has."""
    fallbacks = register_fonts()
    font = app.font()
    font.setFamilies([font.family(), *fallbacks])
    app.setFont(font)


def show_starting_window() -> StartingWindow:
    """The frame of the window, painted before anything heavy is loaded."""
    starting = StartingWindow()
    starting.show()
    QApplication.processEvents()
    return starting


def open_for_window(url: str, starting: StartingWindow | None = None) -> ServiceContext | None:
    """The database, after the first-start wizard or a sign-in as needed; None if cancelled.

    While a new version upgrades the database's layout, ``starting`` says so."""
    from PySide6.QtWidgets import QDialog

    from opcc_desk.app import create_database, is_new_database, open_context, safe_url
    from opcc_desk.services.errors import LoginRequired
    from opcc_desk.ui.login import FirstStartDialog, LoginDialog

    def upgrading() -> None:
        if starting is not None:
            starting.show_upgrading()

    where = safe_url(url)
    if is_new_database(url):
        first = FirstStartDialog(
            lambda admin, password, encrypted: create_database(
                url, admin, password, encrypted=encrypted
            )
        )
        return first.ctx if first.exec() == QDialog.DialogCode.Accepted else None
    try:
        return open_context(url, before_upgrade=upgrading)
    except LoginRequired:
        pass
    login = LoginDialog(
        lambda user, password: open_context(
            url, user=user, password=password, before_upgrade=upgrading
        ),
        where,
    )
    return login.ctx if login.exec() == QDialog.DialogCode.Accepted else None


def open_main_window(ctx: ServiceContext, url: str, starting: QWidget) -> MainWindow:
    """The full window, in the starting window's place (size, position, maximised)."""
    desk = Desk(url)
    window = desk.open_window(ctx, starting)
    starting.close()
    return window


class Desk(QObject):
    """Whoever is signed in has the window. Signing out closes it and shows the sign-in;
    the next person gets a window of their own, with their role, without a restart."""

    def __init__(self, url: str) -> None:
        # the application keeps the desk for as long as the program runs
        super().__init__(QApplication.instance())
        self.url = url
        self.window: MainWindow | None = None
        self.login: QDialog | None = None

    def open_window(
        self, ctx: ServiceContext, like: QWidget, *, ask_details: bool = False
    ) -> MainWindow:
        """The window for ``ctx`` in ``like``'s place; ``ask_details``: once it shows, ask
        for the clinic's details while they are the examples (the program's own start and
        each sign-in, not a bare window)."""
        from opcc_desk.app import safe_url
        from opcc_desk.domain.settings import IDLE_LOCK
        from opcc_desk.services import accounts, settings
        from opcc_desk.ui.login import IdleLock
        from opcc_desk.ui.main_window import MainWindow

        window = MainWindow(ctx, location=safe_url(self.url))
        if ctx.role is not None:
            window.idle_lock = IdleLock(
                settings.get(ctx, IDLE_LOCK).minutes,
                ctx.user,
                lambda password: accounts.confirm_password(ctx, password),
                window,
            )
        window.setGeometry(like.geometry())
        window.setWindowState(like.windowState())
        window.signed_out.connect(self._signed_out)
        window.language_chosen.connect(self._speak)
        window.switches_language = True
        self.window = window
        window.show()
        if ask_details:
            # once the window is on screen, so the question has the window behind it
            QTimer.singleShot(0, window.ask_for_clinic_details)
        return window

    def _speak(self, code: str) -> None:
        """File → Language… chose ``code`` and the forms are closed: a window in that
        language takes the old one's place, signed in as before (nothing is audited: the
        same person is at the desk)."""
        old = self.window
        assert old is not None
        i18n.install(code)
        window = self.open_window(old.ctx, old)
        old.leave_for(window)
        old.deleteLater()
        window.statusBar().showMessage(i18n.NOW_SPEAKING[code], 10_000)

    def _signed_out(self) -> None:
        """The window is closing after a sign-out: the sign-in, for the next person."""
        from opcc_desk.app import open_context, safe_url
        from opcc_desk.ui.login import LoginDialog

        old = self.window
        assert old is not None
        old.ctx.engine.dispose()  # the next person opens the database with their own key
        login = LoginDialog(
            lambda user, password: open_context(self.url, user=user, password=password),
            safe_url(self.url),
        )
        login.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        login.accepted.connect(lambda: self._signed_in(login, old))
        login.rejected.connect(self._nobody)
        self.login = login
        self.window = None
        login.open()

    def _signed_in(self, login: QDialog, old: MainWindow) -> None:
        ctx = getattr(login, "ctx", None)
        self.login = None
        if ctx is not None:
            self.open_window(ctx, old, ask_details=True)
        old.deleteLater()

    def _nobody(self) -> None:
        """The sign-in was closed without signing in: the program ends."""
        self.login = None
        QApplication.quit()


def run_gui(url: str, *, after_first_paint: Callable[[], None] | None = None) -> int:
    """The window on ``url``; ``after_first_paint`` runs once the starting window shows
    (the entry point opens its log file there)."""
    app = make_application(fonts=False)
    i18n.install(i18n.startup_language())
    install_crash_hook(app)
    starting = show_starting_window()
    if after_first_paint is not None:
        after_first_paint()
    use_bundled_fonts(app)  # after the first paint: the frame shows no client names
    from opcc_desk.services.errors import ServiceError

    try:
        ctx = open_for_window(url, starting)
    except ServiceError as error:
        starting.close()
        from opcc_desk.ui import dialogs

        dialogs.show_error(
            None,
            QCoreApplication.translate("Main", "OPCC Desk cannot open its database"),
            str(error),
        )
        return 2
    if ctx is None:  # the sign-in was cancelled
        starting.close()
        return 0
    desk = Desk(url)
    desk.open_window(ctx, starting, ask_details=True)
    starting.close()
    code = app.exec()
    window = desk.window  # None when the program ended at the sign-in after a sign-out
    if window is not None:
        window.connection.stop()
        _daily_backup(window.ctx)
        window.ctx.engine.dispose()
    return int(code)


def _daily_backup(ctx: ServiceContext) -> None:
    """Once a day, on closing: a verified copy in the data folder, the last week kept."""
    from opcc_desk.services import backup
    from opcc_desk.services.errors import ServiceError

    try:
        made = backup.daily_backup(ctx, data_dir() / "backups", ctx.clock())
    except ServiceError as error:
        log.warning("daily backup failed: %s", type(error).__name__)
        return
    if made is not None:
        log.info("daily backup written: %s", made.name)
