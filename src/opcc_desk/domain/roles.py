"""Staff roles and what each may do (PHIPA: access limited to those who need it)."""

from __future__ import annotations

from enum import StrEnum

from opcc_desk.domain.words.messages import Message, msg, say


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


# the role and permission names as a refusal says them: the stored value in English
# (what the command line takes), the window's words in French
_ROLE_WORDS: dict[Role, Message] = {
    Role.RECEPTION: msg("Access", "reception"),
    Role.DIRECTOR: msg("Access", "director"),
    Role.ADMIN: msg("Access", "admin"),
}
_PERMISSION_WORDS: dict[Permission, Message] = {
    Permission.CLIENTS: msg("Access", "clients"),
    Permission.THERAPISTS: msg("Access", "therapists"),
    Permission.REFERRALS: msg("Access", "referrals"),
    Permission.LETTERS: msg("Access", "letters"),
    Permission.EXPORT: msg("Access", "export"),
    Permission.REPORTS: msg("Access", "reports"),
    Permission.SETTINGS: msg("Access", "settings"),
    Permission.AUDIT: msg("Access", "audit"),
    Permission.USERS: msg("Access", "users"),
    Permission.BACKUP: msg("Access", "backup"),
    Permission.OVER_CAPACITY: msg("Access", "over_capacity"),
    Permission.MAIL_SERVER: msg("Access", "mail_server"),
}


def role_word(role: Role) -> str:
    """The role's name in the language in use ("director" / « direction »)."""
    return say(_ROLE_WORDS[role])


def permission_word(permission: Permission) -> str:
    """The permission's name in the language in use ("users" / « comptes »)."""
    return say(_PERMISSION_WORDS[permission])


MIN_PASSWORD = 10

# each one a whole refusal: the French puts the reason in its own words
SHORT_PASSWORD = msg("Accounts", "Cannot use that: use at least {count} characters.")
PASSWORD_IS_NAME = msg("Accounts", "Cannot use that: the password must not be the user name.")
FEW_CHARACTERS = msg("Accounts", "Cannot use that: use more different characters.")
NAME_LENGTH = msg("Accounts", "Cannot use that: a user name has 2 to 40 characters.")
NAME_CHARACTERS = msg("Accounts", "Cannot use that: use letters, digits, '.', '_' or '-' only.")


def password_problem(username: str, password: str) -> Message | None:
    """Why a new password is too weak (say it with ``count=MIN_PASSWORD``), or None."""
    if len(password) < MIN_PASSWORD:
        return SHORT_PASSWORD
    if password.casefold() == username.casefold():
        return PASSWORD_IS_NAME
    if len(set(password)) < 4:
        return FEW_CHARACTERS
    return None


def username_problem(username: str) -> Message | None:
    if not 2 <= len(username) <= 40:
        return NAME_LENGTH
    if not all(ch.isalnum() or ch in "._-" for ch in username):
        return NAME_CHARACTERS
    return None
