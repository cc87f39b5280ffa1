"""The Duplicates screen's message bar in Persian: customer numbers and what moved in
Persian digits, listed with the Persian comma; undo says so the same way."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from app.ui import i18n
from app.ui.screens.duplicates import DuplicatesScreen
from tests.gui.test_duplicates_gui import plain, say_yes, show, state_for, twins  # noqa: F401

LATIN_DIGIT = re.compile("[0-9]")


@pytest.fixture
def persian(qapp):
    i18n.install("fa")
    yield
    i18n.install("en")


def local(n: int) -> str:
    return str(n).translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def test_a_merge_and_its_undo_read_in_persian_digits(
        qtbot, shop, shop_dir, tmp_path, twins, say_yes, persian):  # noqa: F811
    dana, again = twins
    screen = show(qtbot, DuplicatesScreen(state_for(shop, shop_dir, tmp_path)))
    qtbot.mouseClick(screen.find_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    dialog = screen.dialog
    dialog.swap()  # keep the older record: the purchase moves
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    merged = plain(screen.bar_text.text())
    assert not LATIN_DIGIT.search(merged), merged
    assert local(again) in merged and local(dana) in merged
    assert "۱" in merged  # one purchase moved

    qtbot.mouseClick(screen.bar_undo, Qt.MouseButton.LeftButton)
    undone = plain(screen.bar_text.text())
    assert not LATIN_DIGIT.search(undone), undone
    assert local(again) in undone and local(dana) in undone
