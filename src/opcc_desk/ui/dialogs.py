"""Every question the program asks through a modal box goes through here.

Tests replace these functions (monkeypatch) so they never block on a dialog.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget | None, what: str) -> Unsaved:
    """Save, discard or keep editing a form with unsaved changes."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("Dialogs", "{what} has changes that are not saved yet.").format(
            what=what
        )
    )
    box.setInformativeText(QCoreApplication.translate("Dialogs", "Save them before closing?"))
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def ask_number(
    parent: QWidget | None, title: str, label: str, value: int, minimum: int, maximum: int
) -> int | None:
    number, ok = QInputDialog.getInt(parent, title, label, value, minimum, maximum)
    return number if ok else None


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def choose_save_path(
    parent: QWidget | None, title: str, suggested: str, filters: str
) -> str | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path or None


def choose_open_path(parent: QWidget | None, title: str, filters: str) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return path or None


def choose_folder(parent: QWidget | None, title: str) -> str | None:
    path = QFileDialog.getExistingDirectory(parent, title, "")
    return path or None


def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """A short reason in words (why a referral was declined, say); None when cancelled.

    An empty answer is refused in the box itself: OK stays until something is typed.
    """
    while True:
        reason, ok = QInputDialog.getText(parent, title, text)
        if not ok:
            return None
        if reason.strip():
            return reason.strip()


def ask_note(parent: QWidget | None, title: str, text: str, current: str = "") -> str | None:
    """A note of a few lines, starting from ``current``; None when cancelled (an empty
    answer is allowed: it clears the note)."""
    note, ok = QInputDialog.getMultiLineText(parent, title, text, current)
    return note.strip() if ok else None


def ask_choice(
    parent: QWidget | None, title: str, text: str, options: list[str], current: int = 0
) -> str | None:
    """One of ``options``, or None when cancelled."""
    choice, ok = QInputDialog.getItem(parent, title, text, options, current, False)
    return choice if ok else None


def ask_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A password typed in a small box that does not show it; None when cancelled."""
    password, ok = QInputDialog.getText(parent, title, text, QLineEdit.EchoMode.Password)
    return password if ok else None


def show_passphrase(parent: QWidget | None, title: str, text: str, passphrase: str) -> None:
    """A passphrase shown once, large enough to read aloud over the phone."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    explanation = QLabel(text)
    explanation.setWordWrap(True)
    shown = QLabel(passphrase)
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(max(font.pointSize(), 10) * 2 + 4)
    font.setWeight(QFont.Weight.Bold)
    shown.setFont(font)
    shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
    shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    shown.setAccessibleName(title)
    shown.setContentsMargins(12, 16, 12, 16)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    buttons.accepted.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(explanation)
    layout.addWidget(shown)
    layout.addWidget(buttons)
    dialog.exec()
