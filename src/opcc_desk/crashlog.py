"""Logging our own failures without the health information they might quote."""

from __future__ import annotations

import logging
import traceback
from types import TracebackType

log = logging.getLogger("opcc_desk")


def log_crash(kind: type[BaseException], tb: TracebackType | None, where: str) -> None:
    """Log where our code failed: the frames and the error's type, never its message,
    which may quote what was typed into a client's record."""
    frames = "".join(traceback.format_tb(tb))
    log.error("unexpected %s in %s\n%s", kind.__name__, where, frames)
