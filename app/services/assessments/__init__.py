"""Structured assessments: versioned questionnaires kept as data (``resources/assessments``), scored for a patient,
their history and trend per instrument, and the tasks or care-plan needs their thresholds propose.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["instruments", "scoring", "records", "proposals"]
