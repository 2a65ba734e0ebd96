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

from app.services.coordination.indicators import Indicator, IndicatorReport
from app.services.kernel import labels as L
from app.services.kernel.pdf_parts import markup

TEXTS = {
    "fr": {"title": "Indicateurs de l'équipe", "period": "Période %s. Imprimé par %s.", "total": "Période",
           "trends": "Tendances"},
    "de": {"title": "Team-Indikatoren", "period": "Zeitraum %s. Gedruckt von %s.", "total": "Zeitraum",
           "trends": "Entwicklung"},
    "en": {"title": "Team indicators", "period": "Period %s. Printed by %s.", "total": "Period", "trends": "Trends"},
}
SECTIONS = {"Care plans": ("Plans de soins", "Betreuungspläne", "Care plans"),
            "Alerts": ("Alertes", "Meldungen", "Alerts"),
            "Delegated tasks": ("Tâches déléguées", "Delegierte Aufgaben", "Delegated tasks"),
            "Meetings": ("Réunions", "Sitzungen", "Meetings"),
            "Emergency visits": ("Passages aux urgences", "Notfallbesuche", "Emergency visits"),
            "Referrals": ("Adressages", "Überweisungen", "Referrals")}
INDICATORS = {
    "care_plans_active": ("Plans de soins actifs (fin de mois)", "Aktive Betreuungspläne (Monatsende)",
                          "Active care plans (month end)"),
    "care_plan_reviews_due": ("Révisions prévues", "Fällige Überprüfungen", "Reviews due"),
    "care_plan_reviews_on_time": ("Révisions faites à temps", "Rechtzeitige Überprüfungen", "Reviews done on time"),
    "alerts_raised": ("Alertes émises", "Erstellte Meldungen", "Alerts raised"),
    "alerts_answered": ("Alertes traitées", "Beantwortete Meldungen", "Alerts answered"),
    "alerts_median_answer_hours": ("Délai médian de réponse (h)", "Mediane Antwortzeit (h)", "Median answer time"),
    "alerts_acceptance_rate": ("Taux d'acceptation", "Annahmequote", "Acceptance rate"),
    "tasks_done": ("Tâches déléguées faites", "Erledigte delegierte Aufgaben", "Delegated tasks done"),
    "tasks_overdue": ("Tâches déléguées en retard (fin de mois)", "Überfällige delegierte Aufgaben (Monatsende)",
                      "Delegated tasks overdue (month end)"),
    "meetings_held": ("Réunions de concertation", "Fallbesprechungen", "Concertation meetings"),
    "patients_discussed": ("Patients discutés", "Besprochene Patient/innen", "Patients discussed"),
    "complex_discussed_share": ("Patients complexes discutés", "Besprochene komplexe Patient/innen",
                                "Complex patients discussed"),
    "frequent_ed_users": ("Usagers fréquents des urgences (≥ 4 en 12 mois)",
                          "Häufige Notfallpatient/innen (≥ 4 in 12 Monaten)", "Frequent ED users (≥ 4 in 12 months)"),
    "daum_alerts": ("Alertes DAUM émises", "Erstellte DAUM-Meldungen", "DAUM alerts raised"),
    "referrals_overdue": ("Adressages en retard (fin de mois)", "Überfällige Überweisungen (Monatsende)",
                          "Referrals overdue (month end)"),
}
PER_CODE = {"tasks_done": ("Faites — %s", "Erledigt — %s", "Done — %s"),
            "referrals": ("Adressages %s", "Überweisungen %s", "Referrals %s"),
            "referral_delay": ("Délai médian, %s", "Mediane Wartezeit, %s", "Median delay, %s")}
REFERRAL_PRIORITY = {"p1_48h": ("sous 48 h", "innert 48 h", "within 48 h"),
                     "p2_7d": ("sous 7 jours", "innert 7 Tagen", "within 7 days"),
                     "p3_scheduled": ("programmés", "geplant", "scheduled"),
                     "advice": ("avis seul", "nur Beratung", "advice only")}
