"""Import a package from a partner installation: a received alert lands in this practice's inbox (as an alert
from an outside sender), a received answer in the thread of the alert it answers.

Before anything is stored, in this order: the zip and its one message (``peer_package.open_message``: empty, not a
zip, damaged, encrypted to another installation), the sender (unknown, revoked), the signature and the envelope
(``peer_package.verify``: tampered, for another recipient, expired), a replay (package id or nonce seen before),
the patient (INS with agreeing traits, else family name and birth date matching exactly one patient), then the
alert or answer itself. Each refusal is one coded error, and nothing is stored; an import is one transaction,
audited on the patient.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, or_
from sqlmodel import Session, select

from app.models.alert import OPEN_STATES, Alert, AlertMessage, AlertState, Urgency
from app.models.base import utcnow
from app.models.exchange_peer import (
    ExchangeAlertLink,
    ExchangeIdentity,
    ExchangePartner,
    ExchangePartnerStatus,
    ExchangeReceipt,
)
from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.alerts import alert_flow, alert_input, vocabulary
from app.services.errors import CordeeError
from app.services.exchange import peer_identity, peer_package
from app.services.kernel.context import ServiceContext
from app.services.security.access import can, require

MAX_ITEMS = 50


@dataclass
class PeerPreview:
    kind: str                   # alert / answer
    partner: str                # the sending practice
    patient_id: int
    patient_name: str
    summary: str                # the problem (alert) or the answer code and text (answer)
    encrypted: bool
    alert_id: int | None = None     # the alert created or answered, once applied

    @property
    def changes(self) -> int:
        return 1


def _bad(item: str):
    return CordeeError("exchange.peer_bad_payload", item=item)


def _text(body: dict, name: str, limit: int, required: bool = False) -> str | None:
    value = body.get(name)
    if value is None and not required:
        return None
    if not isinstance(value, str) or "\x00" in value or len(value) > limit or (required and not value.strip()):
        raise _bad(name)
    return value.strip() or None


def _code(body: dict, name: str, allowed) -> str:
    value = body.get(name)
    if not isinstance(value, str) or value not in allowed:
        raise _bad(name)
    return value


def _items(body: dict, name: str) -> list[dict]:
    value = body.get(name, [])
    if not isinstance(value, list) or len(value) > MAX_ITEMS or not all(isinstance(v, dict) for v in value):
        raise _bad(name)
    return value


def _norm(text) -> str:
    return " ".join(str(text or "").casefold().split())


def _find_patient(session: Session, traits: dict) -> Patient:
    try:
        birth = date.fromisoformat(traits.get("birth_date") or "")
    except (TypeError, ValueError):
        raise _bad("patient") from None
    family = traits.get("family_name") if isinstance(traits.get("family_name"), str) else None
    ins = traits.get("ins") if isinstance(traits.get("ins"), str) else None
    if ins:
        patient = session.exec(select(Patient).where(Patient.ins_matricule == ins)).first()
        if patient is None:
            raise CordeeError("exchange.xdm_unknown_patient")
        if patient.birth_date != birth or (traits.get("sex") in ("F", "M") and patient.sex != traits["sex"]) or (
                family and _norm(family) not in {_norm(patient.family_name), _norm(patient.birth_name)}):
            raise CordeeError("exchange.xdm_identity_mismatch")
        return patient
    if not family:
        raise CordeeError("exchange.xdm_unknown_patient")
    found = session.exec(select(Patient).where(func.lower(Patient.family_name) == family.strip().lower(),
                                               Patient.birth_date == birth)).all()
    if len(found) != 1:
        raise CordeeError("exchange.xdm_unknown_patient")
    return found[0]


def _sender(session: Session, sender_id: str) -> ExchangePartner:
    partner = session.exec(select(ExchangePartner).where(ExchangePartner.identity_id == sender_id)).first()
    if partner is None:
        raise CordeeError("exchange.peer_unknown_sender")
    if partner.status != ExchangePartnerStatus.ACTIVE:
        raise CordeeError("exchange.peer_revoked_sender", partner=partner.practice_name)
    return partner


def _check_replay(session: Session, partner: ExchangePartner, message: dict) -> None:
    seen = session.exec(select(ExchangeReceipt).where(or_(
        ExchangeReceipt.package_id == message["package_id"],
        (ExchangeReceipt.partner_id == partner.id) & (ExchangeReceipt.nonce == message["nonce"])))).first()
    if seen is not None:
        raise CordeeError("exchange.peer_replayed", day=seen.received_at.date().isoformat())


def _local_line(lines: list[MedicationLine], remote: dict) -> MedicationLine | None:
    """The patient's current line the sender's line stands for: same catalogue reference, else same ATC and strength,
    else same name; only when exactly one line fits."""
    for same in (lambda ln: remote.get("catalogue_ref") and ln.catalogue_ref == remote.get("catalogue_ref"),
                 lambda ln: remote.get("atc") and ln.atc == remote.get("atc") and
                 _norm(ln.strength) == _norm(remote.get("strength")),
                 lambda ln: _norm(ln.product_name or ln.substances) == _norm(remote.get("name"))):
        fits = [ln for ln in lines if same(ln)]
        if len(fits) == 1:
            return fits[0]
    return None


def _mapped(lines: list[MedicationLine], item: dict) -> dict:
    """A line snapshot or change with the local line's id and snapshot (or no line id when none fits)."""
    ref = item.get("before") if isinstance(item.get("before"), dict) else item
    local = _local_line(lines, ref) if isinstance(ref, dict) else None
    out = {k: v for k, v in item.items() if k != "catalogue_ref"}
    if "before" in item:
        out["before"] = alert_input.line_snapshot(local) if local else {
            k: v for k, v in ref.items() if k not in ("catalogue_ref", "line_id")}
    if "line_id" in item:
        out["line_id"] = local.id if local else None
    return out


