"""Loyalty programs: what a punch card or points program is, and a manager creating or
changing one (validated; entries already in the ledger keep their amounts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.core import audit, money
from app.core.errors import NotFound, PermissionDenied, ValidationError
from app.core.normalize import name_key
from app.store import loyalty as rows

KINDS = ("punch", "points")
MILLI = 1000  # points_per_unit is stored in thousandths of a point


@dataclass(frozen=True)
class Program:
    id: int
    name: str
    kind: str
    active: bool
    reward: str
    punches_needed: int | None
    per_item: bool
    qualifies: tuple[str, ...]
    min_spend: int
    points_per_unit: float | None
    threshold: int | None
    reward_value: int | None
    expiry_days: int | None
    survey_bonus: int
    birthday_bonus: int
    starts_on: date | None
    ends_on: date | None

    @property
    def unit(self) -> int:
        """What one reward costs: N punches, or the threshold in points."""
        return (self.punches_needed if self.kind == "punch" else self.threshold) or 1

    def runs_on(self, day: date) -> bool:
        return self.active and (self.starts_on is None or self.starts_on <= day) and (
            self.ends_on is None or day <= self.ends_on)

    def to_json(self, currency: str) -> dict:
        out = {"id": self.id, "name": self.name, "kind": self.kind, "active": self.active,
               "reward": self.reward, "starts_on": _iso(self.starts_on),
               "ends_on": _iso(self.ends_on), "survey_bonus": self.survey_bonus,
               "birthday_bonus": self.birthday_bonus}
        if self.kind == "punch":
            out |= {"punches": self.punches_needed, "per_item": self.per_item,
                    "qualifies": list(self.qualifies),
                    "min_spend": money.to_text(self.min_spend, currency)}
        else:
            out |= {"points_per_unit": self.points_per_unit, "threshold": self.threshold,
                    "reward_value": money.to_text(self.reward_value or 0, currency),
                    "qualifies": list(self.qualifies), "expiry_days": self.expiry_days}
        return out


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _program(row) -> Program:
    return Program(
        row.id, row.name, row.kind, row.active, row.reward, row.punches_needed, row.per_item,
        tuple(q for q in row.qualifies.split(",") if q), row.min_spend,
        row.points_per_unit / MILLI if row.points_per_unit else None, row.threshold,
        row.reward_value, row.expiry_days, row.survey_bonus, row.birthday_bonus,
        row.starts_on, row.ends_on,
    )


def programs(shop, active_only: bool = False) -> list[Program]:
    with shop.read() as session:
        return [_program(r) for r in rows.programs(session, active_only)]


def _clean_program(raw: dict, currency: str) -> dict:
    kind = raw.get("kind", "")
    if kind not in KINDS:
        raise ValidationError("kind", "A program is a punch card or points.")
    name = " ".join(str(raw.get("name", "")).split())
    if not name or len(name) > 80:
        raise ValidationError("name", "Give the program a name (at most 80 characters).")
    out: dict = {"kind": kind, "name": name,
                 "reward": " ".join(str(raw.get("reward") or "").split())[:120],
                 "active": bool(raw.get("active", True)),
                 "qualifies": ",".join(q for q in (name_key(x) for x in str(
                     raw.get("qualifies") or "").split(",")) if q)}
    for key in ("survey_bonus", "birthday_bonus"):
        out[key] = _whole(raw.get(key) or 0, key, 0, 1000)
    for key in ("starts_on", "ends_on"):
        out[key] = _day(raw.get(key), key)
    if out["starts_on"] and out["ends_on"] and out["ends_on"] < out["starts_on"]:
        raise ValidationError("ends_on", "The program can't end before it starts.")
    if kind == "punch":
        out["punches_needed"] = _whole(raw.get("punches"), "punches", 2, 100)
        out["per_item"] = bool(raw.get("per_item", False))
        out["min_spend"] = money.parse(raw.get("min_spend") or "0", currency, "min_spend",
                                       allow_zero=True)
        if not out["reward"]:
            raise ValidationError("reward", "Say what the reward is, e.g. a free coffee.")
    else:
        rate = raw.get("points_per_unit")
        try:
            milli = round(float(rate) * MILLI)
        except (TypeError, ValueError):
            raise ValidationError("points_per_unit", "Points per unit is a number, e.g. 1 "
                                  "or 0.5.") from None
        if not 1 <= milli <= 100 * MILLI:
            raise ValidationError("points_per_unit", "Points per unit must be 0.001 to 100.")
        out["points_per_unit"] = milli
        out["threshold"] = _whole(raw.get("threshold"), "threshold", 1, 1_000_000)
        out["reward_value"] = money.parse(raw.get("reward_value") or "", currency,
                                          "reward_value")
        expiry = raw.get("expiry_days")
        out["expiry_days"] = _whole(expiry, "expiry_days", 1, 3650) if expiry else None
        if not out["reward"]:
            out["reward"] = money.to_text(out["reward_value"], currency) + " " + currency
    return out


def _whole(value, field: str, low: int, high: int) -> int:
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise ValidationError(field, "Type a whole number from {low} to {high}.",
                              low=low, high=high) from None
    if not low <= number <= high:
        raise ValidationError(field, "Type a whole number from {low} to {high}.",
                              low=low, high=high)
    return number


def _day(value, field: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(field, "Write the date as YYYY-MM-DD.") from None


def add_program(shop, raw: dict) -> Program:
    _require_manager(shop)
    values = _clean_program(raw, shop.settings.currency)
    actor = shop.actor
    with shop.write() as session:
        row = rows.add_program(session, **values, created_at=audit.now(),
                               created_by=actor.staff_id, created_workstation=actor.workstation,
                               created_channel=actor.channel)
        audit.record(session, actor, "create", "program", row.id)
        return _program(row)


def update_program(shop, program_id: int, raw: dict) -> Program:
    """Change a program from now on; entries already in the ledger keep their amounts."""
    _require_manager(shop)
    with shop.write() as session:
        row = rows.get_program(session, program_id)
        if row is None:
            raise NotFound("There is no loyalty program {id}.", id=program_id)
        current = _program(row).to_json(shop.settings.currency)
        current["punches"] = row.punches_needed
        current["qualifies"] = ",".join(current.get("qualifies", []))
        values = _clean_program({**current, **raw, "kind": row.kind}, shop.settings.currency)
        changed = sorted(k for k, v in values.items() if getattr(row, k) != v)
        for key in changed:
            setattr(row, key, values[key])
        row.updated_at, row.updated_by = audit.now(), shop.actor.staff_id
        audit.record(session, shop.actor, "update", "program", row.id, ",".join(changed))
        return _program(row)


def _require_manager(shop) -> None:
    if not shop.actor.is_manager:
        raise PermissionDenied("Only a manager can do that.")
