"""Small pieces the printouts share: text safe for a reportlab Paragraph, a QR code drawing, and a canvas that
knows the page count (running headers "page N of M")."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas


def markup(text: str) -> str:
    """``text`` with the characters a Paragraph reads as markup escaped (&, <, >)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def qr_code(payload: str, size: float, level: str = "M", font: str | None = None) -> Drawing:
    """A square QR code of ``size`` points (error-correction ``level`` L, M, Q or H). ``font``: the font its drawing
    starts with (it writes no text, but reportlab names Helvetica in the page's fonts unless told otherwise)."""
    widget = QrCodeWidget(payload, barLevel=level)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    if font:
        drawing.initialFontName = font   # read by reportlab's renderer as the drawing's starting state
    return drawing


def paged_canvas(draw_page: Callable[[Canvas, int, int], None], initial_font: str | None = None) -> type[Canvas]:
    """A canvas class for ``doc.build(story, canvasmaker=…)`` that calls ``draw_page(canvas, page, pages)`` on every
    page once the whole document is laid out, so that each page can say "page 2 of 3".

    Each finished page's state is kept instead of being written out; ``save`` then replays the pages, draws the
    running parts with the total known, and writes them (two passes over the pages, one layout).

    ``initial_font``: the font each page starts with (reportlab's default, Helvetica, is not embedded: a PDF/A
    document names an embedded one, ``kernel.pdfa.FONT``)."""

    class PagedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            if initial_font and not kwargs.get("initialFontName"):   # a doc template passes its own, often None
                kwargs["initialFontName"] = initial_font
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self):  # noqa: N802 (reportlab's name)
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                draw_page(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return PagedCanvas
