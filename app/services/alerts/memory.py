"""Re-alert memory: a finding whose alert was refused (kept as is) stays quiet until a relevant input changes.

When an alert is raised from an engine finding, the finding's inputs are stored
as a *fingerprint*: the drugs of the combination, each one's daily amount, the
renal-function band (CH eMediplan CrCl bands) and the age thresholds crossed.
Later, the same finding (same rule; same drugs for pair rules) is:

* ``suppressed`` while nothing relevant changed since a refusal;
* ``changed`` when a new drug joined the combination, a dose went up, the eGFR
  band changed or the patient crossed an age threshold: the refused alert is
  reopened (``recheck``) and its thread shows what changed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, select

from app.models.alert import OPEN_STATES, Alert, AlertMessage, AlertState
from app.models.base import utcnow
from app.services.kernel.context import ServiceContext
from app.services.kernel.locks import locked
from app.services.medications import check as medication_check
from app.services.medications.review import Finding, Medication, PatientContext, review
from app.services.security import records as access_records
from app.services.security.access import require

GROUP_KINDS = frozenset({"polypharmacy", "anticholinergic_burden", "duplication"})
AGE_THRESHOLDS = (65, 75, 80, 85)
EGFR_BANDS = ((15, "<15"), (30, "15-29"), (60, "30-59"), (90, "60-89"))
RENAL_KINDS = frozenset({"renal_dose", "drug_disease", "polypharmacy", "anticholinergic_burden"})


def finding_key(finding: Finding) -> str:
    """Identity of a finding across reviews: its rule, plus its drugs unless the rule groups a varying set."""
    if finding.kind in GROUP_KINDS:
        return finding.rule
    return f"{finding.rule}:{'+'.join(sorted(finding.atc))}"


# Identifiers of the hand-written interaction and QT rules before the ANSM thesaurus layer (counters).
_RETIRED_PREFIXES = ("DDI-", "QT-")


def renamed_finding_key(key: str, today: date | None = None) -> tuple[str, str, str] | None:
    """(new key, new rule, new kind) for a finding key stored under a retired rule identifier, or None.

    The drugs of the key are reviewed again with the current knowledge (no patient data): the finding of the same
    family (QT or interaction) on exactly these drugs gives the new rule. None when the key's rule is not retired
    or when the current knowledge finds nothing on those drugs (the key is then left as it is).
    """
    rule, _, codes = key.rpartition(":")
    if not rule.startswith(_RETIRED_PREFIXES) or not codes:
        return None
    atcs = codes.split("+")
    found = [f for f in review(PatientContext(as_of=today or date.today()), [Medication(atc=c) for c in atcs])
             if f.kind in ("interaction", "qt_prolongation") and sorted(f.atc) == sorted(atcs)]
    if not found:
        return None
    wanted = "qt_prolongation" if rule.startswith("QT-") else "interaction"
    best = sorted(found, key=lambda f: (f.kind != wanted, -f.rank, f.rule))[0]
    return finding_key(best), best.rule, best.kind


def egfr_band(value: float | None) -> str | None:
    if value is None:
        return None
    for limit, label in EGFR_BANDS:
        if value < limit:
            return label
    return ">=90"


def _amount(row) -> dict:
    """Units a day (a cycle: the mean a day; as needed: 0, as before) and mg a day; a cycle adds its length and
    the units a week, so that 15 mg once a week and 15 mg a day differ."""
    if row is None:
        return {}
    amounts = row.data.amounts()
    out = {"units": round(float(amounts.per_day or 0), 3)}
    if amounts.cycle_days and amounts.cycle_days > 1:
        out.update(cycle_days=amounts.cycle_days, units_week=round(float(amounts.per_week or 0), 3))
    if row.data.daily_dose_mg is not None:
        out["mg"] = float(row.data.daily_dose_mg)
    return out


def fingerprint(finding: Finding, result) -> dict:
    """The inputs of ``finding`` in a review ``result`` (medication_check.ReviewResult) as plain JSON values."""
    rows = {row.data.atc: row for row in result.checked}
    ctx = result.context
    renal = ctx.egfr if ctx.egfr is not None else ctx.crcl
    age = ctx.age
    return {"kind": finding.kind, "atc": sorted(finding.atc),
            "doses": {atc: _amount(rows.get(atc)) for atc in sorted(finding.atc)},
            "names": {atc: rows[atc].data.product_name or rows[atc].data.substances for atc in sorted(finding.atc) if atc in rows},
            "egfr_band": egfr_band(renal),
            "age_band": sum(1 for t in AGE_THRESHOLDS if age is not None and age >= t)}


def relevant_changes(old: dict, new: dict) -> list[dict]:
    """What changed between two fingerprints, as {"what": …, …} items (empty: nothing relevant)."""
    out: list[dict] = []
    for atc in sorted(set(new.get("atc", [])) - set(old.get("atc", []))):
        out.append({"what": "new_drug", "atc": atc, "name": new.get("names", {}).get(atc)})
    for atc, amount in new.get("doses", {}).items():
        before = old.get("doses", {}).get(atc)
        if not before:
            continue
        for unit in ("mg", "units"):
            if unit in amount and unit in before and amount[unit] > before[unit] + 1e-9:
                out.append({"what": "dose_increase", "atc": atc, "name": new.get("names", {}).get(atc), "unit": unit,
                            "before": before[unit], "after": amount[unit]})
                break
    if new.get("kind") in RENAL_KINDS and old.get("egfr_band") != new.get("egfr_band"):
        out.append({"what": "egfr_band", "before": old.get("egfr_band"), "after": new.get("egfr_band")})
    if new.get("age_band", 0) > old.get("age_band", 0):
        out.append({"what": "age_threshold",
                    "after": AGE_THRESHOLDS[new["age_band"] - 1]})
    return out


def describe_change(change: dict) -> str:
    """One English line for a change, for the audit detail (the thread keeps the coded change, and the UI
    renders it through its own templates in the reader's language, with the drug's name)."""
    what = change["what"]
    if what == "new_drug":
        return f"new drug in the combination: {change['atc']}"
    if what == "dose_increase":
        unit = "mg/day" if change["unit"] == "mg" else "units/day"
        return f"dose increased for {change['atc']}: {change['before']:g} → {change['after']:g} {unit}"
    if what == "egfr_band":
        return f"renal function band changed: {change['before'] or 'unknown'} → {change['after'] or 'unknown'}"
    if what == "age_threshold":
        return f"the patient is now {change['after']} or older"
    return what


@dataclass(frozen=True)
class FindingAlertStatus:
    """Where a finding stands with respect to alerts."""

    key: str
    status: str                  # none / open / suppressed / changed / closed
    alert_id: int | None = None
    state: str | None = None
    changes: tuple = ()


def latest_by_key(session: Session, patient_id: int) -> dict[str, Alert]:
    """The latest alert of each finding key of the patient."""
    alerts = session.exec(select(Alert).where(Alert.patient_id == patient_id, Alert.finding_key.is_not(None))
                          .order_by(Alert.id)).all()
    return {a.finding_key: a for a in alerts}


def status_of(alert: Alert | None, key: str, current: dict) -> FindingAlertStatus:
    if alert is None:
        return FindingAlertStatus(key, "none")
    if alert.state in OPEN_STATES:
        return FindingAlertStatus(key, "open", alert.id, alert.state)
    if alert.state != AlertState.REFUSED:
        return FindingAlertStatus(key, "closed", alert.id, alert.state)
    changes = relevant_changes(json.loads(alert.fingerprint or "{}"), current)
    return FindingAlertStatus(key, "changed" if changes else "suppressed", alert.id, alert.state, tuple(changes))


def triage(session: Session, patient_id: int, result) -> dict[str, FindingAlertStatus]:
    """Status of every finding of ``result`` (no access check: for other services)."""
    latest = latest_by_key(session, patient_id)
    out = {}
    for f in result.findings:
        key = finding_key(f)
        out[key] = status_of(latest.get(key), key, fingerprint(f, result))
    return out


def reopen(ctx: ServiceContext, session: Session, alert: Alert, new_print: dict, changes: list[dict],
           text: str | None = None) -> None:
    """Reopen a refused alert because its inputs changed; the thread records what changed. The alert is locked
    first: when another workstation reopened it meanwhile, it is left as they left it."""
    alert = locked(session, Alert, alert.id)
    if alert is None or alert.state != AlertState.REFUSED:
        return
    alert.state = AlertState.OPEN
    alert.answer_code = None   # waiting for an answer again (the refusal stays in the thread)
    alert.fingerprint = json.dumps(new_print)
    alert.reopened_count += 1
    alert.version += 1
    alert.updated_at, alert.updated_by = utcnow(), ctx.actor.display_name
    summary = "; ".join(describe_change(c) for c in changes)
    session.add(AlertMessage(alert_id=alert.id, kind="reopened", author_staff_id=ctx.actor.staff_id,
                             author_name=ctx.actor.display_name, text=text or "",
                             changes=json.dumps(changes, ensure_ascii=False)))
    ctx.audit(session, "alert.reopen", entity_type="alert", entity_id=alert.id, patient_id=alert.patient_id,
              detail=summary[:200])
    ctx.announce("alert.changed", alert_id=alert.id, patient_id=alert.patient_id, state=alert.state,
                 recipient_staff_id=alert.recipient_staff_id, sender_staff_id=alert.sender_staff_id)


def recheck(ctx: ServiceContext, patient_id: int) -> list[int]:
    """Review the patient again and reopen every refused alert whose finding's inputs changed; returns their ids."""
    with ctx.transaction() as session:
        require(ctx, "alert.read", access_records.patient_record(session, patient_id))
        return recheck_in(ctx, session, patient_id)


def recheck_in(ctx: ServiceContext, session: Session, patient_id: int) -> list[int]:
    """``recheck`` inside an open transaction (the rule of a change of medication, clinical value or patient)."""
    latest = latest_by_key(session, patient_id)
    if not any(a.state == AlertState.REFUSED and a.fingerprint for a in latest.values()):
        return []   # nothing was kept as is: no review needed
    reopened = []
    result = medication_check.review_in(session, patient_id)
    for f in result.findings:
        key = finding_key(f)
        current = fingerprint(f, result)
        status = status_of(latest.get(key), key, current)
        if status.status == "changed":
            reopen(ctx, session, latest[key], current, list(status.changes))
            reopened.append(latest[key].id)
    return reopened


def recheck_rule(ctx: ServiceContext, session: Session, payload: dict) -> None:
    """Rule of ``medication.changed``, ``observation.changed`` and ``patient.changed`` (``app.services.RULES``)."""
    patient_id = payload.get("patient_id")
    if patient_id is not None:
        recheck_in(ctx, session, patient_id)
