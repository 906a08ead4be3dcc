"""Guards against a Qt binding that corrupts Python's reference counts.

PySide6 6.12.0 under Python 3.11 took a reference away from None (and from
True/False) on every call that returns them; after a few thousand calls the
interpreter aborted. A day at the desk makes millions of such calls, so the
installed binding must survive a long run of them. It runs in a child process
so that an abort fails this test instead of killing the whole test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap


def test_many_qt_calls_leave_none_and_bools_intact() -> None:
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QCheckBox, QLabel
        app = QApplication([])
        label, box = QLabel(), QCheckBox()
        before = sys.getrefcount(None), sys.getrefcount(True)
        for i in range(60_000):
            label.setText("x")
            box.setChecked(i % 2 == 0)
            label.isVisible()
            box.isChecked()
        after = sys.getrefcount(None), sys.getrefcount(True)
        print("survived", before, after)
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("survived")
