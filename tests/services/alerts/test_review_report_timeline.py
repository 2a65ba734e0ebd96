"""The review report prints the anticholinergic burden and risk timeline (chart and changes), French and German."""

from __future__ import annotations

import shutil

import pytest

from app.services.alerts import worksheet as review_worksheet
from tests.services.alerts.test_review_report_pdf import keep_png, pdf_text
from tests.services.medications.test_medication_timeline import _day, _history

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", ("Évolution de la charge anticholinergique et du risque", "Score anticholinergique",
            "arrêt : hydroxyzine; arrêt : oxybutynine", "dose modifiée : amitriptyline", "début : furosémide",
            "connaissances d'aujourd'hui (ANSM", "l'édition alors en vigueur n'est pas conservée")),
    ("de", ("Verlauf der anticholinergen Last und des Risikos", "Anticholinerger Score",
            "abgesetzt: hydroxyzine; abgesetzt: oxybutynine", "Dosis geändert: amitriptyline",
            "heutiges Wissen (ANSM", "die damals gültige Ausgabe ist nicht aufbewahrt")),
])
def test_the_report_prints_the_timeline(practice, tmp_path, lang, expected):
    pid = _history(practice)
    ph = practice.ctx["pharmacist"]
    sid = review_worksheet.create_worksheet(ph, pid, "bpm")
    out = review_worksheet.export_report(ph, sid, tmp_path / f"bilan-{lang}.pdf", lang)
    text = pdf_text(out)
    for phrase in expected:
        assert phrase in text, phrase
    # the table under the chart: one row per point, newest first (date, score, lines, serious findings)
    rows = [f"{_day(days):%d.%m.%Y} {values}" for days, values in ((300, "10 4 3"), (420, "7 3 2"), (600, "4 2 0"))]
    assert text.index(rows[0]) < text.index(rows[1]) < text.index(rows[2])
    keep_png(out, f"review-report-timeline-{lang}")
