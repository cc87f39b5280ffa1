"""Starting the counter app."""

from __future__ import annotations

import gc
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core import instance_lock
from app.logs import setup_logging
from app.ui import i18n
from app.ui.auto_backup import AutoBackup
from app.ui.daily_warmup import DailyWarmup
from app.ui.error_text import error_text
from app.ui.main_window import MainWindow
from app.ui.state import AppState
from app.ui.style import apply_style
from app.ui.tasks import TaskRunner, show_error

log = logging.getLogger(__name__)


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("Counterpart")
    QCoreApplication.setApplicationName("Counterpart")
    apply_style(app)
    # A worker running Python hands the GIL back to the GUI thread every 1 ms (not 5 ms),
    # and the 100,000 objects of the imported modules are left out of the collector's full
    # passes, which hold the GIL for as long as the heap is big (a stall of 0.1 s or more).
    sys.setswitchinterval(0.001)
    gc.freeze()
    return app


def _unexpected(kind, error, tb) -> None:
    """Anything that escapes a slot: logged (no customer data), then a plain apology."""
    log.error("unexpected error", exc_info=(kind, error, tb))
    show_error(error)


def run_gui(folder: Path) -> int:
    setup_logging(folder)
    sys.excepthook = _unexpected
    app = make_app()
    # the workstation's language before any message (the main window installs it again)
    i18n.install(i18n.workstation_language(QSettings("Counterpart", "Counterpart")))
    try:  # one counter app per shop folder (the kiosk shares it)
        lock = instance_lock.for_channel(folder, "counter")
    except instance_lock.ShopInUse as busy:
        QMessageBox.warning(None, "Counterpart", error_text(busy))
        return busy.exit_code
    runner = TaskRunner()
    state = AppState(folder, runner)
    window = MainWindow(state)
    auto_backup = AutoBackup(state, window)  # noqa: F841 - lives as long as the window
    warmup = DailyWarmup(state, window)  # noqa: F841 - lives as long as the window
    window.restore_geometry()
    window.show()
    code = app.exec()
    runner.stop()
    if lock is not None:
        lock.release()
    return code
