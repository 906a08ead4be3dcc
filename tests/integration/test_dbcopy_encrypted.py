"""``db copy --to sqlite:///...`` writes an encrypted file with the staff's key slots, and is
audited; an unencrypted copy only when asked for by name, with a warning."""

from __future__ import annotations

from pathlib import Path

import pytest

from opcc_desk.__main__ import main
from opcc_desk.app import create_database, open_context
from opcc_desk.db.keystore import keystore_path
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, audit, dbcopy, demo, people
from opcc_desk.services.audit import AuditQuery
from opcc_desk.services.errors import LoginRequired, ServiceError

ADMIN_PW = "correct horse battery"
STAFF_PW = "reception pass 1"
PLAIN_HEADER = b"SQLite format 3\x00"


def make_clinic(url: str, *, encrypted: bool = True) -> str:
    """A clinic with an admin, a receptionist and demo people; returns a client's last name."""
    ctx = create_database(url, "boss", ADMIN_PW, encrypted=encrypted)
    accounts.sign_in(ctx, "boss", ADMIN_PW)
    accounts.add_user(
        ctx,
        "desk",
        STAFF_PW,
        Role.RECEPTION,
        keystore=accounts.keystore_of(ctx),
        database_key=ctx.database_key,
    )
    demo.fill_demo_data(ctx, seed=5, therapists=4, clients=12, referrals=0)
    name = people.get_client(ctx, people.list_clients(ctx)[0].id).last_name
    ctx.engine.dispose()
    return name


def copies_logged(url: str) -> list[str]:
    ctx = open_context(url, user="boss", password=ADMIN_PW)
    details = [
        entry.detail
        for entry in audit.search(ctx, AuditQuery(record_type="database"))
        if "whole database copied" in entry.detail
    ]
    ctx.engine.dispose()
    return details


def test_a_copy_of_an_encrypted_file_is_encrypted_for_every_account(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    name = make_clinic(source)
    copy_file = tmp_path / "copy.sqlite3"
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert (
        main(["--db", source, "--user", "boss", "db", "copy", "--to", f"sqlite:///{copy_file}"])
        == 0
    )
    assert "The copy is encrypted" in capsys.readouterr().out

    raw = copy_file.read_bytes()
    assert not raw.startswith(PLAIN_HEADER)
    assert name.encode("utf-8") not in raw and b"argon2" not in raw
    assert (copy_file.stat().st_mode & 0o077) == 0
    assert (keystore_path(copy_file).stat().st_mode & 0o077) == 0
    with pytest.raises(LoginRequired):
        open_context(f"sqlite:///{copy_file}")
    for user, password in (("boss", ADMIN_PW), ("desk", STAFF_PW)):
        copy = open_context(f"sqlite:///{copy_file}", user=user, password=password)
        assert len(people.list_clients(copy)) == 12
        copy.engine.dispose()
    assert len(copies_logged(source)) == 1
    assert "encrypted file" in copies_logged(source)[0]


@pytest.mark.postgresql
def test_a_copy_from_the_server_is_encrypted_for_the_signed_in_user(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    name = make_clinic(pg_url)
    copy_file = tmp_path / "from-server.sqlite3"
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert (
        main(["--db", pg_url, "--user", "boss", "db", "copy", "--to", f"sqlite:///{copy_file}"])
        == 0
    )
    raw = copy_file.read_bytes()
    assert not raw.startswith(PLAIN_HEADER) and name.encode("utf-8") not in raw
    copy = open_context(f"sqlite:///{copy_file}", user="boss", password=ADMIN_PW)
    assert len(people.list_clients(copy)) == 12
    copy.engine.dispose()
    assert len(copies_logged(pg_url)) == 1


def test_unencrypted_only_when_asked_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    make_clinic(source)
    copy_file = tmp_path / "plain.sqlite3"
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    args = ["--db", source, "--user", "boss", "db", "copy", "--to", f"sqlite:///{copy_file}"]
    assert main([*args, "--unencrypted"]) == 0
    assert "NOT encrypted" in capsys.readouterr().err
    assert copy_file.read_bytes().startswith(PLAIN_HEADER)
    assert not keystore_path(copy_file).exists()
    assert "UNENCRYPTED" in copies_logged(source)[0]


def test_a_source_without_accounts_is_refused_and_leaves_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    ctx = open_context(source)
    demo.fill_demo_data(ctx, seed=2, therapists=2, clients=3, referrals=0)
    ctx.engine.dispose()
    copy_file = tmp_path / "copy.sqlite3"
    assert main(["--db", source, "db", "copy", "--to", f"sqlite:///{copy_file}"]) == 2
    assert "--unencrypted" in capsys.readouterr().err
    assert not copy_file.exists() and not keystore_path(copy_file).exists()


def test_a_wrong_password_for_the_new_key_is_refused(tmp_path: Path) -> None:
    source = f"sqlite:///{tmp_path / 'plain-source.sqlite3'}"
    make_clinic(source, encrypted=False)
    copy_file = tmp_path / "copy.sqlite3"
    ctx = open_context(source, user="boss", password=ADMIN_PW)
    with pytest.raises(ServiceError):
        dbcopy.copy_database(ctx, f"sqlite:///{copy_file}", password="not the password")
    assert not copy_file.exists() and not keystore_path(copy_file).exists()
    report = dbcopy.copy_database(ctx, f"sqlite:///{copy_file}", password=ADMIN_PW)
    assert report.encrypted and report.key_holders == ["boss"]
    ctx.engine.dispose()
    assert not copy_file.read_bytes().startswith(PLAIN_HEADER)
