"""A white card with a heading and label/value rows: the building block of the profile."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFormLayout, QFrame, QLabel, QVBoxLayout, QWidget


def leading_edge() -> Qt.AlignmentFlag:
    """The screen's reading side, whatever script a value is in: a Hebrew name in an English
    screen still starts at the left, like its neighbours (Qt would push it right)."""
    rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class InfoCard(QFrame):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.heading = QLabel(title)
        self.heading.setObjectName("cardTitle")
        self.heading.setStyleSheet("font-size: 15px; font-weight: 600; color: #1f2328;")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(18)
        self.form.setVerticalSpacing(8)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.body = QVBoxLayout(self)  # more widgets can go below the rows
        self.body.setContentsMargins(16, 14, 16, 14)
        self.body.setSpacing(10)
        self.body.addWidget(self.heading)
        self.body.addLayout(self.form)
        self.values: dict[str, QLabel] = {}

    def set_rows(self, rows: list[tuple[str, str]], empty: str = "—") -> None:
        """Replace the rows; an empty value shows `empty`, greyed."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = {}
        for label, value in rows:
            caption = QLabel(label)
            caption.setObjectName("hint")
            shown = QLabel(value or empty)
            shown.setWordWrap(True)
            shown.setAlignment(leading_edge())
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            if not value:
                shown.setObjectName("hint")
            self.form.addRow(caption, shown)
            self.values[label] = shown

    def text(self) -> str:
        """Everything the rows say, for tests and for copying."""
        return "\n".join(f"{k}: {v.text()}" for k, v in self.values.items())
