"""The audit trail in the reader's words: an action code (``alert.list``, ``task.completed``) reads as "what: which
act" ("Alertes : liste"), and the details Cordée writes ("sent escalated 14 rows") have their known words and counts
translated. The trail itself keeps the codes (it is hash-chained and never rewritten); unknown parts are shown as
stored. Nouns for the acts, so that no agreement with the record's gender is needed in French or German.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

RECORDS: dict[str, str] = {
    "absence": QT_TRANSLATE_NOOP("AuditRecords", "Absence"),
    "alert": QT_TRANSLATE_NOOP("AuditRecords", "Alert"),
    "audit": QT_TRANSLATE_NOOP("AuditRecords", "Audit trail"),
    "backup": QT_TRANSLATE_NOOP("AuditRecords", "Backup"),
    "break_glass": QT_TRANSLATE_NOOP("AuditRecords", "Emergency access"),
    "care_plan": QT_TRANSLATE_NOOP("AuditRecords", "Care plan"),
    "daum": QT_TRANSLATE_NOOP("AuditRecords", "Frequent emergency visits"),
    "demo": QT_TRANSLATE_NOOP("AuditRecords", "Demo practice"),
    "document": QT_TRANSLATE_NOOP("AuditRecords", "Document"),
    "hospital_event": QT_TRANSLATE_NOOP("AuditRecords", "Hospital stay"),
    "indicators": QT_TRANSLATE_NOOP("AuditRecords", "Indicators"),
    "intake": QT_TRANSLATE_NOOP("AuditRecords", "New-patient intake"),
    "login": QT_TRANSLATE_NOOP("AuditRecords", "Login"),
    "logout": QT_TRANSLATE_NOOP("AuditRecords", "Logout"),
    "maturity": QT_TRANSLATE_NOOP("AuditRecords", "Maturity self-assessment"),
    "medication": QT_TRANSLATE_NOOP("AuditRecords", "Medication"),
    "meeting": QT_TRANSLATE_NOOP("AuditRecords", "Team meeting"),
    "message": QT_TRANSLATE_NOOP("AuditRecords", "Team message"),
    "observation": QT_TRANSLATE_NOOP("AuditRecords", "Measurement"),
    "password": QT_TRANSLATE_NOOP("AuditRecords", "Password"),
    "patient": QT_TRANSLATE_NOOP("AuditRecords", "Patient record"),
    "practice": QT_TRANSLATE_NOOP("AuditRecords", "Practice settings"),
    "protocol": QT_TRANSLATE_NOOP("AuditRecords", "Delegation protocol"),
    "recall": QT_TRANSLATE_NOOP("AuditRecords", "Recall campaign"),
    "reconciliation": QT_TRANSLATE_NOOP("AuditRecords", "Discharge reconciliation"),
    "referral": QT_TRANSLATE_NOOP("AuditRecords", "Referral"),
    "renewal": QT_TRANSLATE_NOOP("AuditRecords", "Pharmacist renewal"),
    "review.worksheet": QT_TRANSLATE_NOOP("AuditRecords", "Medication review"),
    "session": QT_TRANSLATE_NOOP("AuditRecords", "Screen lock"),
    "staff": QT_TRANSLATE_NOOP("AuditRecords", "Staff account"),
    "task": QT_TRANSLATE_NOOP("AuditRecords", "Task"),
}

OTHER_RECORDS: dict[str, str] = {   # record types of the trail that are no action's first part
    "database": QT_TRANSLATE_NOOP("AuditRecords", "Database"),
    "daum_alert": QT_TRANSLATE_NOOP("AuditRecords", "Frequent emergency visits"),
    "maturity_period": QT_TRANSLATE_NOOP("AuditRecords", "Self-assessment round"),
    "medication_line": QT_TRANSLATE_NOOP("AuditRecords", "Medication"),
    "medication_review_sheet": QT_TRANSLATE_NOOP("AuditRecords", "Medication review"),
    "meeting_case": QT_TRANSLATE_NOOP("AuditRecords", "Meeting case"),
    "message_thread": QT_TRANSLATE_NOOP("AuditRecords", "Message thread"),
    "team_message": QT_TRANSLATE_NOOP("AuditRecords", "Team message"),
    "pharmacist_renewal": QT_TRANSLATE_NOOP("AuditRecords", "Pharmacist renewal"),
    "protocol_adherence": QT_TRANSLATE_NOOP("AuditRecords", "Protocol adherence"),
    "protocol_enrolment": QT_TRANSLATE_NOOP("AuditRecords", "Protocol enrolment"),
    "staff_absence": QT_TRANSLATE_NOOP("AuditRecords", "Absence"),
    "worklist_setting": QT_TRANSLATE_NOOP("AuditRecords", "Worklist settings"),
}

ACTS: dict[str, str] = {
    "accept": QT_TRANSLATE_NOOP("AuditActs", "acceptance"),
    "accepted": QT_TRANSLATE_NOOP("AuditActs", "acceptance"),
    "acknowledge": QT_TRANSLATE_NOOP("AuditActs", "acknowledgement"),
    "action": QT_TRANSLATE_NOOP("AuditActs", "action"),
    "action_progress": QT_TRANSLATE_NOOP("AuditActs", "progress of an action"),
    "activate": QT_TRANSLATE_NOOP("AuditActs", "activation"),
    "add": QT_TRANSLATE_NOOP("AuditActs", "addition"),
    "adhere": QT_TRANSLATE_NOOP("AuditActs", "adherence"),
    "answer": QT_TRANSLATE_NOOP("AuditActs", "answers given"),
    "booked": QT_TRANSLATE_NOOP("AuditActs", "appointment booked"),
    "cancelled": QT_TRANSLATE_NOOP("AuditActs", "cancellation"),
    "case": QT_TRANSLATE_NOOP("AuditActs", "case"),
    "change": QT_TRANSLATE_NOOP("AuditActs", "change"),
    "claim": QT_TRANSLATE_NOOP("AuditActs", "taken from the pool"),
    "clarify": QT_TRANSLATE_NOOP("AuditActs", "clarification"),
    "close": QT_TRANSLATE_NOOP("AuditActs", "closing"),
    "completed": QT_TRANSLATE_NOOP("AuditActs", "completion"),
    "compute": QT_TRANSLATE_NOOP("AuditActs", "calculation"),
    "configure": QT_TRANSLATE_NOOP("AuditActs", "configuration"),
    "convert": QT_TRANSLATE_NOOP("AuditActs", "turned into a record"),
    "create": QT_TRANSLATE_NOOP("AuditActs", "creation"),
    "decide": QT_TRANSLATE_NOOP("AuditActs", "decision"),
    "decision": QT_TRANSLATE_NOOP("AuditActs", "decision"),
    "dose_adjustment": QT_TRANSLATE_NOOP("AuditActs", "dose adjustment"),
    "enrol": QT_TRANSLATE_NOOP("AuditActs", "enrolment"),
    "escalate": QT_TRANSLATE_NOOP("AuditActs", "escalation"),
    "escalation_delay": QT_TRANSLATE_NOOP("AuditActs", "escalation delay"),
    "export": QT_TRANSLATE_NOOP("AuditActs", "export"),
    "failed": QT_TRANSLATE_NOOP("AuditActs", "failure"),
    "failure": QT_TRANSLATE_NOOP("AuditActs", "failure"),
    "generate": QT_TRANSLATE_NOOP("AuditActs", "generation"),
    "goal": QT_TRANSLATE_NOOP("AuditActs", "objective"),
    "grant": QT_TRANSLATE_NOOP("AuditActs", "granted"),
    "history": QT_TRANSLATE_NOOP("AuditActs", "history"),
    "in_progress": QT_TRANSLATE_NOOP("AuditActs", "start"),
    "list": QT_TRANSLATE_NOOP("AuditActs", "list"),
    "lock": QT_TRANSLATE_NOOP("AuditActs", "locking"),
    "medications": QT_TRANSLATE_NOOP("AuditActs", "medications"),
    "modify": QT_TRANSLATE_NOOP("AuditActs", "modified change"),
    "on_hold": QT_TRANSLATE_NOOP("AuditActs", "put on hold"),
    "open": QT_TRANSLATE_NOOP("AuditActs", "opening"),
    "post": QT_TRANSLATE_NOOP("AuditActs", "posting"),
    "problem": QT_TRANSLATE_NOOP("AuditActs", "problem"),
    "question": QT_TRANSLATE_NOOP("AuditActs", "question"),
    "raise": QT_TRANSLATE_NOOP("AuditActs", "raised"),
    "read": QT_TRANSLATE_NOOP("AuditActs", "reading"),
    "read_members": QT_TRANSLATE_NOOP("AuditActs", "members' answers read"),
    "reassign": QT_TRANSLATE_NOOP("AuditActs", "reassignment"),
    "record": QT_TRANSLATE_NOOP("AuditActs", "recording"),
    "refuse": QT_TRANSLATE_NOOP("AuditActs", "refusal"),
    "register": QT_TRANSLATE_NOOP("AuditActs", "registration"),
    "renewal": QT_TRANSLATE_NOOP("AuditActs", "renewal"),
    "reopen": QT_TRANSLATE_NOOP("AuditActs", "reopening"),
    "retract": QT_TRANSLATE_NOOP("AuditActs", "retraction"),
    "reply": QT_TRANSLATE_NOOP("AuditActs", "reply"),
    "report_received": QT_TRANSLATE_NOOP("AuditActs", "report received"),
    "reset_password": QT_TRANSLATE_NOOP("AuditActs", "password reset"),
    "results": QT_TRANSLATE_NOOP("AuditActs", "team results"),
    "review": QT_TRANSLATE_NOOP("AuditActs", "medication check"),
    "revise": QT_TRANSLATE_NOOP("AuditActs", "revision"),
    "seen": QT_TRANSLATE_NOOP("AuditActs", "patient seen"),
    "setup": QT_TRANSLATE_NOOP("AuditActs", "set-up"),
    "start": QT_TRANSLATE_NOOP("AuditActs", "start"),
    "step": QT_TRANSLATE_NOOP("AuditActs", "checklist step"),
    "stop": QT_TRANSLATE_NOOP("AuditActs", "stop"),
    "success": QT_TRANSLATE_NOOP("AuditActs", "success"),
    "take_on": QT_TRANSLATE_NOOP("AuditActs", "patient taken on"),
    "tasks": QT_TRANSLATE_NOOP("AuditActs", "tasks made"),
    "unadhere": QT_TRANSLATE_NOOP("AuditActs", "end of adherence"),
    "unenrol": QT_TRANSLATE_NOOP("AuditActs", "end of enrolment"),
    "unlock": QT_TRANSLATE_NOOP("AuditActs", "unlocking"),
    "update": QT_TRANSLATE_NOOP("AuditActs", "change"),
    "validate": QT_TRANSLATE_NOOP("AuditActs", "validation"),
    "withdraw": QT_TRANSLATE_NOOP("AuditActs", "withdrawal"),
}

DETAIL_WORDS: dict[str, str] = {
    "mine": QT_TRANSLATE_NOOP("AuditDetails", "mine"),
    "received": QT_TRANSLATE_NOOP("AuditDetails", "received"),
    "sent": QT_TRANSLATE_NOOP("AuditDetails", "sent"),
    "all": QT_TRANSLATE_NOOP("AuditDetails", "all"),
    "team": QT_TRANSLATE_NOOP("AuditDetails", "team"),
    "waiting": QT_TRANSLATE_NOOP("AuditDetails", "waiting"),
    "overdue": QT_TRANSLATE_NOOP("AuditDetails", "overdue"),
    "escalated": QT_TRANSLATE_NOOP("AuditDetails", "escalated"),
    "open": QT_TRANSLATE_NOOP("AuditDetails", "new"),
    "read": QT_TRANSLATE_NOOP("AuditDetails", "read"),
    "question": QT_TRANSLATE_NOOP("AuditDetails", "question"),
    "replied": QT_TRANSLATE_NOOP("AuditDetails", "replied"),
    "accepted": QT_TRANSLATE_NOOP("AuditDetails", "accepted"),
    "modified": QT_TRANSLATE_NOOP("AuditDetails", "modified"),
    "refused": QT_TRANSLATE_NOOP("AuditDetails", "refused"),
    "added": QT_TRANSLATE_NOOP("AuditDetails", "added"),
    "changed": QT_TRANSLATE_NOOP("AuditDetails", "changed"),
    "removed": QT_TRANSLATE_NOOP("AuditDetails", "removed"),
}
_ROWS = re.compile(r"^(?P<head>.*?)\s*\b(?P<n>\d+) rows(?P<tail>.*)$")
_PROBLEMS = re.compile(r"\b(?P<n>\d+) problems\b")


def record_label(code: str) -> str:
    """A record type of the trail ("alert", "care_plan") in the user's language; unknown ones as stored."""
    if code in OTHER_RECORDS:
        return QCoreApplication.translate("AuditRecords", OTHER_RECORDS[code])
    return _record(code)


