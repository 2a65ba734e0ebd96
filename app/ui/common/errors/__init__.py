"""Every error a service raises, in the user's language.

``describe(exc)`` is the one sentence shown for an error, in a form's banner, a message box or on the command
line. The English source text of each code lives in one module per capability (``shared``, ``storage``,
``practice`` …: ``TEXTS``, code → ``QT_TRANSLATE_NOOP("errors", "…{param}…")``); the French, German and
English texts are in the .ts files. A code's module is named by its prefix (``alerts.already_open`` is in
``alerts``; codes without a dot are in ``shared``). A module may also give ``PARAMS``: parameter name →
function(value) → text, for values that need translating (a status code, a role …).
"""

from app.ui.common.errors.render import ERROR_TEXTS, code_text, describe, field_label, problem_text

__all__ = ["ERROR_TEXTS", "code_text", "describe", "field_label", "problem_text"]
