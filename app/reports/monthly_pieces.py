"""The monthly report's page pieces: figure cards, the title banner, section headings,
striped tables, two columns side by side, and the canvas that writes "Page n of m"."""

from __future__ import annotations

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Table, TableStyle

from app.reports.charts import AMBER, BLUE, GREEN, GRID, RED, SOFT, TEAL
from app.reports.fonts import INK, Line, draw_line, font_for
from app.reports.monthly_words import rtl, t
from app.reports.numbers import count

MARGIN = 16 * mm
PALE = HexColor("#F4F6F9")


# -- headline cards ---------------------------------------------------------------------------
class Card:
    def __init__(self, label: str, value: str, change: float | None = None,
                 change_text: str = "", good_when_up: bool = True, sub: str = ""):
        self.label, self.value, self.change, self.change_text = label, value, change, change_text
        self.good_when_up, self.sub = good_when_up, sub


class Cards(Flowable):
    """A grid of figure cards: label, big value, a coloured ▲/▼ change, a small note."""

    def __init__(self, cards: list[Card], columns: int = 3, card_h: float = 58):
        super().__init__()
        self.cards, self.columns, self.card_h = cards, columns, card_h

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        rows = -(-len(self.cards) // self.columns)
        return avail_width, rows * (self.card_h + 6)

    def draw(self):
        c = self.canv
        gap = 6
        w = (self.width - gap * (self.columns - 1)) / self.columns
        rows = -(-len(self.cards) // self.columns)
        mirrored = rtl()
        for i, card in enumerate(self.cards):
            column = self.columns - 1 - i % self.columns if mirrored else i % self.columns
            x = column * (w + gap)
            y = (rows - 1 - i // self.columns) * (self.card_h + gap)
            c.setFillColor(PALE)
            c.setStrokeColor(GRID)
            c.setLineWidth(0.5)
            c.roundRect(x, y, w, self.card_h, 4, stroke=1, fill=1)
            c.setFillColor(TEAL)
            c.rect(x + w - 2.2 if mirrored else x, y + 6, 2.2, self.card_h - 12, stroke=0,
                   fill=1)
            edge, side = (x + w - 10, "right") if mirrored else (x + 10, "left")
            draw_line(c, card.label.upper(), edge, y + self.card_h - 14, 7, bold=True,
                      color=SOFT, room=w - 16, char_space=0 if mirrored else 0.4, align=side)
            draw_line(c, card.value, edge, y + self.card_h - 35, 17, bold=True, color=INK,
                      room=w - 16, smallest=10, align=side)
            self._change(c, card, x + 10, y + 9, w - 20, mirrored)

    @staticmethod
    def _change(c, card: Card, x: float, y: float, room: float, mirrored: bool) -> None:
        """The change at the card's reading edge, its note at the far edge."""
        if card.change is None or card.change == 0:
            text = card.change_text or card.sub
            draw_line(c, text, x + room if mirrored else x, y, 7.5, color=SOFT, room=room,
                      align="right" if mirrored else "left")
            return
        up = card.change > 0
        good = up == card.good_when_up
        color = GREEN if good else RED
        c.setFillColor(color)
        if mirrored:  # the arrow at the right edge, the note on the left
            draw_line(c, card.change_text, x + room - 10, y, 7.5, bold=True, color=color,
                      room=room * 0.5, align="right")
            if card.sub:
                draw_line(c, card.sub, x, y, 7, color=SOFT, room=room * 0.5)
            x += room - 7
        path = c.beginPath()
        if up:
            path.moveTo(x, y), path.lineTo(x + 7, y), path.lineTo(x + 3.5, y + 6)
        else:
            path.moveTo(x, y + 6), path.lineTo(x + 7, y + 6), path.lineTo(x + 3.5, y)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        if mirrored:
            return
        draw_line(c, card.change_text, x + 10, y, 7.5, bold=True, color=color,
                  room=room * 0.5)
        if card.sub:
            draw_line(c, card.sub, x + room, y, 7, color=SOFT, align="right", room=room * 0.5)



# -- pieces of the page -----------------------------------------------------------------------
class Banner(Flowable):
    """The first page's title band: shop, month, what it compares with."""

    def __init__(self, shop_name: str, title: str, subtitle: str):
        super().__init__()
        self.shop_name, self.title, self.subtitle = shop_name, title, subtitle

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 64

    def draw(self):
        c = self.canv
        c.setFillColor(BLUE)
        c.roundRect(0, 0, self.width, 64, 6, stroke=0, fill=1)
        c.setFillColor(AMBER)
        c.rect(0, 0, self.width, 3, stroke=0, fill=1)
        near, far = (self.width - 16, 16) if rtl() else (16, self.width - 16)
        near_side, far_side = ("right", "left") if rtl() else ("left", "right")
        draw_line(c, self.shop_name, near, 38, 20, bold=True, color=white,
                  room=self.width * 0.62, align=near_side)
        draw_line(c, self.subtitle, near, 16, 9, color=HexColor("#C9D6E3"),
                  room=self.width * 0.62, align=near_side)
        draw_line(c, t("MONTHLY REPORT"), far, 42, 8, bold=True, color=AMBER,
                  align=far_side, char_space=0 if rtl() else 1.2)
        draw_line(c, self.title, far, 20, 18, bold=True, color=white, align=far_side)


class Heading(Flowable):
    def __init__(self, text: str, note: str = ""):
        super().__init__()
        self.text, self.note = text, note

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, 24

    def draw(self):
        c = self.canv
        mirrored = rtl()
        draw_line(c, self.text, self.width if mirrored else 0, 8, 13, bold=True, color=BLUE,
                  align="right" if mirrored else "left")
        if self.note:
            draw_line(c, self.note, 0 if mirrored else self.width, 8, 8, color=SOFT,
                      align="left" if mirrored else "right", room=self.width * 0.5)
        accent = (self.width - 28, self.width) if mirrored else (0, 28)
        rule = (0, self.width - 30) if mirrored else (30, self.width)
        c.setStrokeColor(AMBER)
        c.setLineWidth(1.2)
        c.line(accent[0], 3, accent[1], 3)
        c.setStrokeColor(GRID)
        c.setLineWidth(0.5)
        c.line(rule[0], 3, rule[1], 3)


def no_data(text: str = "No data for this month.") -> Flowable:
    return Line(t(text), 9, color=SOFT, space_after=6, align="right" if rtl() else "left")


def table(headers: list[str], rows: list[list[str]], widths: list[float],
          right: set[int] = frozenset(), empty: str = "No data for this month."
          ) -> Flowable:
    """A striped table; cells are shaped lines cut to fit their column."""
    if not rows:
        return no_data(empty)
    mirrored = rtl()  # columns from the right; text against the right edge

    def cell(text, i, bold=False, color: Color = INK):
        side = "right" if (i in right) != mirrored else "left"
        return Line(str(text), 8, bold=bold, color=color, align=side)

    order = (lambda xs: list(reversed(xs))) if mirrored else list
    data = [order([cell(t(h), i, True, SOFT) for i, h in enumerate(headers)])]
    data += [order([cell(v, i) for i, v in enumerate(row)]) for row in rows]
    grid = Table(data, colWidths=order(widths), repeatRows=1)
    style = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, BLUE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ]
    style += [("BACKGROUND", (0, r), (-1, r), PALE) for r in range(2, len(data), 2)]
    grid.setStyle(TableStyle(style))
    return grid


def side_by_side(left: list[Flowable], right: list[Flowable], width: float) -> Table:
    if rtl():
        left, right = right, left
    gap = 8 * mm
    t = Table([[left, right]], colWidths=[(width - gap) / 2 + gap, (width - gap) / 2])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, -1), gap),
                           ("RIGHTPADDING", (1, 0), (1, -1), 0),
                           ("TOPPADDING", (0, 0), (-1, -1), 0),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return t


