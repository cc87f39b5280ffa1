"""GUI measurements, each in a fresh offscreen process (so a figure includes Python and Qt
starting, and peak memory is this window's alone). Prints one JSON line.

    python -m bench.gui_probe unlock FOLDER STARTED_AT
    python -m bench.gui_probe scroll FOLDER
    python -m bench.gui_probe stall-report FOLDER
    python -m bench.gui_probe stall-idle FOLDER
    python -m bench.gui_probe stall-busy FOLDER
    python -m bench.gui_probe stall-segments FOLDER
    python -m bench.gui_probe stall-import FOLDER ROWS
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

from bench.generate import PASSPHRASE, STAFF  # noqa: E402


def _peak_mb() -> float:
    """This process's peak resident memory. Not ru_maxrss: Linux carries it over from the
    parent at fork (bench.run, hundreds of MB after the core figures) through exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _window(folder: Path):
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from app.ui.app import make_app  # noqa: PLC0415
    from app.ui.main_window import MainWindow  # noqa: PLC0415
    from app.ui.state import AppState  # noqa: PLC0415
    from app.ui.tasks import TaskRunner  # noqa: PLC0415

    app = make_app()
    local = QSettings(str(folder / "bench-workstation.ini"), QSettings.Format.IniFormat)
    state = AppState(folder, TaskRunner(), local=local)
    window = MainWindow(state)
    window.show()
    return app, window


def _wait(app, done, limit_s: float = 600) -> None:
    deadline = time.monotonic() + limit_s
    while not done():
        app.processEvents()
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get there in time")
        time.sleep(0.001)


def _signed_in(folder: Path):
    """Unlock with the passphrase and sign the manager in, as a person would."""
    app, window = _window(folder)
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.submit()
    _wait(app, lambda: window.pages.currentWidget() is window.login)
    login = window.login
    _wait(app, lambda: login.people.count() > 0)
    for row in range(login.people.count()):
        if login.people.item(row).text().startswith(STAFF[0][0]):
            login.people.setCurrentRow(row)
    login.pin.setText(STAFF[0][2])
    login.submit()
    _wait(app, lambda: window.pages.currentWidget() is window.workspace)
    app.processEvents()
    return app, window


def unlock(folder: Path, started_at: float) -> dict:
    app, window = _window(folder)
    app.processEvents()  # painted
    shown = time.time() - started_at
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.submit()
    _wait(app, lambda: window.pages.currentWidget() is window.login)
    unlocked = time.time() - started_at
    return {"start to unlock screen": shown, "start to unlocked (key derived)": unlocked}


class Heartbeat:
    """A 10 ms timer on the GUI thread; the longest gap between beats, less 10 ms, is the
    longest the window could not answer."""

    def __init__(self):
        from PySide6.QtCore import QTimer  # noqa: PLC0415

        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer()
        self.timer.timeout.connect(self._beat)
        self.timer.start(10)

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append(now - self.last)
        self.last = now

    def longest(self) -> float:
        self.timer.stop()
        return max(0.0, max(self.gaps) - 0.010) if self.gaps else 0.0


