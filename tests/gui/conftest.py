"""Shared by the GUI tests: the workstation's language for one test, the kiosk's own
connection to the shop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.core.shop import Shop
from app.ui import i18n
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def language(request, qapp):
    """`@pytest.mark.parametrize("language", ["fa"], indirect=True)`: the screens speak it
    for the test, English again after."""
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture(autouse=True)
def _widgets_gone_after_each_test(qapp):
    """Widgets a test closed (and pages a language switch replaced) are deleted before the
    next test: with no event loop running between tests their deferred deletes would pile
    up, and every later language switch would walk them all."""
    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def kiosk_shop(shop_dir):
    """The kiosk's own connection to the shop the counter (`shop`) has open."""
    opened = Shop.open(shop_dir, PASSPHRASE, channel="kiosk", kdf_iter=FAST_KDF)
    yield opened
    opened.close()
