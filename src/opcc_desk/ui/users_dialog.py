"""Staff accounts, for admins: who may sign in, with which role."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.localtime import hour_minute
from opcc_desk.domain.roles import Role
from opcc_desk.services import accounts
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs, theme
from opcc_desk.ui.widgets.dialog_parts import typed_alike


def role_name(role: Role) -> str:
    """A role as the window's language names it."""
    names = {
        Role.RECEPTION: QCoreApplication.translate("Roles", "Reception"),
        Role.DIRECTOR: QCoreApplication.translate("Roles", "Director"),
        Role.ADMIN: QCoreApplication.translate("Roles", "Admin"),
    }
    return names.get(role, role.value)


class UsersDialog(QDialog):
    NAME, ROLE, STATE = range(3)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Staff accounts"))
        self.resize(620, 480)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [self.tr("User name"), self.tr("Role"), self.tr("State")]
        )
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.username = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        self.add_button = QPushButton(self.tr("&Add account"))
        self.remove_button = QPushButton(self.tr("&Remove selected…"))
        form = QFormLayout()
        form.addRow(self.tr("New user name:"), self.username)
        form.addRow(self.tr("Role:"), self.role)
        form.addRow(self.tr("Password (10 or more characters):"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(form)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def refresh(self) -> None:
        try:
            people = accounts.list_accounts(self._ctx)
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.table.setRowCount(len(people))
        for row, account in enumerate(people):
            state = self.tr("Active") if account.active else self.tr("Removed")
            if account.active and account.locked_until is not None:
                state = self.tr("Locked until {time}").format(
                    time=hour_minute(account.locked_until)
                )
            for column, text in enumerate((account.username, role_name(account.role), state)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()  # the French headings are longer

    def add(self) -> None:
        if not typed_alike(self.password, self.again, self.message):
            return
        try:
            accounts.add_user(
                self._ctx,
                self.username.text().strip(),
                self.password.text(),
                Role(self.role.currentData()),
                keystore=accounts.keystore_of(self._ctx),
                database_key=self._ctx.database_key,
            )
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.message.setText("")
        for field in (self.username, self.password, self.again):
            field.clear()
        self.refresh()

    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        item = self.table.item(rows[0].row(), self.NAME)
        if item is None:
            return
        name = item.text()
        if not dialogs.ask_yes_no(
            self,
            self.tr("Remove an account"),
            self.tr(
                "Remove the account '{name}'? They can no longer sign in; what they did stays "
                "in the audit log."
            ).format(name=name),
        ):
            return
        try:
            accounts.remove_user(self._ctx, name, keystore=accounts.keystore_of(self._ctx))
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.refresh()


class ChangePasswordDialog(QDialog):
    """The signed-in user's own password: only their copy of the key is re-wrapped."""

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Change the password of {user}").format(user=ctx.user))
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for field in (self.current, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        change = QPushButton(self.tr("&Change password"))
        change.setDefault(True)
        change.clicked.connect(self.change)
        form = QFormLayout()
        form.addRow(self.tr("Current password:"), self.current)
        form.addRow(self.tr("New password (10 or more characters):"), self.new)
        form.addRow(self.tr("New password again:"), self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(change)

    def change(self) -> None:
        if not typed_alike(self.new, self.again, self.message):
            return
        try:
            accounts.change_password(
                self._ctx,
                self.current.text(),
                self.new.text(),
                keystore=accounts.keystore_of(self._ctx),
                database_key=self._ctx.database_key,
            )
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.message.setText("")
        self.accept()
