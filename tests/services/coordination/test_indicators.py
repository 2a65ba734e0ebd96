"""Every team indicator on a constructed dataset with known answers (April and May 2026), and the exports:
the CSV parsed back (formula-injection safe) and the PDF's text extracted with pdftotext."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from datetime import UTC, date, datetime

import pytest

from app.models.alert import Alert
from app.models.care_plan import CarePlan, CarePlanVersion
from app.models.task import Task
from app.services.coordination import hospital_events, indicators, indicators_csv, indicators_pdf, meetings, referrals
from app.services.coordination.hospital_events import EventInput
from app.services.coordination.meetings import CaseInput, MeetingInput
from app.services.coordination.referrals import ReferralInput
from app.services.errors import AccessDenied, ValidationError
from app.services.patients import records as patients
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.practice import practice_record as practice_service

APRIL, MAY = date(2026, 4, 1), date(2026, 5, 31)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def person(ctx, family, born="01.01.1960", ald=False) -> int:
    problems = [ProblemEntry("ald", "Diabète", "E11.9")] if ald else []
    return patients.create_patient(ctx, PatientInput(family_name=family, given_names="X", birth_date=born, sex="F",
                                                     problems=problems))


def _plan(s, pid, final, versions):
    plan = CarePlan(patient_id=pid, status=final)
    s.add(plan)
    s.flush()
    for n, (status, rev, saved, review) in enumerate(versions, start=1):
        s.add(CarePlanVersion(plan_id=plan.id, version=n, revision=rev, status=status, change="x", saved_at=utc(saved),
                              snapshot=json.dumps({"review_date": review})))


@pytest.fixture
def dataset(practice):
    return _build(practice)


def _build(practice):
    doc, coord = practice.ctx["physician"], practice.ctx["coordinator"]
    a = person(doc, "Complexe", "01.01.1940", ald=True)
    b, c = person(doc, "Simple"), person(doc, "Autre")
    person(doc, "Agé", "01.01.1945", ald=True)                    # complex, never discussed
    e, f, g = person(doc, "Urgences"), person(doc, "Trois"), person(doc, "Plan")
    with practice.db.session() as s, s.begin():
        for created, answered, state in (("2026-04-05T10:00", "2026-04-05T12:00", "accepted"),
                                         ("2026-04-05T10:00", "2026-04-07T10:00", "refused"),
                                         ("2026-04-20T10:00", None, "open"),
                                         ("2026-05-02T08:00", "2026-05-02T18:00", "accepted")):
            s.add(Alert(patient_id=a, recipient_staff_id=practice.staff_ids["physician"], problem_category="1.6",
                        problem_text="p", proposal_kind="x", urgency="routine", reply_by=date(2026, 6, 1),
                        state=state, created_at=utc(created), answered_at=utc(answered) if answered else None))
        for code, status, due, done, created in (
                ("fr-asalee", "completed", None, "2026-04-10T09:00", "2026-04-01T08:00"),
                ("fr-asalee", "completed", None, "2026-05-03T09:00", "2026-04-01T08:00"),
                ("fr-pc-cystitis", "completed", None, "2026-05-04T09:00", "2026-04-01T08:00"),
                ("fr-asalee", "requested", date(2026, 4, 20), None, "2026-04-01T08:00"),
                ("fr-asalee", "completed", date(2026, 5, 10), "2026-05-05T09:00", "2026-04-01T08:00"),
                ("fr-asalee", "completed", date(2026, 4, 25), "2026-05-02T09:00", "2026-04-01T08:00")):
            s.add(Task(title="t", protocol_code=code, status=status, due_date=due, pool_role="nurse",
                       completed_at=utc(done) if done else None, created_at=utc(created)))
        _plan(s, a, "active", [("draft", 1, "2026-03-01T09:00", None), ("validated", 1, "2026-03-10T09:00", "2026-04-20"),
                               ("active", 1, "2026-03-11T09:00", "2026-04-20"),
                               ("revised", 2, "2026-04-18T09:00", "2026-04-20"),
                               ("validated", 2, "2026-04-25T09:00", "2026-10-20"),
                               ("active", 2, "2026-04-26T09:00", "2026-10-20")])
        _plan(s, g, "closed", [("draft", 1, "2026-03-01T09:00", None), ("validated", 1, "2026-03-05T09:00", "2026-05-15"),
                               ("active", 1, "2026-03-06T09:00", "2026-05-15"), ("closed", 1, "2026-05-20T09:00", "2026-05-15")])
    today = date(2026, 6, 1)
    for day, cases in (("10.04.2026", (a, b)), ("12.05.2026", (a,)), ("20.05.2026", (c,))):
        mid = meetings.create_meeting(coord, MeetingInput(meeting_date=day, participant_ids=[practice.staff_ids["nurse"]]),
                                      today=today)
        for pid in cases:
            meetings.add_case(coord, mid, CaseInput(pid, "Q"))
    for pid, days in ((e, ("2025-06-01", "2025-09-01", "2025-12-01", "2026-04-15")), (f, ("2026-01-01", "2026-02-01",
                                                                                        "2026-03-01"))):
        for d in days:
            hospital_events.record_event(practice.ctx["nurse"], pid, EventInput(event_date=d, facility="CHU"), today=today)

    def ref(priority, requested, *steps):
        rid = referrals.create_referral(doc, b, ReferralInput(recipient="Dr Y", priority=priority, clinical_question="Q",
                                                              requested_on=requested), today=today)
        for n, (status, on) in enumerate(steps, start=1):
            referrals.advance(doc, rid, n, status, on=on, answer="A", today=today)
    ref("p1_48h", "01.04.2026", ("seen", "02.04.2026"))
    ref("p1_48h", "10.04.2026", ("seen", "14.04.2026"))
    ref("p2_7d", "02.05.2026")
    ref("advice", "20.04.2026", ("report_received", "01.05.2026"))
    return practice


EXPECTED = {  # key: (April, May, period)
    "care_plans_active": (2, 1, 1), "care_plan_reviews_due": (1, 1, 2), "care_plan_reviews_on_time": (1, 0, 1),
    "alerts_raised": (3, 1, 4), "alerts_answered": (2, 1, 3), "alerts_median_answer_hours": (25.0, 10.0, 10.0),
    "alerts_acceptance_rate": (50.0, 100.0, 66.7), "tasks_done": (1, 4, 5), "tasks_done:fr-asalee": (1, 3, 4),
    "tasks_done:fr-pc-cystitis": (0, 1, 1), "tasks_overdue": (2, 1, 1), "meetings_held": (1, 2, 3),
    "patients_discussed": (2, 2, 3), "complex_discussed_share": (50.0, 50.0, 50.0), "frequent_ed_users": (1, 1, 1),
    "daum_alerts": (1, 0, 1), "referrals:p1_48h": (2, 0, 2), "referrals:p2_7d": (0, 1, 1),
    "referrals:p3_scheduled": (0, 0, 0), "referrals:advice": (1, 0, 1), "referral_delay:p1_48h": (2.5, None, 2.5),
    "referral_delay:advice": (None, 11, 11), "referral_delay:p2_7d": (None, None, None), "referrals_overdue": (0, 1, 1),
}


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_every_indicator_on_a_known_dataset(backend, request):
    dataset = _build(request.getfixturevalue("practice" if backend == "sqlite" else "pg_practice"))
    report = indicators.compute(dataset.ctx["coordinator"], "01.04.2026", "31.05.2026")
    assert report.months == [APRIL, date(2026, 5, 1)]
    got = {i.key: (*i.monthly, i.total) for i in report.indicators}
    for key, expected in EXPECTED.items():
        assert got[key] == expected, key


def test_csv_export_parses_back(dataset):
    report = indicators.compute(dataset.ctx["coordinator"], APRIL, MAY)
    rows = list(csv.DictReader(io.StringIO(indicators_csv.render(report).decode("utf-8-sig"))))
    by = {(r["indicator"], r["month"]): r["value"] for r in rows}
    assert by[("alerts_raised", "2026-04")] == "3" and by[("alerts_acceptance_rate", "period")] == "66.7"
    assert by[("referral_delay:p2_7d", "2026-05")] == ""
    assert len(rows) == len(report.indicators) * 3


def test_csv_is_formula_injection_safe():
    assert [indicators_csv.safe(v) for v in ("=1+1", "+33", "-2", "@SUM(A1)", "ok", None)] == [
        "'=1+1", "'+33", "'-2", "'@SUM(A1)", "ok", ""]
    report = indicators.IndicatorReport(APRIL, MAY, [APRIL], [indicators.Indicator("=cmd|' /C calc'!A0", "k", "-x", "%",
                                                                                   [1.0], 1.0)])
    row = list(csv.reader(io.StringIO(indicators_csv.render(report).decode("utf-8-sig"))))[1]
    assert row[0].startswith("'=") and row[2] == "'-x"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_pdf_report_text(dataset, tmp_path):
    report = indicators.compute(dataset.ctx["coordinator"], APRIL, MAY)
    path = tmp_path / "r.pdf"
    path.write_bytes(indicators_pdf.render(report, "MSP des Tilleuls", "Test Coordinator", lang="en"))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Team indicators — MSP des Tilleuls" in text and "01.04.2026 – 31.05.2026" in text
    for word in ("Care plans", "Alerts raised", "Acceptance rate", "Frequent ED users", "Referrals within 48 h",
                 "Complex patients discussed", "66.7 %", "Trends"):
        assert word in text, word
    path.write_bytes(indicators_pdf.render(report, "MSP des Tilleuls", "Test Coordinator"))   # French by default
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Indicateurs de l'équipe — MSP des Tilleuls" in text and "01.04.2026 – 31.05.2026" in text
    for word in ("Plans de soins", "Alertes émises", "Taux d'acceptation", "Usagers fréquents des urgences",
                 "Adressages sous 48 h", "Patients complexes discutés", "66,7 %", "Tendances", "Période",
                 "Imprimé par Test Coordinator"):
        assert word in text, word
    assert "Alerts raised" not in text and "Trends" not in text
    path.write_bytes(indicators_pdf.render(report, "MSP des Tilleuls", "Test Coordinator", lang="de"))
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for word in ("Team-Indikatoren — MSP des Tilleuls", "Betreuungspläne", "Erstellte Meldungen", "Annahmequote",
                 "Überweisungen innert 48 h", "Entwicklung", "Gedruckt von Test Coordinator"):
        assert word in text, word


@pytest.mark.parametrize("start,end,field", [("", "31.05.2026", "date_from"), ("01.04.2026", "x", "date_to"),
                                             ("01.05.2026", "01.04.2026", "date_to"),
                                             ("01.01.2020", "31.05.2026", "date_to")])
def test_bad_period(practice, start, end, field):
    with pytest.raises(ValidationError) as err:
        indicators.compute(practice.ctx["coordinator"], start, end)
    assert err.value.field == field


def test_access(practice):
    with pytest.raises(AccessDenied):
        indicators.compute(practice.ctx["nurse"], APRIL, MAY)


def _cli(practice, *args):
    import os

    from app.cli import main as cli
    from tests.conftest import PASSPHRASE
    os.environ["CORDEE_PASSPHRASE"] = PASSPHRASE
    practice.db.close()
    try:
        return cli.main(["export", "indicators", "--db", str(practice.path), *args])
    finally:
        os.environ.pop("CORDEE_PASSPHRASE", None)


def test_cli_export_csv_and_pdf(dataset, tmp_path, capsys):
    out = tmp_path / "ind.csv"
    assert _cli(dataset, "--from", "01.04.2026", "--to", "31.05.2026", "--format", "csv", "--lang", "en", "--out",
                str(out)) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {(r["indicator"], r["month"], r["value"]) for r in rows} >= {("meetings_held", "period", "3")}
    assert _cli(dataset, "--from", "01.04.2026", "--to", "31.05.2026", "--format", "csv", "--out", str(out)) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))   # French default
    assert {(r["indicateur"], r["mois"], r["valeur"]) for r in rows} >= {("meetings_held", "Période", "3")}
    pdf = tmp_path / "ind.pdf"
    assert _cli(dataset, "--from", "01.04.2026", "--to", "31.05.2026", "--out", str(pdf)) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        assert _cli(dataset, "--from", "01.04.2026", "--to", "31.05.2026", "--lang", "de", "--out", str(pdf)) == 0
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        assert "Team-Indikatoren" in text


@pytest.mark.parametrize("args,message", [
    (["--from", "31.02.2026", "--to", "31.05.2026"], "cordee: From: "),
    (["--from", "01.05.2026", "--to", "01.04.2026"], "cordee: To: "),
    (["--from", "01.04.2026", "--to", "31.05.2026", "--out", "/nonexistent/x.csv"], "does not exist")])
def test_cli_errors(practice, tmp_path, capsys, args, message):
    if "--out" not in args:
        args = args + ["--out", str(tmp_path / "x.csv")]
    assert _cli(practice, *args, "--format", "csv") == 1
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


def test_cli_usage_errors(practice, tmp_path, capsys):
    with pytest.raises(SystemExit) as exc:
        _cli(practice, "--from", "01.04.2026", "--to", "31.05.2026", "--format", "xls", "--out", str(tmp_path / "x"))
    assert exc.value.code == 2 and "invalid choice" in capsys.readouterr().err


def test_csv_in_french_has_semicolons_a_decimal_comma_a_bom_and_french_words(dataset):
    report = indicators.compute(dataset.ctx["coordinator"], APRIL, MAY)
    data = indicators_csv.render(report, "fr")
    assert data.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["section", "indicateur", "libellé", "unité", "mois", "valeur"]
    by = {(r[1], r[4]): r for r in rows[1:]}
    rate = by[("alerts_acceptance_rate", "Période")]
    assert rate[5] == "66,7" and rate[3] == "%" and rate[0] == "Alertes"
    assert by[("alerts_raised", "2026-04")][5] == "3"
    assert not any(any(w in " ".join(r) for w in ("Alerts raised", "period", "count")) for r in rows[1:])
    swiss = indicators_csv.render(report, "de", decimal_comma=False).decode("utf-8-sig")
    assert swiss.splitlines()[0] == "Bereich;Kennzahl;Bezeichnung;Einheit;Monat;Wert" and ";66.7" in swiss


def test_the_export_follows_the_practice_country_for_the_decimal_sign(dataset):
    from app.services.coordination import indicator_export

    data = indicator_export.export(dataset.ctx["coordinator"], APRIL, MAY, "csv", "fr").decode("utf-8-sig")
    country = practice_service.get_practice(dataset.ctx["coordinator"]).country
    assert (";66,7" in data) == (country == "FR") and (";66.7" in data) == (country == "CH")
