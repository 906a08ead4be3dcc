"""The key file of an encrypted database, changed by several processes at once: every
wrong password counts, a removed user's slot never comes back, and nobody crashes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

import opcc_desk
from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts
from opcc_desk.services.errors import LoginRefused

ADMIN_PW = "admin pass phrase 1"
GUESSES = 20
CHURNERS = {"amy": "amy pass phrase 1", "dora": "dora pass phrase 1", "eve": "eve pass phrase 1"}


def at_nine() -> datetime:
    return datetime(2026, 11, 26, 9, 0)


def environment() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(Path(opcc_desk.__file__).parents[1]))


@pytest.fixture
def clinic(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    boss = create_database(url, "boss", ADMIN_PW)
    for name, password in CHURNERS.items():
        accounts.add_user(
            boss, name, password, Role.RECEPTION,
            keystore=keystore_for(url), database_key=boss.database_key,
        )  # fmt: skip
    boss.engine.dispose()
    return url


def slots(url: str) -> dict[str, dict[str, object]]:
    path = Path(url.removeprefix("sqlite:///") + ".keys")
    users: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))["users"]
    return users


def test_twenty_wrong_passwords_at_once_lock_the_account(clinic: str) -> None:
    env = dict(environment(), OPCC_DESK_PASSWORD="not amy's password")
    command = [sys.executable, "-m", "opcc_desk", "--db", clinic, "--user", "amy", "db", "upgrade"]
    guesses = [
        subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(GUESSES)
    ]
    results = [(guess.wait(timeout=300), guess.stderr.read()) for guess in guesses if guess.stderr]
    assert [code for code, _ in results] == [2] * GUESSES, results  # refused, none crashed
    assert all(b"wrong" in err or b"locked" in err for _, err in results)
    amy = slots(clinic)["amy"]
    assert int(str(amy["failures"])) >= 5 and amy["locked_until"]
    with pytest.raises(LoginRefused, match="locked"):
        open_context(clinic, user="amy", password=CHURNERS["amy"], clock=at_nine)


CHURN = """
import sys
from datetime import datetime
from pathlib import Path
from opcc_desk.db.keystore import Keystore, KeystoreError

database, user, password = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
now = datetime(2026, 11, 26, 9, 0)
for round in range(6):
    # a wrong password then the right one: both write the key file back
    try:
        Keystore.load(database).unwrap(user, "a wrong guess", now)
    except KeystoreError:
        pass
    Keystore.load(database).unwrap(user, password, now)
    if round == 0:
        print("churning", flush=True)
"""


@pytest.mark.parametrize("round_", range(3))
def test_sign_ins_during_a_removal_never_bring_the_slot_back(clinic: str, round_: int) -> None:
    database = clinic.removeprefix("sqlite:///")
    boss = open_context(clinic, user="boss", password=ADMIN_PW, clock=at_nine)
    accounts.add_user(
        boss, "zed", "zed pass phrase 1", Role.RECEPTION,
        keystore=keystore_for(clinic), database_key=boss.database_key,
    )  # fmt: skip
    churners = [
        subprocess.Popen(
            [sys.executable, "-c", CHURN, database, name, password],
            env=environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for name, password in CHURNERS.items()
    ]
    for churner in churners:
        assert churner.stdout is not None
        assert churner.stdout.readline().strip() == b"churning"
    accounts.remove_user(boss, "zed", keystore=keystore_for(clinic))
    boss.engine.dispose()
    for churner in churners:
        assert churner.wait(timeout=300) == 0, churner.stderr.read() if churner.stderr else ""
    assert "zed" not in slots(clinic)
    assert all(slots(clinic)[name]["failures"] == 0 for name in CHURNERS)
    with pytest.raises(LoginRefused):
        open_context(clinic, user="zed", password="zed pass phrase 1", clock=at_nine)
