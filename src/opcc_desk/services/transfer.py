"""Import and export of the directory and intake files (docs/file-formats.md).

An import is all or nothing: every row is checked first, every bad row is
reported with its line number, and only a clean file is written, in one
transaction. Rows are keyed by ``id``, so importing the same file twice changes
nothing the second time.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from opcc_desk.db.models import ClientRecord, ReferralRecord, TherapistRecord
from opcc_desk.domain import records
from opcc_desk.domain.audit import Action
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.validation import Problem, RecordError
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.mapping import (
    apply_client,
    apply_therapist,
    client_from_record,
    therapist_from_record,
    touch,
)
from opcc_desk.services.people import keep_previous

T = TypeVar("T")

MAX_FILE_BYTES = 200 * 1024 * 1024

REFERRAL_COLUMNS: tuple[str, ...] = (
    "id",
    "client_id",
    "therapist_id",
    "approach",
    "status",
    "score",
    "created_at",
    "updated_at",
    "created_by",
)


class Kind(StrEnum):
    THERAPISTS = "therapists"
    CLIENTS = "clients"
    REFERRALS = "referrals"


@dataclass(frozen=True, slots=True)
class RowProblem:
    line: int  # CSV: the line the row starts on (header = 1); JSON: the item number
    record_id: str
    problems: tuple[Problem, ...]

    def __str__(self) -> str:
        who = f" ({self.record_id})" if self.record_id else ""
        return f"line {self.line}{who}: " + "; ".join(str(p) for p in self.problems)


class ImportRejected(ServiceError):
    """The file has problems; nothing was written."""

    def __init__(self, path: str, problems: list[RowProblem], file_problem: str = "") -> None:
        self.path = path
        self.row_problems = problems
        self.file_problem = file_problem
        if file_problem:
            message = f"{path}: {file_problem}"
        else:
            message = f"{path}: {len(problems)} row(s) have problems; nothing was imported"
        super().__init__(message)


@dataclass
class ImportReport:
    kind: Kind
    rows: int = 0
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    dry_run: bool = False


@dataclass(frozen=True, slots=True)
class SourceRow:
    line: int
    cells: dict[str, str]


# ---------------------------------------------------------------- reading files


def read_rows(path: Path) -> tuple[list[str], list[SourceRow]]:
    """Columns and rows of a CSV or JSON file; raises ImportRejected if unreadable."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(name, [], "the file is larger than 200 MB; split it into parts")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRejected(name, [], "there is no such file; check the name and folder") from None
    except IsADirectoryError:
        raise ImportRejected(
            name, [], "this is a folder, not a file; choose the file itself"
        ) from None
    except PermissionError:
        raise ImportRejected(name, [], "the file cannot be read (permission denied)") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected(
            name,
            [],
            f"the file is not UTF-8 text (byte {error.start}); "
            "save it as 'CSV UTF-8' and try again",
        ) from None
    if "\x00" in text:
        raise ImportRejected(name, [], "the file is not a text file; choose a CSV or JSON file")
    if not text.strip():
        raise ImportRejected(name, [], "the file is empty")
    if path.suffix.lower() == ".json" or text.lstrip().startswith("["):
        return _json_rows(name, text)
    return _csv_rows(name, text)


def _csv_rows(name: str, text: str) -> tuple[list[str], list[SourceRow]]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except csv.Error as error:
        raise ImportRejected(name, [], f"the header row cannot be read as CSV ({error})") from None
    columns = [column.strip().lower() for column in header]
    rows: list[SourceRow] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                if len(cells) > len(columns):
                    extra = RowProblem(
                        start,
                        "",
                        (
                            Problem(
                                "row", f"has {len(cells)} cells but the header has {len(columns)}"
                            ),
                        ),
                    )
                    raise ImportRejected(name, [extra])
                rows.append(SourceRow(start, dict(zip(columns, cells, strict=False))))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportRejected(
            name, [], f"line {reader.line_num} cannot be read as CSV ({error}); check its quotes"
        ) from None
    return columns, rows


def _json_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(_json_cell(item) for item in value)
    return str(value)


def _json_rows(name: str, text: str) -> tuple[list[str], list[SourceRow]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            name,
            [],
            f"the JSON is broken at line {error.lineno}, column {error.colno} ({error.msg})",
        ) from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ImportRejected(name, [], "the JSON must be a list of objects, one per row")
    columns: dict[str, None] = {}
    rows = []
    for number, item in enumerate(data, start=1):
        cells = {str(k).strip().lower(): _json_cell(v) for k, v in item.items()}
        columns.update(dict.fromkeys(cells))
        rows.append(SourceRow(number, cells))
    return list(columns), rows


