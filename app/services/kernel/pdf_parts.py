"""Small pieces the printouts share: text safe for a reportlab Paragraph, and a QR code drawing."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing


def markup(text: str) -> str:
    """``text`` with the characters a Paragraph reads as markup escaped (&, <, >)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def qr_code(payload: str, size: float, level: str = "M") -> Drawing:
    """A square QR code of ``size`` points (error-correction ``level`` L, M, Q or H)."""
    widget = QrCodeWidget(payload, barLevel=level)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing
