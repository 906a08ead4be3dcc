"""The window's own colours: readable (WCAG 4.5 : 1) in a light and a dark palette,
chosen from the palette in use, kept in one module, and never the only sign."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from opcc_desk.domain.enums import ClientType, ModalityPreference
from opcc_desk.domain.models import ClientRow
from opcc_desk.services.context import ServiceContext
from opcc_desk.ui import theme
from opcc_desk.ui.forms.client_form import ClientEditor
from opcc_desk.ui.table_models import ClientTableModel

UI = Path(__file__).resolve().parents[2] / "src" / "opcc_desk" / "ui"
AA = 4.5


@pytest.fixture
def dark_desktop(qapp: QApplication) -> Iterator[QPalette]:
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette())
    yield qapp.palette()
    qapp.setPalette(before)


def test_contrast_is_computed_as_wcag_says() -> None:
    assert theme.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert theme.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)  # just short
    assert theme.contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_every_colour_reads_at_4_5_to_1_on_what_it_is_drawn_on(colours: theme.Colours) -> None:
    weak = [
        f"{fg} on {bg}: {theme.contrast(getattr(colours, fg), getattr(colours, bg)):.2f}"
        for fg, backgrounds in theme.ON.items()
        for bg in backgrounds
        if theme.contrast(getattr(colours, fg), getattr(colours, bg)) < AA
    ]
    assert weak == []
    # every colour that draws words is checked
    assert {"hint", "greyed", "overdue", "warning", "success", "info", "error"} <= set(theme.ON)


@pytest.mark.parametrize("dark", [False, True], ids=["light palette", "dark palette"])
def test_the_set_follows_the_palette_and_reads_on_its_backgrounds(
    qapp: QApplication, dark: bool
) -> None:
    palette = theme.dark_palette() if dark else qapp.style().standardPalette()
    colours = theme.colours(palette)
    assert colours.dark is dark
    roles = QPalette.ColorRole
    for fg in ("hint", "greyed", "overdue", "warning", "success", "info", "error"):
        for role in (roles.Base, roles.AlternateBase, roles.Window):
            background = palette.color(role).name()
            ratio = theme.contrast(getattr(colours, fg), background)
            assert ratio >= AA, f"{fg} on {role.name}: {ratio:.2f}"


def test_a_form_in_a_dark_desktop_takes_the_dark_colours(
    qtbot: QtBot, ctx: ServiceContext, dark_desktop: QPalette
) -> None:
    form = ClientEditor(ctx)
    qtbot.addWidget(form)
    assert theme.DARK.error in form.styleSheet()
    assert theme.LIGHT.error not in form.styleSheet()


def test_no_colour_is_written_outside_the_theme() -> None:
    """A colour typed into a widget's code would not follow the palette."""
    found = []
    for path in UI.rglob("*.py"):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"#[0-9a-fA-F]{3,6}\b|QColor\(\"|Qt\.GlobalColor", line):
                found.append(f"{path.relative_to(UI)}:{number}: {line.strip()}")
    assert found == []


def test_greyed_rows_also_say_why_in_words() -> None:
    model = ClientTableModel()
    row = ClientRow(
        id="C-1",
        first_name="Hélène",
        last_name="Gagné",
        preferred_name="",
        phone="",
        email="",
        language="fr",
        client_type=ClientType.INDIVIDUAL,
        modality=ModalityPreference.EITHER,
        city="",
        submitted=None,
        open_referrals=0,
        archived=True,
    )
    model.set_rows([row])
    name = model.index(0, ClientTableModel.NAME).data()
    assert "archived" in name
    assert model.index(0, ClientTableModel.ID).data() == "C-1"


@pytest.mark.parametrize("dark", [False, True], ids=["light palette", "dark palette"])
def test_placeholders_read_as_hints(qapp: QApplication, dark: bool) -> None:
    before = qapp.palette()
    qapp.setPalette(theme.dark_palette() if dark else qapp.style().standardPalette())
    try:
        theme.readable_placeholders(qapp)
        palette = qapp.palette()
        placeholder = palette.color(QPalette.ColorRole.PlaceholderText).name()
        for role in (QPalette.ColorRole.Base, QPalette.ColorRole.Window):
            assert theme.contrast(placeholder, palette.color(role).name()) >= AA
    finally:
        qapp.setPalette(before)
