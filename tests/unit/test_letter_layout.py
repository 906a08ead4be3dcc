"""The letter's layout (issue 15): who signs, how it closes, whole paragraphs, the short
form on one page, and the Canada Post address block. Real PDFs, read back page by page."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache
from itertools import pairwise

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.postal import MailingAddress, province_of
from opcc_desk.letters import ApproachInfo, Fit, LetterData, Letterhead, TherapistInfo, build_letter
from opcc_desk.letters.letter import _story, first_sentences
from opcc_desk.letters.letterhead import EXAMPLE_ADDRESS, field_problems
from opcc_desk.letters.styles import make_styles
from opcc_desk.services.catalogue import shipped_catalogue

CLINIC = Letterhead(
    name="Centre Lumière",
    address="200 rue Élgin, bureau 4",
    city="Ottawa",
    postal_code="K1P 5N2",
    phone="613-555-0100",
    email="accueil@lumiere.example.ca",
    website="lumiere.example.ca",
    signatory="Hélène Ouellet, RP, M.A.",
    signatory_role="Clinical director",
    closing_en="With warm wishes from all of us,",
    closing_fr="Au plaisir de vous aider,",
    is_set=True,
)
MANY = (
    "self_worth",
    "relational_patterns",
    "relationships",
    "relational_trauma",
    "emotional_disconnection",
    "anxiety",
    "depression",
    "grief",
)


@cache
def _catalogue() -> Catalogue:
    return shipped_catalogue()


def letter(
    language: str = "en",
    *,
    head: Letterhead = CLINIC,
    approach: str = "relational",
    concerns: tuple[str, ...] = ("self_worth", "relational_patterns", "anxiety"),
    address: tuple[str, ...] = ("12 Elm Street, Apt 3", "OTTAWA ON  K1A 0B1"),
) -> LetterData:
    catalogue = _catalogue()
    wording = catalogue.approaches[approach].text[language]
    links = catalogue.approaches[approach].concerns

    def label(key: str) -> str:
        return catalogue.concern_label(key, language).lower()

    return LetterData(
        language=language,
        date=date(2026, 11, 26),
        referral_id=7,
        version=1,
        client_first_name="Ana",
        client_last_name="Ortiz",
        client_address=address,
        therapist=TherapistInfo(
            first_name="Marc",
            last_name="Roy",
            credentials=("RP",),
            registration="CRPO 012345",
            email="marc@example.ca",
            phone="613-555-0142",
            in_person_at=("Ottawa",),
            in_person=True,
            virtual=True,
            fee=Decimal(150),
            sliding_scale_min=Decimal(90),
            associate=True,
        ),
        approach=ApproachInfo(
            label=wording.label,
            label_in_sentence=wording.label[0].lower() + wording.label[1:],
            what=wording.what,
            sessions=wording.sessions,
            notice=wording.notice,
            strong_concerns=tuple(label(k) for k in concerns if links.get(k, 0) >= 2),
            weak_concerns=tuple(label(k) for k in concerns if links.get(k, 0) == 1),
        ),
        concern_phrases=tuple(catalogue.concerns[k].phrase[language] for k in concerns),
        fit=Fit(
            shared_concerns=tuple(label(k) for k in concerns[:2]),
            virtual=True,
            shared_times=("mon_evening", "sat_morning"),
            fee_fit="sliding",
        ),
        letterhead=head,
    )


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def pages(pdf: bytes) -> list[str]:
    return [flat(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def test_the_signatory_and_the_clinics_closing_end_the_letter() -> None:
    english = " ".join(pages(build_letter(letter("en"))))
    assert "With warm wishes from all of us, Hélène Ouellet, RP, M.A." in english
    assert "Clinical director Centre Lumière" in english
    assert "The intake team" not in english
    french = " ".join(pages(build_letter(letter("fr"))))
    assert "Au plaisir de vous aider, Hélène Ouellet, RP, M.A." in french
    assert "L'équipe de l'accueil" not in french


def test_without_a_signatory_the_intake_team_signs_with_the_usual_closing() -> None:
    text = " ".join(pages(build_letter(letter(head=replace(CLINIC, signatory="", closing_en="")))))
    assert "Warm regards, The intake team Centre Lumière" in text


def test_the_clinic_heads_the_letter_with_its_full_address() -> None:
    first = pages(build_letter(letter()))[0]
    assert "Centre Lumière 200 rue Élgin, bureau 4 Ottawa ON K1P 5N2" in first
    assert "example.ca" not in first.replace("lumiere.example.ca", "").replace(
        "marc@example.ca", ""
    )


@pytest.mark.parametrize("language", ["en", "fr"])
def test_in_the_full_form_no_paragraph_is_split_and_no_heading_sits_alone(language: str) -> None:
    data = letter(language, concerns=MANY)
    text = pages(build_letter(data))
    assert len(text) == 2  # long enough to need the second page
    story = _story(data, make_styles())
    paragraphs = [item for item in story if isinstance(item, Paragraph)]
    assert len(paragraphs) > 15
    for paragraph in paragraphs:
        words = flat(paragraph.getPlainText())
        assert any(words in page for page in text), f"split across pages: {words[:60]}"
    for heading, following in pairwise(story):
        if isinstance(heading, Paragraph) and heading.getKeepWithNext():
            title = flat(heading.getPlainText())
            if not isinstance(following, Paragraph):
                continue  # a box: it never splits, and moves with its heading
            start = flat(following.getPlainText())[:40]
            together = f"{title} {start}"
            unbulleted = [re.sub(r"(?:•|\b\d\.) ", "", page) for page in text]
            assert any(together in page for page in unbulleted), f"'{title}' alone at a foot"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_short_form_is_one_page_with_the_approach_in_one_paragraph(language: str) -> None:
    short = replace(CLINIC, letter_form="short")
    data = letter(language, head=short, concerns=MANY)
    [page] = pages(build_letter(data))
    assert data.approach is not None
    # two sentences of what the approach is; only the first when the client named so
    # many concerns that the tie to them fills the room (French runs longer)
    assert flat(first_sentences(data.approach.what, 1)) in page
    fewer = pages(build_letter(letter(language, head=short)))
    assert flat(first_sentences(data.approach.what, 2)) in fewer[0]
    assert flat(data.approach.sessions)[:50] not in page  # left to the first talk
    assert "Hélène Ouellet, RP, M.A." in page
    full = pages(build_letter(replace(data, letterhead=CLINIC)))
    assert len(full) == 2 and flat(data.approach.sessions)[:50] in " ".join(full)


def test_the_address_block_is_in_canada_posts_form() -> None:
    address = MailingAddress("12 Elm Street, Apt 3", "Ottawa", "", "k1a0b1")
    assert address.mailable
    assert address.lines() == ("12 Elm Street, Apt 3", "OTTAWA ON  K1A 0B1")
    first = pages(build_letter(letter(address=address.lines())))[0]
    assert "Ana Ortiz 12 Elm Street, Apt 3 OTTAWA ON K1A 0B1" in first


@pytest.mark.parametrize(
    ("code", "province"),
    [
        ("K1P 5N2", "ON"),
        ("M5V 2T6", "ON"),
        ("P3A 1A1", "ON"),
        ("H2X 1Y4", "QC"),
        ("G1R 4P5", "QC"),
        ("E1C 4M3", "NB"),
        ("B3H 1A1", "NS"),
        ("C1A 1A1", "PE"),
        ("A1C 5M2", "NL"),
        ("R3C 0V8", "MB"),
        ("S4P 3Y2", "SK"),
        ("T2P 1J9", "AB"),
        ("V6B 1A1", "BC"),
        ("Y1A 1A1", "YT"),
        ("X1A 2L9", "NT"),
        ("X0A 0H0", "NU"),
        ("", ""),
    ],
)
def test_the_province_comes_from_the_postal_codes_first_letter(code: str, province: str) -> None:
    assert province_of(code) == province


def test_an_address_without_street_or_postal_code_cannot_be_mailed() -> None:
    assert not MailingAddress("", "Ottawa", "", "K1P 5N2").mailable
    assert not MailingAddress("12 Elm Street", "Ottawa", "", "").mailable
    first = pages(build_letter(letter(address=())))[0]
    assert "PRIVATE AND CONFIDENTIAL Ana Ortiz November 26, 2026" in first  # the name alone


def test_old_stored_letterheads_still_load() -> None:
    old = {
        "name": "Centre Lumière",
        "address": "1 rue Principale\nSudbury ON  P3A 1A1",
        "phone": "705-555-0199",
        "email": "accueil@example.ca",
        "website": "",
        "logo": None,
        "show_logo": False,
    }
    head = Letterhead.from_dict(old)
    assert head.is_set  # the director had entered the clinic's own
    assert head.address_lines() == ("1 rue Principale", "Sudbury ON  P3A 1A1")
    assert (head.signatory, head.letter_form) == ("", "full")
    example = Letterhead().to_dict()
    for key in ("is_set", "city", "signatory", "letter_form"):
        del example[key]
    assert not Letterhead.from_dict(example).is_set
    assert Letterhead.from_dict(CLINIC.to_dict()) == CLINIC
    assert Letterhead().address == EXAMPLE_ADDRESS and not Letterhead().is_set


def test_bad_clinic_details_are_named_field_by_field() -> None:
    bad = replace(
        CLINIC, name=" ", email="accueil@", postal_code="12345", province="ZZ", letter_form="x"
    )
    assert set(field_problems(bad)) == {"name", "email", "postal_code", "province", "letter_form"}
    assert field_problems(CLINIC) == {}
