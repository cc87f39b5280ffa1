"""Measurements through `app/core`, in this process, on an opened bench shop.

Each function returns {name: [seconds, ...]}; run.py turns them into median and p95.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import text

from app.core import customers, figures, importing, loyalty, purchases, segments
from app.core.normalize import name_key
from app.core.purchases import LineInput
from app.core.settings import ShopSettings
from app.core.shop import Shop
from app.store.engine import COUNTER_CACHE_KIB

Samples = dict[str, list[float]]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(samples: Samples) -> dict[str, dict]:
    return {
        name: {"n": len(v), "median": statistics.median(v), "p95": percentile(v, 0.95)}
        for name, v in samples.items()
        if v
    }


def timed(fn: Callable, *args, **kwargs) -> float:
    started = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - started


def _people(shop, n: int, seed: int = 5) -> list:
    """n random customers with a phone, an e-mail and a name of three letters or more."""
    total = customers.count(shop)
    rng = random.Random(seed)
    found = []
    while len(found) < n:
        one = customers.get(shop, rng.randint(2, total))
        if one.phone and one.email and len(name_key(one.last_name)) >= 4:
            found.append(one)
    return found


def _typing(text: str) -> list[str]:
    """What the search box holds after each keystroke."""
    return [text[:i] for i in range(1, len(text) + 1)]


def search_queries(shop, n: int = 30) -> dict[str, list[str]]:
    people = _people(shop, n)
    queries: dict[str, list[str]] = {
        "phone fragment": [],
        "name prefix": [],
        "name substring": [],
        "e-mail": [],
        "card scan": [],
    }
    for p in people:
        digits = p.phone.lstrip("+")[-7:-3]
        queries["phone fragment"] += _typing(digits)
        queries["name prefix"] += _typing(name_key(p.first_name)[:4])
        queries["name substring"] += [name_key(p.last_name)[1:4]]
        queries["e-mail"] += _typing(p.email.split("@")[0][:5])
        queries["card scan"].append(p.card_number)
    return queries


def lookup(shop, kind: str, q: str) -> None:
    """One search as the counter makes it: a scanned card by its number, anything else
    typed into the search box (its first page of 50)."""
    if kind == "card scan":
        customers.find_by_card(shop, q)
    else:
        customers.find(shop, q, limit=50)


def search(shop, queries: dict[str, list[str]], rounds: int = 3) -> Samples:
    out: Samples = {}
    for kind, texts in queries.items():
        for _ in range(rounds):
            out.setdefault(f"search: {kind}", []).extend(
                timed(lookup, shop, kind, q) for q in texts
            )
    return out


_FTS = (
    "SELECT c.* FROM customers c JOIN customers_fts f ON f.rowid = c.id "
    "WHERE customers_fts MATCH ? ORDER BY f.rowid DESC LIMIT 50"
)


def raw_connection(path, passphrase: str | None):
    """A raw connection (its SQLite, keyed or not) with the counter's read PRAGMAs: the
    page cache above all."""
    conn = sqlcipher3.connect(str(path))
    if passphrase:
        conn.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    conn.execute(f"PRAGMA cache_size=-{COUNTER_CACHE_KIB}")
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


def bare_statement(kind: str, q: str):
    """The lookup core makes for one query as bare SQL (the FTS5 match and the join, no ORM,
    no formatting), or None: short words take the name-key index in core, no FTS twin."""
    if kind == "card scan":
        return "SELECT * FROM customers WHERE card_number = ?", (q,)
    if len(q) < 3:
        return None
    if kind == "phone fragment":
        return _FTS, ('{phone card} : "' + q + '"',)
    if kind == "e-mail":
        return _FTS, ('{name email} : "' + q + '"',)
    return _FTS, ('{name email} : "' + name_key(q) + '"',)


def bare_search(
    db_file, passphrase: str | None, queries: dict[str, list[str]], rounds: int = 3
) -> Samples:
    """The same lookups as plain SQL on a raw connection: the floor under core's figure."""
    conn = raw_connection(db_file, passphrase)
    out: Samples = {}
    for kind, texts in queries.items():
        stmts = [b for b in (bare_statement(kind, q) for q in texts) if b]
        for _ in range(rounds):
            for sql, args in stmts:
                started = time.perf_counter()
                conn.execute(sql, args).fetchall()
                out.setdefault(f"bare SQL: {kind}", []).append(time.perf_counter() - started)
    conn.close()
    return out


CHECKOUT = "checkout: card + 3 lines + loyalty + commit"  # each a different customer
BASKET = [
    LineInput("Cappuccino", 1, "14", "Coffee"),
    LineInput("Croissant", 2, "11", "Bakery"),
    LineInput("Mug", 1, "45", "Shop"),
]


def checkout_cards(shop, n: int) -> list[str]:
    """n customers' cards, a different customer for each checkout (a counter's day: the
    customer at the till is rarely the one before). A new seed each run: customers a
    previous run already served are not favoured."""
    return [p.card_number for p in _people(shop, n, seed=time.time_ns())]


def sell(shop, card: str, receipt: str = "") -> None:
    """One checkout: the card scanned, a three-line purchase with loyalty earning recorded
    and committed (synchronous=FULL)."""
    who = customers.find_by_card(shop, card)
    purchases.record(shop, who.id, lines=BASKET, receipt=receipt)


def checkout(shop, rounds: int = 200) -> Samples:
    cards = checkout_cards(shop, rounds)
    return {CHECKOUT: [timed(sell, shop, card, f"B{i}") for i, card in enumerate(cards)]}


