"""Clinic-wide settings, each declared once: where it is kept, its type, its default, and
who may change it.

A setting's value is a small immutable object that turns itself into a plain dict
(``to_dict``) for the settings table and is read back by the declaration's
``from_dict``. The settings service (services/settings.py) is the only writer: it
checks the permission, the declaration's ``problems``, stores and audits, so no
screen or command can skip one of those steps.

Declarations whose value type lives in this layer are here; the letterhead and the
match settings are declared beside their types (letters/letterhead.py,
matching/settings.py), which this layer cannot import.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from opcc_desk.domain.followup import FollowUpRules
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.validation import FieldError, email
from opcc_desk.domain.words.messages import msg, say


class SettingValue(Protocol):
    def to_dict(self) -> Mapping[str, Any]: ...


V = TypeVar("V", bound=SettingValue)


def no_problems(_value: object) -> list[str]:
    return []


@dataclass(frozen=True, slots=True)
class Setting(Generic[V]):
    key: str  # its row in the settings table (and the record id in the audit log)
    label: str  # what it is called in the audit log and in messages
    type: type[V]
    default: Callable[[], V]
    # from the stored dict; may raise ValueError or TypeError for a damaged value,
    # which reads as the default
    from_dict: Callable[[dict[str, Any]], V]
    permission: Permission = Permission.SETTINGS
    # what is wrong with a value, in words for the person at the desk; empty when fine
    problems: Callable[[V], list[str]] = no_problems


# ---------------------------------------------------------------- the idle lock

MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


@dataclass(frozen=True, slots=True)
class IdleLockTime:
    """Minutes without use before a signed-in window locks itself."""

    minutes: int = 15

    def to_dict(self) -> dict[str, Any]:
        return {"idle_minutes": self.minutes}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> IdleLockTime:
        value = data.get("idle_minutes")
        if isinstance(value, int) and not isinstance(value, bool) and _idle_ok(value):
            return cls(value)
        return cls()


def _idle_ok(minutes: int) -> bool:
    return MIN_IDLE_MINUTES <= minutes <= MAX_IDLE_MINUTES


IDLE_RANGE = msg("Settings", "Choose between {minimum} and {maximum} minutes.")


def _idle_problems(value: IdleLockTime) -> list[str]:
    if _idle_ok(value.minutes):
        return []
    return [say(IDLE_RANGE, minimum=MIN_IDLE_MINUTES, maximum=MAX_IDLE_MINUTES)]


IDLE_LOCK: Setting[IdleLockTime] = Setting(
    key="security",
    label="idle lock time",
    type=IdleLockTime,
    default=IdleLockTime,
    from_dict=IdleLockTime.from_dict,
    problems=_idle_problems,
)


# ---------------------------------------------------------------- follow-ups


FOLLOW_UP_RANGE = msg(
    "Settings", "Give the follow-up delay for {statuses} as 0 to 60 business days."
)


def _followup_problems(value: FollowUpRules) -> list[str]:
    wrong = [
        status.value
        for status, days in value.days.items()
        if days is not None and not (isinstance(days, int) and 0 <= days <= 60)
    ]
    if not wrong:
        return []
    return [say(FOLLOW_UP_RANGE, statuses=", ".join(wrong))]


FOLLOW_UP_DELAYS: Setting[FollowUpRules] = Setting(
    key="followup",
    label="follow-up delays",
    type=FollowUpRules,
    default=FollowUpRules.default,
    from_dict=FollowUpRules.from_dict,
    problems=_followup_problems,
)


# ---------------------------------------------------------------- the mail server

# a server reached without TLS must be on this machine: nothing then crosses a network
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
SECURITIES = ("tls", "starttls", "plain")
DEFAULT_PORTS = {"tls": 465, "starttls": 587, "plain": 25}


def is_local_host(host: str) -> bool:
    return host.strip().strip("[]").lower() in LOCAL_HOSTS


@dataclass(frozen=True, slots=True)
class MailServer:
    """The clinic's outgoing mail server, through which letters are sent.

    ``password_box`` is the account's password encrypted with the mail key
    (services/mail_keys.py), never the password itself; empty for a server that
    needs no sign-in.
    """

    host: str = ""
    port: int = 0
    security: str = "tls"  # "tls" (implicit, e.g. 465), "starttls" (e.g. 587) or "plain"
    user: str = ""
    from_address: str = ""
    password_box: str = ""

    @property
    def configured(self) -> bool:
        return bool(self.host and self.from_address)

    def to_dict(self) -> dict[str, Any]:
        return {
            "host": self.host,
            "port": self.port,
            "security": self.security,
            "user": self.user,
            "from_address": self.from_address,
            "password_box": self.password_box,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> MailServer:
        port = data.get("port", 0)
        if not isinstance(port, int) or isinstance(port, bool):
            raise TypeError("port")
        return cls(
            host=str(data.get("host", "")),
            port=port,
            security=str(data.get("security", "tls")),
            user=str(data.get("user", "")),
            from_address=str(data.get("from_address", "")),
            password_box=str(data.get("password_box", "")),
        )


NOT_LOCAL = msg(
    "MailServer",
    "A connection without TLS is only allowed to a mail server on this computer "
    "(localhost); '{host}' is not. Use --tls or --starttls.",
)
NO_HOST = msg("MailServer", "Give the mail server's host name, e.g. smtp.example.ca.")
NO_PORT = msg("MailServer", "Give the mail server's port (1 to 65535), e.g. 465 or 587.")
NO_SECURITY = msg("MailServer", "Choose tls, starttls or plain for the connection.")
NO_FROM = msg("MailServer", "Give the address letters are sent from, e.g. intake@clinic.ca.")
BAD_FROM = msg(
    "MailServer",
    "'{address}' is not an email address; give the address letters are "
    "sent from, e.g. intake@clinic.ca.",
)
NO_PASSWORD = msg("MailServer", "Give the password of the mail account.")


def plain_problem(value: MailServer) -> str:
    """Why this server may not be used without TLS, or "" when it may."""
    if value.security == "plain" and not is_local_host(value.host):
        return say(NOT_LOCAL, host=value.host)
    return ""


def _mail_problems(value: MailServer) -> list[str]:
    problems = []
    if not value.host.strip() or any(ch.isspace() for ch in value.host.strip()):
        problems.append(say(NO_HOST))
    if not 1 <= value.port <= 65535:
        problems.append(say(NO_PORT))
    if value.security not in SECURITIES:
        problems.append(say(NO_SECURITY))
    elif value.host.strip() and plain_problem(value):
        problems.append(plain_problem(value))
    try:
        if not email("from", value.from_address):
            problems.append(say(NO_FROM))
    except FieldError:
        problems.append(say(BAD_FROM, address=value.from_address))
    if value.user and not value.password_box:
        problems.append(say(NO_PASSWORD))
    return problems


MAIL_SERVER: Setting[MailServer] = Setting(
    key="mail_server",
    label="mail server",
    type=MailServer,
    default=MailServer,
    from_dict=MailServer.from_dict,
    permission=Permission.MAIL_SERVER,
    problems=_mail_problems,
)
