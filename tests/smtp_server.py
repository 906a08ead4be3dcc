"""A real SMTP server on 127.0.0.1 for the tests of letters sent by email (aiosmtpd).

It keeps what it received and who signed in; ``drop_at_data`` cuts the connection
while a letter is being handed over, as a failing server would.
"""

from __future__ import annotations

import asyncio
import email
import email.policy
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

ACCOUNT = "mailer"
ACCOUNT_PASSWORD = "Mail-Secret-7731-zebra"


@dataclass
class Inbox:
    port: int = 0
    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[tuple[str, str]] = field(default_factory=list)
    drop_at_data: bool = False


class _Handler:
    def __init__(self, inbox: Inbox) -> None:
        self.inbox = inbox

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.inbox.drop_at_data:
            server.transport.close()  # the connection is cut while the letter goes out
            return "421 closing"
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.inbox.messages.append(parsed)
        return "250 OK"


def _authenticator(inbox: Inbox) -> Any:
    def check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword):
            login, password = data.login.decode(), data.password.decode()
            inbox.logins.append((login, password))
            return AuthResult(success=(login, password) == (ACCOUNT, ACCOUNT_PASSWORD))
        return AuthResult(success=False)

    return check


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


@contextmanager
def smtp_server() -> Iterator[Inbox]:
    inbox = Inbox(port=free_port())
    controller = Controller(
        _Handler(inbox),
        hostname="127.0.0.1",
        port=inbox.port,
        authenticator=_authenticator(inbox),
        auth_require_tls=False,  # plain is allowed only to this machine, as here
    )
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()
        asyncio.set_event_loop(None)


def pdf_attachment(message: EmailMessage) -> bytes:
    parts = [p for p in message.iter_attachments() if p.get_content_type() == "application/pdf"]
    assert len(parts) == 1
    data = parts[0].get_content()
    assert isinstance(data, bytes)
    return data


def self_signed(folder: Any) -> tuple[Any, Any]:
    """A certificate for 127.0.0.1 signed by itself, and its key: (cert path, key path)."""
    import datetime
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "server.crt", folder / "server.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@contextmanager
def starttls_server(folder: Any) -> Iterator[tuple[Inbox, Any]]:
    """A server that offers STARTTLS with a self-signed certificate and refuses to take
    a password before it; yields the inbox and the certificate's path."""
    import ssl

    cert_path, key_path = self_signed(folder)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_path, key_path)
    inbox = Inbox(port=free_port())
    controller = Controller(
        _Handler(inbox),
        hostname="127.0.0.1",
        port=inbox.port,
        authenticator=_authenticator(inbox),
        tls_context=context,
        require_starttls=True,
    )
    controller.start()
    try:
        yield inbox, cert_path
    finally:
        controller.stop()
        asyncio.set_event_loop(None)
