"""The sample clinic: deterministic, varied, and valid by the program's own checks."""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from datetime import date, datetime, time
from itertools import pairwise
from pathlib import Path

import pytest

import opcc_desk.sample
from opcc_desk.domain.catalogue import parse_catalogue
from opcc_desk.domain.enums import OPEN_STATUSES, AgeGroup, Level, ReferralStatus
from opcc_desk.domain.lifecycle import check_move
from opcc_desk.domain.models import Catalogue, Client, Therapist
from opcc_desk.domain.records import (
    client_from_row,
    client_to_row,
    effective_age_group,
    therapist_from_row,
    therapist_to_row,
)
from opcc_desk.matching import choose_approach
from opcc_desk.resources import resource_path
from opcc_desk.sample import SampleData, SampleReferral, generate

TODAY = date(2026, 11, 26)
MIDNIGHT = datetime.combine(TODAY, time.min)


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return parse_catalogue(resource_path("catalogue.toml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def clinic(catalogue: Catalogue) -> SampleData:
    return generate(catalogue, seed=1, today=TODAY)


@pytest.fixture(scope="module")
def busy_clinic(catalogue: Catalogue) -> SampleData:
    """More referrals than clients, so people are referred again and capacity bites."""
    return generate(catalogue, seed=7, therapists=30, clients=400, referrals=900, today=TODAY)


def scripts_in(text: str) -> set[str]:
    return {unicodedata.name(ch).split()[0] for ch in text if ch.isalpha()}


# --- repeatable --------------------------------------------------------------------------


def test_same_seed_gives_the_same_clinic(catalogue: Catalogue, clinic: SampleData) -> None:
    again = generate(catalogue, seed=1, today=TODAY)
    assert again == clinic
    assert [therapist_to_row(t) for t in again.therapists] == [
        therapist_to_row(t) for t in clinic.therapists
    ]


def test_same_seed_gives_the_same_clinic_in_another_process(clinic: SampleData) -> None:
    """Python salts string hashes per process; nothing may depend on set order."""
    program = (
        "from datetime import date\n"
        "from opcc_desk.domain.catalogue import parse_catalogue\n"
        "from opcc_desk.domain.records import client_to_row, therapist_to_row\n"
        "from opcc_desk.resources import resource_path\n"
        "from opcc_desk.sample import generate\n"
        "catalogue = parse_catalogue(resource_path('catalogue.toml').read_text('utf-8'))\n"
        f"data = generate(catalogue, seed=1, today=date.fromisoformat('{TODAY}'))\n"
        "print(repr(([therapist_to_row(t) for t in data.therapists],"
        " [client_to_row(c) for c in data.clients], data.referrals)))\n"
    )
    here = repr(
        (
            [therapist_to_row(t) for t in clinic.therapists],
            [client_to_row(c) for c in clinic.clients],
            clinic.referrals,
        )
    )
    for hash_seed in ("11", "12"):
        result = subprocess.run(
            [sys.executable, "-c", program],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**os.environ, "PYTHONHASHSEED": hash_seed, "PYTHONIOENCODING": "utf-8"},
            check=True,
        )
        assert result.stdout.strip() == here


def test_another_seed_gives_another_clinic(catalogue: Catalogue, clinic: SampleData) -> None:
    other = generate(catalogue, seed=2, today=TODAY)
    assert [c.full_name for c in other.clients] != [c.full_name for c in clinic.clients]
    assert [t.full_name for t in other.therapists] != [t.full_name for t in clinic.therapists]
    assert [r.created_at for r in other.referrals] != [r.created_at for r in clinic.referrals]


@pytest.mark.parametrize(
    ("therapists", "clients", "referrals"), [(40, 200, 150), (3, 15, 60), (25, 120, 0)]
)
def test_requested_counts_are_honoured(
    catalogue: Catalogue, therapists: int, clients: int, referrals: int
) -> None:
    data = generate(
        catalogue,
        seed=3,
        therapists=therapists,
        clients=clients,
        referrals=referrals,
        today=TODAY,
    )
    assert (len(data.therapists), len(data.clients), len(data.referrals)) == (
        therapists,
        clients,
        referrals,
    )


def test_ids_are_zero_padded_and_unique(busy_clinic: SampleData) -> None:
    therapist_ids = [t.id for t in busy_clinic.therapists]
    client_ids = [c.id for c in busy_clinic.clients]
    assert therapist_ids == [f"T-{i:04d}" for i in range(1, len(therapist_ids) + 1)]
    assert client_ids == [f"C-{i:06d}" for i in range(1, len(client_ids) + 1)]


def test_referrals_without_any_therapist_are_refused(catalogue: Catalogue) -> None:
    with pytest.raises(ValueError, match="no therapist fits"):
        generate(catalogue, therapists=0, clients=10, referrals=5, today=TODAY)


# --- coverage and variety ----------------------------------------------------------------


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_every_approach_and_concern_is_used(catalogue: Catalogue, seed: int) -> None:
    data = generate(catalogue, seed=seed, therapists=20, clients=100, referrals=50, today=TODAY)
    offered = {key for t in data.therapists for key in t.approaches}
    named = {key for c in data.clients for key in c.concerns}
    assert offered == set(catalogue.approaches)
    assert named == set(catalogue.concerns)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_names_come_in_many_scripts(catalogue: Catalogue, seed: int) -> None:
    data = generate(catalogue, seed=seed, clients=200, referrals=0, today=TODAY)
    names = [c.full_name for c in data.clients]
    found = Counter(script for name in names for script in scripts_in(name))
    assert {"LATIN", "CJK", "ARABIC", "CYRILLIC", "HANGUL"} <= set(found)
    accented = [n for n in names if scripts_in(n) == {"LATIN"} and not n.isascii()]
    assert len(accented) >= 10, "French, Vietnamese, Polish… names keep their accents"


def test_most_names_are_in_latin_letters(catalogue: Catalogue) -> None:
    data = generate(catalogue, seed=5, clients=3000, referrals=0, today=TODAY)
    latin = sum(scripts_in(c.full_name) == {"LATIN"} for c in data.clients)
    assert 0.6 <= latin / len(data.clients) <= 0.85


def test_languages_look_like_an_ontario_clinic(catalogue: Catalogue) -> None:
    data = generate(catalogue, seed=5, therapists=200, clients=3000, referrals=0, today=TODAY)
    spoken = Counter(c.language for c in data.clients)
    share = {code: n / len(data.clients) for code, n in spoken.items()}
    assert share["en"] > 0.55
    assert 0.08 <= share["fr"] <= 0.25
    assert len(spoken) >= 10
    assert all("en" in t.languages for t in data.therapists)
    assert sum("fr" in t.languages for t in data.therapists) >= 40


def test_therapists_are_varied_and_plausible(catalogue: Catalogue) -> None:
    therapists = generate(catalogue, seed=4, therapists=300, clients=0, referrals=0, today=TODAY)
    rows = therapists.therapists
    assert {t.gender for t in rows} >= {"woman", "man", "nonbinary"}
    assert {t.level for t in rows} == {Level.SENIOR, Level.ASSOCIATE}
    assert 0.75 <= sum(t.accepting for t in rows) / len(rows) <= 0.95
    assert 0.35 <= sum(t.sliding_scale_min is not None for t in rows) / len(rows) <= 0.65
    colleges = {t.registration.split()[0] for t in rows if t.registration}
    assert {"CRPO", "OCSWSSW", "CPO"} <= colleges
    for t in rows:
        assert 1 <= len(t.approaches) <= 4
        low, high = (60, 110) if t.level is Level.ASSOCIATE else (90, 220)
        assert low <= t.fee <= high, t.id
        if t.sliding_scale_min is not None:
            assert t.sliding_scale_min < t.fee
        assert t.capacity is None or 5 <= t.capacity <= 30
        assert t.bio and t.bio.count(".") <= 3
        linked = {c for a in t.approaches for c in catalogue.approaches[a].concerns}
        assert set(t.concerns) <= linked, (
            f"{t.id} specialises in concerns its approaches do not address"
        )
        assert bool(t.locations) == ("in_person" in t.modalities)


def test_contact_details_are_fictional(busy_clinic: SampleData) -> None:
    people: list[Therapist | Client] = [*busy_clinic.therapists, *busy_clinic.clients]
    for person in people:
        if person.email:
            assert person.email.endswith("example.ca"), person.email
        if person.phone:
            assert re.fullmatch(r"\((416|647|613|905|519|705)\) 555-01\d\d", person.phone)
    for client in busy_clinic.clients:
        assert client.email or client.phone
        if client.postal_code:
            assert re.fullmatch(r"[KLMNP]\d[A-Z] \d[A-Z]\d", client.postal_code)


def test_ages_fit_the_age_group(busy_clinic: SampleData) -> None:
    with_birthday = [c for c in busy_clinic.clients if c.date_of_birth is not None]
    assert len(with_birthday) > 0.75 * len(busy_clinic.clients)
    for client in with_birthday:
        assert client.date_of_birth is not None
        assert client.age_group is None  # worked out from the birth date when needed
        years = (TODAY - client.date_of_birth).days / 365.25
        assert 8 <= years < 86
    groups = Counter(effective_age_group(c, TODAY) for c in busy_clinic.clients)
    assert groups[AgeGroup.ADULT] > groups[AgeGroup.TEEN] + groups[AgeGroup.CHILD]


# --- valid by the program's own checks ---------------------------------------------------


def test_every_record_survives_the_import_checks(
    catalogue: Catalogue, clinic: SampleData, busy_clinic: SampleData
) -> None:
    for data in (clinic, busy_clinic):
        for therapist in data.therapists:
            assert therapist_from_row(therapist_to_row(therapist), catalogue) == therapist
        for client in data.clients:
            again = client_from_row(client_to_row(client), catalogue, today=TODAY)
            assert again == client


def test_every_date_is_before_today(busy_clinic: SampleData) -> None:
    for client in busy_clinic.clients:
        assert client.submitted is not None and client.submitted < MIDNIGHT
        assert client.date_of_birth is None or client.date_of_birth < TODAY
    assert all(e.at < MIDNIGHT for r in busy_clinic.referrals for e in r.events)
    oldest = min(c.submitted for c in busy_clinic.clients if c.submitted)
    assert (MIDNIGHT - oldest).days <= 2 * 366


# --- referrals ---------------------------------------------------------------------------


def check_history(referral: SampleReferral) -> None:
    """The program's own lifecycle rules accept every step, in order, with a reason where due."""
    events = referral.events
    assert events[0].status is ReferralStatus.PROPOSED
    assert events[0].at == referral.created_at
    for before, after in pairwise(events):
        assert after.at > before.at, referral
        check_move(before.status, after.status, after.reason)
    for event in events:
        if event.status in {ReferralStatus.DECLINED, ReferralStatus.WITHDRAWN}:
            assert event.reason.strip(), f"{event.status} needs a reason"


def test_referral_histories_follow_the_lifecycle(
    clinic: SampleData, busy_clinic: SampleData
) -> None:
    for data in (clinic, busy_clinic):
        for referral in data.referrals:
            check_history(referral)
    endings = Counter(r.events[-1].status for r in busy_clinic.referrals)
    assert set(endings) >= {
        ReferralStatus.CLOSED,
        ReferralStatus.ACTIVE,
        ReferralStatus.DECLINED,
        ReferralStatus.NO_RESPONSE,
        ReferralStatus.WITHDRAWN,
    }


def test_older_referrals_are_further_along(busy_clinic: SampleData) -> None:
    by_age = sorted(busy_clinic.referrals, key=lambda r: r.created_at)
    oldest, newest = by_age[: len(by_age) // 3], by_age[-len(by_age) // 3 :]

    def still_open(group: list[SampleReferral]) -> float:
        return sum(r.events[-1].status in OPEN_STATUSES for r in group) / len(group)

    assert still_open(oldest) < still_open(newest)


def test_referrals_pair_people_who_fit(busy_clinic: SampleData) -> None:
    therapists = {t.id: t for t in busy_clinic.therapists}
    clients = {c.id: c for c in busy_clinic.clients}
    for referral in busy_clinic.referrals:
        therapist, client = therapists[referral.therapist_id], clients[referral.client_id]
        assert client.language in therapist.languages
        assert client.client_type in therapist.client_types
        assert referral.approach in therapist.approaches
        assert client.submitted is not None and referral.created_at > client.submitted


def test_referrals_carry_the_approach_a_match_would_choose(
    catalogue: Catalogue, busy_clinic: SampleData
) -> None:
    therapists = {t.id: t for t in busy_clinic.therapists}
    clients = {c.id: c for c in busy_clinic.clients}
    for referral in busy_clinic.referrals:
        therapist, client = therapists[referral.therapist_id], clients[referral.client_id]
        assert referral.approach == choose_approach(client, therapist, catalogue)[0]


def test_no_therapist_is_over_capacity(clinic: SampleData, busy_clinic: SampleData) -> None:
    for data in (clinic, busy_clinic):
        still_open = Counter(
            r.therapist_id for r in data.referrals if r.events[-1].status in OPEN_STATUSES
        )
        for therapist in data.therapists:
            if therapist.capacity is not None:
                assert still_open[therapist.id] <= therapist.capacity, therapist.id
    assert any(r.events[-1].reason == "Therapist schedule full" for r in busy_clinic.referrals)


# --- kept apart from the rest of the program ---------------------------------------------


def test_sample_package_imports_only_the_standard_library_and_the_domain() -> None:
    folder = Path(opcc_desk.sample.__file__).parent
    for source in folder.glob("*.py"):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                modules = [node.module]
            else:
                continue
            for module in modules:
                top = module.split(".")[0]
                inside = module.startswith(("opcc_desk.domain", "opcc_desk.sample"))
                assert inside or top in sys.stdlib_module_names or top == "__future__", (
                    f"{source.name} imports {module}"
                )
