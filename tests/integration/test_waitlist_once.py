"""A client is on the waitlist once, even when two desks add them at the same moment."""

from __future__ import annotations

import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import func, insert, select

from opcc_desk.app import open_context
from opcc_desk.db.migrate import alembic_config, upgrade
from opcc_desk.db.models import WaitlistRecord
from opcc_desk.domain.enums import Priority
from opcc_desk.services import transfer, waitlist
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.waitlist import AlreadyWaiting

DESKS = 6
CLIENTS = (
    "id,first_name,last_name,email,language,client_type,concerns,modality,consent_to_contact\n"
    "C-1,Zoë,François,zoe@example.ca,fr,individual,anxiety,virtual,yes\n"
)


def fill(ctx: ServiceContext, folder: Path) -> None:
    path = folder / "c.csv"
    path.write_text(CLIENTS, encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.CLIENTS, path)


def open_entries(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        return (
            session.scalar(
                select(func.count())
                .select_from(WaitlistRecord)
                .where(WaitlistRecord.closed_at.is_(None))
            )
            or 0
        )


def _add(url: str, desk: int, barrier: Barrier, results: Any) -> None:
    ctx = open_context(url)
    ctx.catalogue  # noqa: B018 - loaded before the start: the race is the add itself
    barrier.wait(timeout=120)
    try:
        waitlist.add_to_waitlist(ctx, "C-1", Priority.NORMAL, f"desk {desk}")
        results.put("added or updated")
    except AlreadyWaiting:
        results.put("already waiting")
    except Exception as error:  # anything else is what this test looks for
        results.put(f"{type(error).__name__}: {error}")
    finally:
        ctx.engine.dispose()


def test_desks_adding_one_client_at_once_make_one_open_entry(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    fill(ctx, tmp_path)
    url = ctx.engine.url.render_as_string(hide_password=False)
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(DESKS)
    results = spawn.Queue()
    desks = [spawn.Process(target=_add, args=(url, n, barrier, results)) for n in range(DESKS)]
    for desk in desks:
        desk.start()
    said = [results.get(timeout=180) for _ in desks]
    for desk in desks:
        desk.join(timeout=60)
    assert set(said) <= {"added or updated", "already waiting"}, said
    assert open_entries(ctx) == 1
    assert [w.client_id for w in waitlist.list_waitlist(ctx, with_fits=False)] == ["C-1"]


def test_the_upgrade_closes_twins_made_before_it(ctx: ServiceContext, tmp_path: Path) -> None:
    fill(ctx, tmp_path)
    waitlist.add_to_waitlist(ctx, "C-1", Priority.HIGH, "first")
    command.downgrade(alembic_config(ctx.engine), "0005")
    with ctx.engine.begin() as connection:  # a twin, as the race used to make
        first = connection.execute(select(WaitlistRecord.__table__)).mappings().one()
        twin = {**first, "note": "second"}
        del twin["id"]
        connection.execute(insert(WaitlistRecord.__table__), twin)
    assert open_entries(ctx) == 2
    upgrade(ctx.engine)
    assert open_entries(ctx) == 1
    with ctx.transaction() as session:
        entries = session.scalars(select(WaitlistRecord).order_by(WaitlistRecord.id)).all()
        assert [(e.note, e.closed_at is None) for e in entries] == [
            ("first", True),
            ("second", False),
        ]
        assert "second open entry" in entries[1].closed_reason
