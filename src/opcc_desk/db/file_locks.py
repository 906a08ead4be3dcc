"""Advisory locks between the processes that share a database file and its key file.

Two kinds:

- The key file is read, changed and written back by every sign-in that counts a
  wrong password and by every account change. Each of those holds ``exclusive``
  on ``FILE.keys.lock`` from its read to its write, so one process never writes
  back a copy that another process changed in the meantime.
- A database file is held *shared* by every process that has it open (an engine,
  for the life of the process) on ``FILE.sqlite3.lock``. A restore swaps the file
  underneath, so it needs the lock *exclusively*: it asks without waiting and is
  refused while any other window or command has the database open (their later
  saves would otherwise go to a file that no longer exists).

Within one process every engine on a file shares one lock handle (``flock`` locks
belong to an open file, so two handles in one process would block each other).

Windows has no ``flock``; there the locks do nothing and the program relies on
one desk per SQLite file, as it always did there.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from opcc_desk.domain.words.messages import msg, say

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

# how long a newly opened desk waits for a restore in progress to finish
SHARED_WAIT_S = 60.0

# said in the window's language: a restore or a re-key refused shows them
BEING_RESTORED = msg(
    "DatabaseInUse", "the database is being restored from a backup; try again in a moment"
)
OPEN_ELSEWHERE = msg(
    "DatabaseInUse",
    "another OPCC Desk window or command has this database open; close it and try again",
)


class DatabaseInUse(Exception):
    """Another process has the database open, or a restore has it, and would not wait."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _open_lock_file(path: Path) -> int:
    return os.open(lock_path(path), os.O_RDWR | os.O_CREAT, 0o600)


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    """Hold ``path``'s lock file exclusively for a read-modify-write (waits its turn)."""
    fd = _open_lock_file(path)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing the handle releases the lock


@dataclass
class _Held:
    fd: int
    users: int


_held: dict[str, _Held] = {}
_guard = threading.Lock()


def _name(path: Path) -> str:
    return str(path.resolve())


def hold_shared(path: Path) -> None:
    """Mark the database at ``path`` as open by this process, until ``release_shared``.

    Waits a while when a restore holds it; raises DatabaseInUse after that.
    """
    with _guard:
        held = _held.get(_name(path))
        if held is not None:
            held.users += 1
            return
        fd = _open_lock_file(path)
        if fcntl is not None:
            deadline = time.monotonic() + SHARED_WAIT_S
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if time.monotonic() > deadline:
                        os.close(fd)
                        raise DatabaseInUse(say(BEING_RESTORED)) from None
                    time.sleep(0.2)  # a restore in progress: wait for it to finish
        _held[_name(path)] = _Held(fd, 1)


def release_shared(path: Path) -> None:
    with _guard:
        held = _held.get(_name(path))
        if held is None:
            return
        held.users -= 1
        if held.users <= 0:
            del _held[_name(path)]
            os.close(held.fd)


@contextmanager
def sole_user(path: Path) -> Iterator[None]:
    """Hold the database at ``path`` exclusively, refusing at once while another process
    has it open; afterwards this process keeps the shared hold it had before (if any)."""
    key = _name(path)
    with _guard:
        held = _held.get(key)
        fresh = held is None
        if held is None:
            held = _Held(_open_lock_file(path), 0)
        if fcntl is not None:
            try:
                fcntl.flock(held.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if fresh:
                    os.close(held.fd)
                else:
                    # changing a shared lock to exclusive may drop it first: take it back
                    fcntl.flock(held.fd, fcntl.LOCK_SH)
                raise DatabaseInUse(say(OPEN_ELSEWHERE)) from None
        held.users += 1  # an engine released meanwhile must not close the handle
        _held[key] = held
    try:
        yield
    finally:
        with _guard:
            held.users -= 1
            if held.users <= 0:
                del _held[key]
                os.close(held.fd)
            elif fcntl is not None:
                fcntl.flock(held.fd, fcntl.LOCK_SH)
