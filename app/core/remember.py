"""Remembering a shop's passphrase in the operating system's keyring, per workstation.

Qt-free and never raises: when there is no real keyring (a headless box, the fail or null
backend) or the keyring misbehaves, the passphrase is simply not remembered.
"""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger(__name__)

SERVICE = "Counterpart"


def _username(folder: Path | str) -> str:
    return str(Path(folder).expanduser().resolve())


def _backend():
    """The real keyring backend, or None when there is none worth trusting."""
    try:
        import keyring  # noqa: PLC0415 - importing it scans entry points; only when asked

        backend = keyring.get_keyring()
        module = type(backend).__module__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return None
        if float(backend.priority) < 1:
            return None
        return backend
    except Exception:  # noqa: BLE001 - any keyring trouble means "not available"
        log.debug("no usable keyring", exc_info=True)
        return None


def available() -> bool:
    return _backend() is not None


def load(folder: Path | str) -> str | None:
    backend = _backend()
    if backend is None:
        return None
    try:
        return backend.get_password(SERVICE, _username(folder)) or None
    except Exception:  # noqa: BLE001
        log.warning("could not read the keyring", exc_info=True)
        return None


def save(folder: Path | str, passphrase: str) -> bool:
    """True when the passphrase is now remembered."""
    backend = _backend()
    if backend is None:
        return False
    try:
        backend.set_password(SERVICE, _username(folder), passphrase)
        return True
    except Exception:  # noqa: BLE001
        log.warning("could not write to the keyring", exc_info=True)
        return False


def forget(folder: Path | str) -> None:
    backend = _backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _username(folder))
    except Exception:  # noqa: BLE001 - nothing stored is fine too
        log.debug("nothing to forget in the keyring", exc_info=True)
