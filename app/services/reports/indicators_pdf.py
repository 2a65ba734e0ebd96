"""Team indicators as a PDF report (reportlab): a table per section (months × indicators) and trend charts."""

from __future__ import annotations

from io import BytesIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.indicators import IndicatorReport

CHARTS = ("alerts_raised", "tasks_done", "patients_discussed", "frequent_ed_users")
HEAD = colors.HexColor("#e3e8ef")


def _fmt(value, unit: str) -> str:
    if value is None:
        return "—"
    text = str(int(value)) if float(value).is_integer() else f"{value:.1f}"
    return text + (" %" if unit == "%" else "")


def _chart(report: IndicatorReport, key: str) -> Drawing:
    ind = report.get(key)
    drawing = Drawing(120 * mm, 48 * mm)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 8 * mm, 105 * mm, 32 * mm
    chart.data = [[v or 0 for v in ind.monthly]]
    chart.categoryAxis.categoryNames = [f"{m:%m.%y}" for m in report.months]
    chart.categoryAxis.labels.fontSize = 6
    chart.valueAxis.labels.fontSize = 6
    top = max([1] + [v or 0 for v in ind.monthly])
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, -(-top // 5)) if float(top).is_integer() else top / 5
    chart.bars[0].fillColor = colors.HexColor("#3b6ea5")
    drawing.add(chart)
    drawing.add(String(10 * mm, 43 * mm, ind.label, fontName="Helvetica-Bold", fontSize=8))
    return drawing


def render(report: IndicatorReport, practice_name: str, printed_by: str) -> bytes:
    """The PDF bytes (kept in memory: written to disk only where the user exports it)."""
    styles = getSampleStyleSheet()
    period = f"{report.date_from:%d.%m.%Y} – {report.date_to:%d.%m.%Y}"
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=f"Team indicators {period}")
    story = [Paragraph(f"Team indicators — {_esc(practice_name)}", styles["Title"]),
             Paragraph(f"Period {period}. Printed by {_esc(printed_by)}.", styles["Normal"]), Spacer(1, 4 * mm)]
    months = report.months[-12:]          # the table shows the last 12 months; the CSV has all of them
    offset = len(report.months) - len(months)
    sections: dict[str, list] = {}
    for ind in report.indicators:
        sections.setdefault(ind.section, []).append(ind)
    width = (273 - 75 - 20) / (len(months) + 1)
    for section, inds in sections.items():
        data = [[section] + [f"{m:%m.%Y}" for m in months] + ["Period"]]
        for ind in inds:
            data.append([Paragraph(_esc(ind.label), styles["BodyText"].clone("c", fontSize=7.5, leading=9))]
                        + [_fmt(v, ind.unit) for v in ind.monthly[offset:]] + [_fmt(ind.total, ind.unit)])
        table = Table(data, colWidths=[75 * mm] + [width * mm] * (len(months) + 1), repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (1, 1), (-1, -1), "Helvetica", 7.5),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ("BACKGROUND", (-1, 1), (-1, -1), colors.HexColor("#f6f8fa"))]))
        story += [KeepTogether(table), Spacer(1, 4 * mm)]
    charts = [_chart(report, k) for k in CHARTS]
    story.append(KeepTogether([Paragraph("Trends", styles["Heading2"]),
                               Table([charts[:2], charts[2:]], colWidths=[130 * mm, 130 * mm])]))
    story += [Spacer(1, 3 * mm)] + [Paragraph(_esc(n), styles["Italic"]) for n in report.notes]
    doc.build(story)
    return buffer.getvalue()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
