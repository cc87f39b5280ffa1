"""`counterpart report monthly` as a scheduled job runs it: a real process on a real
encrypted shop, the PDF read back, the figures as JSON, and clear refusals."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pypdfium2 as pdfium
import pytest

from app.core import customers, purchases
from app.core.purchases import LineInput
from app.core.settings import ShopSettings
from app.core.shop import Shop
from tests.e2e.test_cli import PASSPHRASE, run


def last_month() -> str:
    return (date.today().replace(day=1) - timedelta(days=1)).strftime("%Y-%m")


@pytest.fixture(scope="module")
def cafe(tmp_path_factory):
    """A shop with production key derivation (as the command line opens it), made in this
    process to spare slow starts: one known and one anonymous sale in September 2026."""
    folder = tmp_path_factory.mktemp("report") / "shop"
    made = Shop.create(folder, PASSPHRASE,
                       ShopSettings(shop_name="Corner Café", currency="ILS", region="IL"),
                       "Maya", "1234", channel="cli")
    try:
        made.act_as(made.staff_list()[0])
        dana = customers.register(made, {"first_name": "Dana", "last_name": "Cohen",
                                         "phone": "052-555-1234"})
        purchases.record(made, dana.id, lines=[LineInput("Espresso", 2, "12", "Coffee"),
                                               LineInput("Croissant", 1, "16", "Bakery")],
                         at=datetime(2026, 9, 3, 12, 0))
        purchases.record(made, None, lines=[LineInput("Espresso", 1, "12", "Coffee")],
                         at=datetime(2026, 9, 12, 12, 0))
    finally:
        made.close()
    return folder


def page_text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


def test_the_report_is_written_where_asked_with_the_months_figures(cafe, tmp_path):
    out = tmp_path / "september.pdf"
    done = run(cafe, "report", "monthly", "--month", "2026-09", "--out", str(out))
    assert done.code == 0, done.err
    assert str(out) in done.out and "sales 52.00 ILS from 2 purchases" in done.out
    text = page_text(out)
    for expected in ("Corner Café", "September 2026", "₪52.00", "Dana Cohen", "Espresso",
                     "₪36.00", "Croissant", "Page 1 of"):
        assert expected in text, expected


def test_json_gives_the_figures_and_the_default_place_is_reports(cafe):
    done = run(cafe, "--json", "report", "monthly", "--month", "2026-09")
    assert done.code == 0, done.err
    data = done.json()
    assert data["path"] == str((cafe / "reports" / "monthly-2026-09.pdf").resolve())
    assert data["figures"]["sales"] == "52.00" and data["figures"]["purchases"] == 2
    assert data["figures"]["identified_share"] == 50.0
    assert data["top_customers"] == [{"name": "Dana Cohen", "purchases": 1, "spent": "40.00"}]
    assert data["products"][0] == {"product": "Espresso", "quantity": 3, "sales": "36.00"}
    assert (cafe / "reports" / "monthly-2026-09.pdf").stat().st_size > 10_000


def test_without_a_month_it_reports_last_month(cafe):
    done = run(cafe, "--json", "report", "monthly")
    assert done.code == 0, done.err
    assert done.json()["month"] == last_month()
    assert (cafe / "reports" / f"monthly-{last_month()}.pdf").exists()


def test_a_bad_month_or_folder_is_refused_with_exit_2(cafe, tmp_path):
    done = run(cafe, "report", "monthly", "--month", "2026-13", "--out", str(tmp_path / "x.pdf"))
    assert done.code == 2
    assert "month" in done.err and "YYYY-MM" in done.err
    assert not (tmp_path / "x.pdf").exists()
    done = run(cafe, "report", "monthly", "--month", "2026-09", "--out",
               str(tmp_path / "nowhere" / "x.pdf"))
    assert done.code == 2 and "nowhere" in done.err
