"""The window in French and in English: the language chosen at start-up, Qt's own
buttons, dates and money in the window's language, and a walk through every translated
window that finds no word of the other language.

The walk takes its windows from WINDOWS: wave 2 of the translation adds the rest of the
program's windows there (one factory each) and the same checks run on them."""

from __future__ import annotations

import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from window_words import sources_and_translations, visible_texts, wrong_language

from opcc_desk.app import create_database
from opcc_desk.domain.changes import EVERYTHING
from opcc_desk.domain.enums import ClientType, ModalityPreference, Priority
from opcc_desk.domain.models import Client
from opcc_desk.resources import translations_dir
from opcc_desk.services import contacts, people, referrals, transfer, waitlist
from opcc_desk.services.catalogue import shipped_catalogue
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.duplicates import LikelyDuplicate
from opcc_desk.ui import dialogs, i18n
from opcc_desk.ui.audit_view import AuditDialog
from opcc_desk.ui.client_page import ClientPage
from opcc_desk.ui.conflict_dialog import Conflict, ConflictDialog, FieldDifference
from opcc_desk.ui.connection import ConnectionBanner
from opcc_desk.ui.contact_dialog import ContactDialog
from opcc_desk.ui.directory_dialog import DirectoryDialog
from opcc_desk.ui.duplicate_dialog import DuplicateDialog
from opcc_desk.ui.followup_view import FollowUpSettingsDialog, FollowUpView
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.forms.therapist_form import TherapistEditor
from opcc_desk.ui.import_preview import ImportPreviewDialog
from opcc_desk.ui.letter_view import LetterDialog
from opcc_desk.ui.letterhead_dialog import LetterheadDialog
from opcc_desk.ui.login import FirstStartDialog, LoginDialog, UnlockDialog
from opcc_desk.ui.mail_server_dialog import MailServerDialog
from opcc_desk.ui.match_view import MatchDialog
from opcc_desk.ui.operations import Operation
from opcc_desk.ui.report_dialog import ReportDialog
from opcc_desk.ui.settings_dialog import MatchSettingsDialog
from opcc_desk.ui.starting import StartingWindow
from opcc_desk.ui.users_dialog import ChangePasswordDialog, UsersDialog
from opcc_desk.ui.waitlist_view import WaitlistDialog
from opcc_desk.ui.widgets import AvailabilityGrid, KeyPicker, concern_entries

PASSWORD = "correct horse battery"
FORMS = Path(__file__).parent.parent / "data" / "forms"
THERAPISTS = """id,first_name,last_name,email,phone,languages,approaches,client_types,age_groups,modalities,fee,accepting,directory,directory_contact
T-1,Hélène,Gagné,helene@example.ca,613-555-0142,en;fr,relational,individual,adult,in_person;virtual,160,yes,yes,yes
T-2,Wang,Xiaoming,wang@example.ca,,zh;en,cbt,individual,adult,virtual,120,no,,
"""
DESK_COLUMNS = (
    "id,first_name,last_name,email,language,client_type,concerns,modality,consent_to_contact\n"
    "C-9,Zoe,Ng,zoe@example.ca,fr,individual,anxiety,virtual,yes\n"
)

NO_CONSENT = (
    "id,first_name,last_name,email,language,client_type,age_group,concerns,modality,"
    "consent_to_contact,submitted\n"
    "C-7,Luc,Roy,luc@example.ca,fr,individual,adult,anxiety,virtual,no,2026-11-02\n"
)


def clock() -> datetime:
    return datetime(2026, 11, 28, 9, 30)


