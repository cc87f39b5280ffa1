"""The customer's loyalty card: a wallet-size PDF (ISO ID-1, 85.6 x 54 mm) to print and cut.

The card shows the shop's name, the customer's first name, and the card number three times:
as a Code 128 barcode for a USB scanner (bars of about 0.45 mm with ten-module quiet zones),
as a QR code for a phone or a 2D scanner, and in plain digits under the bars.

Text in Hebrew and Persian: the fonts are TrueType files found on the system (Noto from
Debian's fonts-noto-core first, then DejaVu, then Arial on Windows/macOS), one per script,
embedded (subset) in the PDF; Helvetica when none is found. A line is split into runs of
one direction and one script (a small bidi pass: right-to-left runs are laid out from the
right); each run is shaped by HarfBuzz through ReportLab when uharfbuzz is installed, so
Persian letters join, and otherwise drawn reversed letter by letter (right for Hebrew,
unjoined but legible for Persian).
"""

from __future__ import annotations

import os
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib.colors import Color, HexColor, black, white
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr

from app.core.errors import ValidationError
from app.core.files import write_whole

try:  # HarfBuzz shaping (joined Persian letters); optional, see the module's notes
    import uharfbuzz  # noqa: F401
    SHAPING = True
except ImportError:  # pragma: no cover - depends on the installation
    SHAPING = False

CARD_W, CARD_H = 85.6 * mm, 54.0 * mm  # ISO/IEC 7810 ID-1
CORNER = 3.18 * mm
MARGIN = 5.5 * mm  # text and bars start here; the bars' quiet zone may use it
BAND_H = 16.5 * mm
QR_SIZE = 19 * mm  # with its own 2-module border
BAR_HEIGHT = 11 * mm
MAX_BAR = 0.5 * mm
MIN_BAR = 0.25 * mm
QUIET_MODULES = 10

INK = HexColor("#1C1C1E")
SOFT_INK = HexColor("#5B6170")
BAND = HexColor("#173F5F")
ACCENT = HexColor("#F2A541")

LABELS = {"en": "LOYALTY CARD", "he": "כרטיס מועדון", "fa": "کارت باشگاه مشتریان"}
RTL_LANGUAGES = {"he", "fa"}

# -- fonts --------------------------------------------------------------------------------
FONT_FILES = {
    ("latin", False): ("NotoSans-Regular.ttf", "DejaVuSans.ttf", "arial.ttf", "Arial.ttf"),
    ("latin", True): ("NotoSans-Bold.ttf", "DejaVuSans-Bold.ttf", "arialbd.ttf",
                      "Arial Bold.ttf"),
    ("hebrew", False): ("NotoSansHebrew-Regular.ttf", "DejaVuSans.ttf", "arial.ttf",
                        "Arial.ttf"),
    ("hebrew", True): ("NotoSansHebrew-Bold.ttf", "DejaVuSans-Bold.ttf", "arialbd.ttf",
                       "Arial Bold.ttf"),
    ("arabic", False): ("NotoSansArabic-Regular.ttf", "NotoNaskhArabic-Regular.ttf",
                        "DejaVuSans.ttf", "arial.ttf", "Arial.ttf"),
    ("arabic", True): ("NotoSansArabic-Bold.ttf", "NotoNaskhArabic-Bold.ttf",
                       "DejaVuSans-Bold.ttf", "arialbd.ttf", "Arial Bold.ttf"),
}
SCRIPTS = ("latin", "hebrew", "arabic")
_registered: dict[tuple[str, bool], str] = {}


