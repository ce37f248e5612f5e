"""Run one shop call off the GUI thread, with progress, cancel and a result on the GUI thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from shopkeeper.errors import ShopError

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside the work, at its next progress report, once `Task.cancel()` was called."""


class Task(QObject):
    """One background call: `work(progress)` runs on a pool thread; its outcome comes back as signals.

    Every public signal is emitted on the thread the Task was created on (the GUI thread):
    `progress(done, total)` at most every `interval` seconds plus the last step, then exactly one of
    `finished(result)`, `failed(exception)` or `cancelled()`. When `shop` is given, the pool thread
    closes its own database connection at the end (peewee keeps one connection per thread, and pool
    threads are reused, so an open one would linger).
    """

    _running: set[Task] = set()  # keeps a started Task alive until its outcome is delivered

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    _worker_progress = Signal(int, int)
    _worker_outcome = Signal(str, object)

    def __init__(
        self,
        work: Callable[[Callable[[int, int], None]], Any],
        *,
        shop: Any = None,
        interval: float = 0.05,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._work = work
        self._shop = shop
        self._interval = interval
        self._last_report = 0.0
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._started = False
        queued = Qt.ConnectionType.QueuedConnection  # delivered by the GUI thread's event loop
        self._worker_progress.connect(self._deliver_progress, queued)
        self._worker_outcome.connect(self._deliver_outcome, queued)

    def start(self, pool: QThreadPool | None = None) -> None:
        """Start the work once on `pool` (the global pool by default)."""
        if self._started:
            raise RuntimeError("a Task runs once")
        self._started = True
        Task._running.add(self)
        (pool or QThreadPool.globalInstance()).start(self._run)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (a transaction in progress rolls back)."""
        self._cancel.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the work has ended (not until its signals are delivered); True if it has."""
        return not self._started or self._done.wait(timeout)

    def _report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise TaskCancelled
        now = time.monotonic()
        if done >= total or now - self._last_report >= self._interval:
            self._last_report = now
            self._worker_progress.emit(done, total)

    def _run(self) -> None:
        kind, value = "finished", None
        try:
            value = self._work(self._report)
        except TaskCancelled:
            kind = "cancelled"
        except Exception as exc:
            if not isinstance(exc, ShopError):  # a bug, not something the user caused
                log.exception("background task failed")
            kind, value = "failed", exc
        finally:
            self._close_connection()
        self._done.set()
        self._worker_outcome.emit(kind, value)

    def _close_connection(self) -> None:
        try:
            if self._shop is not None:
                self._shop.db.close()  # this thread's connection only (peewee's are thread-local)
        except Exception:
            log.exception("closing the worker's database connection failed")

    @Slot(int, int)
    def _deliver_progress(self, done: int, total: int) -> None:
        self.progress.emit(done, total)

    @Slot(str, object)
    def _deliver_outcome(self, kind: str, value: object) -> None:
        Task._running.discard(self)
        if kind == "finished":
            self.finished.emit(value)
        elif kind == "failed":
            self.failed.emit(value)
        else:
            self.cancelled.emit()
