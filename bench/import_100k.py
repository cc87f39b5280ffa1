"""How long 100,000 customers take to import from a CSV file into a fresh encrypted shop.

    .venv/bin/python bench/import_100k.py [--rows N] [--purchases N] [--profile]

Writes a realistic customer CSV (Hebrew, Persian and Latin names, phones in local and
international formats, e-mails, birthdays, consent; a few bad and duplicate rows) in a
temporary folder, then times plan + run through the same core calls the wizard and the
command line make. The target is under 30 s. It also times every write transaction the
import opens ("lock held"): while one is open, a sale at the counter waits for it, and
after the busy timeout (10 s) it fails; the longest should stay well under a second.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import csv
import os
import pstats
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import customers, exporting, importing  # noqa: E402
from app.core.settings import ShopSettings  # noqa: E402
from app.core.shop import Shop  # noqa: E402

FIRST = ("דנה", "נועה", "יוסי", "אביגיל", "مریم", "رضا", "Zoë", "David", "Sarah", "Omar")
LAST = ("כהן", "לוי", "מזרחי", "احمدی", "کریمی", "Martin", "Smith", "", "Ben-David")


def make_csv(path: Path, rows: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["First Name", "Last Name", "Phone", "Email", "Birthday",
                         "Accepts Email Marketing", "Notes"])
        for i in range(rows):
            phone = f"05{rng.choice('0234')}-{2000000 + i:07d}"
            if rng.random() < 0.3:
                phone = "+972 " + phone[1:]
            email = f"customer{i}@example.com" if rng.random() < 0.6 else ""
            birthday = f"{rng.randint(1940, 2005)}-{rng.randint(1, 12):02d}-" \
                       f"{rng.randint(1, 28):02d}" if rng.random() < 0.5 else ""
            if i % 1000 == 999:
                phone = "not a phone"  # a bad row now and then
            writer.writerow([rng.choice(FIRST), rng.choice(LAST), phone, email, birthday,
                             rng.choice(("yes", "no")), "imported" if i % 50 == 0 else ""])


def time_writes(shop: Shop) -> list[float]:
    """Wrap the shop's write transactions to record how long each holds the write lock."""
    held: list[float] = []
    write = shop.write

    @contextlib.contextmanager
    def timed():
        started = time.perf_counter()
        try:
            with write() as session:
                yield session
        finally:
            held.append(time.perf_counter() - started)

    shop.write = timed
    return held


def make_purchases_csv(path: Path, people: Path, purchases: int, seed: int = 11) -> None:
    """Sales of the customers in `people` (an export of the shop), a few lines each, and
    some anonymous ones, like a till's export."""
    rng = random.Random(seed)
    with people.open(encoding="utf-8-sig", newline="") as f:
        phones = [row["phone"] for row in csv.DictReader(f) if row["phone"]]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Receipt", "Date", "Customer Phone", "Product", "Qty", "Unit Price"])
        for i in range(purchases):
            at = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d} " \
                 f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"
            buyer = rng.choice(phones) if rng.random() < 0.8 else ""
            for _ in range(rng.randint(1, 3)):
                writer.writerow([f"T-{i}", at, buyer, rng.choice(PRODUCTS),
                                 rng.randint(1, 3), f"{rng.randint(5, 60)}.{rng.choice('05')}0"])


PRODUCTS = ("Latte", "Croissant", "קפה הפוך", "עוגת גבינה", "چای", "Bagel", "Tea")


def timed_import(shop: Shop, source: Path, kind: str, profiler) -> None:
    held = time_writes(shop)
    started, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    plan = importing.plan(source, kind)
    read = time.perf_counter() - started
    result = importing.run(shop, plan)
    if profiler:
        profiler.disable()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    shop.write = type(shop).write.__get__(shop)  # the shop's own again
    print(f"{kind}: {result.total:,} rows: read in {read:.2f} s, imported {result.records:,} "
          f"{kind} (refused {len(result.rejected):,} rows) in {seconds:.2f} s in all "
          f"({result.total / seconds:,.0f} rows/s; {cpu:.2f} s of CPU: on a busy machine "
          f"the difference is waiting for a core)")
    print(f"  lock held: {len(held)} write transactions, the longest {max(held):.2f} s, "
          f"the median {sorted(held)[len(held) // 2]:.2f} s, {sum(held):.2f} s in all "
          f"(a sale at the counter waits at most the longest)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--purchases", type=int, default=0,
                        help="then import this many purchases of those customers (1-3 lines)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "customers.csv"
        make_csv(source, args.rows)
        shop = Shop.create(folder / "shop", "benchmark passphrase",
                           ShopSettings(shop_name="Bench", currency="ILS", region="IL"),
                           "Maya", "1234", channel="cli")
        shop.act_as(shop.staff_list()[0])
        profiler = cProfile.Profile() if args.profile else None
        timed_import(shop, source, "customers", profiler)
        print(f"  the shop holds {customers.count(shop):,} customers")
        if args.purchases:
            people, sales = folder / "people.csv", folder / "sales.csv"
            exporting.export_customers(shop, people)
            make_purchases_csv(sales, people, args.purchases)
            timed_import(shop, sales, "purchases", profiler)
        shop.close()
        if profiler:
            stats = pstats.Stats(profiler).sort_stats("cumulative")
            stats.print_stats(int(os.environ.get("BENCH_STATS", "25")))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