def font_dirs() -> list[Path]:
    """Where TrueType fonts live on Linux, Windows and macOS (and a bundled folder)."""
    dirs = [Path(__file__).with_name("fonts")]
    if getattr(sys, "_MEIPASS", None):
        dirs.append(Path(sys._MEIPASS) / "fonts")
    for root in ("/usr/share/fonts", "/usr/local/share/fonts", str(Path.home() / ".fonts"),
                 str(Path.home() / ".local/share/fonts")):
        base = Path(root)
        dirs += [base / "truetype/noto", base / "noto", base / "truetype/dejavu",
                 base / "dejavu", base / "TTF", base / "truetype"]
    if os.name == "nt":
        dirs.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    dirs += [Path("/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    return [d for d in dirs if d.is_dir()]


def font_for(script: str, bold: bool) -> str:
    """The registered font name for a script (Helvetica when no TrueType font is found)."""
    key = (script, bold)
    if key not in _registered:
        _registered[key] = "Helvetica-Bold" if bold else "Helvetica"
        for name in FONT_FILES[key]:
            path = next((d / name for d in font_dirs() if (d / name).is_file()), None)
            if path is None:
                continue
            font_name = "Card-" + path.stem
            try:
                if font_name not in pdfmetrics.getRegisteredFontNames():
                    pdfmetrics.registerFont(TTFont(font_name, str(path)))
            except Exception:  # noqa: BLE001 - a broken font file: try the next one
                continue
            _registered[key] = font_name
            break
    return _registered[key]


def _covers(font_name: str, ch: str) -> bool:
    font = pdfmetrics.getFont(font_name)
    if isinstance(font, TTFont):
        return ord(ch) in font.face.charToGlyph
    try:  # a standard Type 1 font (Helvetica): Windows Latin-1 only
        ch.encode("cp1252")
        return True
    except UnicodeEncodeError:
        return False


def _script(ch: str) -> str | None:
    """The script a letter needs a font for; None for spaces, digits and punctuation."""
    o = ord(ch)
    if 0x0590 <= o <= 0x05FF or 0xFB1D <= o <= 0xFB4F:
        return "hebrew"
    if (0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0x08A0 <= o <= 0x08FF
            or 0xFB50 <= o <= 0xFDFF or 0xFE70 <= o <= 0xFEFF):
        return "arabic"
    return "latin" if ch.isalpha() else None


# -- one line of text, right-to-left runs too -----------------------------------------------
@dataclass(frozen=True)
class Piece:
    text: str  # in visual order (a ShapedStr when shaped)
    font: str
    width: float


_MIRROR = str.maketrans("()[]{}<>«»", ")(][}{><»«")


def _runs(text: str) -> tuple[str, list[tuple[str, str]]]:
    """(base direction, [(direction, logical text)] in visual order): a small bidi pass
    for names and figures. Directions: L, R, and N for a number inside right-to-left text
    (its digits run left to right, but it stays in place among the words around it, as
    '۱۴۰۵' after 'مهر'); a sign before a number and a % after it belong to it."""
    kinds = [unicodedata.bidirectional(ch) for ch in text]
    base = next(("R" if k in ("R", "AL") else "L" for k in kinds if k in ("R", "AL", "L")), "L")
    strong: list[str | None] = []
    letter = base  # the direction of the last letter before
    for k in kinds:
        if k in ("R", "AL", "L"):
            letter = "R" if k in ("R", "AL") else "L"
            strong.append(letter)
        elif k in ("EN", "AN"):
            strong.append("N" if letter == "R" else "L")
        else:
            strong.append(None)
    for i, k in enumerate(kinds):
        if strong[i] is None and k in ("ES", "ET") and i + 1 < len(text) \
                and kinds[i + 1] in ("EN", "AN"):
            strong[i] = strong[i + 1]
        elif strong[i] is None and k == "ET" and i and kinds[i - 1] in ("EN", "AN"):
            strong[i] = strong[i - 1]
        elif strong[i] is None and k == "CS" and 0 < i < len(text) - 1 \
                and kinds[i - 1] in ("EN", "AN") and kinds[i + 1] in ("EN", "AN"):
            strong[i] = strong[i - 1]  # 1,234 · 1.5 · 1405/09/03 · 14:05: one number
    side = lambda d: "R" if d == "N" else d  # noqa: E731 - a number in R text sides with R
    resolved = []
    for i, d in enumerate(strong):
        if d is None:  # between two numbers ('25,000 – 50,000') the words' direction
            before = side(next((x for x in reversed(strong[:i]) if x), base))
            after = side(next((x for x in strong[i + 1:] if x), base))
            d = before if before == after else base
        resolved.append(d)
    runs: list[tuple[str, str]] = []
    for ch, d in zip(text, resolved, strict=True):
        if runs and runs[-1][0] == d:
            runs[-1] = (d, runs[-1][1] + ch)
        else:
            runs.append((d, ch))
    if base == "R":
        return base, runs[::-1]
    out: list[tuple[str, str]] = []  # left to right: each right-to-left stretch reversed
    stretch: list[tuple[str, str]] = []
    for run in [*runs, ("L", "")]:
        if run[0] == "L":
            out += stretch[::-1]
            stretch = []
            if run[1]:
                out.append(run)
        else:
            stretch.append(run)
    return base, out


def _font_segments(text: str, bold: bool) -> list[tuple[str, str]]:
    """[(font, text)] in logical order: each letter in its script's font; spaces, digits and
    punctuation in their neighbour's font when it has them."""
    fonts = [font_for(_script(ch), bold) if _script(ch) else None for ch in text]
    for i, ch in enumerate(text):
        if fonts[i] is None:
            near = [f for f in (*reversed(fonts[:i]), *fonts[i + 1:]) if f]
            fonts[i] = next((f for f in near if _covers(f, ch)), font_for("latin", bold))
    segments: list[tuple[str, str]] = []
    for ch, font in zip(text, fonts, strict=True):
        if segments and segments[-1][0] == font:
            segments[-1] = (font, segments[-1][1] + ch)
        else:
            segments.append((font, ch))
    return segments


def layout(text: str, size: float, bold: bool = False) -> tuple[str, list[Piece]]:
    """A line as pieces to draw left to right, and its base direction ("L" or "R")."""
    base, runs = _runs(" ".join(text.split()))
    pieces = []
    for direction, run in runs:
        segments = _font_segments(run, bold)
        if direction == "R":
            segments.reverse()
        for font, part in segments:
            pieces.append(_piece(part, font, size, direction == "R"))
    return base, pieces


def _piece(text: str, font: str, size: float, rtl: bool) -> Piece:
    # letters only: HarfBuzz would lay a run of Persian digits (۱۴۰۵) out right to left
    has_letters = any(_script(ch) and ch.isalpha() for ch in text)
    if SHAPING and has_letters and getattr(pdfmetrics.getFont(font), "shapable", False):
        shaped = shapeStr(text, font, size)  # HarfBuzz gives right-to-left runs reversed
        shape_data = getattr(shaped, "__shapeData__", None)
        if shape_data is not None:
            width = sum(d.x_advance for d in shape_data) * size / 1000
            return Piece(shaped, font, width)
        return Piece(shaped, font, pdfmetrics.stringWidth(shaped, font, size))
    if rtl:
        text = text[::-1].translate(_MIRROR)
    if not isinstance(pdfmetrics.getFont(font), TTFont):  # no TrueType font on this system
        text = "".join(ch if _covers(font, ch) else "?" for ch in text)
    return Piece(text, font, pdfmetrics.stringWidth(text, font, size))


def _fit(text: str, size: float, bold: bool, room: float,
         smallest: float) -> tuple[float, str, list[Piece]]:
    """The largest size down to `smallest` at which the line fits in `room`; past that,
    the line is cut short with an ellipsis."""
    while True:
        base, pieces = layout(text, size, bold)
        if sum(p.width for p in pieces) <= room or size <= smallest:
            break
        size = max(smallest, size - 0.5)
    while sum(p.width for p in pieces) > room and len(text) > 1:
        text = text[:-1].rstrip()
        base, pieces = layout(text + "…", size, bold)
    return size, base, pieces


def draw_line(canvas, text: str, x: float, y: float, size: float, *, bold: bool = False,
              align: str = "left", room: float | None = None, smallest: float = 6,
              color: Color = INK, char_space: float = 0) -> float:
    """Draw one line; `align` is left, right or centre about x. Returns the size used."""
    if room is not None:
        size, _, pieces = _fit(text, size, bold, room, smallest)
    else:
        _, pieces = layout(text, size, bold)
    spacing = char_space * max(0, sum(len(p.text) for p in pieces) - 1)
    width = sum(p.width for p in pieces) + spacing
    left = {"left": x, "right": x - width, "centre": x - width / 2}[align]
    canvas.setFillColor(color)
    for piece in pieces:
        canvas.setFont(piece.font, size)
        canvas.drawString(left, y, piece.text, charSpace=char_space)
        left += piece.width + char_space * len(piece.text)
    return size


# -- the card -------------------------------------------------------------------------------
def _barcode(number: str, room: float) -> Code128:
    """Code 128 with bars as wide as fit (0.25 to 0.5 mm) and ten-module quiet zones."""
    probe = Code128(number, barWidth=1, quiet=0)
    probe.validate()
    probe.encode()
    probe.decompose()
    modules = probe.width  # with barWidth 1, the width in modules
    bar = max(MIN_BAR, min(MAX_BAR, room / (modules + 2 * QUIET_MODULES)))
    bar = int(bar / (0.01 * mm)) * 0.01 * mm  # whole hundredths of a mm
    return Code128(number, barWidth=bar, barHeight=BAR_HEIGHT, quiet=1,
                   lquiet=QUIET_MODULES * bar, rquiet=QUIET_MODULES * bar, humanReadable=0)


def _draw_qr(canvas, number: str, x: float, y: float, size: float) -> None:
    """The QR code's dark modules as filled squares (a 2-module border included in `size`)."""
    widget = QrCodeWidget(number, barLevel="M", barBorder=2)
    x0, y0, x1, y1 = widget.getBounds()
    scale = size / (x1 - x0)
    canvas.setFillColor(black)
    for cell in widget.draw().contents:
        if getattr(cell, "fillColor", None) is None:
            continue  # the light background
        canvas.rect(x + (cell.x - x0) * scale, y + (cell.y - y0) * scale, cell.width * scale,
                    cell.height * scale, stroke=0, fill=1)


def _background(c, rtl: bool) -> None:
    card = c.beginPath()
    card.roundRect(0, 0, CARD_W, CARD_H, CORNER)
    c.setFillColor(white)
    c.setStrokeColor(HexColor("#D5D8DE"))
    c.setLineWidth(0.3)
    c.drawPath(card, fill=1, stroke=1)
    c.saveState()
    c.clipPath(card, stroke=0, fill=0)
    c.setFillColor(BAND)
    c.rect(0, CARD_H - BAND_H, CARD_W, BAND_H, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(0, CARD_H - BAND_H - 1.2 * mm, CARD_W, 1.2 * mm, stroke=0, fill=1)
    # two soft rings on the band's far side
    cx = 8 * mm if rtl else CARD_W - 8 * mm
    c.setStrokeColor(Color(1, 1, 1, alpha=0.10))
    c.setLineWidth(3.2 * mm)
    c.circle(cx, CARD_H - 3 * mm, 11 * mm, stroke=1, fill=0)
    c.setStrokeColor(ACCENT)
    c.setLineWidth(0.9 * mm)
    c.circle(cx, CARD_H - 3 * mm, 6 * mm, stroke=1, fill=0)
    c.restoreState()


def loyalty_card_pdf(path, shop_name: str, first_name: str, card_number: str,
                     language: str = "en") -> Path:
    """Write the card to `path` (replacing it whole, never half-written) and return it."""
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    path = Path(path)
    number = card_number.strip()
    if not number or not number.isascii() or not number.isprintable():
        raise ValidationError("card_number", "A card number is plain digits or letters.")
    rtl = language in RTL_LANGUAGES
    shop_name = " ".join(shop_name.split()) or "—"
    first_name = " ".join(first_name.split())

    def draw(temp: str) -> None:
        c = Canvas(temp, pagesize=(CARD_W, CARD_H), pageCompression=1,
                   initialFontName=font_for("latin", False))
        c.setTitle(f"{shop_name} — loyalty card {number}")
        c.setAuthor(shop_name)
        c.setCreator("Counterpart")
        c.setSubject("Loyalty card")
        _background(c, rtl)

        edge = CARD_W - MARGIN if rtl else MARGIN
        align = "right" if rtl else "left"
        text_room = CARD_W - 2 * MARGIN - 11 * mm
        draw_line(c, shop_name, edge, CARD_H - 8.6 * mm, 13.5, bold=True, align=align,
                  room=text_room, smallest=7.5, color=white)
        draw_line(c, LABELS.get(language, LABELS["en"]), edge, CARD_H - 13.4 * mm, 6.2,
                  bold=True, align=align, color=ACCENT, char_space=0 if rtl else 1.1)

        qr_x = MARGIN - 1 * mm if rtl else CARD_W - MARGIN - QR_SIZE + 1 * mm
        qr_y = 3 * mm
        # bars plus both quiet zones: from 0.5 mm off the card's edge to the QR code
        bar_room = CARD_W - QR_SIZE - MARGIN + 0.5 * mm
        if first_name:
            draw_line(c, first_name, edge, 27.5 * mm, 17, bold=True, align=align,
                      room=CARD_W - 2 * MARGIN, smallest=9)

        barcode = _barcode(number, bar_room)
        bar_x = CARD_W - MARGIN + barcode.rquiet - barcode.width if rtl \
            else MARGIN - barcode.lquiet
        bar_y = 8 * mm
        barcode.drawOn(c, bar_x, bar_y)
        draw_line(c, number, bar_x + barcode.width / 2, bar_y - 3.6 * mm, 8.5,
                  align="centre", color=SOFT_INK, char_space=1.2)
        _draw_qr(c, number, qr_x, qr_y, QR_SIZE)
        c.showPage()
        c.save()

    return write_whole(path, draw, "path", ".pdf")


def card_pdf(shop, customer_id: int, path) -> Path:
    """Print a customer's card: the PDF at `path`, and a note in the audit trail."""
    from app.core import audit, customers  # noqa: PLC0415

    customer = customers.get(shop, customer_id)
    settings = shop.settings
    made = loyalty_card_pdf(path, settings.shop_name, customer.first_name,
                            customer.card_number, settings.language)
    with shop.write() as session:
        audit.record(session, shop.actor, "print_card", "customer", customer_id)
    return made
