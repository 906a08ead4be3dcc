"""Real referral-letter PDFs from hand-made data, read back with pypdf."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import replace
from datetime import date
from decimal import Decimal
from functools import cache

import pytest
from pypdf import PdfReader

from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.words.lists import join_words
from opcc_desk.letters import (
    ApproachInfo,
    Fit,
    LetterData,
    Letterhead,
    TherapistInfo,
    build_letter,
    missing_in_letter,
)
from opcc_desk.services.catalogue import shipped_catalogue

NAMES = [
    ("Zoë", "François-Ĺuković", "Zoë François-Ĺuković"),
    ("Nguyễn Thị Minh", "Khai", "Nguyễn Thị Minh Khai"),
    ("小明", "王", "王小明"),
    ("민준", "김", "김민준"),
    ("محمد", "عبد الله", "محمد عبد الله"),
]


@cache
def _catalogue() -> Catalogue:
    return shipped_catalogue()


def sample(
    language: str = "en",
    *,
    first: str = "Zoë",
    last: str = "François-Ĺuković",
    approach: str = "relational",
    concerns: tuple[str, ...] = ("self_worth", "relational_patterns", "anxiety"),
) -> LetterData:
    catalogue = _catalogue()
    wording = catalogue.approaches[approach].text[language]

    def label(key: str) -> str:
        return catalogue.concern_label(key, language).lower()

    links = catalogue.approaches[approach].concerns
    return LetterData(
        language=language,
        date=date(2026, 11, 26),
        referral_id=42,
        version=1,
        client_first_name=first,
        client_last_name=last,
        client_address=("12 Elm Street, Apt 3", "Ottawa  K1A 0B1"),
        therapist=TherapistInfo(
            first_name="Hélène",
            last_name="Gagné",
            pronouns="she/her",
            credentials=("RP", "MSW"),
            registration="CRPO 012345",
            email="helene@example.ca",
            phone="613-555-0142",
            in_person_at=("Ottawa",),
            in_person=True,
            virtual=True,
            fee=Decimal(160),
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
            language="français" if language == "fr" else "",
        ),
    )


def read(pdf: bytes) -> tuple[PdfReader, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return reader, "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Text with its line breaks and no-break spaces turned into plain spaces."""
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def fonts_of(reader: PdfReader) -> dict[str, bool]:
    """Every font the pages use -> whether its program is embedded in the file."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources else None
        for ref in (fonts or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            found[str(font["/BaseFont"])] = embedded
    return found


EXPECTED = {
    "en": [
        "Ontario Psychotherapy and Counselling Centre",
        "November 26, 2026",
        "Your referral to Hélène Gagné",
        "Hélène Gagné, RP, MSW",
        "Registration: CRPO 012345",
        "Phone: 613-555-0142",
        "Email: helene@example.ca",
        "Why we suggested Hélène",
        "Hélène focuses on self-worth and repeating relationship patterns",
        "How Hélène works: Relational psychotherapy",
        "You told us you want help with",
        "feeling not good enough",
        "Relational psychotherapy is often a good fit for self-worth",
        "What it is.",
        "What sessions are like.",
        "What you may notice.",
        "A session with Hélène costs $160",
        "sliding scale, from $90 a session",
        "Next steps",
        "give this reference: R-42",
        "9-8-8",
        "9-1-1",
        "Confidential: this letter holds private health information",
        "Page 1 of",
    ],
    "fr": [
        "Ontario Psychotherapy and Counselling Centre",
        "26 novembre 2026",
        "Votre orientation vers Hélène Gagné",
        "Hélène Gagné, RP, MSW",
        "Numéro d'inscription : CRPO 012345",
        "Téléphone : 613-555-0142",
        "Courriel : helene@example.ca",
        "Pourquoi nous vous proposons Hélène",
        "Hélène offre des séances en français",
        "La façon de travailler d'Hélène : Psychothérapie relationnelle",
        "Vous nous avez dit vouloir de l'aide pour",
        "le sentiment de ne pas être à la hauteur",
        "Cette approche est souvent utile pour des sujets que vous avez nommés",
        "Ce que c'est.",
        "Les séances.",
        "Ce que vous pourriez remarquer.",
        "Une séance avec Hélène coûte 160 $",
        "échelle mobile, à partir de 90 $ la séance",
        "Prochaines étapes",
        "référence : R-42",
        "9-8-8",
        "9-1-1",
        "Confidentiel : cette lettre contient des renseignements personnels",
        "Page 1 de",
    ],
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("first", "last", "written"), NAMES)
def test_every_part_of_the_letter_is_there(
    language: str, first: str, last: str, written: str
) -> None:
    pdf = build_letter(sample(language, first=first, last=last))
    reader, text = read(pdf)
    assert 1 <= len(reader.pages) <= 2
    plain = flat(text)
    for part in EXPECTED[language]:
        assert part in plain, part
    assert f"of {len(reader.pages)}" in plain or f"de {len(reader.pages)}" in plain
    if written.startswith("محمد"):
        # pypdf hands back a right-to-left run in reading order, as the shaped letter
        # forms (presentation forms) that were drawn; NFKC turns those back into the
        # letters that were typed.
        assert written in unicodedata.normalize("NFKC", plain)
        assert written not in plain  # it really was shaped, not printed as loose letters
    else:
        assert written in plain
    assert all(fonts_of(reader).values())


def test_every_font_is_embedded_and_none_is_helvetica() -> None:
    reader, _ = read(build_letter(sample(first="小明", last="王")))
    fonts = fonts_of(reader)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert not [name for name in fonts if "Helvetica" in name or "Times" in name]
    assert any("DroidSansFallback" in name for name in fonts)


def test_a_long_explanation_and_many_concerns_still_fit_two_pages() -> None:
    many = (
        "self_worth",
        "relational_patterns",
        "relationships",
        "relational_trauma",
        "emotional_disconnection",
        "anxiety",
        "depression",
        "trauma",
        "grief",
    )
    for language in ("en", "fr"):
        reader, _ = read(build_letter(sample(language, concerns=many)))
        assert len(reader.pages) <= 2


def test_what_users_type_is_printed_literally_not_as_markup() -> None:
    data = replace(sample(), client_first_name="<b>Zoë</b> &", client_last_name="O'Brien <i>")
    _, text = read(build_letter(data))
    assert "<b>Zoë</b> & O'Brien <i>" in flat(text)


def test_the_letterhead_comes_from_the_settings() -> None:
    head = Letterhead(
        name="Centre Lumière",
        address="1 rue Principale\nSudbury ON  P3A 1A1",
        phone="705-555-0199",
        email="accueil@lumiere.example.ca",
        website="lumiere.example.ca",
        show_logo=False,
    )
    _, text = read(build_letter(replace(sample(), letterhead=head)))
    plain = flat(text)
    for part in (
        "Centre Lumière",
        "1 rue Principale",
        "Sudbury ON P3A 1A1",
        "705-555-0199",
        "accueil@lumiere.example.ca",
        "lumiere.example.ca",
    ):
        assert part in plain
    assert "Ontario Psychotherapy" not in plain


def test_characters_no_font_has_are_found_before_printing() -> None:
    assert missing_in_letter(sample()) == []
    assert missing_in_letter(sample(first="Abebe ሀ", last="Kebede")) == ["ሀ"]


def test_no_approach_on_file_still_makes_a_letter() -> None:
    _, text = read(build_letter(replace(sample(), approach=None)))
    assert "will tell you how they work" in flat(text)


def test_join_words_in_both_languages() -> None:
    assert join_words(["a", "b", "c"], "en") == "a, b and c"
    assert join_words(["a", "b"], "fr") == "a et b"


@pytest.mark.parametrize(
    ("therapist", "centre", "expected"),
    [
        ("Hélène", "Ontario Counselling", ["travailler d'Hélène", "de la part d'Ontario"]),
        ("Marie", "Centre Lumière", ["travailler de Marie", "de la part de Centre Lumière"]),
    ],
)
def test_french_letter_elides_de_before_a_vowel_or_h(
    therapist: str, centre: str, expected: list[str]
) -> None:
    data = sample("fr")
    data = replace(
        data,
        therapist=replace(data.therapist, first_name=therapist),
        letterhead=replace(data.letterhead, name=centre),
    )
    plain = flat(read(build_letter(data))[1])
    for part in expected:
        assert part in plain, part
