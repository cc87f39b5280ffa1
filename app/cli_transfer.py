"""`counterpart import customers|purchases FILE.csv` and `counterpart export customers|
purchases FILE.csv`: bring a customer list from another system, hand a mailing list to a
mailing tool, move a shop's book between shops."""

from __future__ import annotations

import argparse
import sys
import textwrap

from app.cli_common import Context, opened_shop
from app.core import column_map, exporting, importing

SHOWN_REJECTS = 20

_IMPORT_HELP = """\
The encoding (UTF-8 with or without a BOM, UTF-16, Windows-1255, Windows-1256) and the
delimiter (comma, semicolon, tab) are detected; the header names the columns, and which
column is which field is guessed from it (English, Hebrew and Persian names, and the
exports of Shopify, Square, Lightspeed/Vend and WooCommerce). --map COLUMN=FIELD fixes a
guess (FIELD empty or "ignore" leaves the column out).

customers fields:
  {customers}.
  full_name is split at the first space. marketing_consent: yes/no, true/false, 1/0,
  subscribed/unsubscribed. birthday: YYYY-MM-DD or DD/MM/YYYY. A phone or e-mail already
  in the shop, or earlier in the file, refuses the row.

purchases fields:
  {purchases}.
  One row per purchase, or one row per line: rows with the same `purchase` (else the same
  `receipt`) are one purchase. The customer is found by customer_card, customer_phone or
  customer_email (none: anonymous). at: YYYY-MM-DD[ HH:MM] (local time unless it has a
  zone). total, or lines with product, quantity (default 1) and unit_price; when both are
  given they must agree. A receipt already in the shop refuses the purchase. Imported
  purchases count in figures and reports and earn no loyalty.

Every row is imported or refused with its line number and the reason; --rejected FILE
saves the refused rows (with an "error" column) to fix and import again. Nothing is
written with --dry-run, and an import that stops half-way writes nothing at all.
Exit codes: 0 done (see the refused rows), 2 bad file or mapping, 3 wrong passphrase."""


def add_parsers(commands, common) -> None:
    fields = {k: textwrap.fill(", ".join(v), 88, subsequent_indent="  ")
              for k, v in column_map.FIELDS.items()}
    imp = commands.add_parser(
        "import", parents=[common], help="customers or purchases from a CSV file",
        description=_IMPORT_HELP.format(**fields),
        formatter_class=argparse.RawDescriptionHelpFormatter)
    imp.add_argument("kind", choices=importing.KINDS)
    imp.add_argument("file", metavar="FILE.csv")
    imp.add_argument("--map", action="append", default=[], metavar="CSV_COLUMN=FIELD",
                     help="which field a column holds; repeat for more columns")
    imp.add_argument("--dry-run", action="store_true",
                     help="check every row and report, write nothing")
    imp.add_argument("--encoding", metavar="NAME",
                     help="instead of detecting it: utf-8, utf-16, cp1255, cp1256 ...")
    imp.add_argument("--delimiter", metavar="CHAR", choices=(",", ";", "tab"),
                     help="instead of detecting it: , ; or tab")
    imp.add_argument("--rejected", metavar="FILE.csv",
                     help="save the refused rows here, with an error column")
    imp.set_defaults(handler=cmd_import)

    exp = commands.add_parser(
        "export", parents=[common], help="customers or purchases to a CSV file",
        description="A CSV file (UTF-8 with a BOM, for spreadsheets) whose customer columns "
                    "import again as they are. Purchases: one row per line. Managers only; "
                    "every export is in the audit log.")
    exp.add_argument("kind", choices=importing.KINDS)
    exp.add_argument("file", metavar="FILE.csv")
    exp.add_argument("--consented-only", action="store_true",
                     help="only customers who agreed to marketing (a mailing list)")
    exp.set_defaults(handler=cmd_export)


def _progress(ctx: Context, verb: str):
    if ctx.json or not sys.stderr.isatty():
        return None

    def show(done: int, total: int) -> bool:
        print(f"\r{verb}: {done:,} of {total:,}   ", end="", file=sys.stderr, flush=True)
        return True

    return show


def cmd_import(ctx: Context) -> int:
    a = ctx.args
    delimiter = "\t" if a.delimiter == "tab" else a.delimiter
    overrides = column_map.parse_map_options(a.map)
    plan = importing.plan(a.file, a.kind, encoding=a.encoding, delimiter=delimiter,
                          overrides=overrides)
    progress = _progress(ctx, "Checking" if a.dry_run else "Importing")
    with opened_shop(ctx) as shop:
        result = importing.run(shop, plan, dry_run=a.dry_run, progress=progress)
    if progress:
        print(file=sys.stderr)
    if a.rejected and result.rejected:
        importing.write_rejected(plan, result, a.rejected)
    mapped = {h: f for h, f in zip(plan.table.header, plan.mapping, strict=True) if f}
    data = result.to_json() | {"encoding": plan.table.encoding,
                               "delimiter": plan.table.delimiter, "mapping": mapped}
    what = "customers" if a.kind == "customers" else "purchases"
    verb = "would be imported" if a.dry_run else "imported"
    lines = [
        f"Read {a.file} ({plan.table.encoding}, delimiter {plan.table.delimiter!r}): "
        f"{result.total:,} rows.",
        "Columns: " + ", ".join(f"{h} -> {f}" for h, f in mapped.items()),
        f"{result.records:,} {what} {verb} from {result.imported:,} rows; "
        f"{len(result.rejected):,} rows refused.",
    ]
    for rejected in result.rejected[:SHOWN_REJECTS]:
        lines.append(f"  line {rejected.row}: {rejected.reason}")
    if len(result.rejected) > SHOWN_REJECTS:
        more = len(result.rejected) - SHOWN_REJECTS
        hint = f" (all of them are in {a.rejected})" if a.rejected else \
            " (add --rejected FILE.csv to save them all)"
        lines.append(f"  ... and {more:,} more{hint}.")
    elif a.rejected and result.rejected:
        lines.append(f"The refused rows are in {a.rejected}.")
    ctx.emit(data, lines)
    return 0


def cmd_export(ctx: Context) -> int:
    a = ctx.args
    with opened_shop(ctx) as shop:
        if a.kind == "customers":
            written = exporting.export_customers(shop, a.file, consented_only=a.consented_only,
                                                 progress=_progress(ctx, "Exporting"))
        else:
            written = exporting.export_purchases(shop, a.file,
                                                 progress=_progress(ctx, "Exporting"))
    what = "customers" if a.kind == "customers" else "purchase rows"
    ctx.emit({"kind": a.kind, "file": a.file, "rows": written,
              "consented_only": bool(a.consented_only)},
             f"Exported {written:,} {what} to {a.file}.")
    return 0
