"""The Clients tab's word index stays true to the records on every write path, and a
search finds by the start of a word, on SQLite and on PostgreSQL alike."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select, text

from opcc_desk.app import open_context
from opcc_desk.db.migrate import alembic_config
from opcc_desk.db.models import ClientRecord, ClientSearchWordRow, TherapistRecord
from opcc_desk.domain.enums import AgeGroup, ClientType, Modality, ModalityPreference
from opcc_desk.domain.models import Client, Therapist
from opcc_desk.domain.search import search_key, search_words
from opcc_desk.services import demo, duplicates, people, retention, transfer
from opcc_desk.services.context import ServiceContext


def a_client(ref: str = "C-1", **changes: object) -> Client:
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
    )
    return replace(client, **changes)  # type: ignore[arg-type]


def a_therapist(ref: str = "T-1", **changes: object) -> Therapist:
    therapist = Therapist(
        id=ref,
        first_name="Nasrin",
        last_name="Tehrani",
        languages=["fr", "en"],
        approaches=["cbt"],
        client_types=[ClientType.INDIVIDUAL],
        age_groups=[AgeGroup.ADULT],
        modalities=[Modality.VIRTUAL],
        fee=Decimal("160.00"),
        accepting=True,
        email="nasrin@example.ca",
        phone="613-555-0199",
    )
    return replace(therapist, **changes)  # type: ignore[arg-type]


def found(ctx: ServiceContext, query: str) -> list[str]:
    """What the Clients tab shows for a search: its count and its pages agree."""
    ids = sorted(row.id for row in people.list_clients(ctx, query, include_archived=True))
    assert people.count_clients(ctx, query, include_archived=True) == len(ids)
    page = people.client_page(ctx, query, include_archived=True, limit=1000)
    assert sorted(row.id for row in page.rows) == ids
    return ids


def stored_words(ctx: ServiceContext) -> dict[str, list[str]]:
    """Each client's indexed words, by intake id (sorted)."""
    with ctx.transaction() as session:
        rows = session.execute(
            select(ClientRecord.ref, ClientSearchWordRow.word)
            .join(ClientRecord, ClientRecord.pk == ClientSearchWordRow.client_pk)
            .order_by(ClientRecord.ref, ClientSearchWordRow.word)
        )
        words: dict[str, list[str]] = {}
        for ref, word in rows:
            words.setdefault(ref, []).append(word)
        return words


def expected_words(ctx: ServiceContext) -> dict[str, list[str]]:
    """Each client's words as domain.search computes them from the stored fields."""
    with ctx.transaction() as session:
        return {
            row.ref: sorted(
                search_words(
                    row.ref,
                    row.first_name,
                    row.last_name,
                    row.preferred_name,
                    email=row.email,
                    phone=row.phone,
                )
            )
            for row in session.scalars(select(ClientRecord).order_by(ClientRecord.ref))
        }


