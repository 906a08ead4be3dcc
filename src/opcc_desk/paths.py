"""Where OPCC Desk keeps its data, and which database it opens.

Plain standard-library code (and platformdirs), so the window can be put on screen
before the database layer is loaded.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "opcc-desk"
DB_ENV = "OPCC_DESK_DB"


def data_dir() -> Path:
    """The user's private data folder (owner-only), created when missing."""
    from platformdirs import user_data_path

    path = user_data_path(APP_NAME, appauthor=False, ensure_exists=True)
    path.chmod(0o700)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'opcc-desk.sqlite3'}"


def resolve_db_url(cli_value: str | None) -> str:
    """--db first, then OPCC_DESK_DB, then the file in the data folder."""
    return cli_value or os.environ.get(DB_ENV) or default_db_url()
