"""Two desks saved the same record: show both versions and let the person choose.

Shown by the client and therapist forms when their save is refused because the
record's version moved on (someone at another desk saved it after the form was
opened). Nothing is lost either way: the person keeps their own values, takes
the other desk's, or picks field by field. Fields only one side changed come
pre-chosen (the changed value); fields both changed are marked and start on
the person's own value.

``ask_resolution`` is the one modal entry point, so tests replace it (see the
``modal_boxes`` fixture) and never block on the dialog.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.ui import theme


def _empty() -> str:
    """How a field with no value reads in the dialog."""
    return QCoreApplication.translate("ConflictDialog", "(empty)")


class Choice(Enum):
    KEEP_MINE = "mine"
    TAKE_THEIRS = "theirs"
    MERGE = "merge"


@dataclass(frozen=True, slots=True)
class FieldDifference:
    """One field whose saved value differs from the one in the form."""

    name: str
    label: str
    base: str  # the cell when the form was opened
    mine: str  # the cell in the form now
    theirs: str  # the cell saved by the other desk
    mine_text: str  # how each value reads to a person
    theirs_text: str

    @property
    def i_changed(self) -> bool:
        return self.mine != self.base

    @property
    def they_changed(self) -> bool:
        return self.theirs != self.base

    @property
    def both_changed(self) -> bool:
        return self.i_changed and self.they_changed

    def default_mine(self) -> bool:
        """Start on my value unless only the other desk touched this field."""
        return self.i_changed or not self.they_changed


@dataclass(frozen=True)
class Conflict:
    what: str  # "client C-104"
    their_version: int
    differences: list[FieldDifference] = field(default_factory=list)


@dataclass(frozen=True)
class Resolution:
    choice: Choice
    cells: dict[str, str]  # the chosen cell of every differing field


class _ValueLabel(QLabel):
    """A value next to its radio button; clicking the text ticks the button."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._button.setChecked(True)
        super().mousePressEvent(event)


def _choice(text: str, accessible: str) -> tuple[QRadioButton, QWidget]:
    """A radio button with the (possibly long) value wrapped beside it."""
    button = QRadioButton()
    button.setAccessibleName(accessible)
    button.setAccessibleDescription(text or _empty())
    cell = QWidget()
    row = QHBoxLayout(cell)
    row.setContentsMargins(2, 2, 2, 2)
    row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    row.addWidget(_ValueLabel(text or _empty(), button), 1)
    return button, cell


class ConflictDialog(QDialog):
    """Both versions side by side, one choice per field."""

    def __init__(self, conflict: Conflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.resolution: Resolution | None = None
        self.setObjectName("conflictDialog")
        self.setWindowTitle(
            self.tr("Saved at another desk meanwhile: {record}").format(record=conflict.what)
        )
        self.setMinimumWidth(760)

        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Someone at another desk saved {record} after you opened it. "
                "Nothing is lost: choose, for each field below, the value to keep. "
                "Fields only one of you changed already show the changed value; "
                "fields you both changed are highlighted."
            ).format(record=conflict.what)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setHorizontalSpacing(16)
        titles = (self.tr("Field"), self.tr("Yours (this form)"), self.tr("Theirs (saved)"))
        for column, title in enumerate(titles):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, column)
        self.groups: dict[str, QButtonGroup] = {}
        self.mine_buttons: dict[str, QRadioButton] = {}
        self.theirs_buttons: dict[str, QRadioButton] = {}
        for row, difference in enumerate(conflict.differences, start=1):
            label = QLabel(
                self.tr("{field} (both changed)").format(field=difference.label)
                if difference.both_changed
                else difference.label
            )
            label.setWordWrap(True)
            mine, mine_cell = _choice(
                difference.mine_text, self.tr("Yours: {field}").format(field=difference.label)
            )
            theirs, theirs_cell = _choice(
                difference.theirs_text, self.tr("Theirs: {field}").format(field=difference.label)
            )
            mine.setObjectName(f"mine_{difference.name}")
            theirs.setObjectName(f"theirs_{difference.name}")
            if difference.both_changed:
                for widget in (label, mine_cell, theirs_cell):
                    widget.setStyleSheet(theme.style(background="warning_background"))
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            (mine if difference.default_mine() else theirs).setChecked(True)
            self.groups[difference.name] = group
            self.mine_buttons[difference.name] = mine
            self.theirs_buttons[difference.name] = theirs
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(mine_cell, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(theirs_cell, row, 2, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)

        buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("Save my choices"))
        self.merge_button.setToolTip(self.tr("Save the values ticked above, field by field"))
        self.mine_button = QPushButton(self.tr("Keep all mine"))
        self.mine_button.setToolTip(self.tr("Save the form as it is, over the other desk's values"))
        self.theirs_button = QPushButton(self.tr("Take all theirs"))
        self.theirs_button.setToolTip(
            self.tr("Drop your changes to these fields; keep what was saved")
        )
        self.back_button = QPushButton(self.tr("Back to the form"))
        self.back_button.setToolTip(self.tr("Nothing is saved yet; your form stays as it is"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.back_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.setDefault(True)
        layout.addWidget(buttons)
        self.merge_button.clicked.connect(lambda: self._finish(Choice.MERGE))
        self.mine_button.clicked.connect(lambda: self._finish(Choice.KEEP_MINE))
        self.theirs_button.clicked.connect(lambda: self._finish(Choice.TAKE_THEIRS))
        self.back_button.clicked.connect(self.reject)

    def choose(self, name: str, mine: bool) -> None:
        """Tick one side of one field (what a click on its radio button does)."""
        (self.mine_buttons if mine else self.theirs_buttons)[name].setChecked(True)

    def chosen_cells(self) -> dict[str, str]:
        return {
            d.name: d.mine if self.mine_buttons[d.name].isChecked() else d.theirs
            for d in self.conflict.differences
        }

    def _finish(self, choice: Choice) -> None:
        if choice is Choice.KEEP_MINE:
            cells = {d.name: d.mine for d in self.conflict.differences}
        elif choice is Choice.TAKE_THEIRS:
            cells = {d.name: d.theirs for d in self.conflict.differences}
        else:
            cells = self.chosen_cells()
        self.resolution = Resolution(choice, cells)
        self.accept()


def ask_resolution(parent: QWidget | None, conflict: Conflict) -> Resolution | None:
    """Show the two versions; None when the person goes back to the form."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.resolution
