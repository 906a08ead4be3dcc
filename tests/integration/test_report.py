"""The director's referral summary: figures against known data, the PDF, the command line."""

from __future__ import annotations

import io
import re
import stat
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from opcc_desk.__main__ import main
from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.letters.report import Breakdown, Median, ReportData, build_report
from opcc_desk.services import referrals, reports, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

THERAPISTS = """id,first_name,last_name,languages,approaches,client_types,age_groups,modalities,fee,accepting
T-1,Hélène,Gagné,en;fr,relational;cbt,individual,adult,virtual,150,yes
T-2,Farid,Rahimi,en;fa,cbt,individual,adult,virtual,120,yes
T-3,Ana,Silva,en,eft,individual,adult,virtual,110,yes
"""
CLIENTS = """id,submitted,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact
C-1,2026-01-05T10:00:00,Zoë,François,c1@example.ca,fr,individual,adult,anxiety,virtual,yes
C-2,2026-01-25T10:00:00,小明,王,c2@example.ca,zh,individual,adult,anxiety,virtual,yes
C-3,2026-02-01T10:00:00,Ana,Brown,c3@example.ca,en,individual,adult,anxiety,virtual,yes
C-4,2026-02-20T10:00:00,Omar,Haddad,c4@example.ca,ar,individual,adult,anxiety,virtual,yes
C-5,2025-11-20T10:00:00,Old,Timer,c5@example.ca,en,individual,adult,anxiety,virtual,yes
C-6,2026-11-01T10:00:00,Kim,Lee,c6@example.ca,ko,individual,adult,anxiety,virtual,yes
"""
FORWARD = [S.SENT, S.CONTACTED, S.BOOKED, S.ACTIVE]


def at(ctx: ServiceContext, when: datetime) -> None:
    ctx.clock = lambda: when


def refer(ctx: ServiceContext, client: str, therapist: str, when: datetime, approach: str) -> int:
    at(ctx, when)
    return referrals.create_referral(ctx, client, therapist, approach=approach)


def move(ctx: ServiceContext, referral: int, status: S, when: datetime, reason: str = "") -> None:
    at(ctx, when)
    referrals.change_status(ctx, referral, status, reason)


def to_active(ctx: ServiceContext, referral: int, start: datetime, days: int) -> None:
    """Walk forward to active, reaching it ``days`` after ``start``."""
    for step, status in enumerate(FORWARD, start=1):
        when = start + timedelta(days=days) if status is S.ACTIVE else start + timedelta(hours=step)
        move(ctx, referral, status, when)


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    d = datetime
    r1 = refer(ctx, "C-1", "T-1", d(2026, 1, 10, 10), "relational")  # 5 days after intake
    to_active(ctx, r1, d(2026, 1, 10, 10), 10)
    move(ctx, r1, S.CLOSED, d(2026, 6, 1))
    r2 = refer(ctx, "C-2", "T-1", d(2026, 2, 1, 10), "cbt")  # 7 days after intake
    move(ctx, r2, S.DECLINED, d(2026, 2, 3), "Schedule full")
    r3 = refer(ctx, "C-3", "T-2", d(2026, 2, 5, 10), "cbt")  # 4 days after intake
    to_active(ctx, r3, d(2026, 2, 5, 10), 20)
    r4 = refer(ctx, "C-4", "T-2", d(2026, 3, 1, 10), "cbt")  # 9 days after intake
    move(ctx, r4, S.NO_RESPONSE, d(2026, 3, 20))
    refer(ctx, "C-2", "T-3", d(2026, 3, 5, 10), "eft")  # a second referral: still proposed
    r6 = refer(ctx, "C-5", "T-3", d(2025, 12, 1, 10), "eft")  # before the period
    to_active(ctx, r6, d(2025, 12, 1, 10), 3)
    at(ctx, d(2026, 11, 26, 9, 30))
    return ctx


def test_the_figures_match_what_was_recorded(clinic: ServiceContext) -> None:
    data = reports.referral_summary(clinic, date(2026, 1, 1), date(2026, 11, 26))
    assert data.referrals == 5
    assert data.clients_referred == 4
    assert data.intakes == 5  # C-5 came in before the period
    assert dict(data.by_status) == {
        "Proposed": 1, "Sent": 0, "Contacted": 0, "Booked": 0, "Active": 1,
        "Closed": 1, "Declined": 1, "No response": 1, "Withdrawn": 0,
    }  # fmt: skip
    assert (data.started, data.still_open, data.fell) == (2, 1, 2)
    approaches = {line.label: line for line in data.by_approach}
    assert approaches["Cognitive behavioural therapy (CBT)"] == Breakdown(
        "Cognitive behavioural therapy (CBT)", total=3, started=1, waiting=0, fell_through=2
    )
    assert approaches["Relational psychotherapy"].started == 1
    therapists = {line.label: line.total for line in data.by_therapist}
    assert therapists == {"Hélène Gagné (T-1)": 2, "Farid Rahimi (T-2)": 2, "Ana Silva (T-3)": 1}
    # first referrals 5, 7, 4 and 9 days after intake; first sessions after 10 and 20 days
    assert data.intake_to_referral == Median(days=6.0, count=4)
    assert data.referral_to_first_session == Median(days=15.0, count=2)
    reasons = {(line.outcome, line.reason): line.count for line in data.fell_through}
    assert reasons == {("Declined", "Schedule full"): 1, ("No response", ""): 1}
    # still waiting today: C-2 (open referral), C-4 (fell through), C-6 (never referred)
    waiting = {person.client_id: person for person in data.waiting}
    assert set(waiting) == {"C-2", "C-4", "C-6"}
    assert data.waiting_total == 3
    assert waiting["C-2"].situation.startswith("Open referral")
    assert waiting["C-4"].situation.startswith("To refer again")
    assert waiting["C-6"].situation == "Not referred yet"
    assert waiting["C-6"].days == 24  # Nov 1 10:00 to Nov 26 9:30: 24 whole days
    assert waiting["C-2"].client_name == "王小明"
    assert [p.client_id for p in data.waiting] == ["C-2", "C-4", "C-6"]  # longest first
    bands = {band: (on, off) for band, on, off in data.waiting_bands}
    assert bands["1 to 4 weeks"] == (0, 1)
    assert bands["More than 6 months"] == (1, 1)
    months = {piece.label: piece for piece in data.timeline}
    assert len(data.timeline) == 11  # January to November
    assert months["Feb 2026"].started == 1 and months["Feb 2026"].fell_through == 1
    assert months["Mar 2026"].waiting == 1


