"""The win-back list as a CSV file: the right people, in order, Excel-readable, streamed page
by page, audited, and whole or not at all."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from app.core import customers, purchases, segments
from app.core.errors import PermissionDenied
from app.store.models import AuditEntry
from tests.conftest import CASHIER, staff_named

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC).astimezone()


def day(n: int) -> datetime:
    return (NOW - timedelta(days=n)).replace(hour=10, minute=0, second=0, microsecond=0)


def person(shop, first: str, last: str, phone: str, consent: bool, days_ago: list[int],
           email: str = "") -> int:
    raw = {"first_name": first, "last_name": last, "phone": phone,
           "marketing_consent": consent}
    if email:
        raw["email"] = email
    cid = customers.register(shop, raw).id
    for n in days_ago:
        purchases.record(shop, cid, total="12.50", at=day(n))
    return cid


@pytest.fixture
def lapsed(shop):
    person(shop, "Avi", "Old", "052-7000001", True, [200, 90], "avi@example.com")
    person(shop, "נועה", "ברק", "052-7000002", True, [45])
    person(shop, "=HYPERLINK(1)", "Tricky", "052-7000003", True, [60])
    person(shop, "Private", "No", "052-7000004", False, [50])  # no consent
    person(shop, "Recent", "Yes", "052-7000005", True, [3])  # not lapsed
    for i in range(5):  # more than one page
        person(shop, f"Page{i}", "Filler", f"052-71000{i:02d}", True, [100 + i])
    return shop


@pytest.fixture
def out(tmp_path):
    """An empty folder for the file (tmp_path also holds the shop)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def read(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_exports_lapsed_consenting_customers_page_by_page(lapsed, out):
    shop = lapsed
    path = out / "winback.csv"
    n = segments.write_winback_csv(shop, path, now=NOW, page=2)

    rows = read(path)
    assert n == len(rows) == 8
    assert list(rows[0]) == list(segments.WINBACK_COLUMNS)
    first_names = [r["first_name"] for r in rows]
    assert first_names[:2] == ["נועה", "'=HYPERLINK(1)"]  # newest last visit first
    assert "Private" not in first_names and "Recent" not in first_names
    assert first_names == [m.customer.first_name if not m.customer.first_name.startswith("=")
                           else "'" + m.customer.first_name
                           for m in segments.winback(shop, now=NOW, limit=100)]
    avi = next(r for r in rows if r["first_name"] == "Avi")
    assert avi == {
        "first_name": "Avi", "last_name": "Old", "phone": "+972527000001",
        "email": "avi@example.com",
        "last_visit": day(90).strftime("%Y-%m-%d %H:%M"), "visits": "2",
        "lifetime_spend": "25.00",
    }
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    assert list(out.iterdir()) == [path]  # no partial file left behind


def test_the_export_is_in_the_audit_log(lapsed, out):
    segments.write_winback_csv(lapsed, out / "w.csv", now=NOW)
    with lapsed.read() as session:
        entries = [(e.action, e.entity_id, e.staff_id) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "winback"))]
    assert entries == [
        ("export", None, lapsed.actor.staff_id)]


def test_an_empty_list_still_writes_the_header(shop, out):
    path = out / "empty.csv"
    assert segments.write_winback_csv(shop, path, now=NOW) == 0
    assert path.read_text(encoding="utf-8-sig").strip() == ",".join(segments.WINBACK_COLUMNS)


def test_a_cashier_cannot_export_and_nothing_is_written(lapsed, out):
    lapsed.act_as(staff_named(lapsed, CASHIER[0]))
    with pytest.raises(PermissionDenied):
        segments.write_winback_csv(lapsed, out / "w.csv", now=NOW)
    assert list(out.iterdir()) == []


def test_a_failed_export_leaves_no_file_and_no_audit_entry(lapsed, out, monkeypatch):
    calls = []

    def broken(shop, **kwargs):
        calls.append(kwargs)
        if len(calls) > 1:
            raise OSError("disk full")
        return real(shop, **kwargs)

    real = segments.winback
    monkeypatch.setattr(segments, "winback", broken)
    with pytest.raises(OSError):
        segments.write_winback_csv(lapsed, out / "w.csv", now=NOW, page=2)
    assert list(out.iterdir()) == []
    with lapsed.read() as session:
        assert not list(session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "winback")))
