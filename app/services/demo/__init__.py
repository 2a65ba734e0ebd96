"""The demo practice: generated French and Swiss patients and staff of every role (``base``), the whole demo
practice with each capability's data (``practice``), and the whole generated practice in bulk for ``cordee
demo-data`` (``whole_practice``).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["base", "practice", "whole_practice"]
