"""The patient survey on paper and its results as PDF (reportlab, bytes kept in memory).

The paper questionnaire carries a QR code to the form the practice hosts (when its address is set), boxes to tick
and room for the comment; the results report has a table per question (periods × count, mean or yes share) and
the comments with their week only."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.services.coordination import survey
from app.services.coordination.survey_definition import Questionnaire
from app.services.kernel import labels as L
from app.services.kernel import pdfa
from app.services.kernel.context import ServiceContext
from app.services.kernel.pdf_parts import markup, qr_code
from app.services.practice import practice_record as practice_service
from app.services.security.access import require

TEXTS = {
    "fr": {"scale": ("Pas du tout d'accord", "Plutôt pas d'accord", "Sans avis", "Plutôt d'accord", "Tout à fait d'accord"),
           "yes": "Oui", "no": "Non", "qr": "Vous pouvez aussi répondre en ligne : %s",
           "drop": "Déposez ce questionnaire dans l'urne de l'accueil.", "results": "Enquête patients",
           "period": "Semaines %s – %s. Imprimé par %s.", "answers": "Réponses", "mean": "Moyenne (1–5)",
           "yes_share": "Oui (%)", "total": "Total", "comments": "Commentaires", "sets": "Questionnaires",
           "channels": "Papier : %d, borne : %d.", "none": "Aucun commentaire.", "source": "Source : %s"},
    "de": {"scale": ("Trifft gar nicht zu", "Trifft eher nicht zu", "Weder noch", "Trifft eher zu", "Trifft voll zu"),
           "yes": "Ja", "no": "Nein", "qr": "Sie können auch online antworten: %s",
           "drop": "Bitte werfen Sie den Fragebogen in die Box am Empfang.", "results": "Patientenbefragung",
           "period": "Wochen %s – %s. Gedruckt von %s.", "answers": "Antworten", "mean": "Mittelwert (1–5)",
           "yes_share": "Ja (%)", "total": "Total", "comments": "Kommentare", "sets": "Fragebögen",
           "channels": "Papier: %d, Kiosk: %d.", "none": "Keine Kommentare.", "source": "Quelle: %s"},
    "en": {"scale": ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"),
           "yes": "Yes", "no": "No", "qr": "You can also answer online: %s",
           "drop": "Please leave this questionnaire in the box at reception.", "results": "Patient survey",
           "period": "Weeks %s – %s. Printed by %s.", "answers": "Answers", "mean": "Mean (1–5)",
           "yes_share": "Yes (%)", "total": "Total", "comments": "Comments", "sets": "Questionnaires",
           "channels": "Paper: %d, kiosk: %d.", "none": "No comments.", "source": "Source: %s"},
}
GRID = colors.HexColor("#9aa5b1")
HEAD = colors.HexColor("#e3e8ef")


def render_form(q: Questionnaire, url: str | None, lang: str = L.DEFAULT_LANG) -> bytes:
    """The paper questionnaire in ``lang``: one row of boxes per question, the comment area, the QR code."""
    lang = L.lang_of(lang)
    pdfa.register_fonts()
    t, styles = TEXTS[lang], getSampleStyleSheet()
    body = styles["BodyText"].clone("q", fontSize=10.5, leading=13)
    small = styles["BodyText"].clone("s", fontSize=7.5, leading=9, alignment=1)
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, topMargin=14 * mm,
                            bottomMargin=12 * mm, title=q.title[lang])
    head = [Paragraph(markup(q.title[lang]), styles["Title"]), Paragraph(markup(q.intro[lang]), styles["Italic"])]
    if url:
        head = [Table([[head, [qr_code(url, 30 * mm), Paragraph(markup(url), small)]]],
                      colWidths=[140 * mm, 40 * mm], style=[("VALIGN", (0, 0), (-1, -1), "MIDDLE")])]
    story = [*head, Spacer(1, 4 * mm)]
    rows, style = [], [("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                       ("ALIGN", (1, 0), (-1, -1), "CENTER")]
    rows.append([""] + [Paragraph(markup(s), small) for s in t["scale"]])
    style.append(("BACKGROUND", (0, 0), (-1, 0), HEAD))
    for i, question in enumerate(q.questions, 1):
        text = Paragraph(markup(f"{i}. {question.text[lang]}"), body)
        if question.kind == "likert":
            rows.append([text] + ["○"] * 5)
        elif question.kind == "yes_no":
            rows.append([text, f"○ {t['yes']}", f"○ {t['no']}", "", "", ""])
            style.append(("SPAN", (3, len(rows) - 1), (5, len(rows) - 1)))
    table = Table(rows, colWidths=[85 * mm] + [19 * mm] * 5)
    table.setStyle(TableStyle(style + [("FONT", (1, 1), (-1, -1), pdfa.FONT, 11)]))   # it has ○
    story += [table, Spacer(1, 5 * mm)]
    comment = next((x for x in q.questions if x.kind == "text"), None)
    if comment is not None:
        n = len(q.questions)
        story += [Paragraph(markup(f"{n}. {comment.text[lang]}"), body),
                  Table([[""]], colWidths=[180 * mm], rowHeights=[45 * mm],
                        style=[("BOX", (0, 0), (-1, -1), 0.6, GRID)]), Spacer(1, 4 * mm)]
    story.append(Paragraph(markup(t["drop"] + (" " + t["qr"] % url if url else "")), styles["Italic"]))
    doc.build(story)
    return buffer.getvalue()


def _fmt(value: float | None, lang: str) -> str:
    return L.decimal(value, lang)


def render_results(res: survey.SurveyResults, week_from: str, week_to: str, practice_name: str, printed_by: str,
                   lang: str = L.DEFAULT_LANG) -> bytes:
    """The results report in ``lang``: per question a table (periods × answers and mean or yes share), the number
    of questionnaires and the comments with their week."""
    lang = L.lang_of(lang)
    t, styles, q = TEXTS[lang], getSampleStyleSheet(), res.questionnaire
    buffer = BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=12 * mm, title=f"{t['results']} {week_from} – {week_to}")
    story = [Paragraph(f"{markup(t['results'])} — {markup(practice_name)}", styles["Title"]),
             Paragraph(markup(t["period"] % (week_from, week_to, printed_by)), styles["Normal"]),
             Paragraph(markup(t["channels"] % (res.channels["paper"], res.channels["kiosk"])), styles["Normal"]),
             Spacer(1, 3 * mm)]
    periods = res.periods[-12:]
    width = (273 - 95) / (len(periods) + 1)
    cell = styles["BodyText"].clone("c", fontSize=7.5, leading=9)
    data = [[t["sets"]] + periods + [t["total"]],
            [""] + [str(res.answer_sets[p]) for p in periods] + [str(sum(res.answer_sets.values()))]]
    for question in q.scored():
        per, total = res.stats[question.key], res.totals[question.key]
        value = (lambda s: _fmt(s.mean, lang)) if question.kind == "likert" else (lambda s: _fmt(s.yes_share, lang))
        label = t["mean"] if question.kind == "likert" else t["yes_share"]
        data.append([Paragraph(markup(question.text[lang]), cell)] + [""] * (len(periods) + 1))
        data.append([f"   {t['answers']}"] + [str(per[p].count) for p in periods] + [str(total.count)])
        data.append([f"   {label}"] + [value(per[p]) for p in periods] + [value(total)])
    table = Table(data, colWidths=[95 * mm] + [width * mm] * (len(periods) + 1), repeatRows=1)
    style = [("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8), ("FONT", (0, 1), (-1, -1), "Helvetica", 7.5),
             ("BACKGROUND", (0, 0), (-1, 0), HEAD), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("GRID", (0, 0), (-1, -1), 0.3, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i in range(len(q.scored())):
        row = 2 + 3 * i
        style += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), colors.HexColor("#f6f8fa"))]
    table.setStyle(TableStyle(style))
    story += [table, Spacer(1, 5 * mm)]
    comments = [Paragraph(f"<b>{markup(week)}</b> — {markup(text)}", cell) for week, text in res.comments] \
        or [Paragraph(markup(t["none"]), cell)]
    story.append(KeepTogether([Paragraph(markup(t["comments"]), styles["Heading2"]), *comments[:1]]))
    story += comments[1:]
    story += [Spacer(1, 3 * mm), Paragraph(markup(t["source"] % q.source), styles["Italic"])]
    doc.build(story)
    return buffer.getvalue()


def paper_form(ctx: ServiceContext, lang: str = L.DEFAULT_LANG) -> bytes:
    """The practice's paper questionnaire as PDF bytes (with the QR code to its hosted form when set)."""
    require(ctx, "survey.answer")
    return render_form(survey.questionnaire(ctx), survey.form_url(ctx), lang)


def results_pdf(ctx: ServiceContext, week_from: str, week_to: str, period: str = "week",
                lang: str = L.DEFAULT_LANG) -> bytes:
    """The results report as PDF bytes (audited export: the span only)."""
    require(ctx, "indicators.export")
    res = survey.results(ctx, week_from, week_to, period)
    practice = practice_service.get_practice(ctx)
    data = render_results(res, week_from, week_to, practice.name if practice else "Cordée",
                          ctx.actor.display_name, lang)
    with ctx.transaction() as session:
        ctx.audit(session, "survey.export", entity_type="survey", detail=f"pdf {week_from} – {week_to}")
    return data
