"""Each user chooses their own interface language: only their own, audited, bad values refused with nothing
changed; empty means the practice's language."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.staff import Staff
from app.services.errors import AccessDenied, ValidationError
from app.services.practice import practice_record as practice_service
from app.services.practice import preferences


def _stored(practice, role: str) -> Staff:
    with practice.db.session() as s:
        member = s.get(Staff, practice.staff_ids[role])
        s.expunge(member)
        return member


def _audits(practice, action: str) -> list[AuditEvent]:
    with practice.db.session() as s:
        return list(s.exec(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_nurse_sets_her_own_language_and_it_is_audited(practice):
    nurse = practice.ctx["nurse"]
    me = practice.staff_ids["nurse"]
    assert preferences.my_locale(nurse) == preferences.UserLocale("fr", None, "FR")
    preferences.set_language(nurse, me, "de")
    assert preferences.my_locale(nurse) == preferences.UserLocale("de", "de", "FR")
    assert _stored(practice, "nurse").language == "de"
    [event] = _audits(practice, "staff.language")
    assert (event.user_id, event.entity_type, event.entity_id, event.detail) == (me, "staff", str(me), "language=de")
    # the others keep the practice's language
    assert preferences.my_locale(practice.ctx["physician"]).language == "fr"
    preferences.set_language(nurse, me, None)   # back to the practice's language
    assert preferences.my_locale(nurse) == preferences.UserLocale("fr", None, "FR")
    assert [e.detail for e in _audits(practice, "staff.language")] == ["language=de", "language=practice"]


def test_empty_language_follows_the_practice_language_and_country(practice):
    admin = practice.ctx["admin"]
    row = practice_service.get_practice(admin)
    practice_service.update_practice(admin, row.version, name=row.name, country="CH", finess=None, gln=None,
                                     idle_lock_minutes=row.idle_lock_minutes, language="de")
    assert preferences.my_locale(practice.ctx["nurse"]) == preferences.UserLocale("de", None, "CH")
    preferences.set_language(practice.ctx["nurse"], practice.staff_ids["nurse"], "fr")
    assert preferences.my_locale(practice.ctx["nurse"]) == preferences.UserLocale("fr", "fr", "CH")


@pytest.mark.parametrize("role", ["admin", "physician"])
def test_nobody_changes_another_users_language(practice, role):
    before = _stored(practice, "nurse")
    with pytest.raises(AccessDenied) as refused:
        preferences.set_language(practice.ctx[role], practice.staff_ids["nurse"], "de")
    assert refused.value.code == "access.not_self"
    after = _stored(practice, "nurse")
    assert (after.language, after.version) == (before.language, before.version) == (None, before.version)
    assert _audits(practice, "staff.language") == []


@pytest.mark.parametrize("value", ["it", "deutsch", "xx"])
def test_an_unknown_language_is_refused_naming_the_field_and_nothing_changes(practice, value):
    nurse = practice.ctx["nurse"]
    preferences.set_language(nurse, practice.staff_ids["nurse"], "de")
    before = _stored(practice, "nurse")
    with pytest.raises(ValidationError) as err:
        preferences.set_language(nurse, practice.staff_ids["nurse"], value)
    assert (err.value.field, err.value.code, err.value.params) == ("language", "one_of",
                                                                   {"allowed": ("fr", "de", "en")})
    after = _stored(practice, "nurse")
    assert (after.language, after.version) == ("de", before.version)
    assert len(_audits(practice, "staff.language")) == 1


def test_every_role_may_set_its_own_language(practice):
    for role, sid in practice.staff_ids.items():
        preferences.set_language(practice.ctx[role], sid, "en")
        assert preferences.my_locale(practice.ctx[role]).language == "en"
