"""New-patient intake: the checklist a medical assistant or coordinator works through for each patient taken in
(identity, médecin traitant declaration, past records, the summary record, first appointment — steps as data in
``resources/intake``), the waiting list of patients without a médecin traitant in its priority order, the counts,
and the tasks an open step makes for the medical assistants' pool.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["checklist", "intakes", "steps", "waiting", "step_tasks"]
