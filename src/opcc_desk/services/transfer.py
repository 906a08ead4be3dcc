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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, TypeVar

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from opcc_desk.atomic_files import private_text
from opcc_desk.db.models import ClientRecord, ReferralRecord, TherapistRecord
from opcc_desk.domain import records, spreadsheet
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.validation import REPEATED_ID as REPEATED_ID_CODE
from opcc_desk.domain.validation import Problem, RecordError
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import FileNotWritten, ServiceError
from opcc_desk.services.mapping import (
    CLIENT_SIDE,
    THERAPIST_SIDE,
    M,
    R,
    RecordSide,
    touch,
)
from opcc_desk.services.people import keep_previous

T = TypeVar("T")
# adds to a bad row's problems where its cells came from (a form export's questions)
Explain = Callable[["SourceRow", list[Problem]], list[Problem]]
LOOKUP_BATCH = 900  # ids per IN (...): under every database's limit on parameters

MAX_FILE_BYTES = 200 * 1024 * 1024

# What is wrong with a file as a whole: said after its name ("{path}: ..."), in the
# window's language in the import preview, and in English on the command line.
NAMED = msg("Import", "{path}: {problem}")
ROWS_REFUSED = msg("Import", "{path}: {count} row(s) have problems; nothing was imported")
TOO_LARGE = msg("Import", "the file is larger than 200 MB; split it into parts")
NO_SUCH_FILE = msg("Import", "there is no such file; check the name and folder")
A_FOLDER = msg("Import", "this is a folder, not a file; choose the file itself")
NOT_READABLE = msg("Import", "the file cannot be read (permission denied)")
NOT_UTF8 = msg(
    "Import",
    "the file is not UTF-8 text: line {line} holds a character in another encoding "
    "(often Windows or Latin-1). Open it in Excel and use File > Save As > "
    "'CSV UTF-8 (Comma delimited)', or in LibreOffice tick 'Edit filter settings' "
    "when saving and choose 'Unicode (UTF-8)', then import it again",
)
NOT_TEXT = msg("Import", "the file is not a text file; choose a CSV or JSON file")
EMPTY = msg("Import", "the file is empty")
BAD_HEADER = msg("Import", "the header row cannot be read as CSV ({error})")
BAD_ROW = msg(
    "Import",
    'the row starting on line {line} cannot be read as CSV ({error}); a quote (") '
    "is probably opened and never closed, or stands in the middle of a cell; "
    "check that row's quotes",
)
REPEATED_COLUMNS = msg(
    "Import", "the header row names column(s) {columns} more than once; keep one of each"
)
WRONG_WIDTH = msg(
    "Import",
    "has {cells} cells but the header has {width}; "
    "check for a missing or extra comma, or a stray quote",
)
SWALLOWED_ROWS = msg(
    "Import",
    'a quote (") opened here is closed only on line {end}, so the rows '
    "between were read as one cell; remove the stray quote or close it",
)
BROKEN_JSON = msg("Import", "the JSON is broken at line {line}, column {column} ({error})")
NOT_A_LIST = msg("Import", "the JSON must be a list of objects, one per row")
MISSPELLED = msg(
    "Import", "the header row has misspelled column name(s): {guesses} Correct the header"
)
DID_YOU_MEAN = msg("Import", "'{column}': did you mean '{guess}'?")
THERAPISTS_LACK = msg(
    "Import",
    "the therapists file lacks required column(s): {columns}; add them to the header row",
)
CLIENTS_LACK = msg(
    "Import", "the clients file lacks required column(s): {columns}; add them to the header row"
)
ROW = msg("Import", "line {line}: {problems}")
WHOLE_ROW = msg("Import", "row: {problem}")
ROW_OF_RECORD = msg("Import", "line {line} ({id}): {problems}")
IGNORED_COLUMN = msg("Import", "column '{column}' is not used by OPCC Desk and was ignored")
NO_REFERRAL_IMPORT = msg("Import", "referrals cannot be imported; they are made by matching")
NO_ROWS = msg("Import", "the file has no rows, only a header; add one row per record below it")
REPEATED_ID = msg("Import", "repeats the id of line {line}; ids must be unique")
LOOKS_LIKE_EARLIER = msg(
    "Import",
    "'{id}' looks like the id '{earlier}' of line {line} "
    "(they differ only in upper/lower case); use one spelling",
)
LOOKS_LIKE_STORED = msg(
    "Import",
    "'{id}' differs only in upper/lower case from the stored id "
    "'{stored}'; write '{stored}' to update that record, or choose "
    "an id that is clearly different",
)

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
        problems = "; ".join(_said(p) for p in self.problems)
        if self.record_id:
            return say(ROW_OF_RECORD, line=self.line, id=self.record_id, problems=problems)
        return say(ROW, line=self.line, problems=problems)


