"""A whole row is checked at once, and written back exactly as it was read."""

from __future__ import annotations

from datetime import date

import pytest

from opcc_desk.domain.catalogue import parse_catalogue
from opcc_desk.domain.enums import AgeGroup
from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.records import (
    client_from_row,
    client_to_row,
    effective_age_group,
    therapist_from_row,
)
from opcc_desk.domain.validation import RecordError
from opcc_desk.resources import resource_path

TODAY = date(2026, 11, 26)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return parse_catalogue(resource_path("catalogue.toml").read_text(encoding="utf-8"))


def client_cells(**changes: str) -> dict[str, str]:
    cells = {
        "id": "C-1",
        "first_name": "محمد",
        "last_name": "عبد الله",
        "email": "m@example.ca",
        "language": "ar",
        "client_type": "individual",
        "concerns": "grief;anxiety",
        "modality": "either",
        "consent_to_contact": "yes",
    }
    cells.update(changes)
    return cells


def test_age_group_comes_from_date_of_birth_and_follows_birthdays(catalogue: Catalogue) -> None:
    client = client_from_row(client_cells(date_of_birth="2008-12-01"), catalogue, today=TODAY)
    assert client.age_group is None  # stored empty: nothing to go stale
    assert effective_age_group(client, TODAY) is AgeGroup.TEEN
    assert effective_age_group(client, date(2026, 12, 1)) is AgeGroup.ADULT
    # a year later the same record still saves: nothing contradicts the birth date
    again = client_from_row(client_to_row(client), catalogue, today=date(2027, 12, 2))
    assert again == client


def test_age_group_that_contradicts_date_of_birth_is_refused(catalogue: Catalogue) -> None:
    with pytest.raises(RecordError) as error:
        client_from_row(
            client_cells(date_of_birth="2015-06-01", age_group="adult"), catalogue, today=TODAY
        )
    assert [p.field for p in error.value.problems] == ["age_group"]
    assert "does not fit the date of birth (child)" in error.value.problems[0].message


def test_every_problem_of_a_row_is_reported_together(catalogue: Catalogue) -> None:
    with pytest.raises(RecordError) as error:
        client_from_row(
            client_cells(
                first_name="", email="nope", language="xx", concerns="worry", modality="car"
            ),
            catalogue,
            today=TODAY,
        )
    assert {p.field for p in error.value.problems} == {
        "first_name",
        "email",
        "language",
        "concerns",
        "modality",
    }


def test_client_round_trips_through_its_cells(catalogue: Catalogue) -> None:
    cells = client_cells(
        submitted="2026-03-04T10:15",
        preferred_name="Mo",
        postal_code="M5V 2T6",
        max_fee="85.00",
        availability="tue_evening;mon_morning",
        notes="Line one\nLine two, with a comma",
    )
    client = client_from_row(cells, catalogue, today=TODAY)
    again = client_from_row(client_to_row(client), catalogue, today=TODAY)
    assert again == client
    assert client_to_row(client)["availability"] == "mon_morning;tue_evening"


def test_therapist_ids_cannot_hold_spaces(catalogue: Catalogue) -> None:
    row = {
        "id": "T 1",
        "first_name": "A",
        "last_name": "B",
        "languages": "en",
        "approaches": "cbt",
        "client_types": "individual",
        "age_groups": "adult",
        "modalities": "virtual",
        "fee": "100",
        "accepting": "yes",
    }
    with pytest.raises(RecordError, match="must not contain spaces"):
        therapist_from_row(row, catalogue)
