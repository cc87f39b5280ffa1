"""The price of encryption, measured fairly: the encrypted shop and its unencrypted copy open
in one process, with the same PRAGMAs and the counter's page cache, both warmed the same
way, and every repetition runs the same operation on both back to back, alternating which
goes first. A change of load lands on both sides alike; the ratio of medians and of p95
comes out of pairs, not of two runs minutes apart.

    python -m bench.fair_ratio 1m      # search, bare SQL, checkout, profile, counts, win-back
    python -m bench.fair_ratio 10k --rounds 9 --only search
    python -m bench.fair_ratio 1m --only first    # the first profile of a day, cold file
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable

from app.core import segments
from bench import generate, measure_core
from bench.plain import open_plain

Op = Callable[[object], None]  # one operation, given the side's shop (or raw connection)


def operations(shop, only: set[str], people: int = 30) -> dict[str, list[Op]]:
    """Named lists of operations; each runs on either side."""
    ops: dict[str, list[Op]] = {}
    if "search" in only or "bare" in only:
        queries = measure_core.search_queries(shop, people)
        for kind, texts in queries.items():
            if "search" in only:
                ops[f"search: {kind}"] = [
                    lambda s, k=kind, q=q: measure_core.lookup(s, k, q) for q in texts
                ]
            if "bare" in only:
                stmts = [b for b in (measure_core.bare_statement(kind, q) for q in texts) if b]
                ops[f"bare SQL: {kind}"] = [
                    lambda s, b=b: s.raw.execute(*b).fetchall() for b in stmts
                ]
    if "checkout" in only:  # each side records its own sales
        cards = measure_core.checkout_cards(shop, 40)
        ops[measure_core.CHECKOUT] = [lambda s, c=c: measure_core.sell(s, c) for c in cards]
    if "profile" in only:
        ops["profile, 500 purchases"] = [measure_core.open_profile] * 6
    if "counts" in only:  # a new day each time: the VIP line worked out again

        def new_day_counts(s):
            s.cache.clear()
            segments.counts(s)

        ops["segment counts"] = [new_day_counts] * 2
    if "winback" in only:
        ops["win-back list, first page"] = [lambda s: segments.winback(s, limit=50)] * 6
    return ops


def interleaved(sides: dict[str, object], ops: dict[str, list[Op]], rounds: int) -> dict:
    """{figure: {side: [seconds]}}: each operation on both sides back to back, the order
    alternating per repetition; one untimed round of each operation on each side right
    before its timed rounds. (Right before: a write through one connection, a checkout,
    empties every other connection's page cache, so a round warmed earlier goes cold.)"""
    out: dict[str, dict[str, list[float]]] = {}
    names = list(sides)
    flip = False
    for name, fns in ops.items():
        for fn in fns:
            for side in sides.values():
                fn(side)
        per = out.setdefault(name, {n: [] for n in names})
        for _ in range(rounds):
            for fn in fns:
                order = names[::-1] if flip else names
                flip = not flip
                for side in order:
                    started = time.perf_counter()
                    fn(sides[side])
                    per[side].append(time.perf_counter() - started)
    return out


def table(size: str, results: dict, load: str) -> str:
    lines = [
        f"{size}, interleaved, load {load}",
        "",
        f"| {size} | n | encrypted median | plain median | ratio of medians | encrypted p95 "
        "| plain p95 | ratio of p95 | median of paired ratios |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for name, per in results.items():
        enc, plain = per["encrypted"], per["plain"]
        me, mp = statistics.median(enc), statistics.median(plain)
        pe, pp = measure_core.percentile(enc, 0.95), measure_core.percentile(plain, 0.95)
        paired = statistics.median(e / p for e, p in zip(enc, plain, strict=True) if p > 0)
        lines.append(
            f"| {name} | {len(enc)} | {me * 1000:.2f} ms | {mp * 1000:.2f} ms | {me / mp:.2f}× "
            f"| {pe * 1000:.2f} ms | {pp * 1000:.2f} ms | {pe / pp:.2f}× | {paired:.2f}× |"
        )
    return "\n".join(lines)


def first_of_day(folder, rounds: int) -> dict:
    """{figure: {side: [seconds]}} for the first profile of a day, which can't repeat on one
    open shop: each round opens each side afresh (new connections, empty page caches) after
    dropping its file from the OS cache, runs the daily warm-up and the first profile as
    the app does (`measure_core.first_profile`), and closes it; the order alternates."""
    openers = {
        "encrypted": generate.open_shop,
        "plain": lambda f: open_plain(f, generate.PASSPHRASE),
    }
    out: dict[str, dict[str, list[float]]] = {}
    for i in range(rounds):
        for side in (list(openers) if i % 2 == 0 else list(openers)[::-1]):
            shop = openers[side](folder)
            try:
                measure_core.forget_file(shop)
                for name, values in measure_core.first_profile(shop).items():
                    out.setdefault(name, {n: [] for n in openers})[side] += values
            finally:
                shop.close()
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.fair_ratio",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("size", choices=list(generate.SIZES))
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--only", default="search,bare,checkout,profile,counts,winback")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    folder = generate.ensure(args.size, log=lambda m: print(m, file=sys.stderr))
    if only == {"first"}:  # a day's first profile, from a cold file, each round afresh
        load_before = os.getloadavg()[0]
        results = first_of_day(folder, args.rounds)
        print(table(args.size, results, f"{load_before:.2f} → {os.getloadavg()[0]:.2f}"))
        return 0
    enc = generate.open_shop(folder)
    plain = open_plain(folder, generate.PASSPHRASE)
    enc.raw = measure_core.raw_connection(enc.db.path, generate.PASSPHRASE)
    plain.raw = measure_core.raw_connection(plain.db.path, None)
    load_before = os.getloadavg()[0]
    try:
        results = interleaved(
            {"encrypted": enc, "plain": plain}, operations(enc, only), args.rounds
        )
    finally:
        for side in (enc, plain):
            side.raw.close()
            side.close()
    print(table(args.size, results, f"{load_before:.2f} → {os.getloadavg()[0]:.2f}"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
