"""Small holes: new folders, odd command-line bytes, the lockout's clock, what is audited."""

from __future__ import annotations

import stat
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from opcc_desk.__main__ import main
from opcc_desk.app import create_database, open_context
from opcc_desk.services import audit, reports
from opcc_desk.services.audit import AuditQuery
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import LoginRefused

PASSWORD = "correct horse battery"
NOW = datetime(2026, 11, 26, 9, 30)  # UTC, as every time is stored


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def toronto(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock is on Toronto time (UTC-5 in November)."""
    monkeypatch.setenv("TZ", "America/Toronto")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_init_into_a_missing_folder_makes_it_private(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", PASSWORD)
    database = tmp_path / "clinic" / "records" / "desk.sqlite3"
    assert main(["--db", f"sqlite:///{database}", "init", "--admin", "boss"]) == 0
    assert mode(tmp_path / "clinic") == 0o700 and mode(tmp_path / "clinic" / "records") == 0o700
    assert mode(database) == 0o600
    open_context(f"sqlite:///{database}", user="boss", password=PASSWORD).engine.dispose()


def test_folders_made_for_db_are_private(tmp_path: Path) -> None:
    database = tmp_path / "new" / "place" / "desk.sqlite3"
    open_context(f"sqlite:///{database}").engine.dispose()
    assert mode(tmp_path / "new") == 0o700 and mode(tmp_path / "new" / "place") == 0o700


def test_non_utf8_command_line_bytes_exit_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    garbled = b"C-\xff".decode("utf-8", "surrogateescape")  # as Python hands them over
    assert main(["--db", url, "match", garbled]) == 2
    err = capsys.readouterr().err
    assert "argument 4" in err and "not UTF-8" in err and "Traceback" not in err


@pytest.mark.parametrize("encrypted", [True, False])
def test_the_lockout_time_is_shown_in_local_time(
    tmp_path: Path, toronto: None, encrypted: bool
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    create_database(url, "boss", PASSWORD, encrypted=encrypted, clock=lambda: NOW).engine.dispose()
    message = ""
    for _attempt in range(6):
        with pytest.raises(LoginRefused) as refused:
            open_context(url, user="boss", password="wrong password", clock=lambda: NOW)
        message = str(refused.value)
    # five free tries, then a minute: 09:31 UTC is 04:31 on the clinic's wall
    assert "until 04:31" in message


def test_wrong_passwords_at_an_encrypted_file_are_audited_at_the_next_sign_in(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    create_database(url, "boss", PASSWORD).engine.dispose()
    for _attempt in range(2):
        with pytest.raises(LoginRefused):
            open_context(url, user="boss", password="not the password")
    ctx = open_context(url, user="boss", password=PASSWORD)
    failed = audit.search(ctx, AuditQuery(action="login_failed", record_ref="boss"))
    assert [entry.detail for entry in failed] == [
        "2 wrong password(s) at the encrypted file before this sign-in"
    ]
    ctx.engine.dispose()
    again = open_context(url, user="boss", password=PASSWORD)  # counted once, not again
    assert len(audit.search(again, AuditQuery(action="login_failed"))) == 1
    again.engine.dispose()


def test_the_directors_summary_is_audited(ctx: ServiceContext) -> None:
    reports.summary_pdf(ctx, date(2026, 1, 1), date(2026, 11, 25))
    entries = audit.search(ctx, AuditQuery(record_type="report"))
    assert len(entries) == 1
    assert entries[0].action == "view"
    assert "referral summary 2026-01-01 to 2026-11-25" in entries[0].detail
