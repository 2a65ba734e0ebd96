"""Cordée's use cases, one package per capability, over the shared ground (kernel, security, storage).

``RULES`` lists the rules that run in the transaction of the change that triggers them (see
``app.services.kernel.rules``): the topic a service announces → the rules, by ``"module:function"``.
"""

from app.services.kernel import rules as _rules

RULES: dict[str, tuple[str, ...]] = {
    # A refused alert reopens when an input of its finding changed (new drug, dose up, renal band, age threshold).
    # A patient's due items follow what they depend on (problems, age, sex, observations, medications, acts).
    "medication.changed": ("app.services.alerts.memory:recheck_rule", "app.services.due_care.rules:facts_rule"),
    "observation.changed": ("app.services.alerts.memory:recheck_rule", "app.services.due_care.rules:facts_rule"),
    "patient.changed": ("app.services.alerts.memory:recheck_rule", "app.services.due_care.rules:facts_rule"),
    # A care-plan action follows the tasks it created (in progress, done with the result, not done); a booked
    # teleconsultation becomes prepared when its checklist tasks are all completed; a completed recall task of due
    # care records its act.
    "task.changed": ("app.services.care_plans.action_tasks:task_rule",
                     "app.services.coordination.teleconsultation:task_rule", "app.services.due_care.rules:task_rule"),
}

_rules.install(RULES)
