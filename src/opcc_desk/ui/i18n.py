"""The window's language: which one, Qt's translators for it, and the few helpers that
write dates, money and catalogue names the way that language does.

The language is chosen at start-up: ``OPCC_DESK_LANG`` for one run, else the choice
saved from File → Language… (a small file in the user's config folder, so each person
at each desk keeps their own), else the system's language (French for any ``fr_*``
locale, English otherwise). Widgets take their text when they are built, so a new
choice is applied by building the window again (ui/main.py, ``Desk``), once every form
is closed; with a form kept open it waits for the next start.
"""

from __future__ import annotations

import logging
import os
import tomllib
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QWidget

from opcc_desk.atomic_files import private_text
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.words import messages
from opcc_desk.domain.words.dates import long_date
from opcc_desk.domain.words.money import money
from opcc_desk.domain.words.os_errors import os_reason
from opcc_desk.resources import translations_dir

if TYPE_CHECKING:
    from opcc_desk.domain.models import Catalogue

log = logging.getLogger(__name__)

LANGUAGES = ("en", "fr")
LANG_ENV = "OPCC_DESK_LANG"
CONFIG_FILE = "window.toml"
LOCALE_NAMES = {"en": "en_CA", "fr": "fr_CA"}
# how each language names itself in the Language box
NATIVE_NAMES = {"en": "English", "fr": "Français"}

_current = "en"
_installed: list[QTranslator] = []


def pick_language(env_value: str | None, saved: str | None, system_locale: str) -> str:
    """The run's language: the environment variable beats the saved choice, which beats
    the system's locale (``fr_CA``, ``fr_FR``… give French; anything else English)."""
    for value in (env_value, saved):
        if value:
            code = value.strip().lower()
            if code in LANGUAGES:
                return code
            log.warning("ignoring unknown window language %r (known: en, fr)", value)
    return "fr" if system_locale.lower().startswith("fr") else "en"


def config_file() -> Path:
    """The per-user file holding the window's saved choices (not the database: the
    choice belongs to the person at this desk, not to the clinic)."""
    from platformdirs import user_config_path

    return user_config_path("opcc-desk", appauthor=False, ensure_exists=True) / CONFIG_FILE


def saved_language() -> str | None:
    path = config_file()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        log.warning("cannot read %s: %s", path.name, type(error).__name__)
        return None
    value = data.get("language")
    return value if isinstance(value, str) else None


def save_language(code: str) -> None:
    if code not in LANGUAGES:
        raise ValueError(f"unknown window language {code!r}: choose one of en, fr")
    with private_text(config_file()) as handle:
        handle.write(f'language = "{code}"\n')


def startup_language() -> str:
    return pick_language(os.environ.get(LANG_ENV), saved_language(), QLocale.system().name())


def current_language() -> str:
    """The language the window speaks in this run (English until ``install`` runs)."""
    return _current


def qt_translations_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install(language: str) -> str:
    """Speak ``language`` from now on: our own translations and Qt's (the Yes, No and
    Cancel of standard boxes), and its dates and numbers in Qt's widgets.

    The messages said below the window (a refusal, a field's problem, why a therapist
    fits) are handed the same translators (domain/words/messages.py).

    English has its file too: it holds the plural forms ("%n client(s)" reads "1 client",
    "2 clients"). Installing again replaces the earlier translators (the tests switch
    back and forth). Returns the language actually in use: English when the French file
    is missing (a checkout where scripts/translations.sh build has not run), which is
    said in the log rather than leaving the window half translated.
    """
    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install the window language after the Qt application is made")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    own = QTranslator(app)
    if not own.load(str(translations_dir() / f"opcc_desk_{language}.qm")):
        log.warning(
            "no translation file opcc_desk_%s.qm (run scripts/translations.sh build)%s",
            language,
            "" if language == "en" else ": the window stays in English",
        )
        if language != "en":
            return install("en")
    if language != "en":
        qtbase = QTranslator(app)
        if qtbase.load(f"qtbase_{language}", str(qt_translations_dir())):
            app.installTranslator(qtbase)
            _installed.append(qtbase)
        else:
            log.warning("Qt's own %s translations are missing", language)
    if not own.isEmpty():
        app.installTranslator(own)
        _installed.append(own)
    QLocale.setDefault(QLocale(LOCALE_NAMES[language]))
    # what the services, the field checks and the matching module say follows too
    messages.speak(language, QCoreApplication.translate)
    _current = language
    return language


