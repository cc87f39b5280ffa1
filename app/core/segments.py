"""Who is new, active, at risk, lapsed or a VIP, and the win-back list.

Day-granular, in the workstation's local calendar: a customer who last bought 30 days ago
is still active; on the 31st day without a purchase they are lapsed (with N = 30).
  new      first purchase within the last 30 days
  active   a purchase within the last 30 days
  at risk  not lapsed, 3+ visits, and more than twice their usual interval since the last
  lapsed   no purchase for more than N days (N: the shop's lapsed_days, default 30)
  vip      top 10% by spend over the last 12 months (a badge beside the others)
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from app.core import money
from app.core.customers import CustomerSummary, _summary
from app.store import segments as rows

SEGMENTS = ("new", "active", "at_risk", "lapsed", "vip")
ACTIVE_DAYS = 30
VIP_SHARE = 0.10


@dataclass(frozen=True)
class Cutoffs:
    today: datetime  # start of the local day, in UTC
    active: datetime
    lapsed: datetime
    year: datetime


def cutoffs(lapsed_days: int, now: datetime | None = None) -> Cutoffs:
    """`now` is aware or local-naive; the boundaries come back UTC-naive, like stored times."""
    local_now = (now or datetime.now(UTC)).astimezone()
    start = datetime.combine(local_now.date(), time(0), tzinfo=local_now.tzinfo)
    to_utc = lambda d: d.astimezone(UTC).replace(tzinfo=None)  # noqa: E731
    return Cutoffs(
        to_utc(start), to_utc(start - timedelta(days=ACTIVE_DAYS)),
        to_utc(start - timedelta(days=lapsed_days)), to_utc(start - timedelta(days=365)),
    )


@dataclass(frozen=True)
class Member:
    customer: CustomerSummary
    last_visit: datetime | None
    visits: int
    spend: str  # lifetime, decimal text

    def to_json(self) -> dict:
        return {**self.customer.to_json(), "visits": self.visits, "lifetime_spend": self.spend,
                "last_visit": self.last_visit.replace(tzinfo=UTC).isoformat()
                if self.last_visit else None}


_VIP_LOCK = threading.Lock()


def _cut(shop, now, lapsed_days):
    return cutoffs(lapsed_days or shop.settings.lapsed_days, now)


def vip_line(shop, cut: Cutoffs) -> tuple[int | None, int]:
    """(the top-10% spend line over the last 12 months, how many reach it), worked out once
    a day per open shop: it reads a year of purchases, so every later profile, count and
    VIP page of the day reuses it (a sale today moves the line tomorrow)."""
    key = ("vip_line", cut.today)
    with _VIP_LOCK:  # a profile asked during the day's warm-up waits for it, not redoes it
        if key not in shop.cache:
            with shop.read() as session:
                shop.cache[key] = rows.vip_line(session, cut.year, VIP_SHARE)
    return shop.cache[key]


WARM_PRODUCTS = 30  # best sellers whose "also bought" is worked out ahead each day


def warm_up(shop) -> None:
    """Read what a search touches (the counter's first searches of the day don't wait on
    the disk), then work out the day's VIP line, and what goes with each best seller,
    ahead of the first profile or count that needs them. At a million customers the line
    reads a year of purchases (over a second) and each product's "also bought" samples
    ~1,000 purchases scattered over the file (~40 ms, pages read and decrypted cold)."""
    from app.core import customers, figures  # noqa: PLC0415 - figures builds on this module
    from app.store import purchases as purchase_rows  # noqa: PLC0415

    customers.warm_search(shop)
    vip_line(shop, _cut(shop, None, None))
    with shop.read() as session:
        best = purchase_rows.best_sellers(session, WARM_PRODUCTS)
    for product in best:
        figures.also_bought(shop, product)


def counts(shop, now: datetime | None = None, lapsed_days: int | None = None) -> dict[str, int]:
    cut = _cut(shop, now, lapsed_days)
    with shop.read() as session:
        out = {
            name: rows.count(session, rows.rule(name, cut.today, cut.active, cut.lapsed))
            for name in SEGMENTS if name != "vip"
        }
    out["vip"] = vip_line(shop, cut)[1]
    return out


def members(shop, segment: str, *, now: datetime | None = None, lapsed_days: int | None = None,
            limit: int = 50, before: tuple[datetime, int] | None = None,
            offset: int = 0, consenting: bool = False) -> list[Member]:
    """One page of a segment. Pages on with `before` (the last row's last visit and id), or
    for VIPs (ranked by spend) with `offset`."""
    cut = _cut(shop, now, lapsed_days)
    currency, region = shop.settings.currency, shop.settings.region
    threshold = vip_line(shop, cut)[0] if segment == "vip" else None
    with shop.read() as session:
        if segment == "vip":
            found = [c for c, _ in rows.vip_members(session, cut.year, threshold, limit, offset)
                     ] if threshold else []
            if consenting:
                found = [c for c in found if c.marketing_consent]
        else:
            where = rows.rule(segment, cut.today, cut.active, cut.lapsed)
            found = rows.members(session, where, limit, before, consenting)
        return [Member(_summary(c, region), c.last_visit, c.visits,
                       money.to_text(c.spend, currency)) for c in found]


def winback(shop, **kwargs) -> list[Member]:
    """Lapsed customers who agreed to hear from the shop: for a come-back offer."""
    return members(shop, "lapsed", consenting=True, **kwargs)


def segment_of(visits: int, first: datetime | None, last: datetime | None,
               cut: Cutoffs) -> str:
    """The one label for a profile badge: lapsed, at risk, new, active, quiet (between
    active and lapsed when N > 30), or none (no purchase yet)."""
    if last is None:
        return "none"
    if last < cut.lapsed:
        return "lapsed"
    if visits >= 3 and first is not None:
        interval = (last - first) / (visits - 1)
        if cut.today - last > 2 * interval:
            return "at_risk"
    if first is not None and first >= cut.active:
        return "new"
    return "active" if last >= cut.active else "quiet"


# -- the win-back list as a CSV file ------------------------------------------------------
WINBACK_COLUMNS = ("first_name", "last_name", "phone", "email", "last_visit", "visits",
                   "lifetime_spend")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    """Free text that a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_winback_csv(shop, path, now: datetime | None = None, page: int = 500) -> int:
    """Write the win-back list (lapsed, consenting) to `path` for a spreadsheet: UTF-8 with
    a BOM, page by page (never every row in memory), newest last visit first. The file
    appears whole or not at all, and the export is in the audit log. Returns the rows."""
    import csv  # noqa: PLC0415 - only exports need it
    import os  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    from app.core import audit, staff  # noqa: PLC0415

    staff.require_manager(shop.actor)
    now = now or datetime.now(UTC)  # one clock for every page
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    written = 0
    try:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(WINBACK_COLUMNS)
            before = None
            while True:
                found = winback(shop, now=now, limit=page, before=before)
                for m in found:
                    c, last = m.customer, m.last_visit
                    writer.writerow([
                        _cell(c.first_name), _cell(c.last_name), c.phone or "",
                        _cell(c.email or ""),
                        last.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
                        if last else "", m.visits, m.spend,
                    ])
                written += len(found)
                if len(found) < page:
                    break
                before = (found[-1].last_visit, found[-1].customer.id)
        with shop.write() as session:
            audit.record(session, shop.actor, "export", "winback", None)
            os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return written
