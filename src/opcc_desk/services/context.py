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
from opcc_desk.domain.roles import Permission, Role, allowed, an_account, needed_role
from opcc_desk.services.errors import DatabaseUnavailable, NotAllowed, StaleRecord


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
    _catalogue: Catalogue | None = field(default=None, repr=False)
    # read-mostly data kept between actions, each entry checked against a cheap stamp
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def require(self, permission: Permission) -> None:
        """Refuse the action unless the signed-in user's role includes ``permission``."""
        if self.role is None or allowed(self.role, permission):
            return
        raise NotAllowed(
            f"Your role ({self.role.value}) may not do this ({permission.value}); "
            f"it needs {an_account(needed_role(permission))}."
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
            raise StaleRecord(
                "Someone at another desk changed this record at the same moment; "
                "nothing was saved. Open it again and redo the change."
            ) from None
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
        return "The database is busy at another desk; wait a moment and try again."
    if "shutting down" in text or "starting up" in text or "administrator command" in text:
        return (
            "The database server is restarting; wait a moment and try again. "
            "Your unsaved work is kept."
        )
    if "statement timeout" in text:
        return (
            "The database took too long to answer and stopped looking; nothing was "
            "changed. Type fewer words, or more letters of a name."
        )
    if "disk" in text and "full" in text:
        return "The disk is full; free some space, then try again. Nothing was saved."
    if "readonly" in text or "read-only" in text:
        return "The database file is read-only; ask your IT helper to check its permissions."
    if "connect" in text or "connection" in text or "closed" in text or "timeout" in text:
        return "The database server cannot be reached; check the network, then try again."
    return "The database could not complete the action; nothing was saved. Try again."
