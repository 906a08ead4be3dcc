"""Fonts for the PDFs: registered once, chosen per run of characters.

ReportLab's built-in fonts show almost no non-Latin name and are never embedded,
so every character goes through one of the bundled TrueType fonts: DejaVu Sans for
Latin, Greek, Cyrillic, Arabic and Hebrew, Droid Sans Fallback for Chinese and
Japanese (it has no ASCII punctuation and no Hangul), Nanum Gothic for Korean. Each
character takes the first font whose character map holds it.

Right-to-left runs (Arabic, Hebrew) are shaped with HarfBuzz (``uharfbuzz``, from
``reportlab[shaping]``) and written in visual order, glyph by glyph, as the Unicode
characters that name each shaped glyph (Arabic presentation forms). The PDF then
needs no shaping at print time, a reader's copy-and-paste gives those characters,
and the whole right-to-left run stays on one line. ReportLab's own paragraph shaping
is not used: it shapes a word with the font of its first character (a Chinese name
followed by a comma would lose the comma) and, without the ``bidi`` extra (which
downgrades ReportLab), keeps words of a right-to-left name in typing order.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from opcc_desk.resources import resource_path

try:  # reportlab[shaping]
    import uharfbuzz
except ImportError:  # pragma: no cover - the dependency is declared; say so plainly if absent
    uharfbuzz = None

BODY = "DejaVuSans"
BODY_BOLD = "DejaVuSans-Bold"


@dataclass(frozen=True, slots=True)
class FontFile:
    name: str  # the ReportLab font name
    file: str  # in resources/fonts
    family: str
    bold: bool


FONT_FILES: tuple[FontFile, ...] = (
    FontFile(BODY, "DejaVuSans.ttf", "DejaVuSans", False),
    FontFile(BODY_BOLD, "DejaVuSans-Bold.ttf", "DejaVuSans", True),
    FontFile("DroidSansFallback", "DroidSansFallbackFull.ttf", "DroidSansFallback", False),
    FontFile("NanumGothic", "NanumGothic.ttf", "NanumGothic", False),
    FontFile("NanumGothic-Bold", "NanumGothicBold.ttf", "NanumGothic", True),
)

# The order each character tries the fonts in, for regular and for bold text.
# Bold text falls back to a regular face rather than to an empty box.
_ORDER_REGULAR = (BODY, "DroidSansFallback", "NanumGothic")
_ORDER_BOLD = (BODY_BOLD, BODY, "DroidSansFallback", "NanumGothic-Bold", "NanumGothic")

_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class _Loaded:
    charmaps: dict[str, frozenset[int]]
    glyph_chars: dict[str, dict[int, tuple[int, ...]]]  # font -> glyph id -> code points
    plain: frozenset[str]  # characters DejaVu Sans (both faces) draws left to right as they are


@cache
def _loaded() -> _Loaded:
    with _lock:
        charmaps: dict[str, frozenset[int]] = {}
        glyph_chars: dict[str, dict[int, tuple[int, ...]]] = {}
        for spec in FONT_FILES:
            try:
                font = pdfmetrics.getFont(spec.name)
            except KeyError:
                font = TTFont(spec.name, str(resource_path("fonts", spec.file)))
                pdfmetrics.registerFont(font)
            char_to_glyph: dict[int, int] = font.face.charToGlyph
            charmaps[spec.name] = frozenset(char_to_glyph)
            if spec.family == "DejaVuSans":  # the right-to-left scripts live here
                reverse: dict[int, list[int]] = {}
                for code, glyph in char_to_glyph.items():
                    reverse.setdefault(glyph, []).append(code)
                glyph_chars[spec.name] = {g: tuple(sorted(c)) for g, c in reverse.items()}
        # <b> and <i> inside a paragraph must stay in embedded fonts: no italic is
        # bundled, so italic maps to the upright face.
        for family, regular, bold in (
            ("DejaVuSans", BODY, BODY_BOLD),
            ("DroidSansFallback", "DroidSansFallback", "DroidSansFallback"),
            ("NanumGothic", "NanumGothic", "NanumGothic-Bold"),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, regular)
            addMapping(family, 1, 1, bold)
        both = charmaps[BODY] & charmaps[BODY_BOLD]
        plain = frozenset(
            chr(code)
            for code in both
            if unicodedata.bidirectional(chr(code)) not in _STRONG_RTL
            and unicodedata.category(chr(code)) != "Cf"
        )
        return _Loaded(charmaps=charmaps, glyph_chars=glyph_chars, plain=plain)


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (once per process; cheap afterwards)."""
    _loaded()


