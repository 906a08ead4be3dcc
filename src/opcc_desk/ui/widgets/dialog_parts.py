"""Parts every small dialog has: a wrapped hint, the buttons that answer it, and the
check of a password typed twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit


def hint(text: str) -> QLabel:
    """A paragraph of explanation that wraps with the dialog's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def answer_buttons(
    dialog: QDialog, accept: Callable[[], object], *, ok_text: str | None = None
) -> QDialogButtonBox:
    """Save and Cancel (or OK named ``ok_text`` and Cancel): the first calls ``accept``,
    Cancel closes ``dialog`` unchanged."""
    first = QDialogButtonBox.StandardButton.Save
    if ok_text is not None:
        first = QDialogButtonBox.StandardButton.Ok
    buttons = QDialogButtonBox(first | QDialogButtonBox.StandardButton.Cancel)
    if ok_text is not None:
        buttons.button(first).setText(ok_text)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def typed_alike(first: QLineEdit, again: QLineEdit, message: QLabel) -> bool:
    """Whether a password typed twice reads the same both times; when it does not,
    ``message`` asks for both again."""
    if first.text() == again.text():
        return True
    message.setText(
        QCoreApplication.translate("DialogParts", "The two passwords differ; type them again.")
    )
    return False
