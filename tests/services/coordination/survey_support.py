"""A kiosk account built through the real staff service, for the survey tests."""

from __future__ import annotations

from app.models.staff import Staff
from app.services.practice import staff as staff_service
from app.services.practice.accounts import actor_for
from app.services.practice.staff import StaffInput
from tests.support import PASSWORD


def kiosk_ctx(practice):
    """The context of a reception computer logged in with a ``kiosk`` account."""
    sid = staff_service.create_staff(practice.ctx["admin"], StaffInput(
        username="borne.accueil", family_name="Borne", given_names="Accueil", profession="Borne d'accueil",
        roles=["kiosk"]), PASSWORD, temporary_password=False)
    with practice.db.session() as s:
        return practice.ctx["admin"].as_actor(actor_for(s.get(Staff, sid)))
