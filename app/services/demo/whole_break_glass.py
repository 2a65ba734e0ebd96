"""The whole practice, emergency (break-glass) accesses: a clinician outside a patient's care circle opened the chart
for a stated reason, as ``break_glass.grants.request_access`` records it — the grant (its duration and read-only
setting the practice's), the médecin traitant's urgent task, the audit event of the grant and of the chart read
under it (marked with the emergency purpose of use) — and, for most of the older ones, the administrator's
acknowledgement (``break_glass.review.acknowledge``).

States: running or expired, acknowledged or waiting. The first grants made take each state in turn; the others
are spread over three years, acknowledged within a few days unless they are less than a fortnight old; the
médecin traitant has closed the task of all but the recent ones (the result written to the chart).

Rows and their audit events only; ``whole_practice`` writes them. The patients are those with no record that
would put the clinician in their circle (no care plan, task, alert or thread generated for them), and the
clinician is never their médecin traitant.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from app.models.base import utcnow
from app.models.task import TaskStatus
from app.services.demo.whole_team import task_row
from app.services.kernel.shared_texts import say
from app.services.security.audit import EMERGENCY_PURPOSE

REASONS = {  # by the role of the clinician who breaks the glass
    "physician": ("Appel du SAMU la nuit : patient confus, traitement en cours demandé, médecin traitant absent",
                  "Consultation non programmée, patient essoufflé, médecin traitant en congé : antécédents "
                  "nécessaires"),
    "pharmacist": ("Ordonnance d'urgence présentée à l'officine, vérification des interactions nécessaire",),
    "nurse": ("Passage infirmier imprévu le week-end : plaie qui saigne, traitement anticoagulant à vérifier",
              "Chute à domicile signalée par l'aide à domicile, allergies et anticoagulant à vérifier"),
    "advanced_practice_nurse": ("Visite à domicile demandée par la famille : confusion récente, traitement à "
                                "vérifier avant d'appeler le médecin de garde",)}
REVIEW_NOTES = ("Vérifié : garde de nuit, accès justifié.", "Accès justifié, médecin traitant informé.",
                "Vu avec le médecin de garde : motif conforme.")
GP_RESULTS = ("Vu, merci.", "Vu, j'ai rappelé le patient.", "Pris connaissance.")
# The first grants: (started this many minutes ago, acknowledged) — running waiting, expired acknowledged, expired
# waiting, running acknowledged.
FIRST = ((45, False), (3 * 24 * 60, True), (30 * 60, False), (90, True))
REQUESTERS = ("physician", "physician", "nurse", "pharmacist", "physician", "advanced_practice_nurse")


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


@dataclass
class GrantDraft:
    patient_id: int
    grant: dict
    task: dict
    note: str | None
    # (when, action, actor staff id or None for Cordée, detail, what: "grant" / "task" / "patient")
    events: list[tuple] = field(default_factory=list)


class BreakGlassBuilder:
    """Grants one at a time; ``minutes`` and ``read_only`` are the practice's policy."""

    def __init__(self, rng: random.Random, today: date, staff: dict[str, list[tuple[int, str]]], minutes: int,
                 read_only: bool, now: datetime | None = None):
        self.rng, self.today, self.staff = rng, today, staff
        self.minutes, self.read_only = minutes, read_only
        self.now = now or utcnow()
        self.count = 0

    def grant(self, session, patient_id: int, gp: tuple[int, str] | None) -> GrantDraft | None:
        """A grant on this patient by a clinician who is not their médecin traitant (None when nobody fits)."""
        rng = self.rng
        who = []
        for k in range(len(REQUESTERS)):   # the next role in turn that has someone other than the médecin traitant
            role = REQUESTERS[(self.count + k) % len(REQUESTERS)]
            who = [s for s in self.staff.get(role, []) if not gp or s[0] != gp[0]]
            if who:
                break
        if not who:
            return None
        requester = rng.choice(who)
        if self.count < len(FIRST):
            ago, acknowledged = FIRST[self.count]
            started = self.now - timedelta(minutes=ago)
        else:
            started = datetime.combine(self.today - timedelta(days=rng.randint(0, 3 * 365)),
                                       time(rng.randint(6, 21), rng.randint(0, 59)), tzinfo=UTC)
            started = min(started, self.now - timedelta(minutes=self.minutes + 5))   # later ones have expired
            acknowledged = (self.now - started).days >= 14 or rng.random() < 0.3
        self.count += 1
        expires = started + timedelta(minutes=self.minutes)
        reason = rng.choice(REASONS[role])
        admin = self.staff.get("admin", [None])[0]
        acknowledged = acknowledged and admin is not None
        seen = min(self.now, started + timedelta(hours=rng.randint(2, 96))) if acknowledged else None
        grant = {"patient_id": patient_id, "staff_id": requester[0], "reason": reason, "started_at": started,
                 "expires_at": expires, "read_only": self.read_only, "acknowledged_at": seen,
                 "acknowledged_by": admin[1] if seen else None,
                 "review_note": rng.choice(REVIEW_NOTES) if seen else None, "version": 2 if seen else 1,
                 "created_at": started, "updated_at": seen or started,
                 "updated_by": admin[1] if seen else requester[1]}
        draft = GrantDraft(patient_id, grant, {}, None)
        draft.events += [
            (started, "break_glass.grant", requester[0],
             f"until={expires.isoformat(timespec='minutes')}; read_only={self.read_only}; reason={reason}", "grant"),
            (started + timedelta(minutes=1), "patient.open", requester[0], EMERGENCY_PURPOSE, "patient")]
        if seen:
            draft.events.append((seen, "break_glass.acknowledge", admin[0], grant["review_note"], "grant"))
        if gp is not None:
            draft.task, draft.note = self._tell_the_gp(session, draft, gp, requester, started, expires, reason)
        return draft

    def _tell_the_gp(self, session, draft: GrantDraft, gp, requester, started: datetime, expires: datetime,
                     reason: str) -> tuple[dict, str | None]:
        """The médecin traitant's urgent task (closed by them unless the access is recent)."""
        closed = (self.now - started).days >= 7
        until = expires.astimezone().strftime("%d.%m.%Y %H:%M")
        title = say(session, "break_glass.title", who=requester[1])[:200]
        day = started.astimezone().date()
        task = task_row(title, "break_glass", draft.patient_id,
                        TaskStatus.COMPLETED if closed else TaskStatus.REQUESTED, day, assignee=gp[0],
                        by=gp[1] if closed else "", origin_type="other", priority="urgent", due=day)
        task.update(description=say(session, "break_glass.description", who=requester[1], until=until, reason=reason),
                    created_at=started, updated_at=started, updated_by="Cordée", dedup_key=None)
        draft.events.append((started, "task.create", None, "break_glass", "task"))
        if not closed:
            return task, None
        done = started + timedelta(days=self.rng.randint(0, 3), hours=2)
        result = self.rng.choice(GP_RESULTS)
        task.update(status_reason=None, result_text=result, completed_at=done, completed_by=gp[1], version=4,
                    updated_at=done, updated_by=gp[1])
        draft.events += [(done - timedelta(minutes=3), "task.accepted", gp[0], "", "task"),
                         (done - timedelta(minutes=2), "task.in_progress", gp[0], "", "task"),
                         (done, "task.completed", gp[0], "", "task")]
        return task, f"{title}: {result}"


__all__ = ["BreakGlassBuilder", "GrantDraft"]
