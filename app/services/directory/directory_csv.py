"""The directory as one CSV file, to share it between the practices of a CPTS (never a connection between their
databases): one row per resource, per pathway and per pathway step, stable columns under a header, UTF-8 with a
byte-order mark so that Excel reads the accents.

An import matches resources and pathways on the external id the export wrote: it adds what the practice does not
have and updates what differs (a pathway's steps are replaced whole). It first reads the whole file; a bad file is
refused with one message naming its line and column, and nothing is stored. ``plan_import`` says what an import
would do; ``apply_import`` does it in one transaction.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from sqlmodel import select

from app.models.directory import DirectoryPathway, DirectoryResource
from app.services.directory import pathways, resources
from app.services.directory.resource_input import (
    PathwayInput,
    ResourceInput,
    StepInput,
    pathway_values,
    resource_values,
)
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security.access import require

COLUMNS = ("record", "resource_id", "kind", "name", "contact_person", "phone", "email", "address", "opening_hours",
           "eligibility", "active", "pathway_id", "pathway_name", "step_position", "step_label", "step_role",
           "step_delay_days")
RECORDS = ("resource", "pathway", "step")
MAX_BYTES = 5_000_000
EXTERNAL_ID = re.compile(r"^[A-Za-z0-9._-]{1,36}$")
YES, NO = ("1", "yes", "oui", "ja", "true"), ("0", "no", "non", "nein", "false")


@dataclass
class ParsedResource:
    external_id: str
    data: ResourceInput
    line: int


@dataclass
class ParsedPathway:
    external_id: str
    resource_external_id: str
    data: PathwayInput
    line: int


@dataclass
class ParsedDirectory:
    resources: list[ParsedResource] = field(default_factory=list)
    pathways: list[ParsedPathway] = field(default_factory=list)


@dataclass(frozen=True)
class ImportPlan:
    """What an import adds and updates (names), and how many rows it leaves as they are."""

    resources_added: tuple[str, ...]
    resources_updated: tuple[str, ...]
    pathways_added: tuple[str, ...]
    pathways_updated: tuple[str, ...]
    unchanged: int


def export_csv(ctx: ServiceContext) -> bytes:
    """Every resource (active or not) with its pathways and steps, as the CSV file's bytes."""
    with ctx.transaction() as session:
        require(ctx, "directory.read")
        rows = resources.list_resources(ctx, include_inactive=True)
        by_resource: dict[int, list[resources.PathwayRow]] = {}
        for p in resources.pathway_rows(session, [r.id for r in rows]):
            by_resource.setdefault(p.resource_id, []).append(p)
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        blank = dict.fromkeys(COLUMNS, "")
        for r in sorted(rows, key=lambda x: x.external_id):
            writer.writerow((blank | {"record": "resource", "resource_id": r.external_id, "kind": r.kind,
                                      "name": r.name, "contact_person": r.contact_person or "",
                                      "phone": r.phone or "", "email": r.email or "", "address": r.address or "",
                                      "opening_hours": r.opening_hours or "", "eligibility": r.eligibility or "",
                                      "active": "1" if r.active else "0"}).values())
            for p in sorted(by_resource.get(r.id, []), key=lambda x: x.external_id):
                writer.writerow((blank | {"record": "pathway", "resource_id": r.external_id,
                                          "pathway_id": p.external_id, "pathway_name": p.name}).values())
                for s in p.steps:
                    writer.writerow((blank | {"record": "step", "pathway_id": p.external_id,
                                              "step_position": str(s.position), "step_label": s.label,
                                              "step_role": s.pool_role, "step_delay_days": str(s.delay_days)}).values())
        ctx.audit(session, "directory.export", entity_type="directory_resource", detail=f"{len(rows)} resources")
        return ("\ufeff" + out.getvalue()).encode("utf-8")


def read_file(path) -> bytes:
    """A CSV file's bytes (at most one byte more than ``parse_csv`` accepts); an unreadable file is refused."""
    try:
        with open(path, "rb") as fh:
            return fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValidationError("csv_file", "directory.csv_unreadable", error=exc.strerror or type(exc).__name__) \
            from None
    except ValueError:   # a NUL character in the path
        raise ValidationError("csv_file", "directory.csv_unreadable", error="NUL") from None


def _text(content: bytes) -> str:
    if len(content) > MAX_BYTES:
        raise ValidationError("csv_file", "directory.csv_too_large", max=MAX_BYTES)
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError("csv_file", "directory.csv_not_utf8") from None


