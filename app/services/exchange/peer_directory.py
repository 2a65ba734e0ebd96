"""The directory of local resources and pathways sent to a partner installation (another practice of the CPTS) as a
signed, and by default encrypted, Cordée package; and such a package imported after a preview.

The package carries the chosen resources (all, or those selected) with their pathways and steps, each named by its
stable external id, so that a second package updates what the first added instead of adding it twice. Nothing is
ever deleted by a package, and a local edit is never overwritten silently: each record shared (sent or received) keeps
the hash of its shared content (``ExchangeDirectoryBaseline``), and an incoming change is

* ``add`` — the record is not here yet;
* ``same`` — here already, as received;
* ``update`` — here, unchanged since it was last shared: the partner's version replaces it;
* ``kept`` — changed here since it was last shared, while the partner's version is still the one shared: kept;
* ``conflict`` — changed on both sides (or here and never shared, e.g. from a CSV file): kept as it is here unless the
  user takes the partner's version (``take_theirs``, by external id); a pathway the package attaches to another
  resource than here is a conflict that is always kept.

Refusals, each one coded error with nothing stored: those of every package (``peer_import.verified``: damaged,
tampered, for another installation, unknown or revoked sender, expired, replayed), an alert or answer package given
here (``exchange.peer_not_directory``), and content that is not a valid directory (``exchange.peer_bad_payload``
naming the item). Sending needs ``directory.read``; importing, ``directory.edit``. Both audited.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session, select

from app.models.base import utcnow
from app.models.exchange_peer import ExchangeDirectoryBaseline, ExchangePartner, ExchangePartnerStatus
from app.services.directory import directory_csv, pathways, resources
from app.services.directory.resource_input import (
    KINDS,
    PathwayInput,
    ResourceInput,
    StepInput,
    pathway_values,
    resource_values,
)
from app.services.errors import CordeeError, NotFoundError, ValidationError
from app.services.exchange import peer_identity, peer_import, peer_package
from app.services.kernel.context import ServiceContext
from app.services.security.access import require

MAX_RESOURCES = 1000
MAX_PATHWAYS = 20          # per resource
RESOURCE_FIELDS = ("kind", "name", "contact_person", "phone", "email", "address", "opening_hours", "eligibility",
                   "active")
ACTIONS = ("add", "update", "conflict", "kept", "same")


@dataclass(frozen=True)
class Difference:
    field: str                  # a resource column, or the pathway's "name" / "steps"
    local: str | None
    incoming: str | None


@dataclass(frozen=True)
class DirectoryChange:
    record: str                 # resource / pathway
    external_id: str
    name: str                   # as the package names it
    resource_name: str          # the resource it belongs to (itself, for a resource)
    action: str                 # one of ACTIONS
    differences: tuple[Difference, ...] = ()
    can_take: bool = True       # a conflict whose partner's version can be taken

    @property
    def is_resource(self) -> bool:
        return self.record == "resource"


@dataclass
class DirectoryPreview:
    partner: str
    encrypted: bool
    items: list[DirectoryChange] = field(default_factory=list)
    taken: tuple[str, ...] = ()         # the conflicts whose partner's version was taken, once applied

    def of(self, action: str) -> list[DirectoryChange]:
        return [c for c in self.items if c.action == action]

    @property
    def changes(self) -> int:
        """How many records the import writes (added, updated; conflicts only when taken)."""
        return len(self.of("add")) + len(self.of("update")) + len(self.taken)


@dataclass(frozen=True)
class _Incoming:
    external_id: str
    values: dict                        # the checked columns
    pathways: tuple[tuple[str, str, tuple[tuple[str, str, int], ...]], ...]   # (external id, name, steps)


# -- content and its hash ---------------------------------------------------------------------------------------
def _hash(content: dict) -> str:
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=True, separators=(",", ":"))
                          .encode("ascii")).hexdigest()


def _resource_content(values: dict) -> dict:
    return {k: values[k] for k in RESOURCE_FIELDS}


def _pathway_content(name: str, steps) -> dict:
    return {"name": name, "steps": [list(s) for s in steps]}


def _local_resource_values(row: resources.ResourceRow) -> dict:
    return _resource_content({k: getattr(row, k) for k in RESOURCE_FIELDS})


def _steps_of(row: resources.PathwayRow) -> tuple[tuple[str, str, int], ...]:
    return tuple((s.label, s.pool_role, s.delay_days) for s in row.steps)


# -- sending ----------------------------------------------------------------------------------------------------
def _active_partner(session: Session, partner_id) -> ExchangePartner:
    partner = session.get(ExchangePartner, partner_id) if isinstance(partner_id, int) else None
    if partner is None:
        raise NotFoundError("exchange_partner", partner_id)
    if partner.status != ExchangePartnerStatus.ACTIVE:
        raise ValidationError("partner_id", "exchange.peer_partner_revoked", partner=partner.practice_name)
    return partner


def _set_baseline(session: Session, record: str, external_id: str, content_hash: str, partner_id: int,
                  direction: str) -> None:
    found = session.exec(select(ExchangeDirectoryBaseline).where(ExchangeDirectoryBaseline.record == record,
                                                                 ExchangeDirectoryBaseline.external_id == external_id)
                         ).first()
    if found is None:
        found = ExchangeDirectoryBaseline(record=record, external_id=external_id, content_hash=content_hash,
                                          partner_id=partner_id, direction=direction)
    else:
        found.content_hash, found.partner_id, found.direction, found.shared_at = (content_hash, partner_id,
                                                                                  direction, utcnow())
    session.add(found)


def export_package(ctx: ServiceContext, partner_id: int, resource_ids: list[int] | None = None,
                   encrypt: bool = True, now: datetime | None = None) -> bytes:
    """The directory (``resource_ids`` None: every resource, active or not; else those resources) with its pathways
    and steps, as a package for ``partner_id``: signed, and encrypted to the partner unless ``encrypt`` is False.
    Each record sent keeps the hash of what was sent (its baseline); audited."""
    require(ctx, "directory.read")
    with ctx.transaction() as session:
        partner = _active_partner(session, partner_id)
        rows = resources.list_resources(ctx, include_inactive=True)
        if resource_ids is not None:
            wanted = set(resource_ids)
            unknown = wanted - {r.id for r in rows}
            if unknown:
                raise NotFoundError("directory_resource", min(unknown))
            rows = [r for r in rows if r.id in wanted]
        if not rows:
            raise ValidationError("resource_ids", "exchange.peer_directory_empty")
        if len(rows) > MAX_RESOURCES:
            raise ValidationError("resource_ids", "exchange.peer_directory_too_large", count=len(rows))
        by_resource: dict[int, list[resources.PathwayRow]] = {}
        for p in resources.pathway_rows(session, [r.id for r in rows]):
            by_resource.setdefault(p.resource_id, []).append(p)
        sent = []
        for r in sorted(rows, key=lambda x: x.external_id):
            values = _local_resource_values(r)
            paths = sorted(by_resource.get(r.id, []), key=lambda x: x.external_id)
            sent.append({"id": r.external_id, **values, "pathways": [
                {"id": p.external_id, "name": p.name, "steps": [
                    {"label": s.label, "pool_role": s.pool_role, "delay_days": s.delay_days} for s in p.steps]}
                for p in paths]})
            _set_baseline(session, "resource", r.external_id, _hash(values), partner.id, "out")
            for p in paths:
                _set_baseline(session, "pathway", p.external_id, _hash(_pathway_content(p.name, _steps_of(p))),
                              partner.id, "out")
        ours = peer_identity.stored_identity(ctx, session)
        message = peer_package.envelope("directory", ours.identity_id, partner.identity_id, None,
                                        {"practice": ours.practice_name, "resources": sent}, now)
        kind, token = peer_package.sign(message, peer_identity.private_keys(ctx, ours),
                                        json.loads(partner.public_jwks) if encrypt else None, partner.identity_id)
        if len(token) > peer_package.MAX_MESSAGE_BYTES:
            raise ValidationError("resource_ids", "exchange.peer_directory_too_large", count=len(sent))
        ctx.audit(session, "directory.send", entity_type="exchange_partner", entity_id=partner.id,
                  detail=f"{len(sent)} resources, {sum(len(r['pathways']) for r in sent)} pathways to "
                         f"{partner.practice_name} ({'encrypted' if encrypt else 'signed'}, "
                         f"package {message['package_id']})")
        return peer_package.zipped(kind, token)


# -- reading a package's content --------------------------------------------------------------------------------
def _bad(item: str) -> CordeeError:
    return CordeeError("exchange.peer_bad_payload", item=item[:80])


def _external_id(value, item: str) -> str:
    if not isinstance(value, str) or not directory_csv.EXTERNAL_ID.match(value):
        raise _bad(item)
    return value


def _text(raw: dict, name: str, item: str) -> str | None:
    value = raw.get(name)
    if value is not None and not isinstance(value, str):
        raise _bad(f"{item}.{name}")
    return value


def _parsed_resource(raw, i: int, seen: set) -> _Incoming:
    item = f"directory.resources[{i}]"
    if not isinstance(raw, dict):
        raise _bad(item)
    external_id = _external_id(raw.get("id"), f"{item}.id")
    if ("resource", external_id) in seen:
        raise _bad(f"{item}.id")
    seen.add(("resource", external_id))
    if raw.get("kind") not in KINDS or not isinstance(raw.get("active"), bool):
        raise _bad(f"{item}.{'kind' if raw.get('kind') not in KINDS else 'active'}")
    data = ResourceInput(raw["kind"], *(_text(raw, n, item) for n in RESOURCE_FIELDS[1:-1]), raw["active"])
    try:
        values = _resource_content(resource_values(data))
    except ValidationError as exc:
        raise _bad(f"{item}.{exc.field}") from None
    paths = raw.get("pathways", [])
    if not isinstance(paths, list) or len(paths) > MAX_PATHWAYS:
        raise _bad(f"{item}.pathways")
    return _Incoming(external_id, values, tuple(_parsed_pathway(p, f"{item}.pathways[{j}]", seen)
                                                for j, p in enumerate(paths)))


def _parsed_pathway(raw, item: str, seen: set) -> tuple[str, str, tuple[tuple[str, str, int], ...]]:
    if not isinstance(raw, dict) or not isinstance(raw.get("steps"), list):
        raise _bad(item)
    external_id = _external_id(raw.get("id"), f"{item}.id")
    if ("pathway", external_id) in seen:
        raise _bad(f"{item}.id")
    seen.add(("pathway", external_id))
    steps = []
    for k, s in enumerate(raw["steps"]):
        if not isinstance(s, dict) or not isinstance(s.get("delay_days"), int) or isinstance(s["delay_days"], bool):
            raise _bad(f"{item}.steps[{k}]")
        steps.append(StepInput(_text(s, "label", item) or "", _text(s, "pool_role", item) or "", s["delay_days"]))
    try:
        name, checked = pathway_values(PathwayInput(_text(raw, "name", item) or "", steps))
    except ValidationError as exc:
        raise _bad(f"{item}.{exc.field}") from None
    return external_id, name, tuple((s["label"], s["pool_role"], s["delay_days"]) for s in checked)


def parse_body(body: dict) -> list[_Incoming]:
    """The resources of a directory message, every value checked as the directory's forms check it."""
    listed = body.get("resources")
    if not isinstance(listed, list) or not listed or len(listed) > MAX_RESOURCES:
        raise _bad("directory.resources")
    seen: set = set()
    return [_parsed_resource(raw, i, seen) for i, raw in enumerate(listed)]