@dataclass
class Scene:
    """What a window needs to open: a clinic with a few records, a folder, a language."""

    qtbot: QtBot
    ctx: ServiceContext
    folder: Path
    language: str


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[ServiceContext]:
    ctx = create_database(
        f"sqlite:///{tmp_path / 'clinic.sqlite3'}", "boss", PASSWORD, encrypted=False, clock=clock
    )
    therapists = tmp_path / "therapists.csv"
    therapists.write_text(THERAPISTS, encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, therapists)
    for number, born in ((1, date(1990, 11, 28)), (2, date(1990, 11, 28))):
        people.add_client(
            ctx,
            Client(
                id=f"C-{number}",
                first_name="Zoe",
                last_name="Ng",
                date_of_birth=born,
                language="fr",
                client_type=ClientType.INDIVIDUAL,
                concerns=["anxiety"],
                modality=ModalityPreference.EITHER,
                consent_to_contact=True,
            ),
        )
    yield ctx
    ctx.engine.dispose()


def speak(language: str) -> None:
    assert i18n.install(language) == language


# ---------------------------------------------------------------- the windows walked


def refuse(*_args: object) -> ServiceContext:
    raise AssertionError("not signed in by this test")


def _login(s: Scene) -> QWidget:
    return LoginDialog(refuse, "clinic.sqlite3")


def _first_start(s: Scene) -> QWidget:
    return FirstStartDialog(refuse)


def _unlock(s: Scene) -> QWidget:
    return UnlockDialog("boss", lambda _password: None)


def _starting(s: Scene) -> QWidget:
    return StartingWindow()


def _starting_upgrade(s: Scene) -> QWidget:
    window = StartingWindow()
    window.show_upgrading()
    return window


def _connection_lost(s: Scene) -> QWidget:
    banner = ConnectionBanner()
    banner.show_lost("")
    return banner


def _users(s: Scene) -> QWidget:
    return UsersDialog(s.ctx)


def _change_password(s: Scene) -> QWidget:
    return ChangePasswordDialog(s.ctx)


def _audit(s: Scene) -> QWidget:
    return AuditDialog(s.ctx)


def _import_preview(s: Scene) -> QWidget:
    path = s.folder / "intake.csv"
    path.write_text(DESK_COLUMNS, encoding="utf-8")
    return ImportPreviewDialog(s.ctx, path)


def _import_mapping(s: Scene) -> QWidget:
    # a form export in the desk's language: its questions and answers are the clinic's
    source = FORMS / ("msforms_fr.csv" if s.language == "fr" else "msforms_en.csv")
    path = s.folder / source.name
    path.write_bytes(source.read_bytes())
    dialog = ImportPreviewDialog(s.ctx, path)
    assert dialog.mapping_step is not None
    return dialog


def _conflict(s: Scene) -> QWidget:
    # the field names come from the forms (translated with them in wave 2)
    field = {"fr": "Ville", "en": "City"}[s.language]
    difference = FieldDifference("city", field, "Ottawa", "Hull", "Gatineau", "Hull", "")
    return ConflictDialog(Conflict("C-1", 3, [difference]))


def _duplicate(s: Scene) -> QWidget:
    twin = LikelyDuplicate("C-1", "Zoe Ng", date(1990, 11, 28), "", "", "", 2, "—", 0.9)
    return DuplicateDialog(s.ctx, "C-2", [twin])


def _directory(s: Scene) -> QWidget:
    dialog = DirectoryDialog(s.ctx)
    assert dialog.load()
    return dialog


def _progress(s: Scene) -> QWidget:
    operation: Operation[None] = Operation(lambda _progress: None)
    assert operation.dialog is not None
    return operation.dialog


def _concern_picker(s: Scene) -> QWidget:
    picker = KeyPicker(concern_entries(shipped_catalogue()))
    picker.set_checked("anxiety", True)
    return picker


def _availability(s: Scene) -> QWidget:
    return AvailabilityGrid()


def _match(s: Scene) -> QWidget:
    dialog = MatchDialog(s.ctx, "C-1")
    assert dialog.table.rowCount() >= 1  # T-1 fits: the table and its reasons show
    return dialog


