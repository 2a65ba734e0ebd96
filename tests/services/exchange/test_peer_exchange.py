"""Cordée to Cordée, end to end: a pharmacy's alert travels to a medical practice as a signed, encrypted package
(alone in its zip, or inside an IHE XDM package beside the readable document), lands in its inbox, is answered
there, and the answer travels back into the pharmacy's thread; both audit trails tell the story."""

from __future__ import annotations

import email
import hashlib
import io
import json
import zipfile
from email import policy

import pytest
from defusedxml import ElementTree as SafeXml
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.exchange_peer import ExchangeIdentity
from app.services.alerts import alert_flow
from app.services.alerts import inbox as alert_inbox
from app.services.exchange import peer_identity, peer_import, peer_keys, peer_package, peer_send, xdm_import, xdm_read
from app.services.exchange import xdm_terms as t
from app.services.medications import medication_list as medications
from tests.services.exchange.peer_support import counts, message_of, pair, raise_alert, send  # noqa: F401  (fixture)


def _actions(fx) -> list[str]:
    with fx.db.session() as s:
        return [e.action for e in s.exec(select(AuditEvent).order_by(AuditEvent.seq))]


def test_alert_travels_and_its_answer_comes_back(pair):  # noqa: F811
    a, b = pair.a, pair.b
    aid = raise_alert(pair)
    package = send(pair, "alert", aid)
    name, text = message_of(package)
    assert name.endswith(".JWE") and "Warfarine" not in text                     # encrypted: no clear text
    if pair.container == "cordee":
        assert b"Warfarine" not in package and b"Girard" not in package         # nothing readable at all

    seen = peer_import.preview_package(b.ctx["physician"], package)
    assert (seen.kind, seen.partner, seen.patient_id, seen.encrypted) == ("alert", "MSP des Tilleuls", pair.pid_b,
                                                                          True)
    before = counts(b)
    assert counts(b) == before                                                   # the preview stored nothing
    done = peer_import.apply_package(b.ctx["physician"], package)
    received = alert_inbox.inbox(b.ctx["physician"], "received")
    assert [r.id for r in received] == [done.alert_id]
    detail = alert_flow.open_alert(b.ctx["physician"], done.alert_id)
    assert detail.row.sender_name == "Test Pharmacist (MSP des Tilleuls)" and detail.row.state == "read"
    aspirin_b = next(r.id for r in medications.list_current(b.ctx["physician"], pair.pid_b) if r.data.atc == "B01AC06")
    assert detail.proposed_changes[0]["line_id"] == aspirin_b                    # the line, as this database knows it

    alert_flow.accept(b.ctx["physician"], done.alert_id, detail.row.version, "Arrêt de l'aspirine.")
    assert {r.data.atc for r in medications.list_current(b.ctx["physician"], pair.pid_b)} == {"B01AA03"}
    answer = send(pair, "answer", done.alert_id)
    back = peer_import.apply_package(a.ctx["pharmacist"], answer)
    assert (back.kind, back.alert_id) == ("answer", aid)

    thread = alert_flow.open_alert(a.ctx["pharmacist"], aid)
    assert thread.row.state == "accepted" and thread.answer_code == "accept"
    assert thread.answer_text == "Arrêt de l'aspirine." and thread.answered_by == "Test Physician (MSP des Tilleuls)"
    assert [m.kind for m in thread.messages] == ["raised", "accepted"]
    assert thread.messages[-1].changes[0]["action"] == "stop"
    b_thread = alert_flow.open_alert(b.ctx["physician"], done.alert_id)
    assert [m.kind for m in b_thread.messages] == ["raised", "read", "accepted"]

    trail_a, trail_b = _actions(a), _actions(b)
    for action in ("exchange.identity", "exchange.partner_add", "alert.raise", "exchange.send",
                   "alert.answer_received", "exchange.receive"):
        assert action in trail_a, action
    for action in ("exchange.identity", "exchange.partner_add", "alert.receive", "exchange.receive", "alert.open",
                   "alert.accept", "exchange.send"):
        assert action in trail_b, action
    assert trail_a.index("exchange.send") < trail_a.index("exchange.receive")


def test_signed_only_package_for_a_secure_mail_space(pair):  # noqa: F811
    aid = raise_alert(pair)
    package = send(pair, "alert", aid, encrypt=False)
    assert message_of(package)[0].endswith(".JWS")
    assert not peer_import.preview_package(pair.b.ctx["physician"], package).encrypted
    assert peer_import.apply_package(pair.b.ctx["physician"], package).alert_id


def test_private_keys_are_stored_wrapped_only(pair):  # noqa: F811
    with pair.a.db.session() as s:
        ours = s.exec(select(ExchangeIdentity)).one()
    private = peer_identity.private_keys(pair.a.ctx["admin"], ours).get_by_kid("sig").as_dict(private=True)
    assert private["d"] not in ours.private_wrapped and private["d"] not in ours.public_jwks
    assert peer_keys.fingerprint(json.loads(ours.public_jwks)) == ours.fingerprint
    card = peer_identity.card(pair.a.ctx["nurse"])
    assert all("d" not in key for key in card["keys"]["keys"])                 # the card carries public keys only
    assert peer_identity.identity(pair.a.ctx["admin"]).fingerprint == peer_keys.grouped(ours.fingerprint)
    assert len(peer_identity.identity(pair.a.ctx["admin"]).fingerprint.split()) == 16
    assert peer_package.FORMAT == "cordee-exchange/1"


