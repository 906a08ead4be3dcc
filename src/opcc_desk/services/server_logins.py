"""Giving the desks' login its rights on the clinic's PostgreSQL server (db/pg_roles.py)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from opcc_desk.db.pg_roles import desk_grants, valid_role_name
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.domain.words.messages import msg, say
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError

ONLY_POSTGRESQL = msg("ServerLogins", "the desk login's rights are set on a PostgreSQL server only")
NOT_A_LOGIN_NAME = msg(
    "ServerLogins", "'{desk}' is not a plain login name; use lower-case letters, digits and '_'"
)
NO_SUCH_LOGIN = msg(
    "ServerLogins",
    "the server has no login named '{desk}'; create it first (see the "
    "README, 'Two logins on the server')",
)
NOT_THE_OWNER = msg(
    "ServerLogins", "run this with the owner's login, not with the desk login itself"
)
OWNER_ONLY = msg(
    "ServerLogins",
    "only the login that owns the tables (the one that ran 'db upgrade') can "
    "set the desk login's rights; nothing was changed",
)


def grant_desk_login(ctx: ServiceContext, desk: str) -> list[str]:
    """Give the login ``desk`` what the desks need and nothing more; the statements run.

    Run with the owner's login (the one that created the tables), as an admin.
    """
    ctx.require(Permission.USERS)
    if ctx.engine.dialect.name != "postgresql":
        raise ServiceError(say(ONLY_POSTGRESQL))
    if not valid_role_name(desk):
        raise ServiceError(say(NOT_A_LOGIN_NAME, desk=desk))
    statements = desk_grants(desk)
    try:
        with ctx.transaction() as session:
            found = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": desk})
            if found is None:
                raise NotFound(say(NO_SUCH_LOGIN, desk=desk))
            if desk == session.scalar(text("SELECT current_user")):
                raise ServiceError(say(NOT_THE_OWNER))
            for statement in statements:
                session.execute(text(statement))
            audit.append(session, ctx, Action.USER, "database", desk, "desk login rights set")
    except DBAPIError as error:
        if "owner" in str(error.orig) or "permission denied" in str(error.orig):
            raise ServiceError(say(OWNER_ONLY)) from None
        raise
    return statements
