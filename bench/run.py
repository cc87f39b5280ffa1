"""Counterpart's benchmarks: one run measures every figure for one shop size, encrypted and
on an unencrypted copy, and prints a Markdown table (median and p95, the target, met or
not) to paste into bench/RESULTS.md.

    python -m bench.run --size 100k            # the whole set
    python -m bench.run --size 10k --quick     # fewer repetitions, a minute or so
    python -m bench.run --size 1m --only search,checkout
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from app.core import customers
from bench import fair_ratio, generate, measure_core
from bench.measure_core import summary
from bench.plain import open_plain

# figure name (prefix) -> (target in seconds or MB, what the target says)
TARGETS = {
    "search:": (0.005, "p95 ≤ 5 ms"),
    "checkout:": (0.010, "p95 ≤ 10 ms"),
    "start to unlocked": (1.5, "≤ 1.5 s"),
    "profile, 500 purchases": (0.050, "p95 ≤ 50 ms"),
    "monthly report": (3.0, "≤ 3 s"),
    "import 100,000": (30.0, "≤ 30 s"),
    "peak memory, MB": (300, "≤ 300 MB"),
    "longest GUI stall": (0.100, "≤ 100 ms"),
    "jump from the top to the last row": (0.100, "≤ 100 ms"),
}
RATIO_TARGET = 1.3  # encrypted / unencrypted, the same operation
GROUPS = ("search", "checkout", "profile", "segments", "report", "import", "gui")


def _target(name: str):
    """The target whose name starts this figure's, else one named inside it."""
    for prefix, target in TARGETS.items():
        if name.startswith(prefix):
            return target
    for prefix, target in TARGETS.items():
        if prefix in name:
            return target
    return None


def _core(
    shop, folder: Path, groups: set[str], quick: bool, passphrase: str | None
) -> dict[str, list[float]]:
    rounds = 1 if quick else 3
    samples: dict[str, list[float]] = {}
    customers.warm_search(shop)  # as the app's daily lane does at open
    if "search" in groups:
        queries = measure_core.search_queries(shop, 10 if quick else 30)
        samples |= measure_core.search(shop, queries, rounds)
        samples |= measure_core.bare_search(shop.db.path, passphrase, queries, rounds)
    if "checkout" in groups:
        samples |= measure_core.checkout(shop, 30 if quick else 200)
    if "profile" in groups:
        samples |= measure_core.profile(shop, rounds=5 if quick else 30)
    if "segments" in groups:
        samples |= measure_core.segment_lists(shop, 2 if quick else 10)
    if "import" in groups and passphrase:  # into a fresh shop: once, not on the plain copy
        rows = 2_000 if quick else 100_000
        samples |= measure_core.import_csv(folder, rows, 1 if quick else 3)
    if "report" in groups:
        samples |= measure_core.monthly_report(shop, folder, 1 if quick else 3)
    return samples


def _restart(shop, groups: set[str], quick: bool) -> dict[str, list[float]]:
    """Last of all: it leaves the file out of the OS cache."""
    if not groups & {"search", "profile"}:
        return {}
    queries = measure_core.search_queries(shop, 10 if quick else 30) \
        if "search" in groups else None
    return measure_core.after_restart(shop, queries)


def _unencrypted(folder: Path, groups: set[str], quick: bool) -> dict[str, dict]:
    """The unencrypted copy's figures: the first profile of a day measured after the
    encrypted run; searches, bare SQL, checkout, the repeated profile, segment counts and
    the win-back page interleaved with the encrypted shop in this process
    (bench/fair_ratio.py), each with the encrypted side of its pairs. No report."""
    plain_shop = open_plain(folder, generate.PASSPHRASE)
    shop = generate.open_shop(folder)
    try:
        customers.warm_search(plain_shop)  # as _core does on the encrypted side
        out: dict[str, dict] = {}
        if "profile" in groups:  # the repeated profile is among the pairs below
            out |= summary(measure_core.first_profile(plain_shop))
        only = {
            "search": {"search", "bare"},
            "checkout": {"checkout"},
            "profile": {"profile"},
            "segments": {"counts", "winback"},
        }
        wanted = set().union(*(only[g] for g in groups if g in only))
        if wanted:
            shop.raw = measure_core.raw_connection(shop.db.path, generate.PASSPHRASE)
            plain_shop.raw = measure_core.raw_connection(plain_shop.db.path, None)
            pairs = fair_ratio.interleaved(
                {"encrypted": shop, "plain": plain_shop},
                fair_ratio.operations(shop, wanted, 10 if quick else 30),
                1 if quick else 5,
            )
            shop.raw.close()
            plain_shop.raw.close()
            for name, per in pairs.items():
                mine = summary({"e": per["encrypted"]})["e"]
                out[name] = summary({"p": per["plain"]})["p"] | {"encrypted": mine}
    finally:
        shop.close()
        plain_shop.close()
    return out


