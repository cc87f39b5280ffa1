"""One counter app per shop folder.

The counter app holds an operating-system lock on `counter.lock` in the shop folder for as
long as it runs, and writes its process id and workstation into the file so a second one can
say who has the shop open. The OS lets go of the lock when the process ends, however it
ends, so a lock file left behind by a dead process is simply taken over. The kiosk shares
the shop with the counter app and takes no lock; commands that replace or rekey the file
(restore, rekey) take it for the moment they need it.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.core import audit
from app.core.context import this_workstation
from app.core.errors import CounterpartError, Message

LOCK_NAME = "counter.lock"
SHARING_CHANNELS = ("kiosk",)  # these run beside the counter app and take no lock

if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@dataclass(frozen=True)
class Holder:
    """Who holds (or last held) the lock, as written in the lock file."""

    pid: int | None
    workstation: str
    since: str


class ShopInUse(CounterpartError):
    """Another counter app has this shop open (exit code 3, like a locked database)."""

    exit_code = 3

    def __init__(self, folder: Path, holder: Holder | None):
        workstation, pid = (holder.workstation, holder.pid) if holder else ("", None)
        if workstation and pid:
            message = Message(
                "This shop is already open in another Counterpart window on {workstation} "
                "(process {pid}). Use that window, or close it first.",
                workstation=workstation, pid=pid,
            )
        elif workstation:
            message = Message(
                "This shop is already open in another Counterpart window on {workstation}. "
                "Use that window, or close it first.",
                workstation=workstation,
            )
        elif pid:
            message = Message(
                "This shop is already open in another Counterpart window (process {pid}). "
                "Use that window, or close it first.",
                pid=pid,
            )
        else:
            message = Message(
                "This shop is already open in another Counterpart window. Use that window, "
                "or close it first."
            )
        super().__init__(message)
        self.folder = folder
        self.holder = holder


def lock_path(folder: Path) -> Path:
    return Path(folder) / LOCK_NAME


def read_holder(folder: Path) -> Holder | None:
    """What the lock file says (it may be stale: only the OS lock is the truth)."""
    try:
        note = json.loads(lock_path(folder).read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return None
    if not isinstance(note, dict) or not note:
        return None
    pid = note.get("pid")
    return Holder(
        pid if isinstance(pid, int) else None,
        str(note.get("workstation", "")),
        str(note.get("since", "")),
    )


class InstanceLock:
    """The counter app's hold on a shop folder; `acquire` raises ShopInUse when another
    process holds it. Use as a context manager, or acquire/release by hand."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        if self._fd is not None:
            return self
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(lock_path(self.folder), os.O_RDWR | os.O_CREAT, 0o644)
        if not _try_lock(fd):
            os.close(fd)
            raise ShopInUse(self.folder, read_holder(self.folder))
        note = json.dumps(
            {
                "pid": os.getpid(),
                "workstation": this_workstation(),
                "since": audit.now().isoformat(timespec="seconds"),
            }
        ).encode()
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, note)
        os.fsync(fd)
        self._fd = fd
        return self

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            os.ftruncate(fd, 0)  # nobody holds it now; the file itself can stay
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(self, *_exc) -> None:
        self.release()


def for_channel(folder: Path, channel: str) -> InstanceLock | None:
    """The lock a process on this channel must hold (None: it shares the shop)."""
    if channel in SHARING_CHANNELS:
        return None
    return InstanceLock(folder).acquire()
