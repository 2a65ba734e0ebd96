"""PDF/A-2b for the documents that leave the practice (the medication plan, the Polymedication Check protocol).

reportlab writes the PDF; this step makes it PDF/A-2b with pikepdf (qpdf underneath), in memory — no temporary
file, nothing of the patient on disk:

* fonts: PDF/A wants every font embedded, and reportlab's standard fonts (Helvetica …) are not. The documents use
  ``FONT`` / ``FONT_BOLD`` (``register_fonts``): Liberation Sans 2.1.5 (SIL Open Font License 1.1, shipped in
  ``resources/fonts`` with its licence; taken from Debian's ``fonts-liberation2``), embedded by reportlab as
  TrueType subsets. Its widths are those of Helvetica/Arial, so the layouts made for Helvetica still fit;
* an sRGB output intent (``/GTS_PDFA1``) whose ICC profile is LittleCMS's built-in sRGB (through Pillow's
  ``ImageCms``, "No copyright, use freely"), made at run time;
* XMP metadata: ``pdfaid:part`` 2, ``pdfaid:conformance`` B, the title and author (``dc:title``, ``dc:creator``),
  kept in step with the document information dictionary; the document language in the catalogue (``/Lang``).

Why pikepdf rather than Ghostscript's ``-dPDFA=2``: Ghostscript re-interprets and rewrites every page (the QR code
and the text layer with it) and runs as a separate program that would have to be shipped with the installers; pikepdf
is a pinned wheel for the three systems and only adds what PDF/A asks for to the PDF reportlab made.
Full conformance is not validated here (veraPDF is not installed); the tests check what can be checked.
"""

from __future__ import annotations

from io import BytesIO

import pikepdf
from PIL import ImageCms
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources import resource_dir
from app.services.errors import ValidationError

FONT = "CordeeSans"
FONT_BOLD = "CordeeSans-Bold"
_FACES = {FONT: "LiberationSans-Regular.ttf", FONT_BOLD: "LiberationSans-Bold.ttf",
          "CordeeSans-Oblique": "LiberationSans-Italic.ttf", "CordeeSans-BoldOblique": "LiberationSans-BoldItalic.ttf"}
SRGB = "sRGB IEC61966-2.1"


def register_fonts() -> None:
    """Register the embedded font family once (``<b>``/``<i>`` in a Paragraph then find its bold and italic)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FACES.items():
        path = resource_dir("fonts", file)
        if not path.is_file():
            raise ValidationError("out", "exports.font_missing", file=file)
        pdfmetrics.registerFont(TTFont(name, str(path)))
    for bold, italic, name in ((0, 0, FONT), (1, 0, FONT_BOLD), (0, 1, "CordeeSans-Oblique"),
                               (1, 1, "CordeeSans-BoldOblique")):
        addMapping(FONT, bold, italic, name)


def _srgb_profile() -> bytes:
    return ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()


def to_pdfa(data: bytes, *, title: str, author: str, language: str) -> bytes:
    """The PDF ``data`` (made with the fonts of ``register_fonts``) as PDF/A-2b: output intent, XMP, language."""
    with pikepdf.open(BytesIO(data)) as pdf:
        profile = pdf.make_stream(_srgb_profile())
        profile.N = 3
        pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary(
            Type=pikepdf.Name.OutputIntent, S=pikepdf.Name.GTS_PDFA1, OutputConditionIdentifier=pikepdf.String(SRGB),
            Info=pikepdf.String(SRGB), DestOutputProfile=profile)])
        pdf.Root.Lang = pikepdf.String(language)
        for key in ("/Trapped", "/Subject"):   # reportlab's "/False" and "unspecified": nothing to say
            if key in pdf.docinfo:
                del pdf.docinfo[key]
        pdf.docinfo["/Creator"] = pikepdf.String("Cordée")
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta.load_from_docinfo(pdf.docinfo)
            meta["dc:title"] = title
            meta["dc:creator"] = [author]
            meta["pdfaid:part"] = "2"
            meta["pdfaid:conformance"] = "B"
        out = BytesIO()
        pdf.save(out)
    return out.getvalue()


__all__ = ["FONT", "FONT_BOLD", "register_fonts", "to_pdfa"]
