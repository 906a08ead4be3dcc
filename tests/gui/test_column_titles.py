"""The main tabs' column titles are never cut at their column's edge, in either language
(the French « N° au répertoire » read « º au répertoire »)."""

from __future__ import annotations

from pathlib import Path

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


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_column_title_of_the_client_page_fits(
    qtbot: QtBot, ctx: ServiceContext, tmp_path: Path, language: str
) -> None:
    from PySide6.QtWidgets import QTableWidget

    from opcc_desk.services import transfer
    from opcc_desk.ui.client_page import ClientPage

    path = tmp_path / "clients.csv"
    path.write_text(
        "id,first_name,last_name,email,language,client_type,concerns,modality,"
        "consent_to_contact\nC-1,Zoë,François,zoe@example.ca,fr,individual,anxiety,virtual,yes\n",
        encoding="utf-8",
    )
    transfer.import_file(ctx, transfer.Kind.CLIENTS, path)
    assert i18n.install(language) == language
    page = ClientPage(ctx, "C-1")
    qtbot.addWidget(page)
    tables = page.findChildren(QTableWidget)
    assert len(tables) >= 3
    for table in tables:
        header = table.horizontalHeader()
        for column in range(header.count() - 1):
            title = table.horizontalHeaderItem(column).text()
            assert header.sectionSize(column) >= header.sectionSizeHint(column), title
