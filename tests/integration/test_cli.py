"""The command line as a script would use it: exit codes, messages, files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from opcc_desk.__main__ import main

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity
T-1,Hélène,Gagné,en;fr,relational;cbt,self_worth;relational_patterns,individual,adult,in_person;virtual,Ottawa,160,90,yes,2
T-2,Farid,Rahimi,fa;en,cbt,anxiety,individual,adult,virtual,,120,,yes,
T-3,Closed,Books,en,cbt,anxiety,individual,adult,virtual,,100,,no,
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,max_fee,consent_to_contact
C-1,Zoë,François,zoe@example.ca,fr,individual,adult,self_worth;relational_patterns,virtual,100,yes
C-2,Shirin,Karimi,shirin@example.ca,fa,couple,adult,couples,virtual,,yes
"""


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    therapists = tmp_path / "therapists.csv"
    therapists.write_text(THERAPISTS, encoding="utf-8")
    clients = tmp_path / "clients.csv"
    clients.write_text(CLIENTS, encoding="utf-8")
    return {"therapists": therapists, "clients": clients}


def run(db_url: str, *args: str) -> int:
    return main(["--db", db_url, *args])


def test_import_match_refer_and_move(
    db_url: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_url, "import", "therapists", str(files["therapists"])) == 0
    assert run(db_url, "import", "clients", str(files["clients"])) == 0
    capsys.readouterr()

    assert run(db_url, "match", "C-1", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert result["client"] == "C-1"
    assert [m["therapist"] for m in result["matches"]] == ["T-1"]
    best = result["matches"][0]
    assert best["approach"] == "relational"
    assert set(best) >= {"therapist", "score", "approach", "reasons"}
    assert 0 <= best["score"] <= 100
    assert result["unmatched_reasons"] == []

    assert run(db_url, "match", "C-2", "--json") == 0
    nobody = json.loads(capsys.readouterr().out)
    assert nobody["matches"] == []
    assert any("Farsi" in reason for reason in nobody["unmatched_reasons"])

    assert run(db_url, "refer", "C-1", "T-1") == 0
    referral_id = capsys.readouterr().out.strip().splitlines()[-1]
    assert referral_id.isdigit()

    assert run(db_url, "referral", "status", referral_id, "sent") == 0
    assert run(db_url, "referral", "status", referral_id, "active") == 2
    err = capsys.readouterr().err
    assert "cannot become active" in err and "contacted" in err
    assert run(db_url, "referral", "status", referral_id, "declined") == 2
    assert "say why" in capsys.readouterr().err
    assert (
        run(
            db_url,
            "referral",
            "status",
            referral_id,
            "declined",
            "--reason",
            "Chose another clinic",
        )
        == 0
    )


def test_bad_file_exits_2_listing_every_row(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        THERAPISTS.replace("160,90", "160,190").replace("fa;en", "farsi"), encoding="utf-8"
    )
    assert run(db_url, "import", "therapists", str(bad)) == 2
    err = capsys.readouterr().err
    assert "line 2 (T-1): sliding_scale_min" in err
    assert "line 3 (T-2): languages" in err
    assert "nothing was imported" in err
    assert run(db_url, "export", "therapists", str(tmp_path / "out.csv")) == 0
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").count("\n") == 1  # header only


def test_dry_run_and_reimport(
    db_url: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(db_url, "import", "clients", str(files["clients"]), "--dry-run") == 0
    assert "would add 2" in capsys.readouterr().out
    assert run(db_url, "import", "clients", str(files["clients"])) == 0
    assert run(db_url, "import", "clients", str(files["clients"])) == 0
    assert "added 0, updated 0, 2 unchanged" in capsys.readouterr().out


def test_unknown_ids_are_named(
    db_url: str, files: dict[str, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    run(db_url, "import", "therapists", str(files["therapists"]))
    capsys.readouterr()
    assert run(db_url, "match", "C-404") == 2
    assert "no client with intake id 'C-404'" in capsys.readouterr().err
    assert run(db_url, "refer", "C-404", "T-1") == 2
    assert run(db_url, "referral", "status", "999", "sent") == 2
    assert "no referral with id 999" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fly-to-the-moon"]) == 2
    assert "invalid choice" in capsys.readouterr().err
    assert main(["demo-data", "--clients", "lots"]) == 2


def test_bad_database_address_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"this is not a database at all" * 100)
    assert main(["--db", f"sqlite:///{broken}", "db", "upgrade"]) == 2
    assert "damaged or is not an OPCC Desk database" in capsys.readouterr().err
    assert broken.read_bytes().startswith(b"this is not a database")


def test_demo_data_is_deterministic_and_refuses_a_full_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exports = []
    for attempt in range(2):
        url = f"sqlite:///{tmp_path / f'demo{attempt}.sqlite3'}"
        assert (
            main(
                [
                    "--db",
                    url,
                    "demo-data",
                    "--seed",
                    "5",
                    "--clients",
                    "30",
                    "--therapists",
                    "20",
                    "--referrals",
                    "10",
                ]
            )
            == 0
        )
        out = tmp_path / f"clients{attempt}.csv"
        assert main(["--db", url, "export", "clients", str(out)]) == 0
        exports.append(out.read_bytes())
    assert exports[0] == exports[1]
    assert exports[0].count(b"\n") == 31
    assert main(["--db", f"sqlite:///{tmp_path / 'demo0.sqlite3'}", "demo-data"]) == 2
    assert "empty database only" in capsys.readouterr().err


def test_default_database_lives_in_the_user_data_folder(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "upgrade"]) == 0
    created = list(private_home.rglob("opcc-desk.sqlite3"))
    assert len(created) == 1
    assert (created[0].stat().st_mode & 0o077) == 0
    assert (created[0].parent.stat().st_mode & 0o077) == 0
