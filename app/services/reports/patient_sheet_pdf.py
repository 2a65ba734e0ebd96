"""The one-page sheet for the patient and the external caregivers (home nurse, family): the goals in plain
words, who to call, the next appointments, the current medications and, when given, a QR code with the
medication-plan payload. Long lists are cut and the page shrinks to fit: it always stays one page.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from io import BytesIO

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services import recurrence
from app.services.care_plans import PlanView
from app.services.reports.care_plan_pdf import GRID, _styles, day, esc

MAX_ROWS = 8


def next_appointments(view: PlanView, today: date, limit: int = MAX_ROWS) -> list[tuple[date, str, str]]:
    """Upcoming action dates (the next occurrence of a recurring one), soonest first: (date, what, who)."""
    out = []
    for a in view.actions:
        if a["status"] in ("done", "not_done", "cancelled") or not a.get("due_date"):
            continue
        due = date.fromisoformat(a["due_date"])
        if a.get("recurrence_rule") and due < today:
            nxt = recurrence.next_occurrence(a["recurrence_rule"], datetime.combine(due, datetime.min.time()),
                                             datetime.combine(today - timedelta(days=1), datetime.max.time()))
            if nxt is None:
                continue
            due = nxt.date()
        if due >= today:
            out.append((due, a["description"], a["responsible"]))
    return sorted(out)[:limit]


def _qr(payload: str, size_mm: float = 42) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    size = size_mm * mm
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing


def _cut(rows: list, more: str) -> list:
    if len(rows) <= MAX_ROWS:
        return rows
    return rows[:MAX_ROWS - 1] + [[more % (len(rows) - MAX_ROWS + 1)] + [""] * (len(rows[0]) - 1)]


def render(view: PlanView, medications: list[tuple[str, str, str]] | None, qr_payload: str | None,
           printed_by: str, today: date | None = None) -> bytes:
    """``medications``: (name, dose schedule, instructions) lines, None when the printing person may not read
    them; ``qr_payload``: the medication plan's QR text (eMediplan), or None."""
    today = today or recurrence.today_local()
    st = _styles()
    big = st["body"].clone("big", fontSize=10.5, leading=13.5)
    cell = st["cell"].clone("cell2", fontSize=9.5, leading=11.5)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=13 * mm,
                            bottomMargin=13 * mm, title=f"My care plan — {view.patient_name}")
    width = A4[0] - 30 * mm

    def table(header, rows, widths, empty):
        if not rows:
            return Paragraph(f"<i>{esc(empty)}</i>", big)
        t = Table([[Paragraph(f"<b>{esc(h)}</b>", cell) for h in header]] + [[Paragraph(esc(c), cell) for c in r]
                                                                             for r in rows],
                  colWidths=[x * mm for x in widths])
        t.setStyle(TableStyle(GRID + [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 9.5)]))
        return t
    d = view.data
    story = [Paragraph(esc(f"My care plan — {view.patient_name}"), st["title"]),
             Paragraph(esc(f"Agreed with your care team · next review on {day(d.review_date) or '—'}"), big)]
    story.append(Paragraph("Our goals together", st["h"]))
    goals = [g for g in view.goals if g["status"] == "in_progress"] or view.goals
    items = [f"• {g['objective']}" + (f" — by {day(g['target_date'])}" if g.get("target_date") else "")
             for g in goals[:MAX_ROWS]]
    story += [Paragraph(esc(x), big) for x in items] or [Paragraph("<i>No goal yet.</i>", big)]
    story.append(Paragraph("Who to call", st["h"]))
    if d.alert_procedure:
        story.append(Paragraph("<b>If something happens:</b> " + esc(d.alert_procedure), big))
        story.append(Spacer(1, 2 * mm))
    contacts = [[f"{view.referent_name} (your référent)", "", ""]] + [
        [m["name"], m.get("role") or "", m.get("phone") or m.get("email") or ""] for m in view.members
        if not m.get("end_date") or date.fromisoformat(m["end_date"]) >= today]
    if d.trusted_person_name:
        contacts.append([d.trusted_person_name, "trusted person", d.trusted_person_contact or ""])
    story.append(table(["Who", "Role", "Phone / e-mail"], _cut(contacts, "… and %d more"), [70, 60, 50], ""))
    story.append(Paragraph("Next appointments", st["h"]))
    story.append(table(["Date", "What", "Who"], [[f"{a:%d.%m.%Y}", b, c] for a, b, c in next_appointments(
        view, today)], [24, 106, 50], "No appointment planned."))
    story.append(Paragraph("My medications today", st["h"]))
    if medications is None:
        story.append(Paragraph("<i>Ask your doctor or pharmacist for your medication plan.</i>", big))
    else:
        story.append(table(["Medication", "Morning – noon – evening – night", "How"],
                           _cut([list(m) for m in medications], "… and %d more (see the medication plan)"),
                           [72, 50, 58], "No current medication recorded."))
    content = KeepInFrame(width, A4[1] - 26 * mm - (48 * mm if qr_payload else 8 * mm), story, mode="shrink")
    final = [content]
    footer = Paragraph(esc(f"Printed by {printed_by} on {today:%d.%m.%Y}. Keep this sheet at home; show it to "
                           "every caregiver."), st["cell"])
    if qr_payload:
        qr = Table([[_qr(qr_payload), Paragraph("<b>Medication plan (eMediplan)</b><br/>Scan this code at the "
                                                "pharmacy or the hospital to read your medication plan.", big)]],
                   colWidths=[46 * mm, width - 46 * mm])
        qr.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                ("BOX", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1"))]))
        final += [Spacer(1, 3 * mm), qr]
    final += [Spacer(1, 2 * mm), footer]
    doc.build(final)
    return buffer.getvalue()
