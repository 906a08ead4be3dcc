"""The read-only record table every tab and list shares: whole rows selected, sorted by
the model itself, columns at the model's widths."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QIdentityProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from opcc_desk.ui.table_models import RecordTableModel


def make_table(model: RecordTableModel[Any]) -> tuple[QTableView, QIdentityProxyModel]:
    # the model sorts its own rows (see RecordTableModel.sort); the identity proxy
    # keeps the view's indexes apart from the model's, and passes sorting down
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)
    view = QTableView()
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
    for number, width in enumerate(model.widths):
        view.setColumnWidth(number, width)
    return view, proxy
