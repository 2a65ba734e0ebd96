"""Structured assessment screens: the chart's Assessments tab (history, trend per instrument, proposals to accept)
and the form that fills an instrument in with a live score.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature"]
