"""A web form's export imported through a mapping, and the mappings kept per form.

The export is read and converted in memory, then handed to the ordinary client
import (services/transfer.py): the same checks, all or nothing, and keyed by id,
so importing the same export again, or one that has grown, adds only the new
submissions. No converted client row is ever written to a file of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from opcc_desk.db.models import SettingRecord
from opcc_desk.domain import form_suggest, records
from opcc_desk.domain.form_mapping import (
    FormMapping,
    MappedRow,
    MappingError,
    apply_mapping,
    explain,
    header_key,
    mapping_from_dict,
    parse_mapping,
)
from opcc_desk.domain.form_suggest import AnswerLine, Suggestion, suggest_mapping
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.settings import Setting
from opcc_desk.domain.validation import Problem
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

KEY_PREFIX = "import_map:"
MAX_NAME = 80 - len(KEY_PREFIX)  # the settings key is at most 80 characters

NO_MAPPING_FILE = msg("FormImport", "{path}: there is no such mapping file; check the name")
MAPPING_NOT_READ = msg("FormImport", "{path}: the mapping cannot be read ({reason})")
NOT_UTF8 = msg("FormImport", "it is not UTF-8 text")
MAPPING_WRONG = msg("FormImport", "{path}: {problem}")
NO_NAME = msg("FormImport", "Give the mapping a name, such as the form's title.")
NAME_TOO_LONG = msg("FormImport", "The mapping's name is too long; keep it to {limit} characters.")
DAMAGED = msg("FormImport", "The saved mapping '{name}' is damaged: {problem}")
NOT_KEPT = msg("FormImport", "The mapping cannot be kept: {problem}")


@dataclass(frozen=True)
class FormExport:
    """A form tool's export as read: its questions as written, and its rows."""

    path: Path
    headers: list[str]
    rows: list[transfer.SourceRow]

    @property
    def in_desk_columns(self) -> bool:
        """Already written in the desk's own client columns: no mapping needed."""
        return {h.strip().lower() for h in self.headers} >= records.CLIENT_REQUIRED


@dataclass
class ConvertedExport:
    """The export in the desk's client columns, ready for the ordinary import."""

    columns: list[str]
    rows: list[transfer.SourceRow]
    sources: dict[int, MappedRow] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def explain(self, row: transfer.SourceRow, problems: list[Problem]) -> list[Problem]:
        source = self.sources.get(row.line)
        return explain(source, problems) if source is not None else problems


def read_export(path: Path) -> FormExport:
    headers, rows = transfer.read_rows(path, fold_case=False)
    return FormExport(path, headers, rows)


def read_mapping_file(path: Path) -> FormMapping:
    """A mapping from its TOML file; ServiceError names the file and what to correct."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise ServiceError(say(NO_MAPPING_FILE, path=path)) from None
    except (OSError, UnicodeDecodeError) as error:
        reason = say(NOT_UTF8) if isinstance(error, UnicodeDecodeError) else str(error)
        raise ServiceError(say(MAPPING_NOT_READ, path=path, reason=reason)) from None
    try:
        return parse_mapping(text)
    except MappingError as error:
        raise ServiceError(say(MAPPING_WRONG, path=path, problem=error)) from None


def suggest(ctx: ServiceContext, export: FormExport) -> Suggestion:
    """A first mapping for the export, for the desk to check."""
    ctx.require(Permission.CLIENTS)
    return suggest_mapping(export.headers, [row.cells for row in export.rows], ctx.catalogue)


def answer_lines(ctx: ServiceContext, export: FormExport, mapping: FormMapping) -> list[AnswerLine]:
    """Every distinct answer the mapping's closed-list columns see in the export."""
    ctx.require(Permission.CLIENTS)
    cells = [row.cells for row in export.rows]
    return form_suggest.answer_lines(mapping, export.headers, cells, ctx.catalogue)


def point_column(
    ctx: ServiceContext, export: FormExport, header: str, name: str, mapping: FormMapping
) -> None:
    """Send a question to another client column, with suggestions for its answers."""
    ctx.require(Permission.CLIENTS)
    cells = [row.cells.get(header, "") for row in export.rows]
    form_suggest.point_column(mapping, header, name, cells, ctx.catalogue)


