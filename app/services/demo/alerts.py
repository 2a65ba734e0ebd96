"""Demo alerts in every state (open, read, question asked and answered, accepted, modified, refused, overdue,
escalated), a reconciliation after a hospital stay and a review worksheet. One of the steps of ``demo.practice.STEPS``."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from sqlmodel import select

from app.models.alert import Alert
from app.models.medication import MedicationLine
from app.models.staff import Staff
from app.services.alerts import alert_flow as alerts
from app.services.alerts import alert_lines, proposals, reconciliation, vocabulary
from app.services.alerts import inbox as alert_inbox
from app.services.alerts import memory as alert_memory
from app.services.alerts import worksheet as review_worksheet
from app.services.alerts.alert_input import AlertInput, ClinicalValue, MedicationAction
from app.services.alerts.proposals import DraftProposal
from app.services.kernel.context import ServiceContext
from app.services.medications import check as medication_check
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput, MedicationRow, Posology, as_input, with_posology
from app.services.medications.posology import TIME_FIELDS
from app.services.practice.accounts import actor_for


def _actor(ctx: ServiceContext, staff_id: int) -> ServiceContext:
    with ctx.db.session() as s:
        return ctx.as_actor(actor_for(s.get(Staff, staff_id)))


# What the demo pharmacist fills in where a proposal needs it: the new dose of a dose change (a change of the line's
# strength or posology) and the product of a substitution (demo values, taken from the knowledge base's
# recommendations for these drugs).
DEMO_DOSES = {"B01AF02": {"strength": "2.5 mg"},                        # REN-APIXABAN: 2.5 mg twice daily
              "A10BA02": {"posology": {"dose_evening": None}}}          # REN-METFORMIN: at most 1000 mg/day
DEMO_DRAFTS = {"L04AX03", "L01BA01"}   # REN-METHOTREXATE: "reduce the dose by about half", the draft as it stands
DEMO_REPLACEMENTS = {"M01AE01": ("N02BE01", "paracétamol", "1 g", ("1", "1", "1", None), 3000),   # "prefer paracetamol"
                     "N06AA09": ("N06AB06", "sertraline", "50 mg", ("1", None, None, None), 50),  # "prefer sertraline"
                     "N06AB04": ("N06AB06", "sertraline", "50 mg", ("1", None, None, None), 50)}  # no QT effect


def _demo_dose(row: MedicationRow) -> MedicationInput:
    """The line with the demo pharmacist's dose (``DEMO_DOSES``)."""
    changes = dict(DEMO_DOSES[row.data.atc])
    posology = changes.pop("posology", None)
    data = with_posology(row, **posology) if posology else as_input(row)
    return replace(data, **changes)


def _completed(draft: DraftProposal, rows: dict[int, MedicationRow]) -> list[MedicationAction] | None:
    """The draft's changes with what the demo pharmacist gives (None: the demo has nothing to offer for it)."""
    changes = list(draft.changes)
    if draft.kind == "dose_change":
        edits = [c for c in changes if c.action == "change" and (rows[c.line_id].data.atc in DEMO_DOSES or (
            rows[c.line_id].data.atc in DEMO_DRAFTS and c.line_id not in draft.unchanged))]
        if not edits:
            return None
        changes = [c if rows[c.line_id].data.atc in DEMO_DRAFTS else
                   MedicationAction("change", c.line_id, _demo_dose(rows[c.line_id])) for c in edits]
    if "product" in draft.missing:
        stopped = [rows[c.line_id] for c in changes if c.action == "stop"]
        if not stopped or stopped[0].data.atc not in DEMO_REPLACEMENTS:
            return None
        old = stopped[0]
        atc, name, strength, doses, daily = DEMO_REPLACEMENTS[old.data.atc]
        posology = Posology(schedule="times", **dict(zip(TIME_FIELDS, doses, strict=True)), unit="tablet",
                            route=old.data.posology.route, route_text=old.data.posology.route_text,
                            start_date=date.today())
        changes.append(MedicationAction("add", data=MedicationInput(
            atc=atc, substances=name, catalogue_ref=f"substance:{atc}", strength=strength, posology=posology,
            daily_dose_mg=daily, indication=old.data.indication)))
    return changes


