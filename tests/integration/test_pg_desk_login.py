"""Two logins on the clinic's server: the owner (the IT helper's) and the desks'.

The IT helper follows the README: creates both logins and the database owned by the
owner, runs `init` with the owner's login, then `db grant-desk`. The desks then work
as usual with their own login, which cannot change the audit log, drop its triggers,
alter a table or change anyone's role.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from opcc_desk.__main__ import main
from opcc_desk.app import open_context
from opcc_desk.db.engine import make_engine
from opcc_desk.domain.audit import Action
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts, audit
from opcc_desk.services.errors import LoginRefused
from pg_server import HOST, PgServer

pytestmark = pytest.mark.postgresql

ADMIN_PW = "correct horse battery"
STAFF_PW = "reception pass 1"


@dataclass
class Logins:
    owner_url: str
    desk_url: str
    desk: str


@pytest.fixture
def logins(pg_server: PgServer) -> Iterator[Logins]:
    suffix = f"{os.getpid()}_{secrets.token_hex(3)}"
    owner, desk, database = f"clinic_owner_{suffix}", f"clinic_desk_{suffix}", f"clinic_{suffix}"
    owner_pw, desk_pw = secrets.token_hex(12), secrets.token_hex(12)
    with pg_server.admin() as connection:
        connection.execute(f"CREATE ROLE {owner} LOGIN PASSWORD '{owner_pw}'")
        connection.execute(f"CREATE ROLE {desk} LOGIN PASSWORD '{desk_pw}'")
        connection.execute(f'CREATE DATABASE "{database}" OWNER {owner} TEMPLATE template0')

    def url(user: str, password: str) -> str:
        return f"postgresql+psycopg://{user}:{password}@{HOST}:{pg_server.port}/{database}"

    yield Logins(url(owner, owner_pw), url(desk, desk_pw), desk)
    pg_server.drop_database(database)
    with pg_server.admin() as connection:
        connection.execute(f"DROP ROLE IF EXISTS {desk}")
        connection.execute(f"DROP ROLE IF EXISTS {owner}")


REFUSED = [
    "UPDATE audit_events SET detail = 'nothing happened'",
    "DELETE FROM audit_events",
    "TRUNCATE audit_events",
    "DROP TRIGGER audit_events_append_only ON audit_events",
    "ALTER TABLE audit_events DISABLE TRIGGER ALL",
    "ALTER TABLE users ADD COLUMN note text",
    "DROP TABLE audit_keys",
    "UPDATE users SET role = 'admin' WHERE username = 'amy'",
    "DELETE FROM users WHERE username = 'boss'",
    "UPDATE alembic_version SET version_num = '0001'",
    "CREATE TABLE public.stash (x int)",
    "DROP FUNCTION audit_events_refuse()",
]


def test_the_desk_login_works_but_cannot_change_the_log_or_roles(
    logins: Logins, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OPCC_DESK_PASSWORD", ADMIN_PW)
    assert main(["--db", logins.owner_url, "init", "--admin", "boss"]) == 0
    # before its rights are given, the desk login is told what to ask for
    assert main(["--db", logins.desk_url, "--user", "boss", "audit", "verify"]) == 2
    assert "grant-desk" in capsys.readouterr().err
    assert main(["--db", logins.owner_url, "--user", "boss", "db", "grant-desk", logins.desk]) == 0
    assert f"GRANT USAGE ON SCHEMA public TO {logins.desk};" in capsys.readouterr().out
    # the desk login itself may not hand out rights
    assert main(["--db", logins.desk_url, "--user", "boss", "db", "grant-desk", logins.desk]) == 2
    assert "owner" in capsys.readouterr().err
    assert main(["--db", logins.owner_url, "--user", "boss", "db", "grant-desk", "no_such"]) == 2
    assert "no login named 'no_such'" in capsys.readouterr().err

    # a day at the desks, all with the desk login
    boss = open_context(logins.desk_url, user="boss", password=ADMIN_PW)
    accounts.add_user(boss, "amy", STAFF_PW, Role.RECEPTION)
    with pytest.raises(LoginRefused):
        open_context(logins.desk_url, user="amy", password="not the password")
    amy = open_context(logins.desk_url, user="amy", password=STAFF_PW)
    audit.log(amy, Action.VIEW, "client", "C-1")
    accounts.change_password(amy, STAFF_PW, "a brand new pass")
    amy.engine.dispose()
    check = audit.verify(boss)
    assert check.intact and check.keyed, check.problem
    boss.engine.dispose()

    engine = make_engine(logins.desk_url)
    try:
        for statement in REFUSED:
            with (
                pytest.raises(ProgrammingError, match=r"permission denied|must be owner"),
                engine.begin() as connection,
            ):
                connection.execute(text(statement))
        with engine.begin() as connection:  # what the desks do need still works
            connection.execute(text("UPDATE users SET failed_logins = 0 WHERE username = 'amy'"))
            roles = dict(connection.execute(text("SELECT username, role FROM users")).all())
            assert roles == {"boss": "admin", "amy": "reception"}
    finally:
        engine.dispose()
