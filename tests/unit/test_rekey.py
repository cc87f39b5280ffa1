"""Changing the passphrase: the old one stops opening the shop, the new one opens it with
every record intact, the shop stays usable, and older backups keep the OLD passphrase."""

from __future__ import annotations

import pytest

from app.core import backups, customers, paths, rekey
from app.core.errors import PermissionDenied, ValidationError, WrongPassphrase
from app.core.shop import Shop
from app.store import backup as store
from tests.conftest import CASHIER, FAST_KDF, PASSPHRASE, staff_named

NEW = "a brand new long passphrase"


def names(shop) -> list[str]:
    return sorted(c.first_name for c in customers.find(shop, "", limit=500))


def test_rekey_refuses_the_old_passphrase_and_opens_with_the_new(shop):
    before = names(shop)
    older = backups.make(shop)
    done = rekey.change_passphrase(shop, PASSPHRASE, NEW, NEW)
    assert done.older_backups == 1 and "OLD passphrase" in rekey.OLDER_BACKUPS_NOTE
    assert done.fresh_backup is not None and done.fresh_backup.verified
    # the open shop carries on under the new key
    customers.register(shop, {"first_name": "Nadia", "phone": "052-555-4444"})
    folder = shop.folder
    shop.close()
    assert (
        not list(folder.glob("*-wal"))
        or paths.db_path(folder).with_name("counterpart.db-wal").stat().st_size == 0
    )
    with pytest.raises(WrongPassphrase):
        Shop.open(folder, PASSPHRASE, channel="cli", kdf_iter=FAST_KDF)
    reopened = Shop.open(folder, NEW, channel="cli", kdf_iter=FAST_KDF)
    try:
        assert names(reopened) == sorted([*before, "Nadia"])
        assert reopened.db.integrity_ok()
    finally:
        reopened.close()
    # the backup made before keeps the old passphrase; the fresh one has the new
    assert store.check_file(older.path, PASSPHRASE, FAST_KDF).ok
    assert not store.check_file(older.path, NEW, FAST_KDF).ok
    assert store.check_file(done.fresh_backup.path, NEW, FAST_KDF).ok


def test_rekey_needs_the_current_passphrase_and_a_good_new_one(shop):
    with pytest.raises(WrongPassphrase):
        rekey.change_passphrase(shop, "not the current one", NEW, NEW)
    with pytest.raises(ValidationError) as short:
        rekey.change_passphrase(shop, PASSPHRASE, "short", "short")
    assert short.value.field == "passphrase"
    with pytest.raises(ValidationError) as differ:
        rekey.change_passphrase(shop, PASSPHRASE, NEW, NEW + "!")
    assert differ.value.field == "passphrase_repeat"
    assert names(shop)  # nothing was changed: the shop still works under the old key
    shop.close()
    Shop.open(shop.folder, PASSPHRASE, channel="cli", kdf_iter=FAST_KDF).close()


def test_a_cashier_cannot_rekey(shop):
    shop.act_as(staff_named(shop, CASHIER[0]))
    with pytest.raises(PermissionDenied):
        rekey.change_passphrase(shop, PASSPHRASE, NEW, NEW)
