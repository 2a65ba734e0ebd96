"""The Care plan tab, its forms and history, and the list of plans to review.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature"]
