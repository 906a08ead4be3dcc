"""French done properly: elision and contraction from one rule, no doubled period after
a title, titles as registered, and approach sentences tied to the client's concerns.

Read back from real letters (pypdf) and real directory pages (html5lib), in both
languages where the rule applies to both.
"""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from datetime import date
from decimal import Decimal
from functools import cache

import html5lib
import pytest
from pypdf import PdfReader

from opcc_desk.domain.enums import AgeGroup, ClientType, Modality
from opcc_desk.domain.models import Catalogue, Therapist
from opcc_desk.domain.words.elision import french, join_french, starts_with_vowel_sound
from opcc_desk.domain.words.lists import join_words
from opcc_desk.domain.words.titles import end_sentence, registered_titles, without_second_period
from opcc_desk.letters import (
    ApproachInfo,
    Fit,
    LetterData,
    Letterhead,
    TherapistInfo,
    build_letter,
)
from opcc_desk.publish import Clinic, build_directory, directory_pdf, render_site
from opcc_desk.services.catalogue import shipped_catalogue

LOGO = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"
    b"\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\xff\xff?\x00\x05\xfe\x02\xfe\xa7"
    b"5\x81\x84\x00\x00\x00\x00IEND\xaeB`\x82"
)  # a one-pixel PNG


# ------------------------------------------------------------------ the rule itself


@pytest.mark.parametrize(
    ("before", "word", "joined"),
    [
        # de, que, le, la, ne, je before a vowel or a mute h
        ("La façon de travailler de ", "Hélène", "La façon de travailler d'Hélène"),
        ("de la part de ", "Ontario Counselling", "de la part d'Ontario Counselling"),
        ("au nord de ", "Ottawa", "au nord d'Ottawa"),
        ("le bureau de ", "Iqaluit", "le bureau d'Iqaluit"),
        ("le dossier de ", "Émilie", "le dossier d'Émilie"),
        ("le dossier de ", "Ursula", "le dossier d'Ursula"),
        ("le dossier de ", "Hugo", "le dossier d'Hugo"),
        ("le dossier de ", "Œdipe", "le dossier d'Œdipe"),
        ("Dites que ", "Amir vous envoie", "Dites qu'Amir vous envoie"),
        ("Voir ", "la ", "Voir la "),  # nothing to join
        ("Appelez ", "le ", "Appelez le "),
        ("C'est la ", "école", "C'est l'école"),
        ("C'est le ", "hôpital", "C'est l'hôpital"),
        ("Il ne ", "aime pas", "Il n'aime pas"),
        ("je ", "habite", "j'habite"),
        ("De ", "Ursula", "D'Ursula"),  # the capital stays
        ("Que ", "Iqaluit", "Qu'Iqaluit"),
        ("jusque ", "ici", "jusqu'ici"),
        # y: like i before a consonant (elides), like the y of "yes" before a vowel
        ("le poste de ", "Yves", "le poste d'Yves"),
        ("que ", "Yvonne", "qu'Yvonne"),
        ("le poste de ", "Yolande", "le poste de Yolande"),
        ("au sud de ", "Yellowknife", "au sud de Yellowknife"),
        # an aspirated h (the places' federal usage) and words that never elide
        ("l'hôpital de ", "Hamilton", "l'hôpital de Hamilton"),
        ("le port de ", "Halifax", "le port de Halifax"),
        ("la ville de ", "Hull", "la ville de Hull"),
        ("un match de ", "hockey", "un match de hockey"),
        ("une équipe de ", "onze personnes", "une équipe de onze personnes"),
        ("un texte de ", "A. Tremblay", "un texte de A. Tremblay"),  # an initial alone
        # consonants and scripts without vowels stay as they are
        ("La façon de travailler de ", "Marie", "La façon de travailler de Marie"),
        ("le dossier de ", "王小明", "le dossier de 王小明"),
        # only the small word itself, never the end of a longer word
        ("le monde ", "Amir", "le monde Amir"),
        ("la chaude ", "amie", "la chaude amie"),
        ("Bonjour ", "Hélène", "Bonjour Hélène"),
        # contractions: de + le, de + les, à + le, à + les
        ("de la part de ", "Le Centre Horizon", "de la part du Centre Horizon"),
        ("le personnel de ", "Les Services familiaux", "le personnel des Services familiaux"),
        ("Écrivez à ", "Le Centre Horizon", "Écrivez au Centre Horizon"),
        ("Écrivez à ", "Les Services familiaux", "Écrivez aux Services familiaux"),
        ("jusqu'à ", "Le Havre", "jusqu'au Havre"),
        ("de l'aide pour ", "les conflits", "de l'aide pour les conflits"),
        ("de ", "la Maison Vive", "de la Maison Vive"),  # la never contracts
        ("à ", "l'Hôpital", "à l'Hôpital"),
        ("Dites à ", "Hugo", "Dites à Hugo"),  # à never elides
        # a no-break space is a space too
        ("de\u00a0", "Ontario", "d'Ontario"),
    ],
)
def test_every_elision_and_contraction(before: str, word: str, joined: str) -> None:
    assert "".join(join_french(before, word)) == joined


