"""Kill the program at random moments and check nothing committed is lost.

    .venv/bin/python scripts/crash_test.py [--rounds 200] [--seed 7] [--unencrypted]

Each round starts a child process that either imports a 3,000-client file (one
transaction) or saves one client after another, printing each save once it is
committed. The parent kills the child with SIGKILL after a random delay, then
opens the database and checks: `PRAGMA integrity_check` says ok; an import is
there entirely or not at all; every save the child reported is stored. It
prints the number of rounds survived; it exits 1 if any round lost data.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSWORD = "crash test password"

CHILD = r"""
import sys
from opcc_desk.app import open_context
from opcc_desk.services import people, transfer
url, mode, arg = sys.argv[1], sys.argv[2], sys.argv[3]
ctx = open_context(url, user="boss", password=sys.argv[4] if len(sys.argv) > 4 else None)
print("READY", flush=True)
if mode == "import":
    transfer.import_file(ctx, transfer.Kind.CLIENTS, __import__("pathlib").Path(arg))
    print("IMPORTED", flush=True)
else:
    client = people.get_client(ctx, arg)
    n = int(client.notes.split()[-1]) if client.notes.startswith("edit") else 0
    while True:
        n += 1
        client.notes = f"edit {n}"
        client = people.update_client(ctx, client)
        print(f"SAVED {n}", flush=True)
"""


def build(folder: Path, encrypted: bool) -> tuple[str, list[str], Path]:
    from opcc_desk.app import create_database
    from opcc_desk.services import demo

    url = f"sqlite:///{folder / 'crash.sqlite3'}"
    ctx = create_database(url, "boss", PASSWORD, encrypted=encrypted)
    demo.fill_demo_data(ctx, seed=5, therapists=20, clients=50, referrals=10)
    from opcc_desk.services import people

    ids = [row.id for row in people.list_clients(ctx)][:10]
    ctx.engine.dispose()
    lines = [
        "id,first_name,last_name,email,language,client_type,concerns,modality,consent_to_contact"
    ]
    for i in range(3000):
        lines.append(
            f"X-{i:05d},Imported,Person{i},p{i}@example.ca,en,individual,anxiety,either,yes"
        )
    big = folder / "big.csv"
    big.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return url, ids, big


def check(url: str, expected_saves: dict[str, int]) -> tuple[bool, str]:
    from sqlalchemy import text

    from opcc_desk.app import open_context
    from opcc_desk.services import people

    ctx = open_context(url, user="boss", password=PASSWORD)
    try:
        with ctx.engine.connect() as connection:
            integrity = connection.execute(text("PRAGMA integrity_check")).scalar_one()
            imported = connection.execute(
                text("SELECT count(*) FROM clients WHERE ref LIKE 'X-%'")
            ).scalar_one()
        if integrity != "ok":
            return False, f"integrity_check: {integrity}"
        if imported not in (0, 3000):
            return False, f"half an import: {imported} of 3000 rows"
        for client_id, saved in expected_saves.items():
            notes = people.get_client(ctx, client_id).notes
            stored = int(notes.split()[-1]) if notes.startswith("edit") else 0
            if stored < saved:
                return False, f"{client_id}: save {saved} was reported but {stored} is stored"
        return True, f"{imported} imported"
    finally:
        ctx.engine.dispose()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--unencrypted", action="store_true")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory(prefix="opcc-crash-") as name:
        folder = Path(name)
        url, ids, big = build(folder, not args.unencrypted)
        saves: dict[str, int] = {}
        survived = 0
        kinds = {"import": 0, "edits": 0, "import_done": 0}
        for round_number in range(1, args.rounds + 1):
            mode = "import" if round_number % 2 else "edits"
            target = str(big) if mode == "import" else rng.choice(ids)
            child = subprocess.Popen(
                [sys.executable, "-c", CHILD, url, mode, target, PASSWORD],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                text=True,
                env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            )
            assert child.stdout is not None
            if child.stdout.readline().strip() != "READY":
                child.kill()
                print(f"round {round_number}: the child did not start", file=sys.stderr)
                return 1
            # an import takes a few seconds: kill it anywhere from its start to after its commit
            time.sleep(rng.uniform(0.0, 4.0) if mode == "import" else rng.uniform(0.0, 1.2))
            child.send_signal(signal.SIGKILL)
            output = child.stdout.read()
            child.wait()
            for line in output.splitlines():
                if line.startswith("SAVED "):
                    saves[target] = max(saves.get(target, 0), int(line.split()[1]))
            if mode == "import" and "IMPORTED" in output:
                kinds["import_done"] += 1
            ok, detail = check(url, saves)
            if not ok:
                print(f"round {round_number} ({mode}): LOST DATA: {detail}")
                print(f"survived {survived} of {round_number} rounds")
                return 1
            survived += 1
            kinds[mode] += 1
            if round_number % 20 == 0:
                print(f"{round_number} rounds, all intact ({detail})", flush=True)
        total_saves = sum(saves.values())
        print(
            f"survived {survived} of {args.rounds} SIGKILLs "
            f"({kinds['import']} during an import, of which {kinds['import_done']} after its "
            f"commit; {kinds['edits']} during edits; "
            f"{total_saves} committed saves all found)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
