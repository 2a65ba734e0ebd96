"""Team indicators as CSV: one row per indicator and month, plus a "period" row; formula-injection safe."""

from __future__ import annotations

import csv
import io

from app.services.coordination.indicators import IndicatorReport

HEADER = ("section", "indicator", "label", "unit", "month", "value")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe(value) -> str:
    """A cell a spreadsheet will not run: text starting with = + - @ (or tab / CR) gets a leading quote."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(DANGEROUS) else text


def _number(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def render(report: IndicatorReport) -> bytes:
    """UTF-8 CSV bytes with a BOM (opens correctly in spreadsheet programs)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for ind in report.indicators:
        cells = [(f"{m:%Y-%m}", v) for m, v in zip(report.months, ind.monthly)] + [("period", ind.total)]
        for month, value in cells:
            writer.writerow([safe(ind.section), safe(ind.key), safe(ind.label), safe(ind.unit), month,
                             _number(value)])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
