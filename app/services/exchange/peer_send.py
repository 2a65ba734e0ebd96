"""Send an alert, or the answer to an alert received, to a partner installation as a signed (and, by default,
encrypted) package (``peer_package``).

Three containers (``CONTAINERS``): ``cordee``, the message alone in a small zip (a USB key, a shared folder:
encrypted, nothing readable without the partner's key); ``xdm``, an ``IHE_XDM.ZIP`` whose submission set holds the
readable document (CDA R2 with the alert's PDF) and the message as a second document (``xdm_terms.CORDEE_*``), for
secure mail: one attachment, read by the partner's Cordée, and a valid XDM for any other software; ``eml``, the
mail draft carrying that zip (``xdm_package.build_eml``). The XDM container names the patient as every XDM package
does (in France, a qualified INS: ``exchange.xdm_needs_ins`` otherwise).

An alert sent is linked to the partner (``ExchangeAlertLink``, direction ``out``) so that the partner's answer can
land in its thread; an answer goes back to the partner the alert came from (direction ``in``). The package names
the patient by identity traits (the INS when the identity is qualified) for the match on the other side, and
each medication line by its catalogue reference, ATC code, name and strength. Access checked, audited.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime

from sqlmodel import Session, select

from app.models.alert import CLOSED_STATES, Alert, AlertMessage
from app.models.exchange_peer import ExchangeAlertLink, ExchangePartner, ExchangePartnerStatus
from app.models.medication import MedicationLine
from app.services.alerts import alert_flow
from app.services.errors import NotFoundError, ValidationError
from app.services.exchange import peer_identity, peer_package, xdm_package, xdm_terms
from app.services.kernel.context import ServiceContext
from app.services.kernel.validation import parse_date
from app.services.patients import identity, records
from app.services.security import records as access_records
from app.services.security.access import require

WHATS = ("alert", "answer")
CONTAINERS = ("cordee", "xdm", "eml")
TITLES = {"alert": "Intervention pharmaceutique", "answer": "Réponse à une intervention pharmaceutique"}


def patient_traits(ctx: ServiceContext, patient_id: int) -> dict:
    """The identity traits the receiving installation matches the patient on (audited read of the record)."""
    p = records.open_patient(ctx, patient_id).data
    ins = identity.exportable_ins(p)
    birth = parse_date(p.birth_date, "birth_date")
    return {"ins": ins.matricule if ins else None, "ins_oid": ins.oid if ins else None,
            "family_name": p.family_name, "given_names": p.given_names, "birth_date": birth.isoformat(),
            "sex": p.sex}


def _partner(session: Session, partner_id) -> ExchangePartner:
    partner = session.get(ExchangePartner, partner_id) if isinstance(partner_id, int) else None
    if partner is None:
        raise NotFoundError("exchange_partner", partner_id)
    if partner.status != ExchangePartnerStatus.ACTIVE:
        raise ValidationError("partner_id", "exchange.peer_partner_revoked", partner=partner.practice_name)
    return partner


def _lines(session: Session, items: list[dict]) -> list[dict]:
    """The alert's line snapshots with what names a line in another database (its catalogue reference)."""
    out = []
    for item in items:
        line = session.get(MedicationLine, item.get("line_id")) if isinstance(item.get("line_id"), int) else None
        out.append({**item, "catalogue_ref": line.catalogue_ref if line else None})
    return out


def _alert_body(session: Session, alert: Alert) -> dict:
    proposed = json.loads(alert.proposed_changes)
    return {"id": alert.id, "sender_name": alert.sender_name, "problem_category": alert.problem_category,
            "problem_text": alert.problem_text, "proposal_kind": alert.proposal_kind,
            "intervention_text": alert.intervention_text, "medications": _lines(session, json.loads(alert.medications)),
            "clinical_context": json.loads(alert.clinical_context),
            "proposed_changes": [{**c, "before": _lines(session, [c["before"]])[0]} if c.get("before") else c
                                 for c in proposed],
            "urgency": alert.urgency, "reply_by": alert.reply_by.isoformat()}


def _answer_body(session: Session, alert: Alert, remote_alert_id: int) -> dict:
    closing = session.exec(select(AlertMessage).where(AlertMessage.alert_id == alert.id,
                                                      AlertMessage.kind == alert.state)
                           .order_by(AlertMessage.at.desc(), AlertMessage.id.desc())).first()
    return {"alert_id": remote_alert_id, "local_alert_id": alert.id, "answer_code": alert.answer_code,
            "state": alert.state, "text": alert.answer_text, "answered_by": alert.answered_by,
            "answered_at": alert.answered_at.isoformat() if alert.answered_at else None,
            "changes": json.loads(closing.changes) if closing and closing.changes else [],
            "padv": closing.padv if closing else None}


