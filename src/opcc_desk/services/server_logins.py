"""Giving the desks' login its rights on the clinic's PostgreSQL server (db/pg_roles.py)."""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from opcc_desk.db.pg_roles import desk_grants, valid_role_name
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Permission
from opcc_desk.services import audit
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotFound, ServiceError


def grant_desk_login(ctx: ServiceContext, desk: str) -> list[str]:
    """Give the login ``desk`` what the desks need and nothing more; the statements run.

    Run with the owner's login (the one that created the tables), as an admin.
    """
    ctx.require(Permission.USERS)
    if ctx.engine.dialect.name != "postgresql":
        raise ServiceError("the desk login's rights are set on a PostgreSQL server only")
    if not valid_role_name(desk):
        raise ServiceError(
            f"'{desk}' is not a plain login name; use lower-case letters, digits and '_'"
        )
    statements = desk_grants(desk)
    try:
        with ctx.transaction() as session:
            found = session.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": desk})
            if found is None:
                raise NotFound(
                    f"the server has no login named '{desk}'; create it first (see the "
                    "README, 'Two logins on the server')"
                )
            if desk == session.scalar(text("SELECT current_user")):
                raise ServiceError(
                    "run this with the owner's login, not with the desk login itself"
                )
            for statement in statements:
                session.execute(text(statement))
            audit.append(session, ctx, Action.USER, "database", desk, "desk login rights set")
    except DBAPIError as error:
        if "owner" in str(error.orig) or "permission denied" in str(error.orig):
            raise ServiceError(
                "only the login that owns the tables (the one that ran 'db upgrade') can "
                "set the desk login's rights; nothing was changed"
            ) from None
        raise
    return statements
