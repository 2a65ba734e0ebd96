"""Patient screens: the search panel, the chart with its Summary tab, the patient form and the patient picker.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["chart", "fhir_summary_dialog", "patient_form", "picker", "search_panel"]
