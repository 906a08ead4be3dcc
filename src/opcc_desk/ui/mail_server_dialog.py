"""The admin's Mail server dialog: where letters sent by email go out."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.settings import DEFAULT_PORTS
from opcc_desk.services import mail_server
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs
from opcc_desk.ui.widgets.dialog_parts import answer_buttons, hint


class MailServerDialog(QDialog):
    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setWindowTitle(self.tr("Mail server"))
        shown = mail_server.show(ctx)
        self._had_password = shown.has_password
        self._had_user = shown.user

        self.host = QLineEdit(shown.host)
        self.host.setPlaceholderText("smtp.example.ca")
        self.security = QComboBox()
        for code, label in (
            ("tls", self.tr("TLS (often port 465)")),
            ("starttls", self.tr("STARTTLS (often port 587)")),
            ("plain", self.tr("No encryption: only a server on this computer")),
        ):
            self.security.addItem(label, code)
        self.security.setCurrentIndex(max(self.security.findData(shown.security), 0))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(shown.port or DEFAULT_PORTS["tls"])
        self.user = QLineEdit(shown.user)
        self.user.setPlaceholderText(self.tr("Empty when the server needs no sign-in"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("Kept (encrypted); type to replace it")
            if shown.has_password
            else self.tr("The mail account's password")
        )
        self.from_address = QLineEdit(shown.from_address)
        self.from_address.setPlaceholderText(self.tr("intake@clinic.ca"))
        self.security.currentIndexChanged.connect(self._security_chosen)

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Connection:"), self.security)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("Account:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Send from:"), self.from_address)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            hint(
                self.tr(
                    "Letters go out as encrypted PDFs through this server. The password is "
                    "kept encrypted with a key only signed-in staff can open; it is never "
                    "shown again."
                )
            )
        )
        layout.addWidget(answer_buttons(self, self.save))

    def _security_chosen(self, _index: int) -> None:
        # follow the usual port of the chosen connection unless one was typed in
        if self.port.value() in DEFAULT_PORTS.values():
            self.port.setValue(DEFAULT_PORTS[str(self.security.currentData())])

    def save(self) -> None:
        user = self.user.text().strip()
        typed = self.password.text()
        password: str | None = typed if typed else None
        if user and password is None and user != self._had_user:
            dialogs.show_error(
                self,
                self.tr("Mail server not saved"),
                self.tr("Give the password of the account {user}.").format(user=user),
            )
            return
        try:
            mail_server.set_server(
                self._ctx,
                host=self.host.text(),
                port=self.port.value(),
                security=str(self.security.currentData()),
                from_address=self.from_address.text(),
                user=user,
                password=password if user else "",
            )
        except ServiceError as error:
            dialogs.show_error(self, self.tr("Mail server not saved"), str(error))
            return
        self.accept()
