"""Errors a service reports to the user's world (not bugs)."""

from __future__ import annotations

from opcc_desk.domain.validation import Problem
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.domain.words.os_errors import os_reason

NOT_WRITTEN = msg("Files", "{path}: cannot write the file ({reason}); choose another folder.")


class ServiceError(Exception):
    """A refused action; the message is written for the person at the desk."""


class NotFound(ServiceError):
    pass


class AlreadyExists(ServiceError):
    pass


class StaleRecord(ServiceError):
    """Someone else saved this record since it was opened."""


class InvalidRecord(ServiceError):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class DatabaseUnavailable(ServiceError):
    pass


class FileNotWritten(ServiceError):
    """A file could not be written; the old one, if any, is as it was."""

    def __init__(self, path: object, error: OSError) -> None:
        reason = os_reason(error)
        super().__init__(say(NOT_WRITTEN, path=path, reason=reason))


class NotAllowed(ServiceError):
    """The signed-in user's role does not include this action."""


class LoginRequired(ServiceError):
    """The database has staff accounts: say who you are."""


class LoginRefused(ServiceError):
    """Wrong user name or password, or a locked or removed account."""
