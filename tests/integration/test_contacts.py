"""The contact log through its services: what is stored, what the audit log says, what
is refused, corrections and strikes kept in the history, merges and purges, and the
follow-up list's last contact."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from opcc_desk.db.models import ContactRecord, RecordVersionRecord
from opcc_desk.domain.changes import ChangeKind
from opcc_desk.domain.contacts import MAX_NOTE, ContactKind, Direction, Outcome
from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.services import (
    audit,
    changes,
    contacts,
    duplicates,
    followups,
    people,
    referrals,
    retention,
    transfer,
)
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError, StaleRecord

THERAPISTS = """id,first_name,last_name,credentials,languages,approaches,concerns,client_types,age_groups,modalities,locations,fee,sliding_scale_min,accepting,capacity,availability
T-1,Hélène,Gagné,RP,en;fr,relational;cbt,self_worth;relational_patterns,individual,adult,in_person;virtual,Ottawa,160,90,yes,,mon_evening
"""
CLIENTS = """id,first_name,last_name,date_of_birth,email,phone,language,client_type,age_group,concerns,modality,max_fee,consent_to_contact
C-1,Zoë,François,1990-04-02,zoe@example.ca,,en,individual,adult,self_worth,virtual,,yes
C-2,李,小龙,,li@example.ca,,zh,individual,adult,anxiety,virtual,,yes
C-3,Zoe,Francois,1990-04-02,,613-555-0101,en,individual,adult,anxiety,virtual,,yes
"""
SECRET = "Said her partner must not know about the sessions"


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, text in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def stored(ctx: ServiceContext) -> int:
    with ctx.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(ContactRecord)) or 0)


def test_a_contact_stores_who_and_when_and_leaves_the_referral_alone(
    clinic: ServiceContext,
) -> None:
    referral = referrals.create_referral(clinic, "C-1", "T-1")
    referrals.change_status(clinic, referral, S.SENT)
    entry = contacts.add_contact(
        clinic,
        "C-1",
        kind="call",
        direction="out",
        outcome="reached",
        note=SECRET,
        referral_id=referral,
    )
    assert (entry.by, entry.at, entry.logged_at) == ("tester", clinic.clock(), clinic.clock())
    assert (entry.kind, entry.direction, entry.outcome) == (
        ContactKind.CALL,
        Direction.OUT,
        Outcome.REACHED,
    )
    # "reached" is not "contacted": the referral moves only when the desk moves it
    assert [e.to_status for e in referrals.history(clinic, referral)] == [S.PROPOSED, S.SENT]
    assert [r.status for r in referrals.list_referrals(clinic)] == [S.SENT]
    [shown] = contacts.list_contacts(clinic, "C-1")
    assert (shown.note, shown.referral_id) == (SECRET, referral)
    logged = audit.search(clinic, audit.AuditQuery(record_ref="C-1"))
    details = [e.detail for e in logged]
    assert f"contact {entry.id}: call out, reached, referral {referral}" in details
    assert "contact log" in details  # reading the log is a view
    assert not any("partner" in d for d in details)
    assert audit.verify(clinic).intact


def test_an_earlier_time_is_kept_as_given(clinic: ServiceContext) -> None:
    earlier = clinic.clock() - timedelta(days=2, hours=3)
    entry = contacts.add_contact(
        clinic, "C-2", kind="voicemail", direction="in", outcome="left_message", at=earlier
    )
    assert entry.at == earlier
    assert contacts.list_contacts(clinic, "C-2")[0].at == earlier


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"kind": ""}, "kind: is required"),
        ({"kind": "fax"}, "kind: 'fax' is not allowed"),
        ({"direction": ""}, "direction: is required"),
        ({"outcome": "maybe"}, "outcome: 'maybe' is not allowed"),
        ({"note": "x" * (MAX_NOTE + 1)}, f"shorten it to {MAX_NOTE} or fewer"),
        ({"at": "tomorrow"}, "when: is in the future"),
    ],
)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_stored(
    clinic: ServiceContext, fields: dict[str, str], named: str
) -> None:
    values: dict[str, object] = {"kind": "call", "direction": "out", "outcome": "reached"}
    values.update(fields)
    if values.get("at") == "tomorrow":
        values["at"] = clinic.clock() + timedelta(days=1)
    with pytest.raises(contacts.ContactRefused, match=named):
        contacts.add_contact(clinic, "C-1", **values)  # type: ignore[arg-type]
    assert stored(clinic) == 0


def test_every_problem_is_named_at_once(clinic: ServiceContext) -> None:
    with pytest.raises(contacts.ContactRefused) as refused:
        contacts.add_contact(
            clinic, "C-1", kind="", direction="sideways", outcome="", note="y" * 600
        )
    assert [p.field for p in refused.value.problems] == ["kind", "direction", "outcome", "note"]


def test_another_clients_referral_and_an_archived_client_are_refused(
    clinic: ServiceContext,
) -> None:
    theirs = referrals.create_referral(clinic, "C-2", "T-1")
    with pytest.raises(contacts.ContactRefused, match=f"referral {theirs} is not one of"):
        contacts.add_contact(
            clinic, "C-1", kind="call", direction="out", outcome="reached", referral_id=theirs
        )
    people.set_client_archived(clinic, "C-3", True)
    with pytest.raises(ServiceError, match="archived"):
        contacts.add_contact(clinic, "C-3", kind="call", direction="out", outcome="reached")
    assert stored(clinic) == 0


def test_a_correction_keeps_the_values_before_it(clinic: ServiceContext) -> None:
    entry = contacts.add_contact(
        clinic,
        "C-1",
        kind="call",
        direction="out",
        outcome="no_answer",
        at=clinic.clock() - timedelta(hours=2),
        note="first try",
    )
    fixed = contacts.correct_contact(
        clinic,
        entry.id,
        entry.version,
        kind="call",
        direction="out",
        outcome="left_message",
        at=None,  # the time stays as it was
        note="first try, left a message",
    )
    assert fixed.at == entry.at
    assert (fixed.outcome, fixed.note, fixed.corrections) == (
        Outcome.LEFT_MESSAGE,
        "first try, left a message",
        1,
    )
    [before] = contacts.earlier_versions(clinic, entry.id)
    assert (before["outcome"], before["note"]) == ("no_answer", "first try")
    # the form shown before the correction is stale now
    with pytest.raises(StaleRecord):
        contacts.correct_contact(
            clinic,
            entry.id,
            entry.version,
            kind="email",
            direction="out",
            outcome="reached",
            at=None,
        )
    changes = audit.search(clinic, audit.AuditQuery(record_ref="C-1", action="change"))
    assert [e.detail for e in changes] == [f"contact {entry.id}: changed: outcome, note"]


def test_a_struck_entry_stays_marked_with_its_reason(clinic: ServiceContext) -> None:
    entry = contacts.add_contact(clinic, "C-1", kind="email", direction="out", outcome="bounced")
    with pytest.raises(contacts.ContactRefused, match="reason: is required"):
        contacts.strike_contact(clinic, entry.id, entry.version, "  ")
    struck = contacts.strike_contact(clinic, entry.id, entry.version, "logged on the wrong client")
    assert struck.struck and struck.struck_reason == "logged on the wrong client"
    [shown] = contacts.list_contacts(clinic, "C-1")
    assert shown.struck and shown.corrections == 1
    with pytest.raises(ServiceError, match="struck out"):
        contacts.strike_contact(clinic, entry.id, struck.version, "again")
    details = [e.detail for e in audit.search(clinic, audit.AuditQuery(action="change"))]
    assert details == [f"contact {entry.id}: struck out"]


def test_the_follow_up_list_shows_the_last_contact(clinic: ServiceContext) -> None:
    mine = referrals.create_referral(clinic, "C-1", "T-1")
    other = referrals.create_referral(clinic, "C-2", "T-1")
    now = clinic.clock()
    contacts.add_contact(
        clinic, "C-1", kind="call", direction="out", outcome="no_answer", at=now - timedelta(days=3)
    )
    newest = now - timedelta(hours=2)
    contacts.add_contact(clinic, "C-1", kind="email", direction="in", outcome="reached", at=newest)
    wrong = contacts.add_contact(clinic, "C-1", kind="call", direction="out", outcome="reached")
    contacts.strike_contact(clinic, wrong.id, wrong.version, "meant for someone else")
    listed = {f.referral_id: f for f in followups.follow_ups(clinic, include_upcoming=True)}
    last = listed[mine].last_contact
    assert last is not None
    assert (last.at, last.kind, last.outcome) == (newest, ContactKind.EMAIL, Outcome.REACHED)
    assert listed[other].last_contact is None


def test_merging_moves_the_log(clinic: ServiceContext) -> None:
    entry = contacts.add_contact(clinic, "C-3", kind="text", direction="in", outcome="reached")
    duplicates.merge_clients(clinic, "C-1", "C-3")
    assert [c.id for c in contacts.list_contacts(clinic, "C-1")] == [entry.id]
    assert contacts.list_contacts(clinic, "C-3") == []


def test_a_purge_removes_the_log_and_its_history(clinic: ServiceContext) -> None:
    entry = contacts.add_contact(clinic, "C-2", kind="text", direction="in", outcome="reached")
    contacts.correct_contact(
        clinic,
        entry.id,
        entry.version,
        kind="text",
        direction="in",
        outcome="reached",
        at=None,
        note="asked for evenings",
    )
    people.set_client_archived(clinic, "C-2", True)
    now = clinic.clock()
    clinic.clock = lambda: now + timedelta(days=1)
    report = retention.purge_archived(clinic, now + timedelta(hours=1), "retention period over")
    assert report.clients == ["C-2"]
    assert stored(clinic) == 0
    with clinic.transaction() as session:
        kept = session.scalar(
            select(func.count())
            .select_from(RecordVersionRecord)
            .where(RecordVersionRecord.record_type == "contact")
        )
    assert kept == 0


def test_other_desks_see_a_new_or_struck_contact(clinic: ServiceContext) -> None:
    before = changes.change_stamp(clinic)
    entry = contacts.add_contact(clinic, "C-1", kind="call", direction="in", outcome="reached")
    added = changes.change_stamp(clinic)
    assert added.changed_since(before) == {ChangeKind.REFERRALS}  # the follow-ups reload
    contacts.strike_contact(clinic, entry.id, entry.version, "a test call")
    assert changes.change_stamp(clinic).changed_since(added) == {ChangeKind.REFERRALS}
