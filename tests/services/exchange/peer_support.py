"""Two practice databases that know each other's exchange card: a pharmacy (``a``) whose pharmacist raises alerts
and a medical practice (``b``) whose physician answers them; the same patient, with the same list, in both.

The fixture ``pair`` runs each test twice, once per container (``Pair.container``): ``cordee``, the standalone zip
(the patient named by name and birth date), and ``xdm``, the message inside an IHE_XDM.ZIP beside the readable CDA
(the patient with a qualified INS, as an XDM package for MSSanté needs). ``send`` exports in the pair's container;
``message_of`` and ``with_message`` read and replace the message in either container (``with_message`` fixes the
XDM metadata's hash and size, as someone altering the package on purpose would)."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from dataclasses import dataclass

import pytest
from sqlmodel import select

from app.models.alert import Alert, AlertMessage
from app.models.audit import AuditEvent
from app.models.exchange_peer import ExchangeAlertLink, ExchangePartner, ExchangeReceipt
from app.services.alerts import alert_flow
from app.services.alerts.alert_input import AlertInput
from app.services.exchange import peer_identity, peer_package, peer_send
from app.services.patients import records as patients
from app.services.storage.database import create_encrypted
from tests.alert_support import add_line, warfarin_aspirin
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice


@dataclass
class Pair:
    a: object
    b: object
    pid_a: int
    pid_b: int
    partner_in_a: int      # b, as a partner of a
    partner_in_b: int      # a, as a partner of b
    aspirin_a: int
    container: str = "cordee"


def add_card(into, of) -> int:
    """``of``'s card added as a partner of ``into`` (fingerprint compared)."""
    card = peer_identity.card_json(of.ctx["admin"])
    return peer_identity.add_partner(into.ctx["admin"], card, json.loads(card)["fingerprint"])


CONTAINERS = ("cordee", "xdm")
SUBSET = "IHE_XDM/SUBSET01/"


def qualified_warfarin_aspirin(practice) -> tuple[int, int, int]:
    """The patient of ``warfarin_aspirin`` with a qualified INS and her five identity traits."""
    pid = patients.create_patient(practice.ctx["physician"], patients.PatientInput(
        family_name="Girard", given_names="Odette Marie", birth_name="Martin", birth_date="1941-03-12", sex="F",
        gp_staff_id=practice.staff_ids["physician"], ins_matricule="241036938805496", ins_status="QUAL",
        ins_oid="1.2.250.1.213.1.4.8", birth_given_names="Odette Marie", birth_place_code="69388"))
    w = add_line(practice, pid, "B01AA03", "warfarine", ("", "", "1", ""), 5, strength="5 mg",
                 product_name="Coumadine 5 mg", indication="Fibrillation auriculaire")
    a = add_line(practice, pid, "B01AC06", "acide acétylsalicylique", ("1", "", "", ""), 75, strength="75 mg",
                 product_name="Kardégic 75 mg", indication="Prévention secondaire")
    return pid, w, a


