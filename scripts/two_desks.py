"""Two workstations, one database: interleaved edits of the same records, no update lost.

    .venv/bin/python scripts/two_desks.py [--edits 10000] [--records 6] [--db URL] [--json]

Two separate processes ("desk A" and "desk B") start at the same moment and edit
a handful of shared clients and therapists the way the forms do: read the whole
record, change it, save it with the version it was read at. Each edit adds one to
that desk's own counter kept in the record (in the client's notes, the
therapist's bio), and also changes an ordinary field. A save refused because the
other desk saved first (StaleRecord) is a conflict surfaced: the desk reads the
record again, applies its change to the newer version (what "merge" does in the
window) and saves again, until its edit is in.

Afterwards the stored records are checked against what each desk says it saved:

- lost updates: each record's counters must equal the number of saves each desk
  made to it; a save that silently overwrote another would leave a counter short;
- the version chain: every save produced the next version of its record exactly
  once (two saves claiming the same version would mean one overwrote the other);
- every conflict was real: the version the refused desk had read was superseded
  by a save of the other desk.

Without --db it starts a throwaway PostgreSQL server on 127.0.0.1 (the one the
tests use, tests/pg_server.py); ``--db sqlite:///file`` runs it on an SQLite file.
It prints the counts; the exit code is 0 only when every check holds.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from opcc_desk.app import open_context, safe_url
from opcc_desk.domain.enums import AgeGroup, ClientType, Modality, ModalityPreference
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.services import people
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import DatabaseUnavailable, StaleRecord

ROOT = Path(__file__).resolve().parent.parent
DESKS = ("A", "B")
CITIES = ("Ottawa", "Toronto", "Sudbury", "Kingston", "Windsor", "Timmins", "Hamilton")
COUNTER = re.compile(r"desk (\w+): (\d+) edits")


# ---------------------------------------------------------------- the shared records


def counters(text: str) -> dict[str, int]:
    return {desk: int(n) for desk, n in COUNTER.findall(text)}


def with_counter(text: str, desk: str) -> str:
    """The text with this desk's edit counter raised by one."""
    counts = counters(text)
    counts[desk] = counts.get(desk, 0) + 1
    return "\n".join(f"desk {d}: {counts[d]} edits" for d in sorted(counts))


def client_ref(n: int) -> str:
    return f"C-{n:03d}"


def therapist_ref(n: int) -> str:
    return f"T-{n:03d}"


