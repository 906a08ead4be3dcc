"""The command line: parses, calls one service, prints. No Qt here.

Exit codes (CONTRACT.md): 0 done; 2 bad input or a refused action, with one
plain line per problem on stderr and nothing changed; 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TextIO

from opcc_desk import __version__
from opcc_desk.db.keystore import Keystore
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.roles import Permission, Role
from opcc_desk.domain.waitlist import Priority
from opcc_desk.services import (
    accounts,
    audit,
    backup,
    matching,
    referrals,
    retention,
    transfer,
    workflow,
)
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REFUSED = 2

ContextFactory = Callable[[], ServiceContext]
PASSWORD_ENV = "OPCC_DESK_PASSWORD"
NEW_PASSWORD_ENV = "OPCC_DESK_NEW_PASSWORD"


def read_password(prompt: str, *, env: str = PASSWORD_ENV, confirm: bool = False) -> str:
    """A password from the environment (scripts) or typed at a terminal, never echoed."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise ServiceError(f"no password given: set {env}, or run the command in a terminal")
    password = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != password:
        raise ServiceError("the two passwords differ; nothing was changed")
    return password


@dataclass
class Desk:
    """What a command may ask of the composition root; calling it opens the database."""

    open: ContextFactory
    create: Callable[[str, str, bool], ServiceContext]
    keystore: Callable[[], Keystore | None]

    def __call__(self) -> ServiceContext:
        return self.open()


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
    parser.add_argument(
        "--user",
        metavar="USERNAME",
        help="sign in as this staff account (password from a prompt or OPCC_DESK_PASSWORD)",
    )
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

    p = commands.add_parser(
        "export", help="write therapists, clients, referrals or the waitlist to CSV"
    )
    p.add_argument("kind", choices=["therapists", "clients", "referrals", "waitlist"])
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
    s = referral_commands.add_parser("history", help="every change of a referral: who, when, why")
    s.add_argument("referral_id", type=_referral_number)
    referral_commands.add_parser("follow-ups", help="open referrals due for a follow-up")

    p = commands.add_parser("waitlist", help="clients waiting for a suitable therapist")
    waitlist_commands = p.add_subparsers(
        dest="waitlist_command", metavar="ACTION", parser_class=_Parser
    )
    waitlist_commands.required = True
    s = waitlist_commands.add_parser("add", help="put a client on the waitlist")
    s.add_argument("client_id")
    s.add_argument("--priority", choices=[p.value for p in Priority], default="normal")
    s.add_argument("--note", default="")
    s = waitlist_commands.add_parser("remove", help="take a client off the waitlist")
    s.add_argument("client_id")
    s.add_argument("--reason", default="")
    waitlist_commands.add_parser("list", help="everyone waiting, and who could take them now")

    p = commands.add_parser("letter", help="make and store the client's referral letter (PDF)")
    p.add_argument("referral_id", type=_referral_number)
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    p.add_argument("--language", choices=["en", "fr"], help="default: the client's language")
    p.add_argument(
        "--force", action="store_true", help="make it even if some characters cannot be printed"
    )

    p = commands.add_parser("report", help="the clinical director's referral summary (PDF)")
    p.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")

    commands.add_parser("self-test", help="check the installed program works (headless)")

    p = commands.add_parser("init", help="create a new database with its first admin account")
    p.add_argument("--admin", metavar="USERNAME", required=True)
    p.add_argument(
        "--unencrypted", action="store_true", help="do not encrypt the file (demonstrations only)"
    )

    p = commands.add_parser("user", help="staff accounts (admins only)")
    user_commands = p.add_subparsers(dest="user_command", metavar="ACTION", parser_class=_Parser)
    user_commands.required = True
    s = user_commands.add_parser("add", help="add a staff account")
    s.add_argument("username")
    s.add_argument("--role", choices=[r.value for r in Role], required=True)
    s = user_commands.add_parser("remove", help="remove a staff account (its history stays)")
    s.add_argument("username")

    p = commands.add_parser("audit", help="the audit log")
    audit_commands = p.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser)
    audit_commands.required = True
    audit_commands.add_parser("verify", help="check that no entry was changed or removed")

    p = commands.add_parser(
        "purge",
        help="delete clients archived before a date (retention; director), keeping a tombstone",
    )
    p.add_argument("--archived-before", type=_day, required=True, metavar="YYYY-MM-DD")
    p.add_argument("--reason", required=True)
    p.add_argument("--dry-run", action="store_true", help="list what would go, delete nothing")

    p = commands.add_parser("backup", help="a verified copy of the whole database")
    p.add_argument("file", type=Path)
    p = commands.add_parser("restore", help="replace the database with a verified backup")
    p.add_argument("file", type=Path)

    p = commands.add_parser("db", help="database maintenance")
    db_commands = p.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_commands.required = True
    db_commands.add_parser("upgrade", help="apply schema migrations")
    s = db_commands.add_parser(
        "copy",
        help="copy every record and stored letter into a new, empty database (e.g. the server)",
        description="Copies the whole database into an empty one, in one transaction, and "
        "checks row counts and SHA-256 digests of every table before committing.",
    )
    s.add_argument(
        "--from", dest="source", metavar="URL", help="the database to copy (default: --db)"
    )
    s.add_argument(
        "--to",
        dest="target",
        metavar="URL",
        required=True,
        help="an empty database, e.g. postgresql+psycopg://desk@server/opcc_desk",
    )
    return parser


