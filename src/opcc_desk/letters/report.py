"""The clinical director's referral summary: ReportData in, PDF bytes out.

Counts cover the referrals made in the chosen period; "still waiting" is as of the
day the summary is made. Long tables repeat their header row on every page.

Every word is said through domain/words/messages, so the summary the window makes is in
the window's language (dates, numbers and percentages too: « 1 234 », « 12 % »), and
the command line's stays English. The labels inside ReportData (statuses, bands,
situations) come already said from services/reports.
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
from opcc_desk.domain.words.messages import language, msg, say
from opcc_desk.domain.words.money import NARROW_NBSP
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

TITLE = msg("Report", "Referral summary")
PERIOD = msg("Report", "{start} to {end}")
RUNNING_HEAD = msg("Report", "{clinic} · Referral summary, {start} to {end}")
MADE = msg(
    "Report",
    "Made on {date}. Counts cover referrals made in this period; who is still waiting is "
    "as of the day it was made. Confidential: it names clients.",
)
MADE_BY = msg(
    "Report",
    "Made on {date} by {user}. Counts cover referrals made in this period; who is still "
    "waiting is as of the day it was made. Confidential: it names clients.",
)
PAGE = msg("Report", "Page {page} of {pages}")
FOOTER = msg(
    "Report",
    "Confidential: personal health information. Keep it locked away and shred it when no "
    "longer needed.",
)
# headings and column titles
OVER_THE_PERIOD = msg("Report", "Referrals over the period, and what became of them")
BY_STATUS = msg("Report", "By status today")
BY_APPROACH = msg("Report", "By approach")
BY_THERAPIST = msg("Report", "By therapist")
WHY_FELL_THROUGH = msg("Report", "Why referrals fell through")
WHO_WAITS = msg("Report", "Who is still waiting")
STATUS = msg("Report", "Status")
REFERRALS = msg("Report", "Referrals")
SHARE = msg("Report", "Share")
APPROACH = msg("Report", "Approach")
THERAPIST = msg("Report", "Therapist")
FIRST_SESSION = msg("Report", "First session")
STILL_OPEN = msg("Report", "Still open")
FELL_THROUGH = msg("Report", "Fell through")
OUTCOME = msg("Report", "Outcome")
REASON = msg("Report", "Reason given")
WAITING_SINCE = msg("Report", "Waiting since intake")
ON_REFERRAL = msg("Report", "On an open referral")
NOT_REFERRED = msg("Report", "Not referred, or to refer again")
TOTAL = msg("Report", "Total")
CLIENT = msg("Report", "Client")
INTAKE_ID = msg("Report", "Intake id")
SITUATION = msg("Report", "Situation")
INTAKE = msg("Report", "Intake")
DAYS = msg("Report", "Days")
# the key figures
INTAKES = msg("Report", "People who came in (intakes in the period)")
REFERRALS_MADE = msg("Report", "Referrals made")
CLIENTS_REFERRED = msg("Report", "Clients referred")
REACHED = msg("Report", "Reached a first session")
OPEN_NO_SESSION = msg("Report", "Still open, no first session yet")
INTAKE_TO_REFERRAL = msg("Report", "Median time from intake to first referral")
REFERRAL_TO_SESSION = msg("Report", "Median time from referral to first session")
WAITING_TODAY = msg("Report", "People still waiting today")
NO_DATA = msg("Report", "no data yet")
MEDIAN_DAY = msg("Report", "{days} day (of {count})")
MEDIAN_DAYS = msg("Report", "{days} days (of {count})")
# when a part has nothing to show
NO_REFERRALS = msg("Report", "No referrals in this period.")
NONE_FELL_THROUGH = msg("Report", "No referral of this period fell through.")
NO_REASON = msg("Report", "(no reason given)")
NOBODY_WAITS = msg("Report", "Nobody is waiting.")
LONGEST_WAITS = msg("Report", "The {shown} people who have waited longest, of {total}.")
EVERYONE_WAITING = msg("Report", "Everyone still waiting, longest wait first.")


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
    """The summary as a PDF, in the language messages are said in (English unless the
    window chose another)."""
    styles = make_styles()
    story = _story(data, styles)
    head = say(
        RUNNING_HEAD,
        clinic=data.letterhead.name,
        start=_date(data.start),
        end=_date(data.end),
    )

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        _furniture(canvas, styles, head, page, pages)

    return build_pdf(
        story,
        decorate,
        title=say(TITLE),
        author=data.letterhead.name,
        language=language(),
        margins=(MARGIN_X, MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )


# ------------------------------------------------------------------ the story


def _story(data: ReportData, s: Styles) -> list[Flowable]:
    period = say(PERIOD, start=_date(data.start), end=_date(data.end))
    made_on = _date(data.made_on)
    made = (
        say(MADE_BY, date=made_on, user=data.made_by) if data.made_by else say(MADE, date=made_on)
    )
    story: list[Flowable] = [*letterhead_flowables(data.letterhead, s), Spacer(1, 10)]
    story += [
        Paragraph(fonts.markup(say(TITLE)), s.report_title),
        Paragraph(fonts.markup(period), s.title),
        Paragraph(fonts.markup(made), s.small),
        Spacer(1, 8),
        _key_figures(data, s),
        Spacer(1, 10),
        _section(say(OVER_THE_PERIOD), s),
        _timeline_chart(data),
        Spacer(1, 4),
        _section(say(BY_STATUS), s),
        _status_table(data, s),
        _section(say(BY_APPROACH), s),
        _breakdown_table(say(APPROACH), data.by_approach, s),
        _section(say(BY_THERAPIST), s),
        _breakdown_table(say(THERAPIST), data.by_therapist, s),
        _section(say(WHY_FELL_THROUGH), s),
        *_fell_through(data, s),
        _section(say(WHO_WAITS), s),
        *_waiting(data, s),
    ]
    return story


def _section(title: str, s: Styles) -> Flowable:
    return Paragraph(fonts.markup(title, bold=True), s.heading)  # keeps with what follows


def _date(day: date) -> str:
    return long_date(day, language())


def _french() -> bool:
    return language() == "fr"


def _number(value: int) -> str:
    """'1,234'; « 1 234 » in French (a narrow space that never breaks the number)."""
    text = f"{value:,}"
    return text.replace(",", NARROW_NBSP) if _french() else text


def _share(part: int, whole: int) -> str:
    """'12%'; « 12 % » in French."""
    if not whole:
        return "–"
    text = f"{part / whole:.0%}"
    return text.replace("%", f"{NARROW_NBSP}%") if _french() else text


def _median(median: Median) -> str:
    if median.days is None:
        return say(NO_DATA)
    days = f"{median.days:.1f}".removesuffix(".0")
    # French counts anything under two as one ("1,5 jour"); English only one itself
    one = median.days < 2 if _french() else median.days == 1
    return say(
        MEDIAN_DAY if one else MEDIAN_DAYS,
        days=days.replace(".", ",") if _french() else days,
        count=_number(median.count),
    )


def _key_figures(data: ReportData, s: Styles) -> Table:
    rows = [
        (say(INTAKES), _number(data.intakes)),
        (say(REFERRALS_MADE), _number(data.referrals)),
        (say(CLIENTS_REFERRED), _number(data.clients_referred)),
        (
            say(REACHED),
            f"{_number(data.started)} ({_share(data.started, data.referrals)})",
        ),
        (say(OPEN_NO_SESSION), _number(data.still_open)),
        (say(FELL_THROUGH), f"{_number(data.fell)} ({_share(data.fell, data.referrals)})"),
        (say(INTAKE_TO_REFERRAL), _median(data.intake_to_referral)),
        (say(REFERRAL_TO_SESSION), _median(data.referral_to_first_session)),
        (say(WAITING_TODAY), _number(data.waiting_total)),
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
    titles = [say(STATUS), say(REFERRALS), say(SHARE)]
    return _table(titles, rows, [0.5, 0.25, 0.25], s, 1)


def _breakdown_table(title: str, lines: tuple[Breakdown, ...], s: Styles) -> Flowable:
    titles = [title, say(REFERRALS), say(FIRST_SESSION), say(STILL_OPEN), say(FELL_THROUGH)]
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
        rows = [[say(NO_REFERRALS), "", "", "", ""]]
    return _table(titles, rows, [0.37, 0.14, 0.19, 0.15, 0.15], s, 1)


def _fell_through(data: ReportData, s: Styles) -> list[Flowable]:
    if not data.fell_through:
        return [Paragraph(fonts.markup(say(NONE_FELL_THROUGH)), s.body)]
    rows = [
        [line.outcome, line.reason or say(NO_REASON), _number(line.count)]
        for line in data.fell_through
    ]
    titles = [say(OUTCOME), say(REASON), say(REFERRALS)]
    return [_table(titles, rows, [0.2, 0.62, 0.18], s, 2)]


def _waiting(data: ReportData, s: Styles) -> list[Flowable]:
    titles = [say(WAITING_SINCE), say(ON_REFERRAL), say(NOT_REFERRED), say(TOTAL)]
    bands = [
        [band, _number(on), _number(off), _number(on + off)] for band, on, off in data.waiting_bands
    ]
    out: list[Flowable] = [_table(titles, bands, [0.3, 0.22, 0.3, 0.18], s, 1)]
    out.append(Spacer(1, 8))
    if not data.waiting:
        out.append(Paragraph(fonts.markup(say(NOBODY_WAITS)), s.body))
        return out
    shown = len(data.waiting)
    note = (
        say(LONGEST_WAITS, shown=_number(shown), total=_number(data.waiting_total))
        if shown < data.waiting_total
        else say(EVERYONE_WAITING)
    )
    out.append(CondPageBreak(1.2 * inch))
    out.append(Paragraph(fonts.markup(note), s.small))
    out.append(Spacer(1, 3))
    rows = [
        [p.client_name, p.client_id, p.situation, p.since.isoformat(), _number(p.days)]
        for p in data.waiting
    ]
    titles = [say(CLIENT), say(INTAKE_ID), say(SITUATION), say(INTAKE), say(DAYS)]
    out.append(_table(titles, rows, [0.26, 0.13, 0.39, 0.13, 0.09], s, 4))
    return out


# ------------------------------------------------------------------ chart


def _timeline_chart(data: ReportData) -> Drawing:
    height = 2.6 * inch
    drawing = Drawing(WIDTH, height, initialFontName=BODY, initialFontSize=8)
    slices = list(data.timeline)
    if not slices:
        drawing.add(String(0, height / 2, say(NO_REFERRALS), fontName=BODY, fontSize=9))
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
    legend.colorNamePairs = [
        (STARTED_COLOUR, say(REACHED)),
        (WAITING_COLOUR, say(STILL_OPEN)),
        (FELL_COLOUR, say(FELL_THROUGH)),
    ]
    # each entry a column as wide as the longest name (French names run longer)
    widest = max(stringWidth(name, BODY, legend.fontSize) for _c, name in legend.colorNamePairs)
    legend.deltax = max(150, widest + 30)
    drawing.add(legend)
    drawing.add(
        String(0, height - 12, say(REFERRALS), fontName=BODY_BOLD, fontSize=8, fillColor=MUTED)
    )
    return drawing


# ------------------------------------------------------------------ every page


def _furniture(canvas: Canvas, s: Styles, head: str, page: int, pages: int) -> None:
    canvas.saveState()
    if page > 1:
        draw_paragraph(canvas, fonts.markup(head), s.tiny, LEFT, PAGE_HEIGHT - 0.4 * inch, WIDTH)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    rule_y = MARGIN_BOTTOM - 0.2 * inch
    canvas.line(LEFT, rule_y, LEFT + WIDTH, rule_y)
    page_width = 1.0 * inch
    draw_paragraph(
        canvas,
        fonts.markup(say(PAGE, page=page, pages=pages), bold=True),
        s.small_right,
        LEFT + WIDTH - page_width,
        rule_y - 4,
        page_width,
    )
    draw_paragraph(
        canvas,
        fonts.markup(say(FOOTER)),
        s.tiny,
        LEFT,
        rule_y - 4,
        WIDTH - page_width - 12,
    )
    canvas.restoreState()
