"""The monthly report on a small shop whose figures are worked out by hand: the PDF's text
carries exactly those figures, its pages render to real pictures, and an empty month says
"no data" in every section instead of leaving holes."""

from __future__ import annotations

from datetime import UTC, datetime

import pypdfium2 as pdfium
import pytest
from sqlalchemy import select

from app.core import audit, customers, loyalty, purchases, report_figures, surveys
from app.core.errors import PermissionDenied, ValidationError
from app.core.purchases import LineInput
from app.reports.monthly import write_report
from app.store.models import AuditEntry
from tests.conftest import CASHIER, staff_named

MONTH = "2026-09"


def pdf_pages(path) -> tuple[list[str], list]:
    """(text of each page, each page as a PIL image)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        texts = [page.get_textpage().get_text_range() for page in pdf]
        images = [page.render(scale=0.6).to_pil().convert("L") for page in pdf]
    finally:
        pdf.close()
    return texts, images


class Clock:
    """The shop's clock (audit.now) held at a chosen local time while data is made."""

    def __init__(self, monkeypatch):
        self.at = audit.now()
        monkeypatch.setattr(audit, "now", lambda: self.at)

    def set(self, y: int, m: int, d: int, hour: int = 12) -> datetime:
        local = datetime(y, m, d, hour, 0)
        self.at = local.astimezone().astimezone(UTC).replace(tzinfo=None)
        return local


@pytest.fixture
def town(shop, monkeypatch):
    """August and September 2026 in a small café (see the figures in the tests)."""
    clock = Clock(monkeypatch)
    ids = {name: customers.resolve(shop, ref).id for name, ref in (
        ("Dana", "052-555-1234"), ("Avigail", "054-765-4321"), ("Maryam", "+98 912 345 6789"))}
    clock.set(2026, 8, 1)
    points = loyalty.add_program(shop, {"kind": "points", "name": "Café points",
                                        "points_per_unit": "1", "threshold": "50",
                                        "reward_value": "5"})
    ids["Walter"] = customers.register(shop, {
        "first_name": "Walter", "last_name": "Back", "email": "walter@example.com",
        "birthday": "1980-10-07", "marketing_consent": True}).id

    def buy(who, y, m, d, total=None, lines=()):
        return purchases.record(shop, ids.get(who), total, list(lines), at=clock.set(y, m, d))

    # August: 3 purchases, 170.00
    buy("Walter", 2026, 8, 10, "20")
    buy("Dana", 2026, 8, 20, "100")
    buy(None, 2026, 8, 25, "50")
    # September: 5 purchases, 250.00, 10.00 refunded
    buy("Dana", 2026, 9, 3, lines=[LineInput("Espresso", 2, "12", "Coffee"),
                                   LineInput("Croissant", 1, "16", "Bakery")])
    sixty = buy("Dana", 2026, 9, 10, lines=[LineInput("Espresso", 5, "12", "Coffee")])
    buy("Avigail", 2026, 9, 5, lines=[LineInput("Cheesecake", 3, "25", "Cakes")])
    buy("Maryam", 2026, 9, 12, "30")
    buy(None, 2026, 9, 15, "45")
    clock.set(2026, 9, 11)
    purchases.refund(shop, sixty.id, "10", "spilt")
    clock.set(2026, 9, 20)
    loyalty.redeem(shop, ids["Dana"], points.id, 100)

    nps_survey = next(s for s in surveys.list_surveys(shop) if s.questions[0].kind == "nps")
    question = nps_survey.questions[0].id
    for (y, m, d), score, why in (
        ((2026, 8, 12), 10, ""), ((2026, 8, 13), 5, ""),
        ((2026, 9, 2), 10, ""), ((2026, 9, 4), 9, ""), ((2026, 9, 6), 9, ""),
        ((2026, 9, 8), 7, ""), ((2026, 9, 14), 3, "The coffee was cold and nobody noticed."),
    ):
        clock.set(y, m, d)
        surveys.answer(shop, nps_survey.id, {question: {"score": score, "why": why}})
    return ids


