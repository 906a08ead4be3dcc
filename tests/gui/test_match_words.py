"""The match view speaks the desk's words: no stored key ("in_person", "self_worth",
"mon_evening", "client_type", "either") shows anywhere in it, for a whole varied
clinic, with the rules strict, relaxed, and for a client nobody fits."""

from __future__ import annotations

import re
from dataclasses import fields

import pytest
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import (
    ALL_SLOTS,
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
)
from opcc_desk.matching import MatchSettings, Rule
from opcc_desk.matching.settings import MATCHING, Weights
from opcc_desk.services import demo, people, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.match_view import MatchDialog


def raw_keys(ctx: ServiceContext) -> set[str]:
    """Every stored key that is not an English word as it stands."""
    catalogue = ctx.catalogue
    values = [
        *(e.value for kind in (AgeGroup, ClientType, Gender, Level, Modality) for e in kind),
        *(e.value for e in ModalityPreference),
        *(rule.value for rule in Rule),
        *(f.name for f in fields(Weights)),
        *ALL_SLOTS,
        *catalogue.concerns,
        *catalogue.approaches,
    ]
    keys = {v for v in values if "_" in v}
    keys.add(ModalityPreference.EITHER.value)
    # an approach's short key ("cbt") is only ever shown as its label's "(CBT)"
    keys |= {k for k in catalogue.approaches if f"({k.upper()})" in catalogue.approach_label(k)}
    return keys


def view_text(qtbot: QtBot, ctx: ServiceContext, client_id: str) -> str:
    dialog = MatchDialog(ctx, client_id)
    qtbot.addWidget(dialog)
    parts = [dialog.windowTitle(), dialog.summary.text(), dialog.details.toPlainText()]
    for row in range(dialog.table.rowCount()):
        parts += [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]
        dialog.table.selectRow(row)
        parts.append(dialog.details.toPlainText())
    dialog.close()
    return "\n".join(parts)


def raw_found(text: str, keys: set[str]) -> list[str]:
    found = sorted(k for k in keys if re.search(rf"(?<![\w-]){re.escape(k)}(?![\w-])", text))
    # and the plural's grammar beside them: "1 free times"
    return found + re.findall(r"(?<!\d)1 free times|client's 1 concerns", text)


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, therapists=25, clients=40, referrals=20)
    return ctx


def test_no_raw_value_in_the_match_view(qtbot: QtBot, clinic: ServiceContext) -> None:
    keys = raw_keys(clinic)
    assert {"in_person", "either", "self_worth", "mon_evening", "client_type"} <= keys
    clients = [c.id for c in people.list_clients(clinic)][:20]
    seen = ""
    for client_id in clients:
        text = view_text(qtbot, clinic, client_id)
        assert raw_found(text, keys) == [], f"{client_id}:\n{text}"
        seen += text
    # the view did show what a raw key would have stood for
    assert "in person" in seen


def test_no_raw_value_with_every_rule_relaxed_or_nobody_fitting(
    qtbot: QtBot, clinic: ServiceContext
) -> None:
    keys = raw_keys(clinic)
    clients = [c.id for c in people.list_clients(clinic)][:12]
    settings.save(clinic, MATCHING, MatchSettings(relaxed=frozenset(Rule)))
    for client_id in clients:
        text = view_text(qtbot, clinic, client_id)
        assert raw_found(text, keys) == [], f"{client_id}:\n{text}"
    settings.save(clinic, MATCHING, MatchSettings())
    for therapist in people.list_therapists(clinic):
        people.set_therapist_archived(clinic, therapist.id, True)
    text = view_text(qtbot, clinic, clients[0])
    assert "No therapist" in text
    assert raw_found(text, keys) == [], text
