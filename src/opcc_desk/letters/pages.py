"""Page furniture shared by the letter and the report: "Page x of y", headers, footers.

The total page count is only known at the end, so the canvas keeps each page's
state and draws the furniture when the document is saved (one pass, no rebuild).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate

from opcc_desk.letters import fonts

Decorate = Callable[[Canvas, int, int], None]
"""Draws the furniture of page ``number`` of ``total`` on the canvas."""


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    def __init__(self, *args: Any, decorate: Decorate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._decorate = decorate
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(self, self._pageNumber, total)
            super().showPage()
        super().save()


def draw_paragraph(
    canvas: Canvas, markup: str, style: ParagraphStyle, x: float, y: float, width: float
) -> float:
    """Draw a paragraph with its top-left corner at (x, y); returns its height."""
    paragraph = Paragraph(markup, style)
    _, height = paragraph.wrapOn(canvas, width, 1000)
    paragraph.drawOn(canvas, x, y - height)
    return float(height)


def keep_whole(story: list[Flowable]) -> list[Flowable]:
    """The story with every paragraph kept whole: one that does not fit in what is
    left of a page starts the next page instead of being split across the break, and
    a heading (keepWithNext) goes with the part that follows it. ReportLab's own
    keepWithNext is not enough: it ignores a following part that is itself kept
    together, so the heading and its part are grouped here in one KeepTogether."""
    out: list[Flowable] = []
    heading: list[Flowable] = []
    for item in story:
        if item.getKeepWithNext():
            heading.append(item)
        elif heading:
            out.append(KeepTogether([*heading, item]))
            heading = []
        elif isinstance(item, Paragraph):
            out.append(KeepTogether([item]))
        else:
            out.append(item)
    out.extend(heading)
    return out


def build_pdf(
    story: list[Any],
    decorate: Decorate,
    *,
    title: str,
    author: str,
    language: str,
    margins: tuple[float, float, float, float],
    pagesize: tuple[float, float] = LETTER,
) -> bytes:
    """Lay ``story`` out on pages and return the PDF. Fonts are the bundled ones only:
    the document's initial font is DejaVu Sans, so not even an empty page asks for an
    unembedded Helvetica."""
    fonts.register_fonts()
    left, right, top, bottom = margins
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=title,
        author=author,
        subject="",
        creator="OPCC Desk",
        lang=language,
        initialFontName=fonts.BODY,
        initialFontSize=10,
    )

    def canvasmaker(*args: Any, **kwargs: Any) -> NumberedCanvas:
        return NumberedCanvas(*args, decorate=decorate, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()


class Box(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Columns of flowables side by side, on an optional background with an optional
    bar down the left edge. Lighter than a Table for the letter's few boxes (a Table
    lays its cells out twice); like a Table row, it never splits across pages."""

    def __init__(
        self,
        columns: list[list[Flowable]],
        widths: list[float],
        *,
        background: Color | None = None,
        bar: Color | None = None,
        bar_width: float = 3,
        padding: tuple[float, float] = (0, 0),  # horizontal, vertical
        middle: bool = False,
    ) -> None:
        super().__init__()
        self.columns = columns
        self.widths = widths
        self.background = background
        self.bar = bar
        self.bar_width = bar_width
        self.pad_x, self.pad_y = padding
        self.middle = middle
        self._heights: list[list[float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._heights = []
        for column, width in zip(self.columns, self.widths, strict=True):
            inner = width - 2 * self.pad_x
            self._heights.append(
                [flowable.wrapOn(self.canv, inner, avail_height)[1] for flowable in column]
            )
        tallest = max((self._column_height(i) for i in range(len(self.columns))), default=0)
        self.width = sum(self.widths)
        self.height = tallest + 2 * self.pad_y
        return self.width, self.height

    def _column_height(self, index: int) -> float:
        column, heights = self.columns[index], self._heights[index]
        gaps = sum(f.getSpaceBefore() + f.getSpaceAfter() for f in column[1:]) if column else 0
        return float(sum(heights) + gaps)

    def draw(self) -> None:
        canvas = self.canv
        if self.background is not None:
            canvas.setFillColor(self.background)
            canvas.rect(0, 0, self.width, self.height, stroke=0, fill=1)
        if self.bar is not None:
            canvas.setFillColor(self.bar)
            canvas.rect(0, 0, self.bar_width, self.height, stroke=0, fill=1)
        x = 0.0
        for index, (column, width) in enumerate(zip(self.columns, self.widths, strict=True)):
            used = self._column_height(index)
            top = self.height - self.pad_y
            if self.middle:
                top -= (self.height - 2 * self.pad_y - used) / 2
            for position, (flowable, height) in enumerate(
                zip(column, self._heights[index], strict=True)
            ):
                if position:
                    top -= flowable.getSpaceBefore()
                top -= height
                flowable.drawOn(canvas, x + self.pad_x, top)
                top -= flowable.getSpaceAfter()
            x += width