def test_a_period_with_nothing_in_it(clinic: ServiceContext) -> None:
    data = reports.referral_summary(clinic, date(2020, 1, 1), date(2020, 3, 31))
    assert data.referrals == 0
    assert data.intake_to_referral == Median(days=None, count=0)
    text = pdf_text(build_report(data))
    assert "No referrals in this period" in text


def test_dates_the_wrong_way_round_are_refused(clinic: ServiceContext) -> None:
    with pytest.raises(ServiceError, match="after it ends"):
        reports.referral_summary(clinic, date(2026, 5, 1), date(2026, 4, 1))


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_the_pdf_shows_the_figures_and_a_chart(clinic: ServiceContext) -> None:
    pdf = reports.summary_pdf(clinic, date(2026, 1, 1), date(2026, 11, 26))
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(pdf_text(pdf).split())
    for part in (
        "Referral summary",
        "January 1, 2026 to November 26, 2026",
        "Referrals made 5",
        "Median time from referral to first session 15 days (of 2)",
        "By approach",
        "By therapist",
        "Why referrals fell through",
        "Schedule full",
        "Who is still waiting",
        "王小明",
        "Page 1 of",
    ):
        assert part in text, part
    # the chart: its legend, its month labels, and bars filled in the "first session" colour
    first_page = reader.pages[0]
    assert "Reached a first session" in first_page.extract_text()
    assert "Feb 2026" in first_page.extract_text()
    content = first_page.get_contents().get_data().decode("latin-1")
    assert re.search(r"\.121569 \.435294 \.470588 rg", content), "no bars drawn"
    assert content.count(" re") > 10
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert not [name for name in fonts if "Helvetica" in name]


def test_long_tables_repeat_their_header_on_every_page() -> None:
    therapists = tuple(
        Breakdown(f"Therapist Number{n:03d} (T-{n:03d})", 100 - n % 50, 10, 1, 2)
        for n in range(150)
    )
    data = ReportData(
        start=date(2026, 1, 1),
        end=date(2026, 11, 26),
        made_on=date(2026, 11, 26),
        intakes=0,
        referrals=0,
        clients_referred=0,
        by_status=(),
        by_approach=(),
        by_therapist=therapists,
        intake_to_referral=Median(None, 0),
        referral_to_first_session=Median(None, 0),
        waiting_total=0,
        waiting_bands=(),
        waiting=(),
        fell_through=(),
        timeline=(),
    )
    reader = PdfReader(io.BytesIO(build_report(data)))
    pages_with_rows = [
        page.extract_text() for page in reader.pages if "Therapist Number" in page.extract_text()
    ]
    assert len(pages_with_rows) >= 3
    for text in pages_with_rows:
        # what comes just before the page's first row is the table's header row
        before = " ".join(text[: text.index("Therapist Number")].split())
        assert before.endswith("Therapist Referrals First session Still open Fell through")


def test_report_command(
    db_url: str, clinic: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "summary.pdf"
    assert (
        main(
            ["--db", db_url, "report", "--from", "2026-01-01", "--to", "2026-11-26", "-o", str(out)]
        )
        == 0
    )
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "Referrals made 5" in " ".join(pdf_text(out.read_bytes()).split())
    assert not list(tmp_path.glob(".summary.pdf.*"))  # no temporary file left behind
    capsys.readouterr()

    assert (
        main(
            ["--db", db_url, "report", "--from", "2026-02-30", "--to", "2026-11-26", "-o", str(out)]
        )
        == 2
    )
    assert "YYYY-MM-DD" in capsys.readouterr().err
    assert (
        main(
            ["--db", db_url, "report", "--from", "2026-12-01", "--to", "2026-11-26", "-o", str(out)]
        )
        == 2
    )
    assert "after it ends" in capsys.readouterr().err
    missing_folder = tmp_path / "nowhere" / "summary.pdf"
    assert (
        main(
            [
                "--db",
                db_url,
                "report",
                "--from",
                "2026-01-01",
                "--to",
                "2026-11-26",
                "-o",
                str(missing_folder),
            ]
        )
        == 2
    )
    assert "cannot write" in capsys.readouterr().err