def _count(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if not 0 <= number <= 1_000_000:
        raise argparse.ArgumentTypeError(f"{number} must be between 0 and 1000000")
    return number


def _referral_number(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a referral number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{number} is not a referral number")
    return number


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-31"
        ) from None


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
    if args.kind == "waitlist":
        count = workflow.export_waitlist(open_ctx(), args.file)
        print(f"Wrote {count} waiting clients to {args.file}.", file=out)
        return EXIT_OK
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
    if args.referral_command == "history":
        for event in referrals.history(open_ctx(), args.referral_id):
            change = (
                f"{event.from_status.value} -> {event.to_status.value}"
                if event.from_status
                else f"created ({event.to_status.value})"
            )
            why = f"  ({event.reason})" if event.reason else ""
            print(f"{event.at:%Y-%m-%d %H:%M}  {event.by or '-'}  {change}{why}", file=out)
        return EXIT_OK
    if args.referral_command == "follow-ups":
        items = workflow.follow_ups(open_ctx())
        for f in items:
            late = f"{f.overdue} business days late" if f.overdue else "due today"
            print(
                f"{f.referral_id:>6}  {f.client_id}  {f.therapist_id}  {f.status.value:<10}  "
                f"due {f.due}  {late}: {f.next_step}",
                file=out,
            )
        print(f"{len(items)} referral(s) need a follow-up.", file=out)
        return EXIT_OK
    new = referrals.change_status(
        open_ctx(), args.referral_id, ReferralStatus(args.new_status), args.reason
    )
    print(f"Referral {args.referral_id} is now {new.value}.", file=out)
    return EXIT_OK


def _letter(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import letters

    ctx = open_ctx()
    check = letters.check_letter(ctx, args.referral_id, args.language)
    if check.language_note:
        print(f"note: {check.language_note}", file=err)
    made = letters.generate_letter(ctx, args.referral_id, args.language, allow_missing=args.force)
    letters.write_private_file(args.output, made.pdf)
    print(
        f"Letter version {made.info.version} for referral {args.referral_id} "
        f"({made.info.language}) stored and written to {args.output}.",
        file=out,
    )
    return EXIT_OK


def _report(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import letters, reports

    reports.check_period(args.start, args.end)  # before opening the database
    pdf = reports.summary_pdf(open_ctx(), args.start, args.end)
    letters.write_private_file(args.output, pdf)
    print(
        f"Referral summary for {args.start.isoformat()} to {args.end.isoformat()} "
        f"written to {args.output}.",
        file=out,
    )
    return EXIT_OK


def _init(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    password = read_password(f"Password for the new admin '{args.admin}': ", confirm=True)
    ctx = _desk(open_ctx).create(args.admin, password, not args.unencrypted)
    ctx.engine.dispose()
    kind = "an encrypted" if ctx.database_key is not None else "an unencrypted"
    print(f"Created {kind} database with admin '{args.admin}'.", file=out)
    return EXIT_OK


def _user(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    store = _desk(open_ctx).keystore()
    if args.user_command == "add":
        password = read_password(
            f"Password for the new user '{args.username}': ", env=NEW_PASSWORD_ENV, confirm=True
        )
        account = accounts.add_user(
            ctx,
            args.username,
            password,
            Role(args.role),
            keystore=store,
            database_key=ctx.database_key,
        )
        print(f"Added {account.role.value} account '{account.username}'.", file=out)
    else:
        accounts.remove_user(ctx, args.username, keystore=store)
        print(f"Removed the account '{args.username}'; its history stays in the log.", file=out)
    return EXIT_OK


def _audit(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    ctx.require(Permission.AUDIT)
    check = audit.verify(ctx)
    if not check.intact:
        print(f"opcc-desk: the audit log is broken: {check.problem}.", file=err)
        return EXIT_REFUSED
    print(f"The audit log is intact: {check.entries} entries.", file=out)
    return EXIT_OK


def _purge(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    before = datetime.combine(args.archived_before, datetime.min.time())
    report = retention.purge_archived(open_ctx(), before, args.reason, dry_run=args.dry_run)
    verb = "Would purge" if report.dry_run else "Purged"
    print(
        f"{verb} {len(report.clients)} clients archived before {args.archived_before}, "
        f"with {report.referrals} referrals and {report.letters} letters.",
        file=out,
    )
    for ref in report.clients:
        print(f"  {ref}", file=out)
    return EXIT_OK


def _backup(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    report = backup.backup(open_ctx(), args.file)
    state = "encrypted, " if report.encrypted else ""
    print(
        f"Backed up to {args.file} ({state}verified: {sum(report.tables.values())} rows "
        f"in {len(report.tables)} tables).",
        file=out,
    )
    return EXIT_OK


def _restore(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    report = backup.restore(ctx, args.file, dispose=ctx.engine.dispose)
    again = open_ctx()  # the restored database, signed in again
    audit.log(again, Action.RESTORE_BACKUP, "database", "", f"restored from {args.file.name}")
    again.engine.dispose()
    print(f"Restored from {args.file} (verified: {sum(report.tables.values())} rows).", file=out)
    return EXIT_OK


def _desk(open_ctx: ContextFactory) -> Desk:
    if not isinstance(open_ctx, Desk):
        raise TypeError("this command needs the whole Desk, not only a context factory")
    return open_ctx


def _db(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    if args.db_command == "copy":
        return _db_copy(args, open_ctx, out, err)
    open_ctx()  # opening migrates and loads the catalogue
    print("The database is up to date.", file=out)
    return EXIT_OK


def _db_copy(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import dbcopy

    if args.source:
        from opcc_desk.app import open_context

        user = getattr(args, "user", None) or ""
        password = read_password(f"Password for {user}: ") if user else None
        source = open_context(args.source, user=user, password=password)
    else:
        source = open_ctx()
    try:
        report = dbcopy.copy_database(source, args.target)
    finally:
        source.engine.dispose()
    print(
        f"Copied {report.rows} rows in {len(report.tables)} tables from {report.source} "
        f"to {report.target} in {report.seconds:.1f} s; every table checked on both sides:",
        file=out,
    )
    width = max(len(table.name) for table in report.tables)
    for table in report.tables:
        print(
            f"  {table.name:<{width}}  {table.rows:>8} rows  sha256 {table.sha256[:16]}  same",
            file=out,
        )
    print(
        f"{report.letters_checked} stored letters match their hashes. Point each desk at the "
        "new database with --db or OPCC_DESK_DB.",
        file=out,
    )
    return EXIT_OK


def print_json(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _waitlist(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    if args.waitlist_command == "add":
        workflow.add_to_waitlist(ctx, args.client_id, Priority(args.priority), args.note)
        print(f"Client {args.client_id} is on the waitlist ({args.priority}).", file=out)
    elif args.waitlist_command == "remove":
        if not workflow.remove_from_waitlist(ctx, args.client_id, args.reason):
            print(f"opcc-desk: client {args.client_id} is not on the waitlist.", file=err)
            return EXIT_REFUSED
        print(f"Client {args.client_id} is off the waitlist.", file=out)
    else:
        for w in workflow.list_waitlist(ctx):
            fits = ", ".join(w.fits_now) if w.fits_now else "nobody yet"
            print(
                f"{w.client_id}  {w.priority.value:<7} since {w.since}  "
                f"({w.days_waiting} days)  could go to: {fits}",
                file=out,
            )
    return EXIT_OK


_HANDLERS: dict[str, Callable[[argparse.Namespace, ContextFactory, TextIO, TextIO], int]] = {
    "demo-data": _demo,
    "import": _import,
    "export": _export,
    "match": _match,
    "refer": _refer,
    "referral": _referral,
    "waitlist": _waitlist,
    "db": _db,
    "init": _init,
    "user": _user,
    "audit": _audit,
    "purge": _purge,
    "backup": _backup,
    "restore": _restore,
    "letter": _letter,
    "report": _report,
}


def handles(command: str | None) -> bool:
    return command in _HANDLERS


def parse(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(argv)