def _record(code: str) -> str:
    return QCoreApplication.translate("AuditRecords", RECORDS[code]) if code in RECORDS else code


def _act(code: str) -> str:
    return QCoreApplication.translate("AuditActs", ACTS[code]) if code in ACTS else code


def action_label(action: str) -> str:
    """``alert.list`` → "Alert: list" in the user's language; a code with no known parts as stored."""
    record, _, act = action.rpartition(".")
    if not record:
        return _record(act)
    return QCoreApplication.translate("AuditLabels", "%1: %2").replace("%1", _record(record)).replace("%2", _act(act))


def action_choices() -> list[tuple[str, str]]:
    """(prefix, label) of the records one can filter the trail by, sorted by label."""
    return sorted(((code, _record(code)) for code in RECORDS), key=lambda pair: pair[1].casefold())


def detail_text(detail: str | None) -> str:
    """The detail with the words Cordée writes (box, state, "N rows") in the user's language."""
    if not detail:
        return ""
    text = _PROBLEMS.sub(lambda m: QCoreApplication.translate("AuditDetails", "%n problem(s)", "", int(m["n"])),
                         detail)
    match = _ROWS.match(text)
    tail = ""
    if match:
        text, tail = match["head"], QCoreApplication.translate("AuditDetails", "%n line(s)", "", int(match["n"])) + \
            match["tail"]
    words = [QCoreApplication.translate("AuditDetails", DETAIL_WORDS[w]) if w in DETAIL_WORDS else w
             for w in text.split()]
    return " ".join([*words, tail]).strip()
