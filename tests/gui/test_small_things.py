"""Small things that cost the desk's trust (issue 14), each checked as the desk sees it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from opcc_desk.db.models import AuditRecord
from opcc_desk.domain.enums import ClientType, ModalityPreference, Priority
from opcc_desk.domain.models import Client
from opcc_desk.services import people, transfer, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.waitlist_view import WaitlistDialog, WaitlistModel, ask_and_add_to_waitlist


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


# ---------------------------------------------------------------- the waitlist

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting,availability
T-105,Hélène,Gagné,RP,en;fr,cbt,anxiety,individual,adult,virtual,120,yes,mon_evening
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,availability,consent_to_contact
C-1,Zoë,François,zoe@example.ca,en,individual,adult,anxiety,virtual,mon_evening,yes
"""


@pytest.fixture
def waiting(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    waitlist.add_to_waitlist(ctx, "C-1", Priority.HIGH)
    return ctx


def test_the_waitlist_names_the_therapist_who_could_take_the_client(
    qtbot: QtBot, waiting: ServiceContext
) -> None:
    dialog = WaitlistDialog(waiting)
    qtbot.addWidget(dialog)
    model = dialog.model
    cell = str(model.data(model.index(0, WaitlistModel.FITS)))
    assert cell == "Hélène Gagné (T-105)"


def test_priorities_are_offered_most_urgent_first_with_normal_chosen(
    qtbot: QtBot, waiting: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[list[str], int]] = []

    def ask_choice(
        _parent: object, _title: str, _text: str, options: list[str], current: int = 0
    ) -> str:
        asked.append((options, current))
        return options[current]

    monkeypatch.setattr(dialogs, "ask_choice", ask_choice)
    window = MainWindow(waiting)
    qtbot.addWidget(window)
    waitlist.remove_from_waitlist(waiting, "C-1")
    assert ask_and_add_to_waitlist(window, waiting, "C-1")
    options, current = asked[0]
    assert options == ["Urgent", "High", "Normal", "Low"]
    assert options[current] == "Normal"
    assert waitlist.list_waitlist(waiting)[0].priority is Priority.NORMAL


def test_the_waitlist_note_is_written_saved_and_audited(
    qtbot: QtBot, waiting: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    note = "Prefers evenings; call after 5 pm"
    monkeypatch.setattr(dialogs, "ask_note", lambda *_args: note)
    dialog = WaitlistDialog(waiting)
    qtbot.addWidget(dialog)
    assert not dialog.note_button.isEnabled()
    dialog.view.selectRow(0)
    dialog.note_button.click()
    assert waitlist.list_waitlist(waiting)[0].note == note
    model = dialog.model
    assert model.data(model.index(0, WaitlistModel.NOTE)) == note
    with waiting.transaction() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
        assert last is not None
        assert (last.action, last.record_ref, last.detail) == (
            "change",
            "C-1",
            "waitlist: note written",
        )
    assert dialog.note_button.isEnabled()  # the entry stays chosen
    dialog.grab().save("/tmp/waitlist.png")
