"""What every service needs, handed down from the composition root."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from opcc_desk.domain.models import Catalogue
from opcc_desk.services.errors import DatabaseUnavailable


def system_clock() -> datetime:
    """Now, in UTC without tzinfo: how every timestamp is stored."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class ServiceContext:
    engine: Engine
    session_factory: sessionmaker[Session]
    clock: Callable[[], datetime] = system_clock
    user: str = ""
    _catalogue: Catalogue | None = field(default=None, repr=False)
    # read-mostly data kept between actions, each entry checked against a cheap stamp
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def today(self) -> date:
        return self.clock().date()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything commits together or nothing does."""
        try:
            with self.session_factory.begin() as session:
                yield session
        except OperationalError as error:
            raise DatabaseUnavailable(_operational_message(error)) from error

    @property
    def catalogue(self) -> Catalogue:
        if self._catalogue is None:
            from opcc_desk.services.catalogue import read_catalogue

            with self.transaction() as session:
                self._catalogue = read_catalogue(session)
        return self._catalogue

    def forget_catalogue(self) -> None:
        self._catalogue = None


def _operational_message(error: OperationalError) -> str:
    text = str(error.orig).lower() if error.orig else str(error).lower()
    if "locked" in text or "busy" in text:
        return "The database is busy at another desk; wait a moment and try again."
    if "disk" in text and "full" in text:
        return "The disk is full; free some space, then try again. Nothing was saved."
    if "readonly" in text or "read-only" in text:
        return "The database file is read-only; ask your IT helper to check its permissions."
    if "connect" in text or "connection" in text:
        return "The database server cannot be reached; check the network, then try again."
    return "The database could not complete the action; nothing was saved. Try again."
