"""Charts for the printed report: ReportLab graphics shapes for bars, lines and grids, and
the report's shaped text for every label (so Hebrew and Persian names read right).
Each chart is a flowable as wide as the frame gives it; an empty one says "No data"."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Rect
from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import Flowable

from app.reports import numbers
from app.reports.fonts import draw_line, width_of
from app.reports.monthly_words import rtl, t

INK = HexColor("#1C1C1E")
SOFT = HexColor("#6B7280")
GRID = HexColor("#E5E7EB")
BLUE = HexColor("#173F5F")
TEAL = HexColor("#20639B")
AMBER = HexColor("#F2A541")
GREEN = HexColor("#3CAEA3")
RED = HexColor("#D1495B")
PALETTE = (TEAL, AMBER, GREEN, RED, BLUE, HexColor("#8E7DBE"), HexColor("#7A9E9F"))

Fmt = Callable[[float], str]


def nice_top(value: float, ticks: int = 4) -> tuple[float, float]:
    """A round axis top at or above `value`, and its tick step."""
    if value <= 0:
        return 1.0, 0.25
    raw = value / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return step * math.ceil(value / step), step


class Chart(Flowable):
    """A titled box of fixed height; subclasses draw inside `plot` (x, y, w, h)."""

    def __init__(self, title: str, height: float, empty: bool, note: str = ""):
        super().__init__()
        self.title, self.empty, self.note = title, empty, note
        self.chart_height = height + (9 if note else 0)

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.chart_height

    def draw(self):
        c = self.canv
        top = self.chart_height
        edge, side = (self.width, "right") if rtl() else (0, "left")
        draw_line(c, self.title, edge, top - 10, 10, bold=True, color=BLUE, room=self.width,
                  align=side)
        if self.note:
            draw_line(c, self.note, edge, top - 20, 7, color=SOFT, room=self.width, align=side)
        if self.empty:
            d = Drawing(self.width, top - 18)
            d.add(Rect(0, 4, self.width, top - 26, fillColor=HexColor("#F7F8FA"),
                       strokeColor=GRID, strokeWidth=0.5))
            renderPDF.draw(d, c, 0, 0)
            draw_line(c, t("No data for this period."), self.width / 2, (top - 18) / 2, 9,
                      align="centre", color=SOFT)
            return
        self.plot(c, top - (29 if self.note else 20))

    def plot(self, c, height: float) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class Axis:
    """Where a chart over time puts its columns: left to right with the values' scale on
    the left, or, in a right-to-left report, right to left with the scale on the right."""

    def __init__(self, width: float, scale: float, margin: float):
        self.mirrored = rtl()
        self.room = width - scale - margin
        self.start = margin if self.mirrored else scale

    def x(self, i: int, n: int) -> float:
        """The centre of the i-th of n columns."""
        slot = self.room / n
        return self.start + ((n - 1 - i) if self.mirrored else i) * slot + slot / 2

    def value_label(self, c, text: str, y: float) -> None:
        if self.mirrored:
            draw_line(c, text, self.start + self.room + 4, y, 7, align="left", color=SOFT)
        else:
            draw_line(c, text, self.start - 4, y, 7, align="right", color=SOFT)


class ColumnChart(Chart):
    """Vertical bars over a row of labels, e.g. sales per day (every `label_every`-th
    label shown)."""

    def __init__(self, title: str, labels: Sequence[str], values: Sequence[float],
                 height: float = 150, fmt: Fmt = numbers.short, label_every: int = 1,
                 colors: Sequence[Color] | None = None, note: str = ""):
        super().__init__(title, height, not any(values), note)
        self.labels, self.values, self.fmt = list(labels), list(values), fmt
        self.label_every, self.colors = label_every, colors

    def plot(self, c, height: float) -> None:
        top, step = nice_top(max(self.values))
        bottom, n = 14, len(self.values)
        axis = Axis(self.width, 34, 4)
        w, h = axis.room, height - bottom - 4
        d = Drawing(self.width, height)
        tick = 0.0
        while tick <= top + 1e-9:
            y = bottom + h * tick / top
            d.add(Line(axis.start, y, axis.start + w, y, strokeColor=GRID, strokeWidth=0.5))
            tick += step
        slot = w / n
        for i, v in enumerate(self.values):
            bar_h = h * v / top
            color = self.colors[i] if self.colors else TEAL
            d.add(Rect(axis.x(i, n) - slot * 0.35, bottom, slot * 0.7, bar_h,
                       fillColor=color, strokeColor=None))
        d.add(Line(axis.start, bottom, axis.start + w, bottom, strokeColor=SOFT,
                   strokeWidth=0.7))
        renderPDF.draw(d, c, 0, 0)
        tick = 0.0
        while tick <= top + 1e-9:
            axis.value_label(c, self.fmt(tick), bottom + h * tick / top - 2.5)
            tick += step
        for i, label in enumerate(self.labels):
            if i % self.label_every == 0:
                draw_line(c, label, axis.x(i, n), 3, 6.5, align="centre", color=SOFT)


class TrendChart(Chart):
    """A line through monthly values (None = no answers that month), each point labelled,
    with the zero line drawn: for the NPS, from -100 to 100."""

    def __init__(self, title: str, labels: Sequence[str], values: Sequence[float | None],
                 height: float = 150, low: float = -100, high: float = 100, note: str = ""):
        super().__init__(title, height, all(v is None for v in values), note)
        self.labels, self.values, self.low, self.high = list(labels), list(values), low, high

    def plot(self, c, height: float) -> None:
        bottom, n = 14, len(self.values)
        axis = Axis(self.width, 30, 8)
        w, h = axis.room, height - bottom - 8
        span = self.high - self.low
        y_of = lambda v: bottom + h * (v - self.low) / span  # noqa: E731
        slot = w / n
        x_of = lambda i: axis.x(i, n)  # noqa: E731
        d = Drawing(self.width, height)
        for tick in range(int(self.low), int(self.high) + 1, 50):
            d.add(Line(axis.start, y_of(tick), axis.start + w, y_of(tick),
                       strokeColor=SOFT if tick == 0 else GRID,
                       strokeWidth=0.8 if tick == 0 else 0.5))
        points = [(x_of(i), y_of(v)) for i, v in enumerate(self.values) if v is not None]
        if len(points) > 1:
            d.add(PolyLine([p for xy in points for p in xy], strokeColor=TEAL,
                           strokeWidth=1.6))
        for x, y in points:
            d.add(Circle(x, y, 2.4, fillColor=TEAL, strokeColor=None))
        renderPDF.draw(d, c, 0, 0)
        for tick in range(int(self.low), int(self.high) + 1, 50):
            axis.value_label(c, numbers.signed(tick), y_of(tick) - 2.5)
        widest = max(width_of(label, 6.5) for label in self.labels)
        every = 1 if widest < slot - 2 else 2  # long month names: every other one
        for i, (label, v) in enumerate(zip(self.labels, self.values, strict=True)):
            if (len(self.labels) - 1 - i) % every == 0:
                draw_line(c, label, x_of(i), 3, 6.5, align="centre", color=SOFT)
            if v is not None:
                draw_line(c, numbers.signed(v), x_of(i), y_of(v) + 5, 7, bold=True,
                          align="centre", color=INK)


class BarList(Chart):
    """Horizontal bars, one per labelled row, each with its value written after it."""

    def __init__(self, title: str, items: Sequence[tuple[str, float]], height: float = 0,
                 fmt: Fmt = numbers.short, color: Color = TEAL, bar_value: Fmt | None = None,
                 note: str = "", row: float = 15):
        rows = max(len(items), 1)
        super().__init__(title, height or 28 + row * rows + (16 if not items else 0),
                         not items, note)
        self.items, self.fmt, self.color, self.row = list(items), fmt, color, row
        self.bar_value = bar_value or (lambda v: v)

    def plot(self, c, height: float) -> None:
        label_w = min(self.width * 0.38, max(width_of(lbl, 8) for lbl, _ in self.items) + 6)
        value_w = max(width_of(self.fmt(v), 8, True) for _, v in self.items) + 6
        bar_room = self.width - label_w - value_w
        top = max(self.bar_value(v) for _, v in self.items) or 1
        mirrored = rtl()  # labels on the right, bars growing leftwards
        length = [max(bar_room * self.bar_value(v) / top, 1) for _, v in self.items]
        d = Drawing(self.width, height)
        y = height - self.row
        for i, size in enumerate(length):
            x = self.width - label_w - size if mirrored else label_w
            d.add(Rect(x, y - i * self.row + 2, size, self.row - 5, fillColor=self.color,
                       strokeColor=None))
        renderPDF.draw(d, c, 0, 0)
        for i, ((label, v), size) in enumerate(zip(self.items, length, strict=True)):
            base = y - i * self.row + 4
            if mirrored:
                draw_line(c, label, self.width, base, 8, align="right", room=label_w - 6)
                draw_line(c, self.fmt(v), self.width - label_w - size - 4, base, 8, bold=True,
                          align="right")
            else:
                draw_line(c, label, label_w - 6, base, 8, align="right", room=label_w - 6)
                draw_line(c, self.fmt(v), label_w + size + 4, base, 8, bold=True)


class PairedBars(Chart):
    """Two bars per row (e.g. issued and redeemed per loyalty program), with a legend."""

    def __init__(self, title: str, items: Sequence[tuple[str, float, float]],
                 legend: tuple[str, str], fmt: Fmt = numbers.short, note: str = ""):
        super().__init__(title, 50 + 30 * max(len(items), 1), not items, note)
        self.items, self.legend, self.fmt = list(items), legend, fmt

    def plot(self, c, height: float) -> None:
        label_w = min(self.width * 0.32, max(width_of(i[0], 8) for i in self.items) + 6)
        bar_room = self.width - label_w - 50
        mirrored = rtl()  # labels on the right, bars growing leftwards

        def x_of(size: float) -> float:
            return self.width - label_w - size if mirrored else label_w

        d = Drawing(self.width, height)
        y = height - 40
        for i, (_, a, b) in enumerate(self.items):
            top = max(a, b) or 1
            for j, (v, color) in enumerate(((a, TEAL), (b, AMBER))):
                size = max(bar_room * v / top, 1)
                d.add(Rect(x_of(size), y - i * 30 + 12 - j * 11, size, 9, fillColor=color,
                           strokeColor=None))
        legend_x = [self.width - label_w - 8 - j * 90 if mirrored else label_w + j * 90
                    for j in range(2)]
        for x, color in zip(legend_x, (TEAL, AMBER), strict=True):
            d.add(Rect(x, height - 10, 8, 8, fillColor=color, strokeColor=None))
        renderPDF.draw(d, c, 0, 0)
        for x, text in zip(legend_x, self.legend, strict=True):
            if mirrored:
                draw_line(c, text, x - 3, height - 9, 7.5, color=SOFT, align="right")
            else:
                draw_line(c, text, x + 11, height - 9, 7.5, color=SOFT)
        for i, (label, a, b) in enumerate(self.items):
            top = max(a, b) or 1
            if mirrored:
                draw_line(c, label, self.width, y - i * 30 + 7, 8, align="right",
                          room=label_w - 6)
            else:
                draw_line(c, label, label_w - 6, y - i * 30 + 7, 8, align="right",
                          room=label_w - 6)
            for j, v in enumerate((a, b)):
                size = max(bar_room * v / top, 1)
                base = y - i * 30 + 13.5 - j * 11
                if mirrored:
                    draw_line(c, self.fmt(v), x_of(size) - 4, base, 7.5, bold=True,
                              align="right")
                else:
                    draw_line(c, self.fmt(v), label_w + size + 4, base, 7.5, bold=True)
