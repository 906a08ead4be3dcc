"""The hot queries use indexes: checked with SQLite's own EXPLAIN QUERY PLAN.

The statements are the ones the services really send (caught on the engine while
the service runs), so a query rewritten later is checked as it is, not as it was.
A plan line "SCAN clients" (or referrals, referral_events) means every row of the
table is read; "SCAN ... USING COVERING INDEX" reads only a narrow sorted index, which
is what an aggregate over every referral of a ten-year period has to do. The client
search is also checked with PostgreSQL's EXPLAIN (last test).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event

from opcc_desk.domain.enums import OPEN_STATUSES, ReferralStatus
from opcc_desk.services import demo, matching, people, referrals, reports
from opcc_desk.services.context import ServiceContext

BIG_TABLES = ("clients", "referrals", "referral_events")


@pytest.fixture
def db_backend() -> str:
    """EXPLAIN QUERY PLAN is SQLite's; PostgreSQL's planner picks plans by table size."""
    return "sqlite"


@pytest.fixture
def clinic(ctx: ServiceContext) -> ServiceContext:
    demo.fill_demo_data(ctx, therapists=30, clients=120, referrals=200)
    return ctx


def plans(ctx: ServiceContext, action: Callable[[], Any]) -> Iterator[tuple[str, list[str]]]:
    """(statement, plan lines) for every SELECT the action sends."""
    sent: list[tuple[str, Any]] = []

    def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            sent.append((statement, parameters))

    event.listen(ctx.engine, "before_cursor_execute", catch)
    try:
        action()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", catch)
    with ctx.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        for statement, parameters in sent:
            rows = raw.execute("EXPLAIN QUERY PLAN " + statement, parameters).fetchall()
            yield statement, [str(row[3]) for row in rows]


def table_scans(lines: list[str], *, covering_ok: bool) -> list[str]:
    """Plan lines that read every row of a big table."""
    found = []
    for line in lines:
        words = line.split()
        if len(words) >= 2 and words[0] == "SCAN" and words[1] in BIG_TABLES:
            if covering_ok and "COVERING INDEX" in line:
                continue
            found.append(line)
    return found


def test_director_summary_reads_indexes_not_tables(clinic: ServiceContext) -> None:
    period = (date(2016, 11, 26), date(2026, 11, 26))
    for statement, lines in plans(clinic, lambda: reports.referral_summary(clinic, *period)):
        scans = table_scans(lines, covering_ok=True)
        if "waiting" in statement and scans == ["SCAN clients"]:
            # who is waiting today: every client not archived, by definition; one pass
            continue
        assert scans == [], f"{statement}\n{lines}"


def test_open_counts_and_matching_read_indexes(clinic: ServiceContext) -> None:
    client_id = people.list_clients(clinic)[0].id
    for action in (
        lambda: matching.find_matches(clinic, client_id),
        lambda: people.list_therapists(clinic),
    ):
        for statement, lines in plans(clinic, action):
            assert table_scans(lines, covering_ok=True) == [], f"{statement}\n{lines}"


def test_follow_ups_read_indexes(clinic: ServiceContext) -> None:
    followups = pytest.importorskip("opcc_desk.services.followups")
    for statement, lines in plans(clinic, lambda: followups.follow_ups(clinic)):
        assert table_scans(lines, covering_ok=True) == [], f"{statement}\n{lines}"


def test_referral_pages_walk_the_index_in_order(clinic: ServiceContext) -> None:
    """Each page is read in index order and stops at its LIMIT: no sort of every row."""
    first = referrals.page(clinic, limit=50)
    after = referrals.PageKey(first[-1].created_at, first[-1].id)
    choices: list[list[ReferralStatus] | None] = [None, [ReferralStatus.PROPOSED]]
    for statuses in choices:

        def read(s: list[ReferralStatus] | None = statuses) -> object:
            return referrals.page(clinic, s, after=after, limit=50)

        for statement, lines in plans(clinic, read):
            assert not any("TEMP B-TREE FOR ORDER BY" in line for line in lines), lines
            assert table_scans(lines, covering_ok=False) == [], f"{statement}\n{lines}"


def test_open_referral_pages_read_only_open_referrals(clinic: ServiceContext) -> None:
    """Several statuses cannot share one index order: the open ones (a few thousand at
    most, however old the clinic) are found through the status index and sorted."""
    for statement, lines in plans(clinic, lambda: referrals.page(clinic, OPEN_STATUSES)):
        assert table_scans(lines, covering_ok=False) == [], f"{statement}\n{lines}"
        assert any(line.startswith("SEARCH referrals USING") for line in lines), lines


def test_client_search_reads_an_index(clinic: ServiceContext) -> None:
    """A search reads ranges of the word index, then only the clients found: the
    count, the first page (in intake order and by name) and the next page alike."""
    first = people.client_page(clinic, "m", limit=5)
    assert first.last is not None
    searches: list[Callable[[], object]] = [
        lambda: people.list_clients(clinic, "mar 416"),
        lambda: people.count_clients(clinic, "mar 416"),
        lambda: people.client_page(clinic, "mar 416"),
        lambda: people.client_page(clinic, "m", order="name", descending=False),
        lambda: people.client_page(clinic, "m", after=first.last, limit=5),
        lambda: people.count_clients(clinic, "c-00012", include_archived=True),
    ]
    for search in searches:
        for statement, lines in plans(clinic, search):
            assert table_scans(lines, covering_ok=False) == [], f"{statement}\n{lines}"
            if "client_search_words" in statement:
                assert any(
                    line.startswith("SEARCH client_search_words USING PRIMARY KEY (word>")
                    for line in lines
                ), lines


def test_referral_search_reads_the_word_index(clinic: ServiceContext) -> None:
    """A referral search reads ranges of the clients' word index and then only the
    referrals of the clients found (by their client index), or one referral by its
    number: never every referral, whatever the status filter."""
    first = referrals.page(clinic, query="m", limit=5)
    assert first
    after = referrals.PageKey(first[-1].created_at, first[-1].id)
    therapist = people.list_therapists(clinic)[0]
    searches: list[Callable[[], object]] = [
        lambda: referrals.page(clinic, query="mar"),
        lambda: referrals.count(clinic, query="mar"),
        lambda: referrals.page(clinic, OPEN_STATUSES, query="mar 416"),
        lambda: referrals.count(clinic, [ReferralStatus.PROPOSED], query="c-00012"),
        lambda: referrals.page(clinic, query="m", after=after, limit=5),
        lambda: referrals.page(clinic, query=therapist.last_name),
        lambda: referrals.page(clinic, query="17"),
    ]
    for search in searches:
        for statement, lines in plans(clinic, search):
            if "client_search_words" not in statement or "FROM referrals" not in statement:
                # the directory's names, read whole (a few thousand rows at most), and how
                # broad a word is (a count stopped at referrals.BROAD index entries)
                continue
            assert table_scans(lines, covering_ok=False) == [], f"{statement}\n{lines}"
            assert any(
                line.startswith("SEARCH client_search_words USING PRIMARY KEY (word>")
                for line in lines
            ), lines
            assert any(
                line.startswith("SEARCH referrals USING") and "(client_pk=" in line
                for line in lines
            ), lines
            # a whole status's referrals are not walked to find a few
            assert not any("ix_referrals_status" in line for line in lines), lines


def test_a_broad_referral_search_walks_the_list_in_order(
    clinic: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word found in many clients ("m" in a big clinic: here "many" is lowered to fit
    the test's clinic) fills its page by walking the referrals newest first until the
    page is full: no sort of every referral found."""
    monkeypatch.setattr(referrals, "BROAD", 5)
    first = referrals.page(clinic, query="m", limit=5)
    after = referrals.PageKey(first[-1].created_at, first[-1].id)
    for search in (
        lambda: referrals.page(clinic, query="m"),
        lambda: referrals.page(clinic, [ReferralStatus.CLOSED], query="m a", after=after),
    ):
        pages = [
            lines for statement, lines in plans(clinic, search) if "LIMIT" in statement.upper()
        ]
        assert pages
        for lines in pages:
            assert any(
                "SCAN referrals USING INDEX ix_referrals_created_at" in line
                or "SEARCH referrals USING INDEX ix_referrals_created_at" in line
                for line in lines
            ), lines
            # only the page's own rows are sorted (the outer statement), not every one found
            assert sum("FOR ORDER BY" in line for line in lines) <= 1, lines


