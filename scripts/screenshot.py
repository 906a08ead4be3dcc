"""Pictures of the window with demo data, for the README and for looking at changes.

    python scripts/screenshot.py docs/screenshot.png [--all] [--mapping] [--client-page]
                                 [--dark] [--scale 2] [--lang fr]

Runs offscreen on a throwaway database, on a pretend 1920 x 1080 screen; with --all it
also saves the starting window, the match view, the editors and the settings dialog
next to the main picture; with --mapping, the intake import's mapping step for a
made-up form export; with --client-page, one demo client's page after a few made-up
calls and messages; with --dark, in a dark palette, and the other two tabs too
(docs/screenshot-dark.png gives docs/screenshot-dark-therapists.png and
docs/screenshot-dark-referrals.png); with --scale, everything at that scale factor
(QT_SCALE_FACTOR), to look at the window at 150 % or 200 %; with --lang fr (or
OPCC_DESK_LANG=fr), the window in French, and the other two tabs too
(docs/screenshot-fr.png gives docs/screenshot-fr-therapists.png and
docs/screenshot-fr-referrals.png). Without either, English: the user's saved choice
is not read.
"""

from __future__ import annotations

import argparse
import os
import tempfile
from datetime import datetime
from pathlib import Path

SCREEN = '{"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1920, "height": 1080}]}'


def offscreen_screen(folder: Path) -> None:
    """Offscreen Qt pretends an 800 x 600 screen, and windows are kept within their
    screen: give it a common desk monitor instead."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
        config = folder / "screen.json"
        config.write_text(SCREEN, encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


from opcc_desk.app import open_context
from opcc_desk.services import contacts, demo, letters, matching, people, referrals
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import i18n, theme
from opcc_desk.ui.import_preview import ImportPreviewDialog
from opcc_desk.ui.main import make_application, show_starting_window
from opcc_desk.ui.main_window import MainWindow

# A "Get Matched" export as a form tool writes it, made-up people; two answers that
# the suggestions cannot read show how the mapping step marks them.
DEMO_EXPORT = """\
Timestamp,First name,Last name,Email address,Phone number,Which of these are you hoping to work on?,Would you prefer to meet in person or online?,How much can you pay per session?,When are you available? (check all that apply),Preferred language,May we contact you by email or phone?,Source
2026/11/02 2:33:12 PM EST,Zoë,François,zoe.francois@example.ca,,"Low self-worth, Anxiety or worry",Virtual,$90–$120,"Evenings (weekdays), Weekend mornings",English,"Yes, you may contact me",Instagram
2026/11/03 9:05:47 AM EST,小明,王,xiaoming.wang@example.ca,416-555-0134,"Grief and loss, Feeling numb",In person,Under $80,Weekend mornings,English,"Yes, you may contact me",Friend
2026/11/04 7:41:03 PM EST,ليلى,حداد,,613-555-0199,"Stress and burnout, Something else",Either is fine,Sliding scale please,Evenings (weekdays),French,"Yes, you may contact me",
2026/11/05 11:12:09 AM EST,Hélène,Côté,helene.cote@example.ca,,"Repeating relationship patterns, Low self-worth",Virtual,No limit,Weekend mornings,French,"Yes, you may contact me",Doctor
"""


def fixed_clock() -> datetime:
    return datetime(2026, 11, 26, 9, 30)


def _client_with_a_story(ctx: ServiceContext) -> str:
    """A demo client with an open referral, a letter and a few contacts (made-up notes)."""
    row = next(r for r in referrals.list_referrals(ctx) if r.status.is_open)
    letters.generate_letter(ctx, row.id)
    ctx.user = "front.desk"  # a demo database has no accounts; the desk always has one
    for when, kind, direction, outcome, note in (
        (datetime(2026, 11, 19, 10, 5), "call", "out", "no_answer", ""),
        (datetime(2026, 11, 20, 14, 40), "voicemail", "out", "left_message", "Left our hours"),
        (datetime(2026, 11, 23, 16, 15), "email", "in", "reached", "Calls her after exams"),
        (datetime(2026, 11, 26, 9, 10), "call", "out", "reached", "First session next week"),
    ):
        contacts.add_contact(
            ctx,
            row.client_id,
            kind=kind,
            direction=direction,
            outcome=outcome,
            at=when,
            note=note,
            referral_id=row.id,
        )
    return row.client_id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("target", type=Path)
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--mapping", action="store_true")
    parser.add_argument("--client-page", action="store_true")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--scale", type=float, default=0)
    parser.add_argument(
        "--lang", choices=i18n.LANGUAGES, default=os.environ.get(i18n.LANG_ENV, "en").lower()
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        offscreen_screen(Path(folder))
        if args.scale:
            os.environ["QT_SCALE_FACTOR"] = str(args.scale)
        app = make_application()
        if args.dark:
            app.setStyle("Fusion")  # a style that draws with the palette it is given
            app.setPalette(theme.dark_palette())
        if i18n.install(args.lang) != args.lang:
            parser.error(f"no translation for {args.lang}: run scripts/translations.sh build")
        ctx = open_context(f"sqlite:///{Path(folder) / 'shot.sqlite3'}", clock=fixed_clock)
        demo.fill_demo_data(ctx, seed=3, therapists=60, clients=250, referrals=180)
        window = MainWindow(ctx, location="~/.local/share/opcc-desk/opcc-desk.sqlite3")
        window.resize(1280, 760)
        window.show()
        app.processEvents()
        args.target.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(args.target))
        if args.dark or args.lang != "en":  # the other two tabs as well, next to the target
            stem = args.target.with_suffix("")
            for index, name in ((1, "therapists"), (2, "referrals")):
                window.tabs.setCurrentIndex(index)
                app.processEvents()
                window.grab().save(f"{stem}-{name}.png")
            window.tabs.setCurrentIndex(0)
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
            # the referral search: a client's last name, and the referral chosen
            tab = window.referrals_tab
            someone = next(r for r in tab.model.rows()[3:] if r.client_name.isascii())
            tab.search.setText(someone.client_name.split()[-1])
            tab.reload()
            tab.select_ids([someone.id])
            app.processEvents()
            window.grab().save(f"{stem}-referral-search.png")
            tab.search.clear()
            tab.reload()
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
        if args.mapping or args.all:
            export = Path(folder) / "get-matched-export.csv"
            export.write_text(DEMO_EXPORT, encoding="utf-8")
            stem = args.target.with_suffix("")
            dialog = ImportPreviewDialog(ctx, export, window)
            dialog.show()
            app.processEvents()
            dialog.grab().save(f"{stem}-import-mapping.png")
            dialog.close()
        if args.client_page or args.all:
            client_id = _client_with_a_story(ctx)
            page = window.open_client_page(client_id)
            assert page is not None
            page.sections.setCurrentIndex(1)  # the contact log
            app.processEvents()
            page.grab().save(f"{args.target.with_suffix('')}-client-page.png")
            page.close()
        window.close()
        ctx.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
