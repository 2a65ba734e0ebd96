"""Directory resources and pathways: everyone reads, the coordinator, physicians and administrator edit; each bad
field is refused by name with nothing stored; a stale save is refused; every change is audited."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlmodel import func, select

from app.models.audit import AuditEvent
from app.models.directory import DirectoryPathwayStep, DirectoryResource
from app.services.directory import pathways, resources
from app.services.directory.resource_input import PathwayInput, ResourceInput, StepInput
from app.services.errors import AccessDenied, StaleRecordError, ValidationError
from tests.services.directory.helpers import DAC, STEPS, dac_with_pathway


def _count(fx, table) -> int:
    with fx.db.session() as s:
        return s.exec(select(func.count()).select_from(table)).one()


def test_create_open_search_and_audit(practice):
    resource_id, pathway_id = dac_with_pathway(practice.ctx["coordinator"])
    detail = resources.open_resource(practice.ctx["medical_assistant"], resource_id)
    assert detail.row.name == DAC.name and detail.row.kind == "dac" and detail.row.version == 1
    assert [s.label for s in detail.pathways[0].steps] == [s.label for s in STEPS]
    assert [(s.position, s.pool_role, s.delay_days) for s in detail.pathways[0].steps] == [
        (1, "coordinator", 0), (2, "nurse", 7), (3, "physician", 14)]
    resources.create_resource(practice.ctx["admin"], ResourceInput(kind="specialist", name="Dr Weber, cardiologue"))
    nurse = practice.ctx["nurse"]
    assert [r.name for r in resources.list_resources(nurse, search="val de loire")] == [DAC.name]
    assert [r.name for r in resources.list_resources(nurse, kind="specialist")] == ["Dr Weber, cardiologue"]
    assert resources.list_resources(nurse, search="tours")[0].pathway_count == 1
    with practice.db.session() as s:
        actions = set(s.exec(select(AuditEvent.action)).all())
    assert {"directory.resource_create", "directory.pathway_create"} <= actions


@pytest.mark.parametrize("role", ["pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant"])
def test_only_coordinator_physician_admin_edit(practice, role):
    with pytest.raises(AccessDenied):
        resources.create_resource(practice.ctx[role], DAC)
    assert _count(practice, DirectoryResource) == 0
    for allowed in ("coordinator", "physician", "admin"):
        resources.create_resource(practice.ctx[allowed], DAC)
    assert len(resources.list_resources(practice.ctx[role])) == 3


@pytest.mark.parametrize("change, field_name", [
    ({"kind": "hospital"}, "kind"), ({"name": "  "}, "name"), ({"name": "x" * 201}, "name"),
    ({"contact_person": "y" * 201}, "contact_person"), ({"phone": "call me"}, "phone"),
    ({"email": "dac-at-example"}, "email"), ({"address": "z" * 501}, "address"),
    ({"opening_hours": "h" * 1001}, "opening_hours"), ({"eligibility": "e\x00"}, "eligibility")])
def test_bad_resource_field_named_nothing_stored(practice, change, field_name):
    with pytest.raises(ValidationError) as err:
        resources.create_resource(practice.ctx["coordinator"], replace(DAC, **change))
    assert err.value.field == field_name
    assert _count(practice, DirectoryResource) == 0


@pytest.mark.parametrize("data, field_name", [
    (PathwayInput("", list(STEPS)), "pathway_name"), (PathwayInput("P", []), "steps"),
    (PathwayInput("P", [StepInput("", "nurse", 0)]), "step_label"),
    (PathwayInput("P", [StepInput("Call", "kiosk", 0)]), "step_role"),
    (PathwayInput("P", [StepInput("Call", "nurse", "soon")]), "step_delay_days"),
    (PathwayInput("P", [StepInput("Call", "nurse", 400)]), "step_delay_days"),
    (PathwayInput("P", [StepInput("Call", "nurse", 0)] * 31), "steps")])
def test_bad_pathway_field_named_nothing_stored(practice, data, field_name):
    resource_id = resources.create_resource(practice.ctx["coordinator"], DAC)
    with pytest.raises(ValidationError) as err:
        pathways.create_pathway(practice.ctx["coordinator"], resource_id, data)
    assert err.value.field == field_name
    assert resources.open_resource(practice.ctx["coordinator"], resource_id).pathways == ()


def test_stale_resource_and_pathway_saves_refused(practice):
    ctx = practice.ctx["coordinator"]
    resource_id, pathway_id = dac_with_pathway(ctx)
    assert resources.update_resource(ctx, resource_id, 1, replace(DAC, phone="02 00 00 00 09")) == 2
    with pytest.raises(StaleRecordError):
        resources.update_resource(practice.ctx["physician"], resource_id, 1, replace(DAC, name="Other"))
    assert resources.open_resource(ctx, resource_id).row.name == DAC.name
    assert pathways.update_pathway(ctx, pathway_id, 1, PathwayInput("Refer to the DAC", STEPS[:2])) == 2
    with pytest.raises(StaleRecordError):
        pathways.update_pathway(ctx, pathway_id, 1, PathwayInput("Stale", STEPS))
    assert len(resources.open_resource(ctx, resource_id).pathways[0].steps) == 2
    assert _count(practice, DirectoryPathwayStep) == 2
