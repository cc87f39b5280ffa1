"""Who is acting, where, and through which channel: stamped on every record and audit entry."""

from __future__ import annotations

import platform
from dataclasses import dataclass

CHANNELS = ("counter", "kiosk", "import", "cli")


@dataclass(frozen=True)
class Actor:
    staff_id: int | None
    staff_name: str
    role: str  # cashier | manager | "" (nobody signed in yet)
    workstation: str
    channel: str

    @property
    def is_manager(self) -> bool:
        return self.role == "manager"


def this_workstation() -> str:
    return platform.node() or "workstation"
