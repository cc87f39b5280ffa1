"""Search at one size against another, fairly: both shops open in one process and each
keystroke on the big shop is timed back to back with the matching keystroke on the small
one (each shop's own customers, as bench.run picks them), alternating which goes first, so
a change of load lands on both. The target: p95 at 1M ≤ 2× the 10k figure.

    python -m bench.size_ratio 10k 1m
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys

from bench import generate, measure_core


def _call(shop, kind: str, q: str) -> float:
    return measure_core.timed(measure_core.lookup, shop, kind, q)


def interleaved(small, big, rounds: int, people: int = 30) -> dict[str, tuple[list, list]]:
    """{kind: (small's seconds, big's seconds)} after one untimed round on each."""
    mine = measure_core.search_queries(small, people)
    theirs = measure_core.search_queries(big, people)
    out: dict[str, tuple[list, list]] = {}
    flip = False
    for kind in mine:
        pairs = list(zip(mine[kind], theirs[kind], strict=False))
        for a, b in pairs:
            _call(small, kind, a), _call(big, kind, b)
        got = out.setdefault(kind, ([], []))
        for _ in range(rounds):
            for a, b in pairs:
                flip = not flip
                if flip:
                    got[0].append(_call(small, kind, a))
                    got[1].append(_call(big, kind, b))
                else:
                    got[1].append(_call(big, kind, b))
                    got[0].append(_call(small, kind, a))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.size_ratio", description=__doc__)
    parser.add_argument("small", choices=list(generate.SIZES))
    parser.add_argument("big", choices=list(generate.SIZES))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    def log(message: str) -> None:
        print(message, file=sys.stderr)

    small = generate.open_shop(generate.ensure(args.small, log=log))
    big = generate.open_shop(generate.ensure(args.big, log=log))
    load = os.getloadavg()[0]
    try:
        found = interleaved(small, big, args.rounds)
    finally:
        small.close()
        big.close()
    print(
        f"search, {args.big} against {args.small}, interleaved, load {load:.2f} → "
        f"{os.getloadavg()[0]:.2f}\n"
    )
    print(
        f"| search | n | {args.small} median | {args.big} median | {args.small} p95 "
        f"| {args.big} p95 | p95 ratio | target ≤ 2× |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for kind, (a, b) in found.items():
        pa, pb = measure_core.percentile(a, 0.95), measure_core.percentile(b, 0.95)
        print(
            f"| {kind} | {len(a)} | {statistics.median(a) * 1000:.2f} ms "
            f"| {statistics.median(b) * 1000:.2f} ms | {pa * 1000:.2f} ms | {pb * 1000:.2f} ms "
            f"| {pb / pa:.2f}× | {'met' if pb <= 2 * pa else '**no**'} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
