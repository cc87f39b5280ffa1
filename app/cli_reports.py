"""`counterpart report monthly`: the printed monthly report for a scheduled job."""

from __future__ import annotations

from pathlib import Path

from app.cli_common import Context, opened_shop
from app.core import money
from app.core import report_figures as rf
from app.core.errors import ValidationError


def add_parsers(commands, common) -> None:
    group = commands.add_parser("report", help="printed reports", parents=[common])
    sub = group.add_subparsers(dest="action", metavar="ACTION", required=True)
    monthly = sub.add_parser(
        "monthly", parents=[common], help="the monthly report as a PDF",
        description="Figures, charts and lists for one month, as a PDF to print. Default: "
                    "last month, written to reports/monthly-YYYY-MM.pdf in the data folder. "
                    "A year below 1700 is a Persian-calendar (Jalali) year: --month 1405-08 "
                    "is Aban 1405 (23 October to 21 November 2026).")
    monthly.add_argument("--month", metavar="YYYY-MM",
                         help="default: last month (a Persian-calendar month when the shop's "
                              "language is Persian); 1405-08 is Aban 1405")
    monthly.add_argument("--out", metavar="FILE.pdf",
                         help="default: <data dir>/reports/monthly-YYYY-MM.pdf")
    monthly.set_defaults(handler=cmd_monthly)


def cmd_monthly(ctx: Context) -> int:
    from app.reports.monthly import make_report  # noqa: PLC0415 - ReportLab only here

    month = ctx.args.month
    if month:
        rf.month_period(month)  # a bad month is refused before the shop is opened
    out = Path(ctx.args.out).expanduser() if ctx.args.out else None
    if out is not None and out.is_dir():
        raise ValidationError("out", f"{out} is a folder; give a file name, e.g. report.pdf.")
    with opened_shop(ctx) as shop:
        figures, written = make_report(shop, month, out)
    data = dict(figures.to_json(), path=str(written.resolve()))
    h, cur = figures.now, figures.currency
    nps = "no answers" if h.nps.shown is None else f"{h.nps.shown:+d} ({h.nps.total} answers)"
    ctx.emit(data, [
        f"Monthly report for {figures.period.month}: {written.resolve()}",
        f"  sales {money.to_text(h.sales, cur)} {cur} from {h.purchases:,} purchases, "
        f"average basket {money.to_text(h.average_basket, cur)}",
        f"  new {h.new_customers:,}, active {h.active_customers:,}, newly lapsed "
        f"{h.lapsed_customers:,}; NPS {nps}",
    ])
    return 0
