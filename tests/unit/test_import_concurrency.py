"""A big import and the counter at the same time, on one real encrypted shop file: the
counter (its own connection, on another thread) records sales between every two batches
of the import and none of them is refused with "database is locked"; the import arrives
whole or not at all (cancelled, failed, or its process killed half-way), and a phone the
counter registers while the import runs is refused in the import, not doubled."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from app.core import customer_pages, customers, figures, import_batches, importing, purchases
from app.core.shop import Shop
from app.store.models import AuditEntry, ConsentEvent, Customer, Purchase, PurchaseLine
from tests.conftest import FAST_KDF, PASSPHRASE, staff_named

ROWS = 3000
BATCH = 250
COUNTER_WAIT_MS = 2000  # the longest a sale may wait for the write lock in these tests


def phone(i: int) -> str:
    return f"053-8{i:06d}"


def write_csv(path: Path, rows: int = ROWS) -> Path:
    lines = ["First Name,Last Name,Phone,Email,Accepts Email Marketing"]
    for i in range(rows):
        email = f"guest{i}@example.com" if i % 3 == 0 else ""
        lines.append(f"Guest{i},Import,{phone(i)},{email},{'yes' if i % 2 else 'no'}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


class Counter(threading.Thread):
    """A second workstation's connection recording sales in a loop until told to stop."""

    def __init__(self, shop_dir: Path, customer_id: int):
        super().__init__(daemon=True)
        self.shop_dir, self.customer_id = shop_dir, customer_id
        self.ready, self.sold_one, self.stop = (threading.Event() for _ in range(3))
        self.sold = 0
        self.errors: list[str] = []
        self.counts_seen: set[int] = set()
        self.shop: Shop | None = None

    def run(self) -> None:
        shop = Shop.open(
            self.shop_dir, PASSPHRASE, channel="counter", workstation="till 2", kdf_iter=FAST_KDF
        )
        self.shop = shop
        try:
            shop.act_as(staff_named(shop, "Sam"))
            with shop.read() as session:  # this thread's own long-lived connection
                session.execute(text(f"PRAGMA busy_timeout = {COUNTER_WAIT_MS}"))
            self.ready.set()
            while not self.stop.is_set():
                try:
                    purchases.record(
                        shop, self.customer_id if self.sold % 2 else None, total="4.50"
                    )
                    self.sold += 1
                    self.counts_seen.add(customer_pages.count_listed(shop))
                except Exception as err:  # the test reports it
                    self.errors.append(repr(err))
                    return
                finally:
                    self.sold_one.set()
        finally:
            self.ready.set()
            self.sold_one.set()
            shop.close()

    def sell_between_batches(self, done: int, total: int) -> bool:
        """The import's progress: wait for a sale while the import is between batches."""
        self.sold_one.clear()
        for _ in range(300):  # 30 s at most
            assert self.is_alive() and not self.errors, f"the counter failed: {self.errors}"
            if self.sold_one.wait(0.1):
                return True
        raise AssertionError("the counter recorded nothing")


def count(shop: Shop, model, *where) -> int:
    with shop.read() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def pending(shop: Shop) -> int:
    return count(shop, Customer, Customer.merged_into < 0)


@pytest.fixture
def counter(shop, shop_dir):
    dana = customers.find(shop, "0525551234")[0]
    till = Counter(shop_dir, dana.id)
    till.start()
    assert till.ready.wait(30)
    yield till
    till.stop.set()
    till.join(30)


@pytest.fixture
def big_batches(monkeypatch):
    monkeypatch.setattr(import_batches, "BATCH", BATCH)


def test_the_counter_keeps_selling_while_a_big_import_runs(shop, counter, big_batches, tmp_path):
    before = customer_pages.count_listed(shop)
    plan = importing.plan(write_csv(tmp_path / "big.csv"))
    result = importing.run(shop, plan, progress=counter.sell_between_batches)
    counter.stop.set()
    counter.join(30)
    assert counter.errors == []
    assert counter.sold >= ROWS // BATCH  # at least one sale between every two batches
    assert (result.imported, result.records, result.rejected) == (ROWS, ROWS, [])
    assert customers.count(shop) == before + ROWS
    assert count(shop, Purchase, Purchase.created_workstation == "till 2") == counter.sold
    # The counter saw the book before the import or after it, never half of it.
    assert counter.counts_seen <= {before, before + ROWS}
    assert pending(shop) == 0
    found = customers.find(shop, phone(ROWS - 1).replace("-", ""))
    assert [c.first_name for c in found] == [f"Guest{ROWS - 1}"]
    assert customers.find(shop, "guest2997@example")[0].first_name == "Guest2997"
    assert count(shop, ConsentEvent, ConsentEvent.channel == "import") == ROWS // 2
    with shop.read() as session:
        audits = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "import")
        ).all()
    assert audits == [f"rows={ROWS} rejected=0"]