def _recipient(ctx: ServiceContext, session: Session, patient: Patient) -> int:
    """The physician the received alert is addressed to: the importing physician, else the patient's GP."""
    if ctx.actor.staff_id and can(ctx, "alert.answer"):   # the roles that answer alerts: physicians
        return ctx.actor.staff_id
    gp = session.get(Staff, patient.gp_staff_id) if patient.gp_staff_id else None
    if gp is not None and gp.active and "physician" in gp.roles.split():
        return gp.id
    raise CordeeError("exchange.peer_no_recipient")


def _alert_values(session: Session, patient: Patient, body: dict) -> dict:
    if not isinstance(body.get("id"), int) or isinstance(body.get("id"), bool):
        raise _bad("alert.id")
    _code(body, "problem_category", vocabulary.problems())
    _code(body, "proposal_kind", vocabulary.kinds())
    _code(body, "urgency", {u.value for u in Urgency})
    try:
        reply_by = date.fromisoformat(body.get("reply_by") or "")
    except (TypeError, ValueError):
        raise _bad("reply_by") from None
    changes = _items(body, "proposed_changes")
    if any(not isinstance(c.get("action"), str) or c["action"] not in vocabulary.LINE_ACTIONS for c in changes):
        raise _bad("proposed_changes")
    lines = session.exec(select(MedicationLine).where(MedicationLine.patient_id == patient.id,
                                                      MedicationLine.stopped_at.is_(None))).all()
    return {"patient_id": patient.id, "problem_category": body["problem_category"],
            "problem_text": _text(body, "problem_text", 4000, True),
            "intervention_text": _text(body, "intervention_text", 4000),
            "proposal_kind": body["proposal_kind"], "urgency": body["urgency"], "reply_by": reply_by,
            "medications": json.dumps([_mapped(lines, m) for m in _items(body, "medications")], ensure_ascii=False,
                                      default=str),
            "clinical_context": json.dumps(_items(body, "clinical_context"), ensure_ascii=False, default=str),
            "proposed_changes": json.dumps([_mapped(lines, c) for c in changes], ensure_ascii=False, default=str)}


