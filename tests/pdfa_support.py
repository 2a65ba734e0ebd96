"""What can be checked of PDF/A-2b here without veraPDF: XMP identification, output intent, fonts, encryption."""

from __future__ import annotations

from io import BytesIO

import pikepdf


def pdfa_problems(data: bytes, *, title: str | None = None, language: str | None = None) -> list[str]:
    """The PDF/A-2b requirements ``data`` visibly misses (an empty list when none is seen)."""
    problems = []
    with pikepdf.open(BytesIO(data)) as pdf:
        if pdf.is_encrypted:
            problems.append("encrypted")
        meta = pdf.open_metadata()
        if meta.get("pdfaid:part") != "2" or meta.get("pdfaid:conformance") != "B":
            problems.append(f"pdfaid {meta.get('pdfaid:part')}/{meta.get('pdfaid:conformance')}")
        if title is not None and meta.get("dc:title") != title:
            problems.append(f"dc:title {meta.get('dc:title')!r}")
        if title is not None and str(pdf.docinfo.get("/Title")) != title:
            problems.append("docinfo /Title differs from dc:title")
        if not meta.get("dc:creator"):
            problems.append("no dc:creator")
        if language is not None and str(pdf.Root.get("/Lang")) != language:
            problems.append(f"/Lang {pdf.Root.get('/Lang')}")
        intents = [i for i in pdf.Root.get("/OutputIntents", []) if i.get("/S") == "/GTS_PDFA1"]
        if not intents:
            problems.append("no GTS_PDFA1 output intent")
        for intent in intents:
            profile = intent.get("/DestOutputProfile")
            icc = profile.read_bytes() if profile is not None else b""
            if len(icc) < 128 or icc[36:40] != b"acsp" or icc[16:20] != b"RGB " or profile.get("/N") != 3:
                problems.append("the output intent has no embedded RGB ICC profile")
        for number, page in enumerate(pdf.pages, 1):
            fonts = page.Resources.get("/Font", {})
            for name, font in fonts.items():
                descriptors = [font.get("/FontDescriptor")] + [d.get("/FontDescriptor")
                                                               for d in font.get("/DescendantFonts", [])]
                if not any(d is not None and ("/FontFile" in d or "/FontFile2" in d or "/FontFile3" in d)
                           for d in descriptors):
                    problems.append(f"page {number}: font {name} ({font.get('/BaseFont')}) not embedded")
    return problems
