"""Dates in words: 'November 28, 2026' / « 28 novembre 2026 »."""

from __future__ import annotations

from datetime import date

LOCALES = {"en": "en_CA", "fr": "fr_CA"}


def long_date(day: date, language: str = "en") -> str:
    # babel loads its locale data on first use; imported here so the program's start
    # (which shows no dates) does not pay for it
    from babel.dates import format_date

    return format_date(day, format="long", locale=LOCALES.get(language, "en_CA"))
