"""Staff accounts, encryption at rest, the audit log and backups (PHIPA)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError

from opcc_desk.__main__ import main
from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.db.models import SettingRecord
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.followup import DEFAULT_DAYS, FollowUpRules
from opcc_desk.domain.roles import Permission, Role
from opcc_desk.domain.settings import FOLLOW_UP_DELAYS, IDLE_LOCK, IdleLockTime, Setting
from opcc_desk.letters.letterhead import LETTERHEAD, Letterhead
from opcc_desk.matching.settings import MATCHING, MatchSettings, Rule
from opcc_desk.services import (
    accounts,
    audit,
    backup,
    demo,
    duplicates,
    matching,
    people,
    retention,
    settings,
    transfer,
    waitlist,
)
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import (
    LoginRefused,
    LoginRequired,
    NotAllowed,
    NotFound,
    ServiceError,
)

ADMIN_PW = "correct horse battery"
STAFF_PW = "reception pass 1"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(scope="module")
def built_clinic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One encrypted clinic with three staff accounts, built once (argon2 is slow on purpose)."""
    folder = tmp_path_factory.mktemp("built")
    url = f"sqlite:///{folder / 'clinic.sqlite3'}"
    ctx = create_database(url, "boss", ADMIN_PW, clock=Clock())
    demo.fill_demo_data(ctx, seed=4, therapists=20, clients=40, referrals=15)
    for name, password, role in (
        ("amy", STAFF_PW, Role.RECEPTION),
        ("dora", "director pass 1", Role.DIRECTOR),
    ):
        accounts.add_user(
            ctx, name, password, role, keystore=keystore_for(url), database_key=ctx.database_key
        )
    ctx.engine.dispose()
    return folder


@pytest.fixture
def clinic(built_clinic: Path, tmp_path: Path) -> tuple[str, None]:
    """A fresh copy of the built clinic for each test (the file, its key and seal files)."""
    for name in ("clinic.sqlite3", "clinic.sqlite3.keys", "clinic.sqlite3.seal"):
        shutil.copy2(built_clinic / name, tmp_path / name)
    return f"sqlite:///{tmp_path / 'clinic.sqlite3'}", None


def sign_in(url: str, clock: Clock, user: str, password: str) -> ServiceContext:
    return open_context(url, clock=clock, user=user, password=password)


def test_encrypted_file_holds_no_names_in_clear(
    clinic: tuple[str, None], tmp_path: Path, clock: Clock
) -> None:
    url, _ = clinic
    ctx = sign_in(url, clock, "amy", STAFF_PW)
    names = {row.last_name for row in people.list_clients(ctx)} | {
        row.email for row in people.list_clients(ctx) if row.email
    }
    ctx.engine.dispose()
    raw = b"".join(
        p.read_bytes() for p in tmp_path.glob("clinic.sqlite3*") if not p.name.endswith(".keys")
    )
    assert raw[:16] != b"SQLite format 3\x00"
    found = [n for n in names if len(n) > 3 and n.encode("utf-8") in raw]
    assert found == []
    with pytest.raises(sqlite3.DatabaseError):  # plain SQLite cannot read it
        sqlite3.connect(tmp_path / "clinic.sqlite3").execute("SELECT * FROM clients").fetchall()


def test_the_same_url_needs_a_sign_in(clinic: tuple[str, None], clock: Clock) -> None:
    url, _ = clinic
    with pytest.raises(LoginRequired, match="--user"):
        open_context(url, clock=clock)
    with pytest.raises(LoginRefused, match="user name or password is wrong"):
        sign_in(url, clock, "amy", "not the password")
    with pytest.raises(LoginRefused):
        sign_in(url, clock, "nobody", STAFF_PW)


