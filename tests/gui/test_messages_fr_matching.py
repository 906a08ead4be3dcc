"""The match view of a French window reads in French: the reasons read to the client
(specialty, approach, language, free times, fee), the breakdown for the desk, the
warnings of a relaxed rule, and "why nobody fits", with French lists, times and
amounts. The same clinic in the English window keeps its English sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.domain.words import messages
from opcc_desk.matching import MatchSettings, Rule
from opcc_desk.matching.settings import MATCHING
from opcc_desk.services import settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.match_view import MatchDialog

THERAPISTS = """id,first_name,last_name,gender,languages,approaches,concerns,client_types,age_groups,modalities,fee,sliding_scale_min,accepting,availability
T-1,Ana,Silva,woman,en;fr,cbt,anxiety;depression,individual,adult,virtual,110,80,yes,mon_evening;wed_morning;fri_afternoon
T-2,Paul,Roy,man,en;fr,narrative,grief,individual,adult,virtual,100,,no,tue_morning
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,approach_preference,therapist_gender,modality,max_fee,availability,consent_to_contact,submitted
C-1,Zoë,François,zoe@example.ca,fr,individual,adult,anxiety;depression,cbt,woman,virtual,120,mon_evening;wed_morning,yes,2026-11-01
C-3,Dara,Karimi,dara@example.ca,fa,individual,adult,anxiety,,,virtual,,,yes,2026-11-03
"""

# English words and phrases the matching module used to write in place
ENGLISH = [
    "Specialises",
    "Speaks",
    "Free on",
    "Offers",
    "as you asked",
    "like you",
    "therapist",
    "therapists",
    "fits the budget",
    "the client",
    "concerns",
    "in common",
    "referrals",
    "days",
    "sliding scale",
    "accepting",
    "sessions",
    "full marks",
    "and",
]


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def view_text(qtbot: QtBot, ctx: ServiceContext, client_id: str) -> str:
    """Everything the match view shows: summary, table, and the details of every row."""
    dialog = MatchDialog(ctx, client_id)
    qtbot.addWidget(dialog)
    parts = [dialog.summary.text(), dialog.details.toPlainText()]
    for row in range(dialog.table.rowCount()):
        parts += [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]
        dialog.table.selectRow(row)
        parts.append(dialog.details.toPlainText())
    dialog.close()
    # French spacing puts no-break spaces before ":" and in amounts; the details pane
    # gives them back as plain spaces, so compare with plain spaces throughout
    return re.sub("[ \u202f]", " ", "\n".join(parts))


def english_found(text: str) -> list[str]:
    return [word for word in ENGLISH if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


def test_the_reasons_of_a_match_are_in_french(
    qtbot: QtBot, clinic: ServiceContext, french: None
) -> None:
    text = view_text(qtbot, clinic, "C-1")
    # specialty, approach asked for, language, free times, fee, gender: read to "vous"
    assert "A une expertise pour ce dont vous nous avez parlé : anxiété et dépression" in text
    assert (
        "Offre l'approche que vous avez demandée : thérapie cognitivo-comportementale (TCC)" in text
    )
    assert "Parle français" in text
    assert "Libre le lundi soir et le mercredi matin, comme vous" in text
    assert "Le tarif de 110 $ respecte votre budget" in text
    assert "Est une femme, comme vous l'avez demandé" in text
    # the breakdown for the desk
    assert "Se spécialise dans 2 des 2 préoccupations du client" in text
    assert "2 moments libres en commun" in text
    assert "Le plein tarif de 110 $ respecte le budget de 120 $" in text
    assert "Aucun aiguillage au cours des 90 derniers jours" in text

    assert english_found(text) == [], text


def test_why_nobody_fits_is_in_french(qtbot: QtBot, clinic: ServiceContext, french: None) -> None:
    text = view_text(qtbot, clinic, "C-3")
    assert (
        "Aucun thérapeute qui accepte de nouveaux clients n'offre de séances en farsi (persan)"
        in text
    )
    assert "1 thérapeute n'accepte pas de nouveaux clients" in text
    assert "1 thérapeute n'offre pas de séances en farsi (persan)" in text

    assert english_found(text) == [], text


def test_a_relaxed_rule_warns_in_french(qtbot: QtBot, clinic: ServiceContext, french: None) -> None:
    # Paul Roy is not accepting and is not the woman the client asked for
    settings.save(clinic, MATCHING, MatchSettings(relaxed=frozenset({Rule.ACCEPTING, Rule.GENDER})))
    text = view_text(qtbot, clinic, "C-1")
    assert "N'accepte pas de nouveaux clients pour le moment" in text
    assert "N'est pas une femme, contrairement à ce que vous avez demandé" in text
    assert "Ne se spécialise dans aucune des 2 préoccupations du client" in text
    assert (
        "n'offre pas ce que le client a demandé : thérapie cognitivo-comportementale (TCC)" in text
    )
    assert "Aucun moment libre en commun" in text

    assert english_found(text) == [], text


def test_the_english_window_keeps_the_english_reasons(qtbot: QtBot, clinic: ServiceContext) -> None:
    assert messages.language() == "en"
    text = view_text(qtbot, clinic, "C-1")
    assert "Specialises in anxiety and depression" in text
    assert "Speaks French" in text
    assert "Free on Monday evenings and Wednesday mornings, like you" in text
    assert "Fee of $110 fits the budget" in text