# ---------------------------------------------------------------- words in the window


def ui_date(day: date | datetime | None) -> str:
    """A date as the window's language writes it: 'November 28, 2026', « 28 novembre
    2026 »; empty for no date."""
    if day is None:
        return ""
    return long_date(day.date() if isinstance(day, datetime) else day, _current)


def ui_money(amount: Decimal | None) -> str:
    """'$1,234.50' or « 1 234,50 $ »; empty for no amount."""
    return "" if amount is None else money(amount, _current)


def ui_number(value: int | float) -> str:
    """A count or measure with the language's separators (1,234 / 1 234)."""
    return QLocale().toString(value)


def concern_label(catalogue: Catalogue, key: str) -> str:
    return catalogue.concern_label(key, _current)


def approach_label(catalogue: Catalogue, key: str) -> str:
    return catalogue.approach_label(key, _current)


# ---------------------------------------------------------------- Settings → Language


def choose_language(parent: QWidget | None) -> str | None:
    """Ask which language the window should speak; saved for this person at this desk
    for the next start (the main window also switches at once when it can). None when
    cancelled or unchanged."""
    from opcc_desk.ui import dialogs

    names = [NATIVE_NAMES[code] for code in LANGUAGES]
    picked = dialogs.ask_choice(
        parent,
        QCoreApplication.translate("Language", "Language"),
        QCoreApplication.translate("Language", "Language of the window:"),
        names,
        LANGUAGES.index(_current),
    )
    if picked is None:
        return None
    code = LANGUAGES[names.index(picked)]
    if code == saved_language():
        return None if code == _current else code
    try:
        save_language(code)
    except OSError as error:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Language", "Language"),
            QCoreApplication.translate(
                "Language", "The choice could not be saved ({error}). Check the folder {folder}."
            ).format(error=os_reason(error), folder=config_file().parent),
        )
        return None
    return None if code == _current else code


# said in the language just chosen, once the window speaks it
NOW_SPEAKING = {
    "en": "The window is now in English.",
    "fr": "La fenêtre est maintenant en français.",
}


def say_next_start(parent: QWidget | None, code: str) -> None:
    """The window stays as it is for now: said in the chosen language, the one the person
    reads best."""
    from opcc_desk.ui import dialogs

    message = {
        "en": "The window will be in English from the next start of OPCC Desk.",
        "fr": "La fenêtre sera en français au prochain démarrage d'OPCC Desk.",
    }[code]
    dialogs.show_info(parent, NATIVE_NAMES[code], message)


def status_text(status: ReferralStatus) -> str:
    """A referral's status in the window's language ("No response")."""
    return {
        ReferralStatus.PROPOSED: QCoreApplication.translate("ReferralStatus", "Proposed"),
        ReferralStatus.SENT: QCoreApplication.translate("ReferralStatus", "Sent"),
        ReferralStatus.CONTACTED: QCoreApplication.translate("ReferralStatus", "Contacted"),
        ReferralStatus.BOOKED: QCoreApplication.translate("ReferralStatus", "Booked"),
        ReferralStatus.ACTIVE: QCoreApplication.translate("ReferralStatus", "Active"),
        ReferralStatus.CLOSED: QCoreApplication.translate("ReferralStatus", "Closed"),
        ReferralStatus.DECLINED: QCoreApplication.translate("ReferralStatus", "Declined"),
        ReferralStatus.NO_RESPONSE: QCoreApplication.translate("ReferralStatus", "No response"),
        ReferralStatus.WITHDRAWN: QCoreApplication.translate("ReferralStatus", "Withdrawn"),
    }[status]
