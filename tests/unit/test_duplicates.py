"""Duplicate intakes: similar names sharing a date of birth, phone or email."""

from __future__ import annotations

from datetime import date

import pytest

from opcc_desk.domain.duplicates import DuplicateIndex, Person, fold_name

EXISTING = [
    Person("C-1", "Zoë", "François", date(1990, 4, 2), "613-555-0101", "zoe@example.ca"),
    Person("C-2", "Marie-Ève", "Côté", None, "(819) 555-0142", ""),
    Person("C-3", "Wei", "Zhang", None, "", "wei.zhang@example.ca"),
    Person("C-4", "Zoe", "Martin", date(1990, 4, 2), "", ""),  # same birthday, other person
]


@pytest.mark.parametrize(
    ("new", "expected"),
    [
        (Person("N", "Zoe", "Francois", date(1990, 4, 2)), ["C-1"]),  # accents
        (Person("N", "ZOË", "FRANÇOIS", None, "+1 613 555 0101"), ["C-1"]),  # case, phone format
        (Person("N", "François", "Zoë", None, "", "ZOE@example.ca"), ["C-1"]),  # transposed
        (Person("N", "Marie Eve", "Cote", None, "819.555.0142"), ["C-2"]),  # hyphen, accents
        (Person("N", "Zhang", "Wei", None, "", "wei.zhang@example.ca"), ["C-3"]),  # name order
        (Person("N", "Zoe", "Fransois", date(1990, 4, 2)), ["C-1"]),  # a typing slip
    ],
)
def test_finds_the_same_person(new: Person, expected: list[str]) -> None:
    assert [d.existing_id for d in DuplicateIndex(EXISTING).find(new)] == expected


@pytest.mark.parametrize(
    "new",
    [
        Person("N", "Zoe", "Francois"),  # same name, nothing else shared
        Person("N", "Sam", "Okafor", date(1990, 4, 2)),  # same birthday, other name
        Person("N", "Wei", "Zhang", None, "", "other@example.ca"),
        Person("C-1", "Zoë", "François", date(1990, 4, 2)),  # the record itself
    ],
)
def test_leaves_other_people_alone(new: Person) -> None:
    assert DuplicateIndex(EXISTING).find(new) == []


def test_reason_names_what_is_shared() -> None:
    [found] = DuplicateIndex(EXISTING).find(
        Person("N", "zoe", "francois", date(1990, 4, 2), "613 555 0101", "zoe@example.ca")
    )
    assert found.shared == ("date of birth", "phone", "email")
    assert found.reason.startswith("similar name (100%), same date of birth")


def test_fold_name() -> None:
    assert fold_name("  Zoë  O'Brien-Côté ") == "zoe obrien cote"
