"""Staff accounts and practice settings: every refusal names its field and code, and changes nothing."""

from __future__ import annotations

import pytest

from app.services.errors import NotFoundError, ValidationError
from app.services.kernel.context import ServiceContext
from app.services.practice import practice_record as practice_service
from app.services.practice import staff
from app.services.practice.staff import StaffInput
from app.services.security.actor import SYSTEM
from tests.support import PASSWORD

GOOD = dict(username="new.nurse", family_name="Martin", given_names="Léa", profession="Infirmière", roles=["nurse"])


@pytest.mark.parametrize("change,field,code,params", [
    ({"username": "9lives"}, "username", "practice.username_format", {}),
    ({"username": "physician"}, "username", "practice.username_taken", {}),
    ({"roles": []}, "roles", "practice.no_role", {}),
    ({"roles": ["surgeon"]}, "roles", "practice.unknown_role", {"role": "surgeon"}),
    ({"email": "lea.martin"}, "email", "practice.not_an_email", {}),
    ({"family_name": " "}, "family_name", "required", {}),
    ({"profession": "x" * 101}, "profession", "too_long", {"max": 100}),
    ({"rpps": "123"}, "rpps", "digit_count", {"count": 11}),
])
def test_bad_account_is_refused_and_nothing_stored(practice, change, field, code, params):
    before = staff.list_staff(practice.ctx["admin"])
    with pytest.raises(ValidationError) as err:
        staff.create_staff(practice.ctx["admin"], StaffInput(**{**GOOD, **change}), PASSWORD)
    assert (err.value.field, err.value.code, err.value.params) == (field, code, params)
    assert staff.list_staff(practice.ctx["admin"]) == before


def test_weak_password_is_refused(practice):
    with pytest.raises(ValidationError) as err:
        staff.create_staff(practice.ctx["admin"], StaffInput(**GOOD), "motdepasse123")
    assert (err.value.field, err.value.code) == ("password", "security.password_too_common")


def test_administrators_keep_their_own_role_and_account(practice):
    admin, admin_id = practice.ctx["admin"], practice.staff_ids["admin"]
    row = next(r for r in staff.list_staff(admin) if r.id == admin_id)
    data = StaffInput(username=row.username, family_name=row.family_name, given_names=row.given_names,
                      profession=row.profession, roles=["coordinator"])
    with pytest.raises(ValidationError) as err:
        staff.update_staff(admin, admin_id, row.version, data)
    assert (err.value.field, err.value.code) == ("roles", "practice.own_admin_role")
    with pytest.raises(ValidationError) as err:
        staff.set_active(admin, admin_id, False)
    assert (err.value.field, err.value.code) == ("active", "practice.own_account")
    assert next(r for r in staff.list_staff(admin) if r.id == admin_id) == row
    with pytest.raises(NotFoundError) as err:
        staff.set_active(admin, 999999, False)
    assert err.value.params == {"entity": "staff member", "entity_id": 999999}


@pytest.mark.parametrize("change,field,code,params", [
    ({"name": ""}, "practice_name", "required", {}),
    ({"name": "x" * 201}, "practice_name", "too_long", {"max": 200}),
    ({"country": "DE"}, "country", "one_of", {"allowed": ("FR", "CH")}),
    ({"idle_lock_minutes": 45}, "idle_lock_minutes", "practice.idle_lock_range", {"min": 2, "max": 30}),
    ({"gln": "7601000000003"}, "gln", "check_digit", {}),
    ({"finess": "123"}, "finess", "finess_format", {}),
])
def test_bad_settings_are_refused_and_nothing_changed(practice, change, field, code, params):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    values = dict(name=row.name, country=row.country, finess=None, gln=None, idle_lock_minutes=row.idle_lock_minutes)
    with pytest.raises(ValidationError) as err:
        practice_service.update_practice(admin, row.version, **{**values, **change})
    assert (err.value.field, err.value.code, err.value.params) == (field, code, params)
    assert practice_service.get_practice(admin) == row


def test_a_second_practice_is_refused(practice):
    with pytest.raises(ValidationError) as err:
        practice_service.setup_practice(ServiceContext(practice.db, SYSTEM), name="Autre", country="CH",
                                        admin=StaffInput(**{**GOOD, "username": "other.admin"}),
                                        admin_password=PASSWORD)
    assert (err.value.field, err.value.code) == ("practice", "practice.already_set_up")
    assert practice_service.get_practice(practice.ctx["admin"]).name == "MSP des Tilleuls"