@pytest.mark.parametrize(
    ("user", "password", "allowed"),
    [
        ("amy", STAFF_PW, {"clients", "export", "referrals"}),
        ("dora", "director pass 1", {"clients", "export", "referrals", "settings", "audit"}),
        (
            "boss",
            ADMIN_PW,
            {"clients", "export", "referrals", "settings", "audit", "users", "backup"},
        ),
    ],
)
def test_each_role_is_allowed_and_refused_what_it_should(
    clinic: tuple[str, None],
    clock: Clock,
    tmp_path: Path,
    user: str,
    password: str,
    allowed: set[str],
) -> None:
    url, _ = clinic
    ctx = sign_in(url, clock, user, password)
    client_id = people.list_clients(ctx)[0].id
    actions = {
        "clients": lambda: people.get_client(ctx, client_id),
        "export": lambda: transfer.export_file(ctx, transfer.Kind.CLIENTS, tmp_path / "out.csv"),
        "referrals": lambda: matching.find_matches(ctx, client_id),
        "settings": lambda: settings.save(ctx, MATCHING, settings.get(ctx, MATCHING)),
        "audit": lambda: audit_check(ctx),
        "users": lambda: accounts.list_accounts(ctx),
        "backup": lambda: backup.backup(ctx, tmp_path / f"{user}.bak"),
    }
    done = set()
    for name, action in actions.items():
        try:
            action()
        except NotAllowed as refusal:
            assert "may not do this" in str(refusal)
        else:
            done.add(name)
    assert done == allowed
    ctx.engine.dispose()


def audit_check(ctx: ServiceContext) -> None:
    ctx.require(Permission.AUDIT)
    audit.verify(ctx)


def test_repeated_wrong_passwords_lock_the_account_for_a_while(
    clinic: tuple[str, None], clock: Clock
) -> None:
    url, _ = clinic
    for _ in range(5):
        with pytest.raises(LoginRefused, match="wrong"):
            sign_in(url, clock, "amy", "guess guess guess")
    with pytest.raises(LoginRefused, match="locked"):
        sign_in(url, clock, "amy", STAFF_PW)  # even the right password waits
    clock.now += timedelta(minutes=2)
    ctx = sign_in(url, clock, "amy", STAFF_PW)
    assert ctx.user == "amy" and ctx.role is Role.RECEPTION
    ctx.engine.dispose()


def test_password_change_keeps_the_data_and_removal_ends_access(
    clinic: tuple[str, None], clock: Clock, tmp_path: Path
) -> None:
    url, _ = clinic
    file = tmp_path / "clinic.sqlite3"
    amy = sign_in(url, clock, "amy", STAFF_PW)
    before = file.read_bytes()[:4096]
    accounts.change_password(
        amy, STAFF_PW, "a brand new pass", keystore=keystore_for(url), database_key=amy.database_key
    )
    amy.engine.dispose()
    assert file.read_bytes()[:4096] == before  # the file was not re-encrypted
    with pytest.raises(LoginRefused):
        sign_in(url, clock, "amy", STAFF_PW)
    sign_in(url, clock, "amy", "a brand new pass").engine.dispose()

    boss = sign_in(url, clock, "boss", ADMIN_PW)
    accounts.remove_user(boss, "amy", keystore=keystore_for(url))
    boss.engine.dispose()
    with pytest.raises(LoginRefused):
        sign_in(url, clock, "amy", "a brand new pass")