@pytest.mark.parametrize("how", ["cancel", "failure"])
def test_stopping_midway_while_the_counter_sells_leaves_nothing(
    shop, counter, big_batches, tmp_path, how
):
    imports = AuditEntry.action == "import"
    before = (customers.count(shop), count(shop, ConsentEvent), count(shop, AuditEntry, imports))
    plan = importing.plan(write_csv(tmp_path / "big.csv"))

    def progress(done, total):
        counter.sell_between_batches(done, total)
        if done >= 6 * BATCH:  # six batches are written (hidden) by now
            if how == "failure":
                raise OSError("disk unplugged")
            return False
        return True

    if how == "failure":
        with pytest.raises(OSError):
            importing.run(shop, plan, progress=progress)
    else:
        assert importing.run(shop, plan, progress=progress).cancelled
    counter.stop.set()
    counter.join(30)
    assert counter.errors == [] and counter.sold >= 6
    assert pending(shop) == 0 and count(shop, Customer) == before[0]
    assert (
        customers.count(shop),
        count(shop, ConsentEvent),
        count(shop, AuditEntry, imports),
    ) == before
    assert customers.find(shop, "Guest1") == []
    assert customers.find(shop, phone(10).replace("-", "")) == []
    again = importing.run(shop, plan)  # and the same file imports whole afterwards
    assert again.imported == ROWS and customers.count(shop) == before[0] + ROWS


def test_a_phone_registered_at_the_counter_meanwhile_is_refused_in_the_import(
    shop, shop_dir, big_batches, tmp_path
):
    till = Shop.open(shop_dir, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    till.act_as(staff_named(till, "Sam"))
    before = customers.count(shop)
    plan = importing.plan(write_csv(tmp_path / "big.csv", 600))
    registered = {}

    def progress(done, total):
        if done == BATCH:  # row 10 is written (hidden); row 400 is not even checked yet
            for i in (10, 400):
                registered[i] = customers.register(
                    till, {"first_name": f"Walk-in {i}", "phone": phone(i)}
                ).id
        return True

    result = importing.run(shop, plan, progress=progress)
    till.close()
    assert [(r.row, r.reason) for r in result.rejected] == [
        (12, f"phone: customer {registered[10]} already has this phone."),
        (402, f"phone: customer {registered[400]} already has this phone."),
    ]
    assert result.rejected[0].values[0] == "Guest10"
    assert (result.imported, result.records) == (598, 598)
    assert customers.count(shop) == before + 2 + 598
    for i in (10, 400):
        assert [c.first_name for c in customers.find(shop, phone(i).replace("-", ""))] == [
            f"Walk-in {i}"
        ]
    assert pending(shop) == 0


KILLED_IMPORT = """
import os, sys
from pathlib import Path
from app.core import import_batches, importing
from app.core.shop import Shop
from tests.conftest import FAST_KDF, PASSPHRASE, staff_named
import_batches.BATCH = {batch}
shop = Shop.open(Path(sys.argv[1]), PASSPHRASE, channel="cli", kdf_iter=FAST_KDF)
shop.act_as(staff_named(shop, "Maya"))

def progress(done, total):
    if done >= 3 * import_batches.BATCH:
        os._exit(9)  # the power goes out: no cleanup, no rollback of what was committed
    return True

importing.run(shop, importing.plan(sys.argv[2], sys.argv[3]), progress=progress)
"""


def kill_an_import(shop_dir: Path, source: Path, kind: str) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_IMPORT.format(batch=BATCH), str(shop_dir), str(source), kind],
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert killed.returncode == 9, killed.stderr


def batches(shop: Shop) -> int:
    with shop.read() as session:
        return session.scalar(text("SELECT count(*) FROM import_batches"))


def test_an_import_killed_midway_shows_nothing_and_is_swept_later(
    shop, shop_dir, tmp_path, monkeypatch
):
    source = write_csv(tmp_path / "big.csv", 1000)
    before = customers.count(shop)
    kill_an_import(shop_dir, source, "customers")
    assert pending(shop) == 3 * BATCH  # written, but nobody sees them
    assert customer_pages.count_listed(shop) == before
    assert customers.find(shop, phone(5).replace("-", "")) == []
    assert import_batches.discard_abandoned(shop) == 0  # recent: maybe another till's import
    monkeypatch.setattr(import_batches, "STALE", timedelta(0))
    result = importing.run(shop, importing.plan(source))  # sweeps the dead one first
    assert (result.imported, result.rejected) == (1000, [])
    assert pending(shop) == 0 and customers.count(shop) == before + 1000
    assert count(shop, ConsentEvent, ConsentEvent.channel == "import") == 500
    assert batches(shop) == 0


SALES = 1500


