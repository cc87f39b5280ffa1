"""Bringing a shop file's schema to the current version with Alembic."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.store.engine import Database

MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, backup_dir: Path | None = None, target: str = "head") -> Path | None:
    """Migrate to `target`. An existing shop is copied to `backup_dir` first; the upgrade runs
    in one transaction, so a failure leaves the file at its old version. Returns the backup."""
    current = current_revision(db)
    if current == head_revision() and target == "head":
        return None
    backup = None
    if current is not None and backup_dir is not None:
        db.checkpoint()
        backup_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup = backup_dir / f"before-upgrade-{current}-{stamp}.db"
        shutil.copy2(db.path, backup)  # the copy is as encrypted as the file
    cfg = _config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup
