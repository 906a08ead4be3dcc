"""The keyed audit log: what someone who can write the database, but holds no
director's or admin's password, can no longer hide.

Each test plays the attacker with raw SQL on the real database (an SQLite file, or
the test PostgreSQL server where the attack applies there too), then checks what
`audit verify` says, as the director would run it.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.db.engine import sqlite_path
from opcc_desk.domain.audit import Action, entry_hash, seal_mac
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, audit, backup
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotAllowed

ADMIN_PW = "correct horse battery"
DIRECTOR_PW = "director pass 1"
STAFF_PW = "reception pass 1"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 9, 0)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clinic(db_url: str) -> Iterator[tuple[str, Clock]]:
    """A clinic with an admin (boss), a director (dora) and a reception account (amy)."""
    clock = Clock()
    boss = create_database(db_url, "boss", ADMIN_PW, clock=clock)
    for name, password, role in (
        ("dora", DIRECTOR_PW, Role.DIRECTOR),
        ("amy", STAFF_PW, Role.RECEPTION),
    ):
        accounts.add_user(
            boss,
            name,
            password,
            role,
            keystore=keystore_for(db_url),
            database_key=boss.database_key,
        )
    boss.engine.dispose()
    yield db_url, clock


def sign_in(url: str, clock: Clock, user: str, password: str) -> ServiceContext:
    return open_context(url, clock=clock, user=user, password=password)


def desk_work(url: str, clock: Clock, views: int) -> None:
    """A reception desk's day: records opened, each one logged."""
    amy = sign_in(url, clock, "amy", STAFF_PW)
    for number in range(views):
        audit.log(amy, Action.VIEW, "client", f"C-{number}")
    amy.engine.dispose()


def director_signs_in(url: str, clock: Clock) -> None:
    sign_in(url, clock, "dora", DIRECTOR_PW).engine.dispose()


def raw(url: str, clock: Clock) -> Engine:
    """The database as a raw SQL tool sees it, opened with reception's key."""
    return sign_in(url, clock, "amy", STAFF_PW).engine


def drop_guards(connection: object, dialect: str) -> None:
    if dialect == "sqlite":
        connection.execute(text("DROP TRIGGER audit_events_no_update"))  # type: ignore[attr-defined]
        connection.execute(text("DROP TRIGGER audit_events_no_delete"))  # type: ignore[attr-defined]
    else:
        connection.execute(text("DROP TRIGGER audit_events_append_only ON audit_events"))  # type: ignore[attr-defined]


def rechain(engine: Engine) -> None:
    """Recompute every hash and the head, as someone hiding an edit would."""
    with engine.begin() as connection:
        rows = connection.execute(
            text(
                'SELECT id, at, "user", action, record_type, record_ref, detail '
                "FROM audit_events ORDER BY id"
            )
        ).all()
        previous = "0" * 64
        for row in rows:
            at = row.at if isinstance(row.at, datetime) else datetime.fromisoformat(row.at)
            new = entry_hash(
                previous, at, row.user, row.action, row.record_type, row.record_ref, row.detail
            )
            connection.execute(
                text("UPDATE audit_events SET previous_hash = :p, hash = :h WHERE id = :i"),
                {"p": previous, "h": new, "i": row.id},
            )
            previous = new
        connection.execute(
            text("UPDATE audit_head SET hash = :h, count = :c WHERE id = 1"),
            {"h": previous, "c": len(rows)},
        )


def verify_as_director(url: str, clock: Clock) -> audit.ChainCheck:
    dora = sign_in(url, clock, "dora", DIRECTOR_PW)
    try:
        return audit.verify(dora)
    finally:
        dora.engine.dispose()


def test_an_untouched_log_verifies_with_the_key(clinic: tuple[str, Clock]) -> None:
    url, clock = clinic
    desk_work(url, clock, 3)
    director_signs_in(url, clock)
    desk_work(url, clock, 2)
    check = verify_as_director(url, clock)
    assert check.intact and check.keyed, check.problem
    assert verify_as_director(url, clock).intact  # a check seals, and the next one still holds