def _answer_values(body: dict) -> dict:
    if not isinstance(body.get("alert_id"), int) or isinstance(body.get("alert_id"), bool):
        raise _bad("answer.alert_id")
    if not isinstance(body.get("local_alert_id"), int) or isinstance(body.get("local_alert_id"), bool):
        raise _bad("answer.local_alert_id")
    answer = vocabulary.answers().get(body.get("answer_code")) if isinstance(body.get("answer_code"), str) else None
    if answer is None or answer.code == "reply" or body.get("state") != answer.state:
        raise _bad("answer_code")
    try:
        answered_at = datetime.fromisoformat(body.get("answered_at") or "")
    except (TypeError, ValueError):
        raise _bad("answered_at") from None
    return {"code": answer.code, "state": answer.state, "text": _text(body, "text", 4000),
            "by": _text(body, "answered_by", 150) or "?", "at": answered_at.astimezone(UTC),
            "changes": _items(body, "changes"), "padv": _text(body, "padv", 10)}


def verified(ctx: ServiceContext, session: Session, data: bytes, now: datetime | None = None):
    """The checks every package passes before its content is looked at, none of which writes: the container and
    its one message, the sender (a known, active partner), the signature and the envelope, a replay. Returns
    (partner, message, encrypted)."""
    ours = session.exec(select(ExchangeIdentity)).first()
    opened = peer_package.open_message(data, ours.identity_id if ours else "",
                                       peer_identity.private_keys(ctx, ours) if ours else None)
    partner = _sender(session, opened.sender_id)
    message = peer_package.verify(opened, json.loads(partner.public_jwks), ours.identity_id if ours else "", now)
    _check_replay(session, partner, message)
    return partner, message, opened.encrypted


def package_kind(ctx: ServiceContext, data: bytes, now: datetime | None = None) -> str:
    """What a package from a partner carries (alert, answer or directory), once ``verified``; nothing is stored."""
    require(ctx, "exchange.receive")
    with ctx.reading() as session:
        return verified(ctx, session, data, now)[1]["type"]


def record_receipt(session: Session, partner: ExchangePartner, message: dict, alert_id: int | None = None) -> None:
    """The package's id and nonce, never accepted again (in the import's transaction)."""
    session.add(ExchangeReceipt(package_id=message["package_id"], nonce=message["nonce"], partner_id=partner.id,
                                kind=message["type"], alert_id=alert_id))


def _checked(ctx: ServiceContext, session: Session, data: bytes, now: datetime | None):
    """Every check that needs no write: (partner, message, patient, encrypted)."""
    partner, message, encrypted = verified(ctx, session, data, now)
    if message["type"] not in peer_package.PATIENT_KINDS:
        raise CordeeError("exchange.peer_directory_package")
    patient = _find_patient(session, message["patient"])
    return partner, message, patient, encrypted


def _answered_alert(session: Session, partner: ExchangePartner, patient: Patient, values: dict,
                    lock: bool = True) -> Alert:
    link = session.exec(select(ExchangeAlertLink).where(
        ExchangeAlertLink.alert_id == values["alert_id"], ExchangeAlertLink.partner_id == partner.id,
        ExchangeAlertLink.direction == "out")).first()
    if link is None:
        raise CordeeError("exchange.peer_unknown_alert")
    alert = alert_flow.get_alert(session, link.alert_id, lock=lock)
    if alert.patient_id != patient.id:
        raise CordeeError("exchange.xdm_identity_mismatch")
    if alert.state not in OPEN_STATES:
        raise CordeeError("exchange.peer_already_answered")
    return alert


def _preview(partner, message, patient, encrypted) -> PeerPreview:
    body = message[message["type"]]
    summary = (body.get("problem_text") if message["type"] == "alert" else
               f"{body.get('answer_code')}: {body.get('text') or ''}")
    return PeerPreview(message["type"], partner.practice_name, patient.id,
                       f"{patient.family_name.upper()} {patient.given_names}", str(summary or "")[:300], encrypted)


