"""The whole referral state machine, every pair of states, written out by hand."""

from __future__ import annotations

import itertools

import pytest

from opcc_desk.domain.enums import ReferralStatus as S
from opcc_desk.domain.lifecycle import REASON_REQUIRED, IllegalMove, allowed_moves, check_move

ENDINGS = {S.DECLINED, S.NO_RESPONSE, S.WITHDRAWN}
LEGAL: dict[S, set[S]] = {
    S.PROPOSED: {S.SENT} | ENDINGS,
    S.SENT: {S.CONTACTED} | ENDINGS,
    S.CONTACTED: {S.BOOKED} | ENDINGS,
    S.BOOKED: {S.ACTIVE} | ENDINGS,
    S.ACTIVE: {S.CLOSED} | ENDINGS,
    S.CLOSED: set(),
    S.DECLINED: set(),
    S.NO_RESPONSE: set(),
    S.WITHDRAWN: set(),
}
PAIRS = list(itertools.product(S, S))


def test_the_table_covers_every_state() -> None:
    assert set(LEGAL) == set(S)


@pytest.mark.parametrize(("current", "new"), PAIRS, ids=[f"{a}->{b}" for a, b in PAIRS])
def test_every_transition(current: S, new: S) -> None:
    reason = "the client found another clinic"
    if new in LEGAL[current]:
        check_move(current, new, reason)
        assert new in allowed_moves(current)
    else:
        with pytest.raises(IllegalMove):
            check_move(current, new, reason)
        assert new not in allowed_moves(current)


@pytest.mark.parametrize("ending", sorted(REASON_REQUIRED))
@pytest.mark.parametrize("current", [s for s in S if s.is_open])
def test_declined_and_withdrawn_need_a_reason(current: S, ending: S) -> None:
    for blank in ("", "   "):
        with pytest.raises(IllegalMove, match="say why"):
            check_move(current, ending, blank)


def test_no_response_needs_no_reason() -> None:
    check_move(S.SENT, S.NO_RESPONSE, "")


def test_reason_required_set_is_as_contracted() -> None:
    assert {S.DECLINED, S.WITHDRAWN} == REASON_REQUIRED
