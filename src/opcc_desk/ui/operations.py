"""Long work off the UI thread: progress, cancel, then success or failure on the UI thread.

    operation = Operation(work, parent=window, title="Making letters")
    operation.succeeded.connect(show_result)
    operation.start()

``work`` runs in a worker thread and receives a :class:`Progress`: it reports how far
it got and checks ``progress.cancelled`` between steps (cancelling never interrupts
a step half-way, so a database transaction is either done or not started). The
window stays responsive; a progress dialog with a Cancel button shows after a short
moment. A ServiceError becomes a plain message; any other exception is our bug and
goes to the crash dialog.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from opcc_desk.services.errors import ServiceError
from opcc_desk.ui import dialogs

T = TypeVar("T")
SHOW_AFTER_MS = 300


class Cancelled(Exception):
    """Raised by :meth:`Progress.check` when the user pressed Cancel."""


class Progress:
    """The worker's handle: report progress, see whether the user cancelled."""

    def __init__(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report
        self._cancelled = threading.Event()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._report(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def check(self) -> None:
        if self.cancelled:
            raise Cancelled

    def cancel(self) -> None:
        self._cancelled.set()


class _Worker(QThread):
    progressed = Signal(int, int, str)
    done = Signal(object, object)  # result, error (exactly one is not None... or both None)

    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self._work = work
        self.progress = progress

    def run(self) -> None:
        try:
            result = self._work(self.progress)
        except Cancelled:
            self.done.emit(None, Cancelled())
        except BaseException as error:  # handed to the UI thread, which decides
            self.done.emit(None, error)
        else:
            self.done.emit(result, None)


class Operation(QObject, Generic[T]):
    """One piece of long work, run once."""

    progressed = Signal(int, int, str)
    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # the exception (a Cancelled when the user cancelled)
    finished = Signal()  # after succeeded or failed, whatever happened

    def __init__(
        self,
        work: Callable[[Progress], T],
        *,
        parent: QWidget | None = None,
        title: str = "",
        label: str = "",
        show_progress: bool = True,
        report_failures: bool = True,
    ) -> None:
        super().__init__(parent)
        title = title or self.tr("Working…")
        self._parent = parent
        self.progress = Progress(self._emit_progress)
        self._worker = _Worker(work, self.progress)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._worker.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self._report_failures = report_failures
        self.dialog: QProgressDialog | None = None
        if show_progress:
            dialog = QProgressDialog(label or title, self.tr("Cancel"), 0, 0, parent)
            dialog.setWindowTitle(title)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(SHOW_AFTER_MS)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            dialog.canceled.connect(self.cancel)
            self.dialog = dialog
        self.result: T | None = None
        self.error: BaseException | None = None
        self.running = False

    def _emit_progress(self, done: int, total: int, text: str) -> None:
        self._worker.progressed.emit(done, total, text)  # from the worker thread

    def start(self) -> None:
        self.running = True
        _RUNNING.add(self)
        if self.dialog is not None:
            self.dialog.setValue(0)
        self._worker.start()

    def cancel(self) -> None:
        self.progress.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping after the current step…"))

    @property
    def cancelled(self) -> bool:
        return self.progress.cancelled

    def _on_progress(self, done: int, total: int, text: str) -> None:
        dialog = self.dialog
        if dialog is not None and not self.progress.cancelled:
            if text:
                dialog.setLabelText(text)
            dialog.setMaximum(max(total, 0))
            # last: a window-modal progress dialog runs the event loop inside setValue,
            # so the operation may have finished (and dropped its dialog) once it returns
            dialog.setValue(min(done, total) if total else 0)
        self.progressed.emit(done, total, text)

    def _on_done(self, result: object, error: object) -> None:
        self._worker.wait()
        self.running = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if isinstance(error, BaseException):
            self.error = error
            self.failed.emit(error)
            if self._report_failures and not isinstance(error, Cancelled):
                report_failure(self._parent, error)
        else:
            self.result = result  # type: ignore[assignment]
            self.succeeded.emit(result)
        self.finished.emit()
        _RUNNING.discard(self)


def report_failure(parent: QWidget | None, error: BaseException) -> None:
    """The user's world gets a plain message; our bugs go to the crash hook."""
    if isinstance(error, ServiceError):
        dialogs.show_error(parent, "OPCC Desk", str(error))
    else:
        sys.excepthook(type(error), error, error.__traceback__)


_RUNNING: set[Operation[Any]] = set()  # keeps running operations alive until they finish
