"""Letters made from a real database: what they say, how they are kept, the command line."""

from __future__ import annotations

import hashlib
import io
import stat
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from opcc_desk.__main__ import main
from opcc_desk.db.models import LetterRecord
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.letters import Letterhead
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.services import letters, referrals, settings, transfer
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError

THERAPISTS = """id,first_name,last_name,pronouns,gender,credentials,registration,email,phone,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,level,accepting,capacity,availability
T-1,Hélène,Gagné,she/her,woman,RP;MSW,CRPO 012345,helene@example.ca,613-555-0142,en;fr;ar;zh;ko;vi;fa,relational;cbt,self_worth;relational_patterns;anxiety,individual;couple,adult,in_person;virtual,Ottawa,160,90,associate,yes,,mon_evening;sat_morning
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,approach_preference,modality,location,max_fee,availability,therapist_gender,address,city,postal_code,consent_to_contact
C-1,Zoë,François-Ĺuković,zoe@example.ca,fr,individual,adult,self_worth;relational_patterns;anxiety,,either,Ottawa,100,mon_evening;sat_morning,woman,12 Elm Street,Ottawa,K1A 0B1,yes
C-2,Nguyễn Thị Minh,Khai,n@example.ca,vi,individual,adult,anxiety,cbt,virtual,,,,,,,,yes
C-3,小明,王,w@example.ca,zh,individual,adult,anxiety,,virtual,,,,,,,,yes
C-4,민준,김,k@example.ca,ko,individual,adult,self_worth,,virtual,,,,,,,,yes
C-5,محمد,عبد الله,m@example.ca,ar,couple,adult,anxiety;relational_patterns,,virtual,,,,,,,,yes
C-6,Shirin,Karimi,s@example.ca,fa,individual,adult,self_worth,,virtual,,,,,,,,yes
C-7,Abebe ሀ,Kebede,a@example.ca,en,individual,adult,anxiety,,virtual,,,,,,,,yes
"""
WRITTEN = {
    "C-1": "Zoë François-Ĺuković",
    "C-2": "Nguyễn Thị Minh Khai",
    "C-3": "王小明",
    "C-4": "김민준",
    "C-5": "محمد عبد الله",
}


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> dict[str, int]:
    """The clinic's records and one proposed referral per client: client id -> referral."""
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return {
        f"C-{n}": referrals.create_referral(
            ctx, f"C-{n}", "T-1", reasons=["Specialises in anxiety"]
        )
        for n in range(1, 8)
    }


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


@pytest.mark.parametrize("client", sorted(WRITTEN))
def test_a_letter_for_each_script_holds_the_name_and_every_part(
    ctx: ServiceContext, clinic: dict[str, int], client: str
) -> None:
    made = letters.generate_letter(ctx, clinic[client])
    text = text_of(made.pdf)
    assert WRITTEN[client] in text
    assert len(PdfReader(io.BytesIO(made.pdf)).pages) <= 2
    french = client == "C-1"
    assert made.info.language == ("fr" if french else "en")
    for part in (
        [
            "Votre orientation vers Hélène Gagné",
            "Hélène Gagné, RP, MSW",
            "CRPO 012345",
            "Psychothérapie relationnelle",
            "Frais",
            "Prochaines étapes",
            "9-8-8",
            "Confidentiel",
            "Page 1 de",
        ]
        if french
        else [
            "Your referral to Hélène Gagné",
            "Hélène Gagné, RP, MSW",
            "CRPO 012345",
            "Why we suggested Hélène",
            "Fees",
            "Next steps",
            "9-8-8",
            "Confidential",
            "Page 1 of",
        ]
    ):
        assert part in text, part


