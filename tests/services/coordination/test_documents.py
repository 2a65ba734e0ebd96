"""Documents: stored inside the encrypted database (no plaintext on disk), size limit, type check, links,
opening (audited) and the explicit copy."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.coordination import CoordinationDocument
from app.services.coordination import documents, hospital_events
from app.services.coordination.hospital_events import EventInput
from app.services.errors import AccessDenied, ValidationError
from tests.services.coordination.test_hospital_events import add_patient
from tests.support import in_english

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF SECRET-LETTER-MARKER"


def test_pdf_is_stored_encrypted_and_opened(practice):
    pid = add_patient(practice)
    eid = hospital_events.record_event(practice.ctx["nurse"], pid, EventInput(
        kind="discharge", event_date=date(2026, 6, 1), facility="CHU"), today=date(2026, 6, 2))
    did = documents.add_document(practice.ctx["medical_assistant"], pid, title="Lettre de sortie",
                                 filename="/home/x/lettre.pdf", content=PDF, event_id=eid)
    [row] = documents.list_documents(practice.ctx["nurse"], pid, event_id=eid)
    assert (row.filename, row.media_type, row.size) == ("lettre.pdf", "application/pdf", len(PDF))
    assert documents.open_document(practice.ctx["physician"], did).content == PDF
    assert hospital_events.patient_events(practice.ctx["nurse"], pid)[0].documents == 1
    practice.db.close()
    assert b"SECRET-LETTER-MARKER" not in practice.path.read_bytes()
    for extra in practice.path.parent.iterdir():
        assert b"SECRET-LETTER-MARKER" not in extra.read_bytes()


def test_open_is_audited_and_copy_only_on_request(practice, tmp_path):
    pid = add_patient(practice)
    did = documents.add_document(practice.ctx["nurse"], pid, title="Résultats", filename="bio.txt",
                                 content=b"Hb 11,2 g/dl")
    out = documents.export_copy(practice.ctx["physician"], did, tmp_path / "copie.txt")
    assert out.read_bytes() == b"Hb 11,2 g/dl" and (out.stat().st_mode & 0o077) == 0
    with practice.db.session() as s:
        actions = [a.action for a in s.exec(select(AuditEvent))]
    assert "document.open" in actions and "document.export" in actions
    with pytest.raises(AccessDenied):
        documents.export_copy(practice.ctx["medical_assistant"], did, tmp_path / "x.txt")
    with pytest.raises(ValidationError) as err:
        documents.export_copy(practice.ctx["physician"], did, tmp_path / "missing" / "x.txt")
    assert (err.value.field, err.value.code) == ("target", "coordination.no_folder")


@pytest.mark.parametrize("kwargs,field,code", [
    ({"content": b""}, "content", "coordination.document_empty"),
    ({"content": b"\x00\x01\x02binary"}, "content", "coordination.document_type"),
    ({"content": b"%PDF-" + b"0" * (documents.MAX_BYTES)}, "content", "coordination.document_too_large"),
    ({"title": ""}, "title", "required"), ({"title": "x" * 201}, "title", "too_long"),
    ({"filename": ""}, "filename", "required"), ({"event_id": 999}, "event_id", "coordination.not_patient_event"),
    ({"referral_id": 999}, "referral_id", "coordination.not_patient_referral")])
def test_bad_input_names_the_field_and_stores_nothing(practice, kwargs, field, code):
    pid = add_patient(practice)
    values = dict(title="Lettre", filename="l.pdf", content=PDF)
    values.update(kwargs)
    with pytest.raises(ValidationError) as err:
        documents.add_document(practice.ctx["nurse"], pid, **values)
    assert (err.value.field, err.value.code) == (field, code)
    with practice.db.session() as s:
        assert s.exec(select(CoordinationDocument.id)).all() == []


def test_size_message_is_clear(practice):
    pid = add_patient(practice)
    with pytest.raises(ValidationError) as err:
        documents.add_document(practice.ctx["nurse"], pid, title="t", filename="f.pdf",
                               content=b"%PDF-" + b"0" * (25 * 1024 * 1024))
    assert (err.value.field, err.value.code, err.value.params) == ("content", "coordination.document_too_large",
                                                                 {"size_mb": 25.0, "max_mb": 20})
    assert in_english(err.value) == "File content: is too large (25 MB; at most 20 MB per document)"


def test_document_of_another_patients_event_is_refused(practice):
    a, b = add_patient(practice), add_patient(practice, family="Autre")
    eid = hospital_events.record_event(practice.ctx["nurse"], a, EventInput(event_date=date(2026, 6, 1),
                                                                            facility="CHU"), today=date(2026, 6, 1))
    with pytest.raises(ValidationError) as err:
        documents.add_document(practice.ctx["nurse"], b, title="t", filename="f.pdf", content=PDF, event_id=eid)
    assert err.value.field == "event_id"
