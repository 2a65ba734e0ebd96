"""The anticholinergic burden and risk timeline in the review report: a step chart drawn with reportlab graphics
(the services never use Qt) and the table of the changes that moved it, each point naming the knowledge used."""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from app.services.medications.plan_pdf import text
from app.services.medications.timeline import IN_FORCE, TimelinePoint

TEXTS = {
    "fr": {"title": "Évolution de la charge anticholinergique et du risque",
           "series": ("Score anticholinergique", "Médicaments", "Constats graves"),
           "cols": ("Date", "Score", "Médic.", "Graves", "Changements", "Connaissances utilisées"),
           "started": "début : {0}", "stopped": "arrêt : {0}", "dose_changed": "dose modifiée : {0}",
           "changed": "modifié : {0}", "none": "—",
           "in_force": "thésaurus ANSM {0}, en vigueur à cette date",
           "today": "connaissances d'aujourd'hui (ANSM {0}) : l'édition alors en vigueur n'est pas conservée",
           "note": "Constats graves : contre-indiqués ou à éviter. Seul le thésaurus des interactions est conservé pour "
                   "chaque édition installée par le cabinet ; l'échelle anticholinergique, les autres règles et les "
                   "affections enregistrées sont celles d'aujourd'hui."},
    "de": {"title": "Verlauf der anticholinergen Last und des Risikos",
           "series": ("Anticholinerger Score", "Medikamente", "Schwere Befunde"),
           "cols": ("Datum", "Score", "Medik.", "Schwer", "Änderungen", "Verwendetes Wissen"),
           "started": "begonnen: {0}", "stopped": "abgesetzt: {0}", "dose_changed": "Dosis geändert: {0}",
           "changed": "geändert: {0}", "none": "—",
           "in_force": "ANSM-Thesaurus {0}, an diesem Datum gültig",
           "today": "heutiges Wissen (ANSM {0}): die damals gültige Ausgabe ist nicht aufbewahrt",
           "note": "Schwere Befunde: kontraindiziert oder zu vermeiden. Nur der Interaktions-Thesaurus wird für jede "
                   "von der Praxis installierte Ausgabe aufbewahrt; die anticholinerge Skala, die übrigen Regeln und "
                   "die erfassten Erkrankungen sind die heutigen."},
    "en": {"title": "Anticholinergic burden and risk over time",
           "series": ("Anticholinergic score", "Medications", "Serious findings"),
           "cols": ("Date", "Score", "Meds", "Serious", "Changes", "Knowledge used"),
           "started": "started: {0}", "stopped": "stopped: {0}", "dose_changed": "dose changed: {0}",
           "changed": "changed: {0}", "none": "—",
           "in_force": "ANSM thesaurus {0}, in force on that date",
           "today": "today's knowledge (ANSM {0}): the edition in force then is not kept",
           "note": "Serious findings: contraindicated or to avoid. Only the interaction thesaurus is kept for each "
                   "edition the practice installed; the anticholinergic scale, the other rules and the recorded "
                   "conditions are today's."},
}
COLOURS = ("#8e24aa", "#1565c0", "#c62828")
KEYS = ("anticholinergic", "drugs", "serious")
GREY = colors.HexColor("#57606a")


def changes_text(point: TimelinePoint, t: dict) -> str:
    """The changes of a point in words."""
    return "; ".join(t[c.kind].format(c.name) for c in point.changes) or t["none"]


def basis_text(point: TimelinePoint, t: dict) -> str:
    """Which knowledge a point was reviewed with."""
    return t["in_force" if point.basis == IN_FORCE else "today"].format(point.edition)


def chart(points: list[TimelinePoint], t: dict, width: float = 182 * mm, height: float = 62 * mm) -> Drawing:
    """A step chart of the three values over time, with a legend and month labels."""
    drawing = Drawing(width, height)
    left, right, bottom, top = 10 * mm, width - 4 * mm, 14 * mm, height - 4 * mm
    first, last = points[0].day, points[-1].day
    span = max((last - first).days, 30)
    peak = max(4, *(max(p.anticholinergic, p.drugs, p.serious) for p in points)) + 1

    def x(day: date) -> float:
        return left + (right - left) * (day - first).days / span

    def y(value: float) -> float:
        return bottom + (top - bottom) * value / peak

    step = 1 if peak <= 8 else 2 if peak <= 16 else 5
    for v in range(0, peak + 1, step):
        drawing.add(Line(left, y(v), right, y(v), strokeColor=colors.HexColor("#e3e8ef"), strokeWidth=0.4))
        drawing.add(String(left - 2, y(v) - 2.5, str(v), fontSize=6.5, fillColor=GREY, textAnchor="end"))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=GREY, strokeWidth=0.6))
    months = sorted({date(p.year, p.month, 1) for p in _month_ticks(first, last)})
    every = max(1, len(months) // 8)
    for m in months[::every]:
        if first <= m <= last:
            drawing.add(Line(x(m), bottom, x(m), bottom - 1.5, strokeColor=GREY, strokeWidth=0.5))
            drawing.add(String(x(m), bottom - 8, f"{m:%m.%Y}", fontSize=6.5, fillColor=GREY, textAnchor="middle"))
    for key, colour, name, n in zip(KEYS, COLOURS, t["series"], range(3)):
        ink = colors.HexColor(colour)
        coords: list[float] = []
        previous = None
        for p in points:
            value = getattr(p, key)
            if previous is not None:
                coords += [x(p.day), y(previous)]
            coords += [x(p.day), y(value)]
            previous = value
        if last == first:
            coords += [right, y(previous)]
        drawing.add(PolyLine(coords, strokeColor=ink, strokeWidth=1.6 if n == 0 else 1.1))
        for p in points:
            drawing.add(Circle(x(p.day), y(getattr(p, key)), 1.2, fillColor=ink, strokeColor=ink))
        lx = left + n * 58 * mm
        drawing.add(Line(lx, 2.5 * mm, lx + 6 * mm, 2.5 * mm, strokeColor=ink, strokeWidth=1.6))
        drawing.add(String(lx + 7.5 * mm, 1.6 * mm, name, fontSize=7.5, fillColor=colors.black))
    return drawing


def _month_ticks(first: date, last: date) -> list[date]:
    out, day = [], date(first.year, first.month, 1)
    while day <= last:
        out.append(day)
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return out


def flowables(points: tuple[TimelinePoint, ...], lang: str, styles: dict) -> list:
    """The section's title, chart, table of points (newest first) and note; nothing without points."""
    if not points:
        return []
    t = TEXTS.get(lang, TEXTS["fr"])
    s = styles
    rows = [[Paragraph(text(c), s["bold"]) for c in t["cols"]]]
    for p in reversed(points):
        rows.append([Paragraph(f"{p.day:%d.%m.%Y}", s["small"]), Paragraph(str(p.anticholinergic), s["small"]),
                     Paragraph(str(p.drugs), s["small"]), Paragraph(str(p.serious), s["small"]),
                     Paragraph(text(changes_text(p, t)), s["small"]), Paragraph(text(basis_text(p, t)), s["note"])])
    table = Table(rows, colWidths=[22 * mm, 14 * mm, 15 * mm, 17 * mm, 59 * mm, 55 * mm], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [KeepTogether([Paragraph(text(t["title"]), s["h2"]), chart(list(points), t)]), table,
            Paragraph(text(t["note"]), s["note"])]
