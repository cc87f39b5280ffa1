"""`counterpart kiosk` as its own process (offscreen) beside the counter working on the same
encrypted shop file: it unlocks with COUNTERPART_PASSPHRASE, stays up, takes the survey the
counter sends while the counter keeps writing sales and answers, and nobody sees "database
is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import select

from app.core import customers, purchases, surveys
from app.core.settings import ShopSettings
from app.core.shop import Shop
from app.store.models import KioskRequest
from tests.conftest import MANAGER, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]


def taken(shop: Shop, request_id: int) -> bool:
    with shop.read() as session:
        row = session.scalars(select(KioskRequest).where(KioskRequest.id == request_id)).one()
        return row.taken_at is not None


def test_the_kiosk_process_takes_a_hand_off_while_the_counter_writes(tmp_path):
    folder = tmp_path / "shop"
    counter = Shop.create(
        folder,
        PASSPHRASE,
        ShopSettings(shop_name="Corner Café", region="IL"),
        *MANAGER,
        channel="counter",
    )  # the production key derivation
    counter.act_as(counter.staff_list()[0])
    dana = customers.register(counter, {"first_name": "Dana", "phone": "052-555-1234"})
    nps = next(s for s in surveys.list_surveys(counter) if s.name == "Checkout NPS")
    environ = {k: v for k, v in os.environ.items() if not k.startswith("COUNTERPART_")}
    environ.update(
        COUNTERPART_PASSPHRASE=PASSPHRASE,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONUTF8="1",
    )
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(folder), "kiosk"],
        cwd=ROOT,
        env=environ,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        sale = purchases.record(counter, dana.id, "12.50")
        request = surveys.send_to_kiosk(counter, nps.id, dana.id, sale.id)
        # the counter keeps working while the kiosk polls (each poll is a write)
        deadline = time.monotonic() + 60
        written = 0
        while not taken(counter, request.id) and time.monotonic() < deadline:
            assert kiosk.poll() is None, kiosk.communicate(timeout=10)
            bought = purchases.record(counter, dana.id, "3.00")
            surveys.answer(
                counter, nps.id, {nps.questions[0].id: 9}, purchase_id=bought.id, channel="counter"
            )
            written += 1
            time.sleep(0.02)  # a busy counter, not a bulk import
        assert taken(counter, request.id), "the kiosk never took the survey the counter sent"
        assert kiosk.poll() is None  # still up, full screen, waiting for the customer
        assert written > 0, written
        assert len(surveys.answers_of(counter, dana.id, limit=1000)) == written
    finally:
        kiosk.terminate()  # the test's own process, ended by its handle
        _out, err = kiosk.communicate(timeout=20)
        counter.close()
    assert "Traceback" not in err and "database is locked" not in err, err