def shared_refs(records: int) -> list[str]:
    """Two thirds clients, one third therapists (at least one of each)."""
    therapists = max(1, records // 3)
    clients = max(1, records - therapists)
    return [client_ref(i) for i in range(1, clients + 1)] + [
        therapist_ref(i) for i in range(1, therapists + 1)
    ]


def create_records(ctx: ServiceContext, refs: list[str]) -> None:
    for ref in refs:
        if ref.startswith("C-"):
            people.add_client(
                ctx,
                Client(
                    id=ref,
                    first_name="Shared",
                    last_name=f"Client {ref}",
                    language="en",
                    client_type=ClientType.INDIVIDUAL,
                    concerns=["anxiety"],
                    modality=ModalityPreference.EITHER,
                    consent_to_contact=True,
                    email=f"{ref.lower()}@example.ca",
                ),
            )
        else:
            people.add_therapist(
                ctx,
                Therapist(
                    id=ref,
                    first_name="Shared",
                    last_name=f"Therapist {ref}",
                    languages=["en"],
                    approaches=["cbt"],
                    client_types=[ClientType.INDIVIDUAL],
                    age_groups=[AgeGroup.ADULT],
                    modalities=[Modality.VIRTUAL],
                    fee=Decimal("120.00"),
                    accepting=True,
                ),
            )


# ---------------------------------------------------------------- one desk


@dataclass
class DeskResult:
    desk: str
    saved: int = 0
    conflicts: int = 0
    busy: int = 0  # "database busy" answers, retried
    seconds: float = 0.0
    saves: list[tuple[str, int]] = field(default_factory=list)  # (ref, version produced)
    refused: list[tuple[str, int]] = field(default_factory=list)  # (ref, version read)


def edit_once(
    ctx: ServiceContext,
    ref: str,
    desk: str,
    rng: random.Random,
    seen: dict[str, int],
    *,
    blind: bool = False,
) -> int:
    """Read, change and save one record as a form would; returns the version read
    (also left in ``seen``). Raises StaleRecord when the other desk saved in between.

    ``blind`` is the negative control: it saves over whatever version is stored by
    then ("last save wins"), which is exactly the lost update the checks must catch."""
    if ref.startswith("C-"):
        client = people.get_client(ctx, ref)
        read = seen[ref] = client.version
        changed = replace(client, notes=with_counter(client.notes, desk), city=rng.choice(CITIES))
        time.sleep(rng.random() * 0.002)  # the form is open for a moment
        if blind:
            changed.version = read = seen[ref] = people.get_client(ctx, ref).version
        version = people.update_client(ctx, changed).version
    else:
        therapist = people.get_therapist(ctx, ref)
        read = seen[ref] = therapist.version
        fee = Decimal(100 + rng.randrange(0, 100, 5)).quantize(Decimal("0.01"))
        changed_t = replace(therapist, bio=with_counter(therapist.bio, desk), fee=fee)
        time.sleep(rng.random() * 0.002)
        if blind:
            changed_t.version = read = seen[ref] = people.get_therapist(ctx, ref).version
        version = people.update_therapist(ctx, changed_t).version
    if version != read + 1:
        raise AssertionError(f"{ref}: saved over version {read} but got {version}")
    return read


def run_desk(
    url: str,
    desk: str,
    edits: int,
    refs: list[str],
    seed: int,
    start_at: float,
    *,
    blind: bool = False,
) -> None:
    ctx = open_context(url, user=f"desk-{desk}")
    rng = random.Random(f"{seed}-{desk}")
    result = DeskResult(desk)
    seen: dict[str, int] = {}
    time.sleep(max(0.0, start_at - time.time()))
    started = time.perf_counter()
    for _ in range(edits):
        ref = rng.choice(refs)
        while True:  # until this edit is in
            try:
                read = edit_once(ctx, ref, desk, rng, seen, blind=blind)
            except StaleRecord:
                result.conflicts += 1
                result.refused.append((ref, seen[ref]))
                continue
            except DatabaseUnavailable:
                result.busy += 1
                time.sleep(0.01)
                continue
            result.saved += 1
            result.saves.append((ref, read + 1))
            break
    result.seconds = time.perf_counter() - started
    ctx.engine.dispose()
    print(json.dumps(result.__dict__))


# ---------------------------------------------------------------- the whole run


@dataclass
class Verdict:
    edits: int
    records: int
    desks: list[dict[str, Any]]
    stored_edits: int
    lost_updates: int
    version_chain_ok: bool
    conflicts: int
    real_conflicts: int
    seconds: float
    database: str
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def final_state(ctx: ServiceContext, refs: list[str]) -> dict[str, tuple[int, dict[str, int]]]:
    state = {}
    for ref in refs:
        if ref.startswith("C-"):
            client = people.get_client(ctx, ref)
            state[ref] = (client.version, counters(client.notes))
        else:
            therapist = people.get_therapist(ctx, ref)
            state[ref] = (therapist.version, counters(therapist.bio))
    return state


def verify(
    desks: list[dict[str, Any]], state: dict[str, tuple[int, dict[str, int]]], edits: int
) -> tuple[int, int, bool, int, list[str]]:
    problems: list[str] = []
    saves_by_desk = {d["desk"]: Counter(ref for ref, _v in d["saves"]) for d in desks}
    stored_total = sum(sum(c.values()) for _v, c in state.values())
    lost = 0
    for ref, (_version, stored) in state.items():
        for desk, saves in saves_by_desk.items():
            short = saves[ref] - stored.get(desk, 0)
            if short:
                lost += abs(short)
                problems.append(
                    f"{ref}: desk {desk} saved {saves[ref]} edits, {stored.get(desk, 0)} stored"
                )
    produced: dict[str, Counter[int]] = {}
    for d in desks:
        for ref, version in d["saves"]:
            produced.setdefault(ref, Counter())[version] += 1
    chain_ok = True
    for ref, (version, _c) in state.items():
        made = produced.get(ref, Counter())
        if sorted(made) != list(range(2, version + 1)) or any(n != 1 for n in made.values()):
            chain_ok = False
            problems.append(
                f"{ref}: versions produced {sorted(made.elements())[:5]}... final {version}"
            )
    real = 0
    owner = {(ref, v): d["desk"] for d in desks for ref, v in d["saves"]}
    for d in desks:
        for ref, read in d["refused"]:
            if owner.get((ref, read + 1), d["desk"]) != d["desk"]:
                real += 1
            else:
                problems.append(
                    f"{ref}: desk {d['desk']} refused at version {read} with no other save"
                )
    if stored_total != edits:
        problems.append(f"{stored_total} edits stored, {edits} made")
    return stored_total, lost, chain_ok, real, problems


def start_database(url: str | None) -> tuple[str, Any]:
    """The database URL, and the throwaway server to stop afterwards (or None)."""
    if url:
        return url, None
    sys.path.insert(0, str(ROOT / "tests"))
    from pg_server import start_server

    server = start_server()
    return server.url(server.create_database()), server


def run(url: str, edits: int, records: int, seed: int, *, blind: bool = False) -> Verdict:
    refs = shared_refs(records)
    ctx = open_context(url, user="setup")
    create_records(ctx, refs)
    ctx.engine.dispose()
    start_at = time.time() + 3.0  # both desks connected and waiting by then
    per_desk = [edits // 2 + (1 if i < edits % 2 else 0) for i in range(2)]
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--worker",
                desk,
                "--db",
                url,
                "--edits",
                str(n),
                "--records",
                str(records),
                "--seed",
                str(seed),
                "--start-at",
                repr(start_at),
                *(["--blind-overwrite"] if blind else []),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for desk, n in zip(DESKS, per_desk, strict=True)
    ]
    desks = []
    for worker in workers:
        out, _ = worker.communicate()
        if worker.returncode != 0:
            raise SystemExit(f"a desk process failed (exit {worker.returncode})")
        desks.append(json.loads(out.strip().splitlines()[-1]))
    ctx = open_context(url, user="check")
    state = final_state(ctx, refs)
    ctx.engine.dispose()
    stored, lost, chain_ok, real, problems = verify(desks, state, edits)
    return Verdict(
        edits=edits,
        records=len(refs),
        desks=[{k: d[k] for k in ("desk", "saved", "conflicts", "busy", "seconds")} for d in desks],
        stored_edits=stored,
        lost_updates=lost,
        version_chain_ok=chain_ok,
        conflicts=sum(d["conflicts"] for d in desks),
        real_conflicts=real,
        seconds=max(d["seconds"] for d in desks),
        database=safe_url(url),
        problems=problems,
    )


def report(v: Verdict) -> str:
    lines = [
        f"Two desks, {v.edits:,} interleaved edits of {v.records} shared records ({v.database}):"
    ]
    for d in v.desks:
        lines.append(
            f"  desk {d['desk']}: {d['saved']:,} edits saved, {d['conflicts']:,} conflicts "
            f"surfaced and merged, {d['busy']} busy retries, {d['seconds']:.1f} s"
        )
    lines += [
        f"  edits stored in the records: {v.stored_edits:,} of {v.edits:,}; "
        f"lost updates: {v.lost_updates}",
        f"  version chain: every save made the next version exactly once: "
        f"{'yes' if v.version_chain_ok else 'NO'}",
        f"  conflicts surfaced: {v.conflicts:,}, each one real "
        f"(the other desk had saved first): {v.real_conflicts:,}",
        f"  {v.edits / v.seconds:,.0f} saves a second over {v.seconds:.1f} s",
        "  all checks hold" if v.ok else "  PROBLEMS:\n    " + "\n    ".join(v.problems[:20]),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--edits", type=int, default=10_000, help="edits by both desks together")
    parser.add_argument("--records", type=int, default=6, help="shared records (default 6)")
    parser.add_argument("--db", help="database URL (default: a throwaway PostgreSQL server)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument(
        "--blind-overwrite",
        action="store_true",
        help="negative control: save over whatever is stored (the checks must then fail)",
    )
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, default=0.0, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        refs = shared_refs(args.records)
        run_desk(
            args.db,
            args.worker,
            args.edits,
            refs,
            args.seed,
            args.start_at,
            blind=args.blind_overwrite,
        )
        return 0
    url, server = start_database(args.db)
    try:
        verdict = run(url, args.edits, args.records, args.seed, blind=args.blind_overwrite)
    finally:
        if server is not None:
            server.cleanup()
    if args.json:
        print(json.dumps({**verdict.__dict__, "ok": verdict.ok}))
    else:
        print(report(verdict))
    return 0 if verdict.ok else 1


if __name__ == "__main__":
    sys.exit(main())
