"""Alerts with their answers as a PDF, for the pharmacy's and the practice's files.

One section per alert: problem (SFPC code), medications concerned, clinical
context, proposed intervention (with its Swiss PADV code), urgency and reply-by,
then the whole thread and the answer.
"""

from __future__ import annotations

from datetime import datetime
from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services import alert_codes, alert_inbox, patients, practice
from app.services.alert_inbox import AlertDetail
from app.services.context import ServiceContext
from app.services.reports.medication_plan_pdf import text
from app.services.security.access import require

STATE_FR = {"open": "ouverte", "read": "lue", "question": "question posée", "replied": "réponse à la question",
            "accepted": "acceptée", "modified": "acceptée avec modification", "refused": "refusée (maintenu tel quel)"}
KIND_FR = {"raised": "Alerte émise", "read": "Lue", "question": "Question", "reply": "Réponse", "accepted": "Acceptée",
           "modified": "Modifiée", "refused": "Refusée", "escalated": "Escaladée", "reopened": "Rouverte"}
URGENCY_FR = {"urgent": "urgente", "24h": "sous 24 h", "routine": "courante"}


def _local(when: datetime) -> str:
    return when.astimezone().strftime("%d.%m.%Y %H:%M")


def _section(d: AlertDetail, styles) -> list:
    small = styles["small"]
    problem = alert_codes.problems().get(d.row.problem_category)
    intervention = alert_codes.interventions().get(d.row.intervention_code)
    rows = [
        ("Problème", f"{d.row.problem_category} {problem.label('fr') if problem else ''} — {d.row.problem_text}"),
        ("Médicaments", "; ".join(f"{m['name']} ({m.get('atc') or 'texte libre'})" for m in d.medications) or "—"),
        ("Contexte clinique", "; ".join(f"{c['code']} {c['value']:g} {c['unit']} ({c['measured_on'][8:10]}."
                                        f"{c['measured_on'][5:7]}.{c['measured_on'][:4]})"
                                        for c in d.clinical_context) or "—"),
        ("Intervention proposée", f"{intervention.label('fr') if intervention else d.row.intervention_code}"
                                  f" (SFPC {intervention.sfpc or '—'}, PADV {intervention.ch_padv})"
                                  + (f" — {d.intervention_text}" if d.intervention_text else "")),
        ("Urgence / réponse avant", f"{URGENCY_FR.get(d.row.urgency, d.row.urgency)} / {d.row.reply_by:%d.%m.%Y}"),
        ("De / à", f"{d.row.sender_name} → {d.row.recipient_name}"),
        ("État", STATE_FR.get(d.row.state, d.row.state) + (" — en retard" if d.row.overdue else "")
         + (" — escaladée" if d.row.escalated else "")),
    ]
    if d.answered_at:
        rows.append(("Réponse", f"{d.answered_by}, {_local(d.answered_at)} : {d.answer_text or ''}"))
    table = Table([[Paragraph(f"<b>{text(k)}</b>", small), Paragraph(text(v), small)] for k, v in rows],
                  colWidths=[42 * mm, 140 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d1d9"))]))
    thread = [[Paragraph(f"<b>{_local(m.at)}</b>", small), Paragraph(text(m.author_name), small),
               Paragraph(f"<b>{text(KIND_FR.get(m.kind, m.kind))}</b> " + text(m.text or "")
                         + "".join(f"<br/>• {text(c.get('action', c.get('what', '')))} "
                                   f"{text(c.get('name', c.get('atc', '')))}" for c in m.changes), small)]
              for m in d.messages]
    thread_table = Table(thread, colWidths=[30 * mm, 40 * mm, 112 * mm])
    thread_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                      ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f6f8fa")),
                                      ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.white)]))
    title = Paragraph(f"Alerte n° {d.row.id} du {_local(d.row.created_at)}", styles["Heading2"])
    return [KeepTogether([title, table]), Spacer(1, 2 * mm), Paragraph("<b>Fil de la discussion</b>", small),
            thread_table, Spacer(1, 6 * mm)]


def render(details: list[AlertDetail], patient_line: str, practice_name: str, printed_by: str) -> bytes:
    styles = getSampleStyleSheet()
    styles.add(styles["BodyText"].clone("small", fontSize=9, leading=11.5))
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=12 * mm,
                            bottomMargin=12 * mm, title="Alertes pharmaceutiques")
    story = [Paragraph("Alertes médecin – pharmacien", styles["Title"]), Paragraph(text(patient_line), styles["Normal"]),
             Paragraph(text(f"{practice_name} — imprimé le {datetime.now():%d.%m.%Y} par {printed_by}"),
                       styles["Normal"]), Spacer(1, 5 * mm)]
    if not details:
        story.append(Paragraph("Aucune alerte pour ce patient.", styles["Normal"]))
    for d in details:
        story += _section(d, styles)
    doc.build(story)
    return buffer.getvalue()


def alerts_pdf(ctx: ServiceContext, patient_id: int, alert_id: int | None = None) -> bytes:
    """The patient's alerts (or one of them) with their answers; an export (``patient.export``, audited)."""
    require(ctx.actor, "patient.export")
    require(ctx.actor, "alert.read")
    row = patients.open_patient(ctx, patient_id)
    details = alert_inbox.patient_details(ctx, patient_id)
    if alert_id is not None:
        details = [d for d in details if d.row.id == alert_id]
    prac = practice.get_practice(ctx)
    with ctx.transaction() as session:
        ctx.audit(session, "patient.export", entity_type="patient", entity_id=patient_id, patient_id=patient_id,
                  detail=f"alerts PDF, {len(details)} alerts")
    line = f"Patient·e : {row.display_name}, né·e le {row.data.birth_date:%d.%m.%Y}"
    return render(details, line, prac.name if prac else "", ctx.actor.display_name)
