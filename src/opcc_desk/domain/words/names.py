"""How a person's name is written: one rule for every screen, letter and list.

Names are kept as typed (given and family name apart). Chinese, Japanese and
Korean names written in their own scripts put the family name first with no space
(王 + 小明 -> 王小明, 김 + 민준 -> 김민준); every other name is the given name, a
space, then the family name, whatever its script (Arabic stays in logical order;
the renderer lays it out right to left).
"""

from __future__ import annotations

import unicodedata

_FAMILY_FIRST_SCRIPTS = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA")


_FIRST_EAST_ASIAN = "\u1100"  # Hangul Jamo: nothing below it is in those scripts


def _in_family_first_script(text: str) -> bool:
    # Runs for every row of a quarter-million-row referral list: a Latin name is
    # settled by its first letter without looking up any character's name.
    seen = False
    for char in text:
        if char.isspace():
            continue
        if char < _FIRST_EAST_ASIAN or not unicodedata.name(char, "").startswith(
            _FAMILY_FIRST_SCRIPTS
        ):
            return False
        seen = True
    return seen


def family_first(given: str, family: str) -> bool:
    """True when both parts are written in a script whose custom is family name first.

    A mixed name (a Latin given name with a Chinese family name) keeps the Western
    order: nobody can tell which custom its owner follows, so it stays as typed.
    """
    given, family = given.strip(), family.strip()
    return bool(given and family) and (
        _in_family_first_script(given) and _in_family_first_script(family)
    )


def written_name(given: str, family: str) -> str:
    """The full name in its own script's order: 'Hélène Gagné', '王小明'."""
    given, family = given.strip(), family.strip()
    if family_first(given, family):
        return family + given
    return f"{given} {family}".strip()


def display_name(given: str, family: str, preferred: str = "") -> str:
    """The name the desk uses with the person: the preferred name, when there is
    one, in place of the given name ('Lena Gagné', '王明明')."""
    return written_name(preferred.strip() or given, family)


def sort_name(given: str, family: str) -> str:
    """The family name first, for a directory: 'Gagné, Hélène'. A name whose custom
    is family name first is already in that order and has no comma: '王小明'."""
    given, family = given.strip(), family.strip()
    if family_first(given, family) or not (given and family):
        return written_name(given, family)
    return f"{family}, {given}"
