"""Bringing a shop file's schema to the current version with Alembic."""

from __future__ import annotations

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


def head_revision() -> str:
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415

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
    from alembic import command  # noqa: PLC0415

    cfg = _config()
    with db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return backup