def _letter(s: Scene) -> QWidget:
    referral = referrals.create_referral(s.ctx, "C-1", "T-1")
    dialog = LetterDialog(s.ctx, referral)
    assert dialog.load()  # the first version is made: the versions box names it
    return dialog


def _match_settings(s: Scene) -> QWidget:
    return MatchSettingsDialog(s.ctx)


def _clinic_details(s: Scene) -> QWidget:
    return LetterheadDialog(s.ctx, first_start=True)


def _report(s: Scene) -> QWidget:
    return ReportDialog(s.ctx)


def _mail_server(s: Scene) -> QWidget:
    return MailServerDialog(s.ctx)


def _main_window(tab: int) -> Callable[[Scene], QWidget]:
    def make(s: Scene) -> QWidget:
        from opcc_desk.ui.main_window import MainWindow

        window = MainWindow(s.ctx, location="clinic.sqlite3")
        window.tabs.setCurrentIndex(tab)
        return window

    return make


def _consent(s: Scene) -> QWidget:
    from opcc_desk.ui.consent_view import ConsentDialog

    # a client without consent comes in only through an import (the form refuses one)
    path = s.folder / "no_consent.csv"
    path.write_text(NO_CONSENT, encoding="utf-8")
    transfer.import_file(s.ctx, transfer.Kind.CLIENTS, path)
    return ConsentDialog(s.ctx)


def _help(s: Scene) -> QWidget:
    from opcc_desk.ui.help_view import HelpDialog

    return HelpDialog()


def _new_client(s: Scene) -> QWidget:
    return ClientEditor(s.ctx)


def _client_form_with_problems(s: Scene) -> QWidget:
    editor = ClientEditor(s.ctx, "C-1")
    editor.fields.write_row({**editor.fields.row(), "first_name": "", "email": "zoe@"})
    assert not editor.save()  # the banner and the red messages under the fields
    return editor


def _therapist_form(s: Scene) -> QWidget:
    return TherapistEditor(s.ctx, "T-1")


def _client_page(s: Scene) -> QWidget:
    referral = referrals.create_referral(s.ctx, "C-1", "T-1")
    contacts.add_contact(
        s.ctx,
        "C-1",
        kind="call",
        direction="out",
        outcome="left_message",
        at=None,
        note="",
        referral_id=referral,
    )
    return ClientPage(s.ctx, "C-1")


def _contact(s: Scene) -> QWidget:
    return ContactDialog(s.ctx, "C-1", [])


def _waitlist(s: Scene) -> QWidget:
    waitlist.add_to_waitlist(s.ctx, "C-1", Priority.HIGH)
    return WaitlistDialog(s.ctx)


def _follow_ups(s: Scene) -> QWidget:
    referrals.create_referral(s.ctx, "C-1", "T-1")
    view = FollowUpView(s.ctx)
    view.show_upcoming.setChecked(True)  # proposed today: due later, shown with this
    view.reload()
    return view


def _follow_up_delays(s: Scene) -> QWidget:
    return FollowUpSettingsDialog(s.ctx)


