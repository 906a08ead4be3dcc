"""The main window: three tabs, a menu, and care not to lose unsaved work.

It routes: each dialog is opened through one helper (the permission it needs, one
instance at a time, every connection tied to the dialog's life), and one table says
which tab reloads on which kind of change, made here or at another desk.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypeVar, cast, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from opcc_desk import __version__
from opcc_desk.domain.changes import EVERYTHING, ChangeKind
from opcc_desk.domain.roles import Permission
from opcc_desk.services import backup, duplicates, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotAllowed, ServiceError
from opcc_desk.ui import accessibility, dialogs, i18n
from opcc_desk.ui.connection import ConnectionBanner, ConnectionWatch
from opcc_desk.ui.csv_export import WAITLIST, export_csv
from opcc_desk.ui.permissions import gate
from opcc_desk.ui.referrals_tab import ReferralsTab, waiting_line
from opcc_desk.ui.tabs import ClientsTab, TherapistsTab
from opcc_desk.ui.widgets.dialog_parts import fit_on_screen

# Forms and dialogs are imported when first opened, not at start-up: between them they
# pull in ReportLab, Qt's PDF and printing modules and the field checks' libraries,
# which would hold back the first window by a good part of a second.
if TYPE_CHECKING:
    from opcc_desk.ui.audit_view import AuditDialog
    from opcc_desk.ui.client_page import ClientPage
    from opcc_desk.ui.consent_view import ConsentDialog
    from opcc_desk.ui.directory_dialog import DirectoryDialog
    from opcc_desk.ui.duplicate_dialog import DuplicateDialog
    from opcc_desk.ui.followup_view import FollowUpSettingsDialog
    from opcc_desk.ui.forms.client_form import ClientEditor
    from opcc_desk.ui.forms.therapist_form import TherapistEditor
    from opcc_desk.ui.help_view import HelpDialog
    from opcc_desk.ui.import_preview import ImportPreviewDialog
    from opcc_desk.ui.letterhead_dialog import LetterheadDialog
    from opcc_desk.ui.login import IdleLock
    from opcc_desk.ui.mail_server_dialog import MailServerDialog
    from opcc_desk.ui.match_view import MatchDialog
    from opcc_desk.ui.report_dialog import ReportDialog
    from opcc_desk.ui.settings_dialog import MatchSettingsDialog
    from opcc_desk.ui.users_dialog import ChangePasswordDialog, UsersDialog
    from opcc_desk.ui.waitlist_view import WaitlistDialog

log = logging.getLogger(__name__)

D = TypeVar("D", bound=QDialog)
E = TypeVar("E", "ClientEditor", "TherapistEditor")
ListTab = ClientsTab | TherapistsTab | ReferralsTab


@runtime_checkable
class Reloads(Protocol):
    """A dialog that shows records and reads them again when this desk saves."""

    def reload(self) -> None: ...


class DataEvents(QObject):
    """One signal for this desk's own saves: the tabs and the open dialogs that show
    what was saved reload it."""

    changed = Signal(object)  # frozenset[ChangeKind]


class MainWindow(QMainWindow):
    CLIENTS, THERAPISTS, REFERRALS = range(3)
    signed_out = Signal()  # the window is closing; the next person signs in
    # File → Language… chose another language and every form is closed: the desk opens a
    # window in that language in this one's place (see ui/main.py, Desk)
    language_chosen = Signal(str)

    def __init__(
        self, ctx: ServiceContext, *, location: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        accessibility.install()  # also when a test or script makes the window directly
        self.ctx = ctx
        self.events = DataEvents(self)
        self.editors: list[ClientEditor | TherapistEditor] = []
        self._dialogs: dict[str, QDialog] = {}  # the one open dialog of each kind
        self.idle_lock: IdleLock | None = None  # set by the caller when staff sign in
        # set by the desk that listens to language_chosen (a bare window keeps its words)
        self.switches_language = False
        # what each menu action needs (see _apply_role); the rest anyone signed in may use
        self.needs: dict[QAction, Permission] = {}
        self._signing_out = False
        self.setWindowTitle("OPCC Desk")
        self.resize(1280, 800)
        fit_on_screen(self)

        self.clients_tab = ClientsTab(ctx)
        self.therapists_tab = TherapistsTab(ctx)
        self.referrals_tab = ReferralsTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.clients_tab, self.tr("&Clients"))
        self.tabs.addTab(self.therapists_tab, self.tr("&Therapists"))
        self.tabs.addTab(self.referrals_tab, self.tr("&Referrals"))
        # Which tabs show each kind of record, so reload when it changes (here or at
        # another desk). A referral carries its client's and therapist's open counts;
        # the follow-up delays (a setting) decide which referrals are due.
        self.reloads: dict[ChangeKind, tuple[ListTab, ...]] = {
            ChangeKind.CLIENTS: (self.clients_tab, self.referrals_tab),
            ChangeKind.THERAPISTS: (self.therapists_tab, self.referrals_tab),
            ChangeKind.REFERRALS: (self.clients_tab, self.therapists_tab, self.referrals_tab),
            ChangeKind.SETTINGS: (self.referrals_tab,),
        }
        # the banner sits above the tabs and shows only while the database is out of reach
        self.connection_banner = ConnectionBanner()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.connection_banner)
        column.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        self.clients_tab.edit_requested.connect(self.open_client)
        self.clients_tab.page_requested.connect(self.open_client_page)
        self.clients_tab.match_requested.connect(self.open_matches)
        self.therapists_tab.edit_requested.connect(self.open_therapist)
        self.referrals_tab.follow_up_count_changed.connect(self._show_follow_up_count)
        self.referrals_tab.match_requested.connect(self.open_matches)
        self.referrals_tab.changed.connect(self._referral_moved)
        self.events.changed.connect(self._reload)
        # waiting clients already pointed out for each therapist in this session
        self._waitlist_shown: dict[str, set[str]] = {}

        self._build_menu()
        where = QLabel(
            self.tr("Database: {location}").format(location=location) if location else ""
        )
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

    def _add(
        self,
        menu: QMenu,
        text: str,
        slot: Callable[[], object],
        *,
        needs: Permission | None = None,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        """One menu item; ``needs`` enters it in the table of what each role may use."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        if needs is not None:
            self.needs[action] = needs
        return action

    def _build_menu(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._add(
            file_menu,
            self.tr("New &client…"),
            lambda: self.open_client(""),
            needs=Permission.CLIENTS,
            shortcut=QKeySequence.StandardKey.New,
        )
        self._add(
            file_menu,
            self.tr("New &therapist…"),
            lambda: self.open_therapist(""),
            needs=Permission.THERAPISTS,
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            self.tr("&Matching settings…"),
            self.open_match_settings,
            needs=Permission.SETTINGS,
        )
        self._add(
            file_menu,
            self.tr("Clinic &details…"),
            self.open_letterhead,
            needs=Permission.SETTINGS,
        )
        self._add(file_menu, self.tr("Lan&guage…"), self.change_language)
        self._add(
            file_menu,
            self.tr("&Refresh"),
            lambda: self.changed_here(*EVERYTHING),
            shortcut=QKeySequence.StandardKey.Refresh,
        )
        file_menu.addSeparator()
        self._add(
            file_menu,
            self.tr("&Lock now"),
            lambda: self.idle_lock.lock() if self.idle_lock else None,
            shortcut=QKeySequence("Ctrl+L"),
        )
        self.sign_out_action = self._add(file_menu, self.tr("Sign &out…"), self.sign_out)
        self._add(file_menu, self.tr("&Quit"), self.close, shortcut=QKeySequence.StandardKey.Quit)
        therapists_menu = bar.addMenu(self.tr("Therap&ists"))
        self._add(
            therapists_menu,
            self.tr("&Publish directory…"),
            self.publish_directory,
            needs=Permission.THERAPISTS,
        )
        referrals_menu = bar.addMenu(self.tr("R&eferrals"))
        for label, handler, needs in (
            (
                self.tr("&Needs follow-up"),
                lambda: self.tabs.setCurrentWidget(self.referrals_tab),
                None,
            ),
            (self.tr("&Waitlist…"), self.open_waitlist, Permission.REFERRALS),
            (self.tr("&Import intake file…"), self.import_intake, Permission.CLIENTS),
            (
                self.tr("Export &referral list…"),
                self.referrals_tab.export_list,
                Permission.EXPORT,
            ),
            (self.tr("Export wait&list…"), self.export_waitlist, Permission.EXPORT),
            (
                self.tr("&Follow-up delays…"),
                self.open_follow_up_settings,
                Permission.SETTINGS,
            ),
        ):
            self._add(referrals_menu, label, handler, needs=needs)
        reports_menu = bar.addMenu(self.tr("Re&ports"))
        self._add(
            reports_menu,
            self.tr("Referral &summary…"),
            self.open_report,
            needs=Permission.REPORTS,
        )
        self._add(
            reports_menu,
            self.tr("Clients without &consent…"),
            self.open_without_consent,
            needs=Permission.REPORTS,
        )
        security = bar.addMenu(self.tr("Sec&urity"))
        for text, slot, needs in (
            (self.tr("&Audit log…"), self.open_audit_log, Permission.AUDIT),
            (self.tr("&Staff accounts…"), self.open_users, Permission.USERS),
            (self.tr("&Change my password…"), self.change_password, None),
            (self.tr("&Back up now…"), self.back_up_now, Permission.BACKUP),
            (self.tr("&Restore from a backup…"), self.restore_backup, Permission.BACKUP),
            (self.tr("&Idle lock time…"), self.set_idle_lock, Permission.SETTINGS),
        ):
            self._add(security, text, slot, needs=needs)
        self._add(
            security,
            self.tr("&Mail server…"),
            lambda: self.open_mail_server(),
            needs=Permission.MAIL_SERVER,
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        self._add(
            help_menu,
            self.tr("&User guide"),
            self.open_guide,
            shortcut=QKeySequence.StandardKey.HelpContents,
        )
        self._add(help_menu, self.tr("&About OPCC Desk"), self.show_about)
        for top in bar.actions():
            if isinstance(menu := top.menu(), QMenu):
                menu.setToolTipsVisible(True)  # a disabled item's tip says who may use it
        self._apply_role()

    def _apply_role(self) -> None:
        """Disable what the signed-in role may not use, saying which accounts may."""
        for action, needs in self.needs.items():
            gate(action, self.ctx.role, needs)
        signed_in = self.ctx.role is not None
        self.sign_out_action.setEnabled(signed_in)
        tip = (
            self.tr("Close the window for the next person, who signs in with their own account")
            if signed_in
            else self.tr("This database has no staff accounts: nobody is signed in")
        )
        self.sign_out_action.setToolTip(tip)
        self.sign_out_action.setStatusTip(tip)

    def show_about(self) -> None:
        dialogs.show_info(
            self,
            self.tr("About OPCC Desk"),
            self.tr(
                "OPCC Desk {version}\n"
                "Intake, therapist directory, matching and referral letters.\n\n"
                "In a crisis, call or text 9-8-8 (Canada), any hour."
            ).format(version=__version__),
        )

    # ------------------------------------------------------------ opening dialogs

    def open_dialog(
        self,
        make: Callable[[], D],
        *,
        title: str,
        key: str = "",
        single: bool = True,
        needs: Permission | None = None,
        reloads: bool = False,
        wire: Callable[[D], object] | None = None,
        modeless: bool = False,
    ) -> D | None:
        """Open a dialog the one way every dialog opens.

        Refused (with a message naming the role that may) when the signed-in role lacks
        ``needs``; unless ``single`` is False, the dialog already open under ``key`` (the
        title when none is given) is brought forward rather than opened twice;
        ``reloads``: the dialog's reload() runs after this desk's saves;
        ``wire`` connects the new dialog's own signals (once, when it is made).
        Every connection is the dialog's own signal or a method of the dialog, so Qt
        drops it when the dialog is deleted: none can reach a dialog that is gone.
        A record that cannot be read (``make`` raises ServiceError) is said plainly.
        ``modeless``: the window stays usable beside it (the user guide, read while working).
        """
        if needs is not None:
            try:
                self.ctx.require(needs)
            except ServiceError as error:
                dialogs.show_error(self, title, str(error))
                return None
        key = key or title
        if single and (already := self._dialogs.get(key)) is not None:
            already.raise_()
            already.activateWindow()
            return cast(D, already)
        try:
            dialog = make()
        except ServiceError as error:
            dialogs.show_error(self, title, str(error))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if single:
            self._dialogs[key] = dialog
            dialog.finished.connect(lambda _result: self._dialog_closed(key, dialog))
        if reloads:
            assert isinstance(dialog, Reloads)
            self.events.changed.connect(dialog.reload)  # a bound method: Qt disconnects it
        if wire is not None:
            wire(dialog)
        fit_on_screen(dialog)
        if modeless:
            dialog.show()
        else:
            dialog.open()
        return dialog

    def _dialog_closed(self, key: str, dialog: QDialog) -> None:
        if self._dialogs.get(key) is dialog:
            del self._dialogs[key]

    # ------------------------------------------------------------ editors

    def open_client(self, client_id: str) -> ClientEditor | None:
        from opcc_desk.ui.forms.client_form import ClientEditor

        return self._open_editor(
            lambda: ClientEditor(self.ctx, client_id or None, self),
            ChangeKind.CLIENTS,
            client_id,
            self.tr("Cannot open the client"),
            # a new intake: does it look like someone already on file?
            then=None if client_id else lambda e: e.saved.connect(self.check_duplicates),
        )

    def open_client_page(self, client_id: str) -> ClientPage | None:
        """Everything about one client; its own changes and this desk's saves show there."""
        from opcc_desk.ui.client_page import ClientPage

        def wire(page: ClientPage) -> None:
            page.edit_requested.connect(self.open_client)
            page.contact_logged.connect(self._contact_logged)
            self.events.changed.connect(page.changed)  # a bound method: Qt disconnects it

        return self.open_dialog(
            lambda: ClientPage(self.ctx, client_id, self),
            title=QCoreApplication.translate("MainWindow", "Cannot open the client's page"),
            key=f"page:{client_id}",
            needs=Permission.CLIENTS,
            wire=wire,
        )

    def _contact_logged(self, _client_id: str) -> None:
        # the page read itself again; the follow-up list shows each client's last contact
        self.referrals_tab.follow_ups.reload()

    def open_therapist(self, therapist_id: str) -> TherapistEditor | None:
        from opcc_desk.ui.forms.therapist_form import TherapistEditor

        return self._open_editor(
            lambda: TherapistEditor(self.ctx, therapist_id or None, self),
            ChangeKind.THERAPISTS,
            therapist_id,
            self.tr("Cannot open the therapist"),
            then=lambda editor: editor.saved.connect(self.point_out_waiting_clients),
        )

    def _open_editor(
        self,
        make: Callable[[], E],
        kind: ChangeKind,
        record_id: str,
        title: str,
        then: Callable[[E], object] | None = None,
    ) -> E | None:
        """One form per stored record (a new record's form has no key: it has no id)."""
        tab = self.clients_tab if kind is ChangeKind.CLIENTS else self.therapists_tab

        def wire(editor: E) -> None:
            editor.saved.connect(lambda record_id: self._saved(kind, tab, record_id))
            editor.finished.connect(lambda _result: self._forget(editor))
            editor.connection_lost.connect(self.connection.report_lost)
            self.editors.append(editor)
            if then is not None:
                then(editor)

        return self.open_dialog(
            make, title=title, key=f"{kind.value}:{record_id}", single=bool(record_id), wire=wire
        )

    # ------------------------------------------------------------ referral workflow

    def _show_follow_up_count(self, count: int) -> None:
        text = (
            self.tr("&Referrals (%n to follow up)", "", count) if count else self.tr("&Referrals")
        )
        self.tabs.setTabText(self.tabs.indexOf(self.referrals_tab), text)

    def _referral_moved(self) -> None:
        # the Referrals tab has reloaded itself after the move
        self._reload([ChangeKind.REFERRALS], skip=self.referrals_tab)

    def check_duplicates(self, client_id: str) -> DuplicateDialog | None:
        try:
            found = duplicates.duplicates_of(self.ctx, client_id)
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Could not check for duplicates"), str(error))
            return None
        if not found:
            return None
        from opcc_desk.ui.duplicate_dialog import DuplicateDialog

        return self.open_dialog(
            lambda: DuplicateDialog(self.ctx, client_id, found, self),
            title=self.tr("Possible duplicate"),
            key=f"duplicates:{client_id}",
            wire=lambda dialog: dialog.merged.connect(self._merged),
        )

    def _merged(self, kept_id: str) -> None:
        self.changed_here(ChangeKind.CLIENTS)
        self.clients_tab.select_id(kept_id)
        self.statusBar().showMessage(
            self.tr("Merged into client {id}; nothing was deleted.").format(id=kept_id), 8000
        )

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
        listed = "\n".join(waiting_line(w) for w in new)
        dialogs.show_info(
            self,
            self.tr("Waiting clients this therapist fits"),
            self.tr(
                "Therapist {id} now fits:\n\n{listed}\n\n"
                "Nobody has been contacted. Open the waitlist to refer them."
            ).format(id=therapist_id, listed=listed),
        )

    def open_waitlist(self) -> WaitlistDialog | None:
        from opcc_desk.ui.waitlist_view import WaitlistDialog

        return self.open_dialog(
            lambda: WaitlistDialog(self.ctx, self),
            title=self.tr("Waitlist"),
            reloads=True,
            wire=lambda dialog: dialog.match_requested.connect(self.open_matches),
        )

    def export_waitlist(self) -> None:
        export_csv(self, self.ctx, WAITLIST)

    def import_intake(self) -> ImportPreviewDialog | None:
        from opcc_desk.ui.import_preview import ImportPreviewDialog

        path = dialogs.choose_open_path(
            self, self.tr("Import an intake file"), self.tr("Intake files (*.csv *.json)")
        )
        if not path:
            return None
        return self.open_dialog(
            lambda: ImportPreviewDialog(self.ctx, Path(path), self),
            title=self.tr("Import an intake file"),
            wire=lambda dialog: dialog.imported.connect(self._imported),
        )

    def _imported(self, _count: int) -> None:
        self.changed_here(ChangeKind.CLIENTS)

    def open_follow_up_settings(self) -> FollowUpSettingsDialog | None:
        from opcc_desk.ui.followup_view import FollowUpSettingsDialog

        return self.open_dialog(
            lambda: FollowUpSettingsDialog(self.ctx, self),
            title=self.tr("Follow-up delays"),
            needs=Permission.SETTINGS,
            wire=lambda dialog: dialog.accepted.connect(self._settings_saved),
        )

    def _settings_saved(self) -> None:
        self.changed_here(ChangeKind.SETTINGS)

    def open_matches(self, client_id: str) -> MatchDialog | None:
        from opcc_desk.ui.match_view import MatchDialog

        return self.open_dialog(
            lambda: MatchDialog(self.ctx, client_id, self),
            title=self.tr("Cannot find matches"),
            key=f"matches:{client_id}",
            wire=lambda dialog: dialog.referred.connect(self._referred),
        )

    def _referred(self, referral_id: int) -> None:
        self.changed_here(ChangeKind.REFERRALS)
        self.referrals_tab.show_referral(referral_id)  # chosen, ready for its letter
        self.statusBar().showMessage(
            self.tr("Referral {id} created (proposed).").format(id=referral_id), 8000
        )

    def open_without_consent(self) -> ConsentDialog | None:
        from opcc_desk.ui.consent_view import ConsentDialog

        return self.open_dialog(
            lambda: ConsentDialog(self.ctx, self),
            title=self.tr("Clients without consent"),
            needs=Permission.REPORTS,
            reloads=True,
            wire=lambda dialog: dialog.client_chosen.connect(self.open_client),
        )

    def open_match_settings(self) -> MatchSettingsDialog | None:
        from opcc_desk.ui.settings_dialog import MatchSettingsDialog

        return self.open_dialog(
            lambda: MatchSettingsDialog(self.ctx, self),
            title=self.tr("Matching settings"),
            needs=Permission.SETTINGS,
        )

    def open_letterhead(self, *, first_start: bool = False) -> LetterheadDialog | None:
        from opcc_desk.ui.letterhead_dialog import LetterheadDialog

        return self.open_dialog(
            lambda: LetterheadDialog(self.ctx, self, first_start=first_start),
            title=self.tr("Clinic details"),
            needs=Permission.SETTINGS,
        )

    def ask_for_clinic_details(self) -> LetterheadDialog | None:
        """Once after sign-in, while the clinic's details are still the examples: the
        dialog (with a Later button) for someone who may set them, a note to ask the
        director for anyone else. Returns the dialog when it opened."""
        from opcc_desk.letters.letterhead import LETTERHEAD
        from opcc_desk.services import settings

        try:
            if settings.get(self.ctx, LETTERHEAD).is_set:
                return None
            self.ctx.require(Permission.SETTINGS)
        except NotAllowed:
            dialogs.show_info(
                self,
                self.tr("Clinic details"),
                self.tr(
                    "The clinic's details (name, address, who signs the letters) are not set "
                    "yet, so letters show example ones. Please ask the director to enter "
                    "them under File > Clinic details."
                ),
            )
            return None
        except ServiceError:
            return None  # the database is out of reach; the connection banner says so
        return self.open_letterhead(first_start=True)

    def open_report(self) -> ReportDialog | None:
        from opcc_desk.ui.report_dialog import ReportDialog

        return self.open_dialog(
            lambda: ReportDialog(self.ctx, self),
            title=self.tr("Referral summary"),
            needs=Permission.REPORTS,
        )

    def publish_directory(self) -> DirectoryDialog:
        from opcc_desk.ui.directory_dialog import open_directory_dialog

        return open_directory_dialog(self.ctx, self)

    # ------------------------------------------------------------ security

    def open_audit_log(self) -> AuditDialog | None:
        from opcc_desk.ui.audit_view import AuditDialog

        return self.open_dialog(
            lambda: AuditDialog(self.ctx, self), title=self.tr("Audit log"), needs=Permission.AUDIT
        )

    def open_users(self) -> UsersDialog | None:
        from opcc_desk.ui.users_dialog import UsersDialog

        return self.open_dialog(
            lambda: UsersDialog(self.ctx, self),
            title=self.tr("Staff accounts"),
            needs=Permission.USERS,
        )

    def change_password(self) -> ChangePasswordDialog | None:
        from opcc_desk.ui.users_dialog import ChangePasswordDialog

        if self.ctx.role is None:
            dialogs.show_info(
                self,
                self.tr("Passwords"),
                self.tr("This database has no staff accounts, so no passwords."),
            )
            return None
        return self.open_dialog(
            lambda: ChangePasswordDialog(self.ctx, self), title=self.tr("Passwords")
        )

    def back_up_now(self) -> None:
        path = dialogs.choose_save_path(
            self,
            self.tr("Back up the database"),
            "opcc-desk-backup.sqlite3",
            self.tr("Backups (*.sqlite3)"),
        )
        if not path:
            return
        try:
            report = backup.backup(self.ctx, Path(path))
        except ServiceError as error:
            dialogs.show_error(self, self.tr("No backup was made"), str(error))
            return
        rows = sum(report.tables.values())
        dialogs.show_info(
            self,
            self.tr("Backup made"),
            self.tr("Saved and checked: {rows} rows in {path}.").format(
                rows=i18n.ui_number(rows), path=path
            ),
        )

    def restore_backup(self) -> None:
        path = dialogs.choose_open_path(
            self, self.tr("Restore from a backup"), self.tr("Backups (*.sqlite3)")
        )
        if not path or not dialogs.ask_yes_no(
            self,
            self.tr("Restore from a backup"),
            self.tr(
                "Replace everything in the database with this backup? Changes made since the "
                "backup will be gone. OPCC Desk closes afterwards; open it again to go on."
            ),
        ):
            return
        # the backup must open with the restorer's password as it was then: otherwise
        # nobody could sign in to the restored database
        password = dialogs.ask_password(
            self,
            self.tr("Restore from a backup"),
            self.tr("Your password ({user}) as it was when the backup was made:").format(
                user=self.ctx.user
            ),
        )
        if password is None:
            return
        try:
            backup.restore(self.ctx, Path(path), password=password, dispose=self.ctx.engine.dispose)
        except ServiceError as error:
            dialogs.show_error(
                self,
                self.tr("Nothing was restored"),
                self.tr("{error}. The live data is untouched.").format(error=error),
            )
            return
        dialogs.show_info(
            self,
            self.tr("Restored"),
            self.tr("The backup is in place. OPCC Desk will now close."),
        )
        self.editors.clear()
        self.close()

    def open_mail_server(self) -> MailServerDialog | None:
        from opcc_desk.ui.mail_server_dialog import MailServerDialog

        return self.open_dialog(
            lambda: MailServerDialog(self.ctx, self),
            title=self.tr("Mail server"),
            needs=Permission.MAIL_SERVER,
        )

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
            self.tr("Idle lock"),
            self.tr("Lock the window after this many minutes without use:"),
            settings.get(self.ctx, IDLE_LOCK).minutes,
            MIN_IDLE_MINUTES,
            MAX_IDLE_MINUTES,
        )
        if minutes is None:
            return
        try:
            settings.save(self.ctx, IDLE_LOCK, IdleLockTime(minutes))
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Idle lock"), str(error))
            return
        if self.idle_lock is not None:
            self.idle_lock.set_minutes(minutes)

    def _forget(self, editor: ClientEditor | TherapistEditor) -> None:
        if editor in self.editors:
            self.editors.remove(editor)

    def _saved(self, kind: ChangeKind, tab: ClientsTab | TherapistsTab, record_id: str) -> None:
        self.changed_here(kind)
        tab.select_id(record_id)

    # ------------------------------------------------------------ reloading

    def changed_here(self, *kinds: ChangeKind) -> None:
        """This desk saved ``kinds``: the tabs and open dialogs that show them reload."""
        self.events.changed.emit(frozenset(kinds))

    def _tabs_for(self, kinds: Iterable[ChangeKind]) -> list[ListTab]:
        """The tabs showing any of ``kinds``, each once, in tab order; the directory only
        once loaded (it loads when its tab is first opened)."""
        wanted = {tab for kind in kinds for tab in self.reloads[kind]}
        if not self._directory_loaded:
            wanted.discard(self.therapists_tab)
        return [
            t for t in (self.clients_tab, self.therapists_tab, self.referrals_tab) if t in wanted
        ]

    def _reload(self, kinds: Iterable[ChangeKind], skip: ListTab | None = None) -> None:
        self.connection.absorb()  # this desk's own change: no second reload on the next look
        for tab in self._tabs_for(kinds):
            if tab is not skip:
                tab.reload()

    def _load_directory_when_shown(self, index: int) -> None:
        if not self._directory_loaded and self.tabs.widget(index) is self.therapists_tab:
            self._directory_loaded = True
            self.therapists_tab.reload()

    # ------------------------------------------------------------ other desks

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.connection.check_soon()  # back at the desk: show what others saved

    def _changed_elsewhere(self, kinds: set[ChangeKind]) -> None:
        """Another desk saved something: reload the lists that show it, in place."""
        for tab in self._tabs_for(kinds):
            self._reload_in_place(tab)

    def _reload_in_place(self, tab: ListTab) -> None:
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
        self.statusBar().showMessage(self.tr("The database answers again."), 8000)
        for tab in (self.clients_tab, self.therapists_tab, self.referrals_tab):
            self._reload_in_place(tab)
        for editor in list(self.editors):
            if editor.waiting_to_save:
                editor.retry_save()

    # ------------------------------------------------------------ help

    def open_guide(self, topic: str = "") -> HelpDialog | None:
        from opcc_desk.ui.help_view import HelpDialog

        return self.open_dialog(
            lambda: HelpDialog(self),
            title=self.tr("User guide"),
            wire=lambda d: d.show_topic(topic),
            modeless=True,
        )

    # ------------------------------------------------------------ language

    def change_language(self) -> str | None:
        """File → Language…: the choice is saved for the next start, and, when the desk
        can (the program's own window) and no form holds unsaved changes the person
        wants to keep, the window speaks it at once: forms and dialogs close, and a
        window in the new language takes this one's place, on the same tab, still
        signed in. Returns the language chosen, None when nothing changed."""
        code = i18n.choose_language(self)
        if code is None:
            return None
        if not self.switches_language or not self._close_forms():
            i18n.say_next_start(self, code)
            return code
        self._close_dialogs()
        self.language_chosen.emit(code)
        return code

    def leave_for(self, successor: MainWindow) -> None:
        """Close this window for ``successor``, which holds the same sign-in: no sign-out,
        no question (the forms were closed), the database stays open for it."""
        successor.tabs.setCurrentIndex(self.tabs.currentIndex())
        self._stand_down()
        self.close()

    # ------------------------------------------------------------ signing out

    def sign_out(self) -> bool:
        """Leave a shared desk: forms with unsaved changes are asked about first (nothing
        happens if one is kept open), every dialog closes, the sign-out is audited, and
        ``signed_out`` tells the caller to show the sign-in for the next person."""
        if self.ctx.role is None:
            return False
        if not self._close_forms():
            return False
        self._close_dialogs()
        from opcc_desk.services import accounts

        try:
            accounts.sign_out(self.ctx)
        except ServiceError:
            # the database is out of reach: the window still closes for the next person
            log.warning("the sign-out could not be written to the audit log")
        self._stand_down()
        # the sign-in shows before this window closes: the program never finds itself
        # without a window, which would end it
        self.signed_out.emit()
        self.close()
        return True

    def _close_dialogs(self) -> None:
        for dialog in self.findChildren(QDialog):
            dialog.done(QDialog.DialogCode.Rejected)
        self._dialogs.clear()

    def _stand_down(self) -> None:
        """Stop what runs on its own (the idle lock, the connection watch) before this
        window closes for good; closing it then asks nothing."""
        if self.idle_lock is not None:
            self.idle_lock.stop()
            self.idle_lock = None
        self.connection.stop()
        self._signing_out = True

    def _close_forms(self) -> bool:
        """Ask about every open form with unsaved changes; False when one stays open."""
        for editor in list(self.editors):
            if not editor.confirm_close():
                return False
            editor.done(0)
        return True

    # ------------------------------------------------------------ closing

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about every open form with unsaved changes before the program closes."""
        if not self._signing_out and not self._close_forms():
            event.ignore()
            return
        event.accept()
