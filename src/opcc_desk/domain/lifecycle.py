"""The referral lifecycle (docs/referral-lifecycle.md), in one place.

proposed -> sent -> contacted -> booked -> active -> closed, and from any open
state: declined (reason required), no_response, withdrawn (reason required).
"""

from __future__ import annotations

from opcc_desk.domain.enums import OPEN_STATUSES
from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.domain.words.messages import Message, msg, say

_FORWARD: dict[S, S] = {
    S.PROPOSED: S.SENT,
    S.SENT: S.CONTACTED,
    S.CONTACTED: S.BOOKED,
    S.BOOKED: S.ACTIVE,
    S.ACTIVE: S.CLOSED,
}
# the endings reachable from any open status: the referral fell through
ENDINGS: frozenset[S] = frozenset({S.DECLINED, S.NO_RESPONSE, S.WITHDRAWN})
REASON_REQUIRED: frozenset[S] = frozenset({S.DECLINED, S.WITHDRAWN})


def allowed_moves(current: S) -> list[S]:
    if current not in OPEN_STATUSES:
        return []
    moves = [_FORWARD[current]]
    moves.extend(sorted(ENDINGS, key=list(S).index))
    return moves


# a status inside a sentence: its stored value in English (what the command line takes
# and prints), the window's word in French (ui/i18n.status_text names it for a column)
_STATUS_WORDS: dict[S, Message] = {
    S.PROPOSED: msg("Referral lifecycle", "proposed"),
    S.SENT: msg("Referral lifecycle", "sent"),
    S.CONTACTED: msg("Referral lifecycle", "contacted"),
    S.BOOKED: msg("Referral lifecycle", "booked"),
    S.ACTIVE: msg("Referral lifecycle", "active"),
    S.CLOSED: msg("Referral lifecycle", "closed"),
    S.DECLINED: msg("Referral lifecycle", "declined"),
    S.NO_RESPONSE: msg("Referral lifecycle", "no_response"),
    S.WITHDRAWN: msg("Referral lifecycle", "withdrawn"),
}

ALREADY_ENDED = msg(
    "Referral lifecycle", "this referral is already {status}; it cannot change any more"
)
CANNOT_BECOME = msg(
    "Referral lifecycle",
    "a referral that is {current} cannot become {new}; it can become {options}",
)
REASON_MISSING = msg("Referral lifecycle", "say why the referral is {status} (--reason)")


def status_word(status: S) -> str:
    """``status`` inside a sentence, in the language in use ("no_response" / « sans réponse »)."""
    return say(_STATUS_WORDS[status])


class IllegalMove(ValueError):
    """A refused move; the message (no capital, no full stop) goes after the referral's id."""


def check_move(current: S, new: S, reason: str) -> None:
    """Raise IllegalMove with a plain explanation when the move is not allowed."""
    if current not in OPEN_STATUSES:
        raise IllegalMove(say(ALREADY_ENDED, status=status_word(current)))
    if new not in allowed_moves(current):
        options = ", ".join(status_word(s) for s in allowed_moves(current))
        raise IllegalMove(
            say(CANNOT_BECOME, current=status_word(current), new=status_word(new), options=options)
        )
    if new in REASON_REQUIRED and not reason.strip():
        raise IllegalMove(say(REASON_MISSING, status=status_word(new)))
