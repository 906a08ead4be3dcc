"""The user guide: F1 and Help > User guide show the guide shipped with the program,
inside the program, in the window's language, every picture found."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from window_words import sources_and_translations, wrong_language

from opcc_desk.resources import help_dir, translations_dir
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import i18n
from opcc_desk.ui.help_view import GUIDE, HelpDialog, guide_file
from opcc_desk.ui.main_window import MainWindow

TASKS = (
    "intake",
    "client-page",
    "match",
    "refer",
    "letter",
    "email",
    "follow-up",
    "waitlist",
    "directory",
    "clinic",
    "consent",
    "backup",
    "keyboard",
    "roles",
    "language",
)
TITLES = {"en": "OPCC Desk: user guide", "fr": "OPCC Desk\u00a0: guide de l'utilisateur"}


def read(text: str) -> str:
    """Text as the browser gives it back: its plain text turns no-break spaces (French
    puts them before « : ») into plain ones."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def page(language: str) -> str:
    return guide_file(language).read_text(encoding="utf-8")


def sections(language: str) -> list[tuple[str, str]]:
    """The guide's sections in order: (anchor, heading as read)."""
    found = re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', page(language), re.S)
    return [(anchor, re.sub(r"\s+", " ", heading)) for anchor, heading in found]


def shown_guides() -> list[HelpDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, HelpDialog) and w.isVisible()
    ]


def press_f1(qtbot: QtBot, ctx: ServiceContext) -> HelpDialog:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.clients_tab.search, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(shown_guides()))
    [guide] = shown_guides()
    return guide


def test_f1_opens_the_guide_inside_the_program(qtbot: QtBot, ctx: ServiceContext) -> None:
    guide = press_f1(qtbot, ctx)
    text = guide.browser.toPlainText()
    assert "OPCC Desk: user guide" in text
    assert "The referral letter" in text
    assert "Sending the letter by email" in text
    assert "La lettre d'aiguillage" not in text
    # read beside the window, not in its way: the desk goes on working meanwhile
    assert guide.windowModality() == Qt.WindowModality.NonModal
    guide.reject()


def test_f1_in_french_opens_the_french_guide(qtbot: QtBot, ctx: ServiceContext) -> None:
    assert i18n.install("fr") == "fr"  # the window_language fixture brings English back
    guide = press_f1(qtbot, ctx)
    text = read(guide.browser.toPlainText())
    assert read(TITLES["fr"]) in text
    for _anchor, heading in sections("fr"):
        assert read(heading) in text
    assert "The referral letter" not in text
    # Contents goes back to the start of the French guide, not the English one
    guide.show_topic("backup")
    guide.contents_button.click()
    assert guide.browser.source().fileName() == "guide.fr.html"
    assert read(TITLES["fr"]) in read(guide.browser.toPlainText())
    guide.reject()


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    assert guide_file("en") == help_dir() / GUIDE
    assert guide_file("fr") == help_dir() / "guide.fr.html"
    assert guide_file("de") == help_dir() / GUIDE


def test_both_guides_have_the_same_sections_in_the_same_order() -> None:
    english, french = sections("en"), sections("fr")
    assert [a for a, _ in english] == [a for a, _ in french]
    assert [a for a, _ in english] == list(TASKS)
    # each numbered alike, and each heading really translated
    for (anchor, heading_en), (_, heading_fr) in zip(english, french, strict=True):
        assert heading_en.split()[0] == heading_fr.split()[0], anchor
        assert heading_en != heading_fr, anchor
    for language in ("en", "fr"):
        anchors = set(re.findall(r'id="([^"]+)"', page(language)))
        for link in re.findall(r'href="#([^"]+)"', page(language)):
            assert link in anchors, (language, link)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_picture_of_the_guide_is_shipped_and_shows(qtbot: QtBot, language: str) -> None:
    pictures = re.findall(r'<img src="([^"]+)"', page(language))
    assert len(pictures) >= 9
    i18n.install(language)
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    assert Path(dialog.browser.source().toLocalFile()) == guide_file(language)
    document = dialog.browser.document()
    for picture in pictures:
        assert (help_dir() / picture).is_file(), picture
        image = document.resource(
            QTextDocument.ResourceType.ImageResource,
            dialog.browser.source().resolved(QUrl(picture)),
        )
        assert image is not None and not image.isNull(), picture


@pytest.mark.parametrize("language", ["en", "fr"])
def test_no_word_of_the_other_language_in_the_guide(qtbot: QtBot, language: str) -> None:
    i18n.install(language)
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    lines = [line for line in dialog.browser.toPlainText().splitlines() if line.strip()]
    assert len(lines) > 100
    pairs = sources_and_translations(translations_dir() / "opcc_desk_fr.ts")
    wrong = wrong_language(lines, language, pairs)
    assert not wrong, f"the {language} guide reads:\n" + "\n".join(wrong)


def test_a_topic_opens_at_its_section(qtbot: QtBot) -> None:
    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.resize(700, 400)
    dialog.show()
    dialog.show_topic("backup")
    assert dialog.browser.verticalScrollBar().value() > 0
    dialog.show_topic("")
    assert dialog.browser.verticalScrollBar().value() == 0