def _cell(values: dict, column: str, line: int, required: bool = False) -> str:
    value = (values.get(column) or "").strip()
    if required and not value:
        raise ValidationError("csv_file", "directory.csv_missing", line=line, column=column)
    return value


def _external_id(values: dict, column: str, line: int) -> str:
    value = _cell(values, column, line, True)
    if not EXTERNAL_ID.match(value):
        raise ValidationError("csv_file", "directory.csv_bad_cell", line=line, column=column, value=value[:40])
    return value


def _checked(check, values: dict, line: int, column_of: dict[str, str]) -> None:
    """Run a form check on the row; its refusal names the row's line and column."""
    try:
        check()
    except ValidationError as exc:
        column = column_of.get(exc.field, exc.field)
        raise ValidationError("csv_file", "directory.csv_bad_cell", line=line, column=column,
                              value=(values.get(column) or "")[:40]) from None


def parse_csv(content: bytes) -> ParsedDirectory:
    """Read and check the whole file; a bad file raises one error naming its line and column."""
    text = _text(content)
    first = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if first.count(";") > first.count(",") else ",")
    try:
        header = next(reader, None)
        if header is None:
            raise ValidationError("csv_file", "directory.csv_header", line=1, column=COLUMNS[0])
        header = [h.strip() for h in header]
        for i, name in enumerate(COLUMNS):
            if i >= len(header) or header[i] != name:
                raise ValidationError("csv_file", "directory.csv_header", line=1, column=name)
        parsed, seen, steps = ParsedDirectory(), set(), {}
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) != len(header):
                raise ValidationError("csv_file", "directory.csv_cell_count", line=line, column=COLUMNS[0],
                                      count=len(cells), expected=len(header))
            values = dict(zip(header, cells))
            record = _cell(values, "record", line, True)
            if record not in RECORDS:
                raise ValidationError("csv_file", "directory.csv_bad_cell", line=line, column="record",
                                      value=record[:40])
            if record == "resource":
                _resource(parsed, values, line, seen)
            elif record == "pathway":
                _pathway(parsed, values, line, seen)
            else:
                _step(values, line, steps)
    except csv.Error:
        raise ValidationError("csv_file", "directory.csv_bad_cell", line=reader.line_num, column=COLUMNS[0],
                              value="") from None
    _attach_steps(parsed, steps)
    return parsed


def _resource(parsed: ParsedDirectory, values: dict, line: int, seen: set) -> None:
    external_id = _external_id(values, "resource_id", line)
    if ("resource", external_id) in seen:
        raise ValidationError("csv_file", "directory.csv_duplicate", line=line, column="resource_id",
                              value=external_id)
    seen.add(("resource", external_id))
    active = _cell(values, "active", line).lower() or "1"
    if active not in YES + NO:
        raise ValidationError("csv_file", "directory.csv_bad_cell", line=line, column="active", value=active[:40])
    data = ResourceInput(values["kind"].strip(), values["name"], values["contact_person"], values["phone"],
                         values["email"], values["address"], values["opening_hours"], values["eligibility"],
                         active in YES)
    _checked(lambda: resource_values(data), values, line, {})
    parsed.resources.append(ParsedResource(external_id, data, line))


def _pathway(parsed: ParsedDirectory, values: dict, line: int, seen: set) -> None:
    external_id = _external_id(values, "pathway_id", line)
    if ("pathway", external_id) in seen:
        raise ValidationError("csv_file", "directory.csv_duplicate", line=line, column="pathway_id",
                              value=external_id)
    seen.add(("pathway", external_id))
    owner = _external_id(values, "resource_id", line)
    if ("resource", owner) not in seen:
        raise ValidationError("csv_file", "directory.csv_unknown_ref", line=line, column="resource_id", value=owner)
    name = _cell(values, "pathway_name", line, True)
    _checked(lambda: pathway_values(PathwayInput(name, [StepInput("-")])), values, line, {})
    parsed.pathways.append(ParsedPathway(external_id, owner, PathwayInput(name, []), line))


def _step(values: dict, line: int, steps: dict) -> None:
    owner = _external_id(values, "pathway_id", line)
    position = _cell(values, "step_position", line, True)
    if not position.isdigit() or not 1 <= int(position) <= 999:
        raise ValidationError("csv_file", "directory.csv_bad_cell", line=line, column="step_position",
                              value=position[:40])
    step = StepInput(values["step_label"], values["step_role"].strip(), values["step_delay_days"])
    _checked(lambda: pathway_values(PathwayInput("-", [step])), values, line, {})
    steps.setdefault(owner, []).append((int(position), line, step))


