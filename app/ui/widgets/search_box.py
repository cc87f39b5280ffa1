"""The counter's search box: results as you type, and a barcode scanner told apart from a person.

A USB scanner "types" the code very fast (a few milliseconds between characters) and ends
with Enter. A person types far slower. So a run of characters each arriving less than
`SCAN_GAP_S` after the one before, ended by an equally fast Enter, is a scan.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

_MODIFIERS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
              Qt.Key.Key_AltGr, Qt.Key.Key_CapsLock}


class SearchBox(QLineEdit):
    query_changed = Signal(str)  # debounced while typing
    submitted = Signal(str)  # Enter typed by a person
    scanned = Signal(str)  # a code from the barcode scanner (ended by its Enter)

    DEBOUNCE_MS = 150
    SCAN_GAP_S = 0.03  # a scanner's characters arrive closer together than this
    MIN_SCAN_LEN = 4

    def __init__(self, parent: QWidget | None = None,
                 clock: Callable[[], float] = time.monotonic):
        super().__init__(parent)
        self.clock = clock  # seconds; tests give a fake one to type "fast" or "slow"
        self.results: QWidget | None = None  # Down moves the focus here
        self.setClearButtonEnabled(True)
        self._burst = ""  # the characters of the current fast run
        self._last_at: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit_query)
        self.textEdited.connect(lambda _text: self._timer.start())

    def flush(self) -> None:
        """Send a pending debounced query now."""
        if self._timer.isActive():
            self._timer.stop()
            self._emit_query()

    def _emit_query(self) -> None:
        self.query_changed.emit(self.text().strip())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        now = self.clock()
        fast = self._last_at is not None and now - self._last_at < self.SCAN_GAP_S
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            burst, self._burst, self._last_at = self._burst, "", None
            if fast and len(burst) >= self.MIN_SCAN_LEN:
                self._timer.stop()
                self.setText(burst)
                self.selectAll()
                self.scanned.emit(burst)
            else:
                self.flush()
                self.submitted.emit(self.text().strip())
            return
        if key == Qt.Key.Key_Escape:
            self._burst, self._last_at = "", None
            if not self.text():
                event.ignore()  # nothing to clear: let the screen have it
                return
            self._timer.stop()
            self.clear()
            self._emit_query()
            return
        if key == Qt.Key.Key_Down and self.results is not None:
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            return
        text = event.text()
        if text and text.isprintable():
            self._burst = self._burst + text if fast else text
            self._last_at = now
        elif key not in _MODIFIERS:  # a scanner holds Shift for capitals: that's no break
            self._burst, self._last_at = "", None
        super().keyPressEvent(event)
