"""An unencrypted copy of a bench shop, opened through the same core code, to put a price on
encryption: same SQLite library (sqlcipher3 without a key), same PRAGMAs, same queries."""

from __future__ import annotations

import shutil
from pathlib import Path

import sqlcipher3
from sqlalchemy import URL
from sqlalchemy.pool import SingletonThreadPool

from app.core.shop import Shop
from app.store import schema
from app.store.engine import Database


def plain_copy(folder: Path, passphrase: str) -> Path:
    """`sqlcipher_export` into a keyless database beside the encrypted one (made once per
    schema revision: the shop is upgraded at open, the copy is not)."""
    target = folder / f"plain-{schema.head_revision()}.db"
    if target.exists():
        return target
    for old in folder.glob("plain*.db"):
        old.unlink()
    partial = folder / (target.name + ".part")
    partial.unlink(missing_ok=True)
    db = Database(folder / "counterpart.db", passphrase)
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            raw.execute(f"ATTACH DATABASE '{partial}' AS plain KEY ''")
            raw.execute("SELECT sqlcipher_export('plain')")
            raw.execute("DETACH DATABASE plain")
    finally:
        db.close()
    shutil.move(partial, target)
    return target


class PlainDatabase(Database):
    """Database's sessions and PRAGMAs over a keyless file."""

    def __init__(self, path: Path):  # noqa: D107 - no key to check
        self.path = Path(path)
        self.kdf_iter = None
        self.passphrase = ""
        # the pysqlite dialect driving sqlcipher3's SQLite, with no key: a plain file; one
        # connection per thread as the keyed dialect keeps them, so the opening thread's
        # larger page cache stays the counter's
        self._start(
            URL.create("sqlite+pysqlite", database=str(path)),
            module=sqlcipher3.dbapi2,
            poolclass=SingletonThreadPool,
        )


def open_plain(folder: Path, passphrase: str) -> Shop:
    shop = Shop(PlainDatabase(plain_copy(folder, passphrase)), folder, "counter")
    shop.act_as(next(m for m in shop.staff_list() if m.role == "manager"))
    return shop
