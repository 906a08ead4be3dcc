"""Referrals: the list, creating a proposed referral, moving it along its lifecycle,
matching again after one fell through."""

from __future__ import annotations

import sys
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    false,
    func,
    literal_column,
    or_,
    select,
    text,
    true,
    tuple_,
    update,
)
from sqlalchemy.orm import Session, aliased

from opcc_desk.db.models import (
    ClientRecord,
    ClientSearchWordRow,
    ReferralEventRecord,
    ReferralRecord,
    TherapistRecord,
)
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import OPEN_STATUSES, ReferralStatus
from opcc_desk.domain.lifecycle import IllegalMove, check_move, status_word
from opcc_desk.domain.models import Catalogue, ReferralRow
from opcc_desk.domain.roles import Permission, allowed
from opcc_desk.domain.search import prefix_range, search_terms, search_words
from opcc_desk.domain.waitlist import WaitingClient
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.domain.words.names import written_name
from opcc_desk.matching import choose_approach
from opcc_desk.services import audit, consent, transfer
from opcc_desk.services.consent import require_consent
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError
from opcc_desk.services.mapping import client_from_record, therapist_from_record
from opcc_desk.services.matching import MatchReport, match_report
from opcc_desk.services.people import client_record, therapist_record
from opcc_desk.services.waitlist import close_waitlist_entry, waiting_clients_for

FULL = msg(
    "Referrals",
    "Therapist {therapist} is at capacity ({open} open referrals, capacity {capacity}); "
    "choose another therapist, or a director can refer over capacity with a reason.",
)
OVER_WITHOUT_REASON = msg(
    "Referrals",
    "Referring over capacity needs a reason: therapist {therapist} has "
    "{open} open referrals and capacity {capacity}.",
)
NO_SUCH_APPROACH = msg("Referrals", "'{approach}' is not an approach in the catalogue")
CLIENT_ARCHIVED = msg("Referrals", "The client is archived; restore the record before referring.")
THERAPIST_ARCHIVED = msg(
    "Referrals", "The therapist is archived; restore the record before referring."
)
NO_REFERRAL = msg("Referrals", "There is no referral with id {id}.")
# {why}: the lifecycle's own sentence (domain/lifecycle.py), already in the same language
MOVE_REFUSED = msg("Referrals", "Referral {id}: {why}.")
STILL_OPEN = msg("Referrals", "Referral {id} is still {status}; end it before matching again.")


@dataclass(frozen=True, slots=True)
class ReferralEvent:
    at: datetime
    by: str
    from_status: ReferralStatus | None
    to_status: ReferralStatus
    reason: str


def list_referrals(
    ctx: ServiceContext, *, status: ReferralStatus | None = None
) -> list[ReferralRow]:
    """Every referral (or those in one status), newest first, in one go.

    The window pages through them instead (:func:`page`); this serves exports,
    scripts and checks that want the whole list.
    """
    statuses = None if status is None else [status]
    catalogue = ctx.catalogue
    with ctx.transaction() as session:
        return _rows(catalogue, session.execute(_list_query(statuses)))


def referral_with_people(*columns: Any) -> Select[*tuple[Any, ...]]:
    """A referral's id, its client's id, first and last name, its therapist's id, first
    and last name (columns 0 to 6), then ``columns``: what every list of referrals shows."""
    client = aliased(ClientRecord)
    therapist = aliased(TherapistRecord)
    return (
        select(
            ReferralRecord.id,
            client.ref,
            client.first_name,
            client.last_name,
            therapist.ref,
            therapist.first_name,
            therapist.last_name,
            *columns,
        )
        .join(client, client.pk == ReferralRecord.client_pk)
        .join(therapist, therapist.pk == ReferralRecord.therapist_pk)
    )


def _list_query(
    statuses: Collection[ReferralStatus] | None, found: ColumnElement[bool] | None = None
) -> Select[*tuple[Any, ...]]:
    shown = _status_filter(statuses)
    if found is not None:
        shown = and_(shown, found)
    return (
        referral_with_people(
            ReferralRecord.approach_key,
            ReferralRecord.status,
            ReferralRecord.created_at,
            ReferralRecord.updated_at,
        )
        .where(shown)
        .order_by(ReferralRecord.created_at.desc(), ReferralRecord.id.desc())
    )