def test_cutting_the_last_entries_and_moving_the_head_back_is_named(
    clinic: tuple[str, Clock], db_backend: str
) -> None:
    if db_backend == "postgresql":
        pytest.skip("on the server the desks' login cannot delete entries: test_pg_desk_login.py")
    url, clock = clinic
    desk_work(url, clock, 4)
    director_signs_in(url, clock)  # seals the log up to here, in the file beside it too
    engine = raw(url, clock)
    with engine.begin() as connection:
        drop_guards(connection, "sqlite")
        last = connection.execute(text("SELECT max(id) FROM audit_events")).scalar_one()
        connection.execute(text("DELETE FROM audit_events WHERE id > :i"), {"i": last - 3})
        head, count = connection.execute(
            text(
                "SELECT hash, (SELECT count(*) FROM audit_events) FROM audit_events ORDER BY id DESC LIMIT 1"
            )
        ).one()
        connection.execute(
            text("UPDATE audit_head SET hash = :h, count = :c WHERE id = 1"),
            {"h": head, "c": count},
        )
    engine.dispose()
    check = verify_as_director(url, clock)
    assert not check.intact
    assert "entries at its end were removed" in check.problem
    assert "sealed" in check.problem and "by dora" in check.problem
    # the director's sign-in did not seal over the cut: it still shows the next day
    assert "removed" in verify_as_director(url, clock).problem


def test_an_edited_entry_rechained_is_detected(clinic: tuple[str, Clock], db_backend: str) -> None:
    url, clock = clinic
    desk_work(url, clock, 3)
    director_signs_in(url, clock)
    desk_work(url, clock, 1)
    engine = raw(url, clock)
    with engine.begin() as connection:
        drop_guards(connection, db_backend)
        target = connection.execute(
            text("SELECT min(id) FROM audit_events WHERE action = 'view'")
        ).scalar_one()
        connection.execute(
            text("UPDATE audit_events SET record_ref = 'C-999' WHERE id = :i"), {"i": target}
        )
    rechain(engine)
    engine.dispose()
    check = verify_as_director(url, clock)
    assert not check.intact
    assert (
        "does not match the entries before it" in check.problem
        or "no longer match" in check.problem
    )


def test_a_seal_file_made_without_the_key_is_refused(
    clinic: tuple[str, Clock], db_backend: str
) -> None:
    if db_backend == "postgresql":
        pytest.skip("a server database has no file beside it")
    url, clock = clinic
    desk_work(url, clock, 2)
    director_signs_in(url, clock)
    path = audit.seal_path(sqlite_path(url))  # type: ignore[arg-type]
    seal = json.loads(path.read_text(encoding="utf-8"))
    forged = b"\x01" * 32  # whatever key the forger picks, it is not the clinic's
    seal["count"] -= 1
    seal["mac"] = seal_mac(forged, seal["count"], seal["hash"])
    path.write_text(json.dumps(seal), encoding="utf-8")
    check = verify_as_director(url, clock)
    assert "was not made with the audit key" in check.problem


