"""Every GUI test: offscreen Qt, and no modal box may block (see qt_fixtures.py)."""

from __future__ import annotations

from qt_fixtures import modal_boxes

__all__ = ["modal_boxes"]  # an autouse fixture: pytest finds it here
