"""The pictures of the user guide (resources/help/images), taken from the window with
made-up demo data, offscreen:

    python scripts/guide_pictures.py              # English, into images/
    python scripts/guide_pictures.py --language fr   # French, into images/fr/

Run it again after a change to a window the guide shows, and look at the pictures.
The French guide (guide.fr.html) shows the English pictures until the French ones are
taken; taking them points it at images/fr/. Take them once every window the guide
shows is translated, or the pictures show English words in a French guide.
"""

from __future__ import annotations

import argparse
import os
import re
import tempfile
from datetime import datetime
from pathlib import Path

HELP = Path(__file__).resolve().parent.parent / "resources" / "help"
WIDTH = 760  # as wide as the guide's page shows them
# offscreen Qt pretends an 800 x 600 screen and windows keep within it: a desk monitor
SCREEN = '{"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080}]}'


def offscreen_screen(folder: Path) -> None:
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        config = folder / "screen.json"
        config.write_text(SCREEN, encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def fixed_clock() -> datetime:
    return datetime(2026, 11, 26, 9, 30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=("en", "fr"), default="en")
    args = parser.parse_args()
    target = HELP / "images" if args.language == "en" else HELP / "images" / args.language
    with tempfile.TemporaryDirectory() as folder:
        offscreen_screen(Path(folder))
        take_pictures(Path(folder), target, args.language)
    if args.language != "en":
        point_guide_at(args.language, target)
    return 0


def point_guide_at(language: str, target: Path) -> None:
    """The language's guide shows its own pictures from now on."""
    guide = HELP / f"guide.{language}.html"
    text = re.sub(
        r'src="images/(?:[a-z]{2}/)?', f'src="images/{language}/', guide.read_text("utf-8")
    )
    missing = [name for name in re.findall(r'src="([^"]+)"', text) if not (HELP / name).is_file()]
    if missing:
        raise SystemExit(f"{guide.name} still shows the English pictures; missing: {missing}")
    guide.write_text(text, encoding="utf-8")


def take_pictures(folder: Path, target: Path, language: str) -> None:
    # Qt is loaded only once the screen is set (above)
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QWidget

    from opcc_desk.app import open_context
    from opcc_desk.domain.enums import Priority, ReferralStatus
    from opcc_desk.services import contacts, demo, letters, matching, people, waitlist
    from opcc_desk.ui import i18n
    from opcc_desk.ui.letter_view import wait_until_ready
    from opcc_desk.ui.main import make_application
    from opcc_desk.ui.main_window import MainWindow

    def save(widget: QWidget, name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        picture = widget.grab()
        if picture.width() > WIDTH:
            picture = picture.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
        picture.save(str(target / f"{name}.png"))

    make_application()
    i18n.install(language)
    target.mkdir(parents=True, exist_ok=True)
    ctx = open_context(f"sqlite:///{folder / 'guide.sqlite3'}", clock=fixed_clock)
    demo.fill_demo_data(ctx, seed=3, therapists=40, clients=120, referrals=90)
    ctx.user = "front.desk"  # a demo database has no accounts; the desk always has one
    window = MainWindow(ctx)
    window.resize(1100, 680)
    window.show()
    window.tabs.setCurrentWidget(window.clients_tab)
    window.clients_tab.view.selectRow(2)
    save(window, "clients")

    editor = window.open_client("")
    assert editor is not None
    editor.resize(1280, 720)
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

    # the referral search: a client's last name, the referral chosen
    someone = next(r for r in tab.model.rows()[3:] if r.client_name.isascii())
    tab.search.setText(someone.client_name.split()[-1])
    tab.reload()
    tab.select_ids([someone.id])
    save(window, "referral-search")
    tab.search.clear()
    tab.reload()
    tab.select_ids([proposed.id])

    letter = tab.letter_actions.open_letter()
    assert letter is not None
    letter.resize(760, 760)
    wait_until_ready(letter.pane)  # the preview loads the stored PDF
    save(letter, "letter")
    letter.done(0)

    # a client's page: an open referral with its letter and a few made-up contacts
    story = next(r for r in tab.model.rows() if r.status.is_open and r.id != proposed.id)
    letters.generate_letter(ctx, story.id)
    for when, kind, direction, outcome, note in (
        (datetime(2026, 11, 19, 10, 5), "call", "out", "no_answer", ""),
        (datetime(2026, 11, 20, 14, 40), "voicemail", "out", "left_message", "Left our hours"),
        (datetime(2026, 11, 23, 16, 15), "email", "in", "reached", "Calls her after exams"),
        (datetime(2026, 11, 26, 9, 10), "call", "out", "reached", "First session next week"),
    ):
        contacts.add_contact(
            ctx,
            story.client_id,
            kind=kind,
            direction=direction,
            outcome=outcome,
            at=when,
            note=note,
            referral_id=story.id,
        )
    page = window.open_client_page(story.client_id)
    assert page is not None
    page.resize(1000, 680)
    page.sections.setCurrentIndex(1)  # the contact log
    save(page, "client-page")
    page.done(0)

    clinic = window.open_letterhead()
    assert clinic is not None
    save(clinic, "clinic")
    clinic.done(0)

    urgency = (Priority.HIGH, Priority.NORMAL, Priority.NORMAL)
    for row, priority in zip(rows[-3:], urgency, strict=True):
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


if __name__ == "__main__":
    raise SystemExit(main())
