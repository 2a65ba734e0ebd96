"""Checks for national identifiers (INS/NIR, AVS, GLN, RPPS, ADELI, FINESS).

Each ``normalise_*`` returns the canonical digits or raises ValidationError
naming the field and the problem.
"""

from __future__ import annotations

import re

from app.services.errors import ValidationError


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value or "")


def gs1_check_digit_ok(digits: str) -> bool:
    """GS1 mod-10 check digit (used by GLN and by the AVS number, an EAN-13)."""
    body, check = digits[:-1], int(digits[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check


def normalise_ins(value: str, field: str = "ins_matricule") -> str:
    """NIR/NIA: 13 characters (Corsica 2A/2B allowed) + 2-digit key = 97 - (number mod 97)."""
    raw = _digits(value).upper()
    if not re.fullmatch(r"[12378]\d{2}(0[1-9]|1[0-2]|[2-9]\d)(\d{2}|2A|2B)\d{6}\d{2}", raw):
        raise ValidationError(field, "ins_format")
    number = raw[:13].replace("2A", "19").replace("2B", "18")
    key = 97 - int(number) % 97
    if key != int(raw[13:]):
        raise ValidationError(field, "ins_key_mismatch")
    return raw


def normalise_avs(value: str, field: str = "avs_number") -> str:
    """Swiss AHV/AVS number: 756 + 10 digits, EAN-13 check digit."""
    raw = _digits(value)
    if not re.fullmatch(r"756\d{10}", raw):
        raise ValidationError(field, "avs_format")
    if not gs1_check_digit_ok(raw):
        raise ValidationError(field, "check_digit")
    return raw


def format_avs(digits: str) -> str:
    return f"{digits[:3]}.{digits[3:7]}.{digits[7:11]}.{digits[11:]}" if len(digits) == 13 else digits


def normalise_insurance_card(value: str, field: str = "insurance_card_number") -> str:
    raw = _digits(value)
    if not re.fullmatch(r"\d{10,20}", raw):
        raise ValidationError(field, "digit_count_between", min=10, max=20)
    return raw


def normalise_gln(value: str, field: str = "gln") -> str:
    raw = _digits(value)
    if not re.fullmatch(r"\d{13}", raw):
        raise ValidationError(field, "digit_count", count=13)
    if not gs1_check_digit_ok(raw):
        raise ValidationError(field, "check_digit")
    return raw


def normalise_rpps(value: str, field: str = "rpps") -> str:
    raw = _digits(value)
    if not re.fullmatch(r"\d{11}", raw):
        raise ValidationError(field, "digit_count", count=11)
    return raw


def normalise_adeli(value: str, field: str = "adeli") -> str:
    raw = _digits(value)
    if not re.fullmatch(r"\d{9}", raw):
        raise ValidationError(field, "digit_count", count=9)
    return raw


def normalise_finess(value: str, field: str = "finess") -> str:
    raw = _digits(value).upper()
    if not re.fullmatch(r"(\d{2}|2A|2B)\d{7}", raw):
        raise ValidationError(field, "finess_format")
    return raw