def test_the_figures_are_the_hand_computed_ones(shop, town):
    f = report_figures.month_figures(shop, MONTH)
    now, before = f.now, f.before
    assert (now.purchases, now.gross, now.refunds, now.sales) == (5, 25000, 1000, 24000)
    assert (now.average_basket, now.identified, now.anonymous) == (5000, 4, 1)
    assert now.identified_share == 80.0
    assert (now.new_customers, now.active_customers, now.lapsed_customers) == (2, 3, 1)
    assert (now.nps.promoters, now.nps.passives, now.nps.detractors, now.nps.nps) == \
        (3, 1, 1, 40.0)
    assert (before.purchases, before.gross, before.identified_share) == (3, 17000, 66.7)
    assert (before.new_customers, before.active_customers, before.nps.nps) == (2, 2, 0.0)
    assert [(c.name, c.purchases, c.spent) for c in f.top_customers] == [
        ("Dana Cohen", 2, 9000), ("אביגיל לוי", 1, 7500), ("مریم احمدی", 1, 3000)]
    assert f.products == (("Espresso", 7, 8400), ("Cheesecake", 3, 7500),
                          ("Croissant", 1, 1600))
    assert f.categories[0] == ("Coffee", 7, 8400)
    (points,) = f.loyalty
    assert (points.issued, points.redeemed, points.redeemed_value) == (195, 100, 1000)
    assert (points.outstanding, points.holders, points.liability) == (215, 4, 2150)
    assert (points.issued_before, points.redeemed_before) == (120, 0)  # August
    assert [(c.score, c.text) for c in f.detractors] == [
        (3, "The coffee was cold and nobody noticed.")]
    assert [w.name for w in f.winback] == ["Walter Back"]
    assert (f.birthday_month, f.birthday_count, [b.name for b in f.birthdays]) == \
        ("2026-10", 1, ["Walter Back"])
    q = f.quality
    assert (q.customers, q.no_phone, q.no_email, q.consenting) == (5, 2, 3, 1)
    assert (q.shared_phones, q.shared_emails) == (0, 0)
    days = {d.day: (n, total) for d, n, total in f.daily}
    assert len(days) == 30 and days[3] == (1, 4000) and days[1] == (0, 0)
    assert f.hours[12] == 5 and sum(f.hours) == 5  # every sale at noon, local time


def test_the_printed_report_carries_exactly_those_figures(shop, town, tmp_path):
    path = write_report(shop, MONTH, tmp_path / "september.pdf")
    texts, images = pdf_pages(path)
    text = "\n".join(texts)
    for expected in (
        "Corner Café", "September 2026", "compared with August 2026",
        "₪240.00", "+41.2%",  # sales, against 170.00
        "5", "+66.7%",  # purchases, against 3
        "₪50.00",  # average basket
        "80.0%", "+13.3 pts", "1 anonymous",  # identified share
        "NPS", "+40", "5 answers", "+40 pts",  # NPS: whole numbers, as on every screen
        "NEWLY LAPSED",
        "Dana Cohen", "₪90.00", "אביגיל לוי", "₪75.00",
        "Espresso", "₪84.00", "Cheesecake", "Croissant", "Coffee", "Cakes", "Bakery",
        "Café points", "195", "215", "₪21.50",
        "2026-09-14", "The coffee was cold and nobody noticed.",
        "Walter Back", "Birthdays in October 2026", "7 Oct",
        "40.0%", "60.0%", "20.0%",  # missing phone, missing e-mail, consent
    ):
        assert expected in text, expected
    assert "walter@example.com" not in text and "052" not in text  # no contact details
    total = len(texts)
    assert total >= 2
    assert all(f"Page {n} of {total}" in page for n, page in enumerate(texts, start=1))
    for image in images:  # each page really has something drawn on it
        histogram = image.histogram()
        assert sum(histogram[:200]) > 0.01 * sum(histogram)


def test_persian_names_are_shaped_and_still_read_back(shop, town, tmp_path):
    path = write_report(shop, MONTH, tmp_path / "r.pdf")
    text = "\n".join(pdf_pages(path)[0])
    data = path.read_bytes()
    assert b"/FontFile2" in data and b"Arabic" in data  # the Persian font, embedded
    assert "مریم احمدی" in text