# ---------------------------------------------------------------- importing


def _check_columns(
    name: str, kind: Kind, columns: list[str], known: tuple[str, ...], required: frozenset[str]
) -> list[str]:
    missing = sorted(required - set(columns))
    if missing:
        raise ImportRejected(
            name,
            [],
            f"the {kind.value} file lacks required column(s): {', '.join(missing)}; "
            "add them to the header row",
        )
    unknown = [c for c in columns if c and c not in known]
    return [f"column '{c}' is not used by OPCC Desk and was ignored" for c in unknown]


def _parse_all(
    name: str,
    rows: list[SourceRow],
    parse: Callable[[Mapping[str, str]], T],
    key: Callable[[T], str],
) -> list[T]:
    problems: list[RowProblem] = []
    parsed: list[T] = []
    first_line: dict[str, int] = {}
    for row in rows:
        record_id = row.cells.get("id", "").strip()
        try:
            item = parse(row.cells)
        except RecordError as error:
            problems.append(RowProblem(row.line, record_id, tuple(error.problems)))
            continue
        if key(item) in first_line:
            problems.append(
                RowProblem(
                    row.line,
                    record_id,
                    (
                        Problem(
                            "id",
                            f"repeats the id of line {first_line[key(item)]}; ids must be unique",
                        ),
                    ),
                )
            )
            continue
        first_line[key(item)] = row.line
        parsed.append(item)
    if problems:
        raise ImportRejected(name, problems)
    return parsed


def import_file(
    ctx: ServiceContext, kind: Kind, path: Path, *, dry_run: bool = False
) -> ImportReport:
    name = str(path)
    ctx.require(Permission.THERAPISTS if kind is Kind.THERAPISTS else Permission.CLIENTS)
    columns, rows = read_rows(path)
    catalogue = ctx.catalogue
    report = ImportReport(kind=kind, rows=len(rows), dry_run=dry_run)
    if kind is Kind.THERAPISTS:
        report.warnings = _check_columns(
            name, kind, columns, records.THERAPIST_COLUMNS, records.THERAPIST_REQUIRED
        )
        therapists = _parse_all(
            name, rows, lambda cells: records.therapist_from_row(cells, catalogue), lambda t: t.id
        )
        with ctx.transaction() as session:
            _store_therapists(ctx, session, therapists, report)
            if dry_run:
                session.rollback()
            else:
                _log_import(session, ctx, report)
    elif kind is Kind.CLIENTS:
        report.warnings = _check_columns(
            name, kind, columns, records.CLIENT_COLUMNS, records.CLIENT_REQUIRED
        )
        today = ctx.today()
        clients = _parse_all(
            name,
            rows,
            lambda cells: records.client_from_row(cells, catalogue, today=today),
            lambda c: c.id,
        )
        with ctx.transaction() as session:
            _store_clients(ctx, session, clients, report)
            if dry_run:
                session.rollback()
            else:
                _log_import(session, ctx, report)
    else:
        raise ImportRejected(name, [], "referrals cannot be imported; they are made by matching")
    return report


def _log_import(session: Session, ctx: ServiceContext, report: ImportReport) -> None:
    kind = "therapist" if report.kind is Kind.THERAPISTS else "client"
    entries = [(Action.IMPORT, kind, ref, "added from a file") for ref in report.added]
    entries += [(Action.IMPORT, kind, ref, "updated from a file") for ref in report.updated]
    audit.append_many(session, ctx, entries)


R = TypeVar("R", TherapistRecord, ClientRecord)
LOOKUP_BATCH = 900  # ids per IN (...): under every database's limit on parameters


def _existing(session: Session, model: type[R], refs: list[str], *links: Any) -> dict[str, R]:
    """The stored records among the file's ids only: a ten-row intake file on a clinic
    of 100,000 clients reads ten records, not every one."""
    found: dict[str, R] = {}
    for start in range(0, len(refs), LOOKUP_BATCH):
        batch = refs[start : start + LOOKUP_BATCH]
        query = (
            select(model)
            .where(model.ref.in_(batch))
            .options(*(selectinload(link) for link in links))
        )
        found.update((row.ref, row) for row in session.scalars(query))
    return found


