"""Why the system refused a file, in the language in use.

The system's own reason (``OSError.strerror``) is English whatever the window's
language; for the reasons a desk meets (a missing folder, no permission, a full or
read-only disk...) this gives the window's words instead. In English it is the
system's reason exactly as before, so messages and their tests do not change.
"""

from __future__ import annotations

import errno

from opcc_desk.domain.words.messages import Message, language, msg, say

_REASONS: dict[int, Message] = {
    errno.ENOENT: msg("SystemReason", "No such file or directory"),
    errno.EACCES: msg("SystemReason", "Permission denied"),
    errno.EPERM: msg("SystemReason", "Operation not permitted"),
    errno.ENOSPC: msg("SystemReason", "No space left on device"),
    errno.ENOTDIR: msg("SystemReason", "Not a directory"),
    errno.EISDIR: msg("SystemReason", "Is a directory"),
    errno.EROFS: msg("SystemReason", "Read-only file system"),
    errno.EEXIST: msg("SystemReason", "File exists"),
    errno.ENAMETOOLONG: msg("SystemReason", "File name too long"),
    errno.EBUSY: msg("SystemReason", "Device or resource busy"),
}


def os_reason(error: OSError) -> str:
    """The reason of ``error`` in a few words: the system's own in English, the window's
    words in another language when the reason is a common one."""
    english = error.strerror or str(error) or type(error).__name__
    known = _REASONS.get(error.errno) if error.errno is not None else None
    if language() == "en" or known is None:
        return english
    return say(known)
