"""The phrasebook: money, lists, days, dates and elision, in English and French."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.words.dates import long_date
from opcc_desk.domain.words.days import slot_phrase, slot_phrases, sorted_slots
from opcc_desk.domain.words.elision import elide_before, starts_with_vowel_sound
from opcc_desk.domain.words.kinds import client_type_phrase, modality_phrase
from opcc_desk.domain.words.lists import capitalised, join_words, mid_sentence
from opcc_desk.domain.words.money import money


def plain(text: str) -> str:
    """No-break spaces as the reader sees them: spaces."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("amount", "en", "fr"),
    [
        ("80", "$80", "80 $"),
        ("80.00", "$80", "80 $"),
        ("82.5", "$82.50", "82,50 $"),
        ("1234.50", "$1,234.50", "1 234,50 $"),
        ("12000", "$12,000", "12 000 $"),
        ("0", "$0", "0 $"),
    ],
)
def test_money(amount: str, en: str, fr: str) -> None:
    assert money(Decimal(amount)) == en
    assert money(Decimal(amount), "en") == en
    assert plain(money(Decimal(amount), "fr")) == fr


def test_french_money_never_breaks_across_lines() -> None:
    text = money(Decimal("1234.50"), "fr")
    assert " " not in text  # only no-break spaces: '$' never starts a line
    assert text.endswith("\u00a0$")


@pytest.mark.parametrize(
    ("items", "en", "fr"),
    [
        ([], "", ""),
        (["a"], "a", "a"),
        (["a", "b"], "a and b", "a et b"),
        (["a", "b", "c"], "a, b and c", "a, b et c"),
        (["a", "", "b"], "a and b", "a et b"),  # empty items are left out
    ],
)
def test_lists(items: list[str], en: str, fr: str) -> None:
    assert join_words(items, "en") == en
    assert join_words(items, "fr") == fr


def test_long_lists_are_counted_past_the_listed_ones() -> None:
    five = ["a", "b", "c", "d", "e"]
    assert join_words(five, listed=3) == "a, b, c and 2 more"
    assert join_words(five, "fr", listed=3) == "a, b, c et 2 autres"
    assert join_words(five, listed=3, noun="times") == "a, b, c and 2 more times"
    # one over is named in full: "and 1 more" would be no shorter
    assert join_words(five[:4], listed=3) == "a, b, c and d"
    assert join_words(five, listed=None) == "a, b, c, d and e"


def test_lists_of_alternatives() -> None:
    assert join_words(["a", "b", "c"], conjunction="or") == "a, b or c"
    assert join_words(["a", "b"], "fr", conjunction="or") == "a ou b"


def test_labels_mid_sentence_and_capitalised() -> None:
    assert mid_sentence("Grief and loss") == "grief and loss"
    assert mid_sentence("EMDR therapy") == "EMDR therapy"
    assert mid_sentence("Thérapie EMDR") == "thérapie EMDR"
    assert mid_sentence("Système familial intérieur (IFS)") == "système familial intérieur (IFS)"
    assert mid_sentence("Internal Family Systems (IFS)") == "Internal Family Systems (IFS)"
    assert mid_sentence("Thérapie cognitive (TCC)") == "thérapie cognitive (TCC)"
    assert mid_sentence("") == ""
    assert capitalised("relational psychotherapy") == "Relational psychotherapy"
    assert capitalised("") == ""


@pytest.mark.parametrize(
    ("slot", "en", "fr"),
    [
        ("mon_morning", "Monday mornings", "le lundi matin"),
        ("wed_afternoon", "Wednesday afternoons", "le mercredi après-midi"),
        ("sun_evening", "Sunday evenings", "le dimanche soir"),
        ("someday_never", "someday_never", "someday_never"),
    ],
)
def test_days(slot: str, en: str, fr: str) -> None:
    assert slot_phrase(slot) == en
    assert slot_phrase(slot, "fr") == fr
    assert slot_phrase(slot, "de") == en  # any other language: English


def test_slots_come_in_week_order() -> None:
    slots = ["sun_morning", "mon_evening", "odd", "mon_morning", "mon_evening"]
    assert sorted_slots(slots) == ["mon_morning", "mon_evening", "sun_morning", "odd"]
    assert slot_phrases(["sat_morning", "mon_evening"]) == ["Monday evenings", "Saturday mornings"]
    assert join_words(slot_phrases(["sat_morning", "mon_evening"], "fr"), "fr") == (
        "le lundi soir et le samedi matin"
    )


def test_dates() -> None:
    day = date(2026, 11, 28)
    assert long_date(day) == "November 28, 2026"
    assert long_date(day, "en") == "November 28, 2026"
    assert long_date(day, "fr") == "28 novembre 2026"
    assert long_date(date(2027, 2, 1), "fr") == "1er février 2027"
    assert long_date(date(2027, 2, 11), "fr") == "11 février 2027"
    assert long_date(date(2027, 2, 1), "en") == "February 1, 2027"


@pytest.mark.parametrize(
    ("word", "elided"),
    [
        ("Hélène", True),
        ("Ontario", True),
        ("Élise", True),
        ("Ursula", True),
        ("Hugo", True),  # a mute h elides
        ("Œdipe", True),
        ("Marie", False),
        ("Yolande", False),
        ("王小明", False),
        ("", False),
    ],
)
def test_which_words_take_elision(word: str, elided: bool) -> None:
    assert starts_with_vowel_sound(word) is elided


def test_de_is_elided_before_a_vowel_or_h() -> None:
    assert elide_before("La façon de travailler de ", "Hélène") == "La façon de travailler d'"
    assert elide_before("de la part de ", "Ontario Counselling") == "de la part d'"
    assert elide_before("La façon de travailler de ", "Marie") == "La façon de travailler de "
    assert elide_before("de ", "Amir") == "d'"
    # only the word « de », not the end of a longer word
    assert elide_before("le monde ", "Amir") == "le monde "
    assert elide_before("Bonjour ", "Hélène") == "Bonjour "


def test_intake_choices_in_words() -> None:
    assert modality_phrase(ModalityPreference.EITHER) == "in person or online"
    assert modality_phrase(ModalityPreference.VIRTUAL, "fr") == "en ligne"
    assert client_type_phrase(ClientType.FAMILY) == "family"
    assert client_type_phrase(ClientType.FAMILY, "fr") == "famille"
