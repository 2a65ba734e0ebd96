"""The shared PDF/A-2b step: what can be checked here without veraPDF (XMP identification, output intent with its
ICC profile, embedded fonts, no encryption, the text still extracted)."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO

import pikepdf
import pytest
from reportlab.pdfgen.canvas import Canvas

from app.services.errors import ValidationError
from app.services.kernel import pdfa
from tests.pdfa_support import pdfa_problems


def _sample() -> bytes:
    pdfa.register_fonts()
    buffer = BytesIO()
    canvas = Canvas(buffer, initialFontName=pdfa.FONT)
    canvas.setFont(pdfa.FONT_BOLD, 14)
    canvas.drawString(50, 750, "Plan de médication — Öl, 5 €")
    canvas.save()
    return buffer.getvalue()


def test_the_step_adds_what_pdfa_2b_asks_for():
    data = pdfa.to_pdfa(_sample(), title="Plan de médication", author="Dr Test", language="fr")
    assert pdfa_problems(data, title="Plan de médication", language="fr") == []
    with pikepdf.open(BytesIO(data)) as pdf:
        meta = pdf.open_metadata()
        assert meta["dc:creator"] == ["Dr Test"]
        assert str(pdf.docinfo["/Author"]) == "Dr Test"
        assert "/Trapped" not in pdf.docinfo   # reportlab's /False has no XMP twin
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1" and str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"


def test_reportlab_alone_is_not_pdfa():
    """The check sees the difference: no XMP, no output intent, Helvetica not embedded."""
    buffer = BytesIO()
    canvas = Canvas(buffer)
    canvas.drawString(50, 750, "Helvetica")
    canvas.save()
    problems = pdfa_problems(buffer.getvalue())
    assert any("pdfaid" in p for p in problems)
    assert "no GTS_PDFA1 output intent" in problems
    assert any("Helvetica" in p and "not embedded" in p for p in problems)


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")
def test_the_text_still_extracts(tmp_path):
    path = tmp_path / "a.pdf"
    path.write_bytes(pdfa.to_pdfa(_sample(), title="T", author="A", language="de"))
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Plan de médication — Öl, 5 €" in out


def test_a_missing_font_file_is_a_coded_error(monkeypatch, tmp_path):
    monkeypatch.setattr(pdfa, "resource_dir", lambda *parts: tmp_path.joinpath(*parts))
    monkeypatch.setattr(pdfa.pdfmetrics, "getRegisteredFontNames", lambda: [])
    with pytest.raises(ValidationError) as err:
        pdfa.register_fonts()
    assert err.value.code == "exports.font_missing" and err.value.params == {"file": "LiberationSans-Regular.ttf"}
