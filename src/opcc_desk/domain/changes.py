"""The kinds of change a desk is told about, so it reloads only what shows them.

The change stamp (services/changes.py) reports which kinds another desk saved; the
main window reports its own saves the same way, and one table there says which views
reload for each kind.
"""

from __future__ import annotations

from enum import StrEnum


class ChangeKind(StrEnum):
    CLIENTS = "clients"
    THERAPISTS = "therapists"
    REFERRALS = "referrals"  # letters and contacts too (the follow-ups show the last contact)
    SETTINGS = "settings"


EVERYTHING: frozenset[ChangeKind] = frozenset(ChangeKind)
