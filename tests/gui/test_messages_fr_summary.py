"""The director's referral summary made from a French window is in French, every word of
it: headings, statuses, waiting bands and situations, the catalogue's approach names,
dates, numbers and percentages. Made again once the window is back in English (and, in
tests/integration/test_report.py, from the command line) it is English."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.services import referrals, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import i18n
from opcc_desk.ui.report_dialog import ReportDialog

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en;fr,cbt,anxiety,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact,submitted
C-1,Zoë,François,zoe@example.ca,fr,individual,adult,anxiety,virtual,yes,2026-02-01
C-2,Marc,Dubois,marc@example.ca,fr,individual,adult,anxiety,virtual,yes,2026-03-02
C-3,Lina,Haddad,lina@example.ca,fr,individual,adult,anxiety,virtual,yes,2026-11-20
"""
ENGLISH_WORDS = (
    "Referral summary",
    "Referrals made",
    "By approach",
    "By therapist",
    "Why referrals fell through",
    "Who is still waiting",
    "Declined",
    "Proposed",
    "Not referred yet",
    "More than 6 months",
    "Confidential",
    "November",
    "Page 1 of",
)


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    now = ctx.clock
    ctx.clock = lambda: datetime(2026, 3, 1, 10)
    referrals.create_referral(ctx, "C-1", "T-1", approach="cbt")
    declined = referrals.create_referral(ctx, "C-2", "T-1", approach="cbt")
    referrals.change_status(ctx, declined, ReferralStatus.DECLINED, "Schedule full")
    ctx.clock = now
    return ctx


def summary_text(qtbot: QtBot, ctx: ServiceContext) -> str:
    """Reports → Referral summary for the year so far, made as the window makes it (on a
    worker thread), its PDF read back as one line of text."""
    dialog = ReportDialog(ctx)
    qtbot.addWidget(dialog)
    operation = dialog.make()
    assert operation is not None
    with qtbot.waitSignal(operation.finished, timeout=30000):
        pass
    assert dialog.pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(dialog.pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_the_summary_made_in_a_french_window_is_in_french(
    qtbot: QtBot, clinic: ServiceContext, french: None
) -> None:
    text = summary_text(qtbot, clinic)
    for part in (
        "Sommaire des aiguillages",
        "Du 1er janvier 2026 au 26 novembre 2026",  # the period, dates in French
        "Fait le 26 novembre 2026 par tester",
        "Aiguillages faits 2",
        "Par approche",
        "Par thérapeute",
        "Pourquoi des aiguillages n'ont pas abouti",
        "Qui attend encore",
        "Refusé",  # the status, as the window's referral table says it
        "Schedule full",  # the reason, as it was typed
        "Pas encore aiguillé",  # C-3's situation
        "Plus de 6 mois",
        "mars 2026",  # the chart's months
        "Page 1 de",
    ):
        assert part in text, part
    french_cbt = clinic.catalogue.approach_label("cbt", "fr")
    assert french_cbt != clinic.catalogue.approach_label("cbt", "en")
    assert french_cbt in text
    # one of the two referrals fell through: « 50 % », spaced as in French
    # (pypdf reads the narrow no-break space back as a plain one)
    assert "Non aboutis 1 (50 %)" in text and "50%" not in text
    for english in ENGLISH_WORDS:
        assert english not in text, english


def test_the_summary_is_english_again_with_the_english_window(
    qtbot: QtBot, clinic: ServiceContext, french: None
) -> None:
    assert i18n.install("en") == "en"
    text = summary_text(qtbot, clinic)
    for part in (
        "Referral summary",
        "January 1, 2026 to November 26, 2026",
        "Referrals made 2",
        "Declined",
        "Not referred yet",
        "Page 1 of",
        "1 (50%)",
    ):
        assert part in text, part
    assert "Sommaire" not in text and "aiguillage" not in text
