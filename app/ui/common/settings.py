"""Every per-workstation setting declared once, over QSettings (never a secret here)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSettings

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any


LANGUAGE = Setting("ui/language", str, "fr")
DATABASE_PATH = Setting("storage/database_path", str, "")
DATABASE_URL = Setting("storage/database_url", str, "")
LAST_USERNAME = Setting("session/last_username", str, "")
MAIN_GEOMETRY = Setting("window/main_geometry", bytes, b"")
MAIN_STATE = Setting("window/main_state", bytes, b"")
"""The docks: which are open or collapsed to their badge, and their sizes."""


def _store() -> QSettings:
    return QSettings("Cordee", "Cordee")


def get(setting: Setting):
    value = _store().value(setting.name, setting.default)
    if setting.type is bytes:
        return bytes(value) if value else b""
    try:
        return setting.type(value)
    except (TypeError, ValueError):
        return setting.default


def put(setting: Setting, value) -> None:
    store = _store()
    store.setValue(setting.name, value)
    store.setValue("meta/version", SETTINGS_VERSION)
    store.sync()