def _gui(folder: Path, groups: set[str], quick: bool) -> dict[str, list[float]]:
    out: dict[str, list[float]] = {}
    modes = (
        "unlock",
        "scroll",
        "stall-idle",
        "stall-busy",
        "stall-segments",
        "stall-import",
        "stall-report",
    )
    for mode in modes:
        if mode == "stall-report" and ("report" not in groups or not _has_reports()):
            continue
        if mode == "stall-import" and "import" not in groups:
            continue
        args = [sys.executable, "-m", "bench.gui_probe", mode, str(folder)]
        if mode == "unlock":
            args.append(repr(time.time()))
        if mode == "stall-import":
            args.append(str(2_000 if quick else 100_000))
        done = subprocess.run(
            args,
            capture_output=True,
            text=True,
            timeout=3600,
            env=os.environ | {"QT_QPA_PLATFORM": "offscreen"},
        )
        if done.returncode:
            print(done.stderr[-2000:], file=sys.stderr)
            continue
        for name, value in json.loads(done.stdout.strip().splitlines()[-1]).items():
            out[name] = [value]
    return out


def _has_reports() -> bool:
    try:
        import app.reports.monthly  # noqa: F401, PLC0415
    except ImportError:
        return False
    return True


def _unit(name: str) -> str:
    return "" if any(k in name for k in ("MB", "rows")) else "ms"


def _show(value: float, name: str) -> str:
    if _unit(name) == "ms":
        return f"{value * 1000:.1f} ms" if value < 10 else f"{value:.1f} s"
    return f"{value:,.0f}"


def table(size: str, encrypted: dict[str, dict], plain: dict[str, dict]) -> str:
    """The figures; the ratios come from the interleaved pairs where there are some (the
    encrypted side's p95 in the "(i)" column), else from the unencrypted copy measured
    after the encrypted shop."""
    lines = [
        f"| {size} | median | p95 | n | target | met | encrypted p95 (i) | unencrypted p95 "
        "| ratio of p95 | ratio of medians |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name, s in encrypted.items():
        target = _target(name)
        met = ""
        if target:
            met = "yes" if s["p95"] <= target[0] else "**no**"
        other = plain.get(name)
        ratio = medians = mine_p95 = ""
        if other and other["p95"] and _unit(name) == "ms":
            mine = other.get("encrypted", s)  # interleaved: the encrypted side of the pairs
            mine_p95 = _show(mine["p95"], name) if "encrypted" in other else ""
            times = mine["p95"] / other["p95"]
            ratio = f"{times:.2f}×" + ("" if times <= RATIO_TARGET else " **over 1.3×**")
            times = mine["median"] / other["median"]
            medians = f"{times:.2f}×" + ("" if times <= RATIO_TARGET else " **over 1.3×**")
        lines.append(
            f"| {name} | {_show(s['median'], name)} | {_show(s['p95'], name)} | {s['n']} | "
            f"{target[1] if target else ''} | {met} | "
            f"{mine_p95} | {_show(other['p95'], name) if other else ''} | {ratio} | {medians} |"
        )
    return "\n".join(lines)


def _cpu_control() -> float:
    """How fast this (shared, virtual) machine runs plain Python right now: figures taken
    while it is slow are slow with it."""
    started, total = time.perf_counter(), 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--size", default="10k", choices=list(generate.SIZES))
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", default="", help="comma list of " + ", ".join(GROUPS))
    parser.add_argument("--no-plain", action="store_true", help="skip the unencrypted copy")
    parser.add_argument("--json", metavar="FILE", help="also write the figures as JSON")
    args = parser.parse_args(argv)
    groups = set(args.only.split(",")) if args.only else set(GROUPS)
    folder = generate.ensure(args.size, log=lambda m: print(m, file=sys.stderr))

    speed = [] if args.quick else [_cpu_control()]
    shop = generate.open_shop(folder)
    try:
        encrypted = summary(_core(shop, folder, groups, args.quick, generate.PASSPHRASE))
    finally:
        shop.close()
    if "gui" in groups:
        encrypted |= summary(_gui(folder, groups, args.quick))
    plain: dict[str, dict] = {}
    if not args.no_plain:
        plain = _unencrypted(folder, groups, args.quick)
    for side, opened, into in (
        ("encrypted", generate.open_shop, encrypted),
        ("plain", lambda f: open_plain(f, generate.PASSPHRASE), plain),
    ):
        if side == "plain" and args.no_plain:
            continue
        shop = opened(folder)
        try:
            into |= summary(_restart(shop, groups, args.quick))
        finally:
            shop.close()

    if speed:
        speed.append(_cpu_control())
    control = (
        f"CPU control (10,000,000 Python additions): {speed[0]:.2f} s before, "
        f"{speed[1]:.2f} s after"
        if speed
        else "no CPU control (--quick)"
    )
    print(
        f"Machine: {platform.node() and 'this machine'}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.platform()}; {control}"
    )
    print(table(args.size, encrypted, plain))
    if args.json:
        Path(args.json).write_text(
            json.dumps({"size": args.size, "encrypted": encrypted, "plain": plain}, indent=1)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
