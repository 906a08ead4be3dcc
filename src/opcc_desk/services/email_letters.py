"""Sending a referral letter by email: an AES-256 encrypted PDF, the passphrase by phone.

The send is three steps rather than one transaction: read and check everything (and
make the letter when the referral has none), talk to the mail server with no
transaction open (a slow server must not hold the database), then store the send and
its audit entry. A refused or failed send stores no send; a letter made for it stays,
as if made from the letter view.
"""

from __future__ import annotations

import io
import secrets
import smtplib
import ssl
from dataclasses import dataclass, field, replace
from datetime import datetime
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from sqlalchemy import select

from opcc_desk.db.models import ClientRecord, EmailSendRecord, LetterRecord, ReferralRecord
from opcc_desk.domain.audit import Action
from opcc_desk.domain.enums import ReferralStatus
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.settings import MAIL_SERVER, MailServer, plain_problem
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.letters.email_body import letter_email
from opcc_desk.letters.letterhead import LETTERHEAD
from opcc_desk.services import audit, letters, mail_server, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError

TIMEOUT_S = 30.0
# no look-alikes (0/o, 1/l/i, 2/z, 5/s, 8/b, g/q): easy to read aloud and to type
PASSPHRASE_LETTERS = "acdefhjkmnprtuvwxy34679"
PASSPHRASE_GROUPS = 4  # four groups of four: about 72 bits

NO_SERVER = msg(
    "EmailLetters",
    "No mail server is set up, so letters cannot be sent by email. An admin sets it "
    "up under Security → Mail server… (or opcc-desk email set).",
)
# the same words as domain/settings.plain_problem, said whole in the window's language
PLAIN_REFUSED = msg(
    "EmailLetters",
    "The letter was not sent. A connection without TLS is only allowed to a mail server on "
    "this computer (localhost); '{host}' is not. Use --tls or --starttls.",
)
NO_REFERRAL = msg("EmailLetters", "There is no referral {referral}.")
NO_CONSENT = msg(
    "EmailLetters",
    "Client {client} has not agreed to be contacted, so the letter was not "
    "sent. Record the client's consent on their intake form first.",
)
NO_EMAIL_CONSENT = msg(
    "EmailLetters",
    "Client {client} has not agreed to receive health information by email, "
    "so the letter was not sent. Record their consent on the intake form "
    "(“Agrees to receive health information by email”), or print the "
    "letter instead.",
)
NO_ADDRESS = msg(
    "EmailLetters",
    "Client {client} has no email address; add it on the intake form, or print the letter instead.",
)
LETTER_GONE = msg("EmailLetters", "Referral {referral}'s letter is gone; it was sent all the same.")
LOGIN_REFUSED = msg(
    "EmailLetters",
    "The letter was not sent: the mail server refused the account name or password. "
    "An admin can check them under Security → Mail server….",
)
ADDRESS_REFUSED = msg(
    "EmailLetters",
    "The letter was not sent: the mail server refused the client's address. Check "
    "the address on the intake form.",
)
NO_STARTTLS = msg(
    "EmailLetters",
    "The letter was not sent: the mail server at {where} does not offer STARTTLS. "
    "An admin should choose TLS, or the port that offers STARTTLS (often 587).",
)
DISCONNECTED = msg(
    "EmailLetters",
    "The letter was not sent: the mail server at {where} closed the connection "
    "before it accepted the letter. Try again in a moment.",
)
SERVER_REFUSED = msg(
    "EmailLetters",
    "The letter was not sent: the mail server at {where} refused it "
    "({code}). Try again later, or ask whoever runs the mail server.",
)
NOT_ACCEPTED = msg(
    "EmailLetters", "The letter was not sent: the mail server at {where} did not accept it."
)
UNTRUSTED = msg(
    "EmailLetters",
    "The letter was not sent: the mail server at {where} could not prove who it is "
    "(its certificate is not trusted). Ask whoever runs the mail server.",
)
NO_SECURE_LINK = msg(
    "EmailLetters",
    "The letter was not sent: no secure connection could be made with {where}. "
    "Check the port and the TLS/STARTTLS choice under Security → Mail server….",
)
TIMED_OUT = msg(
    "EmailLetters",
    "The letter was not sent: the mail server at {where} did not answer in time. "
    "Check the network, then try again.",
)
UNREACHABLE = msg(
    "EmailLetters",
    "The letter was not sent: the mail server at {where} cannot be reached. "
    "Check the network and the server's name and port.",
)


