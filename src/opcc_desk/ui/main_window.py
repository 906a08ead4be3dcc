"""The main window: three tabs, a menu, and care not to lose unsaved work."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QWidget

from opcc_desk import __version__
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.editors import ClientEditor, TherapistEditor
from opcc_desk.ui.letterhead_dialog import LetterheadDialog
from opcc_desk.ui.match_view import MatchDialog
from opcc_desk.ui.report_dialog import ReportDialog
from opcc_desk.ui.settings_dialog import MatchSettingsDialog
from opcc_desk.ui.tabs import ClientsTab, ReferralsTab, TherapistsTab

E = TypeVar("E", "ClientEditor", "TherapistEditor")


class DataEvents(QObject):
    """One signal every tab listens to: something was saved, reload what you show."""

    changed = Signal(str)  # "clients", "therapists", "referrals"


class MainWindow(QMainWindow):
    CLIENTS, THERAPISTS, REFERRALS = range(3)

    def __init__(
        self, ctx: ServiceContext, *, location: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.events = DataEvents(self)
        self.editors: list[ClientEditor | TherapistEditor] = []
        self.setWindowTitle("OPCC Desk")
        self.resize(1280, 800)

        self.clients_tab = ClientsTab(ctx)
        self.therapists_tab = TherapistsTab(ctx)
        self.referrals_tab = ReferralsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.clients_tab, "&Clients")
        self.tabs.addTab(self.therapists_tab, "&Therapists")
        self.tabs.addTab(self.referrals_tab, "&Referrals")
        self.setCentralWidget(self.tabs)

        self.clients_tab.edit_requested.connect(self.open_client)
        self.clients_tab.match_requested.connect(self.open_matches)
        self.therapists_tab.edit_requested.connect(self.open_therapist)
        self.events.changed.connect(self._reload)

        self._build_menu()
        where = QLabel(f"Database: {location}" if location else "")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(where)
        for tab in (self.clients_tab, self.therapists_tab, self.referrals_tab):
            tab.reload()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        new_client = QAction("New &client…", self)
        new_client.setShortcut(QKeySequence.StandardKey.New)
        new_client.triggered.connect(lambda: self.open_client(""))
        file_menu.addAction(new_client)
        new_therapist = QAction("New &therapist…", self)
        new_therapist.triggered.connect(lambda: self.open_therapist(""))
        file_menu.addAction(new_therapist)
        file_menu.addSeparator()
        settings = QAction("&Matching settings…", self)
        settings.triggered.connect(self.open_match_settings)
        file_menu.addAction(settings)
        letterhead = QAction("&Letterhead…", self)
        letterhead.triggered.connect(self.open_letterhead)
        file_menu.addAction(letterhead)
        refresh = QAction("&Refresh", self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.events.changed.emit("all"))
        file_menu.addAction(refresh)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        reports_menu = self.menuBar().addMenu("Re&ports")
        summary = QAction("Referral &summary…", self)
        summary.triggered.connect(self.open_report)
        reports_menu.addAction(summary)
        help_menu = self.menuBar().addMenu("&Help")
        about = QAction("&About OPCC Desk", self)
        about.triggered.connect(
            lambda: dialogs.show_info(
                self,
                "About OPCC Desk",
                f"OPCC Desk {__version__}\n"
                "Intake, therapist directory, matching and referral letters.\n\n"
                "In a crisis, call or text 9-8-8 (Canada), any hour.",
            )
        )
        help_menu.addAction(about)

    # ------------------------------------------------------------ editors

    def open_client(self, client_id: str) -> ClientEditor | None:
        try:
            editor = ClientEditor(self.ctx, client_id or None, self)
        except ServiceError as error:
            dialogs.show_error(self, "Cannot open the client", str(error))
            return None
        return self._open_editor(editor, "clients")

    def open_therapist(self, therapist_id: str) -> TherapistEditor | None:
        try:
            editor = TherapistEditor(self.ctx, therapist_id or None, self)
        except ServiceError as error:
            dialogs.show_error(self, "Cannot open the therapist", str(error))
            return None
        return self._open_editor(editor, "therapists")

    def _open_editor(self, editor: E, kind: str) -> E:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda record_id: self._saved(kind, record_id))
        editor.finished.connect(lambda _result: self._forget(editor))
        self.editors.append(editor)
        editor.open()
        return editor

    def open_matches(self, client_id: str) -> MatchDialog:
        dialog = MatchDialog(self.ctx, client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.referred.connect(self._referred)
        dialog.open()
        return dialog

    def _referred(self, referral_id: int) -> None:
        self.events.changed.emit("referrals")
        self.clients_tab.reload()
        self.therapists_tab.reload()
        self.statusBar().showMessage(f"Referral {referral_id} created (proposed).", 8000)

    def open_match_settings(self) -> MatchSettingsDialog:
        dialog = MatchSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_letterhead(self) -> LetterheadDialog:
        dialog = LetterheadDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_report(self) -> ReportDialog:
        dialog = ReportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _forget(self, editor: ClientEditor | TherapistEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _saved(self, kind: str, record_id: str) -> None:
        self.events.changed.emit(kind)
        tab = self.clients_tab if kind == "clients" else self.therapists_tab
        tab.select_id(record_id)

    def _reload(self, kind: str) -> None:
        if kind in ("clients", "all"):
            self.clients_tab.reload()
        if kind in ("therapists", "all"):
            self.therapists_tab.reload()
        self.referrals_tab.reload()

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about every open form with unsaved changes before the program closes."""
        for editor in list(self.editors):
            if not editor.confirm_close():
                event.ignore()
                return
            editor.done(0)
        event.accept()
