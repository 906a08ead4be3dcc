"""Parts every small dialog has: a wrapped hint, the buttons that answer it, and the
check of a password typed twice."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


def hint(text: str) -> QLabel:
    """A paragraph of explanation that wraps with the dialog's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def scrolled(dialog: QDialog, content: QWidget, below: QWidget) -> QScrollArea:
    """Lay ``dialog`` out as ``content`` above ``below`` (its answer buttons), sized to show
    every line of ``content`` where the screen has room and to scroll where it has not.

    A window does not grow for a wrapped label's extra lines by itself (Qt sizes it for
    one long line), so its last lines were cut off, most of all at 200 %; in the scroll
    area the content takes its height for the width it is given.
    """
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields, not the frame
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(content)
    layout = QVBoxLayout(dialog)
    layout.addWidget(area, 1)
    layout.addWidget(below)
    screen = dialog.screen().availableGeometry()
    margins = layout.contentsMargins()
    frame_width = margins.left() + margins.right() + area.verticalScrollBar().sizeHint().width()
    width = min(
        max(content.sizeHint().width(), content.minimumSizeHint().width()) + frame_width,
        screen.width() - 40,
    )
    inner = content.layout()
    inner_width = width - frame_width
    needed = (
        inner.totalHeightForWidth(inner_width)
        if inner is not None and inner.hasHeightForWidth()
        else content.sizeHint().height()
    )
    rest = margins.top() + margins.bottom() + layout.spacing() + below.sizeHint().height()
    height = min(needed + rest + 4, screen.height() - 60)
    content.setMinimumWidth(min(content.minimumSizeHint().width(), inner_width))
    dialog.setMinimumSize(min(320, width), min(240, height))
    dialog.resize(width, height)
    return area


def fit_on_screen(window: QWidget) -> None:
    """No larger than the screen's free area: a size chosen for a desktop monitor would
    put the buttons of a dialog off a laptop's screen at 200 %."""
    screen = window.screen().availableGeometry()
    width = min(window.width(), screen.width() - 40)
    height = min(window.height(), screen.height() - 60)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)


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
