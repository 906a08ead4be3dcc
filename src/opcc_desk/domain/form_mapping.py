"""Import mappings: how a web form's export becomes rows in the desk's client columns.

A mapping says which question (header) fills which client column, how several
answers share one cell, how a date column is written, and what each answer label
means in the desk's values. It is kept as TOML (docs/import-mappings.md) so a
person can read and correct it. Applying one gives ordinary client rows, which
then pass the same checks as any intake file; every answer that went through
unmapped is remembered, so a row that fails can say which question and answer
to fix.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import json
import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from opcc_desk.domain import records
from opcc_desk.domain.form_answers import DateMismatch, desk_date
from opcc_desk.domain.validation import REPEATED_ID, Problem
from opcc_desk.domain.words.messages import msg, say

SECTIONS = ("columns", "separators", "dates", "defaults", "values")
# client columns that hold several values, ";" between them in the desk's own files
LIST_FIELDS = frozenset({"concerns", "approach_preference", "availability"})
DATE_FIELDS = {"submitted": False, "date_of_birth": True}  # field -> date only
# columns whose answers come from a closed list, so a [values] table makes sense
VALUE_FIELDS = frozenset(
    {
        "language",
        "client_type",
        "age_group",
        "concerns",
        "approach_preference",
        "therapist_gender",
        "modality",
        "max_fee",
        "availability",
        "consent_to_contact",
        "email_consent",
    }
)
IGNORED = ""  # a header mapped to "" is left out on purpose, without a warning
ID_PREFIX = "W-"  # intake ids worked out from a web form's submission


class MappingError(ValueError):
    """The mapping cannot be used as it is; the message says what to correct."""


def client_fields() -> tuple[str, ...]:
    """The client columns a mapping may fill: those of the desk's own intake file."""
    return records.CLIENT_COLUMNS


@dataclass
class FormMapping:
    columns: dict[str, str] = field(default_factory=dict)  # header -> client column
    separators: dict[str, str] = field(default_factory=dict)  # column -> separator
    dates: dict[str, str] = field(default_factory=dict)  # column -> strftime layout or "iso"
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # column -> answer -> value
    # column -> value for a submission that leaves it empty, or a form that never asks
    defaults: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "columns": dict(self.columns),
            "separators": dict(self.separators),
            "dates": dict(self.dates),
            "defaults": dict(self.defaults),
            "values": {name: dict(table) for name, table in self.values.items()},
        }

    def fields(self) -> set[str]:
        return {name for name in self.columns.values() if name != IGNORED}


# ---------------------------------------------------------------- reading and writing


