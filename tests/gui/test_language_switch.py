"""Hebrew and Persian turn the whole window right to left; English turns it back. The
switch happens at once, with the shop still open and the same person signed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from app.ui import i18n
from app.ui.main_window import MainWindow
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import FAST_KDF, MANAGER, PASSPHRASE


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


@pytest.mark.parametrize("language", ["he", "fa"])
def test_right_to_left_languages_mirror_the_window(window, language):
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    old_workspace = window.workspace
    window.apply_language(language)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.workspace is not old_workspace
    assert window.pages.currentWidget() is window.workspace
    assert window.workspace.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.state.shop.actor.staff_name == MANAGER[0]
    assert i18n.workstation_language(window.state.local) == language

    window.apply_language("en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.workstation_language(window.state.local) == "en"


def test_the_language_is_remembered_per_workstation(window, tmp_path):
    window.apply_language("fa")
    other = QSettings(str(tmp_path / "elsewhere.ini"), QSettings.Format.IniFormat)
    assert i18n.workstation_language(window.state.local) == "fa"
    assert i18n.workstation_language(other, fallback="he") == "he"
