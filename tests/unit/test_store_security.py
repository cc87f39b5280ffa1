"""The shop file at rest: encrypted (database and WAL), untouched by a wrong passphrase,
keyed with SQLCipher's production key derivation, opened with the PRAGMAs we rely on."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.core import customers, paths
from app.core.errors import ShopMissing, StoreCorrupt, WrongPassphrase
from app.core.settings import ShopSettings
from app.core.shop import Shop
from app.store.engine import PRODUCTION_KDF_ITER, Database
from app.store.models import Customer
from tests.conftest import FAST_KDF, MANAGER, PASSPHRASE, staff_named

SECRET = {
    "first_name": "Zebulon",
    "last_name": "Quixotic",
    "phone": "052-987-6543",
    "email": "Zebulon.Quixotic@Example.org",
    "address": "Marmalade Lane 17, Tel Aviv",
    "notes": "Prefers the xylophone-shaped biscuits",
}
NEEDLES = [
    b"SQLite format 3",
    b"Zebulon", b"zebulon", b"ZEBULON",
    b"Quixotic", b"quixotic",
    b"+972529876543", b"972529876543", b"0529876543", b"052-987-6543", b"529876543",
    b"zebulon.quixotic@example.org", b"Zebulon.Quixotic@Example.org", b"example.org",
    b"Marmalade", b"xylophone",
    "Zebulon".encode("utf-16-le"),
]


def shop_files(folder: Path) -> dict[str, Path]:
    db = paths.db_path(folder)
    return {
        suffix or "db": Path(f"{db}{suffix}")
        for suffix in ("", "-wal", "-shm")
        if Path(f"{db}{suffix}").exists()
    }


def digests(folder: Path) -> dict[str, str]:
    """sha256 of every file in the folder, by relative path."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def assert_no_plaintext(path: Path) -> None:
    data = path.read_bytes()
    leaked = [needle for needle in NEEDLES if needle in data]
    assert not leaked, f"{path.name} holds plain text: {leaked}"


# -- (a) nothing readable on disk ---------------------------------------------------------
def test_database_and_wal_hold_no_plaintext(shop):
    member = customers.register(shop, SECRET)
    assert member.phone == "+972529876543"  # the stored form is one of the needles

    files = shop_files(shop.folder)
    wal = files.get("-wal")
    assert wal is not None and wal.stat().st_size > 0, "the write should sit in the WAL"
    for path in files.values():
        assert_no_plaintext(path)

    shop.db.checkpoint()  # the pages move from the WAL into the database file
    files = shop_files(shop.folder)
    assert files["-wal"].stat().st_size == 0
    for path in files.values():
        assert_no_plaintext(path)

    # And it really is in there: the same bytes opened with the passphrase give it back.
    assert [c.id for c in customers.find(shop, "quixotic")] == [member.id]
    shop.close()
    for path in shop_files(shop.folder).values():
        assert_no_plaintext(path)


