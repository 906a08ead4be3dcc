"""Every GUI test: offscreen Qt, English, and no modal box may block (see qt_fixtures.py)."""

from __future__ import annotations

from qt_fixtures import french, modal_boxes, translations, window_language

# autouse fixtures (and the one they need): pytest finds them here
__all__ = ["french", "modal_boxes", "translations", "window_language"]