def test_a_missing_seal_file_is_named_and_audit_seal_accepts_the_log(
    clinic: tuple[str, Clock],
    db_backend: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    if db_backend == "postgresql":
        pytest.skip("a server database has no file beside it")
    from opcc_desk.__main__ import main

    url, clock = clinic
    director_signs_in(url, clock)
    path = audit.seal_path(sqlite_path(url))  # type: ignore[arg-type]
    path.unlink()
    check = verify_as_director(url, clock)
    assert "is missing" in check.problem and "audit seal" in check.problem
    monkeypatch.setenv("OPCC_DESK_PASSWORD", STAFF_PW)
    assert main(["--db", url, "--user", "amy", "audit", "seal"]) == 2
    monkeypatch.setenv("OPCC_DESK_PASSWORD", DIRECTOR_PW)
    assert main(["--db", url, "--user", "dora", "audit", "seal"]) == 0
    assert "sealed as it is now" in capsys.readouterr().out
    assert path.stat().st_mode & 0o777 == 0o600
    assert main(["--db", url, "--user", "dora", "audit", "verify"]) == 0
    assert "checked with the audit key" in capsys.readouterr().out
    assert main(["--db", url, "--user", "dora", "audit", "search", "--action", "change"]) == 0
    assert "audit log sealed as it is: the seal file" in capsys.readouterr().out


def test_reception_cannot_read_or_check_the_log(
    clinic: tuple[str, Clock], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from opcc_desk.__main__ import main

    url, clock = clinic
    amy = sign_in(url, clock, "amy", STAFF_PW)
    with pytest.raises(NotAllowed, match="needs a director account"):
        audit.verify(amy)
    with pytest.raises(NotAllowed, match="needs a director account"):
        audit.search(amy, audit.AuditQuery())
    amy.engine.dispose()
    monkeypatch.setenv("OPCC_DESK_PASSWORD", STAFF_PW)
    for words in (["audit", "verify"], ["audit", "search"]):
        assert main(["--db", url, "--user", "amy", *words]) == 2
        assert "needs a director account" in capsys.readouterr().err


def test_a_role_raised_in_the_table_is_not_confirmed(clinic: tuple[str, Clock]) -> None:
    url, clock = clinic
    engine = raw(url, clock)
    with engine.begin() as connection:
        connection.execute(text("UPDATE users SET role = 'admin' WHERE username = 'amy'"))
        connection.execute(text("UPDATE users SET role = 'admin' WHERE username = 'dora'"))
    engine.dispose()
    amy = sign_in(url, clock, "amy", STAFF_PW)
    assert amy.role is Role.RECEPTION and amy.audit_key is None
    with pytest.raises(NotAllowed):
        accounts.list_accounts(amy)
    with pytest.raises(NotAllowed):
        audit.verify(amy)
    amy.engine.dispose()
    dora = sign_in(url, clock, "dora", DIRECTOR_PW)  # her key copy is a director's, not an admin's
    assert dora.role is Role.RECEPTION
    dora.engine.dispose()
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    logins = audit.search(boss, audit.AuditQuery(action="login", record_ref="amy"))
    assert logins[0].detail == "signed in; the admin role is not confirmed by the audit key"
    boss.engine.dispose()


def test_the_key_follows_password_changes_and_leaves_with_the_account(
    clinic: tuple[str, Clock],
) -> None:
    url, clock = clinic
    dora = sign_in(url, clock, "dora", DIRECTOR_PW)
    key = dora.audit_key
    assert key is not None
    accounts.change_password(
        dora,
        DIRECTOR_PW,
        "a brand new pass",
        keystore=keystore_for(url),
        database_key=dora.database_key,
    )
    dora.engine.dispose()
    dora = sign_in(url, clock, "dora", "a brand new pass")
    assert dora.role is Role.DIRECTOR and dora.audit_key == key
    dora.engine.dispose()
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    assert boss.audit_key == key
    accounts.remove_user(boss, "dora", keystore=keystore_for(url))
    with boss.engine.connect() as connection:
        holders = (
            connection.execute(text("SELECT username FROM audit_keys ORDER BY username"))
            .scalars()
            .all()
        )
    assert holders == ["boss"]
    boss.engine.dispose()


def test_a_reception_account_cannot_give_the_admin_role(clinic: tuple[str, Clock]) -> None:
    url, clock = clinic
    engine = raw(url, clock)
    with engine.begin() as connection:  # the attacker also inserts a key copy of their own making
        connection.execute(
            text(
                "INSERT INTO audit_keys (username, role, salt, nonce, wrapped, created_at) "
                "VALUES ('amy', 'admin', 'AAAAAAAAAAAAAAAAAAAAAA==', 'AAAAAAAAAAAAAAAA', 'AAAA', :at)"
            ),
            {"at": clock()},
        )
        connection.execute(text("UPDATE users SET role = 'admin' WHERE username = 'amy'"))
    engine.dispose()
    assert sign_in(url, clock, "amy", STAFF_PW).role is Role.RECEPTION


def test_backup_and_restore_carry_the_seal(
    clinic: tuple[str, Clock], db_backend: str, tmp_path: Path
) -> None:
    if db_backend == "postgresql":
        pytest.skip("a server is backed up with its own tools")
    url, clock = clinic
    desk_work(url, clock, 2)
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    copy = tmp_path / "copies" / "monday.sqlite3"
    copy.parent.mkdir()
    backup.backup(boss, copy)
    assert audit.seal_path(copy).stat().st_mode & 0o777 == 0o600
    boss.engine.dispose()
    desk_work(url, clock, 3)
    director_signs_in(url, clock)  # sealed beyond the backup
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    backup.restore(boss, copy, password=ADMIN_PW, dispose=boss.engine.dispose)
    check = verify_as_director(url, clock)
    assert check.intact and check.keyed, check.problem
    # the backup's seal still tells a cut-short copy of the backup from the real one
    cut = tmp_path / "cut"
    cut.mkdir()
    for name in (copy.name, copy.name + ".keys", copy.name + ".seal"):
        shutil.copy2(copy.parent / name, cut / name)
    cut_url = f"sqlite:///{cut / copy.name}"
    engine = raw(cut_url, clock)
    with engine.begin() as connection:
        drop_guards(connection, "sqlite")
        # this sign-in's own entry and the last one the backup held
        connection.execute(
            text("DELETE FROM audit_events WHERE id > (SELECT max(id) - 2 FROM audit_events)")
        )
        head, count = connection.execute(
            text(
                "SELECT hash, (SELECT count(*) FROM audit_events) FROM audit_events ORDER BY id DESC LIMIT 1"
            )
        ).one()
        connection.execute(
            text("UPDATE audit_head SET hash = :h, count = :c WHERE id = 1"),
            {"h": head, "c": count},
        )
    engine.dispose()
    assert "removed" in verify_as_director(cut_url, clock).problem


def test_a_log_stripped_of_its_seals_with_the_file_deleted_is_named(
    clinic: tuple[str, Clock], db_backend: str
) -> None:
    if db_backend == "postgresql":
        pytest.skip("a server database has no file beside it")
    url, clock = clinic
    desk_work(url, clock, 2)
    director_signs_in(url, clock)
    engine = raw(url, clock)
    with engine.begin() as connection:
        drop_guards(connection, "sqlite")
        connection.execute(
            text("UPDATE audit_events SET action = 'view', detail = '' WHERE action = 'seal'")
        )
    rechain(engine)
    engine.dispose()
    audit.seal_path(sqlite_path(url)).unlink()  # type: ignore[arg-type]
    check = verify_as_director(url, clock)
    assert "seal file" in check.problem and "missing" in check.problem


def test_a_database_from_before_the_key_gets_one_at_the_first_admin_sign_in(
    clinic: tuple[str, Clock], db_backend: str
) -> None:
    url, clock = clinic
    engine = raw(url, clock)
    with engine.begin() as connection:  # as an upgraded database starts: nobody holds a key
        connection.execute(text("DELETE FROM audit_keys"))
    engine.dispose()
    if db_backend == "sqlite":
        audit.seal_path(sqlite_path(url)).unlink()  # type: ignore[arg-type]
    boss = sign_in(url, clock, "boss", ADMIN_PW)
    assert boss.role is Role.ADMIN and boss.audit_key is not None
    check = audit.verify(boss)
    assert check.intact and check.keyed, check.problem
    boss.engine.dispose()
    # a director from before has no copy yet: reception rights until given one
    dora = sign_in(url, clock, "dora", DIRECTOR_PW)
    assert dora.role is Role.RECEPTION
    dora.engine.dispose()
