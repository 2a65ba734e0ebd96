"""Identity vigilance (RNIV): the identity attributes hold the status at PROV, a qualified identity needs its OID and
five traits, and only a qualified identity without doubt leaves the practice (``exportable_ins``)."""

from __future__ import annotations

from datetime import date

import pytest

from app.models.patient import InsOid
from app.services.errors import ValidationError
from app.services.patients import identity
from app.services.patients import records as patients
from app.services.patients.records import PatientInput

INS = "248037512345658"
QUALIFIED = dict(family_name="Dupont", given_names="Hélène", birth_name="Martin", birth_given_names="Hélène Marie",
                 birth_date="15.03.1948", sex="F", birth_place_code="75056", ins_matricule=INS,
                 ins_oid=InsOid.NIR.value, ins_status="QUAL")


def _new(ctx, **kw):
    return patients.create_patient(ctx, PatientInput(**{**QUALIFIED, **kw}))


def test_oids_of_the_ins_authorities():
    assert InsOid.NIR == "1.2.250.1.213.1.4.8" and InsOid.NIA == "1.2.250.1.213.1.4.9"
    assert InsOid.TEST_NIR == "1.2.250.1.213.1.4.10" and InsOid.TEST_NIA == "1.2.250.1.213.1.4.11"
    assert identity.OIDS == tuple(o.value for o in InsOid)


def test_a_qualified_identity_is_stored_with_its_traits(practice):
    ctx = practice.ctx["physician"]
    pid = _new(ctx, birth_place_code="2a004")
    d = patients.open_patient(ctx, pid).data
    assert (d.ins_status, d.ins_oid, d.birth_place_code, d.birth_given_names) == (
        "QUAL", InsOid.NIR, "2A004", "Hélène Marie")


@pytest.mark.parametrize("flag,code", [("identity_doubtful", "patients.ins_status_doubtful"),
                                       ("identity_fictitious", "patients.ins_status_fictitious")])
@pytest.mark.parametrize("status", ["RECUP", "VALI", "QUAL"])
def test_no_status_above_provisional_while_doubtful_or_fictitious(practice, flag, code, status):
    ctx = practice.ctx["physician"]
    with pytest.raises(ValidationError) as err:
        _new(ctx, ins_status=status, **{flag: True})
    assert (err.value.field, err.value.code, err.value.params) == ("ins_status", code, {"attribute": flag})
    assert patients.count_patients(ctx) == 0
    pid = _new(ctx, ins_status="PROV", **{flag: True})
    assert getattr(patients.open_patient(ctx, pid).data, flag) is True


def test_marking_a_qualified_identity_doubtful_is_refused_and_leaves_it(practice):
    ctx = practice.ctx["physician"]
    pid = _new(ctx)
    row = patients.open_patient(ctx, pid)
    with pytest.raises(ValidationError) as err:
        patients.update_patient(ctx, pid, row.version, patients.with_changes(row, identity_doubtful=True))
    assert err.value.field == "ins_status"
    after = patients.open_patient(ctx, pid)
    assert after.version == row.version and not after.data.identity_doubtful
    patients.update_patient(ctx, pid, row.version, patients.with_changes(row, identity_doubtful=True,
                                                                         ins_status="PROV"))
    assert patients.open_patient(ctx, pid).data.identity_doubtful


@pytest.mark.parametrize("missing", ["ins_oid", "birth_name", "birth_given_names", "birth_place_code"])
def test_qualified_needs_the_oid_and_the_five_traits(practice, missing):
    ctx = practice.ctx["physician"]
    with pytest.raises(ValidationError) as err:
        _new(ctx, **{missing: None})
    assert (err.value.field, err.value.code) == (missing, "patients.ins_qual_needs")
    assert patients.count_patients(ctx) == 0
    _new(ctx, ins_status="VALI", **{missing: None})   # below QUAL the traits may still be missing


def test_qualified_needs_female_or_male(practice):
    with pytest.raises(ValidationError) as err:
        _new(practice.ctx["physician"], sex="U")
    assert (err.value.field, err.value.code) == ("sex", "patients.ins_qual_sex")


@pytest.mark.parametrize("change,field,code", [
    ({"birth_place_code": "7505"}, "birth_place_code", "patients.birth_place_code"),
    ({"birth_place_code": "00123"}, "birth_place_code", "patients.birth_place_code"),
    ({"birth_place_code": "2C004"}, "birth_place_code", "patients.birth_place_code"),
    ({"ins_oid": "1.2.3"}, "ins_oid", "one_of"),
    ({"ins_matricule": None, "ins_status": None}, "ins_oid", "patients.ins_oid_without_ins"),
])
def test_bad_identity_fields_are_named(practice, change, field, code):
    with pytest.raises(ValidationError) as err:
        _new(practice.ctx["physician"], **change)
    assert (err.value.field, err.value.code) == (field, code)


def test_born_abroad_is_99_and_the_country():
    assert identity.normalise_birth_place_code(" 99134 ") == "99134"
    assert identity.normalise_birth_place_code("97411") == "97411"
    assert identity.normalise_birth_place_code("") is None


def test_exportable_ins_only_for_a_qualified_identity_without_doubt():
    data = PatientInput(**{**QUALIFIED, "birth_date": date(1948, 3, 15)})
    matricule, oid, traits = identity.exportable_ins(data)
    assert (matricule, oid) == (INS, "1.2.250.1.213.1.4.8")
    assert traits == identity.InsTraits("Martin", ("Hélène", "Marie"), date(1948, 3, 15), "F", "75056")
    for change in ({"ins_status": "VALI"}, {"ins_status": "RECUP"}, {"ins_status": "PROV"},
                   {"identity_doubtful": True}, {"identity_fictitious": True}, {"birth_place_code": None},
                   {"ins_oid": None}, {"birth_given_names": None}):
        assert identity.exportable_ins(PatientInput(**{**data.__dict__, **change})) is None, change
    homonym = identity.exportable_ins(PatientInput(**{**data.__dict__, "identity_homonym": True}))
    assert homonym is not None   # a homonym is a warning to the reader, not a doubt on the identity


def test_status_refusal_for_the_form():
    refusal = identity.status_refusal("QUAL", doubtful=True, fictitious=False)
    assert (refusal.field, refusal.code, refusal.params) == ("ins_status", "patients.ins_status_doubtful",
                                                             {"attribute": "identity_doubtful"})
    assert identity.status_refusal("PROV", doubtful=True, fictitious=True) is None
    assert identity.status_refusal("VALI", doubtful=False, fictitious=False) is None
