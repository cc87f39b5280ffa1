"""The yellow "maybe already registered" panel of the customer form."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.customers import DuplicateMatch
from app.ui.dialogs.customer_labels import ltr


class DuplicatePanel(QFrame):
    open_requested = Signal(int)  # a customer id: open that one instead
    anyway = Signal()  # save although it looks like a duplicate

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("warning")
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600; background: transparent;")
        self.rows = QVBoxLayout()
        self.rows.setSpacing(4)
        self.anyway_button = QPushButton()
        self.anyway_button.setAutoDefault(False)
        self.anyway_button.clicked.connect(self.anyway)
        self.open_buttons: list[QPushButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.heading)
        layout.addLayout(self.rows)
        layout.addWidget(self.anyway_button, 0, Qt.AlignmentFlag.AlignTrailing)
        self.matches: list[DuplicateMatch] = []
        self.setVisible(False)

    def show_matches(self, heading: str, matches: list[DuplicateMatch],
                     anyway_text: str = "") -> None:
        """`anyway_text`: offer to save regardless (after the shop refused a duplicate)."""
        self.clear()
        if not matches:
            return
        self.matches = list(matches)
        self.heading.setText(heading)
        for match in matches[:3]:
            line = QHBoxLayout()
            label = QLabel(self.describe(match))
            label.setWordWrap(True)
            label.setStyleSheet("background: transparent;")
            button = QPushButton(self.tr("Open that customer instead"))
            button.setAutoDefault(False)
            who = match.customer.id
            button.clicked.connect(lambda _c=False, i=who: self.open_requested.emit(i))
            self.open_buttons.append(button)
            line.addWidget(label, 1)
            line.addWidget(button)
            self.rows.addLayout(line)
        self.anyway_button.setText(anyway_text)
        self.anyway_button.setVisible(bool(anyway_text))
        self.setVisible(True)

    def clear(self) -> None:
        self.matches = []
        self.open_buttons = []
        while (item := self.rows.takeAt(0)) is not None:
            line = item.layout()
            while line is not None and (child := line.takeAt(0)) is not None:
                if child.widget() is not None:
                    child.widget().deleteLater()
            if line is not None:
                line.deleteLater()
        self.setVisible(False)

    def describe(self, match: DuplicateMatch) -> str:
        customer = match.customer
        reason = {
            "phone": self.tr("same phone"), "email": self.tr("same e-mail"),
            "name": self.tr("similar name"),
        }.get(match.reason, match.reason)
        contact = ltr(customer.phone_display) or customer.email or ""
        parts = [customer.full_name, contact] if contact else [customer.full_name]
        return self.tr("{who} ({reason})").format(who=" · ".join(parts), reason=reason)
