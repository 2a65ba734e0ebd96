"""Cordée — coordinated care for group practices."""

__version__ = "0.1.0"
