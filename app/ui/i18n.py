"""The workstation's language: Qt translators for Counterpart and Qt's own dialogs, the
default locale for numbers and dates, and right-to-left layout for Hebrew and Persian.

The language is chosen per workstation (QSettings `language`); a new workstation starts
in the shop's language, or the system's when it is one Counterpart speaks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator

from app.core.paths import resources_dir
from app.core.settings import LANGUAGES

RIGHT_TO_LEFT = {"he", "fa"}
LOCALES = {"en": "en_US", "he": "he_IL", "fa": "fa_IR"}
SETTINGS_KEY = "language"
_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def workstation_language(local: QSettings | None = None, fallback: str | None = None) -> str:
    stored = (local or QSettings()).value(SETTINGS_KEY, "", type=str)
    if stored in LANGUAGES:
        return stored
    if fallback in LANGUAGES:
        return fallback
    system = QLocale.system().name()[:2]
    return system if system in LANGUAGES else "en"


def remember_language(language: str, local: QSettings | None = None) -> None:
    (local or QSettings()).setValue(SETTINGS_KEY, language)


def is_rtl(language: str) -> bool:
    return language in RIGHT_TO_LEFT


def install(language: str) -> str:
    """Switch the running application to `language`; returns the language in use."""
    app = QCoreApplication.instance()
    language = language if language in LANGUAGES else "en"
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language != "en":
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in ((f"counterpart_{language}", str(translations_dir())),
                             (f"qtbase_{language}", qt_dir)):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                _installed.append(translator)
    QLocale.setDefault(QLocale(LOCALES[language]))
    for window in app.topLevelWidgets() if hasattr(app, "topLevelWidgets") else ():
        window.setLocale(QLocale())  # spin boxes and date fields in windows already open too
    if hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_rtl(language)
                               else Qt.LayoutDirection.LeftToRight)
    return language
