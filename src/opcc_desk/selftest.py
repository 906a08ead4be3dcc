"""`opcc-desk self-test`: a headless check that the installed program works.

It never touches the user's own database: everything happens in a temporary
folder that is removed afterwards.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from opcc_desk import __version__


def _check(out: TextIO, name: str, step: Callable[[], str]) -> bool:
    started = time.perf_counter()
    try:
        detail = step()
    except Exception as error:  # a self-test reports every failure instead of stopping
        out.write(f"FAIL {name}: {type(error).__name__}: {error}\n")
        return False
    out.write(f"PASS {name}: {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)\n")
    return True


def run_self_test(out: TextIO) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out.write(f"OPCC Desk {__version__} self-test\n")
    with tempfile.TemporaryDirectory(prefix="opcc-desk-selftest-") as folder:
        return _run(Path(folder), out)


def _run(folder: Path, out: TextIO) -> int:
    from opcc_desk.app import open_context
    from opcc_desk.services import demo, matching, people, referrals, transfer

    ctx = open_context(f"sqlite:///{folder / 'selftest.sqlite3'}")

    def database() -> str:
        counts = demo.fill_demo_data(ctx, seed=7, therapists=30, clients=40, referrals=20)
        clients = people.list_clients(ctx)
        if len(clients) != counts.clients:
            raise AssertionError(f"stored {counts.clients} clients, read back {len(clients)}")
        return (
            f"created, migrated, catalogue of {len(ctx.catalogue.approaches)} approaches, "
            f"{counts.therapists} therapists and {counts.clients} clients stored"
        )

    def files() -> str:
        exported = folder / "clients.csv"
        written = transfer.export_file(ctx, transfer.Kind.CLIENTS, exported)
        report = transfer.import_file(ctx, transfer.Kind.CLIENTS, exported)
        if report.added or report.updated:
            raise AssertionError("re-importing the export changed records")
        return f"{written} clients exported and re-imported unchanged"

    created: dict[str, int] = {}

    def match() -> str:
        for row in people.list_clients(ctx):
            result = matching.find_matches(ctx, row.id, limit=5)
            if result.matches:
                best = result.matches[0]
                referral = referrals.create_referral(
                    ctx, row.id, best.therapist_id, approach=best.approach or None
                )
                created["referral"] = referral
                return (
                    f"client {row.id}: {len(result.matches)} matches, best score {best.score}; "
                    f"referral {referral} proposed"
                )
        raise AssertionError("no demo client found a single match")

    def window() -> str:
        from opcc_desk.ui.main import make_application
        from opcc_desk.ui.main_window import MainWindow

        app = make_application()
        main = MainWindow(ctx)
        main.show()
        app.processEvents()
        shown = main.clients_tab.model.rowCount()
        picture = main.grab()
        main.close()
        if shown == 0 or picture.isNull():
            raise AssertionError("the window showed no clients")
        return f"{main.tabs.count()} tabs, {shown} clients listed, platform {app.platformName()}"

    def letter() -> str:
        from opcc_desk.services import letters
        from opcc_desk.ui.letter_view import pdf_text
        from opcc_desk.ui.main import make_application

        make_application()  # QtPdf reads the letter back, as the preview does
        referral = created["referral"]
        made = letters.generate_letter(ctx, referral, allow_missing=True)
        path = folder / "letter.pdf"
        letters.write_private_file(path, made.pdf)
        pages = pdf_text(path)
        text = " ".join(pages)
        for part in ("9-8-8", f"R-{referral}"):
            if part not in text:
                raise AssertionError(f"the letter's text read back lacks {part!r}")
        return (
            f"referral {referral}: letter version {made.info.version} stored, "
            f"{len(pages)} page(s), text read back"
        )

    def directory() -> str:
        # the website's templates are package data: this proves a bundle carries them
        from opcc_desk.services import directory

        published = directory.publish(ctx, folder / "directory")
        index = (folder / "directory" / "index.html").read_text(encoding="utf-8")
        if published.therapists == 0 or 'lang="en"' not in index:
            raise AssertionError("the published directory's index lists no therapist")
        if not (folder / "directory" / "fr" / "index.html").is_file():
            raise AssertionError("the published directory has no French pages")
        return f"{published.therapists} therapists, {published.files} files published"

    ok = _check(out, "database", database)
    ok = ok and _check(out, "import/export", files)
    ok = ok and _check(out, "match", match)
    ok = ok and _check(out, "window", window)
    ok = ok and _check(out, "letter", letter)
    ok = ok and _check(out, "directory", directory)
    ctx.engine.dispose()
    out.write("self-test passed\n" if ok else "self-test FAILED\n")
    return 0 if ok else 1
