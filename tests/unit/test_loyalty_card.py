"""The printed loyalty card read back as a person and a scanner would: its text, and both
barcodes decoded from the rendered page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from reportlab.lib.units import mm

from app.core import customers, loyalty
from app.core.errors import ValidationError
from app.reports import loyalty_card
from app.reports.loyalty_card import card_pdf, loyalty_card_pdf
from tests.unit.test_boundaries import APP, QT, SQL, imported_modules, offenders

CODE128 = zxingcpp.BarcodeFormat.Code128
QR = zxingcpp.BarcodeFormat.QRCode


def read_card(path: Path, dpi: int = 300) -> tuple[str, dict, tuple[float, float]]:
    """(the page's text, {barcode format: decoded text}, page size in mm)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        page = pdf[0]
        text = page.get_textpage().get_text_range()
        image = page.render(scale=dpi / 72).to_pil()
        width, height = page.get_size()
    finally:
        pdf.close()
    decoded: dict = {}
    for found in zxingcpp.read_barcodes(image):
        assert found.format not in decoded, "one of each barcode"
        decoded[found.format] = found.text
    return text, decoded, (width * 25.4 / 72, height * 25.4 / 72)


def _has_font(script: str) -> bool:
    return loyalty_card.font_for(script, False).startswith("Card-")


@pytest.mark.parametrize("shop_name, first_name, number, language", [
    ("Corner Café", "Zoë", "290123456785", "en"),
    ("קפה דיזנגוף", "אביגיל", "290000000017", "he"),
])
def test_the_card_shows_the_names_and_both_barcodes_read_back(
        tmp_path, shop_name, first_name, number, language):
    if language == "he" and not _has_font("hebrew"):
        pytest.skip("no TrueType font with Hebrew on this system (fonts-noto-core)")
    path = loyalty_card_pdf(tmp_path / "card.pdf", shop_name, first_name, number, language)
    text, decoded, size = read_card(path)
    assert shop_name in text and first_name in text and number in text
    assert decoded == {CODE128: number, QR: number}
    assert size == pytest.approx((85.6, 54.0), abs=0.05)  # ISO ID-1, wallet size


def test_fonts_are_embedded_and_cover_all_three_scripts(tmp_path):
    if not all(_has_font(s) for s in loyalty_card.SCRIPTS):
        pytest.skip("Noto or DejaVu fonts are not installed (fonts-noto-core)")
    path = loyalty_card_pdf(tmp_path / "card.pdf", "Café دیزنگوف", "מרים", "290123456785",
                            "fa")
    data = path.read_bytes()
    assert b"/FontFile2" in data  # TrueType, embedded (as a subset)
    assert b"/BaseFont /Helvetica" not in data
    text, decoded, _ = read_card(path)
    assert "מרים" in text and decoded[CODE128] == "290123456785"


def test_the_barcodes_are_big_enough_for_a_counter_scanner(tmp_path):
    barcode = loyalty_card._barcode("290123456785", 60 * mm)
    assert barcode.barWidth >= 0.4 * mm
    assert barcode.lquiet >= 10 * barcode.barWidth and barcode.rquiet >= 10 * barcode.barWidth
    # still read from a coarse 150 dpi picture, like a cheap scanner's
    path = loyalty_card_pdf(tmp_path / "card.pdf", "Corner Café", "Dana", "290123456785")
    _, decoded, _ = read_card(path, dpi=150)
    assert decoded == {CODE128: "290123456785", QR: "290123456785"}


def test_a_long_shop_name_still_fits(tmp_path):
    name = "Boulangerie et Pâtisserie du Marché Saint-Germain-des-Prés, depuis 1907"
    path = loyalty_card_pdf(tmp_path / "card.pdf", name, "Maximilian-Alexander", "290123456785")
    text, decoded, _ = read_card(path)
    assert "Boulangerie" in text and "…" in text  # smaller, then cut short
    assert decoded[CODE128] == "290123456785"


def test_a_missing_folder_is_a_clear_error_and_no_file_is_left(tmp_path):
    with pytest.raises(ValidationError) as err:
        loyalty_card_pdf(tmp_path / "nowhere" / "card.pdf", "Shop", "Dana", "290123456785")
    assert err.value.field == "path" and "nowhere" in err.value.message
    assert list(tmp_path.iterdir()) == []


def test_card_pdf_prints_the_customers_card_and_notes_it_in_the_audit(shop, tmp_path):
    dana = customers.resolve(shop, "052-555-1234")
    path = card_pdf(shop, dana.id, tmp_path / "dana.pdf")
    text, decoded, _ = read_card(path)
    assert "Corner Café" in text and "Dana" in text and "Cohen" not in text
    assert decoded == {CODE128: dana.card_number, QR: dana.card_number}
    assert any(line.action == "print_card" for line in customers.history(shop, dana.id))


def test_a_replaced_card_prints_and_scans_as_the_new_number(shop, tmp_path):
    dana = customers.resolve(shop, "052-555-1234")
    new = loyalty.replace_card(shop, dana.id)
    assert new != dana.card_number
    _, decoded, _ = read_card(card_pdf(shop, dana.id, tmp_path / "new.pdf"))
    assert decoded == {CODE128: new, QR: new}
    assert customers.find_by_card(shop, decoded[CODE128]).id == dana.id
    assert customers.find_by_card(shop, dana.card_number) is None


def test_reports_never_touch_qt_or_sql():
    assert offenders(APP / "reports", (*QT, *SQL, "app.store")) == {}
    cli = imported_modules(APP / "cli_loyalty.py")
    assert not [m for m in cli if m.split(".")[0] in (*QT, *SQL) or m.startswith("app.store")]
