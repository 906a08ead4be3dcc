"""Imports as a careless day makes them: partial files, broken quotes, look-alike ids."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from opcc_desk.__main__ import main
from opcc_desk.db.models import ClientRecord, TherapistRecord
from opcc_desk.services import people, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.transfer import ImportRejected, Kind

CLIENT_HEADER = (
    "id,submitted,first_name,last_name,preferred_name,pronouns,date_of_birth,email,phone,address,"
    "city,postal_code,language,client_type,age_group,concerns,approach_preference,therapist_gender,"
    "modality,location,max_fee,availability,consent_to_contact,notes"
)
CLIENT_ROWS = [
    "C-1,2026-10-01T14:30,Zoë,François,Zo,she/her,1991-02-03,zoe@example.ca,613-555-0101,"
    '"12 Rue Principale, apt 3",Ottawa,K1A 0B1,fr,individual,,self_worth,relational,woman,'
    'in_person,Ottawa,120.00,mon_evening,yes,"Prefers email, not phone"',
    "C-2,2026-10-02,Minh,Khai,,,1980-07-09,,(647) 555-0144,,Toronto,,vi,couple,,"
    "couples,,,virtual,,,,no,Asked for evenings",
    "C-3,2026-10-03,Sam,Rivers,,they/them,,sam@example.ca,,,,,en,individual,adult,"
    "anxiety,cbt,,virtual,,90.00,,yes,Suicidal ideation last spring; safety plan on file",
]
THERAPIST_HEADER = (
    "id,first_name,last_name,pronouns,gender,credentials,registration,email,phone,languages,"
    "approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,"
    "level,accepting,capacity,availability,bio"
)
THERAPIST_ROW = (
    "T-1,Hélène,Gagné,she/her,woman,RP;MSW,CRPO 012345,helene@example.ca,416-555-0101,en;fr,"
    "relational,self_worth,individual,adult,in_person;virtual,Ottawa,160.00,90.00,senior,yes,12,"
    "mon_evening,Works gently"
)


def write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def clients_stored(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        return session.scalar(select(func.count()).select_from(ClientRecord)) or 0


def rejected_by(ctx: ServiceContext, path: Path, kind: Kind = Kind.CLIENTS) -> ImportRejected:
    with pytest.raises(ImportRejected) as caught:
        transfer.import_file(ctx, kind, path)
    return caught.value


def test_missing_optional_columns_keep_stored_values(ctx: ServiceContext, tmp_path: Path) -> None:
    transfer.import_file(
        ctx, Kind.CLIENTS, write(tmp_path / "full.csv", [CLIENT_HEADER, *CLIENT_ROWS])
    )
    before = {ref: people.get_client(ctx, ref) for ref in ("C-1", "C-2", "C-3")}
    # a form tool's export with only the required columns and a changed language
    partial = [
        "id,first_name,last_name,language,client_type,concerns,modality,consent_to_contact",
        "C-1,Zoë,François,en,individual,self_worth,in_person,yes",
        "C-2,Minh,Khai,vi,couple,couples,virtual,no",
    ]
    report = transfer.import_file(ctx, Kind.CLIENTS, write(tmp_path / "part.csv", partial))
    assert report.updated == ["C-1"] and report.unchanged == 1
    zoe = people.get_client(ctx, "C-1")
    assert zoe.language == "en"
    old = before["C-1"]
    kept = (
        "submitted", "preferred_name", "pronouns", "date_of_birth", "email", "phone", "address",
        "city", "postal_code", "approach_preference", "therapist_gender", "location", "max_fee",
        "availability", "notes",
    )  # fmt: skip
    assert {f: getattr(zoe, f) for f in kept} == {f: getattr(old, f) for f in kept}
    assert zoe.notes == "Prefers email, not phone"
    assert people.get_client(ctx, "C-2").notes == "Asked for evenings"


def test_an_empty_cell_in_a_present_column_still_clears(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    transfer.import_file(
        ctx, Kind.CLIENTS, write(tmp_path / "full.csv", [CLIENT_HEADER, *CLIENT_ROWS])
    )
    rows = [
        "id,first_name,last_name,language,client_type,concerns,modality,consent_to_contact,notes,"
        "email,phone",
        "C-1,Zoë,François,fr,individual,self_worth,in_person,yes,,zoe@example.ca,",
    ]
    transfer.import_file(ctx, Kind.CLIENTS, write(tmp_path / "clear.csv", rows))
    zoe = people.get_client(ctx, "C-1")
    assert (zoe.notes, zoe.phone) == ("", "")
    assert zoe.address == "12 Rue Principale, apt 3"  # not in the file: kept


def test_missing_optional_columns_keep_therapist_values(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    transfer.import_file(
        ctx, Kind.THERAPISTS, write(tmp_path / "t.csv", [THERAPIST_HEADER, THERAPIST_ROW])
    )
    rows = [
        "id,first_name,last_name,languages,approaches,client_types,age_groups,modalities,fee,"
        "accepting",
        "T-1,Hélène,Gagné,en;fr,relational,individual,adult,in_person;virtual,170,yes",
    ]
    transfer.import_file(ctx, Kind.THERAPISTS, write(tmp_path / "t2.csv", rows))
    helene = people.get_therapist(ctx, "T-1")
    assert str(helene.fee) == "170.00"
    assert (helene.capacity, helene.bio, helene.registration) == (12, "Works gently", "CRPO 012345")
    assert helene.concerns == ["self_worth"] and helene.availability == ["mon_evening"]
    assert str(helene.sliding_scale_min) == "90.00"


def test_a_stray_opening_quote_is_refused_not_swallowing_rows(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    stray = CLIENT_ROWS[1].replace(",Asked for evenings", ',"Asked for evenings')
    closed_later = CLIENT_ROWS[2].replace(",Suicidal ideation", ',"Suicidal ideation"')
    for lines in (
        [CLIENT_HEADER, CLIENT_ROWS[0], stray, CLIENT_ROWS[2]],  # never closed
        [CLIENT_HEADER, CLIENT_ROWS[0], stray, closed_later],  # closed by a later row's quote
    ):
        error = rejected_by(ctx, write(tmp_path / "quotes.csv", lines))
        message = str(error) + " ".join(str(p) for p in error.row_problems)
        assert "line 3" in message and "quote" in message
        assert clients_stored(ctx) == 0


def test_a_quote_closing_exactly_at_a_later_row_end_is_refused(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    stray = CLIENT_ROWS[0].replace(',"Prefers email, not phone"', ',"Prefers email')
    later = CLIENT_ROWS[2] + '"'
    lines = [CLIENT_HEADER, stray, CLIENT_ROWS[1], later]
    error = rejected_by(ctx, write(tmp_path / "q.csv", lines))
    assert [p.line for p in error.row_problems] == [2]
    assert "read as one cell" in str(error.row_problems[0])
    assert clients_stored(ctx) == 0


@pytest.mark.parametrize(("change", "cells"), [(",extra", 25), ("", 23)])
def test_rows_with_too_many_or_too_few_cells_are_refused(
    ctx: ServiceContext, tmp_path: Path, change: str, cells: int
) -> None:
    row = CLIENT_ROWS[1] + change if change else CLIENT_ROWS[1].rsplit(",", 1)[0]
    error = rejected_by(ctx, write(tmp_path / "cells.csv", [CLIENT_HEADER, CLIENT_ROWS[0], row]))
    assert [p.line for p in error.row_problems] == [3]
    assert f"has {cells} cells but the header has 24" in str(error.row_problems[0])
    assert clients_stored(ctx) == 0


def test_a_repeated_header_column_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    header = CLIENT_HEADER + ",notes"
    row = CLIENT_ROWS[0] + ",Second note"
    error = rejected_by(ctx, write(tmp_path / "twice.csv", [header, row]))
    assert "notes more than once" in error.file_problem
    assert clients_stored(ctx) == 0


def test_a_misspelled_column_is_refused_with_a_suggestion(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    header = CLIENT_HEADER.replace(",notes", ",ntoes").replace(",postal_code,", ",postalcode,")
    error = rejected_by(ctx, write(tmp_path / "typo.csv", [header, CLIENT_ROWS[0]]))
    assert "'ntoes': did you mean 'notes'?" in error.file_problem
    assert "'postalcode': did you mean 'postal_code'?" in error.file_problem
    assert clients_stored(ctx) == 0


def test_a_header_only_file_exits_2(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "empty.csv", [CLIENT_HEADER])
    assert main(["--db", db_url, "import", "clients", str(path)]) == 2
    assert "no rows" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("look_alike", "what"),
    [("c-1", "upper/lower case"), ("C-\u200b1", "invisible"), ("C-1\u2060", "invisible")],
)
def test_look_alike_ids_are_refused(
    ctx: ServiceContext, tmp_path: Path, look_alike: str, what: str
) -> None:
    transfer.import_file(
        ctx, Kind.CLIENTS, write(tmp_path / "a.csv", [CLIENT_HEADER, CLIENT_ROWS[0]])
    )
    row = CLIENT_ROWS[0].replace("C-1,", f"{look_alike},", 1)
    error = rejected_by(ctx, write(tmp_path / "b.csv", [CLIENT_HEADER, row]))
    assert [p.line for p in error.row_problems] == [2]
    assert what in str(error.row_problems[0])
    assert clients_stored(ctx) == 1


def test_ids_differing_by_case_within_one_file_are_refused(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    other = CLIENT_ROWS[2].replace("C-3,", "c-1,", 1)
    error = rejected_by(ctx, write(tmp_path / "b.csv", [CLIENT_HEADER, CLIENT_ROWS[0], other]))
    assert [p.line for p in error.row_problems] == [3]
    assert "'C-1' of line 2" in str(error.row_problems[0])
    assert clients_stored(ctx) == 0


def test_direction_overrides_in_names_are_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    row = CLIENT_ROWS[0].replace("Zoë,François", "Zoë,\u202eçiosnarF")
    error = rejected_by(ctx, write(tmp_path / "rtl.csv", [CLIENT_HEADER, row]))
    assert "last_name" in str(error.row_problems[0]) and "U+202E" in str(error.row_problems[0])
    assert clients_stored(ctx) == 0
    # right-to-left scripts themselves are welcome
    arabic = CLIENT_ROWS[0].replace("Zoë,François", "مريم,حداد")
    transfer.import_file(ctx, Kind.CLIENTS, write(tmp_path / "ar.csv", [CLIENT_HEADER, arabic]))
    assert people.get_client(ctx, "C-1").first_name == "مريم"


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [(",12,", ",1_0,", "capacity"), (",160.00,", ",-0,", "fee"), (",90.00,", ",1e2,", "sliding")],
)
def test_numbers_python_would_accept_are_refused(
    ctx: ServiceContext, tmp_path: Path, old: str, new: str, field: str
) -> None:
    row = THERAPIST_ROW.replace(old, new)
    error = rejected_by(ctx, write(tmp_path / "n.csv", [THERAPIST_HEADER, row]), Kind.THERAPISTS)
    assert field in str(error.row_problems[0])
    with ctx.transaction() as session:
        assert session.scalar(select(func.count()).select_from(TherapistRecord)) == 0


def test_a_latin1_file_names_the_line_and_how_to_save_as_utf8(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.csv"
    text = "\n".join([CLIENT_HEADER, CLIENT_ROWS[2], CLIENT_ROWS[0]]) + "\n"
    path.write_bytes(text.encode("latin-1"))
    error = rejected_by(ctx, path)
    assert "not UTF-8" in error.file_problem
    assert "line 3" in error.file_problem and "byte" not in error.file_problem
    assert "CSV UTF-8" in error.file_problem


def test_the_intake_preview_follows_the_same_rules(ctx: ServiceContext, tmp_path: Path) -> None:
    from opcc_desk.services import intake

    full = write(tmp_path / "full.csv", [CLIENT_HEADER, *CLIENT_ROWS])
    transfer.import_file(ctx, Kind.CLIENTS, full)
    partial = write(
        tmp_path / "part.csv",
        [
            "id,first_name,last_name,language,client_type,concerns,modality,consent_to_contact",
            "C-1,Zoë,François,fr,individual,self_worth,in_person,yes",  # nothing new
            "c-2,Minh,Khai,vi,couple,couples,virtual,no",  # a look-alike of C-2
        ],
    )
    preview = intake.preview_intake(ctx, partial)
    assert [(r.line, r.action) for r in preview.rows] == [(2, "unchanged"), (3, "problem")]
    assert "upper/lower case" in preview.rows[1].problems[0]
    typo = write(tmp_path / "typo.csv", [CLIENT_HEADER.replace(",notes", ",ntoes"), CLIENT_ROWS[0]])
    assert "did you mean 'notes'" in intake.preview_intake(ctx, typo).file_problem


def test_a_form_cannot_add_a_look_alike_id(ctx: ServiceContext, tmp_path: Path) -> None:
    from opcc_desk.services.errors import AlreadyExists

    transfer.import_file(
        ctx, Kind.CLIENTS, write(tmp_path / "a.csv", [CLIENT_HEADER, CLIENT_ROWS[0]])
    )
    twin = people.get_client(ctx, "C-1")
    twin.id = "c-1"
    with pytest.raises(AlreadyExists, match="only in upper/lower case"):
        people.add_client(ctx, twin)
    assert clients_stored(ctx) == 1
