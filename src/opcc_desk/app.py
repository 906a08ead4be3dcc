"""Composition root: turns a database URL into a ready ServiceContext.

Nothing opens a database at import time; the command line and the window both
come through here, and tests call it with a temporary file and a fixed clock.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_path
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from opcc_desk.db.engine import make_engine, make_session_factory
from opcc_desk.db.migrate import upgrade
from opcc_desk.services.catalogue import sync_catalogue
from opcc_desk.services.context import ServiceContext, system_clock
from opcc_desk.services.errors import DatabaseUnavailable

APP_NAME = "opcc-desk"
DB_ENV = "OPCC_DESK_DB"
log = logging.getLogger(__name__)


def data_dir() -> Path:
    path = user_data_path(APP_NAME, appauthor=False, ensure_exists=True)
    path.chmod(0o700)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'opcc-desk.sqlite3'}"


def resolve_db_url(cli_value: str | None) -> str:
    return cli_value or os.environ.get(DB_ENV) or default_db_url()


def safe_url(url: str) -> str:
    """The URL without its password, for messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "the given address"


def open_context(
    url: str,
    *,
    clock: Callable[[], datetime] = system_clock,
    user: str = "",
    migrate: bool = True,
) -> ServiceContext:
    """Open the database, bring its schema and catalogue up to date."""
    try:
        engine = make_engine(url)
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise DatabaseUnavailable(
            f"'{url}' is not a database address OPCC Desk can use; write e.g. "
            "sqlite:///path/to/file.sqlite3 or postgresql+psycopg://host/dbname"
        ) from None
    except OSError as error:
        raise DatabaseUnavailable(
            f"cannot create the database file for {safe_url(url)} ({error.strerror})"
        ) from None
    ctx = ServiceContext(
        engine=engine, session_factory=make_session_factory(engine), clock=clock, user=user
    )
    if not migrate:
        return ctx
    try:
        copy = upgrade(engine)
    except DBAPIError as error:
        engine.dispose()
        raise DatabaseUnavailable(_open_failure(url, error)) from None
    if copy is not None:
        log.info("database copied to %s before migrating", copy.name)
    added = sync_catalogue(ctx)
    if added:
        log.info("catalogue: %d new entries loaded", added)
    return ctx


def _open_failure(url: str, error: DBAPIError) -> str:
    detail = str(error.orig).lower()
    where = safe_url(url)
    if "not a database" in detail or "malformed" in detail or "encrypted" in detail:
        return (
            f"{where} is damaged or is not an OPCC Desk database. "
            "Restore it from a backup, or point --db at another file."
        )
    if "unable to open" in detail or "readonly" in detail:
        return f"{where} cannot be opened; check the folder exists and that you may write to it."
    if "password" in detail or "authentication" in detail:
        return f"{where}: the server refused the user name or password."
    return f"{where} cannot be opened ({type(error.orig).__name__}); check the address."
