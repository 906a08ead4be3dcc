"""Builds the engine and session factory for a database URL.

SQLite gets what a desktop file needs: foreign keys on every connection, WAL so
readers never block the writer, a busy timeout instead of instant "database is
locked" errors, a file only its owner can read (client records are personal
health information), and a shared hold on the file for as long as the engine
lives, so a restore knows another desk has it open.

PostgreSQL (the clinic's server, several desks) gets what a desk on a network
needs: a short connect timeout and TCP keepalives, so a server that went away is
noticed in seconds rather than minutes; a check of each pooled connection before
use, so a server restart costs one reconnect rather than an error; and server-side
limits on waiting for a lock and on a transaction left open by a desk that lost
its network, so one stuck desk never blocks the others. Any of these can be
overridden in the URL's query (``?connect_timeout=10``).
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from opcc_desk.db.file_locks import hold_shared, release_shared

BUSY_TIMEOUT_MS = 10_000

# libpq connection parameters for PostgreSQL, unless the URL sets them itself
PG_CONNECT_DEFAULTS: dict[str, Any] = {
    "connect_timeout": 5,  # seconds to reach the server before giving up
    "application_name": "opcc-desk",  # how the IT helper sees a desk in pg_stat_activity
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 20_000,  # ms without an answer on a busy socket: the network is down
    # the same 10 s as SQLite's busy timeout; a desk that vanished mid-transaction is cut
    # off after a minute, so its row locks are freed for the others
    "options": f"-c lock_timeout={BUSY_TIMEOUT_MS} -c idle_in_transaction_session_timeout=60000",
}
PG_POOL_RECYCLE_S = 1800


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and memory."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each readable by the owner only (0700).

    Folders that already exist are left as they are: they may be shared on purpose.
    ``mkdir(parents=True)`` would make the parents with the default 0755.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists():
        missing.append(current)
        if current.parent == current:
            break
        current = current.parent
    for new in reversed(missing):
        new.mkdir(mode=0o700, exist_ok=True)
        os.chmod(new, 0o700)  # mkdir's mode is narrowed by the umask, never widened


def prepare_sqlite_file(path: Path) -> None:
    """Create the folder and the file private to the current user."""
    make_private_folder(path.parent)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    os.chmod(path, 0o600)


def make_engine(url: str, *, key: bytes | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``; with ``key``, the SQLite file is opened with SQLCipher."""
    path = sqlite_path(url)
    if path is not None:
        prepare_sqlite_file(path)
    if key is not None:
        if path is None:
            raise ValueError("only an SQLite file can be encrypted with a key")
        kwargs.update(_sqlcipher_arguments(path, key))
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        connect_args = {k: v for k, v in PG_CONNECT_DEFAULTS.items() if k not in parsed.query}
        connect_args.update(kwargs.pop("connect_args", {}))
        kwargs = {
            "pool_pre_ping": True,
            "pool_recycle": PG_POOL_RECYCLE_S,
            "connect_args": connect_args,
            **kwargs,
        }
    engine = create_engine(url, **kwargs)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_on_connect)
    if path is not None:
        # this process has the file open until the engine is gone: a restore from
        # another process is refused meanwhile (db/file_locks.py)
        hold_shared(path)
        weakref.finalize(engine, release_shared, path)
    return engine


def _sqlcipher_arguments(path: Path, key: bytes) -> dict[str, Any]:
    from sqlcipher3 import dbapi2 as sqlcipher  # only encrypted databases need it

    pragma = f"PRAGMA key = \"x'{key.hex()}'\""

    def connect() -> Any:
        connection = sqlcipher.connect(str(path), check_same_thread=False)
        connection.execute(pragma)  # must come before anything else touches the file
        return connection

    return {"module": sqlcipher, "creator": connect}


def _sqlite_on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # Objects stay readable after commit: services copy them into plain records anyway.
    return sessionmaker(engine, expire_on_commit=False)