def test_the_french_letter_ties_the_approach_to_the_clients_concerns(
    ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    text = text_of(letters.generate_letter(ctx, clinic["C-1"]).pdf)
    assert "le sentiment de ne pas être à la hauteur" in text  # the client's own concerns
    assert (
        "Cette approche est souvent utile pour des sujets que vous avez nommés : estime de soi"
        in text
    )
    assert "Hélène reçoit en personne à Ottawa" in text  # why this therapist
    assert "lundi soir" in text
    assert "Avec l'échelle mobile" in text


def test_the_stored_copy_is_exactly_what_was_made(
    ctx: ServiceContext, clinic: dict[str, int], tmp_path: Path
) -> None:
    made = letters.generate_letter(ctx, clinic["C-1"])
    with ctx.transaction() as session:
        record = session.scalars(select(LetterRecord)).one()
        assert record.pdf == made.pdf
        assert record.sha256 == hashlib.sha256(made.pdf).hexdigest()
        assert record.created_by == "tester"
        assert record.created_at == ctx.clock()
        assert (record.version, record.language) == (1, "fr")
    again = letters.stored_letter(ctx, clinic["C-1"])
    assert again.pdf == made.pdf
    out = tmp_path / "letter.pdf"
    letters.write_private_file(out, again.pdf)
    assert hashlib.sha256(out.read_bytes()).hexdigest() == made.info.sha256
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_regenerating_makes_version_2_and_keeps_version_1(
    ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    first = letters.generate_letter(ctx, clinic["C-1"])
    second = letters.generate_letter(ctx, clinic["C-1"], "en")
    assert (first.info.version, second.info.version) == (1, 2)
    assert second.info.language == "en"
    assert letters.stored_letter(ctx, clinic["C-1"], 1).pdf == first.pdf
    assert letters.stored_letter(ctx, clinic["C-1"]).info.version == 2
    assert [info.version for info in letters.list_letters(ctx, clinic["C-1"])] == [2, 1]
    assert "R-1-2" in text_of(second.pdf)  # the reference names the version


def test_making_a_letter_changes_nothing_else(ctx: ServiceContext, clinic: dict[str, int]) -> None:
    before = referrals.history(ctx, clinic["C-2"])
    letters.generate_letter(ctx, clinic["C-2"])
    assert referrals.history(ctx, clinic["C-2"]) == before
    rows = {row.id: row for row in referrals.list_referrals(ctx)}
    assert rows[clinic["C-2"]].status is ReferralStatus.PROPOSED


def test_other_languages_get_english_and_say_so(
    ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    check = letters.check_letter(ctx, clinic["C-6"])
    assert check.language == "en"
    assert "Persian" in check.language_note or "Farsi" in check.language_note
    assert "Hélène offers sessions in" in text_of(letters.generate_letter(ctx, clinic["C-6"]).pdf)
    assert letters.check_letter(ctx, clinic["C-6"], "fr").language_note == ""
    with pytest.raises(ServiceError, match="English"):
        letters.check_letter(ctx, clinic["C-6"], "de")


def test_a_character_no_font_has_is_reported_before_anything_is_stored(
    ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    referral = clinic["C-7"]
    check = letters.check_letter(ctx, referral)
    assert len(check.missing) == 1 and "U+1200" in check.missing[0]
    with pytest.raises(letters.UnprintableCharacters) as refused:
        letters.generate_letter(ctx, referral)
    assert refused.value.characters == ("ሀ",)
    assert letters.list_letters(ctx, referral) == []
    made = letters.generate_letter(ctx, referral, allow_missing=True)
    assert made.info.version == 1


def test_unknown_referral_and_no_letter_yet(ctx: ServiceContext, clinic: dict[str, int]) -> None:
    with pytest.raises(NotFound):
        letters.generate_letter(ctx, 999)
    with pytest.raises(NotFound, match="no letter yet"):
        letters.stored_letter(ctx, clinic["C-1"])


def test_a_stored_letter_changed_behind_our_back_is_refused(
    ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    letters.generate_letter(ctx, clinic["C-1"])
    with ctx.transaction() as session:
        session.execute(update(LetterRecord).values(pdf=b"%PDF-1.4 tampered"))
    with pytest.raises(ServiceError, match="fingerprint"):
        letters.stored_letter(ctx, clinic["C-1"])


def test_the_letterhead_is_kept_and_printed(ctx: ServiceContext, clinic: dict[str, int]) -> None:
    assert settings.get(ctx, LETTERHEAD) == Letterhead()
    head = Letterhead(
        name="Centre Lumière",
        address="1 rue Principale\nSudbury ON",
        phone="705-555-0199",
        email="accueil@example.ca",
        website="example.ca",
    )
    settings.save(ctx, LETTERHEAD, head)
    assert settings.get(ctx, LETTERHEAD) == head
    text = text_of(letters.generate_letter(ctx, clinic["C-1"]).pdf)
    assert "Centre Lumière" in text and "705-555-0199" in text
    with pytest.raises(ServiceError, match="not a picture"):
        settings.save(ctx, LETTERHEAD, Letterhead(logo=b"not a picture"))
    with pytest.raises(ServiceError, match="name"):
        settings.save(ctx, LETTERHEAD, Letterhead(name="  "))
    assert settings.get(ctx, LETTERHEAD) == head


def test_batch_reuses_a_stored_letter(ctx: ServiceContext, clinic: dict[str, int]) -> None:
    first, made = letters.letter_for_batch(ctx, clinic["C-1"])
    again, made_again = letters.letter_for_batch(ctx, clinic["C-1"])
    assert made and not made_again
    assert again.pdf == first.pdf


# ------------------------------------------------------------------ command line


def test_letter_command(
    db_url: str,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "letter.pdf"
    assert main(["--db", db_url, "letter", str(clinic["C-3"]), "-o", str(out)]) == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "王小明" in text_of(out.read_bytes())
    captured = capsys.readouterr()
    assert "version 1" in captured.out
    assert "Chinese" in captured.err  # the language note
    stored = letters.stored_letter(ctx, clinic["C-3"])
    assert stored.pdf == out.read_bytes()

    assert (
        main(["--db", db_url, "letter", str(clinic["C-3"]), "-o", str(out), "--language", "fr"])
        == 0
    )
    assert letters.stored_letter(ctx, clinic["C-3"]).info.version == 2
    assert "Votre orientation" in text_of(out.read_bytes())


def test_letter_command_refusals(
    db_url: str,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "letter.pdf"
    assert main(["--db", db_url, "letter", "999", "-o", str(out)]) == 2
    assert "no referral with number 999" in capsys.readouterr().err
    assert main(["--db", db_url, "letter", "abc", "-o", str(out)]) == 2
    assert main(["--db", db_url, "letter", str(clinic["C-7"]), "-o", str(out)]) == 2
    assert "empty boxes" in capsys.readouterr().err
    assert not out.exists()
    assert main(["--db", db_url, "letter", str(clinic["C-7"]), "-o", str(out), "--force"]) == 0
    assert out.exists()


# ------------------------------------------------------------------ referrals that have ended

S = ReferralStatus
# the moves that bring a proposed referral to each ending
ENDED = {
    S.DECLINED: [(S.DECLINED, "The client chose another clinic")],
    S.NO_RESPONSE: [(S.NO_RESPONSE, "")],
    S.WITHDRAWN: [(S.WITHDRAWN, "The therapist's practice is full")],
    S.CLOSED: [(S.SENT, ""), (S.CONTACTED, ""), (S.BOOKED, ""), (S.ACTIVE, ""), (S.CLOSED, "")],
}


def end(ctx: ServiceContext, referral: int, status: ReferralStatus) -> None:
    for move, reason in ENDED[status]:
        referrals.change_status(ctx, referral, move, reason)


@pytest.mark.parametrize("status", list(ENDED))
def test_a_letter_for_an_ended_referral_is_made_only_when_asked_for(
    ctx: ServiceContext, clinic: dict[str, int], status: ReferralStatus
) -> None:
    referral = clinic["C-1"]
    assert letters.check_letter(ctx, referral).ended is None
    end(ctx, referral, status)
    check = letters.check_letter(ctx, referral)
    assert check.ended is status
    assert f"Referral {referral} has ended ({status.value})" in check.ended_note
    with pytest.raises(letters.ReferralEnded, match=rf"has ended \({status.value}\)"):
        letters.generate_letter(ctx, referral)
    assert letters.list_letters(ctx, referral) == []  # nothing half-made
    made = letters.generate_letter(ctx, referral, allow_ended=True)
    assert made.info.version == 1
    assert "Votre orientation" in text_of(made.pdf)


def test_a_batch_uses_the_stored_letter_of_an_ended_referral_and_makes_none(
    ctx: ServiceContext, clinic: dict[str, int]
) -> None:
    kept, without = clinic["C-1"], clinic["C-2"]
    letters.generate_letter(ctx, kept)
    end(ctx, kept, S.DECLINED)
    end(ctx, without, S.WITHDRAWN)
    stored, made = letters.letter_for_batch(ctx, kept)
    assert not made and stored.info.version == 1
    with pytest.raises(letters.ReferralEnded, match="withdrawn"):
        letters.letter_for_batch(ctx, without)
    assert letters.list_letters(ctx, without) == []


@pytest.mark.parametrize("status", list(ENDED))
def test_the_letter_command_needs_force_for_an_ended_referral(
    db_url: str,
    ctx: ServiceContext,
    clinic: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    status: ReferralStatus,
) -> None:
    referral = clinic["C-1"]
    end(ctx, referral, status)
    capsys.readouterr()
    out = tmp_path / "letter.pdf"
    assert main(["--db", db_url, "letter", str(referral), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1  # one line
    assert f"has ended ({status.value})" in err and "--force" in err
    assert not out.exists() and letters.list_letters(ctx, referral) == []
    assert main(["--db", db_url, "letter", str(referral), "-o", str(out), "--force"]) == 0
    assert out.exists() and letters.stored_letter(ctx, referral).pdf == out.read_bytes()
