"""A web form's export imported through a mapping: from the command line and the
services, on a real database (SQLite here, PostgreSQL too when it runs)."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from opcc_desk.__main__ import main
from opcc_desk.domain.form_mapping import parse_mapping
from opcc_desk.services import form_imports, intake, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

FORMS = Path(__file__).parent.parent / "data" / "forms"


def run(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def exported_clients(db_url: str, tmp_path: Path) -> list[dict[str, str]]:
    path = tmp_path / "clients-out.csv"
    assert run(db_url, "export", "clients", str(path)) == 0
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def suggested_map(
    db_url: str, export: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> Path:
    capsys.readouterr()
    assert run(db_url, "import", "clients", str(export), "--suggest-map") == 0
    captured = capsys.readouterr()
    assert "questions matched" in captured.err
    path = tmp_path / f"{export.stem}.map.toml"
    path.write_text(captured.out, encoding="utf-8")
    return path


@pytest.mark.parametrize("export", ["google_en.csv", "jotform_fr.csv", "google_fr.json"])
def test_suggest_then_import_then_import_again_adds_nothing(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], export: str
) -> None:
    source = FORMS / export
    mapping = suggested_map(db_url, source, tmp_path, capsys)
    assert parse_mapping(mapping.read_text(encoding="utf-8")).columns  # valid TOML, our format

    assert run(db_url, "import", "clients", str(source), "--map", str(mapping), "--dry-run") == 0
    assert "would add" in capsys.readouterr().out
    assert exported_clients(db_url, tmp_path) == []

    assert run(db_url, "import", "clients", str(source), "--map", str(mapping)) == 0
    first = capsys.readouterr().out
    rows = exported_clients(db_url, tmp_path)
    assert f"added {len(rows)}," in first and len(rows) >= 2

    assert run(db_url, "import", "clients", str(source), "--map", str(mapping)) == 0
    assert "added 0, updated 0" in capsys.readouterr().out
    assert exported_clients(db_url, tmp_path) == rows


def test_google_forms_english_export_lands_in_the_desks_columns(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FORMS / "google_en.csv"
    mapping = FORMS / "google_en.truth.toml"
    assert run(db_url, "import", "clients", str(source), "--map", str(mapping)) == 0
    rows = {r["last_name"]: r for r in exported_clients(db_url, tmp_path)}
    zoe = rows["François"]
    assert zoe["first_name"] == "Zoë"
    assert zoe["id"].startswith("W-")
    assert zoe["concerns"] == "self_worth;anxiety;relational_patterns"
    assert zoe["modality"] == "virtual"
    assert zoe["max_fee"] == "120.00"
    assert zoe["availability"] == (
        "mon_evening;tue_evening;wed_evening;thu_evening;fri_evening;sat_morning;sun_morning"
    )
    assert zoe["therapist_gender"] == "woman"
    assert zoe["consent_to_contact"] == "yes"
    assert zoe["notes"] == "I work nights twice a month."
    # names in any script are kept exactly as the person typed them
    assert rows["王"]["first_name"] == "小明"
    assert rows["حداد"]["first_name"] == "ليلى"
    assert rows["حداد"]["client_type"] == "couple"
    assert rows["حداد"]["max_fee"] == ""  # "No limit"
    assert rows["حداد"]["language"] == "fr"


def test_microsoft_forms_export_with_the_hand_checked_mapping(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = FORMS / "msforms_en.csv"
    mapping = FORMS / "msforms_en.truth.toml"
    assert run(db_url, "import", "clients", str(source), "--map", str(mapping)) == 0
    captured = capsys.readouterr()
    # the form's own respondent columns are not in the mapping: named, then ignored
    assert "column 'Start time' is not in the mapping and was ignored" in captured.err
    rows = {r["first_name"]: r for r in exported_clients(db_url, tmp_path)}
    assert rows["Amir"]["language"] == "fa"
    assert rows["Amir"]["availability"] == (
        "mon_evening;tue_evening;wed_evening;thu_evening;fri_evening;sat_morning"
    )
    assert rows["Marie-Ève"]["concerns"] == "couples;parenting"
    assert rows["Sam"]["modality"] == "either"
    assert rows["Sam"]["age_group"] == "teen"
    assert rows["Sam"]["last_name"] == "O'Neil"


def test_a_grown_export_adds_only_the_new_submissions(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mapping = FORMS / "google_en.truth.toml"
    first = tmp_path / "first.csv"
    lines = (FORMS / "google_en.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    first.write_text("".join(lines[:3]), encoding="utf-8")  # header and two submissions
    assert run(db_url, "import", "clients", str(first), "--map", str(mapping)) == 0
    before = {r["id"]: r for r in exported_clients(db_url, tmp_path)}
    assert len(before) == 2

    # weeks later: one more submission, and the form's owner moved two questions
    table = list(csv.reader(io.StringIO("".join(lines))))
    table.append(
        [
            "2026/11/20 11:00:00 AM EST",
            "Ana",
            "Souza",
            "ana@example.ca",
            "",
            "Anxiety or worry",
            "Just me",
            "Virtual",
            "Under $80",
            "Weekend mornings",
            "English",
            "No preference",
            "Yes, you may contact me",
            "",
        ]
    )
    order = [0, 2, 1, *range(3, len(table[0]))]
    grown = tmp_path / "grown.csv"
    with grown.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[row[i] for i in order] for row in table])
    capsys.readouterr()
    assert run(db_url, "import", "clients", str(grown), "--map", str(mapping)) == 0
    assert "added 2, updated 0, 2 unchanged" in capsys.readouterr().out
    after = {r["id"]: r for r in exported_clients(db_url, tmp_path)}
    assert {k: after[k] for k in before} == before
    assert sorted(r["first_name"] for k, r in after.items() if k not in before) == ["Ana", "ليلى"]


def test_an_unmapped_answer_refuses_the_whole_file_naming_line_question_and_answer(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    truth = (FORMS / "jotform_fr.truth.toml").read_text(encoding="utf-8")
    mapping = tmp_path / "map.toml"
    mapping.write_text(truth.replace('"Traumatisme" = "trauma"\n', ""), encoding="utf-8")
    capsys.readouterr()
    assert (
        run(db_url, "import", "clients", str(FORMS / "jotform_fr.csv"), "--map", str(mapping)) == 2
    )
    err = capsys.readouterr().err
    assert "nothing was imported" in err
    # the third submission starts on line 8: answers before it take several lines each
    [problem] = [line for line in err.splitlines() if line.startswith("  line")]
    assert problem.startswith("  line 8 (6012345678901235111): concerns:")
    assert "'Sur quoi aimeriez-vous travailler?'" in problem
    assert "answer 'Traumatisme'" in problem
    assert "[values.concerns]" in problem
    assert exported_clients(db_url, tmp_path) == []


@pytest.mark.parametrize(
    ("mapping_text", "words"),
    [
        ("[columns\n", "the mapping is not valid TOML"),
        ('[columns]\n"Prénom" = "given_name"\n', "'given_name' is not a client column"),
        (None, "the mapping names column(s) the file does not have: 'Téléphone'"),
    ],
)
def test_a_broken_mapping_or_file_is_refused_with_a_clear_reason(
    db_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    mapping_text: str | None,
    words: str,
) -> None:
    export = tmp_path / "export.csv"
    shutil.copy(FORMS / "jotform_fr.csv", export)
    mapping = tmp_path / "map.toml"
    if mapping_text is None:
        # the form lost a question since the mapping was made
        rows = list(csv.reader(io.StringIO(export.read_text(encoding="utf-8"))))
        drop = rows[0].index("Téléphone")
        with export.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([r[:drop] + r[drop + 1 :] for r in rows])
        mapping_text = (FORMS / "jotform_fr.truth.toml").read_text(encoding="utf-8")
    mapping.write_text(mapping_text, encoding="utf-8")
    capsys.readouterr()
    assert run(db_url, "import", "clients", str(export), "--map", str(mapping)) == 2
    err = capsys.readouterr().err
    assert words in err
    assert "Traceback" not in err
    assert exported_clients(db_url, tmp_path) == []


def test_mapping_options_are_for_client_exports_only(
    db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    export = str(FORMS / "google_en.csv")
    assert run(db_url, "import", "therapists", export, "--suggest-map") == 2
    assert "use them with 'import clients'" in capsys.readouterr().err
    assert run(db_url, "import", "clients", export, "--suggest-map", "--map", "x.toml") == 2
    assert run(db_url, "import", "clients", export, "--map", "missing.toml") == 2
    assert "no such mapping file" in capsys.readouterr().err


def test_a_submission_sent_twice_is_named_as_such(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = (FORMS / "google_en.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    twice = tmp_path / "twice.csv"
    twice.write_text("".join([*lines[:2], lines[1]]), encoding="utf-8")
    capsys.readouterr()
    mapping = str(FORMS / "google_en.truth.toml")
    assert run(db_url, "import", "clients", str(twice), "--map", mapping) == 2
    err = capsys.readouterr().err
    assert "line 3" in err and "repeats the id of line 2" in err and "sent twice" in err


# ---------------------------------------------------------------- services


def test_mappings_are_kept_per_form_and_found_again(ctx: ServiceContext) -> None:
    export = form_imports.read_export(FORMS / "msforms_en.csv")
    assert not export.in_desk_columns
    suggestion = form_imports.suggest(ctx, export)
    suggestion.mapping.values.setdefault("concerns", {})["Something new"] = "anxiety"
    form_imports.save_mapping(ctx, "Get Matched (Microsoft Forms)", suggestion.mapping)
    other = parse_mapping((FORMS / "google_en.truth.toml").read_text(encoding="utf-8"))
    form_imports.save_mapping(ctx, "Get Matched (Google)", other)

    kept = form_imports.saved_mappings(ctx)
    assert set(kept) == {"Get Matched (Microsoft Forms)", "Get Matched (Google)"}
    assert kept["Get Matched (Microsoft Forms)"] == suggestion.mapping
    assert form_imports.mapping_for(ctx, export) == "Get Matched (Microsoft Forms)"
    google = form_imports.read_export(FORMS / "google_en.csv")
    assert form_imports.mapping_for(ctx, google) == "Get Matched (Google)"
    assert form_imports.mapping_for(ctx, form_imports.read_export(FORMS / "jotform_fr.csv")) is None
    with pytest.raises(ServiceError, match="name"):
        form_imports.save_mapping(ctx, "  ", other)


def test_intake_preview_through_a_mapping_names_the_question_then_imports(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = FORMS / "google_fr.json"
    truth = parse_mapping((FORMS / "google_fr.truth.toml").read_text(encoding="utf-8"))
    del truth.values["concerns"]["Colère"]
    preview = intake.preview_intake(ctx, path, truth)
    assert not preview.can_import
    [bad] = [r for r in preview.rows if r.action == "problem"]
    assert bad.line == 2 and bad.name == "Youssef El Amrani"
    assert "'Quelles sont vos préoccupations?'" in bad.problems[0]
    assert "answer 'Colère'" in bad.problems[0]
    with pytest.raises(transfer.ImportRejected):
        intake.import_intake(ctx, path, truth)

    truth.values["concerns"]["Colère"] = "anger"
    preview = intake.preview_intake(ctx, path, truth)
    assert preview.can_import and preview.count("add") == 2
    report = intake.import_intake(ctx, path, truth)
    assert len(report.added) == 2
    assert intake.preview_intake(ctx, path, truth).count("unchanged") == 2
    # the converted rows went to the database in memory: no file was written beside it
    assert all(p.name.startswith("desk.sqlite3") for p in tmp_path.iterdir())
