"""The shop open in as many threads as the app runs (the GUI thread and the task runner's
main, slow, daily, backup and mail lanes, plus spares), all reading and writing at once on
one real encrypted file: no thread's connection is closed under another's query, and every
sale is there afterwards."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select, text

from app.core import customers, purchases
from app.core.purchases import LineInput
from app.store.engine import COUNTER_CACHE_KIB, PAGE_CACHE_KIB
from app.store.models import Purchase

THREADS = 8  # more than the six the app runs, fewer than the connections kept
ROUNDS = 25  # each lane's reads or sales after the moment all eight are reading at once


def test_eight_threads_at_once_keep_their_connections(shop):
    who = customers.register(shop, {"first_name": "Dana", "phone": "052-555-7003"})
    together = threading.Barrier(THREADS, timeout=60)
    errors: list[str] = []
    sold = [0] * THREADS

    def lane(i: int) -> None:
        try:
            with shop.read() as session:  # every thread's connection open in a read at once
                session.execute(text("SELECT count(*) FROM customers")).one()
                together.wait()
                session.execute(text("SELECT count(*) FROM purchases")).one()
            for _ in range(ROUNDS):
                if i % 2:
                    with shop.read() as session:  # two statements in one read: a query
                        session.execute(text("SELECT count(*) FROM customers")).one()
                        time.sleep(0.001)  # in flight while other threads connect
                        session.execute(text("SELECT count(*) FROM purchases")).one()
                else:
                    purchases.record(shop, who.id, lines=[LineInput("Tea", 1, "9", "Drinks")])
                    sold[i] += 1
        except Exception as exc:  # noqa: BLE001 - every failure is the finding
            errors.append(f"lane {i}: {exc!r}")

    threads = [threading.Thread(target=lane, args=(i,)) for i in range(THREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sum(sold) > 0
    assert sum(sold) == THREADS // 2 * ROUNDS  # every lane did all its sales
    with shop.read() as session:
        kept = session.scalar(select(func.count()).where(Purchase.customer_id == who.id))
    assert kept == sum(sold)

def test_the_opening_thread_keeps_the_larger_cache(shop):
    with shop.read() as session:  # this test's thread opened the shop (the fixture)
        mine = session.execute(text("PRAGMA cache_size")).scalar_one()
    other: list[int] = []

    def elsewhere() -> None:
        with shop.read() as session:
            other.append(session.execute(text("PRAGMA cache_size")).scalar_one())

    t = threading.Thread(target=elsewhere)
    t.start()
    t.join()
    assert (mine, other) == (-COUNTER_CACHE_KIB, [-PAGE_CACHE_KIB])
