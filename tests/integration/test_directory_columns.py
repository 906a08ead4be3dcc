"""The therapists' directory choices in files and in the schema: the ``directory`` and
``directory_contact`` columns round-trip, an older file without them changes nobody's
choice, and revision 0006 lists every therapist already stored."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from opcc_desk.db.engine import make_engine
from opcc_desk.db.migrate import alembic_config
from opcc_desk.db.models import TherapistRecord
from opcc_desk.services import people, transfer
from opcc_desk.services.context import ServiceContext

WITH_CHOICES = """id,first_name,last_name,email,phone,languages,approaches,client_types,age_groups,modalities,fee,accepting,directory,directory_contact
T-1,Hélène,Gagné,helene@example.ca,613-555-0142,en;fr,relational,individual,adult,virtual,160,yes,no,yes
T-2,Farid,Rahimi,,,fa;en,cbt,individual,adult,virtual,120,yes,,
T-3,Ana,Silva,,,pt;en,cbt,individual,adult,virtual,120,yes,YES,1
"""
WITHOUT_CHOICES = """id,first_name,last_name,email,phone,languages,approaches,client_types,age_groups,modalities,fee,accepting
T-1,Hélène,Gagné,helene@example.ca,613-555-0142,en;fr,relational,individual,adult,virtual,160,yes
T-4,New,Person,,,en,cbt,individual,adult,virtual,100,yes
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_export_import_export_gives_the_same_file(ctx: ServiceContext, tmp_path: Path) -> None:
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, write(tmp_path, "in.csv", WITH_CHOICES))
    first = tmp_path / "first.csv"
    transfer.export_file(ctx, transfer.Kind.THERAPISTS, first)
    header = first.read_text(encoding="utf-8").splitlines()[0]
    assert header.endswith(",bio,directory,directory_contact")
    rows = first.read_text(encoding="utf-8").splitlines()[1:]
    assert rows[0].endswith(",no,yes") and rows[1].endswith(",yes,no")
    assert rows[2].endswith(",yes,yes")
    report = transfer.import_file(ctx, transfer.Kind.THERAPISTS, first)
    assert report.unchanged == 3 and not report.updated
    second = tmp_path / "second.csv"
    transfer.export_file(ctx, transfer.Kind.THERAPISTS, second)
    assert second.read_bytes() == first.read_bytes()


def test_a_file_without_the_columns_keeps_each_stored_choice(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, write(tmp_path, "in.csv", WITH_CHOICES))
    report = transfer.import_file(
        ctx, transfer.Kind.THERAPISTS, write(tmp_path, "old.csv", WITHOUT_CHOICES)
    )
    assert report.added == ["T-4"] and report.unchanged == 1 and not report.updated
    assert not report.warnings
    kept = people.get_therapist(ctx, "T-1")
    assert (kept.directory, kept.directory_contact) == (False, True)
    new = people.get_therapist(ctx, "T-4")  # a new therapist: listed, the clinic's contact
    assert (new.directory, new.directory_contact) == (True, False)


def test_a_wrong_yes_no_is_refused_naming_the_column(ctx: ServiceContext, tmp_path: Path) -> None:
    bad = WITH_CHOICES.replace(",yes,no,yes\n", ",yes,maybe,yes\n")
    with pytest.raises(transfer.ImportRejected) as rejected:
        transfer.import_file(ctx, transfer.Kind.THERAPISTS, write(tmp_path, "bad.csv", bad))
    problems = [str(problem) for problem in rejected.value.row_problems]
    assert len(problems) == 1
    assert "directory" in problems[0] and "maybe" in problems[0]
    assert people.therapist_ids(ctx) == []  # nothing written


def test_revision_0006_lists_every_stored_therapist_with_the_clinic_contact(
    tmp_path: Path,
) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    config = alembic_config(engine)
    command.upgrade(config, "0005")
    table = TherapistRecord.__table__
    with engine.begin() as connection:  # a therapist stored before the columns existed
        connection.exec_driver_sql(
            "INSERT INTO therapists (ref, first_name, last_name, pronouns, credentials, "
            "registration, email, phone, languages, client_types, age_groups, modalities, "
            "locations, fee, accepting, availability, bio, search_key, created_at, updated_at, "
            "version) VALUES ('T-1', 'Old', 'Therapist', '', '[]', '', '', '', '[\"en\"]', "
            "'[\"individual\"]', '[\"adult\"]', '[\"virtual\"]', '[]', 100, 1, '[]', '', '', "
            "'2026-11-01 00:00:00', '2026-11-01 00:00:00', 1)"
        )
    command.upgrade(config, "head")
    with engine.connect() as connection:
        row = connection.execute(
            select(table.c.ref, table.c.directory, table.c.directory_contact)
        ).one()
    assert tuple(row) == ("T-1", True, False)
    command.downgrade(config, "0005")
    with engine.connect() as connection:
        columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(therapists)")]
        assert "directory" not in columns and "directory_contact" not in columns
        assert connection.exec_driver_sql("SELECT ref FROM therapists").scalar() == "T-1"
    engine.dispose()


def test_demo_data_stores_the_sample_clinics_directory_choices(ctx: ServiceContext) -> None:
    from opcc_desk.services import demo
    from opcc_desk.services.directory import preview

    demo.fill_demo_data(ctx, seed=2, therapists=24, clients=0, referrals=0)
    unlisted = [t for t in people.therapist_ids(ctx) if not people.get_therapist(ctx, t).directory]
    assert unlisted == ["T-0012", "T-0024"]
    shown = preview(ctx)
    assert shown.left_out == 2 and len(shown.directory.listings) == 22
    assert any(listing.contact.own for listing in shown.directory.listings)


def test_the_downgrade_keeps_the_therapists_and_their_referrals(tmp_path: Path) -> None:
    """Going back to 0005 on a clinic with referrals: the therapists table keeps its rows
    (a rebuilt table would be refused by the referrals' foreign keys)."""
    from opcc_desk.app import open_context
    from opcc_desk.services import referrals

    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    ctx = open_context(url)
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, write(tmp_path, "t.csv", WITH_CHOICES))
    clients = (
        "id,first_name,last_name,email,language,client_type,age_group,concerns,modality,"
        "consent_to_contact,submitted\n"
        "C-1,Zoë,François,zoe@example.ca,fr,individual,adult,anxiety,virtual,yes,2026-11-01\n"
    )
    transfer.import_file(ctx, transfer.Kind.CLIENTS, write(tmp_path, "c.csv", clients))
    referral = referrals.create_referral(ctx, "C-1", "T-1")
    ctx.engine.dispose()

    engine = make_engine(url)
    command.downgrade(alembic_config(engine), "0005")
    with engine.connect() as connection:
        columns = [r[1] for r in connection.exec_driver_sql("PRAGMA table_info(therapists)")]
        assert "directory" not in columns and "directory_contact" not in columns
        kept = connection.exec_driver_sql(
            "SELECT r.id, t.ref FROM referrals r JOIN therapists t ON t.pk = r.therapist_pk"
        ).all()
        assert [tuple(row) for row in kept] == [(referral, "T-1")]
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    engine.dispose()
