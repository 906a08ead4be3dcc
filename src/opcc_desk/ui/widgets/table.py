"""The read-only record table every tab and list shares: whole rows selected, sorted by
the model itself, columns at the model's widths, and the same keys everywhere: Enter
opens the chosen row as a double-click does, Tab and Shift+Tab leave the table, the
arrow keys move within it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QIdentityProxyModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from opcc_desk.ui.table_models import RecordTableModel

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def is_plain_enter(event: QKeyEvent) -> bool:
    """Enter or Return without Ctrl, Alt or Shift (the keypad's Enter counts)."""
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return event.key() in _ENTER_KEYS and modifiers == Qt.KeyboardModifier.NoModifier


class RecordTable(QTableView):
    """A table of records; ``open_requested`` is the hook each tab connects to whatever
    opening its row means there (an editor, the matches, the referral's next steps)."""

    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Tab moves on to the next control: walking cell by cell, a keyboard user
        # could never leave a long list
        self.setTabKeyNavigation(False)
        self.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if is_plain_enter(event) and self.selectionModel().hasSelection():
            # taken here: passed on, a dialog's default button would act on it as well
            event.accept()
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class RowOpener(QObject):
    """The same keys for a table that is not a RecordTable (a QTableWidget)."""

    open_requested = Signal()

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        view.setTabKeyNavigation(False)
        view.installEventFilter(self)
        view.doubleClicked.connect(lambda _index: self.open_requested.emit())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self._view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_plain_enter(event)
            and self._view.selectionModel().hasSelection()
        ):
            self.open_requested.emit()
            return True
        return False


def make_table(model: RecordTableModel[Any]) -> tuple[RecordTable, QIdentityProxyModel]:
    # the model sorts its own rows (see RecordTableModel.sort); the identity proxy
    # keeps the view's indexes apart from the model's, and passes sorting down
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)
    view = RecordTable()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    for number, width in enumerate(model.widths):
        # never narrower than its title in the window's language (French titles run longer)
        view.setColumnWidth(number, max(width, header.sectionSizeHint(number)))
    return view, proxy
