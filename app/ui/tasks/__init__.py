"""Task screens: the worklist dock, the chart's Tasks tab, the task dialog, recalls and protocols.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature", "task_dialog"]
