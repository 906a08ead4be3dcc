"""The unit tests run without Qt: none of their modules, conftests or fixtures loads it.

pytest-qt imports PySide6 as soon as pytest starts, so the check runs pytest again in
a fresh interpreter without that plugin, collects every unit test and sets up each
one's fixtures (``--setup-only``: no test body runs), then looks at what was imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHECK = """
import json, sys
import pytest
code = pytest.main(sys.argv[1:])
loaded = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("PySide6", "shiboken6", "pytestqt")
    or name.startswith("opcc_desk.ui")
)
print(json.dumps({"exit": int(code), "loaded": loaded}))
"""


def test_unit_tests_and_their_fixtures_load_no_qt() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            CHECK,
            "-p",
            "no:pytest-qt",
            "-p",
            "no:cacheprovider",
            # without pytest-qt its settings in pyproject.toml are unknown keys
            "-o",
            "strict_config=false",
            "--setup-only",
            "-q",
            str(ROOT / "tests" / "unit"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["exit"] == 0, result.stdout[-4000:] + result.stderr[-4000:]
    assert report["loaded"] == [], "the unit tests loaded Qt or the ui package"