def _store_therapists(
    ctx: ServiceContext, session: Session, items: list[Therapist], report: ImportReport
) -> None:
    now = ctx.clock()
    existing = _existing(
        session,
        TherapistRecord,
        [item.id for item in items],
        TherapistRecord.approach_links,
        TherapistRecord.concern_links,
    )
    for item in items:
        row = existing.get(item.id)
        if row is None:
            row = TherapistRecord(ref=item.id, created_at=now, updated_at=now)
            apply_therapist(row, item)
            session.add(row)
            report.added.append(item.id)
        elif (before := records.therapist_to_row(therapist_from_record(row))) != (
            records.therapist_to_row(item)
        ):
            keep_previous(session, ctx, "therapist", row.ref, row.version, before)
            apply_therapist(row, item)
            touch(row, now)
            report.updated.append(item.id)
        else:
            report.unchanged += 1
    session.flush()


def _store_clients(
    ctx: ServiceContext, session: Session, items: list[Client], report: ImportReport
) -> None:
    now = ctx.clock()
    existing = _existing(
        session,
        ClientRecord,
        [item.id for item in items],
        ClientRecord.concern_links,
        ClientRecord.approach_links,
    )
    for item in items:
        row = existing.get(item.id)
        if row is None:
            row = ClientRecord(ref=item.id, created_at=now, updated_at=now)
            apply_client(row, item)
            if item.submitted is None:
                row.submitted = now.replace(microsecond=0)
            session.add(row)
            report.added.append(item.id)
            continue
        if item.submitted is None:
            item.submitted = row.submitted  # a file without the column keeps the stored date
        before = records.client_to_row(client_from_record(row))
        if before != records.client_to_row(item):
            keep_previous(session, ctx, "client", row.ref, row.version, before)
            apply_client(row, item)
            touch(row, now)
            report.updated.append(item.id)
        else:
            report.unchanged += 1
    session.flush()


# ---------------------------------------------------------------- exporting


def export_rows(
    ctx: ServiceContext, kind: Kind
) -> tuple[tuple[str, ...], Iterator[dict[str, str]]]:
    """Columns and rows in id order, read in one transaction."""
    with ctx.transaction() as session:
        if kind is Kind.THERAPISTS:
            therapists = session.scalars(
                select(TherapistRecord)
                .options(
                    selectinload(TherapistRecord.approach_links),
                    selectinload(TherapistRecord.concern_links),
                )
                .order_by(TherapistRecord.ref)
            )
            rows = [records.therapist_to_row(therapist_from_record(t)) for t in therapists]
            return records.THERAPIST_COLUMNS, iter(rows)
        if kind is Kind.CLIENTS:
            clients = session.scalars(
                select(ClientRecord)
                .options(
                    selectinload(ClientRecord.concern_links),
                    selectinload(ClientRecord.approach_links),
                )
                .order_by(ClientRecord.ref)
            )
            rows = [records.client_to_row(client_from_record(c)) for c in clients]
            return records.CLIENT_COLUMNS, iter(rows)
        referral_rows = session.execute(
            select(
                ReferralRecord.id,
                ClientRecord.ref,
                TherapistRecord.ref,
                ReferralRecord.approach_key,
                ReferralRecord.status,
                ReferralRecord.score,
                ReferralRecord.created_at,
                ReferralRecord.updated_at,
                ReferralRecord.created_by,
            )
            .join(ClientRecord, ClientRecord.pk == ReferralRecord.client_pk)
            .join(TherapistRecord, TherapistRecord.pk == ReferralRecord.therapist_pk)
            .order_by(ReferralRecord.id)
        ).all()
    rows = [
        {
            "id": str(r[0]),
            "client_id": r[1],
            "therapist_id": r[2],
            "approach": r[3] or "",
            "status": r[4],
            "score": "" if r[5] is None else f"{r[5]:.1f}",
            "created_at": r[6].isoformat(timespec="seconds"),
            "updated_at": r[7].isoformat(timespec="seconds"),
            "created_by": r[8],
        }
        for r in referral_rows
    ]
    return REFERRAL_COLUMNS, iter(rows)


def export_file(ctx: ServiceContext, kind: Kind, path: Path) -> int:
    """Write the CSV next to its final name, then move it into place: never half a file."""
    ctx.require(Permission.EXPORT)
    columns, rows = export_rows(ctx, kind)
    temporary = path.with_name(f".{path.name}.partial")
    count = 0
    try:
        # client files are health information: readable by the owner only
        fd = os.open(temporary, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow(row)
                count += 1
        temporary.replace(path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ServiceError(
            f"{path}: cannot write the file ({error.strerror}); choose another folder"
        ) from None
    audit.log(ctx, Action.EXPORT, kind.value.rstrip("s"), "", f"{count} rows to a CSV file")
    return count
