"""The hidden way out for staff on a touch screen: hold the top corner (the leading one) for
three seconds. Invisible, and a customer's tap there does nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

HOLD_MS = 3000
SIZE = 90


class CornerHold(QWidget):
    held = Signal()

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("kioskCorner")
        self.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground, True)
        self.setFixedSize(SIZE, SIZE)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HOLD_MS)
        self.timer.timeout.connect(self.held)
        self.place()

    def place(self) -> None:
        parent = self.parentWidget()
        x = 0 if not parent.isRightToLeft() else parent.width() - SIZE
        self.move(x, 0)
        self.raise_()

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.timer.start()
        event.accept()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 (Qt name)
        self.timer.stop()
        event.accept()
