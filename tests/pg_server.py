"""A throwaway PostgreSQL server for the test run (and for scripts/two_desks.py).

The tests start it themselves: a new cluster in a temporary folder, listening on
127.0.0.1 only (plus a unix socket inside that folder), fsync off because it holds
nothing worth keeping, stopped and deleted at the end. Debian's server binaries
live in /usr/lib/postgresql/VERSION/bin, off the PATH; ``OPCC_DESK_PG_BIN`` points
elsewhere. ``initdb`` refuses to run as root, so as root every server command runs
as the ``postgres`` system user that Debian's package creates.

Two roles, as a clinic's server would have: ``opcc_admin`` (superuser, creates and
drops the test databases) and ``desk`` (no special rights; owns each test database
and is the role the program connects as), both with passwords over TCP.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import secrets
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

PG_BIN_ENV = "OPCC_DESK_PG_BIN"
HOST = "127.0.0.1"
ADMIN = "opcc_admin"
DESK = "desk"
INSTALL_HINT = (
    "install the server with 'apt-get install postgresql' (or run 'bash scripts/setup.sh test'), "
    f"or point {PG_BIN_ENV} at the folder holding initdb and pg_ctl"
)
NEEDED = ("initdb", "pg_ctl", "postgres")


class ServerUnavailable(Exception):
    """No PostgreSQL server can be started here; the message says why and what to do."""


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def _has_binaries(folder: Path) -> bool:
    return all((folder / name).is_file() for name in NEEDED)


def _version_key(folder: Path) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", folder.parent.name)) or (0,)


def find_bin_dir() -> Path | None:
    """The folder of initdb, pg_ctl and postgres: $OPCC_DESK_PG_BIN, PATH, or Debian's place."""
    configured = os.environ.get(PG_BIN_ENV)
    if configured:
        folder = Path(configured)
        return folder if _has_binaries(folder) else None
    on_path = shutil.which("pg_ctl")
    if on_path and _has_binaries(Path(on_path).resolve().parent):
        return Path(on_path).resolve().parent
    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=_version_key, reverse=True)
    for folder in debian:
        if _has_binaries(folder):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return int(probe.getsockname()[1])


