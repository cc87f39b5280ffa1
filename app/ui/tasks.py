"""The one way widgets reach the shop: database work on a single worker thread.

`runner.run(fn, *args, on_done=..., on_error=..., changes={"customers"})` calls
`fn(*args)` off the GUI thread; its result or error comes back on the GUI thread. A
finished write announces what it changed (`runner.changed`), so every open view refreshes
itself. `run_with_progress` adds a progress dialog with Cancel for long jobs: `fn` then gets
a `progress(done, total) -> bool` callback that returns False once the user cancelled.
Tests make the runner synchronous: everything runs inline and callbacks fire at once.

Slow reads that nobody waits on (a profile's figures, suggestions) go in the "slow" lane,
a second worker thread with its own connection, so a checkout never queues behind them.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.core.errors import CounterpartError
from app.ui.error_text import error_text

log = logging.getLogger(__name__)


class _Job:
    __slots__ = ("fn", "args", "kwargs", "on_done", "on_error", "changes")

    def __init__(self, fn, args, kwargs, on_done, on_error, changes):
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.on_done, self.on_error, self.changes = on_done, on_error, changes


class TaskRunner(QObject):
    changed = Signal(object)  # a frozenset of what changed: "customers", "staff", ...
    busy = Signal(bool)
    _finished = Signal(object, object, object)  # job, result, error

    def __init__(self, synchronous: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self.synchronous = synchronous
        self._queues: dict[str, queue.Queue[_Job | None]] = {}
        self._threads: list[threading.Thread] = []
        self._pending = 0
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self, fn: Callable, *args: Any, on_done: Callable | None = None,
        on_error: Callable[[CounterpartError], None] | None = None,
        changes: Iterable[str] = (), lane: str = "main", **kwargs: Any,
    ) -> None:
        job = _Job(fn, args, kwargs, on_done, on_error, frozenset(changes))
        if self.synchronous:
            result, error = _call(job)
            self._deliver(job, result, error)
            return
        self._pending += 1
        if self._pending == 1:
            self.busy.emit(True)
        self._lane(lane).put(job)

    def _lane(self, name: str) -> queue.Queue:
        if name not in self._queues:
            jobs: queue.Queue[_Job | None] = queue.Queue()
            thread = threading.Thread(target=self._work, args=(jobs,), name=f"shop-{name}",
                                      daemon=True)
            self._queues[name] = jobs
            self._threads.append(thread)
            thread.start()
        return self._queues[name]

    def run_with_progress(
        self, fn: Callable, *args: Any, title: str, parent: QWidget | None = None,
        on_done: Callable | None = None, on_error: Callable | None = None,
        changes: Iterable[str] = (), **kwargs: Any,
    ) -> QProgressDialog:
        dialog = QProgressDialog(title, QCoreApplication.translate("tasks", "Cancel"), 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        cancelled = threading.Event()
        dialog.canceled.connect(cancelled.set)
        bridge = _ProgressBridge(dialog)

        def progress(done: int, total: int) -> bool:
            bridge.moved.emit(done, total)
            return not cancelled.is_set()

        def finish(callback, value):
            dialog.reset()
            dialog.close()
            if callback:
                callback(value)

        self.run(
            fn, *args, progress=progress, changes=changes,
            on_done=lambda r: finish(on_done, r), on_error=lambda e: finish(on_error, e),
            **kwargs,
        )
        return dialog

    def wait_idle(self, timeout_s: float = 10.0) -> None:
        """For tests and shutdown: let queued work finish (events keep being processed)."""
        import time  # noqa: PLC0415

        end = time.monotonic() + timeout_s
        while self._pending and time.monotonic() < end:
            QCoreApplication.processEvents()
            time.sleep(0.005)

    def stop(self) -> None:
        for jobs in self._queues.values():
            jobs.put(None)
        for thread in self._threads:
            thread.join(timeout=10)
        self._queues, self._threads = {}, []

    # -- internals ----------------------------------------------------------------------
    def _work(self, jobs: queue.Queue) -> None:
        while (job := jobs.get()) is not None:
            result, error = _call(job)
            self._finished.emit(job, result, error)

    def _deliver(self, job: _Job, result, error) -> None:
        if not self.synchronous:
            self._pending -= 1
            if self._pending == 0:
                self.busy.emit(False)
        if error is None:
            if job.changes:
                self.changed.emit(job.changes)
            if job.on_done:
                job.on_done(result)
        elif isinstance(error, CounterpartError) and job.on_error:
            job.on_error(error)
        else:
            show_error(error)


class _ProgressBridge(QObject):
    moved = Signal(int, int)

    def __init__(self, dialog: QProgressDialog):
        super().__init__(dialog)
        self.moved.connect(self._move, Qt.ConnectionType.QueuedConnection)
        self._dialog = dialog

    def _move(self, done: int, total: int) -> None:
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))


def _call(job: _Job):
    try:
        return job.fn(*job.args, **job.kwargs), None
    except CounterpartError as exc:
        return None, exc
    except Exception as exc:  # noqa: BLE001 - reported on the GUI thread, logged there
        log.exception("unexpected error in %s", getattr(job.fn, "__qualname__", job.fn))
        return None, exc


def show_error(error: BaseException, parent: QWidget | None = None) -> None:
    """A user's mistake gets its own message; anything else a plain apology (details are
    in the log file, never customer data)."""
    title = QCoreApplication.translate("tasks", "Counterpart")  # spelled out for lupdate
    if isinstance(error, CounterpartError):
        QMessageBox.warning(parent, title, error_text(error))
        return
    QMessageBox.critical(
        parent, title,
        QCoreApplication.translate(
            "tasks", "Sorry, something went wrong and nothing was changed.\n"
                     "The details are in the log file in the shop folder."),
    )
