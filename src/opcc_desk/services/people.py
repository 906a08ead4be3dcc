"""Clients and therapists: list, search, read, save, archive.

Each public function is one user action in one transaction and returns plain
domain records. Saving checks the record's version so a stale form never
silently overwrites somebody else's newer save.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    text,
    true,
    tuple_,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstrumentedAttribute, Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from opcc_desk.db.models import (
    ClientRecord,
    ClientSearchWordRow,
    RecordVersionRecord,
    ReferralRecord,
    TherapistRecord,
)
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import OPEN_STATUSES, ClientType, ModalityPreference
from opcc_desk.domain.models import Client, ClientRow, Therapist, TherapistRow
from opcc_desk.domain.records import id_key
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.search import prefix_range, search_terms
from opcc_desk.domain.words.messages import Message, language, msg, say
from opcc_desk.domain.words.titles import registered_titles
from opcc_desk.services import audit
from opcc_desk.services.consent import check_saved_client
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import AlreadyExists, NotFound, StaleRecord
from opcc_desk.services.mapping import (
    CLIENT_SIDE,
    THERAPIST_SIDE,
    M,
    R,
    RecordSide,
    client_from_record,
    therapist_from_record,
    touch,
)

NO_CLIENT = msg("People", "There is no client with intake id '{id}'.")
NO_THERAPIST = msg("People", "There is no therapist with directory id '{id}'.")

_OPEN = [status.value for status in OPEN_STATUSES]

# A search runs as the receptionist types, on a server other desks share: whatever was
# pasted into the box, PostgreSQL stops it after this long (the terms are bounded too,
# see domain.search.search_terms, so an everyday search takes milliseconds).
SEARCH_TIMEOUT_MS = 5000


@contextmanager
def _searching(ctx: ServiceContext, query: str) -> Iterator[Session]:
    """The action's transaction, with the statement time bounded when it searches."""
    with ctx.transaction() as session:
        if search_terms(query) and session.get_bind().dialect.name == "postgresql":
            session.execute(text(f"SET LOCAL statement_timeout = {SEARCH_TIMEOUT_MS}"))
        yield session


def _client_search(query: str) -> ColumnElement[bool]:
    """Every term typed must start one of the client's search words.

    Each term reads one range of the word index (words from the term up to the term
    with its last character raised by one), never the clients themselves; compared as
    plain strings, so "%" and "_" mean themselves.
    """
    found: list[ColumnElement[bool]] = []
    for term in search_terms(query):
        low, high = prefix_range(term)
        word = ClientSearchWordRow.word
        in_range = word >= low if high is None else and_(word >= low, word < high)
        found.append(ClientRecord.pk.in_(select(ClientSearchWordRow.client_pk).where(in_range)))
    return and_(true(), *found)


def _therapist_search(query: str) -> ColumnElement[bool]:
    """The clients' rule on the therapists' search key (their words joined by spaces):
    a few thousand rows at most, so a plain filter (wildcards taken literally)."""
    key = literal(" ") + TherapistRecord.search_key
    starts = [" " + prefix_range(term)[0] for term in search_terms(query)]
    return and_(true(), *(key.contains(start, autoescape=True) for start in starts))


def _open_counts(key_column: InstrumentedAttribute[int]) -> Select[int, int]:
    return (
        select(key_column, func.count())
        .where(ReferralRecord.status.in_(_OPEN))
        .group_by(key_column)
    )


# ---------------------------------------------------------------- clients


# the columns a client's table row is made from, in the order _client_row reads them
_ROW_COLUMNS = (
    ClientRecord.ref,
    ClientRecord.first_name,
    ClientRecord.last_name,
    ClientRecord.preferred_name,
    ClientRecord.email,
    ClientRecord.phone,
    ClientRecord.language,
    ClientRecord.client_type,
    ClientRecord.modality,
    ClientRecord.city,
    ClientRecord.submitted,
    ClientRecord.archived_at,
)


def _client_row(r: Sequence[Any], open_referrals: int) -> ClientRow:
    """A table row from the values of _ROW_COLUMNS."""
    return ClientRow(
        id=r[0],
        first_name=r[1],
        last_name=r[2],
        preferred_name=r[3],
        email=r[4],
        phone=r[5],
        language=r[6],
        client_type=ClientType(r[7]),
        modality=ModalityPreference(r[8]),
        city=r[9],
        submitted=r[10],
        open_referrals=int(open_referrals),
        archived=r[11] is not None,
    )


