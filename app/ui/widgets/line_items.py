"""The purchase lines editor at the checkout: product (or category), quantity, unit price,
category, one row each, all by keyboard.

Product names complete from what the shop has sold before (core `complete_products`,
through the task runner); picking one fills its category and last unit price. The rows
only collect text: the core checks it when the purchase is recorded.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import money, purchases
from app.core.calendars import latin_digits, local_digits
from app.core.purchases import LineInput
from app.ui.bidi import language
from app.ui.state import AppState
from app.ui.widgets.money_edit import MoneyEdit

PRODUCT, QUANTITY, PRICE, CATEGORY, AMOUNT, REMOVE = range(6)
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class LineRow(QObject):
    """One line's widgets (they live in the editor's grid)."""

    changed = Signal()
    submitted = Signal()  # Enter in one of its fields (not the one that picks a completion)
    remove = Signal(object)

    COMPLETE_MS = 120

    def __init__(self, editor: LineItems):
        super().__init__(editor)
        self.editor = editor
        self.known: dict[str, tuple[str, int]] = {}  # completion -> (category, last price)
        self._picked = False  # Enter just chose a completion: it isn't "record"
        self.product = QLineEdit()
        # a row's words are kept under the editor's name, LineItems
        self.product.setPlaceholderText(QCoreApplication.translate("LineItems",
                                                                   "Product or category"))
        self.quantity = QLineEdit(local_digits("1", language()))  # '۱' in Persian
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.quantity.setFixedWidth(56)
        self.price = MoneyEdit(editor.currency, editor.locale, symbol=False)
        self.price.setFixedWidth(100)
        self.category = QLineEdit()
        self.category.setPlaceholderText(QCoreApplication.translate("LineItems", "optional"))
        self.amount = QLabel("—")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setMinimumWidth(80)
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setAutoRaise(True)
        self.remove_button.setToolTip(
            QCoreApplication.translate("LineItems", "Remove this line (Ctrl+Delete)"))
        self.remove_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.remove_button.clicked.connect(lambda: self.remove.emit(self))

        self.names = QStringListModel(self)
        self.completer = QCompleter(self.names, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.activated[str].connect(self.pick)
        self.completer.popup().installEventFilter(self)
        self.product.setCompleter(self.completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.COMPLETE_MS)
        self._timer.timeout.connect(self.ask_completions)
        self.product.textEdited.connect(self._typed)
        self.product.editingFinished.connect(self._known_name_typed)

        for edit in self.edits():
            edit.textChanged.connect(lambda _t: self._update_amount())
            edit.installEventFilter(self)
        # Enter on an open completion list reaches the field past its event filters
        self.product.returnPressed.connect(lambda: self._enter(self.product))

    def edits(self) -> tuple[QLineEdit, ...]:
        return (self.product, self.quantity, self.price, self.category)

    def widgets(self) -> tuple[QWidget, ...]:
        return (*self.edits(), self.amount, self.remove_button)

    # -- completion ---------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._timer.start()

    def ask_completions(self) -> None:
        self._timer.stop()
        typed, shop = self.product.text().strip(), self.editor.state.shop
        if not typed or shop is None:
            return
        self.editor.state.runner.run(
            purchases.complete_products, shop, typed,
            on_done=lambda found: self._completions(typed, found), on_error=lambda _e: None)

    def _completions(self, typed: str, found: list[tuple[str, str, int]]) -> None:
        if self.product.text().strip() != typed:
            return  # an answer to older typing
        self.known = {name: (category, price) for name, category, price in found}
        self.names.setStringList([name for name, _c, _p in found])
        if found and self.product.hasFocus() and \
                [n.casefold() for n in self.known] != [typed.casefold()]:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def pick(self, name: str, move_on: bool = True) -> None:
        """A completion was chosen: its category and last price come with it, and the
        cursor goes on to the quantity."""
        self.product.setText(name)
        category, price = self.known.get(name, ("", 0))
        if category:
            self.category.setText(category)
        if price:
            self.price.set_minor(price)
        if move_on:  # after the key that picked has been handled (Tab moves on by itself)
            QTimer.singleShot(0, self._move_on)

    def _move_on(self) -> None:
        if self.product.hasFocus():
            self.quantity.setFocus(Qt.FocusReason.OtherFocusReason)
            self.quantity.selectAll()

    def _known_name_typed(self) -> None:
        """Typed a known name in full without picking it: fill an empty price anyway."""
        match = next((n for n in self.known
                      if n.casefold() == self.product.text().strip().casefold()), None)
        if match and not self.price.text():
            self.pick(match, move_on=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and watched is not self.completer.popup() \
                and event.key() == Qt.Key.Key_Delete \
                and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.remove.emit(self)
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() in _ENTER:
            if watched is self.completer.popup():  # Enter on the open list picks from it
                self._picked = watched.isVisible() and watched.currentIndex().isValid()
                if self._picked:  # the field sees this Enter too: it isn't "record"
                    QTimer.singleShot(0, self._forget_pick)
                return False  # the completer does the rest
            self._enter(watched)
            return True
        return super().eventFilter(watched, event)

    def _forget_pick(self) -> None:
        self._picked = False

    def _enter(self, edit: QLineEdit) -> None:
        if edit is not self.product or not self._picked:
            self.submitted.emit()

    # -- values -------------------------------------------------------------------------
    def _update_amount(self) -> None:
        amount = self.amount_minor() if self.editor.currency else None
        self.amount.setText("—" if amount is None else money.display(
            amount, self.editor.currency, self.editor.locale))
        self.changed.emit()

    def value(self) -> LineInput:
        return LineInput(self.product.text(), latin_digits(self.quantity.text()),
                         self.price.amount_text(),
                         self.category.text())

    def amount_minor(self) -> int | None:
        each = self.price.minor(allow_zero=True)
        quantity = self.quantity.text().strip()
        return None if each is None or not quantity.isdigit() else each * int(quantity)


class LineItems(QWidget):
    """Rows of lines under a header; `changed` whenever a row or the sum may have changed."""

    changed = Signal()
    submitted = Signal()  # Enter in a line's field
    added = Signal(object)  # each QLineEdit of a new row, one by one
    emptied = Signal()  # the last line went

    def __init__(self, state: AppState, currency: str = "", locale: str = "en",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.state, self.currency, self.locale = state, currency, locale
        self.rows: list[LineRow] = []
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(6)
        self.grid.setColumnStretch(PRODUCT, 5)
        self.grid.setColumnStretch(CATEGORY, 2)
        self.headers = [QLabel() for _ in range(5)]
        for column, label in enumerate(self.headers):
            label.setObjectName("hint")
            label.setWordWrap(True)  # a long translation wraps rather than widen the form
            if column in (QUANTITY, PRICE, AMOUNT):
                label.setAlignment(Qt.AlignmentFlag.AlignTrailing)
            self.grid.addWidget(label, 0, column)
        self._label_headers()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.grid)
        self.setVisible(False)

    def _label_headers(self) -> None:
        texts = (self.tr("Product or category"), self.tr("Qty"), self.tr("Unit price"),
                 self.tr("Category"), self.tr("Amount"))
        for label, text in zip(self.headers, texts, strict=True):
            label.setText(text)

    def set_currency(self, currency: str, locale: str) -> None:
        self.currency, self.locale = currency, locale
        for row in self.rows:
            row.price.set_currency(currency, locale)

    def add_line(self) -> LineRow:
        row = LineRow(self)
        row.changed.connect(self.changed)
        row.submitted.connect(self.submitted)
        row.remove.connect(self.remove_line)
        self.rows.append(row)
        for edit in row.edits():
            self.added.emit(edit)
        self._relayout()
        self.setVisible(True)
        row.product.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()
        return row

    def remove_line(self, row: LineRow) -> None:
        if row not in self.rows:
            return
        index = self.rows.index(row)
        self.rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.hide()
            widget.deleteLater()
        row.deleteLater()
        self._relayout()
        self.setVisible(bool(self.rows))
        self.changed.emit()
        if self.rows:
            self.rows[min(index, len(self.rows) - 1)].product.setFocus()
        else:
            self.emptied.emit()

    def _relayout(self) -> None:
        for number, row in enumerate(self.rows, start=1):
            for column, widget in enumerate(row.widgets()):
                self.grid.addWidget(widget, number, column)
                widget.show()  # now, not queued: the new row's field takes the focus at once

    def clear(self) -> None:
        for row in list(self.rows):
            self.remove_line(row)

    def lines(self) -> list[LineInput]:
        return [row.value() for row in self.rows]

    def total(self) -> int | None:
        """The lines' sum, or None while any line's price or quantity isn't readable."""
        amounts = [row.amount_minor() for row in self.rows]
        return None if any(a is None for a in amounts) else sum(amounts)

    def edits(self) -> list[QLineEdit]:
        return [edit for row in self.rows for edit in row.edits()]
