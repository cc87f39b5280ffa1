"""The NPS trend, painted by hand: one bar per month from -100 to +100 around a zero line,
green above, red below, the score on each bar and the month under it. A month without
answers gets a dashed grey outline and "no data" (never a bar at 0). In Hebrew and Persian
the chart is its mirror image: the months run right to left (the latest on the left) and
the scale stands on the right."""

from __future__ import annotations

import math

from PySide6.QtCore import QCalendar, QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from app.core.calendars import is_jalali
from app.core.surveys import Nps
from app.ui.bidi import ident, language, signed
from app.ui.dates import show_month

GOOD, BAD, GRID, TEXT, FAINT = "#2da44e", "#cf222e", "#d0d7de", "#1f2328", "#8c959f"


def jalali_months() -> bool:
    """This workstation counts months in the Persian calendar (Persian readers do)."""
    return language() == "fa"


def month_label(month: str, long: bool = False) -> str:
    """'2026-11' -> 'Nov 26' in this workstation's words; a Persian-calendar month
    '1405-08' -> 'آبان ۰۵' ('آبان ۱۴۰۵' when `long`)."""
    year, mon = (int(p) for p in month.split("-"))
    if not is_jalali(month):
        return show_month(year, mon)
    locale, jalali = QLocale(), QCalendar(QCalendar.System.Jalali)
    name = jalali.standaloneMonthName(locale, mon, year)
    shown_year = year if long else year % 100
    digits = ident(shown_year)
    return f"{name} {digits if long else digits.rjust(2, locale.zeroDigit())}"


def named_months(count: int, slot: float, widest: float) -> set[int]:
    """Which of `count` months get a label under their bar, `slot` apart, so that no two
    labels `widest` wide touch: every month, or every second, third…; the latest always."""
    every = max(1, math.ceil(widest / max(slot, 1.0)))
    return {i for i in range(count) if (count - 1 - i) % every == 0}


class NpsChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.months: list[Nps] = []
        self.rtl = False
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.no_data = self.tr("no data")

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 260)

    def set_months(self, months: list[Nps]) -> None:
        self.months = list(months)
        self.update()

    def _box(self, x: float, y: float, w: float, h: float) -> QRectF:
        """A rectangle placed left to right, or at its mirror place for right-to-left."""
        return QRectF(self.width() - x - w if self.rtl else x, y, w, h)

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        self.rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        scale_side = Qt.AlignmentFlag.AlignLeft if self.rtl else Qt.AlignmentFlag.AlignRight
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = p.font()
        font.setPixelSize(11)
        p.setFont(font)
        left, right, top, bottom = 44, 8, 10, 26
        width = max(1, self.width() - left - right)
        height = max(1, self.height() - top - bottom)
        y_of = lambda v: top + height * (100 - v) / 200  # noqa: E731 - +100 top, -100 bottom
        for value in (100, 50, 0, -50, -100):  # the scale
            y = y_of(value)
            style = Qt.PenStyle.SolidLine if value in (0, 100, -100) else Qt.PenStyle.DotLine
            p.setPen(QPen(QColor(TEXT if value == 0 else GRID), 1.4 if value == 0 else 1, style))
            line = self._box(left, int(y), width, 0)
            p.drawLine(int(line.left()), int(y), int(line.right()), int(y))
            p.setPen(QColor(FAINT))
            p.drawText(
                self._box(0, y - 8, left - 6, 16),
                scale_side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter,
                signed(value),
            )
        if not self.months:
            return
        slot = width / len(self.months)
        bar = min(44.0, slot * 0.62)
        zero = y_of(0)
        labels = [month_label(m.month) for m in self.months]
        widest = max(p.fontMetrics().horizontalAdvance(t) for t in labels) + 6
        named = named_months(len(labels), slot, widest)
        for i, month in enumerate(self.months):
            x = left + slot * i + (slot - bar) / 2
            if i in named:
                centre = left + slot * (i + 0.5)
                start = min(max(0.0, centre - widest / 2), self.width() - widest)
                p.setPen(QColor(FAINT))
                p.drawText(
                    self._box(start, top + height + 4, widest, 18),
                    Qt.AlignmentFlag.AlignCenter,
                    labels[i],
                )
            if month.nps is None:
                p.setPen(QPen(QColor(GRID), 1, Qt.PenStyle.DashLine))
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(self._box(x, zero - 26, bar, 52), 4, 4)
                p.setPen(QColor(FAINT))
                p.drawText(
                    self._box(x, zero - 26, bar, 52),
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    self.no_data,
                )
                continue
            score = month.nps
            colour = QColor(GOOD if month.shown >= 0 else BAD)
            y = y_of(score)
            rect = self._box(x, min(y, zero), bar, max(abs(zero - y), 2))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(rect, 3, 3)
            p.setPen(QColor(TEXT))
            text = signed(month.shown)
            above = QRectF(rect.left() - 12, rect.top() - 17, bar + 24, 16)
            below = QRectF(rect.left() - 12, rect.bottom() + 1, bar + 24, 16)
            p.drawText(above if score >= 0 else below, Qt.AlignmentFlag.AlignCenter, text)
        p.end()
