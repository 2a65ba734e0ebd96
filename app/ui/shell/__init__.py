"""The program's frame: start-up, the first-run wizard, unlocking the database, login, the main window with its
feature registry (``features``), locking on idle or on the operating system's lock,
and ``smoke`` (the built program's self-test).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["startup", "main_window", "features", "smoke"]
