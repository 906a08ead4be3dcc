"""The referral lifecycle (docs/referral-lifecycle.md), in one place.

proposed -> sent -> contacted -> booked -> active -> closed, and from any open
state: declined (reason required), no_response, withdrawn (reason required).
"""

from __future__ import annotations

from opcc_desk.domain.enums import OPEN_STATUSES
from opcc_desk.domain.enums import ReferralStatus as S

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


class IllegalMove(ValueError):
    pass


def check_move(current: S, new: S, reason: str) -> None:
    """Raise IllegalMove with a plain explanation when the move is not allowed."""
    if current not in OPEN_STATUSES:
        raise IllegalMove(f"this referral is already {current.value}; it cannot change any more")
    if new not in allowed_moves(current):
        options = ", ".join(s.value for s in allowed_moves(current))
        raise IllegalMove(
            f"a referral that is {current.value} cannot become {new.value}; it can become {options}"
        )
    if new in REASON_REQUIRED and not reason.strip():
        raise IllegalMove(f"say why the referral is {new.value} (--reason)")
