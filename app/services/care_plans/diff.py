"""A readable difference between two kept versions of a care plan (English lines; dates dd.mm.yyyy)."""

from __future__ import annotations

import re

FIELD_WORDS = {
    "referent": "référent", "synthesis_medical": "medical situation", "synthesis_psychological":
    "psychological situation", "synthesis_social": "social situation", "synthesis_environmental":
    "environmental situation", "expectations": "patient's expectations and preferences",
    "advance_directives": "advance directives", "advance_directives_date": "date of the advance directives",
    "advance_directives_location": "where the advance directives are kept", "trusted_person_name": "trusted person",
    "trusted_person_contact": "trusted person's contact", "trusted_person_designated_on":
    "trusted person designated on", "alert_procedure": "alert procedure", "review_date": "review date",
    "status": "status", "revision": "version", "patient_agreement_date": "patient's agreement date",
    "patient_agreement_how": "how the patient's agreement was obtained", "closed_reason": "reason for closing",
    "validated_by": "validated by",
}
ITEM_WORDS = {"members": ("care circle member", "name"), "problems": ("problem", "label"),
              "goals": ("goal", "objective"), "actions": ("action", "description"),
              "unmet_needs": ("unmet need", "description")}
SKIP = {"id", "responsible_staff_id", "staff_id"}
ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def show(value) -> str:
    """A value as the user reads it: empty → "(empty)", ISO dates → dd.mm.yyyy, long texts shortened."""
    if value in (None, ""):
        return "(empty)"
    if isinstance(value, bool):
        return "yes" if value else "no"
    text = str(value)
    m = ISO.match(text)
    if m:
        return f"{m.group(3)}.{m.group(2)}.{m.group(1)}"
    text = " ".join(text.split())
    return f"«{text[:80]}…»" if len(text) > 80 else f"«{text}»"


def diff_snapshots(old: dict, new: dict) -> list[str]:
    """One line per changed plan field, and per item added, removed or changed (with its changed fields)."""
    lines = []
    for key, word in FIELD_WORDS.items():
        if old.get(key) != new.get(key):
            lines.append(f"{word[:1].upper()}{word[1:]}: {show(old.get(key))} → {show(new.get(key))}")
    for key, (word, title) in ITEM_WORDS.items():
        before = {i["id"]: i for i in old.get(key, [])}
        after = {i["id"]: i for i in new.get(key, [])}
        for item_id, item in after.items():
            if item_id not in before:
                lines.append(f"Added {word}: {show(item.get(title))}")
        for item_id, item in before.items():
            if item_id not in after:
                lines.append(f"Removed {word}: {show(item.get(title))}")
        for item_id in sorted(set(before) & set(after)):
            changes = [f"{k.replace('_', ' ')} {show(before[item_id].get(k))} → {show(v)}"
                       for k, v in after[item_id].items() if k not in SKIP and before[item_id].get(k) != v]
            if changes:
                lines.append(f"Changed {word} {show(before[item_id].get(title))}: " + "; ".join(changes))
    return lines
