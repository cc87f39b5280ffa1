"""The customer data export in Hebrew and Persian: the printed words in the shop's language,
days in its calendar (Jalali for Persian) with Persian digits; the JSON stays ISO."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.core import calendars, customer_data, customers
from tests.unit.test_privacy import pdf_text

WORDS = {  # words whose letters the PDF's text comes back with as written
    "fa": ("تماس و جزئیات", "نام خانوادگی", "خریدها", "باشگاه مشتریان", "رضایت"),
    "he": ("פרטי קשר ופרטים", "שם משפחה", "תשובות לסקרים", "ביקור אחרון", "מבצעים וחדשות"),
}


@pytest.mark.parametrize("language", ["fa", "he"])
def test_the_export_reads_in_the_shops_language_and_calendar(shop, tmp_path, language):
    shop.save_settings(language=language)
    dana = customers.resolve(shop, "052-555-1234").id
    done = customer_data.export_data(shop, dana, tmp_path)
    text = pdf_text(done.pdf_path)
    for word in WORDS[language]:
        assert word in text, word
    assert "Contact and details" not in text and "When (UTC)" not in text
    today = calendars.local_time(calendars.datetime.now(calendars.UTC).replace(tzinfo=None))
    if language == "fa":
        y, m, d = calendars.to_jalali(today.date())
        assert calendars.persian_digits(f"{y}/{m:02d}/{d:02d}") in text  # exported today
        assert str(today.year) not in text.splitlines()[1]  # no Gregorian year in the subtitle
    else:
        assert str(today.year) in text
    data = json.loads(done.json_path.read_text(encoding="utf-8"))
    assert date.fromisoformat(data["exported_at"][:10])  # the file for machines stays ISO
