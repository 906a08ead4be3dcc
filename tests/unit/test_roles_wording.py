"""A refusal names the role it needs with the right article: "an admin", "a director"."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from opcc_desk.domain.roles import Permission, Role, needed_role
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import NotAllowed


@pytest.mark.parametrize("permission", list(Permission))
def test_every_refusal_reads_as_english(permission: Permission) -> None:
    engine = create_engine("sqlite://")
    ctx = ServiceContext(engine, sessionmaker(engine), user="amy", role=Role.RECEPTION)
    if needed_role(permission) is Role.RECEPTION:
        ctx.require(permission)  # reception may: nothing to word
        return
    with pytest.raises(NotAllowed) as refused:
        ctx.require(permission)
    message = str(refused.value)
    assert " a admin" not in message
    expected = {Role.DIRECTOR: "needs a director account", Role.ADMIN: "needs an admin account"}
    assert expected[needed_role(permission)] in message
