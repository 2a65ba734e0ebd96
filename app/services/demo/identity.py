"""Demo identity vigilance and sharing: a qualified INS with its five traits, a doubtful identity (kept provisional),
a homonym, and a patient who objected to sharing within the care team. Through the services, so the rules hold."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import select

from app.models.patient import InsOid, Patient
from app.services.kernel.context import ServiceContext
from app.services.patients import records as patients
from app.services.patients import sharing
from app.services.patients.records import SharingRecord


def _french(ctx: ServiceContext, count: int) -> list[int]:
    with ctx.reading() as session:
        return list(session.exec(select(Patient.id).where(Patient.country == "FR", Patient.sex.in_(("F", "M")),
                                                          Patient.ins_matricule.is_not(None))
                                 .order_by(Patient.id).limit(count)).all())


def _update(ctx: ServiceContext, patient_id: int, **changes) -> int:
    row = patients.open_patient(ctx, patient_id)
    return patients.update_patient(ctx, patient_id, row.version, patients.with_changes(row, **changes))


def add_demo_identities(ctx: ServiceContext, ids: dict[str, int]) -> None:
    qualified, doubtful, homonym, objecting = _french(ctx, 4)
    row = patients.open_patient(ctx, qualified)
    _update(ctx, qualified, birth_name=row.data.birth_name or row.data.family_name,
            birth_given_names=row.data.given_names, birth_place_code=row.data.ins_matricule[5:10],
            ins_oid=InsOid.TEST_NIR.value, ins_status="QUAL")
    _update(ctx, doubtful, identity_doubtful=True, ins_status="PROV")
    _update(ctx, homonym, identity_homonym=True)
    version = patients.open_patient(ctx, objecting).version
    sharing.record_sharing(ctx, objecting, version, SharingRecord(
        date.today() - timedelta(days=30), "Dr Martin", "scope", "Ne pas partager avec la kinésithérapeute"))