NOTES = {
    "Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.": (
        "Patient complexe : une affection de longue durée (ALD) et 75 ans ou plus, ou un plan de soins en vigueur.",
        "Komplexe Patient/innen: eine Langzeiterkrankung (ALD) und 75 Jahre oder älter, oder ein gültiger "
        "Betreuungsplan."),
    "Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).": (
        "Usager fréquent des urgences : 4 passages aux urgences ou plus dans les 12 mois précédant la fin du mois "
        "(règle DAUM).",
        "Häufige Notfallpatient/innen: 4 oder mehr Notfallbesuche in den 12 Monaten bis Monatsende (DAUM-Regel)."),
    "Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).": (
        "Taux d'acceptation : alertes acceptées ÷ alertes traitées (acceptées, modifiées ou refusées).",
        "Annahmequote: angenommene Meldungen ÷ beantwortete Meldungen (angenommen, geändert oder abgelehnt)."),
}


def label_of(ind: Indicator, lang: str) -> str:
    """The indicator's name in ``lang`` (the report's own label when the key is not known here)."""
    if lang == "en" or not ind.key:
        return ind.label
    i = L.LANGS.index(lang)
    if ind.key in INDICATORS:
        return INDICATORS[ind.key][i]
    base, _, code = ind.key.partition(":")
    if code and base in PER_CODE:
        return PER_CODE[base][i] % (REFERRAL_PRIORITY[code][i] if code in REFERRAL_PRIORITY else code)
    return ind.label


def note_of(note: str, lang: str) -> str:
    return note if lang == "en" or note not in NOTES else NOTES[note][L.LANGS.index(lang)]


CHARTS = ("alerts_raised", "tasks_done", "patients_discussed", "frequent_ed_users")
HEAD = colors.HexColor("#e3e8ef")


def _fmt(value, unit: str, lang: str) -> str:
    if value is None:
        return "—"
    return L.decimal(value, lang) + (" %" if unit == "%" else "")


def _chart(report: IndicatorReport, key: str, lang: str = L.DEFAULT_LANG) -> Drawing:
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
    drawing.add(String(10 * mm, 43 * mm, label_of(ind, lang), fontName="Helvetica-Bold", fontSize=8))
    return drawing


def render(report: IndicatorReport, practice_name: str, printed_by: str, lang: str = L.DEFAULT_LANG) -> bytes:
    """The PDF bytes (kept in memory: written to disk only where the user exports it), in ``lang`` (fr, de, en;
    French by default)."""
    lang = L.lang_of(lang)
    t = TEXTS[lang]
    styles = getSampleStyleSheet()
    period = f"{report.date_from:%d.%m.%Y} – {report.date_to:%d.%m.%Y}"
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=f"{t['title']} {period}")
    story = [Paragraph(f"{markup(t['title'])} — {markup(practice_name)}", styles["Title"]),
             Paragraph(markup(t["period"] % (period, printed_by)), styles["Normal"]), Spacer(1, 4 * mm)]
    months = report.months[-12:]          # the table shows the last 12 months; the CSV has all of them
    offset = len(report.months) - len(months)
    sections: dict[str, list] = {}
    for ind in report.indicators:
        sections.setdefault(ind.section, []).append(ind)
    width = (273 - 75 - 20) / (len(months) + 1)
    for section, inds in sections.items():
        data = [[L.label(SECTIONS, section, lang) if section in SECTIONS else section]
                + [f"{m:%m.%Y}" for m in months] + [t["total"]]]
        for ind in inds:
            data.append([Paragraph(markup(label_of(ind, lang)), styles["BodyText"].clone("c", fontSize=7.5, leading=9))]
                        + [_fmt(v, ind.unit, lang) for v in ind.monthly[offset:]] + [_fmt(ind.total, ind.unit, lang)])
        table = Table(data, colWidths=[75 * mm] + [width * mm] * (len(months) + 1), repeatRows=1)
        table.setStyle(TableStyle([
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (1, 1), (-1, -1), "Helvetica", 7.5),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
            ("BACKGROUND", (-1, 1), (-1, -1), colors.HexColor("#f6f8fa"))]))
        story += [KeepTogether(table), Spacer(1, 4 * mm)]
    charts = [_chart(report, k, lang) for k in CHARTS]
    story.append(KeepTogether([Paragraph(markup(t["trends"]), styles["Heading2"]),
                               Table([charts[:2], charts[2:]], colWidths=[130 * mm, 130 * mm])]))
    story += [Spacer(1, 3 * mm)] + [Paragraph(markup(note_of(n, lang)), styles["Italic"]) for n in report.notes]
    doc.build(story)
    return buffer.getvalue()
