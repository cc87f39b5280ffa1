"""What a Persian or Hebrew reader looks at first: the shop's folder and name, who is signed
in, the segment counts, the loyalty rules and the kiosk's scores — each one reading the right
way round, with the locale's digits, in right-to-left screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel

from app.core.loyalty_programs import Program
from app.ui import bidi, i18n
from app.ui.widgets.loyalty_labels import rule_text
from app.ui.widgets.survey_form import SurveyForm
from tests.gui import test_rtl_screens
from tests.gui.test_rtl_screens import open_screen

window = test_rtl_screens.window  # the signed-in main window fixture

PERSIAN_DIGITS = set("۰۱۲۳۴۵۶۷۸۹")


@pytest.mark.parametrize("language", ["he", "fa"])
def test_the_shop_folder_name_and_who_is_signed_in_start_at_the_right(window, language):
    window.apply_language(language)
    folder = next(
        label.text() for label in window.unlock.findChildren(QLabel) if "/" in label.text()
    )
    assert f"{bidi.FSI}/" in folder and folder.endswith(bidi.PDI)  # '/' stays on the left
    window.lock()
    title = window.login.title.text()
    assert title == f"{bidi.RLM}{bidi.FSI}Corner Café{bidi.PDI}"  # a Latin name, at the right
    lines = window.workspace.who.text().split("\n")
    assert len(lines) == 2 and all(line.startswith(bidi.RLM) for line in lines)
    window.apply_language("en")
    assert not window.login.title.text().startswith(bidi.RLM)  # English needs no mark


def test_counts_amounts_and_loyalty_rules_in_persian_digits(window):
    window.apply_language("fa")
    segments = open_screen(window, "segments").list
    counts = [segments.item(row, 1).text() for row in range(segments.rowCount())]
    shown = [c for c in counts if c]
    assert shown and all(set(c) <= PERSIAN_DIGITS | {"٬"} for c in shown), counts
    titles = [label.text() for label in open_screen(window, "surveys").findChildren(QLabel)]
    assert f"{bidi.RLM}NPS در ۱۲ ماه گذشته" in titles  # NPS at the right, then the months
    assert bidi.money_text(1250, "ILS").replace("\u200e", "").replace("\xa0", "") == "₪۱۲٫۵۰"
    program = Program(
        id=1,
        name="Points",
        kind="points",
        active=True,
        reward="",
        punches_needed=None,
        per_item=False,
        qualifies=(),
        min_spend=0,
        points_per_unit=1,
        threshold=100,
        reward_value=1000,
        expiry_days=365,
        survey_bonus=10,
        birthday_bonus=50,
        starts_on=None,
        ends_on=None,
    )
    rule = rule_text(program, lambda minor: bidi.money_text(minor, "ILS"), "₪۱٫۰۰")
    assert "۱۰۰" in rule and "100" not in rule and "365" not in rule, rule
    window.apply_language("en")
    rule = rule_text(program, lambda minor: bidi.money_text(minor, "ILS"), "₪1.00")
    assert "100 points" in rule


@pytest.mark.parametrize(("language", "ten"), [("fa", "۱۰"), ("he", "10"), ("en", "10")])
def test_kiosk_scores_in_the_customers_digits(qtbot, shop, language, ten):
    from app.core import surveys  # noqa: PLC0415

    i18n.install(language)
    try:
        nps = next(s for s in surveys.list_surveys(shop) if s.name == "Checkout NPS")
        form = SurveyForm(nps)
        qtbot.addWidget(form)
        page = form.page
        assert page.scores[10].text() == ten and page.scores[0].text() in ("۰", "0")
    finally:
        i18n.install("en")


def test_the_audit_log_speaks_persian(window):
    window.apply_language("fa")
    screen = open_screen(window, "audit")
    model = screen.model
    actions = {model.data(model.index(r, model.ACTION)) for r in range(model.rowCount())}
    records = {model.data(model.index(r, model.RECORD)) for r in range(model.rowCount())}
    assert "ورود" in actions and "login" not in actions  # Maya signed in
    assert any(record.startswith("کارمند") for record in records), records
    assert screen.action.findText("ایجاد") > 0 and screen.entity.findText("مشتری") > 0


def test_a_persian_profile_shows_amounts_and_visits_in_persian_digits(window):
    from app.core import customers, purchases  # noqa: PLC0415

    shop = window.state.shop
    dana = customers.resolve(shop, "052-555-1234")
    purchases.record(shop, dana.id, total="12.50")
    window.apply_language("fa")
    window.workspace.open_customer(dana.id)
    profile = window.workspace.customers.profile
    texts = "\n".join(label.text() for label in profile.findChildren(QLabel))
    plain = texts.replace("\u200e", "").replace("\xa0", "")
    assert "₪۱۲٫۵۰" in plain and "12.50" not in plain


def test_survey_editor_lines_read_right_to_left_in_persian(window, qtbot):
    from app.core import surveys  # noqa: PLC0415
    from app.ui.dialogs.survey_editor import SurveyEditor  # noqa: PLC0415

    window.apply_language("fa")
    nps = next(s for s in surveys.list_surveys(window.state.shop) if s.name == "Checkout NPS")
    editor = SurveyEditor(window.state, nps, 0, window)
    qtbot.addWidget(editor)
    line = editor.list.item(0).text()
    assert line.startswith("۱. [") and line.endswith(bidi.PDI)  # the prompt keeps its '?'
    assert "امتیاز ۰ تا ۱۰ (NPS)" in line
    assert editor.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_settings_in_persian_line_up_and_count_in_persian_digits(window):
    window.apply_language("fa")
    settings = open_screen(window, "settings")
    assert settings.locale().name() == "fa_IR"  # the window's own locale follows too
    assert settings.fields["idle_lock_minutes"].text().startswith("۵")
    surveys_form = settings.survey_settings.form
    first = surveys_form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert first.minimumWidth() == settings.captions[0].minimumWidth() > 0  # one column
