"""Several desks on one database, on SQLite and on PostgreSQL alike: a second save of
the same record never silently overwrites the first, and every desk can tell what
the others changed."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, text

from opcc_desk.app import open_context
from opcc_desk.db.models import ReferralRecord
from opcc_desk.domain.changes import ChangeKind
from opcc_desk.domain.enums import AgeGroup, ClientType, Modality, ModalityPreference
from opcc_desk.domain.enums import ReferralStatus as Status
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.matching.settings import MATCHING, MatchSettings
from opcc_desk.services import changes, people, referrals, settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import DatabaseUnavailable, ServiceError, StaleRecord


def a_client(ref: str = "C-1", **changes_: object) -> Client:
    client = Client(
        id=ref,
        first_name="Zoë",
        last_name="François",
        language="fr",
        client_type=ClientType.INDIVIDUAL,
        concerns=["anxiety"],
        modality=ModalityPreference.EITHER,
        consent_to_contact=True,
        email="zoe@example.ca",
        phone="416-555-0134",
        city="Ottawa",
    )
    return replace(client, **changes_)  # type: ignore[arg-type]


def a_therapist(ref: str = "T-1") -> Therapist:
    return Therapist(
        id=ref,
        first_name="Nasrin",
        last_name="Tehrani",
        languages=["fr", "en"],
        approaches=["cbt"],
        client_types=[ClientType.INDIVIDUAL],
        age_groups=[AgeGroup.ADULT],
        modalities=[Modality.VIRTUAL],
        fee=Decimal("160.00"),
        sliding_scale_min=Decimal("85.50"),
        accepting=True,
    )


@pytest.fixture
def other_desk(db_url: str, ctx: ServiceContext) -> Iterator[ServiceContext]:
    """A second workstation: its own engine and connections on the same database."""
    desk = open_context(db_url, clock=ctx.clock, user="desk2")
    yield desk
    desk.engine.dispose()


def test_the_second_save_of_a_record_never_overwrites_the_first(
    ctx: ServiceContext, other_desk: ServiceContext
) -> None:
    people.add_client(ctx, a_client())
    mine = people.get_client(ctx, "C-1")
    theirs = people.get_client(other_desk, "C-1")
    theirs.city = "Kingston"
    saved = people.update_client(other_desk, theirs)

    mine.city = "Windsor"
    with pytest.raises(StaleRecord, match=r"Someone else saved this client \(C-1\)"):
        people.update_client(ctx, mine)
    assert people.get_client(ctx, "C-1").city == "Kingston"
    assert people.get_client(ctx, "C-1").version == saved.version

    # read again, change again: the desk's own edit goes in on top of the other one
    again = people.get_client(ctx, "C-1")
    again.notes = "Call after 5"
    stored = people.update_client(ctx, again)
    assert (stored.city, stored.notes, stored.version) == ("Kingston", "Call after 5", 3)


def test_a_change_to_the_lists_alone_still_raises_the_version(
    ctx: ServiceContext, other_desk: ServiceContext, tmp_path: Path
) -> None:
    """Concerns and approaches live in link tables; changing only them must still move
    the record's version, or a form opened before would overwrite them unnoticed."""
    people.add_client(ctx, a_client())
    people.add_therapist(ctx, a_therapist())
    stale_client = people.get_client(ctx, "C-1")
    stale_therapist = people.get_therapist(ctx, "T-1")

    client = people.get_client(other_desk, "C-1")
    client.concerns = ["anxiety", "grief"]
    assert people.update_client(other_desk, client).version == stale_client.version + 1
    therapist = people.get_therapist(other_desk, "T-1")
    therapist.approaches = ["cbt", "act"]
    assert people.update_therapist(other_desk, therapist).version == stale_therapist.version + 1

    stale_client.city = "Windsor"
    with pytest.raises(StaleRecord):
        people.update_client(ctx, stale_client)
    stale_therapist.bio = "Twenty years of practice"
    with pytest.raises(StaleRecord):
        people.update_therapist(ctx, stale_therapist)
    assert people.get_client(ctx, "C-1").concerns == ["anxiety", "grief"]
    assert people.get_therapist(ctx, "T-1").approaches == ["cbt", "act"]

    # an import that changes only the concerns moves the version too
    transfer.export_file(ctx, transfer.Kind.CLIENTS, tmp_path / "c.csv")
    text = (tmp_path / "c.csv").read_text(encoding="utf-8").replace("anxiety;grief", "grief")
    (tmp_path / "c.csv").write_text(text, encoding="utf-8")
    before = people.get_client(ctx, "C-1").version
    assert transfer.import_file(ctx, transfer.Kind.CLIENTS, tmp_path / "c.csv").updated == ["C-1"]
    assert people.get_client(ctx, "C-1").version == before + 1