def _zip_entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def test_the_message_is_a_document_of_the_xdm_submission_set(pair):  # noqa: F811
    """Secure mail: one IHE_XDM.ZIP whose submission set holds the readable CDA and the message (its own format
    code and media type, size and hash); a receiver without Cordée reads a valid XDM package (the CDA, for the
    same patient); the partner's Cordée imports the alert from it."""
    if pair.container != "xdm":
        pytest.skip("the XDM container only")
    package = send(pair, "alert", raise_alert(pair), encrypt=False)
    files = _zip_entries(package)
    assert set(files) == {"INDEX.HTM", "README.TXT", "IHE_XDM/SUBSET01/METADATA.XML", "IHE_XDM/SUBSET01/DOC0001.XML",
                          "IHE_XDM/SUBSET01/CORDEE01.JWS"}
    meta = SafeXml.fromstring(files["IHE_XDM/SUBSET01/METADATA.XML"])
    rim = "{" + t.RIM + "}"
    entries = {o.get("id"): o for o in meta.iter(f"{rim}ExtrinsicObject")}
    assert set(entries) == {"Document01", "Document02"}
    message = entries["Document02"]
    assert message.get("mimeType") == "application/jose" and message.get("objectType") == t.DOCUMENT_ENTRY
    schemes = {c.get("classificationScheme"): c.get("nodeRepresentation")
               for c in message.findall(f"{rim}Classification")}
    assert schemes[t.DE_FORMAT] == t.CORDEE_FORMAT[0] and schemes[t.DE_TYPE] == "61357-0"
    fmt = next(c for c in message.findall(f"{rim}Classification") if c.get("classificationScheme") == t.DE_FORMAT)
    assert [v.text for v in fmt.iter(f"{rim}Value")] == [t.CORDEE_FORMAT[1]]
    slots = {s.get("name"): [v.text for v in s.iter(f"{rim}Value")] for s in message.findall(f"{rim}Slot")}
    body = files["IHE_XDM/SUBSET01/CORDEE01.JWS"]
    assert slots["URI"] == ["SUBSET01/CORDEE01.JWS"] and slots["size"] == [str(len(body))]
    assert slots["hash"] == [hashlib.sha1(body).hexdigest()]
    members = {a.get("targetObject") for a in meta.iter(f"{rim}Association")
               if a.get("sourceObject") == "SubmissionSet01" and a.get("associationType").endswith("HasMember")}
    assert members == {"Document01", "Document02"}
    # any XDM reader: one readable document, the PDF of the alert, for the patient named by her INS
    read = xdm_read.read(package)
    assert [d.filename for d in read.documents] == ["DOC0001.pdf"] and read.documents[0].content.startswith(b"%PDF")
    assert read.patient.ins == "241036938805496"
    assert xdm_import.preview_package(pair.b.ctx["physician"], package).patient_id == pair.pid_b
    # the partner's Cordée: the alert, into the inbox
    assert peer_package.is_peer_package(package)
    done = peer_import.apply_package(pair.b.ctx["physician"], package)
    assert (done.kind, done.patient_id, done.encrypted) == ("alert", pair.pid_b, False)


def test_the_mail_draft_has_one_package_attachment(pair):  # noqa: F811
    if pair.container != "xdm":
        pytest.skip("the XDM container only")
    aid = raise_alert(pair)
    draft = peer_send.export_package(pair.a.ctx["pharmacist"], pair.pid_a, "alert", aid, pair.partner_in_a,
                                     encrypt=False, container="eml")
    msg = email.message_from_bytes(draft, policy=policy.default)
    assert msg["Subject"] == "XDM/1.0/DDM+Intervention pharmaceutique GIRARD Odette 12/03/1941"
    parts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert set(parts) == {"IHE_XDM.ZIP", "19410312_interventions_pharmaceutiques.pdf"}    # as the ANS describes
    assert peer_import.apply_package(pair.b.ctx["physician"], parts["IHE_XDM.ZIP"]).kind == "alert"


def test_the_answer_travels_back_in_the_same_container(pair):  # noqa: F811
    done = peer_import.apply_package(pair.b.ctx["physician"], send(pair, "alert", raise_alert(pair),
                                                                   encrypt=False))
    detail = alert_flow.open_alert(pair.b.ctx["physician"], done.alert_id)
    alert_flow.refuse(pair.b.ctx["physician"], done.alert_id, detail.row.version, "Maintenu.")
    answer = send(pair, "answer", done.alert_id, encrypt=False)
    if pair.container == "xdm":
        assert xdm_read.read(answer).documents[0].title == "Réponse à une intervention pharmaceutique"
    back = peer_import.apply_package(pair.a.ctx["pharmacist"], answer)
    assert alert_flow.open_alert(pair.a.ctx["pharmacist"], back.alert_id).row.state == "refused"


def test_a_package_in_the_first_versions_layout_is_still_read(pair):  # noqa: F811
    """The standalone zip exactly as the first version wrote it (a README, then CORDEE/MESSAGE.JWE or .JWS, nothing
    else), built here by hand around a message signed with the sender's key: imported as before."""
    aid = raise_alert(pair)
    current = send(pair, "alert", aid)
    name, token = message_of(current)
    kind = name.rsplit(".", 1)[1]        # JWE (the XDM container's entry is CORDEE01.JWE: its token serves)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("CORDEE/README.TXT", "Cordée exchange package: import it in Cordée (File > Import package).\r\n")
        z.writestr(f"CORDEE/MESSAGE.{kind}", token)
    old = out.getvalue()
    assert peer_package.is_peer_package(old)
    done = peer_import.apply_package(pair.b.ctx["physician"], old)
    assert (done.kind, done.patient_id) == ("alert", pair.pid_b)
    with zipfile.ZipFile(io.BytesIO(peer_package.zipped(kind, token))) as z:   # and it is still what is written
        assert z.namelist() == ["CORDEE/README.TXT", f"CORDEE/MESSAGE.{kind}"]