def _rows(catalogue: Catalogue, result: Iterable[Row[*tuple[Any, ...]]]) -> list[ReferralRow]:
    # A scrolled-through list of a ten-year clinic holds 250,000 rows but only some
    # 2,000 therapists and 17 approaches: interned, each of those strings is stored
    # once instead of once per row (about 40 MB less). Client names are not interned.
    return [
        ReferralRow(
            id=r[0],
            client_id=r[1],
            client_name=written_name(r[2], r[3]),
            therapist_id=sys.intern(r[4]),
            therapist_name=sys.intern(written_name(r[5], r[6])),
            approach=sys.intern(r[7]) if r[7] else "",
            approach_label=catalogue.approach_label(r[7]) if r[7] else "",
            status=ReferralStatus(r[8]),
            created_at=r[9],
            updated_at=r[10],
        )
        for r in result
    ]


class AtCapacity(ServiceError):
    """The therapist already has as many open referrals as their capacity allows."""

    def __init__(self, therapist_id: str, capacity: int, open_referrals: int) -> None:
        super().__init__(say(FULL, therapist=therapist_id, open=open_referrals, capacity=capacity))
        self.therapist_id = therapist_id
        self.capacity = capacity
        self.open_referrals = open_referrals


def may_refer_over_capacity(ctx: ServiceContext) -> bool:
    return ctx.role is None or allowed(ctx.role, Permission.OVER_CAPACITY)


def _lock_therapist(session: Session, therapist_pk: int) -> None:
    """Serialise referrals to one therapist, so two desks cannot both take the last place.

    PostgreSQL: the therapist's row is locked until this transaction ends, and the count
    read after it sees every referral committed before. SQLite: a write takes the
    database's single writer lock first (waiting for it like any save), so the count read
    after it is the newest; a read first would race.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(
            select(TherapistRecord.pk).where(TherapistRecord.pk == therapist_pk).with_for_update()
        )
    else:
        session.execute(
            update(TherapistRecord)
            .where(TherapistRecord.pk == therapist_pk)
            .values(pk=TherapistRecord.pk)
            .execution_options(synchronize_session=False)
        )


def _check_capacity(
    session: Session,
    ctx: ServiceContext,
    therapist_pk: int,
    therapist_id: str,
    over_capacity: bool,
    reason: str,
) -> str:
    """Refuses a referral past the therapist's capacity; returns the audit note, if any."""
    _lock_therapist(session, therapist_pk)
    capacity = session.scalar(
        select(TherapistRecord.capacity).where(TherapistRecord.pk == therapist_pk)
    )
    if capacity is None:
        return ""
    open_now = (
        session.scalar(
            select(func.count())
            .select_from(ReferralRecord)
            .where(
                ReferralRecord.therapist_pk == therapist_pk,
                ReferralRecord.status.in_([s.value for s in OPEN_STATUSES]),
            )
        )
        or 0
    )
    if open_now < capacity:
        return ""
    if not over_capacity:
        raise AtCapacity(therapist_id, capacity, open_now)
    ctx.require(Permission.OVER_CAPACITY)
    if not reason.strip():
        raise ServiceError(
            say(OVER_WITHOUT_REASON, therapist=therapist_id, open=open_now, capacity=capacity)
        )
    return f" over capacity ({open_now} open, capacity {capacity}): {reason.strip()}"


