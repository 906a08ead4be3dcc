"""The rights of the desks' login on a clinic's PostgreSQL server.

Two logins: the owner, who creates the tables (runs ``db upgrade``) and whom only
the IT helper uses; and the desk login every desk connects with, which owns
nothing. Owning nothing, it cannot drop the audit log's triggers or alter a
table; the grants below also keep it from changing or deleting audit entries
(it may only add them) and from changing anyone's role. The statements are safe
to run again, and must be, after every upgrade that adds a table.
"""

from __future__ import annotations

import re

_ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")

# columns of users a desk changes: lockout counting, password changes, removal
USER_COLUMNS = ("password_hash", "failed_logins", "locked_until", "disabled_at")


def valid_role_name(name: str) -> bool:
    return bool(_ROLE_NAME.match(name))


def desk_grants(desk: str) -> list[str]:
    """The statements, run as the owner in the clinic's database, that give ``desk`` its rights."""
    if not valid_role_name(desk):
        raise ValueError(f"'{desk}' is not a plain login name (lower-case letters, digits, _)")
    return [
        "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
        f"GRANT USAGE ON SCHEMA public TO {desk}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {desk}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {desk}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {desk}",
        # the schema's version is read at start-up, changed only by the owner's upgrade
        f"REVOKE INSERT, UPDATE, DELETE ON alembic_version FROM {desk}",
        # the audit log is only ever added to
        f"REVOKE UPDATE, DELETE ON audit_events FROM {desk}",
        # roles are given by the owner or by an admin through the program, never edited
        f"REVOKE UPDATE, DELETE ON users FROM {desk}",
        f"GRANT UPDATE ({', '.join(USER_COLUMNS)}) ON users TO {desk}",
    ]