# -- the plan ----------------------------------------------------------------------------------------------------
def _shown(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def _steps_text(steps) -> str:
    return "\n".join(f"{i}. {label} ({role}, +{days})" for i, (label, role, days) in enumerate(steps, start=1))


def _action(local_hash: str | None, incoming_hash: str, baseline: str | None) -> str:
    if local_hash is None:
        return "add"
    if local_hash == incoming_hash:
        return "same"
    if baseline is not None and local_hash == baseline:
        return "update"
    if baseline is not None and incoming_hash == baseline:
        return "kept"
    return "conflict"


@dataclass
class _Plan:
    preview: DirectoryPreview
    incoming: list[_Incoming]
    local_resources: dict[str, resources.ResourceRow]
    local_pathways: dict[str, resources.PathwayRow]


def _plan(ctx: ServiceContext, session: Session, partner: ExchangePartner, encrypted: bool, body: dict) -> _Plan:
    incoming = parse_body(body)
    local = {r.external_id: r for r in resources.list_resources(ctx, include_inactive=True)}
    local_paths = {p.external_id: p for p in resources.pathway_rows(session, [r.id for r in local.values()])}
    baselines = {(b.record, b.external_id): b.content_hash for b in session.exec(select(ExchangeDirectoryBaseline))}
    preview = DirectoryPreview(partner.practice_name, encrypted)
    for res in incoming:
        here = local.get(res.external_id)
        mine = _local_resource_values(here) if here else None
        action = _action(_hash(mine) if mine else None, _hash(res.values), baselines.get(("resource",
                                                                                          res.external_id)))
        diffs = tuple(Difference(k, _shown(mine[k]), _shown(res.values[k])) for k in RESOURCE_FIELDS
                      if mine and mine[k] != res.values[k])
        preview.items.append(DirectoryChange("resource", res.external_id, res.values["name"], res.values["name"],
                                             action, diffs))
        for ext, name, steps in res.pathways:
            there = local_paths.get(ext)
            content = _pathway_content(name, steps)
            moved = there is not None and (here is None or there.resource_id != here.id)
            mine_p = _pathway_content(there.name, _steps_of(there)) if there else None
            action = "conflict" if moved else _action(_hash(mine_p) if mine_p else None, _hash(content),
                                                      baselines.get(("pathway", ext)))
            diffs = ()
            if mine_p and mine_p != content:
                diffs = tuple(d for d in (
                    Difference("name", there.name, name) if there.name != name else None,
                    Difference("steps", _steps_text(_steps_of(there)), _steps_text(steps))
                    if _steps_of(there) != steps else None) if d)
            preview.items.append(DirectoryChange("pathway", ext, name, res.values["name"], action, diffs,
                                                 can_take=not moved))
    return _Plan(preview, incoming, local, local_paths)


def _checked(ctx: ServiceContext, session: Session, data: bytes, now: datetime | None):
    partner, message, encrypted = peer_import.verified(ctx, session, data, now)
    if message["type"] != "directory":
        raise CordeeError("exchange.peer_not_directory")
    return partner, message, encrypted


def preview_package(ctx: ServiceContext, data: bytes, now: datetime | None = None) -> DirectoryPreview:
    """What importing the directory package would add, update and keep, and its conflicts; nothing is stored."""
    require(ctx, "directory.edit")
    with ctx.transaction() as session:     # nothing is written: one consistent view of the directory
        partner, message, encrypted = _checked(ctx, session, data, now)
        return _plan(ctx, session, partner, encrypted, message["directory"]).preview


def apply_package(ctx: ServiceContext, data: bytes, take_theirs: list[str] | tuple[str, ...] = (),
                  now: datetime | None = None) -> DirectoryPreview:
    """Import the package in one transaction: records added and updated, conflicts kept as they are here except
    those named in ``take_theirs`` (external ids), which take the partner's version; audited."""
    require(ctx, "directory.edit")
    with ctx.transaction() as session:
        partner, message, encrypted = _checked(ctx, session, data, now)
        plan = _plan(ctx, session, partner, encrypted, message["directory"])
        conflicts = {(c.record, c.external_id): c for c in plan.preview.of("conflict")}
        wanted = set(take_theirs)
        takeable = {ext for (_r, ext), c in conflicts.items() if c.can_take}
        if wanted - takeable:
            raise ValidationError("take_theirs", "exchange.peer_directory_not_conflict",
                                  item=sorted(wanted - takeable)[0][:40])
        actions = {(c.record, c.external_id): c.action for c in plan.preview.items}
        taken = []
        for res in plan.incoming:
            key = ("resource", res.external_id)
            here = plan.local_resources.get(res.external_id)
            write = actions[key] in ("add", "update") or (actions[key] == "conflict" and res.external_id in wanted)
            data_in = ResourceInput(**res.values)
            if here is None:
                resource_id = resources.create_resource(ctx, data_in, external_id=res.external_id)
            else:
                resource_id = here.id
                if write:
                    resources.update_resource(ctx, here.id, here.version, data_in)
            if actions[key] == "conflict" and res.external_id in wanted:
                taken.append(res.external_id)
            if write or actions[key] == "same":
                _set_baseline(session, "resource", res.external_id, _hash(res.values), partner.id, "in")
            for ext, name, steps in res.pathways:
                _apply_pathway(ctx, session, plan, partner, actions[("pathway", ext)], ext in wanted, resource_id,
                               ext, name, steps, taken)
        peer_import.record_receipt(session, partner, message)
        preview = plan.preview
        preview.taken = tuple(taken)
        ctx.audit(session, "directory.receive", entity_type="exchange_partner", entity_id=partner.id,
                  detail=f"from {partner.practice_name}: +{len(preview.of('add'))} ~{len(preview.of('update'))} "
                         f"conflicts {len(preview.of('conflict'))} (taken {len(taken)}), kept "
                         f"{len(preview.of('kept'))} (package {message['package_id']}, "
                         f"{'encrypted' if encrypted else 'signed'})")
        return preview


def _apply_pathway(ctx, session, plan: _Plan, partner, action: str, take: bool, resource_id: int, ext: str,
                   name: str, steps, taken: list) -> None:
    data_in = PathwayInput(name, [StepInput(label, role, days) for label, role, days in steps])
    there = plan.local_pathways.get(ext)
    if action == "add":
        pathways.create_pathway(ctx, resource_id, data_in, external_id=ext)
    elif action == "update" or (action == "conflict" and take):
        pathways.update_pathway(ctx, there.id, there.version, data_in)
        if action == "conflict":
            taken.append(ext)
    if action in ("add", "update", "same") or (action == "conflict" and take):
        _set_baseline(session, "pathway", ext, _hash(_pathway_content(name, steps)), partner.id, "in")