def _attach_steps(parsed: ParsedDirectory, steps: dict) -> None:
    known = {p.external_id: p for p in parsed.pathways}
    for owner, found in steps.items():
        if owner not in known:
            raise ValidationError("csv_file", "directory.csv_unknown_ref", line=found[0][1], column="pathway_id",
                                  value=owner)
        ordered = sorted(found, key=lambda x: x[0])
        for (position, line, _s), (previous, _l, _p) in zip(ordered[1:], ordered):
            if position == previous:
                raise ValidationError("csv_file", "directory.csv_duplicate", line=line, column="step_position",
                                      value=str(position))
        known[owner].data.steps = [s for _p, _l, s in ordered]
    for p in parsed.pathways:
        if not p.data.steps:
            raise ValidationError("csv_file", "directory.csv_no_steps", line=p.line, column="pathway_id",
                                  value=p.external_id)
        _checked(lambda p=p: pathway_values(p.data), {}, p.line, {"steps": "step_label"})


def _same_resource(r: DirectoryResource, data: ResourceInput) -> bool:
    values = resource_values(data)
    return all(getattr(r, k) == v for k, v in values.items())


def _same_pathway(row: resources.PathwayRow, data: PathwayInput) -> bool:
    name, steps = pathway_values(data)
    return name == row.name and [(s["label"], s["pool_role"], s["delay_days"]) for s in steps] == [
        (s.label, s.pool_role, s.delay_days) for s in row.steps]


def _plan(ctx: ServiceContext, session, parsed: ParsedDirectory, apply: bool) -> ImportPlan:
    by_ext = {r.external_id: r for r in session.exec(select(DirectoryResource)).all()}
    added, updated, p_added, p_updated, unchanged = [], [], [], [], 0
    ids: dict[str, int | None] = {}
    for item in parsed.resources:
        existing = by_ext.get(item.external_id)
        if existing is None:
            added.append(item.data.name.strip())
            ids[item.external_id] = resources.create_resource(ctx, item.data, external_id=item.external_id) \
                if apply else None
        elif _same_resource(existing, item.data):
            unchanged += 1
            ids[item.external_id] = existing.id
        else:
            updated.append(item.data.name.strip())
            if apply:
                resources.update_resource(ctx, existing.id, existing.version, item.data)
            ids[item.external_id] = existing.id
    known_pathways = {p.external_id: p for p in session.exec(select(DirectoryPathway)).all()}
    rows = {p.id: p for p in resources.pathway_rows(session, list({p.resource_id for p in known_pathways.values()}))}
    for item in parsed.pathways:
        existing = known_pathways.get(item.external_id)
        resource_id = ids[item.resource_external_id]
        if existing is None or existing.resource_id != resource_id:
            if existing is not None:
                raise ValidationError("csv_file", "directory.csv_moved_pathway", line=item.line, column="resource_id",
                                      value=item.resource_external_id)
            p_added.append(item.data.name)
            if apply:
                pathways.create_pathway(ctx, resource_id, item.data, external_id=item.external_id)
        elif _same_pathway(rows[existing.id], item.data):
            unchanged += 1
        else:
            p_updated.append(item.data.name)
            if apply:
                pathways.update_pathway(ctx, existing.id, existing.version, item.data)
    return ImportPlan(tuple(added), tuple(updated), tuple(p_added), tuple(p_updated), unchanged)


def plan_import(ctx: ServiceContext, parsed: ParsedDirectory) -> ImportPlan:
    """What importing the parsed file would add and update; nothing is stored."""
    with ctx.transaction() as session:
        require(ctx, "directory.edit")
        return _plan(ctx, session, parsed, apply=False)


def apply_import(ctx: ServiceContext, parsed: ParsedDirectory) -> ImportPlan:
    """Add and update what the parsed file holds, in one transaction (all or nothing); audited."""
    with ctx.transaction() as session:
        require(ctx, "directory.edit")
        plan = _plan(ctx, session, parsed, apply=True)
        ctx.audit(session, "directory.import", entity_type="directory_resource",
                  detail=f"+{len(plan.resources_added)} ~{len(plan.resources_updated)} resources, "
                         f"+{len(plan.pathways_added)} ~{len(plan.pathways_updated)} pathways")
        return plan
