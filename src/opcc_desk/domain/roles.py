"""Staff roles and what each may do (PHIPA: access limited to those who need it)."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    RECEPTION = "reception"
    DIRECTOR = "director"
    ADMIN = "admin"


class Permission(StrEnum):
    CLIENTS = "clients"  # view and change client records
    THERAPISTS = "therapists"  # view and change the directory
    REFERRALS = "referrals"  # match, refer, move referrals
    LETTERS = "letters"  # make and print letters
    EXPORT = "export"  # write records to files
    REPORTS = "reports"  # the director's summaries
    SETTINGS = "settings"  # matching weights, catalogue wording, letterhead
    AUDIT = "audit"  # read the audit log
    USERS = "users"  # add and remove staff accounts
    BACKUP = "backup"  # back up and restore the database
    OVER_CAPACITY = "over_capacity"  # refer to a therapist already at capacity, with a reason
    MAIL_SERVER = "mail_server"  # the clinic's outgoing mail server and its password


_RECEPTION = frozenset(
    {
        Permission.CLIENTS,
        Permission.THERAPISTS,
        Permission.REFERRALS,
        Permission.LETTERS,
        Permission.EXPORT,
    }
)
_DIRECTOR = _RECEPTION | {
    Permission.REPORTS,
    Permission.SETTINGS,
    Permission.AUDIT,
    Permission.OVER_CAPACITY,
}
_ADMIN = _DIRECTOR | {Permission.USERS, Permission.BACKUP, Permission.MAIL_SERVER}

PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTION: _RECEPTION,
    Role.DIRECTOR: frozenset(_DIRECTOR),
    Role.ADMIN: frozenset(_ADMIN),
}


def allowed(role: Role, permission: Permission) -> bool:
    return permission in PERMISSIONS[role]


def needed_role(permission: Permission) -> Role:
    """The least role that has ``permission``, to name it in a refusal."""
    for role in (Role.RECEPTION, Role.DIRECTOR, Role.ADMIN):
        if permission in PERMISSIONS[role]:
            return role
    return Role.ADMIN


def a_role(role: Role) -> str:
    """The role with its article, for a sentence: "a director", "an admin"."""
    article = "an" if role.value[:1] in "aeiou" else "a"
    return f"{article} {role.value}"


def an_account(role: Role) -> str:
    """'a director account', 'an admin account'."""
    return f"{a_role(role)} account"


MIN_PASSWORD = 10


def password_problem(username: str, password: str) -> str:
    """Why a new password is too weak, or "" when it will do."""
    if len(password) < MIN_PASSWORD:
        return f"use at least {MIN_PASSWORD} characters"
    if password.casefold() == username.casefold():
        return "the password must not be the user name"
    if len(set(password)) < 4:
        return "use more different characters"
    return ""


def username_problem(username: str) -> str:
    if not 2 <= len(username) <= 40:
        return "a user name has 2 to 40 characters"
    if not all(ch.isalnum() or ch in "._-" for ch in username):
        return "use letters, digits, '.', '_' or '-' only"
    return ""