def test_a_search_finds_the_start_of_any_word(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-000123", first_name="Jean-Luc", last_name="O'Brien"))
    people.add_client(ctx, a_client("C-000124", email="marie.t@gmail.com", phone=""))
    assert found(ctx, "jean") == found(ctx, "luc") == found(ctx, "jean-luc") == ["C-000123"]
    assert found(ctx, "obrien") == found(ctx, "brien") == ["C-000123"]
    assert found(ctx, "123") == found(ctx, "c-000123") == ["C-000123"]
    assert found(ctx, "marie") == found(ctx, "gmail") == ["C-000124"]
    assert found(ctx, "416-555") == found(ctx, "555-0134") == found(ctx, "0134") == ["C-000123"]
    assert found(ctx, "zoe 0134") == ["C-000123"]  # every term must match
    assert found(ctx, "c") == ["C-000123", "C-000124"]
    assert found(ctx, "uc") == found(ctx, "rancois") == found(ctx, "5550135") == []


def test_a_saved_edit_is_found_by_its_new_name_not_its_old_one(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-1"))
    people.add_client(ctx, a_client("C-2", first_name="Amir", last_name="Haddad", phone=""))
    client = people.get_client(ctx, "C-1")
    saved = people.update_client(ctx, replace(client, last_name="Tremblay", phone="613-555-0101"))
    assert saved.version == client.version + 1  # one save, one version, words and all
    assert found(ctx, "tremb") == ["C-1"]
    assert found(ctx, "franc") == [] and found(ctx, "416") == []
    assert found(ctx, "613-555") == ["C-1"]
    assert found(ctx, "haddad") == ["C-2"]  # the other client's words are untouched
    client = people.get_client(ctx, "C-1")
    people.update_client(ctx, replace(client, notes="called back"))  # no searched field
    assert stored_words(ctx) == expected_words(ctx)


def test_an_import_adds_and_replaces_words(ctx: ServiceContext, tmp_path: Path) -> None:
    header = "id,first_name,last_name,email,phone,language,client_type,concerns,modality,consent_to_contact\n"
    path = tmp_path / "clients.csv"
    path.write_text(
        header
        + "C-1,Zoë,François,zoe@example.ca,,fr,individual,anxiety,either,yes\n"
        + "C-2,Ravi,Patel,ravi@example.ca,416-555-0177,en,individual,anxiety,virtual,yes\n",
        encoding="utf-8",
    )
    transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
    assert found(ctx, "pat") == ["C-2"] and found(ctx, "zoe") == ["C-1"]
    path.write_text(
        header + "C-2,Ravi,Shah,ravi@example.ca,416-555-0177,en,individual,anxiety,virtual,yes\n",
        encoding="utf-8",
    )
    transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
    assert found(ctx, "pat") == [] and found(ctx, "shah") == ["C-2"]
    assert found(ctx, "0177") == ["C-2"]
    assert stored_words(ctx) == expected_words(ctx)


def test_demo_data_is_searchable_by_every_word(ctx: ServiceContext) -> None:
    demo.fill_demo_data(ctx, therapists=5, clients=60, referrals=20)
    assert stored_words(ctx) == expected_words(ctx)
    client = people.get_client(ctx, people.list_clients(ctx)[7].id)
    assert client.id in found(ctx, client.last_name[:3])
    assert client.id in found(ctx, f"{client.first_name} {client.last_name}")
    assert found(ctx, client.id) == [client.id]
    assert client.id in found(ctx, client.id.split("-")[1].lstrip("0"))  # 51 finds C-000051


def test_accented_and_non_latin_names(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-1", first_name="Nguyễn Thị", last_name="Minh Khai"))
    people.add_client(ctx, a_client("C-2", first_name="小明", last_name="王", phone=""))
    people.add_client(ctx, a_client("C-3", first_name="محمد", last_name="العلي", phone=""))
    people.add_client(ctx, a_client("C-4", first_name="민준", last_name="김", phone=""))
    people.add_client(ctx, a_client("C-5", first_name="王小明", last_name="Wang", phone=""))
    people.add_client(ctx, a_client("C-6", first_name="Zoé", last_name="Ærø", phone=""))
    assert found(ctx, "NGUYEN thi") == found(ctx, "nguyễn") == ["C-1"]
    assert found(ctx, "王") == ["C-2", "C-5"]
    assert found(ctx, "小明") == ["C-2"]  # C-5's name is one word: found by its start
    assert found(ctx, "محمد") == found(ctx, "العل") == ["C-3"]
    assert found(ctx, "김") == found(ctx, "민준") == ["C-4"]
    assert found(ctx, "ZOÉ ærø") == ["C-6"]
    # a whole name as it is written, family name first, without a space
    assert found(ctx, "王小明") == ["C-2", "C-5"]  # C-2 as 王 + 小明, C-5 as typed
    assert found(ctx, "小明王") == ["C-2"]
    assert found(ctx, "김민준") == ["C-4"]
    assert found(ctx, "محمدالعلي") == []  # only scripts written without spaces are run together


def test_wildcards_are_typed_literally(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-1", email="m_r@example.ca", phone=""))
    people.add_client(ctx, a_client("C-2", first_name="Mar", email="mar@example.ca", phone=""))
    people.add_client(ctx, a_client("C-3", first_name="M%", email="", phone=""))
    assert found(ctx, "m_r") == ["C-1"]
    assert found(ctx, "m_") == ["C-1"]
    assert found(ctx, "m%") == ["C-3"]
    assert found(ctx, "%") == found(ctx, "_") == found(ctx, "\\") == found(ctx, "/") == []
    people.add_therapist(ctx, a_therapist("T-1", email="t_h@example.ca"))
    people.add_therapist(ctx, a_therapist("T-2", email="tah@example.ca"))
    assert [t.id for t in people.list_therapists(ctx, "t_h")] == ["T-1"]
    assert people.list_therapists(ctx, "%") == people.list_therapists(ctx, "_") == []


def test_therapists_are_searched_by_the_same_rule(ctx: ServiceContext) -> None:
    people.add_therapist(ctx, a_therapist("T-0042"))
    people.add_therapist(
        ctx,
        a_therapist("T-0043", first_name="Hélène", last_name="Gagné-Roy", email="hgr@example.ca"),
    )

    def shown(query: str) -> list[str]:
        return sorted(t.id for t in people.list_therapists(ctx, query))

    assert shown("teh") == shown("NASRIN") == shown("42") == ["T-0042"]
    assert shown("helene roy") == shown("gagne") == ["T-0043"]
    assert shown("hran") == shown("elene") == []
    assert shown("613-555 0199") == ["T-0042", "T-0043"]
    therapist = people.get_therapist(ctx, "T-0042")
    people.update_therapist(ctx, replace(therapist, last_name="Karimi"))
    assert shown("teh") == [] and shown("karimi") == ["T-0042"]


def test_a_merge_that_fills_an_email_makes_it_searchable(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-1", email="", phone=""))
    people.add_client(ctx, a_client("C-2", email="zf@example.ca", phone="613-555-0101"))
    duplicates.merge_clients(ctx, "C-1", "C-2")
    assert found(ctx, "zf@") == found(ctx, "613-555") == ["C-1", "C-2"]
    assert stored_words(ctx) == expected_words(ctx)


def test_a_purge_leaves_no_words_behind(db_url: str) -> None:
    now = [datetime(2016, 1, 4, 9, 0)]
    ctx = open_context(db_url, clock=lambda: now[0], user="director")
    people.add_client(ctx, a_client("C-1", last_name="Oldrecord"))
    people.add_client(ctx, a_client("C-2"))
    people.set_client_archived(ctx, "C-1", True)
    now[0] = datetime(2026, 11, 26, 9, 30)
    report = retention.purge_archived(ctx, now[0] - timedelta(days=365), "retention over")
    assert report.clients == ["C-1"]
    assert found(ctx, "oldrecord") == []
    with ctx.transaction() as session:
        pks = set(session.scalars(select(ClientRecord.pk)))
        word_pks = set(session.scalars(select(ClientSearchWordRow.client_pk)))
    assert word_pks == pks and len(pks) == 1
    assert stored_words(ctx) == expected_words(ctx)
    ctx.engine.dispose()


def test_the_upgrade_fills_the_words_and_the_downgrade_restores_the_old_keys(
    ctx: ServiceContext,
) -> None:
    people.add_client(ctx, a_client("C-000007", first_name="Jean-Luc"))
    people.add_client(ctx, a_client("C-2", first_name="王小明", email="", phone=""))
    people.add_therapist(ctx, a_therapist())
    config = alembic_config(ctx.engine)
    command.downgrade(config, "0004")
    with ctx.engine.connect() as connection:
        keys = dict(connection.execute(text("SELECT ref, search_key FROM clients")).all())
        therapist_key = connection.scalar(text("SELECT search_key FROM therapists"))
        tables = connection.dialect.get_table_names(connection)
    assert "client_search_words" not in tables
    assert keys == {
        "C-000007": "c-000007 jean-luc francois zoe@example.ca 4165550134",
        "C-2": "c-2 王小明 francois",
    }  # as revision 0004 wrote them
    assert therapist_key == "t-1 nasrin tehrani nasrin@example.ca 6135550199"
    command.upgrade(config, "head")
    assert stored_words(ctx) == expected_words(ctx)
    assert found(ctx, "luc 7") == ["C-000007"] and found(ctx, "王") == ["C-2"]
    with ctx.transaction() as session:
        assert session.scalar(select(TherapistRecord.search_key)) == search_key(
            "T-1", "Nasrin", "Tehrani", email="nasrin@example.ca", phone="613-555-0199"
        )
        assert session.scalar(select(func.count()).select_from(ClientSearchWordRow)) == sum(
            len(words) for words in expected_words(ctx).values()
        )


@pytest.mark.parametrize("db_backend", [pytest.param("postgresql", marks=pytest.mark.postgresql)])
def test_on_postgresql_words_compare_by_code_point(ctx: ServiceContext) -> None:
    """Collation "C": the range [term, term + 1) is the words starting with the term,
    whatever the server's own language settings would sort first."""
    with ctx.engine.connect() as connection:
        collation = connection.scalar(
            text(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'client_search_words' AND column_name = 'word'"
            )
        )
    assert collation == "C"


def test_each_page_row_counts_the_clients_open_referrals(ctx: ServiceContext) -> None:
    """The Clients tab's "Open referrals" column, read with each page, agrees with the
    whole-list count, with and without a search, and drops when a referral ends."""
    from opcc_desk.domain.enums import ReferralStatus
    from opcc_desk.services import referrals

    demo.fill_demo_data(ctx, therapists=20, clients=80, referrals=160)
    truth = {row.id: row.open_referrals for row in people.list_clients(ctx)}
    assert any(truth.values()) and not all(truth.values())
    for query in ("", "m"):
        page = people.client_page(ctx, query, limit=500)
        assert page.rows
        assert {row.id: row.open_referrals for row in page.rows} == {
            row.id: truth[row.id] for row in page.rows
        }
    busy = next(ref for ref, count in truth.items() if count)
    one = next(r for r in referrals.list_referrals(ctx) if r.client_id == busy and r.status.is_open)
    referrals.change_status(ctx, one.id, ReferralStatus.WITHDRAWN, "moved away")
    after = people.client_page(ctx, busy, limit=500)
    assert [row.open_referrals for row in after.rows if row.id == busy] == [truth[busy] - 1]


def test_reindex_repairs_clients_written_without_their_words(
    ctx: ServiceContext, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A desk still on a version before 0005 (on a shared server) adds and renames
    clients without touching the words; `db reindex` makes them findable again."""
    from opcc_desk.__main__ import main

    people.add_client(ctx, a_client("C-1", first_name="Rania", last_name="Haddad"))
    people.add_client(ctx, a_client("C-2", first_name="Olu", last_name="Adeyemi"))
    with ctx.transaction() as session:  # what the older program's save leaves behind
        session.execute(text("UPDATE clients SET last_name = 'Tremblay' WHERE ref = 'C-1'"))
        session.execute(
            text(
                "DELETE FROM client_search_words WHERE client_pk = "
                "(SELECT pk FROM clients WHERE ref = 'C-2')"
            )
        )
    assert found(ctx, "tremblay") == [] and found(ctx, "haddad") == ["C-1"]
    assert found(ctx, "adeyemi") == []

    assert main(["--db", db_url, "db", "reindex"]) == 0

    assert "rebuilt for 2 clients" in capsys.readouterr().out
    assert found(ctx, "tremblay") == ["C-1"] and found(ctx, "haddad") == []
    assert found(ctx, "adeyemi") == ["C-2"]
    assert stored_words(ctx) == expected_words(ctx)


def test_a_search_hides_archived_clients_unless_asked(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-1", first_name="Rania", last_name="Haddad"))
    people.add_client(ctx, a_client("C-2", first_name="Rami", last_name="Hadid"))
    people.set_client_archived(ctx, "C-2", True)

    assert [r.id for r in people.list_clients(ctx, "ra had")] == ["C-1"]
    assert people.count_clients(ctx, "ra had") == 1
    assert [r.id for r in people.client_page(ctx, "ra had").rows] == ["C-1"]
    shown = people.client_page(ctx, "ra had", include_archived=True).rows
    assert sorted(r.id for r in shown) == ["C-1", "C-2"]
    assert people.count_clients(ctx, "ra had", include_archived=True) == 2


def test_a_pasted_page_searches_a_few_words_and_answers_at_once(ctx: ServiceContext) -> None:
    """10,000 words pasted into the search box: the search reads its first few terms
    (not every word as one index range each, which took a shared server down)."""
    people.add_client(ctx, a_client("C-1"))
    people.add_client(ctx, a_client("C-2", first_name="Marie", last_name="Tremblay"))
    therapist = a_therapist()
    people.add_therapist(ctx, therapist)
    pasted = "zoe francois " + " ".join(f"w{n:05d}" for n in range(10_000))
    started = time.monotonic()
    # the first eight distinct terms: "zoe", "francois" and six that find nobody
    assert found(ctx, pasted) == []
    assert found(ctx, "zoe francois " + "zoe " * 10_000) == ["C-1"]
    assert [row.id for row in people.list_therapists(ctx, "nasrin " * 10_000)] == ["T-1"]
    # a generous bound: the point is that it answers, not how fast this machine is
    assert time.monotonic() - started < 10


def test_a_nul_byte_or_invisible_character_in_a_search_is_ignored(ctx: ServiceContext) -> None:
    people.add_client(ctx, a_client("C-1"))
    people.add_therapist(ctx, a_therapist())
    assert found(ctx, "zo\x00e") == ["C-1"]
    assert found(ctx, "fran\u200bcois \x01") == ["C-1"]
    assert [row.id for row in people.list_therapists(ctx, "nas\x00rin")] == ["T-1"]


@pytest.mark.postgresql
def test_a_search_on_postgresql_is_stopped_after_a_few_seconds(pg_url: str) -> None:
    """The bound set on every searching transaction (SET LOCAL: this action only)."""
    context = open_context(pg_url, user="tester")
    try:
        with people._searching(context, "marie") as session:
            assert session.execute(text("SHOW statement_timeout")).scalar() == "5s"
        with people._searching(context, "") as session:
            assert session.execute(text("SHOW statement_timeout")).scalar() == "0"
        with context.transaction() as session:
            assert session.execute(text("SHOW statement_timeout")).scalar() == "0"
    finally:
        context.engine.dispose()