def list_clients(
    ctx: ServiceContext, query: str = "", *, include_archived: bool = False
) -> list[ClientRow]:
    ctx.require(Permission.CLIENTS)
    open_counts = _open_counts(ReferralRecord.client_pk).subquery()
    stmt = (
        select(*_ROW_COLUMNS, func.coalesce(open_counts.c[1], 0))
        .outerjoin(open_counts, open_counts.c[0] == ClientRecord.pk)
        .where(_client_search(query))
        .order_by(ClientRecord.last_name, ClientRecord.first_name, ClientRecord.ref)
    )
    if not include_archived:
        stmt = stmt.where(ClientRecord.archived_at.is_(None))
    with _searching(ctx, query) as session:
        return [_client_row(r[:12], r[12]) for r in session.execute(stmt)]


# ---------------------------------------------------------------- clients, a page at a time

CLIENT_PAGE_SIZE = 200
CLIENT_ORDERS = (
    "id",
    "name",
    "preferred",
    "phone",
    "email",
    "language",
    "type",
    "city",
    "submitted",
    "open",
)  # the Clients table's columns, in their order


@dataclass(frozen=True, slots=True)
class ClientPageKey:
    """Where a page ends: the last row's sort value (as the database holds it) and pk."""

    value: Any
    pk: int


@dataclass(frozen=True, slots=True)
class ClientPage:
    rows: list[ClientRow]
    last: ClientPageKey | None  # None: the page is empty


def _client_sort_value(order: str) -> ColumnElement[Any]:
    """The SQL value a column sorts by: close to the table's own sort keys.

    Text is compared lower-cased (the in-memory sort also ignores accents; the
    database cannot, so a lazily loaded list may place an accented name a little
    differently); the language sorts by its code, the open referrals by their count.
    """
    c = ClientRecord
    if order == "open":
        return (
            select(func.count())
            .where(ReferralRecord.client_pk == c.pk, ReferralRecord.status.in_(_OPEN))
            .correlate(c)
            .scalar_subquery()
        )
    # only the asked-for expression is built: building all nine took 0.7 ms a keystroke
    values: dict[str, Callable[[], Any]] = {
        "id": lambda: c.ref,
        "name": lambda: func.lower(c.last_name + literal(", ") + c.first_name),
        "preferred": lambda: func.lower(c.preferred_name),
        "phone": lambda: c.phone,
        "email": lambda: func.lower(c.email),
        "language": lambda: c.language,
        "type": lambda: c.client_type,
        "city": lambda: func.lower(c.city),
        "submitted": lambda: c.submitted,
    }
    if order not in values:
        raise ValueError(f"cannot sort clients by {order!r}")
    value: ColumnElement[Any] = values[order]()
    return value


def _after(value: ColumnElement[Any], key: ClientPageKey, descending: bool) -> ColumnElement[bool]:
    """Rows after ``key`` in (value, pk) order; NULL values come last when descending,
    first when ascending (as an empty intake date does in the table's own sort)."""
    pk = ClientRecord.pk
    if key.value is None:
        if descending:
            return and_(value.is_(None), pk < key.pk)
        return or_(and_(value.is_(None), pk > key.pk), value.is_not(None))
    if descending:
        return or_(tuple_(value, pk) < (key.value, key.pk), value.is_(None))
    return tuple_(value, pk) > (key.value, key.pk)


def _client_where(query: str, include_archived: bool) -> ColumnElement[bool]:
    shown = _client_search(query)
    if not include_archived:
        shown = and_(shown, ClientRecord.archived_at.is_(None))
    return shown


def count_clients(ctx: ServiceContext, query: str = "", *, include_archived: bool = False) -> int:
    """How many clients a search finds (what ``client_page`` would page through)."""
    ctx.require(Permission.CLIENTS)
    stmt = (
        select(func.count()).select_from(ClientRecord).where(_client_where(query, include_archived))
    )
    with _searching(ctx, query) as session:
        return int(session.scalar(stmt) or 0)


