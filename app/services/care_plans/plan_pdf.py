"""The full care plan for the team as a PDF (reportlab), kept in memory (no plaintext file unless saved)."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.care_plans.plans import PlanView
from app.services.kernel import labels as L
from app.services.kernel.labels import DEFAULT_LANG, day
from app.services.medications import posology_text
from app.services.tasks import recurrence

__all__ = ["TEXTS", "GRID", "day", "esc", "when", "render"]

TEXTS = {
    "fr": {"title": "Plan de soins partagé (PPCS) — %s", "validated_by": "validé par %s le %s",
           "agreement": "accord du patient le %s (%s)", "referent": "Référent : %s", "review": "date de révision : %s",
           "progress": "avancement : %d actions faites sur %d (%d %%)", "closed_on": "Clos le %s : %s",
           "circle": "Cercle de soins", "circle_cols": ["Nom", "Rôle", "Type", "Contact", "Période"],
           "no_member": "Aucun membre enregistré.", "synthesis": "Synthèse de la situation",
           "synthesis_cols": ["Domaine", "Synthèse"], "problems": "Problèmes et besoins",
           "problem_cols": ["Domaine", "Priorité", "Problème / besoin", "Signalé par"],
           "no_problem": "Aucun problème enregistré.", "goals": "Objectifs partagés",
           "goal_cols": ["Objectif", "Mesure", "Échéance", "État", "Problèmes"], "no_goal": "Aucun objectif enregistré.",
           "actions": "Actions", "action_cols": ["Type", "Action", "Responsable", "Quand", "État", "Résultat", "Objectif"],
           "no_action": "Aucune action prévue.", "expectations": "Attentes et préférences du patient",
           "directives_title": "Directives anticipées et personne de confiance", "dated": "datées du %s",
           "kept": "conservées : %s", "directives": "Directives anticipées : %s", "trusted": "Personne de confiance : %s",
           "no_trusted": "aucune désignée", "designated": "désignée le %s", "alert": "Procédure d'alerte",
           "unmet": "Besoins non couverts", "unmet_cols": ["Besoin ou objectif non couvert", "Raison",
                                                           "Signalé au territoire"],
           "none": "Aucun enregistré.", "yes_on": "oui, %s", "no": "non", "printed": "Imprimé par %s le %s",
           "footer": "%s — plan de soins v%d", "page": "page %d"},
    "de": {"title": "Gemeinsamer Betreuungsplan — %s", "validated_by": "validiert von %s am %s",
           "agreement": "Einverständnis Patient/in am %s (%s)", "referent": "Bezugsperson: %s",
           "review": "Überprüfung am: %s", "progress": "Fortschritt: %d von %d Massnahmen erledigt (%d %%)",
           "closed_on": "Abgeschlossen am %s: %s", "circle": "Behandlungsteam",
           "circle_cols": ["Name", "Funktion", "Art", "Kontakt", "Zeitraum"], "no_member": "Keine Mitglieder erfasst.",
           "synthesis": "Zusammenfassung der Situation", "synthesis_cols": ["Bereich", "Zusammenfassung"],
           "problems": "Probleme und Bedürfnisse",
           "problem_cols": ["Bereich", "Priorität", "Problem / Bedürfnis", "Gemeldet von"],
           "no_problem": "Keine Probleme erfasst.", "goals": "Gemeinsame Ziele",
           "goal_cols": ["Ziel", "Messgrösse", "Zieldatum", "Stand", "Probleme"], "no_goal": "Keine Ziele erfasst.",
           "actions": "Massnahmen",
           "action_cols": ["Art", "Massnahme", "Verantwortlich", "Wann", "Stand", "Ergebnis", "Ziel"],
           "no_action": "Keine Massnahmen geplant.", "expectations": "Erwartungen und Wünsche der Patientin / des Patienten",
           "directives_title": "Patientenverfügung und Vertrauensperson", "dated": "vom %s",
           "kept": "aufbewahrt: %s", "directives": "Patientenverfügung: %s", "trusted": "Vertrauensperson: %s",
           "no_trusted": "keine bestimmt", "designated": "bestimmt am %s", "alert": "Vorgehen im Notfall",
           "unmet": "Ungedeckte Bedürfnisse", "unmet_cols": ["Nicht gedecktes Bedürfnis oder Ziel", "Grund",
                                                              "An die Region gemeldet"],
           "none": "Keine erfasst.", "yes_on": "ja, %s", "no": "nein", "printed": "Gedruckt von %s am %s",
           "footer": "%s — Betreuungsplan v%d", "page": "Seite %d"},
    "en": {"title": "Shared care plan (PPCS) — %s", "validated_by": "validated by %s on %s",
           "agreement": "patient's agreement %s (%s)", "referent": "Référent: %s", "review": "review date: %s",
           "progress": "progress: %d of %d actions done (%d %%)", "closed_on": "Closed on %s: %s",
           "circle": "Care circle", "circle_cols": ["Name", "Role", "Kind", "Contact", "Period"],
           "no_member": "No member recorded.", "synthesis": "Situation synthesis",
           "synthesis_cols": ["Domain", "Synthesis"], "problems": "Problems and needs",
           "problem_cols": ["Domain", "Priority", "Problem / need", "Raised by"], "no_problem": "No problem recorded.",
           "goals": "Shared goals", "goal_cols": ["Objective", "Measure", "Target", "Status", "Problems"],
           "no_goal": "No goal recorded.", "actions": "Actions",
           "action_cols": ["Type", "Action", "Responsible", "When", "Status", "Outcome", "Goal"],
           "no_action": "No action planned.", "expectations": "The patient's expectations and preferences",
           "directives_title": "Advance directives and trusted person", "dated": "dated %s", "kept": "kept: %s",
           "directives": "Advance directives: %s", "trusted": "Trusted person: %s", "no_trusted": "none designated",
           "designated": "designated %s", "alert": "Alert procedure", "unmet": "Unmet needs",
           "unmet_cols": ["Need or goal not met", "Reason", "Reported to the territory"], "none": "None recorded.",
           "yes_on": "yes, %s", "no": "no", "printed": "Printed by %s on %s", "footer": "%s — care plan v%d",
           "page": "page %d"},
}
TEXTS["fr"].update(deprescribing="Plans de déprescription", dep_cols=["Médicament", "Étape", "À partir du", "Dose",
                                                                       "État"], dep_stop="arrêt")
TEXTS["de"].update(deprescribing="Deprescribing-Pläne", dep_cols=["Medikament", "Schritt", "Ab", "Dosis", "Stand"],
                   dep_stop="absetzen")
TEXTS["en"].update(deprescribing="Deprescribing plans", dep_cols=["Medication", "Step", "From", "Dose", "State"],
                   dep_stop="stop")
DEPRESCRIBING_WORDS = {"draft": ("brouillon", "Entwurf", "draft"), "active": ("en cours", "laufend", "active"),
                       "completed": ("terminé", "abgeschlossen", "completed"),
                       "cancelled": ("annulé", "abgebrochen", "cancelled"), "planned": ("prévue", "geplant", "planned"),
                       "applied": ("appliquée", "umgesetzt", "applied"), "skipped": ("sautée", "ausgelassen", "skipped")}
GRID = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]


def esc(text) -> str:
    return str(text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def when(action: dict, lang: str = DEFAULT_LANG) -> str:
    text = day(action.get("due_date"))
    if action.get("recurrence_rule"):
        text += f" ({L.every(action['recurrence_rule'], lang)})"
    return text


def styles():
    """The paragraph styles of the care-plan printouts (shared by the patient sheet)."""
    s = getSampleStyleSheet()
    return {"title": s["Title"].clone("t", fontSize=16, leading=19, spaceAfter=2),
            "h": s["Heading2"].clone("h", fontSize=11.5, leading=14, spaceBefore=7, spaceAfter=3,
                                      textColor=colors.HexColor("#1f3a5f")),
            "body": s["BodyText"].clone("b", fontSize=9, leading=11.5),
            "cell": s["BodyText"].clone("c", fontSize=8.3, leading=10)}


def _table(st, header: list[str], rows: list[list], widths: list[float], empty: str) -> list:
    if not rows:
        return [Paragraph(f"<i>{esc(empty)}</i>", st["body"])]
    data = [[Paragraph(f"<b>{esc(h)}</b>", st["cell"]) for h in header]] + \
        [[Paragraph(esc(c), st["cell"]) for c in row] for row in rows]
    table = Table(data, colWidths=[w * mm for w in widths], repeatRows=1)
    table.setStyle(TableStyle(GRID))
    return [table]


def render(view: PlanView, printed_by: str, lang: str = DEFAULT_LANG, contact: str = "",
           deprescribing: list | None = None) -> bytes:
    """The PDF bytes of the whole plan, in ``lang`` (fr, de, en; French by default); ``contact``: the practice's
    name, address and phone on one line (``practice.contact.contact_line``), under the title; ``deprescribing``:
    the patient's deprescribing plans (``deprescribing.PlanRow``) with their steps, when the reader may see them."""
    lang = L.lang_of(lang)
    t = TEXTS[lang]
    st = styles()

    def w(table, key):
        return L.label(table, key, lang)
    buffer = BytesIO()
    title = t["title"] % view.patient_name
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=13 * mm,
                            bottomMargin=14 * mm, title=title)
    d = view.data
    status = f"Version {view.revision} · {w(L.PLAN_STATUS, view.status)}"
    if view.validated_by:
        status += " · " + t["validated_by"] % (view.validated_by, day(view.validated_at))
    if view.patient_agreement_date:
        status += " · " + t["agreement"] % (day(view.patient_agreement_date), view.patient_agreement_how)
    done, total = view.progress
    lines = [status, " · ".join((t["referent"] % view.referent_name, t["review"] % (day(d.review_date) or "—"),
                                 t["progress"] % (done, total, view.progress_percent)))]
    if view.status == "closed":
        lines.append(t["closed_on"] % (day(view.closed_at), view.closed_reason))
    story = [Paragraph(esc(title), st["title"])] + [Paragraph(esc(x), st["cell"]) for x in [contact] if x]
    story += [Paragraph(esc(x), st["body"]) for x in lines]
    story.append(Paragraph(esc(t["circle"]), st["h"]))
    story += _table(st, t["circle_cols"], [
        [m["name"], m.get("role"), w(L.MEMBER_CATEGORY, m["category"]),
         " · ".join(x for x in (m.get("organisation"), m.get("phone"), m.get("email")) if x),
         " – ".join(x for x in (day(m.get("start_date")), day(m.get("end_date"))) if x)] for m in view.members],
        [40, 36, 26, 54, 26], t["no_member"])
    story.append(Paragraph(esc(t["synthesis"]), st["h"]))
    story += _table(st, t["synthesis_cols"], [
        [w(L.DOMAIN, k), getattr(d, f"synthesis_{k}") or "—"]
        for k in ("medical", "psychological", "social", "environmental")], [30, 152], "")
    names = {p["id"]: p["label"] for p in view.problems}
    story.append(Paragraph(esc(t["problems"]), st["h"]))
    story += _table(st, t["problem_cols"], [
        [w(L.DOMAIN, p["domain"]), w(L.PRIORITY, p["priority"]), p["label"], p.get("source")] for p in view.problems],
        [28, 18, 96, 40], t["no_problem"])
    goals = {g["id"]: g["objective"] for g in view.goals}
    story.append(Paragraph(esc(t["goals"]), st["h"]))
    story += _table(st, t["goal_cols"], [
        [g["objective"], g.get("measure"), day(g.get("target_date")), w(L.GOAL_STATUS, g["status"]),
         "; ".join(names.get(int(p), "") for p in g["problem_ids"].split())] for g in view.goals],
        [58, 40, 20, 22, 42], t["no_goal"])
    story.append(Paragraph(esc(t["actions"]), st["h"]))
    story += _table(st, t["action_cols"], [
        [w(L.ACTION_TYPE, a["action_type"]), a["description"], L.ROLE.get(a["responsible"]) and
         w(L.ROLE, a["responsible"]) or a["responsible"], when(a, lang), w(L.ACTION_STATUS, a["status"]),
         a.get("outcome"), goals.get(a.get("goal_id"), "")] for a in view.actions],
        [20, 40, 30, 24, 17, 26, 25], t["no_action"])
    if deprescribing:
        story.append(Paragraph(esc(t["deprescribing"]), st["h"]))
        story += _table(st, t["dep_cols"], [
            [f"{p.drug} ({w(DEPRESCRIBING_WORDS, p.status)})", str(s.number), day(s.due_date),
             t["dep_stop"] if s.stop else posology_text.describe(s.posology, lang), w(DEPRESCRIBING_WORDS, s.state)]
            for p in deprescribing for s in p.steps], [52, 14, 22, 70, 24], "")
    story.append(Paragraph(esc(t["expectations"]), st["h"]))
    story.append(Paragraph(esc(d.expectations or "—"), st["body"]))
    directives = w(L.DIRECTIVES, d.advance_directives)
    if d.advance_directives == "yes":
        directives += ", " + ", ".join(x for x in (t["dated"] % day(d.advance_directives_date)
                                                   if d.advance_directives_date else "",
                                                   t["kept"] % d.advance_directives_location
                                                   if d.advance_directives_location else "") if x)
    trusted = d.trusted_person_name or t["no_trusted"]
    if d.trusted_person_contact:
        trusted += f", {d.trusted_person_contact}"
    if d.trusted_person_designated_on:
        trusted += " (" + t["designated"] % day(d.trusted_person_designated_on) + ")"
    story.append(KeepTogether([Paragraph(esc(t["directives_title"]), st["h"]),
                               Paragraph(esc(t["directives"] % directives.rstrip(", ")), st["body"]),
                               Paragraph(esc(t["trusted"] % trusted), st["body"])]))
    story.append(KeepTogether([Paragraph(esc(t["alert"]), st["h"]),
                               Paragraph(esc(d.alert_procedure or "—"), st["body"])]))
    story.append(Paragraph(esc(t["unmet"]), st["h"]))
    story += _table(st, t["unmet_cols"], [
        [u["description"], u.get("reason"), (t["yes_on"] % day(u.get("reported_on"))).rstrip(", ")
         if u["reported_to_territory"] else t["no"]] for u in view.unmet_needs], [80, 62, 40], t["none"])
    story += [Spacer(1, 4 * mm), Paragraph(esc(t["printed"] % (printed_by, day(recurrence.today_local()))),
                                           st["cell"])]

    def footer(canvas, doc_):
        canvas.setFont("Helvetica", 7.5)
        canvas.drawString(14 * mm, 8 * mm, t["footer"] % (view.patient_name, view.revision))
        canvas.drawRightString(A4[0] - 14 * mm, 8 * mm, t["page"] % doc_.page)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return buffer.getvalue()
