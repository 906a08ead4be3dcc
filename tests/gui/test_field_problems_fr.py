"""Every problem the field checks can raise reads in French in a French window.

The checks (domain/validation.py, domain/records.py) write in English, the language of
the import files' reports and of the command line; the forms and the import preview
show each message in the window's language (ui/forms/problems.py). Each case here makes
the check fail for real and reads what a French form would show."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from opcc_desk.domain import records
from opcc_desk.domain import validation as v
from opcc_desk.domain.enums import ClientType, Modality
from opcc_desk.services.catalogue import shipped_catalogue
from opcc_desk.ui import i18n
from opcc_desk.ui.forms.problems import in_window_language

TODAY = date(2026, 11, 28)
CATALOGUE = shipped_catalogue()
CLIENT = {
    "id": "C-1",
    "first_name": "Zoë",
    "last_name": "François",
    "email": "zoe@example.ca",
    "language": "fr",
    "client_type": "individual",
    "concerns": "anxiety",
    "modality": "virtual",
    "consent_to_contact": "yes",
}


def client_problems(**changed: str) -> list[str]:
    with pytest.raises(v.RecordError) as refused:
        records.client_from_row({**CLIENT, **changed}, CATALOGUE, today=TODAY)
    return [p.message for p in refused.value.problems]


def field_problem(check: Callable[[], object]) -> list[str]:
    with pytest.raises(v.FieldError) as refused:
        check()
    return [refused.value.message]


CASES: dict[str, Callable[[], list[str]]] = {
    "required": lambda: field_problem(lambda: v.text("x", " ", required=True)),
    "too long": lambda: field_problem(lambda: v.text("x", "é" * 300)),
    "direction marks": lambda: field_problem(lambda: v.person_name("x", "Zo\u202ee")),
    "yes or no": lambda: field_problem(lambda: v.yes_no("x", "peut-être")),
    "yes or no required": lambda: field_problem(lambda: v.yes_no("x", "", required=True)),
    "choices required": lambda: field_problem(lambda: v.choices("x", "", Modality, required=True)),
    "choice required": lambda: field_problem(lambda: v.choice("x", "", ClientType, required=True)),
    "choice not allowed": lambda: field_problem(lambda: v.choice("x", "trio", ClientType)),
    "keys required": lambda: field_problem(lambda: v.keys("x", "", {"a"}, required=True)),
    "keys unknown": lambda: field_problem(lambda: v.keys("x", "zz", {"a", "b"}, required=True)),
    "language required": lambda: field_problem(lambda: v.language("x", "")),
    "language code": lambda: field_problem(lambda: v.language("x", "français")),
    "languages required": lambda: field_problem(lambda: v.languages("x", "")),
    "email": lambda: field_problem(lambda: v.email("x", "zoë@")),
    "email too long": lambda: field_problem(lambda: v.email("x", "a" * 250 + "@example.ca")),
    "phone": lambda: field_problem(lambda: v.phone("x", "12")),
    "postal code": lambda: field_problem(lambda: v.postal_code("x", "12345")),
    "date": lambda: field_problem(lambda: v.parse_date("x", "28/11/2026", today=TODAY)),
    "date in the future": lambda: field_problem(
        lambda: v.parse_date("x", "2030-01-01", today=TODAY)
    ),
    "date time": lambda: field_problem(lambda: v.parse_datetime("x", "demain")),
    "money": lambda: field_problem(lambda: v.money("x", "cent")),
    "money sign": lambda: field_problem(lambda: v.money("x", "-5")),
    "money too high": lambda: field_problem(lambda: v.money("x", "99999")),
    "money required": lambda: field_problem(lambda: v.money("x", "", required=True)),
    "whole number": lambda: field_problem(lambda: v.whole_number("x", "dix")),
    "number range": lambda: field_problem(lambda: v.whole_number("x", "99", maximum=10)),
    "time slot": lambda: field_problem(lambda: v.slots("x", "lundi_soir")),
    "id spaces": lambda: field_problem(lambda: records.record_id("id", "C 1")),
    "id invisible": lambda: field_problem(lambda: records.record_id("id", "C-\u200b1")),
    "no way to reach": lambda: client_problems(email=""),
    "age group": lambda: client_problems(date_of_birth="1990-01-01", age_group="child"),
    "submitted in the future": lambda: client_problems(submitted="2030-01-01"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_the_problem_reads_in_french(case: str) -> None:
    messages = CASES[case]()
    assert messages
    assert i18n.install("fr") == "fr"  # the window_language fixture brings English back
    for message in messages:
        shown = in_window_language(message)
        assert shown != message, f"no French for {message!r}"
        for quoted in (part for part in message.split("'")[1::2] if part):
            assert quoted in shown  # the value the person typed is still named
