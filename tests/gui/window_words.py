"""What a person sees in a window, as text, and whether it is in the wrong language.

The walker (tests/gui/test_language.py) opens each window, collects every visible string
(window title, labels, buttons, check boxes, group titles, tab names, menu items, column
headers, placeholders, tooltips, accessible names, list and combo box entries, status
bar) and looks for words of the other language. Table cells are records, not the
window's words, and are left out. A string may read the same in both languages
("Clients", "OK", a name): only words that exist in one language count.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QProgressDialog,
    QTabBar,
    QWidget,
)

from opcc_desk.letters import wording


def _listed(text: str) -> frozenset[str]:
    return frozenset(text.split())


# words that are English and never French (so "client", "type", "contact", "file",
# "question", "on", "or", "mine", "change" are left out: they are French words too)
ENGLISH_ONLY = _listed(
    """
    the and of to with this that these those your you are has have will can cannot not all any
    each at if its it is be been by for in into from who what when where which why how
    new save saved cancel close open folder therapist therapists referral referrals list
    waitlist search add remove removed delete edit show check chain password passwords user
    name names sign unlock locked welcome create working stopping opening updating database
    morning afternoon evening monday tuesday wednesday thursday friday saturday sunday
    wed thu fri sat sun desk staff account accounts later update problem problems merge
    filter chosen none state unsaved field yours theirs empty keep take back form nothing
    publish published publishing browser website handout person online yes no approaches
    languages accepting shown born city phone email alike decide record records details
    kind log help security reports settings intake line answer answers column value
    mapping import export imported exported report entries entry
    try now again while during lost please program window first start admin director
    reception role
    """
)
# words that are French and never English
FRENCH_ONLY = _listed(
    """
    le la les des du une est sont vous votre vos avec pour dans sur pas aucun aucune
    fenêtre dossier dossiers aiguillage aiguillages enregistrer enregistré enregistrés fermer
    annuler oui non thérapeute thérapeutes liste attente accueil courriel téléphone ville nom
    mot passe utilisateur connexion ouvrir publier choisir et ou au aux ce cette ces qui quoi
    quand où lundi mardi mercredi jeudi vendredi samedi dimanche matin soir retour garder
    prendre rien tout toute tous chaque nouveau nouvelle langue langues fichier fichiers
    importer exporter rapport aide sécurité base données journal réessayer cocher
    """
)
# the program's own name reads the same everywhere; the letters' usual closings are the
# letters' own words, shown in Clinic details in their letter's language as examples
SAME_IN_BOTH = ("OPCC Desk", *(wording.text(language, "closing") for language in ("en", "fr")))
# whole strings that are one message's English and another's French ("Type" is the
# clients' column in both languages, and the French of "Kind"): not a sign of either
ALIKE_IN_BOTH = frozenset({"Type"})
FILE_NAME = re.compile(r"[\w\-]+\.(?:csv|json|pdf|sqlite3|xlsx|ts|qm)\b")  # the user's own
IDENTIFIER = re.compile(r"^[a-z0-9_.\-]+$")  # a column key or file name, not a word
FORGOTTEN = re.compile(r"%n|%\d|\{[a-z_]+\}|\(s\)")  # a placeholder or plural left as is


def plain(text: str) -> str:
    """The words as read: no markup, no accelerator ampersands, no program name."""
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    for same in SAME_IN_BOTH:
        text = text.replace(same, " ")
    text = FILE_NAME.sub(" ", text)
    return " ".join(text.split())


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def visible_texts(window: QWidget) -> list[str]:
    """Every string ``window`` shows or speaks (to a screen reader), in no set order."""
    found: list[str] = [window.windowTitle()]
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            found.append(widget.text())
        elif isinstance(widget, QGroupBox):
            found.append(widget.title())
        elif isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QProgressDialog):
            found.append(widget.labelText())
        if isinstance(widget, QListWidget):
            found += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found += [
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount())
            ]
    if isinstance(window, QMainWindow):
        found.append(window.statusBar().currentMessage())
        for menu in window.menuBar().findChildren(QMenu):
            found.append(menu.title())
            found += [action.text() for action in menu.actions()]
    return [text for text in found if text and text.strip()]


def sources_and_translations(ts: Path) -> dict[str, str]:
    """English source → translation (plain) of every entry that reads differently."""
    pairs: dict[str, str] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        source = plain(message.findtext("source", ""))
        translation = message.find("translation")
        if translation is None:
            continue
        forms = translation.findall("numerusform")
        text = plain(forms[-1].text or "" if forms else translation.text or "")
        if text and text != source:
            pairs[source] = text
    return pairs


def wrong_language(texts: list[str], language: str, pairs: dict[str, str]) -> list[str]:
    """The strings that are not in ``language``: a word of the other language, an
    English source shown untranslated (or its translation shown in English), or a
    placeholder left unfilled."""
    other_words = ENGLISH_ONLY if language == "fr" else FRENCH_ONLY
    other_texts = set(pairs) if language == "fr" else set(pairs.values())
    wrong = []
    for text in texts:
        read = plain(text)
        if not read or IDENTIFIER.match(read):
            continue
        foreign = sorted(set(words(read)) & other_words)
        untranslated = read in other_texts and read not in ALIKE_IN_BOTH
        if foreign or untranslated or FORGOTTEN.search(read):
            wrong.append(f"{text!r} ({', '.join(foreign) or 'untranslated'})")
    return sorted(set(wrong))
