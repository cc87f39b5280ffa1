"""One calm look for every screen: Fusion, a light palette, big readable type at the counter."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

STYLE = """
QWidget { font-size: 14px; }
QListWidget#nav { font-size: 15px; border: none; background: #f3f4f6; padding: 6px; }
QListWidget#nav::item { padding: 10px 8px; border-radius: 6px; }
QListWidget#nav::item:selected { background: #1f6feb; color: white; }
QLabel#title { font-size: 22px; font-weight: 600; }
QLabel#subtitle { color: #57606a; }
QLabel#error { color: #b42318; }
QLabel#hint { color: #57606a; }
QLabel#who { color: #57606a; padding: 4px; }
QPushButton { padding: 6px 14px; }
QPushButton[primary="true"] { background: #1f6feb; color: white; border-radius: 6px;
    padding: 8px 18px; font-weight: 600; }
QPushButton[primary="true"]:disabled { background: #9db8e6; }
QLineEdit, QComboBox, QDateEdit, QPlainTextEdit { padding: 5px; }
QFrame#card { background: white; border: 1px solid #d0d7de; border-radius: 10px; }
QFrame#warning { background: #fff8c5; border: 1px solid #d4a72c; border-radius: 8px; }
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE)
