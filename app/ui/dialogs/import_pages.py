"""The CSV import wizard's first four pages: choose the file, check how it was read, say
which column is which field, and preview the first rows with their problems."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.core import column_map, importing
from app.core.errors import CounterpartError
from app.ui.bidi import number
from app.ui.error_text import error_text

if TYPE_CHECKING:
    from app.ui.dialogs.import_wizard import ImportWizard

PREVIEW_ROWS = 20
SAMPLE_ROWS = 5
_BAD = QColor("#fde2e1")
_ENCODINGS = (("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 (BOM)"), ("utf-16", "UTF-16"),
              ("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE"),
              ("cp1255", "Windows-1255 (Hebrew)"), ("cp1256", "Windows-1256 (Arabic, Persian)"))


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


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
            self.error.setText(error_text(err))
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
            self.error.setText(error_text(err))
        self.show_sample()

    def show_sample(self) -> None:
        table = self.wiz.table
        self.rows.setText(self.tr("{n} rows under the header.").format(n=number(len(table.rows))))
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
        self.problems.setText("\n".join(error_text(p) for p in self.wiz.plan.problems()))
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
                                  on_error=lambda err: self.summary.setText(error_text(err)))

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
            self.table.setItem(r, 0, _cell(number(row.row), bad))
            self.table.setItem(r, 1, _cell(error_text(row.error), bad))
            for c, i in enumerate(used, start=2):
                self.table.setItem(r, c, _cell(row.values[i] if i < len(row.values) else "",
                                               bad))
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 320))
        refused = sum(1 for row in rows if row.error)
        self.summary.setText(self.tr("{shown} of {total} rows shown; {bad} of them would be "
                                     "refused.").format(shown=number(len(rows)),
                                                        total=number(len(plan.table.rows)),
                                                        bad=number(refused)))

