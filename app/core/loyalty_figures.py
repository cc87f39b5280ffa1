"""Loyalty figures per program: what is outstanding now (and its liability), and what was
issued and redeemed in a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.core.loyalty_programs import Program, _program
from app.store import loyalty as rows


@dataclass(frozen=True)
class ProgramFigures:
    program: Program
    outstanding: int  # punches or points held
    holders: int
    liability: int  # points: their voucher value, minor units; punches: 0
    issued: int
    redeemed: int
    redeemed_value: int


def figures(shop, start: datetime, end: datetime) -> list[ProgramFigures]:
    """Per program: what is outstanding now, and what was issued and redeemed in
    [start, end) (UTC)."""
    out = []
    with shop.read() as session:
        for program in (_program(r) for r in rows.programs(session)):
            held, holders = rows.outstanding(session, program.id)
            issued, used, value = rows.month_flow(session, program.id, start, end)
            liability = held * (program.reward_value or 0) // program.unit \
                if program.kind == "points" else 0
            out.append(ProgramFigures(program, held, holders, liability, issued, used, value))
    return out
