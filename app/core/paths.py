"""Where a shop lives on disk."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

DB_FILENAME = "counterpart.db"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    if explicit:
        return Path(explicit).expanduser()
    env = os.environ.get("COUNTERPART_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Counterpart", appauthor=False))


def db_path(folder: Path) -> Path:
    return folder / DB_FILENAME


def backups_dir(folder: Path) -> Path:
    return folder / "backups"


def logs_dir(folder: Path) -> Path:
    return folder / "logs"


def resources_dir() -> Path:
    """Icons, translations, texts: beside the package, or inside a desktop bundle."""
    import sys  # noqa: PLC0415

    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
