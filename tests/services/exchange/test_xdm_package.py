"""XDM packages for secure mail: the care plan and the review protocol out as IHE_XDM.ZIP (CDA R2 level 1 with the
PDF, METADATA.XML) or as a mail draft; in again into a second practice (patient by INS and traits, documents attached
in one transaction); every refusal coded, naming the entry, with nothing stored."""

from __future__ import annotations

import base64
import email
import hashlib
import io
import zipfile
from email import policy

import pytest
from defusedxml import ElementTree as SafeXml
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.coordination import CoordinationDocument, HospitalEvent
from app.models.patient import Patient
from app.models.practice import Practice
from app.models.staff import Staff
from app.services.alerts import alert_flow as alerts
from app.services.alerts.alert_input import AlertInput
from app.services.errors import CordeeError, ValidationError
from app.services.exchange import xdm_import, xdm_package, xdm_read
from app.services.exchange import xdm_terms as t
from app.services.patients import records
from tests.alert_support import warfarin_aspirin
from tests.services.alerts.test_review_check import finished_check
from tests.services.exchange.fhir_support import full_patient, second_practice
from tests.services.exchange.xdm_support import care_plan_package

RIM = "{" + t.RIM + "}"
V3 = "{" + t.V3 + "}"
META = "IHE_XDM/SUBSET01/METADATA.XML"
CDA = "IHE_XDM/SUBSET01/DOC0001.XML"


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n) for n in z.namelist()}


def rezip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


def stored_documents(practice) -> int:
    with practice.db.session() as s:
        return len(s.exec(select(CoordinationDocument)).all())


@pytest.fixture
def with_ids(practice):
    with practice.db.session() as s:
        staff = s.get(Staff, practice.staff_ids["physician"])
        staff.rpps = "10001234567"
        s.add(staff)
        s.commit()
    return practice


def test_the_package_holds_the_cda_and_its_metadata(with_ids):
    pid, data = care_plan_package(with_ids)
    files = entries(data)
    assert set(files) == {"INDEX.HTM", "README.TXT", META, CDA}
    meta = SafeXml.fromstring(files[META])
    entry = next(meta.iter(f"{RIM}ExtrinsicObject"))
    slots = {s.get("name"): [v.text for v in s.iter(f"{RIM}Value")] for s in entry.findall(f"{RIM}Slot")}
    assert slots["hash"] == [hashlib.sha1(files[CDA]).hexdigest()]
    assert slots["size"] == [str(len(files[CDA]))]
    assert slots["sourcePatientInfo"] == ["PID-5|GIRARD^Odette^^^^^L", "PID-7|19410312", "PID-8|F"]
    assert slots["URI"] == ["SUBSET01/DOC0001.XML"]
    assert {"creationTime", "languageCode", "legalAuthenticator", "serviceStartTime", "sourcePatientId"} <= set(slots)
    schemes = {c.get("classificationScheme"): c.get("nodeRepresentation") for c in entry.findall(f"{RIM}Classification")}
    assert schemes[t.DE_TYPE] == "18776-5" and schemes[t.DE_CLASS] == "44"
    assert schemes[t.DE_FORMAT] == "urn:ihe:iti:xds-sd:pdf:2008" and schemes[t.DE_CONFIDENTIALITY] == "N"
    assert schemes[t.DE_FACILITY] == "SA07" and schemes[t.DE_PRACTICE] == "AMBULATOIRE"
    ids = {e.get("identificationScheme"): e.get("value") for e in meta.iter(f"{RIM}ExternalIdentifier")}
    assert ids[t.DE_PATIENT_ID] == ids[t.SS_PATIENT_ID] == "241036938805496^^^&1.2.250.1.213.1.4.8&ISO^NH"
    assert {t.DE_UNIQUE_ID, t.SS_UNIQUE_ID, t.SS_SOURCE_ID} <= set(ids)
    author = [v.text for v in meta.iter(f"{RIM}Value") if v.text and "1.2.250.1.71.4.2.1" in v.text]
    assert author and author[0].startswith("810001234567^Physician^Test")
    cda = SafeXml.fromstring(files[CDA])
    assert [x.get("root") for x in cda.findall(f"{V3}templateId")] == list(t.TEMPLATE_IDS)
    assert cda.find(f"{V3}recordTarget/{V3}patientRole/{V3}id").get("extension") == "241036938805496"
    name = cda.find(f"{V3}recordTarget/{V3}patientRole/{V3}patient/{V3}name")
    assert name.find(f"{V3}family[@qualifier='BR']").text == "Martin"
    assert cda.find(f"{V3}recordTarget/{V3}patientRole/{V3}patient/{V3}birthplace/{V3}place/{V3}addr/"
                    f"{V3}county").text == "69388"
    assert cda.find(f"{V3}id").get("root") == ids[t.DE_UNIQUE_ID]
    pdf = base64.b64decode(cda.find(f"{V3}component/{V3}nonXMLBody/{V3}text").text)
    assert pdf.startswith(b"%PDF-")
    with with_ids.db.session() as s:
        details = [e.detail for e in s.exec(select(AuditEvent).where(AuditEvent.patient_id == pid))]
    assert any(d and d.startswith("XDM package (care-plan, zip, INS)") for d in details)


