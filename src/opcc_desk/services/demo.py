"""Fills a database with generated sample data, in one transaction.

Rows go in with bulk INSERTs rather than one ORM object at a time, so a
ten-year clinic (100,000 clients, 250,000 referrals) loads in seconds. The
INSERTs are Core statements on the tables, not ORM bulk inserts: the ORM path
splits a batch into one statement per run of rows with the same missing or
None values (about 570,000 statements for that clinic, 90 s), while a Core
``executemany`` sends each batch of 5,000 rows as one statement. Each client's
search words (domain.search.search_words) go in the same way, in the same
transaction, so demo clients are found like any other.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.orm import Session

from opcc_desk.db.models import (
    Base,
    ClientApproachRow,
    ClientConcernRow,
    ClientRecord,
    ClientSearchWordRow,
    ReferralEventRecord,
    ReferralRecord,
    TherapistApproachRow,
    TherapistConcernRow,
    TherapistRecord,
)
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.search import search_key, search_words
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.sample.generator import SampleData, generate
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

NOT_EMPTY = msg(
    "Demo",
    "This database already holds clients or therapists; demo data goes into an empty "
    "database only. Use --db with a new file, e.g. --db sqlite:///demo.sqlite3",
)

BATCH = 5_000
LARGE_CACHE_KB = 64 * 1024  # SQLite's page cache while filling: 2 MB by default


@dataclass(frozen=True, slots=True)
class DemoCounts:
    therapists: int
    clients: int
    referrals: int


def _table(model: type[Base]) -> Table:
    """The Core table behind a model: its INSERT runs as one executemany per batch."""
    return Base.metadata.tables[str(model.__tablename__)]


def _batches(rows: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    return [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]


def _insert(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        session.execute(insert(_table(model)), batch)


def _insert_links(
    session: Session,
    model: type[Base],
    columns: tuple[str, str],
    pks: dict[str, int],
    owned: Iterable[tuple[str, Sequence[str]]],
) -> None:
    """A record's catalogue keys, in order: ``columns`` names the owner's and the key's."""
    owner, key_column = columns
    rows = [
        {owner: pks[ref], key_column: key, "position": i}
        for ref, keys in owned
        for i, key in enumerate(keys)
    ]
    _insert(session, model, rows)


def fill_demo_data(
    ctx: ServiceContext,
    *,
    seed: int = 1,
    therapists: int = 40,
    clients: int = 200,
    referrals: int = 150,
) -> DemoCounts:
    """Generate and store sample data; refuses a database that already has people in it."""
    ctx.require(Permission.USERS)  # with staff accounts, only an admin fills a database
    with ctx.transaction() as session:
        existing = session.scalar(select(func.count()).select_from(ClientRecord)) or 0
        existing += session.scalar(select(func.count()).select_from(TherapistRecord)) or 0
    if existing:
        raise ServiceError(say(NOT_EMPTY))
    data = generate(
        ctx.catalogue,
        seed=seed,
        therapists=therapists,
        clients=clients,
        referrals=referrals,
        today=ctx.today(),
    )
    _store(ctx, data)
    return DemoCounts(len(data.therapists), len(data.clients), len(data.referrals))


