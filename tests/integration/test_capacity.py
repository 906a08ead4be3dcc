"""A therapist at capacity gets no further referral, even from desks racing each other;
a director may refer over capacity with a reason, which the audit log keeps."""

from __future__ import annotations

import multiprocessing
from multiprocessing.synchronize import Barrier
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from opcc_desk.__main__ import main
from opcc_desk.app import create_database, open_context
from opcc_desk.db.models import ReferralRecord
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, audit, referrals, transfer
from opcc_desk.services.audit import AuditQuery
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotAllowed, ServiceError
from opcc_desk.services.referrals import AtCapacity

RACERS = 10
THERAPISTS = (
    "id,first_name,last_name,languages,approaches,client_types,age_groups,modalities,fee,"
    "accepting,capacity\n"
    "T-1,Hélène,Gagné,en,cbt,individual,adult,virtual,120,yes,1\n"
    "T-2,Ana,Silva,en,cbt,individual,adult,virtual,120,yes,\n"
)
CLIENT_HEADER = (
    "id,first_name,last_name,email,language,client_type,concerns,modality,consent_to_contact"
)
ADMIN_PW = "correct horse battery"
STAFF_PW = "staff password 1"


def fill(ctx: ServiceContext, folder: Path) -> None:
    therapists = folder / "t.csv"
    therapists.write_text(THERAPISTS, encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.THERAPISTS, therapists)
    clients = folder / "c.csv"
    rows = [
        f"C-{n},Client,Number{n},c{n}@example.ca,en,individual,anxiety,virtual,yes"
        for n in range(1, RACERS + 1)
    ]
    clients.write_text("\n".join([CLIENT_HEADER, *rows]) + "\n", encoding="utf-8")
    transfer.import_file(ctx, transfer.Kind.CLIENTS, clients)


def referrals_to(ctx: ServiceContext, therapist_id: str) -> int:
    return sum(1 for r in referrals.list_referrals(ctx) if r.therapist_id == therapist_id)


def test_a_therapist_at_capacity_is_refused(ctx: ServiceContext, tmp_path: Path) -> None:
    fill(ctx, tmp_path)
    referrals.create_referral(ctx, "C-1", "T-1")
    with pytest.raises(AtCapacity) as full:
        referrals.create_referral(ctx, "C-2", "T-1")
    assert "Therapist T-1 is at capacity" in str(full.value)
    assert "capacity 1" in str(full.value)
    assert referrals_to(ctx, "T-1") == 1
    # no capacity given: no limit
    for n in (2, 3, 4):
        referrals.create_referral(ctx, f"C-{n}", "T-2")
    assert referrals_to(ctx, "T-2") == 3


def test_a_closed_referral_frees_the_place(ctx: ServiceContext, tmp_path: Path) -> None:
    from opcc_desk.domain.enums import ReferralStatus

    fill(ctx, tmp_path)
    first = referrals.create_referral(ctx, "C-1", "T-1")
    referrals.change_status(ctx, first, ReferralStatus.WITHDRAWN, "moved away")
    referrals.create_referral(ctx, "C-2", "T-1")
    assert referrals_to(ctx, "T-1") == 2


def signed_in(url: str, user: str, password: str) -> ServiceContext:
    return open_context(url, user=user, password=password)


@pytest.fixture
def staffed(db_url: str, tmp_path: Path) -> str:
    """A clinic with an admin, a receptionist and a director; T-1 already has its one client."""
    admin = create_database(db_url, "boss", ADMIN_PW, encrypted=False)
    accounts.sign_in(admin, "boss", ADMIN_PW)
    accounts.add_user(admin, "desk", STAFF_PW, Role.RECEPTION)
    accounts.add_user(admin, "doctor", STAFF_PW, Role.DIRECTOR)
    fill(admin, tmp_path)
    referrals.create_referral(admin, "C-1", "T-1")
    admin.engine.dispose()
    return db_url


def test_only_a_director_refers_over_capacity_with_a_reason(
    staffed: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", STAFF_PW)
    refer = ["--db", staffed, "--user"]
    assert main([*refer, "desk", "refer", "C-2", "T-1"]) == 2
    assert "Therapist T-1 is at capacity" in capsys.readouterr().err
    over = ["refer", "C-2", "T-1", "--over-capacity", "--reason", "Continuity of care"]
    assert main([*refer, "desk", *over]) == 2
    assert "director" in capsys.readouterr().err
    assert main([*refer, "doctor", "refer", "C-2", "T-1", "--over-capacity"]) == 2
    assert "needs a reason" in capsys.readouterr().err
    assert main([*refer, "doctor", *over]) == 0
    referral_id = capsys.readouterr().out.strip().splitlines()[-1]

    doctor = signed_in(staffed, "doctor", STAFF_PW)
    assert referrals_to(doctor, "T-1") == 2
    entries = audit.search(doctor, AuditQuery(action="refer", record_ref="C-2"))
    assert len(entries) == 1 and entries[0].user == "doctor"
    assert f"referral {referral_id} to T-1 over capacity" in entries[0].detail
    assert "Continuity of care" in entries[0].detail
    doctor.engine.dispose()
    desk = signed_in(staffed, "desk", STAFF_PW)
    with pytest.raises(NotAllowed):
        referrals.create_referral(desk, "C-3", "T-2", over_capacity=True, reason="why not")
    desk.engine.dispose()


def _race(url: str, client_id: str, barrier: Barrier, results: Any) -> None:
    """One desk: opens the database, waits for the others, then refers to T-1."""
    ctx = open_context(url)
    ctx.catalogue  # noqa: B018 - loaded before the start, so the race is the referral itself
    barrier.wait(timeout=120)
    try:
        referrals.create_referral(ctx, client_id, "T-1")
        results.put((client_id, "referred"))
    except AtCapacity:
        results.put((client_id, "at capacity"))
    except ServiceError as error:
        results.put((client_id, f"other: {error}"))
    finally:
        ctx.engine.dispose()


def test_racing_desks_book_a_capacity_one_therapist_once(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    fill(ctx, tmp_path)
    url = str(ctx.engine.url.render_as_string(hide_password=False))
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(RACERS)
    results = spawn.Queue()
    desks = [
        spawn.Process(target=_race, args=(url, f"C-{n}", barrier, results))
        for n in range(1, RACERS + 1)
    ]
    for desk in desks:
        desk.start()
    outcomes = [results.get(timeout=180) for _ in desks]
    for desk in desks:
        desk.join(timeout=60)
    assert all(desk.exitcode == 0 for desk in desks)
    said = sorted(outcome for _client, outcome in outcomes)
    assert said == ["at capacity"] * (RACERS - 1) + ["referred"]
    with ctx.transaction() as session:
        assert session.scalar(select(func.count()).select_from(ReferralRecord)) == 1
