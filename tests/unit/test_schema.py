"""The schema at open: a new shop is at head; an older one is backed up, then upgraded in one
transaction, so a migration that fails leaves the file exactly at its old version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import text

from app.core import customers, paths, staff
from app.core.context import Actor
from app.core.settings import ShopSettings
from app.core.shop import Shop
from app.store import schema
from app.store import settings as settings_rows
from app.store.engine import Database
from tests.conftest import FAST_KDF, MANAGER, PASSPHRASE

REAL_HEAD = schema.head_revision()  # the newest real migration; the tests add one on top

NICKNAME_EXTRA = '''"""A throwaway column.

Revision ID: 9999
Revises: HEAD
"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("customers", sa.Column("nickname", sa.String(40), nullable=False,
                                         server_default="pal"))


def downgrade() -> None:
    op.drop_column("customers", "nickname")
'''

BROKEN_EXTRA = '''"""Makes a table, changes a column set, then fails.

Revision ID: 9999
Revises: HEAD
"""
import sqlalchemy as sa
from alembic import op

revision = "9999"
down_revision = "HEAD"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_made", sa.Column("id", sa.Integer, primary_key=True))
    op.add_column("customers", sa.Column("doomed", sa.Integer))
    op.execute("INSERT INTO half_made (id) VALUES (1)")
    op.execute("UPDATE customers SET first_name = 'CLOBBERED'")
    raise RuntimeError("migration 9999 failed on purpose")


def downgrade() -> None:
    pass
