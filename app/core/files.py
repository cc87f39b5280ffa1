"""Files the shop writes for people (PDFs, exports): whole or not at all."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.core.errors import ValidationError


def write_whole(path, write: Callable[[str], object], field: str, suffix: str = "") -> Path:
    """`write(name)` fills a temporary file beside `path`, which then takes its place in one
    rename: a reader never sees half a file, a failure leaves the old one. A folder that
    isn't there or can't be written is a ValidationError on `field`."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError(field, "Can't write {path}: the folder {folder} doesn't exist.",
                              path=path, folder=folder)
    temp = None
    try:
        handle, temp = tempfile.mkstemp(prefix=".writing-", suffix=suffix, dir=folder)
        os.close(handle)
        write(temp)
        os.replace(temp, path)
    except OSError as exc:
        raise ValidationError(field, "Can't write {path}: {reason}.", path=path,
                              reason=str(exc.strerror or exc)) from None
    finally:
        if temp and os.path.exists(temp):
            os.unlink(temp)
    return path
