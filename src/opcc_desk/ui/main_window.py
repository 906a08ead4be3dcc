"""The main window: three tabs, a menu, and care not to lose unsaved work."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from opcc_desk import __version__
from opcc_desk.domain.roles import Permission
from opcc_desk.services import backup, duplicates, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.connection import ConnectionBanner, ConnectionWatch
from opcc_desk.ui.referrals_tab import ReferralsTab
from opcc_desk.ui.tabs import ClientsTab, TherapistsTab

# Forms and dialogs are imported when first opened, not at start-up: between them they
# pull in ReportLab, Qt's PDF and printing modules and the field checks' libraries,
# which would hold back the first window by a good part of a second.
if TYPE_CHECKING:
    from opcc_desk.ui.audit_view import AuditDialog
    from opcc_desk.ui.duplicate_dialog import DuplicateDialog
    from opcc_desk.ui.editors import ClientEditor, TherapistEditor
    from opcc_desk.ui.followup_view import FollowUpSettingsDialog
    from opcc_desk.ui.import_preview import ImportPreviewDialog
    from opcc_desk.ui.letterhead_dialog import LetterheadDialog
    from opcc_desk.ui.login import IdleLock
    from opcc_desk.ui.match_view import MatchDialog
    from opcc_desk.ui.report_dialog import ReportDialog
    from opcc_desk.ui.settings_dialog import MatchSettingsDialog
    from opcc_desk.ui.users_dialog import ChangePasswordDialog, UsersDialog
    from opcc_desk.ui.waitlist_view import WaitlistDialog

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
        self.idle_lock: IdleLock | None = None  # set by the caller when staff sign in
        self.setWindowTitle("OPCC Desk")
        self.resize(1280, 800)

        self.clients_tab = ClientsTab(ctx)
        self.therapists_tab = TherapistsTab(ctx)
        self.referrals_tab = ReferralsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.clients_tab, "&Clients")
        self.tabs.addTab(self.therapists_tab, "&Therapists")
        self.tabs.addTab(self.referrals_tab, "&Referrals")
        # the banner sits above the tabs and shows only while the database is out of reach
        self.connection_banner = ConnectionBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.connection_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.clients_tab.edit_requested.connect(self.open_client)
        self.clients_tab.match_requested.connect(self.open_matches)
        self.therapists_tab.edit_requested.connect(self.open_therapist)
        self.referrals_tab.follow_up_count_changed.connect(self._show_follow_up_count)
        self.referrals_tab.match_requested.connect(self.open_matches)
        self.referrals_tab.changed.connect(self._referral_moved)
        self.events.changed.connect(self._reload)
        # waiting clients already pointed out for each therapist in this session
        self._waitlist_shown: dict[str, set[str]] = {}

        self._build_menu()
        where = QLabel(f"Database: {location}" if location else "")
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(where)
        # the directory loads when its tab is first opened: the desk starts on clients
        # and follow-ups, and a clinic's 2,000 therapists would hold the window back
        self._directory_loaded = False
        self.tabs.currentChanged.connect(self._load_directory_when_shown)
        for tab in (self.clients_tab, self.referrals_tab):
            tab.reload()
        if self.referrals_tab.follow_up_count:  # the morning's first job: follow-ups due
            self.tabs.setCurrentWidget(self.referrals_tab)
        else:  # the search box has the cursor: a name can be typed straight away
            self.clients_tab.search.setFocus()

        # Other desks' saves show up here without a restart; a lost connection is said
        # plainly, and forms that could not save are saved once it is back.
        self.connection = ConnectionWatch(ctx, parent=self)
        self.connection.changed.connect(self._changed_elsewhere)
        self.connection.lost.connect(self._connection_lost)
        self.connection.restored.connect(self._connection_restored)
        self.connection_banner.retry_requested.connect(self.connection.check)
        self.connection.start()

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
        lock = QAction("&Lock now", self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.triggered.connect(lambda: self.idle_lock.lock() if self.idle_lock else None)
        file_menu.addAction(lock)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        referrals_menu = self.menuBar().addMenu("R&eferrals")
        for label, handler in (
            ("&Needs follow-up", lambda: self.tabs.setCurrentWidget(self.referrals_tab)),
            ("&Waitlist…", self.open_waitlist),
            ("&Import intake file…", self.import_intake),
            ("Export &referral list…", self.referrals_tab.export_list),
            ("Export wait&list…", self.export_waitlist),
            ("&Follow-up delays…", self.open_follow_up_settings),
        ):
            item = QAction(label, self)
            item.triggered.connect(handler)
            referrals_menu.addAction(item)
        reports_menu = self.menuBar().addMenu("Re&ports")
        summary = QAction("Referral &summary…", self)
        summary.triggered.connect(self.open_report)
        reports_menu.addAction(summary)
        security = self.menuBar().addMenu("&Security")
        for text, slot in (
            ("&Audit log…", self.open_audit_log),
            ("&Staff accounts…", self.open_users),
            ("&Change my password…", self.change_password),
            ("&Back up now…", self.back_up_now),
            ("&Restore from a backup…", self.restore_backup),
            ("&Idle lock time…", self.set_idle_lock),
        ):
            action = QAction(text, self)
            action.triggered.connect(slot)
            security.addAction(action)
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
        from opcc_desk.ui.editors import ClientEditor

        try:
            editor = ClientEditor(self.ctx, client_id or None, self)
        except ServiceError as error:
            dialogs.show_error(self, "Cannot open the client", str(error))
            return None
        if not client_id:  # a new intake: does it look like someone already on file?
            editor.saved.connect(self.check_duplicates)
        return self._open_editor(editor, "clients")

    def open_therapist(self, therapist_id: str) -> TherapistEditor | None:
        from opcc_desk.ui.editors import TherapistEditor

        try:
            editor = TherapistEditor(self.ctx, therapist_id or None, self)
        except ServiceError as error:
            dialogs.show_error(self, "Cannot open the therapist", str(error))
            return None
        editor.saved.connect(self.point_out_waiting_clients)
        return self._open_editor(editor, "therapists")

    # ------------------------------------------------------------ referral workflow

    def _show_follow_up_count(self, count: int) -> None:
        text = f"&Referrals ({count} to follow up)" if count else "&Referrals"
        self.tabs.setTabText(self.tabs.indexOf(self.referrals_tab), text)

    def _referral_moved(self) -> None:
        self.connection.absorb()
        self.clients_tab.reload()
        self._reload_directory()

    def check_duplicates(self, client_id: str) -> DuplicateDialog | None:
        try:
            found = duplicates.duplicates_of(self.ctx, client_id)
        except ServiceError as error:
            dialogs.show_error(self, "Could not check for duplicates", str(error))
            return None
        if not found:
            return None
        from opcc_desk.ui.duplicate_dialog import DuplicateDialog

        dialog = DuplicateDialog(self.ctx, client_id, found, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, kept_id: str) -> None:
        self.events.changed.emit("clients")
        self.clients_tab.select_id(kept_id)
        self.statusBar().showMessage(f"Merged into client {kept_id}; nothing was deleted.", 8000)

    def point_out_waiting_clients(self, therapist_id: str) -> None:
        """A therapist was added or changed (accepting, capacity...): list the waiting
        clients they now fit. Nobody is contacted."""
        try:
            fits = waitlist.waiting_clients_for(self.ctx, therapist_id)
        except ServiceError:
            return
        shown = self._waitlist_shown.setdefault(therapist_id, set())
        new = [w for w in fits if w.client_id not in shown]
        if not new:
            return
        shown.update(w.client_id for w in new)
        listed = "\n".join(
            f"• {w.client_name} ({w.client_id}), {w.priority.value} priority, "
            f"waiting {w.days_waiting} days"
            for w in new
        )
        dialogs.show_info(
            self,
            "Waiting clients this therapist fits",
            f"Therapist {therapist_id} now fits:\n\n{listed}\n\n"
            "Nobody has been contacted. Open the waitlist to refer them.",
        )

    def open_waitlist(self) -> WaitlistDialog:
        from opcc_desk.ui.waitlist_view import WaitlistDialog

        dialog = WaitlistDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.match_requested.connect(self.open_matches)
        self.events.changed.connect(lambda _kind: dialog.reload())
        dialog.open()
        return dialog

    def export_waitlist(self) -> None:
        path = dialogs.choose_save_path(
            self, "Export the waitlist", "waitlist.csv", "CSV files (*.csv)"
        )
        if not path:
            return
        try:
            count = waitlist.export_waitlist(self.ctx, Path(path))
        except ServiceError as error:
            dialogs.show_error(self, "The waitlist was not exported", str(error))
            return
        dialogs.show_info(self, "Waitlist exported", f"{count} clients saved to {path}.")

    def import_intake(self) -> ImportPreviewDialog | None:
        from opcc_desk.ui.import_preview import ImportPreviewDialog

        path = dialogs.choose_open_path(
            self, "Import an intake file", "Intake files (*.csv *.json)"
        )
        if not path:
            return None
        dialog = ImportPreviewDialog(self.ctx, Path(path), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(lambda _n: self.events.changed.emit("clients"))
        dialog.open()
        return dialog

    def open_follow_up_settings(self) -> FollowUpSettingsDialog | None:
        from opcc_desk.ui.followup_view import FollowUpSettingsDialog

        try:
            self.ctx.require(Permission.SETTINGS)
        except ServiceError as error:
            dialogs.show_error(self, "Follow-up delays", str(error))
            return None
        dialog = FollowUpSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.referrals_tab.reload)
        dialog.open()
        return dialog

    def _open_editor(self, editor: E, kind: str) -> E:
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(lambda record_id: self._saved(kind, record_id))
        editor.finished.connect(lambda _result: self._forget(editor))
        editor.connection_lost.connect(self.connection.report_lost)
        self.editors.append(editor)
        editor.open()
        return editor

    def open_matches(self, client_id: str) -> MatchDialog:
        from opcc_desk.ui.match_view import MatchDialog

        dialog = MatchDialog(self.ctx, client_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.referred.connect(self._referred)
        dialog.open()
        return dialog

    def _referred(self, referral_id: int) -> None:
        self.events.changed.emit("referrals")
        self.clients_tab.reload()
        self._reload_directory()
        self.statusBar().showMessage(f"Referral {referral_id} created (proposed).", 8000)

    def open_match_settings(self) -> MatchSettingsDialog:
        from opcc_desk.ui.settings_dialog import MatchSettingsDialog

        dialog = MatchSettingsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_letterhead(self) -> LetterheadDialog:
        from opcc_desk.ui.letterhead_dialog import LetterheadDialog

        dialog = LetterheadDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_report(self) -> ReportDialog:
        from opcc_desk.ui.report_dialog import ReportDialog

        dialog = ReportDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ security

    def open_audit_log(self) -> AuditDialog | None:
        from opcc_desk.ui.audit_view import AuditDialog

        try:
            self.ctx.require(Permission.AUDIT)
        except ServiceError as error:
            dialogs.show_error(self, "Audit log", str(error))
            return None
        dialog = AuditDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_users(self) -> UsersDialog | None:
        from opcc_desk.ui.users_dialog import UsersDialog

        try:
            self.ctx.require(Permission.USERS)
        except ServiceError as error:
            dialogs.show_error(self, "Staff accounts", str(error))
            return None
        dialog = UsersDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def change_password(self) -> ChangePasswordDialog | None:
        from opcc_desk.ui.users_dialog import ChangePasswordDialog

        if self.ctx.role is None:
            dialogs.show_info(
                self, "Passwords", "This database has no staff accounts, so no passwords."
            )
            return None
        dialog = ChangePasswordDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def back_up_now(self) -> None:
        path = dialogs.choose_save_path(
            self, "Back up the database", "opcc-desk-backup.sqlite3", "Backups (*.sqlite3)"
        )
        if not path:
            return
        try:
            report = backup.backup(self.ctx, Path(path))
        except ServiceError as error:
            dialogs.show_error(self, "No backup was made", str(error))
            return
        rows = sum(report.tables.values())
        dialogs.show_info(self, "Backup made", f"Saved and checked: {rows} rows in {path}.")

    def restore_backup(self) -> None:
        path = dialogs.choose_open_path(self, "Restore from a backup", "Backups (*.sqlite3)")
        if not path or not dialogs.ask_yes_no(
            self,
            "Restore from a backup",
            "Replace everything in the database with this backup? Changes made since the "
            "backup will be gone. OPCC Desk closes afterwards; open it again to go on.",
        ):
            return
        try:
            backup.restore(self.ctx, Path(path), dispose=self.ctx.engine.dispose)
        except ServiceError as error:
            dialogs.show_error(
                self, "Nothing was restored", f"{error}. The live data is untouched."
            )
            return
        dialogs.show_info(self, "Restored", "The backup is in place. OPCC Desk will now close.")
        self.editors.clear()
        self.close()

    def set_idle_lock(self) -> None:
        from opcc_desk.domain.settings import (
            IDLE_LOCK,
            MAX_IDLE_MINUTES,
            MIN_IDLE_MINUTES,
            IdleLockTime,
        )
        from opcc_desk.services import settings

        minutes = dialogs.ask_number(
            self,
            "Idle lock",
            "Lock the window after this many minutes without use:",
            settings.get(self.ctx, IDLE_LOCK).minutes,
            MIN_IDLE_MINUTES,
            MAX_IDLE_MINUTES,
        )
        if minutes is None:
            return
        try:
            settings.save(self.ctx, IDLE_LOCK, IdleLockTime(minutes))
        except ServiceError as error:
            dialogs.show_error(self, "Idle lock", str(error))
            return
        if self.idle_lock is not None:
            self.idle_lock.set_minutes(minutes)

    def _forget(self, editor: ClientEditor | TherapistEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _saved(self, kind: str, record_id: str) -> None:
        self.events.changed.emit(kind)
        tab = self.clients_tab if kind == "clients" else self.therapists_tab
        tab.select_id(record_id)

    def _load_directory_when_shown(self, index: int) -> None:
        if not self._directory_loaded and self.tabs.widget(index) is self.therapists_tab:
            self._directory_loaded = True
            self.therapists_tab.reload()

    def _reload_directory(self) -> None:
        """Reload the Therapists tab if it was loaded; otherwise it loads when opened."""
        if self._directory_loaded:
            self.therapists_tab.reload()

    def _reload(self, kind: str) -> None:
        self.connection.absorb()  # this desk's own change: no second reload on the next look
        if kind in ("clients", "all"):
            self.clients_tab.reload()
        if kind in ("therapists", "all"):
            self._reload_directory()
        self.referrals_tab.reload()

    # ------------------------------------------------------------ other desks

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.connection.check_soon()  # back at the desk: show what others saved

    def _changed_elsewhere(self, kinds: set[str]) -> None:
        """Another desk saved something: reload the lists that show it, in place."""
        tabs: list[ClientsTab | TherapistsTab | ReferralsTab] = []
        if kinds & {"clients", "referrals"}:
            tabs.append(self.clients_tab)
        if kinds & {"therapists", "referrals"} and self._directory_loaded:
            tabs.append(self.therapists_tab)
        if kinds & {"clients", "therapists", "referrals"}:
            tabs.append(self.referrals_tab)
        for tab in tabs:
            self._reload_in_place(tab)

    def _reload_in_place(self, tab: ClientsTab | TherapistsTab | ReferralsTab) -> None:
        """Reload one list keeping its selection and scroll position (the search box and
        whatever is being typed there are not touched)."""
        bars = (tab.view.verticalScrollBar(), tab.view.horizontalScrollBar())
        where = [bar.value() for bar in bars]
        chosen = tab.selected_ids() if isinstance(tab, ReferralsTab) else []
        tab.reload()
        if isinstance(tab, ReferralsTab):
            tab.select_ids(chosen)
        for bar, value in zip(bars, where, strict=True):
            bar.setValue(value)

    def _connection_lost(self, reason: str) -> None:
        self.connection_banner.show_lost(reason)

    def _connection_restored(self) -> None:
        self.connection_banner.hide()
        self.statusBar().showMessage("The database answers again.", 8000)
        for tab in (self.clients_tab, self.therapists_tab, self.referrals_tab):
            self._reload_in_place(tab)
        for editor in list(self.editors):
            if editor.waiting_to_save:
                editor.retry_save()

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about every open form with unsaved changes before the program closes."""
        for editor in list(self.editors):
            if not editor.confirm_close():
                event.ignore()
                return
            editor.done(0)
        event.accept()
