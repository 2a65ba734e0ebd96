"""The demo practice shows identity vigilance and the patient's say on sharing: a qualified INS with its five traits,
a doubtful identity kept provisional, a homonym, an objection to sharing; every generated QUAL has its traits."""

from __future__ import annotations

from sqlmodel import select

from app.models.patient import Patient
from app.services.demo.practice import create_demo_practice
from app.services.kernel.context import ServiceContext
from app.services.patients import identity
from tests.conftest import TEST_KDF


def test_demo_identities(tmp_path):
    (tmp_path / "demo").mkdir()
    db, doctor, _folder = create_demo_practice(tmp_path / "demo", patients=60, kdf=TEST_KDF)
    try:
        with ServiceContext(db, doctor).reading() as s:
            rows = s.exec(select(Patient)).all()
            qualified = [p for p in rows if p.ins_status == "QUAL"]
            assert qualified and all(identity.exportable_ins(p) is not None for p in qualified)
            assert all(p.ins_oid == "1.2.250.1.213.1.4.10" for p in rows if p.ins_matricule)   # test identities
            doubtful = [p for p in rows if p.identity_doubtful]
            assert doubtful and all(p.ins_status == "PROV" for p in doubtful)
            assert any(p.identity_homonym for p in rows)
            objected = [p for p in rows if p.sharing_objection]
            assert len(objected) == 1 and objected[0].sharing_informed_on and objected[0].sharing_objection_scope
    finally:
        db.close()
