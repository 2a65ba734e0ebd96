"""Screens of the new-patient intake: the "New patients" window (waiting list, filter, counts) and the checklist
dialog of one patient's intake."""

__all__ = ["feature"]
