"""Signing in, the first start, the idle lock, and logs free of client names."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from opcc_desk.__main__ import setup_logging
from opcc_desk.app import create_database, is_new_database, keystore_for, open_context
from opcc_desk.db.models import SettingRecord
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.followup import FollowUpRules
from opcc_desk.domain.roles import Role
from opcc_desk.domain.settings import FOLLOW_UP_DELAYS, IDLE_LOCK, IdleLockTime
from opcc_desk.letters.letterhead import LETTERHEAD, Letterhead
from opcc_desk.matching.settings import MATCHING, MatchSettings, Rule
from opcc_desk.services import (
    accounts,
    audit,
    backup,
    demo,
    matching,
    people,
    referrals,
    settings,
)
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import dialogs
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.login import FirstStartDialog, IdleLock, LoginDialog
from opcc_desk.ui.main_window import MainWindow

PASSWORD = "correct horse battery"


def clock() -> datetime:
    return datetime(2026, 11, 26, 9, 30)


def test_first_start_creates_an_encrypted_database_and_its_admin(
    qtbot: QtBot, tmp_path: Path
) -> None:
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert is_new_database(url)
    dialog = FirstStartDialog(lambda a, p, e: create_database(url, a, p, encrypted=e, clock=clock))
    qtbot.addWidget(dialog)
    dialog.username.setText("boss")
    dialog.password.setText(PASSWORD)
    dialog.again.setText("something else entirely")
    dialog.create_account()
    assert "differ" in dialog.message.text() and dialog.ctx is None
    dialog.again.setText(PASSWORD)
    dialog.password.setText(PASSWORD)
    dialog.create_account()
    assert dialog.ctx is not None and dialog.ctx.role is Role.ADMIN
    dialog.ctx.engine.dispose()
    assert (tmp_path / "new.sqlite3.keys").exists()
    assert not is_new_database(url)


def test_login_dialog_says_what_is_wrong_and_then_signs_in(qtbot: QtBot, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    create_database(url, "boss", PASSWORD, clock=clock).engine.dispose()
    dialog = LoginDialog(
        lambda u, p: open_context(url, user=u, password=p, clock=clock), "the clinic"
    )
    qtbot.addWidget(dialog)
    dialog.username.setText("boss")
    dialog.password.setText("wrong password")
    dialog.try_sign_in()
    assert "user name or password is wrong" in dialog.message.text()
    assert dialog.password.text() == ""
    dialog.password.setText(PASSWORD)
    dialog.try_sign_in()
    assert dialog.ctx is not None and dialog.ctx.user == "boss"
    dialog.ctx.engine.dispose()


@pytest.fixture
def signed_in(tmp_path: Path) -> ServiceContext:
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    ctx = create_database(url, "boss", PASSWORD, clock=clock)
    demo.fill_demo_data(ctx, seed=2, therapists=15, clients=25, referrals=8)
    return ctx


def test_idle_lock_hides_everything_and_keeps_the_unsaved_form(
    qtbot: QtBot, signed_in: ServiceContext
) -> None:
    ctx = signed_in
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    lock = IdleLock(15, ctx.user, lambda pw: accounts.confirm_password(ctx, pw), window)
    window.idle_lock = lock
    client_id = people.list_clients(ctx)[0].id
    editor = window.open_client(client_id)
    assert isinstance(editor, ClientEditor)
    notes_field = editor.field_widget("preferred_name")
    assert isinstance(notes_field, QLineEdit)
    notes_field.setText("typed but not saved")
    lock.lock()
    assert not window.isVisible() and not editor.isVisible()
    assert lock.dialog is not None
    lock.dialog.password.setText("not it at all")
    lock.dialog.try_unlock()
    assert "wrong" in lock.dialog.message.text() and lock.is_locked
    lock.dialog.password.setText(PASSWORD)
    lock.dialog.try_unlock()
    assert not lock.is_locked
    assert window.isVisible() and editor.isVisible()
    assert notes_field.text() == "typed but not saved"
    assert editor.is_dirty()


def test_logs_of_a_whole_session_hold_no_client_names(
    qtbot: QtBot, signed_in: ServiceContext, private_home: Path
) -> None:
    ctx = signed_in
    log_path = setup_logging(debug=True)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        rows = people.list_clients(ctx)
        for row in rows[:5]:
            editor = window.open_client(row.id)
            assert isinstance(editor, ClientEditor)
            field = editor.field_widget("preferred_name")
            assert isinstance(field, QLineEdit)
            field.setText(f"{row.first_name}x")
            editor.save()
            editor.done(0)
            result = matching.find_matches(ctx, row.id)
            if result.matches:
                referrals.create_referral(ctx, row.id, result.matches[0].therapist_id)
        window.clients_tab.search.setText(rows[0].last_name)
        window.clients_tab.reload()
        window.close()
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if h.get_name() == "opcc-desk-file"]:
            handler.close()
            root.removeHandler(handler)
        root.setLevel(logging.WARNING)
    text = log_path.read_text(encoding="utf-8")
    assert "saved" in text  # the session did write to the log
    for row in people.list_clients(ctx):
        for value in (row.first_name, row.last_name, row.email, row.phone):
            if value and len(value) > 2:
                assert value not in text, "a client's details reached the log"
    ctx.engine.dispose()


def test_director_reads_the_log_checks_it_and_prints_an_access_report(
    qtbot: QtBot,
    signed_in: ServiceContext,
    tmp_path: Path,
    modal_boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from opcc_desk.ui import dialogs
    from opcc_desk.ui.audit_view import AuditDialog

    ctx = signed_in
    client = people.list_clients(ctx)[0]
    people.get_client(ctx, client.id)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.record.setText(client.id)
    dialog.refresh()
    assert dialog.table.rowCount() >= 1
    assert dialog.table.item(0, AuditDialog.WHAT).text() == "view"
    dialog.verify()
    assert modal_boxes.messages("info")[-1].startswith("The audit log is intact")
    target = tmp_path / "access.pdf"
    monkeypatch.setattr(dialogs, "choose_save_path", lambda *_args: str(target))
    dialog.save_access_report()
    text = "\n".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Who accessed this record" in text
    assert client.id in text and client.last_name in text
    assert "Opened the record" in text and "boss" in text
    assert (target.stat().st_mode & 0o077) == 0


def test_reception_is_told_the_audit_log_needs_a_director(
    qtbot: QtBot,
    signed_in: ServiceContext,
    modal_boxes,  # type: ignore[no-untyped-def]
) -> None:
    ctx = signed_in
    accounts.add_user(ctx, "amy", "reception pass 1", Role.RECEPTION)
    ctx.user, ctx.role = "amy", Role.RECEPTION
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.open_audit_log() is None
    assert "needs a director account" in modal_boxes.messages("error")[-1]


def test_admin_adds_and_removes_staff_in_the_window(
    qtbot: QtBot, signed_in: ServiceContext, tmp_path: Path
) -> None:
    from opcc_desk.ui.users_dialog import UsersDialog

    ctx = signed_in
    dialog = UsersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.username.setText("amy")
    dialog.password.setText("short")
    dialog.again.setText("short")
    dialog.add()
    assert "at least 10 characters" in dialog.message.text()
    dialog.password.setText("reception pass 1")
    dialog.again.setText("reception pass 1")
    dialog.add()
    assert dialog.message.text() == ""
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert names == ["amy", "boss"]
    url = str(ctx.engine.url)
    amy = open_context(url, user="amy", password="reception pass 1", clock=clock)
    assert amy.role is Role.RECEPTION
    amy.engine.dispose()
    dialog.table.selectRow(0)
    dialog.remove_selected()  # the autouse modal_boxes answers yes
    with pytest.raises(Exception, match="wrong"):
        open_context(url, user="amy", password="reception pass 1", clock=clock)


def test_changing_my_password_in_the_window(qtbot: QtBot, signed_in: ServiceContext) -> None:
    from opcc_desk.ui.users_dialog import ChangePasswordDialog

    ctx = signed_in
    dialog = ChangePasswordDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.current.setText("not the password")
    dialog.new.setText("a brand new password")
    dialog.again.setText("a brand new password")
    dialog.change()
    assert "current password is wrong" in dialog.message.text()
    dialog.current.setText(PASSWORD)
    dialog.change()
    assert dialog.message.text() == ""
    url = str(ctx.engine.url)
    open_context(url, user="boss", password="a brand new password", clock=clock).engine.dispose()
    with pytest.raises(Exception, match="wrong"):
        open_context(url, user="boss", password=PASSWORD, clock=clock)


def test_a_restore_from_the_window_is_in_the_audit_log(
    qtbot: QtBot,
    signed_in: ServiceContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes: Any,
) -> None:
    ctx = signed_in
    copy = tmp_path / "monday.sqlite3"
    backup.backup(ctx, copy)
    archived = people.list_clients(ctx)[0].id
    people.set_client_archived(ctx, archived, True)  # after the backup: undone by the restore
    monkeypatch.setattr(dialogs, "choose_open_path", lambda *_args: str(copy))
    monkeypatch.setattr(dialogs, "ask_password", lambda *_args: PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.restore_backup()
    assert modal_boxes.messages("error") == []
    assert "The backup is in place" in modal_boxes.messages("info")[0]
    url = str(ctx.engine.url)
    ctx.engine.dispose()
    again = open_context(url, user="boss", password=PASSWORD, clock=clock)
    try:
        assert not people.get_client(again, archived).archived
        [entry] = audit.search(again, audit.AuditQuery(action="restore_backup"))
        assert (entry.user, entry.record_type) == ("boss", "database")
        assert entry.detail == "restored from monday.sqlite3"
        assert audit.verify(again).intact
    finally:
        again.engine.dispose()


def test_reception_is_refused_every_director_setting_in_the_window(
    qtbot: QtBot,
    signed_in: ServiceContext,
    monkeypatch: pytest.MonkeyPatch,
    modal_boxes: Any,
) -> None:
    from opcc_desk.ui.followup_view import FollowUpSettingsDialog
    from opcc_desk.ui.letterhead_dialog import LetterheadDialog
    from opcc_desk.ui.settings_dialog import MatchSettingsDialog

    url = str(signed_in.engine.url)
    accounts.add_user(
        signed_in,
        "amy",
        "reception pass 1",
        Role.RECEPTION,
        keystore=keystore_for(url),
        database_key=signed_in.database_key,
    )
    signed_in.engine.dispose()
    amy = open_context(url, user="amy", password="reception pass 1", clock=clock)
    before = audit.count(amy)
    window = MainWindow(amy)
    qtbot.addWidget(window)

    # the window does not open the dialog for reception at all...
    assert window.open_letterhead() is None
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    # ...and should a dialog be open anyway, the service refuses the save
    letterhead = LetterheadDialog(amy, window)
    letterhead.show()
    letterhead.name.setText("Not Our Centre")
    letterhead.phone.setText("416-555-0000")
    letterhead.save()
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    assert letterhead.isVisible()  # left open with what was typed, nothing saved
    assert settings.get(amy, LETTERHEAD) == Letterhead()

    match_settings = MatchSettingsDialog(amy, window)
    match_settings.relax[Rule.ACCEPTING].setChecked(True)
    match_settings.save()
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    assert settings.get(amy, MATCHING) == MatchSettings()

    delays = FollowUpSettingsDialog(amy, window)
    delays.spins[ReferralStatus.PROPOSED].setValue(0)
    delays.save()
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    assert settings.get(amy, FOLLOW_UP_DELAYS) == FollowUpRules.default()

    monkeypatch.setattr(dialogs, "ask_number", lambda *_args: 5)
    window.set_idle_lock()
    assert "needs a director account" in modal_boxes.messages("error")[-1]
    assert settings.get(amy, IDLE_LOCK) == IdleLockTime()

    assert len(modal_boxes.messages("error")) == 5  # the window, then four saves
    with amy.transaction() as session:
        assert session.scalars(select(SettingRecord.key)).all() == []
    assert audit.count(amy) == before
    amy.engine.dispose()
