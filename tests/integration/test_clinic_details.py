"""The clinic's details (issue 15): set from the command line, checked before anything
is stored, warned about while they are the examples, printed on letters and reports."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from opcc_desk.__main__ import main
from opcc_desk.app import create_database, keystore_for
from opcc_desk.db.models import ReferralRecord
from opcc_desk.domain.roles import Role
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.services import accounts, demo, letters, reports, settings
from opcc_desk.services.context import ServiceContext

SET = [
    "clinic",
    "set",
    "--name",
    "Centre Lumière de l'Outaouais",
    "--address",
    "200 rue Élgin, bureau 4",
    "--city",
    "Gatineau",
    "--postal-code",
    "j8x 3w1",
    "--phone",
    "819-555-0100",
    "--email",
    "accueil@lumiere.example.ca",
    "--signatory",
    "Élise Bédard, RP, M.A.",
    "--signatory-role",
    "Directrice clinique",
    "--closing-fr",
    "Au plaisir de vous aider,",
]


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(p.extract_text().replace("\u00a0", " ").split()) for p in reader.pages]


def png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (31, 111, 120)).save(out, format="PNG")
    return out.getvalue()


ENDED = {"closed", "declined", "no_response", "withdrawn"}


@pytest.fixture
def clinic(ctx: ServiceContext) -> dict[str, int]:
    """A small demo clinic, its referral numbers by whether the client can get mail."""
    demo.fill_demo_data(ctx, therapists=12, clients=60, referrals=40)
    with ctx.transaction() as session:
        rows = [  # open referrals: a letter for an ended one needs a second thought
            r for r in session.scalars(select(ReferralRecord)) if r.status not in ENDED
        ]
        mailable = next(r.id for r in rows if r.client.address and r.client.postal_code)
        unmailable = next(r.id for r in rows if not r.client.address)
    return {"mailable": mailable, "unmailable": unmailable}


def test_clinic_set_and_show_from_the_command_line(
    db_url: str, ctx: ServiceContext, clinic: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "clinic", "show"]) == 0
    assert "details set: no" in capsys.readouterr().out

    assert main(["--db", db_url, *SET]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "clinic", "show"]) == 0
    shown = capsys.readouterr().out.splitlines()
    assert "name: Centre Lumière de l'Outaouais" in shown
    assert "address: 200 rue Élgin, bureau 4 / Gatineau QC  J8X 3W1" in shown
    assert "signatory: Élise Bédard, RP, M.A." in shown
    assert "website: " in shown  # the example's website is not kept
    assert "details set: yes" in shown

    head = settings.get(ctx, LETTERHEAD)
    assert (head.province, head.postal_code, head.is_set) == ("QC", "J8X 3W1", True)
    made = letters.generate_letter(ctx, clinic["mailable"], "fr")
    text = " ".join(pages(made.pdf))
    assert "Centre Lumière de l'Outaouais 200 rue Élgin, bureau 4 Gatineau QC J8X 3W1" in text
    assert "Au plaisir de vous aider, Élise Bédard, RP, M.A. Directrice clinique" in text
    assert "example.ca" not in text.replace("lumiere.example.ca", "").split("Votre")[0]


@pytest.mark.parametrize(
    ("change", "named"),
    [
        (["--email", "accueil@"], "--email"),
        (["--phone", "12"], "--phone"),
        (["--postal-code", "12345"], "--postal-code"),
        (["--name", "  "], "--name"),
        (["--province", "ZZ"], "--province"),
    ],
)
def test_a_bad_value_is_named_and_nothing_is_stored(
    db_url: str,
    ctx: ServiceContext,
    capsys: pytest.CaptureFixture[str],
    change: list[str],
    named: str,
) -> None:
    words = list(SET)
    if change[0] in words:
        words[words.index(change[0]) + 1] = change[1]
    else:
        words += change
    before = settings.get(ctx, LETTERHEAD)
    assert main(["--db", db_url, *words]) == 2
    err = capsys.readouterr().err
    assert f"opcc-desk: {named}: " in err and "nothing was changed" in err
    assert settings.get(ctx, LETTERHEAD) == before


def test_a_logo_that_cannot_be_printed_is_refused(
    db_url: str, ctx: ServiceContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = tmp_path / "logo.png"
    text.write_text("not a picture", encoding="utf-8")
    huge = tmp_path / "huge.png"
    huge.write_bytes(png(40, 40) + b"\0" * 2_100_000)
    for logo, why in (
        (text, "not a picture"),
        (huge, "larger than 2 MB"),
        (tmp_path / "missing.png", "cannot read"),
    ):
        assert main(["--db", db_url, *SET, "--logo", str(logo)]) == 2
        err = capsys.readouterr().err
        assert "--logo: " in err and why in err
    assert not settings.get(ctx, LETTERHEAD).is_set
    good = tmp_path / "good.png"
    good.write_bytes(png(120, 120))
    assert main(["--db", db_url, *SET, "--logo", str(good)]) == 0
    assert settings.get(ctx, LETTERHEAD).logo == good.read_bytes()


def test_the_letter_command_warns_until_the_details_are_set(
    db_url: str,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "letter.pdf"
    referral = str(clinic["mailable"])
    assert main(["--db", db_url, "letter", referral, "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert err.count("warning:") == 1 and "example clinic details" in err
    assert out.exists()  # the letter is still made
    assert main(["--db", db_url, *SET]) == 0
    capsys.readouterr()
    assert main(["--db", db_url, "letter", referral, "-o", str(out)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_an_incomplete_address_is_said_and_left_off_the_letter(
    db_url: str,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    check = letters.check_letter(ctx, clinic["unmailable"])
    assert not check.mailable and any("cannot be mailed" in n for n in check.notes)
    assert letters.check_letter(ctx, clinic["mailable"]).mailable
    out = tmp_path / "letter.pdf"
    assert main(["--db", db_url, "letter", str(clinic["unmailable"]), "-o", str(out)]) == 0
    assert "cannot be mailed" in capsys.readouterr().err


def test_the_mailing_address_carries_the_province(
    ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    with ctx.transaction() as session:
        client = session.get(ReferralRecord, clinic["mailable"]).client  # type: ignore[union-attr]
        street, city, code = client.address, client.city.upper(), client.postal_code
    text = pages(letters.generate_letter(ctx, clinic["mailable"]).pdf)[0]
    province = {"K": "ON", "L": "ON", "M": "ON", "N": "ON", "P": "ON"}.get(code[0], "")
    assert province, "the demo clinics are in Ontario"
    assert f"{street} {city} {province} {code}" in text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_short_form_is_one_page_for_every_demo_referral(db_url: str, language: str) -> None:
    from opcc_desk.app import open_context

    ctx = open_context(db_url, user="tester")
    demo.fill_demo_data(ctx)  # what `opcc-desk demo-data` makes: 150 referrals
    head = replace(settings.get(ctx, LETTERHEAD), letter_form="short", is_set=True)
    settings.save(ctx, LETTERHEAD, replace(head, signatory="Élise Bédard, RP, M.A."))
    with ctx.transaction() as session:
        referrals = list(session.scalars(select(ReferralRecord.id)))
    assert len(referrals) == 150
    longer = []
    for referral in referrals:
        pdf = letters.generate_letter(ctx, referral, language, allow_ended=True).pdf
        if len(PdfReader(io.BytesIO(pdf)).pages) != 1:
            longer.append(referral)
    assert longer == []
    ctx.engine.dispose()


def test_the_directors_summary_is_headed_by_the_clinic(
    db_url: str, ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    assert main(["--db", db_url, *SET]) == 0
    pdf = reports.summary_pdf(ctx, date(2020, 1, 1), date(2026, 12, 31))
    text = pages(pdf)
    assert text[0].startswith("Centre Lumière de l'Outaouais")
    assert "Ontario Psychotherapy" not in " ".join(text)


@pytest.fixture
def staffed(db_url: str) -> Iterator[str]:
    boss = create_database(db_url, "boss", "correct horse battery")
    for name, role in (("dora", Role.DIRECTOR), ("amy", Role.RECEPTION)):
        accounts.add_user(
            boss,
            name,
            f"{name} pass 12345",
            role,
            keystore=keystore_for(db_url),
            database_key=boss.database_key,
        )
    boss.engine.dispose()
    yield db_url


def test_only_a_director_sets_the_clinic_details(
    staffed: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", "amy pass 12345")
    assert main(["--db", staffed, "--user", "amy", *SET]) == 2
    assert "needs a director account" in capsys.readouterr().err
    assert main(["--db", staffed, "--user", "amy", "clinic", "show"]) == 0
    assert "details set: no" in capsys.readouterr().out
    monkeypatch.setenv("OPCC_DESK_PASSWORD", "dora pass 12345")
    assert main(["--db", staffed, "--user", "dora", *SET]) == 0
    assert main(["--db", staffed, "--user", "dora", "clinic", "show"]) == 0
    assert "details set: yes" in capsys.readouterr().out
