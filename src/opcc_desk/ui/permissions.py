"""What the window says about actions a role may not use.

Such an action stays in its menu, disabled, with a tip naming the accounts that may use
it: hidden, it would leave a receptionist wondering whether it exists and whom to ask.
The services refuse it anyway; this only spares a refusal after the click.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from opcc_desk.domain.roles import Permission, Role, allowed, needed_role


def needs_text(permission: Permission) -> str:
    """'Needs a director or admin account' (roles are nested: an admin may do all a
    director may)."""
    role = needed_role(permission)
    if role is Role.ADMIN:
        return QCoreApplication.translate("Permissions", "Needs an admin account")
    if role is Role.DIRECTOR:
        return QCoreApplication.translate("Permissions", "Needs a director or admin account")
    return ""


def may(role: Role | None, permission: Permission) -> bool:
    """None: a database without staff accounts, where everything is open."""
    return role is None or allowed(role, permission)


def gate(action: QAction, role: Role | None, permission: Permission, tip: str = "") -> None:
    """Enable ``action`` for a role that has ``permission``; otherwise disable it and say
    who may. ``tip`` is the action's usual tip, shown when it is enabled."""
    usable = may(role, permission)
    action.setEnabled(usable)
    text = tip if usable else needs_text(permission)
    action.setToolTip(text or action.text().replace("&", "").rstrip("…"))
    action.setStatusTip(text)