WINDOWS: dict[str, Callable[[Scene], QWidget]] = {
    "sign-in": _login,
    "first start": _first_start,
    "idle lock": _unlock,
    "starting window": _starting,
    "starting window, upgrading": _starting_upgrade,
    "connection lost": _connection_lost,
    "staff accounts": _users,
    "change password": _change_password,
    "audit log": _audit,
    "import preview": _import_preview,
    "import mapping": _import_mapping,
    "saved at another desk": _conflict,
    "may already be on file": _duplicate,
    "publish directory": _directory,
    "progress": _progress,
    "concern picker": _concern_picker,
    "availability grid": _availability,
    "match view": _match,
    "letter view": _letter,
    "matching settings": _match_settings,
    "clinic details": _clinic_details,
    "report dialog": _report,
    "mail server dialog": _mail_server,
    "main window, clients": _main_window(0),
    "main window, therapists": _main_window(1),
    "main window, referrals": _main_window(2),
    "clients without consent": _consent,
    "user guide": _help,
    "new client form": _new_client,
    "client form with problems": _client_form_with_problems,
    "therapist form": _therapist_form,
    "client page": _client_page,
    "add a contact": _contact,
    "waitlist": _waitlist,
    "follow-ups": _follow_ups,
    "follow-up delays": _follow_up_delays,
}


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", list(WINDOWS))
def test_no_word_of_the_other_language(
    qtbot: QtBot, clinic: ServiceContext, tmp_path: Path, name: str, language: str
) -> None:
    speak(language)
    window = WINDOWS[name](Scene(qtbot, clinic, tmp_path, language))
    qtbot.addWidget(window)
    window.show()
    texts = visible_texts(window)
    assert len(texts) >= 2, f"the walk found nothing to read in {name}"
    pairs = sources_and_translations(translations_dir() / "opcc_desk_fr.ts")
    wrong = wrong_language(texts, language, pairs)
    assert not wrong, f"{name} in {language} shows:\n" + "\n".join(wrong)
    assert not cut_titles(window), f"{name} in {language} cuts: {cut_titles(window)}"