def test_the_mail_draft_carries_the_zip_and_the_pdf(practice):
    _pid, data = care_plan_package(practice, "eml")
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Subject"] == "XDM/1.0/DDM+Plan personnalisé de soins GIRARD Odette 12/03/1941"
    assert msg["X-Unsent"] == "1"
    parts = {p.get_filename(): p.get_content() for p in msg.iter_attachments()}
    assert set(parts) == {"IHE_XDM.ZIP", "19410312_plan_de_soins.pdf"}
    assert set(entries(parts["IHE_XDM.ZIP"])) >= {META, CDA}
    assert parts["19410312_plan_de_soins.pdf"].startswith(b"%PDF-")


def test_the_review_protocol_travels_too(practice):
    pid, _sid = finished_check(practice)
    with practice.db.session() as s:
        patient = s.get(Patient, pid)
        patient.ins_matricule, patient.ins_status, patient.ins_oid = "241036938805496", "QUAL", "1.2.250.1.213.1.4.8"
        patient.birth_name, patient.birth_given_names, patient.birth_place_code = "Martin", "Odette", "69388"
        patient.sex = "F"
        s.add(patient)
        s.commit()
    data = xdm_package.export_package(practice.ctx["physician"], pid, "review")
    meta = entries(data)[META].decode()
    assert 'nodeRepresentation="56445-0"' in meta and 'nodeRepresentation="10"' in meta


def test_the_alerts_with_their_answers_travel_too(practice):
    pid, _w, aspirin = warfarin_aspirin(practice)
    aid = alerts.raise_alert(practice.ctx["pharmacist"], AlertInput(
        patient_id=pid, problem_category="1.6", problem_text="Warfarine + aspirine", proposal_kind="stop",
        line_ids=[aspirin], urgency="24h"))
    doc = practice.ctx["physician"]
    alerts.refuse(doc, aid, alerts.open_alert(doc, aid).row.version, "Bithérapie voulue par le cardiologue")
    with practice.db.session() as s:
        patient = s.get(Patient, pid)
        patient.country = "CH"
        s.add(patient)
        place = s.exec(select(Practice)).first()
        place.country = "CH"
        s.add(place)
        s.commit()
    data = xdm_package.export_package(doc, pid, "alerts")
    files = entries(data)
    assert 'nodeRepresentation="61357-0"' in files[META].decode()
    pdf = base64.b64decode(SafeXml.fromstring(files[CDA]).find(f"{V3}component/{V3}nonXMLBody/{V3}text").text)
    assert pdf.startswith(b"%PDF-")


