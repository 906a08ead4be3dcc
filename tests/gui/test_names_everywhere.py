"""One person, one name: the client table, the waitlist, the match view and the
letter all write a client's name the same way (family name first where that is
the custom), and the match view puts the client's choices into words."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from opcc_desk.services import letters, people, referrals, transfer, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.match_view import MatchDialog
from opcc_desk.ui.table_models import ClientTableModel
from opcc_desk.ui.waitlist_view import WaitlistDialog, WaitlistModel

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity,availability
T-1,Hélène,Gagné,RP,en;fr;zh,relational;cbt,self_worth;relational_patterns,individual,adult,in_person;virtual,Ottawa,160,90,yes,5,mon_evening
"""
CLIENTS = """id,first_name,last_name,preferred_name,email,language,client_type,age_group,concerns,modality,max_fee,availability,consent_to_contact
C-1,小明,王,,ming@example.ca,en,individual,adult,self_worth;relational_patterns,either,182.50,mon_evening,yes
C-2,Élodie,Tremblay-Côté,Lo,lo@example.ca,en,individual,adult,self_worth,either,,mon_evening,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def table_name(ctx: ServiceContext, client_id: str) -> str:
    model = ClientTableModel()
    model.set_rows(people.list_clients(ctx, client_id))
    [row] = [r for r in range(model.rowCount()) if model.row_at(r).id == client_id]
    return str(model.data(model.index(row, ClientTableModel.NAME)))


def waitlist_cell(qtbot: QtBot, ctx: ServiceContext, client_id: str) -> str:
    dialog = WaitlistDialog(ctx)
    qtbot.addWidget(dialog)
    model = dialog.model
    [row] = [r for r in range(model.rowCount()) if model.row_at(r).client_id == client_id]
    return str(model.data(model.index(row, WaitlistModel.CLIENT)))


def letter_text(ctx: ServiceContext, client_id: str) -> str:
    referral_id = referrals.create_referral(ctx, client_id, "T-1")
    pdf = letters.generate_letter(ctx, referral_id).pdf
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return " ".join(text.replace("\u00a0", " ").split())


@pytest.mark.parametrize(
    ("client_id", "written"),
    [("C-1", "王小明"), ("C-2", "Élodie Tremblay-Côté")],
)
def test_one_name_reads_the_same_in_the_table_the_waitlist_the_match_view_and_the_letter(
    qtbot: QtBot, clinic: ServiceContext, client_id: str, written: str
) -> None:
    waitlist.add_to_waitlist(clinic, client_id)

    assert table_name(clinic, client_id) == written
    assert waitlist_cell(qtbot, clinic, client_id) == f"{written} ({client_id})"
    dialog = MatchDialog(clinic, client_id)
    qtbot.addWidget(dialog)
    assert f"<b>{written}</b> ({client_id})" in dialog.summary.text()
    text = letter_text(clinic, client_id)
    assert written in text  # the addressee block and the running footer
    assert f"Referral letter for {written}" in text


def test_the_preferred_name_is_the_one_the_letter_greets_and_the_match_view_mentions(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    dialog = MatchDialog(clinic, "C-2")
    qtbot.addWidget(dialog)
    assert "goes by Lo" in dialog.summary.text()
    text = letter_text(clinic, "C-2")
    assert "Dear Lo Tremblay-Côté," in text
    assert "Élodie Tremblay-Côté" in text


def test_the_match_view_says_each_thing_once_and_in_words(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    dialog = MatchDialog(clinic, "C-1")
    qtbot.addWidget(dialog)
    summary = dialog.summary.text()
    # the client's choices in words, not as stored ("either", "individual")
    assert "in person or online" in summary
    assert "either" not in summary
    assert "up to $182.50 a session" in summary
    assert "Concerns: self-worth and repeating relationship patterns" in summary
    match = dialog.selected_match()
    assert match is not None
    details = dialog.details.toPlainText()
    assert match.approach_reason in details
    assert details.count(match.approach_reason) == 1  # it was printed twice
    assert "either" not in details
