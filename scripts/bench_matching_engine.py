"""Times the pure matching engine (no database) against clinics of random therapists.

Usage: python scripts/bench_matching_engine.py [--repeat N] [--seed N]

Prints the median time of one ``match_client`` call for 100, 1,000 and 5,000
therapists, for three clients:

- typical: random intake clients (language, modality, city, budget... vary), so the
  hard rules remove most therapists;
- open: an English-speaking adult with no city, budget or gender asked for, so
  almost every accepting therapist is scored (the worst case for scoring);
- open, all: the same, returning every match with reasons instead of the top 10.

Target (issue 3): well under 50 ms for 5,000 therapists.
"""

from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal

from opcc_desk.domain.catalogue import parse_catalogue
from opcc_desk.domain.enums import (
    ALL_SLOTS,
    AgeGroup,
    ClientType,
    Gender,
    Level,
    Modality,
    ModalityPreference,
)
from opcc_desk.domain.models import Catalogue, Client, Therapist
from opcc_desk.matching import Candidate, match_client
from opcc_desk.resources import resource_path

SIZES = (100, 1_000, 5_000)
CITIES = ("Toronto", "Ottawa", "Mississauga", "Hamilton", "London", "Kingston", "Sudbury")
# weighted like a Toronto-area clinic: mostly English, some French and other languages
LANGUAGES = ("en",) * 10 + ("fr",) * 3 + ("fa", "zh", "pa", "es", "ar", "tl", "pt", "ur")


def _some(rng: random.Random, items: tuple[str, ...] | list[str], low: int, high: int) -> list[str]:
    return rng.sample(list(items), rng.randint(low, min(high, len(items))))


def make_therapist(rng: random.Random, index: int, catalogue: Catalogue) -> Therapist:
    fee = Decimal(rng.randrange(90, 221, 5))
    modalities = rng.choice(
        [[Modality.IN_PERSON], [Modality.VIRTUAL], [Modality.IN_PERSON, Modality.VIRTUAL]]
    )
    languages = ["en", *(_some(rng, LANGUAGES[10:], 0, 2))]
    return Therapist(
        id=f"T-{index:05d}",
        first_name="Therapist",
        last_name=str(index),
        languages=list(dict.fromkeys(languages)),
        approaches=_some(rng, list(catalogue.approaches), 1, 4),
        client_types=[t for t in ClientType if t is ClientType.INDIVIDUAL or rng.random() < 0.3],
        age_groups=[a for a in AgeGroup if rng.random() < 0.6] or [AgeGroup.ADULT],
        modalities=modalities,
        fee=fee,
        accepting=rng.random() < 0.8,
        gender=rng.choice([Gender.WOMAN, Gender.WOMAN, Gender.MAN, Gender.NONBINARY, None]),
        concerns=_some(rng, list(catalogue.concerns), 2, 8),
        locations=_some(rng, CITIES, 1, 2) if Modality.IN_PERSON in modalities else [],
        sliding_scale_min=fee - 50 if rng.random() < 0.5 else None,
        level=rng.choice([Level.SENIOR, Level.ASSOCIATE]),
        capacity=rng.choice([None, 5, 10, 20]),
        availability=_some(rng, ALL_SLOTS, 0, 10),
    )


def make_client(rng: random.Random, index: int, catalogue: Catalogue) -> Client:
    modality = rng.choice(list(ModalityPreference))
    return Client(
        id=f"C-{index:05d}",
        first_name="Client",
        last_name=str(index),
        language=rng.choice(LANGUAGES),
        client_type=rng.choice(
            [ClientType.INDIVIDUAL] * 6 + [ClientType.COUPLE, ClientType.FAMILY]
        ),
        concerns=_some(rng, list(catalogue.concerns), 1, 4),
        modality=modality,
        consent_to_contact=True,
        age_group=rng.choice([None, AgeGroup.ADULT, AgeGroup.TEEN, AgeGroup.SENIOR]),
        approach_preference=_some(rng, list(catalogue.approaches), 0, 2),
        therapist_gender=rng.choice([None, None, None, Gender.WOMAN, Gender.MAN]),
        location=rng.choice(CITIES) if modality is not ModalityPreference.VIRTUAL else "",
        max_fee=rng.choice([None, Decimal(80), Decimal(120), Decimal(160)]),
        availability=_some(rng, ALL_SLOTS, 0, 6),
    )


def open_client(catalogue: Catalogue) -> Client:
    return Client(
        id="C-OPEN",
        first_name="Open",
        last_name="Client",
        language="en",
        client_type=ClientType.INDIVIDUAL,
        concerns=["self_worth", "relational_patterns", "anxiety"],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
        availability=["mon_evening", "wed_evening", "sat_morning"],
    )


def median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm caches (language names, folded cities) as a running program would have
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(
    candidates: list[Candidate],
    clients: list[Client],
    wide: Client,
    catalogue: Catalogue,
    repeat: int,
) -> tuple[float, float, float]:
    """Median milliseconds: typical clients (top 10), the open client (top 10, all)."""
    turn = itertools.cycle(clients)  # a different intake client each run
    return (
        median_ms(lambda: match_client(next(turn), candidates, catalogue, limit=10), repeat),
        median_ms(lambda: match_client(wide, candidates, catalogue, limit=10), repeat),
        median_ms(lambda: match_client(wide, candidates, catalogue), repeat),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=30, help="timed runs per figure")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    catalogue = parse_catalogue(resource_path("catalogue.toml").read_text(encoding="utf-8"))
    rng = random.Random(args.seed)
    clients = [make_client(rng, i, catalogue) for i in range(args.repeat)]
    wide = open_client(catalogue)

    print(f"{'therapists':>10}  {'typical':>9}  {'open':>9}  {'open, all':>9}  qualified (open)")
    for size in SIZES:
        candidates = [
            Candidate(
                make_therapist(rng, i, catalogue),
                open_referrals=rng.randint(0, 6),
                recent_referrals=rng.randint(0, 4),
            )
            for i in range(size)
        ]
        typical_ms, open_ms, all_ms = measure(candidates, clients, wide, catalogue, args.repeat)
        qualified = match_client(wide, candidates, catalogue, limit=0).qualified
        print(
            f"{size:>10,}  {typical_ms:>7.2f}ms  {open_ms:>7.2f}ms  {all_ms:>7.2f}ms  {qualified:,}"
        )


if __name__ == "__main__":
    main()
