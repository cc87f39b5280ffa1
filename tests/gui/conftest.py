"""Shared by the GUI tests: the workstation's language for one test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from app.ui import i18n


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
