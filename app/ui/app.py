"""Starting the counter app."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app.logs import setup_logging
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
    return app


def _unexpected(kind, error, tb) -> None:
    """Anything that escapes a slot: logged (no customer data), then a plain apology."""
    log.error("unexpected error", exc_info=(kind, error, tb))
    show_error(error)


def run_gui(folder: Path) -> int:
    setup_logging(folder)
    sys.excepthook = _unexpected
    app = make_app()
    runner = TaskRunner()
    state = AppState(folder, runner)
    window = MainWindow(state)
    window.restore_geometry()
    window.show()
    code = app.exec()
    runner.stop()
    return code