# -- the document -----------------------------------------------------------------------------
def numbered_canvas(header: str, footer: str):
    """A canvas that holds its pages until the end, to write 'Page n of m' on each."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("initialFontName", font_for("latin", False))
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                self._frame(number, total)
                super().showPage()
            super().save()

        def _frame(self, number: int, total: int) -> None:
            w, h = self._pagesize
            self.setStrokeColor(GRID)
            self.setLineWidth(0.5)
            near, far = (w - MARGIN, MARGIN) if rtl() else (MARGIN, w - MARGIN)
            near_side, far_side = ("right", "left") if rtl() else ("left", "right")
            if number > 1:
                draw_line(self, header, near, h - MARGIN + 12, 8, color=SOFT,
                          room=w - 2 * MARGIN - 80, align=near_side)
                self.line(MARGIN, h - MARGIN + 7, w - MARGIN, h - MARGIN + 7)
            self.line(MARGIN, MARGIN - 8, w - MARGIN, MARGIN - 8)
            draw_line(self, footer, near, MARGIN - 20, 7.5, color=SOFT,
                      room=w - 2 * MARGIN - 80, align=near_side)
            draw_line(self, t("Page {n} of {m}", n=count(number), m=count(total)), far,
                      MARGIN - 20, 7.5, bold=True, color=SOFT, align=far_side)

    return NumberedCanvas

