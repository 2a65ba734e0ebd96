"""Every refusal of a Cordée to Cordée package, in both containers (the standalone zip, and the message inside an
IHE XDM package): one coded error with its sentence, and nothing stored."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from joserfc.jwk import KeySet

from app.services.alerts import alert_flow
from app.services.errors import CordeeError, ValidationError
from app.services.exchange import peer_identity, peer_import, peer_keys, peer_package, peer_send
from tests.services.exchange.peer_support import (  # noqa: F401  (fixture)
    add_card,
    counts,
    message_of,
    pair,
    raise_alert,
    sealed,
    send,
    with_message,
)
from tests.support import in_english


def _refused(pair, data: bytes, code: str, who: str = "physician") -> CordeeError:  # noqa: F811
    before = counts(pair.b)
    with pytest.raises(CordeeError) as caught:
        peer_import.preview_package(pair.b.ctx[who], data)
    assert caught.value.code == code
    with pytest.raises(CordeeError) as caught:
        peer_import.apply_package(pair.b.ctx[who], data)
    assert caught.value.code == code
    assert counts(pair.b) == before                      # nothing stored
    text = in_english(caught.value)
    assert text and "exchange." not in text             # a sentence, not a code
    return caught.value


def _alert_package(pair, **options) -> bytes:  # noqa: F811
    return send(pair, "alert", raise_alert(pair), **options)


def _rezip(package: bytes, change) -> bytes:
    """The package with its message replaced by ``change(text)`` (the container itself intact; in an XDM package
    the metadata's hash and size recomputed, as a deliberate alteration would)."""
    return with_message(package, change(message_of(package)[1]))


def _flip(text: str, at: int) -> str:
    return text[:at] + ("A" if text[at] != "A" else "B") + text[at + 1:]


def _stranger_card() -> tuple[bytes, KeySet, str]:
    private = peer_keys.new_private_set()
    public = peer_keys.public_set(private)
    ident = str(uuid.uuid4())
    card = {"format": peer_identity.CARD_FORMAT, "practice_name": "Pharmacie inconnue", "identity_id": ident,
            "keys": public, "fingerprint": peer_keys.fingerprint(public), "created": "2026-01-01T00:00:00+00:00"}
    return json.dumps(card).encode(), KeySet.import_key_set(private), ident


def test_tampered_ciphertext_and_signature(pair):  # noqa: F811
    package = _alert_package(pair)
    _refused(pair, _rezip(package, lambda t: _flip(t, len(t) - 30)), "exchange.peer_tampered")   # tag / ciphertext
    signed = _alert_package(pair, encrypt=False)

    def payload_changed(t: str) -> str:
        head, body, sig = t.split(".")
        return ".".join((head, _flip(body, 40), sig))
    _refused(pair, _rezip(signed, payload_changed), "exchange.peer_tampered")


def test_tampered_xdm_container(pair):  # noqa: F811
    """In an XDM package, a message changed without its metadata is refused by the XDM checks (size and hash);
    the readable CDA changed is refused too: the whole package is checked, not only the message."""
    if pair.container != "xdm":
        pytest.skip("the XDM container only")
    package = _alert_package(pair, encrypt=False)
    name, text = message_of(package)
    err = _refused(pair, with_message(package, _flip(text, 50), fix_metadata=False), "exchange.xdm_hash_mismatch")
    assert err.params["entry"] == name
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    entries["IHE_XDM/SUBSET01/DOC0001.XML"] = entries["IHE_XDM/SUBSET01/DOC0001.XML"].replace(b"Girard", b"Gerard")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for n, data in entries.items():
            z.writestr(n, data)
    _refused(pair, out.getvalue(), "exchange.xdm_hash_mismatch")
    # an XDM package with no Cordée message is no Cordée package (the command line hands it to the XDM import)
    from app.services.exchange import xdm_package

    plain = xdm_package.export_package(pair.a.ctx["pharmacist"], pair.pid_a, "alerts")
    assert not peer_package.is_peer_package(plain) and peer_package.is_peer_package(package)
    _refused(pair, plain, "exchange.peer_no_message")


def test_package_for_another_installation(pair):  # noqa: F811
    card, _keys, _ident = _stranger_card()
    other = peer_identity.add_partner(pair.a.ctx["admin"], card, peer_identity.parse_card(card)["fingerprint"])
    aid = raise_alert(pair)
    for encrypt in (True, False):
        package = send(pair, "alert", aid, partner=other, encrypt=encrypt)
        _refused(pair, package, "exchange.peer_not_for_us")


def test_unknown_sender(pair):  # noqa: F811
    _card, keys, ident = _stranger_card()
    b_card = json.loads(peer_identity.card_json(pair.b.ctx["admin"]))
    template = _alert_package(pair)
    message = peer_package.envelope("alert", ident, b_card["identity_id"], {"family_name": "Girard"}, {"id": 1})
    _refused(pair, sealed(pair, template, message, keys, b_card), "exchange.peer_unknown_sender")


def test_revoked_sender(pair):  # noqa: F811
    package = _alert_package(pair)
    partner = next(p for p in peer_identity.partners(pair.b.ctx["admin"]) if p.id == pair.partner_in_b)
    peer_identity.revoke_partner(pair.b.ctx["admin"], partner.id, partner.version)
    _refused(pair, package, "exchange.peer_revoked_sender")
    with pytest.raises(ValidationError) as caught:        # and nothing can be sent to it either
        send(pair, "alert", _b_alert(pair), ctx=pair.b.ctx["physician"], pid=pair.pid_b, partner=partner.id)
    assert caught.value.code == "exchange.peer_partner_revoked"


def _b_alert(pair) -> int:  # noqa: F811
    from app.services.alerts.alert_input import AlertInput
    from app.services.medications import medication_list as medications

    aspirin = next(r.id for r in medications.list_current(pair.b.ctx["physician"], pair.pid_b)
                   if r.data.atc == "B01AC06")
    return alert_flow.raise_alert(pair.b.ctx["pharmacist"], AlertInput(
        patient_id=pair.pid_b, problem_category="1.6", problem_text="Warfarine + aspirine", proposal_kind="stop",
        line_ids=[aspirin], urgency="24h"))


def test_replayed(pair):  # noqa: F811
    package = _alert_package(pair)
    peer_import.apply_package(pair.b.ctx["physician"], package)
    err = _refused(pair, package, "exchange.peer_replayed")
    assert err.params["day"]


def test_expired(pair):  # noqa: F811
    package = send(pair, "alert", raise_alert(pair), now=datetime.now(UTC) - timedelta(days=31))
    _refused(pair, package, "exchange.peer_expired")


@pytest.mark.parametrize(("data", "code"), [
    (b"", "exchange.peer_empty"),
    (b"%PDF-1.7 not a package", "exchange.peer_not_zip"),
    (b"PK\x03\x04 truncated", "exchange.peer_damaged"),
])
def test_malformed_files(pair, data, code):  # noqa: F811
    _refused(pair, data, code)


def test_zip_without_message_and_bad_token(pair):  # noqa: F811
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("IHE_XDM/SUBSET01/METADATA.XML", "<x/>")
    _refused(pair, out.getvalue(), "exchange.peer_no_message")
    package = _alert_package(pair)
    _refused(pair, _rezip(package, lambda t: "not.a.token"), "exchange.peer_damaged")
    _refused(pair, _rezip(package, lambda t: "é"), "exchange.peer_damaged")


def test_unknown_patient(pair):  # noqa: F811
    from app.services.patients import records as patients

    package = _alert_package(pair)
    row = patients.open_patient(pair.b.ctx["physician"], pair.pid_b)
    patients.update_patient(pair.b.ctx["physician"], pair.pid_b, row.version, patients.PatientInput(
        **{**row.data.__dict__, "family_name": "Autre", "ins_matricule": None, "ins_status": None,
           "ins_oid": None}))
    _refused(pair, package, "exchange.xdm_unknown_patient")


def test_identity_traits_disagreeing_with_the_ins(pair):  # noqa: F811
    if pair.container != "xdm":
        pytest.skip("the patient has an INS in the XDM container")
    from app.services.patients import records as patients

    package = _alert_package(pair)
    row = patients.open_patient(pair.b.ctx["physician"], pair.pid_b)
    patients.update_patient(pair.b.ctx["physician"], pair.pid_b, row.version,
                            patients.PatientInput(**{**row.data.__dict__, "birth_date": "1941-03-13"}))
    _refused(pair, package, "exchange.xdm_identity_mismatch")


def test_answer_refusals(pair):  # noqa: F811
    done = peer_import.apply_package(pair.b.ctx["physician"], _alert_package(pair))
    detail = alert_flow.open_alert(pair.b.ctx["physician"], done.alert_id)
    with pytest.raises(ValidationError) as caught:
        send(pair, "answer", done.alert_id)
    assert caught.value.code == "exchange.peer_not_answered"
    alert_flow.refuse(pair.b.ctx["physician"], done.alert_id, detail.row.version, "Indication validée.")
    answer = send(pair, "answer", done.alert_id)
    a_counts = counts(pair.a)
    peer_import.apply_package(pair.a.ctx["pharmacist"], answer)
    assert counts(pair.a) != a_counts
    # the same answer again: a replay; a second package of it: the alert is closed already; nothing stored
    again = send(pair, "answer", done.alert_id)
    for data, code in ((answer, "exchange.peer_replayed"), (again, "exchange.peer_already_answered")):
        before = counts(pair.a)
        with pytest.raises(CordeeError) as caught:
            peer_import.apply_package(pair.a.ctx["pharmacist"], data)
        assert caught.value.code == code and counts(pair.a) == before
    # an answer to an alert the pharmacy never sent to this partner
    forged = _b_signed(pair, answer, "answer", {"alert_id": raise_alert(pair), "local_alert_id": done.alert_id,
                                         "answer_code": "refuse", "state": "refused", "text": "Non.",
                                         "answered_by": "X", "answered_at": "2026-01-01T00:00:00+00:00"})
    before = counts(pair.a)
    with pytest.raises(CordeeError) as caught:
        peer_import.apply_package(pair.a.ctx["pharmacist"], forged)
    assert caught.value.code == "exchange.peer_unknown_alert" and counts(pair.a) == before


def _b_signed(pair, template: bytes, kind: str, body: dict) -> bytes:  # noqa: F811
    """A package signed by the medical practice with any body (its own key: a genuine signature)."""
    from sqlmodel import select

    from app.models.exchange_peer import ExchangeIdentity

    with pair.b.db.session() as s:
        ours = s.exec(select(ExchangeIdentity)).one()
    a_card = json.loads(peer_identity.card_json(pair.a.ctx["admin"]))
    traits = peer_send.patient_traits(pair.b.ctx["physician"], pair.pid_b)
    message = peer_package.envelope(kind, ours.identity_id, a_card["identity_id"], traits, body)
    return sealed(pair, template, message, peer_identity.private_keys(pair.b.ctx["admin"], ours), a_card)


def test_cards(pair):  # noqa: F811
    card = peer_identity.card_json(pair.b.ctx["admin"])
    for bad, code in ((b"{}", "exchange.peer_bad_card"), (b"\xff", "exchange.peer_bad_card"),
                      (card.replace(b'"fingerprint": "', b'"fingerprint": "00'), "exchange.peer_card_fingerprint")):
        with pytest.raises(ValidationError) as caught:
            peer_identity.preview_card(pair.a.ctx["admin"], bad)
        assert caught.value.code == code
    with pytest.raises(ValidationError) as caught:
        peer_identity.add_partner(pair.a.ctx["admin"], card, "0000 1111")
    assert caught.value.code == "exchange.peer_fingerprint_mismatch"
    with pytest.raises(ValidationError) as caught:
        add_card(pair.a, pair.b)
    assert caught.value.code == "exchange.peer_partner_exists"
    own = peer_identity.card_json(pair.a.ctx["admin"])
    with pytest.raises(ValidationError) as caught:
        peer_identity.add_partner(pair.a.ctx["admin"], own, json.loads(own)["fingerprint"])
    assert caught.value.code == "exchange.peer_own_card"
    assert peer_identity.preview_card(pair.a.ctx["admin"], card).known_as == "active"
