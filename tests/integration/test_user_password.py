"""`opcc-desk user password`: your own password, or an admin setting a new one for a
colleague who forgot theirs or is locked out; on an encrypted file the key file follows."""

from __future__ import annotations

from pathlib import Path

import pytest

from opcc_desk.__main__ import main
from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts
from opcc_desk.services.errors import LoginRefused

ADMIN_PW = "admin pass phrase 1"
STAFF_PW = "staff pass phrase 1"
NEW_PW = "a brand new phrase 2"


@pytest.fixture
def clinic(tmp_path: Path) -> str:
    """An encrypted clinic with an admin (boss) and a receptionist (amy)."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    ctx = create_database(url, "boss", ADMIN_PW)
    accounts.add_user(
        ctx,
        "amy",
        STAFF_PW,
        Role.RECEPTION,
        keystore=keystore_for(url),
        database_key=ctx.database_key,
    )
    ctx.engine.dispose()
    return url


def signs_in(url: str, user: str, password: str) -> bool:
    try:
        open_context(url, user=user, password=password).engine.dispose()
    except LoginRefused:
        return False
    return True


def test_a_receptionist_changes_her_own_password(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", STAFF_PW)
    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", NEW_PW)
    assert main(["--db", clinic, "--user", "amy", "user", "password"]) == 0
    assert "password is changed" in capsys.readouterr().out
    assert signs_in(clinic, "amy", NEW_PW)
    assert not signs_in(clinic, "amy", STAFF_PW)


def test_a_receptionist_cannot_set_someone_elses_password(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", STAFF_PW)
    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", NEW_PW)
    assert main(["--db", clinic, "--user", "amy", "user", "password", "boss"]) == 2
    assert "admin account" in capsys.readouterr().err
    assert signs_in(clinic, "boss", ADMIN_PW)


def test_an_admin_sets_a_new_password_for_a_locked_out_colleague(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(6):
        assert not signs_in(clinic, "amy", "not her password at all")
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", NEW_PW)
    assert main(["--db", clinic, "--user", "boss", "user", "password", "amy"]) == 0
    assert "no longer locked out" in capsys.readouterr().out
    assert signs_in(clinic, "amy", NEW_PW)  # the key file's copy is wrapped anew, unlocked


def test_a_weak_or_unknown_target_changes_nothing(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", "short")
    assert main(["--db", clinic, "--user", "boss", "user", "password", "amy"]) == 2
    assert "at least 10 characters" in capsys.readouterr().err
    monkeypatch.setenv("OPCC_DESK_NEW_PASSWORD", NEW_PW)
    assert main(["--db", clinic, "--user", "boss", "user", "password", "zoë"]) == 2
    assert "no active user named 'zoë'" in capsys.readouterr().err
    monkeypatch.setenv("OPCC_DESK_PASSWORD", "wrong current one")
    assert main(["--db", clinic, "--user", "boss", "user", "password"]) == 2
    assert signs_in(clinic, "amy", STAFF_PW) and signs_in(clinic, "boss", ADMIN_PW)
