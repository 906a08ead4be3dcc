"""Staff accounts, for admins: who may sign in, with which role."""

from __future__ import annotations

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


class UsersDialog(QDialog):
    NAME, ROLE, STATE = range(3)

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle("Staff accounts")
        self.resize(620, 480)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(["User name", "Role", "State"])
        self.table.setAccessibleName(self.tr("Staff accounts"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.username = QLineEdit()
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.value.capitalize(), role.value)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        self.add_button = QPushButton("&Add account")
        self.remove_button = QPushButton("&Remove selected…")
        form = QFormLayout()
        form.addRow("New user name:", self.username)
        form.addRow("Role:", self.role)
        form.addRow("Password (10 or more characters):", self.password)
        form.addRow("Password again:", self.again)
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
            state = "Active" if account.active else "Removed"
            if account.active and account.locked_until is not None:
                state = f"Locked until {hour_minute(account.locked_until)}"
            for column, text in enumerate((account.username, account.role.value, state)):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def add(self) -> None:
        if not typed_alike(self.password, self.again, self.message, "passwords"):
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
            "Remove an account",
            f"Remove the account '{name}'? They can no longer sign in; what they did stays "
            "in the audit log.",
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
        self.setWindowTitle(f"Change the password of {ctx.user}")
        self.current = QLineEdit()
        self.new = QLineEdit()
        self.again = QLineEdit()
        for field in (self.current, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        change = QPushButton("&Change password")
        change.setDefault(True)
        change.clicked.connect(self.change)
        form = QFormLayout()
        form.addRow("Current password:", self.current)
        form.addRow("New password (10 or more characters):", self.new)
        form.addRow("New password again:", self.again)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(change)

    def change(self) -> None:
        if not typed_alike(self.new, self.again, self.message, "new passwords"):
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
