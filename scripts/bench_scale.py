"""Ten years of a busy clinic: how quick does OPCC Desk stay? Prints figures, asserts nothing.

Each figure is printed with its baseline (the same work done by SQLite alone or by a
bare PySide6 window, measured in the same run, or the issue's fixed target) and the
ratio. Timings are medians over repeats, with baseline and measured runs interleaved,
because the machine may be shared. Window start-ups and memory run in fresh processes.

    .venv/bin/python scripts/bench_scale.py [--db FILE] [--build] [--repeats 5]

--build makes the clinic first (demo-data 100,000 / 2,000 / 250,000) and times it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TODAY = datetime(2026, 11, 26, 9, 0)

BARE_WINDOW = """
import time; t = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget
app = QApplication([])
w = QMainWindow(); w.setCentralWidget(QTabWidget()); w.resize(1200, 800); w.show()
app.processEvents()
print(time.perf_counter() - t)
"""

# The same steps as the opcc-desk command started from its icon (no words; the
# database from OPCC_DESK_DB): opcc_desk.__main__.main, then ui.main.run_gui. The
# entry point's imports and arguments, the starting window painted (Qt alone), then
# the log file, the database layer, the database, and the full window in the frame's
# place with the first page of clients and the referrals' follow-ups listed.
DESK_WINDOW = """
import time; t = time.perf_counter()
import os, sys
os.environ["OPCC_DESK_DB"] = sys.argv[1]  # started from its icon: no words, this database
import opcc_desk.__main__ as entry
from opcc_desk.ui.main import (
    make_application, open_for_window, open_main_window, show_starting_window,
    use_bundled_fonts)
args = entry.parse([])
url = entry.resolve_db_url(args.db)
app = make_application([], fonts=False)
starting = show_starting_window()
shown = time.perf_counter() - t
entry.setup_logging(args.debug)
use_bundled_fonts(app)
ctx = open_for_window(url, starting)
window = open_main_window(ctx, url, starting)
app.processEvents()
assert window.clients_tab.model.rowCount() > 0
print(shown, time.perf_counter() - t)
"""

SCROLL_REFERRALS = """
import resource, sys
from PySide6.QtWidgets import QApplication, QTableView
from opcc_desk.app import open_context
from opcc_desk.services import referrals
from opcc_desk.ui.table_models import LazyReferralTableModel, ReferralTableModel
app = QApplication([])
ctx = open_context(sys.argv[1])
view = QTableView(); view.resize(1200, 800); view.show()
if sys.argv[2] == "lazy":
    def fetch(last, limit):
        after = referrals.PageKey(last.created_at, last.id) if last else None
        return referrals.page(ctx, after=after, limit=limit)
    model = LazyReferralTableModel(page_size=500)
    model.restart(fetch)
    view.setModel(model)
    while model.canFetchMore():
        view.scrollToBottom(); app.processEvents()
else:
    model = ReferralTableModel(); model.set_rows(referrals.list_referrals(ctx))
    view.setModel(model); view.scrollToBottom(); app.processEvents()
