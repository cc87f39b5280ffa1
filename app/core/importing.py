"""Importing customers and purchases from a CSV file.

plan (read the file, guess the mapping) -> preview (the first rows, checked) -> run (check
every row, dry run or commit). Every row is either imported or rejected with its line
number and the reason; rejected rows can be saved as a CSV (the original columns and an
"error" column) to fix and import again. A cancel or a failure half-way leaves nothing.

The counter keeps selling while an import runs. SQLite has one write lock per file; a sale
waits for it (10 s at most, then "database is locked": a sale lost). So an import never
holds it for long:
- Every row is checked (parsed, validated, normalized, its search keys and card number
  made, looked up against the shop in bulk) in short read transactions, outside the lock.
- Each checked batch is inserted in its own short write transaction: bulk inserts, after
  re-checking the batch against what the counter recorded since it was checked (a phone,
  e-mail or receipt taken meanwhile refuses that row, with its reason; a card taken gets a
  new one). The rows are written hidden: a customer's `merged_into` holds the import's
  marker, so no list, search, report or duplicate check sees it; a purchase is marked
  voided, so no report or figure counts it. An `import_batches` row names the batch.
- One last transaction refuses the hidden rows that clash with what the counter recorded
  while the import ran, then clears the marks of all the others at once (and adds the
  purchases to their customers' figures): the import appears whole or not at all.
- A cancel or a failure deletes the hidden rows; if the process dies, the next import
  deletes the rows of any batch nobody has written to for STALE
  (`import_batches.discard_abandoned`).
Why not one transaction of bulk inserts: for 100,000 rows it holds the lock for several
seconds (the search index triggers on customers, five indexes on purchases); batches of
BATCH hold it ~0.2 s each and the publishing step about a second (bench/import_100k.py
prints "lock held").

Customers: the fields of the customer book (see column_map.CUSTOMER_FIELDS); a phone or an
e-mail already in the shop, or met earlier in the file, rejects the row. A valid card
number not yet in use is kept, otherwise the customer gets a new card.

Purchases: one row per purchase, or one row per line of a purchase. Rows with the same
`purchase` value (or, without that column, the same `receipt`) are one purchase; the
customer is found by `customer_phone`, `customer_email` or `customer_card` (none: an
anonymous sale); `at` is the date (YYYY-MM-DD, optionally with the time; DD/MM/YYYY also
works) in local time unless it names a zone; `total`, or lines with `product`, `quantity`
(default 1) and `unit_price`. A receipt number already in the shop rejects the purchase.
Imported purchases count in the customers' figures and reports; they earn no loyalty.

This module plans, previews and runs an import; import_plan holds what it works with,
import_checks checks the rows, import_batches writes, publishes and discards them.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

from app.core import import_batches, import_checks, staff
from app.core.column_map import FIELDS, apply_overrides, guess
from app.core.csv_sniff import Table, read_file
from app.core.errors import Message, ValidationError
from app.core.files import write_whole
from app.core.import_plan import ImportPlan, ImportResult, PreviewRow

KINDS = ("customers", "purchases")

Progress = Callable[[int, int], "bool | None"]  # (done, total) -> False to cancel


class _Cancelled(Exception):
    pass


# -- planning -------------------------------------------------------------------------------
def plan(path: str | Path, kind: str = "customers", *, encoding: str | None = None,
         delimiter: str | None = None, overrides: dict[str, str] | None = None) -> ImportPlan:
    """Read the file and guess which column is which; `overrides` (column -> field) win."""
    if kind not in KINDS:
        raise ValidationError("kind", "Import customers or purchases.")
    table = read_file(path, encoding, delimiter)
    return plan_table(table, kind, overrides)


def plan_table(table: Table, kind: str, overrides: dict[str, str] | None = None) -> ImportPlan:
    mapping = guess(table.header, kind)
    if overrides:
        mapping = apply_overrides(table.header, mapping, overrides, kind)
    return ImportPlan(kind, table, mapping)


def _checker(shop, plan: ImportPlan):
    if plan.kind == "customers":
        return import_checks.CustomerCheck(plan, shop.settings.region)
    return import_checks.PurchaseCheck(plan, shop.settings.currency, shop.settings.region)


def _units(check, plan: ImportPlan) -> list:
    """What is checked and inserted as one: a row (customers) or a purchase's rows."""
    if plan.kind == "customers":
        return list(enumerate(plan.table.rows))
    return check.groups()