def client_page(
    ctx: ServiceContext,
    query: str = "",
    include_archived: bool = False,
    *,
    after: ClientPageKey | None = None,
    limit: int = CLIENT_PAGE_SIZE,
    order: str = "submitted",
    descending: bool = True,
) -> ClientPage:
    """One page of a client search, in ``order`` (newest intake first by default).

    Keyset paging, as for referrals: the next page starts after the last row's
    (sort value, pk), so page 500 costs what page 1 costs. The default order walks
    the intake-date index and stops at ``limit``; the open-referral counts are read
    afterwards for this page's clients only. A search first sorts only the (sort
    value, pk) of every client it finds, then reads the page's rows: sorting the
    whole rows of 30,000 matches of "m" would take half as long again.
    """
    ctx.require(Permission.CLIENTS)
    value = _client_sort_value(order)
    c = ClientRecord
    shown = _client_where(query, include_archived)
    if after is not None:
        shown = and_(shown, _after(value, after, descending))
    with _searching(ctx, query) as session:
        if session.get_bind().dialect.name == "sqlite":
            # SQLite puts NULLs first ascending and last descending, as the table does
            first = value.desc() if descending else value.asc()
        else:
            first = value.desc().nulls_last() if descending else value.asc().nulls_first()
        ordering = (first, c.pk.desc() if descending else c.pk.asc())
        if search_terms(query):
            chosen = select(c.pk).where(shown).order_by(*ordering).limit(limit)
            shown = c.pk.in_(chosen)
        # each row's open referrals, counted through the client index for the page's
        # rows only: all of a client's referrals (a few) summed, because filtering on
        # the status lets SQLite walk every open referral of the clinic instead; one
        # statement, so no list of 200 ids to send back (that alone cost ~1.3 ms)
        is_open = case((ReferralRecord.status.in_(_OPEN), 1), else_=0)
        open_count = (
            select(func.coalesce(func.sum(is_open), 0))
            .where(ReferralRecord.client_pk == c.pk)
            .correlate(c)
            .scalar_subquery()
        )
        stmt = select(c.pk, value, *_ROW_COLUMNS, open_count).where(shown).order_by(*ordering)
        found = session.execute(stmt.limit(limit)).all()
        rows = [_client_row(r[2:14], r[14]) for r in found]
        last = ClientPageKey(found[-1][1], found[-1][0]) if found else None
        return ClientPage(rows, last)


def client_record(session: Session, ref: str) -> ClientRecord:
    row = session.scalar(
        select(ClientRecord)
        .where(ClientRecord.ref == ref)
        .options(
            selectinload(ClientRecord.concern_links), selectinload(ClientRecord.approach_links)
        )
    )
    if row is None:
        raise NotFound(say(NO_CLIENT, id=ref))
    return row


def get_client(ctx: ServiceContext, ref: str) -> Client:
    """One client's whole record; opening it is logged (PHIPA)."""
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        client = client_from_record(client_record(session, ref))
        audit.append(session, ctx, Action.VIEW, "client", ref)
        return client


def add_client(ctx: ServiceContext, client: Client) -> Client:
    """Save a new client (the intake form); refused without their consent to be contacted."""
    ctx.require(Permission.CLIENTS)
    check_saved_client(client)
    return _add(ctx, CLIENT_SIDE, client)


def update_client(ctx: ServiceContext, client: Client) -> Client:
    """Save an edited client; refused if someone saved it since ``client.version``, and
    without the client's consent to be contacted."""
    ctx.require(Permission.CLIENTS)
    check_saved_client(client)
    return _update(ctx, CLIENT_SIDE, client, client_record)


def set_client_archived(ctx: ServiceContext, ref: str, archived: bool) -> Client:
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        row = client_record(session, ref)
        _set_archived(session, ctx, "client", row, archived)
        return client_from_record(row)


# ---------------------------------------------------------------- therapists


