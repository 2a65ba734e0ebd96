"""A day's worklist as a PDF (reportlab): overdue first, then the day's tasks by priority."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.kernel import labels as L
from app.services.kernel.context import ServiceContext
from app.services.kernel.pdf_parts import markup
from app.services.tasks import worklists as task_lists
from app.services.tasks.recurrence import to_local

TEXTS = {
    "fr": {"title": "Liste de travail de %s — %s", "printed": "Imprimé par %s", "columns": (
        "Échéance", "Priorité", "Patient·e", "Tâche", "Protocole / acte", "État", "Fait"), "empty": "Aucune tâche due."},
    "de": {"title": "Arbeitsliste von %s — %s", "printed": "Gedruckt von %s", "columns": (
        "Fällig", "Priorität", "Patient/in", "Aufgabe", "Protokoll / Leistung", "Status", "Erledigt"),
        "empty": "Keine fälligen Aufgaben."},
    "en": {"title": "Worklist of %s — %s", "printed": "Printed by %s", "columns": (
        "Due", "Priority", "Patient", "Task", "Protocol / act", "Status", "Done"), "empty": "No task due."},
}


def render(rows: list[task_lists.TaskRow], day: date, person: str, printed_by: str,
           labels: dict | None = None, lang: str = L.DEFAULT_LANG) -> bytes:
    """The PDF bytes (kept in memory: no plaintext file unless the user saves it). The texts are ``lang``'s
    (fr, de, en; French by default); ``labels`` (the UI's translated texts) replace them where given, and its
    optional "lang" entry names the language of the priorities and statuses."""
    lang = L.lang_of((labels or {}).get("lang") or lang)
    labels = {**TEXTS[lang], **(labels or {})}
    styles = getSampleStyleSheet()
    small = styles["BodyText"].clone("small", fontSize=8.5, leading=10.5)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=labels["title"] % (person, f"{day:%d.%m.%Y}"))
    story = [Paragraph(labels["title"] % (person, f"{day:%d.%m.%Y}"), styles["Title"]),
             Paragraph(labels["printed"] % printed_by, styles["Normal"]), Spacer(1, 5 * mm)]
    if not rows:
        story.append(Paragraph(labels["empty"], styles["Normal"]))
    else:
        data = [list(labels["columns"])]
        late_rows = []
        for i, r in enumerate(rows, start=1):
            due = f"{r.due_date:%d.%m.%Y}" if r.due_date else ""
            if r.due_at:
                due += f" {to_local(r.due_at):%H:%M}"
            if r.due_date and r.due_date < day:
                late_rows.append(i)
            data.append([due, Paragraph(markup(L.label(L.TASK_PRIORITY, r.priority, lang)), small),
                         Paragraph(markup(r.patient_name or "—"), small), Paragraph(markup(r.title), small),
                         Paragraph(markup(" / ".join(x for x in (r.protocol_code, r.act) if x) or "—"), small),
                         Paragraph(markup(L.label(L.TASK_STATUS, r.status, lang)), small),
                         ""])  # an empty grid cell to tick by hand
        table = Table(data, colWidths=[30 * mm, 22 * mm, 48 * mm, 81 * mm, 48 * mm, 24 * mm, 18 * mm], repeatRows=1)
        style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9), ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
                 ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                 ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                 ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]
        style += [("TEXTCOLOR", (0, i), (0, i), colors.HexColor("#b71c1c")) for i in late_rows]
        table.setStyle(TableStyle(style))
        story.append(table)
    doc.build(story)
    return buffer.getvalue()


def day_worklist_pdf(ctx: ServiceContext, day: date, labels: dict | None = None,
                     lang: str = L.DEFAULT_LANG) -> bytes:
    """The logged-in user's worklist for ``day`` as PDF bytes, in ``lang`` (fr, de, en)."""
    rows = task_lists.day_worklist(ctx, day)
    return render(rows, day, ctx.actor.display_name, ctx.actor.display_name, labels, lang)
