"""Due care: follow-up of chronic conditions and prevention, screening and vaccination schedules (kept as data in
``resources/due_care``), each patient's due and overdue items, acts that clear them, the overdue lists per
condition and the recall tasks made from them.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["schedules", "engine", "acts", "worklist", "recall", "rules"]
