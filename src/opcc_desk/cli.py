"""The command line: parses, calls one service, prints. No Qt here.

Exit codes (CONTRACT.md): 0 done; 2 bad input or a refused action, with one
plain line per problem on stderr and nothing changed; 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from opcc_desk import __version__
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.services import matching, referrals, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 2

ContextFactory = Callable[[], ServiceContext]


class UsageError(Exception):
    """Bad command-line words; argparse's own exit is replaced by exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="opcc-desk",
        description="OPCC Desk: intake, therapist directory, matching and referral letters.",
        epilog="With no command, the window opens.",
    )
    parser.add_argument(
        "--db",
        metavar="URL",
        help="database URL (default: the file in your user data folder; env OPCC_DESK_DB)",
    )
    parser.add_argument("--debug", action="store_true", help="show full error details")
    parser.add_argument("--version", action="version", version=f"opcc-desk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    commands.add_parser("gui", help="open the window")

    p = commands.add_parser("demo-data", help="fill an empty database with realistic sample data")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--therapists", type=_count, default=40)
    p.add_argument("--clients", type=_count, default=200)
    p.add_argument("--referrals", type=_count, default=150)

    p = commands.add_parser("import", help="import therapists or clients from CSV or JSON")
    p.add_argument("kind", choices=["therapists", "clients"])
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file without writing")

    p = commands.add_parser("export", help="write therapists, clients or referrals to CSV")
    p.add_argument("kind", choices=["therapists", "clients", "referrals"])
    p.add_argument("file", type=Path)

    p = commands.add_parser("match", help="rank therapists for a client")
    p.add_argument("client_id")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    p.add_argument("--limit", type=_count, default=10, help="how many matches to show (default 10)")

    p = commands.add_parser("refer", help="create a proposed referral")
    p.add_argument("client_id")
    p.add_argument("therapist_id")
    p.add_argument("--approach", metavar="KEY")

    p = commands.add_parser("referral", help="work with a referral")
    referral_commands = p.add_subparsers(
        dest="referral_command", metavar="ACTION", parser_class=_Parser
    )
    referral_commands.required = True
    s = referral_commands.add_parser("status", help="move a referral along its lifecycle")
    s.add_argument("referral_id", type=int)
    s.add_argument("new_status", choices=[status.value for status in ReferralStatus])
    s.add_argument("--reason", default="")

    commands.add_parser("self-test", help="check the installed program works (headless)")

    p = commands.add_parser("db", help="database maintenance")
    db_commands = p.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_commands.required = True
    db_commands.add_parser("upgrade", help="apply schema migrations")
    return parser


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 0 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{number} must be between 0 and 1000000")
    return number


def run(
    args: argparse.Namespace,
    open_ctx: ContextFactory,
    *,
    out: TextIO | None = None,
    err: TextIO | None = None,
) -> int:
    """Run one command; ServiceErrors become exit 2 with their message on stderr."""
    out = out or sys.stdout
    err = err or sys.stderr
    handler = _HANDLERS[args.command]
    try:
        return handler(args, open_ctx, out, err)
    except transfer.ImportRejected as rejected:
        print(str(rejected), file=err)
        for problem in rejected.row_problems:
            print(f"  {problem}", file=err)
        return EXIT_REFUSED
    except ServiceError as error:
        print(f"opcc-desk: {error}", file=err)
        return EXIT_REFUSED


def _demo(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import demo

    counts = demo.fill_demo_data(
        open_ctx(),
        seed=args.seed,
        therapists=args.therapists,
        clients=args.clients,
        referrals=args.referrals,
    )
    print(
        f"Added {counts.therapists} therapists, {counts.clients} clients and "
        f"{counts.referrals} referrals (seed {args.seed}).",
        file=out,
    )
    return EXIT_OK


def _import(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    report = transfer.import_file(
        open_ctx(), transfer.Kind(args.kind), args.file, dry_run=args.dry_run
    )
    for warning in report.warnings:
        print(f"warning: {warning}", file=err)
    verb = "would add" if report.dry_run else "added"
    verb2 = "would update" if report.dry_run else "updated"
    print(
        f"{args.file}: {report.rows} rows checked; {verb} {len(report.added)}, "
        f"{verb2} {len(report.updated)}, {report.unchanged} unchanged.",
        file=out,
    )
    if report.dry_run:
        print("Dry run: nothing was written.", file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    count = transfer.export_file(open_ctx(), transfer.Kind(args.kind), args.file)
    print(f"Wrote {count} {args.kind} to {args.file}.", file=out)
    return EXIT_OK


def _match(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    result = matching.find_matches(ctx, args.client_id, limit=args.limit or None)
    if args.json:
        print_json(result.to_json_dict(), out)
        return EXIT_OK
    if not result.matches:
        print(f"No therapist fits client {args.client_id}:", file=out)
        for reason in result.unmatched_reasons:
            print(f"  - {reason}", file=out)
        return EXIT_OK
    catalogue = ctx.catalogue
    print(f"Best matches for client {args.client_id} ({result.qualified} qualify):", file=out)
    for rank, match in enumerate(result.matches, start=1):
        label = catalogue.approach_label(match.approach) if match.approach else "no approach listed"
        print(f"{rank:>2}. {match.therapist_id}  score {match.score:5.1f}  {label}", file=out)
        for reason in match.reasons:
            print(f"      - {reason}", file=out)
    return EXIT_OK


def _refer(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    referral_id = referrals.create_referral(
        ctx, args.client_id, args.therapist_id, approach=args.approach
    )
    print(
        f"Referral created for client {args.client_id} with therapist {args.therapist_id}.",
        file=out,
    )
    print(referral_id, file=out)
    return EXIT_OK


def _referral(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    new = referrals.change_status(
        open_ctx(), args.referral_id, ReferralStatus(args.new_status), args.reason
    )
    print(f"Referral {args.referral_id} is now {new.value}.", file=out)
    return EXIT_OK


def _db(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    open_ctx()  # opening migrates and loads the catalogue
    print("The database is up to date.", file=out)
    return EXIT_OK


def print_json(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


_HANDLERS: dict[str, Callable[[argparse.Namespace, ContextFactory, TextIO, TextIO], int]] = {
    "demo-data": _demo,
    "import": _import,
    "export": _export,
    "match": _match,
    "refer": _refer,
    "referral": _referral,
    "db": _db,
}


def handles(command: str | None) -> bool:
    return command in _HANDLERS


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)
