"""The whole practice, alerts: pharmacist → doctor alerts raised from a real review finding, in every state with
their thread, and reconciliations after a discharge whose grouped alert is partly or wholly answered.

An alert from a finding stores what ``alerts.alert_flow.raise_alert`` stores: the finding's rule and key
(``alerts.memory.finding_key``) and its fingerprint (``alerts.memory.fingerprint`` on the patient's review).
"""

from __future__ import annotations

import json
import random
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from app.models.alert import AlertState
from app.models.reconciliation import Decision, DifferenceKind
from app.services.alerts import memory as alert_memory
from app.services.alerts import vocabulary
from app.services.medications import check as medication_check

# The steps of each state's thread after "raised": (kind, author: "sender" / "recipient").
THREADS = {
    AlertState.OPEN: (),
    AlertState.READ: (("read", "recipient"),),
    AlertState.QUESTION: (("read", "recipient"), ("question", "recipient")),
    AlertState.REPLIED: (("read", "recipient"), ("question", "recipient"), ("reply", "sender")),
    AlertState.ACCEPTED: (("read", "recipient"), ("accepted", "recipient")),
    AlertState.MODIFIED: (("read", "recipient"), ("modified", "recipient")),
    AlertState.REFUSED: (("read", "recipient"), ("refused", "recipient")),
}
ANSWER_OF = {AlertState.ACCEPTED: "accept", AlertState.MODIFIED: "modify", AlertState.REFUSED: "refuse"}
TEXTS = {"question": "Depuis quand ce traitement ?", "reply": "Depuis l'hospitalisation de l'an dernier.",
         "accepted": "D'accord, je modifie.", "modified": "Je préfère une autre adaptation.",
         "refused": "Balance bénéfice/risque favorable, on garde."}
ALERT_STATES = tuple(THREADS)


def _at(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=UTC)