def cut_titles(window: QWidget) -> list[str]:
    """Column titles narrower than their text (the last column stretches to the edge)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    cut = []
    for table in window.findChildren(QTableView):
        header = table.horizontalHeader()
        if not table.isVisibleTo(window) or header.isHidden():
            continue
        for column in range(header.count() - 1):
            if header.isSectionHidden(column):
                continue
            if header.sectionSize(column) < header.sectionSizeHint(column):
                cut.append(str(table.model().headerData(column, Qt.Orientation.Horizontal)))
    return cut


# ---------------------------------------------------------------- choosing the language


def test_the_environment_beats_the_saved_choice_which_beats_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert i18n.pick_language(None, None, "fr_CA") == "fr"
    assert i18n.pick_language(None, None, "fr_BE") == "fr"
    assert i18n.pick_language(None, None, "en_CA") == "en"
    assert i18n.pick_language(None, None, "de_DE") == "en"
    assert i18n.pick_language(None, "en", "fr_CA") == "en"
    assert i18n.pick_language("fr", "en", "en_CA") == "fr"
    assert i18n.pick_language("FR", None, "en_CA") == "fr"
    assert i18n.pick_language("de", "fr", "en_CA") == "fr"  # unknown: the next one counts

    monkeypatch.delenv(i18n.LANG_ENV, raising=False)
    assert i18n.saved_language() is None
    i18n.save_language("fr")
    assert i18n.saved_language() == "fr"
    assert stat.S_IMODE(i18n.config_file().stat().st_mode) == 0o600
    assert i18n.startup_language() == "fr"
    monkeypatch.setenv(i18n.LANG_ENV, "en")
    assert i18n.startup_language() == "en"


def test_file_language_saves_the_choice_for_the_next_start(
    qtbot: QtBot,
    clinic: ServiceContext,
    modal_boxes,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from opcc_desk.ui.main_window import MainWindow

    window = MainWindow(clinic)
    qtbot.addWidget(window)
    asked: list[list[str]] = []

    def choose(_parent: object, _title: str, _text: str, options: list[str], _at: int) -> str:
        asked.append(options)
        return "Français"

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    action = next(a for a in window.findChildren(QAction) if a.text() == "Lan&guage…")
    action.trigger()
    assert asked == [["English", "Français"]]
    assert i18n.saved_language() == "fr"
    assert modal_boxes.messages("info") == [
        "La fenêtre sera en français au prochain démarrage d'OPCC Desk."
    ]
    assert i18n.current_language() == "en"  # this run stays as it started


# ---------------------------------------------------------------- Qt's words and ours


def test_qt_own_buttons_speak_french(qtbot: QtBot) -> None:
    speak("fr")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Titre",
        "Texte",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    texts = [
        box.button(b).text().replace("&", "")
        for b in (
            QMessageBox.StandardButton.Yes,
            QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Cancel,
        )
    ]
    assert texts == ["Oui", "Non", "Annuler"]
    speak("en")
    box = QMessageBox(QMessageBox.Icon.Question, "Title", "Text", QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Yes"


def test_dates_numbers_and_money_follow_the_language(qtbot: QtBot, clinic: ServiceContext) -> None:
    speak("fr")
    assert QLocale().name() == "fr_CA"
    assert i18n.ui_date(date(2026, 11, 28)) == "28 novembre 2026"
    assert i18n.ui_money(Decimal("1234.50")) == "1\u202f234,50\u00a0$"
    twin = LikelyDuplicate("C-1", "Zoe Ng", date(1990, 11, 28), "", "", "", 1234, "—", 0.9)
    dialog = DuplicateDialog(clinic, "C-2", [twin])
    qtbot.addWidget(dialog)
    assert dialog.table.item(1, DuplicateDialog.BORN).text() == "28 novembre 1990"
    assert dialog.table.item(1, DuplicateDialog.REFERRALS).text() == "1\u00a0234"
    assert dialog.table.horizontalHeaderItem(DuplicateDialog.BORN).text() == "Naissance"

    speak("en")
    assert QLocale().name() == "en_CA"
    assert i18n.ui_date(date(2026, 11, 28)) == "November 28, 2026"
    assert i18n.ui_money(Decimal("1234.50")) == "$1,234.50"
    dialog = DuplicateDialog(clinic, "C-2", [twin])
    qtbot.addWidget(dialog)
    assert dialog.table.item(1, DuplicateDialog.BORN).text() == "November 28, 1990"


def test_catalogue_names_and_plurals_in_the_window_language(qtbot: QtBot) -> None:
    catalogue = shipped_catalogue()
    speak("fr")
    picker = KeyPicker(concern_entries(catalogue))
    qtbot.addWidget(picker)
    picker.set_checked("anxiety", True)
    french = catalogue.concern_label("anxiety", "fr")
    assert picker.label("anxiety") == french != catalogue.concern_label("anxiety", "en")
    assert picker.summary.text() == f"Choix (1)\u00a0: {french}"
    speak("en")
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    banner.show_lost("", retry_ms=1000)
    assert "tries again every second." in banner.text.text()
    banner.show_lost("", retry_ms=5000)
    assert "tries again every 5 seconds." in banner.text.text()


def test_a_missing_french_file_leaves_the_window_in_english(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    assert i18n.install("fr") == "en"
    assert i18n.current_language() == "en"


def test_the_walk_notices_a_window_left_in_english(qtbot: QtBot) -> None:
    """The check has teeth: an English window read as French is caught, and the reverse."""
    pairs = sources_and_translations(translations_dir() / "opcc_desk_fr.ts")
    speak("en")
    english = LoginDialog(refuse, "clinic.sqlite3")
    qtbot.addWidget(english)
    english.show()
    found = wrong_language(visible_texts(english), "fr", pairs)
    assert any("Sign in" in line for line in found)
    speak("fr")
    french = LoginDialog(refuse, "clinic.sqlite3")
    qtbot.addWidget(french)
    french.show()
    found = wrong_language(visible_texts(french), "en", pairs)
    assert any("Se connecter" in line for line in found)


def test_a_french_form_names_its_fields_in_the_questions_it_asks(
    qtbot: QtBot,
    clinic: ServiceContext,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    """The unsaved-changes question, the conflict dialog and the problems banner take the
    form's own (French) words for the record and its fields."""
    speak("fr")
    editor = ClientEditor(clinic, "C-1")
    qtbot.addWidget(editor)
    assert editor.windowTitle().startswith("Client C-1\u00a0: Zoe Ng")
    other_desk = people.get_client(clinic, "C-1")
    other_desk.city = "Gatineau"
    other_desk.email = "zoe@example.ca"
    people.update_client(clinic, other_desk)
    city, email = editor.field_widget("city"), editor.field_widget("email")
    assert isinstance(city, QLineEdit) and isinstance(email, QLineEdit)
    city.setText("Hull")
    email.setText("zoe@example.ca")  # the same at both desks: not asked about
    modal_boxes.unsaved_answer = "cancel"  # keep editing
    editor.reject()
    assert modal_boxes.shown[-1] == ("unsaved", "Ce client", "")

    assert not editor.save()  # the other desk's version: the conflict dialog is asked
    assert modal_boxes.shown[1:] == [("conflict", "le dossier du client C-1", "")]
    (conflict,) = modal_boxes.conflicts
    assert conflict.what == "le dossier du client C-1"
    assert [(d.name, d.label, d.mine, d.theirs) for d in conflict.differences] == [
        ("city", "Ville", "Hull", "Gatineau")
    ]
    assert "Un autre poste a enregistré ce dossier" in editor.banner.text()

    email.setText("zoe@")
    email.editingFinished.emit()
    assert editor.error_text("email") == (
        "Courriel\u00a0: «\u00a0zoe@\u00a0» n'est pas une adresse courriel valide\u202f; "
        "elle devrait ressembler à nom@exemple.ca"
    )
    assert not editor.save()
    assert editor.banner.text().startswith(
        "Pas encore enregistré\u00a0: veuillez corriger le champ marqué en rouge (Courriel)."
    )


