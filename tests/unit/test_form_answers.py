"""Answer labels of web forms read as the desk's values, in English and French."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from opcc_desk.domain.enums import ALL_SLOTS
from opcc_desk.domain.form_answers import (
    DateMismatch,
    fee_cap,
    guess_date_format,
    modality,
    read_date,
    slots,
    yes_no,
)

WEEKDAY_EVENINGS = "mon_evening;tue_evening;wed_evening;thu_evening;fri_evening"


@pytest.mark.parametrize(
    ("label", "cap"),
    [
        ("$90–$120", "120"),
        ("$90 - $120 per session", "120"),
        ("Under $80", "80"),
        ("Less than $80", "80"),
        ("90 à 120 $", "120"),
        ("Moins de 80 $", "80"),
        ("Entre 80 $ et 110 $", "110"),
        ("$100", "100"),
        ("1 200 $", "1200"),
        ("$1,200", "1200"),
        ("95,50 $", "95.5"),
        ("No limit", ""),
        ("Pas de limite", ""),
        ("$150+", ""),
        ("$150 or more", ""),
        ("Plus de 150 $", ""),
        ("Sliding scale please", None),
        ("Company benefits", None),
    ],
)
def test_fee_caps_from_ranges_and_limits(label: str, cap: str | None) -> None:
    assert fee_cap(label) == cap


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("weekend mornings", "sat_morning;sun_morning"),
        ("Evenings (weekdays)", WEEKDAY_EVENINGS),
        ("Weekday evenings", WEEKDAY_EVENINGS),
        ("soirs de semaine", WEEKDAY_EVENINGS),
        ("Mon-Fri evenings", WEEKDAY_EVENINGS),
        ("Fin de semaine, en après-midi", "sat_afternoon;sun_afternoon"),
        ("lundi au mercredi matin", "mon_morning;tue_morning;wed_morning"),
        ("Saturday mornings", "sat_morning"),
        ("Tuesday", "tue_morning;tue_afternoon;tue_evening"),
        ("Anytime", ";".join(ALL_SLOTS)),
        ("Whenever the therapist can", ";".join(ALL_SLOTS)),
        ("Not sure yet", None),
    ],
)
def test_slots_from_phrases(label: str, expected: str | None) -> None:
    assert slots(label) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Virtual", "virtual"),
        ("Online", "virtual"),
        ("Video session", "virtual"),
        ("En ligne", "virtual"),
        ("En personne", "in_person"),
        ("In-person", "in_person"),
        ("Either is fine", "either"),
        ("Les deux", "either"),
        ("In person, Online", "either"),
        ("Walking outdoors", None),
    ],
)
def test_modality(label: str, expected: str | None) -> None:
    assert modality(label) == expected


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Yes", "yes"),
        ("Oui", "yes"),
        ("Yes, you may contact me", "yes"),
        ("Oui, vous pouvez me joindre", "yes"),
        ("I agree", "yes"),
        ("J'accepte d'être contacté(e)", "yes"),
        ("No", "no"),
        ("Non", "no"),
        ("No thanks", "no"),
        ("I do not agree", "no"),
        ("Je ne suis pas d'accord", "no"),
        ("Maybe later", None),
    ],
)
def test_yes_no_in_both_languages(label: str, expected: str | None) -> None:
    assert yes_no(label) == expected


def test_dates_in_the_form_tools_formats_with_their_zones() -> None:
    eastern = timezone(timedelta(hours=-5))
    google = read_date("2026/11/02 2:33:12 PM EST", "%Y/%m/%d %I:%M:%S %p %Z")
    assert google == datetime(2026, 11, 2, 14, 33, 12, tzinfo=eastern)
    summer = read_date("2026/07/02 2:33:12 PM EDT", "%Y/%m/%d %I:%M:%S %p %Z")
    assert summer.utcoffset() == timedelta(hours=-4)
    french = read_date("2026-11-02 14:33:12 HNE", "%Y-%m-%d %H:%M:%S %Z")
    assert french.astimezone(UTC) == google.astimezone(UTC)
    offset = read_date("2026/11/02 2:33:12 PM GMT-5", "%Y/%m/%d %I:%M:%S %p %Z")
    assert offset == google
    assert read_date("11/2/2026 14:33:12", "%m/%d/%Y %H:%M:%S") == datetime(2026, 11, 2, 14, 33, 12)
    iso = read_date("2026-11-02T19:33:12Z", "iso")
    assert iso == google
    with pytest.raises(DateMismatch):
        read_date("2026/11/02 2:33:12 PM XYZ", "%Y/%m/%d %I:%M:%S %p %Z")
    with pytest.raises(DateMismatch):
        read_date("yesterday", "%m/%d/%Y %H:%M:%S")


def test_date_layout_guessed_from_every_sample() -> None:
    assert guess_date_format(["2026/11/02 2:33:12 PM EST"]) == "%Y/%m/%d %I:%M:%S %p %Z"
    assert guess_date_format(["11/2/2026 14:33:12", "11/20/2026 9:01:15"]) == "%m/%d/%Y %H:%M:%S"
    # a day above 12 settles which way round day and month are
    assert guess_date_format(["02/11/2026 14:33:12", "25/11/2026 08:15:00"]) == "%d/%m/%Y %H:%M:%S"
    assert guess_date_format(["2026-11-02T14:33:12-05:00", "2026-11-03 09:00"]) == "iso"
    assert guess_date_format(["soon"]) is None
