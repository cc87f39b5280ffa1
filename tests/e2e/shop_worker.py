"""Child process for the two-process test, as the counter or the kiosk: opens its own Shop
on the file, prints "ready", waits for "go" on stdin, then for SECONDS seconds records
purchases (counter, a staff member signed in) or answers the checkout NPS (kiosk, nobody
signed in, channel kiosk), printing each id once its transaction has committed; "done"
at the end.

    python -m tests.e2e.shop_worker counter|kiosk FOLDER PASSPHRASE KDF SECONDS
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from app.core import purchases, surveys
from app.core.shop import Shop

PAUSE = 0.01  # between two sales or two answers: a busy till, not a tight loop


def counter(shop: Shop, n: int) -> str:
    lines = [purchases.LineInput("Coffee", 1, "12.50", "drinks")]
    bought = purchases.record(shop, 1 + n % 4 if n % 5 else None, lines=lines, receipt=f"R{n}")
    return str(bought.id)


def kiosk(shop: Shop, n: int, survey=None) -> str:
    question = survey.questions[0].id
    customer = None if n % 3 else 1 + n % 4  # every third customer scans their card
    done = surveys.answer(
        shop,
        survey.id,
        {question: {"score": n % 11, "why": f"visit {n}"}},
        customer_id=customer,
        channel="kiosk",
    )
    return f"{done.response_id} {n % 11} {len(done.alerts)} {customer or 0}"


def main() -> None:
    mode, folder, passphrase = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    kdf, seconds = int(sys.argv[4]) or None, float(sys.argv[5])
    shop = Shop.open(folder, passphrase, channel=mode, kdf_iter=kdf)
    if mode == "counter":
        shop.act_as(shop.staff_list()[0])
        step = counter
    else:
        survey = next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")
        step = lambda shop, n: kiosk(shop, n, survey)  # noqa: E731
    print("ready", flush=True)
    if sys.stdin.readline().strip() != "go":
        return
    stop, n = time.monotonic() + seconds, 0
    while time.monotonic() < stop:
        n += 1
        print(step(shop, n), flush=True)
        time.sleep(PAUSE)
    shop.close()
    print("done", flush=True)


if __name__ == "__main__":
    main()
