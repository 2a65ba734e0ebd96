"""Qt translation, installed once at start-up; French is the default language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_dir
from app.ui.common import dates, numbers

LANGUAGES = {"fr": "Français", "de": "Deutsch", "en": "English"}
_installed: list[QTranslator] = []
_current = ["fr"]


class SwissGermanTranslator(QTranslator):
    """Qt's German (qtbase_de) in Swiss spelling: "ss", never "ß" ("Schliessen", "Ab&schliessen" …)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        text = super().translate(context, source_text, disambiguation, n)
        # None, not "": an empty (non-null) result would stop Qt from asking the next translator
        return text.replace("ß", "ss").replace("ẞ", "SS") if text else None


def current() -> str:
    """The language the interface speaks now (fr, de or en)."""
    return _current[0]


def install(app: QCoreApplication, language: str, country: str | None = None) -> str:
    """Load Cordée's and Qt's own translations for the language and set the date format of the language in the
    practice's ``country`` (FR or CH; None before login: dots); returns the language used."""
    language = language if language in LANGUAGES else "fr"
    _current[0] = language
    dates.use(language, country)
    numbers.use(language, country)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # Qt's own texts (standard buttons, dialogs) first, Cordée's after: the translator installed last is asked first,
    # so Cordée's texts never go through the Swiss German wrapper's Python call.
    qt = SwissGermanTranslator(app) if language == "de" else QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource_dir("i18n") / f"cordee_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(QLocale({"fr": QLocale.Language.French, "de": QLocale.Language.German,
                                "en": QLocale.Language.English}[language]))
    return language
