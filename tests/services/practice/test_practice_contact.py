"""The practice's phone, e-mail and address: each bad part is refused by name and changes nothing; a good change is
audited and version-checked; the shared formatter prints what the practice has."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.services.errors import StaleRecordError, ValidationError
from app.services.practice import practice_record as practice_service
from app.services.practice.contact import contact_line, contact_lines
from app.services.practice.practice_record import PracticeContact

GOOD = PracticeContact(phone="+33 4 78 00 00 00", email="accueil@msp-tilleuls.fr", address_line="12 rue des Lilas",
                       postal_code="69003", city="Lyon")


def _settings(row, **change) -> dict:
    return dict(name=row.name, country=row.country, finess=row.finess, gln=row.gln,
                idle_lock_minutes=row.idle_lock_minutes) | change


@pytest.mark.parametrize("change,field,code,params", [
    ({"phone": "04 78 AB 00 00"}, "phone", "practice.phone_format", {"min": 6, "max": 15}),
    ({"phone": "12 34"}, "phone", "practice.phone_format", {"min": 6, "max": 15}),
    ({"phone": "+33 4 78 00 00 00 00 00 00"}, "phone", "practice.phone_format", {"min": 6, "max": 15}),
    ({"phone": "0" * 31}, "phone", "too_long", {"max": 30}),
    ({"email": "accueil.msp"}, "email", "practice.not_an_email", {}),
    ({"address_line": "x" * 201}, "address_line", "too_long", {"max": 200}),
    ({"postal_code": "6900"}, "postal_code", "digit_count", {"count": 5}),
    ({"postal_code": "69OO3"}, "postal_code", "digit_count", {"count": 5}),
    ({"city": "Lyon\x00"}, "city", "forbidden_character", {}),
])
def test_a_bad_contact_part_is_named_and_nothing_changes(practice, change, field, code, params):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    contact = PracticeContact(**{**GOOD.__dict__, **change})
    with pytest.raises(ValidationError) as err:
        practice_service.update_practice(admin, row.version, **_settings(row), contact=contact)
    assert (err.value.field, err.value.code, err.value.params) == (field, code, params)
    assert practice_service.get_practice(admin) == row


def test_the_postal_code_follows_the_country(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    version = practice_service.update_practice(admin, row.version, **_settings(row), contact=GOOD)
    row = practice_service.get_practice(admin)
    with pytest.raises(ValidationError) as err:   # the stored French code does not fit Switzerland
        practice_service.update_practice(admin, version, **_settings(row, country="CH"))
    assert (err.value.field, err.value.code, err.value.params) == ("postal_code", "digit_count", {"count": 4})
    assert practice_service.get_practice(admin) == row
    swiss = PracticeContact(phone="021 600 00 00", address_line="Rue du Lac 4", postal_code="1003", city="Lausanne")
    practice_service.update_practice(admin, version, **_settings(row, country="CH"), contact=swiss)
    row = practice_service.get_practice(admin)
    assert (row.country, row.postal_code, row.city, row.email) == ("CH", "1003", "Lausanne", None)


def test_a_change_is_stored_audited_and_version_checked(practice):
    _stored_audited_and_version_checked(practice)


@pytest.mark.postgres
def test_a_change_is_stored_audited_and_version_checked_on_postgresql(pg_practice):
    _stored_audited_and_version_checked(pg_practice)


def _stored_audited_and_version_checked(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    spaced = PracticeContact(**{**GOOD.__dict__, "city": "  Lyon ", "email": ""})
    version = practice_service.update_practice(admin, row.version, **_settings(row), contact=spaced)
    stored = practice_service.get_practice(admin)
    assert stored.version == version == row.version + 1
    assert (stored.phone, stored.email, stored.address_line, stored.postal_code, stored.city) == (
        "+33 4 78 00 00 00", None, "12 rue des Lilas", "69003", "Lyon")
    with practice.db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "practice.configure")).all()[-1]
    assert event.user_id == practice.staff_ids["admin"]
    assert "contact: phone, address_line, postal_code, city" in event.detail
    # unchanged when not given
    practice_service.update_practice(admin, version, **_settings(stored, idle_lock_minutes=12))
    assert practice_service.get_practice(admin).phone == "+33 4 78 00 00 00"
    with pytest.raises(StaleRecordError):   # another workstation saved meanwhile: nothing overwritten
        practice_service.update_practice(admin, row.version, **_settings(row), contact=PracticeContact())
    assert practice_service.get_practice(admin).city == "Lyon"


def test_the_formatter_prints_what_the_practice_has(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    assert contact_lines(row) == [row.name]
    practice_service.update_practice(admin, row.version, **_settings(row), contact=GOOD)
    row = practice_service.get_practice(admin)
    assert contact_lines(row, "de") == [row.name, "12 rue des Lilas", "69003 Lyon", "Tel. +33 4 78 00 00 00",
                                        "E-Mail accueil@msp-tilleuls.fr"]
    assert contact_line(row, name=False, email=False) == "12 rue des Lilas · 69003 Lyon · Tél. +33 4 78 00 00 00"
    assert contact_lines(None) == []
