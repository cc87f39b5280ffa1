"""Import customers or purchases from a CSV file, step by step.

Pick the file -> check how it was read (encoding and delimiter, changeable) -> say which
column is which field (prefilled by the guess) -> preview the first rows with the
problems highlighted -> dry run or import, with a progress bar and Cancel -> the counts,
the refused rows with their line and reason, and "Save rejected rows…" to fix them.
The import itself is one transaction in the core: a cancel leaves nothing behind.
The pages are in `import_pages` and `import_run_page`; this is the wizard that holds them,
and the customers screen's Import/Export buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget, QWizard

from app.core import csv_sniff, importing
from app.ui.dialogs.import_pages import FilePage, FormatPage, MappingPage, PreviewPage
from app.ui.dialogs.import_run_page import ImportPage
from app.ui.state import AppState


def _t(text: str) -> str:  # its own, so collect_texts.py sees the texts given to it here
    return QCoreApplication.translate("ImportWizard", text)


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