def test_audit_log_records_views_and_detects_a_changed_entry(
    clinic: tuple[str, None], clock: Clock, tmp_path: Path
) -> None:
    url, _ = clinic
    amy = sign_in(url, clock, "amy", STAFF_PW)
    client_id = people.list_clients(amy)[0].id
    people.get_client(amy, client_id)
    boss = sign_in(url, clock, "boss", ADMIN_PW)  # reading the log needs a director or admin
    entries = audit.search(boss, audit.AuditQuery(record_ref=client_id))
    assert [(e.user, e.action, e.record_type) for e in entries][:1] == [("amy", "view", "client")]
    assert audit.verify(boss).intact
    # the database itself refuses to change or delete log entries
    with (
        amy.engine.begin() as connection,
        pytest.raises((IntegrityError, OperationalError, DatabaseError)),
    ):
        connection.execute(text("UPDATE audit_events SET user = 'someone' WHERE id = 1"))
    with (
        amy.engine.begin() as connection,
        pytest.raises((IntegrityError, OperationalError, DatabaseError)),
    ):
        connection.execute(text("DELETE FROM audit_events WHERE id = 1"))
    # someone with the key and a raw SQL tool drops the guard and edits an entry
    with amy.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_events_no_update"))
        connection.execute(text("UPDATE audit_events SET user = 'someone' WHERE id = 3"))
    check = audit.verify(boss)
    assert not check.intact and check.broken is not None and check.broken.id == 3
    boss.engine.dispose()
    amy.engine.dispose()


def test_cutting_entries_off_the_end_is_detected(clinic: tuple[str, None], clock: Clock) -> None:
    url, _ = clinic
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    with boss.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_events_no_delete"))
        connection.execute(
            text("DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)")
        )
    check = audit.verify(boss)
    assert "removed" in check.problem
    boss.engine.dispose()


def test_edits_keep_the_previous_values(clinic: tuple[str, None], clock: Clock) -> None:
    url, _ = clinic
    amy = sign_in(url, clock, "amy", STAFF_PW)
    client_id = people.list_clients(amy)[0].id
    client = people.get_client(amy, client_id)
    old_notes = client.notes
    client.notes = "Changed note"
    people.update_client(amy, client)
    with amy.engine.connect() as connection:
        rows = connection.execute(
            text(
                'SELECT version, "values", replaced_by FROM record_versions WHERE record_ref = :r'
            ),
            {"r": client_id},
        ).all()
    assert len(rows) == 1 and rows[0].replaced_by == "amy"
    previous = rows[0][1] if isinstance(rows[0][1], dict) else json.loads(rows[0][1])
    assert previous["notes"] == old_notes
    assert previous["id"] == client_id
    dora = sign_in(url, clock, "dora", "director pass 1")  # reading the log needs a director
    change = audit.search(dora, audit.AuditQuery(record_ref=client_id, action="change"))[0]
    assert change.detail == "changed: notes"  # field names only, never the values
    dora.engine.dispose()
    amy.engine.dispose()


def test_backup_restore_round_trips_every_table(
    clinic: tuple[str, None], clock: Clock, tmp_path: Path
) -> None:
    url, _ = clinic
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    report = backup.backup(boss, tmp_path / "copy.sqlite3")
    assert report.encrypted and report.tables["clients"] == 40
    first = people.list_clients(boss)[0].id
    people.set_client_archived(boss, first, True)  # a change after the backup
    backup.restore(boss, tmp_path / "copy.sqlite3", password=ADMIN_PW, dispose=boss.engine.dispose)
    again = sign_in(url, clock, "boss", ADMIN_PW)
    assert not people.get_client(again, first).archived
    counts = {t: again_count(again, t) for t in inspect(again.engine).get_table_names()}
    for table, rows in report.tables.items():
        if table not in ("audit_events", "audit_head", "users"):
            assert counts[table] == rows, table
    again.engine.dispose()


