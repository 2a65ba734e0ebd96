"""Computed figures on printouts: rounded half up like the screens, no trailing zero, a decimal comma in French and
German."""

from __future__ import annotations

from app.services.kernel import labels as L


def test_figures_are_rounded_half_up_with_the_readers_decimal_sign():
    assert [L.decimal(v, "fr") for v in (3.25, 4.0, 81.818, 100.0, 2, 0.05)] == ["3,3", "4", "81,8", "100", "2", "0,1"]
    assert L.decimal(3.25, "de") == "3,3" and L.decimal(3.25, "en") == "3.3"
    assert L.decimal(66.666, "fr", places=0) == "67"
    assert L.decimal(None, "fr") == "—"