def create_referral(
    ctx: ServiceContext,
    client_id: str,
    therapist_id: str,
    *,
    approach: str | None = None,
    score: float | None = None,
    reasons: list[str] | None = None,
    over_capacity: bool = False,
    reason: str = "",
) -> int:
    """Record a proposed referral; returns its id.

    A therapist at capacity is refused (:class:`AtCapacity`) unless ``over_capacity``
    is asked for by a director, with a ``reason`` that goes into the audit log.
    """
    ctx.require(Permission.REFERRALS)
    if over_capacity:
        ctx.require(Permission.OVER_CAPACITY)
    catalogue = ctx.catalogue
    if approach is not None and approach not in catalogue.approaches:
        raise ServiceError(say(NO_SUCH_APPROACH, approach=approach))
    now = ctx.clock()
    with ctx.transaction() as session:
        client = client_record(session, client_id)
        therapist = therapist_record(session, therapist_id)
        if client.archived_at is not None or therapist.archived_at is not None:
            archived = CLIENT_ARCHIVED if client.archived_at is not None else THERAPIST_ARCHIVED
            raise ServiceError(say(archived))
        require_consent(client_id, client.consent_to_contact, consent.NO_REFERRAL)
        override = _check_capacity(session, ctx, therapist.pk, therapist_id, over_capacity, reason)
        if approach is None:
            approach, _why = choose_approach(
                client_from_record(client), therapist_from_record(therapist), catalogue
            )
            approach = approach or None
        referral = ReferralRecord(
            client_pk=client.pk,
            therapist_pk=therapist.pk,
            approach_key=approach,
            status=ReferralStatus.PROPOSED.value,
            score=score,
            reasons=list(reasons or []),
            created_at=now,
            updated_at=now,
            created_by=ctx.user,
        )
        referral.events = [
            ReferralEventRecord(
                at=now, by=ctx.user, from_status=None, to_status=ReferralStatus.PROPOSED.value
            )
        ]
        session.add(referral)
        session.flush()
        # a referral ends the client's wait: the waitlist entry is closed, not deleted
        close_waitlist_entry(session, ctx, client.pk, f"referred (referral {referral.id})")
        audit.append(
            session,
            ctx,
            Action.REFER,
            "client",
            client_id,
            f"referral {referral.id} to {therapist_id}{override}",
        )
        return referral.id


def referral_record(session: Session, referral_id: int) -> ReferralRecord:
    referral = session.get(ReferralRecord, referral_id)
    if referral is None:
        raise NotFound(say(NO_REFERRAL, id=referral_id))
    return referral


@dataclass(frozen=True, slots=True)
class StatusChange:
    """What the desk should be told after a move: where the referral stands now, whose
    it is, and the waiting clients that therapist now has room for (an ending frees a
    place; empty otherwise)."""

    status: ReferralStatus
    therapist_id: str
    waiting_fits: tuple[WaitingClient, ...] = ()


def change_status(
    ctx: ServiceContext, referral_id: int, new_status: ReferralStatus, reason: str = ""
) -> StatusChange:
    """Move a referral along its lifecycle (illegal moves are refused), the one way the
    window and the command line both take.

    The move commits on its own; the waiting clients are read afterwards, so a long
    waitlist never holds the write lock while it is matched.
    """
    now = ctx.clock()
    with ctx.transaction() as session:
        referral = referral_record(session, referral_id)
        current = ReferralStatus(referral.status)
        ctx.require(Permission.REFERRALS)
        try:
            check_move(current, new_status, reason)
        except IllegalMove as error:
            raise ServiceError(say(MOVE_REFUSED, id=referral_id, why=error)) from None
        referral.status = new_status.value
        referral.updated_at = now
        referral.events.append(
            ReferralEventRecord(
                at=now,
                by=ctx.user,
                from_status=current.value,
                to_status=new_status.value,
                reason=reason.strip(),
            )
        )
        audit.append(
            session,
            ctx,
            Action.STATUS,
            "client",
            referral.client.ref,
            f"referral {referral_id}: {current.value} -> {new_status.value}",
        )
        therapist_id = referral.therapist.ref
    fits: tuple[WaitingClient, ...] = ()
    if not new_status.is_open:
        fits = tuple(waiting_clients_for(ctx, therapist_id))
    return StatusChange(new_status, therapist_id, fits)


