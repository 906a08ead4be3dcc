"""Writing a file all at once, readable by its owner only: the one way the program writes.

Letters, reports, exports, backups and the key file hold health information or the
keys to it. Each is written to a temporary file beside its target (same folder, so
the final rename never crosses a disk), synced to the disk, given mode 0600, and
renamed over the target; then the folder itself is synced so the rename survives a
power cut. A reader sees the old file or the new one, never half of either; any
failure (a full disk, a cancelled write, a check that fails) removes the temporary
and leaves the old file exactly as it was. Two writers racing for one name each
write their own temporary, so the file ends up whole from one of them.

The module imports nothing from the program, so every layer may use it.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

OWNER_ONLY = 0o600


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A new, empty, owner-only file beside ``path`` to fill by any means (a database
    backup, say); when the block ends without an error it replaces ``path``.

    An exception in the block removes the temporary file and reaches the caller;
    ``path`` is untouched. Raises OSError when the folder cannot be written.
    """
    folder = path.parent
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    os.close(fd)  # mkstemp made it 0600 before anything was written
    temporary = Path(name)
    try:
        yield temporary
        _sync_file(temporary)
        os.chmod(temporary, OWNER_ONLY)  # in case the filler replaced the file it was given
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_folder(folder)


@contextmanager
def private_text(path: Path, *, newline: str | None = None) -> Iterator[TextIO]:
    """``with private_text(path, newline="") as handle:`` writes ``path`` whole, in UTF-8."""
    with (
        replacing(path) as temporary,
        open(temporary, "w", encoding="utf-8", newline=newline) as handle,
    ):
        yield handle


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` as the whole of ``path``, owner-only, all or nothing."""
    with replacing(path) as temporary:
        temporary.write_bytes(data)


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    # makes the rename itself durable; a platform without directory handles
    # (Windows) cannot open a folder and has nothing to sync
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a folder; the rename is done anyway
    finally:
        os.close(fd)