class NotSent(ServiceError):
    """The letter was not sent; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class SentLetter:
    referral_id: int
    version: int
    address: str
    made_now: bool  # the referral had no letter, so one was made to send
    # shown once to the person at the desk, to read to the client; never stored
    passphrase: str = field(repr=False)


@dataclass(frozen=True, slots=True)
class EmailSend:
    referral_id: int
    version: int
    address: str
    sent_at: datetime
    sent_by: str
    sha256: str


@dataclass(frozen=True, slots=True)
class _Ready:
    server: MailServer
    password: str
    address: str
    greeting_name: str
    client_ref: str
    clinic_name: str
    clinic_phone: str


def new_passphrase() -> str:
    groups = (
        "".join(secrets.choice(PASSPHRASE_LETTERS) for _ in range(4))
        for _ in range(PASSPHRASE_GROUPS)
    )
    return "-".join(groups)


def encrypt_pdf(pdf: bytes, passphrase: str) -> bytes:
    """The PDF, AES-256 encrypted: it opens only with ``passphrase``."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(
        user_password=passphrase,
        owner_password=secrets.token_urlsafe(24),
        algorithm="AES-256",
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _prepare(ctx: ServiceContext, referral_id: int, *, allow_ended: bool) -> _Ready:
    """Everything checked before a letter is made or the server is called."""
    server = settings.get(ctx, MAIL_SERVER)
    if not server.configured:
        raise NotSent(say(NO_SERVER))
    refused = plain_problem(server)
    if refused:
        raise NotSent(say(PLAIN_REFUSED, host=server.host))
    with ctx.transaction() as session:
        referral = session.get(ReferralRecord, referral_id)
        if referral is None:
            raise NotFound(say(NO_REFERRAL, referral=referral_id))
        client: ClientRecord = referral.client
        status = ReferralStatus(referral.status)
        if not status.is_open and not allow_ended:
            raise letters.ReferralEnded(referral_id, status)
        if not client.consent_to_contact:
            raise NotSent(say(NO_CONSENT, client=client.ref))
        if not client.email_consent:
            raise NotSent(say(NO_EMAIL_CONSENT, client=client.ref))
        if not client.email:
            raise NotSent(say(NO_ADDRESS, client=client.ref))
        letterhead = settings.read(session, LETTERHEAD)
        ready = _Ready(
            server=server,
            password="",
            address=client.email,
            greeting_name=client.preferred_name or client.first_name,
            client_ref=client.ref,
            clinic_name=letterhead.name,
            clinic_phone=letterhead.phone,
        )
    password = mail_server.server_password(ctx, server)
    return replace(ready, password=password)


def check_send(ctx: ServiceContext, referral_id: int) -> str:
    """The address the letter would go to; NotSent, saying what to do, when it cannot go.
    (A referral that has ended passes: the window asks about it, see :func:`ending`.)"""
    ctx.require(Permission.LETTERS)
    return _prepare(ctx, referral_id, allow_ended=True).address


def ending(ctx: ServiceContext, referral_id: int) -> ReferralStatus | None:
    """The referral's ending (closed, declined…) when it has ended, else None."""
    ctx.require(Permission.LETTERS)
    with ctx.transaction() as session:
        referral = session.get(ReferralRecord, referral_id)
        if referral is None:
            raise NotFound(say(NO_REFERRAL, referral=referral_id))
        status = ReferralStatus(referral.status)
        return None if status.is_open else status


