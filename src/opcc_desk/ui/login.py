"""Signing in, the first start of a new clinic, and the idle lock."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import theme
from opcc_desk.ui.widgets.dialog_parts import answer_buttons, typed_alike

SignIn = Callable[[str, str], ServiceContext]


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LoginDialog(QDialog):
    """Asks for a user name and password until ``sign_in`` accepts them."""

    def __init__(self, sign_in: SignIn, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sign_in = sign_in
        self.ctx: ServiceContext | None = None
        self.setWindowTitle(self.tr("OPCC Desk: sign in"))
        self.username = QLineEdit()
        self.password = _password_field()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        form = QFormLayout()
        form.addRow(self.tr("User name:"), self.username)
        form.addRow(self.tr("Password:"), self.password)
        buttons = answer_buttons(self, self.try_sign_in, ok_text=self.tr("Sign in"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Client records are private. Sign in to open {where}.").format(where=where)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_sign_in(self) -> None:
        try:
            self.ctx = self._sign_in(self.username.text().strip(), self.password.text())
        except ServiceError as error:
            self.message.setText(str(error))
            self.password.setAccessibleDescription(str(error))  # read out with the field
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()


class FirstStartDialog(QDialog):
    """A new clinic: create the first admin account, and with it the database."""

    def __init__(
        self, create: Callable[[str, str, bool], ServiceContext], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._create = create
        self.ctx: ServiceContext | None = None
        self.setWindowTitle(self.tr("OPCC Desk: first start"))
        self.username = QLineEdit("admin")
        self.password = _password_field()
        self.again = _password_field()
        self.encrypt = QCheckBox(
            self.tr("Encrypt the database file (recommended for client records)")
        )
        self.encrypt.setChecked(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        intro = QLabel(
            self.tr(
                "Welcome. First, create the administrator account. The administrator adds the "
                "other staff accounts later. Keep this password safe: without any account's "
                "password, an encrypted database cannot be opened."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Admin user name:"), self.username)
        form.addRow(self.tr("Password (10 or more characters):"), self.password)
        form.addRow(self.tr("Password again:"), self.again)
        buttons = answer_buttons(self, self.create_account, ok_text=self.tr("Create"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.encrypt)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def create_account(self) -> None:
        if not typed_alike(self.password, self.again, self.message):
            return
        try:
            self.ctx = self._create(
                self.username.text().strip(), self.password.text(), self.encrypt.isChecked()
            )
        except ServiceError as error:
            self.message.setText(str(error))
            return
        self.accept()


class UnlockDialog(QDialog):
    """The window locked after idle time: the same user's password unlocks it."""

    def __init__(
        self, user: str, confirm: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._confirm = confirm
        self.setWindowTitle(self.tr("OPCC Desk is locked"))
        self.setModal(True)
        self.password = _password_field()
        self.password.setAccessibleName(self.tr("Password"))  # the sentence above says whose
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(theme.style(color="error"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Unlock"))
        buttons.accepted.connect(self.try_unlock)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "The window was locked because nobody used it for a while. Your unsaved work "
                "is kept. Type the password of {user} to go on."
            ).format(user=user)
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.password)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def try_unlock(self) -> None:
        try:
            self._confirm(self.password.text())
        except ServiceError as error:
            self.message.setText(str(error))
            self.password.setAccessibleDescription(str(error))  # read out with the field
            self.password.clear()
            return
        self.accept()

    def reject(self) -> None:  # Esc does not unlock
        return


class IdleLock(QObject):
    """Hides every window after ``minutes`` without a key press or mouse use."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self, minutes: int, user: str, confirm: Callable[[str], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._user = user
        self._confirm = confirm
        self._hidden: list[QWidget] = []
        self.dialog: UnlockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.set_minutes(minutes)
        self.timer.timeout.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """Its user signed out: no more locking for them (the next person gets their own)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type()
            in (
                QEvent.Type.KeyPress,
                QEvent.Type.MouseButtonPress,
                QEvent.Type.MouseMove,
                QEvent.Type.Wheel,
            )
            and self.dialog is None
        ):
            self.timer.start()
        return False

    @property
    def is_locked(self) -> bool:
        return self.dialog is not None

    def lock(self) -> None:
        if self.dialog is not None:
            return
        # hide, never close: forms keep what was typed, nothing is saved or lost
        self._hidden = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self.dialog = UnlockDialog(self._user, self._confirm)
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.accepted.connect(self._unlock)
        self.dialog.show()
        self.locked.emit()

    def _unlock(self) -> None:
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.timer.start()
        self.unlocked.emit()
