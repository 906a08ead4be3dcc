"""Messages for the person at the desk, written once in English and shown in the
language of whoever reads them.

Everything below the window (the services' refusals, the field checks, the matching
module's reasons and "why nobody fits") writes its sentences like this::

    REFUSED = msg("Consent", "Client {client} has not agreed to be contacted.")
    ...
    raise NoConsent(say(REFUSED, client=client_id))

``msg`` only names a sentence: a context (a short title grouping related sentences) and
its English source, with ``{name}`` placeholders. ``say`` turns it into text in the
language in use, then fills in the values, so a translation may move them around.

The translations live with the window's, in Qt's ``.ts`` files, and are read by Qt's
own tools: ``pyside6-lupdate`` collects every ``msg(...)`` call because
scripts/translations.sh tells it that ``msg`` is ``QT_TRANSLATE_NOOP``. Nothing here
imports Qt: the window hands its translate function over once, when it picks its
language (``speak``). Until then, and always on the command line, sentences stay in
English, which is what the command line's users and scripts rely on.

So ``msg`` must be called with two plain string literals (adjacent literals may be
split over lines), never with an f-string or a variable: lupdate reads the source, it
does not run it. There are no plural forms here (lupdate cannot mark them outside
``tr``): write "Letters skipped: {count}" rather than "{count} letter(s)".
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import NamedTuple

log = logging.getLogger(__name__)

Translate = Callable[[str, str], str]


class Message(NamedTuple):
    """One sentence to be said: where it belongs and what it says in English."""

    context: str
    source: str


def msg(context: str, source: str) -> Message:
    """Name a sentence for translation (lupdate reads this call; keep both literal)."""
    return Message(context, source)


def _english(context: str, source: str) -> str:
    return source


_language = "en"
_translate: Translate = _english


def speak(language: str, translate: Translate | None) -> None:
    """From now on say every message in ``language`` through ``translate`` (the window
    passes Qt's ``QCoreApplication.translate``); ``None`` goes back to plain English."""
    global _language, _translate
    _language = language if translate is not None else "en"
    _translate = translate or _english


def language() -> str:
    """The language messages are said in: ``en`` unless the window chose another.

    For the parts of a sentence that are not messages: lists ('a, b and c' / « a, b et
    c »), money, times of the week and catalogue labels follow it."""
    return _language


def say(message: Message, /, **values: object) -> str:
    """``message`` in the language in use, with ``values`` filled in by name.

    A translation that names a placeholder the sentence does not have (a mistake the
    tests look for) falls back to the English sentence rather than losing the message.
    """
    template = _translate(message.context, message.source) or message.source
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("the %s translation of a %r message does not fit", _language, message.context)
        return message.source.format(**values)
