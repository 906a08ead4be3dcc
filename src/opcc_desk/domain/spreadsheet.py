"""Cells that a spreadsheet would run as a formula, made inert in our CSV files and back.

A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is taken by
Excel, LibreOffice and Google Sheets as a formula (``=HYPERLINK(...)`` sends data away
when clicked). Exports write such a cell with one leading apostrophe, which spreadsheets
read as "this is text"; imports remove exactly that apostrophe, so export -> import ->
export gives the same file.

A value that itself starts with apostrophes before such a character (``'=x``) gets one
more on export and loses one on import, so every value survives the trip unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

_ESCAPED = re.compile(r"^'*[=+\-@\t\r]")
_TO_UNESCAPE = re.compile(r"^'+[=+\-@\t\r]")


def escape(value: str) -> str:
    """The cell as written to a CSV file."""
    return "'" + value if _ESCAPED.match(value) else value


def unescape(cell: str) -> str:
    """The value a CSV cell written by :func:`escape` stands for."""
    return cell[1:] if _TO_UNESCAPE.match(cell) else cell


def escape_row(row: Mapping[str, str]) -> dict[str, str]:
    return {column: escape(value) for column, value in row.items()}
