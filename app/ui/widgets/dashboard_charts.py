"""The dashboard's charts, painted by hand: sales per day as columns, and labelled
horizontal bars (segments, how customers heard of the shop, loyalty issued and redeemed).
An empty chart says "No data" instead of drawing nothing.

In Hebrew and Persian a chart is drawn as its mirror image, as their readers expect: days
run right to left (the latest on the left), the value axis and the labels on the right,
bars growing leftwards."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from app.ui.bidi import number

TEAL, AMBER, BLUE, GRID, TEXT, FAINT = ("#20639b", "#f2a541", "#173f5f", "#d0d7de",
                                        "#1f2328", "#8c959f")


def _nice_top(value: float) -> tuple[float, float]:
    if value <= 0:
        return 1.0, 0.25
    import math  # noqa: PLC0415

    raw = value / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), step


def _short(n: float) -> str:
    for size, unit in ((1e6, "M"), (1e3, "k")):
        if abs(n) >= size:
            return QLocale().toString(round(n / size, 1)) + unit
    return QLocale().toString(float(n))


class _Chart(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = title
        self.rtl = False
        self.no_data = self.tr("No data for this period.")
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(480, 220)

    # -- drawn left to right, mirrored for right-to-left readers ----------------------------
    def _box(self, x: float, y: float, w: float, h: float) -> QRectF:
        return QRectF(self.width() - x - w if self.rtl else x, y, w, h)

    def _line(self, x1: float, y: float, x2: float) -> QLineF:
        if self.rtl:
            x1, x2 = self.width() - x1, self.width() - x2
        return QLineF(x1, y, x2, y)

    def _side(self, flag: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        """Left stays left in a left-to-right chart and becomes right in its mirror."""
        swap = {Qt.AlignmentFlag.AlignLeft: Qt.AlignmentFlag.AlignRight,
                Qt.AlignmentFlag.AlignRight: Qt.AlignmentFlag.AlignLeft}
        side = swap.get(flag, flag) if self.rtl else flag
        return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter

    def _begin(self) -> QPainter:
        self.rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        p = QPainter(self)
        p.setLayoutDirection(QApplication.layoutDirection())  # labels in their language
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = p.font()
        font.setPixelSize(13)
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(TEXT))
        p.drawText(self._box(0, 0, self.width(), 20), self._side(Qt.AlignmentFlag.AlignLeft),
                   self.title)
        font.setPixelSize(11)
        font.setBold(False)
        p.setFont(font)
        return p

    def _empty(self, p: QPainter) -> None:
        p.setPen(QPen(QColor(GRID), 1, Qt.PenStyle.DashLine))
        box = QRectF(1, 26, self.width() - 2, self.height() - 28)
        p.drawRoundedRect(box, 4, 4)
        p.setPen(QColor(FAINT))
        p.drawText(box, Qt.AlignmentFlag.AlignCenter, self.no_data)


class DailyColumns(_Chart):
    """One column per day (label: the day of the month)."""

    def __init__(self, title: str, parent: QWidget | None = None):
        super().__init__(title, parent)
        self.days: list[tuple[str, float]] = []

    def set_days(self, days: list[tuple[str, float]]) -> None:
        self.days = list(days)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = self._begin()
        if not any(v for _, v in self.days):
            self._empty(p)
            p.end()
            return
        left, top, bottom = 44, 28, 20
        w, h = self.width() - left - 6, self.height() - top - bottom
        high, step = _nice_top(max(v for _, v in self.days))
        tick = 0.0
        while tick <= high + 1e-9:
            y = top + h - h * tick / high
            p.setPen(QPen(QColor(GRID), 1))
            p.drawLine(self._line(left, int(y), left + w))
            p.setPen(QColor(FAINT))
            p.drawText(self._box(0, y - 8, left - 6, 16), self._side(Qt.AlignmentFlag.AlignRight),
                       _short(tick))
            tick += step
        slot = w / len(self.days)
        every = max(1, int(28 / slot) + 1)
        for i, (label, v) in enumerate(self.days):
            bar_h = h * v / high
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(TEAL))
            p.drawRect(self._box(left + i * slot + slot * 0.15, top + h - bar_h, slot * 0.7,
                                 bar_h))
            if i % every == 0:
                p.setPen(QColor(FAINT))
                p.drawText(self._box(left + i * slot - 10, top + h + 2, slot + 20, 16),
                           Qt.AlignmentFlag.AlignCenter, label)
        p.end()


class BarRows(_Chart):
    """Labelled horizontal bars; with a second value per row, two bars (teal and amber)
    and a legend."""

    def __init__(self, title: str, legend: tuple[str, str] | None = None,
                 parent: QWidget | None = None):
        super().__init__(title, parent)
        self.rows: list[tuple[str, float, float | None]] = []
        self.legend = legend

    def set_rows(self, rows: list[tuple]) -> None:
        self.rows = [(r[0], r[1], r[2] if len(r) > 2 else None) for r in rows]
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = self._begin()
        if not self.rows:
            self._empty(p)
            p.end()
            return
        top = 26
        if self.legend:
            for j, (text, colour) in enumerate(zip(self.legend, (TEAL, AMBER), strict=True)):
                x = 4 + j * 110
                p.fillRect(self._box(x, top + 3, 10, 10), QColor(colour))
                p.setPen(QColor(FAINT))
                p.drawText(self._box(x + 14, top, 90, 16), self._side(Qt.AlignmentFlag.AlignLeft),
                           text)
            top += 20
        metrics = p.fontMetrics()
        label_w = min(self.width() * 0.38, max(metrics.horizontalAdvance(r[0]) for r in self.rows)
                      + 10)
        value_w = 64
        room = max(10.0, self.width() - label_w - value_w)
        row_h = min(30.0, (self.height() - top) / len(self.rows))
        high = max(max(r[1], r[2] or 0) for r in self.rows) or 1
        for i, (label, a, b) in enumerate(self.rows):
            y = top + i * row_h
            p.setPen(QColor(TEXT))
            p.drawText(self._box(0, y, label_w - 8, row_h), self._side(Qt.AlignmentFlag.AlignRight),
                       metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 8)))
            bars = [(a, TEAL)] + ([(b, AMBER)] if b is not None else [])
            bar_h = (row_h - 6) / len(bars)
            for j, (v, colour) in enumerate(bars):
                length = max(1.0, room * v / high)
                rect = QRectF(label_w, y + 3 + j * bar_h, length, bar_h - 1)
                p.fillRect(self._box(rect.x(), rect.y(), rect.width(), rect.height()),
                           QColor(colour))
                p.setPen(QColor(TEXT))
                p.drawText(self._box(rect.right() + 4, rect.top() - 2, value_w, rect.height() + 4),
                           self._side(Qt.AlignmentFlag.AlignLeft), number(round(v)))
        p.end()
