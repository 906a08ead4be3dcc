"""Dates in words: 'November 28, 2026' / « 28 novembre 2026 », « 1er février 2027 »."""

from __future__ import annotations

from datetime import date

LOCALES = {"en": "en_CA", "fr": "fr_CA"}


def long_date(day: date, language: str = "en") -> str:
    # babel loads its locale data on first use; imported here so the program's start
    # (which shows no dates) does not pay for it
    from babel.dates import format_date

    written = format_date(day, format="long", locale=LOCALES.get(language, "en_CA"))
    if language == "fr" and day.day == 1 and written.startswith("1 "):
        # French writes the first of the month as an ordinal: « le 1er février »
        written = "1er" + written[1:]
    return written
