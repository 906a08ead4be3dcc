"""The clinical director's referral summary: ReportData in, PDF bytes out.

Counts cover the referrals made in the chosen period; "still waiting" is as of the
day the summary is made. Long tables repeat their header row on every page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, LongTable, Paragraph, Spacer, Table

from opcc_desk.domain.words.dates import long_date
from opcc_desk.letters import fonts
from opcc_desk.letters.fonts import BODY, BODY_BOLD
from opcc_desk.letters.letter import letterhead_flowables
from opcc_desk.letters.letterhead import Letterhead
from opcc_desk.letters.pages import build_pdf, draw_paragraph
from opcc_desk.letters.styles import (
    BRAND,
    BRAND_LIGHT,
    INK,
    MUTED,
    RULE,
    Styles,
    make_styles,
    table_style,
)

CELL_SIZE = 8.5
PAGE_WIDTH = 8.5 * inch
PAGE_HEIGHT = 11 * inch
MARGIN_X = 0.75 * inch
MARGIN_TOP = 0.7 * inch
MARGIN_BOTTOM = 0.85 * inch
FRAME_PADDING = 6
WIDTH = PAGE_WIDTH - 2 * MARGIN_X - 2 * FRAME_PADDING
LEFT = MARGIN_X + FRAME_PADDING

STARTED_COLOUR = colors.HexColor("#1f6f78")
WAITING_COLOUR = colors.HexColor("#e0a030")
FELL_COLOUR = colors.HexColor("#b5543a")


@dataclass(frozen=True, slots=True)
class Breakdown:
    """One line of the by-approach or by-therapist table."""

    label: str
    total: int
    started: int  # reached their first session (the referral became active)
    waiting: int  # still open, first session not reached yet
    fell_through: int  # declined, no response or withdrawn before a first session


@dataclass(frozen=True, slots=True)
class Median:
    days: float | None  # None when there is nothing to measure
    count: int  # how many intervals it is the median of


@dataclass(frozen=True, slots=True)
class WaitingPerson:
    client_id: str
    client_name: str
    situation: str
    since: date
    days: int


@dataclass(frozen=True, slots=True)
class FellThrough:
    outcome: str
    reason: str
    count: int


@dataclass(frozen=True, slots=True)
class TimeSlice:
    label: str
    started: int
    waiting: int
    fell_through: int


@dataclass(frozen=True, slots=True)
class ReportData:
    start: date
    end: date
    made_on: date
    intakes: int  # clients whose intake falls in the period
    referrals: int
    clients_referred: int
    by_status: tuple[tuple[str, int], ...]
    by_approach: tuple[Breakdown, ...]
    by_therapist: tuple[Breakdown, ...]
    intake_to_referral: Median
    referral_to_first_session: Median
    waiting_total: int
    waiting_bands: tuple[tuple[str, int, int], ...]  # band, on a referral, not referred/again
    waiting: tuple[WaitingPerson, ...]  # longest wait first; at most ``waiting_listed``
    fell_through: tuple[FellThrough, ...]
    timeline: tuple[TimeSlice, ...]
    made_by: str = ""
    letterhead: Letterhead = field(default_factory=Letterhead)

    @property
    def started(self) -> int:
        return sum(line.started for line in self.by_approach)

    @property
    def still_open(self) -> int:
        return sum(line.waiting for line in self.by_approach)

    @property
    def fell(self) -> int:
        return sum(line.fell_through for line in self.by_approach)


def build_report(data: ReportData) -> bytes:
    styles = make_styles()
    story = _story(data, styles)
    period = f"{long_date(data.start, 'en')} to {long_date(data.end, 'en')}"

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        _furniture(canvas, styles, data, period, page, pages)

    return build_pdf(
        story,
        decorate,
        title="Referral summary",
        author=data.letterhead.name,
        language="en",
        margins=(MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )


# ------------------------------------------------------------------ the story


def _story(data: ReportData, s: Styles) -> list[Flowable]:
    period = f"{long_date(data.start, 'en')} to {long_date(data.end, 'en')}"
    made = f"Made on {long_date(data.made_on, 'en')}"
    if data.made_by:
        made += f" by {data.made_by}"
    story: list[Flowable] = [*letterhead_flowables(data.letterhead, s), Spacer(1, 10)]
    story += [
        Paragraph("Referral summary", s.report_title),
        Paragraph(fonts.markup(period), s.title),
        Paragraph(
            fonts.markup(made)
            + ". Counts cover referrals made in this period; who is still waiting is as of "
            "the day it was made. Confidential: it names clients.",
            s.small,
        ),
        Spacer(1, 8),
        _key_figures(data, s),
        Spacer(1, 10),
        _section("Referrals over the period, and what became of them", s),
        _timeline_chart(data),
        Spacer(1, 4),
        _section("By status today", s),
        _status_table(data, s),
        _section("By approach", s),
        _breakdown_table("Approach", data.by_approach, s),
        _section("By therapist", s),
        _breakdown_table("Therapist", data.by_therapist, s),
        _section("Why referrals fell through", s),
        *_fell_through(data, s),
        _section("Who is still waiting", s),
        *_waiting(data, s),
    ]
    return story


def _section(title: str, s: Styles) -> Flowable:
    return Paragraph(fonts.markup(title, bold=True), s.heading)  # keeps with what follows


def _number(value: int) -> str:
    return f"{value:,}"


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.0%}" if whole else "–"


def _median(median: Median) -> str:
    if median.days is None:
        return "no data yet"
    days = f"{median.days:.1f}".removesuffix(".0")
    return f"{days} days (of {median.count:,})"


def _key_figures(data: ReportData, s: Styles) -> Table:
    rows = [
        ("People who came in (intakes in the period)", _number(data.intakes)),
        ("Referrals made", _number(data.referrals)),
        ("Clients referred", _number(data.clients_referred)),
        (
            "Reached a first session",
            f"{_number(data.started)} ({_share(data.started, data.referrals)})",
        ),
        ("Still open, no first session yet", _number(data.still_open)),
        ("Fell through", f"{_number(data.fell)} ({_share(data.fell, data.referrals)})"),
        ("Median time from intake to first referral", _median(data.intake_to_referral)),
        ("Median time from referral to first session", _median(data.referral_to_first_session)),
        ("People still waiting today", _number(data.waiting_total)),
    ]
    table = Table(
        [
            [
                Paragraph(fonts.markup(label), s.cell),
                Paragraph(fonts.markup(value, bold=True), s.cell_right),
            ]
            for label, value in rows
        ],
        colWidths=[WIDTH * 0.62, WIDTH * 0.38],
    )
    table.setStyle(
        table_style(
            ("BACKGROUND", (0, 0), (-1, -1), BRAND_LIGHT),
            ("LINEBELOW", (0, 0), (-1, -2), 0.4, colors.white),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        )
    )
    return table


def _header_style() -> list[tuple[object, ...]]:
    return [
        ("BACKGROUND", (0, 0), (-1, 0), BRAND),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]


def _header_cells(titles: list[str], s: Styles, right_from: int) -> list[Flowable | str]:
    cells: list[Flowable | str] = []
    for index, title in enumerate(titles):
        style = s.cell_right if index >= right_from else s.cell
        cells.append(
            Paragraph(f'<font color="white">{fonts.markup(title, bold=True)}</font>', style)
        )
    return cells


def _table(
    titles: list[str], rows: list[list[str]], shares: list[float], s: Styles, right_from: int
) -> LongTable:
    """A table whose header row repeats on every page it runs onto.

    Cells are plain strings drawn in DejaVu Sans (fast: a clinic's ten years can run
    to thousands of rows); a cell that needs another font, or that would not fit its
    column, becomes a wrapping paragraph."""
    widths = [WIDTH * share for share in shares]
    body: list[list[Flowable | str]] = []
    for row in rows:
        cells: list[Flowable | str] = []
        for index, value in enumerate(row):
            room = widths[index] - 12
            if fonts.is_plain(value) and stringWidth(value, BODY, CELL_SIZE) <= room:
                cells.append(value)
            else:
                style = s.cell_right if index >= right_from else s.cell
                cells.append(Paragraph(fonts.markup(value), style))
        body.append(cells)
    table = LongTable([_header_cells(titles, s, right_from), *body], colWidths=widths, repeatRows=1)
    table.setStyle(
        table_style(
            *_header_style(),
            ("FONT", (0, 1), (-1, -1), BODY, CELL_SIZE),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
            ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
        )
    )
    return table


def _status_table(data: ReportData, s: Styles) -> Flowable:
    rows = [
        [label, _number(count), _share(count, data.referrals)] for label, count in data.by_status
    ]
    return _table(["Status", "Referrals", "Share"], rows, [0.5, 0.25, 0.25], s, 1)


def _breakdown_table(title: str, lines: tuple[Breakdown, ...], s: Styles) -> Flowable:
    titles = [title, "Referrals", "First session", "Still open", "Fell through"]
    rows = [
        [
            line.label,
            _number(line.total),
            f"{_number(line.started)} ({_share(line.started, line.total)})",
            _number(line.waiting),
            _number(line.fell_through),
        ]
        for line in lines
    ]
    if not rows:
        rows = [["No referrals in this period.", "", "", "", ""]]
    return _table(titles, rows, [0.4, 0.13, 0.19, 0.14, 0.14], s, 1)


def _fell_through(data: ReportData, s: Styles) -> list[Flowable]:
    if not data.fell_through:
        return [Paragraph("No referral of this period fell through.", s.body)]
    rows = [
        [line.outcome, line.reason or "(no reason given)", _number(line.count)]
        for line in data.fell_through
    ]
    return [_table(["Outcome", "Reason given", "Referrals"], rows, [0.2, 0.65, 0.15], s, 2)]


def _waiting(data: ReportData, s: Styles) -> list[Flowable]:
    titles = ["Waiting since intake", "On an open referral", "Not referred, or to refer again"]
    bands = [
        [band, _number(on), _number(off), _number(on + off)] for band, on, off in data.waiting_bands
    ]
    out: list[Flowable] = [_table([*titles, "Total"], bands, [0.3, 0.22, 0.3, 0.18], s, 1)]
    out.append(Spacer(1, 8))
    if not data.waiting:
        out.append(Paragraph("Nobody is waiting.", s.body))
        return out
    shown = len(data.waiting)
    note = (
        f"The {shown:,} people who have waited longest, of {data.waiting_total:,}."
        if shown < data.waiting_total
        else "Everyone still waiting, longest wait first."
    )
    out.append(CondPageBreak(1.2 * inch))
    out.append(Paragraph(note, s.small))
    out.append(Spacer(1, 3))
    rows = [
        [p.client_name, p.client_id, p.situation, p.since.isoformat(), _number(p.days)]
        for p in data.waiting
    ]
    titles = ["Client", "Intake id", "Situation", "Intake", "Days"]
    out.append(_table(titles, rows, [0.3, 0.13, 0.33, 0.14, 0.1], s, 4))
    return out


# ------------------------------------------------------------------ chart


def _timeline_chart(data: ReportData) -> Drawing:
    height = 2.6 * inch
    drawing = Drawing(WIDTH, height, initialFontName=BODY, initialFontSize=8)
    slices = list(data.timeline)
    if not slices:
        drawing.add(
            String(0, height / 2, "No referrals in this period.", fontName=BODY, fontSize=9)
        )
        return drawing
    chart = VerticalBarChart()
    chart.x = 36
    chart.y = 42
    chart.width = WIDTH - 50
    chart.height = height - 62
    chart.data = [
        [piece.started for piece in slices],
        [piece.waiting for piece in slices],
        [piece.fell_through for piece in slices],
    ]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.categoryNames = [piece.label for piece in slices]
    chart.categoryAxis.labels.fontName = BODY
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = MUTED
    if len(slices) > 14:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dx = 0
        chart.categoryAxis.labels.dy = -2
    chart.valueAxis.labels.fontName = BODY
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barSpacing = 0
    chart.groupSpacing = 4 if len(slices) < 30 else 1
    chart.bars.strokeColor = None
    for index, colour in enumerate((STARTED_COLOUR, WAITING_COLOUR, FELL_COLOUR)):
        chart.bars[index].fillColor = colour
    drawing.add(chart)
    legend = Legend()
    legend.fontName = BODY
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.x = 90
    legend.y = height - 4
    legend.dx = legend.dy = 7
    legend.deltax = 150
    legend.colorNamePairs = [
        (STARTED_COLOUR, "Reached a first session"),
        (WAITING_COLOUR, "Still open"),
        (FELL_COLOUR, "Fell through"),
    ]
    drawing.add(legend)
    drawing.add(
        String(0, height - 12, "Referrals", fontName=BODY_BOLD, fontSize=8, fillColor=MUTED)
    )
    return drawing


# ------------------------------------------------------------------ every page


def _furniture(
    canvas: Canvas, s: Styles, data: ReportData, period: str, page: int, pages: int
) -> None:
    canvas.saveState()
    if page > 1:
        header = fonts.markup(f"{data.letterhead.name} · Referral summary, {period}")
        draw_paragraph(canvas, header, s.tiny, LEFT, PAGE_HEIGHT - 0.4 * inch, WIDTH)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    rule_y = MARGIN_BOTTOM - 0.2 * inch
    canvas.line(LEFT, rule_y, LEFT + WIDTH, rule_y)
    page_width = 1.0 * inch
    draw_paragraph(
        canvas,
        fonts.markup(f"Page {page} of {pages}", bold=True),
        s.small_right,
        LEFT + WIDTH - page_width,
        rule_y - 4,
        page_width,
    )
    draw_paragraph(
        canvas,
        fonts.markup(
            "Confidential: personal health information. Keep it locked away and shred it "
            "when no longer needed."
        ),
        s.tiny,
        LEFT,
        rule_y - 4,
        WIDTH - page_width - 12,
    )
    canvas.restoreState()