@pytest.mark.parametrize(
    ("word", "elided"),
    [
        ("Hélène", True),
        ("Henri", True),
        ("Ontario", True),
        ("Ottawa", True),
        ("Iqaluit", True),
        ("Émilie", True),
        ("Ursula", True),
        ("Yves", True),
        ("Hamilton", False),
        ("Halifax", False),
        ("Hong Kong", False),
        ("Yolande", False),
        ("Yukon", False),
        ("A. Tremblay", False),
        ("onze", False),
        ("", False),
        ("   ", False),
    ],
)
def test_which_names_and_places_start_with_a_vowel_sound(word: str, elided: bool) -> None:
    assert starts_with_vowel_sound(word) is elided


def test_a_template_is_filled_by_the_same_rule() -> None:
    assert french("Logo de {clinic}", clinic="Ontario Counselling") == "Logo d'Ontario Counselling"
    assert french("Logo de {clinic}", clinic="Le Centre Horizon") == "Logo du Centre Horizon"
    assert french("{a} de {b}", a="Yves", b="Hamilton") == "Yves de Hamilton"
    assert french("Page {page} de {pages}", page="1", pages="2") == "Page 1 de 2"


# ------------------------------------------------------------------ titles and periods


@pytest.mark.parametrize(
    ("items", "language", "joined"),
    [
        (
            ["anxiety", "grief and loss", "self-worth"],
            "en",
            "anxiety, grief and loss, and self-worth",
        ),
        (["grief and loss", "identity"], "en", "grief and loss, and identity"),
        (
            ["anxiété", "deuil et perte", "estime de soi"],
            "fr",
            "anxiété, deuil et perte, et estime de soi",
        ),
        (["anxiété", "deuil", "estime de soi"], "fr", "anxiété, deuil et estime de soi"),
    ],
)
def test_a_list_keeps_an_item_that_holds_and_apart(
    items: list[str], language: str, joined: str
) -> None:
    assert join_words(items, language) == joined


def test_titles_are_written_as_registered_in_their_order() -> None:
    assert registered_titles(["RP", "M.A."]) == "RP, M.A."
    assert registered_titles(["MSW", "RSW", "RP"]) == "MSW, RSW, RP"
    assert registered_titles([" RSW ", "", "MSW"]) == "RSW, MSW"
    assert registered_titles([]) == ""


@pytest.mark.parametrize(
    ("text", "ended"),
    [("RP", "RP."), ("RP, M.A.", "RP, M.A."), ("Ph.D.", "Ph.D."), ("Vraiment ?", "Vraiment ?")],
)
def test_a_sentence_ends_with_one_period(text: str, ended: str) -> None:
    assert end_sentence(text) == ended


def test_the_period_after_a_title_that_has_one_is_dropped() -> None:
    assert "M.A." + without_second_period(".") == "M.A."
    assert "M.A." + without_second_period(". Then") == "M.A. Then"
    assert "M.A." + without_second_period(", RP") == "M.A., RP"
    assert "Wait" + without_second_period("...") == "Wait..."  # an ellipsis is kept


# ------------------------------------------------------------------ real letters


@cache
def _catalogue() -> Catalogue:
    return shipped_catalogue()


