"""Alert screens: the inbox dock, the chart's Alerts tab, raising and answering alerts, reconciliation and the
review worksheet.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature", "alert_texts"]
