"""Settings in Hebrew and Persian: the privacy card's policy line wraps instead of being cut,
its button shows its whole text, and its caption lines up with the other cards'."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel

from tests.gui import test_rtl_screens
from tests.gui.test_rtl_screens import open_screen

window = test_rtl_screens.window  # the signed-in main window fixture


@pytest.mark.parametrize("language", ["he", "fa"])
def test_the_privacy_card_shows_its_policy_line_and_button_whole(window, language):
    window.apply_language(language)
    settings = open_screen(window, "settings")
    settings.activate()
    for _ in range(3):
        QApplication.processEvents()
    card = settings.privacy_settings
    assert card.policy.wordWrap() and card.policy.text()
    assert card.policy.height() >= card.policy.heightForWidth(card.policy.width())
    button = card.policy_button
    assert button.width() >= button.sizeHint().width()  # not squeezed
    assert card.policy.geometry().right() <= card.contentsRect().right()

    def caption_width(form: QFormLayout) -> int:
        return form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget().width()

    retention = card.form.itemAt(1, QFormLayout.ItemRole.LabelRole).widget()
    assert retention.width() == caption_width(settings.kiosk.form)  # one column of captions
    if language == "fa":
        assert "۱" in card.policy.text() and "1" not in card.policy.text().split("،")[0]


def test_a_persian_merge_names_customers_in_persian_digits_and_keeps_english_notes_whole(
    window, qtbot
):
    from app.core import customers  # noqa: PLC0415
    from app.ui import bidi  # noqa: PLC0415
    from app.ui.dialogs.merge_customers import MergeCustomersDialog  # noqa: PLC0415

    shop = window.state.shop
    keep = customers.resolve(shop, "052-555-1234")
    other = customers.resolve(shop, "zoe@example.com")
    customers.update(shop, keep.id, {"notes": "Allergic to nuts."})
    window.apply_language("fa")
    dialog = MergeCustomersDialog(window.state, keep.id, other.id, window)
    qtbot.addWidget(dialog)
    marks = str.maketrans("", "", bidi.FSI + bidi.PDI)
    texts = [label.text().translate(marks) for label in dialog.findChildren(QLabel)]
    digits = str(keep.id).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert any(f"({digits})" in text for text in texts), texts
    assert f"{bidi.FSI}Allergic to nuts.{bidi.PDI}" in dialog.value_text(
        "notes", "Allergic to nuts."
    )


@pytest.mark.parametrize("language", ["he", "fa"])
def test_the_damaged_shop_explanation_starts_at_the_right(window, qtbot, language):
    from app.core import restore  # noqa: PLC0415
    from app.ui import bidi  # noqa: PLC0415
    from app.ui.dialogs.damaged_shop import DamagedShopDialog  # noqa: PLC0415

    window.apply_language(language)
    damaged = restore.ShopDamaged("The shop file is damaged.", "page 12: bad checksum", None)
    dialog = DamagedShopDialog(window.state, damaged, "secret", window)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith(f"{bidi.RLM}Counterpart") for text in texts), texts
    assert any(f"{bidi.FSI}page 12: bad checksum{bidi.PDI}" in text for text in texts)


def test_the_persian_setup_wizard_names_countries_in_persian(qtbot, tmp_path):
    from PySide6.QtCore import QSettings  # noqa: PLC0415

    from app.ui import i18n  # noqa: PLC0415
    from app.ui.screens.setup_wizard import SetupWizard  # noqa: PLC0415
    from app.ui.state import AppState  # noqa: PLC0415
    from app.ui.tasks import TaskRunner  # noqa: PLC0415

    i18n.install("fa")
    try:
        local = QSettings(str(tmp_path / "ws.ini"), QSettings.Format.IniFormat)
        wizard = SetupWizard(AppState(tmp_path / "new", TaskRunner(synchronous=True), local=local))
        qtbot.addWidget(wizard)
        iran = wizard.region.itemText(wizard.region.findData("IR"))
        assert iran.startswith("ایران"), iran
    finally:
        i18n.install("en")


def test_persian_lists_use_the_persian_comma(window):
    from app.core import surveys  # noqa: PLC0415

    questions = [
        {"kind": "rating", "prompt": "How was the coffee?"},
        {"kind": "text", "prompt": "Anything else?", "required": False},
    ]
    surveys.save_survey(window.state.shop, None, "Two kinds", questions)
    window.apply_language("fa")
    table = open_screen(window, "surveys").table
    row = next(r for r in range(table.rowCount()) if "Two kinds" in table.item(r, 0).text())
    kinds = table.item(row, 1).text()
    assert "، " in kinds and ", " not in kinds, kinds


@pytest.mark.parametrize(("language", "word"), [("he", "הרווחת"), ("fa", "به دست آوردید")])
def test_the_kiosk_thanks_a_card_in_the_customers_language(qtbot, shop, language, word):
    from app.core import loyalty_programs  # noqa: PLC0415
    from app.core.loyalty import Earned  # noqa: PLC0415
    from app.ui import i18n  # noqa: PLC0415
    from app.ui.kiosk.thanks import ThanksScreen  # noqa: PLC0415

    card = loyalty_programs.add_program(
        shop, {"kind": "punch", "name": "Coffee card", "reward": "a coffee", "punches": 5}
    )
    i18n.install(language)
    try:
        thanks = ThanksScreen()
        qtbot.addWidget(thanks)
        thanks.show_thanks((Earned(card, 2, 2),))
        said = thanks.reward.text()
        assert word in said and "Coffee card" in said and "earned" not in said, said
    finally:
        i18n.install("en")