def add_demo_alerts(ctx: ServiceContext, ids: dict[str, int]) -> int:
    """Raise demo alerts from the findings of the demo lists, each with the proposal its finding suggests;
    returns how many."""
    if "ph.bernard" not in ids or "dr.martin" not in ids:
        return 0
    ph, doc, favre = (_actor(ctx, ids[k]) for k in ("ph.bernard", "dr.martin", "dr.favre"))
    with ctx.transaction() as session:
        patients = list(dict.fromkeys(session.exec(select(MedicationLine.patient_id).where(
            MedicationLine.stopped_at.is_(None), MedicationLine.atc.is_not(None)).order_by(MedicationLine.patient_id))))
    made: list[tuple[int, str]] = []
    for pid in patients:
        review = medication_check.review_patient(ph, pid)
        rows = {r.id: r for r in review.checked}
        serious = [(f, proposals.from_finding(f, list(rows.values()))) for f in review.findings
                   if f.severity in ("contraindicated", "avoid", "precaution")]
        used = {kind for _aid, kind in made}
        for f, draft in sorted(serious, key=lambda pair: (pair[1].kind in used,   # show every kind of proposal
                                                          not vocabulary.kind(pair[1].kind).changes_list)):
            changes = _completed(draft, rows)
            if changes is None:
                continue
            i = len(made)
            values = [ClinicalValue(code, v.value, v.measured_on) for code, v in review.values.items()]
            try:
                aid = alerts.raise_alert(ph, AlertInput(
                    patient_id=pid, problem_category=draft.problem, problem_text=f.message,
                    proposal_kind=draft.kind, intervention_text=f.recommendation,
                    line_ids=[r.id for r in rows.values() if r.data.atc in f.atc], clinical_context=values,
                    proposed_changes=changes, urgency=("urgent", "24h", "routine")[i % 3],
                    recipient_staff_id=ids["dr.martin"] if i % 2 == 0 else ids["dr.favre"],
                    finding_key=alert_memory.finding_key(f)))
            except Exception:   # a list the service refuses (e.g. no line left): try the next finding
                continue
            made.append((aid, draft.kind))
            break
        if len(made) >= 9:
            break
    plan = ["open", "read", "question", "replied", "accepted", "modified", "refused", "overdue", "escalated"]
    changing = [m for m in made if m[1] in ("substitute", "dose_change")] or \
        [m for m in made if vocabulary.kind(m[1]).changes_list]
    if changing and len(made) > 4:   # "accepted" makes the proposed change: give it an alert that proposes one
        made.remove(changing[0])
        made.insert(4, changing[0])
    for (aid, _intervention), state in zip(made, plan):
        detail = alerts.open_alert(ph, aid)
        answerer = doc if detail.row.recipient_staff_id == ids["dr.martin"] else favre
        if state == "open":
            continue
        version = alerts.open_alert(answerer, aid).row.version
        if state in ("question", "replied"):
            version = alerts.ask_question(answerer, aid, version, "Le patient tolère bien ce traitement depuis "
                                                                   "des années : quel risque concret ?")
            if state == "replied":
                alerts.reply(ph, aid, version, "Risque hémorragique / toxicité majoré ; contrôle biologique proposé.")
        elif state == "accepted":
            alerts.accept(answerer, aid, version, "D'accord, fait ce jour.")
        elif state == "modified":
            row = medications.list_current(answerer, detail.row.patient_id)[0]
            alerts.modify(answerer, aid, version, [alerts.MedicationAction("change", row.id, with_posology(
                row, instructions=((row.data.instructions or "") + " — contrôle à 1 mois").strip(" —")))],
                "Adaptation différente : surveillance renforcée")
        elif state == "refused":
            alerts.refuse(answerer, aid, version, "Maintenu tel quel : avis du spécialiste, patient informé")
        elif state in ("overdue", "escalated"):
            with ctx.transaction() as session:
                alert = session.get(Alert, aid)
                alert.reply_by = date.today() - timedelta(days=3)
                alert.urgency = "urgent" if state == "escalated" else "routine"
    alert_inbox.escalate_overdue(ph)
    _demo_reconciliation(ph, doc, patients)
    return len(made)


def _evening_dose_added(row) -> MedicationInput:
    """The discharge version of a line: one more tablet in the evening (a weekly or as-needed line stays as is)."""
    if row.data.posology.kind != "times":
        return as_input(row)
    return with_posology(row, dose_evening="1")


def _demo_reconciliation(ph: ServiceContext, doc: ServiceContext, patients: list[int]) -> None:
    for pid in patients[12:]:
        rows = medications.list_current(ph, pid)
        if len(rows) < 4 or not all(r.data.atc for r in rows):   # ≥ 3 lines to clarify: added + ≥ 2 stopped
            continue
        discharge = [as_input(rows[0]), _evening_dose_added(rows[1]),
                     MedicationInput(atc="B01AF02", substances="apixaban", strength="5 mg",
                                     posology=Posology(dose_morning="1", dose_evening="1", unit="tablet",
                                                       route="20053000"), indication="FA découverte à l'hôpital")]
        rid = reconciliation.start_reconciliation(ph, pid, discharge, "Hôpital du Valais, Sion — médecine interne",
                                                  date.today() - timedelta(days=2))
        # every line to clarify in one grouped alert; the doctor has answered the first one already
        aid = reconciliation.clarify_lines(ph, rid, recipient_staff_id=doc.actor.staff_id)
        detail = alerts.open_alert(doc, aid)
        alert_lines.answer_line(doc, aid, detail.lines[0].item_id, detail.row.version, "accept",
                                "Vu avec le cardiologue : version de sortie confirmée")
        review_worksheet.create_worksheet(ph, pid, "bpm")
        return