def value_problem(ctx: ServiceContext, name: str, value: str) -> str | None:
    return form_suggest.value_problem(name, value, ctx.catalogue)


def convert(export: FormExport, mapping: FormMapping) -> ConvertedExport:
    """The export's rows in the desk's columns; a mapping that does not fit the file
    (a question it names is missing, a required column unfilled) refuses it whole."""
    try:
        mapped = apply_mapping(
            mapping, export.headers, [(row.line, row.cells) for row in export.rows]
        )
    except MappingError as error:
        raise transfer.ImportRejected(str(export.path), [], str(error)) from None
    return ConvertedExport(
        mapped.columns,
        [transfer.SourceRow(row.line, row.cells) for row in mapped.rows],
        {row.line: row for row in mapped.rows},
        mapped.warnings,
    )


def import_export(
    ctx: ServiceContext, export: FormExport, mapping: FormMapping, *, dry_run: bool = False
) -> transfer.ImportReport:
    """Import the export through the mapping: all rows in one transaction, or none."""
    ctx.require(Permission.CLIENTS)
    converted = convert(export, mapping)
    return transfer.import_rows(
        ctx,
        transfer.Kind.CLIENTS,
        str(export.path),
        converted.columns,
        converted.rows,
        dry_run=dry_run,
        explain=converted.explain,
        warnings=converted.warnings,
    )


# ---------------------------------------------------------------- mappings kept per form


def _key(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ServiceError(say(NO_NAME))
    if len(cleaned) > MAX_NAME:
        raise ServiceError(say(NAME_TOO_LONG, limit=MAX_NAME))
    return KEY_PREFIX + cleaned


def saved_mappings(ctx: ServiceContext) -> dict[str, FormMapping]:
    """Every mapping kept, by name (a damaged one is left out rather than refusing all)."""
    ctx.require(Permission.CLIENTS)
    found: dict[str, FormMapping] = {}
    with ctx.transaction() as session:
        rows = session.scalars(
            select(SettingRecord)
            .where(SettingRecord.key.startswith(KEY_PREFIX, autoescape=True))
            .order_by(SettingRecord.key)
        )
        for row in rows:
            try:
                found[row.key[len(KEY_PREFIX) :]] = mapping_from_dict(row.value)
            except MappingError:
                continue
    return found


def load_mapping(ctx: ServiceContext, name: str) -> FormMapping | None:
    ctx.require(Permission.CLIENTS)
    key = _key(name)
    with ctx.transaction() as session:
        row = session.get(SettingRecord, key)
        if row is None:
            return None
        try:
            return mapping_from_dict(row.value)
        except MappingError as error:
            raise ServiceError(say(DAMAGED, name=name, problem=error)) from None


def mapping_setting(name: str) -> Setting[FormMapping]:
    """A form's mapping as a setting: kept, checked and audited by the settings service,
    like every other setting, under its own key. Reception keeps mappings (it imports
    the intake), so the permission is the clients' one."""
    return Setting(
        key=_key(name),
        label=f"import mapping '{' '.join(name.split())}'",
        type=FormMapping,
        default=FormMapping,
        from_dict=mapping_from_dict,
        permission=Permission.CLIENTS,
        problems=_mapping_problems,
    )


def _mapping_problems(mapping: FormMapping) -> list[str]:
    try:
        mapping_from_dict(mapping.to_dict())
    except MappingError as error:
        return [say(NOT_KEPT, problem=error)]
    return []


def save_mapping(ctx: ServiceContext, name: str, mapping: FormMapping) -> None:
    """Keep the mapping under the form's name, replacing an older one of that name."""
    settings.save(ctx, mapping_setting(name), mapping)


def mapping_for(ctx: ServiceContext, export: FormExport) -> str | None:
    """The name of the kept mapping that fits this export best: every question it names
    is in the file, and it names the most of the file's questions."""
    present = {header_key(h) for h in export.headers}
    best: tuple[int, str] | None = None
    for name, mapping in saved_mappings(ctx).items():
        named = {header_key(h) for h in mapping.columns}
        if named and named <= present and (best is None or len(named) > best[0]):
            best = (len(named), name)
    return best[1] if best else None