# ---------------------------------------------------------------- PostgreSQL


def rows_read(plan: dict[str, Any], table: str) -> int:
    """Rows a PostgreSQL plan (EXPLAIN ANALYZE, JSON) took from ``table``: those kept
    plus those its filters threw away, over every loop of every node on that table."""
    read = 0
    if plan.get("Relation Name") == table:
        kept = plan.get("Actual Rows", 0) + plan.get("Rows Removed by Filter", 0)
        read += kept * plan.get("Actual Loops", 1)
    for child in plan.get("Plans", []):
        read += rows_read(child, table)
    return read


@pytest.mark.postgresql
def test_client_search_can_use_indexes_on_postgresql(pg_url: str) -> None:
    """PostgreSQL picks a full scan whenever a table is small, as test tables are, so
    sequential scans are switched off: no statement may then still scan a table, and
    the count, run with EXPLAIN ANALYZE, may read no more clients than the least
    selective typed word finds and no more words than the typed words' ranges hold (a
    walk through every client along some other index, filtering as it goes, reads them
    all and fails)."""
    from opcc_desk.app import open_context

    ctx = open_context(pg_url)
    try:
        demo.fill_demo_data(ctx, therapists=30, clients=120, referrals=200)
        first = people.client_page(ctx, "m", limit=5)
        searches: list[tuple[str, Callable[[], object]]] = [
            ("mar 416", lambda: people.count_clients(ctx, "mar 416")),
            ("mar 416", lambda: people.client_page(ctx, "mar 416")),
            ("m", lambda: people.client_page(ctx, "m", after=first.last, limit=5)),
        ]
        total = people.count_clients(ctx, include_archived=True)
        sent: list[tuple[str, str, Any]] = []
        typed = ""

        def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_a: Any) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                sent.append((typed, statement, parameters))

        event.listen(ctx.engine, "before_cursor_execute", catch)
        try:
            for typed, search in searches:  # noqa: B007 (read by catch)
                search()
        finally:
            event.remove(ctx.engine, "before_cursor_execute", catch)
        assert any("client_search_words" in statement for _, statement, _ in sent)
        with ctx.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            cursor = raw.cursor()
            cursor.execute("SET enable_seqscan = off")

            def read(statement: str, parameters: Any = None) -> tuple[int, int]:
                cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + statement, parameters)
                plan = cursor.fetchone()[0][0]["Plan"]
                return rows_read(plan, "clients"), rows_read(plan, "client_search_words")

            # the measure sees a full read when there is one: a substring search
            assert read("SELECT count(*) FROM clients WHERE search_key LIKE '%m%'")[0] == total
            for words, statement, parameters in sent:
                widest = max(people.count_clients(ctx, word) for word in words.split())
                in_ranges = sum(
                    people.count_clients(ctx, word, include_archived=True) * 8
                    for word in words.split()
                )
                cursor.execute("EXPLAIN " + statement, parameters)
                lines = [str(row[0]) for row in cursor.fetchall()]
                assert not any("Seq Scan" in line for line in lines), "\n".join(lines)
                if "LIMIT" in statement:
                    # a page may walk the intake-date index until its rows are found,
                    # the cheapest plan for a broad word (SQLite's too): only a count
                    # has to stay within what the typed words find
                    continue
                clients_read, words_read = read(statement, parameters)
                assert clients_read <= widest + 5 < total, statement
                assert words_read <= in_ranges, statement
            raw.rollback()
    finally:
        ctx.engine.dispose()


