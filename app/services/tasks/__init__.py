"""Delegated tasks: tasks and worklists, the cooperation protocols as data and the guard that refuses what a
protocol does not allow, recurrences, escalation, absences, recalls, pharmacist renewals, the printed worklist.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["task_flow", "task_input", "worklists", "guard", "escalation", "recurrence", "recalls", "renewals",
    "absences", "protocols", "protocol_files", "worklist_pdf"]
