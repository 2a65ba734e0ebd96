"""The team's maturity results as a PDF report (reportlab): a table per axis × period (mean, range, respondents),
a grouped bar chart of the means over the periods, the level scale and the grid's source."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from typing import TYPE_CHECKING

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.kernel import labels as L
from app.services.kernel.pdf_parts import markup

if TYPE_CHECKING:
    from app.services.coordination.maturity_results import MaturityResults  # type only: that module imports this one

TEXTS = {
    "fr": {"title": "Autoévaluation de la maturité de l'équipe", "printed": "Imprimé le %s par %s.",
           "axis": "Axe", "cell": "moyenne (min–max), n", "chart": "Moyenne par axe et par campagne",
           "scale": "Échelle des niveaux", "source": "Source de la grille", "edition": "Édition :",
           "none": "Aucune campagne d'autoévaluation.", "closed": "close", "open": "ouverte",
           "respondents": "%d membre(s) ont répondu"},
    "de": {"title": "Selbstbewertung der Reife des Teams", "printed": "Gedruckt am %s von %s.",
           "axis": "Achse", "cell": "Mittelwert (Min.–Max.), n", "chart": "Mittelwert je Achse und Runde",
           "scale": "Stufenskala", "source": "Quelle des Rasters", "edition": "Ausgabe:",
           "none": "Keine Selbstbewertungsrunde.", "closed": "abgeschlossen", "open": "offen",
           "respondents": "%d Mitglied(er) haben geantwortet"},
    "en": {"title": "Team maturity self-assessment", "printed": "Printed on %s by %s.",
           "axis": "Axis", "cell": "mean (min–max), n", "chart": "Mean per axis and round",
           "scale": "Level scale", "source": "Source of the grid", "edition": "Edition:",
           "none": "No self-assessment round.", "closed": "closed", "open": "open",
           "respondents": "%d member(s) answered"},
}
NOTES = {
    "fr": "Noms des axes d'après la HAS ; descriptions des niveaux et des axes : formulation de Cordée (paraphrase), "
          "à vérifier dans le référentiel HAS. Traductions allemande et anglaise : les nôtres.",
    "de": "Achsennamen nach der HAS; Beschreibungen der Stufen und Achsen: Formulierung von Cordée (Paraphrase), "
          "im HAS-Referenzrahmen zu prüfen. Deutsche und englische Übersetzungen: unsere eigenen.",
    "en": "Axis names after the HAS; level and axis descriptions: Cordée's wording (paraphrase), to be checked "
          "against the HAS référentiel. German and English translations: our own.",
}
SERIES = ("#9aa5b1", "#3b6ea5", "#2f8f6f", "#c77d2e", "#7a4fa3", "#b03a48")
HEAD = colors.HexColor("#e3e8ef")


def _num(value: float | None, lang: str) -> str:
    return L.decimal(value, lang)


def _cell(result, lang: str) -> str:
    if not result.respondents:
        return "—"
    return f"{_num(result.mean, lang)} ({result.lowest}–{result.highest}), n = {result.respondents}"


def _chart(results: MaturityResults, lang: str) -> Drawing:
    grid, periods = results.grid, results.periods[-6:]
    drawing = Drawing(180 * mm, 80 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 12 * mm, 22 * mm, 160 * mm, 52 * mm
    chart.data = [[(p.axis(k).mean or 0) for k in grid.axis_keys] for p in periods]
    chart.categoryAxis.categoryNames = [_short(grid.axis_label(k, lang)) for k in grid.axis_keys]
    chart.categoryAxis.labels.fontSize = 6.5
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, grid.highest, 1
    chart.valueAxis.labels.fontSize = 7
    chart.groupSpacing, chart.barSpacing = 6, 1
    for i in range(len(periods)):
        chart.bars[i].fillColor = colors.HexColor(SERIES[i % len(SERIES)])
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y, legend.fontSize = 12 * mm, 8 * mm, 7
    legend.alignment, legend.columnMaximum, legend.deltax = "right", 1, 40 * mm
    legend.colorNamePairs = [(colors.HexColor(SERIES[i % len(SERIES)]), p.label) for i, p in enumerate(periods)]
    drawing.add(legend)
    return drawing


def _short(text: str, width: int = 30) -> str:
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"


def render(results: MaturityResults, practice_name: str, printed_by: str, lang: str = L.DEFAULT_LANG) -> bytes:
    """The PDF bytes, in ``lang`` (fr, de, en; French by default)."""
    lang = L.lang_of(lang)
    t, grid = TEXTS[lang], results.grid
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8, leading=10)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=t["title"])
    story = [Paragraph(f"{markup(t['title'])} — {markup(practice_name)}", styles["Title"]),
             Paragraph(markup(t["printed"] % (L.day(date.today()), printed_by)), styles["Normal"]), Spacer(1, 4 * mm)]
    periods = results.periods[-6:]
    if not periods:
        story.append(Paragraph(markup(t["none"]), styles["Normal"]))
    else:
        head = [t["axis"]] + [Paragraph(
            f"<b>{markup(p.label)}</b><br/>{L.day(p.starts_on)} – {L.day(p.ends_on)}<br/>"
            f"{markup(t['closed'] if p.closed else t['open'])}, {markup(t['respondents'] % p.respondents)}", small)
            for p in periods]
        data = [head] + [[Paragraph(markup(grid.axis_label(k, lang)), small)] + [_cell(p.axis(k), lang)
                                                                                for p in periods]
                         for k in grid.axis_keys]
        width = (180 - 55) / len(periods)
        table = Table(data, colWidths=[55 * mm] + [width * mm] * len(periods), repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, -1), "Helvetica", 8), ("BACKGROUND", (0, 0), (-1, 0), HEAD),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1"))]))
        story += [KeepTogether(table), Paragraph(markup(t["cell"]), small), Spacer(1, 4 * mm),
                  KeepTogether([Paragraph(markup(t["chart"]), styles["Heading3"]), _chart(results, lang)])]
    levels = [[str(v.level), Paragraph(f"<b>{markup(v.labels[lang])}</b> — {markup(v.descriptions[lang])}", small)]
              for v in grid.levels]
    scale = Table(levels, colWidths=[10 * mm, 170 * mm])
    scale.setStyle(TableStyle([("FONT", (0, 0), (0, -1), "Helvetica-Bold", 8), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story += [KeepTogether([Paragraph(markup(t["scale"]), styles["Heading3"]), scale]), Spacer(1, 3 * mm),
              Paragraph(markup(t["source"]), styles["Heading3"]),
              Paragraph(markup(grid.source_name), small),
              Paragraph(markup(f"{t['edition']} {grid.source_edition}. {grid.source_url}"), small),
              Spacer(1, 2 * mm), Paragraph(markup(NOTES[lang]), styles["Italic"])]
    doc.build(story)
    return buffer.getvalue()
