"""Shared by the GUI tests: the workstation's language for one test."""

from __future__ import annotations

import pytest

from app.ui import i18n


@pytest.fixture
def language(request, qapp):
    """`@pytest.mark.parametrize("language", ["fa"], indirect=True)`: the screens speak it
    for the test, English again after."""
    i18n.install(request.param)
    yield request.param
    i18n.install("en")
