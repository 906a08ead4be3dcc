"""Wrong passwords sent at once from several desks are each counted, so the lockout
cannot be dodged by guessing in parallel (SQLite without encryption, and PostgreSQL;
an encrypted file's lockout lives in its key file)."""

from __future__ import annotations

import threading
from datetime import datetime

import pytest
from sqlalchemy import select

from opcc_desk.app import create_database, open_context
from opcc_desk.db.models import UserRecord
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts
from opcc_desk.services.errors import DatabaseUnavailable, LoginRefused

ADMIN_PW = "admin pass phrase 1"
STAFF_PW = "staff pass phrase 1"
GUESSES = 20


def at_nine() -> datetime:
    return datetime(2026, 11, 26, 9, 0)


def test_parallel_wrong_passwords_are_all_counted_and_lock_the_account(db_url: str) -> None:
    admin = create_database(db_url, "boss", ADMIN_PW, encrypted=False, clock=at_nine)
    accounts.add_user(admin, "amy", STAFF_PW, Role.RECEPTION)
    # four desks, already past start-up (migrate=False: no sign-in yet)
    desks = [open_context(db_url, clock=at_nine, migrate=False) for _ in range(4)]
    start = threading.Barrier(GUESSES)
    outcomes: list[str] = []

    def guess(n: int) -> None:
        start.wait()
        for _ in range(5):  # a desk told "busy" tries again, as a person would
            try:
                accounts.sign_in(desks[n % len(desks)], "amy", f"wrong guess {n}")
            except LoginRefused as refused:
                outcomes.append("locked" if "locked" in str(refused) else "wrong")
                return
            except DatabaseUnavailable:
                continue
        outcomes.append("busy")

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(GUESSES)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        wrong = outcomes.count("wrong")
        assert wrong + outcomes.count("locked") == GUESSES
        with admin.transaction() as session:
            row = session.scalars(select(UserRecord).where(UserRecord.username == "amy")).one()
            # every guess that was checked against the hash was counted
            assert row.failed_logins == wrong >= 5
            assert row.locked_until is not None and row.locked_until > at_nine()
        with pytest.raises(LoginRefused, match="locked"):
            accounts.sign_in(admin, "amy", STAFF_PW)
    finally:
        for desk in [admin, *desks]:
            desk.engine.dispose()
