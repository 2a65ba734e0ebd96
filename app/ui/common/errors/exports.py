"""Texts of the codes of documents written to a file (PDF, CSV …), from a screen or the command line."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
    "exports.folder_missing": QT_TRANSLATE_NOOP("errors", "the folder {folder} does not exist"),
    "exports.is_folder": QT_TRANSLATE_NOOP("errors", "{path} is a folder: give a file name"),
    "exports.not_a_file": QT_TRANSLATE_NOOP("errors", "{path} is not an ordinary file (a link or a device): "
                                                      "choose another name"),
    "exports.font_missing": QT_TRANSLATE_NOOP("errors", "the font file {file} is missing from the installation: "
                                                        "reinstall Cordée"),
    "exports.cannot_write": QT_TRANSLATE_NOOP("errors", "cannot write {path} ({reason})"),
}
