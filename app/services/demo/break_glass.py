"""Demo emergency (break-glass) accesses: while charts are limited to the care circle for a moment, Dr Favre and the
pharmacist open charts of Dr Martin's patients in an emergency (one three days ago, acknowledged by the
administrator; one yesterday and one an hour ago, waiting for review). Through the services, so the audit trail,
Dr Martin's tasks and the review list are those of real accesses; the practice's setting is then put back."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from app.models.base import utcnow
from app.models.patient import Patient
from app.models.staff import Staff
from app.services.break_glass import grants, review
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.practice import practice_record as practice_service
from app.services.practice.accounts import actor_for
from app.services.security.relations import CIRCLE

ACCESSES = (  # who, how long ago (hours), reason, acknowledged with this note (None: waiting)
    ("dr.favre", 72, "Appel du SAMU la nuit : patiente confuse, traitement en cours demandé, médecin traitant absent",
     "Vérifié avec le Dr Favre : garde de nuit, accès justifié."),
    ("ph.bernard", 26, "Ordonnance d'urgence présentée à la pharmacie, vérification des interactions nécessaire",
     None),
    ("dr.favre", 1, "Consultation non programmée, patient essoufflé, Dr Martin en congé : antécédents nécessaires",
     None),
)


def _set_chart_access(ctx: ServiceContext, mode: str) -> str:
    row = practice_service.get_practice(ctx)
    practice_service.update_practice(ctx, row.version, name=row.name, country=row.country, finess=row.finess,
                                     gln=row.gln, idle_lock_minutes=row.idle_lock_minutes, chart_access=mode)
    return row.chart_access


def add_demo_break_glass(ctx: ServiceContext, ids: dict[str, int]) -> None:
    with ctx.reading() as session:
        patients = list(session.exec(select(Patient.id).where(Patient.gp_staff_id == ids["dr.martin"])
                                     .order_by(Patient.id.desc()).limit(40)).all())
        actors = {name: actor_for(session.get(Staff, ids[name])) for name in ("dr.favre", "ph.bernard")}
        admin = actor_for(session.exec(select(Staff).where(Staff.username == "admin")).one())
    before = _set_chart_access(ctx, CIRCLE)
    try:
        for who, hours, reason, note in ACCESSES:
            clinician = ctx.as_actor(actors[who])
            while patients:
                try:
                    row = grants.request_access(clinician, patients.pop(), reason,
                                                now=utcnow() - timedelta(hours=hours))
                    break
                except ValidationError:   # already in this clinician's circle: the next patient
                    continue
            else:
                return
            if note is not None:
                review.acknowledge(ctx.as_actor(admin), row.id, row.version, note)
    finally:
        _set_chart_access(ctx, before)
