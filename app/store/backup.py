"""Encrypted copies of the shop file, their verification, and changing the key.

A backup is made with `sqlcipher_export` into an ATTACHed file keyed with the shop's own
passphrase and key-derivation settings, so it opens exactly like the shop did on the day it
was made. A rekey rewrites every page under the new key; copies made before keep the old one.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import sqlcipher3

from app.core.errors import Message, WrongPassphrase
from app.store.engine import Database, check_key


@dataclass(frozen=True)
class FileCheck:
    """What a verification found: `problem` is empty when the file is sound."""

    ok: bool
    revision: str | None = None
    problem: str = ""
    last_audit_id: int = 0


def passphrase_of(db: Database) -> str:
    return db.passphrase


def _connect(path: Path, passphrase: str, kdf_iter: int | None, read_only: bool):
    target = f"file:{quote(str(path))}?mode=ro" if read_only else str(path)
    conn = sqlcipher3.connect(target, uri=read_only, isolation_level=None)
    conn.execute(f"PRAGMA key = {_quoted(passphrase)}")
    if kdf_iter:
        conn.execute(f"PRAGMA kdf_iter = {int(kdf_iter)}")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _quoted(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        _fsync(folder)


def export(db: Database, target: Path) -> None:
    """Copy the open shop into `target` (which must not exist) under the same key and KDF,
    from one consistent snapshot, and flush it to disk."""
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("ATTACH DATABASE ? AS backup KEY ?", (str(target), passphrase_of(db)))
        try:
            if db.kdf_iter:
                cur.execute(f"PRAGMA backup.kdf_iter = {int(db.kdf_iter)}")
            cur.execute("BEGIN")  # one snapshot of the shop while writers go on
            try:
                cur.execute("SELECT sqlcipher_export('backup')")
                cur.execute("COMMIT")
            except BaseException:
                cur.execute("ROLLBACK")
                raise
        finally:
            cur.execute("DETACH DATABASE backup")
            cur.close()
    finally:
        raw.close()  # back to the pool
    _fsync(target)


def check_file(path: Path, passphrase: str, kdf_iter: int | None = None) -> FileCheck:
    """Open a copy read-only (it is never changed) and check it all the way through: every
    page's authentication code, SQLite's own integrity check, and the schema version."""
    if not path.is_file() or path.stat().st_size == 0:
        return FileCheck(False, problem="The file is missing or empty.")
    try:
        check_key(path, passphrase, kdf_iter)
    except WrongPassphrase:
        return FileCheck(
            False,
            problem="It does not open with this passphrase (a different "
            "passphrase, or the file is damaged).",
        )
    conn = _connect(path, passphrase, kdf_iter, read_only=True)
    try:
        return _check(conn, "main")
    except sqlcipher3.DatabaseError as exc:
        return FileCheck(False, problem=_unreadable(exc))
    finally:
        conn.close()


def check_open(db: Database) -> FileCheck:
    """Every page's authentication code on the open shop file, at open before anyone works
    in it: a byte changed on disk anywhere fails it (~3.5 ms per MB). SQLite's structure
    checks (~8 ms per MB more) are left to the daily backup's full check, so that unlocking
    stays quick."""
    raw = db.engine.raw_connection()
    try:
        return _check(raw.driver_connection, "main", structure=False)
    except sqlcipher3.DatabaseError as exc:
        return FileCheck(False, problem=_unreadable(exc))
    finally:
        raw.close()


def _unreadable(exc: Exception) -> Message:
    return Message("It can't be read through: {detail}.", detail=str(exc))


def _check(conn, schema: str, structure: bool = True) -> FileCheck:
    """Every page's authentication code, then (with `structure`) SQLite's integrity check,
    then the shop's revision and newest audit entry."""
    bad_pages = conn.execute(f"PRAGMA {schema}.cipher_integrity_check").fetchall()
    if bad_pages:
        return FileCheck(False, problem=Message("{count} damaged page(s): {detail}",
                                                 count=len(bad_pages), detail=bad_pages[0][0]))
    sound = [row[0] for row in conn.execute(f"PRAGMA {schema}.integrity_check").fetchall()] \
        if structure else ["ok"]
    if sound != ["ok"]:
        return FileCheck(False, problem=Message("The database structure is damaged: {detail}",
                                                 detail=sound[0]))
    try:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.DatabaseError:
        revision = None
    if not revision:
        return FileCheck(False, problem="It is not a Counterpart shop.")
    last = conn.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]
    return FileCheck(True, revision=revision[0], last_audit_id=int(last))


def last_audit_id(db: Database) -> int:
    """The newest audit entry: every change writes one, so an unchanged id means no change."""
    raw = db.engine.raw_connection()
    try:
        cur = raw.cursor()
        cur.execute("SELECT coalesce(max(id), 0) FROM audit_log")
        return int(cur.fetchone()[0])
    finally:
        raw.close()


def rekey(path: Path, old: str, new: str, kdf_iter: int | None = None) -> None:
    """Rewrite every page of a CLOSED shop file under a new passphrase, in one transaction
    (a crash leaves it all old or all new). The WAL is emptied into the file first, so no
    page under the old key is left beside it."""
    check_key(path, old, kdf_iter)
    conn = _connect(path, old, kdf_iter, read_only=False)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute(f"PRAGMA rekey = {_quoted(new)}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    _fsync(path)
