"""What each index of migrations 0006 and 0007 buys: the queries that use it, timed on a bench shop
with the index and again with it dropped inside a transaction that is rolled back (the
shop is left as it was). Also the VIP line's old query shape, grouped by the customer index.

    python -m bench.index_gain 100k
"""

from __future__ import annotations

import statistics
import sys
import time

import sqlcipher3

from app.core import segments
from bench import generate

VIP_NEW = (
    "SELECT customer_id + 0 AS c, sum(total - refunded) FROM purchases "
    "WHERE at >= :y AND customer_id IS NOT NULL AND voided_at IS NULL GROUP BY c"
)
VIP_OLD = (
    "SELECT customer_id, sum(total - refunded) FROM purchases "
    "WHERE at >= :y AND customer_id IS NOT NULL AND voided_at IS NULL GROUP BY customer_id"
)
LISTED_COUNT = "SELECT count(id) FROM customers WHERE merged_into IS NULL"
LISTED_MIDDLE = (
    "SELECT id FROM customers WHERE merged_into IS NULL ORDER BY id DESC LIMIT 1 OFFSET :half"
)

BALANCES = (
    "SELECT sum(b), count(*) FILTER (WHERE b > 0) FROM (SELECT sum(amount) AS b "
    "FROM loyalty_entries WHERE program_id = 1 GROUP BY customer_id)"
)
BIRTHDAYS = (
    "SELECT count(*) FROM customers WHERE birthday IS NOT NULL "
    "AND strftime('%m', birthday) = '12' AND merged_into IS NULL AND erased_at IS NULL"
)
QUALITY = (
    "SELECT merged_into IS NULL AND erased_at IS NULL, marketing_consent, phone IS NULL, "
    "email IS NULL, count(*) FROM customers GROUP BY 1, 2, 3, 4"
)
AT_RISK = (
    "SELECT count(*) FROM customers WHERE last_visit >= :lapsed AND visits >= 3 "
    "AND julianday(:today) - julianday(last_visit) > "
    "2 * ((julianday(last_visit) - julianday(first_visit)) / ((visits - 1) + 0.0))"
)

# index -> the queries it serves (0006, then 0007)
CASES = {
    "ix_purchases_at_spend": {"VIP line, a year of purchases": VIP_NEW},
    "ix_customers_listed": {
        "customer list: count the book": LISTED_COUNT,
        "customer list: locate the middle row": LISTED_MIDDLE,
    },
    "ix_loyalty_entries_balance": {"report: loyalty balances of a program": BALANCES},
    "ix_customers_birth_month": {"report: next month's birthdays": BIRTHDAYS},
    "ix_customers_quality": {"report: data quality, consent and contacts": QUALITY},
    "ix_customers_rhythm": {"segments: at risk (each regular's rhythm)": AT_RISK},
}


def _time(conn, sql: str, args: dict, rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        conn.execute(sql, args).fetchall()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def _plan(conn, sql: str, args: dict) -> str:
    return "; ".join(row[3] for row in conn.execute("EXPLAIN QUERY PLAN " + sql, args))


def measure(size: str, rounds: int = 5) -> list[tuple[str, str, float, float, str, str]]:
    """(index, query, median with, median without, plan with, plan without) per query."""
    folder = generate.ensure(size)
    generate.open_shop(folder).close()  # upgraded to the newest schema
    conn = sqlcipher3.connect(
        str(folder / "counterpart.db"), isolation_level=None, cached_statements=0
    )
    conn.execute("PRAGMA key = '" + generate.PASSPHRASE + "'")
    conn.execute("PRAGMA cache_size = -65536")
    half = conn.execute(LISTED_COUNT).fetchone()[0] // 2
    cut = segments.cutoffs(90)
    args = {
        "y": cut.year.isoformat(sep=" "),
        "half": half,
        "lapsed": cut.lapsed.isoformat(sep=" "),
        "today": cut.today.isoformat(sep=" "),
    }
    out = []
    for index, queries in CASES.items():
        with_index = {
            k: (_time(conn, q, args, rounds), _plan(conn, q, args)) for k, q in queries.items()
        }
        conn.execute("BEGIN")
        conn.execute(f"DROP INDEX {index}")
        without = {
            k: (_time(conn, q, args, rounds), _plan(conn, q, args)) for k, q in queries.items()
        }
        conn.execute("ROLLBACK")
        for k in queries:
            out.append((index, k, with_index[k][0], without[k][0], with_index[k][1], without[k][1]))
    old = (_time(conn, VIP_OLD, args, rounds), _plan(conn, VIP_OLD, args))
    new = out[0]
    out.append(
        (
            "(query shape)",
            "VIP line grouped by customer_id, as before",
            new[2],
            old[0],
            new[4],
            old[1],
        )
    )
    conn.close()
    return out


def main(argv: list[str]) -> int:
    size = argv[0] if argv else "10k"
    print(f"| {size}: query | index | with | without | gain |")
    print("|---|---|---|---|---|")
    for index, name, with_it, without, plan_with, plan_without in measure(size):
        print(
            f"| {name} | `{index}` | {with_it * 1000:.1f} ms | {without * 1000:.1f} ms | "
            f"{without / with_it:.1f}× |"
        )
        print(f"<!-- with: {plan_with} / without: {plan_without} -->", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
