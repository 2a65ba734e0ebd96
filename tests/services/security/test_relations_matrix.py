"""Access decided on the record, as a whole matrix: roles × relationships to the record × chart setting × actions.

The expected answers come from a specification written here independently of ``security.relations``: which
relationship each action needs (``EXPECTED_RULE``) and what each relationship means (``_expected``). Every cell of
the matrix is compared with ``relations.decide``.
"""

from __future__ import annotations

import pytest

from app.services.security import access
from app.services.security.relations import CIRCLE, OPEN, Account, PatientTeam, Record, decide
from tests.services.security.test_access_matrix import EXPECTED as EXPECTED_ROLES

P, PH, APN, N, MA, C, A = ("physician", "pharmacist", "advanced_practice_nurse", "nurse", "medical_assistant",
                           "coordinator", "admin")
ME, OTHER = 1, 99

# What each action needs besides the role.
CHART = "chart"                 # the chart is open to every clinician, or the account is in the patient's care team
REGISTER = "register"           # the front desk (medical assistant, coordinator), or CHART
EXPECTED_RULE = {
    "patient.search": "any", "patient.identify": REGISTER, "patient.read": CHART, "patient.create": "any",
    "patient.edit": REGISTER, "patient.export": CHART,
    "medication.read": CHART, "medication.prescribe": CHART, "medication.record_self": CHART,
    "observation.record": CHART,
    "task.read": "task_worker_or_chart", "task.create": REGISTER, "task.work": "task_worker",
    "task.claim": "pool_member", "task.assign": "task_worker", "task.supervise": "any", "absence.manage": "any",
    "recall.run": "any", "due_care.read": CHART, "due_care.record": CHART, "due_care.list": "any",
    "intake.list": "any", "intake.manage": REGISTER,
    "assessment.read": CHART, "assessment.record": CHART,
    "protocol.read": "any", "protocol.manage": "any", "protocol.enrol": CHART,
    "renewal.request": CHART, "renewal.read": CHART,
    "care_plan.read": CHART, "care_plan.edit": CHART, "care_plan.work": "responsible_or_team",
    "care_plan.validate": "gp", "care_plan.activate": CHART, "care_plan.close": CHART, "care_plan.export": CHART,
    "care_plan.review_list": "any",
    "alert.read": "party_or_chart", "alert.raise": CHART, "alert.discuss": "party_or_chart",
    "alert.answer": "recipient", "exchange.card": "any", "exchange.partner": "any",
    "exchange.send": "party_or_chart", "exchange.receive": "any", "reconciliation.record": CHART, "reconciliation.validate": CHART,
    "review.worksheet": CHART, "deprescribing.plan": CHART, "deprescribing.confirm": CHART,
    "knowledge.update": "any", "catalogue.import": "any",
    "hospital_event.read": CHART, "hospital_event.record": REGISTER, "document.read": "named_or_chart",
    "document.add": REGISTER, "document.export": "named_or_chart", "daum.read": "addressee_or_chart",
    "daum.acknowledge": "addressee_or_chart", "referral.read": CHART, "referral.create": CHART,
    "referral.update": REGISTER, "meeting.read": "any", "meeting.manage": "any", "indicators.read": "any",
    "teleconsultation.read": CHART, "teleconsultation.book": REGISTER, "teleconsultation.conclude": CHART,
    "indicators.export": "any", "maturity.answer": "any", "maturity.results": "any",
    "maturity.manage": "any", "staff.read": "any", "staff.manage": "any", "staff.preferences": "oneself",
    "practice.configure": "any", "message.read": CHART, "message.post": CHART, "message.retract": "author",
    "survey.answer": "any", "survey.results": "any", "survey.configure": "any",
    "audit.read": "any", "backup.run": "any", "audit.verify": "any",
    "break_glass.request": "any", "break_glass.review": "any", "directory.read": "any", "directory.edit": "any",
}
# What a read-only emergency (break-glass) access allows: reading, never changing.
READS = {"patient.identify", "patient.read", "medication.read", "task.read", "renewal.read", "care_plan.read",
         "alert.read", "hospital_event.read", "document.read", "daum.read", "referral.read", "meeting.read",
         "indicators.read", "staff.read", "audit.read", "protocol.read",
         # the patient's team messages, teleconsultations and due care are read like the rest of the chart
         "message.read", "teleconsultation.read", "due_care.read", "assessment.read"}
KIND = {"task.read": "task", "task.work": "task", "task.claim": "task", "task.assign": "task",
        "alert.read": "alert", "alert.discuss": "alert", "alert.answer": "alert", "exchange.send": "alert",
        "document.read": "document", "document.export": "document", "care_plan.work": "care_plan_action",
        "daum.read": "daum_alert", "daum.acknowledge": "daum_alert", "staff.preferences": "staff"}

# The account's relationship to the record ("role_recipient": addressed to the account's role and to nobody in
# particular — a task waiting in the role's pool; "role_taken": addressed to the role, taken by someone else).
RELATIONS = ("stranger", "gp", "no_gp_stranger", "circle", "pool", "author", "recipient", "role_recipient",
             "role_taken", "named", "named_role", "restricted_other", "self", "emergency_read", "emergency_write")
TEAM = {"gp", "circle", "pool"}           # the relationships that make one of the patient's care team


