"""Demo Cordée to Cordée exchange: the practice's exchange identity, one partner pharmacy added from its card (the
fingerprint compared), and one alert received from that pharmacy in Dr Martin's inbox; a practice of the CPTS as a
second partner, whose directory package (two resources, one pathway) was imported. The pharmacy's keys live
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
from app.services.exchange import peer_directory, peer_identity, peer_import, peer_keys, peer_package, peer_send
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


CPTS_PRACTICE = "MSP du Val de Saône (démo)"
SHARED = (   # what the partner practice of the CPTS shares from its own directory (fictitious contacts)
    {"kind": "social_services", "name": "Plateforme de répit des aidants (démo)", "contact_person": "Mme Chevalier",
     "phone": "04 65 71 10 21", "email": "repit@plateforme-demo.example", "address": "6 rue du Répit, 69009 Lyon",
     "opening_hours": "Lun–ven 9h–17h", "active": True,
     "eligibility": "Proches aidants de personnes âgées ou en situation de handicap ; sur simple appel.",
     "pathways": [{"name": "Proposer un répit à l'aidant", "steps": [
         {"label": "Repérer l'épuisement de l'aidant (échelle de Zarit)", "pool_role": "nurse", "delay_days": 0},
         {"label": "Appeler la plateforme de répit avec l'accord de l'aidant", "pool_role": "coordinator",
          "delay_days": 2},
         {"label": "Faire le point avec l'aidant après la première solution de répit", "pool_role": "coordinator",
          "delay_days": 30}]}]},
    {"kind": "specialist", "name": "Dr Rey, gériatre, consultation mémoire (démo)", "contact_person": None,
     "phone": "04 65 71 10 22", "email": None, "address": "Hôpital de démonstration, 69004 Lyon",
     "opening_hours": "Mar et jeu", "active": True,
     "eligibility": "Plainte cognitive de la personne âgée ; courrier du médecin traitant.", "pathways": []},
)


def _shared_body() -> dict:
    """The partner's directory entries, each with a stable id (the same on every run of the demo)."""
    out = []
    for r in SHARED:
        rid = str(uuid.uuid5(uuid.NAMESPACE_URL, f"cordee-demo:{r['name']}"))
        out.append({**r, "id": rid, "pathways": [
            {**p, "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"cordee-demo:{r['name']}:{p['name']}"))}
            for p in r["pathways"]]})
    return {"practice": CPTS_PRACTICE, "resources": out}


def add_demo_directory_exchange(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """A practice of the CPTS added as a partner from its card, and its directory package (two resources, one
    pathway) imported through the services: the directory shows them, the audit trail tells it (``ids`` unused;
    nothing is added twice)."""
    if any(p.practice_name == CPTS_PRACTICE for p in peer_identity.partners(ctx)):
        return
    private = peer_keys.new_private_set()
    public = peer_keys.public_set(private)
    partner_id = str(uuid.uuid4())
    card = json.dumps({"format": peer_identity.CARD_FORMAT, "practice_name": CPTS_PRACTICE,
                       "identity_id": partner_id, "keys": public, "fingerprint": peer_keys.fingerprint(public),
                       "created": date.today().isoformat() + "T08:00:00+00:00"}).encode()
    peer_identity.add_partner(ctx, card, peer_identity.parse_card(card)["fingerprint"])
    ours = peer_identity.card(ctx)
    message = peer_package.envelope("directory", partner_id, ours["identity_id"], None, _shared_body())
    package = peer_package.seal(message, KeySet.import_key_set(private), ours["keys"], ours["identity_id"])
    peer_directory.apply_package(ctx, package)
