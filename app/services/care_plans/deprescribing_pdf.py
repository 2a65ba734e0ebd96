"""The patient's sheet of a deprescribing plan (reportlab, one page, kept in memory): the medicine, each step with
its date and how to take it from then on, who will call and when, what to do if it goes badly, the agreement and
the scheme's source. In the patient's language (fr, de or en)."""

from __future__ import annotations

from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.care_plans.plan_pdf import GRID, esc, styles
from app.services.care_plans.taper_schemes import Scheme
from app.services.kernel import labels as L
from app.services.kernel.labels import day
from app.services.medications import posology_text
from app.services.practice import contact as practice_contact

TEXTS = {
    "fr": {"title": "Mon plan pour réduire {drug}", "for": "Pour {name}",
           "intro": "Nous avons décidé ensemble de diminuer ce médicament pas à pas. Chaque étape commence à la date "
                    "indiquée ; d'ici là, continuez comme avant.",
           "cols": ["Étape", "À partir du", "Comment le prendre"], "stop": "Arrêt : ne plus le prendre",
           "done": "fait", "skipped": "étape sautée",
           "calls": "Nous vous appellerons",
           "call_text": "{who} vous appellera environ {days} jours après chaque étape pour savoir comment cela se passe.",
           "team": "Un membre de l'équipe", "team_role": "Un membre de l'équipe ({role})",
           "if": "Si cela ne va pas",
           "if_text": "Si vous dormez beaucoup plus mal, êtes très anxieux, avez des douleurs ou d'autres gênes, "
                      "ne reprenez pas la dose d'avant de vous-même : appelez le cabinet. Nous adapterons le rythme.",
           "agreed": "Plan convenu avec vous le {day}.", "not_agreed": "Plan proposé, pas encore convenu avec vous.",
           "source": "Schéma de départ : {title} — {publisher}, {edition}.",
           "printed": "Imprimé par {by} le {day}. Apportez cette feuille à chaque consultation et à la pharmacie."},
    "de": {"title": "Mein Plan zum Reduzieren von {drug}", "for": "Für {name}",
           "intro": "Wir haben gemeinsam beschlossen, dieses Medikament Schritt für Schritt zu verringern. Jeder "
                    "Schritt beginnt am angegebenen Datum; bis dahin nehmen Sie es wie bisher.",
           "cols": ["Schritt", "Ab dem", "Wie einnehmen"], "stop": "Absetzen: nicht mehr einnehmen",
           "done": "erledigt", "skipped": "Schritt ausgelassen",
           "calls": "Wir rufen Sie an",
           "call_text": "{who} ruft Sie etwa {days} Tage nach jedem Schritt an und fragt, wie es Ihnen geht.",
           "team": "Eine Person aus dem Team", "team_role": "Eine Person aus dem Team ({role})",
           "if": "Wenn es Ihnen nicht gut geht",
           "if_text": "Wenn Sie viel schlechter schlafen, sehr unruhig sind, Schmerzen oder andere Beschwerden haben, "
                      "nehmen Sie nicht von sich aus wieder die frühere Dosis: rufen Sie die Praxis an. Wir passen "
                      "das Tempo an.",
           "agreed": "Plan mit Ihnen vereinbart am {day}.",
           "not_agreed": "Vorgeschlagener Plan, noch nicht mit Ihnen vereinbart.",
           "source": "Ausgangsschema: {title} — {publisher}, {edition}.",
           "printed": "Gedruckt von {by} am {day}. Bringen Sie dieses Blatt zu jedem Termin und in die Apotheke mit."},
    "en": {"title": "My plan to reduce {drug}", "for": "For {name}",
           "intro": "We decided together to lower this medicine step by step. Each step starts on the date shown; "
                    "until then, go on as before.",
           "cols": ["Step", "From", "How to take it"], "stop": "Stop: do not take it any more",
           "done": "done", "skipped": "step skipped",
           "calls": "We will call you",
           "call_text": "{who} will call you about {days} days after each step to ask how it is going.",
           "team": "A member of the team", "team_role": "A member of the team ({role})",
           "if": "If it goes badly",
           "if_text": "If you sleep much worse, feel very anxious, have pain or other trouble, do not go back to the "
                      "earlier dose on your own: call the practice. We will adjust the pace.",
           "agreed": "Plan agreed with you on {day}.", "not_agreed": "Proposed plan, not yet agreed with you.",
           "source": "Starting scheme: {title} — {publisher}, {edition}.",
           "printed": "Printed by {by} on {day}. Bring this sheet to every visit and to the pharmacy."},
}


def render(plan, scheme: Scheme, patient_name: str, printed_by: str, today: date, lang: str = L.DEFAULT_LANG,
           practice=None) -> bytes:
    """``plan``: a ``deprescribing.PlanRow``; ``practice``: the practice's row (its address closes the page) or
    None."""
    lang = L.lang_of(lang)
    t = TEXTS[lang]
    st = styles()
    big = st["body"].clone("dp_big", fontSize=11, leading=14)
    cell = st["cell"].clone("dp_cell", fontSize=10.5, leading=13)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=16 * mm, rightMargin=16 * mm, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=t["title"].format(drug=plan.drug))
    width = A4[0] - 32 * mm
    story = [Paragraph(esc(t["title"].format(drug=plan.drug)), st["title"]),
             Paragraph(esc(t["for"].format(name=patient_name)), big), Spacer(1, 2 * mm),
             Paragraph(esc(t["intro"]), big), Spacer(1, 3 * mm)]
    rows = [[Paragraph(f"<b>{esc(h)}</b>", cell) for h in t["cols"]]]
    for s in plan.steps:
        how = t["stop"] if s.stop else posology_text.describe(s.posology, lang)
        if s.state == "applied":
            how += f" ({t['done']})"
        elif s.state == "skipped":
            how += f" ({t['skipped']})"
        rows.append([Paragraph(str(s.number), cell), Paragraph(esc(day(s.due_date)), cell),
                     Paragraph(esc(how), cell)])
    table = Table(rows, colWidths=[18 * mm, 32 * mm, width - 50 * mm], repeatRows=1)
    table.setStyle(TableStyle(GRID + [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 10.5)]))
    story += [table, Paragraph(esc(t["calls"]), st["h"])]
    who = plan.follow_up_name or (t["team_role"].format(role=L.label(L.ROLE, plan.follow_up_role, lang))
                                  if plan.follow_up_role else t["team"])
    story.append(Paragraph(esc(t["call_text"].format(who=who, days=plan.follow_up_days)), big))
    story += [Paragraph(esc(t["if"]), st["h"]), Paragraph(esc(t["if_text"]), big), Spacer(1, 3 * mm)]
    story.append(Paragraph(esc(t["agreed"].format(day=day(plan.agreed_on)) if plan.agreed_on else t["not_agreed"]),
                           big))
    source = scheme.source
    story.append(Paragraph(esc(t["source"].format(title=scheme.title(lang), publisher=source.get("publisher", ""),
                                                  edition=source.get("edition", ""))), st["cell"]))
    content = KeepInFrame(width, A4[1] - 28 * mm - 14 * mm, story, mode="shrink")
    address = practice_contact.contact_line(practice, lang, email=False)
    printed = esc(t["printed"].format(by=printed_by, day=day(today)))
    footer = Paragraph(f"<b>{esc(address)}</b><br/>{printed}" if address else printed, st["cell"])
    doc.build([content, Spacer(1, 3 * mm), footer])
    return buffer.getvalue()


__all__ = ["TEXTS", "render"]
