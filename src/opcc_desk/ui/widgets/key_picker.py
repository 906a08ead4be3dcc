"""A compact checkable list for choosing several catalogue entries (or languages).

One Tab stop: arrow keys move, Space ticks, a click anywhere on a line ticks it.
Long lists get a filter box above them; a line below says what is chosen, so a
choice scrolled out of sight is never forgotten.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from opcc_desk.domain.models import Catalogue
from opcc_desk.domain.search import fold
from opcc_desk.ui.i18n import current_language

FILTER_THRESHOLD = 12
KEY_ROLE = Qt.ItemDataRole.UserRole


def concern_entries(catalogue: Catalogue, language: str | None = None) -> list[tuple[str, str]]:
    """(key, label) of every concern, in catalogue order, labelled in ``language`` (by
    default the window's)."""
    language = language or current_language()
    return [(key, catalogue.concern_label(key, language)) for key in catalogue.concerns]


def approach_entries(catalogue: Catalogue, language: str | None = None) -> list[tuple[str, str]]:
    language = language or current_language()
    return [(key, catalogue.approach_label(key, language)) for key in catalogue.approaches]


class _ClickToggles(QStyledItemDelegate):
    """A click anywhere on the line ticks it, not only on the small box."""

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        checkable = bool(index.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        if checkable and isinstance(event, QMouseEvent):
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            if event.type() == QEvent.Type.MouseButtonRelease and option.rect.contains(
                event.position().toPoint()
            ):
                return _flip(model, index)
            # Press and double-click are swallowed so a click is exactly one toggle.
            return event.type() == QEvent.Type.MouseButtonDblClick
        if checkable and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Select):
                return _flip(model, index)
            return False
        return super().editorEvent(event, model, option, index)


def _flip(model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex) -> bool:
    state = index.data(Qt.ItemDataRole.CheckStateRole)
    checked = state == Qt.CheckState.Checked or state == Qt.CheckState.Checked.value
    new = Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked
    return model.setData(index, new, Qt.ItemDataRole.CheckStateRole)


class KeyPicker(QWidget):
    """Tick several entries; ``keys()`` returns their keys.

    Order: keys given to ``set_keys`` keep their order, and entries ticked later
    are added at the end in the order they were ticked (a first preference stays
    first). A key that is not among the entries (say, removed from the catalogue)
    is shown as its key so it is not silently lost.
    """

    changed = Signal()

    def __init__(
        self,
        entries: Iterable[tuple[str, str]],
        parent: QWidget | None = None,
        *,
        name: str = "",
        visible_rows: int = 6,
    ) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        self._items: dict[str, QListWidgetItem] = {}
        self._quiet = False
        self._name = name
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)

        entries = list(entries)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(self.tr("Type to filter the list…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter {list}").format(list=name).strip())
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        self.filter.setVisible(len(entries) > FILTER_THRESHOLD)
        layout.addWidget(self.filter)

        self.list = QListWidget(self)
        self.list.setAccessibleName(name)
        self.list.setItemDelegate(_ClickToggles(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        for key, label in entries:
            self._add_item(key, label)
        row_height = self.list.sizeHintForRow(0) if entries else self.list.fontMetrics().height()
        self.list.setFixedHeight(row_height * visible_rows + 2 * self.list.frameWidth() + 2)
        self.list.itemChanged.connect(self._on_item_changed)
        layout.addWidget(self.list)

        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setObjectName("pickerSummary")
        self.summary.setEnabled(False)  # drawn in the palette's quieter, disabled text colour
        layout.addWidget(self.summary)
        self.setFocusProxy(self.filter if self.filter.isVisibleTo(self) else self.list)
        self._update_summary()

    # ------------------------------------------------------------ public API

    def keys(self) -> list[str]:
        return list(self._order)

    def set_keys(self, keys: Iterable[str]) -> None:
        wanted = list(dict.fromkeys(key for key in keys if key))
        before = self.keys()
        self._quiet = True
        try:
            for key in wanted:
                if key not in self._items:
                    self._add_item(key, key)
            for key, item in self._items.items():
                state = Qt.CheckState.Checked if key in wanted else Qt.CheckState.Unchecked
                item.setCheckState(state)
        finally:
            self._quiet = False
        self._order = wanted
        self._update_summary()
        if self._order != before:
            self.changed.emit()

    def label(self, key: str) -> str:
        item = self._items.get(key)
        return item.text() if item else key

    def item(self, key: str) -> QListWidgetItem:
        """The list line of one key (for tests and accessibility tools)."""
        return self._items[key]

    def set_checked(self, key: str, checked: bool) -> None:
        """Tick or clear one entry as the user would."""
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self._items[key].setCheckState(state)

    # ------------------------------------------------------------ internals

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down arrow from the filter box goes into the list, to the first line shown.
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
        ):
            visible = [item for item in self._items.values() if not item.isHidden()]
            if visible:
                self.list.setCurrentItem(visible[0])
            self.list.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def _add_item(self, key: str, label: str) -> None:
        item = QListWidgetItem(label, self.list)
        item.setData(KEY_ROLE, key)
        item.setToolTip(key)
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
        )
        item.setCheckState(Qt.CheckState.Unchecked)
        self._items[key] = item

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._quiet:
            return
        key = str(item.data(KEY_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and key not in self._order:
            self._order.append(key)
        elif not checked and key in self._order:
            self._order.remove(key)
        else:
            return
        self._update_summary()
        self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        needle = fold(text.strip())
        for key, item in self._items.items():
            hit = not needle or needle in fold(item.text()) or needle in key
            item.setHidden(not hit)

    def _update_summary(self) -> None:
        if not self._order:
            self.summary.setText(self.tr("None chosen"))
        else:
            labels = ", ".join(self.label(key) for key in self._order)
            self.summary.setText(
                self.tr("Chosen ({count}): {labels}").format(count=len(self._order), labels=labels)
            )
        self.list.setAccessibleDescription(self.summary.text())

    def entries(self) -> Sequence[str]:
        return list(self._items)
