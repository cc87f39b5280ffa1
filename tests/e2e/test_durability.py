"""An acknowledged purchase survives kill -9: a real child process, really killed."""

from __future__ import annotations

from app.core.shop import Shop
from app.store import purchases as purchase_rows
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.e2e.crash import kill_rounds


def test_every_acknowledged_purchase_survives_sigkill(shop_dir):
    acknowledged = kill_rounds(shop_dir, PASSPHRASE, FAST_KDF, kills=50)
    assert len(acknowledged) >= 50

    shop = Shop.open(shop_dir, PASSPHRASE, channel="cli", kdf_iter=FAST_KDF)
    try:
        assert shop.db.integrity_ok()
        with shop.read() as session:
            missing = [pid for pid in acknowledged if purchase_rows.get(session, pid) is None]
        assert missing == []
    finally:
        shop.close()
