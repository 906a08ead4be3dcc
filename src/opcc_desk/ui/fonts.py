"""Registers the bundled fonts so every script in a client's name shows on any machine."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from opcc_desk.resources import resource_path

log = logging.getLogger(__name__)

# Tried in this order for characters the main font lacks: DejaVu covers Latin,
# Cyrillic, Greek and Arabic; Droid Sans Fallback covers Chinese and Japanese;
# Nanum Gothic covers Korean.
FONT_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DroidSansFallbackFull.ttf",
    "NanumGothic.ttf",
    "NanumGothicBold.ttf",
)
FALLBACK_FAMILIES = ("DejaVu Sans", "Droid Sans Fallback", "NanumGothic")


def register_fonts() -> list[str]:
    """Load the shipped fonts into Qt and make them the fallbacks of every font."""
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
        if font_id < 0:
            log.warning("font %s could not be loaded", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    known = [family for family in FALLBACK_FAMILIES if family in families]
    for style in (QFont.StyleHint.SansSerif, QFont.StyleHint.AnyStyle):
        default = QFont().defaultFamily() if style is QFont.StyleHint.AnyStyle else "Sans Serif"
        QFont.insertSubstitutions(default, known)
    return known
