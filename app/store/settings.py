"""Shop-wide settings rows (JSON values)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import Setting


def load_all(session: Session) -> dict[str, Any]:
    return {row.key: json.loads(row.value) for row in session.scalars(select(Setting))}


def save(session: Session, values: dict[str, Any]) -> None:
    for key, value in values.items():
        session.merge(Setting(key=key, value=json.dumps(value)))
