"""Export customers (all, or only those who agreed to marketing) or purchases to a CSV
file for a spreadsheet or a mailing tool. Managers only (the core refuses anyone else);
every export is in the audit log."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.core import exporting
from app.core.errors import CounterpartError
from app.ui.error_text import error_text
from app.ui.state import AppState

CHOICES = ("customers", "consented", "purchases")


class ExportDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.written: int | None = None
        self.setWindowTitle(self.tr("Export to a CSV file"))
        self.setMinimumWidth(520)
        title = QLabel(self.tr("Export"))
        title.setObjectName("title")
        self.group = QButtonGroup(self)
        labels = {
            "customers": self.tr("All customers"),
            "consented": self.tr("Customers who agreed to marketing (a mailing list)"),
            "purchases": self.tr("Purchases (one row per line)"),
        }
        self.radios: dict[str, QRadioButton] = {}
        for n, choice in enumerate(CHOICES):
            radio = QRadioButton(labels[choice])
            self.group.addButton(radio, n)
            self.radios[choice] = radio
        self.radios["customers"].setChecked(True)
        self.group.idToggled.connect(lambda _i, on: on and self._suggest())
        self.path = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setProperty("primary", True)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        for choice in CHOICES:
            layout.addWidget(self.radios[choice])
        layout.addSpacing(8)
        layout.addWidget(QLabel(self.tr("File")))
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._suggest()

    def choice(self) -> str:
        return CHOICES[self.group.checkedId()]

    def _suggest(self) -> None:
        names = {"customers": "customers", "consented": "mailing-list",
                 "purchases": "purchases"}
        folder = Path(self.path.text()).parent if self.path.text() else Path.home()
        self.path.setText(str(folder / f"{names[self.choice()]}-{date.today()}.csv"))

    def browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text(),
                                              self.tr("CSV files (*.csv)"))
        if path:
            self.path.setText(path if path.lower().endswith(".csv") else path + ".csv")

    def export(self) -> None:
        shop, path = self.state.shop, self.path.text().strip()
        if shop is None or not path:
            return
        choice = self.choice()
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        if choice == "purchases":
            fn, kwargs = exporting.export_purchases, {}
        else:
            fn, kwargs = exporting.export_customers, {"consented_only": choice == "consented"}
        self.state.runner.run_with_progress(
            fn, shop, path, title=self.tr("Exporting…"), parent=self,
            on_done=lambda n: self._done(n, path), on_error=self._failed, **kwargs)

    def _done(self, written: int, path: str) -> None:
        self.export_button.setEnabled(True)
        self.written = written
        if written < 0:
            self.status.setText(self.tr("Cancelled: no file was written."))
        else:
            self.status.setText(self.tr("{n} rows exported to {file}.").format(
                n=written, file=path))

    def _failed(self, err: CounterpartError) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(error_text(err))