def test_without_a_qualified_ins_france_refuses_switzerland_names_the_local_id(practice):
    pid = full_patient(practice, ins_status="PROV")
    from app.services.care_plans import plans as care_plans
    from app.services.care_plans.plans import PlanInput
    care_plans.create_plan(practice.ctx["nurse"], pid, PlanInput(referent_staff_id=practice.staff_ids["nurse"]))
    with pytest.raises(ValidationError) as exc:
        xdm_package.export_package(practice.ctx["physician"], pid, "care-plan")
    assert exc.value.code == "exchange.xdm_needs_ins"
    with practice.db.session() as s:
        p = s.exec(select(Practice)).first()
        p.country = "CH"
        s.add(p)
        s.commit()
    data = xdm_package.export_package(practice.ctx["physician"], pid, "care-plan", "eml")
    msg = email.message_from_bytes(data, policy=policy.default)
    assert msg["Subject"] == "Plan personnalisé de soins"
    zipped = next(p.get_content() for p in msg.iter_attachments() if p.get_filename() == "IHE_XDM.ZIP")
    assert f"{pid}^^^&amp;2.25." in entries(zipped)[META].decode()


def test_round_trip_into_a_second_practice(practice, tmp_path):
    _pid, data = care_plan_package(practice)
    other = second_practice(tmp_path)
    target = full_patient(other)
    doctor = other.ctx["physician"]
    preview = xdm_import.preview_package(doctor, data)
    assert (preview.patient_id, preview.matched_by) == (target, "ins")
    assert preview.documents[0][:3] == ("Plan personnalisé de soins", "DOC0001.pdf", "application/pdf")
    assert stored_documents(other) == 0
    done = xdm_import.apply_package(doctor, data)
    assert len(done.document_ids) == 1
    with other.db.session() as s:
        doc = s.get(CoordinationDocument, done.document_ids[0])
        assert (doc.patient_id, doc.media_type, doc.title) == (target, "application/pdf", "Plan personnalisé de soins")
        cda = entries(data)[CDA]
        pdf = base64.b64decode(SafeXml.fromstring(cda).find(f"{V3}component/{V3}nonXMLBody/{V3}text").text)
        assert doc.content == pdf and doc.sha256 == hashlib.sha256(pdf).hexdigest()
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "patient.import",
                                               AuditEvent.patient_id == target)).first() is not None


def test_without_an_ins_the_name_and_birth_date_find_the_patient(practice, tmp_path):
    _pid, data = care_plan_package(practice)
    files = entries(data)
    files[META] = files[META].replace(b"^^^&amp;1.2.250.1.213.1.4.8&amp;ISO^NH", b"^^^&amp;1.2.3.4&amp;ISO^PI")
    other = second_practice(tmp_path)
    target = full_patient(other, ins_status="PROV")
    preview = xdm_import.preview_package(other.ctx["physician"], rezip(files))
    assert (preview.patient_id, preview.matched_by) == (target, "name_birth_date")


def refusal(practice, data: bytes) -> CordeeError:
    before = stored_documents(practice)
    with pytest.raises(CordeeError) as exc:
        xdm_import.apply_package(practice.ctx["physician"], data)
    assert stored_documents(practice) == before
    return exc.value


def test_refusals_are_coded_name_the_entry_and_store_nothing(practice, tmp_path):
    _pid, data = care_plan_package(practice)
    files = entries(data)
    other = second_practice(tmp_path)
    full_patient(other)
    assert refusal(other, b"not a zip at all").code == "exchange.xdm_not_zip"
    assert refusal(other, b"PK\x03\x04broken").code == "exchange.xdm_not_zip"
    slip = refusal(other, rezip({**files, "../evil.txt": b"x"}))
    assert (slip.code, slip.params["entry"]) == ("exchange.xdm_bad_path", "../evil.txt")
    assert refusal(other, rezip({**files, "/etc/passwd": b"x"})).code == "exchange.xdm_bad_path"
    bomb = refusal(other, rezip({**files, "IHE_XDM/SUBSET01/BIG.XML": b"\0" * (xdm_read.MAX_ENTRY_BYTES + 1)}))
    assert (bomb.code, bomb.params["entry"]) == ("exchange.xdm_entry_too_large", "IHE_XDM/SUBSET01/BIG.XML")
    ratio = refusal(other, rezip({**files, "IHE_XDM/SUBSET01/Z.XML": b"\0" * (3 * 1024 * 1024)}))
    assert ratio.code == "exchange.xdm_entry_too_large"
    many = refusal(other, rezip({**files, **{f"X/{i}.TXT": b"x" for i in range(xdm_read.MAX_ENTRIES)}}))
    assert many.code == "exchange.xdm_too_many"
    with pytest.raises(CordeeError) as big:
        xdm_read.read(b"PK" + b"\0" * xdm_read.MAX_ZIP_BYTES)
    assert big.value.code == "exchange.xdm_too_large"
    missing = refusal(other, rezip({k: v for k, v in files.items() if k != META}))
    assert missing.code == "exchange.xdm_no_metadata"
    bad = refusal(other, rezip({**files, META: b"<lcm:SubmitObjectsRequest"}))
    assert (bad.code, bad.params["entry"]) == ("exchange.xdm_bad_xml", META)
    bomb_xml = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><x>&b;</x>'
    assert refusal(other, rezip({**files, META: bomb_xml})).code == "exchange.xdm_bad_xml"
    tampered = refusal(other, rezip({**files, CDA: files[CDA].replace(b"Plan personnalis", b"Plan PERSONNALIS")}))
    assert (tampered.code, tampered.params["entry"]) == ("exchange.xdm_hash_mismatch", CDA)
    gone = refusal(other, rezip({k: v for k, v in files.items() if k != CDA}))
    assert gone.code == "exchange.xdm_missing_document"


