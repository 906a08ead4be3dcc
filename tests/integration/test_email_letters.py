"""Sending the referral letter by email, through a real SMTP server on this machine
(aiosmtpd): the attachment is an AES-256 encrypted PDF that opens with the passphrase
printed once, the message body carries no health information, and every refusal or
failure stores nothing as sent."""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from opcc_desk.__main__ import main
from opcc_desk.app import create_database
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts
from smtp_server import (
    ACCOUNT_PASSWORD,
    Inbox,
    free_port,
    pdf_attachment,
    smtp_server,
    starttls_server,
)

ADMIN_PW = "admin pass phrase 1"
STAFF_PW = "staff pass phrase 1"
SMTP_PW = ACCOUNT_PASSWORD

THERAPISTS = """id,first_name,last_name,languages,approaches,concerns,client_types,age_groups,modalities,fee,accepting
T-1,Ana,Silva,en;fr,cbt;emdr,trauma;anxiety,individual,adult,virtual,110,yes
"""
CLIENTS = """id,first_name,last_name,email,language,client_type,age_group,concerns,modality,consent_to_contact,email_consent
C-1,Ravi,Patel,ravi@example.ca,en,individual,adult,anxiety;trauma,virtual,yes,yes
C-2,Mira,Chen,mira@example.ca,en,individual,adult,anxiety,virtual,yes,
C-3,Élise,Aubin,elise@example.ca,fr,individual,adult,trauma,virtual,yes,yes
"""


@pytest.fixture
def inbox() -> Iterator[tuple[Inbox, int]]:
    with smtp_server() as box:
        yield box, box.port


@pytest.fixture
def clinic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """An unencrypted clinic file (so its bytes can be searched) with an admin (boss) and a
    receptionist (amy), a therapist, three clients and a referral for each."""
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    ctx = create_database(url, "boss", ADMIN_PW, encrypted=False)
    accounts.add_user(ctx, "amy", STAFF_PW, Role.RECEPTION)
    ctx.engine.dispose()
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    for kind, text in (("therapists", THERAPISTS), ("clients", CLIENTS)):
        path = tmp_path / f"{kind}.csv"
        path.write_text(text, encoding="utf-8")
        assert main(["--db", url, "--user", "boss", "import", kind, str(path)]) == 0
    for client in ("C-1", "C-2", "C-3"):
        assert main(["--db", url, "--user", "boss", "refer", client, "T-1"]) == 0
    yield url


def run_as(url: str, user: str, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW if user == "boss" else STAFF_PW)
    return main(["--db", url, "--user", user, *args])