def _store(ctx: ServiceContext, data: SampleData) -> None:
    now = ctx.clock()
    with ctx.transaction() as session, _large_page_cache(session):
        therapist_rows = []
        for pk, t in enumerate(data.therapists, start=1):
            therapist_rows.append(
                {
                    "pk": pk,
                    "ref": t.id,
                    "first_name": t.first_name,
                    "last_name": t.last_name,
                    "pronouns": t.pronouns,
                    "gender": t.gender.value if t.gender else None,
                    "credentials": list(t.credentials),
                    "registration": t.registration,
                    "email": t.email,
                    "phone": t.phone,
                    "languages": list(t.languages),
                    "client_types": [x.value for x in t.client_types],
                    "age_groups": [x.value for x in t.age_groups],
                    "modalities": [x.value for x in t.modalities],
                    "locations": list(t.locations),
                    "fee": t.fee,
                    "sliding_scale_min": t.sliding_scale_min,
                    "level": t.level.value if t.level else None,
                    "accepting": t.accepting,
                    "capacity": t.capacity,
                    "availability": list(t.availability),
                    "bio": t.bio,
                    "directory": t.directory,
                    "directory_contact": t.directory_contact,
                    "search_key": search_key(
                        t.id, t.first_name, t.last_name, email=t.email, phone=t.phone
                    ),
                    "archived_at": None,
                    "created_at": now,
                    "updated_at": now,
                    "version": 1,
                }
            )
        therapist_pk = {t.id: pk for pk, t in enumerate(data.therapists, start=1)}
        _insert(session, TherapistRecord, therapist_rows)
        _insert_links(
            session,
            TherapistApproachRow,
            ("therapist_pk", "approach_key"),
            therapist_pk,
            ((t.id, t.approaches) for t in data.therapists),
        )
        _insert_links(
            session,
            TherapistConcernRow,
            ("therapist_pk", "concern_key"),
            therapist_pk,
            ((t.id, t.concerns) for t in data.therapists),
        )

        client_pk = {c.id: pk for pk, c in enumerate(data.clients, start=1)}
        client_words = {
            c.id: search_words(
                c.id, c.first_name, c.last_name, c.preferred_name, email=c.email, phone=c.phone
            )
            for c in data.clients
        }
        client_rows = [
            {
                "pk": client_pk[c.id],
                "ref": c.id,
                "submitted": c.submitted,
                "first_name": c.first_name,
                "last_name": c.last_name,
                "preferred_name": c.preferred_name,
                "pronouns": c.pronouns,
                "date_of_birth": c.date_of_birth,
                "email": c.email,
                "phone": c.phone,
                "address": c.address,
                "city": c.city,
                "postal_code": c.postal_code,
                "language": c.language,
                "client_type": c.client_type.value,
                "age_group": c.age_group.value if c.age_group else None,
                "therapist_gender": c.therapist_gender.value if c.therapist_gender else None,
                "modality": c.modality.value,
                "location": c.location,
                "max_fee": c.max_fee,
                "availability": list(c.availability),
                "consent_to_contact": c.consent_to_contact,
                "email_consent": c.email_consent,
                "notes": c.notes,
                "search_key": " ".join(client_words[c.id]),
                "archived_at": None,
                "created_at": c.submitted or now,
                "updated_at": c.submitted or now,
                "version": 1,
            }
            for c in data.clients
        ]
        _insert(session, ClientRecord, client_rows)
        _insert_links(
            session,
            ClientConcernRow,
            ("client_pk", "concern_key"),
            client_pk,
            ((c.id, c.concerns) for c in data.clients),
        )
        _insert_links(
            session,
            ClientApproachRow,
            ("client_pk", "approach_key"),
            client_pk,
            ((c.id, c.approach_preference) for c in data.clients),
        )
        words: list[dict[str, Any]] = []  # a batch at a time: 1.2 million rows for 100,000
        for ref, listed in client_words.items():
            words += ({"word": word, "client_pk": client_pk[ref]} for word in listed)
            if len(words) >= BATCH:
                session.execute(insert(_table(ClientSearchWordRow)), words)
                words = []
        if words:
            session.execute(insert(_table(ClientSearchWordRow)), words)

        referral_rows = []
        event_rows = []
        for referral_id, r in enumerate(data.referrals, start=1):
            last = r.events[-1]
            referral_rows.append(
                {
                    "id": referral_id,
                    "client_pk": client_pk[r.client_id],
                    "therapist_pk": therapist_pk[r.therapist_id],
                    "approach_key": r.approach,
                    "status": last.status.value,
                    "score": None,
                    "reasons": [],
                    "created_at": r.created_at,
                    "updated_at": last.at,
                    "created_by": "demo",
                    "version": 1,
                }
            )
            previous = None
            for event in r.events:
                event_rows.append(
                    {
                        "referral_id": referral_id,
                        "at": event.at,
                        "by": "demo",
                        "from_status": previous,
                        "to_status": event.status.value,
                        "reason": event.reason,
                    }
                )
                previous = event.status.value
        _insert(session, ReferralRecord, referral_rows)
        _insert(session, ReferralEventRecord, event_rows)
        _advance_sequences(session)


@contextmanager
def _large_page_cache(session: Session) -> Iterator[None]:
    """SQLite keeps 2 MB of pages in memory by default; the indexes of a ten-year clinic
    being filled (the search words above all) are written all over, so give this one
    transaction's connection room, then hand it back to the pool as it was."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    before = session.execute(text("PRAGMA cache_size")).scalar_one()
    session.execute(text(f"PRAGMA cache_size = -{LARGE_CACHE_KB}"))
    yield  # after a failure the connection keeps the larger cache: memory, nothing worse
    session.execute(text(f"PRAGMA cache_size = {int(before)}"))


def _advance_sequences(session: Session) -> None:
    """PostgreSQL keeps id counters apart from the rows; move them past the ids written."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for table, column in (("therapists", "pk"), ("clients", "pk"), ("referrals", "id")):
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', '{column}'), "
                f"COALESCE((SELECT MAX({column}) FROM {table}), 1))"
            )
        )
