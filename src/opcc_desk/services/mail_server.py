"""Setting up the clinic's outgoing mail server (admins), and reading it to send.

The account's password is kept only encrypted with the mail key (services/mail_keys.py),
so saving a new password needs an account that holds the key.
"""

from __future__ import annotations

from dataclasses import dataclass

from opcc_desk.domain.roles import Permission
from opcc_desk.domain.settings import DEFAULT_PORTS, MAIL_SERVER, MailServer
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import mail_keys, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

NO_KEY_TO_KEEP = msg(
    "Mail server",
    "Your account has no copy of the mail key yet, so the mail server's password cannot "
    "be kept. Sign out and in again after an admin who has sent or set up mail has "
    "signed in, or ask an admin to set your password again.",
)
NO_KEY_TO_OPEN = msg(
    "Mail server",
    "Your account has no copy of the mail key yet, so the mail server's password cannot "
    "be opened. Sign out and in again after an admin who has sent or set up mail has "
    "signed in, or ask an admin to set your password again.",
)
OTHER_KEY = msg(
    "Mail server",
    "The mail server's password was kept with another mail key and cannot be opened; "
    "an admin must set it again (opcc-desk email set, or Security → Mail server…).",
)


@dataclass(frozen=True, slots=True)
class MailServerView:
    """The mail server as shown to an admin: never the password, only whether one is kept."""

    host: str
    port: int
    security: str
    user: str
    from_address: str
    has_password: bool
    configured: bool


def show(ctx: ServiceContext) -> MailServerView:
    value = settings.get(ctx, MAIL_SERVER)
    return MailServerView(
        host=value.host,
        port=value.port,
        security=value.security,
        user=value.user,
        from_address=value.from_address,
        has_password=bool(value.password_box),
        configured=value.configured,
    )


def set_server(
    ctx: ServiceContext,
    *,
    host: str,
    port: int | None,
    security: str,
    from_address: str,
    user: str = "",
    password: str | None = None,
) -> MailServerView:
    """Save the mail server (admins only). ``password`` None keeps the stored one when the
    account name is unchanged; "" removes it (a server that needs no sign-in)."""
    ctx.require(Permission.MAIL_SERVER)
    host, user, from_address = host.strip(), user.strip(), from_address.strip()
    before = settings.get(ctx, MAIL_SERVER)
    box = ""
    if user and password:
        if ctx.mail_key is None:
            raise ServiceError(say(NO_KEY_TO_KEEP))
        box = mail_keys.lock(ctx.mail_key, password)
    elif user and password is None and before.user == user:
        box = before.password_box
    value = MailServer(
        host=host,
        port=port if port is not None else DEFAULT_PORTS.get(security, 0),
        security=security,
        user=user,
        from_address=from_address,
        password_box=box,
    )
    settings.save(ctx, MAIL_SERVER, value)
    return show(ctx)


def server_password(ctx: ServiceContext, server: MailServer) -> str:
    """The mail account's password, opened with the signed-in user's mail key."""
    if not server.password_box:
        return ""
    if ctx.mail_key is None:
        raise ServiceError(say(NO_KEY_TO_OPEN))
    password = mail_keys.unlock(ctx.mail_key, server.password_box)
    if password is None:
        raise ServiceError(say(OTHER_KEY))
    return password
