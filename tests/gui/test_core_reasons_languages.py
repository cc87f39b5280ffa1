"""Reasons and summaries from core on Hebrew and Persian screens: an import's refused rows
(on screen and in the CSV the wizard saves), why two customers look like one, the
retention count and an alert's kind and summary, in the language's words and digits. The
command line's English is unchanged (checked in tests/unit/test_core_reasons.py)."""

from __future__ import annotations

import csv
import re

import pytest
from PySide6.QtWidgets import QFileDialog

from app.core import alerts, customers, surveys
from app.store import surveys as survey_rows
from app.ui.dialogs.retention_review import RetentionReviewDialog
from app.ui.screens.alerts import AlertsScreen
from app.ui.screens.duplicates import DuplicatesScreen
from tests.gui.reading import plain
from tests.gui.test_duplicates_gui import show, state_for, twins  # noqa: F401 - a fixture
from tests.gui.test_import_wizard import next_page, open_wizard
from tests.gui.test_surveys_alerts import checkout_nps

LATIN_DIGIT = re.compile("[0-9]")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ROWS = (
    "first_name,last_name,phone,birthday,marketing_consent\n"
    "Noa,Levi,054-211-2222,1990-04-02,yes\n"
    "Ari,Gal,054-311-3333,someday,perhaps\n"  # two bad fields
    "Uri,Tal,052-555-1234,,\n"  # the template shop's Dana has this phone
    "Yael,Bar,054-211-2222,,\n"  # the same phone as line 2
)


def persian(text: str) -> bool:
    return not LATIN_DIGIT.search(text)


@pytest.mark.parametrize(
    ("language", "expect"),
    [
        (
            "fa",
            {
                "lines": ["۲", "۳", "۴", "۵"],
                "two": ("رضایت تبلیغاتی: ", ". تاریخ تولد: "),
                "taken": "تلفن: مشتری {id} همین تلفن را دارد.",
                "again": "تلفن: همان تلفن سطر ۲ فایل است.",
                "csv": "سطر ۵: تلفن: همان تلفن سطر ۲ فایل است.",
            },
        ),
        (
            "he",
            {
                "lines": ["2", "3", "4", "5"],
                "two": ("הסכמה לדיוור: ", ". יום הולדת: "),
                "taken": "טלפון: ללקוח {id} כבר יש אותו טלפון.",
                "again": "טלפון: אותו טלפון כמו בשורה 2 בקובץ.",
                "csv": "שורה 5: טלפון: אותו טלפון כמו בשורה 2 בקובץ.",
            },
        ),
    ],
    indirect=["language"],
)
def test_an_import_says_why_rows_are_refused_in_the_language(
    qtbot, shop, shop_dir, tmp_path, monkeypatch, language, expect
):
    source = tmp_path / "customers.csv"
    source.write_text(ROWS, encoding="utf-8")
    dana = customers.resolve(shop, "052-555-1234").id
    taken = expect["taken"].format(
        id=str(dana).translate(PERSIAN_DIGITS) if language == "fa" else dana
    )
    wizard = open_wizard(qtbot, state_for(shop, shop_dir, tmp_path))
    wizard.file_page.path.setText(str(source))
    for _page in ("format", "mapping", "preview"):
        next_page(qtbot, wizard)

    preview = wizard.preview_page.table
    assert [preview.item(r, 0).text() for r in range(4)] == expect["lines"]
    two = plain(preview.item(1, 1).text())
    first, then = expect["two"]
    assert two.startswith(first) and then in two and "birthday" not in two, two
    assert plain(preview.item(2, 1).text()) == taken
    assert plain(preview.item(3, 1).text()) == expect["again"]
    next_page(qtbot, wizard)

    page = wizard.import_page
    page.dry_button.click()
    page.import_button.click()
    shown = [plain(page.rejected.item(r, 1).text()) for r in range(page.rejected.rowCount())]
    assert [page.rejected.item(r, 0).text() for r in range(3)] == expect["lines"][1:]
    assert shown[1:] == [taken, expect["again"]]
    if language == "fa":
        assert all(persian(text) for text in [*shown, page.summary.text()])

    saved = tmp_path / "rejected.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    page.save_button.click()
    with saved.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][-1] == "error"  # the column a later import leaves out
    assert [r[0] for r in rows[1:]] == ["Ari", "Uri", "Yael"]
    assert plain(rows[3][-1]) == expect["csv"]


