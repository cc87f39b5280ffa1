"""Bringing a shop file's schema to the current version with Alembic."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

from app.store.engine import Database

MIGRATIONS = Path(__file__).parent / "migrations"


# Alembic is imported where it is used: it costs a few hundred ms at start, and the window
# shows its unlock screen before any shop is opened.
def _config():
    from alembic.config import Config  # noqa: PLC0415

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


_REVISION = re.compile(r'^revision = "([^"]+)"$', re.M)
_DOWN = re.compile(r'^down_revision = "([^"]+)"$', re.M)


def head_revision() -> str:
    """The newest migration. Read from the files' revision lines when they form one chain
    (unlocking a shop that is up to date then never imports Alembic: ~0.2 s), else asked
    of Alembic."""
    revisions, downs = set(), set()
    for script in (MIGRATIONS / "versions").glob("[0-9]*.py"):
        source = script.read_text(encoding="utf-8")
        revisions.update(_REVISION.findall(source))
        downs.update(_DOWN.findall(source))
    heads = revisions - downs
    if len(heads) == 1:
        return heads.pop()
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    """The file's schema version (None: not a Counterpart shop), read as Alembic keeps it."""
    with db.engine.connect() as conn:
        kept = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).scalar()
        if not kept:
            return None
        found = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalars().all()
    return found[0] if len(found) == 1 else None


def upgrade(db: Database, backup_dir: Path | None = None, target: str = "head",
            current: str | None = None) -> Path | None:
    """Migrate to `target`. An existing shop is copied to `backup_dir` first; the upgrade runs
    in one transaction, so a failure leaves the file at its old version. Returns the backup.
    `current` is the file's revision when the caller has just read it (None: read here)."""
    current = current or current_revision(db)
    if current == head_revision() and target == "head":
        return None
    backup = None
    if current is not None and backup_dir is not None:
        db.checkpoint()
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = backup_dir / f"before-upgrade-{current}-{stamp}.db"
        shutil.copy2(db.path, backup)  # the copy is as encrypted as the file
    from alembic import command  # noqa: PLC0415

    cfg = _config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup
