"""Coverage of the ANSM thesaurus: one two-drug case per entry, reviewed by the engine, counted and explained.

For every directed entry whose two sides each hold a substance mapped to an ATC code (the first mapped member of a
class, a different one on each side), the case is the two drugs with no dose, route or patient data. The entry is
*raised* when the review gives a finding (interaction or QT) on exactly those two drugs, *at the thesaurus level*
when that finding's level is one of the entry's levels. Every other entry is listed with the reason.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from .context import Medication, PatientContext
from .engine import is_topical, review
from .findings import SEVERITY_RANK
from .knowledge import Knowledge, load_knowledge

AS_OF = date(2026, 1, 1)
PATIENT = PatientContext(as_of=AS_OF, birth_date=date(1970, 1, 1))


@dataclass(frozen=True)
class EntryResult:
    """One directed entry: the case built for it and what the review said."""

    rule: str
    entry: str
    levels: tuple[str, ...]
    atc: tuple[str, str] | None = None
    severity: str | None = None
    finding_rule: str | None = None
    reason: str = ""

    @property
    def built(self) -> bool:
        return self.atc is not None

    @property
    def raised(self) -> bool:
        return self.severity is not None

    @property
    def at_level(self) -> bool:
        return self.severity in self.levels


@dataclass
class CoverageReport:
    """All entries of the thesaurus with their outcome, and the totals the issue asks for."""

    edition: str
    results: list[EntryResult] = field(default_factory=list)

    @property
    def built(self) -> list[EntryResult]:
        return [r for r in self.results if r.built]

    def rate(self, attr: str) -> float:
        built = self.built
        return sum(getattr(r, attr) for r in built) / len(built) if built else 0.0

    def by_level(self) -> dict[str, tuple[int, int, int]]:
        """Most serious level of the entry → (cases, raised, at the level)."""
        out: dict[str, list[int]] = {}
        for r in self.built:
            row = out.setdefault(r.levels[0], [0, 0, 0])
            row[0] += 1
            row[1] += r.raised
            row[2] += r.at_level
        return {k: (v[0], v[1], v[2]) for k, v in sorted(out.items(), key=lambda kv: -SEVERITY_RANK[kv[0]])}


def _pick(kb: Knowledge, side: dict, avoid: str | None) -> tuple[str, str] | None:
    """(substance, ATC code) for one side: the substance itself, or the first mapped member of a class; the first
    code of a systemic form when the substance has one."""
    layer = kb.ansm
    if side["kind"] == "substance":
        candidates = [side["term"]]
    elif side["kind"] == "class":
        candidates = layer.classes[side["term"]]["members"]
    else:
        return None
    for sub in candidates:
        codes = [c for c in layer.substances[sub]["atc"] if len(c) == 7]
        if codes and sub != avoid:
            systemic = [c for c in codes if not is_topical(Medication(atc=c), kb)]
            return sub, (systemic or codes)[0]
    return None


def _not_built(kb: Knowledge, rule: dict) -> str:
    for side in ("a", "b"):
        s = rule[side]
        if s["kind"] == "route_term":
            return f"side “{s['name']}” is defined by a route or an ATC group, not by substances"
        if _pick(kb, s, None) is None:
            return f"no substance of “{s['name']}” has an ATC code (see substance_atc.csv)"
    return "the two sides have a single substance in common"


def _explain(rule: dict, severity: str | None, finding) -> str:
    if severity is None:
        return "no finding (the entry's conditions exclude a case without dose, route or patient data)"
    details = dict(finding.details)
    if not finding.rule.startswith("ANSM:"):
        return f"a later fact gives {severity}: {finding.rule}"
    if finding.rule == rule["id"] and "missing" in details:
        return f"{severity} assumed for want of {', '.join(details['missing'])}"
    return f"another entry for this pair gives {severity}: {details.get('entry', finding.rule)}"


def _case(kb: Knowledge, rule: dict, entry: str) -> EntryResult:
    levels = tuple(lv["level"] for lv in rule["levels"])
    main, _, plus = entry.partition(" + ")
    a_first = rule["a"]["name"] == main or rule["b"]["name"] != main
    first, second = (rule["a"], rule["b"]) if a_first else (rule["b"], rule["a"])
    pa = _pick(kb, first, None)
    pb = _pick(kb, second, pa[0] if pa else None)
    if pa is None or pb is None or pa[1] == pb[1]:
        return EntryResult(rule["id"], entry, levels, reason=_not_built(kb, rule))
    meds = [Medication(atc=pa[1], name=pa[0]), Medication(atc=pb[1], name=pb[0])]
    hits = [f for f in review(PATIENT, meds, lang="en", knowledge=kb)
            if f.kind in ("interaction", "qt_prolongation") and set(f.atc) == {pa[1], pb[1]}]
    own = [f for f in hits if f.rule == rule["id"]]
    within = [f for f in hits if f.severity in levels]
    ranked = sorted(hits, key=lambda f: (-f.rank, f.rule))
    chosen = (own or within or ranked or [None])[0]
    severity = chosen.severity if chosen else None
    reason = "" if severity in levels else _explain(rule, severity, chosen)
    return EntryResult(rule["id"], entry, levels, (pa[1], pb[1]), severity, chosen.rule if chosen else None, reason)


def coverage(kb: Knowledge | None = None) -> CoverageReport:
    """The coverage report of the loaded knowledge."""
    kb = kb or load_knowledge()
    report = CoverageReport(edition=kb.ansm.edition)
    for rule in kb.ansm.rules:
        for entry in rule["entries"]:
            report.results.append(_case(kb, rule, entry))
    for excluded in kb.ansm.excluded:
        for entry in excluded["entries"]:
            report.results.append(EntryResult(excluded["id"], entry, (), reason=excluded["reason"]))
    return report


def render(report: CoverageReport, kb: Knowledge | None = None) -> str:
    """The report as Markdown (English: a document for the maintainers and pharmacists reviewing the pack)."""
    kb = kb or load_knowledge()
    built = report.built
    counts = kb.ansm.counts()
    lines = [
        f"# Coverage of the ANSM interaction thesaurus ({report.edition}, the newest machine-readable edition)",
        "",
        "Generated by `cordee knowledge report` (and by `tests/services/medications/review/test_coverage_report.py`,",
        "which checks that this file is up to date). One two-drug case per directed entry whose two sides each have",
        "a substance with an ATC code; no dose, route or patient data, so that conditional levels are assumed and",
        "stated.",
        "",
        f"- Directed entries in the thesaurus: {len(report.results)} "
        f"({counts['entries']} as rules, {counts['excluded_entries']} naming something that is not a medicine)",
        f"- ANSM substances mapped to an ATC code: {counts['mapped_substances']} of {counts['substances']}",
        f"- Two-drug cases built: {len(built)}",
        f"- Raised a finding: {sum(r.raised for r in built)} ({report.rate('raised'):.1%})",
        f"- At the thesaurus level (one of the entry's levels): {sum(r.at_level for r in built)} "
        f"({report.rate('at_level'):.1%})",
        "",
        "| Most serious level of the entry | Cases | Raised | At the level |",
        "| --- | ---: | ---: | ---: |",
    ]
    for level, (n, raised, at) in report.by_level().items():
        lines.append(f"| {level} | {n} | {raised} | {at} |")
    off = [r for r in built if not r.at_level]
    lines += ["", f"## Cases not at the thesaurus level ({len(off)})", ""]
    lines += [f"- {r.entry} ({' + '.join(r.atc)}): {r.reason}" for r in sorted(off, key=lambda r: r.entry)]
    not_built = [r for r in report.results if not r.built]
    lines += ["", f"## Entries without a case ({len(not_built)})", ""]
    for reason, n in sorted(Counter(r.reason for r in not_built).items(), key=lambda kv: (-kv[1], kv[0])):
        lines.append(f"- {n} × {reason}")
    lines += [""]
    for r in sorted(not_built, key=lambda r: r.entry):
        lines.append(f"  - {r.entry}: {r.reason}")
    return "\n".join(lines) + "\n"
