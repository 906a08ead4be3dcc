"""Importing an intake file: a row-by-row preview first, then all rows or none."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from opcc_desk.db.models import ClientRecord
from opcc_desk.domain import records
from opcc_desk.domain.duplicates import Person
from opcc_desk.domain.form_mapping import FormMapping
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.validation import REPEATED_ID, Problem, RecordError
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import form_imports, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.duplicates import duplicate_index, person_of
from opcc_desk.services.mapping import client_from_record

LACKS_COLUMNS = msg(
    "Import", "the file lacks required column(s): {columns}; add them to the header row"
)
WILL_BE_IGNORED = msg("Import", "column '{column}' is not used by OPCC Desk and will be ignored")
REPEATS_ID = msg("Import", "repeats the id of line {line}")


@dataclass(frozen=True, slots=True)
class PreviewRow:
    line: int
    client_id: str
    name: str
    action: str  # "add", "update", "unchanged", "problem"
    problems: tuple[str, ...] = ()
    duplicates: tuple[str, ...] = ()  # "C-12: similar name (96%), same phone"


@dataclass
class ImportPreview:
    path: str
    rows: list[PreviewRow] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    file_problem: str = ""

    @property
    def problem_rows(self) -> int:
        return sum(1 for r in self.rows if r.action == "problem")

    @property
    def duplicate_rows(self) -> int:
        return sum(1 for r in self.rows if r.duplicates)

    @property
    def can_import(self) -> bool:
        return not self.file_problem and self.problem_rows == 0 and bool(self.rows)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


def _read(
    path: Path, mapping: FormMapping | None
) -> tuple[list[str], list[transfer.SourceRow], transfer.Explain | None, list[str] | None]:
    """The file's rows in the desk's columns: as they are, or through a form's mapping."""
    if mapping is None:
        columns, rows = transfer.read_rows(path)
        return columns, rows, None, None
    converted = form_imports.convert(form_imports.read_export(path), mapping)
    return converted.columns, converted.rows, converted.explain, converted.warnings


def preview_intake(
    ctx: ServiceContext, path: Path, mapping: FormMapping | None = None
) -> ImportPreview:
    """What importing an intake file would do, row by row; writes nothing. A form
    tool's export is read through ``mapping`` (services/form_imports.py)."""
    ctx.require(Permission.CLIENTS)
    preview = ImportPreview(str(path))
    try:
        columns, rows, explain, mapped_warnings = _read(path, mapping)
    except transfer.ImportRejected as error:
        preview.file_problem = error.file_problem or str(error)
        for problem in error.row_problems:
            preview.rows.append(
                PreviewRow(problem.line, problem.record_id, "", "problem", (str(problem),))
            )
        return preview
    missing = sorted(records.CLIENT_REQUIRED - set(columns))
    if missing:
        preview.file_problem = say(LACKS_COLUMNS, columns=", ".join(missing))
        return preview
    try:
        transfer.check_columns(str(path), transfer.Kind.CLIENTS, columns)
    except transfer.ImportRejected as error:
        preview.file_problem = error.file_problem or str(error)
        return preview
    preview.warnings = (
        mapped_warnings
        if mapped_warnings is not None
        else [
            say(WILL_BE_IGNORED, column=c) for c in columns if c and c not in records.CLIENT_COLUMNS
        ]
    )
    absent = [c for c in records.CLIENT_COLUMNS if c not in columns]
    catalogue = ctx.catalogue
    today = ctx.today()
    with ctx.transaction() as session:
        stored = {
            row.ref: row
            for row in session.scalars(
                select(ClientRecord).options(
                    selectinload(ClientRecord.concern_links),
                    selectinload(ClientRecord.approach_links),
                )
            )
        }
        index = duplicate_index(session)
        # the same rules as the import itself: absent columns keep stored values, and
        # look-alike ids are refused
        in_file = {source.cells.get("id", "").strip() for source in rows}
        rows = transfer.keep_absent(
            rows,
            absent,
            {
                ref: records.client_to_row(client_from_record(row))
                for ref, row in stored.items()
                if ref in in_file
            },
        )
        lookalikes = {
            problem.line: problem
            for problem in transfer.lookalike_problems(session, ClientRecord, rows)
        }
        first_line: dict[str, int] = {}
        for source in rows:
            if source.line in lookalikes:
                problem = lookalikes[source.line]
                preview.rows.append(
                    PreviewRow(
                        source.line,
                        problem.record_id,
                        f"{source.cells.get('first_name', '')} "
                        f"{source.cells.get('last_name', '')}".strip(),
                        "problem",
                        tuple(str(p) for p in problem.problems),
                    )
                )
                continue
            record_id = source.cells.get("id", "").strip()
            name = f"{source.cells.get('first_name', '')} {source.cells.get('last_name', '')}"
            try:
                client = records.client_from_row(source.cells, catalogue, today=today)
            except RecordError as error:
                problems = explain(source, error.problems) if explain else error.problems
                raw = _raw_person(record_id, source.cells)
                preview.rows.append(
                    PreviewRow(
                        source.line,
                        record_id,
                        name.strip(),
                        "problem",
                        tuple(str(p) for p in problems),
                        tuple(f"{d.existing_id}: {d.reason}" for d in index.find(raw)),
                    )
                )
                continue
            if client.id in first_line:
                repeat = [
                    Problem("id", say(REPEATS_ID, line=first_line[client.id]), code=REPEATED_ID)
                ]
                said = explain(source, repeat) if explain else repeat
                preview.rows.append(
                    PreviewRow(
                        source.line,
                        client.id,
                        client.full_name,
                        "problem",
                        tuple(str(p) for p in said),
                    )
                )
                continue
            first_line[client.id] = source.line
            existing = stored.get(client.id)
            if existing is None:
                action = "add"
            else:
                if client.submitted is None:
                    client.submitted = existing.submitted
                same = records.client_to_row(client_from_record(existing)) == (
                    records.client_to_row(client)
                )
                action = "unchanged" if same else "update"
            duplicates = tuple(
                f"{d.existing_id}: {d.reason}" for d in index.find(person_of(client))
            )
            preview.rows.append(
                PreviewRow(source.line, client.id, client.full_name, action, (), duplicates)
            )
    return preview


def _raw_person(record_id: str, cells: dict[str, str]) -> Person:
    """The details duplicate detection needs, from a row that did not pass its checks."""
    try:
        born: date | None = date.fromisoformat(cells.get("date_of_birth", "").strip())
    except ValueError:
        born = None
    return Person(
        record_id,
        cells.get("first_name", ""),
        cells.get("last_name", ""),
        born,
        cells.get("phone", ""),
        cells.get("email", ""),
    )


def import_intake(
    ctx: ServiceContext, path: Path, mapping: FormMapping | None = None
) -> transfer.ImportReport:
    """Import the previewed file: all rows in one transaction, or none."""
    if mapping is not None:
        return form_imports.import_export(ctx, form_imports.read_export(path), mapping)
    return transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