def test_a_crash_image_wal_is_encrypted_and_recoverable(shop, tmp_path):
    """Copy the database and its WAL while the shop is open (what a power cut leaves): the
    WAL alone is ciphertext, and opening the copy replays it."""
    member = customers.register(shop, SECRET)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for path in shop_files(shop.folder).values():
        if not path.name.endswith("-shm"):
            shutil.copy2(path, crashed / path.name)
    assert (crashed / "counterpart.db-wal").stat().st_size > 0
    for path in crashed.iterdir():
        assert_no_plaintext(path)

    again = Shop.open(crashed, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    try:
        assert customers.get(again, member.id).last_name == "Quixotic"
    finally:
        again.close()


# -- (b) a wrong passphrase harms nothing --------------------------------------------------
def test_wrong_passphrase_leaves_the_file_untouched(shop_dir):
    before = digests(shop_dir)
    assert "counterpart.db" in before
    with pytest.raises(WrongPassphrase) as caught:
        Shop.open(shop_dir, "not the passphrase", channel="counter", kdf_iter=FAST_KDF)
    assert "passphrase" in caught.value.message.lower()
    assert digests(shop_dir) == before  # same files (no -wal, -shm, backups made), same bytes


def test_an_empty_passphrase_is_a_wrong_passphrase(shop_dir):
    """SQLCipher refuses an empty key with its own error; the user gets our message (and the
    command line its exit code 3), not "the store is corrupt"."""
    before = digests(shop_dir)
    with pytest.raises(WrongPassphrase):
        Shop.open(shop_dir, "", channel="counter", kdf_iter=FAST_KDF)
    with pytest.raises(WrongPassphrase):
        Database(paths.db_path(shop_dir), "", FAST_KDF)
    assert digests(shop_dir) == before


def test_wrong_passphrase_leaves_database_and_wal_untouched(shop, tmp_path):
    """A shop left with a WAL (crash image): a wrong passphrase changes neither file, and the
    right one still finds what the WAL holds."""
    member = customers.register(shop, SECRET)
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for name in ("counterpart.db", "counterpart.db-wal"):
        shutil.copy2(shop.folder / name, crashed / name)
    before = digests(crashed)
    assert set(before) == {"counterpart.db", "counterpart.db-wal"}

    for wrong in ("not the passphrase", PASSPHRASE.upper(), PASSPHRASE + " ", ""):
        with pytest.raises(WrongPassphrase):
            Shop.open(crashed, wrong, channel="counter", kdf_iter=FAST_KDF)
        with pytest.raises(WrongPassphrase):
            Database(paths.db_path(crashed), wrong, FAST_KDF)
    after = digests(crashed)
    assert {k: after.get(k) for k in before} == before
    assert set(after) <= {"counterpart.db", "counterpart.db-wal", "counterpart.db-shm"}

    again = Shop.open(crashed, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    try:
        assert customers.get(again, member.id).first_name == "Zebulon"
    finally:
        again.close()


def test_opening_a_missing_shop_creates_nothing(tmp_path):
    missing = tmp_path / "nowhere"
    with pytest.raises(ShopMissing):
        Shop.open(missing, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    assert not missing.exists()

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ShopMissing):
        Shop.open(empty, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)
    assert list(empty.iterdir()) == []


def test_an_empty_file_is_not_opened_as_a_new_shop(tmp_path):
    """A shop file truncated to nothing (a failed copy, a full disk) must not turn into a new,
    empty shop under whatever passphrase was typed, with no staff who could sign in."""
    folder = tmp_path / "truncated"
    folder.mkdir()
    paths.db_path(folder).write_bytes(b"")
    with pytest.raises((StoreCorrupt, WrongPassphrase)):
        Shop.open(folder, "any old passphrase", channel="counter", kdf_iter=FAST_KDF)
    assert paths.db_path(folder).read_bytes() == b""


# -- (c) the production key derivation -----------------------------------------------------
def test_production_key_derivation(tmp_path):
    folder = tmp_path / "real"
    shop = Shop.create(folder, PASSPHRASE, ShopSettings(region="IL"), *MANAGER,
                       channel="counter", kdf_iter=None)
    shop.close()

    shop = Shop.open(folder, PASSPHRASE, channel="counter")  # kdf_iter defaults to production
    try:
        with shop.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA kdf_iter").scalar() == str(PRODUCTION_KDF_ITER)
            assert conn.exec_driver_sql("PRAGMA cipher_version").scalar().startswith("4.")
        assert PRODUCTION_KDF_ITER == 256_000
        assert [m.name for m in shop.staff_list()] == [MANAGER[0]]
    finally:
        shop.close()
    # The key really was derived with 256,000 rounds: the test-speed setting can't open it.
    with pytest.raises(WrongPassphrase):
        Database(paths.db_path(folder), PASSPHRASE, FAST_KDF)


# -- (d) the PRAGMAs ------------------------------------------------------------------------
def test_pragmas_in_force(shop):
    with shop.db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("kdf_iter") == str(FAST_KDF)
    # The sessions core uses run on connections set up the same way.
    with shop.db.write() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2


def test_foreign_keys_are_enforced(shop):
    dana = customers.resolve(shop, "052-555-1234")
    maya = staff_named(shop, MANAGER[0]).id
    with pytest.raises(IntegrityError), shop.db.write() as session:
        session.execute(
            text("UPDATE customers SET created_by = 9999 WHERE id = :id"), {"id": dana.id}
        )
    with shop.db.read() as session:
        row = session.scalar(select(Customer).where(Customer.id == dana.id))
        assert row.created_by == maya
    # The failed write left the connection clean: the next write goes through.
    customers.update(shop, dana.id, {"notes": "still fine"})
    assert customers.get(shop, dana.id).notes == "still fine"


def test_writes_take_the_write_lock_up_front(shop):
    """db.write() begins IMMEDIATE: once its transaction has started, even before it writes,
    another connection can't start a write; a read transaction doesn't block writers."""
    other = Database(shop.db.path, PASSPHRASE, FAST_KDF)
    raw = other.engine.raw_connection()
    try:
        cur = raw.driver_connection.cursor()
        cur.execute("PRAGMA busy_timeout = 0")
        with shop.db.write() as session:
            session.execute(text("SELECT count(*) FROM customers"))  # a read, no write yet
            with pytest.raises(Exception, match="locked"):
                cur.execute("BEGIN IMMEDIATE")
        with shop.db.read() as session:
            session.execute(text("SELECT count(*) FROM customers"))
            cur.execute("BEGIN IMMEDIATE")
            cur.execute("ROLLBACK")
    finally:
        raw.close()
        other.close()


# -- (e) passphrases with quotes -------------------------------------------------------------
@pytest.mark.parametrize(
    "passphrase",
    ['it\'s "quoted"; DROP TABLE customers; --', "שלום עולם ومرحبا", "back\\slash `tick` ]["],
)
def test_any_passphrase_works(tmp_path, passphrase):
    folder = tmp_path / "quoted"
    shop = Shop.create(folder, passphrase, ShopSettings(region="IL"), *MANAGER,
                       channel="counter", kdf_iter=FAST_KDF)
    shop.act_as(shop.staff_list()[0])
    member = customers.register(shop, {"first_name": "Quote", "phone": "052-711-2222"})
    shop.close()

    shop = Shop.open(folder, passphrase, channel="counter", kdf_iter=FAST_KDF)
    try:
        assert customers.get(shop, member.id).first_name == "Quote"
    finally:
        shop.close()
    for near_miss in (passphrase[:-1], passphrase.replace('"', "")):
        if near_miss != passphrase:
            with pytest.raises(WrongPassphrase):
                Shop.open(folder, near_miss, channel="counter", kdf_iter=FAST_KDF)
