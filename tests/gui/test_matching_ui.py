"""Find matches from the Clients tab, refer, and see the referral; the director's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.matching import MatchSettings, Rule
from opcc_desk.matching.settings import MATCHING
from opcc_desk.services import matching, referrals, settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.match_view import MatchDialog
from opcc_desk.ui.settings_dialog import MatchSettingsDialog

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity,availability
T-1,Hélène,Gagné,RP,en;fr,relational;cbt,self_worth;relational_patterns,individual,adult,in_person;virtual,Ottawa,160,90,yes,3,mon_evening
T-2,Ana,Silva,RSW,en,cbt,anxiety,individual,adult,virtual,,110,,yes,,tue_morning
T-3,Farid,Rahimi,RP,fa;en,eft,couples,couple,adult,virtual,,130,,no,,
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,max_fee,availability,consent_to_contact
C-1,Zoë,François,zoe@example.ca,en,individual,adult,self_worth;relational_patterns,virtual,120,mon_evening,yes
C-2,Shirin,Karimi,shirin@example.ca,fa,couple,adult,couples,virtual,,,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def test_find_matches_and_refer_from_the_clients_tab(qtbot: QtBot, clinic: ServiceContext) -> None:
    window = MainWindow(clinic)
    qtbot.addWidget(window)
    tab = window.clients_tab
    assert tab.select_id("C-1")
    assert tab.match_button.isEnabled()
    with qtbot.waitSignal(tab.match_requested) as requested:
        tab.match_button.click()
    assert requested.args == ["C-1"]
    dialog = window.findChild(MatchDialog)
    assert dialog is not None
    therapist_cells = [
        dialog.table.item(r, MatchDialog.THERAPIST).text() for r in range(dialog.table.rowCount())
    ]
    assert therapist_cells[0].startswith("Hélène Gagné, RP (T-1)")
    assert len(therapist_cells) == 2  # T-3 is not accepting
    assert "Relational psychotherapy" in dialog.table.item(0, MatchDialog.APPROACH).text()
    details = dialog.details.toPlainText()
    for criterion in ("Concerns", "Approach", "Availability", "Fee", "Fair spread"):
        assert criterion in details
    with qtbot.waitSignal(dialog.referred) as referred:
        dialog.refer_button.click()
    referral_id = referred.args[0]
    rows = window.referrals_tab.model.rows()
    assert [(r.id, r.client_id, r.therapist_id, r.status) for r in rows] == [
        (referral_id, "C-1", "T-1", ReferralStatus.PROPOSED)
    ]
    assert rows[0].approach == "relational"
    events = referrals.history(clinic, referral_id)
    assert [e.to_status for e in events] == [ReferralStatus.PROPOSED]
    assert events[0].by == "tester"


def test_second_search_leaves_out_the_therapist_already_tried(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    referrals.create_referral(clinic, "C-1", "T-1")
    dialog = MatchDialog(clinic, "C-1")
    qtbot.addWidget(dialog)
    shown = [
        dialog.table.item(r, MatchDialog.THERAPIST).text() for r in range(dialog.table.rowCount())
    ]
    assert all("T-1" not in cell for cell in shown)
    dialog.skip_tried.setChecked(False)
    assert "T-1" in dialog.table.item(0, MatchDialog.THERAPIST).text()


def test_no_match_explains_which_rules_removed_therapists(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    dialog = MatchDialog(clinic, "C-2")
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    assert not dialog.refer_button.isEnabled()
    text = dialog.details.toPlainText()
    assert "No therapist fits every need" in text
    assert "Farsi" in text


def test_director_relaxes_a_rule_and_changes_a_weight(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = MatchSettingsDialog(clinic)
    qtbot.addWidget(dialog)
    assert dialog.weights["concerns"].value() == 35
    dialog.weights["fair_spread"].setValue(0)
    dialog.relax[Rule.ACCEPTING].setChecked(True)
    dialog.save()
    saved = settings.get(clinic, MATCHING)
    assert saved.weights.fair_spread == 0
    assert saved.relaxed == frozenset({Rule.ACCEPTING})
    # with "accepting" relaxed, the Farsi-speaking couples therapist now appears, with a warning
    result = matching.find_matches(clinic, "C-2")
    assert [m.therapist_id for m in result.matches] == ["T-3"]
    assert result.matches[0].warnings


def test_all_zero_weights_are_refused(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _p, _t, text: errors.append(text))
    dialog = MatchSettingsDialog(clinic)
    qtbot.addWidget(dialog)
    for spin in dialog.weights.values():
        spin.setValue(0)
    dialog.save()
    assert errors and "at least one" in errors[0]
    assert settings.get(clinic, MATCHING) == MatchSettings()
