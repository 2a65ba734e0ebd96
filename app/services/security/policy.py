"""The role table: one table of action -> roles allowed. Deny by default.

Roles are the first half of an access decision; the relationship to the record (``relations``) is the second.
``access`` combines both for the services and the screens.
"""

from __future__ import annotations

from app.services.security.actor import Actor

PHYSICIAN = "physician"
PHARMACIST = "pharmacist"
APN = "advanced_practice_nurse"
NURSE = "nurse"
MA = "medical_assistant"
COORDINATOR = "coordinator"
ADMIN = "admin"
KIOSK = "kiosk"   # the survey kiosk at reception: answers the patient survey and nothing else

ROLES = (PHYSICIAN, PHARMACIST, APN, NURSE, MA, COORDINATOR, ADMIN, KIOSK)
CLINICAL = frozenset({PHYSICIAN, PHARMACIST, APN, NURSE})
FRONT_DESK = frozenset({MA, COORDINATOR})

POLICY: dict[str, frozenset[str]] = {
    # patient register and chart ("identify": the identity card the front desk needs to find and book a patient;
    # "read": the whole chart)
    "patient.search": CLINICAL | FRONT_DESK,
    "patient.read": CLINICAL | FRONT_DESK,
    "patient.identify": CLINICAL | FRONT_DESK,
    "patient.create": frozenset({PHYSICIAN, APN, NURSE}) | FRONT_DESK,
    "patient.edit": frozenset({PHYSICIAN, APN, NURSE}) | FRONT_DESK,
    "patient.export": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE, COORDINATOR}),
    # medication list and clinical values
    "medication.read": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE, MA}),
    "medication.prescribe": frozenset({PHYSICIAN, APN}),
    "medication.record_self": frozenset({PHYSICIAN, PHARMACIST, APN}),
    "observation.record": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE, MA}),
    # delegated tasks, worklists, recalls, protocols, pharmacist renewals ("work": change a task one may work on,
    # "claim": take one from a pool)
    "task.read": CLINICAL | FRONT_DESK,
    "task.create": CLINICAL | FRONT_DESK,
    "task.work": CLINICAL | FRONT_DESK,
    "task.claim": CLINICAL | FRONT_DESK,
    "task.assign": frozenset({PHYSICIAN, APN, NURSE, MA, COORDINATOR}),
    "task.supervise": frozenset({PHYSICIAN, COORDINATOR}),
    "absence.manage": frozenset({PHYSICIAN, COORDINATOR}),
    "recall.run": frozenset({PHYSICIAN, APN, NURSE, MA, COORDINATOR}),
    # due care: a patient's follow-up, screening and vaccination items; acts that clear them; the overdue lists
    "due_care.read": CLINICAL | FRONT_DESK,
    "due_care.record": frozenset({PHYSICIAN, APN, NURSE, MA}),
    "due_care.list": frozenset({PHYSICIAN, APN, NURSE, MA, COORDINATOR}),
    # new-patient intake: the checklist and the waiting list of patients without a médecin traitant
    "intake.list": frozenset({PHYSICIAN, MA, COORDINATOR}),
    "intake.manage": frozenset({PHYSICIAN, MA, COORDINATOR}),
    # structured assessments: the chart's readers read them; physicians, APN, nurses, medical assistants record
    # (medical assistants under a protocol the instrument lists) and accept what the results propose
    "assessment.read": CLINICAL | FRONT_DESK,
    "assessment.record": frozenset({PHYSICIAN, APN, NURSE, MA}),
    "protocol.read": CLINICAL | FRONT_DESK | {ADMIN},
    "protocol.manage": frozenset({PHYSICIAN, COORDINATOR, ADMIN}),
    "protocol.enrol": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE}),
    "renewal.request": frozenset({PHARMACIST}),
    "renewal.read": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE}),
    # shared care plans (PPCS): the team reads; clinicians and the coordinator edit; the person an action is
    # assigned to (e.g. a medical assistant) records its progress; only a physician (the médecin traitant)
    # validates; physician, APN and coordinator put a validated plan into action; physician and coordinator close
    "care_plan.read": CLINICAL | FRONT_DESK,
    "care_plan.edit": frozenset({PHYSICIAN, APN, NURSE, COORDINATOR}),
    "care_plan.work": CLINICAL | FRONT_DESK,
    "care_plan.validate": frozenset({PHYSICIAN}),
    "care_plan.activate": frozenset({PHYSICIAN, APN, COORDINATOR}),
    "care_plan.close": frozenset({PHYSICIAN, COORDINATOR}),
    "care_plan.export": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE, COORDINATOR}),
    "care_plan.review_list": frozenset({PHYSICIAN, APN, COORDINATOR}),
    # doctor <-> pharmacist alerts, reconciliation, medication review worksheet
    "alert.read": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE, COORDINATOR}),
    "alert.raise": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE}),
    "alert.discuss": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE}),
    "alert.answer": frozenset({PHYSICIAN}),
    # Cordée to Cordée: our exchange card is seen by all, partners are managed by the administrator, alerts and
    # answers are sent and received by whoever raises or discusses alerts
    "exchange.card": CLINICAL | FRONT_DESK | {ADMIN},
    "exchange.partner": frozenset({ADMIN}),
    "exchange.send": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE}),
    "exchange.receive": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE}),
    "reconciliation.record": frozenset({PHYSICIAN, PHARMACIST, APN, NURSE}),
    "reconciliation.validate": frozenset({PHYSICIAN}),
    "review.worksheet": frozenset({PHYSICIAN, PHARMACIST, APN}),
    # deprescribing plans: doctor and pharmacist plan together; only a physician confirms a step on the list
    "deprescribing.plan": frozenset({PHYSICIAN, PHARMACIST}),
    "deprescribing.confirm": frozenset({PHYSICIAN}),
    # the medication knowledge (a newer ANSM thesaurus edition is installed by a pharmacist)
    "knowledge.update": frozenset({PHARMACIST}),
    "catalogue.import": frozenset({PHARMACIST, ADMIN}),
    # coordination: hospital events and their documents, frequent-ED (DAUM) alerts, referrals, concertation
    # meetings and team indicators; a copy of a document leaves the encrypted database only on explicit request
    "hospital_event.read": CLINICAL | FRONT_DESK,
    "hospital_event.record": frozenset({PHYSICIAN, APN, NURSE}) | FRONT_DESK,
    "document.read": CLINICAL | FRONT_DESK,
    "document.add": frozenset({PHYSICIAN, APN, NURSE}) | FRONT_DESK,
    "document.export": frozenset({PHYSICIAN, APN, NURSE, COORDINATOR}),
    "daum.read": frozenset({PHYSICIAN, APN, NURSE, COORDINATOR}),
    "daum.acknowledge": frozenset({PHYSICIAN, COORDINATOR}),
    "referral.read": CLINICAL | FRONT_DESK,
    "referral.create": frozenset({PHYSICIAN, APN}),
    "referral.update": frozenset({PHYSICIAN, APN, NURSE}) | FRONT_DESK,
    "meeting.read": CLINICAL | FRONT_DESK,
    "meeting.manage": frozenset({PHYSICIAN, APN, NURSE, COORDINATOR}),
    # nurse-assisted teleconsultation: the team books it (the member with the patient or the front desk), only the
    # remote physician concludes it
    "teleconsultation.read": CLINICAL | FRONT_DESK,
    "teleconsultation.book": frozenset({PHYSICIAN, APN, NURSE, MA, COORDINATOR}),
    "teleconsultation.conclude": frozenset({PHYSICIAN}),
    "indicators.read": frozenset({PHYSICIAN, APN, COORDINATOR}),
    "indicators.export": frozenset({PHYSICIAN, COORDINATOR}),
    # the team's maturity self-assessment: every member scores (and sees only their own answers); physician and
    # coordinator see the team's aggregated results and export them; only the coordinator opens and closes the
    # rounds and reads each member's answers (to lead the consensus meeting)
    "maturity.answer": CLINICAL | FRONT_DESK,
    "maturity.results": frozenset({PHYSICIAN, COORDINATOR}),
    "maturity.manage": frozenset({COORDINATOR}),
    # team messages: threads about a patient are read by whoever may read the chart; a message is retracted by its
    # author only (never deleted)
    # directory of local resources and pathways: practice-made data every member reads; the coordinator, the
    # physicians and the administrator keep it (and import a CPTS partner's file)
    "directory.read": CLINICAL | FRONT_DESK | {ADMIN},
    "directory.edit": frozenset({PHYSICIAN, COORDINATOR, ADMIN}),
    "message.read": CLINICAL | FRONT_DESK,
    "message.post": CLINICAL | FRONT_DESK,
    "message.retract": CLINICAL | FRONT_DESK,
    # anonymous patient experience survey: the kiosk and the front desk enter answers (paper typed in), the team
    # indicators' readers see the results; the practice's own questionnaire and form address are set by the admin
    "survey.answer": FRONT_DESK | {KIOSK},
    "survey.results": frozenset({PHYSICIAN, APN, COORDINATOR}),
    "survey.configure": frozenset({COORDINATOR, ADMIN}),
    # staff accounts, practice settings, audit trail
    "staff.read": CLINICAL | FRONT_DESK | {ADMIN},
    "staff.manage": frozenset({ADMIN}),
    "staff.preferences": frozenset(ROLES) - {KIOSK},
    "practice.configure": frozenset({ADMIN}),
    "audit.read": frozenset({ADMIN}),
    "backup.run": frozenset({ADMIN}),
    "audit.verify": frozenset({ADMIN}),
    # emergency ("break-glass") access to a chart outside the care circle: clinicians ask for it (never the
    # administrator: separation of duties); the administrator reviews and acknowledges each one
    "break_glass.request": CLINICAL,
    "break_glass.review": frozenset({ADMIN}),
}


def allowed(actor: Actor, action: str) -> bool:
    """True when one of the actor's roles (as known at login) may perform the action (unknown actions: never).

    For menus and other places where no record exists; services decide with ``access.require`` (current account,
    relationship to the record)."""
    return roles_allow(actor.roles, action)


def roles_allow(roles: frozenset[str], action: str) -> bool:
    """True when one of ``roles`` may perform the action (unknown actions: never; "system": always)."""
    allowed_roles = POLICY.get(action)
    if allowed_roles is None:
        return False
    return bool(roles & allowed_roles) or "system" in roles
