"""The eMediplan of a French patient carries the INS (CHMED16A private fields) only when it is exportable."""

from __future__ import annotations

import pytest

from app.services.medications import emediplan, plan_pdf
from app.services.patients import records as patients
from app.services.patients.records import PatientInput

QUALIFIED = dict(family_name="Dupont", given_names="Hélène", birth_name="Martin", birth_given_names="Hélène Marie",
                 birth_date="15.03.1948", sex="F", birth_place_code="75056", ins_matricule="248037512345658",
                 ins_oid="1.2.250.1.213.1.4.8", ins_status="QUAL")


def _patient_fields(practice, **changes) -> list[dict] | None:
    ctx = practice.ctx["physician"]
    pid = patients.create_patient(ctx, PatientInput(**{**QUALIFIED, **changes}))
    obj = emediplan.decode(plan_pdf.load_plan(ctx, pid).payload)
    return obj["Patient"].get("PFields")


def test_a_qualified_ins_travels_with_its_oid(practice):
    assert _patient_fields(practice) == [{"Nm": "INS", "Val": "248037512345658"},
                                         {"Nm": "INSOID", "Val": "1.2.250.1.213.1.4.8"}]


@pytest.mark.parametrize("changes", [{"ins_status": "VALI"}, {"ins_status": "PROV", "identity_fictitious": True},
                                     {"ins_status": "RECUP"}])
def test_no_ins_unless_exportable(practice, changes):
    assert _patient_fields(practice, **changes) is None
