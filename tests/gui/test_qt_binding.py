"""The Qt binding must not leak or drop Python references on ordinary calls: PySide6 6.12.0
dropped one reference to None per void call under Python 3.11, and the app aborted."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.setText("x")
        label.show()
    assert abs(sys.getrefcount(None) - before) < 10
