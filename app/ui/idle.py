"""Auto-lock: any key or mouse use resets the clock; silence for N minutes fires `idle`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)

    def start(self, minutes: float) -> None:
        """Watch for `minutes` of silence (0: never lock)."""
        self._timer.stop()
        if minutes > 0:
            self._timer.setInterval(int(minutes * 60_000))
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