def send_letter(
    ctx: ServiceContext,
    referral_id: int,
    *,
    language: str | None = None,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = TIMEOUT_S,
    allow_ended: bool = False,
) -> SentLetter:
    """Send the referral's newest letter (made now when it has none) to the client.

    Needs the client's consent to email and an address; refused (NotSent, nothing
    stored) without them, and when the server refuses or the connection fails.
    ``ssl_context`` is for a clinic whose server uses its own certificate authority.
    A referral that has ended is refused (ReferralEnded) unless ``allow_ended``.
    """
    ctx.require(Permission.LETTERS)
    ready = _prepare(ctx, referral_id, allow_ended=allow_ended)
    letter, made_now = letters.letter_for_batch(ctx, referral_id, language)
    passphrase = new_passphrase()
    text = letter_email(
        letter.info.language, ready.greeting_name, ready.clinic_name, ready.clinic_phone
    )
    message = EmailMessage()
    message["Subject"] = text.subject
    message["From"] = ready.server.from_address
    message["To"] = ready.address
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=ready.server.from_address.rpartition("@")[2])
    message.set_content(text.body)
    message.add_attachment(
        encrypt_pdf(letter.pdf, passphrase),
        maintype="application",
        subtype="pdf",
        filename=text.attachment_name,
    )
    _deliver(ready, message, ssl_context or ssl.create_default_context(), timeout)
    with ctx.transaction() as session:
        record = session.scalar(
            select(LetterRecord).where(
                LetterRecord.referral_id == referral_id,
                LetterRecord.version == letter.info.version,
            )
        )
        if record is None:  # purged between the send and now: nothing left to link
            raise NotFound(say(LETTER_GONE, referral=referral_id))
        session.add(
            EmailSendRecord(
                referral_id=referral_id,
                letter_id=record.id,
                letter_version=letter.info.version,
                letter_sha256=letter.info.sha256,
                address=ready.address,
                sent_at=ctx.clock(),
                sent_by=ctx.user,
            )
        )
        what = (
            f"referral {referral_id}, letter version {letter.info.version} sent by email "
            "(encrypted; passphrase given by phone)"
        )
        audit.append(session, ctx, Action.EMAIL, "client", ready.client_ref, what)
    return SentLetter(referral_id, letter.info.version, ready.address, made_now, passphrase)


def _deliver(ready: _Ready, message: EmailMessage, context: ssl.SSLContext, timeout: float) -> None:
    server = ready.server
    where = f"{server.host}:{server.port}"
    client: smtplib.SMTP | None = None
    try:
        if server.security == "tls":
            client = smtplib.SMTP_SSL(server.host, server.port, timeout=timeout, context=context)
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=timeout)
            if server.security == "starttls":
                client.starttls(context=context)
        if server.user:
            client.login(server.user, ready.password)
        client.send_message(message)
    except smtplib.SMTPAuthenticationError:
        raise NotSent(say(LOGIN_REFUSED)) from None
    except smtplib.SMTPRecipientsRefused:
        raise NotSent(say(ADDRESS_REFUSED)) from None
    except smtplib.SMTPNotSupportedError:
        raise NotSent(say(NO_STARTTLS, where=where)) from None
    except smtplib.SMTPServerDisconnected:
        raise NotSent(say(DISCONNECTED, where=where)) from None
    except smtplib.SMTPResponseException as error:
        raise NotSent(say(SERVER_REFUSED, where=where, code=error.smtp_code)) from None
    except smtplib.SMTPException:
        raise NotSent(say(NOT_ACCEPTED, where=where)) from None
    except ssl.SSLCertVerificationError:
        raise NotSent(say(UNTRUSTED, where=where)) from None
    except ssl.SSLError:
        raise NotSent(say(NO_SECURE_LINK, where=where)) from None
    except TimeoutError:
        raise NotSent(say(TIMED_OUT, where=where)) from None
    except OSError:
        raise NotSent(say(UNREACHABLE, where=where)) from None
    finally:
        if client is not None:
            try:
                client.quit()
            except (smtplib.SMTPException, OSError):
                client.close()


def sends_for(ctx: ServiceContext, referral_id: int) -> list[EmailSend]:
    """The referral's letters sent by email, newest first."""
    ctx.require(Permission.LETTERS)
    with ctx.transaction() as session:
        rows = session.scalars(
            select(EmailSendRecord)
            .where(EmailSendRecord.referral_id == referral_id)
            .order_by(EmailSendRecord.sent_at.desc(), EmailSendRecord.id.desc())
        )
        return [
            EmailSend(
                r.referral_id, r.letter_version, r.address, r.sent_at, r.sent_by, r.letter_sha256
            )
            for r in rows
        ]
