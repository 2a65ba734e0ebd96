"""Numbers on screen as the user reads them: the decimal separator of the language in the practice's country
(fr-FR and fr-CH ``82,5``; de-CH ``82.5``, German elsewhere ``82,5``; English ``82.5``), no thousands separator
in measured values. ``i18n.install`` sets it with the date format. Printouts keep their own (``kernel.labels``)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale

_TERRITORY = {"fr": QLocale.Country.France, "de": QLocale.Country.Germany, "en": QLocale.Country.UnitedKingdom}
_LANGUAGE = {"fr": QLocale.Language.French, "de": QLocale.Language.German, "en": QLocale.Language.English}
_state: dict = {"locale": QLocale(QLocale.Language.French, QLocale.Country.France)}


def use(language: str, country: str | None) -> None:
    """The separator of ``language`` in ``country`` (FR or CH; None: the language's own country)."""
    territory = QLocale.Country.Switzerland if (country or "").upper() == "CH" else _TERRITORY.get(language)
    locale = QLocale(_LANGUAGE.get(language, QLocale.Language.French), territory or QLocale.Country.France)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    _state["locale"] = locale


def decimal(value) -> str:
    """A measured value or an amount without trailing zeros ("82,5", "41", "0,25"); text that is not a number is
    returned as it is."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value or "")
    return _state["locale"].toString(number, "g", 12)


_DIGIT_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def in_text(text: str) -> str:
    """The decimal points of a unit or a short text in the user's separator ("mL/min/1.73 m²" → "mL/min/1,73 m²")."""
    return _DIGIT_POINT.sub(_state["locale"].decimalPoint(), text or "")
