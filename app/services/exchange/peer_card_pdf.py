"""The printable exchange card (reportlab, bytes in memory): the practice's name, its identity id, the fingerprint
in blocks of four (large, to read aloud or compare by eye) and a QR code of the card itself (its JSON), so that the
partner can compare what they imported with what they were handed."""

from __future__ import annotations

import json
from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

from app.services.exchange import peer_identity, peer_keys
from app.services.kernel import labels as L
from app.services.kernel import pdfa
from app.services.kernel.context import ServiceContext
from app.services.kernel.pdf_parts import markup, qr_code

TEXTS = {
    "fr": {"title": "Carte d'échange Cordée", "identity": "Identifiant d'échange : %s", "created": "Créée le %s",
           "fingerprint": "Empreinte (SHA-256)",
           "how": "Remettez cette carte à votre partenaire avec le fichier de la carte (JSON). Au moment de l'ajouter, "
                  "il compare l'empreinte affichée par Cordée avec celle-ci, bloc par bloc : si un seul caractère "
                  "diffère, la carte n'est pas la vôtre."},
    "de": {"title": "Cordée-Austauschkarte", "identity": "Austausch-Kennung: %s", "created": "Erstellt am %s",
           "fingerprint": "Fingerabdruck (SHA-256)",
           "how": "Übergeben Sie diese Karte Ihrem Partner zusammen mit der Kartendatei (JSON). Beim Hinzufügen "
                  "vergleicht er den von Cordée angezeigten Fingerabdruck Block für Block mit diesem: Weicht auch "
                  "nur ein Zeichen ab, ist die Karte nicht Ihre."},
    "en": {"title": "Cordée exchange card", "identity": "Exchange identity: %s", "created": "Created on %s",
           "fingerprint": "Fingerprint (SHA-256)",
           "how": "Hand this card to your partner together with the card file (JSON). When adding it, they compare "
                  "the fingerprint Cordée shows with this one, block by block: if a single character differs, the "
                  "card is not yours."},
}


def card_pdf(ctx: ServiceContext, lang: str = L.DEFAULT_LANG) -> bytes:
    """Our card as one A4 page in ``lang`` (access checked and audited by ``peer_identity.card``)."""
    card = peer_identity.card(ctx)
    lang = L.lang_of(lang)
    t = TEXTS[lang]
    pdfa.register_fonts()
    styles = getSampleStyleSheet()
    body = styles["BodyText"].clone("b", fontName=pdfa.FONT, fontSize=10.5, leading=14)
    title = styles["Title"].clone("t", fontName=pdfa.FONT_BOLD)
    big = styles["BodyText"].clone("f", fontName=pdfa.FONT_BOLD, fontSize=17, leading=26, alignment=1)
    blocks = peer_keys.grouped(card["fingerprint"]).split()
    lines = "<br/>".join(" ".join(blocks[i:i + 4]) for i in range(0, len(blocks), 4))
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=18 * mm, title=t["title"], author=card["practice_name"])
    qr = qr_code(json.dumps(card, separators=(",", ":"), ensure_ascii=True), 70 * mm, "L", font=pdfa.FONT)
    story = [Paragraph(markup(t["title"]), title), Paragraph(markup(card["practice_name"]), styles["Heading2"].clone(
        "h", fontName=pdfa.FONT_BOLD)), Paragraph(markup(t["identity"] % card["identity_id"]), body),
        Paragraph(markup(t["created"] % L.day(date.fromisoformat(card["created"][:10]))), body), Spacer(1, 6 * mm),
        Paragraph(markup(t["fingerprint"]), body), Spacer(1, 2 * mm), Paragraph(lines, big), Spacer(1, 8 * mm),
        Table([[qr]], colWidths=[170 * mm], style=[("ALIGN", (0, 0), (-1, -1), "CENTER")]), Spacer(1, 6 * mm), Paragraph(markup(t["how"]), body)]
    doc.build(story)
    return pdfa.to_pdfa(buffer.getvalue(), title=t["title"], author=card["practice_name"], language=lang)
