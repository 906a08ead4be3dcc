"""Refusals about roles, referrals and the waitlist reach a French window in French:
the role and status names inside them too. The same actions in English are covered by
the other tests (test_email_ui, test_capacity_ui, test_small_things...), and the command
line keeps its English wording (tests/integration/test_cli.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import event, text

from opcc_desk.app import create_database, open_context
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, referrals, transfer, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, i18n
from opcc_desk.ui.main_window import MainWindow
from opcc_desk.ui.match_view import MatchDialog
from opcc_desk.ui.waitlist_view import ask_and_add_to_waitlist

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting,capacity
T-1,Hélène,Gagné,fr,cbt,anxiety,individual,adult,virtual,120,yes,1
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,concerns,modality,consent_to_contact
C-1,Zoë,François,zoe@example.ca,fr,individual,anxiety,virtual,yes
C-2,Marc,Dubois,marc@example.ca,fr,individual,anxiety,virtual,yes
"""


def plain(said: str) -> str:
    """French spacing (no-break and narrow spaces before : ; « ») read as plain spaces."""
    return said.replace("\u00a0", " ").replace("\u202f", " ")


def fill(ctx: ServiceContext, folder: Path) -> None:
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = folder / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    fill(ctx, tmp_path)
    return ctx


@pytest.fixture
def reception(tmp_path: Path) -> Iterator[ServiceContext]:
    """A receptionist signed in to a database that has staff accounts."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    boss = create_database(url, "boss", "admin pass phrase 1", encrypted=False)
    accounts.add_user(boss, "amy", "staff pass phrase 1", Role.RECEPTION)
    amy = open_context(url, user="amy", password="staff pass phrase 1")
    yield amy
    amy.engine.dispose()
    boss.engine.dispose()


def test_reception_is_refused_an_admin_action_in_french(
    qtbot: QtBot, reception: ServiceContext, french: None, modal_boxes: Any
) -> None:
    window = MainWindow(reception)
    qtbot.addWidget(window)
    assert window.open_mail_server() is None
    said = plain(modal_boxes.messages("error")[-1])
    assert said.startswith("Votre rôle (accueil) ne permet pas cette action (serveur de courriel)")
    assert "exige un compte administrateur" in said
    assert "reception" not in said and "needs" not in said


def test_a_therapist_at_capacity_is_refused_in_french(
    qtbot: QtBot, clinic: ServiceContext, french: None, modal_boxes: Any
) -> None:
    dialog = MatchDialog(clinic, "C-2")
    qtbot.addWidget(dialog)
    assert "T-1" in dialog.table.item(0, MatchDialog.THERAPIST).text()
    referrals.create_referral(clinic, "C-1", "T-1")  # another desk takes the one place
    clinic.role = Role.RECEPTION
    with qtbot.assertNotEmitted(dialog.referred):
        dialog.refer_button.click()
    said = plain(modal_boxes.messages("error")[-1])
    assert said.startswith("Le thérapeute T-1 est à pleine capacité (aiguillages en cours : 1")
    assert "la direction peut aiguiller au-delà de la capacité" in said
    assert [r.client_id for r in referrals.list_referrals(clinic)] == ["C-1"]


def test_an_illegal_status_move_names_the_statuses_in_french(
    clinic: ServiceContext, french: None
) -> None:
    """What the window's error box shows when a move is refused (the referral was closed
    at another desk meanwhile): the sentence and the status names are French."""
    referral = referrals.create_referral(clinic, "C-1", "T-1")
    referrals.change_status(clinic, referral, ReferralStatus.NO_RESPONSE)
    with pytest.raises(ServiceError) as refused:
        referrals.change_status(clinic, referral, ReferralStatus.SENT)
    assert plain(str(refused.value)) == (
        f"Aiguillage {referral} : cet aiguillage a déjà le statut « sans réponse » ; "
        "il ne peut plus changer."
    )
    i18n.install("en")
    with pytest.raises(ServiceError) as refused:
        referrals.change_status(clinic, referral, ReferralStatus.SENT)
    assert str(refused.value) == (
        f"Referral {referral}: this referral is already no_response; it cannot change any more."
    )


def test_a_client_added_to_the_waitlist_at_another_desk_meanwhile_is_said_in_french(
    qtbot: QtBot,
    clinic: ServiceContext,
    french: None,
    modal_boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(dialogs, "ask_choice", lambda _p, _t, _x, names, index: names[index])
    client_pk = clinic.engine.connect().execute(text("SELECT pk FROM clients WHERE ref='C-2'"))
    pk = client_pk.scalar_one()
    client_pk.close()

    def other_desk_first(conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        """The other desk's entry lands between this desk's look-up and its write (made
        on this connection: SQLite lets one writer at a time, so the race is staged)."""
        if statement.startswith("INSERT INTO waitlist") and not conn.info.get("raced"):
            conn.info["raced"] = True
            conn.exec_driver_sql(
                "INSERT INTO waitlist (client_pk, since, priority, note, added_at, added_by,"
                " closed_by, closed_reason) VALUES (?, '2026-11-27', 'normal', '',"
                " '2026-11-27 10:00:00', 'other desk', '', '')",
                (pk,),
            )

    event.listen(clinic.engine, "before_cursor_execute", other_desk_first)
    try:
        assert not ask_and_add_to_waitlist(None, clinic, "C-2")  # type: ignore[arg-type]
    finally:
        event.remove(clinic.engine, "before_cursor_execute", other_desk_first)
    said = plain(modal_boxes.messages("error")[-1])
    assert said.startswith("Le client C-2 a été mis en liste d'attente à un autre poste")
    assert "Ouvrez la liste d'attente" in said and "waitlist" not in said
    assert waitlist.list_waitlist(clinic, with_fits=False) == []


def test_the_therapists_tab_names_approaches_in_french(
    qtbot: QtBot, clinic: ServiceContext, french: None
) -> None:
    from opcc_desk.ui.table_models import TherapistTableModel

    window = MainWindow(clinic)
    qtbot.addWidget(window)
    window.therapists_tab.reload()
    model = window.therapists_tab.model
    assert isinstance(model, TherapistTableModel)
    cell = model.index(0, TherapistTableModel.APPROACHES).data(Qt.ItemDataRole.DisplayRole)
    assert cell == "Thérapie cognitivo-comportementale (TCC)"


def test_a_wrong_password_at_sign_in_is_said_in_french(
    qtbot: QtBot, tmp_path: Path, french: None
) -> None:
    from opcc_desk.ui.login import LoginDialog

    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    create_database(url, "boss", "boss password 1").engine.dispose()
    login = LoginDialog(
        lambda user, password: open_context(url, user=user, password=password), "clinic"
    )
    qtbot.addWidget(login)
    login.username.setText("boss")
    login.password.setText("not the password")
    login.try_sign_in()
    assert login.message.text() == (
        "Connexion impossible\u00a0: le nom d'utilisateur ou le mot de passe est erroné."
    )
    assert login.password.accessibleDescription() == login.message.text()
