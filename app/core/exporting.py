"""Exporting customers (all, or only those who consented: a mailing list) and purchases to
CSV: UTF-8 with a BOM for spreadsheets, streamed in keyset pages (never every row in
memory), written whole or not at all, in the audit log, by managers only.

The customer file's columns are the import's field names, so an export imports again
as it is (into another shop, or after fixing in a spreadsheet). The purchase file has one
row per line of a purchase (one row for a purchase without lines), grouped by `purchase`.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable
from datetime import UTC
from pathlib import Path

from app.core import audit, money, staff
from app.core.errors import ValidationError
from app.store import transfer as rows

PAGE = 1000
CUSTOMER_COLUMNS = (
    "first_name", "last_name", "phone", "email", "address", "birthday", "how_heard", "notes",
    "tags", "marketing_consent", "card_number", "income_range", "children", "education",
    "occupation", "created_at",
)
PURCHASE_COLUMNS = (
    "purchase", "receipt", "at", "customer_card", "customer_phone", "customer_email", "total",
    "refunded", "product", "category", "quantity", "unit_price", "note",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Progress = Callable[[int, int], "bool | None"]


def _text(value: str | None) -> str:
    """Free text a spreadsheet would run as a formula gets a leading apostrophe (the import
    takes it off again)."""
    value = value or ""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _iso(moment) -> str:
    return moment.replace(tzinfo=UTC).isoformat(timespec="seconds") if moment else ""


def _customer_cells(c) -> list:
    return [
        _text(c.first_name), _text(c.last_name), c.phone or "", _text(c.email),
        _text(c.address), c.birthday.isoformat() if c.birthday else "", c.how_heard,
        _text(c.notes), _text(c.tags), "yes" if c.marketing_consent else "no", c.card_number,
        c.income_range, c.children, c.education, c.occupation, _iso(c.created_at),
    ]


def export_customers(shop, path: str | Path, *, consented_only: bool = False,
                     progress: Progress | None = None) -> int:
    """Every customer (or those who agreed to marketing) to `path`; returns the rows."""
    staff.require_manager(shop.actor)
    with shop.read() as session:
        total = rows.customer_count(session)

    def pages(after: int):
        with shop.read() as session:
            found = rows.customer_page(session, after, PAGE, consented_only)
            return [(c.id, _customer_cells(c)) for c in found]

    detail = "consented_only" if consented_only else "all"
    return _write(shop, path, CUSTOMER_COLUMNS, pages, total, progress, "customers", detail)


def export_purchases(shop, path: str | Path, *, progress: Progress | None = None) -> int:
    """Every purchase that was not undone to `path`, one row per line; returns the rows."""
    staff.require_manager(shop.actor)
    currency = shop.settings.currency
    with shop.read() as session:
        total = rows.next_purchase_id(session) - 1

    def pages(after: int):
        out = []
        with shop.read() as session:
            found = rows.purchase_page(session, after, PAGE)
            lines = rows.lines_of(session, [p.id for p, *_ in found])
            for purchase, card, phone, email in found:
                head = [purchase.id, _text(purchase.receipt), _iso(purchase.at), card or "",
                        phone or "", email or "", money.to_text(purchase.total, currency),
                        money.to_text(purchase.refunded, currency)]
                for line in lines[purchase.id] or [None]:
                    tail = ["", "", "", ""] if line is None else [
                        _text(line.product), _text(line.category), line.quantity,
                        money.to_text(line.unit_price, currency)]
                    out.append((purchase.id, [*head, *tail, _text(purchase.note)]))
        return out

    return _write(shop, path, PURCHASE_COLUMNS, pages, total, progress, "purchases", "all")


def _write(shop, path, columns, pages, total: int, progress: Progress | None, entity: str,
           detail: str) -> int:
    """Page by page into FILE.part; then the audit entry and the rename in one transaction,
    so the file appears whole and only together with its line in the audit log. Returns
    the rows written, or -1 when `progress` cancelled (no file)."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    written, after = 0, 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            while True:
                page = pages(after)
                if not page:
                    break
                writer.writerows(cells for _, cells in page)
                written += len(page)
                after = page[-1][0]
                if progress and progress(min(after, total), total) is False:
                    return -1
        with shop.write() as session:
            audit.record(session, shop.actor, "export", entity, None, f"{detail} rows={written}")
            os.replace(partial, target)
    except OSError as exc:
        raise ValidationError("file", "Can't write {name}: {reason}.", name=target.name,
                              reason=str(exc.strerror)) from None
    finally:
        partial.unlink(missing_ok=True)
    return written
