"""Shops for the benchmarks: 10k, 100k and 1M customers with ten purchases each on average
(10M at 1M), spread over 160 months so a month holds about 60,000 purchases at 1M.

Customers come from the demo generator (so names, phones, cards and search keys are what
the customer book itself writes); purchases, lines, loyalty entries and survey answers go
in through the store's bulk inserts in large transactions, then the running figures are
recounted once. One customer (the first) gets exactly 500 purchases for the profile
measurement. Shops are cached outside the repository, keyed by size and generator version:

    python -m bench.generate 100k        # prints the folder; makes it once
"""

from __future__ import annotations

import os
import random
import shutil
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from app.core import audit, surveys
from app.core.demo import make_demo
from app.core.demo_sales import CATALOG, demo_programs
from app.core.normalize import name_key
from app.core.settings import ShopSettings
from app.core.shop import Shop
from app.store import loyalty as loyalty_rows
from app.store import purchases as purchase_rows

VERSION = 1
PASSPHRASE = "bench-passphrase"
SIZES = {"2k": 2_000, "10k": 10_000, "100k": 100_000, "1m": 1_000_000}
MONTHS = 160
PER_CUSTOMER = 10
PROFILE_PURCHASES = 500
BATCH = 50_000
STAFF = (("Maya", "manager", "1234"), ("Sam", "cashier", "2222"))


def cache_root() -> Path:
    root = os.environ.get("COUNTERPART_BENCH_CACHE")
    return Path(root) if root else Path.home() / ".cache" / "counterpart-bench"


def shop_folder(size: str) -> Path:
    return cache_root() / f"{size}-v{VERSION}"


def ensure(size: str, log=print) -> Path:
    """The cached shop of this size, made first if missing (or half made)."""
    folder = shop_folder(size)
    if (folder / "complete").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    building = folder.with_name(folder.name + ".building")
    shutil.rmtree(building, ignore_errors=True)
    started = time.perf_counter()
    _build(building, SIZES[size], log)
    (building / "complete").write_text(f"{time.perf_counter() - started:.1f} s\n")
    building.rename(folder)
    return folder


def open_shop(folder: Path, kdf_iter: int | None = None) -> Shop:
    shop = Shop.open(folder, PASSPHRASE, channel="counter", kdf_iter=kdf_iter)
    shop.act_as(next(m for m in shop.staff_list() if m.role == "manager"))
    return shop


