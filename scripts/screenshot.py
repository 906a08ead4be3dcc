"""Pictures of the window with demo data, for the README and for looking at changes.

    python scripts/screenshot.py docs/screenshot.png [--all]

Runs offscreen on a throwaway database; with --all it also saves the starting
window, the match view, the editors and the settings dialog next to the main picture.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from opcc_desk.app import open_context
from opcc_desk.services import demo, matching, people
from opcc_desk.ui.main import make_application, show_starting_window
from opcc_desk.ui.main_window import MainWindow


def fixed_clock() -> datetime:
    return datetime(2026, 11, 26, 9, 30)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", type=Path)
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    app = make_application()
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(f"sqlite:///{Path(folder) / 'shot.sqlite3'}", clock=fixed_clock)
        demo.fill_demo_data(ctx, seed=3, therapists=60, clients=250, referrals=180)
        window = MainWindow(ctx, location="~/.local/share/opcc-desk/opcc-desk.sqlite3")
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        args.target.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.target))
        if args.all:
            stem = args.target.with_suffix("")
            starting = show_starting_window()  # the frame shown while the program loads
            starting.resize(1280, 760)
            app.processEvents()
            starting.grab().save(f"{stem}-starting.png")
            starting.close()
            for index, name in ((1, "therapists"), (2, "referrals")):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
                window.grab().save(f"{stem}-{name}.png")
            window.tabs.setCurrentIndex(0)
            rows = people.list_clients(ctx)
            best = max(rows[:80], key=lambda r: len(matching.find_matches(ctx, r.id).matches))
            dialog = window.open_matches(best.id)
            app.processEvents()
            dialog.grab().save(f"{stem}-matches.png")
            dialog.close()
            editor = window.open_client(best.id)
            app.processEvents()
            editor.grab().save(f"{stem}-client-editor.png")
            editor.done(0)
            editor = window.open_therapist(window.therapists_tab.model.rows()[0].id)
            app.processEvents()
            editor.grab().save(f"{stem}-therapist-editor.png")
            editor.done(0)
            settings = window.open_match_settings()
            app.processEvents()
            settings.grab().save(f"{stem}-settings.png")
            settings.close()
        window.close()
        ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
