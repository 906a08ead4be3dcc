"""Field checks: each bad value is refused with a message naming the field and the fix."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from opcc_desk.domain import validation as v
from opcc_desk.domain.enums import ClientType
from opcc_desk.domain.search import fold, search_key, search_terms

TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("m5v2t6", "M5V 2T6"), ("K1A 0B1", "K1A 0B1"), (" l4c 9z7 ", "L4C 9Z7"), ("", "")],
)
def test_postal_codes_are_normalised(raw: str, expected: str) -> None:
    assert v.postal_code("postal_code", raw) == expected


@pytest.mark.parametrize("raw", ["12345", "M5V 2T", "D5V 2T6", "W1A 1AA", "M5V-2T6X"])
def test_bad_postal_codes_explain_the_shape(raw: str) -> None:
    with pytest.raises(v.FieldError) as error:
        v.postal_code("postal_code", raw)
    assert error.value.field == "postal_code"
    assert "M5V 2T6" in error.value.message


def test_phone_numbers_are_checked_and_formatted() -> None:
    assert v.phone("phone", "4165550134") == "(416) 555-0134"
    assert v.phone("phone", "+33 1 42 68 53 00").startswith("+33")
    with pytest.raises(v.FieldError, match="10 digits"):
        v.phone("phone", "555-12")


def test_email_must_look_like_an_address() -> None:
    assert v.email("email", " Zoe@Example.ca ") == "Zoe@example.ca"
    with pytest.raises(v.FieldError, match=r"name@example\.ca"):
        v.email("email", "zoe@@example")


def test_date_of_birth_must_be_in_the_past() -> None:
    assert v.parse_date("date_of_birth", "1990-04-23", today=TODAY) == date(1990, 4, 23)
    with pytest.raises(v.FieldError, match="not in the past"):
        v.parse_date("date_of_birth", "2030-01-01", today=TODAY)
    with pytest.raises(v.FieldError, match="YYYY-MM-DD"):
        v.parse_date("date_of_birth", "23/04/1990", today=TODAY)


@pytest.mark.parametrize("raw", ["yes", "YES", "true", "1", "True"])
def test_yes_values(raw: str) -> None:
    assert v.yes_no("accepting", raw) is True


@pytest.mark.parametrize("raw", ["no", "FALSE", "0"])
def test_no_values(raw: str) -> None:
    assert v.yes_no("accepting", raw) is False


def test_yes_no_refuses_anything_else() -> None:
    with pytest.raises(v.FieldError, match="yes or no"):
        v.yes_no("accepting", "maybe")


def test_money_accepts_dollars_and_refuses_nonsense() -> None:
    assert v.money("fee", "$1,250") == Decimal("1250.00")
    with pytest.raises(v.FieldError, match="must be zero or more"):
        v.money("fee", "-5")
    with pytest.raises(v.FieldError, match="not an amount"):
        v.money("fee", "cheap")
    with pytest.raises(v.FieldError, match="check the amount"):
        v.money("fee", "99999")


def test_languages_are_iso_codes() -> None:
    assert v.languages("languages", "en; FR ;fa") == ["en", "fr", "fa"]
    with pytest.raises(v.FieldError, match="ISO 639-1"):
        v.languages("languages", "en;farsi")
    assert v.language_name("fa") == "Farsi (Persian)"
    assert v.language_name("fa", "fr") == "farsi (persan)"


def test_slots_are_sorted_by_day_and_part() -> None:
    assert v.slots("availability", "sat_morning;mon_evening;mon_morning") == [
        "mon_morning",
        "mon_evening",
        "sat_morning",
    ]
    with pytest.raises(v.FieldError, match="mon_evening"):
        v.slots("availability", "monday_night")


def test_choices_name_the_allowed_values() -> None:
    assert v.choice("client_type", "Couple", ClientType) is ClientType.COUPLE
    with pytest.raises(v.FieldError) as error:
        v.choice("client_type", "group", ClientType)
    assert "individual, couple, family" in error.value.message


def test_oversized_text_is_refused_with_the_limit() -> None:
    with pytest.raises(v.FieldError, match="5000 or fewer"):
        v.text("notes", "x" * 5001, limit=v.MAX_LONG)


def test_control_characters_are_dropped() -> None:
    assert v.text("first_name", "Zo\x00ë\x07") == "Zoë"


def test_search_folds_accents_and_case_and_keeps_other_scripts() -> None:
    assert fold("Zoë FRANÇOIS-Ĺuković") == "zoe francois-lukovic"
    assert fold("王小明") == "王小明"
    key = search_key("C-1", "Nguyễn", "Thị", phone="(416) 555-0134")
    assert "nguyen" in key and "4165550134" in key
    assert search_terms("NGUYEN 416-555") == ["nguyen", "416555"]


def test_money_reads_a_french_decimal_comma() -> None:
    assert v.money("max_fee", "90,50") == Decimal("90.50")
    assert v.money("max_fee", "1,250") == Decimal("1250.00")
    assert v.money("max_fee", "90,50 $") == Decimal("90.50")
