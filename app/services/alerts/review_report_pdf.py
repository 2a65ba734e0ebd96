"""Report of a structured medication review (French BPM, Swiss Polymedikations-Check) as an A4 PDF.

Patient, practice and author; the review type and its eligibility with the reason; the steps with
their dates; every finding with the reviewer's annotation (the decision taken); the conclusion and
advice to the doctor; the sources the findings rest on, numbered. Texts in French (default),
German or English. The file is written atomically (temp file, fsync, rename); writing it is an
export, audited by ``review_worksheet.export_report``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from html import unescape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table, TableStyle

from app.services.alerts import timeline_pdf
from app.services.alerts.review_report_texts import TEXTS, reason_text
from app.services.medications.plan_pdf import text
from app.services.storage.atomic import atomic_file, check_export_path

STEPS = ("interview_on", "analysis_on", "advice_on", "followup_on")
SEVERITY_COLOURS = {"contraindicated": "#b71c1c", "avoid": "#d84315", "precaution": "#9a6700", "consider": "#1565c0"}


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows (plain values)."""

    patient_name: str
    birth_date: date
    practice_name: str
    author: str
    scheme: str
    eligible: bool
    eligibility_reason: str
    steps: dict
    findings: tuple
    conclusion: str | None
    printed_by: str
    printed_at: datetime
    knowledge_edition: str = ""     # the ANSM thesaurus edition the practice's review uses when printed
    practice_contact: tuple[str, ...] = ()   # address and phone lines (practice.contact.contact_lines, no name)
    timeline: tuple = ()            # medications.timeline points (anticholinergic burden and risk over time)


def _styles():
    base = getSampleStyleSheet()
    small = base["BodyText"].clone("small", fontSize=9, leading=11.5)
    return {"title": base["Title"].clone("rtitle", fontSize=17, leading=21, spaceAfter=3 * mm),
            "h2": base["Heading2"].clone("rh2", fontSize=12, leading=15, spaceBefore=5 * mm, spaceAfter=2 * mm),
            "body": base["BodyText"].clone("rbody", fontSize=10, leading=13), "small": small,
            "bold": small.clone("rbold", fontName="Helvetica-Bold"),
            "note": small.clone("rnote", fontSize=8, leading=10, textColor=colors.HexColor("#57606a"))}


def _multiline(value: str) -> str:
    return text(value).replace("\n", "<br/>")


def _sources(findings) -> list[str]:
    seen: list[str] = []
    for f in findings:
        for s in f.get("sources") or ():
            if s and s not in seen:
                seen.append(s)
    return seen


