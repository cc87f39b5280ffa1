"""The members of one segment (or the win-back list) as a lazy table, one page at a time.

Pages continue after the last row shown: by (last visit, id) for the date-ordered
segments, by offset for VIPs (ranked by spend). Also the segments' names and colours, which
the profile's badge and the segments screen share.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QTextDocument

from app.core import money, segments
from app.core.errors import ValidationError
from app.core.segments import Member
from app.ui.bidi import isolate, money_text, number
from app.ui.dates import show_date
from app.ui.dialogs.customer_labels import local_time, ltr
from app.ui.models.paged_table import Index, PageCall, PagedTableModel
from app.ui.state import AppState

_RIGHT = Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
WINBACK = "winback"

# (text, background) per segment: calm tints, dark text that reads on them
COLOURS = {
    "new": ("#0550ae", "#ddf4ff"), "active": ("#116329", "#dafbe1"),
    "at_risk": ("#7d4e00", "#fff1c2"), "lapsed": ("#a40e26", "#ffebe9"),
    "quiet": ("#424a53", "#eaeef2"), "none": ("#57606a", "#f6f8fa"),
    "vip": ("#6639ba", "#f3e8ff"), WINBACK: ("#953800", "#fff1e5"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Segments", text)


def segment_label(name: str) -> str:
    return {
        "new": _t("New"), "active": _t("Active"), "at_risk": _t("At risk"),
        "lapsed": _t("Lapsed"), "quiet": _t("Quiet"), "none": _t("No purchases yet"),
        "vip": _t("VIP"), WINBACK: _t("Win-back list"),
    }.get(name, name)


def segment_help(name: str, lapsed_days: int) -> str:
    return {
        "new": _t("First purchase in the last 30 days."),
        "active": _t("Bought something in the last 30 days."),
        "at_risk": _t("Regulars (3+ visits) overdue: more than twice their usual interval "
                      "since the last visit, not yet lapsed."),
        "lapsed": _t("No purchase for more than {days} days.").format(days=number(lapsed_days)),
        "vip": _t("The top 10% of customers by spend over the last 12 months."),
        WINBACK: _t("Lapsed customers who agreed to hear from the shop: "
                    "for a come-back offer."),
    }.get(name, "")


def badge_style(name: str) -> str:
    fg, bg = COLOURS.get(name, COLOURS["none"])
    return (f"QLabel {{ color: {fg}; background: {bg}; border: 1px solid {fg}; "
            "border-radius: 10px; padding: 2px 10px; font-weight: 600; }")


class SegmentListModel(PagedTableModel):
    NAME, PHONE, LAST_VISIT, VISITS, SPEND = range(5)
    COLUMNS = 5

    def __init__(self, state: AppState, parent=None):
        super().__init__(state, parent)
        self.segment: str | None = None

    def set_segment(self, segment: str | None) -> None:
        """Start over with another segment (or the same one, fresh)."""
        self.segment = segment
        self.start_over()

    def refresh(self) -> None:
        self.start_over()

    def page_call(self, shop, after: Member | None, limit: int) -> PageCall | None:
        if self.segment is None:
            return None
        before = (after.last_visit, after.customer.id) if after else None
        if self.segment == WINBACK:
            return segments.winback, (shop,), {"limit": limit, "before": before}
        if self.segment == "vip":  # ranked by spend: paged by position
            return segments.members, (shop, "vip"), {"limit": limit,
                                                     "offset": len(self._rows) if after else 0}
        return segments.members, (shop, self.segment), {"limit": limit, "before": before}

    def member(self, row: int) -> Member | None:
        return self.row_at(row)

    def spend_text(self, text: str) -> str:
        settings = self.state.shop.settings if self.state.shop else None
        if settings is None:
            return text
        try:
            minor = money.parse(text, settings.currency, allow_zero=True)
        except ValidationError:
            return text
        return money_text(minor, settings.currency)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        m, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return isolate(m.customer.full_name)
            if column == self.PHONE:
                return ltr(m.customer.phone_display) or isolate(m.customer.email)
            if column == self.LAST_VISIT:
                return ltr(local_time(m.last_visit))
            if column == self.VISITS:
                return number(m.visits)
            return self.spend_text(m.spend)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.VISITS, self.SPEND):
            return int(_RIGHT)
        if role == Qt.ItemDataRole.UserRole:
            return m.customer.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (self.VISITS, self.SPEND):
            return int(_RIGHT)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Phone or e-mail"), self.tr("Last visit"),
                self.tr("Visits"), self.tr("Lifetime spend"))[section]


def winback_document(model: SegmentListModel, members: list[Member], limit: int,
                     shop_name: str, lapsed_days: int, rtl: bool) -> QTextDocument:
    """The win-back list as a printable table: at most `limit` rows, with a note if cut.
    Qt's rich text doesn't mirror tables, so in right-to-left the columns are reversed."""
    esc = html.escape
    side = "left" if rtl else "right"  # where numbers line up

    def row(cells: list[tuple[str, bool]], tag: str = "td") -> str:
        cells = cells[::-1] if rtl else cells
        return "<tr>" + "".join(
            f"<{tag} align='{side if number else ('right' if rtl else 'left')}'>{esc(text)}"
            f"</{tag}>" for text, number in cells) + "</tr>"

    head = row([(model.headerData(c, Qt.Orientation.Horizontal), c >= model.VISITS)
                for c in range(5)], "th")
    rows = "".join(row([
        (m.customer.full_name, False),
        (ltr(m.customer.phone_display) or m.customer.email or "", False),
        (ltr(local_time(m.last_visit)), False), (str(m.visits), True),
        (model.spend_text(m.spend), True)]) for m in members[:limit])
    note = (_t("Only the first {n} are printed; export to CSV for the whole list.")
            .format(n=limit) if len(members) > limit else "")
    printed = _t("Printed {day}.").format(day=show_date(date.today()))
    doc = QTextDocument()
    doc.setHtml(
        f"<html><body dir='{'rtl' if rtl else 'ltr'}'>"
        f"<h2>{esc(segment_label(WINBACK))} — {esc(shop_name)}</h2>"
        f"<p>{esc(segment_help(WINBACK, lapsed_days))} {esc(printed)}</p>"
        "<table width='100%' cellspacing='0' cellpadding='4' border='1'>" + head + rows
        + "</table>" + (f"<p><i>{esc(note)}</i></p>" if note else "") + "</body></html>")
    return doc
