"""Demo Cordée to Cordée exchange: the practice's exchange identity, one partner pharmacy added from its card (the
fingerprint compared), and one alert received from that pharmacy in Dr Martin's inbox. The pharmacy's keys live
only for the time of this step (it is fictitious): its package is signed and encrypted as a real one and imported
through the services, so the audit trail and the inbox are those of a real exchange."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta

from joserfc.jwk import KeySet
from sqlmodel import select

from app.models.medication import MedicationLine
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.exchange import peer_identity, peer_import, peer_keys, peer_package, peer_send
from app.services.kernel.context import ServiceContext
from app.services.practice.accounts import actor_for

PHARMACY = "Pharmacie du Parc (démo)"


def _pharmacy_card() -> tuple[bytes, KeySet, str]:
    private = peer_keys.new_private_set()
    public = peer_keys.public_set(private)
    ident = str(uuid.uuid4())
    card = {"format": peer_identity.CARD_FORMAT, "practice_name": PHARMACY, "identity_id": ident, "keys": public,
            "fingerprint": peer_keys.fingerprint(public), "created": date.today().isoformat() + "T08:00:00+00:00"}
    return json.dumps(card).encode(), KeySet.import_key_set(private), ident


def add_demo_exchange(ctx: ServiceContext, ids: dict[str, int]) -> None:
    with ctx.reading() as session:
        admin = ctx.as_actor(actor_for(session.exec(select(Staff).where(Staff.username == "admin")).one()))
        doctor = ctx.as_actor(actor_for(session.get(Staff, ids["dr.martin"])))
        patient = session.exec(select(Patient).where(Patient.gp_staff_id == ids["dr.martin"]).order_by(Patient.id)
                               .where(Patient.id.in_(select(MedicationLine.patient_id).where(
                                   MedicationLine.stopped_at.is_(None))))).first()
        line = session.exec(select(MedicationLine).where(MedicationLine.patient_id == patient.id,
                                                         MedicationLine.stopped_at.is_(None))).first() \
            if patient else None
    card, keys, pharmacy_id = _pharmacy_card()
    peer_identity.add_partner(admin, card, peer_identity.parse_card(card)["fingerprint"])
    ours = json.loads(peer_identity.card_json(admin))
    if patient is None or line is None:
        return
    traits = peer_send.patient_traits(doctor, patient.id)
    body = {"id": 1, "sender_name": "Claire Rousseau, pharmacienne", "problem_category": "1.6",
            "problem_text": "Délivrance du jour : le patient signale des vertiges depuis la dernière adaptation. "
                            "Surveillance de la tension artérielle proposée.",
            "proposal_kind": "monitor", "intervention_text": None,
            "medications": [{"line_id": line.id, "atc": line.atc, "name": line.product_name or line.substances,
                             "substances": line.substances, "strength": line.strength,
                             "catalogue_ref": line.catalogue_ref}],
            "clinical_context": [], "proposed_changes": [], "urgency": "routine",
            "reply_by": (date.today() + timedelta(days=7)).isoformat()}
    message = peer_package.envelope("alert", pharmacy_id, ours["identity_id"], traits, body)
    peer_import.apply_package(doctor, peer_package.seal(message, keys, ours["keys"], ours["identity_id"]))
