"""The demo practice: generated French and Swiss patients and staff of every role (``base``), and the whole demo
practice with each capability's data (``practice``).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["base", "practice"]
