"""The benchmark harness runs end to end in its quick mode on a fresh 2,000-customer shop,
so it never rots. It checks that every figure was produced; speed is for bench/RESULTS.md,
not tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_run_measures_every_figure(tmp_path):
    out = tmp_path / "figures.json"
    env = os.environ | {
        "COUNTERPART_BENCH_CACHE": str(tmp_path / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--size", "2k", "--quick", "--json", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(out.read_text())
    encrypted, plain = figures["encrypted"], figures["plain"]
    for kind in ("phone fragment", "name prefix", "name substring", "e-mail", "card scan"):
        assert encrypted[f"search: {kind}"]["n"] > 0
        assert plain[f"search: {kind}"]["n"] > 0
        assert encrypted[f"bare SQL: {kind}"]["n"] > 0
        for after in ("after a restart, before the warm-up", "after a restart and the warm-up"):
            assert encrypted[f"search: {kind}, {after}"]["n"] > 0
            assert plain[f"search: {kind}, {after}"]["n"] > 0
    for day in ("first of the day", "first of the day after a restart"):
        for part in ("record, purchases, balances", "figures (slow lane)"):
            assert f"profile, 500 purchases, {day}: {part}" in encrypted
    assert plain["checkout: card + 3 lines + loyalty + commit"]["encrypted"]["n"] > 0  # paired
    assert plain["segment counts"]["encrypted"]["n"] > 0
    for name in (
        "checkout: card + 3 lines + loyalty + commit",
        "profile, 500 purchases",
        "segment counts",
        "win-back list, first page",
        "start to unlock screen",
        "start to unlocked (key derived)",
        "peak memory, MB",
        "import 2,000 customers from CSV",
        "jump from the top to the last row, s",
        "scroll to the end in 100 jumps, s",
        "rows held in memory",
        "longest GUI stall while scrolling, s",
        "longest GUI stall during an import of 2,000, s",
        "longest GUI stall during a new day's segment counts, s",
        "longest GUI stall during an idle wait (control), s",
    ):
        assert name in encrypted, name
    assert encrypted["rows listed"]["median"] == 2_000
    assert encrypted["rows held in memory"]["median"] <= 2_000  # a window, not the book
    assert any(name.startswith("monthly report") for name in encrypted)
    assert any(name.startswith("longest GUI stall during the monthly report") for name in encrypted)
    assert "| search: card scan |" in done.stdout  # the Markdown table for RESULTS.md