# -- preview and import --------------------------------------------------------------------
def preview(shop, plan: ImportPlan, limit: int = 20) -> list[PreviewRow]:
    """The first rows as they would be imported, each with the reason it would be refused."""
    check = _checker(shop, plan)
    units = _units(check, plan)[:limit]
    with shop.read() as session:
        _good, rejected = check.check(session, units)
    reasons = {r.row: r.reason for r in rejected}
    table = plan.table
    indices = [u[0] for u in units] if plan.kind == "customers" else \
        sorted(i for unit in units for i in unit)
    return [PreviewRow(table.row_number(i), table.rows[i],
                       reasons.get(table.row_number(i), "")) for i in indices[:limit]]


def run(shop, plan: ImportPlan, *, dry_run: bool = False,
        progress: Progress | None = None) -> ImportResult:
    """Check every row and, unless `dry_run`, add what passes, all or nothing (see the
    module's notes). `progress(done, total)` after each batch; it returns False to cancel
    (nothing is kept). Managers only: an import changes the whole book."""
    staff.require_manager(shop.actor)
    problems = plan.problems()
    if problems:
        if len(problems) == 1:
            raise ValidationError("map", problems[0])
        raise ValidationError("map", "{first} {then}", first=problems[0], then=problems[1])
    result = ImportResult(plan.kind, len(plan.table.rows), dry_run=dry_run)
    check = _checker(shop, plan)
    units = _units(check, plan)
    writer = None if dry_run else _writer(shop, plan)
    try:
        done = 0
        for start in range(0, len(units), import_batches.BATCH):
            batch = units[start:start + import_batches.BATCH]
            with shop.read() as session:  # a short read: the counter goes on writing
                good, rejected = check.check(session, batch)
            result.rejected.extend(rejected)
            result.imported += _rows_of(plan, good)
            result.records += len(good)
            if writer:
                writer.add(good, result)
            done += len(batch) if plan.kind == "customers" else sum(map(len, batch))
            if progress and progress(done, result.total) is False:
                raise _Cancelled
        if writer:
            writer.finish(result)
    except _Cancelled:
        if writer:
            writer.discard()
        return ImportResult(plan.kind, result.total, dry_run=dry_run, cancelled=True)
    except BaseException:  # a failure, even Ctrl+C: the hidden rows go
        if writer:
            writer.discard()
        raise
    result.rejected.sort(key=lambda r: r.row)  # a purchase's lines may be far apart
    return result


def _rows_of(plan: ImportPlan, good: list) -> int:
    return len(good) if plan.kind == "customers" else sum(len(unit) for unit, _ in good)


def _writer(shop, plan: ImportPlan):
    kind = import_batches.CustomerWriter if plan.kind == "customers" \
        else import_batches.PurchaseWriter
    return kind(shop, plan)


# -- rejected rows as a file to fix ------------------------------------------------------------
def write_rejected(plan: ImportPlan, result: ImportResult, path: str | Path,
                   text: Callable[[Message], str] = str) -> int:
    """The refused rows with their original columns and an "error" column, for a
    spreadsheet (UTF-8 with a BOM); fix them and import this file again. `text` words
    each line's reason (English by default; a screen passes its own language's)."""
    header = plan.table.header

    def fill(temp: str) -> None:
        with open(temp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([*header, "error"])
            for rejected in result.rejected:
                values = list(rejected.values)[:len(header)]
                values += [""] * (len(header) - len(values))
                reason = Message("line {row}: {reason}", row=rejected.row, reason=rejected.reason)
                writer.writerow([*values, text(reason)])

    write_whole(path, fill, "rejected", ".csv")
    return len(result.rejected)


def fields_for(kind: str) -> tuple[str, ...]:
    return FIELDS[kind]
