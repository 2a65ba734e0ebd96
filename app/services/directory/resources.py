"""The directory's resources: list and search (everyone reads), open one with its pathways, create and change
(coordinator, physician, administrator; optimistic locking; audited)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import update
from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.directory import DirectoryPathway, DirectoryPathwayStep, DirectoryResource
from app.services.directory.resource_input import ResourceInput, resource_values
from app.services.errors import NotFoundError, StaleRecordError
from app.services.kernel.context import ServiceContext
from app.services.kernel.text_search import fold
from app.services.security.access import require


@dataclass(frozen=True)
class ResourceRow:
    id: int
    version: int
    external_id: str
    kind: str
    name: str
    contact_person: str | None
    phone: str | None
    email: str | None
    address: str | None
    opening_hours: str | None
    eligibility: str | None
    active: bool
    pathway_count: int = 0

    def as_input(self) -> ResourceInput:
        """The row as the form edits it."""
        return ResourceInput(self.kind, self.name, self.contact_person, self.phone, self.email, self.address,
                             self.opening_hours, self.eligibility, self.active)


@dataclass(frozen=True)
class StepRow:
    id: int
    position: int
    label: str
    pool_role: str
    delay_days: int


@dataclass(frozen=True)
class PathwayRow:
    id: int
    version: int
    external_id: str
    resource_id: int
    name: str
    steps: tuple[StepRow, ...]


@dataclass(frozen=True)
class ResourceDetail:
    row: ResourceRow
    pathways: tuple[PathwayRow, ...]


def _row(r: DirectoryResource, pathway_count: int = 0) -> ResourceRow:
    return ResourceRow(r.id, r.version, r.external_id, r.kind, r.name, r.contact_person, r.phone, r.email, r.address,
                       r.opening_hours, r.eligibility, r.active, pathway_count)


def pathway_rows(session: Session, resource_ids: list[int]) -> list[PathwayRow]:
    """The pathways of these resources with their steps in order (by resource, then name)."""
    if not resource_ids:
        return []
    pathways = session.exec(select(DirectoryPathway).where(DirectoryPathway.resource_id.in_(resource_ids))
                            .order_by(DirectoryPathway.resource_id, DirectoryPathway.name, DirectoryPathway.id)).all()
    steps: dict[int, list[StepRow]] = {}
    if pathways:
        for s in session.exec(select(DirectoryPathwayStep).where(
                DirectoryPathwayStep.pathway_id.in_([p.id for p in pathways])).order_by(
                DirectoryPathwayStep.pathway_id, DirectoryPathwayStep.position)).all():
            steps.setdefault(s.pathway_id, []).append(StepRow(s.id, s.position, s.label, s.pool_role, s.delay_days))
    return [PathwayRow(p.id, p.version, p.external_id, p.resource_id, p.name, tuple(steps.get(p.id, ())))
            for p in pathways]


def list_resources(ctx: ServiceContext, *, search: str = "", kind: str | None = None,
                   include_inactive: bool = False) -> list[ResourceRow]:
    """Resources by name; ``search`` matches words of the name, contact, address or eligibility (accents and case
    ignored); ``kind`` keeps one kind."""
    with ctx.transaction() as session:
        require(ctx, "directory.read")
        stmt = select(DirectoryResource).order_by(DirectoryResource.name, DirectoryResource.id)
        if kind:
            stmt = stmt.where(DirectoryResource.kind == kind)
        if not include_inactive:
            stmt = stmt.where(DirectoryResource.active.is_(True))
        found = session.exec(stmt).all()
        counts: dict[int, int] = {}
        for p in pathway_rows(session, [r.id for r in found]):
            counts[p.resource_id] = counts.get(p.resource_id, 0) + 1
        words = fold(search or "").split()
        rows = []
        for r in found:
            haystack = fold(" ".join(x or "" for x in (r.name, r.contact_person, r.address, r.eligibility, r.phone)))
            if all(w in haystack for w in words):
                rows.append(_row(r, counts.get(r.id, 0)))
        return rows


def open_resource(ctx: ServiceContext, resource_id: int) -> ResourceDetail:
    """One resource with its pathways and their steps."""
    with ctx.transaction() as session:
        require(ctx, "directory.read")
        r = session.get(DirectoryResource, resource_id)
        if r is None:
            raise NotFoundError("directory_resource", resource_id)
        pathways = tuple(pathway_rows(session, [r.id]))
        return ResourceDetail(_row(r, len(pathways)), pathways)


def create_resource(ctx: ServiceContext, data: ResourceInput, *, external_id: str | None = None) -> int:
    """Add a resource (a new stable external id unless an import gives it). Returns its id."""
    with ctx.transaction() as session:
        require(ctx, "directory.edit")
        values = resource_values(data)
        resource = DirectoryResource(**values, external_id=external_id or str(uuid.uuid4()),
                                     updated_by=ctx.actor.display_name)
        session.add(resource)
        session.flush()
        ctx.audit(session, "directory.resource_create", entity_type="directory_resource", entity_id=resource.id,
                  detail=values["kind"])
        ctx.announce("directory.changed", resource_id=resource.id)
        return resource.id


def update_resource(ctx: ServiceContext, resource_id: int, expected_version: int, data: ResourceInput) -> int:
    """Change a resource read at ``expected_version``; a stale version is refused. Returns the new version."""
    with ctx.transaction() as session:
        require(ctx, "directory.edit")
        r = session.get(DirectoryResource, resource_id)
        if r is None:
            raise NotFoundError("directory_resource", resource_id)
        if r.version != expected_version:
            raise StaleRecordError("directory_resource", resource_id, r.updated_by, r.updated_at)
        values = resource_values(data)
        result = session.execute(update(DirectoryResource).where(
            DirectoryResource.id == resource_id, DirectoryResource.version == expected_version).values(
            **values, version=expected_version + 1, updated_at=utcnow(), updated_by=ctx.actor.display_name))
        if result.rowcount != 1:
            raise StaleRecordError("directory_resource", resource_id, r.updated_by, r.updated_at)
        ctx.audit(session, "directory.resource_update", entity_type="directory_resource", entity_id=resource_id,
                  detail=values["kind"])
        ctx.announce("directory.changed", resource_id=resource_id)
        return expected_version + 1