def test_an_unknown_patient_or_disagreeing_traits_are_refused(practice, tmp_path):
    _pid, data = care_plan_package(practice)
    other = second_practice(tmp_path)
    assert refusal(other, data).code == "exchange.xdm_unknown_patient"
    target = full_patient(other)
    row = records.open_patient(other.ctx["physician"], target)
    records.update_patient(other.ctx["physician"], target, row.version,
                           records.with_changes(row, birth_date="1941-03-13"))
    assert refusal(other, data).code == "exchange.xdm_identity_mismatch"


def test_a_hospital_letter_becomes_a_discharge_that_starts_the_reconciliation(practice, tmp_path):
    _pid, data = care_plan_package(practice)
    files = entries(data)
    files[META] = files[META].replace(b'nodeRepresentation="18776-5"', b'nodeRepresentation="11490-0"')
    other = second_practice(tmp_path)
    target = full_patient(other)
    doctor = other.ctx["physician"]
    assert xdm_import.preview_package(doctor, rezip(files)).hospital_letters == 1
    done = xdm_import.apply_package(doctor, rezip(files))
    with other.db.session() as s:
        event = s.get(HospitalEvent, done.event_ids[0])
        assert (event.patient_id, event.kind, event.source, event.facility) == (
            target, "discharge", "hospital", "MSP des Tilleuls")
        assert event.task_id is not None
        assert s.get(CoordinationDocument, done.document_ids[0]).event_id == event.id


def test_the_preview_names_the_submission_set_its_author_and_each_document(with_ids, tmp_path):
    _pid, data = care_plan_package(with_ids)
    other = second_practice(tmp_path)
    target = full_patient(other)
    preview = xdm_import.preview_package(other.ctx["physician"], data)
    s = preview.submission
    assert (s.title, s.author, s.institution) == ("Plan personnalisé de soins", "Test Physician", "MSP des Tilleuls")
    assert s.submitted is not None and s.source_id.startswith("2.25.")
    r = preview.received
    assert (r.ins, r.family_name, r.given_name, str(r.birth_date), r.sex) == (
        "241036938805496", "GIRARD", "Odette", "1941-03-12", "F")
    row, = preview.rows
    assert (row.title, row.type_code, row.type_name, row.author, row.institution, row.hospital_letter) == (
        "Plan personnalisé de soins", "18776-5", "Plan personnalisé de soins", "Test Physician", "MSP des Tilleuls",
        False)
    assert row.day is not None and row.size > 1000 and str(preview.patient_birth_date) == "1941-03-12"
    # refused after looking at it: nothing attached, the refusal audited on the patient
    assert xdm_import.refuse_package(other.ctx["physician"], data).patient_id == target
    assert stored_documents(other) == 0
    with other.db.session() as s:
        assert s.exec(select(AuditEvent).where(AuditEvent.action == "patient.import_refused",
                                               AuditEvent.patient_id == target)).first() is not None