def list_therapists(
    ctx: ServiceContext, query: str = "", *, include_archived: bool = False
) -> list[TherapistRow]:
    ctx.require(Permission.THERAPISTS)
    open_counts = _open_counts(ReferralRecord.therapist_pk).subquery()
    stmt = (
        select(TherapistRecord, func.coalesce(open_counts.c[1], 0))
        .outerjoin(open_counts, open_counts.c[0] == TherapistRecord.pk)
        .where(_therapist_search(query))
        .options(selectinload(TherapistRecord.approach_links))
        .order_by(TherapistRecord.last_name, TherapistRecord.first_name, TherapistRecord.ref)
    )
    if not include_archived:
        stmt = stmt.where(TherapistRecord.archived_at.is_(None))
    catalogue = ctx.catalogue
    with _searching(ctx, query) as session:
        return [
            TherapistRow(
                id=row.ref,
                first_name=row.first_name,
                last_name=row.last_name,
                credentials=registered_titles(row.credentials),
                languages=", ".join(row.languages),
                # the approaches' names in the window's language (English elsewhere)
                approaches=", ".join(
                    catalogue.approach_label(link.approach_key, language())
                    for link in row.approach_links
                ),
                modalities=", ".join(row.modalities),
                fee=row.fee,
                sliding_scale_min=row.sliding_scale_min,
                accepting=row.accepting,
                capacity=row.capacity,
                open_referrals=int(count),
                archived=row.archived_at is not None,
            )
            for row, count in session.execute(stmt)
        ]


def therapist_record(session: Session, ref: str) -> TherapistRecord:
    row = session.scalar(
        select(TherapistRecord)
        .where(TherapistRecord.ref == ref)
        .options(
            selectinload(TherapistRecord.approach_links),
            selectinload(TherapistRecord.concern_links),
        )
    )
    if row is None:
        raise NotFound(say(NO_THERAPIST, id=ref))
    return row


def get_therapist(ctx: ServiceContext, ref: str) -> Therapist:
    ctx.require(Permission.THERAPISTS)
    with ctx.transaction() as session:
        return therapist_from_record(therapist_record(session, ref))


def add_therapist(ctx: ServiceContext, therapist: Therapist) -> Therapist:
    ctx.require(Permission.THERAPISTS)
    return _add(ctx, THERAPIST_SIDE, therapist)


def update_therapist(ctx: ServiceContext, therapist: Therapist) -> Therapist:
    ctx.require(Permission.THERAPISTS)
    return _update(ctx, THERAPIST_SIDE, therapist, therapist_record)


def set_therapist_archived(ctx: ServiceContext, ref: str, archived: bool) -> Therapist:
    ctx.require(Permission.THERAPISTS)
    with ctx.transaction() as session:
        row = therapist_record(session, ref)
        _set_archived(session, ctx, "therapist", row, archived)
        return therapist_from_record(row)


def _add(ctx: ServiceContext, side: RecordSide[M, R], item: M) -> M:
    """Store a new record; its id must be free."""
    now = ctx.clock()
    item = copy.copy(item)  # what is filled in stays out of the caller's record
    with ctx.transaction() as session:
        _refuse_taken_id(session, side.model, item.id, side.kind)
        side.fill_in(item, None, now)
        row = side.model(ref=item.id, created_at=now, updated_at=now)
        side.apply(row, item)
        session.add(row)
        _flush_new(session, side.kind, item.id)
        audit.append(session, ctx, Action.CREATE, side.kind, item.id)
        return side.from_record(row)


def _update(
    ctx: ServiceContext,
    side: RecordSide[M, R],
    item: M,
    load: Callable[[Session, str], R],
) -> M:
    """Save an edited record, unless someone saved it since ``item.version``: keep the
    values it had (its history), raise its version and audit which fields changed."""
    try:
        with ctx.transaction() as session:
            row = load(session, item.id)
            if row.version != item.version:
                raise StaleRecord(_stale_message(side.kind, item.id))
            side.fill_in(item, row, ctx.clock())
            before = side.to_row(side.from_record(row))
            after = side.to_row(item)
            keep_previous(session, ctx, side.kind, row.ref, row.version, before)
            side.apply(row, item)
            touch(row, ctx.clock())
            session.flush()
            audit.append(
                session, ctx, Action.CHANGE, side.kind, row.ref, changed_fields(before, after)
            )
            return side.from_record(row)
    except StaleDataError:
        raise StaleRecord(_stale_message(side.kind, item.id)) from None