def _in_xdm(ctx: ServiceContext, patient_id: int, alert_id: int, what: str, kind: str, token: str,
            container: str) -> bytes:
    """The IHE XDM package (or its mail draft) of the alert's readable PDF, carrying the message beside it."""
    from app.services.alerts import alert_pdf  # the printout (reportlab) only when used

    title = TITLES[what]
    doc = xdm_package.prepare(ctx, patient_id, "alerts", (title, alert_pdf.alerts_pdf(ctx, patient_id, alert_id,
                                                                                     lang="fr")))
    message = xdm_package.Attachment(xdm_terms.CORDEE_NAMES[kind], token.encode("ascii"), xdm_terms.CORDEE_MIME,
                                     xdm_terms.CORDEE_FORMAT, f"{title} (Cordée)", xdm_package.new_oid())
    doc = replace(doc, attachments=(message,))
    package = xdm_package.build_zip(doc)
    return package if container == "xdm" else xdm_package.build_eml(doc, package)


def export_package(ctx: ServiceContext, patient_id: int, what: str, alert_id: int, partner_id: int | None = None,
                   encrypt: bool = True, now: datetime | None = None, container: str = "cordee") -> bytes:
    """The package of an alert (``what="alert"``, to ``partner_id``) or of the answer to an alert received from a
    partner (``what="answer"``, back to that partner), signed and, unless ``encrypt`` is False (a secure-mail
    space), encrypted to the partner, in ``container`` (``CONTAINERS``); audited."""
    if what not in WHATS:
        raise ValidationError("what", "one_of", allowed=", ".join(WHATS))
    if container not in CONTAINERS:
        raise ValidationError("container", "one_of", allowed=", ".join(CONTAINERS))
    with ctx.transaction() as session:
        alert = alert_flow.get_alert(session, alert_id)
        if alert.patient_id != patient_id:
            raise ValidationError("alert_id", "exchange.peer_alert_of_other_patient")
        require(ctx, "exchange.send", access_records.alert_record(session, alert))
        require(ctx, "alert.read", access_records.alert_record(session, alert))
        ours = peer_identity.stored_identity(ctx, session)
        if what == "alert":
            if partner_id is None:
                raise ValidationError("partner_id", "required")
            partner = _partner(session, partner_id)
            if session.exec(select(ExchangeAlertLink).where(ExchangeAlertLink.alert_id == alert.id,
                                                             ExchangeAlertLink.direction == "in")).first():
                raise ValidationError("alert_id", "exchange.peer_received_alert")
            body = _alert_body(session, alert)
            if not session.exec(select(ExchangeAlertLink).where(
                    ExchangeAlertLink.alert_id == alert.id, ExchangeAlertLink.partner_id == partner.id,
                    ExchangeAlertLink.direction == "out")).first():
                session.add(ExchangeAlertLink(alert_id=alert.id, partner_id=partner.id, remote_alert_id=None,
                                              direction="out"))
        else:
            link = session.exec(select(ExchangeAlertLink).where(ExchangeAlertLink.alert_id == alert.id,
                                                                ExchangeAlertLink.direction == "in")).first()
            if link is None:
                raise ValidationError("alert_id", "exchange.peer_not_received")
            if alert.state not in CLOSED_STATES:
                raise ValidationError("alert_id", "exchange.peer_not_answered")
            partner = _partner(session, link.partner_id)
            body = _answer_body(session, alert, link.remote_alert_id)
        traits = patient_traits(ctx, alert.patient_id)
        message = peer_package.envelope(what, ours.identity_id, partner.identity_id, traits, body, now)
        kind, token = peer_package.sign(message, peer_identity.private_keys(ctx, ours),
                                        json.loads(partner.public_jwks) if encrypt else None, partner.identity_id)
        if container == "cordee":
            package = peer_package.zipped(kind, token)
        else:
            package = _in_xdm(ctx, alert.patient_id, alert.id, what, kind, token, container)
        ctx.audit(session, "exchange.send", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id,
                  detail=f"{what} to {partner.practice_name} ({'encrypted' if encrypt else 'signed'}, {container}, "
                         f"package {message['package_id']})")
        return package


def received_from(ctx: ServiceContext, alert_id: int) -> str | None:
    """The partner practice an alert was received from (its answer goes back there), or None for an alert of this
    practice (it can be sent to a partner)."""
    with ctx.reading() as session:
        alert = alert_flow.get_alert(session, alert_id)
        require(ctx, "alert.read", access_records.alert_record(session, alert))
        link = session.exec(select(ExchangeAlertLink).where(ExchangeAlertLink.alert_id == alert_id,
                                                            ExchangeAlertLink.direction == "in")).first()
        partner = session.get(ExchangePartner, link.partner_id) if link else None
        return partner.practice_name if partner else None
