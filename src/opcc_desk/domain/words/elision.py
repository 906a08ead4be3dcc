"""French elision and contraction, the one place that joins a small word to the next.

« de Marie » but « d'Hélène », « d'Ontario », « qu'Yves »; « de la part du Centre
Horizon » (de + le), « aux Services familiaux » (à + les). Every French sentence that
puts a name, a place or a label after one of these small words goes through
:func:`join_french`, so the letter, the directory and any other French text agree.

Decisions, and why:

- A vowel elides, accents ignored: d'Émilie, d'Ontario, d'Iqaluit, d'Ursula.
- h: the Office québécois de la langue française and the federal Translation Bureau
  treat the h of a French or Latin name as mute (d'Hélène, d'Hugo, d'Henri) and the h
  of most English and Germanic place names as aspirated: federal texts write « de
  Halifax », « de Hamilton », « de Hull ». So h elides except before the short list
  ``ASPIRATED_H`` (those places, plus everyday words with an aspirated h such as
  « haut » or « hockey »). A name missing from the list follows the general rule and
  elides; for a first name of foreign origin the OQLF accepts either form.
- y: a y sounding like i elides (d'Yves, d'Yvonne: y then a consonant); a y sounding
  like the y of "yes" does not (de Yolande, du Yukon: y then a vowel).
- A name given only by its initial never elides (« de A. Tremblay »), nor do « onze »,
  « huit » and « oui », which French treats as starting with a consonant.
- Contractions: de + le → du, de + les → des, à + le → au, à + les → aux, when a
  name starts with the article (« Le Centre Horizon » → « du Centre Horizon »);
  « la » and « l' » never contract.
"""

from __future__ import annotations

import re
import string
import unicodedata

ELIDING = frozenset("aeiouh")

# Small words that lose their vowel before a vowel sound; each maps to its elided form.
ELIDED = {
    "de": "d'",
    "que": "qu'",
    "le": "l'",
    "la": "l'",
    "ne": "n'",
    "je": "j'",
    "me": "m'",
    "te": "t'",
    "se": "s'",
    "jusque": "jusqu'",
    "lorsque": "lorsqu'",
    "puisque": "puisqu'",
}
# (preposition, article) → the contracted word
CONTRACTED = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}

# First words (lower case, accents kept) whose h is aspirated: no elision before them.
ASPIRATED_H = frozenset(
    {
        # places: the federal Translation Bureau's usage for Canadian and Germanic names
        "halifax",
        "hamilton",
        "hull",
        "hambourg",
        "hanovre",
        "hollande",
        "hongrie",
        "hong",  # Hong Kong
        "huron",
        "hurons",
        "huronie",
        # everyday words that may start a label or an office name
        "haut",
        "haute",
        "hauts",
        "hautes",
        "hockey",
        "handicap",
        "hasard",
        "héros",
        "honte",
        "hall",
        "hameau",
    }
)
# Words spelled with a vowel that French treats as starting with a consonant.
NOT_ELIDING = frozenset({"onze", "onzième", "huit", "huitième", "oui", "ouate"})

_WORD = re.compile(r"[^\s,.;:!?()«»\"'’\-]+")
_INITIAL = re.compile(r"^\w\.(\s|$)")
# the small word at the very end of a sentence piece, after a space, an opening mark or
# nothing; its space may be a no-break one
_TAIL = re.compile(
    r"(?:(?<=[\s(«\"'’])|^)(?P<small>"
    + "|".join(sorted({*ELIDED, "à"}, key=len, reverse=True))
    + r")(?P<space>[ \u00a0])$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?P<article>les|le)(?P<space>[ \u00a0])(?=\S)", re.IGNORECASE)


def _first_word(word: str) -> str:
    found = _WORD.match(word.lstrip())
    return found.group(0) if found else ""


def _base(letter: str) -> str:
    return unicodedata.normalize("NFD", letter)[0].lower()


def starts_with_vowel_sound(word: str) -> bool:
    """True when French elides before ``word``: a vowel, a mute h or a y sounding like
    i, accents ignored ('Élise', 'Hélène', 'Yves'); see the module's decisions."""
    text = word.lstrip()
    first = text[:1]
    if not first or _INITIAL.match(text):
        return False
    lower = _first_word(text).lower()
    if lower in NOT_ELIDING or lower in ASPIRATED_H:
        return False
    if first.lower() in ("æ", "œ"):
        return True
    base = _base(first)
    if base == "y":
        second = text[1:2]
        return bool(second) and second.isalpha() and _base(second) not in "aeiouy"
    return base in ELIDING


def _cased(replacement: str, original: str) -> str:
    """``replacement`` with the capital the original small word had ('De ' → "D'")."""
    return replacement[:1].upper() + replacement[1:] if original[:1].isupper() else replacement


def join_french(before: str, word: str) -> tuple[str, str]:
    """``before`` and ``word`` ready to be written one after the other.

    When ``before`` ends with one of the small words (« de », « que », « le »…) and a
    space, it is elided before a vowel sound (« de » + 'Hélène' → « d' » + 'Hélène')
    or contracted with an article that starts ``word`` (« de » + 'Le Centre' →
    « du » + ' Centre'… given back as « du » + « Centre »).
    """
    tail = _TAIL.search(before)
    if tail is None or not word.strip():
        return before, word
    small = tail.group("small")
    head = before[: tail.start()]
    article = _ARTICLE.match(word)
    if article is not None:
        contracted = CONTRACTED.get((small.lower(), article.group("article").lower()))
        if contracted is not None:
            rest = word[article.end() :]
            return head + _cased(contracted, small) + tail.group("space"), rest
    elided = ELIDED.get(small.lower())
    if elided is not None and starts_with_vowel_sound(word):
        return head + _cased(elided, small), word
    return before, word


def elide_before(before: str, word: str) -> str:
    """``before`` ready for ``word`` to follow, when ``word`` itself does not change
    (a name that starts with an article changes too: use :func:`join_french`)."""
    return join_french(before, word)[0]


def french(template: str, **values: str) -> str:
    """``template.format(**values)`` with each value joined to the text before it by
    the rules above: « Logo de {clinic} » with 'Horizon' → « Logo d'Horizon »."""
    out: list[str] = []
    for literal, name, spec, _conversion in string.Formatter().parse(template):
        out.append(literal)
        if name is None:
            continue
        value = format(values[name], spec or "")
        before, value = join_french("".join(out), value)
        out = [before, value]
    return "".join(out)
