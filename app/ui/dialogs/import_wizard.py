"""Import customers or purchases from a CSV file, step by step.

Pick the file -> check how it was read (encoding and delimiter, changeable) -> say which
column is which field (prefilled by the guess) -> preview the first rows with the
problems highlighted -> dry run or import, with a progress bar and Cancel -> the counts,
the refused rows with their line and reason, and "Save rejected rows…" to fix them.
The import itself is one transaction in the core: a cancel leaves nothing behind.
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.core import column_map, csv_sniff, importing
from app.core.errors import CounterpartError
from app.ui.state import AppState

PREVIEW_ROWS = 20
SAMPLE_ROWS = 5
_BAD = QColor("#fde2e1")
_ENCODINGS = (("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("utf-16", "UTF-16"),
              ("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE"),
              ("cp1255", "Windows-1255 (Hebrew)"), ("cp1256", "Windows-1256 (Arabic, Persian)"))


def run_import(shop, plan: importing.ImportPlan, **kwargs) -> importing.ImportResult:
    """`importing.run` on the worker. The file's rows (100,000 lists) live as long as the
    wizard: frozen out of the garbage collector's full passes, which hold the GIL and would
    stall the window for over 100 ms each time the heap grows by a quarter."""
    gc.freeze()
    return importing.run(shop, plan, **kwargs)


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def _err(message: str) -> str:
    """A message from the core, in the language of the app where it has a translation."""
    return QCoreApplication.translate("errors", message)


def field_labels() -> dict[str, str]:
    """Every field a column can hold, as people read it."""
    return {
        "": _t("— leave out —"), "first_name": _t("First name"), "last_name": _t("Last name"),
        "full_name": _t("Full name (split at the first space)"), "phone": _t("Phone"),
        "email": _t("E-mail"), "address": _t("Address"), "birthday": _t("Birthday"),
        "how_heard": _t("How they heard of us"), "notes": _t("Notes"), "tags": _t("Tags"),
        "marketing_consent": _t("Marketing consent (yes/no)"),
        "card_number": _t("Loyalty card number"), "income_range": _t("Income range"),
        "children": _t("Children"), "education": _t("Education"),
        "occupation": _t("Occupation"), "purchase": _t("Purchase number (groups lines)"),
        "receipt": _t("Receipt number"), "at": _t("Date and time"),
        "customer_phone": _t("Customer's phone"), "customer_email": _t("Customer's e-mail"),
        "customer_card": _t("Customer's card number"), "total": _t("Total"),
        "product": _t("Product"), "category": _t("Category"), "quantity": _t("Quantity"),
        "unit_price": _t("Unit price"), "note": _t("Note"),
    }


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _cell(text: str, bad: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(text)
    if bad:
        item.setBackground(QBrush(_BAD))
    return item


class _Progress(QObject):
    """Progress from the worker thread to the bar, and the Cancel button back."""

    moved = Signal(int, int)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> bool:
        self.moved.emit(done, total)
        return not self.cancelled.is_set()


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV file exported from a spreadsheet or another shop "
                                 "system. The first line names the columns."))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Customers"), "customers")
        self.kind.addItem(self.tr("Purchases"), "purchases")
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("The CSV file to import"))
        self.path.textChanged.connect(lambda _t: self.completeChanged.emit())
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.kind.currentIndexChanged.connect(lambda _i: self.explain())
        self.explain()
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("Import"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow(self.hint)
        form.addRow(self.error)

    def explain(self) -> None:
        if self.kind.currentData() == "customers":
            self.hint.setText(self.tr(
                "Each row is a customer with a first name (or a full name) and a phone or an "
                "e-mail. A phone or e-mail the shop already has refuses the row."))
        else:
            self.hint.setText(self.tr(
                "Each row is a purchase, or a line of one: rows with the same purchase number "
                "(or receipt) make one purchase. The customer is found by card, phone or "
                "e-mail; without them the sale is anonymous. Give the date, and the total or "
                "each line's product, quantity and unit price. Imported purchases earn no "
                "loyalty."))

    def initializePage(self) -> None:  # noqa: N802 - Qt's name
        self.path.setFocus(Qt.FocusReason.OtherFocusReason)  # type or paste a path at once

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import from a CSV file"),
                                              str(Path.home()),
                                              self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:  # noqa: N802 - Qt's name
        return Path(self.path.text().strip()).is_file()

    def validatePage(self) -> bool:  # noqa: N802
        try:
            self.wiz.load(self.path.text().strip(), self.kind.currentData())
        except CounterpartError as err:
            self.error.setText(_err(err.message))
            return False
        self.error.clear()
        return True


class FormatPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("How the file was read"))
        self.setSubTitle(self.tr("Detected from the file. If the letters look wrong, choose "
                                 "another encoding."))
        self.encoding = QComboBox()
        for code, label in _ENCODINGS:
            self.encoding.addItem(label, code)
        self.delimiter = QComboBox()
        for code, label in ((",", self.tr("Comma ,")), (";", self.tr("Semicolon ;")),
                            ("\t", self.tr("Tab"))):
            self.delimiter.addItem(label, code)
        self.rows = QLabel()
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.sample = _table([])
        form = QFormLayout()
        form.addRow(self.tr("Encoding"), self.encoding)
        form.addRow(self.tr("Delimiter"), self.delimiter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.rows)
        layout.addWidget(self.error)
        layout.addWidget(self.sample, 1)
        self.encoding.activated.connect(lambda _i: self.reread())
        self.delimiter.activated.connect(lambda _i: self.reread())

    def initializePage(self) -> None:  # noqa: N802
        table = self.wiz.table
        for combo, value in ((self.encoding, table.encoding), (self.delimiter, table.delimiter)):
            if combo.findData(value) < 0:
                combo.addItem(value, value)
            combo.setCurrentIndex(combo.findData(value))
        self.show_sample()

    def reread(self) -> None:
        try:
            self.wiz.load(self.wiz.path, self.wiz.kind, self.encoding.currentData(),
                          self.delimiter.currentData())
            self.error.clear()
        except CounterpartError as err:
            self.error.setText(_err(err.message))
        self.show_sample()

    def show_sample(self) -> None:
        table = self.wiz.table
        self.rows.setText(self.tr("{n} rows under the header.").format(n=len(table.rows)))
        self.sample.clear()
        self.sample.setColumnCount(len(table.header))
        self.sample.setHorizontalHeaderLabels(table.header)
        shown = table.rows[:SAMPLE_ROWS]
        self.sample.setRowCount(len(shown))
        for r, row in enumerate(shown):
            for c, value in enumerate(row[:len(table.header)]):
                self.sample.setItem(r, c, _cell(value))
        self.sample.resizeColumnsToContents()


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(self.tr("Guessed from the column names. Change any that are wrong; "
                                 "columns left out are not imported."))
        self.table = _table([self.tr("Column in the file"), self.tr("First value"),
                             self.tr("Imported as")])
        self.problems = QLabel()
        self.problems.setObjectName("error")
        self.problems.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:  # noqa: N802
        plan, labels = self.wiz.plan, field_labels()
        first = plan.table.rows[0] if plan.table.rows else []
        self.table.setRowCount(len(plan.table.header))
        self.combos = []
        for r, name in enumerate(plan.table.header):
            self.table.setItem(r, 0, _cell(name))
            self.table.setItem(r, 1, _cell(first[r] if r < len(first) else ""))
            combo = QComboBox()
            for target in ("", *column_map.FIELDS[plan.kind]):
                combo.addItem(labels[target], target)
            combo.setCurrentIndex(combo.findData(plan.mapping[r]))
            combo.activated.connect(lambda _i, row=r: self.chosen(row))
            self.table.setCellWidget(r, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnsToContents()
        self.show_problems()

    def chosen(self, row: int) -> None:
        target = self.combos[row].currentData()
        mapping = self.wiz.plan.mapping
        if target:  # a field goes to one column: take it from any other
            for other, combo in enumerate(self.combos):
                if other != row and mapping[other] == target:
                    mapping[other] = ""
                    combo.setCurrentIndex(0)
        mapping[row] = target
        self.show_problems()

    def show_problems(self) -> None:
        self.problems.setText("\n".join(_err(p) for p in self.wiz.plan.problems()))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz.plan is not None and not self.wiz.plan.problems()


class PreviewPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows as they will be imported. Rows in red will "
                                 "be refused, for the reason given."))
        self.table = _table([])
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        self.table.setRowCount(0)
        self.summary.setText(self.tr("Checking…"))
        self.wiz.state.runner.run(importing.preview, self.wiz.state.shop, self.wiz.plan,
                                  PREVIEW_ROWS, on_done=self.show,
                                  on_error=lambda err: self.summary.setText(_err(err.message)))

    def show(self, rows: list) -> None:  # noqa: A003 - shows the rows, not the widget
        plan = self.wiz.plan
        used = [i for i, target in enumerate(plan.mapping) if target]
        labels = field_labels()
        self.table.clear()
        self.table.setColumnCount(len(used) + 2)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Problem"), *(labels[plan.mapping[i]] for i in used)])
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            bad = bool(row.error)
            self.table.setItem(r, 0, _cell(str(row.row), bad))
            self.table.setItem(r, 1, _cell(_err(row.error), bad))
            for c, i in enumerate(used, start=2):
                self.table.setItem(r, c, _cell(row.values[i] if i < len(row.values) else "",
                                               bad))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 320))
        refused = sum(1 for row in rows if row.error)
        self.summary.setText(self.tr("{shown} of {total} rows shown; {bad} of them would be "
                                     "refused.").format(shown=len(rows),
                                                        total=len(plan.table.rows), bad=refused))


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
        self.summary.setText(_err(err.message))

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
        self.summary.setText(text.format(n=result.records, what=what, rows=result.imported,
                                         bad=len(result.rejected)))
        self.rejected.setRowCount(len(result.rejected))
        for r, rejected in enumerate(result.rejected):
            self.rejected.setItem(r, 0, _cell(str(rejected.row), True))
            self.rejected.setItem(r, 1, _cell(_err(rejected.reason), True))
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
            n = importing.write_rejected(self.wiz.plan, self.result, path)
        except OSError as err:
            self.summary.setText(self.tr("Can't save there: {why}").format(why=err.strerror))
            return
        self.summary.setText(self.tr("{n} rejected rows saved to {file}: fix them and import "
                                     "that file.").format(n=n, file=path))

    def isComplete(self) -> bool:  # noqa: N802
        return not self.running


class ImportWizard(QWizard):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.path = ""
        self.kind = "customers"
        self.table: csv_sniff.Table | None = None
        self.plan: importing.ImportPlan | None = None
        self.setWindowTitle(self.tr("Import from a CSV file"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.resize(860, 600)
        self.file_page = FilePage(self)
        self.format_page = FormatPage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.format_page, self.mapping_page, self.preview_page,
                     self.import_page):
            self.addPage(page)

    def load(self, path: str, kind: str, encoding: str | None = None,
             delimiter: str | None = None) -> None:
        """Read the file (as detected, or as chosen) and guess the mapping again."""
        self.table = csv_sniff.read_file(path, encoding, delimiter)
        self.path, self.kind = path, kind
        self.plan = importing.plan_table(self.table, kind)

    def done(self, result: int) -> None:
        self.table = self.plan = None  # the rows (frozen out of the gc) go with the wizard
        super().done(result)

    def reject(self) -> None:
        if self.import_page.running:  # Escape or Cancel while importing: stop it first
            self.import_page.cancel()
            return
        super().reject()


def transfer_buttons(screen: QWidget, state: AppState) -> list[QPushButton]:
    """"Import…" (Ctrl+I) and "Export…" (Ctrl+E) for the customers screen."""
    from app.ui.dialogs.export_dialog import ExportDialog  # noqa: PLC0415

    def open_dialog(kind) -> None:
        if state.shop is not None:
            dialog = kind(state, screen)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    out = []
    for text, key, kind in ((_t("Import…"), "Ctrl+I", ImportWizard),
                            (_t("Export…"), "Ctrl+E", ExportDialog)):
        button = QPushButton(text)
        button.setAutoDefault(False)
        button.setToolTip(key)
        button.clicked.connect(lambda _c=False, k=kind: open_dialog(k))
        QShortcut(QKeySequence(key), screen, lambda k=kind: open_dialog(k),
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        out.append(button)
    return out
