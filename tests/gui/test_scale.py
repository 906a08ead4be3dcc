"""The window at 100 %, 150 % and 200 % (QT_SCALE_FACTOR) on a 1920 x 1080 screen: the
main window, every dialog its menus open, and the client and therapist forms fit in
the screen's free area, so every button stays within reach.

The scale factor is read when Qt starts, so each scale runs in a fresh interpreter.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

WALK = """
import json, sys
from PySide6.QtWidgets import QApplication, QDialog
from opcc_desk.app import open_context
from opcc_desk.services import demo, people
from opcc_desk.ui import dialogs
from opcc_desk.ui.main import make_application
from opcc_desk.ui.main_window import MainWindow

for name in ("show_error", "show_info"):
    setattr(dialogs, name, lambda *_args: None)
for name in ("choose_open_path", "choose_save_path", "choose_folder", "ask_number",
             "ask_password", "ask_reason", "ask_note", "ask_choice", "show_passphrase"):
    setattr(dialogs, name, lambda *_args, **_kwargs: None)
dialogs.ask_yes_no = lambda *_args: False

app = make_application(fonts=False)
ctx = open_context(sys.argv[1])
demo.fill_demo_data(ctx, seed=3, therapists=6, clients=12, referrals=4)
window = MainWindow(ctx)
window.show()
app.processEvents()
area = window.screen().availableGeometry()
seen = {}

def look():
    app.processEvents()
    for shown in QApplication.topLevelWidgets():
        if shown.isVisible() and shown.isWindow():
            least = shown.minimumSizeHint().expandedTo(shown.minimumSize())
            seen[type(shown).__name__] = {
                "size": [shown.width(), shown.height()],
                "least": [least.width(), least.height()],
                "inside": area.contains(shown.geometry()),
            }

def close_dialogs():
    for shown in QApplication.topLevelWidgets():
        if isinstance(shown, QDialog) and shown.isVisible():
            shown.done(0)
    app.processEvents()

for index in range(window.tabs.count()):
    window.tabs.setCurrentIndex(index)
    look()
for top in window.menuBar().actions():
    for action in top.menu().actions():
        text = action.text().replace("&", "")
        if action.isSeparator() or text in ("Quit", "Lock now"):
            continue
        action.trigger()
        look()
        close_dialogs()
window.open_matches(people.list_clients(ctx)[0].id)
look()
close_dialogs()
print(json.dumps({"area": [area.width(), area.height()], "windows": seen}))
"""


@pytest.mark.parametrize("scale", ["1", "1.5", "2"])
def test_every_window_fits_the_screen(tmp_path: Path, scale: str) -> None:
    screen = ROOT / "tests" / "data" / "offscreen-screen.json"  # 1920 x 1080
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR=scale,
        PYTHONPATH=os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")]),
    )
    result = subprocess.run(
        [sys.executable, "-c", WALK, f"sqlite:///{tmp_path / 'desk.sqlite3'}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    width, height = report["area"]
    assert (width, height) == (round(1920 / float(scale)), round(1080 / float(scale)))
    windows = report["windows"]
    assert {"MainWindow", "ClientEditor", "TherapistEditor", "MatchDialog"} <= set(windows)
    # the frame and title bar around a window need some room too
    room_width, room_height = width - 16, height - 48
    too_big = {
        name: shape
        for name, shape in windows.items()
        if not shape["inside"] or shape["least"][0] > room_width or shape["least"][1] > room_height
    }
    assert too_big == {}, report
