"""What every screen shares: the logged-in session as Qt signals, the background helper, settings, translation,
dates and numbers in the user's format, error messages, form helpers, the generic rows model, the feature declarations, and
buttons that follow the access decision on their record (``permissions``).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["app_session", "background", "settings", "i18n", "errors", "field_labels", "form_helpers",
    "rows_model", "features", "operations", "documents", "permissions", "crash", "fitting", "code_labels", "dates",
    "numbers", "sorted_rows", "tab_keeper"]
