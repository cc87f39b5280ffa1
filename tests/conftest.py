"""Shared fixtures: real encrypted shop files, made once per session and copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.core import customers  # noqa: E402
from app.core.settings import ShopSettings  # noqa: E402
from app.core.shop import Shop  # noqa: E402

PASSPHRASE = "correct horse battery"
FAST_KDF = 2  # key derivation rounds for test files; one test covers the production default
MANAGER = ("Maya", "1234")
CASHIER = ("Sam", "2222")


@pytest.fixture(scope="session")
def template_shop(tmp_path_factory) -> Path:
    """A shop with a manager, a cashier and a few customers, in Israel (region IL)."""
    folder = tmp_path_factory.mktemp("template") / "shop"
    shop = Shop.create(
        folder, PASSPHRASE, ShopSettings(shop_name="Corner Café", currency="ILS", region="IL"),
        MANAGER[0], MANAGER[1], channel="counter", kdf_iter=FAST_KDF,
    )
    shop.act_as(shop.staff_list()[0])
    shop.add_staff(CASHIER[0], "cashier", CASHIER[1])
    for raw in (
        {"first_name": "Dana", "last_name": "Cohen", "phone": "052-555-1234"},
        {"first_name": "Zoë", "last_name": "Martin", "email": "zoe@example.com"},
        {"first_name": "אביגיל", "last_name": "לוי", "phone": "054-765-4321"},
        {"first_name": "مریم", "last_name": "احمدی", "phone": "+98 912 345 6789"},
    ):
        customers.register(shop, raw)
    shop.db.checkpoint()
    shop.close()
    return folder


@pytest.fixture
def shop_dir(template_shop, tmp_path) -> Path:
    folder = tmp_path / "shop"
    shutil.copytree(template_shop, folder)
    return folder


@pytest.fixture
def shop(shop_dir):
    """The copied shop, open, with the manager acting."""
    opened = Shop.open(shop_dir, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    opened.act_as(next(m for m in opened.staff_list() if m.name == MANAGER[0]))
    yield opened
    opened.close()


def staff_named(shop: Shop, name: str):
    return next(m for m in shop.staff_list() if m.name == name)
