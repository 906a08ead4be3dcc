"""The pictures of the user guide (resources/help/images), taken from the window with
made-up demo data, offscreen:

    python scripts/guide_pictures.py

Run it again after a change to a window the guide shows, and look at the pictures.
"""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from opcc_desk.app import open_context
from opcc_desk.domain.enums import Priority, ReferralStatus
from opcc_desk.services import demo, matching, people, waitlist
from opcc_desk.ui.letter_view import wait_until_ready
from opcc_desk.ui.main import make_application
from opcc_desk.ui.main_window import MainWindow

TARGET = Path(__file__).resolve().parent.parent / "resources" / "help" / "images"
WIDTH = 760  # as wide as the guide's page shows them


def fixed_clock() -> datetime:
    return datetime(2026, 11, 26, 9, 30)


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    picture = widget.grab()
    if picture.width() > WIDTH:
        picture = picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    picture.save(str(TARGET / f"{name}.png"))


def main() -> int:
    app = make_application()
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(f"sqlite:///{Path(folder) / 'guide.sqlite3'}", clock=fixed_clock)
        demo.fill_demo_data(ctx, seed=3, therapists=40, clients=120, referrals=90)
        window = MainWindow(ctx)
        window.resize(1100, 680)
        window.show()
        window.tabs.setCurrentWidget(window.clients_tab)
        window.clients_tab.view.selectRow(2)
        save(window, "clients")

        editor = window.open_client("")
        assert editor is not None
        editor.resize(1100, 680)
        save(editor, "intake")
        editor.done(0)

        rows = people.list_clients(ctx)
        best = max(rows[:60], key=lambda r: len(matching.find_matches(ctx, r.id).matches))
        matches = window.open_matches(best.id)
        assert matches is not None
        matches.resize(1000, 640)
        save(matches, "matches")
        matches.done(0)

        tab = window.referrals_tab
        window.tabs.setCurrentWidget(tab)
        proposed = next(r for r in tab.model.rows() if r.status is ReferralStatus.PROPOSED)
        tab.select_ids([proposed.id])
        save(window, "referrals")

        letter = tab.letter_actions.open_letter()
        assert letter is not None
        letter.resize(760, 760)
        wait_until_ready(letter.pane)  # the preview loads the stored PDF
        for _ in range(20):
            QApplication.processEvents()
        save(letter, "letter")
        letter.done(0)

        for row, priority in zip(rows[-3:], (Priority.HIGH, Priority.NORMAL, Priority.NORMAL)):
            waitlist.add_to_waitlist(ctx, row.id, priority)
        waiting = window.open_waitlist()
        assert waiting is not None
        waiting.resize(900, 420)
        save(waiting, "waitlist")
        waiting.done(0)

        window.tabs.setCurrentWidget(window.therapists_tab)
        save(window, "directory")
        window.close()
        ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
