"""The instruments as data: ``resources/assessments/<id>-<version>.json``, checked when loaded.

A malformed file is refused with an ``InstrumentFileError`` naming the file and the key.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from app.resources import resource_dir
from app.services.errors import CordeeError

INSTRUMENT_DIR = resource_dir("assessments")
ACTION_KINDS = ("task", "care_plan_need")


class InstrumentFileError(CordeeError):
    """An instrument file is malformed: the params name the file and the key."""

    code = "instrument_file"

    def __init__(self, code: str, file: str, key: str, **params):
        super().__init__(code, file=file, key=key, **params)


@dataclass(frozen=True)
class Option:
    key: str
    text: dict
    points: int


@dataclass(frozen=True)
class Item:
    key: str
    text: dict
    options: tuple[Option, ...]
    domain: str | None = None

    def option(self, key: str) -> Option | None:
        return next((o for o in self.options if o.key == key), None)


@dataclass(frozen=True)
class Action:
    """What a band or a rule proposes: a task for a pool (title, priority) or a care-plan need (domain, text)."""

    kind: str
    key: str
    text: dict
    pool_role: str | None = None
    priority: str = "routine"
    domain: str | None = None


@dataclass(frozen=True)
class Band:
    key: str
    low: int
    high: int
    title: dict
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class Rule:
    """An item answer (at least ``min_points``) or a positive domain that proposes actions whatever the band."""

    key: str
    title: dict
    actions: tuple[Action, ...]
    item: str | None = None
    min_points: int = 1
    domain: str | None = None


@dataclass(frozen=True)
class Instrument:
    id: str
    version: str
    domain: str
    title: dict
    instructions: dict
    source: dict
    reuse: dict
    translations: str
    items: tuple[Item, ...]
    method: str                # sum | domains
    score_max: int
    domains: tuple[tuple[str, dict], ...]
    bands: tuple[Band, ...]
    rules: tuple[Rule, ...]
    own_right_roles: tuple[str, ...]
    protocols: tuple[tuple[str, str], ...]      # (protocol code, act)
    verify: bool

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def item(self, key: str) -> Item | None:
        return next((i for i in self.items if i.key == key), None)

    def band(self, key: str) -> Band | None:
        return next((b for b in self.bands if b.key == key), None)


def label(texts: dict, lang: str) -> str:
    """The text in ``lang`` (fr, de, en), French then English when missing."""
    return texts.get(lang) or texts.get("fr") or texts.get("en", "")


def _action(raw: dict, name: str, where: str) -> Action:
    if raw.get("kind") not in ACTION_KINDS or not raw.get("key"):
        raise InstrumentFileError("assessments.file_bad_entry", name, where)
    if raw["kind"] == "task":
        if not raw.get("pool_role") or not isinstance(raw.get("title"), dict):
            raise InstrumentFileError("assessments.file_bad_entry", name, where)
        return Action("task", raw["key"], raw["title"], pool_role=raw["pool_role"],
                      priority=raw.get("priority", "routine"))
    if not isinstance(raw.get("text"), dict) or not raw.get("domain"):
        raise InstrumentFileError("assessments.file_bad_entry", name, where)
    return Action("care_plan_need", raw["key"], raw["text"], priority=raw.get("priority", "medium"),
                  domain=raw["domain"])


def _parse(raw: dict, name: str) -> Instrument:
    for key in ("id", "version", "title", "source", "reuse", "items", "scoring", "bands"):
        if key not in raw:
            raise InstrumentFileError("assessments.file_bad_entry", name, key)
    if not all(raw["source"].get(k) for k in ("publisher", "title", "edition", "url")):
        raise InstrumentFileError("assessments.file_bad_entry", name, "source")
    items = []
    for i, it in enumerate(raw["items"]):
        opts = tuple(Option(o["key"], o["text"], int(o["points"])) for o in it.get("options", []))
        if not it.get("key") or len(opts) < 2 or len({o.key for o in opts}) != len(opts):
            raise InstrumentFileError("assessments.file_bad_entry", name, f"items[{i}]")
        items.append(Item(it["key"], it["text"], opts, it.get("domain")))
    if len({i.key for i in items}) != len(items):
        raise InstrumentFileError("assessments.file_bad_entry", name, "items")
    scoring = raw["scoring"]
    method = scoring.get("method")
    domains = tuple((d["key"], d["title"]) for d in scoring.get("domains", []))
    if method == "sum":
        top = sum(max(o.points for o in i.options) for i in items)
    elif method == "domains" and domains and all(i.domain in dict(domains) for i in items):
        top = len(domains)
    else:
        raise InstrumentFileError("assessments.file_bad_entry", name, "scoring")
    bands = tuple(Band(b["key"], int(b["min"]), int(b["max"]), b["title"],
                       tuple(_action(a, name, f"bands[{n}].actions[{m}]") for m, a in enumerate(b.get("actions", []))))
                  for n, b in enumerate(raw["bands"]))
    covered = sorted(v for b in bands for v in range(b.low, b.high + 1))
    if covered != list(range(0, top + 1)):
        raise InstrumentFileError("assessments.file_bad_entry", name, "bands")
    rules = []
    for n, r in enumerate(raw.get("rules", [])):
        if (r.get("item") is None) == (r.get("domain") is None) or (
                r.get("item") is not None and r["item"] not in {i.key for i in items}) or (
                r.get("domain") is not None and r["domain"] not in dict(domains)):
            raise InstrumentFileError("assessments.file_bad_entry", name, f"rules[{n}]")
        rules.append(Rule(r["key"], r["title"], tuple(_action(a, name, f"rules[{n}].actions[{m}]")
                                                      for m, a in enumerate(r.get("actions", []))),
                          item=r.get("item"), min_points=int(r.get("min_points", 1)), domain=r.get("domain")))
    delegation = raw.get("delegation") or {}
    return Instrument(
        id=raw["id"], version=str(raw["version"]), domain=raw.get("domain", ""), title=raw["title"],
        instructions=raw.get("instructions", {}), source=raw["source"], reuse=raw["reuse"],
        translations=raw.get("translations", ""), items=tuple(items), method=method, score_max=top, domains=domains,
        bands=bands, rules=tuple(rules), own_right_roles=tuple(delegation.get("own_right", ("physician",))),
        protocols=tuple((p["protocol"], p["act"]) for p in delegation.get("protocols", [])),
        verify=bool(raw.get("verify", True)))


@lru_cache(maxsize=1)
def load() -> dict[str, Instrument]:
    """Every instrument by ``id@version``, checked (cached: the files ship with the program)."""
    out: dict[str, Instrument] = {}
    for path in sorted(INSTRUMENT_DIR.glob("*.json")):
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InstrumentFileError("assessments.file_unreadable", path.name, "", reason=str(exc)) from None
        instrument = _parse(raw, path.name)
        if path.stem != f"{instrument.id}-{instrument.version}" or instrument.ref in out:
            raise InstrumentFileError("assessments.file_bad_entry", path.name, "id")
        out[instrument.ref] = instrument
    return out


def current() -> list[Instrument]:
    """The newest version of each instrument, by title order of the ids."""
    newest: dict[str, Instrument] = {}
    for inst in load().values():
        if inst.id not in newest or inst.version > newest[inst.id].version:
            newest[inst.id] = inst
    return [newest[k] for k in sorted(newest)]


def get(instrument_id: str, version: str | None = None) -> Instrument | None:
    """An instrument by id (newest version unless ``version`` is given); None when unknown."""
    if version:
        return load().get(f"{instrument_id}@{version}")
    return next((i for i in current() if i.id == instrument_id), None)
