"""The counter and a kiosk on the same shop file at once: two real OS processes, one
recording purchases, the other answering surveys as the kiosk does, both writing for a few
seconds. Neither sees "database is locked", and every id either acknowledged is there
afterwards, with the alerts and NPS counts the answers call for."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from app.core import alerts, surveys
from app.core.shop import Shop
from app.store import purchases as purchase_rows
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
SECONDS = 3


def start(mode: str, folder: Path) -> subprocess.Popen:
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.e2e.shop_worker",
            mode,
            str(folder),
            PASSPHRASE,
            str(FAST_KDF),
            str(SECONDS),
        ],
        cwd=ROOT,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = child.stdout.readline().strip()
    assert ready == "ready", child.stderr.read()[-2000:]
    return child


def finish(child: subprocess.Popen) -> list[str]:
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err[-2000:]
    assert "locked" not in err and "Traceback" not in err, err[-2000:]
    lines = out.splitlines()
    assert lines[-1] == "done"
    return lines[:-1]


def test_counter_and_kiosk_write_at_once_without_locks_or_losses(shop_dir):
    counter, kiosk = start("counter", shop_dir), start("kiosk", shop_dir)
    for child in (counter, kiosk):  # both open; now both write at once
        child.stdin.write("go\n")
        child.stdin.flush()
    bought = [int(line) for line in finish(counter)]
    answered = [tuple(int(x) for x in line.split()) for line in finish(kiosk)]
    assert len(bought) >= 10 and len(answered) >= 10  # both really wrote side by side

    shop = Shop.open(shop_dir, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    try:
        assert shop.db.integrity_ok()
        with shop.read() as session:
            missing = [p for p in bought if purchase_rows.get(session, p) is None]
        assert missing == []
        month = surveys.nps(shop)
        assert month.total == len(answered)
        assert month.detractors == sum(1 for _, score, _, _ in answered if score <= 6)
        raised = alerts.listing(shop, limit=100_000)
        assert len(raised) == sum(n for _, _, n, _ in answered)
        for customer in range(1, 5):
            kept = {r.id for r in surveys.answers_of(shop, customer, limit=100_000)}
            assert kept == {rid for rid, _, _, c in answered if c == customer}
    finally:
        shop.close()
