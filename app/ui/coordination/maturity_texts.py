"""The grid's words in the interface's language (the grid is data with its own French, German and English labels,
see ``resources/maturity``), and a result figure written the way the interface writes numbers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.services.coordination.maturity_grid import Grid
from app.ui.common import i18n


def axis_label(grid: Grid, key: str) -> str:
    return grid.axis_label(key, i18n.current())


def axis_hint(grid: Grid, key: str) -> str:
    axis = next((a for a in grid.axes if a.key == key), None)
    return axis.hints[i18n.current()] if axis else ""


def level_label(grid: Grid, level: int) -> str:
    found = next((v for v in grid.levels if v.level == level), None)
    return found.labels[i18n.current()] if found else str(level)


def level_description(grid: Grid, level: int) -> str:
    found = next((v for v in grid.levels if v.level == level), None)
    return found.descriptions[i18n.current()] if found else ""


def two_lines(text: str, width: int = 26) -> str:
    """A long axis name on two lines (table headers), cut at the space nearest the middle."""
    if len(text) <= width or " " not in text:
        return text
    middle = len(text) // 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return text[:cut] + "\n" + text[cut + 1:]


def figure(result) -> str:
    """"2.5 (2–3), n = 2" — mean (lowest–highest), respondents; "—" when nobody answered."""
    if not result.respondents:
        return "—"
    return QCoreApplication.translate("MaturityTexts", "%1 (%2–%3), n = %4").replace(
        "%1", QLocale().toString(float(result.mean), "f", 1)).replace("%2", str(result.lowest)).replace(
        "%3", str(result.highest)).replace("%4", str(result.respondents))