'''


def open_shop(folder: Path) -> Shop:
    return Shop.open(folder, PASSPHRASE, channel="counter", kdf_iter=FAST_KDF)


def open_db(path: Path) -> Database:
    return Database(path, PASSPHRASE, FAST_KDF)


def tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'").scalars())


def columns(db: Database, table: str) -> set[str]:
    with db.engine.connect() as conn:
        return {row[1] for row in conn.exec_driver_sql(f"PRAGMA table_info({table})")}


def first_names(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT first_name FROM customers ORDER BY id").scalars())


@pytest.fixture
def migrations_with(tmp_path, monkeypatch):
    """Point the schema code at a copy of our migrations plus one extra revision file."""

    def install(name: str, source: str) -> Path:
        copy = tmp_path / "migrations"
        if not copy.exists():
            shutil.copytree(schema.MIGRATIONS, copy,
                            ignore=shutil.ignore_patterns("__pycache__"))
        for extra in (copy / "versions").glob("9999_*.py"):
            extra.unlink()
        (copy / "versions" / name).write_text(source.replace("HEAD", REAL_HEAD),
                                              encoding="utf-8")
        monkeypatch.setattr(schema, "MIGRATIONS", copy)
        assert schema.head_revision() == "9999"
        return copy

    return install


@pytest.fixture
def old_shop(tmp_path) -> Path:
    """A shop file made by the first release: schema 0001, one manager, one customer."""
    folder = tmp_path / "old"
    folder.mkdir()
    db = open_db(paths.db_path(folder))
    schema.upgrade(db, target="0001")
    actor = Actor(None, "", "", "counter-1", "counter")
    with db.write() as session:
        settings_rows.save(session, ShopSettings(shop_name="Old Shop", region="IL").as_dict())
        staff.add(session, actor, MANAGER[0], "manager", MANAGER[1])
        session.execute(text(
            "INSERT INTO customers (first_name, last_name, phone, email, card_number, "
            "first_key, last_key, phone_digits, created_at, created_workstation, "
            "created_channel) VALUES ('Ruth', 'Oldtimer', '+972525550001', "
            "'ruth@example.com', '290000000005', 'ruth', 'oldtimer', "
            "'972525550001 0525550001', '2020-01-01 10:00:00', 'counter-1', 'counter')"
        ))
    assert schema.current_revision(db) == "0001"
    db.close()
    return folder


def backups(folder: Path) -> list[Path]:
    where = paths.backups_dir(folder)
    return sorted(where.iterdir()) if where.exists() else []


# -- new and current shops ------------------------------------------------------------------
def test_a_new_shop_is_at_head(shop):
    head = schema.head_revision()
    assert head and schema.current_revision(shop.db) == head
    assert {"customers", "staff", "settings", "audit_log", "purchases"} <= tables(shop.db)
    assert backups(shop.folder) == []  # nothing to back up: it was made at head


def test_opening_a_current_shop_makes_no_backup(shop_dir):
    open_shop(shop_dir).close()
    open_shop(shop_dir).close()
    assert backups(shop_dir) == []


# -- upgrades --------------------------------------------------------------------------------
def test_an_old_shop_is_backed_up_then_upgraded(old_shop):
    shop = open_shop(old_shop)
    try:
        assert schema.current_revision(shop.db) == schema.head_revision()
        assert {"visits", "spend"} <= columns(shop.db, "customers")
        assert shop.settings.shop_name == "Old Shop"
        ruth = customers.resolve(shop, "052-555-0001")
        assert ruth.email == "ruth@example.com"
        assert [c.id for c in customers.find(shop, "oldtim")] == [ruth.id]
        assert [m.name for m in shop.staff_list()] == [MANAGER[0]]
        shop.sign_in(shop.staff_list()[0].id, MANAGER[1])
    finally:
        shop.close()

    [backup] = backups(old_shop)
    assert backup.name.startswith("before-upgrade-0001-") and backup.suffix == ".db"
    assert b"SQLite format 3" not in backup.read_bytes()[:4096]
    assert b"Oldtimer" not in backup.read_bytes()
    kept = open_db(backup)  # the backup is the old file, whole, under the same passphrase
    try:
        assert schema.current_revision(kept) == "0001"
        assert first_names(kept) == ["Ruth"]
        assert "purchases" not in tables(kept)
    finally:
        kept.close()

    open_shop(old_shop).close()  # now current: no second backup
    assert len(backups(old_shop)) == 1


def test_a_new_revision_is_applied_at_open_and_data_survives(shop_dir, migrations_with):
    migrations_with("9999_nickname.py", NICKNAME_EXTRA)
    shop = open_shop(shop_dir)
    try:
        assert schema.current_revision(shop.db) == "9999"
        assert "nickname" in columns(shop.db, "customers")
        assert first_names(shop.db) == ["Dana", "Zoë", "אביגיל", "مریم"]
        assert [c.first_name for c in customers.find(shop, "dana")] == ["Dana"]
    finally:
        shop.close()
    [backup] = backups(shop_dir)
    assert backup.name.startswith(f"before-upgrade-{REAL_HEAD}-")


def test_a_failing_migration_leaves_the_file_at_its_old_version(shop_dir, migrations_with):
    migrations_with("9999_broken.py", BROKEN_EXTRA)
    with pytest.raises(RuntimeError, match="on purpose"):
        open_shop(shop_dir)

    db = open_db(paths.db_path(shop_dir))
    try:
        assert schema.current_revision(db) == REAL_HEAD
        assert "half_made" not in tables(db)
        assert "doomed" not in columns(db, "customers")
        assert first_names(db) == ["Dana", "Zoë", "אביגיל", "مریم"]
        assert db.integrity_ok()
    finally:
        db.close()
    [backup] = backups(shop_dir)
    assert backup.name.startswith(f"before-upgrade-{REAL_HEAD}-")


def test_one_transaction_for_the_whole_upgrade(old_shop, migrations_with):
    """0001 -> the real head works, the extra one fails: the file stays at 0001, without
    the later tables."""
    migrations_with("9999_broken.py", BROKEN_EXTRA)
    with pytest.raises(RuntimeError, match="on purpose"):
        open_shop(old_shop)

    db = open_db(paths.db_path(old_shop))
    try:
        assert schema.current_revision(db) == "0001"
        assert not {"purchases", "purchase_lines", "refunds", "half_made"} & tables(db)
        assert "visits" not in columns(db, "customers")
        assert first_names(db) == ["Ruth"]
    finally:
        db.close()
    [backup] = backups(old_shop)
    assert backup.name.startswith("before-upgrade-0001-")

    # With the broken revision gone, the same file upgrades normally.
    migrations_with("9999_nickname.py", NICKNAME_EXTRA)
    shop = open_shop(old_shop)
    try:
        assert schema.current_revision(shop.db) == "9999"
        assert customers.resolve(shop, "ruth@example.com").last_name == "Oldtimer"
    finally:
        shop.close()
