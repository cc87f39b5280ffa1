"""Would a lane of its own checkpointing the WAL (PASSIVE, every few seconds) keep
checkpoints out of the sales' commits? Checkout with and without such a thread, in
alternating blocks on one shop. Sales come `--gap` seconds apart and the checkpoint every
`--every` seconds, the two scaled down together from a counter's pace (a sale every half
minute or more, a checkpoint every 5 s) so that a run takes a minute.

    python -m bench.checkpoint_lane 1m
"""

from __future__ import annotations

import argparse
import sys
import threading
import time

from app.core import customers
from bench import generate, measure_core


def block(shop, cards: list[str], gap: float, every: float | None) -> list[float]:
    """The sales' times, with a thread checkpointing every `every` seconds (None: none)."""
    stop = threading.Event()

    def lane() -> None:
        while not stop.wait(every):
            shop.db.checkpoint("PASSIVE")

    worker = threading.Thread(target=lane) if every else None
    if worker:
        worker.start()
    try:
        out = []
        for card in cards:
            out.append(measure_core.timed(measure_core.sell, shop, card))
            time.sleep(gap)
        return out
    finally:
        stop.set()
        if worker:
            worker.join()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.checkpoint_lane", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", choices=list(generate.SIZES))
    parser.add_argument("--sales", type=int, default=100, help="per block")
    parser.add_argument("--blocks", type=int, default=4, help="per side")
    parser.add_argument("--gap", type=float, default=0.05)
    parser.add_argument("--every", type=float, default=0.25)
    args = parser.parse_args(argv)
    shop = generate.open_shop(generate.ensure(args.size, log=lambda m: print(m, file=sys.stderr)))
    customers.warm_search(shop)
    times: dict[str, list[float]] = {"with a checkpoint thread": [], "without": []}
    try:
        for _ in range(args.blocks):
            for name, every in (("with a checkpoint thread", args.every), ("without", None)):
                shop.db.checkpoint()  # each block starts from an empty log
                cards = measure_core.checkout_cards(shop, args.sales)
                times[name] += block(shop, cards, args.gap, every)
    finally:
        shop.close()
    print(f"| {args.size}, sales {args.gap} s apart | n | median | p95 | longest |")
    print("|---|---|---|---|---|")
    for name, values in times.items():
        s = measure_core.summary({name: values})[name]
        print(f"| {name} | {s['n']} | {s['median'] * 1000:.2f} ms | {s['p95'] * 1000:.2f} ms "
              f"| {max(values) * 1000:.1f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
