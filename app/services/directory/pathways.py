"""The local pathways of a resource: a name and ordered steps (label, the role's pool that does it, delay in days
from the start). A pathway is saved whole (its steps replaced) under optimistic locking, and audited."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, update
from sqlmodel import Session

from app.models.base import utcnow
from app.models.directory import DirectoryPathway, DirectoryPathwayStep, DirectoryResource
from app.services.directory.resource_input import PathwayInput, pathway_values
from app.services.errors import NotFoundError, StaleRecordError
from app.services.kernel.context import ServiceContext
from app.services.security.access import require


def _write_steps(session: Session, pathway_id: int, steps: list[dict], actor_name: str) -> None:
    session.execute(delete(DirectoryPathwayStep).where(DirectoryPathwayStep.pathway_id == pathway_id))
    session.flush()
    for s in steps:
        session.add(DirectoryPathwayStep(pathway_id=pathway_id, **s, updated_by=actor_name))


def create_pathway(ctx: ServiceContext, resource_id: int, data: PathwayInput, *,
                   external_id: str | None = None) -> int:
    """Attach a new pathway with its steps to a resource. Returns its id."""
    with ctx.transaction() as session:
        require(ctx, "directory.edit")
        if session.get(DirectoryResource, resource_id) is None:
            raise NotFoundError("directory_resource", resource_id)
        name, steps = pathway_values(data)
        pathway = DirectoryPathway(resource_id=resource_id, name=name, external_id=external_id or str(uuid.uuid4()),
                                   updated_by=ctx.actor.display_name)
        session.add(pathway)
        session.flush()
        _write_steps(session, pathway.id, steps, ctx.actor.display_name)
        ctx.audit(session, "directory.pathway_create", entity_type="directory_pathway", entity_id=pathway.id,
                  detail=f"{len(steps)} steps")
        ctx.announce("directory.changed", resource_id=resource_id)
        return pathway.id


def update_pathway(ctx: ServiceContext, pathway_id: int, expected_version: int, data: PathwayInput) -> int:
    """Rename a pathway and replace its steps; a stale version is refused. Returns the new version."""
    with ctx.transaction() as session:
        require(ctx, "directory.edit")
        p = session.get(DirectoryPathway, pathway_id)
        if p is None:
            raise NotFoundError("directory_pathway", pathway_id)
        if p.version != expected_version:
            raise StaleRecordError("directory_pathway", pathway_id, p.updated_by, p.updated_at)
        name, steps = pathway_values(data)
        result = session.execute(update(DirectoryPathway).where(
            DirectoryPathway.id == pathway_id, DirectoryPathway.version == expected_version).values(
            name=name, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
        if result.rowcount != 1:
            raise StaleRecordError("directory_pathway", pathway_id, p.updated_by, p.updated_at)
        _write_steps(session, pathway_id, steps, ctx.actor.display_name)
        ctx.audit(session, "directory.pathway_update", entity_type="directory_pathway", entity_id=pathway_id,
                  detail=f"{len(steps)} steps")
        ctx.announce("directory.changed", resource_id=p.resource_id)
        return expected_version + 1
