"""A patient's medications: the list and its history, the posology of a line (schedule, unit, coded route, derived
amounts, readable text), clinical values, the drug catalogue and its importers, the
offline review engine (``review``) and its run on a chart (``check``), the printed medication plan and eMediplan.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["medication_list", "posology", "posology_terms", "posology_text", "observations", "catalogue", "review",
           "knowledge_update",
           "check", "plan_pdf", "emediplan", "timeline", "plan_words"]
