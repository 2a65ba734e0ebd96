"""When the patient has objected to sharing: a new document is restricted to its author and the médecin traitant
unless a restriction is chosen, and no copy is exported (coded refusal)."""

from __future__ import annotations

import pytest

from app.services.coordination import documents
from app.services.errors import AccessDenied, CordeeError
from app.services.patients import records as patients
from app.services.patients import sharing
from app.services.patients.records import SharingRecord
from tests.services.coordination.test_hospital_events import add_patient


def _objected(practice) -> int:
    pid = add_patient(practice)
    doc = practice.ctx["physician"]
    sharing.record_sharing(doc, pid, patients.open_patient(doc, pid).version,
                           SharingRecord("01.12.2026", None, "scope", "pas à la kinésithérapeute"))
    return pid


def test_a_new_document_is_restricted_to_the_author_and_the_gp(practice, tmp_path):
    pid = _objected(practice)
    nurse = practice.ctx["nurse"]
    assert documents.default_restriction(nurse, pid) == tuple(sorted(
        (practice.staff_ids["nurse"], practice.staff_ids["physician"])))
    did = documents.add_document(nurse, pid, title="Pansement", filename="note.txt", content=b"plaie propre")
    [row] = documents.list_documents(nurse, pid)
    assert set(row.restricted_staff) == {practice.staff_ids["nurse"], practice.staff_ids["physician"]}
    assert documents.open_document(practice.ctx["physician"], did).content == b"plaie propre"
    with pytest.raises(AccessDenied):
        documents.open_document(practice.ctx["medical_assistant"], did)


def test_a_chosen_restriction_is_kept(practice):
    pid = _objected(practice)
    did = documents.add_document(practice.ctx["nurse"], pid, title="x", filename="x.txt", content=b"x",
                                 restricted_roles=["pharmacist"])
    row = documents.open_document(practice.ctx["pharmacist"], did).row
    assert (row.restricted_staff, row.restricted_roles) == ((), ("pharmacist",))


def test_without_objection_nothing_changes(practice):
    pid = add_patient(practice)
    assert documents.default_restriction(practice.ctx["nurse"], pid) == ()
    documents.add_document(practice.ctx["nurse"], pid, title="x", filename="x.txt", content=b"x")
    [row] = documents.list_documents(practice.ctx["medical_assistant"], pid)
    assert not row.withheld and row.restricted_staff == ()


def test_no_copy_is_exported(practice, tmp_path):
    pid = _objected(practice)
    did = documents.add_document(practice.ctx["physician"], pid, title="x", filename="x.txt", content=b"x")
    with pytest.raises(CordeeError) as err:
        documents.export_copy(practice.ctx["physician"], did, tmp_path / "x.txt")
    assert err.value.code == "patients.sharing_objection" and not (tmp_path / "x.txt").exists()
