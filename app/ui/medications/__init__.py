"""The Medications tab: the list and its history, the medication dialog with the catalogue picker and the posology
editor, clinical values and the review findings.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature", "medications_tab", "catalogue_picker", "findings_view", "posology_editor", "medication_model",
           "timeline_view"]
