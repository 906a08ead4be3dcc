"""Lists in a sentence ('a, b and c' / « a, b et c ») and labels as they read mid-sentence."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

_CONJUNCTIONS = {"en": {"and": "and", "or": "or"}, "fr": {"and": "et", "or": "ou"}}
_MORE = {"en": "{count} more", "fr": "{count} autres"}


def join_words(
    items: Sequence[str],
    language: str = "en",
    *,
    listed: int | None = None,
    noun: str = "",
    conjunction: Literal["and", "or"] = "and",
) -> str:
    """'', 'a', 'a and b', 'a, b and c' (« a, b et c »); with ``listed`` set, at most
    that many are named and the rest counted: 'a, b, c and 2 more times' (``noun`` =
    'times'). ``conjunction`` 'or' gives 'a, b or c'.

    When an item holds the conjunction ('grief and loss'), the last one gets a comma
    before it: 'anxiety, grief and loss, and self-worth'. Empty items are left out. A
    list of exactly ``listed + 1`` is named in full:
    'and 1 more' would be no shorter.
    """
    named = [item for item in items if item]
    if listed is not None and len(named) > listed + 1:
        rest = _MORE.get(language, _MORE["en"]).format(count=len(named) - listed)
        named = [*named[:listed], f"{rest} {noun}" if noun else rest]
    if len(named) <= 1:
        return "".join(named)
    word = _CONJUNCTIONS.get(language, _CONJUNCTIONS["en"])[conjunction]
    # an item that holds the conjunction itself ('grief and loss') would blur where the
    # last item starts: a comma before the final 'and' keeps the items apart
    comma = "," if any(f" {word} " in item for item in named) else ""
    return f"{', '.join(named[:-1])}{comma} {word} {named[-1]}"


@lru_cache(maxsize=1024)
def mid_sentence(label: str) -> str:
    """A label as it reads inside a sentence: 'Grief and loss' -> 'grief and loss',
    « Thérapie EMDR » -> « thérapie EMDR », but 'EMDR therapy' and 'Internal Family
    Systems (IFS)' stay as they are."""
    words = label.split()
    if not words:
        return label
    first = words[0]
    if not (first[:1].isupper() and first[1:] == first[1:].lower()):
        return label  # an acronym or odd casing: leave it
    if any(
        word[:1].isupper() and not word.isupper()  # an acronym later on is no name
        for word in words[1:]
        if not word.startswith("(")
    ):
        return label  # several capitals: a name such as "Internal Family Systems"
    return first[:1].lower() + label[1:]


def capitalised(phrase: str) -> str:
    """The phrase with its first letter in capitals, the rest as written."""
    return phrase[:1].upper() + phrase[1:]