def test_file_language_switches_the_window_at_once(
    qtbot: QtBot,
    clinic: ServiceContext,
    modal_boxes,  # type: ignore[no-untyped-def]
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The program's own window (opened by the desk) speaks the new language at once:
    a window in French takes the old one's place, on the same tab, still signed in."""
    from opcc_desk.ui.forms.client_form import ClientEditor
    from opcc_desk.ui.main import Desk

    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args: "Français")
    desk = Desk(str(clinic.engine.url))
    frame = QWidget()
    qtbot.addWidget(frame)
    window = desk.open_window(clinic, frame)
    qtbot.addWidget(window)
    window.tabs.setCurrentIndex(window.REFERRALS)

    # a form with unsaved changes the person keeps: the switch waits for the next start
    editor = window.open_client("")
    assert isinstance(editor, ClientEditor)
    first = editor.field_widget("first_name")
    assert isinstance(first, QLineEdit)
    first.setText("Zoë")
    modal_boxes.unsaved_answer = "cancel"
    assert window.change_language() == "fr"
    assert desk.window is window and i18n.current_language() == "en"
    assert modal_boxes.messages("info")[-1].startswith("La fenêtre sera en français")
    assert i18n.saved_language() == "fr"

    # without it, the switch happens now
    modal_boxes.unsaved_answer = "discard"
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args: "Français")
    assert window.change_language() == "fr"
    qtbot.waitUntil(lambda: not window.isVisible())
    french = desk.window
    assert french is not None and french is not window and french.isVisible()
    qtbot.addWidget(french)
    assert i18n.current_language() == "fr"
    assert french.menuBar().actions()[0].text() == "&Fichier"
    assert french.tabs.currentIndex() == french.REFERRALS
    assert french.statusBar().currentMessage() == "La fenêtre est maintenant en français."
    assert french.ctx is clinic and not editor.isVisible()
    french.changed_here(*EVERYTHING)  # the database is still open for the new window
    assert french.clients_tab.model.rowCount() >= 1

    # and back to English the same way
    monkeypatch.setattr(dialogs, "ask_choice", lambda *_args: "English")
    assert french.change_language() == "en"
    qtbot.waitUntil(lambda: desk.window is not french and desk.window is not None)
    assert desk.window is not None
    qtbot.addWidget(desk.window)
    assert desk.window.menuBar().actions()[0].text() == "&File"
    assert i18n.saved_language() == "en"
    desk.window.connection.stop()