def scroll(folder: Path, steps: int = 100) -> dict:
    """The customer list opened, dragged to the end in `steps` jumps (each shown before the
    next), then back to the top and straight to the bottom; peak memory of the process."""
    app, window = _signed_in(folder)
    screen = window.workspace.customers
    window.workspace.nav.setCurrentRow(window.workspace.screens.indexOf(screen))
    model, view = screen.model, screen.table
    _wait(app, lambda: model.rowCount() > 0 and not model.loading)
    bar = view.verticalScrollBar()
    last = model.rowCount() - 1

    def shown() -> bool:
        app.processEvents()
        top = view.rowAt(0)
        return not model.loading and model.summary(max(top, 0)) is not None

    beat = Heartbeat()
    started = time.perf_counter()
    for i in range(1, steps + 1):
        bar.setValue(bar.maximum() * i // steps)
        _wait(app, shown)
    _wait(app, lambda: model.summary(last) is not None)
    dragged = time.perf_counter() - started
    bar.setValue(0)
    _wait(app, shown)
    started = time.perf_counter()
    bar.setValue(bar.maximum())
    _wait(app, lambda: shown() and model.summary(last) is not None)
    jumped = time.perf_counter() - started
    return {
        "rows listed": model.rowCount(),
        "scroll to the end in 100 jumps, s": dragged,
        "jump from the top to the last row, s": jumped,
        "rows held in memory": model.held_rows(),
        "longest GUI stall while scrolling, s": beat.longest(),
        "peak memory, MB": _peak_mb(),
    }


def stall_import(folder: Path, rows: int) -> dict:
    """The longest GUI stall while `rows` customers are imported from a CSV into an empty
    shop opened in the window (the bench shop itself is left as it is)."""
    from app.core import importing  # noqa: PLC0415
    from app.ui.dialogs.import_run_page import run_import  # noqa: PLC0415
    from bench.import_100k import make_csv  # noqa: PLC0415
    from bench.measure_core import fresh_shop  # noqa: PLC0415

    source = folder / f"import-{rows}.csv"
    if not source.exists():
        make_csv(source, rows)
    target = folder / "import-stall"
    fresh_shop(target).close()
    app, window = _signed_in(target)
    state = window.state
    plan = importing.plan(source)  # the wizard reads the file on its first page
    done = []
    beat = Heartbeat()
    state.runner.run(
        run_import,  # what the wizard's Import button runs
        state.shop,
        plan,
        on_done=lambda *_: done.append(1),
        on_error=lambda e: done.append(e),
    )
    _wait(app, lambda: bool(done), limit_s=1800)
    return {f"longest GUI stall during an import of {rows:,}, s": beat.longest()}


def _busy(seconds: float) -> int:
    end, n = time.perf_counter() + seconds, 0
    while time.perf_counter() < end:
        n += sum(range(1000))
    return n


def _write_report(*args, **kwargs):
    from app.reports import monthly  # noqa: PLC0415

    return monthly.write_report(*args, **kwargs)


def stall(folder: Path, job: str) -> dict:
    """The longest gap between 10 ms heartbeats on the GUI thread while a job runs in the
    task runner: the monthly report, or the segment counts of a new day (the VIP line)."""
    app, window = _signed_in(folder)
    state = window.state
    beat = Heartbeat()
    done = []
    if job == "idle":  # a control: a worker that only sleeps; what is left is the machine
        state.runner.run(time.sleep, 3.0, on_done=lambda *_: done.append(1), on_error=done.append)
    elif job == "busy":  # a control: 3 s of plain Python on the worker (the GIL handed over)
        state.runner.run(_busy, 3.0, on_done=lambda *_: done.append(1), on_error=done.append)
    elif job == "segments":
        from app.core import segments  # noqa: PLC0415

        state.shop.cache.clear()  # a new day: the VIP line is worked out again
        state.runner.run(
            segments.counts,
            state.shop,
            on_done=lambda *_: done.append(1),
            on_error=lambda e: done.append(e),
        )
    elif job == "report":
        from bench.measure_core import _last_month  # noqa: PLC0415

        state.runner.run(
            _write_report,  # ReportLab imported on the worker, as the Reports screen does
            state.shop,
            _last_month(),
            folder / "stall-report.pdf",
            on_done=lambda *_: done.append(1),
            on_error=lambda e: done.append(e),
        )
    _wait(app, lambda: bool(done))
    what = {
        "idle": "an idle wait (control)",
        "busy": "3 s of Python work (control)",
        "segments": "a new day's segment counts",
        "report": "the monthly report",
    }[job]
    return {f"longest GUI stall during {what}, s": beat.longest()}


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    if mode == "unlock":
        result = unlock(folder, float(argv[2]))
    elif mode == "scroll":
        result = scroll(folder)
    elif mode == "stall-import":
        result = stall_import(folder, int(argv[2]))
    else:
        result = stall(folder, mode.removeprefix("stall-"))
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: the figure is taken


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
