"""Two processes, two "workstations", editing the same records at the same time.

Runs scripts/two_desks.py (which README quotes with --edits 10000) with fewer edits
to keep the suite quick: every edit of both desks must end up in the records, every
save must produce the next version exactly once, and every refused save must be a
real conflict. A negative control shows the checks do catch lost updates.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "two_desks.py"


def two_desks(url: str, edits: int, *extra: str) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--db", url, "--edits", str(edits), "--json", *extra],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.stdout.strip(), done.stderr[-3000:]
    return done.returncode, json.loads(done.stdout.strip().splitlines()[-1])


def show(verdict: dict[str, Any]) -> None:
    """The counts, for the test log (pytest -s or -rA shows them)."""
    desks = ", ".join(
        f"desk {d['desk']} {d['saved']} saved / {d['conflicts']} conflicts"
        for d in verdict["desks"]
    )
    print(
        f"\n{verdict['database']}: {verdict['edits']} edits, {desks}; stored "
        f"{verdict['stored_edits']}, lost {verdict['lost_updates']}, "
        f"real conflicts {verdict['real_conflicts']}/{verdict['conflicts']}, "
        f"{verdict['seconds']:.1f} s"
    )


def check(verdict: dict[str, Any], edits: int) -> None:
    assert verdict["problems"] == []
    assert verdict["stored_edits"] == edits
    assert verdict["lost_updates"] == 0
    assert verdict["version_chain_ok"] is True
    assert verdict["conflicts"] > 0  # the desks really did collide
    assert verdict["real_conflicts"] == verdict["conflicts"]
    assert sum(d["saved"] for d in verdict["desks"]) == edits


@pytest.mark.postgresql
def test_two_desks_on_the_server_lose_no_update(pg_url: str) -> None:
    code, verdict = two_desks(pg_url, 2_000)
    show(verdict)
    assert code == 0
    check(verdict, 2_000)


def test_two_desks_on_one_file_lose_no_update(tmp_path: Path) -> None:
    code, verdict = two_desks(f"sqlite:///{tmp_path / 'shared.sqlite3'}", 400)
    show(verdict)
    assert code == 0
    check(verdict, 400)


def test_the_checks_catch_a_desk_that_saves_blindly(tmp_path: Path) -> None:
    """Negative control: saving over whatever is stored ("last save wins") loses
    updates, and the run says so and fails."""
    url = f"sqlite:///{tmp_path / 'blind.sqlite3'}"
    code, verdict = two_desks(url, 300, "--blind-overwrite")
    show(verdict)
    assert code == 1
    assert verdict["lost_updates"] > 0
    assert verdict["stored_edits"] < 300
