"""Team indicators as CSV: one row per indicator and month, plus a "period" row; formula-injection safe. In the
report's language: French and German with ";" between cells (what spreadsheet programs there expect), a decimal
comma for a practice in France (Switzerland writes a decimal point), translated headers, sections, names, units and
"period"; English with "," and a decimal point. Always UTF-8 with a BOM, so that a spreadsheet reads the accents.
The indicator's key stays as it is (a code, for programs that read the file).
"""

from __future__ import annotations

import csv
import io

from app.services.coordination.indicators import IndicatorReport
from app.services.coordination.indicators_pdf import SECTIONS, TEXTS, label_of
from app.services.kernel import labels as L

HEADER = ("section", "indicator", "label", "unit", "month", "value")
HEADERS = {"fr": ("section", "indicateur", "libellé", "unité", "mois", "valeur"),
           "de": ("Bereich", "Kennzahl", "Bezeichnung", "Einheit", "Monat", "Wert"),
           "en": HEADER}
UNITS = {"count": ("nombre", "Anzahl", "count"), "%": ("%", "%", "%"), "hours": ("heures", "Stunden", "hours"),
         "days": ("jours", "Tage", "days")}
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe(value) -> str:
    """A cell a spreadsheet will not run: text starting with = + - @ (or tab / CR) gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(DANGEROUS) else text


def _number(value, decimal_comma: bool = False) -> str:
    if value is None:
        return ""
    return L.decimal(value, "fr" if decimal_comma else "en")


def render(report: IndicatorReport, lang: str = "en", decimal_comma: bool | None = None) -> bytes:
    """UTF-8 CSV bytes with a BOM in ``lang`` (fr, de, en); ``decimal_comma`` defaults to French's."""
    lang = L.lang_of(lang)
    comma = (lang == "fr") if decimal_comma is None else decimal_comma
    out = io.StringIO()
    writer = csv.writer(out, delimiter="," if lang == "en" else ";", lineterminator="\r\n")
    writer.writerow(HEADERS[lang])
    period = TEXTS[lang]["total"] if lang != "en" else "period"
    for ind in report.indicators:
        section = L.label(SECTIONS, ind.section, lang) if ind.section in SECTIONS else ind.section
        unit = UNITS[ind.unit][L.LANGS.index(lang)] if ind.unit in UNITS else ind.unit
        cells = [(f"{m:%Y-%m}", v) for m, v in zip(report.months, ind.monthly)] + [(period, ind.total)]
        for month, value in cells:
            writer.writerow([safe(section), safe(ind.key), safe(label_of(ind, lang) if lang != "en" else ind.label),
                             safe(unit), month, _number(value, comma)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
