"""The command line: parses, calls one service, prints. No Qt here.

Exit codes (docs/command-line.md): 0 done; 2 bad input or a refused action, with one
plain line per problem on stderr and nothing changed; 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TextIO

from opcc_desk.arguments import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_REFUSED,
    UsageError,
    build_parser,
    parse,
)
from opcc_desk.db.keystore import Keystore
from opcc_desk.domain.enums import Priority, ReferralStatus
from opcc_desk.domain.roles import Permission, Role
from opcc_desk.services import (
    accounts,
    audit,
    backup,
    followups,
    matching,
    referrals,
    retention,
    transfer,
    waitlist,
)
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

ContextFactory = Callable[[], ServiceContext]
PASSWORD_ENV = "OPCC_DESK_PASSWORD"
NEW_PASSWORD_ENV = "OPCC_DESK_NEW_PASSWORD"
BACKUP_PASSWORD_ENV = "OPCC_DESK_BACKUP_PASSWORD"
SMTP_PASSWORD_ENV = "OPCC_DESK_SMTP_PASSWORD"


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
    # a backup as the database (signing in to the live one first, when there is one)
    restore: Callable[[Path], backup.BackupReport]

    def __call__(self) -> ServiceContext:
        return self.open()


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
    if args.map is not None or args.suggest_map:
        from opcc_desk.services import form_imports

        if args.kind != "clients":
            raise ServiceError(
                "--map and --suggest-map read a form's intake export; use them with "
                "'import clients'"
            )
        if args.suggest_map:
            return _suggest_map(args, open_ctx, out, err)
        mapping = form_imports.read_mapping_file(args.map)
        export = form_imports.read_export(args.file)
        report = form_imports.import_export(open_ctx(), export, mapping, dry_run=args.dry_run)
    else:
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


def _suggest_map(
    args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO
) -> int:
    from opcc_desk.services import form_imports

    export = form_imports.read_export(args.file)
    suggestion = form_imports.suggest(open_ctx(), export)
    out.write(suggestion.to_toml())
    unplaced = sum(len(answers) for answers in suggestion.unmatched_answers.values())
    print(
        f"{args.file}: {len(suggestion.mapping.columns)} of {len(export.headers)} questions "
        f"matched, {unplaced} answer(s) not recognised, {len(suggestion.doubts)} line(s) "
        "to check (marked 'check'). Correct the mapping, save it, then import with --map.",
        file=err,
    )
    return EXIT_OK


def _export(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    if args.kind == "waitlist":
        count = waitlist.export_waitlist(open_ctx(), args.file)
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
        ctx,
        args.client_id,
        args.therapist_id,
        approach=args.approach,
        over_capacity=args.over_capacity,
        reason=args.reason,
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
        items = followups.follow_ups(open_ctx())
        for f in items:
            late = f"{f.overdue} business days late" if f.overdue else "due today"
            print(
                f"{f.referral_id:>6}  {f.client_id}  {f.therapist_id}  {f.status.value:<10}  "
                f"due {f.due}  {late}: {f.next_step}",
                file=out,
            )
        print(f"{len(items)} referral(s) need a follow-up.", file=out)
        return EXIT_OK
    moved = referrals.change_status(
        open_ctx(), args.referral_id, ReferralStatus(args.new_status), args.reason
    )
    print(f"Referral {args.referral_id} is now {moved.status.value}.", file=out)
    if moved.waiting_fits:
        # ids, not names, as `waitlist list` prints them: this output often ends up in
        # a script's log
        print(
            f"Therapist {moved.therapist_id} has room again and fits these waiting clients "
            "(nobody has been contacted):",
            file=out,
        )
        for w in moved.waiting_fits:
            print(
                f"  {w.client_id}  {w.priority.value:<7} waiting {w.days_waiting} days",
                file=out,
            )
    return EXIT_OK


def _letter(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import letters

    if args.email:
        return _send_letter(args, open_ctx, out, err)
    if args.output is None:
        raise UsageError("give -o FILE.pdf to write the letter, or --email to send it")
    ctx = open_ctx()
    check = letters.check_letter(ctx, args.referral_id, args.language)
    if check.language_note:
        print(f"note: {check.language_note}", file=err)
    if check.ended is not None and not args.force:
        raise ServiceError(f"{check.ended_note} Add --force to make it anyway.")
    for note in check.notes:
        print(f"warning: {note}", file=err)
    made = letters.generate_letter(
        ctx, args.referral_id, args.language, allow_missing=args.force, allow_ended=args.force
    )
    letters.write_private_file(args.output, made.pdf)
    print(
        f"Letter version {made.info.version} for referral {args.referral_id} "
        f"({made.info.language}) stored and written to {args.output}.",
        file=out,
    )
    return EXIT_OK


def _send_letter(
    args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO
) -> int:
    from opcc_desk.services import email_letters, letters

    ctx = open_ctx()
    sent = email_letters.send_letter(
        ctx, args.referral_id, language=args.language, allow_ended=args.force
    )
    if args.output is not None:
        letters.write_private_file(args.output, letters.stored_letter(ctx, args.referral_id).pdf)
    made = " (made now)" if sent.made_now else ""
    print(
        f"Letter version {sent.version}{made} for referral {args.referral_id} sent by email to "
        f"{sent.address} as an encrypted PDF. Read the client this passphrase by phone; it "
        "is shown only now:",
        file=out,
    )
    print(sent.passphrase, file=out)
    return EXIT_OK


def _email(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import mail_server

    ctx = open_ctx()
    if args.email_command == "set":
        password = os.environ.get(SMTP_PASSWORD_ENV)
        if args.account and not password:
            raise ServiceError(
                f"give the mail account's password in {SMTP_PASSWORD_ENV}; nothing was changed"
            )
        mail_server.set_server(
            ctx,
            host=args.host,
            port=args.port,
            security=args.security,
            from_address=args.from_address,
            user=args.account,
            password=password if args.account else "",
        )
    view = mail_server.show(ctx)
    if not view.configured:
        print("No mail server is set up.", file=out)
        return EXIT_OK
    account = f", account {view.user} (password kept encrypted)" if view.user else ""
    print(
        f"Mail server {view.host}:{view.port} ({view.security}){account}; letters are sent "
        f"from {view.from_address}.",
        file=out,
    )
    return EXIT_OK


def _clinic(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk import clinic_cli

    ctx = open_ctx()
    if args.clinic_command == "show":
        return clinic_cli.show(ctx, out)
    ctx.require(Permission.SETTINGS)  # before a logo file is read
    done = clinic_cli.set_details(args, ctx, err)
    if done == EXIT_OK:
        print("The clinic's details are saved; new letters use them.", file=out)
    return done


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


def _consent(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import consent

    found = consent.without_consent(open_ctx())
    for c in found:
        since = c.submitted.date().isoformat() if c.submitted else "no intake date"
        extra = f"  {c.open_referrals} open referral(s)" if c.open_referrals else ""
        archived = "  (archived)" if c.archived else ""
        print(f"{c.client_id}  {c.name}  intake {since}{extra}{archived}", file=out)
    print(
        f"{len(found)} client(s) without consent to be contacted"
        + (f": {consent.WHAT_TO_DO}." if found else "."),
        file=out,
    )
    return EXIT_OK


def _directory(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import directory

    made = directory.publish(open_ctx(), args.output, args.language)
    left_out = f"; {made.left_out} chose not to be listed" if made.left_out else ""
    print(
        f"Published {made.therapists} therapists to {made.folder} "
        f"(website, directory.json, directory.pdf{left_out}).",
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
    elif args.user_command == "password":
        return _password(args, ctx, store, out)
    elif store is None:
        accounts.remove_user(ctx, args.username)
        print(f"Removed the account '{args.username}'; its history stays in the log.", file=out)
    else:
        return _remove_and_rekey(args.username, ctx, out)
    return EXIT_OK


def _remove_and_rekey(username: str, ctx: ServiceContext, out: TextIO) -> int:
    from opcc_desk.services import rekey

    try:
        others = rekey.remove_user(ctx, username, dispose=ctx.engine.dispose)
    finally:
        ctx.engine.dispose()
    print(f"Removed the account '{username}'; its history stays in the log.", file=out)
    print("The database has a new key; their old key file no longer opens it.", file=out)
    _need_passwords(others, out)
    return EXIT_OK


def _need_passwords(others: list[str], out: TextIO) -> None:
    if others:
        print(
            "These accounts have not signed in since key pairs came and need a new password "
            "before they can sign in ('opcc-desk user password NAME'): " + ", ".join(others),
            file=out,
        )


def _password(
    args: argparse.Namespace, ctx: ServiceContext, store: Keystore | None, out: TextIO
) -> int:
    """Your own password (the current one again, from the prompt or OPCC_DESK_PASSWORD),
    or an admin setting a new one for another account (which also unlocks it)."""
    username = args.username or ctx.user
    if not ctx.user:
        raise ServiceError("this database has no staff accounts; create one with 'init' first")
    new_prompt = f"New password for '{username}': "
    if username == ctx.user:
        old = read_password(f"Current password for '{username}': ")
        new = read_password(new_prompt, env=NEW_PASSWORD_ENV, confirm=True)
        accounts.change_password(ctx, old, new, keystore=store, database_key=ctx.database_key)
        print("Your password is changed; use the new one from now on.", file=out)
    else:
        new = read_password(new_prompt, env=NEW_PASSWORD_ENV, confirm=True)
        accounts.reset_password(ctx, username, new, keystore=store, database_key=ctx.database_key)
        print(f"'{username}' has a new password and is no longer locked out.", file=out)
    return EXIT_OK


def _audit(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    if args.audit_command == "search":
        query = audit.AuditQuery(
            user=args.by_user, action=args.action, record_ref=args.record, limit=args.limit
        )
        for e in audit.search(ctx, query):
            print(
                f"{e.id:>7}  {e.at:%Y-%m-%d %H:%M:%S}  {e.user or '-'}  {e.action}  "
                f"{e.record_type} {e.record_ref}  {e.detail}",
                file=out,
            )
        return EXIT_OK
    if args.audit_command == "seal":
        count = audit.seal(ctx)
        print(f"The audit log is sealed as it is now: {count} entries.", file=out)
        return EXIT_OK
    check = audit.verify(ctx)
    if not check.intact:
        print(f"opcc-desk: the audit log is broken: {check.problem}.", file=err)
        return EXIT_REFUSED
    how = "checked with the audit key" if check.keyed else "not sealed: no audit key here"
    print(f"The audit log is intact: {check.entries} entries ({how}).", file=out)
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
    # not open_ctx(): on a new computer there is no database to open, and none may be
    # created before the backup is known to open with this user's password
    try:
        report = _desk(open_ctx).restore(args.file)
    except backup.PasswordThen as refused:
        raise backup.BackupRefused(
            f"{refused} (give it in {BACKUP_PASSWORD_ENV} when it differs from today's); "
            "nothing was changed"
        ) from None
    print(f"Restored from {args.file} (verified: {sum(report.tables.values())} rows).", file=out)
    return EXIT_OK


def _desk(open_ctx: ContextFactory) -> Desk:
    if not isinstance(open_ctx, Desk):
        raise TypeError("this command needs the whole Desk, not only a context factory")
    return open_ctx


def _db(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    if args.db_command == "copy":
        return _db_copy(args, open_ctx, out, err)
    if args.db_command == "grant-desk":
        from opcc_desk.services.server_logins import grant_desk_login

        for statement in grant_desk_login(open_ctx(), args.desk_login):
            print(f"{statement};", file=out)
        print(f"The login '{args.desk_login}' has the desks' rights, and no more.", file=out)
        return EXIT_OK
    if args.db_command == "rekey":
        return _rekey(open_ctx, out)
    if args.db_command == "reindex":
        from opcc_desk.services.search_index import rebuild_search_words

        count = rebuild_search_words(open_ctx())
        print(f"Search words rebuilt for {count} clients.", file=out)
        return EXIT_OK
    open_ctx()  # opening migrates and loads the catalogue
    print("The database is up to date.", file=out)
    return EXIT_OK


def _rekey(open_ctx: ContextFactory, out: TextIO) -> int:
    from opcc_desk.services import rekey

    ctx = open_ctx()
    try:
        password = read_password(f"Your password again ({ctx.user}), to wrap the new key: ")
        others = rekey.rekey(ctx, password, dispose=ctx.engine.dispose)
    finally:
        ctx.engine.dispose()
    print("The database has a new key; older key files no longer open it.", file=out)
    _need_passwords(others, out)
    return EXIT_OK


def _db_copy(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    from opcc_desk.services import accounts, dbcopy

    user = getattr(args, "user", None) or ""
    password: str | None = None
    if args.source:
        from opcc_desk.app import open_context

        password = read_password(f"Password for {user}: ") if user else None
        source = open_context(args.source, user=user, password=password)
    else:
        source = open_ctx()
    try:
        file = dbcopy.target_file(args.target)
        to_file = file is not None
        if to_file and args.unencrypted:
            print(
                "warning: the copy is NOT encrypted: anyone who gets the file can read every "
                "client record and the staff's password hashes. Delete it when done.",
                file=err,
            )
        elif to_file and password is None and source.user and accounts.keystore_of(source) is None:
            password = read_password(f"Password for {user} (locks the copy's key): ")
        report = dbcopy.copy_database(
            source, args.target, password=password, unencrypted=args.unencrypted
        )
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
    if report.encrypted:
        print(
            f"The copy is encrypted; its key file ({report.target.rsplit('/', 1)[-1]}.keys) must "
            f"stay beside it. Accounts that can sign in to it: {', '.join(report.key_holders)}.",
            file=out,
        )
    return EXIT_OK


def print_json(value: object, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _waitlist(args: argparse.Namespace, open_ctx: ContextFactory, out: TextIO, err: TextIO) -> int:
    ctx = open_ctx()
    if args.waitlist_command == "add":
        waitlist.add_to_waitlist(ctx, args.client_id, Priority(args.priority), args.note)
        print(f"Client {args.client_id} is on the waitlist ({args.priority}).", file=out)
    elif args.waitlist_command == "remove":
        if not waitlist.remove_from_waitlist(ctx, args.client_id, args.reason):
            print(f"opcc-desk: client {args.client_id} is not on the waitlist.", file=err)
            return EXIT_REFUSED
        print(f"Client {args.client_id} is off the waitlist.", file=out)
    else:
        for w in waitlist.list_waitlist(ctx):
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
    "email": _email,
    "clinic": _clinic,
    "report": _report,
    "directory": _directory,
    "consent": _consent,
}


def handles(command: str | None) -> bool:
    return command in _HANDLERS


__all__ = [
    "EXIT_FAILURE",
    "EXIT_OK",
    "EXIT_REFUSED",
    "Desk",
    "UsageError",
    "build_parser",
    "handles",
    "parse",
    "read_password",
    "run",
]
