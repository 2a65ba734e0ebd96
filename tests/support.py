"""Test helpers that build a practice through the real services."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from app.models.staff import Staff
from app.services.kernel.context import ServiceContext
from app.services.practice import practice_record as practice_service
from app.services.practice import staff as staff_service
from app.services.practice.accounts import actor_for
from app.services.practice.staff import StaffInput
from app.services.security.actor import SYSTEM
from app.services.storage.database import Database
from app.ui.common import i18n
from app.ui.common.errors import describe

PASSWORD = "Correct-Horse-42-battery"
ROLE_PROFESSIONS = {
    "physician": "Médecin généraliste", "pharmacist": "Pharmacien", "advanced_practice_nurse": "IPA",
    "nurse": "Infirmière", "medical_assistant": "Assistante médicale", "coordinator": "Coordinatrice",
}


@dataclass
class PracticeFixture:
    db: Database
    path: object
    recovery_code: str
    ctx: dict = field(default_factory=dict)   # role -> ServiceContext
    staff_ids: dict = field(default_factory=dict)


def build_practice(db: Database, path, recovery: str) -> PracticeFixture:
    base = ServiceContext(db, SYSTEM)
    admin = practice_service.setup_practice(
        base, name="MSP des Tilleuls", country="FR",
        admin=StaffInput(username="admin", family_name="Admin", given_names="Alice", profession="Coordinatrice",
                         roles=["admin"]), admin_password=PASSWORD)
    fx = PracticeFixture(db, path, recovery)
    fx.ctx["admin"] = base.as_actor(admin)
    fx.staff_ids["admin"] = admin.staff_id
    for role, profession in ROLE_PROFESSIONS.items():
        sid = staff_service.create_staff(fx.ctx["admin"], StaffInput(
            username=role.replace("_", "."), family_name=role.split("_")[0].capitalize(), given_names="Test",
            profession=profession, roles=[role]), PASSWORD, temporary_password=False)
        fx.staff_ids[role] = sid
        with db.session() as s:
            fx.ctx[role] = base.as_actor(actor_for(s.get(Staff, sid)))
    return fx


def in_english(exc: Exception) -> str:
    """The sentence the screens show for a service error, in English (the source texts), whatever language an
    earlier test left installed (the command line's report installs its own)."""
    if QCoreApplication.instance() is not None:
        i18n.install(QCoreApplication.instance(), "en")
    return describe(exc)
