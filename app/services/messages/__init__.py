"""Team messages: threads about a patient (read by whoever may read the chart) and general team threads, with
mentions, urgency, read status per member, search, retraction with a trace (never deleted), and one step to turn
a message into a task, an alert or a care-plan revision.

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["message_input", "threads", "inbox", "convert"]
