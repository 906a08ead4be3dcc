"""Paragraph styles and colours of every PDF, in one place.

Every style names an embedded font for its text and its bullets: a style that
left either to ReportLab's default would pull in Helvetica, which is not embedded.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from opcc_desk.letters.fonts import BODY, BODY_BOLD, register_fonts

BRAND = colors.HexColor("#1f6f78")
BRAND_LIGHT = colors.HexColor("#e7f2f3")
INK = colors.HexColor("#1b1b1b")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b9cfd2")
ALERT_LIGHT = colors.HexColor("#fdf1e4")
ALERT = colors.HexColor("#a4501c")


def table_style(*commands: tuple[object, ...]) -> TableStyle:
    """A table style whose cells draw in DejaVu Sans: a Table sets its cell font even
    for cells holding paragraphs, and the default is Helvetica."""
    return TableStyle([("FONT", (0, 0), (-1, -1), BODY, 8.5), *commands])


def _style(name: str, **kwargs: object) -> ParagraphStyle:
    base: dict[str, object] = {
        "fontName": BODY,
        "fontSize": 10,
        "leading": 13.6,
        "textColor": INK,
        "bulletFontName": BODY,
        "alignment": TA_LEFT,
    }
    base.update(kwargs)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle
    tiny: ParagraphStyle
    centre: ParagraphStyle
    heading: ParagraphStyle
    title: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    numbered: ParagraphStyle
    crisis_heading: ParagraphStyle
    crisis: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    report_title: ParagraphStyle
    signature: ParagraphStyle


def make_styles(*, compact: bool = False, tight: bool = False) -> Styles:
    """The styles; ``compact`` sets the running text a little smaller and closer (9.2 on
    12.4 points instead of 10 on 13.6) for a letter that would not fit two pages;
    ``tight`` closer still (9 on 11.8), for a short letter that would not fit one."""
    register_fonts()  # paragraph styles look their font names up
    size, leading, gap = (9.2, 12.4, 3.5) if compact else (10.0, 13.6, 5.0)
    if tight:
        size, leading, gap = 9.0, 11.8, 3.0

    def _text(name: str, **kwargs: object) -> ParagraphStyle:
        return _style(name, fontSize=size, leading=leading, **kwargs)

    return Styles(
        body=_text("body", spaceAfter=gap),
        small=_style("small", fontSize=8.5, leading=11, textColor=MUTED),
        small_right=_style("small_right", fontSize=8.5, leading=11, alignment=TA_RIGHT),
        tiny=_style("tiny", fontSize=7.5, leading=9.5, textColor=MUTED),
        centre=_style("centre", fontName=BODY_BOLD, fontSize=15, leading=18, textColor=BRAND),
        heading=_style(
            "heading",
            fontName=BODY_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=BRAND,
            spaceBefore=gap + 3,
            spaceAfter=3,
            keepWithNext=True,
        ),
        title=_style("title", fontName=BODY_BOLD, fontSize=14, leading=18, spaceAfter=8),
        label=_style(
            "label", fontName=BODY_BOLD, fontSize=8.5, leading=11, textColor=BRAND, spaceAfter=2
        ),
        bullet=_text("bullet", leftIndent=14, bulletIndent=3, spaceAfter=gap / 2),
        numbered=_text("numbered", leftIndent=16, bulletIndent=2, spaceAfter=gap * 0.7),
        crisis_heading=_style(
            "crisis_heading", fontName=BODY_BOLD, fontSize=11, leading=14, textColor=ALERT
        ),
        crisis=_text("crisis"),
        cell=_style("cell", fontSize=8.5, leading=10.5),
        cell_bold=_style("cell_bold", fontName=BODY_BOLD, fontSize=8.5, leading=10.5),
        cell_right=_style("cell_right", fontSize=8.5, leading=10.5, alignment=TA_RIGHT),
        report_title=_style(
            "report_title", fontName=BODY_BOLD, fontSize=17, leading=21, textColor=BRAND
        ),
        signature=_text("signature"),
    )
