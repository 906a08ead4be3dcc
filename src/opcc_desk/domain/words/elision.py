"""French elision before a name: « de Marie », but « d'Hélène » and « d'Ontario »."""

from __future__ import annotations

import unicodedata

# A mute h is far more common in names than an aspirated one (d'Hélène, d'Hugo),
# so every h elides; 'y' is left out: « de Yolande » is the usual spelling.
_ELIDING = frozenset("aeiouh")


def starts_with_vowel_sound(word: str) -> bool:
    """True when French elides before ``word``: a vowel or h, accents ignored ('Élise')."""
    first = word.lstrip()[:1]
    if not first:
        return False
    base = unicodedata.normalize("NFD", first)[0].lower()
    return base in _ELIDING or first.lower() in ("æ", "œ")


def elide_before(before: str, word: str) -> str:
    """``before`` ready for ``word`` to follow: a closing « de » becomes « d' » when
    ``word`` starts with a vowel sound ('… de ' + 'Hélène' -> "… d'" + 'Hélène')."""
    if not before.endswith("de ") or not starts_with_vowel_sound(word):
        return before
    if len(before) > 3 and before[-4].isalpha():
        return before  # the end of a longer word, such as « monde »
    return before[:-3] + "d'"
