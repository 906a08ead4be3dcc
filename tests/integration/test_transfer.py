"""Import and export through the real database: all or nothing, idempotent, round trip."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from opcc_desk.db.models import ClientRecord, TherapistRecord
from opcc_desk.services import people, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.transfer import ImportRejected, Kind

THERAPIST_HEADER = (
    "id,first_name,last_name,pronouns,gender,credentials,registration,email,phone,languages,"
    "approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,"
    "level,accepting,capacity,availability,bio"
)
THERAPISTS = [
    "T-1,Hélène,Gagné,she/her,woman,RP;MSW,CRPO 012345,helene@example.ca,416-555-0101,en;fr,"
    'relational;eft,self_worth;relational_patterns,individual;couple,adult,in_person;virtual,Ottawa,160,90,senior,yes,12,mon_evening;sat_morning,"Works gently, at your pace."',
    "T-2,王,小明,he/him,man,RSW,OCSWSSW 812345,wang@example.ca,,zh;en,cbt;act,anxiety,individual,"
    "adult;senior,virtual,,120,,associate,TRUE,,,",
    "T-3,محمد,عبد الله,,man,C.Psych.,CPO 1234,,613-555-0123,ar;en,emdr,trauma,individual,adult,"
    "in_person,Toronto,200,150,,1,5,,",
]
CLIENT_HEADER = (
    "id,submitted,first_name,last_name,preferred_name,pronouns,date_of_birth,email,phone,address,"
    "city,postal_code,language,client_type,age_group,concerns,approach_preference,therapist_gender,"
    "modality,location,max_fee,availability,consent_to_contact,notes"
)
CLIENTS = [
    "C-1,2026-10-01T14:30,Zoë,François-Ĺuković,Zo,she/her,1991-02-03,zoe@example.ca,,"
    '"12 Rue Principale, apt 3",Ottawa,k1a0b1,fr,individual,,self_worth;relational_patterns,relational,woman,'
    'in_person,Ottawa,120,mon_evening,yes,"Prefers email, not phone"',
    "C-2,2026-10-02,Nguyễn Thị,Minh Khai,,,1980-07-09,,(647) 555-0144,,Toronto,,vi,couple,,"
    "couples,,,virtual,,,,no,",
]


def write(path: Path, header: str, rows: list[str]) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def count(ctx: ServiceContext, model: type) -> int:
    with ctx.transaction() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_import_then_reimport_changes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    source = write(tmp_path / "t.csv", THERAPIST_HEADER, THERAPISTS)
    first = transfer.import_file(ctx, Kind.THERAPISTS, source)
    assert sorted(first.added) == ["T-1", "T-2", "T-3"]
    versions = {t.id: t.version for t in map(lambda r: people.get_therapist(ctx, r), first.added)}
    second = transfer.import_file(ctx, Kind.THERAPISTS, source)
    assert second.added == [] and second.updated == [] and second.unchanged == 3
    assert {r: people.get_therapist(ctx, r).version for r in versions} == versions
    helene = people.get_therapist(ctx, "T-1")
    assert (helene.first_name, helene.last_name) == ("Hélène", "Gagné")
    assert helene.approaches == ["relational", "eft"]
    assert helene.availability == ["mon_evening", "sat_morning"]
    assert people.get_therapist(ctx, "T-3").last_name == "عبد الله"


def test_changed_row_updates_only_that_record(ctx: ServiceContext, tmp_path: Path) -> None:
    transfer.import_file(
        ctx, Kind.THERAPISTS, write(tmp_path / "a.csv", THERAPIST_HEADER, THERAPISTS)
    )
    changed = [THERAPISTS[0], THERAPISTS[1].replace(",120,", ",130,"), THERAPISTS[2]]
    report = transfer.import_file(
        ctx, Kind.THERAPISTS, write(tmp_path / "b.csv", THERAPIST_HEADER, changed)
    )
    assert report.updated == ["T-2"] and report.unchanged == 2
    assert str(people.get_therapist(ctx, "T-2").fee) == "130.00"


def test_export_import_export_gives_the_same_file(ctx: ServiceContext, tmp_path: Path) -> None:
    transfer.import_file(
        ctx, Kind.THERAPISTS, write(tmp_path / "t.csv", THERAPIST_HEADER, THERAPISTS)
    )
    transfer.import_file(ctx, Kind.CLIENTS, write(tmp_path / "c.csv", CLIENT_HEADER, CLIENTS))
    for kind in (Kind.THERAPISTS, Kind.CLIENTS):
        first = tmp_path / f"{kind}-1.csv"
        transfer.export_file(ctx, kind, first)
        report = transfer.import_file(ctx, kind, first)
        assert report.added == [] and report.updated == []
        second = tmp_path / f"{kind}-2.csv"
        transfer.export_file(ctx, kind, second)
        assert first.read_bytes() == second.read_bytes()
        assert (first.stat().st_mode & 0o077) == 0  # health information: owner only
    rows = list(csv.DictReader((tmp_path / "clients-1.csv").open(encoding="utf-8")))
    assert [r["id"] for r in rows] == ["C-1", "C-2"]
    assert rows[0]["postal_code"] == "K1A 0B1"
    assert rows[0]["address"] == "12 Rue Principale, apt 3"
    assert rows[1]["phone"] == "(647) 555-0144"


def test_bad_rows_are_all_listed_and_nothing_is_written(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    bad = [
        THERAPISTS[0],
        "T-9,,Nobody,,,,,not-an-email,123,en,cbt,,individual,adult,virtual,,150,,,yes,,,",
        "T-10,Ana,Silva,,,,,,,pt,cbt,,group,adult,virtual,,90,100,,yes,,,",
        THERAPISTS[0],  # same id twice
    ]
    source = write(tmp_path / "bad.csv", THERAPIST_HEADER, bad)
    with pytest.raises(ImportRejected) as rejected:
        transfer.import_file(ctx, Kind.THERAPISTS, source)
    by_line = {p.line: p for p in rejected.value.row_problems}
    assert set(by_line) == {3, 4, 5}
    assert {p.field for p in by_line[3].problems} == {"first_name", "email", "phone"}
    assert {p.field for p in by_line[4].problems} == {"client_types", "sliding_scale_min"}
    assert "repeats the id of line 2" in str(by_line[5])
    assert count(ctx, TherapistRecord) == 0


def test_line_numbers_follow_multiline_cells(ctx: ServiceContext, tmp_path: Path) -> None:
    rows = [
        THERAPISTS[0].replace('"Works gently, at your pace."', '"Line one\nline two"'),
        "T-5,Bad,Fee,,,,,,,en,cbt,,individual,adult,virtual,,lots,,,yes,,,",
    ]
    with pytest.raises(ImportRejected) as rejected:
        transfer.import_file(
            ctx, Kind.THERAPISTS, write(tmp_path / "m.csv", THERAPIST_HEADER, rows)
        )
    assert [p.line for p in rejected.value.row_problems] == [4]


def test_client_needs_email_or_phone(ctx: ServiceContext, tmp_path: Path) -> None:
    row = CLIENTS[1].replace("(647) 555-0144", "")
    with pytest.raises(ImportRejected) as rejected:
        transfer.import_file(ctx, Kind.CLIENTS, write(tmp_path / "c.csv", CLIENT_HEADER, [row]))
    assert "email address or a phone number" in str(rejected.value.row_problems[0])
    assert count(ctx, ClientRecord) == 0


def test_missing_required_column_is_named(ctx: ServiceContext, tmp_path: Path) -> None:
    header = CLIENT_HEADER.replace(",concerns,", ",worries,")
    with pytest.raises(ImportRejected) as rejected:
        transfer.import_file(ctx, Kind.CLIENTS, write(tmp_path / "c.csv", header, CLIENTS))
    assert "concerns" in rejected.value.file_problem


def test_byte_order_mark_and_unknown_columns(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_text(
        CLIENT_HEADER + ",favourite_colour\n" + CLIENTS[0] + ",blue\n", encoding="utf-8-sig"
    )
    report = transfer.import_file(ctx, Kind.CLIENTS, path)
    assert report.added == ["C-1"]
    assert report.warnings == ["column 'favourite_colour' is not used by OPCC Desk and was ignored"]


def test_json_list_of_objects(ctx: ServiceContext, tmp_path: Path) -> None:
    path = tmp_path / "clients.json"
    path.write_text(
        json.dumps(
            [
                {
                    "id": "C-7",
                    "first_name": "Mariam",
                    "last_name": "Haddad",
                    "email": "mariam@example.ca",
                    "language": "ar",
                    "client_type": "individual",
                    "concerns": ["grief", "anxiety"],
                    "modality": "either",
                    "consent_to_contact": True,
                    "max_fee": 80,
                }
            ]
        ),
        encoding="utf-8",
    )
    transfer.import_file(ctx, Kind.CLIENTS, path)
    client = people.get_client(ctx, "C-7")
    assert client.concerns == ["grief", "anxiety"]
    assert client.consent_to_contact is True
    assert str(client.max_fee) == "80.00"


def test_dry_run_writes_nothing(ctx: ServiceContext, tmp_path: Path) -> None:
    report = transfer.import_file(
        ctx, Kind.THERAPISTS, write(tmp_path / "t.csv", THERAPIST_HEADER, THERAPISTS), dry_run=True
    )
    assert len(report.added) == 3
    assert count(ctx, TherapistRecord) == 0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"\xff\xfe\x00i\x00d", "not UTF-8"),
        (b"id,first_name\n\x00\x01\x02", "not a text file"),
        (b'[{"id": "C-1",', "JSON is broken"),
        (b'{"id": "C-1"}', "list of objects"),
        (b'["C-1"]', "list of objects"),
    ],
)
def test_broken_files_get_a_plain_reason(
    ctx: ServiceContext, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "broken.json" if content.startswith((b"[", b"{")) else tmp_path / "broken.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as rejected:
        transfer.import_file(ctx, Kind.CLIENTS, path)
    assert message in str(rejected.value)
    assert count(ctx, ClientRecord) == 0


def test_missing_file_is_named(ctx: ServiceContext, tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="no such file"):
        transfer.import_file(ctx, Kind.CLIENTS, tmp_path / "nope.csv")
