"""A new key for an encrypted database: after it, an older key file (kept by someone who
was removed) opens nothing new, and every remaining account signs in with its own
password, because the new key is sealed to each account's public key."""

from __future__ import annotations

import base64
import json
import os
import secrets
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

import opcc_desk
from opcc_desk.__main__ import main
from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.db.keystore import Keystore, _kek, new_database_key, opens_with
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


def key_file(url: str) -> dict[str, object]:
    return dict(json.loads(Path(f"{database(url)}.keys").read_text(encoding="utf-8")))


def slot_of(url: str, user: str) -> dict[str, object]:
    users = key_file(url)["users"]
    assert isinstance(users, dict)
    return dict(users[user])


def key_in(kept: dict[str, object], user: str, password: str) -> bytes:
    """What someone holding an old copy of the key file gets out of it."""
    return Keystore(Path("old.keys"), kept).peek(user, password)


def make_old_form(url: str, user: str, password: str, key: bytes) -> None:
    """The slot as program versions before key pairs wrote it: the database key itself,
    wrapped with the password."""
    path = Path(f"{database(url)}.keys")
    data = json.loads(path.read_text(encoding="utf-8"))
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_kek(password, salt, data["kdf"])).encrypt(nonce, key, user.encode())
    data["users"][user] = {
        "salt": base64.b64encode(salt).decode(),
        "nonce": base64.b64encode(nonce).decode(),
        "wrapped": base64.b64encode(wrapped).decode(),
        "failures": 0,
        "locked_until": "",
    }
    path.write_text(json.dumps(data), encoding="utf-8")


def clients_seen(url: str, user: str, password: str) -> int:
    ctx = open_context(url, user=user, password=password, clock=at_nine)
    try:
        return len(people.list_clients(ctx))
    finally:
        ctx.engine.dispose()


def test_removing_a_user_gives_the_database_a_key_their_old_key_file_cannot_open(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = key_file(clinic)  # zed's copy, taken before the removal
    assert opens_with(database(clinic), key_in(kept, "zed", ZED_PW))
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert main(["--db", clinic, "--user", "boss", "user", "remove", "zed"]) == 0
    said = capsys.readouterr().out
    assert "new key" in said and "need a new password" not in said

    assert not opens_with(database(clinic), key_in(kept, "zed", ZED_PW))
    assert "zed" not in Keystore.load(database(clinic)).users()
    with pytest.raises(LoginRefused):
        open_context(clinic, user="zed", password=ZED_PW, clock=at_nine)
    # everyone else goes on with the password they had
    assert clients_seen(clinic, "boss", ADMIN_PW) == 9
    assert clients_seen(clinic, "amy", AMY_PW) == 9

    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    [entry] = [e for e in audit.search(boss, audit.AuditQuery(action="user")) if "key" in e.detail]
    assert entry.detail == "new database key; 0 account(s) need a new password"
    assert audit.verify(boss).intact
    boss.engine.dispose()


def test_an_old_slot_is_upgraded_at_sign_in_and_only_unupgraded_ones_need_new_passwords(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    key = boss.database_key
    assert key is not None
    boss.engine.dispose()
    make_old_form(clinic, "amy", AMY_PW, key)
    make_old_form(clinic, "zed", ZED_PW, key)

    assert clients_seen(clinic, "amy", AMY_PW) == 9  # amy signs in: her slot is upgraded
    assert "public" in slot_of(clinic, "amy") and "wrapped" not in slot_of(clinic, "amy")
    assert "wrapped" in slot_of(clinic, "zed")

    kept = key_file(clinic)
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert main(["--db", clinic, "--user", "boss", "db", "rekey"]) == 0
    said = capsys.readouterr().out
    assert "new key" in said and "zed" in said and "amy" not in said
    for user, password in (("amy", AMY_PW), ("zed", ZED_PW)):
        assert not opens_with(database(clinic), key_in(kept, user, password))

    assert clients_seen(clinic, "amy", AMY_PW) == 9
    with pytest.raises(LoginRefused, match="admin must set a new password"):
        open_context(clinic, user="zed", password=ZED_PW, clock=at_nine)
    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", "zed's second phrase")
    assert main(["--db", clinic, "--user", "boss", "user", "password", "zed"]) == 0
    assert clients_seen(clinic, "zed", "zed's second phrase") == 9


def test_a_wrong_password_leaves_an_old_slot_as_it_was(clinic: str) -> None:
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    key = boss.database_key
    assert key is not None
    boss.engine.dispose()
    make_old_form(clinic, "amy", AMY_PW, key)
    with pytest.raises(LoginRefused):
        open_context(clinic, user="amy", password="not her phrase", clock=at_nine)
    assert "wrapped" in slot_of(clinic, "amy") and "public" not in slot_of(clinic, "amy")


def test_a_rekey_cut_short_is_finished_at_the_next_sign_in_or_undone_when_it_never_began(
    clinic: str,
) -> None:
    path = database(clinic)
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    old = boss.database_key
    assert old is not None
    boss.engine.dispose()

    # stopped after the new key was written down, before the database changed
    Keystore.load(path).begin_rekey("boss", new_database_key(), drop="zed")
    assert clients_seen(clinic, "amy", AMY_PW) == 9
    assert Keystore.load(path).pending_rekey() == ""
    assert Keystore.load(path).users() == ["amy", "boss"]  # the removed slot stays gone

    # stopped after the database changed, before the key file was finished:
    # amy's sign-in finishes it, since the new key was sealed to her too
    new = new_database_key()
    Keystore.load(path).begin_rekey("boss", new)
    rekey.change_key(path, old, new)
    amy = open_context(clinic, user="amy", password=AMY_PW, clock=at_nine)
    assert amy.database_key == new and len(people.list_clients(amy)) == 9
    amy.engine.dispose()
    assert Keystore.load(path).pending_rekey() == ""
    assert clients_seen(clinic, "boss", ADMIN_PW) == 9


def test_a_rekey_cut_short_waits_for_an_account_the_new_key_was_sealed_to(clinic: str) -> None:
    path = database(clinic)
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    old = boss.database_key
    assert old is not None
    boss.engine.dispose()
    make_old_form(clinic, "amy", AMY_PW, old)  # not signed in since: not sealed to

    new = new_database_key()
    Keystore.load(path).begin_rekey("boss", new)
    rekey.change_key(path, old, new)
    with pytest.raises(LoginRefused, match="'boss' must sign in once"):
        open_context(clinic, user="amy", password=AMY_PW, clock=at_nine)
    assert "wrapped" in slot_of(clinic, "amy")  # no upgrade with a stale key
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    assert boss.database_key == new and len(people.list_clients(boss)) == 9
    boss.engine.dispose()
    assert Keystore.load(path).pending_rekey() == ""
    with pytest.raises(LoginRefused, match="admin must set a new password"):
        open_context(clinic, user="amy", password=AMY_PW, clock=at_nine)


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

        # removing someone meanwhile: the account goes, the re-key waits for `db rekey`
        boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
        with pytest.raises(rekey.RekeyRefused, match=r"'zed' was removed.*db rekey"):
            rekey.remove_user(boss, "zed", dispose=boss.engine.dispose)
        boss.engine.dispose()
        store = Keystore.load(database(clinic))
        assert store.users() == ["amy", "boss"] and store.pending_rekey() == ""
        assert clients_seen(clinic, "boss", ADMIN_PW) == 9
    finally:
        assert other.stdin is not None
        other.stdin.close()
        other.wait(timeout=60)
