"""Emergency ("break-glass") access to a chart outside the care circle: asking for it with a reason (``grants``),
the practice's policy for it and the administrator's review (``review``). The decision itself lives with every
other access decision (``security.relations``): an unexpired grant opens the chart, for reading unless the policy
says otherwise.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["grants", "review"]
