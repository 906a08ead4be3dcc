"""Matching benchmark: the engine's time beside the time to load what it scores.

    .venv/bin/python scripts/bench_matching.py [--sizes 100,1000,5000] [--repeat 15]

For clinics of each size (built with the demo generator in a temporary SQLite
file) it prints, for one client and for a batch of 1,000 clients, the median
time of loading the candidates from the database (the therapist rows are
kept in memory until the directory changes, so both the usual load and the
load right after a change are shown), of the engine, and their
ratio (engine / load; target <= 1); for the batch, each client is timed
alone and the median and the slowest are shown, plus the whole `find_matches` call for one
client (target < 50 ms at 5,000 therapists). It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from opcc_desk.app import open_context
from opcc_desk.matching import match_client
from opcc_desk.matching.settings import MATCHING
from opcc_desk.services import demo, matching, people
from opcc_desk.services import settings as setting_store
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.matching import load_candidates


def clock() -> datetime:
    return datetime(2026, 11, 26, 9, 30)


def median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def bench(size: int, repeat: int, batch: int) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        ctx: ServiceContext = open_context(f"sqlite:///{Path(folder) / 'b.sqlite3'}", clock=clock)
        demo.fill_demo_data(
            ctx, seed=11, therapists=size, clients=max(batch, 200), referrals=size * 2
        )
        clients = [people.get_client(ctx, row.id) for row in people.list_clients(ctx)[:batch]]
        catalogue = ctx.catalogue

        def load() -> list[object]:
            with ctx.transaction() as session:
                return list(load_candidates(ctx, session))

        with ctx.transaction() as session:
            candidates = load_candidates(ctx, session)
            settings = setting_store.read(session, MATCHING)
        one = clients[0]

        def cold_load() -> list[object]:
            ctx.cache.clear()  # as after someone edits the directory
            return load()

        figures = {
            "cold": median_ms(cold_load, repeat),
            "load": median_ms(load, repeat),
            "engine_one": median_ms(
                lambda: match_client(one, candidates, catalogue, settings, limit=25), repeat
            ),
            "engine_batch": statistics.median(
                median_ms(lambda c=c: match_client(c, candidates, catalogue, settings, limit=25), 1)
                for c in clients
            ),
            "engine_batch_max": max(
                median_ms(lambda c=c: match_client(c, candidates, catalogue, settings, limit=25), 1)
                for c in clients
            ),
            "find_one": median_ms(lambda: matching.find_matches(ctx, one.id, limit=25), repeat),
        }
        ctx.engine.dispose()
        return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,1000,5000")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--batch", type=int, default=1000)
    args = parser.parse_args()
    print(
        "| therapists | load, directory changed (ms) | load candidates (ms) | "
        "engine, 1 client (ms) | ratio | "
        f"engine, median of {args.batch} clients (ms) | ratio | slowest of the batch (ms) | "
        "find_matches, 1 client (ms) |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for size in (int(s) for s in args.sizes.split(",")):
        f = bench(size, args.repeat, args.batch)
        print(
            f"| {size:,} | {f['cold']:.1f} | {f['load']:.1f} | {f['engine_one']:.1f} | "
            f"{f['engine_one'] / f['load']:.2f} | {f['engine_batch']:.1f} | "
            f"{f['engine_batch'] / f['load']:.2f} | {f['engine_batch_max']:.1f} | "
            f"{f['find_one']:.1f} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
