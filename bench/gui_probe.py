"""GUI measurements, each in a fresh offscreen process (so a figure includes Python and Qt
starting, and peak memory is this window's alone). Prints one JSON line.

    python -m bench.gui_probe unlock FOLDER STARTED_AT
    python -m bench.gui_probe scroll FOLDER
    python -m bench.gui_probe stall-report FOLDER
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
    shown = time.time() - started_at
    window.unlock.passphrase.setText(PASSPHRASE)
    window.unlock.submit()
    _wait(app, lambda: window.pages.currentWidget() is window.login)
    unlocked = time.time() - started_at
    return {"start to unlock screen": shown, "start to unlocked (key derived)": unlocked}


def scroll(folder: Path) -> dict:
    """The customer list opened and scrolled to its very end; peak memory of the process."""
    app, window = _signed_in(folder)
    screen = window.workspace.customers
    window.workspace.open_customer  # noqa: B018 - the screen exists once signed in
    window.workspace.nav.setCurrentRow(window.workspace.screens.indexOf(screen))
    model = screen.model if hasattr(screen, "model") else screen.results.model()
    _wait(app, lambda: model.rowCount() > 0)
    started = time.perf_counter()
    while model.canFetchMore() or model.loading:
        if model.canFetchMore():
            model.fetchMore()
        app.processEvents()
    view = screen.table if hasattr(screen, "table") else None
    if view is not None:
        view.scrollToBottom()
        app.processEvents()
    return {"rows listed": model.rowCount(), "scroll to the end, s": time.perf_counter() - started,
            "peak memory, MB": _peak_mb()}


def stall(folder: Path, job: str) -> dict:
    """The longest gap between 10 ms heartbeats on the GUI thread while a job runs."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415

    app, window = _signed_in(folder)
    state = window.state
    gaps, last = [], [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(beat)
    timer.start(10)
    done = []
    if job == "report":
        from app.reports import monthly  # noqa: PLC0415
        from bench.measure_core import _last_month  # noqa: PLC0415

        state.runner.run(monthly.write_report, state.shop, _last_month(),
                         folder / "stall-report.pdf", on_done=lambda *_: done.append(1),
                         on_error=lambda e: done.append(e))
    _wait(app, lambda: bool(done))
    timer.stop()
    return {f"longest GUI stall during the {job}, s": max(gaps) - 0.010 if gaps else None}


def main(argv: list[str]) -> int:
    mode, folder = argv[0], Path(argv[1])
    if mode == "unlock":
        result = unlock(folder, float(argv[2]))
    elif mode == "scroll":
        result = scroll(folder)
    else:
        result = stall(folder, mode.removeprefix("stall-"))
    print(json.dumps(result))
    sys.stdout.flush()
    os._exit(0)  # skip Qt's teardown: the figure is taken


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
