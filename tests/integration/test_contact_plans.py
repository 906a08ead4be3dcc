"""The contact log's reads use indexes: the follow-up list's last contacts and the
client's page read a client's rows through their keys, never a whole table (SQLite's
EXPLAIN QUERY PLAN on the statements the services really send)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from test_query_plans import plans

from opcc_desk.services import contacts, demo, followups, people
from opcc_desk.services.client_story import client_story
from opcc_desk.services.context import ServiceContext

WATCHED = ("clients", "referrals", "referral_events", "contacts", "letters", "waitlist")


@pytest.fixture
def db_backend() -> str:
    return "sqlite"


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, therapists=30, clients=120, referrals=200)
    now = ctx.clock()
    for number, row in enumerate(people.list_clients(ctx)[:60]):
        for hours in (1, 30):
            contacts.add_contact(
                ctx,
                row.id,
                kind="call",
                direction="out",
                outcome="reached" if number % 2 else "no_answer",
                at=now - timedelta(hours=hours + number),
            )
    return ctx


def scans(lines: list[str]) -> list[str]:
    return [
        line
        for line in lines
        if line.startswith("SCAN ") and line.split()[1] in WATCHED and "COVERING" not in line
    ]


def test_last_contacts_of_the_follow_up_list_read_the_index(clinic: ServiceContext) -> None:
    seen = False
    for statement, lines in plans(clinic, lambda: followups.follow_ups(clinic)):
        if "contacts" in statement:
            seen = True
            assert any("ix_contacts_client_at" in line for line in lines), lines
        assert not [s for s in scans(lines) if "contacts" in s], f"{statement}\n{lines}"
    assert seen


def test_the_client_page_reads_one_client_through_indexes(clinic: ServiceContext) -> None:
    client_id = people.list_clients(clinic)[0].id
    for statement, lines in plans(clinic, lambda: client_story(clinic, client_id)):
        assert scans(lines) == [], f"{statement}\n{lines}"
