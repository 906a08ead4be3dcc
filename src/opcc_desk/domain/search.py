"""Search keys: what a receptionist types should find a record regardless of
accents, case or how a phone number was punctuated.

A search is word-prefix matching: each typed term must be the start of one of the
record's words (``search_words``). The database keeps those words in an index, so
a search reads a narrow range of it (``prefix_range``) instead of every record.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_WORD = 64  # characters kept of a word: a pasted essay cannot bloat the index
MAX_FIELD_WORDS = 32  # whitespace-separated words read from one field, for the same reason
MAX_TERMS = 8  # typed words a search uses: more only narrow a list already short
MAX_QUERY = 512  # characters of a search read: a pasted page is not searched whole
_ASCII_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")


def fold(value: str) -> str:
    """Lower-case, accents removed: 'Zoë François' -> 'zoe francois'.

    Scripts without accents (Chinese, Arabic...) pass through unchanged. Compatibility
    forms become plain letters first, so that they are lower-cased too (full-width
    "ＺＯＥ" from an input method is "zoe"); folding twice changes nothing more.
    """
    if value.isascii():
        return value.lower()  # the same result, without the three passes below
    plain = unicodedata.normalize("NFKD", value)
    decomposed = unicodedata.normalize("NFKD", plain.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def _is_separator(ch: str) -> bool:
    """Punctuation, symbols and spaces split words; letters, digits and marks do not
    (a Devanagari vowel sign is a mark and stays inside its word)."""
    return unicodedata.category(ch)[0] in "PSZC"


def _pieces(token: str) -> list[str]:
    """'jean-luc' -> ['jean', 'luc']; 'marie.t@gmail.com' -> ['marie', 't', 'gmail', 'com']."""
    if token.isalnum():
        return [token]  # most names: no character to look at one by one
    if token.isascii():  # an email, an id: everything but a letter or digit splits
        return [piece for piece in _ASCII_SEPARATORS.split(token) if piece]
    pieces: list[str] = []
    current: list[str] = []
    for ch in token:
        if _is_separator(ch):
            if current:
                pieces.append("".join(current))
                current = []
        else:
            current.append(ch)
    if current:
        pieces.append("".join(current))
    return pieces


def _text_words(value: str, *, joined: bool) -> Iterable[str]:
    """A field's words: each whitespace-separated token whole, its pieces between
    punctuation, numbers also without leading zeros, and (``joined``, for names) the
    pieces run together: "o'brien" is found by "obrien" as well as by "brien"."""
    for token in fold(value).split()[:MAX_FIELD_WORDS]:
        pieces = _pieces(token)
        if not pieces:
            continue  # punctuation alone ("-", "?") is no word to search for
        yield token
        if len(pieces) > 1 or pieces[0] != token:
            yield from pieces
            if joined and len(pieces) > 1:
                yield "".join(pieces)
        for piece in pieces:
            if piece.isdigit() and piece.isascii() and piece[0] == "0":
                number = piece.lstrip("0")
                if number:
                    yield number  # "C-000123" is found by "123"


def _phone_words(value: str) -> Iterable[str]:
    """The digits whole, from each group on ("(416) 555-0134" gives 4165550134, 5550134
    and 0134), and the last 7 and 4 digits however the number was written."""
    number = digits(value)
    if not number:
        return
    yield number
    start = 0
    in_group = False
    for ch in value:
        if ch.isdigit():
            if not in_group:
                yield number[start:]
                in_group = True
            start += 1
        else:
            in_group = False
    yield number[-7:]
    yield number[-4:]


# scripts that write a whole name without a space between family and given name
_UNSPACED_SCRIPTS = ("CJK ", "HIRAGANA ", "KATAKANA ", "HANGUL ")


def _unspaced(name: str) -> bool:
    return all(unicodedata.name(ch, "").startswith(_UNSPACED_SCRIPTS) for ch in name)


def _whole_names(first: str, last: str) -> Iterable[str]:
    """ "黃建国" typed as one word: in Chinese, Japanese and Korean a person writes their
    family name and given name run together (family first, as a rule), while the form
    keeps them apart. Both orders are kept, since either may have been typed."""
    given, family = fold(first).strip(), fold(last).strip()
    if given and family and _unspaced(given) and _unspaced(family):
        yield family + given
        yield given + family


def search_words(ref: str, *names: str, email: str = "", phone: str = "") -> list[str]:
    """Every word a search can start with, for one record: unique, in field order.

    A typed term finds the record when it is the start of one of these words, after
    ``fold`` (case and accents do not matter). From the id, each name and the email:
    every whitespace-separated word whole, and also split on punctuation (hyphens,
    apostrophes, "@", "." ...): "Jean-Luc" gives "jean-luc", "jean", "luc" (and, for
    names, "jeanluc"); "marie.t@gmail.com" gives the whole address, "marie", "t",
    "gmail", "com"; an id "C-000123" gives "c-000123", "c", "000123" and "123". Words
    of other scripts are kept whole: a Chinese name written without spaces is one
    word, found by its first characters. When the first two names (given, family) are
    both in such a script, they are also kept run together, in both orders ("黃建国"
    and "建国黃"), since that is how the whole name is written. From the phone: see
    ``_phone_words``.

    Each word is cut to ``MAX_WORD`` characters and each field gives at most
    ``MAX_FIELD_WORDS`` of its words, so a pasted essay cannot bloat the index (a term
    typed longer than that is cut the same way by ``prefix_range``).
    """
    found: dict[str, None] = {}
    fields: list[Iterable[str]] = [_text_words(ref, joined=False)]
    fields += [_text_words(name, joined=True) for name in names if name]
    if len(names) >= 2:
        fields.append(_whole_names(names[0], names[1]))
    fields += [_text_words(email, joined=False), _phone_words(phone)]
    for words in fields:
        for word in words:
            found[word[:MAX_WORD]] = None
    return list(found)


def search_key(ref: str, *names: str, email: str = "", phone: str = "") -> str:
    """The record's search words joined by spaces: stored beside the record (the
    therapists' search filters on it; a client's tells whether its words changed)."""
    return " ".join(search_words(ref, *names, email=email, phone=phone))


def _printable(text: str) -> str:
    """Control and format characters (NUL, zero-width spaces, direction marks) removed:
    no stored word holds them, and a NUL is refused outright by PostgreSQL."""
    if text.isprintable():
        return text
    return "".join(
        " " if ch.isspace() else ch
        for ch in text
        if ch.isspace() or unicodedata.category(ch)[0] != "C"
    )


def search_terms(query: str) -> list[str]:
    """Each word the user typed, folded; a record must contain every one.

    The search is bounded whatever is pasted into the box: only the first
    ``MAX_QUERY`` characters are read, each term is cut as the stored words are
    (``MAX_WORD``), a term repeated or implied by a longer one ("mar" beside "marie":
    a word that starts with "marie" starts with "mar") is dropped, and at most
    ``MAX_TERMS`` terms are kept, in the order typed. Each term costs the database one
    range of the word index, so this caps the work of one keystroke.
    """
    return _bounded_terms(query)[0]


def search_is_cut(query: str) -> bool:
    """True when the query held more terms, or more characters, than a search reads:
    the window says that only the first words were searched."""
    return _bounded_terms(query)[1]


def _bounded_terms(query: str) -> tuple[list[str], bool]:
    cut = len(query) > MAX_QUERY
    kept: list[str] = []
    for word in fold(_printable(query[:MAX_QUERY])).split():
        bare = digits(word)
        # "416-555" finds "4165550134": compare punctuated numbers by their digits
        if bare and len(bare) >= 3 and all(not ch.isalpha() for ch in word):
            word = bare
        term = word[:MAX_WORD]
        if any(other.startswith(term) for other in kept):
            continue  # implied by a term already kept
        implied = [i for i, other in enumerate(kept) if term.startswith(other)]
        if implied:  # the longer term takes the place of the first one it implies
            kept[implied[0]] = term
            kept = [other for i, other in enumerate(kept) if i not in implied[1:]]
        elif len(kept) == MAX_TERMS:
            cut = True
        else:
            kept.append(term)
    return kept, cut


_SURROGATES = range(0xD800, 0xE000)  # not characters: no stored text holds them


def prefix_range(term: str) -> tuple[str, str | None]:
    """(low, high): the words starting with ``term`` are exactly those with
    ``low <= word < high`` in code-point order (high None: no upper bound).

    ``high`` is ``term`` with its last character's code point raised by one
    ("mar" -> "mas"). Compared as plain strings, so "%" and "_" mean themselves.
    The term is cut to ``MAX_WORD`` characters, as the stored words are.
    """
    low = term[:MAX_WORD]
    stem = low
    while stem:
        point = ord(stem[-1]) + 1
        if point in _SURROGATES:
            point = _SURROGATES.stop
        if point <= 0x10FFFF:
            return low, stem[:-1] + chr(point)
        stem = stem[:-1]  # the last code point there is: raise the one before it
    return low, None
