"""The practice's contact as documents print it: one shared formatter for every PDF handed to a patient or a
correspondent (patient sheet, alerts, review worksheet, medication plan …), so that they all say it alike.

It reads only the attributes ``name``, ``address_line``, ``postal_code``, ``city``, ``phone`` and ``email`` (a
``PracticeRow``), and takes None for "no practice": no line at all.
"""

from __future__ import annotations

LABELS = {"fr": {"phone": "Tél.", "email": "E-mail"}, "de": {"phone": "Tel.", "email": "E-Mail"},
          "en": {"phone": "Phone", "email": "E-mail"}}


def contact_lines(practice, lang: str = "fr", *, name: bool = True, email: bool = True) -> list[str]:
    """The practice's name (unless ``name`` is False), street, postal code and city, phone and e-mail, one line
    each and only those it has: ``["MSP des Tilleuls", "12 rue des Lilas", "69003 Lyon", "Tél. 04 78 …"]``."""
    if practice is None:
        return []
    labels = LABELS.get(lang, LABELS["fr"])
    town = " ".join(part for part in (_part(practice, "postal_code"), _part(practice, "city")) if part)
    lines = [_part(practice, "name") if name else "", _part(practice, "address_line"), town]
    if _part(practice, "phone"):
        lines.append(f"{labels['phone']} {practice.phone.strip()}")
    if email and _part(practice, "email"):
        lines.append(f"{labels['email']} {practice.email.strip()}")
    return [line for line in lines if line]


def contact_line(practice, lang: str = "fr", *, name: bool = True, email: bool = True) -> str:
    """The same parts on one line, for a footer: ``"MSP des Tilleuls · 12 rue des Lilas · 69003 Lyon · Tél. …"``."""
    return " · ".join(contact_lines(practice, lang, name=name, email=email))


def _part(practice, attribute: str) -> str:
    return (getattr(practice, attribute, None) or "").strip()
