"""The monthly report: pick a month, make it in the background (a progress bar, Cancel),
see it here (Qt PDF), print it through the system's print dialog, save a copy, open the
reports folder. Reports are written to reports/ in the shop folder; a month made before
shows at once. Managers only (the core refuses anyone else too)."""

from __future__ import annotations

import shutil
import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QObject, QRectF, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import calendars, report_figures
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.nps_chart import jalali_months, month_label

try:  # Qt PDF comes with PySide6-Addons
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
except ImportError:  # pragma: no cover - depends on the installation
    QPdfDocument = QPdfView = None

MONTHS_OFFERED = 36
PRINT_DPI = 300


def recent_months(today: date | None = None, count: int = MONTHS_OFFERED,
                  jalali: bool = False) -> list[str]:
    """Last month first, back `count` months: Persian-calendar months when `jalali`."""
    last = report_figures.last_month(today, jalali)
    return [calendars.add_months(last, -back) for back in range(count)]


def month_name(month: str) -> str:
    """'2026-10' -> 'October 2026' in this workstation's words; '1405-08' (a Persian-calendar
    month) -> 'آبان ۱۴۰۵'."""
    if calendars.is_jalali(month):
        return month_label(month, long=True)
    return QLocale().toString(QDate(int(month[:4]), int(month[5:]), 1), "MMMM yyyy")


def _write_report(*args, **kwargs):
    """On the worker: importing ReportLab takes 0.15 s, a stall if done on the GUI thread."""
    from app.reports.monthly import write_report  # noqa: PLC0415 - ReportLab on demand

    return write_report(*args, **kwargs)


class _Progress(QObject):
    """Carries the worker's progress to the GUI thread."""

    moved = Signal(int, int)


class ReportsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.path: Path | None = None
        self._cancel = threading.Event()
        self._progress = _Progress(self)
        self._progress.moved.connect(self._moved, Qt.ConnectionType.QueuedConnection)

        title = QLabel(self.tr("Monthly report"))
        title.setObjectName("title")
        self.month = QComboBox()
        for month in recent_months(jalali=jalali_months()):
            self.month.addItem(month_name(month), month)
        self.month.currentIndexChanged.connect(lambda _i: self.show_existing())
        self.make_button = QPushButton(self.tr("Make report"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self._cancel.set)
        self.cancel_button.hide()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Save a copy…"))
        self.save_button.clicked.connect(self.save_copy)
        self.folder_button = QPushButton(self.tr("Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Month")))
        top.addWidget(self.month)
        top.addWidget(self.make_button)
        top.addWidget(self.cancel_button)
        top.addStretch(1)
        for button in (self.print_button, self.save_button, self.folder_button):
            button.setAutoDefault(False)
            top.addWidget(button)

        self.bar = QProgressBar()
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.bar.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.status)
        if QPdfDocument is not None:
            self.document = QPdfDocument(self)
            self.view = QPdfView(self)
            self.view.setDocument(self.document)
            self.view.setPageMode(QPdfView.PageMode.MultiPage)
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
            layout.addWidget(self.view, 1)
        else:  # pragma: no cover - without PySide6-Addons
            self.document = self.view = None
            missing = QLabel(self.tr("The preview needs Qt PDF (PySide6-Addons). The report is "
                                     "still made: open it from the folder."))
            missing.setWordWrap(True)
            layout.addWidget(missing, 1)
        self._set_file(None)

    # -- showing --------------------------------------------------------------------------
    def activate(self) -> None:
        shop = self.state.shop
        manager = shop is not None and shop.actor.is_manager
        self.make_button.setEnabled(manager)
        self.month.setEnabled(manager)
        if not manager:
            self._set_file(None)
            self.status.setText(self.tr("Only a manager can make and read reports."))
            return
        self.show_existing()

    def chosen_month(self) -> str:
        return self.month.currentData()

    def target(self) -> Path:
        return Path(self.state.folder) / "reports" / f"monthly-{self.chosen_month()}.pdf"

    def show_existing(self) -> None:
        """A report made before for the chosen month shows at once."""
        shop = self.state.shop
        if shop is None or not shop.actor.is_manager:
            return
        found = self.target()
        self._set_file(found if found.exists() else None)
        self.status.setText(
            self.tr("Made earlier; Make report makes it again with today's figures.")
            if found.exists() else self.tr("No report for this month yet: Make report."))

    def _set_file(self, path: Path | None) -> None:
        self.path = path
        for button in (self.print_button, self.save_button):
            button.setEnabled(path is not None)
        if self.document is not None:
            self.document.close()
            if path is not None:
                self.document.load(str(path))

    # -- making ---------------------------------------------------------------------------
    def make(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self._cancel.clear()
        self._busy(True)
        self._set_file(None)
        target = self.target()
        target.parent.mkdir(parents=True, exist_ok=True)

        def progress(done: int, total: int) -> bool:
            self._progress.moved.emit(done, total)
            return not self._cancel.is_set()

        self.status.setText(self.tr("Making the report for {month}…").format(
            month=self.month.currentText()))
        self.state.runner.run(_write_report, shop, self.chosen_month(), target,
                              progress=progress, on_done=self._made, on_error=self._failed,
                              lane="slow")

    def _moved(self, done: int, total: int) -> None:
        self.bar.setValue(int(100 * done / max(total, 1)))

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.bar.setValue(0)
        self.cancel_button.setVisible(busy)
        self.make_button.setEnabled(not busy)
        self.month.setEnabled(not busy)

    def _made(self, path: Path | None) -> None:
        self._busy(False)
        if path is None:
            self.show_existing()
            self.status.setText(self.tr("Cancelled: no report was written."))
            return
        self._set_file(Path(path))
        self.status.setText(self.tr("Saved to {path}").format(path=path))

    def _failed(self, error) -> None:
        self._busy(False)
        self.status.setText(error_text(error))

    # -- printing and saving --------------------------------------------------------------
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Every page of the report onto the printer, as sharp as its resolution allows.
        Returns the pages printed."""
        if self.document is None or self.path is None:
            return 0
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return 0
        pages = self.document.pageCount()
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                area = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(area.width() / size.width(), area.height() / size.height())
                target = QRectF(0, 0, size.width() * scale, size.height() * scale)
                # at most 300 dpi: a 1200 dpi page would be half a gigabyte of pixels
                dpi = min(printer.resolution(), PRINT_DPI)
                image = self.document.render(
                    page, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
                painter.drawImage(target, image)
        finally:
            painter.end()
        self.status.setText(self.tr("Sent {n} pages to the printer.").format(n=pages))
        return pages

    def save_copy(self) -> None:
        if self.path is None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the report"), str(Path.home() / self.path.name),
            self.tr("PDF files (*.pdf)"))
        if chosen:
            self.copy_to(Path(chosen))

    def copy_to(self, target: Path) -> None:
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            self.status.setText(self.tr("Could not save there: {why}").format(
                why=exc.strerror or exc))
            return
        self.status.setText(self.tr("Saved a copy to {path}").format(path=target))

    def open_folder(self) -> None:
        folder = Path(self.state.folder) / "reports"
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
