"""One table model per table, all built on a small column-driven base.

Each model holds plain domain rows (never ORM objects), names its columns, and
offers a sort role so dates and money sort by value, not by their text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from opcc_desk.domain.models import ClientRow, ReferralRow, TherapistRow
from opcc_desk.domain.search import fold
from opcc_desk.domain.validation import language_name
from opcc_desk.domain.words.kinds import client_type_phrase
from opcc_desk.domain.words.names import sort_name, written_name
from opcc_desk.ui import i18n, theme

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[R]):
    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align_right: bool = False
    tooltip: str = ""


def _date(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def _money(value: Decimal | None) -> str:
    return "" if value is None else i18n.ui_money(value)


def _sessions(row: TherapistRow) -> str:
    """'in_person, virtual' in the window's words."""
    return row.modalities.replace(
        "in_person", QCoreApplication.translate("TherapistTableModel", "in person")
    ).replace("virtual", QCoreApplication.translate("TherapistTableModel", "virtual"))


def _status(row: ReferralRow) -> str:
    return i18n.status_text(row.status)


def _yes_no(row: TherapistRow) -> str:
    if row.accepting:
        return QCoreApplication.translate("TherapistTableModel", "Yes")
    return QCoreApplication.translate("TherapistTableModel", "No")


class RecordTableModel(QAbstractTableModel, Generic[R]):
    """Rows of one kind of record; the view sorts through a proxy using SORT_ROLE."""

    columns: Sequence[Column[R]] = ()
    widths: Sequence[int] = ()  # starting widths in pixels, by column; the user can drag them

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[R]) -> None:
        """Replace every row at once (after a search or a data change), in the current order."""
        self.beginResetModel()
        self._rows = list(rows)
        if self._sorted_by is not None:
            self._rows = self._in_order(self._rows, *self._sorted_by)
        self.endResetModel()

    def _in_order(self, rows: list[R], column: int, order: Qt.SortOrder) -> list[R]:
        spec = self.columns[column]
        key = spec.sort if spec.sort else (lambda record: fold(spec.text(record)))
        return sorted(rows, key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves, each key computed once per row.

        A sorting proxy would ask ``data()`` for both rows of every comparison:
        millions of Python calls for a clinic's 100,000 clients (seconds per
        reload). Here the sort runs in C over keys made once per row; the view
        sits on an identity proxy that passes the request down.
        """
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        order_of = {id(record): number for number, record in enumerate(self._rows)}
        self._rows = self._in_order(self._rows, column, order)
        position = {order_of[id(record)]: number for number, record in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(position[index.row()], index.column()) for index in before]
        )
        self._sorted_by = (column, order)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            # titles are marked in the model class's context (QT_TRANSLATE_NOOP); tr()
            # looks in this class and then its bases
            return self.tr(column.title)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return self.tr(column.tooltip)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if not 0 <= index.column() < len(self.columns):
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == self.note_column and (note := self.note(record)):
                # greyed rows say why in words too, not by colour alone
                return self.tr("{text} ({note})").format(text=column.text(record), note=note)
            return column.text(record)
        if role == SORT_ROLE:
            key = column.sort(record) if column.sort else fold(column.text(record))
            return key
        if role == ROW_ROLE:
            return index.row()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_dimmed(record):
            return QBrush(QColor(theme.colours().greyed))
        return None

    def is_dimmed(self, record: R) -> bool:
        return False

    note_column = -1  # the column that says in words why a row is greyed

    def note(self, record: R) -> str:
        """Why ``record`` is greyed, in words ('' when the columns already say it)."""
        return ""


class ClientTableModel(RecordTableModel[ClientRow]):
    ID, NAME, PREFERRED, PHONE, EMAIL, LANGUAGE, TYPE, CITY, SUBMITTED, OPEN = range(10)
    widths = (95, 210, 90, 120, 230, 100, 85, 100, 95, 110)
    columns = (
        Column[ClientRow](str(QT_TRANSLATE_NOOP("ClientTableModel", "Intake id")), lambda r: r.id),
        # written as everywhere else (王小明, Hélène Gagné), sorted by family name
        Column[ClientRow](
            str(QT_TRANSLATE_NOOP("ClientTableModel", "Name")),
            lambda r: written_name(r.first_name, r.last_name),
            sort=lambda r: fold(sort_name(r.first_name, r.last_name)),
        ),
        Column[ClientRow](
            str(QT_TRANSLATE_NOOP("ClientTableModel", "Goes by")), lambda r: r.preferred_name
        ),
        Column[ClientRow](str(QT_TRANSLATE_NOOP("ClientTableModel", "Phone")), lambda r: r.phone),
        Column[ClientRow](str(QT_TRANSLATE_NOOP("ClientTableModel", "Email")), lambda r: r.email),
        Column[ClientRow](
            str(QT_TRANSLATE_NOOP("ClientTableModel", "Language")),
            lambda r: language_name(r.language, i18n.current_language()),
        ),
        Column[ClientRow](
            str(QT_TRANSLATE_NOOP("ClientTableModel", "Type")),
            lambda r: client_type_phrase(r.client_type, i18n.current_language()).capitalize(),
        ),
        Column[ClientRow](str(QT_TRANSLATE_NOOP("ClientTableModel", "City")), lambda r: r.city),
        Column[ClientRow](
            str(QT_TRANSLATE_NOOP("ClientTableModel", "Intake date")),
            lambda r: _date(r.submitted),
            sort=lambda r: r.submitted.isoformat() if r.submitted else "",
        ),
        Column[ClientRow](
            str(QT_TRANSLATE_NOOP("ClientTableModel", "Open referrals")),
            lambda r: str(r.open_referrals) if r.open_referrals else "",
            sort=lambda r: r.open_referrals,
            align_right=True,
        ),
    )

    def is_dimmed(self, record: ClientRow) -> bool:
        return record.archived

    note_column = NAME

    def note(self, record: ClientRow) -> str:
        return self.tr("archived") if record.archived else ""


class TherapistTableModel(RecordTableModel[TherapistRow]):
    ID, NAME, CREDENTIALS, LANGUAGES, APPROACHES, MODALITIES = range(6)
    FEE, SLIDING, ACCEPTING, LOAD = range(6, 10)
    widths = (90, 190, 150, 90, 260, 130, 70, 130, 80, 110)
    columns = (
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Directory id")), lambda r: r.id
        ),
        # a directory: family name first ('Gagné, Hélène'; 王小明 already is)
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Name")),
            lambda r: sort_name(r.first_name, r.last_name),
        ),
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Credentials")), lambda r: r.credentials
        ),
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Languages")), lambda r: r.languages
        ),
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Approaches")), lambda r: r.approaches
        ),
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Sessions")),
            _sessions,
        ),
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Fee")),
            lambda r: _money(r.fee),
            sort=lambda r: float(r.fee),
            align_right=True,
        ),
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Sliding scale from")),
            lambda r: _money(r.sliding_scale_min),
            sort=lambda r: -1.0 if r.sliding_scale_min is None else float(r.sliding_scale_min),
            align_right=True,
        ),
        Column[TherapistRow](str(QT_TRANSLATE_NOOP("TherapistTableModel", "Accepting")), _yes_no),
        Column[TherapistRow](
            str(QT_TRANSLATE_NOOP("TherapistTableModel", "Open / capacity")),
            lambda r: f"{r.open_referrals} / {r.capacity}" if r.capacity else f"{r.open_referrals}",
            sort=lambda r: r.open_referrals,
            align_right=True,
            tooltip=str(
                QT_TRANSLATE_NOOP(
                    "TherapistTableModel",
                    "Open referrals, and the most this therapist takes at once",
                )
            ),
        ),
    )

    def is_dimmed(self, record: TherapistRow) -> bool:
        return record.archived or not record.accepting

    note_column = NAME  # "not accepting" is in its own column

    def note(self, record: TherapistRow) -> str:
        return self.tr("archived") if record.archived else ""


class ReferralTableModel(RecordTableModel[ReferralRow]):
    ID, CLIENT, THERAPIST, APPROACH, STATUS, CREATED, UPDATED = range(7)
    widths = (60, 250, 250, 260, 110, 100, 100)
    columns = (
        Column[ReferralRow](
            str(QT_TRANSLATE_NOOP("ReferralTableModel", "No.")),
            lambda r: str(r.id),
            sort=lambda r: r.id,
            align_right=True,
        ),
        Column[ReferralRow](
            str(QT_TRANSLATE_NOOP("ReferralTableModel", "Client")),
            lambda r: f"{r.client_name} ({r.client_id})",
        ),
        Column[ReferralRow](
            str(QT_TRANSLATE_NOOP("ReferralTableModel", "Therapist")),
            lambda r: f"{r.therapist_name} ({r.therapist_id})",
        ),
        Column[ReferralRow](
            str(QT_TRANSLATE_NOOP("ReferralTableModel", "Approach")), lambda r: r.approach_label
        ),
        Column[ReferralRow](
            str(QT_TRANSLATE_NOOP("ReferralTableModel", "Status")),
            _status,
        ),
        Column[ReferralRow](
            str(QT_TRANSLATE_NOOP("ReferralTableModel", "Referred on")),
            lambda r: _date(r.created_at),
            sort=lambda r: r.created_at.isoformat(),
        ),
        Column[ReferralRow](
            str(QT_TRANSLATE_NOOP("ReferralTableModel", "Last change")),
            lambda r: _date(r.updated_at),
            sort=lambda r: r.updated_at.isoformat(),
        ),
    )

    def is_dimmed(self, record: ReferralRow) -> bool:
        return not record.status.is_open


FetchPage = Callable[[ReferralRow | None, int], Sequence[ReferralRow]]


class LazyReferralTableModel(ReferralTableModel):
    """The Referrals list, fetched a page at a time as the view scrolls.

    Ten years of a busy clinic hold 250,000 referrals; loading them all at once
    takes seconds and hundreds of megabytes. The view asks ``canFetchMore`` when it
    nears the last loaded row, and ``fetchMore`` reads the next page after it
    (keyset paging in the service), so opening the tab costs one page whatever the
    clinic's age. ``fetch_page(last_row, limit)`` returns the rows after
    ``last_row`` (None: the first page), newest first.
    """

    def __init__(self, fetch_page: FetchPage | None = None, page_size: int = 200) -> None:
        super().__init__()
        self._fetch_page: FetchPage | None = fetch_page
        self._page_size = page_size
        self._exhausted = fetch_page is None

    def restart(self, fetch_page: FetchPage) -> None:
        """Start over from the first page (a new filter, or the data changed)."""
        self.beginResetModel()
        self._fetch_page = fetch_page
        self._rows = list(fetch_page(None, self._page_size))
        self._exhausted = len(self._rows) < self._page_size
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch_page is None:
            return
        last = self._rows[-1] if self._rows else None
        more = list(self._fetch_page(last, self._page_size))
        self._exhausted = len(more) < self._page_size
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()


@dataclass(frozen=True)
class ClientPageResult:
    rows: Sequence[ClientRow]
    last: Any  # an opaque key: the next page starts after it (None: empty page)


# fetch_client_page(after, limit, column, descending) -> the page after ``after``
FetchClientPage = Callable[[Any, int, int, bool], ClientPageResult]


class LazyClientTableModel(ClientTableModel):
    """The Clients list, fetched a page at a time, like the Referrals list.

    A ten-year clinic holds 100,000 clients; the tab shows the first page of a
    search (newest intake first) and fetches more as the view scrolls.

    Sorting: while every row of the search is loaded (a small clinic, or a narrow
    search), a click on a column sorts the rows in memory, exactly as
    ``RecordTableModel.sort`` always did (accents ignored, the selection kept). While
    rows are still to come, an in-memory sort would order only the loaded ones, so
    the request goes to the database instead (its ORDER BY, then keyset paging) and
    the list starts again from its first page.
    """

    def __init__(self, page_size: int = 200) -> None:
        super().__init__()
        self._fetch: FetchClientPage | None = None
        self._page_size = page_size
        self._last: Any = None
        self._exhausted = True
        self._order: tuple[int, Qt.SortOrder] = (
            ClientTableModel.SUBMITTED,
            Qt.SortOrder.DescendingOrder,
        )

    def restart(self, fetch: FetchClientPage) -> None:
        """Start over from the first page (a new search, or the data changed)."""
        self.beginResetModel()
        self._fetch = fetch
        self._load_first_page()
        self.endResetModel()

    def _load_first_page(self) -> None:
        assert self._fetch is not None
        column, order = self._order
        page = self._fetch(None, self._page_size, column, order == Qt.SortOrder.DescendingOrder)
        self._rows = list(page.rows)
        self._last = page.last
        self._exhausted = len(self._rows) < self._page_size
        if self._exhausted:
            # everything fits: the exact in-memory order (accents ignored) of the table
            self._rows = self._in_order(self._rows, column, order)

    def all_loaded(self) -> bool:
        return self._exhausted

    def set_rows(self, rows: Sequence[ClientRow]) -> None:
        """Show exactly these rows (no paging): they are all there is."""
        self._fetch = None
        self._exhausted = True
        self._sorted_by = self._order
        super().set_rows(rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self._order = (column, order)
        if self._exhausted or self._fetch is None:
            super().sort(column, order)
            return
        self.beginResetModel()
        self._load_first_page()
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        column, order = self._order
        page = self._fetch(
            self._last, self._page_size, column, order == Qt.SortOrder.DescendingOrder
        )
        more = list(page.rows)
        self._exhausted = len(more) < self._page_size
        if not more:
            return
        self._last = page.last
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()
