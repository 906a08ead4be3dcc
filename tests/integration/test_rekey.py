"""A new key for an encrypted database: after it, an older key file (kept by someone who
was removed) opens nothing new; the admin goes on, the others get new passwords."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

import opcc_desk
from opcc_desk.__main__ import main
from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.db.keystore import Keystore, new_database_key
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, audit, demo, people, rekey
from opcc_desk.services.errors import LoginRefused

ADMIN_PW = "admin pass phrase 1"
AMY_PW = "amy pass phrase 1"
ZED_PW = "zed pass phrase 1"


def at_nine() -> datetime:
    return datetime(2026, 11, 26, 9, 0)


@pytest.fixture
def clinic(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    boss = create_database(url, "boss", ADMIN_PW, clock=at_nine)
    demo.fill_demo_data(boss, seed=3, therapists=4, clients=9, referrals=2)
    for name, password in (("amy", AMY_PW), ("zed", ZED_PW)):
        accounts.add_user(
            boss, name, password, Role.RECEPTION,
            keystore=keystore_for(url), database_key=boss.database_key,
        )  # fmt: skip
    boss.engine.dispose()
    return url


def database(url: str) -> Path:
    return Path(url.removeprefix("sqlite:///"))


def key_in(key_file: dict[str, object], user: str, password: str) -> bytes:
    """What someone holding an old copy of the key file gets out of it."""
    return Keystore(Path("old.keys"), key_file).peek(user, password)


def test_after_a_rekey_an_old_key_file_no_longer_opens_the_database(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = json.loads(Path(f"{database(clinic)}.keys").read_text(encoding="utf-8"))
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert main(["--db", clinic, "--user", "boss", "user", "remove", "zed"]) == 0
    assert "db rekey" in capsys.readouterr().out
    # removing alone: zed's old key file still opens today's database
    assert rekey.opens_with(database(clinic), key_in(kept, "zed", ZED_PW))

    assert main(["--db", clinic, "--user", "boss", "db", "rekey"]) == 0
    said = capsys.readouterr().out
    assert "new key" in said and "amy" in said and "zed" not in said
    assert not rekey.opens_with(database(clinic), key_in(kept, "zed", ZED_PW))

    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    assert len(people.list_clients(boss)) == 9
    [entry] = [e for e in audit.search(boss, audit.AuditQuery(action="user")) if "key" in e.detail]
    assert entry.detail == "new database key; 1 account(s) need a new password"
    assert audit.verify(boss).intact
    boss.engine.dispose()
    with pytest.raises(LoginRefused, match="admin must set a new password"):
        open_context(clinic, user="amy", password=AMY_PW, clock=at_nine)

    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", "amy's second phrase")
    assert main(["--db", clinic, "--user", "boss", "user", "password", "amy"]) == 0
    amy = open_context(clinic, user="amy", password="amy's second phrase", clock=at_nine)
    assert len(people.list_clients(amy)) == 9
    amy.engine.dispose()


def test_a_rekey_cut_short_is_finished_by_its_admin_and_undone_when_it_never_began(
    clinic: str,
) -> None:
    path = database(clinic)
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    old = boss.database_key
    assert old is not None
    boss.engine.dispose()

    # stopped after the new key was written down, before the database changed
    Keystore.load(path).begin_rekey("boss", ADMIN_PW, new_database_key())
    open_context(clinic, user="amy", password=AMY_PW, clock=at_nine).engine.dispose()
    assert Keystore.load(path).pending_rekey() == ""

    # stopped after the database changed, before the key file was finished
    new = new_database_key()
    Keystore.load(path).begin_rekey("boss", ADMIN_PW, new)
    rekey.change_key(path, old, new)
    with pytest.raises(LoginRefused, match="'boss' must sign in once"):
        open_context(clinic, user="amy", password=AMY_PW, clock=at_nine)
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    assert boss.database_key == new and len(people.list_clients(boss)) == 9
    boss.engine.dispose()
    assert Keystore.load(path).pending_rekey() == ""


def test_a_rekey_is_refused_while_another_desk_has_the_database_open(clinic: str) -> None:
    code = (
        "import sys\n"
        "from opcc_desk.app import open_context\n"
        "ctx = open_context(sys.argv[1], user='amy', password=sys.argv[2])\n"
        "print('open', flush=True)\n"
        "sys.stdin.readline()\n"
    )
    env = dict(os.environ, PYTHONPATH=str(Path(opcc_desk.__file__).parents[1]))
    other = subprocess.Popen(
        [sys.executable, "-c", code, clinic, AMY_PW],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
    )
    try:
        assert other.stdout is not None and other.stdout.readline().strip() == b"open"
        keys_before = Path(f"{database(clinic)}.keys").read_bytes()
        boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
        with pytest.raises(rekey.RekeyRefused, match="another OPCC Desk window"):
            rekey.rekey(boss, ADMIN_PW, dispose=boss.engine.dispose)
        assert len(people.list_clients(boss)) == 9  # the same key still opens it
        boss.engine.dispose()
        assert Path(f"{database(clinic)}.keys").read_bytes() == keys_before
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=60)
