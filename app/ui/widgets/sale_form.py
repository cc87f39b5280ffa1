"""The checkout's sale fields: total, optional lines, receipt number, note, each with its
error line.

With lines the total shows their sum and can't be typed over. A total typed before the
first line is kept as the till's figure: the core refuses the sale if the lines disagree
with it (the message shows under the total), and "Use the lines' sum" lets go of it.
Removing every line brings the typed total back. Enter in any field asks to record.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core import cards, money
from app.core.calendars import latin_digits
from app.core.errors import ValidationError
from app.ui.state import AppState
from app.ui.widgets.line_items import LineItems
from app.ui.widgets.money_edit import MoneyEdit

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def label(text: str = "", name: str = "fieldLabel") -> QLabel:
    shown = QLabel(text)
    shown.setObjectName(name)
    shown.setWordWrap(True)
    return shown


def named_line(message: object) -> int | None:
    """The line a core message is about ('{where}: …' with `where` a Message 'line {number}',
    as purchases words a bad line), or None."""
    where = getattr(message, "values", {}).get("where")
    number = getattr(where, "values", {}).get("number")
    return number if isinstance(number, int) else None


class SaleForm(QWidget):
    submitted = Signal()  # Enter in any field
    escaped = Signal()  # Escape in the total
    amount_changed = Signal()  # the total (typed, or the lines' sum) may have changed
    FIELDS = ("total", "lines", "receipt", "note")

    def __init__(self, state: AppState, parent: QWidget | None = None):
        super().__init__(parent)
        self.currency, self.locale = "", "en"
        self.typed_total = ""  # the till's total, typed before lines took over the field
        self.total = MoneyEdit()
        self.total.setObjectName("total")
        self.total.setMinimumSize(280, 58)
        self.add_line_button = QPushButton(self.tr("Add line (F7)"))
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.clicked.connect(self.add_line)
        self.hint = label(name="hint")
        self.forget_button = QPushButton(self.tr("Use the lines' sum"))
        self.forget_button.setAutoDefault(False)
        self.forget_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the cursor stays put
        self.forget_button.clicked.connect(self.forget_typed_total)
        self.lines = LineItems(state)
        self.receipt = QLineEdit()
        self.receipt.setMaxLength(40)
        self.receipt.setPlaceholderText(self.tr("From the till, e.g. R-1001"))
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("Optional"))
        self.errors = {name: label(name="error") for name in self.FIELDS}

        amount = QHBoxLayout()
        amount.addWidget(self.total)
        amount.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignVCenter)
        amount.addStretch(1)
        hint = QHBoxLayout()
        hint.addWidget(self.hint, 1)
        hint.addWidget(self.forget_button)
        extra = QGridLayout()
        extra.setHorizontalSpacing(12)
        extra.setVerticalSpacing(4)
        extra.addWidget(label(self.tr("Receipt number")), 0, 0)
        extra.addWidget(label(self.tr("Note")), 0, 1)
        extra.addWidget(self.receipt, 1, 0)
        extra.addWidget(self.note, 1, 1)
        extra.addWidget(self.errors["receipt"], 2, 0)
        extra.addWidget(self.errors["note"], 2, 1)
        extra.setColumnStretch(0, 1)
        extra.setColumnStretch(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(label(self.tr("Total")))
        layout.addLayout(amount)
        layout.addLayout(hint)
        layout.addWidget(self.errors["total"])
        layout.addWidget(self.lines)
        layout.addWidget(self.errors["lines"])
        layout.addSpacing(14)
        layout.addLayout(extra)

        self.total.textChanged.connect(lambda _t: self.amount_changed.emit())
        self.lines.changed.connect(self._lines_changed)
        self.lines.submitted.connect(self.submitted)
        self.lines.emptied.connect(lambda: self.total.setFocus(Qt.FocusReason.OtherFocusReason))
        for name in ("total", "receipt", "note"):
            edit = getattr(self, name)
            edit.textEdited.connect(lambda _t, n=name: self.say(n, ""))
            edit.installEventFilter(self)
        self.clear_errors()
        self._lines_changed()

    def set_currency(self, currency: str, locale: str) -> None:
        self.currency, self.locale = currency, locale
        self.total.set_currency(currency, locale)
        self.lines.set_currency(currency, locale)
        self._lines_changed()

    def edits(self) -> list[QLineEdit]:
        return [self.total, *self.lines.edits(), self.receipt, self.note]

    # -- what it says -------------------------------------------------------------------
    def amount(self) -> int | None:
        """The sale's amount as it stands (None while it isn't one)."""
        return self.lines.total() if self.lines.rows else self.total.minor()

    def card_in_total(self) -> str:
        """A loyalty card scanned into the total by mistake, or ''."""
        code = self.total.amount_text()
        return code if not self.lines.rows and cards.is_card_number(code) else ""

    def values(self) -> dict:
        """The arguments for core `purchases.record`, as typed."""
        lines = self.lines.lines()
        total = latin_digits(self.typed_total.strip()) if lines else self.total.amount_text()
        return {"total": total or None, "lines": lines, "receipt": self.receipt.text(),
                "note": self.note.text()}

    # -- lines and the total --------------------------------------------------------------
    def add_line(self) -> None:
        if not self.lines.rows:
            self.typed_total = self.total.text()
        self.lines.add_line()

    def _lines_changed(self) -> None:
        has_lines = bool(self.lines.rows)
        if has_lines:
            total = self.lines.total()
            self.total.set_minor(total)
        elif self.total.isReadOnly():  # the last line went: the typed total comes back
            self.total.setText(self.typed_total)
            self.typed_total = ""
        if self.total.isReadOnly() != has_lines:
            self.total.setReadOnly(has_lines)
            self.total.style().unpolish(self.total)  # the style sheet greys it
            self.total.style().polish(self.total)
        self.total.setFocusPolicy(Qt.FocusPolicy.ClickFocus if has_lines
                                  else Qt.FocusPolicy.StrongFocus)
        typed = self.typed_total.strip() if has_lines else ""  # money.parse reads any digits
        if typed:
            try:
                shown = money.display(money.parse(typed, self.currency), self.currency,
                                      self.locale)
            except ValidationError:
                shown = self.typed_total
            self.hint.setText(self.tr("The sum of the lines. The till said {amount}: the "
                                      "lines must add up to it.").format(amount=shown))
        else:
            self.hint.setText(self.tr("The sum of the lines."))
        self.hint.setVisible(has_lines)
        self.forget_button.setVisible(bool(typed))
        self.amount_changed.emit()

    def forget_typed_total(self) -> None:
        self.typed_total = ""
        self.say("total", "")
        self._lines_changed()

    # -- errors ---------------------------------------------------------------------------
    def say(self, field: str, message: str) -> None:
        self.errors[field].setText(message)
        self.errors[field].setVisible(bool(message))

    def clear_errors(self) -> None:
        for field in self.FIELDS:
            self.say(field, "")

    def show_error(self, field: str, message: str, line: int | None = None) -> bool:
        """Say what is wrong next to `field` and put the cursor there; False: not ours.
        `line`: the line the core's message names (`named_line`), counted from 1."""
        if field not in self.errors:
            return False
        self.say(field, message)
        target = {"total": self.total, "receipt": self.receipt, "note": self.note}.get(field)
        if field == "lines" and self.lines.rows:
            row = line - 1 if line else 0
            target = self.lines.rows[min(row, len(self.lines.rows) - 1)].product
        if field == "total" and self.lines.rows:
            target = self.lines.rows[-1].price
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            target.selectAll()
        return True

    def clear(self) -> None:
        self.lines.clear()
        self.typed_total = ""
        for edit in (self.total, self.receipt, self.note):
            edit.clear()
        self.clear_errors()
        self._lines_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress:
            if event.key() in _ENTER:
                self.submitted.emit()
                return True
            if watched is self.total and event.key() == Qt.Key.Key_Escape:
                self.escaped.emit()
                return True
        return super().eventFilter(watched, event)
