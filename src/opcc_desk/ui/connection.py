"""Keeping a desk in step with the others, and honest about a lost connection.

``ConnectionWatch`` asks the database for its change stamp (one small query, see
services/changes.py) every few seconds and whenever the window comes back to the
front, on a worker thread, so typing never waits for it (on a clinic of 100,000
clients the query takes tens of milliseconds). When another desk saved something,
it says which kinds of records changed, and the window reloads only those lists.
When the database cannot be reached it says so once, then checks more often, and
says when it answers again, so the window can hide its banner and save the forms
that were waiting.

``ConnectionBanner`` is the strip across the top of the window that says the
connection is lost, that nothing typed is lost, and offers "Try now".
"""

from __future__ import annotations

import html
import logging
import time

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from opcc_desk.services import changes
from opcc_desk.services.changes import ChangeStamp
from opcc_desk.services.context import ServiceContext
from opcc_desk.services.errors import DatabaseUnavailable, ServiceError
from opcc_desk.ui import theme

log = logging.getLogger(__name__)

REFRESH_MS = 10_000  # how often a desk looks for other desks' saves
RETRY_MS = 3_000  # how often it tries again while the database cannot be reached
MIN_CHECK_GAP_S = 1.0  # focus changes in a burst cause one check, not several


class _Relay(QObject):
    """Carries a worker thread's answer back to the window's thread (queued)."""

    answered = Signal(object, object)  # ChangeStamp | None, ServiceError | None


class _StampJob(QRunnable):
    def __init__(self, ctx: ServiceContext, relay: _Relay) -> None:
        super().__init__()
        self._ctx = ctx
        self._relay = relay  # held here too, so it outlives a window closed meanwhile

    def run(self) -> None:
        try:
            stamp = changes.change_stamp(self._ctx)
        except ServiceError as error:
            self._answer(None, error)
            return
        self._answer(stamp, None)

    def _answer(self, stamp: ChangeStamp | None, error: ServiceError | None) -> None:
        try:
            self._relay.answered.emit(stamp, error)
        except RuntimeError:  # the window closed (the program is quitting) meanwhile
            log.info("change check answered after its window closed")


class ConnectionWatch(QObject):
    changed = Signal(object)  # set[ChangeKind]: what other desks saved
    lost = Signal(str)  # the reason, for people
    restored = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        *,
        interval_ms: int = REFRESH_MS,
        retry_ms: int = RETRY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._interval_ms = interval_ms
        self._retry_ms = retry_ms
        self._stamp: ChangeStamp | None = None
        self._lost_reason = ""
        self._last_check = 0.0
        self._asking = False  # a worker thread is asking right now
        # answers taken so far; a worker's answer is dropped when a direct check was
        # answered after the worker set out (its stamp would be older than ours)
        self._answers = 0
        self._answers_when_asked = 0
        self._relay = _Relay()
        self._relay.answered.connect(self._answered)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_in_background)

    @property
    def has_stamp(self) -> bool:
        """Whether the first look has been answered (changes are counted from it)."""
        return self._stamp is not None

    def start(self) -> None:
        """Remember how things stand now, then look again on the timer.

        The first look runs on a worker thread too: on a ten-year clinic it takes
        some 50 ms, which the window's start-up need not wait for."""
        self.check_in_background()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def check_soon(self) -> None:
        """Check now unless a check just ran (the window was activated)."""
        if time.monotonic() - self._last_check >= MIN_CHECK_GAP_S:
            self.check_in_background()

    def check_in_background(self) -> None:
        """Ask on a worker thread; the answer is handled here, in the window's thread."""
        if self._asking:
            return
        self._asking = True
        self._last_check = time.monotonic()
        self._answers_when_asked = self._answers
        QThreadPool.globalInstance().start(_StampJob(self._ctx, self._relay))

    def _answered(self, stamp: ChangeStamp | None, error: ServiceError | None) -> None:
        self._asking = False
        if self._answers != self._answers_when_asked:
            return  # a direct check answered meanwhile, with a newer stamp
        self._take(stamp, error, report_changes=True)

    def absorb(self) -> None:
        """Take the stamp without reporting changes: the window is about to reload
        everything itself (after its own save), so what changed until now is seen."""
        self.check(report_changes=False)

    def check(self, *, report_changes: bool = True) -> None:
        """One look at the database: emits changed, lost or restored as it finds."""
        self._last_check = time.monotonic()
        try:
            stamp = changes.change_stamp(self._ctx)
        except ServiceError as error:
            self._take(None, error, report_changes=report_changes)
            return
        self._take(stamp, None, report_changes=report_changes)

    def _take(
        self, stamp: ChangeStamp | None, error: ServiceError | None, *, report_changes: bool
    ) -> None:
        self._answers += 1
        if isinstance(error, DatabaseUnavailable):
            self.report_lost(str(error))
            return
        if error is not None or stamp is None:  # e.g. signed out: not a connection matter
            log.info("change check skipped: %s", type(error).__name__)
            return
        if self._lost_reason:
            self._lost_reason = ""
            self.timer.setInterval(self._interval_ms)
            log.info("database connection restored")
            self.restored.emit()
        earlier, self._stamp = self._stamp, stamp
        if earlier is not None and report_changes:
            kinds = stamp.changed_since(earlier)
            if kinds:
                self.changed.emit(kinds)

    def report_lost(self, reason: str) -> None:
        """The database did not answer (here or in a form's save): say so once, retry often."""
        first = not self._lost_reason
        self._lost_reason = reason
        self.timer.setInterval(self._retry_ms)
        if first:
            log.warning("database connection lost")
            self.lost.emit(reason)


class ConnectionBanner(QFrame):
    """The strip that says the connection is lost; hidden while all is well."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        now = theme.colours()
        self.setStyleSheet(
            f"QFrame#connectionBanner {{ background: {now.banner_background}; "
            f"border: 1px solid {now.error}; border-radius: 4px; }} "
            f"QFrame#connectionBanner QLabel {{ color: {now.banner_text}; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Try now"))
        self.retry_button.clicked.connect(self.retry_requested)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry_button)
        self.hide()

    def show_lost(self, reason: str, retry_ms: int = RETRY_MS) -> None:
        self.text.setText(
            self.tr(
                "<b>No connection to the database.</b> {reason} Nothing you typed is lost: "
                "open forms keep their changes and are saved when the connection returns. "
                "OPCC Desk tries again every %n second(s).",
                "",
                retry_ms // 1000,
            ).format(reason=html.escape(reason))
        )
        self.show()