def _facts(data: ReportData, t: dict, s: dict, lang: str) -> Table:
    verdict = t["eligible"] if data.eligible else t["not_eligible"]
    colour = "#1b5e20" if data.eligible else "#8a1c1c"
    rows = [(t["patient"], f"<b>{text(data.patient_name)}</b>, {text(t['born'])} {data.birth_date:%d.%m.%Y}"),
            (t["practice"], "<br/>".join(text(x) for x in (data.practice_name, *data.practice_contact) if x) or "—"),
            (t["author"], text(data.author)),
            (t["type"], text(t.get(data.scheme, data.scheme))),
            (t["eligibility"], f"<font color='{colour}'><b>{text(verdict)}</b></font> — "
                               f"{text(reason_text(data.eligibility_reason, lang))}")]
    table = Table([[Paragraph(f"<b>{text(k)}</b>", s["small"]), Paragraph(v, s["body"])] for k, v in rows],
                  colWidths=[38 * mm, 144 * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#c9d1d9"))]))
    return table


def _steps(data: ReportData, t: dict, s: dict) -> Table:
    rows = []
    for name in STEPS:
        day = data.steps.get(name)
        rows.append([Paragraph(text(t[name]), s["small"]),
                     Paragraph(f"<b>{day:%d.%m.%Y}</b>" if day else text(t["not_done"]), s["small"])])
    table = Table(rows, colWidths=[70 * mm, 112 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#c9d1d9")),
                               ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f6f8fa")),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return table


def _findings(data: ReportData, t: dict, s: dict, sources: list[str]) -> Table:
    head = [Paragraph(text(c), s["bold"]) for c in t["cols"]]
    rows = [head]
    for i, f in enumerate(data.findings, 1):
        severity = f.get("severity", "")
        label = t["severity"].get(severity, severity)
        colour = SEVERITY_COLOURS.get(severity, "#57606a")
        what = f"{text(f.get('message'))}"
        if f.get("recommendation"):
            what += f"<br/><i>{text(f['recommendation'])}</i>"
        extra = [f"ATC {', '.join(text(a) for a in f.get('atc') or [])}"] if f.get("atc") else []
        refs = [str(sources.index(x) + 1) for x in f.get("sources") or () if x in sources]
        if refs:
            extra.append(f"{text(t['see'])} [{', '.join(refs)}]")
        if extra:
            what += f"<br/><font size=8 color='#57606a'>{' · '.join(extra)}</font>"
        rows.append([Paragraph(str(i), s["small"]),
                     Paragraph(f"<font color='{colour}'><b>{text(label)}</b></font>", s["small"]),
                     Paragraph(what, s["small"]),
                     Paragraph(_multiline(f.get("annotation")) or text(t["no_annotation"]), s["small"])])
    table = Table(rows, colWidths=[10 * mm, 30 * mm, 86 * mm, 56 * mm], repeatRows=1)
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e3e8ef")),
                               ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")])]))
    return table


def story(data: ReportData, lang: str = "fr") -> list:
    """The flowables of the report."""
    lang = lang if lang in TEXTS else "fr"
    t = TEXTS[lang]
    s = _styles()
    sources = _sources(data.findings)
    out = [Paragraph(text(t["title"]), s["title"]), _facts(data, t, s, lang),
           KeepTogether([Paragraph(text(t["steps"]), s["h2"]), _steps(data, t, s)]),
           Paragraph(text(t["findings"]), s["h2"])]
    out.append(_findings(data, t, s, sources) if data.findings else Paragraph(text(t["no_finding"]), s["body"]))
    out += timeline_pdf.flowables(data.timeline, lang, s)
    conclusion = _multiline(data.conclusion) if data.conclusion else f"<i>{text(t['no_conclusion'])}</i>"
    box = Table([[Paragraph(conclusion, s["body"])]], colWidths=[182 * mm])
    box.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, colors.HexColor("#57606a")),
                             ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
                             ("LEFTPADDING", (0, 0), (-1, -1), 3 * mm)]))
    out += [KeepTogether([Paragraph(text(t["conclusion"]), s["h2"]), box]), Paragraph(text(t["sources"]), s["h2"])]
    out += [Paragraph(f"[{i}] {text(src)}", s["small"]) for i, src in enumerate(sources, 1)] or \
           [Paragraph(text(t["no_source"]), s["small"])]
    if data.knowledge_edition:
        out.append(Paragraph(text(t["knowledge"].format(data.knowledge_edition)), s["small"]))
    return out


def write(out_path: Path | str, data: ReportData, lang: str = "fr") -> Path:
    """Write the report to ``out_path`` atomically; returns the path."""
    out_path = Path(out_path)
    t = TEXTS.get(lang, TEXTS["fr"])
    footer = (f"{data.patient_name}, {data.birth_date:%d.%m.%Y} — {t['printed']} {data.printed_at:%d.%m.%Y} "
              f"({data.printed_by}) — {t['footer']}")

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#57606a"))
        canvas.drawString(14 * mm, 8 * mm, unescape(text(footer)))
        canvas.drawRightString(A4[0] - 14 * mm, 8 * mm, f"{t['page']} {doc.page}")
        canvas.restoreState()

    check_export_path(Path(out_path), "out_path")   # never into a folder, a device or through a link
    with atomic_file(Path(out_path), prefix=".review-report-", suffix=".pdf") as fh:
        doc = SimpleDocTemplate(fh, pagesize=A4, leftMargin=14 * mm, rightMargin=14 * mm, topMargin=14 * mm,
                                bottomMargin=16 * mm, title=t["title"], author=data.author)
        doc.build(story(data, lang), onFirstPage=on_page, onLaterPages=on_page)
    return out_path
