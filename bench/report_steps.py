"""Where the monthly report's time goes: each step of `report_figures.figures` timed on its
own (a new day: the shop's daily cache emptied first), then the PDF build from the figures.

    python -m bench.report_steps 1m [--profile]
"""

from __future__ import annotations

import cProfile
import pstats
import sys
import time

from app.core import report_figures as rf
from app.reports import monthly
from bench import generate
from bench.measure_core import _last_month


def main(argv: list[str]) -> int:
    size = argv[0] if argv else "100k"
    folder = generate.ensure(size, log=lambda m: print(m, file=sys.stderr))
    shop = generate.open_shop(folder)
    period = rf.month_period(_last_month())
    shop.cache.clear()
    times: dict[str, float] = {}

    def progress(done: int, total: int) -> bool:
        now = time.perf_counter()
        times[f"step {done}"] = now
        return True

    profiler = cProfile.Profile() if "--profile" in argv else None
    started = time.perf_counter()
    if profiler:
        profiler.enable()
    figures = rf.figures(shop, period, progress)
    built = time.perf_counter()
    monthly.build_pdf(figures, folder / "report-steps.pdf")
    done = time.perf_counter()
    if profiler:
        profiler.disable()
    names = [
        "now",
        "before",
        "daily",
        "hours",
        "nps_trend",
        "segments",
        "loyalty",
        "answers",
        "lists",
        "quality",
        "birthdays",
    ]
    last = started
    for i, name in enumerate(names):
        at = times.get(f"step {i + 1}", built)
        print(f"{name:10} {1000 * (at - last):8.0f} ms")
        last = at
    print(f"{'figures':10} {1000 * (built - started):8.0f} ms")
    print(f"{'pdf':10} {1000 * (done - built):8.0f} ms")
    if profiler:
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
    shop.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
