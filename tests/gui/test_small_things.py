"""Small things that cost the desk's trust (issue 14), each checked as the desk sees it."""

from __future__ import annotations

from datetime import datetime

from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.models import Client
from opcc_desk.services import people
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.main_window import MainWindow


def a_client(client_id: str, submitted: datetime) -> Client:
    return Client(
        id=client_id,
        first_name="Zoë",
        last_name="François",
        language="fr",
        client_type=ClientType.INDIVIDUAL,
        concerns=["self_worth"],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
        email=f"{client_id.lower()}@example.ca",
        submitted=submitted,
    )


def test_saving_an_unchanged_client_keeps_its_intake_time_and_the_list_order(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    # two intakes in the same minute: the later one is listed first
    people.add_client(ctx, a_client("C-1", datetime(2026, 11, 20, 14, 5, 40)))
    people.add_client(ctx, a_client("C-2", datetime(2026, 11, 20, 14, 5, 10)))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert [r.id for r in window.clients_tab.model.rows()] == ["C-1", "C-2"]

    editor = ClientEditor(ctx, "C-1")
    qtbot.addWidget(editor)
    with qtbot.waitSignal(editor.saved):
        assert editor.save()

    assert people.get_client(ctx, "C-1").submitted == datetime(2026, 11, 20, 14, 5, 40)
    window.clients_tab.reload()
    assert [r.id for r in window.clients_tab.model.rows()] == ["C-1", "C-2"]


def test_a_time_with_no_seconds_is_still_shown_to_the_minute(
    qtbot: QtBot, ctx: ServiceContext
) -> None:
    people.add_client(ctx, a_client("C-1", datetime(2026, 11, 20, 14, 5)))
    editor = ClientEditor(ctx, "C-1")
    qtbot.addWidget(editor)
    assert editor.fields["submitted"].read() == "2026-11-20 14:05"
