"""Consent to be contacted is a rule, not a checkbox: no referral, no letter (alone or in
a batch) for a client without it, from the services and the command line; the director
lists the records that lack it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, text

from opcc_desk.__main__ import main
from opcc_desk.db.models import AuditRecord
from opcc_desk.domain.roles import Role
from opcc_desk.services import consent, letters, referrals, transfer
from opcc_desk.services.consent import NoConsent
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotAllowed

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en,cbt,anxiety,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact,submitted
C-1,Zoë,François,zoe@example.ca,en,individual,adult,anxiety,virtual,yes,2026-11-01
C-2,Marc,Dubois,marc@example.ca,en,individual,adult,anxiety,virtual,no,2026-11-02
"""


@pytest.fixture
def clinic(ctx: ServiceContext, tmp_path: Path) -> ServiceContext:
    for kind, body in ((transfer.Kind.THERAPISTS, THERAPISTS), (transfer.Kind.CLIENTS, CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(body, encoding="utf-8")
        transfer.import_file(ctx, kind, path)
    return ctx


def take_back_consent(ctx: ServiceContext, client_id: str) -> None:
    """A record from before the rule: a referral exists, the consent does not."""
    with ctx.transaction() as session:
        session.execute(
            text("UPDATE clients SET consent_to_contact = false WHERE ref = :ref"),
            {"ref": client_id},
        )


def test_no_referral_without_consent_and_the_message_says_what_to_do(
    clinic: ServiceContext,
) -> None:
    with pytest.raises(NoConsent) as refused:
        referrals.create_referral(clinic, "C-2", "T-1")
    assert "C-2" in str(refused.value)
    assert "record the client's consent on their intake form first" in str(refused.value)
    assert referrals.list_referrals(clinic) == []
    assert referrals.create_referral(clinic, "C-1", "T-1") > 0


def test_no_letter_alone_or_in_a_batch_without_consent(clinic: ServiceContext) -> None:
    made = referrals.create_referral(clinic, "C-1", "T-1")
    stored = letters.generate_letter(clinic, made).info.version
    other = referrals.create_referral(clinic, "C-1", "T-1", over_capacity=False)
    take_back_consent(clinic, "C-1")
    for make in (
        lambda: letters.check_letter(clinic, other),
        lambda: letters.generate_letter(clinic, other),
        lambda: letters.letter_for_batch(clinic, other),
        lambda: letters.letter_for_batch(clinic, made),  # not even the one already stored
    ):
        with pytest.raises(NoConsent, match="record the client's consent"):
            make()
    assert letters.list_letters(clinic, other) == []
    assert [i.version for i in letters.list_letters(clinic, made)] == [stored]


def test_the_director_lists_records_without_consent_and_it_is_audited(
    clinic: ServiceContext,
) -> None:
    referrals.create_referral(clinic, "C-1", "T-1")
    take_back_consent(clinic, "C-1")
    clinic.user, clinic.role = "dora", Role.DIRECTOR
    found = consent.without_consent(clinic)
    assert [(c.client_id, c.name, c.open_referrals) for c in found] == [
        ("C-2", "Marc Dubois", 0),
        ("C-1", "Zoë François", 1),
    ]
    with clinic.transaction() as session:
        last = session.scalars(select(AuditRecord).order_by(AuditRecord.id.desc())).first()
        assert last is not None
        assert (last.user, last.action) == ("dora", "view")
        assert "without consent" in last.detail and "Marc" not in last.detail
    clinic.role = Role.RECEPTION
    with pytest.raises(NotAllowed, match="needs a director account"):
        consent.without_consent(clinic)


def test_command_line_refuses_and_lists(
    clinic: ServiceContext, db_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", db_url, "refer", "C-2", "T-1"]) == 2
    assert "record the client's consent on their intake form first" in capsys.readouterr().err
    assert main(["--db", db_url, "consent", "missing"]) == 0
    out = capsys.readouterr().out
    assert "C-2  Marc Dubois  intake 2026-11-02" in out
    assert "C-1" not in out
    assert "1 client(s) without consent to be contacted" in out
