"""The desktop screens (PySide6): one package per capability, the same names as in ``app.services``."""
