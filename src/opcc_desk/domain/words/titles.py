"""A therapist's titles as registered, and the one period that ends a sentence.

Titles are printed exactly as the therapist's record holds them, in the order entered,
in every language: a college registers "RP" or "RSW", and a client checks that title
against their insurance plan, so a letter in French must not turn "RSW" into « TSI »
(nor mix the two). A title that ends with a period (« M.A. », "C.Psych.") ends the
sentence too: no "M.A..".
"""

from __future__ import annotations

from collections.abc import Iterable

_STOPS = (".", "…", "!", "?")


def registered_titles(credentials: Iterable[str]) -> str:
    """'RP, M.A.': the titles as entered, in their order, blanks left out."""
    return ", ".join(title.strip() for title in credentials if title.strip())


def end_sentence(text: str) -> str:
    """``text`` with a closing period, unless it already ends with one (or ! ? …)."""
    stripped = text.rstrip()
    if not stripped or stripped.endswith(_STOPS):
        return stripped
    return stripped + "."


def without_second_period(following: str) -> str:
    """The text that follows something ending with a period, less its own leading
    period: 'M.A.' then '.' gives 'M.A.', and 'M.A.' then '. Next' gives 'M.A. Next'."""
    return (
        following[1:] if following.startswith(".") and not following.startswith("..") else following
    )
