"""``opcc-desk db copy``: a single-desk clinic moves to the server with every row and
every stored letter, verified; and only ever into an empty database."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from opcc_desk.__main__ import main
from opcc_desk.app import open_context
from opcc_desk.db.engine import make_engine
from opcc_desk.db.models import Base, ClientRecord, LetterRecord
from opcc_desk.services import audit, dbcopy, demo, letters, people, referrals, transfer
from opcc_desk.services.context import ServiceContext

pytestmark = pytest.mark.postgresql


@pytest.fixture
def clinic(tmp_path: Path) -> Iterator[str]:
    """A small single-desk clinic: demo people, referrals, letters, an edit, a status move."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    ctx = open_context(url, user="reception")
    demo.fill_demo_data(ctx, seed=7, therapists=12, clients=40, referrals=30)
    open_ones = [r for r in referrals.list_referrals(ctx) if r.status.is_open]
    for referral in open_ones[:3]:
        letters.generate_letter(ctx, referral.id, allow_missing=True)
    letters.generate_letter(ctx, open_ones[0].id, allow_missing=True)  # a version 2
    client = people.get_client(ctx, people.list_clients(ctx)[0].id)
    client.notes = "Moved to the server"
    people.update_client(ctx, client)
    ctx.engine.dispose()
    yield url


def rows_by_table(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def letter_hashes(engine: Engine) -> dict[int, str]:
    with engine.connect() as connection:
        return {
            letter_id: hashlib.sha256(pdf).hexdigest()
            for letter_id, pdf in connection.execute(
                select(LetterRecord.id, LetterRecord.pdf).order_by(LetterRecord.id)
            )
        }


def exports(ctx: ServiceContext, folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    files = {}
    for kind in transfer.Kind:
        path = folder / f"{kind.value}.csv"
        transfer.export_file(ctx, kind, path)
        files[kind.value] = path.read_bytes()
    return files


def test_copy_to_the_server_moves_every_row_and_letter(
    clinic: str, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "copy", "--from", clinic, "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert "every table checked on both sides" in out
    assert "4 stored letters match their hashes" in out
    assert "***" in out and pg_url.split(":")[2].split("@")[0] not in out  # no password shown

    source, target = make_engine(clinic), make_engine(pg_url)
    counts = rows_by_table(source)
    assert rows_by_table(target) == counts
    assert counts["clients"] == 40 and counts["letters"] == 4 and counts["record_versions"] == 1
    assert counts["client_search_words"] > 40  # the search index is copied and checked too
    assert letter_hashes(target) == letter_hashes(source)
    source.dispose()
    target.dispose()

    # the server copy is a working clinic: same files out, same audit chain, new ids fit
    old = open_context(clinic)
    new = open_context(pg_url, user="desk2")
    assert exports(new, tmp_path / "server") == exports(old, tmp_path / "file")
    for query in ("m", people.list_clients(old)[3].last_name, "416"):
        assert people.list_clients(new, query) == people.list_clients(old, query)
    assert audit.verify(new).intact
    therapist = people.list_therapists(new)[0].id
    referral = referrals.create_referral(new, people.list_clients(new)[1].id, therapist)
    made = letters.generate_letter(new, referral, allow_missing=True)
    assert made.info.version == 1
    client = people.get_client(new, people.list_clients(new)[2].id)
    client.city = "Sudbury"
    people.update_client(new, client)  # a record_versions row with a fresh id
    assert audit.verify(new).intact
    old.engine.dispose()
    new.engine.dispose()


def test_and_back_to_a_file(clinic: str, pg_url: str, tmp_path: Path) -> None:
    back = f"sqlite:///{tmp_path / 'back.sqlite3'}"
    assert main(["db", "copy", "--from", clinic, "--to", pg_url]) == 0
    # --from defaults to --db; a clinic without accounts has no one to encrypt the file for
    assert main(["--db", pg_url, "db", "copy", "--to", back, "--unencrypted"]) == 0
    first, last = make_engine(clinic), make_engine(back)
    # each copy is written in the audit log of the database it was made from: the round
    # trip's file holds one entry more than the first clinic (the server's own copy)
    before, after = rows_by_table(first), rows_by_table(last)
    assert after.pop("audit_events") == before.pop("audit_events") + 1
    assert after == before
    assert letter_hashes(last) == letter_hashes(first)
    first.dispose()
    last.dispose()


def test_a_target_holding_data_is_refused_and_left_alone(
    clinic: str, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    desk = open_context(pg_url)
    demo.fill_demo_data(desk, seed=3, therapists=2, clients=3, referrals=0)
    before = rows_by_table(desk.engine)
    assert main(["db", "copy", "--from", clinic, "--to", pg_url]) == 2
    err = capsys.readouterr().err
    assert "already holds data (clients: 3 rows" in err
    assert "Nothing was changed" in err
    assert rows_by_table(desk.engine) == before
    desk.engine.dispose()


def test_a_copy_that_fails_half_way_leaves_the_target_empty(
    clinic: str, pg_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken_letter(_connection: object) -> int:
        raise dbcopy.CopyFailed("letter 1 arrived with bytes that do not match its stored hash")

    monkeypatch.setattr(dbcopy, "_check_letters", broken_letter)  # after every row went in
    assert main(["db", "copy", "--from", clinic, "--to", pg_url]) == 2
    assert "letter 1 arrived" in capsys.readouterr().err
    target = make_engine(pg_url)
    held = {name: n for name, n in rows_by_table(target).items() if n}
    assert set(held) <= dbcopy.SEED_TABLES  # migrated, catalogue at most: no clinic data
    with target.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(ClientRecord)) == 0
    target.dispose()
    monkeypatch.undo()
    assert main(["db", "copy", "--from", clinic, "--to", pg_url]) == 0  # and it can be redone


def test_copying_a_database_onto_itself_is_refused(
    clinic: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "copy", "--from", clinic, "--to", clinic]) == 2
    assert "the same database" in capsys.readouterr().err
