"""Merge two customers into one: both records side by side, a radio per field to take each
value from the kept customer or the duplicate, what moves over (purchases, loyalty, survey
answers...), and Merge after a confirmation. Swap makes the other one the kept customer.
The merge runs through the task runner; a refusal from the core is shown in the dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core import customer_merge
from app.core.errors import CounterpartError
from app.core.normalize import phone_display
from app.ui.bidi import ident, isolate, listed, number
from app.ui.dates import show_date
from app.ui.dialogs.customer_labels import choice_label, field_labels, ltr
from app.ui.error_text import error_text
from app.ui.state import AppState
from app.ui.widgets.info_card import leading_edge

# Everything a merge (or its undo) can change: every open view refreshes itself.
MERGE_CHANGES = {"customers", "purchases", "loyalty", "answers", "alerts", "audit"}
_CHOICES = ("how_heard", "income_range", "children", "education", "occupation")


def moved_text(counts: dict[str, int]) -> str:
    """'3 purchases, 2 loyalty entries' (only what there is), or 'nothing else'."""
    words = {
        "purchases": QCoreApplication.translate("MergeCustomers", "{n} purchase(s)"),
        "loyalty_entries": QCoreApplication.translate("MergeCustomers", "{n} loyalty entries"),
        "survey_responses": QCoreApplication.translate("MergeCustomers", "{n} survey answer(s)"),
        "alerts": QCoreApplication.translate("MergeCustomers", "{n} alert(s)"),
        "consent_events": QCoreApplication.translate("MergeCustomers", "{n} consent record(s)"),
        "kiosk_requests": QCoreApplication.translate("MergeCustomers", "{n} kiosk request(s)"),
        "retired_cards": QCoreApplication.translate("MergeCustomers", "{n} old card(s)"),
    }
    parts = [words[k].format(n=number(n)) for k, n in counts.items() if n and k in words]
    return listed(parts) or QCoreApplication.translate("MergeCustomers", "nothing else")


def _name(values: dict) -> str:
    """The full name kept in its own direction inside the heading."""
    return f"\u2068{values.get('first_name') or ''} {values.get('last_name') or ''}\u2069"


class MergeCustomersDialog(QDialog):
    merged = Signal(object)  # customer_merge.MergeResult

    def __init__(self, state: AppState, keep_id: int, dup_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.keep_id, self.dup_id = keep_id, dup_id
        self.view: customer_merge.MergePreview | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.result: customer_merge.MergeResult | None = None
        self.setWindowTitle(self.tr("Merge two customers"))
        self.setMinimumSize(760, 560)

        title = QLabel(self.tr("Merge into one customer"))
        title.setObjectName("title")
        hint = QLabel(
            self.tr(
                "Pick each value to keep. The duplicate's history moves to the kept customer, "
                "their card keeps finding them, and the duplicate leaves the customer list. "
                "A merge can be undone from the Duplicates screen."
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(2, 1)
        holder = QWidget()
        holder.setLayout(self.grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.moving = QLabel()
        self.moving.setWordWrap(True)
        self.moving.setAlignment(leading_edge())
        self.problem = QLabel()
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)

        self.swap_button = QPushButton(self.tr("S&wap kept and duplicate"))
        self.swap_button.clicked.connect(self.swap)
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setProperty("primary", True)
        self.merge_button.clicked.connect(lambda: self.merge())
        self.merge_button.setEnabled(False)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        for button in (self.swap_button, self.merge_button, close):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.swap_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        buttons.addWidget(self.merge_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.moving)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

        shop = state.shop
        if shop is not None and not shop.actor.is_manager:
            self.merge_button.setToolTip(self.tr("Only a manager can merge customers."))
        self.load()

    # -- showing ------------------------------------------------------------------------
    def load(self) -> None:
        shop = self.state.shop
        if shop is None:
            return
        self.merge_button.setEnabled(False)
        self.state.runner.run(
            customer_merge.preview,
            shop,
            self.keep_id,
            self.dup_id,
            on_done=self._show,
            on_error=self._failed,
        )

    def _show(self, view: customer_merge.MergePreview) -> None:
        self.view = view
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.groups, self.radios = {}, {}
        keep_head = QLabel(
            self.tr("Keep: {name} ({id})").format(
                name=_name(view.keep), id=ident(self.keep_id)
            )
        )
        dup_head = QLabel(
            self.tr("Duplicate: {name} ({id})").format(
                name=_name(view.dup), id=ident(self.dup_id)
            )
        )
        for column, head in ((1, keep_head), (2, dup_head)):
            head.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(head, 0, column)
        labels = field_labels()
        for row, name in enumerate(customer_merge.MERGE_FIELDS, start=1):
            mine, theirs = view.keep.get(name), view.dup.get(name)
            label = QLabel(labels.get(name, name))
            label.setObjectName("hint")
            keep_radio = QRadioButton(self.value_text(name, mine))
            dup_radio = QRadioButton(self.value_text(name, theirs))
            group = QButtonGroup(self)
            group.addButton(keep_radio)
            group.addButton(dup_radio)
            (dup_radio if view.suggested.get(name) == "dup" else keep_radio).setChecked(True)
            same = mine == theirs
            dup_radio.setEnabled(not same)  # nothing to choose between
            if same:
                keep_radio.setEnabled(False)
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(keep_radio, row, 1)
            self.grid.addWidget(dup_radio, row, 2)
            self.groups[name] = group
            self.radios[name] = (keep_radio, dup_radio)
        self.grid.setRowStretch(len(customer_merge.MERGE_FIELDS) + 1, 1)
        self.moving.setText(
            self.tr("Moves to the kept customer: {what}.").format(what=moved_text(view.moving))
        )
        shop = self.state.shop
        self.merge_button.setEnabled(shop is not None and shop.actor.is_manager)

    def value_text(self, name: str, value) -> str:
        if value in (None, ""):
            return "—"
        if name == "marketing_consent":
            return self.tr("Yes") if value else self.tr("No")
        if name == "birthday" and isinstance(value, date):
            return show_date(value)
        if name == "phone":
            shop = self.state.shop
            return ltr(phone_display(value, shop.settings.region) if shop else value)
        if name in _CHOICES:
            return choice_label(name, str(value))
        text = str(value).replace("\n", " ")
        return isolate(text if len(text) <= 60 else text[:57] + "…")  # 'nuts.' keeps its '.'

    def choices(self) -> dict[str, str]:
        """field -> "keep" | "dup", as the radios stand."""
        return {
            name: "dup" if dup_radio.isChecked() else "keep"
            for name, (_keep, dup_radio) in self.radios.items()
        }

    def choose(self, name: str, side: str) -> None:
        keep_radio, dup_radio = self.radios[name]
        (dup_radio if side == "dup" else keep_radio).setChecked(True)

    # -- acting -------------------------------------------------------------------------
    def swap(self) -> None:
        self.keep_id, self.dup_id = self.dup_id, self.keep_id
        self.problem.setVisible(False)
        self.load()

    def merge(self, confirmed: bool = False) -> None:
        shop = self.state.shop
        if shop is None or self.view is None:
            return
        if not confirmed:
            answer = QMessageBox.question(
                self,
                self.tr("Merge these customers?"),
                self.tr(
                    "Merge customer {dup} into customer {keep}? Customer {dup}'s history "
                    "moves over and they leave the customer list. You can undo this from "
                    "the Duplicates screen."
                ).format(dup=ident(self.dup_id), keep=ident(self.keep_id)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.merge_button.setEnabled(False)
        self.state.runner.run(
            customer_merge.merge,
            shop,
            self.keep_id,
            self.dup_id,
            self.choices(),
            on_done=self._merged,
            on_error=self._failed,
            changes=MERGE_CHANGES,
        )

    def _merged(self, result: customer_merge.MergeResult) -> None:
        self.result = result
        self.merged.emit(result)
        self.accept()

    def _failed(self, error: CounterpartError) -> None:
        self.problem.setText(error_text(error))
        self.problem.setVisible(True)
        shop = self.state.shop
        self.merge_button.setEnabled(
            self.view is not None and shop is not None and shop.actor.is_manager
        )
        self.problem.setAlignment(leading_edge() | Qt.AlignmentFlag.AlignTop)