def make_pair(practice, tmp_path, container: str):
    """The two practices (``b`` opened on a second file in ``tmp_path``); returns (pair, b's database)."""
    db, recovery = create_encrypted(tmp_path / "other.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    other = build_practice(db, tmp_path / "other.db", recovery)
    patient = qualified_warfarin_aspirin if container == "xdm" else warfarin_aspirin
    pid_a, _w, aspirin_a = patient(practice)
    pid_b, _w, _asp = patient(other)
    return Pair(practice, other, pid_a, pid_b, add_card(practice, other), add_card(other, practice), aspirin_a,
                container), db


@pytest.fixture(params=CONTAINERS)
def pair(practice, tmp_path, request):
    made, db = make_pair(practice, tmp_path, request.param)
    yield made
    db.close()


def send(pair: Pair, what: str, alert_id: int, *, ctx=None, pid: int | None = None, partner: int | None = None,
         **options) -> bytes:
    """The package of an alert (from ``a``'s pharmacist to ``b``, unless ``ctx``, ``pid`` and ``partner`` say
    otherwise) or of an answer, in the pair's container."""
    if what == "alert":
        ctx, pid = ctx or pair.a.ctx["pharmacist"], pid or pair.pid_a
        partner = partner or pair.partner_in_a
    else:
        ctx, pid = ctx or pair.b.ctx["physician"], pid or pair.pid_b
    return peer_send.export_package(ctx, pid, what, alert_id, partner, container=pair.container, **options)


def _entries(package: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries.items():
            z.writestr(name, data)
    return out.getvalue()


def message_of(package: bytes) -> tuple[str, str]:
    """(entry name, text) of the message a package carries, in either container."""
    found = {n: d for n, d in _entries(package).items() if n.startswith("CORDEE/MESSAGE") or
             (n.startswith(SUBSET + "CORDEE01."))}
    (name, data), = found.items()
    return name, data.decode("latin-1")


def with_message(package: bytes, text: str | bytes, *, kind: str | None = None, fix_metadata: bool = True) -> bytes:
    """The package with its message replaced by ``text`` (as a "JWS" or "JWE" entry when ``kind`` says so), the
    container otherwise intact; in an XDM package the metadata's hash and size follow unless ``fix_metadata`` is
    False."""
    data = text.encode("latin-1") if isinstance(text, str) else text
    entries = _entries(package)
    name, old = message_of(package)
    del entries[name]
    if name.startswith("CORDEE/"):
        entries[f"CORDEE/MESSAGE.{kind}" if kind else name] = data
        return _zip(entries)
    new_name = f"{SUBSET}CORDEE01.{kind}" if kind else name
    entries[new_name] = data
    meta = entries[SUBSET + "METADATA.XML"].decode("utf-8")
    if fix_metadata:
        old_bytes = old.encode("latin-1")
        meta = meta.replace(hashlib.sha1(old_bytes).hexdigest(), hashlib.sha1(data).hexdigest())
        at = meta.index('id="Document02"')
        tail = re.sub(r'(<rim:Slot name="size"><rim:ValueList><rim:Value>)\d+', lambda m: m[1] + str(len(data)),
                      meta[at:], count=1)
        meta = meta[:at] + tail
    meta = meta.replace("SUBSET01/" + name.rsplit("/", 1)[1], "SUBSET01/" + new_name.rsplit("/", 1)[1])
    entries[SUBSET + "METADATA.XML"] = meta.encode("utf-8")
    return _zip(entries)


def sealed(pair: Pair, template: bytes, message: dict, keys, recipient_card: dict | None) -> bytes:
    """``message`` signed with ``keys`` (and encrypted to the card's keys when given), in the pair's container:
    for the XDM container, in place of the message of ``template`` (any package of the pair in that container)."""
    kind, token = peer_package.sign(message, keys, recipient_card["keys"] if recipient_card else None,
                                    message["recipient"])
    if pair.container == "cordee":
        return peer_package.zipped(kind, token)
    return with_message(template, token, kind=kind)


def raise_alert(pair: Pair) -> int:
    """The pharmacy's alert (its pharmacist): stop aspirin (warfarin + aspirin)."""
    return alert_flow.raise_alert(pair.a.ctx["pharmacist"], AlertInput(
        patient_id=pair.pid_a, problem_category="1.6", problem_text="Warfarine + aspirine : risque hémorragique",
        proposal_kind="stop", line_ids=[pair.aspirin_a], urgency="24h"))


def counts(fx) -> dict[str, int]:
    """How many rows each table touched by an import holds (to show that a refusal stored nothing)."""
    with fx.db.session() as s:
        return {m.__name__: len(s.exec(select(m)).all()) for m in (Alert, AlertMessage, ExchangeReceipt,
                                                                    ExchangeAlertLink, ExchangePartner, AuditEvent)}