def test_a_restore_from_the_command_line_is_audited_once(
    clinic: tuple[str, None], clock: Clock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url, _ = clinic
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    backup.backup(boss, tmp_path / "copy.sqlite3")
    boss.engine.dispose()
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert main(["--db", url, "--user", "boss", "restore", str(tmp_path / "copy.sqlite3")]) == 0
    again = sign_in(url, clock, "boss", ADMIN_PW)
    entries = audit.search(again, audit.AuditQuery(action="restore_backup"))
    assert [(e.user, e.detail) for e in entries] == [("boss", "restored from copy.sqlite3")]
    assert audit.verify(again).intact
    again.engine.dispose()


def again_count(ctx: ServiceContext, table: str) -> int:
    with ctx.engine.connect() as connection:
        return int(connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one())


def test_restore_refuses_a_cut_short_file_and_keeps_the_live_data(
    clinic: tuple[str, None], clock: Clock, tmp_path: Path
) -> None:
    url, _ = clinic
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    backup.backup(boss, tmp_path / "copy.sqlite3")
    data = (tmp_path / "copy.sqlite3").read_bytes()
    (tmp_path / "cut.sqlite3").write_bytes(data[: len(data) // 2])
    live_before = people.list_clients(boss)
    with pytest.raises(backup.BackupRefused):
        backup.restore(
            boss, tmp_path / "cut.sqlite3", password=ADMIN_PW, dispose=boss.engine.dispose
        )
    assert people.list_clients(boss) == live_before
    boss.engine.dispose()


def test_a_broken_key_file_gets_a_clear_message(
    clinic: tuple[str, None], clock: Clock, tmp_path: Path
) -> None:
    url, _ = clinic
    (tmp_path / "clinic.sqlite3.keys").write_text("{ not json", encoding="utf-8")
    with pytest.raises(LoginRefused, match="key file"):
        sign_in(url, clock, "boss", ADMIN_PW)


def test_an_unencrypted_database_only_when_asked(tmp_path: Path, clock: Clock) -> None:
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    ctx = create_database(url, "boss", ADMIN_PW, encrypted=False, clock=clock)
    ctx.engine.dispose()
    assert (tmp_path / "demo.sqlite3").read_bytes()[:15] == b"SQLite format 3"
    assert not (tmp_path / "demo.sqlite3.keys").exists()
    with pytest.raises(LoginRequired):
        open_context(url, clock=clock)


def test_retention_purge_deletes_only_old_archived_clients_and_leaves_a_tombstone(
    clinic: tuple[str, None], clock: Clock
) -> None:
    url, _ = clinic
    dora = sign_in(url, clock, "dora", "director pass 1")
    old, recent, third = [row.id for row in people.list_clients(dora)[:3]]
    # a waiting entry and a link to another record must not hold the purge back
    waitlist.add_to_waitlist(dora, old)
    duplicates.keep_both(dora, old, third)
    people.set_client_archived(dora, old, True)
    clock.now += timedelta(days=400)
    people.set_client_archived(dora, recent, True)
    with pytest.raises(ServiceError, match="Say why"):
        retention.purge_archived(dora, clock.now - timedelta(days=365), "")
    preview = retention.purge_archived(
        dora, clock.now - timedelta(days=365), "10 years", dry_run=True
    )
    assert preview.clients == [old]
    assert people.get_client(dora, old).archived  # a dry run deletes nothing
    retention.purge_archived(dora, clock.now - timedelta(days=365), "retention period over")
    with pytest.raises(NotFound):
        people.get_client(dora, old)
    assert people.get_client(dora, recent).archived
    assert people.get_client(dora, third)  # the record it was linked to stays
    assert old not in [entry.client_id for entry in waitlist.list_waitlist(dora, with_fits=False)]
    with dora.engine.connect() as connection:
        stone = connection.execute(
            text("SELECT record_ref, purged_by, reason FROM tombstones")
        ).one()
    assert tuple(stone) == (old, "dora", "retention period over")
    assert audit.verify(dora).intact
    assert audit.search(dora, audit.AuditQuery(record_ref=old))[0].action == "purge"
    amy = sign_in(url, clock, "amy", STAFF_PW)
    with pytest.raises(NotAllowed):
        retention.purge_archived(amy, clock.now, "no")
    amy.engine.dispose()
    dora.engine.dispose()


def test_command_line_asks_who_you_are_and_what_your_role_allows(
    clinic: tuple[str, None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from opcc_desk.__main__ import main

    url, _ = clinic
    assert main(["--db", url, "export", "clients", str(tmp_path / "a.csv")]) == 2
    assert "--user" in capsys.readouterr().err
    monkeypatch.setenv("OPCC_DESK_PASSWORD", STAFF_PW)
    assert main(["--db", url, "--user", "amy", "export", "clients", str(tmp_path / "a.csv")]) == 0
    assert main(["--db", url, "--user", "amy", "audit", "verify"]) == 2
    assert "needs a director account" in capsys.readouterr().err
    assert main(["--db", url, "--user", "amy", "backup", str(tmp_path / "b.sqlite3")]) == 2
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", "short")
    assert main(["--db", url, "--user", "boss", "user", "add", "carl", "--role", "reception"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    assert main(["--db", url, "--user", "boss", "audit", "verify"]) == 0
    assert "intact" in capsys.readouterr().out
    monkeypatch.setenv("OPCC_DESK_PASSWORD", "wrong password here")
    assert main(["--db", url, "--user", "boss", "audit", "verify"]) == 2
    assert "wrong" in capsys.readouterr().err


# every setting a director may change, each with a value different from its default
DIRECTOR_SETTINGS: list[tuple[Setting[Any], Any]] = [
    (LETTERHEAD, Letterhead(name="Centre Lumière", phone="705-555-0199")),
    (MATCHING, MatchSettings(relaxed=frozenset({Rule.ACCEPTING}))),
    (FOLLOW_UP_DELAYS, FollowUpRules({**DEFAULT_DAYS, ReferralStatus.PROPOSED: 0})),
    (IDLE_LOCK, IdleLockTime(5)),
]


def stored_settings(ctx: ServiceContext) -> dict[str, Any]:
    with ctx.transaction() as session:
        return {row.key: row.value for row in session.scalars(select(SettingRecord))}


@pytest.mark.parametrize(
    ("setting", "value"), DIRECTOR_SETTINGS, ids=[s.key for s, _v in DIRECTOR_SETTINGS]
)
def test_reception_cannot_change_a_director_setting(
    clinic: tuple[str, None], clock: Clock, setting: Setting[Any], value: Any
) -> None:
    url, _ = clinic
    amy = sign_in(url, clock, "amy", STAFF_PW)
    before, entries = stored_settings(amy), audit.count(amy)
    with pytest.raises(NotAllowed, match="needs a director account"):
        settings.save(amy, setting, value)
    assert stored_settings(amy) == before
    assert settings.get(amy, setting) == setting.default()
    assert audit.count(amy) == entries
    amy.engine.dispose()


def test_every_setting_change_is_audited_and_a_bad_value_stores_nothing(
    clinic: tuple[str, None], clock: Clock
) -> None:
    url, _ = clinic
    dora = sign_in(url, clock, "dora", "director pass 1")
    for setting, value in DIRECTOR_SETTINGS:
        settings.save(dora, setting, value)
        assert settings.get(dora, setting) == value
        query = audit.AuditQuery(action="change", record_type="settings", record_ref=setting.key)
        [entry] = audit.search(dora, query)
        assert entry.user == "dora" and entry.detail.startswith(setting.label)
    entries = audit.count(dora)
    settings.save(dora, IDLE_LOCK, IdleLockTime(5))  # the same again: not a change
    assert audit.count(dora) == entries
    settings.save(dora, IDLE_LOCK, IdleLockTime(30))
    [latest, _first] = audit.search(dora, audit.AuditQuery(record_ref=IDLE_LOCK.key))
    assert latest.detail == "idle lock time: idle_minutes"  # what changed, not the value
    before = stored_settings(dora)
    with pytest.raises(settings.InvalidSetting, match="between 1 and 240"):
        settings.save(dora, IDLE_LOCK, IdleLockTime(0))
    with pytest.raises(settings.InvalidSetting, match="centre's name"):
        settings.save(dora, LETTERHEAD, Letterhead(name=" "))
    assert stored_settings(dora) == before
    assert audit.count(dora) == entries + 1
    assert audit.verify(dora).intact
    dora.engine.dispose()
