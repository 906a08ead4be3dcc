"""The mail key: every signed-in account can open the mail server's password, and
nothing in the database opens it without a staff password."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import delete, select

from opcc_desk.app import create_database, keystore_for, open_context
from opcc_desk.db.models import MailKeyRecord
from opcc_desk.domain.roles import Role
from opcc_desk.domain.settings import MAIL_SERVER
from opcc_desk.services import accounts, mail_keys, mail_server, settings
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError

ADMIN_PW = "admin pass phrase 1"
STAFF_PW = "staff pass phrase 1"
SECRET = "the mail account's secret 42"


def sign_in(url: str, user: str, password: str) -> ServiceContext:
    return open_context(url, user=user, password=password)


def password_seen_by(ctx: ServiceContext) -> str:
    return mail_server.server_password(ctx, settings.get(ctx, MAIL_SERVER))


@pytest.mark.parametrize("encrypted", [True, False], ids=["sqlcipher", "plain-file"])
def test_every_account_opens_the_password_the_admin_set(tmp_path: Path, encrypted: bool) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    boss = create_database(url, "boss", ADMIN_PW, encrypted=encrypted)
    assert boss.mail_key is not None  # the first sign-in made it
    accounts.add_user(
        boss, "amy", STAFF_PW, Role.RECEPTION,
        keystore=keystore_for(url), database_key=boss.database_key,
    )  # fmt: skip
    mail_server.set_server(
        boss,
        host="smtp.example.ca",
        port=None,
        security="starttls",
        from_address="intake@example.ca",
        user="desk",
        password=SECRET,
    )
    assert settings.get(boss, MAIL_SERVER).port == 587
    boss.engine.dispose()

    amy = sign_in(url, "amy", STAFF_PW)
    assert password_seen_by(amy) == SECRET
    # reception may send, not change it
    with pytest.raises(ServiceError, match="mail_server"):
        mail_server.set_server(
            amy, host="127.0.0.1", port=25, security="plain", from_address="a@example.ca"
        )
    amy.engine.dispose()


def test_an_account_without_a_copy_gets_one_at_a_holders_next_sign_in(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    boss = create_database(url, "boss", ADMIN_PW, encrypted=False)
    accounts.add_user(boss, "amy", STAFF_PW, Role.RECEPTION)
    mail_server.set_server(
        boss,
        host="smtp.example.ca",
        port=465,
        security="tls",
        from_address="intake@example.ca",
        user="desk",
        password=SECRET,
    )
    # as after an upgrade: amy's copy does not exist yet
    with boss.transaction() as session:
        session.execute(delete(MailKeyRecord).where(MailKeyRecord.username == "amy"))
    boss.engine.dispose()

    amy = sign_in(url, "amy", STAFF_PW)
    assert amy.mail_key is None
    with pytest.raises(ServiceError, match="no copy of the mail key"):
        password_seen_by(amy)
    amy.engine.dispose()
    sign_in(url, "boss", ADMIN_PW).engine.dispose()  # seals the key to amy's new key pair
    amy = sign_in(url, "amy", STAFF_PW)
    assert password_seen_by(amy) == SECRET
    amy.engine.dispose()


def test_a_new_password_and_a_removal_follow_the_copy(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    boss = create_database(url, "boss", ADMIN_PW, encrypted=False)
    accounts.add_user(boss, "amy", STAFF_PW, Role.RECEPTION)
    key = boss.mail_key
    assert key is not None
    box = mail_keys.lock(key, SECRET)
    assert SECRET not in box and mail_keys.unlock(key, box) == SECRET
    accounts.reset_password(boss, "amy", "another phrase 77")
    amy = sign_in(url, "amy", "another phrase 77")
    assert amy.mail_key == key
    amy.engine.dispose()
    accounts.remove_user(boss, "amy")
    with boss.transaction() as session:
        left = list(session.scalars(select(MailKeyRecord.username)))
    assert left == ["boss"]
    boss.engine.dispose()
