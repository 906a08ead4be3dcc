"""SIGKILL in the middle of an import or of edits loses nothing that was committed.

A short run of scripts/crash_test.py (the full run is 200 rounds; its figure is
in the README).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "crash_test.py"


def test_killed_program_leaves_an_intact_database_with_every_committed_change() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--rounds", "4", "--seed", "3"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "survived 4 of 4 SIGKILLs" in result.stdout