def _said(problem: Problem) -> str:
    # a problem with the row as a whole is named "row", a word, not a column's name
    if problem.field == "row":
        return say(WHOLE_ROW, problem=problem.message)
    return str(problem)


class ImportRejected(ServiceError):
    """The file has problems; nothing was written."""

    def __init__(self, path: str, problems: list[RowProblem], file_problem: str = "") -> None:
        """``file_problem`` is already said (``say``) in the language in use."""
        self.path = path
        self.row_problems = problems
        self.file_problem = file_problem
        if file_problem:
            message = say(NAMED, path=path, problem=file_problem)
        else:
            message = say(ROWS_REFUSED, path=path, count=len(problems))
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


def read_rows(path: Path, *, fold_case: bool = True) -> tuple[list[str], list[SourceRow]]:
    """Columns and rows of a CSV or JSON file; raises ImportRejected if unreadable.

    The desk's own columns are read in lower case; a form's export keeps its
    questions as written (``fold_case=False``), to show them and to match a mapping.
    """
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportRejected(name, [], say(TOO_LARGE))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ImportRejected(name, [], say(NO_SUCH_FILE)) from None
    except IsADirectoryError:
        raise ImportRejected(name, [], say(A_FOLDER)) from None
    except PermissionError:
        raise ImportRejected(name, [], say(NOT_READABLE)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise ImportRejected(name, [], say(NOT_UTF8, line=line)) from None
    if "\x00" in text:
        raise ImportRejected(name, [], say(NOT_TEXT))
    if not text.strip():
        raise ImportRejected(name, [], say(EMPTY))
    if path.suffix.lower() == ".json" or text.lstrip().startswith("["):
        return _json_rows(name, text, fold_case)
    return _csv_rows(name, text, fold_case)


def _header(text: str, fold_case: bool) -> str:
    return text.strip().lower() if fold_case else text.strip()


def _csv_rows(name: str, text: str, fold_case: bool) -> tuple[list[str], list[SourceRow]]:
    # strict: a quote in the middle of a cell, or one never closed, is an error rather
    # than a guess that glues rows together
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = next(reader)
    except csv.Error as error:
        raise ImportRejected(name, [], say(BAD_HEADER, error=error)) from None
    columns = [_header(column, fold_case) for column in header]
    _refuse_repeated_columns(name, columns)
    rows: list[SourceRow] = []
    start = reader.line_num + 1
    try:
        for cells in reader:
            if any(cell.strip() for cell in cells):
                _check_row_shape(name, start, reader.line_num, cells, len(columns))
                cells = [spreadsheet.unescape(cell) for cell in cells]
                rows.append(SourceRow(start, dict(zip(columns, cells, strict=True))))
            start = reader.line_num + 1
    except csv.Error as error:
        raise ImportRejected(name, [], say(BAD_ROW, line=start, error=error)) from None
    return columns, rows


def _refuse_repeated_columns(name: str, columns: list[str]) -> None:
    repeated = [c for c in dict.fromkeys(columns) if c and columns.count(c) > 1]
    if repeated:
        columns_said = ", ".join(sorted(set(repeated)))
        raise ImportRejected(name, [], say(REPEATED_COLUMNS, columns=columns_said))


def _check_row_shape(name: str, start: int, end: int, cells: list[str], width: int) -> None:
    """Refuses a row with the wrong number of cells, or one that swallowed the rows after
    it (a stray opening quote closed much later makes one cell of several rows)."""
    if len(cells) != width:
        problem = Problem("row", say(WRONG_WIDTH, cells=len(cells), width=width))
        raise ImportRejected(name, [RowProblem(start, "", (problem,))])
    if end == start:
        return
    for cell in cells:
        for part in cell.splitlines()[1:]:
            if width > 2 and part.count(",") >= width - 1:
                problem = Problem("row", say(SWALLOWED_ROWS, end=end))
                raise ImportRejected(name, [RowProblem(start, "", (problem,))])


def _json_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ";".join(_json_cell(item) for item in value)
    return str(value)


def _json_rows(name: str, text: str, fold_case: bool) -> tuple[list[str], list[SourceRow]]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        said = say(BROKEN_JSON, line=error.lineno, column=error.colno, error=error.msg)
        raise ImportRejected(name, [], said) from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise ImportRejected(name, [], say(NOT_A_LIST))
    columns: dict[str, None] = {}
    rows = []
    for number, item in enumerate(data, start=1):
        cells = {_header(str(k), fold_case): _json_cell(v) for k, v in item.items()}
        columns.update(dict.fromkeys(cells))
        rows.append(SourceRow(number, cells))
    return list(columns), rows


# ---------------------------------------------------------------- importing


def _check_columns(
    name: str, kind: Kind, columns: list[str], known: tuple[str, ...], required: frozenset[str]
) -> list[str]:
    missing = sorted(required - set(columns))
    unknown = [c for c in columns if c and c not in known]
    # a misspelled optional column would otherwise be ignored, and with it every value in
    # it; a misspelled required one would be reported only as missing
    close = {c: guess for c in unknown if (guess := _close_column(c, known, columns))}
    if close:
        guesses = "; ".join(say(DID_YOU_MEAN, column=c, guess=g) for c, g in close.items())
        raise ImportRejected(name, [], say(MISSPELLED, guesses=guesses))
    if missing:
        lack = THERAPISTS_LACK if kind is Kind.THERAPISTS else CLIENTS_LACK
        raise ImportRejected(name, [], say(lack, columns=", ".join(missing)))
    return [say(IGNORED_COLUMN, column=c) for c in unknown]


def check_columns(name: str, kind: Kind, columns: list[str]) -> list[str]:
    """Refuses a header with a repeated, misspelled or missing required column
    (ImportRejected); returns the warnings for the columns that will be ignored."""
    _refuse_repeated_columns(name, columns)
    if kind is Kind.THERAPISTS:
        known, required = records.THERAPIST_COLUMNS, records.THERAPIST_REQUIRED
    else:
        known, required = records.CLIENT_COLUMNS, records.CLIENT_REQUIRED
    return _check_columns(name, kind, columns, known, required)


def _close_column(column: str, known: tuple[str, ...], present: list[str]) -> str | None:
    candidates = [k for k in known if k not in present]
    found = process.extractOne(column, candidates, scorer=fuzz.ratio, score_cutoff=80)
    return None if found is None else str(found[0])


def _parse_all(
    name: str,
    rows: list[SourceRow],
    parse: Callable[[Mapping[str, str]], T],
    key: Callable[[T], str],
    explain: Explain | None = None,
) -> list[T]:
    problems: list[RowProblem] = []
    parsed: list[T] = []
    first_line: dict[str, int] = {}
    for row in rows:
        record_id = row.cells.get("id", "").strip()
        try:
            item = parse(row.cells)
        except RecordError as error:
            found = explain(row, error.problems) if explain else error.problems
            problems.append(RowProblem(row.line, record_id, tuple(found)))
            continue
        if key(item) in first_line:
            repeat = [
                Problem("id", say(REPEATED_ID, line=first_line[key(item)]), code=REPEATED_ID_CODE)
            ]
            found = explain(row, repeat) if explain else repeat
            problems.append(RowProblem(row.line, record_id, tuple(found)))
            continue
        first_line[key(item)] = row.line
        parsed.append(item)
    if problems:
        raise ImportRejected(name, problems)
    return parsed


def import_file(
    ctx: ServiceContext, kind: Kind, path: Path, *, dry_run: bool = False
) -> ImportReport:
    ctx.require(Permission.THERAPISTS if kind is Kind.THERAPISTS else Permission.CLIENTS)
    columns, rows = read_rows(path)
    return import_rows(ctx, kind, str(path), columns, rows, dry_run=dry_run)


def import_rows(
    ctx: ServiceContext,
    kind: Kind,
    name: str,
    columns: list[str],
    rows: list[SourceRow],
    *,
    dry_run: bool = False,
    explain: Explain | None = None,
    warnings: list[str] | None = None,
) -> ImportReport:
    """Imports rows already read (from a file, or converted from a form's export in
    memory): all or nothing. ``name`` is what the messages call the source, usually the
    file's path; ``explain`` adds to a bad row's problems where its cells came from;
    ``warnings`` come first in the report (a mapping's own)."""
    if kind is Kind.REFERRALS:
        raise ImportRejected(name, [], say(NO_REFERRAL_IMPORT))
    ctx.require(Permission.THERAPISTS if kind is Kind.THERAPISTS else Permission.CLIENTS)
    warnings = [*(warnings or []), *check_columns(name, kind, columns)]
    known = records.THERAPIST_COLUMNS if kind is Kind.THERAPISTS else records.CLIENT_COLUMNS
    if not rows:
        raise ImportRejected(name, [], say(NO_ROWS))
    report = ImportReport(kind=kind, rows=len(rows), dry_run=dry_run, warnings=warnings)
    absent = [c for c in known if c not in columns]
    catalogue = ctx.catalogue
    with ctx.transaction() as session:
        if kind is Kind.THERAPISTS:
            _import(
                ctx,
                session,
                THERAPIST_SIDE,
                lambda cells: records.therapist_from_row(cells, catalogue),
                _Source(name, rows, absent, explain),
                report,
            )
        else:
            today = ctx.today()
            _import(
                ctx,
                session,
                CLIENT_SIDE,
                lambda cells: records.client_from_row(cells, catalogue, today=today),
                _Source(name, rows, absent, explain),
                report,
            )
        if dry_run:
            session.rollback()
        else:
            _log_import(session, ctx, report)
    return report


def _row_ids(rows: list[SourceRow]) -> list[str]:
    return [row.cells.get("id", "").strip() for row in rows]


def keep_absent(
    rows: list[SourceRow], absent: list[str], stored: dict[str, dict[str, str]]
) -> list[SourceRow]:
    """A column the file does not have keeps the stored value of an existing record
    (a file without `notes` must not erase every client's notes); an empty cell in a
    column the file has still clears the value."""
    if not absent or not stored:
        return rows
    kept: list[SourceRow] = []
    for row in rows:
        before = stored.get(row.cells.get("id", "").strip())
        if before is None:
            kept.append(row)
        else:
            cells = {column: before[column] for column in absent if column in before}
            cells.update(row.cells)
            kept.append(SourceRow(row.line, cells))
    return kept


def _refuse_lookalikes(session: Session, model: type[R], name: str, rows: list[SourceRow]) -> None:
    problems = lookalike_problems(session, model, rows)
    if problems:
        raise ImportRejected(name, problems)


def _id_problem(row: SourceRow, ref: str, message: str) -> RowProblem:
    return RowProblem(row.line, ref, (Problem("id", message),))


def lookalike_problems(session: Session, model: type[R], rows: list[SourceRow]) -> list[RowProblem]:
    """Ids that differ from a stored id, or from an earlier row's, only in upper/lower case
    would make two records a person cannot tell apart: one problem per such row."""
    problems: list[RowProblem] = []
    wanted: dict[str, list[SourceRow]] = {}
    first: dict[str, tuple[str, int]] = {}
    for row in rows:
        ref = row.cells.get("id", "").strip()
        if not ref:
            continue
        key = records.id_key(ref)
        earlier = first.setdefault(key, (ref, row.line))
        if earlier[0] != ref:
            problems.append(
                _id_problem(
                    row,
                    ref,
                    say(LOOKS_LIKE_EARLIER, id=ref, earlier=earlier[0], line=earlier[1]),
                )
            )
        wanted.setdefault(ref.lower(), []).append(row)
    lowered = list(wanted)
    for start in range(0, len(lowered), LOOKUP_BATCH):
        batch = lowered[start : start + LOOKUP_BATCH]
        for stored in session.scalars(select(model.ref).where(func.lower(model.ref).in_(batch))):
            for row in wanted.get(stored.lower(), []):
                ref = row.cells.get("id", "").strip()
                if ref != stored and records.id_key(ref) == records.id_key(stored):
                    problems.append(
                        _id_problem(row, ref, say(LOOKS_LIKE_STORED, id=ref, stored=stored))
                    )
    return sorted(problems, key=lambda p: p.line)


def _log_import(session: Session, ctx: ServiceContext, report: ImportReport) -> None:
    kind = "therapist" if report.kind is Kind.THERAPISTS else "client"
    entries = [(Action.IMPORT, kind, ref, "added from a file") for ref in report.added]
    entries += [(Action.IMPORT, kind, ref, "updated from a file") for ref in report.updated]
    audit.append_many(session, ctx, entries)


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


@dataclass(frozen=True)
class _Source:
    """The rows being imported, and what the messages need to name them."""

    name: str
    rows: list[SourceRow]
    absent: list[str]
    explain: Explain | None


def _import(
    ctx: ServiceContext,
    session: Session,
    side: RecordSide[M, R],
    parse: Callable[[Mapping[str, str]], M],
    source: _Source,
    report: ImportReport,
) -> None:
    stored = _existing(session, side.model, _row_ids(source.rows), *side.links)
    _refuse_lookalikes(session, side.model, source.name, source.rows)
    stored_rows = {ref: side.to_row(side.from_record(row)) for ref, row in stored.items()}
    items = _parse_all(
        source.name,
        keep_absent(source.rows, source.absent, stored_rows),
        parse,
        lambda item: item.id,
        source.explain,
    )
    _store(ctx, session, side, items, stored, report)


def _store(
    ctx: ServiceContext,
    session: Session,
    side: RecordSide[M, R],
    items: list[M],
    existing: dict[str, R],
    report: ImportReport,
) -> None:
    now = ctx.clock()
    for item in items:
        row = existing.get(item.id)
        side.fill_in(item, row, now)
        if row is None:
            row = side.model(ref=item.id, created_at=now, updated_at=now)
            side.apply(row, item)
            session.add(row)
            report.added.append(item.id)
            continue
        before = side.to_row(side.from_record(row))
        if before != side.to_row(item):
            keep_previous(session, ctx, side.kind, row.ref, row.version, before)
            side.apply(row, item)
            touch(row, now)
            report.updated.append(item.id)
        else:
            report.unchanged += 1
    session.flush()


# ---------------------------------------------------------------- exporting


def _export_side(session: Session, side: RecordSide[M, R]) -> list[dict[str, str]]:
    stored = session.scalars(
        select(side.model)
        .options(*(selectinload(link) for link in side.links))
        .order_by(side.model.ref)
    )
    return [side.to_row(side.from_record(row)) for row in stored]


def export_rows(
    ctx: ServiceContext, kind: Kind
) -> tuple[tuple[str, ...], Iterator[dict[str, str]]]:
    """Columns and rows in id order, read in one transaction."""
    with ctx.transaction() as session:
        if kind is Kind.THERAPISTS:
            return THERAPIST_SIDE.columns, iter(_export_side(session, THERAPIST_SIDE))
        if kind is Kind.CLIENTS:
            return CLIENT_SIDE.columns, iter(_export_side(session, CLIENT_SIDE))
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
    """Write the records as CSV, owner-only and all at once (see :func:`write_csv`)."""
    ctx.require(Permission.EXPORT)
    columns, rows = export_rows(ctx, kind)
    count = write_csv(path, columns, rows)
    audit.log(ctx, Action.EXPORT, kind.value.rstrip("s"), "", f"{count} rows to a CSV file")
    return count


def write_csv(path: Path, columns: Sequence[str], rows: Iterable[Mapping[str, str]]) -> int:
    """Write a CSV file (header, then ``rows``) as a whole; returns the number of rows.

    Client files are health information: readable by the owner only, and never half
    written (a failure leaves the old file as it was).
    """
    count = 0
    try:
        with private_text(path, newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(columns), lineterminator="\n")
            writer.writeheader()
            for row in rows:
                writer.writerow(spreadsheet.escape_row(row))
                count += 1
    except OSError as error:
        raise FileNotWritten(path, error) from None
    return count
