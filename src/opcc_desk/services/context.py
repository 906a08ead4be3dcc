"""What every service needs, handed down from the composition root."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from opcc_desk.db.catalogue import read_catalogue
from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.roles import (
    Permission,
    Role,
    allowed,
    needed_role,
    permission_word,
    role_word,
)
from opcc_desk.domain.words.messages import Message, msg, say
from opcc_desk.services.errors import DatabaseUnavailable, NotAllowed, StaleRecord

# one whole sentence per role that may do it: the article and the word order differ
NEEDS_ROLE: dict[Role, Message] = {
    Role.RECEPTION: msg(
        "Access", "Your role ({role}) may not do this ({permission}); it needs a reception account."
    ),
    Role.DIRECTOR: msg(
        "Access", "Your role ({role}) may not do this ({permission}); it needs a director account."
    ),
    Role.ADMIN: msg(
        "Access", "Your role ({role}) may not do this ({permission}); it needs an admin account."
    ),
}
CHANGED_MEANWHILE = msg(
    "Database",
    "Someone at another desk changed this record at the same moment; "
    "nothing was saved. Open it again and redo the change.",
)
BUSY = msg("Database", "The database is busy at another desk; wait a moment and try again.")
RESTARTING = msg(
    "Database",
    "The database server is restarting; wait a moment and try again. Your unsaved work is kept.",
)
TOO_LONG = msg(
    "Database",
    "The database took too long to answer and stopped looking; nothing was "
    "changed. Type fewer words, or more letters of a name.",
)
DISK_FULL = msg("Database", "The disk is full; free some space, then try again. Nothing was saved.")
READ_ONLY = msg(
    "Database", "The database file is read-only; ask your IT helper to check its permissions."
)
UNREACHABLE = msg(
    "Database", "The database server cannot be reached; check the network, then try again."
)
NOT_COMPLETED = msg(
    "Database", "The database could not complete the action; nothing was saved. Try again."
)


def system_clock() -> datetime:
    """Now, in UTC without tzinfo: how every timestamp is stored."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class ServiceContext:
    engine: Engine
    session_factory: sessionmaker[Session]
    clock: Callable[[], datetime] = system_clock
    user: str = ""
    # None: a database without staff accounts (a demo), where every action is open
    role: Role | None = None
    # the key of an encrypted SQLite file, kept to wrap it for new users
    database_key: bytes | None = field(default=None, repr=False)
    # the audit key, unwrapped at the sign-in of a director or admin (services/audit_keys.py)
    audit_key: bytes | None = field(default=None, repr=False)
    # the key of the mail server's password, unwrapped at sign-in (services/mail_keys.py)
    mail_key: bytes | None = field(default=None, repr=False)
    _catalogue: Catalogue | None = field(default=None, repr=False)
    # read-mostly data kept between actions, each entry checked against a cheap stamp
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def require(self, permission: Permission) -> None:
        """Refuse the action unless the signed-in user's role includes ``permission``."""
        if self.role is None or allowed(self.role, permission):
            return
        raise NotAllowed(
            say(
                NEEDS_ROLE[needed_role(permission)],
                role=role_word(self.role),
                permission=permission_word(permission),
            )
        )

    def today(self) -> date:
        return self.clock().date()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything commits together or nothing does.

        A lost connection (server restarted, network down) or a busy database becomes
        DatabaseUnavailable; a row that another desk changed between this action's read
        and its write (the version counter no longer matches) becomes StaleRecord.
        """
        try:
            with self.session_factory.begin() as session:
                yield session
        except StaleDataError:
            raise StaleRecord(say(CHANGED_MEANWHILE)) from None
        except OperationalError as error:
            raise DatabaseUnavailable(_operational_message(error)) from error
        except DBAPIError as error:
            if error.connection_invalidated or isinstance(error, InterfaceError):
                raise DatabaseUnavailable(_operational_message(error)) from error
            raise

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            with self.transaction() as session:
                self._catalogue = read_catalogue(session)
        return self._catalogue

    def forget_catalogue(self) -> None:
        self._catalogue = None


def _operational_message(error: DBAPIError) -> str:
    text = str(error.orig).lower() if error.orig else str(error).lower()
    if "locked" in text or "busy" in text or "lock timeout" in text:
        return say(BUSY)
    if "shutting down" in text or "starting up" in text or "administrator command" in text:
        return say(RESTARTING)
    if "statement timeout" in text:
        return say(TOO_LONG)
    if "disk" in text and "full" in text:
        return say(DISK_FULL)
    if "readonly" in text or "read-only" in text:
        return say(READ_ONLY)
    if "connect" in text or "connection" in text or "closed" in text or "timeout" in text:
        return say(UNREACHABLE)
    return say(NOT_COMPLETED)