@pytest.mark.parametrize(
    ("language", "same_phone", "similar"),
    [("fa", "همان تلفن", "نام مشابه "), ("he", "אותו טלפון", "שם דומה ")],
    indirect=["language"],
)
def test_duplicates_say_why_in_the_language(
    qtbot,
    shop,
    shop_dir,
    tmp_path,
    twins,  # noqa: F811 - the fixture imported above
    language,
    same_phone,
    similar,
):
    screen = show(qtbot, DuplicatesScreen(state_for(shop, shop_dir, tmp_path)))
    screen.find_button.click()
    assert screen.model.rowCount() == 1
    score, why = (plain(screen.model.index(0, c).data()) for c in (0, 3))
    assert why.startswith(same_phone) and similar in why and "same" not in why
    if language == "fa":
        assert "، " in why and persian(why) and persian(score)
    else:
        assert re.fullmatch(r"אותו טלפון, שם דומה \d+", why)


@pytest.mark.parametrize(
    ("language", "says"),
    [
        ("fa", "مشتریان غیرفعال بیش از ۳ سال: ۰."),
        ("he", None),
    ],
    indirect=["language"],
)
def test_the_retention_review_counts_in_the_language(
    qtbot, shop, shop_dir, tmp_path, language, says
):
    dialog = RetentionReviewDialog(state_for(shop, shop_dir, tmp_path), 3)
    qtbot.addWidget(dialog)
    summary = plain(dialog.summary.text())
    assert summary and "Customers" not in summary
    if says:
        assert summary == says


def _alerts_raised(shop) -> None:
    """A detractor with a comment, one without, a mention of a keyword, and one alert
    stored in English by an older Counterpart."""
    survey = checkout_nps(shop)
    question = survey.questions[0].id
    for given in ({"score": 3, "why": "Cold coffee"}, 2, {"score": 9, "why": "a rude reply"}):
        surveys.answer(shop, survey.id, {question: given})
    surveys.answer(shop, survey.id, {question: {"score": 4, "why": "Slow"}})
    newest = alerts.listing(shop)[0]
    with shop.write() as session:  # as an older version wrote it
        survey_rows.get_alert(session, newest.id).summary = 'NPS 4/10 — "Slow"'


@pytest.mark.parametrize(
    ("language", "kinds", "says"),
    [
        (
            "fa",
            ("منتقد", "اشاره به کلیدواژه"),
            [
                "امتیاز NPS: ۴ از ۱۰ — «Slow»",
                "اشاره به rude: «a rude reply»",
                "امتیاز NPS: ۲ از ۱۰",
                "امتیاز NPS: ۳ از ۱۰ — «Cold coffee»",
            ],
        ),
        (
            "he",
            ("מלעיז", "אזכור מילת מפתח"),
            [
                "ציון NPS: 4 מתוך 10 — „Slow”",
                "אזכור של rude: „a rude reply”",
                "ציון NPS: 2 מתוך 10",
                "ציון NPS: 3 מתוך 10 — „Cold coffee”",
            ],
        ),
    ],
    indirect=["language"],
)
def test_alerts_show_their_kind_and_summary_in_the_language(
    qtbot, shop, shop_dir, tmp_path, language, kinds, says
):
    _alerts_raised(shop)
    screen = show(qtbot, AlertsScreen(state_for(shop, shop_dir, tmp_path)))
    table = screen.table
    assert table.rowCount() == 4
    assert [table.item(r, 0).text() for r in range(4)] == [kinds[0], kinds[1], kinds[0], kinds[0]]
    assert [plain(table.item(r, 1).text()) for r in range(4)] == says
