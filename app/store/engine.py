"""Opening the encrypted shop file: key, PRAGMAs, sessions.

One engine per open shop; the dialect's SingletonThreadPool keeps one long-lived
connection per thread (the GUI thread and each of the task runner's lanes), each with its
own page cache.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import sqlcipher3
from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import StoreCorrupt, WrongPassphrase

# Tests may lower the key derivation work; production always uses SQLCipher 4's default.
PRODUCTION_KDF_ITER = 256_000
# Page cache per connection, KiB. SQLCipher decrypts every page it reads into the cache, so
# a search or profile that misses it pays AES again; SQLite's default of 2 MB holds too
# little of a million-customer file. It fills only as pages are read.
PAGE_CACHE_KIB = 16_384
# The thread that opens the shop is the counter's (the unlock screen opens it on the task
# runner's main lane, which then runs every search, scan and checkout; the CLI on its main
# thread): its connection keeps more of the file decrypted. At 16 MB the pages a million
# customers' phone and name searches revisit no longer fitted, and each was decrypted again.
COUNTER_CACHE_KIB = 65_536
# Connections kept, one per thread. SQLAlchemy's default of 5 closes another thread's
# connection when a sixth thread connects, even in the middle of its query (a crash):
# the app has six (the GUI thread and the main, slow, daily, backup and mail lanes).
THREAD_CONNECTIONS = 16


SALT_BYTES = 16  # SQLCipher 4 keeps the key derivation's salt in the file's first 16 bytes
KEY_BYTES = 32  # AES-256


def derived_key(path: Path, passphrase: str, kdf_iter: int | None = None) -> str | None:
    """SQLCipher 4's own key derivation (PBKDF2-HMAC-SHA512 over the file's salt) done once,
    as a raw key ("x'key+salt'") that every further connection takes without deriving
    again: each connection of an open shop (a worker lane each) and the key check at
    unlock paid ~0.1 s apiece. None when the file has no salt yet (a new shop)."""
    try:
        with open(path, "rb") as handle:
            salt = handle.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    if len(salt) < SALT_BYTES:
        return None
    rounds = kdf_iter or PRODUCTION_KDF_ITER
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, rounds, KEY_BYTES)
    return "x'" + (key + salt).hex() + "'"


def make_url(path: Path, passphrase: str, kdf_iter: int | None = None) -> URL:
    query = {"kdf_iter": str(kdf_iter)} if kdf_iter else {}
    return URL.create("sqlite+pysqlcipher", password=passphrase, database=str(path), query=query)


def _on_connect(dbapi_conn, _record) -> None:
    # The dialect has already sent PRAGMA key. Touch the schema before anything can write:
    # a wrong key fails here and the file is left exactly as it was.
    dbapi_conn.isolation_level = None  # we emit BEGIN ourselves (see _on_begin)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a log line
    try:
        cur.execute("SELECT count(*) FROM sqlite_master")
    except Exception as exc:  # sqlcipher3.dbapi2.DatabaseError: file is not a database
        raise WrongPassphrase() from exc
    for pragma in (
        "PRAGMA journal_mode=WAL",
        "PRAGMA synchronous=FULL",
        "PRAGMA foreign_keys=ON",
        "PRAGMA busy_timeout=10000",
        "PRAGMA secure_delete=ON",
        "PRAGMA temp_store=MEMORY",
        f"PRAGMA cache_size=-{PAGE_CACHE_KIB}",
    ):
        cur.execute(pragma)
    cur.close()


def _on_begin(conn) -> None:
    # pysqlite's own transaction handling skips DDL and defers locks; we want real
    # transactions (a failed migration rolls back whole) and writers that take the write
    # lock up front, so two processes never deadlock upgrading a read lock.
    mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


def _quoted(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'  # as the dialect quotes PRAGMA key


def check_key(path: Path, passphrase: str, kdf_iter: int | None = None) -> None:
    """Try the key on a read-only connection first. A wrong key must not touch the file, and
    a normal connection closing would checkpoint a leftover WAL into it."""
    uri = f"file:{quote(str(path))}?mode=ro"
    conn = sqlcipher3.connect(uri, uri=True, isolation_level=None)
    try:
        conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
        if kdf_iter:
            conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")
        conn.execute("PRAGMA cipher_log_level = NONE")
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            raise WrongPassphrase() from exc
    finally:
        conn.close()


class Database:
    """An open, unlocked shop file."""

    def __init__(self, path: Path, passphrase: str, kdf_iter: int | None = None):
        if not passphrase:  # SQLCipher refuses an empty key with a confusing error
            raise WrongPassphrase()
        self.path = Path(path)
        self.kdf_iter = kdf_iter
        self.passphrase = passphrase  # backups are keyed with it; the engine holds the raw key
        if self.path.exists():
            passphrase = derived_key(self.path, passphrase, kdf_iter) or passphrase
            check_key(self.path, passphrase, kdf_iter)
        self._start(make_url(self.path, passphrase, kdf_iter))

    def _start(self, url: URL, **engine_args) -> None:
        """The engine over `url`, its sessions, and this thread's (the counter's) larger page
        cache. The benchmarks' unencrypted copy opens through here too (bench/plain.py)."""
        self.engine: Engine = create_engine(
            url,
            hide_parameters=True,  # errors and logs never carry customer data
            pool_size=THREAD_CONNECTIONS,
            **engine_args,
        )
        event.listen(self.engine, "connect", _on_connect)
        event.listen(self.engine, "begin", _on_begin)
        writer = self.engine.execution_options(sqlite_begin="IMMEDIATE")
        self._reader = sessionmaker(self.engine, expire_on_commit=False)
        self._writer = sessionmaker(writer, expire_on_commit=False)
        try:
            with self.engine.connect() as conn:  # this thread's: the counter's
                conn.exec_driver_sql(f"PRAGMA cache_size=-{COUNTER_CACHE_KIB}")
        except WrongPassphrase:
            self.engine.dispose()
            raise
        except DatabaseError as exc:
            self.engine.dispose()
            if isinstance(exc.orig, WrongPassphrase) or "not a database" in str(exc):
                raise WrongPassphrase() from exc
            raise StoreCorrupt(str(exc.orig)) from exc

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._reader() as session:
            yield session
            session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._writer() as session, session.begin():
            yield session

    def checkpoint(self, mode: str = "TRUNCATE") -> None:
        """Copy the WAL's committed pages into the file: TRUNCATE waits for readers and
        empties the WAL file; PASSIVE copies what it can without waiting for anyone."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA wal_checkpoint({mode})")

    def integrity_ok(self, full: bool = True) -> bool:
        """PRAGMA integrity_check (or the faster quick_check): every page and index sound."""
        pragma = "integrity_check" if full else "quick_check"
        with self.engine.connect() as conn:
            rows = conn.execute(text(f"PRAGMA {pragma}")).scalars().all()
        return rows == ["ok"]

    def close(self) -> None:
        self.engine.dispose()
