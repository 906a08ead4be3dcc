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

from opcc_desk.db.engine import make_engine, make_session_factory
from opcc_desk.db.migrate import upgrade
from opcc_desk.services.catalogue import sync_catalogue
from opcc_desk.services.context import ServiceContext, system_clock

APP_NAME = "opcc-desk"
DB_ENV = "OPCC_DESK_DB"
log = logging.getLogger(__name__)


def data_dir() -> Path:
    return user_data_path(APP_NAME, appauthor=False, ensure_exists=True)


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'opcc-desk.sqlite3'}"


def resolve_db_url(cli_value: str | None) -> str:
    return cli_value or os.environ.get(DB_ENV) or default_db_url()


def open_context(
    url: str,
    *,
    clock: Callable[[], datetime] = system_clock,
    user: str = "",
    migrate: bool = True,
) -> ServiceContext:
    """Open the database, bring its schema and catalogue up to date."""
    engine = make_engine(url)
    if migrate:
        copy = upgrade(engine)
        if copy is not None:
            log.info("database copied to %s before migrating", copy.name)
    ctx = ServiceContext(engine=engine, session_factory=make_session_factory(engine), clock=clock, user=user)
    if migrate:
        added = sync_catalogue(ctx)
        if added:
            log.info("catalogue: %d new entries loaded", added)
    return ctx
