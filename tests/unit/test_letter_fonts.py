"""Fonts per run of characters, right-to-left shaping, escaping: no PDF, no Qt, no database."""

from __future__ import annotations

import unicodedata

import pytest

from opcc_desk.domain.words.names import written_name
from opcc_desk.letters import fonts


def logical_text(visual: str) -> str:
    """The typed text back from a shaped right-to-left run as read out of a PDF:
    reverse the glyph order, then undo the presentation forms with NFKC."""
    return unicodedata.normalize("NFKC", visual[::-1])


def test_each_script_gets_a_font_that_has_it() -> None:
    assert fonts.runs("Zoë François-Ĺuković") == [("DejaVuSans", "Zoë François-Ĺuković")]
    assert fonts.runs("Nguyễn Thị Minh Khai") == [("DejaVuSans", "Nguyễn Thị Minh Khai")]
    assert fonts.runs("王小明") == [("DroidSansFallback", "王小明")]
    assert fonts.runs("김민준") == [("NanumGothic", "김민준")]
    assert fonts.runs("김민준", bold=True) == [("NanumGothic-Bold", "김민준")]
    assert fonts.runs("Ольга") == [("DejaVuSans", "Ольга")]


def test_punctuation_beside_chinese_stays_in_a_font_that_has_it() -> None:
    # Droid Sans Fallback has no ASCII punctuation: the comma must not become a box
    assert fonts.runs("王小明, hi") == [
        ("DroidSansFallback", "王小明"),
        ("DejaVuSans", ", hi"),
    ]


def test_characters_no_font_has_are_reported_once_each() -> None:
    assert fonts.missing_characters("Zoë", "王小明", "김민준", "محمد") == []
    assert fonts.missing_characters("A𓀀B𓀀", "ሀ") == ["𓀀", "ሀ"]
    # invisible joiners (Persian names use them) are not missing
    assert fonts.missing_characters("نیک\u200cنام") == []
    assert "U+13000" in fonts.describe_character("𓀀")


@pytest.mark.parametrize(
    "name", ["محمد عبد الله", "فاطمة الزهراء", "نیک\u200cنام", "שלום עליכם", "عبد-الله"]
)
def test_right_to_left_runs_are_shaped_and_read_back(name: str) -> None:
    [(font, drawn)] = fonts.runs(name)
    assert font == "DejaVuSans"
    assert drawn != name  # shaped (joined forms) and in visual order
    assert logical_text(drawn) == unicodedata.normalize("NFKC", name)
    assert " " not in drawn  # kept on one line


def test_arabic_letters_take_their_joined_forms() -> None:
    drawn = fonts.visual_rtl("محمد")
    # visual order, right to left: initial meem is the last character drawn
    assert drawn[-1] == "\ufee3"  # ARABIC LETTER MEEM INITIAL FORM
    assert drawn[0] == "\ufeaa"  # ARABIC LETTER DAL FINAL FORM


def test_numbers_inside_a_right_to_left_run_keep_their_digit_order() -> None:
    drawn = fonts.visual_rtl("شارع 123")
    assert "123" in drawn


def test_neutral_punctuation_after_a_right_to_left_name_stays_after_it() -> None:
    runs = fonts.runs("Dear محمد عبد الله, welcome")
    texts = [text for _font, text in runs]
    assert texts[0].startswith("Dear ")
    assert "".join(texts).endswith(", welcome")


def test_markup_escapes_what_users_type() -> None:
    markup = fonts.markup("Zoë <b>&amp; co</b>")
    assert "<b>" not in markup
    assert "&lt;b&gt;&amp;amp; co&lt;/b&gt;" in markup


def test_names_are_written_in_their_own_script_order() -> None:
    assert written_name("小明", "王") == "王小明"
    assert written_name("민준", "김") == "김민준"
    assert written_name("Zoë", "François-Ĺuković") == "Zoë François-Ĺuković"
    assert written_name("محمد", "عبد الله") == "محمد عبد الله"
    assert written_name("Ming", "王") == "Ming 王"
