"""The customer form's fields: the few asked first, the rest under "More details", each with
its own error line underneath. Reads and writes plain dicts the core understands."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.core import customers
from app.core.calendars import read_day, typed_day
from app.core.customers import Customer
from app.core.normalize import looks_like_phone
from app.ui import bidi
from app.ui.dialogs.customer_labels import choice_labels, field_labels

FIRST = ("first_name", "last_name", "phone", "email")
TEXTS = (*FIRST, "address", "birthday", "tags")
MORE = ("address", "birthday", "how_heard", "tags", "notes", "marketing_consent",
        "income_range", "children", "education", "occupation")


class CustomerFields(QWidget):
    typed = Signal(str)  # a field's name, whenever the user changes it

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        labels = field_labels()
        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        for name in TEXTS:
            self.widgets[name] = edit = QLineEdit()
            edit.textEdited.connect(lambda _t, n=name: self.typed.emit(n))
        self.widgets["birthday"].setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.widgets["phone"].setPlaceholderText(self.tr("Any format, e.g. 052-555-1234"))
        self.widgets["email"].setPlaceholderText(self.tr("name@example.com"))
        self.widgets["tags"].setPlaceholderText(
            self.tr("Separated by commas, e.g. vegan, wholesale"))
        self.notes = self.widgets["notes"] = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.notes.textChanged.connect(lambda: self.typed.emit("notes"))
        for name, options in choice_labels().items():
            self.widgets[name] = combo = QComboBox()
            combo.addItem(self.tr("— not asked —"), "")
            for code in customers.CHOICES[name]:
                combo.addItem(options.get(code, code), code)
            combo.activated.connect(lambda _i, n=name: self.typed.emit(n))
        self.consent = self.widgets["marketing_consent"] = QCheckBox(
            self.tr("Agrees to receive offers and news (marketing consent)")
        )
        self.consent.toggled.connect(lambda _on: self.typed.emit("marketing_consent"))

        first = QGridLayout()
        self._place(first, labels, (("first_name", 0, 0), ("last_name", 0, 1),
                                    ("phone", 1, 0), ("email", 1, 1)))
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("More details"))
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setAutoRaise(True)
        self.more_button.setStyleSheet(
            "QToolButton { border: none; color: #1f6feb; font-weight: 600; padding: 4px 0; }")
        self.more_button.toggled.connect(self.show_more)

        self.more = QWidget()
        grid = QGridLayout(self.more)
        grid.setContentsMargins(0, 0, 0, 0)
        self._place(grid, labels, (("address", 0, 0, 2), ("birthday", 1, 0), ("how_heard", 1, 1),
                                   ("tags", 2, 0, 2), ("notes", 3, 0, 2)))
        grid.addWidget(self.consent, 4, 0, 1, 2)
        trusted = QFrame()
        trusted.setObjectName("card")
        box = QGridLayout(trusted)
        heading = QLabel(self.tr("Trusted regular (optional)"))
        heading.setStyleSheet("font-weight: 600;")
        hint = QLabel(self.tr("Only for regulars happy to tell. "
                              "Ranges and choices, never exact figures."))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(heading, 0, 0, 1, 2)
        box.addWidget(hint, 1, 0, 1, 2)
        self._place(box, labels, (("income_range", 2, 0), ("children", 2, 1),
                                  ("education", 3, 0), ("occupation", 3, 1)))
        grid.addWidget(trusted, 5, 0, 1, 2)
        for g in (first, grid, box):
            g.setColumnStretch(0, 1)
            g.setColumnStretch(1, 1)
        self.more.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeading)
        layout.addWidget(self.more)
        layout.addStretch(1)
        self.show_more(False)

    def _place(self, grid: QGridLayout, labels: dict, spots) -> None:
        """Caption, field and error line, stacked, at (row, column[, span]) of `grid`."""
        for name, row, column, *span in spots:
            cell = QVBoxLayout()
            cell.setSpacing(2)
            self.captions[name] = caption = QLabel(labels[name])
            caption.setBuddy(self.widgets[name])
            self.errors[name] = error = QLabel()
            error.setObjectName("error")
            error.setWordWrap(True)
            error.setVisible(False)
            cell.addWidget(caption)
            cell.addWidget(self.widgets[name])
            cell.addWidget(error)
            cell.addStretch(1)  # an error line under one field doesn't shift its neighbour
            grid.addLayout(cell, row, column, 1, span[0] if span else 1)

    def show_more(self, shown: bool) -> None:
        self.more.setVisible(shown)
        self.more_button.setChecked(shown)
        closed = (Qt.ArrowType.LeftArrow if self.isRightToLeft() else Qt.ArrowType.RightArrow)
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else closed)

    # -- values -------------------------------------------------------------------------
    def values(self) -> dict:
        out: dict = {name: self.widgets[name].text().strip() for name in TEXTS}
        out["birthday"] = read_day(out["birthday"], bidi.language())  # Persian calendar in fa
        out["notes"] = self.notes.toPlainText().strip()
        for name in customers.CHOICES:
            out[name] = self.widgets[name].currentData() or ""
        out["marketing_consent"] = self.consent.isChecked()
        return out

    def set_values(self, values: dict) -> None:
        for name in TEXTS:
            self.widgets[name].setText(str(values.get(name) or ""))
        birthday = values.get("birthday")
        if isinstance(birthday, date):
            self.widgets["birthday"].setText(typed_day(birthday, bidi.language()))
        self.notes.setPlainText(values.get("notes") or "")
        for name in customers.CHOICES:
            combo = self.widgets[name]
            combo.setCurrentIndex(max(combo.findData(values.get(name) or ""), 0))
        self.consent.setChecked(bool(values.get("marketing_consent")))
        if any(values.get(name) for name in MORE):
            self.show_more(True)

    # -- errors -------------------------------------------------------------------------
    def show_errors(self, errors: dict[str, str], translate) -> str | None:
        """Each message under its field; returns the first field that has one (or None if
        none of them is a field here)."""
        self.clear_errors()
        first = None
        for name in (*FIRST, *MORE):
            if name in errors and name in self.errors:
                self.errors[name].setText(translate(errors[name]))
                self.errors[name].setVisible(True)
                first = first or name
        if first in MORE:
            self.show_more(True)
        if first:
            self.widgets[first].setFocus(Qt.FocusReason.OtherFocusReason)
        return first

    def clear_errors(self, name: str | None = None) -> None:
        for key, label in self.errors.items():
            if name is None or key == name:
                label.clear()
                label.setVisible(False)

    def error_text(self, name: str) -> str:
        label = self.errors[name]
        return label.text() if label.isVisible() else ""


def values_of(customer: Customer) -> dict:
    """What the form shows for a stored customer."""
    return {
        "first_name": customer.first_name, "last_name": customer.last_name,
        "phone": customer.phone_display or customer.phone or "", "email": customer.email or "",
        "address": customer.address,
        "birthday": customer.birthday,
        "how_heard": customer.how_heard, "tags": ", ".join(customer.tags),
        "notes": customer.notes, "marketing_consent": customer.marketing_consent,
        "income_range": customer.income_range, "children": customer.children,
        "education": customer.education, "occupation": customer.occupation,
    }


def prefill_from_query(text: str) -> dict:
    """What was typed in the search box, as a start for a new customer."""
    text = text.strip()
    if not text:
        return {}
    if "@" in text:
        return {"email": text}
    if looks_like_phone(text):
        return {"phone": text}
    first, _, last = text.partition(" ")
    return {"first_name": first, "last_name": last.strip()}