# ------------------------------------------------------------------ coverage


def _ignorable(char: str) -> bool:
    """Characters that draw nothing: format controls (zero-width joiners, direction marks)."""
    return unicodedata.category(char) == "Cf"


def is_plain(text: str) -> bool:
    """True when DejaVu Sans (regular and bold) draws every character of ``text`` left
    to right as it is: no other font, no shaping needed."""
    return _loaded().plain.issuperset(text)


def font_for(char: str, *, bold: bool = False) -> str | None:
    """The first bundled font that can draw ``char``, or None when none can."""
    code = ord(char)
    charmaps = _loaded().charmaps
    for name in _ORDER_BOLD if bold else _ORDER_REGULAR:
        if code in charmaps[name]:
            return name
    return None


def missing_characters(*texts: str) -> list[str]:
    """Characters of ``texts`` that no bundled font can draw, each once, in order."""
    seen: dict[str, None] = {}
    for text in texts:
        for char in text:
            if char in seen or char.isspace() or _ignorable(char):
                continue
            if font_for(char) is None:
                seen[char] = None
    return list(seen)


def describe_character(char: str) -> str:
    """'☃ (U+2603 SNOWMAN)': how a warning names a character."""
    name = unicodedata.name(char, "")
    code = f"U+{ord(char):04X}"
    return f"{char} ({code} {name})" if name else f"{char} ({code})"


# ------------------------------------------------------------------ runs


_STRONG_RTL = frozenset({"R", "AL"})
_NUMBER = re.compile(r"(\d+(?:[.,:/\u066b\u066c]\d+)*)")


def _is_rtl(char: str) -> bool:
    return unicodedata.bidirectional(char) in _STRONG_RTL


def _rtl_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each right-to-left run: from a right-to-left letter to the last
    one before the next left-to-right letter. Spaces, digits and marks in between
    belong to the run; neutrals at its edges go with the surrounding text, as the
    Unicode bidirectional algorithm does in a left-to-right paragraph."""
    spans: list[tuple[int, int]] = []
    start = last = -1
    for index, char in enumerate(text):
        if _is_rtl(char):
            if start < 0:
                start = index
            last = index
        elif start >= 0 and unicodedata.bidirectional(char) == "L":
            spans.append((start, last + 1))
            start = last = -1
    if start >= 0:
        spans.append((start, last + 1))
    return spans


def runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (font name, text) runs ready to draw from left to right.

    Characters no font has stay in the body font (they would print as an empty box:
    check with :func:`missing_characters` first). Right-to-left runs come back
    shaped and in visual order.
    """
    body = BODY_BOLD if bold else BODY
    if is_plain(text):  # most text: one run, nothing to shape
        return [(body, text)] if text else []
    result: list[tuple[str, str]] = []

    def add(font: str, chunk: str) -> None:
        if result and result[-1][0] == font:
            result[-1] = (font, result[-1][1] + chunk)
        else:
            result.append((font, chunk))

    position = 0
    for start, end in _rtl_spans(text):
        _add_ltr(text[position:start], bold, body, add)
        add(body, visual_rtl(text[start:end], font=body))
        position = end
    _add_ltr(text[position:], bold, body, add)
    return result


def _add_ltr(text: str, bold: bool, body: str, add: Callable[[str, str], None]) -> None:
    for char in text:
        # spaces and invisible controls take the body font; the rest, the first that has them
        blank = char.isspace() or _ignorable(char)
        add(body if blank else font_for(char, bold=bold) or body, char)