class PgServer:
    """One PostgreSQL cluster in a temporary folder, on 127.0.0.1 and a free port."""

    def __init__(self, bin_dir: Path) -> None:
        self.bin_dir = bin_dir
        self.run_as: list[str] = []
        self.owner_uid: int | None = None
        if os.geteuid() == 0:
            try:
                import pwd

                entry = pwd.getpwnam("postgres")
            except KeyError:
                raise ServerUnavailable(
                    "running as root, and initdb refuses root, but there is no 'postgres' "
                    f"system user to run the server as; {INSTALL_HINT}"
                ) from None
            self.owner_uid = entry.pw_uid
            self.owner_gid = entry.pw_gid
            runuser = shutil.which("runuser") or "/usr/sbin/runuser"
            self.run_as = [runuser, "-u", "postgres", "--"]
        self.root = Path(tempfile.mkdtemp(prefix="opcc-desk-pg-"))
        self.data = self.root / "data"
        self.sockets = self.root / "sockets"
        self.log = self.root / "server.log"
        self.port = 0
        self.admin_password = secrets.token_urlsafe(16)
        self.desk_password = secrets.token_urlsafe(16)
        self._databases = 0
        self._running = False

    # ------------------------------------------------------------ running commands

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
        env.pop("PGDATA", None)
        result = subprocess.run(
            [*self.run_as, *args],
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            cwd=self.root,
            check=False,
        )
        if result.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise ServerUnavailable(
                f"{Path(args[0]).name} failed ({result.returncode}): "
                f"{(result.stderr or result.stdout).strip()[-2000:]}\n{tail}"
            )
        return result

    def _tool(self, name: str) -> str:
        return str(self.bin_dir / name)

    # ------------------------------------------------------------ life cycle

    def init(self) -> None:
        self.sockets.mkdir()
        password_file = self.root / "admin-password"
        password_file.write_text(self.admin_password + "\n")
        password_file.chmod(0o600)
        if self.owner_uid is not None:
            for path in (self.root, self.sockets, password_file):
                os.chown(path, self.owner_uid, self.owner_gid)
        self._run(
            self._tool("initdb"),
            "--pgdata",
            str(self.data),
            "--username",
            ADMIN,
            "--pwfile",
            str(password_file),
            "--auth-local=scram-sha-256",
            "--auth-host=scram-sha-256",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-instructions",
        )
        password_file.unlink()

    def _configure(self, port: int) -> None:
        settings = {
            "listen_addresses": f"'{HOST}'",
            "port": str(port),
            "unix_socket_directories": f"'{self.sockets}'",
            # a test server: speed over durability
            "fsync": "off",
            "synchronous_commit": "off",
            "full_page_writes": "off",
            "max_connections": "60",
            "shared_buffers": "64MB",
            "log_min_messages": "warning",
        }
        lines = [f"{key} = {value}" for key, value in settings.items()]
        conf = self.data / "postgresql.auto.conf"
        conf.write_text("# written by tests/pg_server.py\n" + "\n".join(lines) + "\n")
        if self.owner_uid is not None:
            os.chown(conf, self.owner_uid, self.owner_gid)

    def start(self) -> None:
        """Start (or start again, on the same port) and wait until it takes connections."""
        if self._running:
            return
        attempts = 1 if self.port else 5
        for attempt in range(attempts):
            if not self.port or attempt:
                self.port = _free_port()
                self._configure(self.port)
            try:
                self._run(
                    self._tool("pg_ctl"),
                    "--pgdata",
                    str(self.data),
                    "--log",
                    str(self.log),
                    "--wait",
                    "--timeout=60",
                    "start",
                )
            except ServerUnavailable:
                if attempt + 1 == attempts:
                    raise
                continue
            self._running = True
            return

    def stop(self, mode: str = "fast") -> None:
        """Stop the server: 'fast' ends every session (as a restart would), 'immediate' crashes."""
        if not self._running:
            return
        self._run(
            self._tool("pg_ctl"), "--pgdata", str(self.data), "--mode", mode, "--wait", "stop"
        )
        self._running = False

    @property
    def running(self) -> bool:
        return self._running

    def cleanup(self) -> None:
        with contextlib.suppress(ServerUnavailable, subprocess.TimeoutExpired):
            self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    # ------------------------------------------------------------ roles and databases

    def url(self, database: str, *, user: str = DESK, driver: str = "postgresql+psycopg") -> str:
        password = self.desk_password if user == DESK else self.admin_password
        return f"{driver}://{user}:{password}@{HOST}:{self.port}/{database}"

    @contextlib.contextmanager
    def admin(self) -> Iterator[psycopg.Connection[Any]]:
        """An autocommit psycopg connection as the superuser, to the 'postgres' database."""
        import psycopg

        connection = psycopg.connect(
            host=HOST,
            port=self.port,
            user=ADMIN,
            password=self.admin_password,
            dbname="postgres",
            autocommit=True,
            connect_timeout=10,
        )
        try:
            yield connection
        finally:
            connection.close()

    def create_role(self) -> None:
        with self.admin() as connection:
            connection.execute(
                f"CREATE ROLE {DESK} LOGIN PASSWORD '{self.desk_password}' "
                "NOSUPERUSER NOCREATEDB NOCREATEROLE"
            )

    def create_database(self, *, template: str = "template0", name: str = "") -> str:
        """A new database owned by the desk role; returns its name."""
        self._databases += 1
        name = name or f"desk_{os.getpid()}_{self._databases}"
        with self.admin() as connection:
            connection.execute(
                f'CREATE DATABASE "{name}" OWNER {DESK} TEMPLATE "{template}" STRATEGY FILE_COPY'
            )
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def start_server() -> PgServer:
    """A running server with the desk role; raises ServerUnavailable saying why not."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        where = os.environ.get(PG_BIN_ENV) or "PATH or /usr/lib/postgresql/*/bin"
        raise ServerUnavailable(
            f"no PostgreSQL server binaries (initdb, pg_ctl) in {where}; {INSTALL_HINT}"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        raise ServerUnavailable(
            "the psycopg driver is not installed in this environment; run 'bash scripts/setup.sh test'"
        ) from None
    server = PgServer(bin_dir)
    atexit.register(server.cleanup)
    try:
        server.init()
        server.start()
        deadline = time.monotonic() + 30
        while True:
            try:
                server.create_role()
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)  # between two tries while the new server starts up
    except BaseException:
        server.cleanup()
        raise
    return server
