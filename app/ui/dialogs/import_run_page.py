"""The CSV import wizard's last page: the dry run or the import on the worker, with its
progress bar and Cancel, then the counts and the refused rows (and saving them)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from app.core import importing
from app.core.errors import CounterpartError
from app.ui.bidi import number
from app.ui.dialogs.import_pages import _cell, _table
from app.ui.error_text import error_text

if TYPE_CHECKING:
    from app.ui.dialogs.import_wizard import ImportWizard


def run_import(shop, plan: importing.ImportPlan, **kwargs) -> importing.ImportResult:
    """`importing.run` on the worker. The file's rows (100,000 lists) live as long as the
    wizard: frozen out of the garbage collector's full passes, which hold the GIL and would
    stall the window for over 100 ms each time the heap grows by a quarter."""
    gc.freeze()
    return importing.run(shop, plan, **kwargs)


class _Progress(QObject):
    """Progress from the worker thread to the bar, and the Cancel button back."""

    moved = Signal(int, int)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.moved.emit(done, total)
        return not self.cancelled.is_set()


class ImportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.result: importing.ImportResult | None = None
        self.running = False
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("A dry run checks every row and changes nothing. The import "
                                 "adds every row that passes, or nothing if you cancel."))
        self.dry_button = QPushButton(self.tr("Dry run"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setProperty("primary", True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.save_button = QPushButton(self.tr("Save rejected rows…"))
        self.save_button.setEnabled(False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.rejected = _table([self.tr("Line"), self.tr("Reason")])
        buttons = QHBoxLayout()
        for button in (self.dry_button, self.import_button, self.cancel_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.rejected, 1)
        self.dry_button.clicked.connect(lambda: self.start(dry_run=True))
        self.import_button.clicked.connect(lambda: self.start(dry_run=False))
        self.cancel_button.clicked.connect(self.cancel)
        self.save_button.clicked.connect(self.save_rejected)
        self.progress: _Progress | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.result = None
        self.summary.setText(self.tr("{n} rows to check.").format(
            n=len(self.wiz.plan.table.rows)))
        self.rejected.setRowCount(0)
        self.save_button.setEnabled(False)

    def start(self, dry_run: bool) -> None:
        if self.running:
            return
        self.running = True
        self.progress = _Progress(self)
        self.progress.moved.connect(self.moved, Qt.ConnectionType.QueuedConnection)
        self.bar.setRange(0, max(1, len(self.wiz.plan.table.rows)))
        self.bar.setValue(0)
        for button in (self.dry_button, self.import_button, self.save_button):
            button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setText(self.tr("Checking…") if dry_run else self.tr("Importing…"))
        self.wiz.state.runner.run(
            run_import, self.wiz.state.shop, self.wiz.plan, dry_run=dry_run,
            progress=self.progress, on_done=self.finished, on_error=self.failed,
            changes=() if dry_run else {"customers", "purchases"})

    def moved(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(min(done, max(1, total)))

    def cancel(self) -> None:
        if self.progress is not None:
            self.progress.cancelled.set()
        self.cancel_button.setEnabled(False)

    def _stopped(self) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        self.dry_button.setEnabled(True)
        self.import_button.setEnabled(True)

    def failed(self, err: CounterpartError) -> None:
        self._stopped()
        self.summary.setText(error_text(err))

    def finished(self, result: importing.ImportResult) -> None:
        self._stopped()
        self.result = result
        if result.cancelled:
            self.bar.setValue(0)
            self.summary.setText(self.tr("Cancelled: nothing was imported."))
            return
        self.bar.setValue(self.bar.maximum())
        what = self.tr("customers") if result.kind == "customers" else self.tr("purchases")
        if result.dry_run:
            text = self.tr("Dry run: {n} {what} would be imported from {rows} rows; {bad} rows "
                           "would be refused. Nothing was changed.")
        else:
            text = self.tr("Imported {n} {what} from {rows} rows; {bad} rows refused.")
            self.import_button.setEnabled(False)  # done: importing again would refuse all
            self.dry_button.setEnabled(False)
        self.summary.setText(text.format(n=number(result.records), what=what,
                                         rows=number(result.imported),
                                         bad=number(len(result.rejected))))
        self.rejected.setRowCount(len(result.rejected))
        for r, rejected in enumerate(result.rejected):
            self.rejected.setItem(r, 0, _cell(number(rejected.row), True))
            self.rejected.setItem(r, 1, _cell(error_text(rejected.reason), True))
        self.rejected.resizeColumnToContents(0)
        self.save_button.setEnabled(bool(result.rejected))
        self.completeChanged.emit()

    def save_rejected(self) -> None:
        if not self.result or not self.result.rejected:
            return
        source = Path(self.wiz.path)
        suggested = str(source.with_name(source.stem + "-rejected.csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"),
                                              suggested, self.tr("CSV files (*.csv)"))
        if not path:
            return
        try:
            # the reasons in the workstation's language, as the screen shows them
            n = importing.write_rejected(self.wiz.plan, self.result, path, error_text)
        except CounterpartError as err:  # a folder that isn't there or can't be written
            self.summary.setText(error_text(err))
            return
        self.summary.setText(self.tr("{n} rejected rows saved to {file}: fix them and import "
                                     "that file.").format(n=number(n), file=path))

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running

