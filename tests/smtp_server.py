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
