# ruff: noqa: E501  (the sample CSV rows read better whole, as in the tests)
"""How long letters and the director's summary take. Prints figures; it is not a test.

    .venv/bin/python scripts/bench_letters.py [--runs 25] [--referrals 100000]

1. One referral letter (build_letter: fonts per run, Arabic shaping, tables, logo,
   "Page x of y"), beside a bare ReportLab page holding the same text in the same
   fonts (platypus paragraphs, nothing else). The ratio is the figure: target <= 1.5.
2. The whole use case a desk runs (read the records, build, store in the database).
3. The director's summary over a generated clinic (2,000 therapists, 100,000
   clients, 100,000 referrals in a temporary SQLite file): the grouped queries, then
   the PDF.
4. LibreOffice converting an equivalent letter (HTML) to PDF, when soffice is installed.
"""

from __future__ import annotations

import argparse
import html
import io
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from opcc_desk.app import open_context
from opcc_desk.letters import build_letter, register_fonts
from opcc_desk.letters.fonts import BODY, BODY_BOLD
from opcc_desk.services import demo, letters, referrals, reports, transfer
from opcc_desk.services.context import ServiceContext

THERAPIST = """id,first_name,last_name,pronouns,gender,credentials,registration,email,phone,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,level,accepting,availability
T-1,Hélène,Gagné,she/her,woman,RP;MSW,CRPO 012345,helene@example.ca,613-555-0142,en;fr;ar,relational;cbt,self_worth;relational_patterns;anxiety,individual,adult,in_person;virtual,Ottawa,160,90,associate,yes,mon_evening;sat_morning
"""
CLIENT = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,location,max_fee,availability,address,city,postal_code,consent_to_contact
C-1,محمد,عبد الله,m@example.ca,ar,individual,adult,self_worth;relational_patterns;anxiety,either,Ottawa,100,mon_evening;sat_morning,12 Elm Street,Ottawa,K1A 0B1,yes
"""


def median_ms(step: Callable[[], object], runs: int) -> float:
    step()  # warm up: fonts registered, caches filled
    times = []
    for _ in range(runs):
        started = time.process_time()
        step()
        times.append((time.process_time() - started) * 1000)
    return statistics.median(times)


def paired_ms(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float, float]:
    """Medians of two steps timed in turn, and the median of their ratio per pair: on
    a shared machine both sides of each pair see the same load."""
    first()
    second()
    a, b = [], []
    for _ in range(runs):
        started = time.process_time()
        first()
        middle = time.process_time()
        second()
        a.append((middle - started) * 1000)
        b.append((time.process_time() - middle) * 1000)
    ratios = [x / y for x, y in zip(a, b, strict=True)]
    return statistics.median(a), statistics.median(b), statistics.median(ratios)


def letter_context(folder: Path) -> tuple[ServiceContext, int]:
    ctx = open_context(
        f"sqlite:///{folder / 'letters.sqlite3'}",
        clock=lambda: datetime(2026, 11, 26, 9, 30),
        user="bench",
    )
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPIST), (transfer.Kind.CLIENTS, CLIENT)):
        path = folder / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx, referrals.create_referral(ctx, "C-1", "T-1")


def bare_page(paragraphs: list[str]) -> bytes:
    """The same text in the same fonts, as plain platypus paragraphs: the floor.
    Short lines (the letter's headings and labels) are set in bold, so both DejaVu
    faces are embedded, as in the letter."""
    register_fonts()
    regular = ParagraphStyle("bare", fontName=BODY, fontSize=10, leading=13.6)
    bold = ParagraphStyle("bare_bold", fontName=BODY_BOLD, fontSize=10, leading=13.6)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=LETTER, initialFontName=BODY)
    doc.build([Paragraph(html.escape(t), bold if len(t) < 40 else regular) for t in paragraphs])
    return buffer.getvalue()


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def libreoffice_ms(paragraphs: list[str], folder: Path, runs: int) -> float | None:
    program = soffice()
    if program is None:
        return None
    source = folder / "letter.html"
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    source.write_text(
        f'<html><head><meta charset="utf-8"><style>body{{font-family:"DejaVu Sans";'
        f"font-size:10pt}}</style></head><body>{body}</body></html>",
        encoding="utf-8",
    )

    def convert() -> None:
        subprocess.run(
            [program, "--headless", "--convert-to", "pdf", "--outdir", str(folder), str(source)],
            check=True,
            capture_output=True,
        )

    return median_ms(convert, max(3, runs // 5))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=25, help="timed runs per letter figure")
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--report-runs", type=int, default=3)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="opcc-bench-letters-") as name:
        folder = Path(name)
        ctx, referral = letter_context(folder)
        with ctx.transaction() as session:
            data, _note = letters._letter_data(ctx, session, ctx.catalogue, referral, None, 1)
        pdf = build_letter(data)
        reader = PdfReader(io.BytesIO(pdf))
        paragraphs = [
            line for page in reader.pages for line in page.extract_text().splitlines() if line
        ]
        characters = sum(len(line) for line in paragraphs)
        letter, bare, ratio = paired_ms(
            lambda: build_letter(data), lambda: bare_page(paragraphs), args.runs
        )
        stored = median_ms(lambda: letters.generate_letter(ctx, referral), args.runs)
        office = libreoffice_ms(paragraphs, folder, args.runs)
        ctx.engine.dispose()

        print(f"Letter: {len(reader.pages)} pages, {characters:,} characters of text")
        print(f"{'what':<58} {'median ms':>10}")
        print(f"{'referral letter (build_letter)':<58} {letter:>10.1f}")
        print(f"{'bare ReportLab page, same text and fonts':<58} {bare:>10.1f}")
        print(f"{'ratio letter / bare page, median of pairs (target <= 1.5)':<58} {ratio:>10.2f}")
        print(f"{'whole use case: read, build, store (generate_letter)':<58} {stored:>10.1f}")
        if office is None:
            print(f"{'LibreOffice, same letter as HTML to PDF':<58} {'not installed':>10}")
        else:
            print(f"{'LibreOffice, same letter as HTML to PDF':<58} {office:>10.1f}")
        sys.stdout.flush()

        big = open_context(
            f"sqlite:///{folder / 'clinic.sqlite3'}",
            clock=lambda: datetime(2026, 11, 26, 9, 30),
            user="bench",
        )
        started = time.process_time()
        demo.fill_demo_data(big, therapists=2000, clients=args.referrals, referrals=args.referrals)
        filled = time.process_time() - started
        start, end = date(2016, 11, 27), date(2026, 11, 26)
        summary = reports.referral_summary(big, start, end)
        queries = median_ms(lambda: reports.referral_summary(big, start, end), args.report_runs)
        building = median_ms(lambda: reports.build_report(summary), args.report_runs)
        whole = median_ms(lambda: reports.summary_pdf(big, start, end), args.report_runs)
        pages = len(PdfReader(io.BytesIO(reports.build_report(summary))).pages)
        big.engine.dispose()
        print()
        print(
            f"Director's summary, {summary.referrals:,} referrals over ten years, "
            f"{len(summary.by_therapist):,} therapists ({pages} pages; data generated in "
            f"{filled:.0f} s)"
        )
        print(f"{'grouped queries (referral_summary)':<58} {queries:>10.1f}")
        print(f"{'PDF (build_report)':<58} {building:>10.1f}")
        print(f"{'whole: queries and PDF (summary_pdf)':<58} {whole:>10.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
