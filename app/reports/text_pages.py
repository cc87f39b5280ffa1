"""Plain printed pages of text: headings, wrapped paragraphs, label/value rows and simple
tables, flowing onto as many pages as needed, with a footer on each.

Lines go through the loyalty card's `draw_line` (fonts per script, a small bidi pass,
HarfBuzz shaping), so Hebrew and Persian read right to left and Persian letters join. A
paragraph whose first strong letter is right-to-left is set against the right margin.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.reports.loyalty_card import (
    INK,
    RTL_LANGUAGES,
    SOFT_INK,
    draw_line,
    font_for,
    layout,
)
from app.reports.numbers import count

MARGIN = 18 * mm
RULE = HexColor("#D5D8DE")
ACCENT = HexColor("#173F5F")


def width_of(text: str, size: float, bold: bool = False) -> float:
    return sum(p.width for p in layout(text, size, bold)[1])


def wrap(text: str, size: float, room: float, bold: bool = False) -> list[str]:
    """Lines of `text` (words kept whole unless one alone is wider than `room`)."""
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


class TextPages:
    def __init__(
        self,
        path,
        title: str,
        footer: str,
        paper: str = "A4",
        language: str = "en",
    ):
        self.size = LETTER if paper == "Letter" else A4
        self.rtl = language in RTL_LANGUAGES  # rows and tables run from the right
        self.language = language  # page numbers in its digits
        self.canvas = Canvas(
            str(path),
            pagesize=self.size,
            pageCompression=1,
            initialFontName=font_for("latin", False),
        )
        self.canvas.setTitle(title)
        self.canvas.setCreator("Counterpart")
        self.footer = footer
        self.page = 1
        self.width = self.size[0] - 2 * MARGIN
        self.y = self.size[1] - MARGIN

    # -- flow ---------------------------------------------------------------------------
    def room(self, height: float) -> None:
        """A new page unless `height` still fits above the footer."""
        if self.y - height < MARGIN + 8 * mm:
            self._foot()
            self.canvas.showPage()
            self.page += 1
            self.y = self.size[1] - MARGIN

    def _foot(self) -> None:
        c = self.canvas
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, MARGIN, self.size[0] - MARGIN, MARGIN)
        start, end = MARGIN, self.size[0] - MARGIN
        if self.rtl:  # the footer from the right, the page number on the left
            start, end = end, start
        draw_line(
            c,
            self.footer,
            start,
            MARGIN - 4.5 * mm,
            7.5,
            align="right" if self.rtl else "left",
            color=SOFT_INK,
            room=self.width - 20 * mm,
        )
        draw_line(
            c,
            count(self.page, self.language),
            end,
            MARGIN - 4.5 * mm,
            7.5,
            align="left" if self.rtl else "right",
            color=SOFT_INK,
        )

    def gap(self, height: float = 3 * mm) -> None:
        self.y -= height

    # -- content ------------------------------------------------------------------------
    def title(self, text: str, subtitle: str = "") -> None:
        self._line(text, 18, bold=True, color=ACCENT)
        if subtitle:
            self._line(subtitle, 9.5, color=SOFT_INK)
        self.gap(4 * mm)

    def heading(self, text: str) -> None:
        self.room(14 * mm)  # never alone at the foot of a page
        self.gap(2 * mm)
        self._line(text, 12.5, bold=True, color=ACCENT)
        c = self.canvas
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.line(MARGIN, self.y - 1.6 * mm, self.size[0] - MARGIN, self.y - 1.6 * mm)
        self.gap(2.5 * mm)

    def paragraph(self, text: str, size: float = 9.5, bold: bool = False, color=INK) -> None:
        for line in wrap(text, size, self.width, bold):
            self._line(line, size, bold=bold, color=color)

    def _line(self, text: str, size: float, bold: bool = False, color=INK) -> None:
        height = size * 1.45
        self.room(height)
        self.y -= height
        rtl = layout(text, size, bold)[0] == "R" if text.strip() else False
        x, align = (self.size[0] - MARGIN, "right") if rtl else (MARGIN, "left")
        draw_line(
            self.canvas,
            text,
            x,
            self.y,
            size,
            bold=bold,
            align=align,
            color=color,
            room=self.width,
            smallest=size,
        )

    def rows(self, pairs: list[tuple[str, str]], size: float = 9.5) -> None:
        """Label / value rows; a long value wraps in its column."""
        label_w = min(45 * mm, max((width_of(k, size) for k, _ in pairs), default=0) + 6 * mm)
        for label, value in pairs:
            lines = wrap(value or "—", size, self.width - label_w)
            self.room(size * 1.45 * len(lines))
            right = self.size[0] - MARGIN
            label_x, value_x = (right, right - label_w) if self.rtl else (MARGIN, MARGIN + label_w)
            align = "right" if self.rtl else "left"
            for n, line in enumerate(lines):
                self.y -= size * 1.45
                if n == 0:
                    draw_line(
                        self.canvas,
                        label,
                        label_x,
                        self.y,
                        size,
                        align=align,
                        color=SOFT_INK,
                        room=label_w - 3 * mm,
                        smallest=size,
                    )
                draw_line(
                    self.canvas,
                    line,
                    value_x,
                    self.y,
                    size,
                    align=align,
                    color=INK if value else SOFT_INK,
                    room=self.width - label_w,
                    smallest=size,
                )

    def table(
        self,
        headers: list[str],
        body: list[list[str]],
        widths: list[float],
        size: float = 8.5,
        empty: str = "None.",
    ) -> None:
        """Columns of the given relative widths; a cell too long is cut with an ellipsis."""
        if not body:
            self.paragraph(empty, size, color=SOFT_INK)
            return
        total = sum(widths)
        columns = [w * self.width / total for w in widths]

        def draw(cells: list[str], bold: bool, color) -> None:
            self.room(size * 1.5)
            self.y -= size * 1.5
            x = self.size[0] - MARGIN if self.rtl else MARGIN
            for cell, w in zip(cells, columns, strict=True):
                if cell:
                    draw_line(
                        self.canvas,
                        cell,
                        x,
                        self.y,
                        size,
                        bold=bold,
                        align="right" if self.rtl else "left",
                        color=color,
                        room=w - 2 * mm,
                        smallest=size,
                    )
                x += -w if self.rtl else w

        draw(headers, True, SOFT_INK)
        for cells in body:
            if self.y - size * 1.5 < MARGIN + 8 * mm:
                self.room(size * 3)
                draw(headers, True, SOFT_INK)  # the header again on a new page
            draw(cells, False, INK)

    def close(self) -> None:
        self._foot()
        self.canvas.showPage()
        self.canvas.save()
