"""Kill a purchase-writing process at random moments and check nothing acknowledged is
lost. Used by the test suite (50 kills) and on its own for a long run in a fresh shop:

    python -m tests.e2e.crash 1000
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


def main(kills: int) -> int:
    import tempfile  # noqa: PLC0415

    from app.core import customers  # noqa: PLC0415
    from app.core.settings import ShopSettings  # noqa: PLC0415
    from app.core.shop import Shop  # noqa: PLC0415
    from app.store import purchases as purchase_rows  # noqa: PLC0415

    secret = "crash test passphrase"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "shop"
        shop = Shop.create(folder, secret, ShopSettings(region="IL"), "Maya", "1234",
                           channel="cli")
        shop.act_as(shop.staff_list()[0])
        for n in range(4):
            customers.register(shop, {"first_name": f"C{n}", "phone": f"052-555-000{n}"})
        shop.close()
        started = time.monotonic()
        ids = kill_rounds(folder, secret, 0, kills)
        shop = Shop.open(folder, secret, channel="cli")
        with shop.read() as session:
            missing = [pid for pid in ids if purchase_rows.get(session, pid) is None]
        healthy = shop.db.integrity_ok()
        shop.close()
    print(f"{kills} kills, {len(ids)} acknowledged purchases, {len(missing)} missing, "
          f"integrity {'ok' if healthy else 'FAILED'}, {time.monotonic() - started:.0f} s")
    return 0 if healthy and not missing else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