def history(ctx: ServiceContext, referral_id: int) -> list[ReferralEvent]:
    with ctx.transaction() as session:
        referral_record(session, referral_id)
        events = session.scalars(
            select(ReferralEventRecord)
            .where(ReferralEventRecord.referral_id == referral_id)
            .order_by(ReferralEventRecord.id)
        )
        return [
            ReferralEvent(
                at=e.at,
                by=e.by,
                from_status=ReferralStatus(e.from_status) if e.from_status else None,
                to_status=ReferralStatus(e.to_status),
                reason=e.reason,
            )
            for e in events
        ]


# ---------------------------------------------------------------- paging, for a long list

PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class PageKey:
    """Where a page ends, in the list's order (newest first): the next page starts after it."""

    created_at: datetime
    id: int


def _status_filter(
    statuses: Collection[ReferralStatus] | None, *, searching: bool = False
) -> ColumnElement[bool]:
    if statuses is None:
        return true()
    values = [s.value for s in statuses]
    if searching:
        # "status || ''" is the same value, but no index can serve it: a search finds
        # its referrals through the words' index and checks their status afterwards
        return ReferralRecord.status.concat(literal_column("''")).in_(values)
    return ReferralRecord.status.in_(values)


# A search runs as the receptionist types, on a server other desks share: PostgreSQL
# stops a statement after this long (the typed terms are bounded too, see
# domain.search.search_terms). The same bound as the Clients search.
SEARCH_TIMEOUT_MS = 5000


def _bound_search(session: Session, query: str) -> None:
    if search_terms(query) and session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SET LOCAL statement_timeout = {SEARCH_TIMEOUT_MS}"))


def _therapist_words(session: Session) -> list[tuple[int, list[str]]]:
    """Each therapist's name and id words (pk, words), by the clients' word rule.

    The directory holds a few thousand therapists at most, so their names and ids are
    read whole and matched here, once per search; only names and ids count, so a typed
    phone number finds clients, not every referral of a therapist who shares an area
    code.
    """
    rows = session.execute(
        select(
            TherapistRecord.pk,
            TherapistRecord.ref,
            TherapistRecord.first_name,
            TherapistRecord.last_name,
        )
    ).all()
    return [(pk, search_words(ref, first, last)) for pk, ref, first, last in rows]


def _referral_number(term: str) -> int | None:
    """A term that can be a referral's number: "1234", "#1234" or "r1234"."""
    bare = term.removeprefix("#").removeprefix("r").removeprefix("-")
    if bare.isascii() and bare.isdigit() and len(bare) <= 12:
        return int(bare)
    return None


# A typed word found in at least this many clients (or their therapists' referrals) is
# "broad": a page of its referrals is quickest found by walking the list in its own
# order until the page is full. A narrower one reads its few referrals through the
# client and therapist indexes and sorts them. See ``_search``.
BROAD = 2_000
REFERRALS_PER_THERAPIST = 50  # a rough weight for a therapist's referrals in that guess


def _is_broad(session: Session, in_range: ColumnElement[bool], therapists: int) -> bool:
    """Whether a word reaches ``BROAD`` clients, counting at most that many index entries."""
    if therapists * REFERRALS_PER_THERAPIST >= BROAD:
        return True
    bounded = select(ClientSearchWordRow.client_pk).where(in_range).limit(BROAD).subquery()
    return int(session.scalar(select(func.count()).select_from(bounded)) or 0) >= BROAD


