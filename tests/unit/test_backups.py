"""Backups on real encrypted shop files: a restore brings back exactly what was backed up,
verification catches damage, rotation keeps 7 daily / 4 weekly / 12 monthly, and a damaged
shop file is caught at open with the latest good backup proposed."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.core import backups, customers, paths, restore
from app.core.errors import PermissionDenied, ValidationError, WrongPassphrase
from app.core.shop import Shop
from app.store import backup as store
from tests.conftest import CASHIER, FAST_KDF, PASSPHRASE, staff_named


def names(shop) -> list[str]:
    return sorted(c.first_name for c in customers.find(shop, "", limit=500))


def flip_bytes(path: Path, offset: int, count: int = 16) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        data = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in data))


# -- making and verifying --------------------------------------------------------------
def test_a_backup_is_encrypted_verified_and_keeps_the_kdf(shop):
    info = backups.make(shop)
    assert info.verified and info.kind == "manual" and info.revision
    assert info.path.parent == paths.backups_dir(shop.folder)
    assert b"Dana" not in info.path.read_bytes() and b"SQLite format" not in info.path.read_bytes()
    assert store.check_file(info.path, PASSPHRASE, FAST_KDF).ok
    assert not store.check_file(info.path, PASSPHRASE, None).ok  # same KDF as the shop
    assert not store.check_file(info.path, "not the passphrase", FAST_KDF).ok
    assert [b.name for b in backups.listing(shop)] == [info.name]


def test_backup_then_change_then_restore_gives_back_the_same_data(shop):
    before = names(shop)
    made = backups.make(shop)
    customers.register(shop, {"first_name": "Later", "phone": "052-555-9999"})
    assert names(shop) != before
    done = restore.restore(shop, made.path)
    assert names(shop) == before
    # ... and the state before the restore was backed up first, and holds the change
    assert done.safety_copy.exists() and "before-restore" in done.safety_copy.name
    copy = shop.folder.parent / "copy"
    copy.mkdir()
    shutil.copy(done.safety_copy, paths.db_path(copy))
    later = Shop.open(copy, PASSPHRASE, channel="cli", kdf_iter=FAST_KDF)
    try:
        assert "Later" in names(later)
    finally:
        later.close()
    # the shop stays usable and audited the restore
    customers.register(shop, {"first_name": "After", "phone": "052-555-8888"})
    assert "After" in names(shop)


def test_verify_catches_a_damaged_backup(shop):
    info = backups.make(shop)
    damaged = info.path.with_name(backups.file_name(info.made_at + timedelta(seconds=1), "manual"))
    shutil.copy(info.path, damaged)
    flip_bytes(damaged, info.size // 2)
    checked = backups.verify(shop, damaged)
    assert not checked.verified and checked.problem
    assert backups.verify(shop, info.path).verified
    listed = {b.name: b.verified for b in backups.listing(shop)}
    assert listed == {info.name: True, damaged.name: False}
    with pytest.raises(ValidationError, match="damaged"):
        restore.restore(shop, damaged)


def test_only_a_manager_backs_up_restores_or_moves_backups(shop):
    made = backups.make(shop)
    shop.act_as(staff_named(shop, CASHIER[0]))
    for call in (
        lambda: backups.make(shop),
        lambda: restore.restore(shop, made.path),
        lambda: backups.set_folder(shop, str(shop.folder)),
    ):
        with pytest.raises(PermissionDenied):
            call()
    assert backups.verify(shop, made.path).verified  # checking is anyone's


def test_a_chosen_folder_is_used_and_remembered_outside_the_file(shop, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    backups.set_folder(shop, str(stick))
    info = backups.make(shop)
    assert info.path.parent == stick.resolve()
    assert stick.resolve() in backups.known_folders(shop.folder)
    with pytest.raises(ValidationError) as missing:
        backups.set_folder(shop, str(tmp_path / "nowhere"))
    assert missing.value.field == "backup_folder"
    shutil.rmtree(stick)  # the stick is pulled out: automatic backups fall back
    auto = backups.backup_if_due(shop, now=info.made_at + timedelta(days=2))
    assert auto is not None and auto.path.parent == paths.backups_dir(shop.folder)


def test_daily_and_close_backups_only_when_due(shop):
    first = backups.backup_if_due(shop)
    assert first is not None and first.kind == "daily"
    assert backups.backup_if_due(shop) is None
    assert backups.backup_if_due(shop, now=first.made_at + timedelta(hours=25)) is not None
    assert backups.backup_on_close(shop) is None  # nothing written since
    customers.register(shop, {"first_name": "New", "phone": "052-555-7777"})
    closing = backups.backup_on_close(shop)
    assert closing is not None and closing.kind == "close"


# -- rotation (pure) --------------------------------------------------------------------
def daily_names(days: int, start: datetime = datetime(2024, 1, 1, 21, 0)) -> list[str]:
    return [backups.file_name(start + timedelta(days=i), "daily") for i in range(days)]


def test_rotation_keeps_exactly_7_daily_4_weekly_12_monthly():
    names_ = daily_names(800) + daily_names(800, datetime(2024, 1, 1, 9, 0))
    plan = backups.rotation(names_)
    assert (len(plan.daily), len(plan.weekly), len(plan.monthly)) == (7, 4, 12)
    when = {n: backups.parse_name(n)[0] for n in plan.keep}
    newest = max(when.values())
    assert newest == datetime(2024, 1, 1, 21, 0) + timedelta(days=799)
    assert len({when[n].date() for n in plan.daily}) == 7
    assert len({when[n].isocalendar()[:2] for n in plan.weekly}) == 4
    assert len({(when[n].year, when[n].month) for n in plan.monthly}) == 12
    assert all(when[n].hour == 21 for n in plan.keep)  # the newest of each day
    assert len(plan.keep) + len(plan.drop) == len(names_)
    assert len(plan.keep) == len(set(plan.daily) | set(plan.weekly) | set(plan.monthly))


def test_rotation_keeps_everything_while_there_is_little_and_spares_other_files():
    few = daily_names(5)
    assert backups.rotation(few).drop == []
    others = [
        "before-upgrade-0004-20240101-120000.db",
        "counterpart-20200101-000000-before-restore.db",
        "counterpart-20200101-000000-manual.db",
        "notes.txt",
        "counterpart.db",
    ]
    plan = backups.rotation(daily_names(400) + others)
    assert not set(others) & set(plan.drop)


def test_rotate_removes_files_and_their_notes(tmp_path):
    for name in daily_names(40):
        (tmp_path / name).write_bytes(b"x")
        (tmp_path / (name + ".verified.json")).write_text("{}")
    removed = backups.rotate(tmp_path)
    left = sorted(p.name for p in tmp_path.glob("*.db"))
    assert len(left) == 40 - len(removed)
    assert set(left) == backups.rotation(daily_names(40)).keep
    assert len(list(tmp_path.glob("*.verified.json"))) == len(left)


def test_names_round_trip():
    when = datetime(2025, 3, 4, 5, 6, 7)
    assert backups.parse_name(backups.file_name(when, "close")) == (when, "close")
    assert backups.parse_name(backups.file_name(when, "before-restore", 2)) == (
        when.replace(microsecond=2),
        "before-restore",
    )  # the second one that second
    assert backups.parse_name("before-upgrade-0003-20250304-050607.db") == (when, "before-upgrade")
    assert backups.parse_name("counterpart.db") is None


# -- damage at open -----------------------------------------------------------------------
def test_a_damaged_shop_is_caught_at_open_with_the_latest_good_backup(shop):
    older = backups.make(shop)
    good = backups._make(shop, "daily")  # noqa: SLF001
    folder = shop.folder
    shop.db.checkpoint()
    shop.close()
    db = paths.db_path(folder)
    flip_bytes(db, db.stat().st_size - 3000)
    with pytest.raises(restore.ShopDamaged) as caught:
        restore.open_checked(folder, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    assert caught.value.good is not None and caught.value.good.name == good.name
    assert good.name in caught.value.message and older.name != good.name
    done = restore.restore_damaged(folder, caught.value.good.path, PASSPHRASE, FAST_KDF)
    assert done.safety_copy.exists() and done.safety_copy.name.startswith("damaged-")
    again = restore.open_checked(folder, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    try:
        assert "Dana" in names(again)
    finally:
        again.close()


def test_a_damaged_first_page_is_told_apart_from_a_wrong_passphrase(shop):
    good = backups.make(shop)
    folder = shop.folder
    shop.close()
    flip_bytes(paths.db_path(folder), 100)
    with pytest.raises(restore.ShopDamaged) as caught:
        restore.open_checked(folder, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    assert caught.value.good.name == good.name
    with pytest.raises(WrongPassphrase):  # a really wrong passphrase stays just that
        restore.open_checked(folder, "something else", channel="counter", kdf_iter=FAST_KDF)


def test_a_sound_shop_opens_checked(shop_dir):
    opened = restore.open_checked(shop_dir, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    opened.close()


def test_a_damaged_backups_problem_keeps_its_words_for_translation(shop):
    """The note beside a backup keeps the problem as a template with its values, so the
    Backups screen can say it in Hebrew or Persian later; English for whoever reads it."""
    info = backups.make(shop)
    damaged = info.path.with_name(backups.file_name(info.made_at + timedelta(seconds=1), "manual"))
    shutil.copy(info.path, damaged)
    flip_bytes(damaged, info.size // 2)
    checked = backups.verify(shop, damaged)
    listed = next(b for b in backups.listing(shop) if b.name == damaged.name)
    for problem in (checked.problem, listed.problem):
        assert problem.template in ("{count} damaged page(s): {detail}",
                                    "The database structure is damaged: {detail}",
                                    "It can't be read through: {detail}.")
        assert str(problem) == problem.template.format(**problem.values)
    assert str(listed.problem) == str(checked.problem)
