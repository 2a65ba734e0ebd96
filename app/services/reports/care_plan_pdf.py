"""The full care plan for the team as a PDF (reportlab), kept in memory (no plaintext file unless saved)."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services import recurrence
from app.services.care_plans import PlanView

WORDS = {"draft": "draft", "validated": "validated", "active": "active", "revised": "being revised",
         "closed": "closed", "in_progress": "in progress", "achieved": "achieved", "not_achieved": "not achieved",
         "abandoned": "abandoned", "planned": "planned", "done": "done", "not_done": "not done",
         "cancelled": "cancelled", "high": "high", "medium": "medium", "low": "low", "medical": "medical",
         "psychological": "psychological", "social": "social", "environmental": "environmental",
         "prevention": "prevention", "care": "care", "support": "support", "yes": "yes", "no": "no",
         "unknown": "not known", "practice_staff": "practice", "hospital_service": "hospital service",
         "home_nursing": "home nursing", "dac": "DAC", "social_worker": "social worker",
         "family_caregiver": "family caregiver", "trusted_person": "trusted person", "other": "other"}
GRID = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]


def esc(text) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def day(value) -> str:
    """An ISO date string or a date as dd.mm.yyyy."""
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return f"{value:%d.%m.%Y}"


def when(action: dict) -> str:
    text = day(action.get("due_date"))
    if action.get("recurrence_rule"):
        text += f" ({recurrence.describe_rule(action['recurrence_rule'])})"
    return text


def _styles():
    s = getSampleStyleSheet()
    return {"title": s["Title"].clone("t", fontSize=16, leading=19, spaceAfter=2),
            "h": s["Heading2"].clone("h", fontSize=11.5, leading=14, spaceBefore=7, spaceAfter=3,
                                      textColor=colors.HexColor("#1f3a5f")),
            "body": s["BodyText"].clone("b", fontSize=9, leading=11.5),
            "cell": s["BodyText"].clone("c", fontSize=8.3, leading=10)}


def _table(st, header: list[str], rows: list[list], widths: list[float], empty: str) -> list:
    if not rows:
        return [Paragraph(f"<i>{esc(empty)}</i>", st["body"])]
    data = [[Paragraph(f"<b>{esc(h)}</b>", st["cell"]) for h in header]] + \
        [[Paragraph(esc(c), st["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle(GRID))
    return [table]


def render(view: PlanView, printed_by: str) -> bytes:
    """The PDF bytes of the whole plan."""
    st = _styles()
    w = WORDS
    buffer = BytesIO()
    title = f"Shared care plan (PPCS) — {view.patient_name}"
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=13 * mm,
                            bottomMargin=14 * mm, title=title)
    d = view.data
    status = f"Version {view.revision} · {w[view.status]}"
    if view.validated_by:
        status += f" · validated by {view.validated_by} on {day(view.validated_at)}"
    if view.patient_agreement_date:
        status += f" · patient's agreement {day(view.patient_agreement_date)} ({view.patient_agreement_how})"
    done, total = view.progress
    lines = [status, f"Référent: {view.referent_name} · review date: {day(d.review_date) or '—'} · "
                     f"progress: {done} of {total} actions done ({view.progress_percent} %)"]
    if view.status == "closed":
        lines.append(f"Closed on {day(view.closed_at)}: {view.closed_reason}")
    story = [Paragraph(esc(title), st["title"])] + [Paragraph(esc(x), st["body"]) for x in lines]
    story.append(Paragraph("Care circle", st["h"]))
    story += _table(st, ["Name", "Role", "Kind", "Contact", "Period"], [
        [m["name"], m.get("role"), w.get(m["category"], m["category"]),
         " · ".join(x for x in (m.get("organisation"), m.get("phone"), m.get("email")) if x),
         " – ".join(x for x in (day(m.get("start_date")), day(m.get("end_date"))) if x)] for m in view.members],
        [40, 36, 26, 54, 26], "No member recorded.")
    story.append(Paragraph("Situation synthesis", st["h"]))
    story += _table(st, ["Domain", "Synthesis"], [
        [w[k], getattr(d, f"synthesis_{k}") or "—"] for k in ("medical", "psychological", "social", "environmental")],
        [30, 152], "")
    names = {p["id"]: p["label"] for p in view.problems}
    story.append(Paragraph("Problems and needs", st["h"]))
    story += _table(st, ["Domain", "Priority", "Problem / need", "Raised by"], [
        [w[p["domain"]], w[p["priority"]], p["label"], p.get("source")] for p in view.problems],
        [28, 18, 96, 40], "No problem recorded.")
    goals = {g["id"]: g["objective"] for g in view.goals}
    story.append(Paragraph("Shared goals", st["h"]))
    story += _table(st, ["Objective", "Measure", "Target", "Status", "Problems"], [
        [g["objective"], g.get("measure"), day(g.get("target_date")), w[g["status"]],
         "; ".join(names.get(int(p), "") for p in g["problem_ids"].split())] for g in view.goals],
        [58, 40, 20, 22, 42], "No goal recorded.")
    story.append(Paragraph("Actions", st["h"]))
    story += _table(st, ["Type", "Action", "Responsible", "When", "Status", "Outcome", "Goal"], [
        [w[a["action_type"]], a["description"], a["responsible"], when(a), w[a["status"]], a.get("outcome"),
         goals.get(a.get("goal_id"), "")] for a in view.actions], [18, 42, 26, 24, 17, 30, 25], "No action planned.")
    story.append(Paragraph("The patient's expectations and preferences", st["h"]))
    story.append(Paragraph(esc(d.expectations or "—"), st["body"]))
    directives = w[d.advance_directives]
    if d.advance_directives == "yes":
        directives += ", " + ", ".join(x for x in (f"dated {day(d.advance_directives_date)}"
                                                   if d.advance_directives_date else "",
                                                   f"kept: {d.advance_directives_location}"
                                                   if d.advance_directives_location else "") if x)
    trusted = d.trusted_person_name or "none designated"
    if d.trusted_person_contact:
        trusted += f", {d.trusted_person_contact}"
    if d.trusted_person_designated_on:
        trusted += f" (designated {day(d.trusted_person_designated_on)})"
    story.append(KeepTogether([Paragraph("Advance directives and trusted person", st["h"]),
                               Paragraph(esc(f"Advance directives: {directives.rstrip(', ')}"), st["body"]),
                               Paragraph(esc(f"Trusted person: {trusted}"), st["body"])]))
    story.append(KeepTogether([Paragraph("Alert procedure", st["h"]),
                               Paragraph(esc(d.alert_procedure or "—"), st["body"])]))
    story.append(Paragraph("Unmet needs", st["h"]))
    story += _table(st, ["Need or goal not met", "Reason", "Reported to the territory"], [
        [u["description"], u.get("reason"), ("yes, " + day(u.get("reported_on"))).rstrip(", ")
         if u["reported_to_territory"] else "no"] for u in view.unmet_needs], [80, 62, 40], "None recorded.")
    story += [Spacer(1, 4 * mm), Paragraph(esc(f"Printed by {printed_by} on {recurrence.today_local():%d.%m.%Y}"),
                                           st["cell"])]

    def footer(canvas, doc_):
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(14 * mm, 8 * mm, f"{view.patient_name} — care plan v{view.revision}")
        canvas.drawRightString(A4[0] - 14 * mm, 8 * mm, f"page {doc_.page}")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
