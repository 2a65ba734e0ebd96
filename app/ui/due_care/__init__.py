"""Due care screens: the overdue lists per condition with their recall, and the chart's follow-up tab with
"Record act".

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature"]
