"""The signed-in workspace in Hebrew and Persian: right to left, translated navigation and
screens, dates in the Persian (Jalali) calendar for Persian, amounts in Persian digits."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel

from app.core import calendars, customers, surveys
from app.ui import bidi, dates, i18n
from app.ui.main_window import MainWindow
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from app.ui.widgets.nps_chart import named_months
from tests.conftest import FAST_KDF, MANAGER, PASSPHRASE

NAV = {
    "he": ("קופה", "לקוחות", "מועדון לקוחות", "סקרים", "הגדרות"),
    "fa": ("صندوق", "مشتریان", "باشگاه مشتریان", "نظرسنجی\u200cها", "تنظیمات"),
}


@pytest.fixture
def window(qtbot, shop_dir, tmp_path):
    local = QSettings(str(tmp_path / "workstation.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    made = MainWindow(state)
    qtbot.addWidget(made)
    made.show()
    made.unlock.passphrase.setText(PASSPHRASE)
    made.unlock.submit()
    member = next(m for m in state.shop.staff_list() if m.name == MANAGER[0])
    state.shop.sign_in(member.id, MANAGER[1])
    made._signed_in()
    yield made
    i18n.install("en")


def shown_texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


@pytest.mark.parametrize("language", ["he", "fa"])
def test_the_workspace_is_right_to_left_with_translated_navigation(window, language):
    window.apply_language(language)
    workspace = window.workspace
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert workspace.layoutDirection() == Qt.LayoutDirection.RightToLeft
    nav = [workspace.nav.item(row).text() for row in range(workspace.nav.count())]
    for word in NAV[language]:
        assert any(item.startswith(word) for item in nav), (word, nav)
    assert not any(item.startswith(("Checkout", "Customers", "Settings")) for item in nav)
    assert "(F5)" in nav[0]  # key names stay as they are on the keyboard


def test_a_profile_in_persian_shows_jalali_dates(window, shop_dir):
    window.apply_language("fa")
    workspace = window.workspace
    shop = window.state.shop
    dana = customers.get(shop, customers.resolve(shop, "052-555-1234").id)
    workspace.open_customer(dana.id)
    profile = workspace.customers.profile
    assert profile.isVisible()
    y, m, d = calendars.to_jalali(calendars.local_time(dana.created_at).date())
    registered = calendars.persian_digits(f"{y}/{m}/{d}")  # e.g. ۱۴۰۵/۹/۳
    texts = shown_texts(profile)
    assert registered in texts
    assert str(calendars.local_time(dana.created_at).year) not in texts  # no Gregorian year
    assert "کارت" in texts and "Card" not in texts
    assert "نام خانوادگی" in texts and "Last name" not in texts  # through a label helper


def test_dates_follow_the_language_and_its_calendar(window):
    nowruz = date(2026, 3, 21)
    window.apply_language("fa")
    assert dates.calendar().isGregorian() is False
    assert dates.show_date(nowruz) == "۱۴۰۵/۱/۱"
    picker = dates.date_edit()
    picker.setDate(QDate(2026, 3, 21))
    assert "۱۴۰۵" in picker.text()
    window.apply_language("he")
    assert dates.calendar().isGregorian()
    assert dates.show_date(nowruz) == "21.3.2026"
    assert QLocale().toString(1234567) == "1,234,567"
    window.apply_language("en")
    assert dates.show_date(nowruz) == "3/21/26"


def open_screen(window, name: str):
    workspace = window.workspace
    screen = getattr(workspace, name)
    workspace.nav.setCurrentRow(workspace.screens.indexOf(screen))
    return screen


def test_english_user_text_keeps_its_punctuation_in_persian_screens(window):
    shop = window.state.shop
    nps = next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")
    dana = customers.resolve(shop, "052-555-1234")
    surveys.answer(shop, nps.id, {nps.questions[0].id: 2}, customer_id=dana.id)
    window.apply_language("fa")

    table = open_screen(window, "surveys").table
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert f"{bidi.FSI}Checkout NPS{bidi.PDI}" in names  # '?' and '.' stay at the end
    row = names.index(f"{bidi.FSI}Checkout NPS{bidi.PDI}")
    assert table.item(row, 2).text() == "۱"  # the version, in Persian digits
    assert table.item(row, 4).text() == "۱"  # answers

    alerts = open_screen(window, "alerts").table
    assert alerts.rowCount() == 1
    said = alerts.item(0, 1).text()  # no English left: our words and the score in Persian
    assert "".join(ch for ch in said if ch not in "\u200e\u200f\u2066\u2067\u2068\u2069") \
        == "امتیاز NPS: ۲ از ۱۰"

    folder = open_screen(window, "backups").folder.text()
    assert f"{bidi.FSI}/" in folder and "backups" + bidi.PDI in folder  # '/' on the left


def test_scores_and_counts_read_right_in_persian(window):
    window.apply_language("fa")
    assert bidi.number(1234) == "۱٬۲۳۴"
    assert bidi.signed(-3.5, 1) == f"{bidi.LRI}{QLocale().negativeSign()}۳٫۵{bidi.PDI}"
    plus = bidi.signed(32, 0)  # the sign in front, not after
    assert plus.startswith(bidi.LRI) and plus.replace("\u200e", "")[1:] == "+۳۲" + bidi.PDI
    assert bidi.signed(0) == "۰"
    assert dates.day_of_month(date(2026, 3, 21)) == "۱"  # 1 Farvardin 1405
    window.apply_language("en")
    assert (bidi.number(1234), bidi.signed(-3.5, 1), bidi.isolate("Dana")) == (
        "1,234",
        "-3.5",
        "Dana",
    )
    assert bidi.isolate("דנה") == f"{bidi.FSI}דנה{bidi.PDI}"  # a Hebrew name, even in English


def test_month_labels_on_the_nps_chart_never_touch():
    assert named_months(12, 60, 50) == set(range(12))
    thinned = named_months(12, 30, 50)  # a narrow chart: every second month, the latest named
    assert 11 in thinned and 10 not in thinned and len(thinned) == 6
    assert named_months(12, 10, 55) == {11, 5}


def test_months_on_persian_charts_are_the_jalali_months_they_span(window):
    window.apply_language("fa")
    assert dates.show_month(2026, 11) == "آبان–آذر ۰۵"  # 1 Nov = 10 Aban, 30 Nov = 9 Azar
    assert dates.show_month(2026, 3) == "اسفند ۰۴–فروردین ۰۵"  # across Nowruz
    window.apply_language("he")
    assert dates.show_month(2026, 11) == "נוב׳ 26"


def test_the_audit_log_numbers_its_records_in_persian_digits(window):
    window.apply_language("fa")
    table = open_screen(window, "audit").table
    model = table.model()
    records = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    numbered = [text for text in records if any(ch.isdigit() for ch in text)]
    assert numbered  # signing in and opening the shop left entries about staff member 1
    assert all(not any("0" <= ch <= "9" for ch in text) for text in numbered), numbered


def test_settings_switch_this_workstations_screens_at_once(window, qtbot):
    shop = window.state.shop
    shop.act_as(next(m for m in shop.staff_list() if m.name != MANAGER[0]))  # a cashier may
    settings = open_screen(window, "settings")
    assert settings.screen_language.isEnabled() and not settings.language.isEnabled()
    picker = settings.screen_language
    picker.setCurrentIndex(picker.findData("fa"))
    picker.activated.emit(picker.currentIndex())  # as a click on the item does
    qtbot.waitUntil(lambda: window.language == "fa")
    workspace = window.workspace
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert workspace.screens.currentWidget() is workspace.settings  # still in Settings
    assert workspace.settings.screen_language.currentData() == "fa"
    assert window.state.local.value("language") == "fa"  # this workstation remembers it
    assert shop.settings.language == "en"  # the shop's own language is unchanged
