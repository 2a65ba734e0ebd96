"""What a raise-alert form hands over, and its checks (each refusal names the field; nothing is stored).

A proposal is a kind of the alert vocabulary (``vocabulary.kinds()``) and the changes per medication line it is
made of (``MedicationAction``); each line change is kept with its CH EMED PADV code. A proposal whose kind
changes the list must hold the changes that kind needs (a dose change its new doses, a substitution the stop
and the new product), so that accepting it always has something to make.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from sqlmodel import Session

from app.models.alert import Urgency
from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.alerts import vocabulary
from app.services.alerts.vocabulary import ProposalKind
from app.services.errors import ValidationError
from app.services.kernel.validation import clean_text, parse_date
from app.services.medications import medication_list as medications
from app.services.medications import observations, posology
from app.services.medications.medication_list import MedicationInput

REPLY_DELAY = {Urgency.URGENT: 0, Urgency.WITHIN_24H: 1, Urgency.ROUTINE: 7}
ACTIONS = vocabulary.LINE_ACTIONS


@dataclass
class ClinicalValue:
    """One value of the clinical context (eGFR, K+, INR, weight …) with its date."""

    code: str
    value: float | str
    measured_on: date | str | None = None


@dataclass
class MedicationAction:
    """One change to the list: stop a line, change it (new values, the dose as a whole posology), or add a line (a
    proposal's change per line, or a change the doctor makes)."""

    action: str
    line_id: int | None = None
    data: MedicationInput | None = None
    reason: str | None = None


@dataclass
class AlertInput:
    """The alert as the raise dialog fills it (``finding_key``: the engine finding it starts from, if any;
    ``proposal_kind`` and ``proposed_changes``: the structured proposal)."""

    patient_id: int = 0
    problem_category: str = ""
    problem_text: str = ""
    proposal_kind: str = ""
    intervention_text: str | None = None
    line_ids: list[int] = field(default_factory=list)
    clinical_context: list[ClinicalValue] = field(default_factory=list)
    proposed_changes: list[MedicationAction] = field(default_factory=list)
    urgency: str = Urgency.ROUTINE
    reply_by: date | str | None = None
    recipient_staff_id: int | None = None
    finding_key: str | None = None


def default_reply_by(urgency: str, today: date | None = None) -> date:
    return (today or date.today()) + timedelta(days=REPLY_DELAY.get(urgency, 7))


def line_snapshot(line: MedicationLine) -> dict:
    """The line as the alert saw it: names, strength, posology, mg a day, version."""
    return {"line_id": line.id, "atc": line.atc, "name": line.product_name or line.substances,
            "substances": line.substances, "strength": line.strength,
            "posology": posology.to_dict(medications.posology_of(line)),
            "daily_dose_mg": line.daily_dose_mg, "version": line.version}


def _current_line(session: Session, patient_id: int, line_id, where: str) -> MedicationLine:
    line = session.get(MedicationLine, line_id) if isinstance(line_id, int) else None
    if line is None or line.patient_id != patient_id:
        raise ValidationError(where, "alerts.not_a_patient_medication")
    if line.stopped_at is not None:
        raise ValidationError(where, "alerts.stopped_medication")
    return line


def stored_data(session: Session, data: MedicationInput) -> dict:
    """A checked input as a proposal or an answer keeps it: the posology checked (canonical amounts, the schedule
    named) and the mg a day the list will store (derived from the posology and the strength where they can be)."""
    values = medications.line_values(session, data)
    checked = replace(data, posology=posology.checked(data.posology), daily_dose_mg=values["daily_dose_mg"])
    return medications.input_to_dict(checked)


def _unchanged(session: Session, line: MedicationLine, data: MedicationInput) -> bool:
    """True when saving ``data`` on ``line`` would store what the line holds already."""
    values = medications.line_values(session, data)
    return all(getattr(line, name) == value for name, value in values.items())


def validated_actions(session: Session, patient_id: int, actions: list[MedicationAction], base: str,
                      kind: ProposalKind | None = None) -> list[dict]:
    """Check proposed (``kind`` given) or made changes; returns their JSON-ready form, each with its PADV code."""
    out = []
    for i, a in enumerate(actions):
        where = f"{base}[{i + 1}]"
        if a.action not in ACTIONS:
            raise ValidationError(f"{where}.action", "alerts.bad_action")
        if kind is not None and a.action not in kind.actions:
            raise ValidationError(f"{where}.action", "alerts.action_not_in_proposal", line_action=a.action,
                                  proposal=kind.code)
        item: dict = {"action": a.action, "reason": clean_text(a.reason, f"{where}.reason", 500)}
        if a.action in ("stop", "change"):
            line = _current_line(session, patient_id, a.line_id, f"{where}.line_id")
            item.update(line_id=line.id, before=line_snapshot(line))
        if a.action in ("change", "add"):
            if a.data is None:
                raise ValidationError(f"{where}.data", "required")
            medications.check_input(session, a.data, where)
            item["data"] = stored_data(session, a.data)
            if a.action == "change" and _unchanged(session, line, a.data):
                raise ValidationError(where, "alerts.change_changes_nothing")
        item["padv"] = kind.line_padv(a.action) if kind is not None else vocabulary.line_padv(a.action)
        out.append(item)
    return out


def check_complete(kind: ProposalKind, changes: list[dict], field_name: str = "proposed_changes") -> None:
    """A proposal of ``kind`` holds every change the kind needs (none for monitoring or information)."""
    if not kind.changes_list and changes:
        raise ValidationError(field_name, "alerts.proposal_changes_nothing", proposal=kind.code)
    for need in kind.needs:
        if not any(c["action"] == need for c in changes):
            raise ValidationError(field_name, "alerts.proposal_incomplete", proposal=kind.code, needs=need)


def is_complete(kind_code: str, changes: list[dict]) -> bool:
    """True when accepting the stored proposal has what it needs (alerts raised before the vocabulary may not)."""
    kind = vocabulary.kinds().get(kind_code)
    return kind is not None and all(any(c.get("action") == need for c in changes) for need in kind.needs)


def action_from_json(item: dict) -> MedicationAction:
    data = item.get("data")
    return MedicationAction(item["action"], item.get("line_id"), medications.input_from_dict(data) if data else None,
                            item.get("reason"))


def _context(values: list[ClinicalValue]) -> list[dict]:
    out = []
    for i, v in enumerate(values):
        where = f"clinical_context[{i + 1}]"
        code = (v.code or "").strip().lower()
        if code not in observations.RANGES:
            raise ValidationError(f"{where}.code", "one_of", allowed=tuple(observations.RANGES))
        try:
            number = observations.parse_value(v.value, code)
        except ValidationError as exc:
            exc.field = f"{where}.value"
            raise
        day = parse_date(v.measured_on, f"{where}.measured_on")
        if day > date.today():
            raise ValidationError(f"{where}.measured_on", "alerts.in_future")
        out.append({"code": code, "value": number, "unit": observations.RANGES[code][0],
                    "measured_on": day.isoformat()})
    return out


def validated(session: Session, data: AlertInput, today: date) -> dict:
    """Every field checked; returns the column values (JSON fields as text)."""
    patient = session.get(Patient, data.patient_id) if isinstance(data.patient_id, int) else None
    if patient is None:
        raise ValidationError("patient_id", "alerts.not_a_patient")
    if data.problem_category not in vocabulary.problems():
        raise ValidationError("problem_category", "alerts.not_an_sfpc_problem")
    values = {"patient_id": patient.id, "problem_category": data.problem_category,
              "problem_text": clean_text(data.problem_text, "problem_text", 4000, True),
              "intervention_text": clean_text(data.intervention_text, "intervention_text", 4000)}
    if data.proposal_kind not in vocabulary.kinds():
        raise ValidationError("proposal_kind", "one_of", allowed=tuple(vocabulary.kinds()))
    kind = vocabulary.kind(data.proposal_kind)
    values["proposal_kind"] = kind.code
    if not data.line_ids and data.problem_category != "1.2":
        raise ValidationError("line_ids", "alerts.medication_required")
    lines = [line_snapshot(_current_line(session, patient.id, lid, "line_ids")) for lid in dict.fromkeys(data.line_ids)]
    values["medications"] = json.dumps(lines, ensure_ascii=False)
    values["clinical_context"] = json.dumps(_context(data.clinical_context), ensure_ascii=False)
    changes = validated_actions(session, patient.id, data.proposed_changes, "proposed_changes", kind)
    if not changes and kind.needs == ("stop",):   # stopping the drugs concerned needs no more detail
        changes = validated_actions(session, patient.id, [MedicationAction("stop", line["line_id"]) for line in lines],
                                    "proposed_changes", kind)
    check_complete(kind, changes)
    values["proposed_changes"] = json.dumps(changes, ensure_ascii=False)
    if data.urgency not in {u.value for u in Urgency}:
        raise ValidationError("urgency", "alerts.bad_urgency")
    values["urgency"] = data.urgency
    if data.reply_by is None or (isinstance(data.reply_by, str) and not data.reply_by.strip()):
        reply_by = default_reply_by(data.urgency, today)
    else:
        reply_by = parse_date(data.reply_by, "reply_by")
    if reply_by < today:
        raise ValidationError("reply_by", "alerts.in_past")
    if reply_by > today + timedelta(days=366):
        raise ValidationError("reply_by", "alerts.beyond_a_year")
    values["reply_by"] = reply_by
    recipient_id = data.recipient_staff_id if data.recipient_staff_id is not None else patient.gp_staff_id
    if recipient_id is None:
        raise ValidationError("recipient_staff_id", "alerts.no_gp")
    recipient = session.get(Staff, recipient_id)
    if recipient is None or not recipient.active or "physician" not in recipient.role_set:
        raise ValidationError("recipient_staff_id", "alerts.not_an_active_physician")
    values["recipient_staff_id"] = recipient.id
    return values
