"""An outside member of the care circle added from the directory: the empty name and contacts are copied from the
resource and the member keeps the link to it; a practice member, an unknown or inactive resource are refused by
field with nothing stored."""

from __future__ import annotations

from dataclasses import replace

import pytest

from app.services.care_plans import plans as care_plans
from app.services.care_plans.plan_input import MemberInput
from app.services.directory import resources
from app.services.errors import ValidationError
from tests.services.care_plans.test_care_plans import draft
from tests.services.directory.helpers import DAC, dac_with_pathway


def test_member_copied_from_the_directory(practice):
    resource_id, _ = dac_with_pathway(practice.ctx["coordinator"])
    plan_id, v, _ids = draft(practice)
    nurse = practice.ctx["nurse"]
    v, member_id = care_plans.save_item(nurse, plan_id, v, "member", MemberInput(
        category="dac", directory_resource_id=resource_id))
    member = next(m for m in care_plans.get_plan(nurse, plan_id).members if m["id"] == member_id)
    assert (member["name"], member["organisation"], member["phone"], member["email"]) == (
        DAC.contact_person, DAC.name, DAC.phone, DAC.email)
    assert member["directory_resource_id"] == resource_id
    # what the user typed wins over the directory's copy
    v, typed = care_plans.save_item(nurse, plan_id, v, "member", MemberInput(
        category="dac", name="M. Autre", phone="02 11 11 11 11", directory_resource_id=resource_id))
    member = next(m for m in care_plans.get_plan(nurse, plan_id).members if m["id"] == typed)
    assert (member["name"], member["phone"], member["email"]) == ("M. Autre", "02 11 11 11 11", DAC.email)


@pytest.mark.parametrize("case", ["practice_staff", "unknown", "inactive"])
def test_member_from_the_directory_refused(practice, case):
    resource_id, _ = dac_with_pathway(practice.ctx["coordinator"])
    if case == "inactive":
        resources.update_resource(practice.ctx["coordinator"], resource_id, 1, replace(DAC, active=False))
    plan_id, v, _ids = draft(practice)
    nurse = practice.ctx["nurse"]
    before = len(care_plans.get_plan(nurse, plan_id).members)
    data = MemberInput(category="dac", directory_resource_id=9999 if case == "unknown" else resource_id)
    if case == "practice_staff":
        data = replace(data, category="practice_staff", staff_id=practice.staff_ids["nurse"])
    with pytest.raises(ValidationError) as err:
        care_plans.save_item(nurse, plan_id, v, "member", data)
    assert err.value.field == "directory_resource_id"
    assert len(care_plans.get_plan(nurse, plan_id).members) == before
