"""A crash is logged with where it happened, never with what the error message quotes."""

from __future__ import annotations

import logging
import sys

import pytest

from opcc_desk.crashlog import log_crash


def test_crash_log_keeps_the_frames_and_drops_the_message(caplog: pytest.LogCaptureFixture) -> None:
    email, name = "zoe.francois@example.ca", "Zoë François"  # what a user typed
    try:
        raise ValueError(f"'{email}' is not valid for {name}")
    except ValueError:
        kind, _value, tb = sys.exc_info()
        with caplog.at_level(logging.ERROR, logger="opcc_desk"):
            log_crash(kind or Exception, tb, "a test")
    text = caplog.text
    assert "unexpected ValueError in a test" in text
    assert "test_crash_log_keeps_the_frames_and_drops_the_message" in text  # the frame is there
    assert "zoe.francois@example.ca' is not valid" not in text
    assert "for Zoë François" not in text
