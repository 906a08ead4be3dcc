"""Restoring a backup: the database and its key file as one unit, onto this computer or a
new one, and never under another desk that has the database open."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

import opcc_desk
from opcc_desk.__main__ import main
from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, audit, backup, demo, people
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import LoginRefused

ADMIN_PW = "correct horse battery"
NEW_PW = "a brand new passphrase"
STAFF_PW = "reception pass 1"


def clock() -> datetime:
    return datetime(2026, 11, 27, 9, 0)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("built")
    url = f"sqlite:///{folder / 'clinic.sqlite3'}"
    ctx = create_database(url, "boss", ADMIN_PW, clock=clock)
    demo.fill_demo_data(ctx, seed=7, therapists=5, clients=12, referrals=3)
    accounts.add_user(
        ctx,
        "amy",
        STAFF_PW,
        Role.RECEPTION,
        keystore=keystore_for(url),
        database_key=ctx.database_key,
    )
    ctx.engine.dispose()
    return folder


@pytest.fixture
def clinic(built: Path, tmp_path: Path) -> str:
    """A fresh copy of the clinic in its own data folder, tmp_path/'data'."""
    data = tmp_path / "data"
    data.mkdir()
    # the database, its key file and its audit seal: what a clinic's data folder holds
    for name in ("clinic.sqlite3", "clinic.sqlite3.keys", "clinic.sqlite3.seal"):
        shutil.copy2(built / name, data / name)
    return f"sqlite:///{data / 'clinic.sqlite3'}"


@pytest.fixture
def password_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    monkeypatch.delenv("OPCC_DESK_BACKUP_PASSWORD", raising=False)
    yield monkeypatch


def sign_in(url: str, user: str, password: str) -> ServiceContext:
    return open_context(url, user=user, password=password, clock=clock)


def make_backup(url: str, target: Path) -> None:
    boss = sign_in(url, "boss", ADMIN_PW)
    backup.backup(boss, target)
    boss.engine.dispose()


def archive_first_client(url: str) -> str:
    boss = sign_in(url, "boss", ADMIN_PW)
    first = people.list_clients(boss)[0].id
    people.set_client_archived(boss, first, True)
    boss.engine.dispose()
    return first


def restores(ctx: ServiceContext) -> list[tuple[str, str]]:
    entries = audit.search(ctx, audit.AuditQuery(action="restore_backup"))
    return [(e.user, e.detail) for e in entries]


def test_a_restore_after_a_password_change_is_refused_until_the_old_password_is_given(
    clinic: str,
    tmp_path: Path,
    password_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    copy = tmp_path / "monday.sqlite3"
    make_backup(clinic, copy)
    archived = archive_first_client(clinic)
    boss = sign_in(clinic, "boss", ADMIN_PW)
    accounts.change_password(
        boss, ADMIN_PW, NEW_PW, keystore=keystore_for(clinic), database_key=boss.database_key
    )
    boss.engine.dispose()
    live = Path(clinic.removeprefix("sqlite:///"))
    keys_before = Path(f"{live}.keys").read_bytes()
    capsys.readouterr()

    password_env.setenv("OPCC_DESK_PASSWORD", NEW_PW)
    assert main(["--db", clinic, "--user", "boss", "restore", str(copy)]) == 2
    message = capsys.readouterr().err
    assert "password you had then" in message and "nothing was changed" in message
    assert Path(f"{live}.keys").read_bytes() == keys_before  # the key file untouched
    again = sign_in(clinic, "boss", NEW_PW)  # today's password still opens today's data
    assert people.get_client(again, archived).archived and restores(again) == []
    again.engine.dispose()

    password_env.setenv("OPCC_DESK_BACKUP_PASSWORD", ADMIN_PW)
    assert main(["--db", clinic, "--user", "boss", "restore", str(copy)]) == 0
    restored = sign_in(clinic, "boss", ADMIN_PW)  # the backup's passwords come with it
    assert not people.get_client(restored, archived).archived
    assert restores(restored) == [("boss", "restored from monday.sqlite3")]
    assert audit.verify(restored).intact
    restored.engine.dispose()
    with pytest.raises(LoginRefused):
        sign_in(clinic, "boss", NEW_PW)
    sign_in(clinic, "amy", STAFF_PW).engine.dispose()


def test_only_an_admin_of_the_backup_may_restore_it(clinic: str, tmp_path: Path) -> None:
    copy = tmp_path / "monday.sqlite3"
    make_backup(clinic, copy)
    boss = sign_in(clinic, "boss", ADMIN_PW)
    accounts.add_user(
        boss, "zoe", "zoe's long password", Role.ADMIN,
        keystore=keystore_for(clinic), database_key=boss.database_key,
    )  # fmt: skip
    boss.engine.dispose()
    zoe = sign_in(clinic, "zoe", "zoe's long password")
    with pytest.raises(backup.BackupRefused, match="password"):
        backup.restore(zoe, copy, password="zoe's long password", dispose=zoe.engine.dispose)
    assert [a.username for a in accounts.list_accounts(zoe)] == ["amy", "boss", "zoe"]
    zoe.engine.dispose()


def test_a_backup_restored_onto_a_new_computer_opens_with_the_old_passwords(
    clinic: str,
    tmp_path: Path,
    password_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    make_backup(clinic, stick / "friday.sqlite3")
    names = {c.id: c.last_name for c in people.list_clients(sign_in(clinic, "amy", STAFF_PW))}
    shutil.rmtree(tmp_path / "data")  # the old computer is gone
    new = tmp_path / "new computer" / "OPCC Desk" / "clinic.sqlite3"
    url = f"sqlite:///{new}"

    password_env.setenv("OPCC_DESK_PASSWORD", "not the password")
    assert main(["--db", url, "--user", "boss", "restore", str(stick / "friday.sqlite3")]) == 2
    assert "password" in capsys.readouterr().err
    assert not (tmp_path / "new computer").exists()  # nothing made before the check

    password_env.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert main(["--db", url, "--user", "boss", "restore", str(stick / "friday.sqlite3")]) == 0
    assert (new.parent.stat().st_mode & 0o777) == 0o700
    assert (new.stat().st_mode & 0o777) == 0o600
    assert (Path(f"{new}.keys").stat().st_mode & 0o777) == 0o600
    amy = sign_in(url, "amy", STAFF_PW)
    assert {c.id: c.last_name for c in people.list_clients(amy)} == names
    amy.engine.dispose()
    boss = sign_in(url, "boss", ADMIN_PW)
    assert restores(boss) == [("boss", "restored from friday.sqlite3")]
    assert audit.verify(boss).intact
    boss.engine.dispose()


def holding_open(url: str, user: str, password: str) -> subprocess.Popen[bytes]:
    """Another process (a window left open at another desk) with the database open."""
    code = (
        "import sys\n"
        "from opcc_desk.app import open_context\n"
        "ctx = open_context(sys.argv[1], user=sys.argv[2], password=sys.argv[3])\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(opcc_desk.__file__).parents[1]))
    other = subprocess.Popen(
        [sys.executable, "-c", code, url, user, password],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    assert other.stdout is not None
    assert other.stdout.readline().strip() == b"open"
    return other


def test_a_restore_is_refused_while_another_desk_has_the_database_open(
    clinic: str,
    tmp_path: Path,
    password_env: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    copy = tmp_path / "monday.sqlite3"
    make_backup(clinic, copy)
    archived = archive_first_client(clinic)
    live = Path(clinic.removeprefix("sqlite:///"))
    keys_before = Path(f"{live}.keys").read_bytes()
    other = holding_open(clinic, "amy", STAFF_PW)
    try:
        password_env.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
        assert main(["--db", clinic, "--user", "boss", "restore", str(copy)]) == 2
        assert "another OPCC Desk window or command has this database open" in (
            capsys.readouterr().err
        )
        assert Path(f"{live}.keys").read_bytes() == keys_before
        boss = sign_in(clinic, "boss", ADMIN_PW)
        assert people.get_client(boss, archived).archived and restores(boss) == []
        boss.engine.dispose()
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=60)
    assert main(["--db", clinic, "--user", "boss", "restore", str(copy)]) == 0
    boss = sign_in(clinic, "boss", ADMIN_PW)
    assert not people.get_client(boss, archived).archived
    boss.engine.dispose()
