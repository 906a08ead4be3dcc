"""Entry point: paths -> logging -> error handling -> window or command.

Log lines never carry client names, notes or contact details: only ids,
counts and error types.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from opcc_desk import __version__
from opcc_desk.arguments import EXIT_FAILURE, EXIT_OK, EXIT_REFUSED, UsageError, parse
from opcc_desk.crashlog import log_crash
from opcc_desk.paths import APP_NAME, resolve_db_url

if TYPE_CHECKING:
    import argparse

log = logging.getLogger("opcc_desk")


def log_dir() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False, ensure_exists=True)


def setup_logging(debug: bool = False) -> Path:
    import logging.handlers

    path = log_dir() / "opcc-desk.log"
    handler = logging.handlers.RotatingFileHandler(
        path, maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.set_name("opcc-desk-file")
    root = logging.getLogger()
    for old in [h for h in root.handlers if h.get_name() == "opcc-desk-file"]:
        root.removeHandler(old)
        old.close()
    root.addHandler(handler)
    logging.getLogger("alembic").setLevel(logging.WARNING)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    path.chmod(0o600)
    return path


def not_utf8(arguments: Sequence[str]) -> str:
    """A message naming the first argument that is not UTF-8 text, or "".

    Python hands such bytes over as lone surrogates, which crash the first print or
    database query they reach; refused here, in words, before anything runs."""
    for number, argument in enumerate(arguments, start=1):
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            shown = argument.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
            return (
                f"opcc-desk: argument {number} ({shown}) holds characters that are not UTF-8 "
                "text (often a file name from an old system or a terminal set to another "
                "encoding); rename the file or retype the argument, then try again."
            )
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if problem := not_utf8(arguments):
        print(problem, file=sys.stderr)
        return EXIT_REFUSED
    try:
        args = parse(arguments)
    except UsageError as error:
        print(error, file=sys.stderr)
        print("Run 'opcc-desk --help' to see the commands.", file=sys.stderr)
        return EXIT_REFUSED
    url = resolve_db_url(args.db)
    window = args.command in (None, "gui")

    def start_logging() -> None:
        setup_logging(args.debug)
        log.info("opcc-desk %s starting: %s", __version__, args.command or "gui")

    if not window:
        start_logging()
    try:
        # The window is put on screen before the database layer is even imported (and
        # the log file opened just after); the commands load what they need when they run.
        if window:
            from opcc_desk.ui.main import run_gui

            return run_gui(url, after_first_paint=start_logging)
        if args.command == "self-test":
            from opcc_desk.selftest import run_self_test

            return run_self_test(sys.stdout)
        return run_command(args, url)
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): not an error worth a report
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except KeyboardInterrupt:
        print("opcc-desk: stopped.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception as error:
        # imported here: the window's start-up should not wait for the field checks
        from opcc_desk.services.errors import ServiceError

        if isinstance(error, ServiceError):  # the user's world: a plain message, exit 2
            print(f"opcc-desk: {error}", file=sys.stderr)
            return EXIT_REFUSED
        kind, _value, tb = sys.exc_info()
        log_crash(kind or Exception, tb, args.command or "gui")
        if args.debug:
            raise
        print(
            "opcc-desk: something went wrong inside the program. The details are in "
            f"{log_dir() / 'opcc-desk.log'}; "
            "please send that file to your IT helper. Run again with --debug to see them here.",
            file=sys.stderr,
        )
        return EXIT_FAILURE


def run_command(args: argparse.Namespace, url: str) -> int:
    """A command-line command, with the database opened through the composition root."""
    from opcc_desk import cli
    from opcc_desk.app import create_database, keystore_for, open_context, restore_backup
    from opcc_desk.services.backup import BackupReport
    from opcc_desk.services.context import ServiceContext

    password: list[str] = []  # asked once, only when a command needs the database

    def signing_in() -> str | None:
        if args.user and not password:
            password.append(cli.read_password(f"Password for {args.user}: "))
        return password[0] if password else None

    def open_ctx() -> ServiceContext:
        return open_context(url, user=args.user or "", password=signing_in(), sleep=time.sleep)

    def restore(source: Path) -> BackupReport:
        # today's password signs in; the backup may need the one its user had then
        then = os.environ.get(cli.BACKUP_PASSWORD_ENV)
        return restore_backup(url, source, args.user or "", signing_in(), backup_password=then)

    def create(admin: str, admin_password: str, encrypted: bool) -> ServiceContext:
        return create_database(url, admin, admin_password, encrypted=encrypted)

    desk = cli.Desk(
        open=open_ctx, create=create, keystore=lambda: keystore_for(url), restore=restore
    )
    return cli.run(args, desk)


if __name__ == "__main__":
    sys.exit(main())