def _search(session: Session, query: str, *, for_page: bool = False) -> ColumnElement[bool] | None:
    """Every typed term must be found in the referral: the start of one of its client's
    search words (name, intake id, email, phone: the Clients search's rule and index),
    the start of a word of its therapist's name or directory id, or its own number.

    For a page on SQLite, when every typed word is broad (``_is_broad``) the client and
    therapist columns are compared as ``pk + 0``, which no index serves: SQLite then
    walks the referrals newest first and stops at the page's end (a few hundred rows for
    "m"), instead of gathering and sorting tens of thousands. A narrow word keeps the
    index look-ups, which read only its referrals.
    """
    terms = search_terms(query)
    if not terms:
        return None
    directory = _therapist_words(session)
    steps: list[tuple[ColumnElement[bool], list[int], int | None, bool]] = []
    for term in terms:
        low, high = prefix_range(term)
        word = ClientSearchWordRow.word
        in_range = word >= low if high is None else and_(word >= low, word < high)
        therapists = [pk for pk, words in directory if any(w.startswith(term) for w in words)]
        broad = (
            for_page
            and session.get_bind().dialect.name == "sqlite"
            and _is_broad(session, in_range, len(therapists))
        )
        steps.append((in_range, therapists, _referral_number(term), broad))
    walk = all(broad for *_rest, broad in steps)
    client_pk: ColumnElement[int] = ReferralRecord.client_pk.expression
    therapist_pk: ColumnElement[int] = ReferralRecord.therapist_pk.expression
    if walk:
        client_pk, therapist_pk = client_pk + 0, therapist_pk + 0
    found: list[ColumnElement[bool]] = []
    for in_range, therapists, number, _broad in steps:
        either: list[ColumnElement[bool]] = [
            client_pk.in_(select(ClientSearchWordRow.client_pk).where(in_range))
        ]
        if therapists:
            either.append(therapist_pk.in_(therapists))
        if number is not None:
            either.append(ReferralRecord.id == number)
        found.append(or_(false(), *either))
    return and_(true(), *found)


def count(
    ctx: ServiceContext, statuses: Collection[ReferralStatus] | None = None, query: str = ""
) -> int:
    """How many referrals the list holds (all, or those in ``statuses``, found by ``query``)."""
    with ctx.transaction() as session:
        _bound_search(session, query)
        found = _search(session, query)
        shown = _status_filter(statuses)
        if found is not None:
            shown = and_(found, _status_filter(statuses, searching=True))
        return int(
            session.scalar(select(func.count()).select_from(ReferralRecord).where(shown)) or 0
        )


def page(
    ctx: ServiceContext,
    statuses: Collection[ReferralStatus] | None = None,
    *,
    query: str = "",
    after: PageKey | None = None,
    limit: int = PAGE_SIZE,
) -> list[ReferralRow]:
    """One page of the referrals list, newest first, starting after ``after``.

    Keyset paging rather than OFFSET: the database walks the (created_at, id) index
    from where the last page ended, so page 1,000 costs what page 1 costs, and a
    referral added meanwhile never shifts the rows of the pages still to come.
    A ``query`` keeps the referrals whose client, therapist or number it names (see
    ``_search``): the client's words are read from their index, then only those
    clients' referrals.
    """
    catalogue = ctx.catalogue
    later = (
        true()
        if after is None
        else tuple_(ReferralRecord.created_at, ReferralRecord.id) < (after.created_at, after.id)
    )
    with ctx.transaction() as session:
        _bound_search(session, query)
        found = _search(session, query, for_page=True)
        if found is None:
            stmt = _list_query(statuses).where(later).limit(limit)
        else:
            # the referrals found are few beside ten years of them: SQLite is kept from
            # walking a whole status (all the closed ones) through the status index,
            # and only the page's numbers are sorted before its rows are read
            chosen = (
                select(ReferralRecord.id)
                .where(found, later, _status_filter(statuses, searching=True))
                .order_by(ReferralRecord.created_at.desc(), ReferralRecord.id.desc())
                .limit(limit)
            )
            stmt = _list_query(None, ReferralRecord.id.in_(chosen))
        return _rows(catalogue, session.execute(stmt))


# ---------------------------------------------------------------- matching again


def match_again(ctx: ServiceContext, referral_id: int, *, limit: int | None = 25) -> MatchReport:
    """Matching for the client of a referral that fell through, without the therapists
    already tried. The ended referral stays as it is, in the history."""
    with ctx.transaction() as session:
        referral = referral_record(session, referral_id)
        status = ReferralStatus(referral.status)
        client_id = referral.client.ref
    if status.is_open:
        raise ServiceError(say(STILL_OPEN, id=referral_id, status=status_word(status)))
    return match_report(ctx, client_id, limit=limit, skip_tried=True)


def export_referrals(ctx: ServiceContext, path: Path) -> int:
    """The referral list as CSV (same columns as `opcc-desk export referrals`)."""
    return transfer.export_file(ctx, transfer.Kind.REFERRALS, path)