@pytest.mark.postgresql
def test_referral_search_can_use_indexes_on_postgresql(pg_url: str) -> None:
    """With sequential scans switched off (test tables are small, so PostgreSQL would
    scan them anyway), no referral search statement still has to scan the clients, the
    referrals or the words: each has an index to go by."""
    from opcc_desk.app import open_context

    ctx = open_context(pg_url)
    try:
        demo.fill_demo_data(ctx, therapists=30, clients=120, referrals=200)
        first = referrals.page(ctx, query="m", limit=5)
        after = referrals.PageKey(first[-1].created_at, first[-1].id)
        sent: list[tuple[str, Any]] = []

        def catch(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_a: Any) -> None:
            if "client_search_words" in statement:
                sent.append((statement, parameters))

        event.listen(ctx.engine, "before_cursor_execute", catch)
        try:
            referrals.page(ctx, query="mar 416")
            referrals.count(ctx, query="mar")
            referrals.page(ctx, [ReferralStatus.CLOSED], query="m", after=after, limit=5)
            referrals.count(ctx, OPEN_STATUSES, query="c-00012")
        finally:
            event.remove(ctx.engine, "before_cursor_execute", catch)
        assert len(sent) == 4
        with ctx.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            cursor = raw.cursor()
            cursor.execute("SET enable_seqscan = off")
            for statement, parameters in sent:
                cursor.execute("EXPLAIN " + statement, parameters)
                lines = [str(row[0]) for row in cursor.fetchall()]
                assert not any("Seq Scan" in line for line in lines), "\n".join(lines)
                assert any("client_search_words" in line for line in lines), "\n".join(lines)
            raw.rollback()
    finally:
        ctx.engine.dispose()