class AlertBuilder:
    """Alert and reconciliation rows of one patient at a time."""

    def __init__(self, rng: random.Random, today: date, physicians: list[tuple[int, str]],
                 pharmacist: tuple[int, str]):
        self.rng, self.today, self.physicians, self.pharmacist = rng, today, physicians, pharmacist
        self.count = 0

    def from_review(self, session: Session, patient_id: int) -> tuple[dict, list[dict]] | None:
        """An alert on one of the patient's current findings (its state the next in turn) and its thread, or None
        when the review finds nothing. The patient's lines must be flushed."""
        result = medication_check.review_in(session, patient_id, self.today)
        if not result.findings:
            return None
        finding = self.rng.choice(result.findings)
        state = ALERT_STATES[self.count % len(ALERT_STATES)]
        self.count += 1
        raised = self.today - timedelta(days=self.rng.randint(5, 3 * 365))
        recipient, recipient_name = self.rng.choice(self.physicians)
        kind = "monitor"
        row = {"patient_id": patient_id, "sender_staff_id": self.pharmacist[0], "sender_name": self.pharmacist[1],
               "recipient_staff_id": recipient, "problem_category": "1.1", "problem_text": finding.message[:2000],
               "proposal_kind": kind, "intervention_text": finding.recommendation[:2000] or None,
               "medications": json.dumps(sorted(finding.atc)), "urgency": "routine",
               "reply_by": raised + timedelta(days=7), "state": state.value, "finding_rule": finding.rule,
               "finding_key": alert_memory.finding_key(finding),
               "fingerprint": json.dumps(alert_memory.fingerprint(finding, result)),
               "answer_code": ANSWER_OF.get(state), "answer_text": TEXTS.get(str(state)) if state in ANSWER_OF else None,
               "answered_at": _at(raised + timedelta(days=2), 11) if state in ANSWER_OF else None,
               "answered_by": recipient_name if state in ANSWER_OF else None,
               "created_at": _at(raised, 9), "updated_at": _at(raised + timedelta(days=2), 11),
               "updated_by": recipient_name if THREADS[state] else self.pharmacist[1],
               "version": 1 + len(THREADS[state])}
        names = {"sender": self.pharmacist, "recipient": (recipient, recipient_name)}
        thread = [{"kind": "raised", "at": _at(raised, 9), "author_staff_id": self.pharmacist[0],
                   "author_name": self.pharmacist[1], "text": row["problem_text"], "changes": None,
                   "padv": vocabulary.kind(kind).padv}]
        for step, (msg_kind, who) in enumerate(THREADS[state], start=1):
            thread.append({"kind": msg_kind, "at": _at(raised + timedelta(days=step), 10),
                           "author_staff_id": names[who][0], "author_name": names[who][1],
                           "text": TEXTS.get(msg_kind), "changes": None, "padv": None})
        return row, thread

    def reconciliation(self, patient_id: int, discharge: date, lines: list[tuple[int, dict]], by: str,
                       answered: bool) -> tuple[dict, dict, list[dict]]:
        """(reconciliation, its grouped alert, its items): two lines to clarify, sent in one alert that is
        partly (``answered`` False) or wholly answered; the reconciliation stays a draft until then."""
        recipient, recipient_name = self.rng.choice(self.physicians)
        discharge_list = [{"atc": v["atc"], "substances": v["substances"], "strength": v["strength"]}
                          for _, v in lines]
        recon = {"patient_id": patient_id, "source": "CH Lyon Sud — médecine interne", "discharge_date": discharge,
                 "discharge_list": json.dumps(discharge_list, ensure_ascii=False),
                 "state": "validated" if answered else "draft", "created_by": by,
                 "validated_by": recipient_name if answered else None,
                 "validated_at": _at(discharge + timedelta(days=3), 12) if answered else None,
                 "created_at": _at(discharge, 14), "updated_at": _at(discharge + timedelta(days=3), 12),
                 "updated_by": by, "version": 2 if answered else 1}
        state = AlertState.ANSWERED if answered else AlertState.PARTIAL
        alert = {"patient_id": patient_id, "sender_staff_id": self.pharmacist[0], "sender_name": self.pharmacist[1],
                 "recipient_staff_id": recipient, "problem_category": "1.4",
                 "problem_text": "Conciliation de sortie : lignes à clarifier", "proposal_kind": "information",
                 "intervention_text": None, "medications": json.dumps([v["atc"] for _, v in lines]),
                 "urgency": "24h", "reply_by": discharge + timedelta(days=1), "state": state.value,
                 "finding_rule": None, "finding_key": None, "fingerprint": None,
                 "answer_code": None, "answer_text": None, "answered_at": _at(discharge + timedelta(days=2), 10)
                 if answered else None, "answered_by": recipient_name if answered else None,
                 "created_at": _at(discharge, 15), "updated_at": _at(discharge + timedelta(days=2), 10),
                 "updated_by": recipient_name, "version": 3}
        items = []
        for position, (line_id, values) in enumerate(lines):
            done = answered or position == 0
            items.append({"position": position, "kind": DifferenceKind.DOSE_CHANGED.value, "current_line_id": line_id,
                          "before": json.dumps({"atc": values["atc"], "strength": values["strength"]}),
                          "after": json.dumps({"atc": values["atc"], "strength": values["strength"],
                                               "note": "dose modifiée"}),
                          "decision": Decision.TO_CLARIFY.value if not done else Decision.KEEP_CURRENT.value,
                          "note": None, "task_id": None, "answer_code": "refuse" if done else None,
                          "answer_text": "On garde la dose d'avant." if done else None,
                          "answered_at": _at(discharge + timedelta(days=2), 10) if done else None,
                          "answered_by": recipient_name if done else None})
        return recon, alert, items

    def grouped_thread(self, alert: dict) -> list[dict]:
        """The grouped alert's thread: raised, read, one answer per answered line."""
        day = alert["created_at"].date()
        rows = [{"kind": "raised", "at": alert["created_at"], "author_staff_id": self.pharmacist[0],
                 "author_name": self.pharmacist[1], "text": alert["problem_text"], "changes": None, "padv": None},
                {"kind": "read", "at": _at(day + timedelta(days=1), 9), "author_staff_id": alert["recipient_staff_id"],
                 "author_name": alert["updated_by"], "text": None, "changes": None, "padv": None}]
        rows.append({"kind": "refused", "at": _at(day + timedelta(days=2), 10),
                     "author_staff_id": alert["recipient_staff_id"], "author_name": alert["updated_by"],
                     "text": "On garde la dose d'avant.", "changes": None, "padv": None})
        return rows
