"""The match window's Refer: reception is refused a therapist who filled up meanwhile; a
director is asked why and may refer anyway."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.domain.roles import Role
from opcc_desk.services import audit, referrals, transfer
from opcc_desk.services.audit import AuditQuery
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.match_view import MatchDialog

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting,capacity
T-1,Hélène,Gagné,en,cbt,anxiety,individual,adult,virtual,120,yes,1
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,concerns,modality,consent_to_contact
C-1,Zoë,François,zoe@example.ca,en,individual,anxiety,virtual,yes
C-2,Sam,Rivers,sam@example.ca,en,individual,anxiety,virtual,yes
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def open_then_fill_up(qtbot: QtBot, clinic: ServiceContext) -> MatchDialog:
    """The match list shows T-1 with its one free place; another desk then takes it."""
    dialog = MatchDialog(clinic, "C-2")
    qtbot.addWidget(dialog)
    assert "T-1" in dialog.table.item(0, MatchDialog.THERAPIST).text()
    referrals.create_referral(clinic, "C-1", "T-1")
    return dialog


def test_reception_is_refused_a_therapist_at_capacity(
    qtbot: QtBot, clinic: ServiceContext, modal_boxes: Any
) -> None:
    dialog = open_then_fill_up(qtbot, clinic)
    clinic.role = Role.RECEPTION  # signed in at the front desk
    with qtbot.assertNotEmitted(dialog.referred):
        dialog.refer_button.click()
    errors = modal_boxes.messages("error")
    assert len(errors) == 1 and "Therapist T-1 is at capacity" in errors[0]
    assert [r.client_id for r in referrals.list_referrals(clinic)] == ["C-1"]


def test_a_director_refers_over_capacity_with_a_reason(
    qtbot: QtBot, clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_then_fill_up(qtbot, clinic)
    clinic.role = Role.DIRECTOR
    asked: list[str] = []

    def ask_reason(_parent: object, title: str, text: str) -> str:
        asked.append(f"{title} | {text}")
        return "She saw this client last year"

    monkeypatch.setattr(dialogs, "ask_reason", ask_reason)
    with qtbot.waitSignal(dialog.referred) as referred:
        dialog.refer_button.click()
    assert len(asked) == 1 and "T-1 is at capacity" in asked[0] and "capacity 1" in asked[0]
    assert sorted(r.client_id for r in referrals.list_referrals(clinic)) == ["C-1", "C-2"]
    entry = audit.search(clinic, AuditQuery(action="refer", record_ref="C-2"))[0]
    assert f"referral {referred.args[0]} to T-1 over capacity" in entry.detail
    assert "She saw this client last year" in entry.detail


def test_a_director_who_cancels_the_reason_refers_nobody(
    qtbot: QtBot, clinic: ServiceContext, modal_boxes: Any
) -> None:
    dialog = open_then_fill_up(qtbot, clinic)
    clinic.role = Role.DIRECTOR
    with qtbot.assertNotEmitted(dialog.referred):
        dialog.refer_button.click()  # the test's ask_reason answers None: cancelled
    assert [r.client_id for r in referrals.list_referrals(clinic)] == ["C-1"]
