"""The printed monthly report: headline figures with the change from the month before,
charts, the lists an owner acts on, and data quality. A4 or Letter from the shop's
settings; fonts embedded and shaped (Hebrew, Persian, Latin); "Page n of m" on every page.

`write_report(shop, month, path)` is the one entry point (the app, the command line and
the benchmark use it); here the figures are gathered and the PDF laid out and written. The
sections are in monthly_story (every one says "No data" rather than vanish when empty), the
page pieces in monthly_pieces, the dates in monthly_dates.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from app.core import audit, calendars, staff
from app.core import report_figures as rf
from app.core.files import write_whole
from app.reports.monthly_dates import local, period_title
from app.reports.monthly_pieces import MARGIN, numbered_canvas
from app.reports.monthly_story import story
from app.reports.monthly_words import current, t


def build_pdf(f: rf.Figures, path, paper: str = "A4") -> Path:
    """Write the report for figures `f` to `path`, whole or not at all."""
    size = LETTER if paper == "Letter" else A4
    language = current.set(f.language)  # the report's words and direction, for this build
    title = f"{f.shop_name} — monthly report, {f.period.month or f'{f.period.first_day:%Y-%m}'}"
    made = calendars.report_datetime(f.made_at, "fa") if f.language == "fa" \
        else local(f.made_at).strftime("%Y-%m-%d %H:%M")
    header = t("Monthly report, {month} · {shop}", month=period_title(f.period),
               shop=f.shop_name)
    footer = t("Made by Counterpart on {made} · figures in {currency}", made=made,
               currency=f.currency)

    def build(temp: str) -> None:
        doc = BaseDocTemplate(temp, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                              topMargin=MARGIN + 4, bottomMargin=MARGIN + 2, title=title,
                              author=f.shop_name, creator="Counterpart",
                              subject="Monthly report")
        frame = Frame(MARGIN, MARGIN + 2, size[0] - 2 * MARGIN, size[1] - 2 * MARGIN - 6,
                      id="body", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        doc.addPageTemplates([PageTemplate("page", [frame])])
        doc.build(story(f, frame._width), canvasmaker=numbered_canvas(header, footer))

    try:
        return write_whole(path, build, "out", ".pdf")
    finally:
        current.reset(language)


def default_path(shop, month: str) -> Path:
    return Path(shop.folder) / "reports" / f"monthly-{month}.pdf"


def write_report(shop, month: str | None, path=None,
                 progress: Callable[[int, int], bool] | None = None) -> Path | None:
    """Make the monthly report for `month` (YYYY-MM, a year below 1700 for a Persian-calendar
    month; default last month, in the Persian calendar for a Persian shop) at `path` (default
    reports/monthly-YYYY-MM.pdf in the data folder). Managers only; noted in the audit
    trail. Returns the file, or None when `progress` returned False (nothing is written)."""
    made = make_report(shop, month, path, progress)
    return made[1] if made else None


def make_report(shop, month: str | None, path=None,
                progress: Callable[[int, int], bool] | None = None
                ) -> tuple[rf.Figures, Path] | None:
    """As write_report, returning the figures printed too."""
    staff.require_manager(shop.actor)
    period = rf.month_period(month or rf.default_month(shop))
    if path is None:
        path = default_path(shop, period.month)
        path.parent.mkdir(parents=True, exist_ok=True)
    figures = rf.figures(shop, period, _share(progress, 0.8))
    if figures is None or (progress is not None and not progress(80, 100)):
        return None
    made = build_pdf(figures, path, shop.settings.paper_size)
    with shop.write() as session:
        audit.record(session, shop.actor, "export", "report", None, "monthly")
    if progress is not None:
        progress(100, 100)
    return figures, made


def _share(progress, part: float):
    """The figures' steps as the first `part` of a 0-100 progress."""
    if progress is None:
        return None
    return lambda done, total: progress(int(100 * part * done / max(total, 1)), 100)