def _set_archived(
    session: Session,
    ctx: ServiceContext,
    kind: str,
    row: ClientRecord | TherapistRecord,
    archived: bool,
) -> None:
    row.archived_at = ctx.clock() if archived else None
    row.updated_at = ctx.clock()
    session.flush()
    audit.append(session, ctx, Action.ARCHIVE if archived else Action.RESTORE, kind, row.ref)


def keep_previous(
    session: Session, ctx: ServiceContext, kind: str, ref: str, version: int, values: dict[str, str]
) -> None:
    """Keep the values a record had before this change (its history)."""
    session.add(
        RecordVersionRecord(
            record_type=kind,
            record_ref=ref,
            version=version,
            values=values,
            replaced_at=ctx.clock(),
            replaced_by=ctx.user,
        )
    )


def changed_fields(before: dict[str, str], after: dict[str, str]) -> str:
    """Which fields changed, by name only: the values may be health information."""
    names = [name for name in after if before.get(name) != after[name]]
    return "changed: " + ", ".join(names) if names else "saved without changes"


# one whole sentence per kind of record ("client", "therapist"): the French words differ
_ID_TAKEN: dict[str, Message] = {
    "client": msg("People", "A client with intake id '{id}' already exists; choose another id."),
    "therapist": msg(
        "People", "A therapist with directory id '{id}' already exists; choose another id."
    ),
}
_ID_TAKEN_BUT_CASE: dict[str, Message] = {
    "client": msg(
        "People",
        "A client with intake id '{taken}' already exists, and '{id}' differs from it only "
        "in upper/lower case; choose an id that is clearly different.",
    ),
    "therapist": msg(
        "People",
        "A therapist with directory id '{taken}' already exists, and '{id}' differs from it "
        "only in upper/lower case; choose an id that is clearly different.",
    ),
}
_ID_JUST_TAKEN: dict[str, Message] = {
    "client": msg(
        "People",
        "A client with intake id '{id}' was just added at another desk; "
        "nothing was saved. Choose another id.",
    ),
    "therapist": msg(
        "People",
        "A therapist with directory id '{id}' was just added at another desk; "
        "nothing was saved. Choose another id.",
    ),
}
_SAVED_MEANWHILE: dict[str, Message] = {
    "client": msg(
        "People",
        "Someone else saved this client ({id}) after you opened it. "
        "Close the form, open the record again and redo your change.",
    ),
    "therapist": msg(
        "People",
        "Someone else saved this therapist ({id}) after you opened it. "
        "Close the form, open the record again and redo your change.",
    ),
}


def _refuse_taken_id(
    session: Session, model: type[ClientRecord] | type[TherapistRecord], ref: str, kind: str
) -> None:
    """A new id must not be taken, nor differ from a taken one only in upper/lower case
    (two records a person cannot tell apart in a list or on a letter)."""
    for taken in session.scalars(select(model.ref).where(func.lower(model.ref) == ref.lower())):
        if taken == ref:
            raise AlreadyExists(say(_ID_TAKEN[kind], id=ref))
        if id_key(taken) == id_key(ref):
            raise AlreadyExists(say(_ID_TAKEN_BUT_CASE[kind], taken=taken, id=ref))


def _flush_new(session: Session, kind: str, ref: str) -> None:
    """Insert now, so that another desk adding the same id at the same moment is caught."""
    try:
        session.flush()
    except IntegrityError:
        raise AlreadyExists(say(_ID_JUST_TAKEN[kind], id=ref)) from None


def _stale_message(kind: str, ref: str) -> str:
    return say(_SAVED_MEANWHILE[kind], id=ref)


def client_ids(ctx: ServiceContext) -> list[str]:
    """Every intake id, archived ones too (to suggest the next free one): ids only."""
    ctx.require(Permission.CLIENTS)
    with ctx.transaction() as session:
        return list(session.scalars(select(ClientRecord.ref)))


def therapist_ids(ctx: ServiceContext) -> list[str]:
    """Every directory id, archived ones too: ids only."""
    ctx.require(Permission.THERAPISTS)
    with ctx.transaction() as session:
        return list(session.scalars(select(TherapistRecord.ref)))