def _build(folder: Path, n: int, log) -> None:
    shop = Shop.create(
        folder,
        PASSPHRASE,
        ShopSettings(shop_name="Bench Café", currency="ILS", region="IL"),
        STAFF[0][0],
        STAFF[0][2],
        channel="counter",
    )
    shop.act_as(shop.staff_list()[0])
    for name, role, pin in STAFF[1:]:
        shop.add_staff(name, role, pin)
    try:
        t = time.perf_counter()
        make_demo(shop, n, MONTHS, seed=7, sales=False)
        log(f"  {n:,} customers in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        made = _purchases(shop, n)
        log(f"  {made:,} purchases in {time.perf_counter() - t:.1f} s")
        t = time.perf_counter()
        _answers(shop, n)
        log(f"  survey answers in {time.perf_counter() - t:.1f} s")
        shop.db.checkpoint()
    finally:
        shop.close()


def _purchases(shop: Shop, n: int) -> int:
    """About PER_CUSTOMER purchases per customer and a third as many anonymous ones, in
    time order; every fifth purchase of a known customer earns a punch."""
    rng = random.Random(11)
    now = audit.now()
    start = now - timedelta(days=MONTHS * 30.44)
    span = (now - start).total_seconds()
    staff = [m.id for m in shop.staff_list()]
    program = demo_programs(shop)[0].id
    total_sales = n * PER_CUSTOMER
    with shop.read() as session:
        next_id = purchase_rows.next_purchase_id(session)
    made = 0
    # The first customer is a regular with exactly PROFILE_PURCHASES purchases.
    plan = [(1, PROFILE_PURCHASES)]
    while made < total_sales:
        count = min(BATCH, total_sales - made)
        moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(count))
        purchases, lines, entries = [], [], []
        for at in moments:
            pid = next_id + made
            made += 1
            cid = None if rng.random() < 0.25 else rng.randint(2, max(2, n))
            if plan and plan[0][1] > 0 and rng.random() < PROFILE_PURCHASES / total_sales * 4:
                cid = 1
                plan[0] = (1, plan[0][1] - 1)
            who = rng.choice(staff)
            basket = [rng.choice(CATALOG) for _ in range(1 + (rng.random() < 0.5))]
            total = sum(price for _, _, price in basket)
            purchases.append(
                {
                    "id": pid,
                    "customer_id": cid,
                    "at": at,
                    "total": total,
                    "refunded": 0,
                    "receipt": f"R{pid:08d}",
                    "note": "",
                    "staff_id": who,
                    "created_at": at,
                    "created_by": who,
                    "created_workstation": "counter-1",
                    "created_channel": "counter",
                }
            )
            lines += [
                {
                    "purchase_id": pid,
                    "product": name,
                    "category": category,
                    "quantity": 1,
                    "unit_price": price,
                    "amount": price,
                }
                for name, category, price in basket
            ]
            if cid is not None and pid % 5 == 0:
                entries.append(
                    {
                        "program_id": program,
                        "customer_id": cid,
                        "at": at,
                        "kind": "earn",
                        "amount": 1,
                        "value": 0,
                        "purchase_id": pid,
                        "redeemed_on": None,
                        "reason": "",
                        "staff_id": who,
                        "created_at": at,
                        "created_by": who,
                        "created_workstation": "counter-1",
                        "created_channel": "counter",
                    }
                )
        with shop.write() as session:
            purchase_rows.bulk_add(session, purchases, lines, [])
            loyalty_rows.bulk_add_entries(session, entries)
    # Top the regular up to exactly PROFILE_PURCHASES.
    with shop.read() as session:
        have = len(purchase_rows.for_customer(session, 1, limit=PROFILE_PURCHASES + 1))
    extra = []
    for i in range(max(0, PROFILE_PURCHASES - have)):
        at = now - timedelta(days=i)
        extra.append(
            {
                "id": next_id + made,
                "customer_id": 1,
                "at": at,
                "total": 1500,
                "refunded": 0,
                "receipt": "",
                "note": "",
                "staff_id": staff[0],
                "created_at": at,
                "created_by": staff[0],
                "created_workstation": "counter-1",
                "created_channel": "counter",
            }
        )
        made += 1
    with shop.write() as session:
        if extra:
            purchase_rows.bulk_add(session, extra, [], [])
        purchase_rows.recount_customers(session, 1, n)
        for name, category, price in CATALOG:
            purchase_rows.remember_product(session, name, name_key(name), category, price, 0)
    return made


def _answers(shop: Shop, n: int) -> None:
    """Checkout NPS answers for one purchase in fifty (bench tooling: plain inserts)."""
    rng = random.Random(13)
    survey = surveys.list_surveys(shop)[0]
    question = survey.questions[0]
    with shop.read() as session:
        last = purchase_rows.next_purchase_id(session) - 1
        first_response = session.execute(
            text("SELECT coalesce(max(id), 0) + 1 FROM survey_responses")
        ).scalar_one()
    picks = sorted(rng.sample(range(1, last + 1), min(last, max(50, last // 50))))
    for offset in range(0, len(picks), BATCH):
        responses, answers = [], []
        for i, pid in enumerate(picks[offset : offset + BATCH], first_response + offset):
            at = datetime.now() - timedelta(days=rng.random() * MONTHS * 30)
            score = rng.choice(range(11))
            responses.append({"id": i, "s": survey.id, "v": survey.version, "at": at, "p": pid})
            answers.append({"r": i, "q": question.id, "n": score, "v": str(score), "at": at})
        with shop.write() as session:
            session.execute(
                text(
                    "INSERT INTO survey_responses (id, survey_id, version, at, purchase_id, "
                    "channel, workstation, complete) VALUES (:id, :s, :v, :at, :p, 'counter', "
                    "'counter-1', 1)"
                ),
                responses,
            )
            session.execute(
                text(
                    "INSERT INTO survey_answers (response_id, question_id, kind, number, value, "
                    "comment, at) VALUES (:r, :q, 'nps', :n, :v, '', :at)"
                ),
                answers,
            )


def _main(argv: list[str]) -> int:
    sizes = argv or ["10k"]
    for size in sizes:
        if size not in SIZES:
            print(f"unknown size {size}; one of {', '.join(SIZES)}", file=sys.stderr)
            return 2
        print(f"{size}: {ensure(size)}")
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
