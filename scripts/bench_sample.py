"""Times the sample-data generator on a very large clinic and prints the figure.

Run: .venv/bin/python scripts/bench_sample.py [--therapists N] [--clients N] [--referrals N]
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from opcc_desk.domain.catalogue import parse_catalogue
from opcc_desk.resources import resource_path
from opcc_desk.sample import generate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--therapists", type=int, default=2_000)
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--referrals", type=int, default=250_000)
    args = parser.parse_args()

    catalogue = parse_catalogue(resource_path("catalogue.toml").read_text(encoding="utf-8"))
    started = time.perf_counter()
    data = generate(
        catalogue,
        seed=args.seed,
        therapists=args.therapists,
        clients=args.clients,
        referrals=args.referrals,
        today=date(2026, 11, 26),
    )
    elapsed = time.perf_counter() - started
    events = sum(len(r.events) for r in data.referrals)
    print(
        f"{len(data.therapists):,} therapists, {len(data.clients):,} clients, "
        f"{len(data.referrals):,} referrals ({events:,} status changes) "
        f"in {elapsed:.2f} s"
    )


if __name__ == "__main__":
    main()