def write_sales_csv(path: Path, sales: int = SALES) -> Path:
    """Sales of the customers of write_csv (guests 0-299), one or two lines each."""
    lines = ["Receipt,Date,Customer Phone,Product,Qty,Unit Price"]
    for i in range(sales):
        buyer = phone(i % 300) if i % 5 else ""  # every fifth sale anonymous
        lines.append(f"S-{i},2025-03-{1 + i % 28:02d} 10:00,{buyer},Latte,1,10.00")
        if i % 2:
            lines.append(f"S-{i},2025-03-{1 + i % 28:02d} 10:00,{buyer},Bagel,2,7.50")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def book_with_guests(shop: Shop, tmp_path: Path) -> None:
    assert (
        importing.run(shop, importing.plan(write_csv(tmp_path / "guests.csv", 300))).records == 300
    )


def spend(shop: Shop, phone_text: str) -> tuple[int, int]:
    found = customers.find(shop, phone_text.replace("-", ""))[0]
    shown = figures.for_customer(shop, found.id)
    return shown.visits, shown.lifetime_spend


def test_the_counter_keeps_selling_while_purchases_are_imported(
    shop, counter, big_batches, tmp_path
):
    book_with_guests(shop, tmp_path)
    live = Purchase.voided_at.is_(None)
    before = count(shop, Purchase, live, Purchase.created_channel == "import")
    plan = importing.plan(write_sales_csv(tmp_path / "sales.csv"), "purchases")
    seen = []

    def progress(done, total):
        counter.sell_between_batches(done, total)
        seen.append(
            (
                count(shop, Purchase, live, Purchase.created_channel == "import"),
                spend(shop, phone(1)),
            )
        )
        return True

    result = importing.run(shop, plan, progress=progress)
    counter.stop.set()
    counter.join(30)
    assert counter.errors == [] and counter.sold >= SALES // BATCH
    assert (result.records, result.rejected) == (SALES, [])
    # Nothing imported showed in the figures until the import was whole.
    assert {s for s, _ in seen} == {before} and {v for _, v in seen} == {(0, 0)}
    assert count(shop, Purchase, live, Purchase.created_channel == "import") == before + SALES
    assert count(shop, Purchase, Purchase.void_reason.is_not(None)) == 0
    # Guest 1 bought in sales 1, 301, 601, 901 and 1201: odd ones, 25.00 each.
    assert spend(shop, phone(1)) == (5, 5 * 2500)
    assert count(shop, Purchase, Purchase.created_workstation == "till 2") == counter.sold


def test_a_purchase_import_cancelled_midway_leaves_nothing(shop, big_batches, tmp_path):
    book_with_guests(shop, tmp_path)
    before = (count(shop, Purchase), count(shop, PurchaseLine), spend(shop, phone(1)))
    plan = importing.plan(write_sales_csv(tmp_path / "sales.csv"), "purchases")
    result = importing.run(shop, plan, progress=lambda done, total: done < 1000)
    assert result.cancelled
    assert (count(shop, Purchase), count(shop, PurchaseLine), spend(shop, phone(1))) == before
    assert batches(shop) == 0


def test_a_receipt_used_at_the_counter_meanwhile_is_refused_in_the_import(
    shop, shop_dir, big_batches, tmp_path
):
    book_with_guests(shop, tmp_path)
    till = Shop.open(shop_dir, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    till.act_as(staff_named(till, "Sam"))
    plan = importing.plan(write_sales_csv(tmp_path / "sales.csv"), "purchases")

    def progress(done, total):
        if not hasattr(progress, "done"):  # S-10 is written (hidden); S-1200 is not checked
            progress.done = [
                purchases.record(till, None, total="3", receipt=r).id for r in ("S-10", "S-1200")
            ]
        return True

    result = importing.run(shop, plan, progress=progress)
    till.close()
    assert {(r.row, r.reason) for r in result.rejected} == {
        (row, "receipt: a purchase with this receipt is already in the shop.")
        for row in (
            plan.table.rows.index(next(r for r in plan.table.rows if r[0] == receipt)) + 2
            for receipt in ("S-10", "S-1200")
        )
    }
    assert result.records == SALES - 2
    assert count(shop, Purchase, Purchase.receipt == "S-10") == 1
    assert count(shop, Purchase, Purchase.void_reason.is_not(None)) == 0


def test_a_purchase_import_killed_midway_counts_nowhere_and_is_swept_later(
    shop, shop_dir, tmp_path, monkeypatch
):
    book_with_guests(shop, tmp_path)
    before = (count(shop, Purchase), count(shop, PurchaseLine), spend(shop, phone(1)))
    source = write_sales_csv(tmp_path / "sales.csv")
    kill_an_import(shop_dir, source, "purchases")
    hidden = count(shop, Purchase, Purchase.void_reason.is_not(None))
    assert hidden >= BATCH and hidden % BATCH == 0  # whole batches, written but hidden
    assert count(shop, Purchase, Purchase.voided_at.is_(None)) == before[0]
    assert spend(shop, phone(1)) == before[2] and batches(shop) == 1
    monkeypatch.setattr(import_batches, "STALE", timedelta(0))
    assert import_batches.discard_abandoned(shop) == hidden
    assert (count(shop, Purchase), count(shop, PurchaseLine), spend(shop, phone(1))) == before
    assert batches(shop) == 0
