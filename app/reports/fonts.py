"""Text for the printed reports: fonts per script, embedded and shaped, through the loyalty
card's line layout (Noto from the system or the bundle, HarfBuzz shaping for Hebrew and
Persian, a small bidi pass). Adds measuring, wrapping and platypus flowables."""

from __future__ import annotations

from reportlab.lib.colors import Color
from reportlab.platypus import Flowable

from app.reports.loyalty_card import INK, draw_line, font_for, layout

__all__ = ["INK", "Line", "Lines", "draw_line", "font_for", "is_rtl", "width_of", "wrap"]


def width_of(text: str, size: float, bold: bool = False) -> float:
    return sum(p.width for p in layout(text, size, bold)[1])


def is_rtl(text: str) -> bool:
    return layout(text, 8)[0] == "R"


def wrap(text: str, size: float, room: float, bold: bool = False) -> list[str]:
    """Lines of `text`, words kept whole unless one alone is wider than `room`."""
    out: list[str] = []
    for para in text.splitlines() or [""]:
        line = ""
        for word in para.split():
            trial = f"{line} {word}" if line else word
            if not line or width_of(trial, size, bold) <= room:
                line = trial
            else:
                out.append(line)
                line = word
        out.append(line)
    return out


class Line(Flowable):
    """One line of text, cut short with an ellipsis when it doesn't fit; right-to-left
    text sits against the right edge unless `align` says otherwise."""

    def __init__(self, text: str, size: float = 9, bold: bool = False, color: Color = INK,
                 align: str | None = None, space_after: float = 0):
        super().__init__()
        self.text, self.size, self.bold, self.color = text, size, bold, color
        self.align = align or ("right" if is_rtl(text) else "left")
        self.spaceAfter = space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.size * 1.3

    def draw(self):
        x = {"left": 0, "right": self.width, "centre": self.width / 2}[self.align]
        draw_line(self.canv, self.text, x, self.size * 0.3, self.size, bold=self.bold,
                  align=self.align, room=self.width, smallest=self.size - 1.5,
                  color=self.color)


class Lines(Flowable):
    """A paragraph wrapped to the width it gets (right-aligned when right-to-left)."""

    def __init__(self, text: str, size: float = 9, bold: bool = False, color: Color = INK,
                 leading: float | None = None, space_after: float = 0,
                 align: str | None = None):
        super().__init__()
        self.text, self.size, self.bold, self.color = text, size, bold, color
        self.leading = leading or size * 1.35
        self.spaceAfter = space_after
        self.rtl = align == "right" if align else is_rtl(text)
        self._lines: list[str] = []

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self._lines = wrap(self.text, self.size, avail_width, self.bold)
        return avail_width, self.leading * len(self._lines)

    def draw(self):
        y = self.leading * len(self._lines) - self.size
        for line in self._lines:
            draw_line(self.canv, line, self.width if self.rtl else 0, y, self.size,
                      bold=self.bold, align="right" if self.rtl else "left", color=self.color)
            y -= self.leading