# ------------------------------------------------------------------ right to left


def visual_rtl(text: str, *, font: str = BODY) -> str:
    """A right-to-left run, shaped, as the characters to draw from left to right.

    Numbers inside the run keep their left-to-right digit order; the pieces between
    them are shaped by HarfBuzz with ``font``. Spaces become no-break spaces so the
    run is never split across two lines (which would swap its halves).
    """
    pieces = [piece for piece in _NUMBER.split(text) if piece]
    out: list[str] = []
    for piece in reversed(pieces):
        if _NUMBER.fullmatch(piece):
            out.append(piece)
        else:
            out.append(_shape(piece, font))
    return "".join(out).replace(" ", "\u00a0")


@cache
def _hb_font(font: str) -> object:
    if uharfbuzz is None:  # pragma: no cover
        raise RuntimeError("uharfbuzz is missing: install reportlab[shaping]")
    path = resource_path("fonts", next(spec.file for spec in FONT_FILES if spec.name == font))
    face = uharfbuzz.Face(uharfbuzz.Blob(path.read_bytes()))
    return uharfbuzz.Font(face)


@cache
def _shape(text: str, font: str) -> str:
    """HarfBuzz's glyphs for ``text`` (right to left), named by the code point the font
    maps to each glyph: the joined (initial, medial, final) forms of Arabic letters and
    ligatures such as lam-alef. A glyph no code point names (rare) falls back to the
    characters it came from, unjoined, still in visual order."""
    glyph_chars = _loaded().glyph_chars[font]
    hb = uharfbuzz
    buffer = hb.Buffer()
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl"
    with _lock:  # one HarfBuzz font object is shared between threads
        hb.shape(_hb_font(font), buffer, {"kern": True, "liga": True})
    infos = buffer.glyph_infos
    clusters = sorted({info.cluster for info in infos})
    out: list[str] = []
    for info in infos:
        original = _cluster_text(text, clusters, info.cluster)
        codes = glyph_chars.get(info.codepoint, ())
        if not codes or info.codepoint == 0:
            out.append(original[::-1])
            continue
        if len(original) == 1 and (ord(original) in codes or _ignorable(original)):
            out.append(original)  # the letter itself, or an invisible joiner kept as typed
            continue
        # prefer the presentation form (FB50-FDFF, FE70-FEFF) over the base letter
        forms = [c for c in codes if 0xFB50 <= c <= 0xFDFF or 0xFE70 <= c <= 0xFEFF]
        out.append(chr(forms[0] if forms else codes[0]))
    return "".join(out)


def _cluster_text(text: str, clusters: list[int], cluster: int) -> str:
    index = clusters.index(cluster)
    end = clusters[index + 1] if index + 1 < len(clusters) else len(text)
    return text[cluster:end]


# ------------------------------------------------------------------ paragraph markup


def markup(text: str, *, bold: bool = False) -> str:
    """``text`` as escaped paragraph markup, each run in the font that can draw it.

    Every string that is not ours (names, addresses, the director's wording) enters
    a Paragraph through here, so ``<``, ``&`` and ``>`` are always escaped. Runs in
    DejaVu Sans carry no font tag: every paragraph style is set in DejaVu Sans.
    ``bold`` text is wrapped in ``<b>``.
    """
    body = BODY_BOLD if bold else BODY
    parts = []
    for font, chunk in runs(text, bold=bold):
        # the body font needs no tag (every style is set in it; bold comes from <b>), which
        # keeps the paragraph parser's work close to that of plain text
        parts.append(
            escape(chunk) if font == body else f'<font name="{font}">{escape(chunk)}</font>'
        )
    joined = "".join(parts)
    return f"<b>{joined}</b>" if bold else joined


def markup_lines(text: str, *, bold: bool = False) -> str:
    """Like :func:`markup`, keeping the line breaks of a multi-line field."""
    lines = [line.strip() for line in text.splitlines()]
    return "<br/>".join(markup(line, bold=bold) for line in lines if line)
