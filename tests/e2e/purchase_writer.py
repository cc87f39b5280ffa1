"""Child process for the crash test: records purchases in a loop and prints each id on
stdout the moment its transaction has committed. The parent kills it with SIGKILL."""

from __future__ import annotations

import sys
from pathlib import Path

from app.core import purchases
from app.core.shop import Shop


def main() -> None:
    folder, passphrase, kdf = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]) or None
    shop = Shop.open(folder, passphrase, channel="cli", kdf_iter=kdf)
    shop.act_as(shop.staff_list()[0])
    n = 0
    while True:
        n += 1
        customer = 1 + n % 4
        lines = [purchases.LineInput("Coffee", 1, "12.50", "drinks"),
                 purchases.LineInput("Croissant", 2, "9.00", "bakery")]
        bought = purchases.record(shop, customer if n % 5 else None, lines=lines,
                                  receipt=f"R{n}")
        sys.stdout.write(f"{bought.id}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
