"""Export of the team indicators for a period as a PDF report or a CSV table (bytes; audited)."""

from __future__ import annotations

from app.services.coordination import indicators, indicators_csv, indicators_pdf
from app.services.errors import ValidationError
from app.services.kernel.context import ServiceContext
from app.services.practice import practice_record as practice_service
from app.services.security.access import require

FORMATS = ("pdf", "csv")


def export(ctx: ServiceContext, date_from, date_to, fmt: str, lang: str = "fr") -> bytes:
    """The report's bytes (kept in memory: the caller writes them where the user chose), in ``lang`` (fr, de, en)."""
    require(ctx, "indicators.export")
    if fmt not in FORMATS:
        raise ValidationError("format", "one_of", allowed=FORMATS)
    report = indicators.compute(ctx, date_from, date_to)
    practice = practice_service.get_practice(ctx)
    if fmt == "csv":   # a decimal comma in France; Switzerland writes a decimal point
        data = indicators_csv.render(report, lang, decimal_comma=lang != "en" and (practice is None or
                                                                                   practice.country != "CH"))
    else:
        data = indicators_pdf.render(report, practice.name if practice else "Cordée", ctx.actor.display_name,
                                     lang=lang)
    with ctx.transaction() as session:
        ctx.audit(session, "indicators.export", entity_type="indicators",
                  detail=f"{fmt} {report.date_from} – {report.date_to}")
    return data
