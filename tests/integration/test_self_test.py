"""The installed program checks itself, as the IT helper would run it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def test_self_test_command_passes_and_leaves_no_database_behind(private_home: Path) -> None:
    program = Path(sys.executable).with_name("opcc-desk")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(program), "self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for check in ("database", "import/export", "match", "window", "directory"):
        assert any(line.startswith(f"PASS {check}:") for line in lines), check
    assert lines[-1] == "self-test passed"
    assert not list(private_home.rglob("*.sqlite3"))  # the user's data folder is untouched
