"""Demo data for coordination: hospital events (one patient with 4 ED visits → a DAUM alert, a discharge with its
letter and reconciliation task, a letter restricted to the doctor it is addressed to), referrals in every status including overdue ones, and two concertation meetings
with decisions. One of the steps of ``demo.practice.STEPS``."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from app.models.patient import Patient
from app.services.coordination import documents, hospital_events, meetings, referrals
from app.services.coordination.hospital_events import EventInput
from app.services.coordination.meetings import CaseInput, DecisionInput, MeetingInput
from app.services.coordination.referrals import ReferralInput
from app.services.kernel.context import ServiceContext
from app.services.tasks import recurrence


def _letter(text: str) -> bytes:
    from io import BytesIO

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    page = canvas.Canvas(buf, pagesize=A4)
    y = 780
    for line in text.splitlines():
        page.drawString(60, y, line)
        y -= 18
    page.save()
    return buf.getvalue()


def add_demo_coordination(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Add the demo coordination data (``ids``: demo username → staff id)."""
    today = recurrence.today_local()
    with ctx.transaction() as session:
        pids = session.exec(select(Patient.id).order_by(Patient.id).offset(20).limit(8)).all()
    if len(pids) < 8:
        return
    d = lambda days: today - timedelta(days=days)  # noqa: E731
    for days, facility in ((300, "CHU de Nancy — urgences"), (190, "CHU de Nancy — urgences"),
                           (75, "Hôpital de Toul — urgences"), (6, "CHU de Nancy — urgences")):
        hospital_events.record_event(ctx, pids[0], EventInput(kind="ed_visit", event_date=d(days), facility=facility,
                                                              source="hospital", summary="Malaise, chute à domicile"))
    hospital_events.record_event(ctx, pids[1], EventInput(kind="admission", event_date=d(12), facility="CHU de Nancy"
                                                          " — cardiologie", summary="Décompensation cardiaque"))
    discharge = hospital_events.record_event(ctx, pids[1], EventInput(
        kind="discharge", event_date=d(3), facility="CHU de Nancy — cardiologie", source="hospital",
        summary="Furosémide 40 mg → 80 mg; bisoprolol introduit"))
    documents.add_document(ctx, pids[1], title="Lettre de sortie", filename="lettre_sortie.pdf", event_id=discharge,
                           content=_letter("CHU de Nancy - Cardiologie\nLettre de sortie\n\nDecompensation cardiaque "
                                           "globale.\nTraitement de sortie: furosemide 80 mg, bisoprolol 1,25 mg."))
    # a letter restricted to the named doctor: the rest of the team sees that it exists, not what it says
    documents.add_document(ctx, pids[1], title="Courrier du psychiatre", filename="courrier_psychiatre.pdf",
                           restricted_staff=[ids["dr.martin"]],
                           content=_letter("Centre medico-psychologique de Nancy\nCourrier confidentiel au Dr Martin"
                                           "\n\nSuivi d'un episode depressif; traitement inchange."))
    hospital_events.record_event(ctx, pids[2], EventInput(kind="ed_visit", event_date=d(40), facility="Hôpital de "
                                                          "Sion — urgences", source="patient"))
    question = "Avis sur une dyspnée d'effort récente avec souffle systolique"
    plan = [(pids[2], "p1_48h", 5, []), (pids[3], "p2_7d", 4, [("booked", 2)]),
            (pids[4], "p3_scheduled", 30, [("booked", -20)]), (pids[5], "p2_7d", 20, [("seen", 15)]),
            (pids[6], "p1_48h", 25, [("seen", 24), ("report_received", 20)]), (pids[7], "advice", 10, []),
            (pids[3], "p1_48h", 1, [])]
    for pid, priority, ago, steps in plan:
        rid = referrals.create_referral(ctx, pid, ReferralInput(
            recipient="Dr Lambert", specialty="Cardiologie", priority=priority, clinical_question=question,
            requested_on=d(ago)))
        for n, (status, days) in enumerate(steps, start=1):
            referrals.advance(ctx, rid, n, status, on=d(days), answer="Rétrécissement aortique modéré; écho à 6 mois")
    for ago, cases in ((35, pids[:3]), (5, pids[3:5])):
        mid = meetings.create_meeting(ctx, MeetingInput(
            meeting_date=d(ago), kind="monthly", title="Réunion de concertation mensuelle",
            participant_ids=[ids["dr.martin"], ids["ide.nguyen"], ids["ph.bernard"], ids["coord.dubois"]]))
        for pid in cases:
            cid = meetings.add_case(ctx, mid, CaseInput(pid, "Passages répétés aux urgences : que mettre en place ?",
                                                        "Isolement social, polymédication (9 lignes)."))
            meetings.add_decision(ctx, cid, DecisionInput(kind="task", text="Visite à domicile et bilan de chute",
                                                          assignee_staff_id=ids["ide.nguyen"], due_date=today + timedelta(days=10)))
            meetings.add_decision(ctx, cid, DecisionInput(kind="note", text="Proposer l'accompagnement du DAC"))
