"""Customers to erase under the retention setting (managers only): everyone inactive for
more than N years, longest gone first, in pages; uncheck whoever should stay, type how many
will go, and erase them with a progress bar that can stop (those done stay erased)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core import erasure, retention
from app.core.calendars import latin_digits
from app.core.retention import Candidate, CandidatePage
from app.ui.bidi import number
from app.ui.dialogs.customer_labels import local_time
from app.ui.dialogs.erase_customer import ERASE_CHANGES
from app.ui.error_text import error_text

PAGE = 200


class RetentionReviewDialog(QDialog):
    def __init__(self, state, years: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.years = years
        self.after: tuple | None = None
        self.candidates: list[Candidate] = []
        self.erased = 0
        self.setWindowTitle(self.tr("Customers to erase"))
        self.resize(760, 560)

        title = QLabel(self.tr("Customers to erase"))
        title.setObjectName("title")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        explain = QLabel(
            self.tr(
                "Erasing removes who they were and keeps what they bought, without a name. "
                "Uncheck anyone who should stay."
            )
        )
        explain.setObjectName("hint")
        explain.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Customer"),
                self.tr("Name"),
                self.tr("Registered"),
                self.tr("Last visit"),
                self.tr("Visits"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._update())
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setAutoDefault(False)
        self.more_button.clicked.connect(self.load_more)

        self.confirm = QLineEdit()
        self.confirm.setMaximumWidth(120)
        self.confirm.textChanged.connect(lambda _t: self._update())
        self.confirm_caption = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase"))
        self.erase_button.setProperty("primary", True)
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.erase)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        confirm_row = QHBoxLayout()
        confirm_row.addWidget(self.confirm_caption)
        confirm_row.addWidget(self.confirm)
        confirm_row.addStretch(1)
        confirm_row.addWidget(self.more_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(close)
        buttons.addWidget(self.erase_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.summary)
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(confirm_row)
        layout.addLayout(buttons)
        self.reload()

    # -- loading ----------------------------------------------------------------------------
    def reload(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.after, self.candidates = None, []
        self.table.setRowCount(0)
        self.confirm.clear()
        self.state.runner.run(
            retention.retention_count,
            shop,
            self.years,
            on_done=self._counted,
            on_error=self._refused,
        )
        self.load_more()

    def _counted(self, total: int) -> None:
        self.summary.setText(
            self.tr("Customers inactive for more than {years} years: {n}.").format(
                n=number(total), years=number(self.years)
            )
        )

    def load_more(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.state.runner.run(
            retention.retention_candidates,
            shop,
            self.years,
            PAGE,
            self.after,
            on_done=self._add,
            on_error=self._refused,
        )

    def _add(self, page: CandidatePage) -> None:
        self.after = page.after
        self.table.blockSignals(True)
        start = self.table.rowCount()
        self.table.setRowCount(start + len(page.candidates))
        for n, c in enumerate(page.candidates, start=start):
            check = QTableWidgetItem(str(c.id))
            check.setFlags(check.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            check.setCheckState(Qt.CheckState.Checked)
            cells = (
                check,
                QTableWidgetItem(c.full_name),
                QTableWidgetItem(local_time(c.created_at)),
                QTableWidgetItem(local_time(c.last_visit) if c.last_visit else self.tr("never")),
                QTableWidgetItem(number(c.visits)),
            )
            for column, item in enumerate(cells):
                self.table.setItem(n, column, item)
        self.table.blockSignals(False)
        self.candidates += page.candidates
        self.more_button.setVisible(page.after is not None)
        self._update()

    # -- erasing ----------------------------------------------------------------------------
    def checked_ids(self) -> list[int]:
        return [
            self.candidates[r].id
            for r in range(self.table.rowCount())
            if self.table.item(r, 0).checkState() == Qt.CheckState.Checked
        ]

    def _update(self) -> None:
        count = len(self.checked_ids())
        self.confirm_caption.setText(
            self.tr("Type {n} to erase the {n} checked customers:").format(n=number(count))
        )
        self.erase_button.setEnabled(count > 0 and self._typed() == str(count))

    def _typed(self) -> str:
        """The typed count in Latin digits, whether typed as '12' or '۱۲'; anything else
        ('1x2') kept, so it never matches the count."""
        return latin_digits(self.confirm.text().strip())

    def erase(self) -> None:
        shop = self.state.shop
        ids = self.checked_ids()
        if shop is None or not ids or self._typed() != str(len(ids)):
            return
        self.erase_button.setEnabled(False)
        self.state.runner.run_with_progress(
            erasure.erase_many,
            shop,
            ids,
            "retention",
            title=self.tr("Erasing customers…"),
            parent=self,
            changes=ERASE_CHANGES,
            on_done=self._erased,
            on_error=self._refused,
        )

    def _erased(self, done: int) -> None:
        self.erased += done
        self.reload()
        self.status.setObjectName("hint")
        self.status.setText(self.tr("Customers erased: {n}.").format(n=number(done)))

    def _refused(self, error) -> None:
        self.status.setObjectName("error")
        self.status.setText(error_text(error))
        self._update()
