"""Search keys: what a receptionist types should find a record regardless of
accents, case or how a phone number was punctuated."""

from __future__ import annotations

import unicodedata


def fold(value: str) -> str:
    """Lower-case, accents removed: 'Zoë François' -> 'zoe francois'.

    Scripts without accents (Chinese, Arabic...) pass through unchanged.
    """
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def search_key(*parts: str, phone: str = "") -> str:
    """The text a search runs against: folded parts plus the phone's bare digits."""
    words = [fold(part) for part in parts if part]
    if phone:
        words.append(digits(phone))
    return " ".join(words)


def search_terms(query: str) -> list[str]:
    """Each word the user typed, folded; a record must contain every one."""
    terms = []
    for word in fold(query).split():
        bare = digits(word)
        # "416-555" finds "4165550134": compare punctuated numbers by their digits
        if bare and len(bare) >= 3 and all(not ch.isalpha() for ch in word):
            terms.append(bare)
        else:
            terms.append(word)
    return terms
