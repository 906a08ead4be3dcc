"""The command line's words: flags and commands, parsed with argparse.

Kept apart from cli.py (which runs the commands and so loads the database layer) so
that opening the window, the everyday case, reads its few flags without loading
anything heavy first.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from opcc_desk import __version__
from opcc_desk.domain.enums import Priority, ReferralStatus
from opcc_desk.domain.roles import Role

EXIT_OK = 0
EXIT_FAILURE = 1  # something went wrong inside the program
EXIT_REFUSED = 2  # the user's input or world: bad words, bad file, not allowed


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
    form = p.add_mutually_exclusive_group()
    form.add_argument(
        "--map",
        type=Path,
        metavar="MAP.toml",
        help="clients: read a form tool's export through this mapping (docs/import-mappings.md)",
    )
    form.add_argument(
        "--suggest-map",
        action="store_true",
        help="clients: print a suggested mapping for a form tool's export; imports nothing",
    )

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
    p.add_argument(
        "--over-capacity",
        action="store_true",
        help="refer even though the therapist is at capacity (director; needs --reason)",
    )
    p.add_argument("--reason", default="", metavar="TEXT", help="why, for the audit log")

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
    p.add_argument("-o", "--output", type=Path, metavar="FILE.pdf")
    p.add_argument("--language", choices=["en", "fr"], help="default: the client's language")
    p.add_argument(
        "--force",
        action="store_true",
        help="make it even if some characters cannot be printed, or the referral has ended "
        "(closed, declined, no_response, withdrawn)",
    )
    p.add_argument(
        "--email",
        action="store_true",
        help="send the newest letter (made now if none) to the client as an encrypted PDF; "
        "the passphrase is printed on the last line",
    )

    p = commands.add_parser("email", help="the clinic's outgoing mail server (admin)")
    email_commands = p.add_subparsers(dest="email_command", metavar="ACTION", parser_class=_Parser)
    email_commands.required = True
    email_commands.add_parser("show", help="the mail server as set (never its password)")
    s = email_commands.add_parser(
        "set",
        help="set the mail server letters are sent through; its password from "
        "OPCC_DESK_SMTP_PASSWORD",
    )
    s.add_argument("--host", required=True)
    s.add_argument("--port", type=_port, default=None, help="default: 465 tls, 587 starttls")
    security = s.add_mutually_exclusive_group()
    for name, text in (
        ("tls", "TLS from the start (the default; often port 465)"),
        ("starttls", "STARTTLS (often port 587)"),
        ("plain", "no TLS: only for a mail server on this computer"),
    ):
        security.add_argument(
            f"--{name}", dest="security", action="store_const", const=name, help=text
        )
    s.set_defaults(security="tls")
    s.add_argument("--user", dest="account", default="", metavar="U", help="the mail account")
    s.add_argument("--from", dest="from_address", required=True, metavar="ADDRESS")

    p = commands.add_parser("clinic", help="the clinic's details for letters and reports")
    clinic_commands = p.add_subparsers(
        dest="clinic_command", metavar="ACTION", parser_class=_Parser
    )
    clinic_commands.required = True
    clinic_commands.add_parser("show", help="print the clinic's details, one per line")
    s = clinic_commands.add_parser(
        "set", help="set the clinic's details (director); options left out are kept"
    )
    s.add_argument("--name", required=True, help="the centre's name, heading every letter")
    s.add_argument("--address", required=True, metavar="STREET", help="street and suite")
    s.add_argument("--city", metavar="CITY")
    s.add_argument("--province", metavar="XX", help="two letters; default: from the postal code")
    s.add_argument("--postal-code", metavar="A1A 1A1")
    s.add_argument("--phone", required=True)
    s.add_argument("--email", required=True)
    s.add_argument("--website")
    s.add_argument("--logo", metavar="FILE", type=Path, help="a PNG or JPEG, 2 MB at most")
    s.add_argument(
        "--no-logo", action="store_true", help="print no logo (neither the clinic's nor the mark)"
    )
    s.add_argument(
        "--signatory",
        metavar="NAME, CREDENTIALS",
        help='who signs the letters, e.g. "Dana Roy, RP"',
    )
    s.add_argument("--signatory-role", metavar="ROLE", help="e.g. Clinical director")
    s.add_argument("--closing-en", metavar="TEXT", help="the letters' closing line in English")
    s.add_argument("--closing-fr", metavar="TEXT", help="the letters' closing line in French")
    s.add_argument(
        "--letter-form",
        choices=["full", "short"],
        help="short: one page, the approach in one paragraph; full: the whole explanation",
    )

    p = commands.add_parser("report", help="the clinical director's referral summary (PDF)")
    p.add_argument("--from", dest="start", required=True, type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, type=_day, metavar="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")

    p = commands.add_parser("consent", help="clients' consent to be contacted")
    consent_commands = p.add_subparsers(
        dest="consent_command", metavar="ACTION", parser_class=_Parser
    )
    consent_commands.required = True
    consent_commands.add_parser(
        "missing", help="the clients whose record lacks their consent to be contacted (directors)"
    )

    p = commands.add_parser(
        "directory",
        help="publish the referral directory: a website, directory.json and a PDF handout",
        description="Writes the therapists who chose to be listed into FOLDER (English pages, "
        "French ones under fr/), replacing a previous publication there in one step.",
    )
    p.add_argument("-o", "--output", required=True, type=Path, metavar="FOLDER")
    p.add_argument(
        "--language",
        choices=["en", "fr"],
        default="en",
        help="the printed handout's language (default en; the website has both)",
    )

    commands.add_parser("self-test", help="check the installed program works (headless)")

    p = commands.add_parser("init", help="create a new database with its first admin account")
    p.add_argument("--admin", metavar="USERNAME", required=True)
    p.add_argument(
        "--unencrypted", action="store_true", help="do not encrypt the file (demonstrations only)"
    )

    p = commands.add_parser("user", help="staff accounts and passwords")
    user_commands = p.add_subparsers(dest="user_command", metavar="ACTION", parser_class=_Parser)
    user_commands.required = True
    s = user_commands.add_parser("add", help="add a staff account")
    s.add_argument("username")
    s.add_argument("--role", choices=[r.value for r in Role], required=True)
    s = user_commands.add_parser("remove", help="remove a staff account (its history stays)")
    s.add_argument("username")
    s = user_commands.add_parser(
        "password",
        help="change your own password, or (admins) set a new one for another account",
    )
    s.add_argument("username", nargs="?", default=None)

    p = commands.add_parser("audit", help="the audit log")
    audit_commands = p.add_subparsers(dest="audit_command", metavar="ACTION", parser_class=_Parser)
    audit_commands.required = True
    audit_commands.add_parser("verify", help="check that no entry was changed or removed")
    audit_commands.add_parser(
        "seal",
        help="seal the log as it is now (after moving the database without its seal file)",
    )
    s = audit_commands.add_parser("search", help="list entries, newest first")
    s.add_argument("--by", dest="by_user", default="", metavar="USERNAME")
    s.add_argument("--action", default="")
    s.add_argument("--record", default="", metavar="ID")
    s.add_argument("--limit", type=_count, default=100)

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
        "grant-desk",
        help="PostgreSQL: give the desks' login its rights (run with the owner's login)",
    )
    s.add_argument("desk_login", metavar="LOGIN")
    db_commands.add_parser(
        "rekey",
        help="give an encrypted database a new key (after removing someone); the other "
        "accounts then need a new password from an admin",
    )
    db_commands.add_parser(
        "reindex",
        help="rebuild the clients' search words (after an older desk wrote to a shared server)",
    )
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
    s.add_argument(
        "--unencrypted",
        action="store_true",
        help="leave an SQLite copy unencrypted (demonstration data only: it holds every "
        "client record and password hash in the clear)",
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


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"'{value}' is not a port; give 1 to 65535, e.g. 587")
    return port


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


def parse(argv: Sequence[str]) -> argparse.Namespace:
    if not argv:
        # no words at all, as when started from its icon: the window, on the default
        # database; there is nothing for the parser (some 30 commands) to read
        return argparse.Namespace(db=None, debug=False, user=None, command=None)
    return build_parser().parse_args(argv)