def test_an_empty_month_is_a_valid_report_that_says_no_data(shop, tmp_path):
    path = write_report(shop, "2026-03", tmp_path / "empty.pdf")
    texts, images = pdf_pages(path)
    text = "\n".join(texts)
    for section in ("Sales per day", "NPS over the last 12 months", "Top customers",
                    "Best-selling products", "Sales by category", "Issued vs redeemed",
                    "What customers told us", "Win-back list", "Data quality"):
        assert section in text, section
    assert text.count("No data") >= 8
    assert "No loyalty program." in text and "No detractor comments this month." in text
    assert all(f"Page {n} of {len(texts)}" in page for n, page in enumerate(texts, start=1))


def test_letter_paper_from_the_settings(shop, tmp_path):
    shop.save_settings(paper_size="Letter")
    path = write_report(shop, MONTH, tmp_path / "letter.pdf")
    pdf = pdfium.PdfDocument(str(path))
    try:
        assert pdf[0].get_size() == pytest.approx((612, 792), abs=1)
    finally:
        pdf.close()


def test_only_a_manager_makes_a_report_and_it_is_in_the_audit_trail(shop, tmp_path):
    write_report(shop, MONTH, tmp_path / "yes.pdf")
    with shop.read() as session:
        noted = [(e.action, e.detail, e.staff_id) for e in session.scalars(
            select(AuditEntry).where(AuditEntry.entity == "report"))]
    assert noted == [
        ("export", "monthly", shop.actor.staff_id)]
    shop.act_as(staff_named(shop, CASHIER[0]))
    with pytest.raises(PermissionDenied):
        write_report(shop, MONTH, tmp_path / "no.pdf")
    with pytest.raises(PermissionDenied):
        report_figures.month_figures(shop, MONTH)
    assert not (tmp_path / "no.pdf").exists()


def test_a_bad_month_or_folder_is_refused_and_nothing_is_left(shop, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(ValidationError) as bad:
        write_report(shop, "2026-13", tmp_path / "x.pdf")
    assert bad.value.field == "month"
    with pytest.raises(ValidationError) as missing:
        write_report(shop, MONTH, tmp_path / "nowhere" / "x.pdf")
    assert missing.value.field == "out"
    assert list(tmp_path.iterdir()) == []


def test_the_default_place_is_reports_in_the_data_folder_and_progress_can_stop(shop):
    seen = []
    made = write_report(shop, MONTH, progress=lambda done, total: seen.append(done) or True)
    assert made == shop.folder / "reports" / f"monthly-{MONTH}.pdf" and made.exists()
    assert seen[-1] == 100 and seen == sorted(seen)
    made.unlink()
    assert write_report(shop, MONTH, progress=lambda done, total: done < 30) is None
    assert not made.exists()


@pytest.mark.parametrize("language, words", [
    ("he", ("דוח חודשי", "מכירות", "סל ממוצע", "מה הלקוחות אמרו לנו", "איכות הנתונים",
            "ספטמבר 2026", "עמוד 1 מתוך")),
    ("fa", ("گزارش ماهانه", "فروش", "میانگین سبد", "آنچه مشتریان گفتند", "کیفیت",
            "سپتامبر ۲۰۲۶", "صفحه ۱ از")),
])
def test_the_report_speaks_the_shops_language(shop, town, tmp_path, language, words):
    shop.save_settings(language=language)
    texts, _ = pdf_pages(write_report(shop, MONTH, tmp_path / f"{language}.pdf"))
    text = "\n".join(texts)
    sales = {"he": "240.00", "fa": "۲۴۰٫۰۰"}[language]  # money in the language's digits
    change = {"he": "+41.2%", "fa": "+۴۱٫۲٪"}[language]  # and so are changes
    for expected in (*words, sales, change, "Dana Cohen", "אביגיל לוי",
                     "The coffee was cold and nobody noticed."):
        assert expected in text, expected