def open_profile(shop, customer_id: int = 1) -> None:
    """What the profile shows when it opens: the record, figures, first page of purchases,
    loyalty balances."""
    at_counter(shop, customer_id)
    figures.for_customer(shop, customer_id)


def at_counter(shop, customer_id: int = 1) -> None:
    """The part of a profile the counter's lane reads: the record, first page of purchases,
    loyalty balances. The figures come in the slow lane, on a connection of their own."""
    customers.open_profile(shop, customer_id)
    purchases.history(shop, customer_id, limit=50)
    loyalty.balances(shop, customer_id)


def first_profile(shop, customer_id: int = 1, after: str = "") -> Samples:
    """The first profile of a new day, as the app opens it: the daily lane's warm-up (VIP
    line, best sellers' "also bought") has run on its own thread and connection; then the
    counter's part on this thread while the figures are read on another thread, as the
    profile's slow lane does. `after`: how the day began, for the figures' names."""
    shop.cache.clear()
    warm: list[float] = []
    lane = threading.Thread(target=lambda: warm.append(timed(segments.warm_up, shop)))
    lane.start()
    lane.join()
    later: list[float] = []
    slow = threading.Thread(
        target=lambda: later.append(timed(figures.for_customer, shop, customer_id)))
    slow.start()
    counter = timed(at_counter, shop, customer_id)
    slow.join()
    day = f"first of the day{after}"
    return {
        f"profile, 500 purchases, {day}: record, purchases, balances": [counter],
        f"profile, 500 purchases, {day}: figures (slow lane)": later,
        f"daily warm-up, {day} (VIP line, best sellers' also bought)": warm,
    }


def forget_file(shop) -> None:
    """The shop file's pages dropped from the operating system's cache, as after the
    workstation restarted: every read after this one waits on the disk until read again."""
    for path in (shop.db.path, Path(f"{shop.db.path}-wal")):
        if path.exists():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)


def after_restart(shop, queries: dict[str, list[str]] | None, customer_id: int = 1) -> Samples:
    """A morning after a restart: the searches before the daily warm-up has read their
    pages (the file forgotten first), then (forgotten again) the warm-up and the first
    profile, then the searches once more."""
    out: Samples = {}
    if queries:
        forget_file(shop)
        out |= {f"{name}, after a restart, before the warm-up": v
                for name, v in search(shop, queries, 1).items()}
    forget_file(shop)
    out |= first_profile(shop, customer_id, after=" after a restart")
    if queries:
        out |= {f"{name}, after a restart and the warm-up": v
                for name, v in search(shop, queries, 1).items()}
    return out


def profile(shop, customer_id: int = 1, rounds: int = 30) -> Samples:
    """The profile of the customer with 500 purchases: the first of the day, then again."""
    return first_profile(shop, customer_id) | {
        "profile, 500 purchases": [timed(open_profile, shop, customer_id) for _ in range(rounds)],
    }


def segment_lists(shop, rounds: int = 10) -> Samples:
    out: Samples = {"segment counts": [], "win-back list, first page": []}
    for _ in range(rounds):
        shop.cache.clear()
        out["segment counts"].append(timed(segments.counts, shop))
        out["win-back list, first page"].append(timed(segments.winback, shop, limit=50))
    return out


def monthly_report(shop, folder, rounds: int = 3) -> Samples:
    """Last month's report: its figures alone, then figures and PDF as `report monthly`
    makes them; with the number of purchases in that month."""
    from app.core import report_figures  # noqa: PLC0415
    from app.reports import monthly  # noqa: PLC0415

    month = _last_month()
    period = report_figures.month_period(month)
    with shop.read() as session:
        sales = session.execute(
            text("SELECT count(*) FROM purchases WHERE at >= :a AND at < :b"),
            {"a": period.start, "b": period.end},
        ).scalar_one()
    out: Samples = {f"monthly report {month}: figures": [], f"monthly report {month} (PDF)": []}
    for i in range(rounds):
        out[f"monthly report {month}: figures"].append(timed(report_figures.figures, shop, period))
        target = folder / f"report-{i}.pdf"
        out[f"monthly report {month} (PDF)"].append(
            timed(monthly.write_report, shop, month, target)
        )
        target.unlink(missing_ok=True)
    return out | {f"purchases in {month}, rows": [float(sales)]}


def _last_month() -> str:
    today = datetime.now()
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def fresh_shop(folder: Path):
    """An empty shop with the bench passphrase and staff (an import lands in one)."""
    from bench.generate import PASSPHRASE, STAFF  # noqa: PLC0415

    shutil.rmtree(folder, ignore_errors=True)
    shop = Shop.create(
        folder,
        PASSPHRASE,
        ShopSettings(shop_name="Bench Café", currency="ILS", region="IL"),
        STAFF[0][0],
        STAFF[0][2],
        channel="counter",
    )
    shop.act_as(shop.staff_list()[0])
    return shop


def import_csv(work: Path, rows: int, rounds: int = 1) -> Samples:
    """`rows` customers from a CSV (bench/import_100k.py's file) into an empty shop: read,
    map, check and add, as the import wizard and `counterpart import` do."""
    from bench.import_100k import make_csv  # noqa: PLC0415

    source = work / f"import-{rows}.csv"
    if not source.exists():
        make_csv(source, rows)
    out = []
    for _ in range(rounds):
        shop = fresh_shop(work / "import-shop")
        try:
            started = time.perf_counter()
            importing.run(shop, importing.plan(source))
            out.append(time.perf_counter() - started)
        finally:
            shop.close()
        shutil.rmtree(work / "import-shop", ignore_errors=True)
    return {f"import {rows:,} customers from CSV": out}
