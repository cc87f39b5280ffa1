"""Kill a purchase-writing process at random moments and check nothing acknowledged is
lost. Used by the test suite (50 kills) and on its own for a long run:

    python -m tests.e2e.crash SHOP_DIR PASSPHRASE KDF_ITER KILLS
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def kill_rounds(folder: Path, passphrase: str, kdf: int, kills: int, seed: int = 7) -> set[int]:
    """Run the writer `kills` times, SIGKILL it at a random moment after its first commit,
    and return every purchase id it acknowledged."""
    rng = random.Random(seed)
    acknowledged: set[int] = set()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.e2e.purchase_writer", str(folder), passphrase, str(kdf)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        first = child.stdout.readline()  # wait for the first commit
        if not first:
            raise RuntimeError(f"writer failed: {child.stderr.read()[-2000:]}")
        acknowledged.add(int(first))
        time.sleep(rng.uniform(0.0, 0.15))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate()
        # A line cut off by the kill was never acknowledged; whole lines were.
        for line in out.splitlines(keepends=True):
            if line.endswith("\n"):
                acknowledged.add(int(line))
    return acknowledged


if __name__ == "__main__":
    shop_dir, secret, kdf_iter, rounds = sys.argv[1:5]
    started = time.monotonic()
    ids = kill_rounds(Path(shop_dir), secret, int(kdf_iter), int(rounds))
    print(f"{rounds} kills, {len(ids)} acknowledged purchases, {time.monotonic() - started:.0f} s")
