"""Team messages on screen: the Messages dock (team threads, unread, mentions, search), the chart's Messages tab,
a thread with its composer, and the dialogs that turn a message into a task, an alert or a care-plan revision
(with the alert screens' words for problems, proposals and urgency).

Other packages use only the modules listed in ``__all__``.
"""

__all__ = ["feature"]