def test_a_status_move_racing_another_desk_is_refused_not_doubled(
    ctx: ServiceContext, other_desk: ServiceContext, db_backend: str
) -> None:
    """Desk 1 has moved the referral but not committed yet; desk 2 reads it, tries the
    same move, and has to wait; when desk 1 commits, desk 2's move is refused."""
    people.add_client(ctx, a_client())
    people.add_therapist(ctx, a_therapist())
    referral_id = referrals.create_referral(ctx, "C-1", "T-1")
    outcome: list[BaseException | Status] = []
    with ctx.transaction() as session:
        row = session.get(ReferralRecord, referral_id)
        assert row is not None
        row.status = Status.SENT.value
        session.flush()  # desk 1 holds the row (PostgreSQL) or the file (SQLite)

        def desk_two() -> None:
            try:
                outcome.append(referrals.change_status(other_desk, referral_id, Status.SENT))
            except ServiceError as error:
                outcome.append(error)

        second = threading.Thread(target=desk_two)
        writing = first_write(other_desk)
        second.start()
        wait_until_blocked(other_desk, db_backend, writing)  # desk 2 read it, waits to write
    second.join(30)
    assert len(outcome) == 1
    refused = outcome[0]
    assert isinstance(refused, StaleRecord | DatabaseUnavailable), refused
    if db_backend == "postgresql":
        assert isinstance(refused, StaleRecord)  # the row lock, then the version check
    moves = [(e.from_status, e.to_status) for e in referrals.history(ctx, referral_id)]
    assert moves == [(None, Status.PROPOSED)]  # desk 1 changed the row alone, no event
    with ctx.transaction() as session:
        row = session.get(ReferralRecord, referral_id)
        assert row is not None and (row.status, row.version) == (Status.SENT.value, 2)


def first_write(desk: ServiceContext) -> threading.Event:
    """Set when ``desk`` sends its first INSERT, UPDATE or DELETE."""
    writing = threading.Event()

    def before_execute(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            writing.set()

    event.listen(desk.engine, "before_cursor_execute", before_execute)
    return writing


def wait_until_blocked(desk: ServiceContext, backend: str, writing: threading.Event) -> None:
    """Until another session waits for a lock. PostgreSQL lists waiting sessions; SQLite
    cannot, so there the sign is the desk's first write: it has read the row by then, and
    the write waits for the file the first desk holds."""
    if backend != "postgresql":
        assert writing.wait(20), "the second desk never tried to write"
        return
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with desk.engine.connect() as connection:
            waiting = connection.scalar(
                text(
                    "SELECT count(*) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
                )
            )
        if waiting:
            return
        time.sleep(0.05)  # between two looks at the server's list; the loop waits for it
    raise AssertionError("the second desk never waited for the first")


def test_search_is_the_same_on_every_database(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-1"))
    people.add_client(ctx, a_client("C-2", first_name="Zoe", last_name="Ng", phone=""))
    people.add_client(ctx, a_client("C-3", first_name="Minh", last_name="王", email="m@x.ca"))

    def found(query: str) -> list[str]:
        return sorted(row.id for row in people.list_clients(ctx, query))

    assert found("ZOE") == ["C-1", "C-2"]  # accents and capitals do not matter
    assert found("françois") == ["C-1"]
    assert found("王") == ["C-3"]
    assert found("4165550134") == ["C-1", "C-3"]
    assert found("%") == [] and found("_") == [] and found("/") == []  # taken literally


def test_money_dates_and_lists_read_back_exactly(ctx: ServiceContext) -> None:
    client = a_client(
        max_fee=Decimal("85.50"),
        availability=["mon_evening", "sat_morning"],
        approach_preference=["relational", "eft"],
        concerns=["self_worth", "relational_patterns", "anxiety"],
    )
    stored = people.add_client(ctx, client)
    back = people.get_client(ctx, "C-1")
    assert back == stored
    assert back.max_fee == Decimal("85.50") and str(back.max_fee) == "85.50"
    assert back.availability == ["mon_evening", "sat_morning"]
    assert back.concerns == ["self_worth", "relational_patterns", "anxiety"]
    assert back.submitted == ctx.clock().replace(microsecond=0)
    therapist = people.add_therapist(ctx, a_therapist())
    assert people.get_therapist(ctx, "T-1") == therapist
    assert str(therapist.sliding_scale_min) == "85.50"


def test_each_desk_can_tell_what_the_others_saved(
    ctx: ServiceContext, other_desk: ServiceContext
) -> None:
    start = changes.change_stamp(ctx)
    assert start.changed_since(start) == set()
    assert start.changed_since(None) == set(ChangeKind)

    people.add_client(other_desk, a_client())
    after_add = changes.change_stamp(ctx)
    assert after_add.changed_since(start) == {"clients"}

    edited = people.get_client(other_desk, "C-1")
    edited.notes = "Evenings only"
    people.update_client(other_desk, edited)
    after_edit = changes.change_stamp(ctx)
    assert after_edit.changed_since(after_add) == {"clients"}

    people.add_therapist(other_desk, a_therapist())
    referral_id = referrals.create_referral(other_desk, "C-1", "T-1")
    after_referral = changes.change_stamp(ctx)
    assert after_referral.changed_since(after_edit) == {"therapists", "referrals"}
    referrals.change_status(other_desk, referral_id, Status.SENT)
    after_move = changes.change_stamp(ctx)
    assert after_move.changed_since(after_referral) == {"referrals"}

    settings.save(other_desk, MATCHING, MatchSettings())
    assert changes.change_stamp(ctx).changed_since(after_move) == {"settings"}
