"""Checkout survey answers for a demo shop: NPS with comments and how-heard answers on a
sample of the last year's sales, so the NPS trend, the dashboard, the monthly report and
the alerts list have something to show. The last three days' detractors raise open alerts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from app.core import alerts, audit, surveys
from app.store import surveys as rows

SHARE = 0.12  # of the sampled year's sales, answered at the till
MOST = 4_000
HEARD = ("a friend", "social media", "walked by", "search", "other")
WHY = {
    "promoter": ("Best croissants in town.", "Friendly staff, great coffee.",
                 "Always fresh bread.", "Quick service even at rush hour."),
    "passive": ("Good coffee, a bit pricey.", "Nice, but the queue was long.",
                "Fine. Seating is cramped."),
    "detractor": ("Waited too long at the till.", "The cappuccino was cold.",
                  "Rude answer when I asked about allergens.", "Sandwich was stale."),
}


def sampled_sales(rng: random.Random, sales: list[tuple[datetime, int | None]], first_id: int,
                  now: datetime) -> list[tuple[int, int, datetime]]:
    """(purchase id, customer id, at) of the customers' sales in the last year to answer."""
    since = now - timedelta(days=365)
    picked = [(first_id + i, cid, at) for i, (at, cid) in enumerate(sales)
              if cid is not None and at >= since and rng.random() < SHARE]
    return rng.sample(picked, MOST) if len(picked) > MOST else picked


def add_answers(shop, sales: list[tuple[int, int, datetime]], rng: random.Random) -> int:
    """Store answers for the sampled sales in one transaction; returns how many."""
    named = {s.name: s for s in surveys.list_surveys(shop, active_only=True)}
    nps, heard = named.get("Checkout NPS"), named.get("How did you hear about us?")
    if nps is None or not sales:
        return 0
    now = audit.now()
    recent = now - timedelta(days=3)
    staff = [m.id for m in shop.staff_list()] or [None]
    with shop.write() as session:
        for pid, cid, at in sorted(sales, key=lambda s: s[2]):
            survey, given = _answer(rng, nps, heard)
            channel = rng.choice(("counter", "kiosk"))
            cleaned = surveys.clean_answers(survey, given)
            response = rows.add_response(
                session, [dict(a, at=at) for a in cleaned], survey_id=survey.id,
                version=survey.version, at=at, customer_id=cid, purchase_id=pid,
                staff_id=rng.choice(staff) if channel == "counter" else None, channel=channel,
                workstation="counter-1", complete=True)
            if at >= recent:
                alerts.raise_for(session, shop.settings, survey, cleaned, response)
        audit.record(session, shop.actor, "import", "survey_response", None,
                     f"demo answers={len(sales)}")
    return len(sales)


def _answer(rng: random.Random, nps, heard) -> tuple:
    if heard is not None and rng.random() < 0.25:
        return heard, {heard.questions[0].id: rng.choice(HEARD)}
    score = rng.choices((10, 9, 8, 7, 6, 5, 3, 1), (30, 26, 14, 10, 7, 5, 5, 3))[0]
    kind = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
    why = rng.choice(WHY[kind]) if rng.random() < (0.6 if kind == "detractor" else 0.25) else ""
    return nps, {nps.questions[0].id: {"score": score, "why": why}}