def set_server(url: str, port: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPCC_DESK_SMTP_PASSWORD", SMTP_PW)
    assert (
        run_as(
            url, "boss", monkeypatch,
            "email", "set", "--host", "127.0.0.1", "--port", str(port), "--plain",
            "--user", "mailer", "--from", "intake@clinic.example.ca",
        )
        == 0
    )  # fmt: skip
    monkeypatch.delenv("OPCC_DESK_SMTP_PASSWORD")


def sends(url: str) -> list[tuple[Any, ...]]:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
        return db.execute(
            "SELECT referral_id, letter_version, address, sent_by FROM email_sends"
        ).fetchall()


def text_of(pdf: bytes, passphrase: str = "") -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if passphrase:
        assert reader.decrypt(passphrase)
    return " ".join((page.extract_text() or "") for page in reader.pages)


def test_a_receptionist_sends_the_letter_encrypted_and_reads_the_passphrase(
    clinic: str,
    inbox: tuple[Inbox, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    box, port = inbox
    set_server(clinic, port, monkeypatch)
    capsys.readouterr()
    kept = tmp_path / "kept.pdf"
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email", "-o", str(kept)) == 0
    shown = capsys.readouterr().out.strip().splitlines()
    passphrase = shown[-1]
    assert len(passphrase) == 19 and passphrase.count("-") == 3
    assert "ravi@example.ca" in shown[0]

    assert box.logins == [("mailer", SMTP_PW)]  # the stored password opened for reception
    [message] = box.messages
    assert message["To"] == "ravi@example.ca"
    assert message["From"] == "intake@clinic.example.ca"
    pdf = pdf_attachment(message)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    assert reader.decrypt("not the passphrase") == 0
    assert reader._encryption is not None and reader._encryption.V == 5  # AES-256 (R6)
    stored = text_of(kept.read_bytes())
    assert "Ravi" in stored
    assert text_of(pdf, passphrase) == stored

    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    words = body.get_content().lower()
    assert "hello ravi" in words and "phone" in words
    assert passphrase not in words and passphrase not in message.as_string()
    for health in ("anxiety", "anxiet", "trauma", "cbt", "cognitive", "emdr", "ana", "silva"):
        assert health not in words.split() and health not in message["Subject"].lower(), health
    assert sends(clinic) == [(1, 1, "ravi@example.ca", "amy")]
    database = Path(clinic.removeprefix("sqlite:///"))
    kept_files = [p for p in database.parent.iterdir() if p.name.startswith(database.name)]
    assert all(passphrase.encode() not in p.read_bytes() for p in kept_files)

    assert run_as(clinic, "boss", monkeypatch, "audit", "search", "--action", "email") == 0
    log = capsys.readouterr().out
    assert "C-1" in log and "sent by email" in log and "ravi" not in log.lower()


def test_the_french_message_greets_in_french_and_names_no_concern(
    clinic: str,
    inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    box, port = inbox
    set_server(clinic, port, monkeypatch)
    assert run_as(clinic, "amy", monkeypatch, "letter", "3", "--email") == 0
    passphrase = capsys.readouterr().out.strip().splitlines()[-1]
    [message] = box.messages
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    words = body.get_content().lower()
    assert words.startswith("bonjour élise,") and "téléphone" in words
    assert "trauma" not in words and "emdr" not in words
    assert "Élise" in text_of(pdf_attachment(message), passphrase)


def test_no_email_consent_means_no_send(
    clinic: str,
    inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    box, port = inbox
    set_server(clinic, port, monkeypatch)
    capsys.readouterr()
    assert run_as(clinic, "amy", monkeypatch, "letter", "2", "--email") == 2
    err = capsys.readouterr().err
    assert "C-2 has not agreed to receive health information by email" in err
    assert "intake form" in err
    assert box.messages == [] and box.logins == []
    assert sends(clinic) == []


def test_an_ended_referral_is_sent_only_with_force(
    clinic: str,
    inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    box, port = inbox
    set_server(clinic, port, monkeypatch)
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email") == 0  # stored now
    box.messages.clear()
    reason = ["--reason", "moved away"]
    assert run_as(clinic, "amy", monkeypatch, "referral", "status", "1", "withdrawn", *reason) == 0
    capsys.readouterr()
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email") == 2
    err = capsys.readouterr().err
    assert "Referral 1 has ended (withdrawn)" in err
    assert box.messages == [] and sends(clinic) == [(1, 1, "ravi@example.ca", "amy")]
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email", "--force") == 0
    assert len(box.messages) == 1 and len(sends(clinic)) == 2


def test_a_server_that_drops_mid_send_leaves_the_letter_unsent(
    clinic: str,
    inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    box, port = inbox
    set_server(clinic, port, monkeypatch)
    box.drop_at_data = True
    capsys.readouterr()
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email") == 2
    err = capsys.readouterr().err
    assert "was not sent" in err and "closed the connection" in err
    assert box.messages == []
    assert sends(clinic) == []


def test_a_server_that_cannot_be_reached_says_so(
    clinic: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_server(clinic, free_port(), monkeypatch)  # a port nobody listens on
    capsys.readouterr()
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email") == 2
    assert "cannot be reached" in capsys.readouterr().err
    assert sends(clinic) == []


def test_plain_to_another_host_is_refused_when_set_and_when_sending(
    clinic: str,
    inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    box, _port = inbox
    capsys.readouterr()
    assert (
        run_as(
            clinic, "boss", monkeypatch,
            "email", "set", "--host", "smtp.example.ca", "--port", "25", "--plain",
            "--from", "intake@clinic.example.ca",
        )
        == 2
    )  # fmt: skip
    assert "only allowed to a mail server on this computer" in capsys.readouterr().err
    # a setting written by hand (or by another version) is refused again at send time
    with sqlite3.connect(clinic.removeprefix("sqlite:///")) as db:
        db.execute(
            "INSERT INTO settings (key, value) VALUES ('mail_server', json(?))",
            (
                '{"host": "smtp.example.ca", "port": 25, "security": "plain", "user": "", '
                '"from_address": "intake@clinic.example.ca", "password_box": ""}',
            ),
        )
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email") == 2
    assert "smtp.example.ca" in capsys.readouterr().err
    assert box.messages == [] and sends(clinic) == []


def test_reception_sends_but_cannot_change_the_mail_server(
    clinic: str,
    inbox: tuple[Inbox, int],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    box, port = inbox
    set_server(clinic, port, monkeypatch)
    capsys.readouterr()
    monkeypatch.setenv("OPCC_DESK_SMTP_PASSWORD", "a password of amy's own")
    assert (
        run_as(
            clinic, "amy", monkeypatch,
            "email", "set", "--host", "127.0.0.1", "--port", "2525", "--plain",
            "--user", "amy", "--from", "amy@example.ca",
        )
        == 2
    )  # fmt: skip
    assert "may not do this (mail_server)" in capsys.readouterr().err
    assert run_as(clinic, "boss", monkeypatch, "email", "show") == 0
    assert f"127.0.0.1:{port} (plain), account mailer" in capsys.readouterr().out
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email") == 0
    assert len(box.messages) == 1


def test_the_mail_password_is_never_in_the_database_or_the_log_in_clear(
    clinic: str,
    inbox: tuple[Inbox, int],
    tmp_path: Path,
    private_home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    box, port = inbox
    set_server(clinic, port, monkeypatch)
    assert run_as(clinic, "amy", monkeypatch, "letter", "1", "--email") == 0
    assert box.logins == [("mailer", SMTP_PW)]
    with sqlite3.connect(clinic.removeprefix("sqlite:///")) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        stored = db.execute("SELECT value FROM settings WHERE key = 'mail_server'").fetchone()
    assert "password_box" in stored[0]
    secret = SMTP_PW.encode()
    searched = 0
    for folder in (tmp_path, private_home):
        for path in folder.rglob("*"):
            if path.is_file():
                searched += 1
                assert secret not in path.read_bytes(), path
    assert searched >= 3


def test_starttls_checks_the_servers_certificate(
    clinic: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ssl

    from opcc_desk.app import open_context
    from opcc_desk.services import email_letters, mail_server
    from opcc_desk.services.errors import ServiceError

    with starttls_server(tmp_path) as (box, certificate):
        boss = open_context(clinic, user="boss", password=ADMIN_PW)
        mail_server.set_server(
            boss,
            host="127.0.0.1",
            port=box.port,
            security="starttls",
            from_address="intake@clinic.example.ca",
            user="mailer",
            password=SMTP_PW,
        )
        boss.engine.dispose()
        amy = open_context(clinic, user="amy", password=STAFF_PW)
        try:
            # a certificate nobody vouches for: refused before the password goes out
            with pytest.raises(ServiceError, match="could not prove who it is"):
                email_letters.send_letter(amy, 1)
            assert box.logins == [] and box.messages == [] and sends(clinic) == []
            # the clinic's own authority trusted: the letter goes, inside TLS
            trusting = ssl.create_default_context(cafile=str(certificate))
            sent = email_letters.send_letter(amy, 1, ssl_context=trusting)
        finally:
            amy.engine.dispose()
    assert box.logins == [("mailer", SMTP_PW)]
    [message] = box.messages
    assert text_of(pdf_attachment(message), sent.passphrase)
    assert sends(clinic) == [(1, 1, "ravi@example.ca", "amy")]
