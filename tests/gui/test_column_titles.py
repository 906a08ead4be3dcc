"""The main tabs' column titles are never cut at their column's edge, in either language
(the French « N° au répertoire » read « º au répertoire »)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import i18n
from opcc_desk.ui.main_window import MainWindow


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_column_title_of_the_main_tabs_fits(
    qtbot: QtBot, ctx: ServiceContext, language: str
) -> None:
    """No title is cut at its column's edge ("N° au répertoire" read « º au répertoire »)."""
    assert i18n.install(language) == language
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    for tab in (window.clients_tab, window.therapists_tab, window.referrals_tab):
        header = tab.view.horizontalHeader()
        for column in range(header.count() - 1):  # the last one stretches to the edge
            title = tab.view.model().headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) >= header.sectionSizeHint(column), title
