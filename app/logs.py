"""The log file in the shop folder. It records what went wrong and where, never customer
data: the engine hides SQL parameters, and our messages name fields, not values."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.core.paths import logs_dir

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(folder: Path) -> Path | None:
    """Log to <folder>/logs/counterpart.log (rotated at 1 MB, 5 kept). Returns the path, or
    None where the folder can't be written."""
    try:
        directory = logs_dir(folder)
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "counterpart.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path