def letter(
    language: str,
    *,
    first: str = "Hélène",
    centre: str = "Ontario Counselling",
    city: str = "Iqaluit",
    credentials: tuple[str, ...] = ("RP", "M.A."),
    strong: tuple[str, ...] = ("anxiety", "grief", "self_worth"),
    weak: tuple[str, ...] = (),
) -> str:
    """A real letter, made and read back as flat text."""
    catalogue = _catalogue()
    approach = catalogue.approaches["relational"].text[language]

    def labels(keys: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(catalogue.concern_label(key, language).lower() for key in keys)

    data = LetterData(
        language=language,
        date=date(2026, 11, 26),
        referral_id=7,
        version=1,
        client_first_name="Ursula",
        client_last_name="Ouellet",
        therapist=TherapistInfo(
            first_name=first,
            last_name="Arsenault",
            credentials=credentials,
            phone="613-555-0142",
            email="therapist@example.ca",
            in_person_at=(city,),
            in_person=True,
            fee=Decimal(150),
            sliding_scale_min=Decimal(90),
        ),
        approach=ApproachInfo(
            label=approach.label,
            label_in_sentence=approach.label[0].lower() + approach.label[1:],
            what=approach.what,
            sessions=approach.sessions,
            notice=approach.notice,
            strong_concerns=labels(strong),
            weak_concerns=labels(weak),
        ),
        concern_phrases=tuple(catalogue.concerns[k].phrase[language] for k in strong + weak),
        fit=Fit(shared_concerns=labels(strong[:2]), in_person_at=city, fee_fit="sliding"),
        letterhead=Letterhead(name=centre, phone="613-555-0100"),
    )
    reader = PdfReader(io.BytesIO(build_letter(data)))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


# « de » then a capital vowel or h, the marks of a missed elision
MISSED = re.compile(r"\b[Dd]e [AEIOUYÉÈÊÂÎÔÛHŒ]")


@pytest.mark.parametrize(
    ("first", "centre", "expected"),
    [
        ("Hélène", "Ontario Counselling", ["travailler d'Hélène", "de la part d'Ontario"]),
        ("Émilie", "Iqaluit Wellness", ["travailler d'Émilie", "de la part d'Iqaluit Wellness"]),
        ("Yves", "Ottawa Family Centre", ["travailler d'Yves", "de la part d'Ottawa Family"]),
        ("Ursula", "Hamilton Family Services", ["Les titres d'Ursula", "part de Hamilton"]),
        ("Hugo", "Le Centre Horizon", ["Les titres d'Hugo", "de la part du Centre Horizon"]),
    ],
)
def test_french_letters_elide_before_every_vowel_name(
    first: str, centre: str, expected: list[str]
) -> None:
    text = letter("fr", first=first, centre=centre)
    for part in expected:
        assert part in text, part
    assert [m.group(0) for m in MISSED.finditer(text.replace("de Hamilton", ""))] == []
    assert "de Le " not in text and "à Le " not in text


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_title_ending_with_a_period_is_not_followed_by_another(language: str) -> None:
    text = letter(language, credentials=("RP", "M.A."))
    assert "Hélène Arsenault, RP, M.A." in text  # as registered, in the order entered
    assert ".." not in text
    ends = "Hélène's titles are RP, M.A." if language == "en" else "Les titres d'Hélène : RP, M.A."
    assert ends in text


def test_a_title_without_a_period_still_ends_its_sentence() -> None:
    assert "Hélène's title is RSW." in letter("en", credentials=("RSW",))
    assert "Le titre d'Hélène : RSW." in letter("fr", credentials=("RSW",))


def test_french_letters_print_titles_as_registered_never_translated() -> None:
    text = letter("fr", credentials=("RSW", "MSW"))
    assert "Hélène Arsenault, RSW, MSW" in text
    assert "Les titres d'Hélène : RSW, MSW." in text
    # the general sentence about insurance names the titles as plans and colleges do
    assert "TSI" not in text
    assert "RP (psychothérapeute autorisé), RSW (travailleur social inscrit) ou psychologue" in text


def test_the_approach_is_tied_to_the_concerns_in_a_real_sentence() -> None:
    en = letter("en", strong=("anxiety", "grief", "self_worth"), weak=("relationships",))
    assert (
        "Relational psychotherapy is often a good fit for anxiety, grief and loss, and "
        "self-worth, which you told us about. It can also help with relationships." in en
    )
    fr = letter("fr", strong=("anxiety", "grief", "self_worth"), weak=("relationships",))
    assert (
        "Cette approche est souvent utile pour des sujets que vous avez nommés : anxiété, "
        "deuil et perte, et estime de soi. Elle peut aussi être utile pour un autre sujet : "
        "relations." in fr
    )
    assert "souvent pour :" not in fr  # the old form-like « aide souvent pour : … »


def test_one_concern_reads_in_the_singular() -> None:
    fr = letter("fr", strong=(), weak=("grief",))
    assert "Cette approche peut être utile pour un sujet que vous avez nommé : deuil" in fr
    en = letter("en", strong=(), weak=("grief",))
    assert "Relational psychotherapy can help with grief and loss, which you told us about." in en


# ------------------------------------------------------------------ the directory


def _therapist(ref: str, first: str, credentials: list[str], city: str) -> Therapist:
    return Therapist(
        id=ref,
        first_name=first,
        last_name="Arsenault",
        languages=["en", "fr"],
        approaches=["relational"],
        client_types=[ClientType.INDIVIDUAL],
        age_groups=[AgeGroup.ADULT],
        modalities=[Modality.IN_PERSON],
        fee=Decimal(150),
        accepting=True,
        credentials=credentials,
        locations=[city],
        concerns=["anxiety"],
    )


def _page_text(page: bytes) -> tuple[ET.Element, str]:
    parser = html5lib.HTMLParser(
        strict=True, tree=html5lib.getTreeBuilder("etree"), namespaceHTMLElements=False
    )
    tree = parser.parse(page, transport_encoding="utf-8")
    return tree, " ".join("".join(tree.itertext()).split())


@pytest.mark.parametrize(
    ("clinic", "alt"),
    [
        ("Ontario Counselling", "Logo d'Ontario Counselling"),
        ("Hamilton Family Services", "Logo de Hamilton Family Services"),
        ("Le Centre Horizon", "Logo du Centre Horizon"),
    ],
)
def test_the_french_directory_joins_words_to_names_by_the_same_rule(clinic: str, alt: str) -> None:
    therapists = [
        _therapist("T-1", "Hélène", ["RP", "M.A."], "Iqaluit"),
        _therapist("T-2", "Yves", ["MSW", "RSW"], "Ottawa"),
    ]
    details = Clinic(
        name=clinic,
        address="1 Main Street",
        phone="613-555-0100",
        email="intake@example.ca",
        website="",
        logo=LOGO,
    )
    directory = build_directory(therapists, _catalogue(), details, date(2026, 11, 26))
    files = render_site(directory)
    index, words = _page_text(files["fr/index.html"])
    assert [img.get("alt") for img in index.iter("img")] == [alt]
    assert "RP, M.A." in words and "M.A.." not in words
    assert "MSW, RSW" in words and "TSI" not in words
    for name, page in files.items():
        if name.endswith(".html") and name.startswith("fr/"):
            text = _page_text(page)[1] + " ".join(
                img.get("alt", "") for img in _page_text(page)[0].iter("img")
            )
            missed = [m.group(0) for m in MISSED.finditer(text.replace("de Hamilton", ""))]
            assert missed == [], name
    handout = PdfReader(io.BytesIO(directory_pdf(directory, "fr")))
    printed = " ".join(" ".join(p.extract_text() for p in handout.pages).split())
    assert "Hélène Arsenault, RP, M.A." in printed and "M.A.." not in printed
    assert "Aide souvent pour : Anxiété" in printed  # French spacing before a colon


def test_english_directory_titles_are_as_registered_too() -> None:
    details = Clinic(name="Ontario Counselling", address="", phone="", email="", website="")
    therapists = [_therapist("T-1", "Hélène", ["RP", "M.A."], "Iqaluit")]
    directory = build_directory(therapists, _catalogue(), details, date(2026, 11, 26))
    words = _page_text(render_site(directory)["index.html"])[1]
    assert "Hélène Arsenault RP, M.A." in words and "M.A.." not in words