def parse_mapping(text: str, *, fields: Collection[str] | None = None) -> FormMapping:
    """A mapping from its TOML text; MappingError names the line or entry to correct."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise MappingError(f"the mapping is not valid TOML ({error})") from None
    return mapping_from_dict(data, fields=fields)


def mapping_from_dict(
    data: Mapping[str, Any], *, fields: Collection[str] | None = None
) -> FormMapping:
    known = set(fields if fields is not None else client_fields())
    unknown = [name for name in data if name not in SECTIONS]
    if unknown:
        raise MappingError(
            f"the mapping has a section it does not use: [{unknown[0]}]; "
            f"use only {', '.join(f'[{s}]' for s in SECTIONS)}"
        )
    columns = _strings(data, "columns")
    for header, name in columns.items():
        if name != IGNORED and name not in known:
            raise MappingError(
                f'[columns] "{header}" = "{name}": {name!r} is not a client column'
                f"{_near(name, known)}; "
                f'use one of {", ".join(sorted(known))}, or "" to ignore the question'
            )
    separators = _strings(data, "separators")
    for name, separator in separators.items():
        _check_field(name, "separators", known)
        if not separator:
            raise MappingError(f'[separators] {name} is empty; write the separator, e.g. ","')
    dates = _strings(data, "dates")
    for name, layout in dates.items():
        _check_field(name, "dates", known)
        if name not in DATE_FIELDS:
            raise MappingError(
                f"[dates] {name} is not a date column; dates are read for {', '.join(DATE_FIELDS)}"
            )
        if layout != "iso" and "%" not in layout:
            raise MappingError(
                f'[dates] {name} = "{layout}" has no strftime codes; write e.g. "%Y/%m/%d %H:%M:%S"'
            )
    defaults = _strings(data, "defaults")
    for name in defaults:
        _check_field(name, "defaults", known)
        if name == "id":
            raise MappingError("[defaults] cannot give an id: each submission needs its own")
    raw_values = data.get("values", {})
    if not isinstance(raw_values, dict):
        raise MappingError("[values] must hold one table per column, e.g. [values.concerns]")
    values: dict[str, dict[str, str]] = {}
    for name in raw_values:
        _check_field(name, "values", known)
        values[name] = _strings(raw_values, name, where=f"values.{name}")
    return FormMapping(columns, separators, dates, values, defaults)


def _near(name: str, known: Collection[str]) -> str:
    close = difflib.get_close_matches(name, list(known), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _check_field(name: str, section: str, known: set[str]) -> None:
    if name not in known:
        raise MappingError(
            f"[{section}] names {name!r}, which is not a client column{_near(name, known)}; "
            f"use one of {', '.join(sorted(known))}"
        )


def _strings(data: Mapping[str, Any], name: str, *, where: str = "") -> dict[str, str]:
    where = where or name
    table = data.get(name, {})
    if not isinstance(table, dict):
        raise MappingError(f'[{where}] must be a table of "text" = "text" lines')
    for key, value in table.items():
        if not isinstance(value, str):
            raise MappingError(f'[{where}] "{key}" must be given as text in quotes')
    return dict(table)


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _quote(text: str) -> str:
    # a JSON string is a TOML basic string, except that TOML wants DEL escaped too
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def mapping_to_toml(
    mapping: FormMapping,
    *,
    unmatched_headers: Iterable[str] = (),
    unmatched_answers: Mapping[str, Sequence[str]] | None = None,
    doubts: Mapping[tuple[str, str], str] | None = None,
) -> str:
    """The mapping as TOML. Suggestions add commented-out lines for what they could
    not place, and a note after a line they are unsure of, for the desk to check."""
    doubts = doubts or {}
    unmatched_answers = unmatched_answers or {}
    lines = [
        "# How a form's export becomes the desk's client columns (docs/import-mappings.md).",
        "",
        '[columns]  # the export\'s question = the client column it fills ("" = ignore it)',
    ]

    def entry(section: str, key: str, value: str) -> str:
        note = doubts.get((section, key))
        # client column names go bare; questions and answers always in quotes
        bare = section in ("separators", "dates", "defaults") and _BARE_KEY.fullmatch(key)
        name = key if bare else _quote(key)
        return f"{name} = {_quote(value)}" + (f"  # check: {note}" if note else "")

    lines += [entry("columns", k, v) for k, v in mapping.columns.items()]
    lines += [
        f'# {_quote(h)} = ""  # no client column found: name one, or leave it ignored'
        for h in unmatched_headers
    ]
    if mapping.separators:
        lines += ["", "[separators]  # how several answers share one cell"]
        lines += [entry("separators", k, v) for k, v in mapping.separators.items()]
    if mapping.dates:
        lines += ["", "[dates]  # how a date column is written (strftime codes, or iso)"]
        lines += [entry("dates", k, v) for k, v in mapping.dates.items()]
    if mapping.defaults:
        lines += ["", "[defaults]  # the value when the form leaves a column empty or never asks"]
        lines += [entry("defaults", k, v) for k, v in mapping.defaults.items()]
    names = list(mapping.values) + [n for n in unmatched_answers if n not in mapping.values]
    for number, name in enumerate(names):
        about = "  # the answer as written = the desk's value(s), ';' between" if not number else ""
        lines += ["", f"[values.{name}]{about}"]
        lines += [entry(f"values.{name}", k, v) for k, v in mapping.values.get(name, {}).items()]
        lines += [
            f'# {_quote(a)} = ""  # not recognised: write the desk\'s value'
            for a in unmatched_answers.get(name, ())
        ]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- applying


@dataclass(frozen=True, slots=True)
class Origin:
    """One answer of the export, and whether the mapping translated it."""

    header: str
    answer: str
    mapped: bool


@dataclass
class MappedRow:
    line: int
    cells: dict[str, str]  # client column -> cell, as in the desk's own files
    origins: dict[str, list[Origin]] = field(default_factory=dict)


@dataclass
class MappedExport:
    columns: list[str]
    rows: list[MappedRow]
    warnings: list[str] = field(default_factory=list)


def header_key(header: str) -> str:
    """Headers match whatever their case and spacing (exports differ in both)."""
    return " ".join(unicodedata.normalize("NFC", header).split()).casefold()


def answer_key(answer: str) -> str:
    return " ".join(unicodedata.normalize("NFC", answer).split()).casefold()


def spelled_as_in(mapping: FormMapping, headers: Sequence[str]) -> FormMapping:
    """The mapping with its questions spelled as the export spells them (a kept mapping
    matches an export whatever the case and spacing of its headers)."""
    present = {header_key(h): h for h in headers}
    columns = {present.get(header_key(h), h): name for h, name in mapping.columns.items()}
    return FormMapping(
        columns,
        dict(mapping.separators),
        dict(mapping.dates),
        {name: dict(table) for name, table in mapping.values.items()},
        dict(mapping.defaults),
    )


def split_answers(cell: str, separator: str, known: Collection[str] = ()) -> list[str]:
    """The answers in one cell. An answer label that itself holds the separator
    ("Stress, burnout") stays whole when the mapping knows it by that name."""
    text = cell.replace("\r\n", "\n").strip()
    if not text:
        return []
    if not separator:
        return [text]
    parts = text.split(separator)
    answers: list[str] = []
    start = 0
    while start < len(parts):
        for end in range(len(parts), start + 1, -1):
            joined = separator.join(parts[start:end]).strip()
            if answer_key(joined) in known:
                answers.append(joined)
                start = end
                break
        else:
            if parts[start].strip():
                answers.append(parts[start].strip())
            start += 1
    return answers


COLUMNS_MISSING = msg(
    "FormImport",
    "the mapping names column(s) the file does not have: {columns}; check that this is the "
    "export of the right form, or correct the mapping",
)
NOTHING_FILLS = msg(
    "FormImport",
    "the mapping fills no column for: {columns}; add the question that answers each one "
    "under [columns]",
)
NOT_MAPPED = msg("FormImport", "column '{column}' is not in the mapping and was ignored")


def apply_mapping(
    mapping: FormMapping,
    headers: Sequence[str],
    rows: Iterable[tuple[int, Mapping[str, str]]],
) -> MappedExport:
    """The export's rows in the desk's client columns; rows are (line, header -> cell)."""
    present = {header_key(h): h for h in headers}
    missing = [h for h in mapping.columns if header_key(h) not in present]
    if missing:
        listed = ", ".join(f"'{h}'" for h in missing)
        raise MappingError(say(COLUMNS_MISSING, columns=listed))
    targets = {present[header_key(h)]: name for h, name in mapping.columns.items()}
    filled = {name for name in targets.values() if name != IGNORED} | {"id"}
    filled |= set(mapping.defaults)
    lacking = sorted(records.CLIENT_REQUIRED - filled)
    if lacking:
        raise MappingError(say(NOTHING_FILLS, columns=", ".join(lacking)))
    warnings = [say(NOT_MAPPED, column=h) for h in headers if h not in targets]
    lookups = {
        name: {answer_key(answer): value for answer, value in table.items()}
        for name, table in mapping.values.items()
    }
    columns = [name for name in client_fields() if name in filled]
    result: list[MappedRow] = []
    for line, cells in rows:
        row = MappedRow(line, {})
        gathered: dict[str, list[str]] = {}
        for header, name in targets.items():
            if name == IGNORED:
                continue
            values, origins = _convert(name, header, cells.get(header, ""), mapping, lookups)
            gathered.setdefault(name, []).extend(values)
            row.origins.setdefault(name, []).extend(origins)
        for name, values in gathered.items():
            row.cells[name] = _combine(name, values)
        for name, value in mapping.defaults.items():
            if not row.cells.get(name):
                row.cells[name] = value
        if "id" not in targets.values():
            row.cells["id"] = derived_id(row.cells)
        result.append(row)
    return MappedExport(columns, result, warnings)


def _convert(
    name: str,
    header: str,
    cell: str,
    mapping: FormMapping,
    lookups: Mapping[str, Mapping[str, str]],
) -> tuple[list[str], list[Origin]]:
    text = (cell or "").strip()
    if not text:
        return [], []
    layout = mapping.dates.get(name)
    if layout:
        try:
            return [desk_date(text, layout, date_only=DATE_FIELDS[name])], [
                Origin(header, text, True)
            ]
        except DateMismatch:
            return [text], [Origin(header, text, False)]
    lookup = lookups.get(name, {})
    values: list[str] = []
    origins: list[Origin] = []
    for answer in split_answers(text, mapping.separators.get(name, ""), lookup):
        key = answer_key(answer)
        if key in lookup:
            values += [part.strip() for part in lookup[key].split(";") if part.strip()]
            origins.append(Origin(header, answer, True))
        else:
            values.append(answer)
            origins.append(Origin(header, answer, False))
    return values, origins


def _combine(name: str, values: list[str]) -> str:
    if name == "notes":
        return "\n".join(values)
    unique = list(dict.fromkeys(values))
    if name == "modality" and {"in_person", "virtual"} <= set(unique):
        # someone who ticked both ways of meeting will take either
        unique = ["either"] + [v for v in unique if v not in {"in_person", "virtual", "either"}]
    return ";".join(unique)


# ---------------------------------------------------------------- intake ids


def derived_id(cells: Mapping[str, str]) -> str:
    """A stable intake id for a submission, from what identifies it.

    The submission time, the first and last names, the email and the phone: these
    do not change when the export grows or its columns move, and two different
    submissions share all five only if the same person sent the same form in the
    same second. Names and emails are compared without case, phones by digits, and
    a zoned time by its instant in UTC, so "2:33 PM EST" and "19:33 UTC" agree.
    The answers themselves are left out on purpose: a corrected answer should update
    the intake, not add a second one.
    """
    parts = [
        _instant(cells.get("submitted", "")),
        _folded(cells.get("first_name", "")),
        _folded(cells.get("last_name", "")),
        _folded(cells.get("email", "")),
        "".join(ch for ch in cells.get("phone", "") if ch.isdigit()),
    ]
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return ID_PREFIX + base64.b32encode(digest).decode("ascii")[:10]


def _folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _instant(text: str) -> str:
    cleaned = text.strip()
    try:
        moment = datetime.fromisoformat(cleaned)
    except ValueError:
        return _folded(cleaned)
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="seconds")


# ---------------------------------------------------------------- explaining problems


SENT_TWICE = msg(
    "FormImport",
    "{problem}: the same submission time, name and contact, so the form was sent twice; "
    "delete one of the two rows from the export",
)
IN_COLUMN = msg("FormImport", "column {columns}: {problem}")
UNKNOWN_ANSWER = msg(
    "FormImport",
    "column {columns}, answer {answers}: not in the mapping and not a value the desk knows "
    "({problem}); add it under [values.{field}]",
)
DATE_ANSWER = msg(
    "FormImport",
    "column {columns}, answer {answers}: {problem}; or give its layout under [dates] {field}",
)
IN_ANSWER = msg("FormImport", "column {columns}, answer {answers}: {problem}")


def explain(row: MappedRow, problems: Sequence[Problem]) -> list[Problem]:
    """The client checks' problems, each naming the question and the answer it came from.

    An answer the mapping left as written and that the checks then refused gets the
    fix: add it under [values.FIELD].
    """
    explained: list[Problem] = []
    for problem in problems:
        origins = row.origins.get(problem.field, [])
        if problem.field == "id" and not origins and problem.code == REPEATED_ID:
            explained.append(Problem("id", say(SENT_TWICE, problem=problem.message), REPEATED_ID))
            continue
        if not origins:
            explained.append(problem)
            continue
        headers = ", ".join(dict.fromkeys(f"'{o.header}'" for o in origins))
        loose = [o for o in origins if not o.mapped]
        named = [o for o in loose if answer_key(o.answer) in problem.message.casefold()]
        culprits = named or loose
        if not culprits:
            explained.append(
                Problem(problem.field, say(IN_COLUMN, columns=headers, problem=problem.message))
            )
            continue
        answers = ", ".join(f"'{o.answer}'" for o in culprits)
        culprit_headers = ", ".join(dict.fromkeys(f"'{o.header}'" for o in culprits))
        values = {
            "columns": culprit_headers,
            "answers": answers,
            "problem": problem.message,
            "field": problem.field,
        }
        if problem.field in VALUE_FIELDS:
            message = say(UNKNOWN_ANSWER, **values)
        elif problem.field in DATE_FIELDS:
            message = say(DATE_ANSWER, **values)
        else:
            message = say(IN_ANSWER, **values)
        explained.append(Problem(problem.field, message))
    return explained
