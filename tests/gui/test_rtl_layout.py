"""Settings in Hebrew and Persian: the privacy card's policy line wraps instead of being cut,
its button shows its whole text, and its caption lines up with the other cards'."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QFormLayout

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
