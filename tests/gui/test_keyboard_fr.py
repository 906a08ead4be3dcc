"""Alt keys in French: the translation gives each control its own letter again, so the
check of test_keyboard.py runs on the main window and its own lists in French too."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyboard_checks import menu_clashes, window_clashes
from pytestqt.qtbot import QtBot

from opcc_desk.services import demo
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import i18n
from opcc_desk.ui.main_window import MainWindow


@pytest.fixture
def french() -> Iterator[None]:
    assert i18n.install("fr") == "fr"
    yield
    i18n.install("en")


def test_no_two_controls_of_the_french_main_window_share_an_alt_key(
    qtbot: QtBot, ctx: ServiceContext, french: None
) -> None:
    demo.fill_demo_data(ctx, seed=3, therapists=6, clients=12, referrals=12)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert window.menuBar().actions()[0].text() == "&Fichier"
    clashes = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert menu is not None
        clashes.extend(menu_clashes(menu, "main window"))
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        clashes.extend(window_clashes(window))
    # each referral's state shows the moves it can make
    tab = window.referrals_tab
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(None))
    met = set()
    for row in tab.model.rows():
        met.add(row.status)
        tab.select_ids([row.id])
        clashes.extend(window_clashes(window))
    assert len(met) >= 3
    assert "\n".join(sorted(set(clashes))) == ""
