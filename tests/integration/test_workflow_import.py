"""Intake import: a preview before anything is written, and all or nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from opcc_desk.db.models import Base
from opcc_desk.services import intake, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.services.mapping import apply_client

HEADER = "id,first_name,last_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,consent_to_contact\n"
SEED = (
    HEADER + "C-1,Zoë,François,1990-04-02,zoe@example.ca,,en,individual,adult,anxiety,virtual,yes\n"
)


def row(number: int) -> str:
    return (
        f"N-{number:04d},Client{number},Tester,,c{number}@example.ca,,en,individual,adult,"
        "anxiety,virtual,yes\n"
    )


def dump(ctx: ServiceContext) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in primary-key order."""
    with ctx.transaction() as session:
        return {
            table.name: [
                tuple(r) for r in session.execute(select(table).order_by(*table.primary_key))
            ]
            for table in Base.metadata.sorted_tables
        }


@pytest.fixture
def seeded(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    path = tmp_path / "seed.csv"
    path.write_text(SEED, encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
    return ctx


def test_a_bad_row_500_of_1000_leaves_the_database_as_it_was(
    seeded: ServiceContext, tmp_path: Path
) -> None:
    lines = [row(n) for n in range(1, 1001)]
    lines[499] = lines[499].replace(",virtual,", ",by carrier pigeon,")
    path = tmp_path / "intake.csv"
    path.write_text(HEADER + "".join(lines), encoding="utf-8")
    before = dump(seeded)
    preview = intake.preview_intake(seeded, path)
    assert not preview.can_import
    assert [(r.line, r.client_id) for r in preview.rows if r.action == "problem"] == [
        (501, "N-0500")
    ]
    with pytest.raises(transfer.ImportRejected) as rejected:
        intake.import_intake(seeded, path)
    assert [p.line for p in rejected.value.row_problems] == [501]
    assert dump(seeded) == before


def test_a_failure_while_writing_row_500_rolls_back_every_row(
    seeded: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "intake.csv"
    path.write_text(HEADER + "".join(row(n) for n in range(1, 1001)), encoding="utf-8")
    before = dump(seeded)
    assert intake.preview_intake(seeded, path).can_import
    real = apply_client
    calls = 0

    def failing(record: Any, client: Any) -> None:
        nonlocal calls
        calls += 1
        if calls == 500:
            raise ServiceError("the disk went away at row 500")
        real(record, client)

    # every client an import writes goes through the client side's `apply`
    monkeypatch.setattr(
        transfer, "CLIENT_SIDE", dataclasses.replace(transfer.CLIENT_SIDE, apply=failing)
    )
    with pytest.raises(ServiceError, match="row 500"):
        intake.import_intake(seeded, path)
    assert calls == 500
    assert dump(seeded) == before


def test_preview_shows_actions_problems_and_likely_duplicates(
    seeded: ServiceContext, tmp_path: Path
) -> None:
    path = tmp_path / "intake.json"
    path.write_text(
        """[
 {"id": "C-1", "first_name": "Zoë", "last_name": "François", "date_of_birth": "1990-04-02",
  "email": "zoe@example.ca", "language": "en", "client_type": "individual", "age_group": "adult",
  "concerns": ["anxiety"], "modality": "virtual", "consent_to_contact": true},
 {"id": "W-7", "first_name": "FRANCOIS", "last_name": "zoe", "date_of_birth": "1990-04-02",
  "phone": "613 555 0101", "language": "en", "client_type": "individual", "age_group": "adult",
  "concerns": ["anxiety"], "modality": "virtual", "consent_to_contact": true, "colour": "blue"},
 {"id": "W-8", "first_name": "Sam", "last_name": "Lee", "language": "en",
  "client_type": "individual", "concerns": ["anxiety"], "modality": "virtual",
  "consent_to_contact": true}
]""",
        encoding="utf-8",
    )
    before = dump(seeded)
    preview = intake.preview_intake(seeded, path)
    assert dump(seeded) == before
    assert [(r.client_id, r.action) for r in preview.rows] == [
        ("C-1", "unchanged"),
        ("W-7", "add"),
        ("W-8", "problem"),
    ]
    assert preview.rows[1].duplicates == ("C-1: similar name (100%), same date of birth",)
    assert any("email" in p or "phone" in p for p in preview.rows[2].problems)
    assert preview.warnings == ["column 'colour' is not used by OPCC Desk and will be ignored"]
    assert not preview.can_import


def test_preview_of_an_unreadable_file(seeded: ServiceContext, tmp_path: Path) -> None:
    preview = intake.preview_intake(seeded, tmp_path / "missing.csv")
    assert "no such file" in preview.file_problem
    assert not preview.can_import
