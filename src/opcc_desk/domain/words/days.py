"""Availability slots ('mon_evening') as words: 'Monday evenings', « le lundi soir »."""

from __future__ import annotations

from collections.abc import Iterable

from opcc_desk.domain.enums import ALL_SLOTS

_DAYS = {
    "en": {
        "mon": "Monday",
        "tue": "Tuesday",
        "wed": "Wednesday",
        "thu": "Thursday",
        "fri": "Friday",
        "sat": "Saturday",
        "sun": "Sunday",
    },
    "fr": {
        "mon": "le lundi",
        "tue": "le mardi",
        "wed": "le mercredi",
        "thu": "le jeudi",
        "fri": "le vendredi",
        "sat": "le samedi",
        "sun": "le dimanche",
    },
}
# A free time recurs every week: "Monday evenings" in English, « le lundi soir » in French.
_PARTS = {
    "en": {"morning": "mornings", "afternoon": "afternoons", "evening": "evenings"},
    "fr": {"morning": "matin", "afternoon": "après-midi", "evening": "soir"},
}
_SLOT_ORDER = {slot: index for index, slot in enumerate(ALL_SLOTS)}


def slot_phrase(slot: str, language: str = "en") -> str:
    """'mon_evening' -> 'Monday evenings' / 'le lundi soir'; an unknown slot as written."""
    day, _, part = slot.partition("_")
    days = _DAYS.get(language, _DAYS["en"])
    parts = _PARTS.get(language, _PARTS["en"])
    if day not in days or part not in parts:
        return slot
    return f"{days[day]} {parts[part]}"


def sorted_slots(slots: Iterable[str]) -> list[str]:
    """Slots in week order (Monday morning first); unknown ones last, alphabetically."""
    return sorted(set(slots), key=lambda slot: (_SLOT_ORDER.get(slot, len(_SLOT_ORDER)), slot))


def slot_phrases(slots: Iterable[str], language: str = "en") -> list[str]:
    """Each slot in words, in week order."""
    return [slot_phrase(slot, language) for slot in sorted_slots(slots)]
