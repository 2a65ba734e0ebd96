"""The audit trail searched by patient name (accents and case aside, word prefixes), period, staff member and
action; a bad search is named and changes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.services.errors import ValidationError
from app.services.patients import records as patients
from app.services.practice import audit_trail
from tests.alert_support import make_patient


def test_search_by_patient_name_period_staff_and_action(practice):
    helene = make_patient(practice, family="Müller-Lefèvre", given="Hélène")
    other = make_patient(practice, family="Dupont", given="Jean")
    doctor, nurse = practice.ctx["physician"], practice.ctx["nurse"]
    patients.open_patient(doctor, helene)
    patients.open_patient(nurse, helene)
    patients.open_patient(doctor, other)
    admin = practice.ctx["admin"]

    found = audit_trail.browse(admin, patient_name="lefevre hel")
    assert found and {r.patient_id for r in found} == {helene}
    assert {r.patient_id for r in audit_trail.browse(admin, patient_name="MULLER")} == {helene}
    assert audit_trail.browse(admin, patient_name="ene") == []          # word prefixes, not any substring
    by_nurse = audit_trail.browse(admin, patient_name="hélène", user_id=practice.staff_ids["nurse"],
                                  action_prefix="patient.open")
    assert [r.action for r in by_nurse] == ["patient.open"] and by_nurse[0].patient_id == helene
    now = datetime.now(UTC)
    assert audit_trail.browse(admin, patient_name="dupont", since=now - timedelta(hours=1), until=now +
                              timedelta(minutes=1))
    assert audit_trail.browse(admin, patient_name="dupont", since=now + timedelta(days=1)) == []


@pytest.mark.parametrize(("kwargs", "field", "code"), [
    ({"patient_name": " -- "}, "patient_name", "practice.audit_name_words"),
    ({"since": datetime(2026, 5, 2, tzinfo=UTC), "until": datetime(2026, 5, 1, tzinfo=UTC)}, "until",
     "practice.audit_period_reversed"),
])
def test_a_bad_search_is_named_and_not_audited(practice, kwargs, field, code):
    admin = practice.ctx["admin"]
    before = len(audit_trail.browse(admin, action_prefix="audit.read"))
    with pytest.raises(ValidationError) as err:
        audit_trail.browse(admin, **kwargs)
    assert (err.value.field, err.value.code) == (field, code)
    assert len(audit_trail.browse(admin, action_prefix="audit.read")) == before + 1   # only the count's own read