def preview_package(ctx: ServiceContext, data: bytes, now: datetime | None = None) -> PeerPreview:
    """What importing the package would do, once every check passed; nothing is stored."""
    require(ctx, "exchange.receive")
    with ctx.reading() as session:
        partner, message, patient, encrypted = _checked(ctx, session, data, now)
        body = message[message["type"]]
        if message["type"] == "alert":
            _alert_values(session, patient, body)
            _recipient(ctx, session, patient)
        else:
            values = _answer_values(body)
            _answered_alert(session, partner, patient, {**values, "alert_id": body["alert_id"]}, lock=False)
        return _preview(partner, message, patient, encrypted)


def _store_alert(ctx: ServiceContext, session: Session, partner, message, patient) -> Alert:
    body = message["alert"]
    values = _alert_values(session, patient, body)
    if session.exec(select(ExchangeAlertLink).where(ExchangeAlertLink.partner_id == partner.id,
                                                    ExchangeAlertLink.remote_alert_id == body["id"],
                                                    ExchangeAlertLink.direction == "in")).first():
        raise CordeeError("exchange.peer_already_received")
    sender = f"{_text(body, 'sender_name', 150) or '?'} ({partner.practice_name})"[:200]
    alert = Alert(**values, sender_staff_id=None, sender_name=sender, recipient_staff_id=_recipient(
        ctx, session, patient), state=AlertState.OPEN, updated_by=ctx.actor.display_name)
    session.add(alert)
    session.flush()
    session.add(AlertMessage(alert_id=alert.id, kind="raised", author_name=sender, text=alert.problem_text,
                             padv=vocabulary.kind(alert.proposal_kind).padv))
    session.add(ExchangeAlertLink(alert_id=alert.id, partner_id=partner.id, remote_alert_id=body["id"],
                                  direction="in"))
    ctx.audit(session, "alert.receive", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id,
              detail=f"{alert.problem_category} {alert.proposal_kind} {alert.urgency} from {partner.practice_name}")
    return alert


def _store_answer(ctx: ServiceContext, session: Session, partner, message, patient) -> Alert:
    values = _answer_values(message["answer"])
    alert = _answered_alert(session, partner, patient, {**values, "alert_id": message["answer"]["alert_id"]})
    by = f"{values['by']} ({partner.practice_name})"[:200]
    alert_flow.save_state(ctx, session, alert, alert.version, state=values["state"], answer_code=values["code"],
                          answer_text=values["text"], answered_at=values["at"], answered_by=by)
    session.add(AlertMessage(alert_id=alert.id, kind=values["state"], author_name=by, text=values["text"],
                             padv=values["padv"], at=utcnow(),
                             changes=json.dumps(values["changes"], ensure_ascii=False, default=str)
                             if values["changes"] else None))
    link = session.exec(select(ExchangeAlertLink).where(
        ExchangeAlertLink.alert_id == alert.id, ExchangeAlertLink.partner_id == partner.id,
        ExchangeAlertLink.direction == "out")).one()
    link.remote_alert_id = message["answer"]["local_alert_id"]
    session.add(link)
    ctx.audit(session, "alert.answer_received", entity_type="alert", entity_id=alert.id,
              patient_id=alert.patient_id, detail=f"{values['code']} from {partner.practice_name}")
    return alert


def apply_package(ctx: ServiceContext, data: bytes, now: datetime | None = None) -> PeerPreview:
    """Import the package in one transaction: the alert into the inbox, or the answer into its thread; audited."""
    require(ctx, "exchange.receive")
    with ctx.transaction() as session:
        partner, message, patient, encrypted = _checked(ctx, session, data, now)
        store = _store_alert if message["type"] == "alert" else _store_answer
        alert = store(ctx, session, partner, message, patient)
        record_receipt(session, partner, message, alert.id)
        ctx.audit(session, "exchange.receive", entity_type="alert", entity_id=alert.id, patient_id=patient.id,
                  detail=f"{message['type']} from {partner.practice_name} (package {message['package_id']}, "
                         f"{'encrypted' if encrypted else 'signed'})")
        alert_flow.announce(ctx, alert)
        preview = _preview(partner, message, patient, encrypted)
        preview.alert_id = alert.id
        return preview