def _record(kind: str, rel: str, role: str) -> Record:
    gp = ME if rel == "gp" else (None if rel == "no_gp_stranger" else OTHER)
    team = PatientTeam(10, gp, frozenset({ME} if rel == "circle" else {98}),
                       frozenset({role} if rel == "pool" else set()),
                       emergency=frozenset({ME} if rel.startswith("emergency") else set()),
                       emergency_writers=frozenset({ME} if rel == "emergency_write" else set()))
    restricted = kind == "document" and rel in ("named", "named_role", "restricted_other")
    return Record(kind, ME if kind == "staff" and rel == "self" else 5, team,
                  author_id=ME if rel == "author" else 97,
                  recipient_id=ME if rel == "recipient" else (None if rel == "role_recipient" else 96),
                  recipient_role=role if rel in ("role_recipient", "role_taken") else "nobody",
                  restricted_staff=frozenset({ME} if rel == "named" else ({95} if restricted and rel != "named_role"
                                                                           else set())),
                  restricted_roles=frozenset({role} if restricted and rel == "named_role" else set()))


def _expected(action: str, role: str, rel: str, mode: str, kind: str) -> bool:
    if role not in EXPECTED_ROLES[action]:
        return False
    chart = mode == OPEN or rel in TEAM or rel == "emergency_write" or (rel == "emergency_read" and action in READS)
    rule = EXPECTED_RULE[action]
    worker = kind == "task" and (rel in ("recipient", "author", "role_recipient") or role in (P, C))
    restricted = kind == "document" and rel in ("named", "named_role", "restricted_other")
    return {
        "any": True,
        CHART: chart,
        REGISTER: role in (MA, C) or chart,
        "gp": rel == "gp" or (rel == "no_gp_stranger" and chart),
        "recipient": rel == "recipient",
        "party_or_chart": rel in ("author", "recipient") or chart,
        "task_worker": worker,
        "task_worker_or_chart": worker or chart,
        "pool_member": rel == "role_recipient",
        "responsible_or_team": chart if role in (P, APN, N, C) else rel in ("recipient", "role_recipient",
                                                                             "role_taken"),
        "named_or_chart": rel == "author" or (rel in ("named", "named_role") if restricted else chart),
        "addressee_or_chart": rel in ("role_recipient", "role_taken") or chart,
        "oneself": rel == "self",   # one's own account (its preferences)
        "author": rel == "author",  # one's own team message
    }[rule]


def test_every_action_has_a_rule_and_an_expectation():
    from app.services.security.relations import RULES

    assert set(access.POLICY) == set(RULES) == set(EXPECTED_RULE) == set(EXPECTED_ROLES)


@pytest.mark.parametrize("action", sorted(access.POLICY))
def test_matrix(action):
    kind = KIND.get(action, "patient")
    wrong = []
    for role in access.ROLES:
        for mode in (OPEN, CIRCLE):
            account = Account(ME, frozenset({role}), True, mode)
            for rel in RELATIONS:
                decision = decide(account, action, _record(kind, rel, role))
                if decision.allowed != _expected(action, role, rel, mode, kind):
                    wrong.append(f"{role} {mode} {rel}: {decision}")
                if not decision.allowed and role not in EXPECTED_ROLES[action]:
                    assert decision.by_account, (role, action)   # the screens hide what a role never may do
            # without a record: the role's question
            assert decide(account, action).allowed == (role in EXPECTED_ROLES[action])
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("action", sorted(access.POLICY))
def test_a_deactivated_account_may_do_nothing_and_the_system_everything(action):
    record = _record(KIND.get(action, "patient"), "gp", P)
    for role in access.ROLES:
        decision = decide(Account(ME, frozenset({role}), active=False), action, record)
        assert not decision.allowed and decision.reason == "inactive" and decision.by_account
    assert decide(Account(None, frozenset({"system"}), chart_access=CIRCLE), action, record).allowed


def test_unknown_action_and_no_role_are_denied():
    account = Account(ME, frozenset({P, A}))
    assert decide(account, "patient.delete").reason == "role"
    assert not any(decide(Account(ME, frozenset()), a).allowed for a in access.POLICY)


def test_relationship_refusals_say_why_and_have_a_text():
    from app.ui.common.errors import ERROR_TEXTS

    reasons = set()
    for action in access.POLICY:
        for role in access.ROLES:
            for rel in RELATIONS:
                d = decide(Account(ME, frozenset({role}), True, CIRCLE), action,
                           _record(KIND.get(action, "patient"), rel, role))
                if not d.allowed and not d.by_account:
                    reasons.add(d.reason)
    assert reasons == {"not_in_circle", "not_gp", "not_recipient", "not_worker", "not_in_pool", "not_responsible",
                       "restricted", "not_self", "break_glass_read_only", "not_author"}
    assert {f"access.{r}" for r in reasons | {"inactive"}} <= set(ERROR_TEXTS)


def test_the_care_team_is_the_gp_the_circle_and_open_work():
    nurse = Account(ME, frozenset({N}), True, CIRCLE)
    assert PatientTeam(1, gp_id=ME).includes(nurse)
    assert PatientTeam(1, members=frozenset({ME})).includes(nurse)
    assert PatientTeam(1, pools=frozenset({N})).includes(nurse)
    assert not PatientTeam(1, gp_id=2, members=frozenset({3}), pools=frozenset({P})).includes(nurse)