print(model.rowCount(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

# The whole program: the main window on the clinic, its Referrals tab scrolled to the
# very last of the 250,000 referrals, a page at a time as the view asks for more.
SCROLL_WINDOW = """
import resource, sys
from opcc_desk.ui.main import (
    make_application, open_for_window, open_main_window, show_starting_window)
app = make_application([])
starting = show_starting_window()
ctx = open_for_window(sys.argv[1], starting)
window = open_main_window(ctx, sys.argv[1], starting)
window.connection.stop()
window.tabs.setCurrentWidget(window.referrals_tab)
app.processEvents()
view = window.referrals_tab.view
while True:
    before = view.model().rowCount()
    view.scrollToBottom(); app.processEvents()
    if view.model().rowCount() == before:
        break
print(view.model().rowCount(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
"""

SEARCHES = ["m", "ma", "mar", "mari", "marie", "marie t", "416", "416 555", "c-00012", "zzz"]


def in_fresh_process(code: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip().splitlines()[-1]


def median_time(action: Callable[[], Any], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def line(name: str, figure: float, baseline: float, unit: str, note: str) -> None:
    ratio = figure / baseline if baseline else float("nan")
    print(f"{name:<44} {figure:10.3f} {unit:<3} {baseline:10.3f} {unit:<3} {ratio:6.2f}x  {note}")


def build(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "opcc_desk", "--db", f"sqlite:///{path}", "demo-data",
         "--clients", "100000", "--therapists", "2000", "--referrals", "250000"],
        check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "clinic10.sqlite3")
    parser.add_argument("--build", action="store_true")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    print(f"{'figure':<44} {'measured':>14} {'baseline':>14} {'ratio':>7}")
    if args.build or not args.db.exists():
        args.db.unlink(missing_ok=True)
        line("demo-data 100k/2k/250k (s)", build(args.db), 60.0, "s", "target: under 1 minute")

    from opcc_desk.app import open_context
    from opcc_desk.services import matching, people, reports
    from opcc_desk.ui.tabs import ClientsTab

    ctx = open_context(url, clock=lambda: TODAY)  # migrates once, before any timing

    bare, shown, ready = [], [], []
    for _ in range(args.repeats):  # interleaved, each in a fresh process
        bare.append(float(in_fresh_process(BARE_WINDOW)))
        first, full = in_fresh_process(DESK_WINDOW, url).split()
        shown.append(float(first))
        ready.append(float(full))
    line("start-up: window on screen (s)", statistics.median(shown),
         statistics.median(bare), "s", "baseline: bare window, empty QTabWidget; 1.5x")  # fmt: skip
    line("start-up: clients and follow-ups listed (s)", statistics.median(ready),
         statistics.median(bare), "s", "same baseline")  # fmt: skip

    from PySide6.QtWidgets import QApplication
    from sqlalchemy import event

    app = QApplication.instance() or QApplication([])
    tab = ClientsTab(ctx)  # the real tab: after the typing pause it runs reload()
    worst = 0.0
    for text in SEARCHES:
        tab.search.setText(text)
        sent: list[tuple[str, Any]] = []

        def catch(_c: Any, _cur: Any, st: str, params: Any, *_a: Any) -> None:
            if st.lstrip().upper().startswith(("SELECT", "WITH")):
                sent.append((st, params))  # noqa: B023

        event.listen(ctx.engine, "before_cursor_execute", catch)
        tab.reload()
        event.remove(ctx.engine, "before_cursor_execute", catch)
        with ctx.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            sqlite_alone, shown = [], []

            def alone(statements: Any = tuple(sent), db: Any = raw) -> None:
                for st, p in statements:  # the same SELECTs the tab sent (page + count)
                    db.execute(st, p).fetchall()

            def show() -> None:
                tab.reload()
                app.processEvents()

            for _ in range(args.repeats):  # interleaved
                sqlite_alone.append(median_time(alone, 1))
                shown.append(median_time(show, 1))
        figure, base = statistics.median(shown), statistics.median(sqlite_alone)
        worst = max(worst, figure / base)
        line(f"search {text!r}: {tab.count_label.text()} (ms)", 1000 * figure, 1000 * base,
             "ms", "baseline: SQLite alone, same SQL; target 2x")  # fmt: skip
    print(f"{'':<44} worst search ratio {worst:.2f}x")

    client_id = people.list_clients(ctx, "c-0001")[0].id
    matching.find_matches(ctx, client_id)  # directory cache warm, as after the first match
    line("match 1 client / 2,000 therapists (ms)",
         1000 * median_time(lambda: matching.find_matches(ctx, client_id), args.repeats),
         50.0, "ms", "target: under 50 ms")  # fmt: skip
    line("director's ten-year summary (s)",
         median_time(lambda: reports.referral_summary(ctx, date(2016, 11, 27), date(2026, 11, 26)),
                     max(1, args.repeats // 2)),
         5.0, "s", "target: under 5 s")  # fmt: skip
    rows, rss = in_fresh_process(SCROLL_WINDOW, url).split()
    line(f"whole window, {rows} referrals scrolled: peak RSS (MB)", float(rss), 300.0, "MB",
         "target: under 300 MB")  # fmt: skip
    for how in ("lazy", "all"):
        rows, rss = in_fresh_process(SCROLL_REFERRALS, url, how).split()
        line(f"table alone, {rows} referrals, {how}: peak RSS (MB)", float(rss), 300.0, "MB",
             "a page at a time" if how == "lazy" else "every row at once")  # fmt: skip
    ctx.engine.dispose()


if __name__ == "__main__":
    main()
