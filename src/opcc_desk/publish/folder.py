"""Putting a publication in place in one step, never half of one.

Everything is written into a new hidden folder beside the target and flushed to disk;
then the previous publication is renamed aside, the new one renamed in, and the old
one removed. A website that syncs the folder sees the old directory or the new one,
never a mix; a failure part-way leaves the previous publication as it was.

A marker file says "OPCC Desk published this", so publishing again may replace the
folder, while a folder that holds anything else (a home folder typed by mistake) is
refused and left alone.

The files are world-readable (0644, folders 0755), unlike everything else the program
writes (owner-only): a directory is made to be served by a website, and it holds no
client data, only what each therapist chose to make public.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

from opcc_desk.domain.words.messages import msg, say
from opcc_desk.domain.words.os_errors import os_reason

MARKER = ".opcc-directory"
FILE_MODE = 0o644
FOLDER_MODE = 0o755


NO_PARENT = msg(
    "Publishing",
    "{target}: the folder {parent} does not exist; create it first or choose another place.",
)
IS_A_FILE = msg(
    "Publishing",
    "{target} is a file, not a folder; choose a new folder name for the directory.",
)
OTHER_FILES = msg(
    "Publishing",
    "{target} already holds other files and is not a directory published by OPCC Desk; "
    "choose a new or empty folder, so that nothing there is lost.",
)
NOT_ALLOWED = msg(
    "Publishing",
    "{target}: the program may not write in {parent}; choose a folder you can write to, or "
    "ask your IT helper for access.",
)
CANNOT_WRITE = msg(
    "Publishing", "{target}: cannot write in {parent} ({reason}); choose another folder."
)
NOT_WRITTEN = msg(
    "Publishing",
    "{target}: the directory could not be written ({reason}); the previous publication, if "
    "any, is unchanged. Free some space or choose another folder.",
)


class FolderProblem(Exception):
    """The target folder cannot take the publication; the message says why and what to do."""


def check_target(target: Path) -> None:
    """Refuse, with the reason, a place the publication must not go."""
    parent = target.parent
    if not parent.is_dir():
        raise FolderProblem(say(NO_PARENT, target=target, parent=parent))
    if target.is_symlink() or target.exists():
        if not target.is_dir():
            raise FolderProblem(say(IS_A_FILE, target=target))
        if not (target / MARKER).is_file() and any(target.iterdir()):
            raise FolderProblem(say(OTHER_FILES, target=target))
    if not os.access(parent, os.W_OK | os.X_OK):
        raise FolderProblem(say(NOT_ALLOWED, target=target, parent=parent))


def _write(path: Path, content: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, FILE_MODE)
    try:
        os.fchmod(fd, FILE_MODE)  # whatever the umask: a web server must read it
        view = memoryview(content)
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(path: Path) -> None:
    """Make a folder's new entries durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fill(folder: Path, files: Mapping[str, bytes]) -> None:
    folders = {folder}
    for name, content in sorted(files.items()):
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise ValueError(f"not a path inside the publication: {name!r}")
        path = folder.joinpath(*relative.parts)
        for parent in reversed(path.relative_to(folder).parents[:-1]):
            sub = folder / parent
            if sub not in folders:
                sub.mkdir(mode=FOLDER_MODE)
                sub.chmod(FOLDER_MODE)
                folders.add(sub)
        _write(path, content)
    _write(folder / MARKER, b"Published by OPCC Desk; publishing again replaces this folder.\n")
    for sub in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        _sync_folder(sub)


def replace_folder(target: Path, files: Mapping[str, bytes]) -> None:
    """Publish ``files`` (path in the folder -> content) as the folder ``target``."""
    # a link to the folder: publish where it points, so whatever serves that folder
    # gets the new publication (and the link stays a link)
    target = Path(os.path.realpath(target))
    check_target(target)
    parent = target.parent
    old: Path | None = None
    try:
        build = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=parent))
    except OSError as error:
        raise FolderProblem(
            say(CANNOT_WRITE, target=target, parent=parent, reason=os_reason(error))
        ) from None
    try:
        build.chmod(FOLDER_MODE)
        _fill(build, files)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=parent))
            old.rmdir()  # only its unique name is wanted
            os.rename(target, old)
        os.rename(build, target)
        _sync_folder(parent)
    except BaseException as error:  # whatever stopped it, nothing half-made stays
        if old is not None and not target.exists():
            os.rename(old, target)  # the previous publication goes back in place
            old = None
        shutil.rmtree(build, ignore_errors=True)
        if not isinstance(error, OSError):
            raise
        raise FolderProblem(say(NOT_WRITTEN, target=target, reason=os_reason(error))) from None
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
