"""Small reusable form widgets: the availability grid and the catalogue key picker."""

from __future__ import annotations

from opcc_desk.ui.widgets.availability import AvailabilityGrid
from opcc_desk.ui.widgets.key_picker import KeyPicker, approach_entries, concern_entries

__all__ = ["AvailabilityGrid", "KeyPicker", "approach_entries", "concern_entries"]
