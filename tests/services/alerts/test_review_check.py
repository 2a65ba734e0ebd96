"""A finished Polymedication Check: the CHMED16A object (MedType 2, Recoms with PatAgr) read back by the eMediplan
reader, and the protocol PDF (findings, recommendations, signature lines) in French and German."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from sqlmodel import select

from app.models.audit import AuditEvent
from app.models.staff import Staff
from app.services.alerts import review_check
from app.services.alerts import worksheet as review_worksheet
from app.services.errors import AccessDenied, ValidationError
from app.services.medications import emediplan
from tests.alert_support import warfarin_aspirin
from tests.pdfa_support import pdfa_problems

RECOMMENDATIONS = [{"kind": 1, "agreed": True, "remark": "Semainier préparé chaque lundi"},
                   {"kind": 3, "agreed": False, "remark": "Contrôle dans 6 mois"},
                   {"kind": 4, "agreed": None, "remark": "Arrêt de l'aspirine à discuter avec le médecin"}]


def pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / "check.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def finished_check(practice, recommendations=RECOMMENDATIONS):
    """A patient on warfarin + aspirin with a finished PMC worksheet; returns (patient, worksheet)."""
    pid, _w, _a = warfarin_aspirin(practice)
    ph = practice.ctx["pharmacist"]
    sid = review_worksheet.create_worksheet(ph, pid, "pmc")
    sheet = review_worksheet.list_worksheets(ph, pid)[0]
    review_worksheet.update_worksheet(ph, sid, sheet.version, {"interview_on": "01.06.2025",
                                                               "analysis_on": "03.06.2025"},
                                      {sheet.findings[0]["key"]: "Saignements de nez rapportés"},
                                      "Proposer l'arrêt de l'aspirine.", recommendations)
    return pid, sid


def test_the_check_object_round_trips_through_the_reader(practice):
    pid, sid = finished_check(practice)
    with practice.db.session() as s:   # the reviewer's GLN is the author, whoever exports
        staff = s.get(Staff, practice.staff_ids["pharmacist"])
        staff.gln = "7601000000019"
        s.add(staff)
        s.commit()
    obj = json.loads(review_check.export_check(practice.ctx["physician"], pid, "json"))
    assert obj["MedType"] == 2 and obj["Id"] and obj["Auth"] == "7601000000019" and obj["Dt"]
    assert "Rmk" not in obj and "Lng" not in obj["Patient"] and "Med" not in obj["Patient"]   # not used in a PMC
    assert obj["Patient"]["LName"] == "Girard" and obj["Patient"]["BDt"] == "1941-03-12"
    assert obj["Recoms"] == [{"Id": "1", "PatAgr": 1, "Rmk": "Semainier préparé chaque lundi"},
                             {"Id": "3", "PatAgr": 0, "Rmk": "Contrôle dans 6 mois"},
                             {"Id": "4", "Rmk": "Arrêt de l'aspirine à discuter avec le médecin"}]
    assert all(len(m.get("Pos", [])) <= 1 for m in obj["Medicaments"])
    read = emediplan.decode(emediplan.encode(obj))
    assert read["MedType"] == 2
    assert emediplan.recommendations(read) == [
        emediplan.Recommendation(1, True, "Semainier préparé chaque lundi"),
        emediplan.Recommendation(3, False, "Contrôle dans 6 mois"),
        emediplan.Recommendation(4, None, "Arrêt de l'aspirine à discuter avec le médecin")]
    assert {m.substances for m in emediplan.medication_inputs(read)} == {"warfarine", "acide acétylsalicylique"}
    private = [(f["Nm"], f["Val"]) for f in read["PFields"]]
    assert ("Conclusion", "Proposer l'arrêt de l'aspirine.") in private
    assert any(name == "Finding" and "Saignements de nez rapportés" in value for name, value in private)
    with practice.db.session() as s:
        event = s.exec(select(AuditEvent).where(AuditEvent.action == "patient.export",
                                                AuditEvent.entity_type == "medication_review_sheet")).one()
        assert event.entity_id == str(sid) and "JSON" in event.detail


def test_the_reader_keeps_only_the_five_kinds():
    obj = {"MedType": 2, "Recoms": [{"Id": "2", "PatAgr": "1"}, {"Id": "Weekly check"}, {"Id": 7}, {"Id": 5}]}
    assert emediplan.recommendations(emediplan.decode("CHMED16A0" + json.dumps(obj))) == [
        emediplan.Recommendation(2, True), emediplan.Recommendation(5)]


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils is needed")
@pytest.mark.parametrize("lang, expected", [
    ("fr", ("Protocole du Polymedication Check (PMC)", "Pour le médecin traitant", "GIRARD Odette",
            "Médication actuelle", "Coumadine", "Constats", "Saignements de nez rapportés", "Recommandations",
            "1 — Semainier préparé par le pharmacien", "oui", "non", "Semainier préparé chaque lundi",
            "3 — Répéter le contrôle dans … mois", "4 — Transmission au médecin", "Conclusion",
            "Proposer l'arrêt de l'aspirine.", "Signatures", "Pharmacien·ne", "Patient·e", "Test Pharmacist",
            "Lieu, date, signature", "Page 1 / ")),
    ("de", ("Protokoll Polymedikations-Check (PMC)", "Für den Hausarzt", "Aktuelle Medikation", "Befunde",
            "Empfehlungen", "1 — Wochendosiersystem durch die Apotheke", "Einverständnis Patient/in", "ja", "nein",
            "Schlussfolgerung", "Unterschriften", "Apotheker/in", "Ort, Datum, Unterschrift", "Seite 1 / "))])
def test_the_protocol_pdf(practice, tmp_path, lang, expected):
    pid, _sid = finished_check(practice)
    data = review_check.export_check(practice.ctx["pharmacist"], pid, "pdf", lang)
    assert pdfa_problems(data, title=expected[0], language=lang) == []   # PDF/A-2b as far as checked here
    text = pdf_text(data, tmp_path)
    for part in expected:
        assert part in text, part
    assert text.count("_" * 40) == 2   # a signature line for the pharmacist and one for the patient


def test_unfinished_bad_and_forbidden(practice):
    pid, _w, _a = warfarin_aspirin(practice)
    ph = practice.ctx["pharmacist"]
    sid = review_worksheet.create_worksheet(ph, pid, "pmc")
    with pytest.raises(ValidationError) as err:   # no analysis date, no conclusion
        review_check.export_check(ph, pid, "json")
    assert (err.value.field, err.value.code) == ("patient_id", "alerts.no_finished_check")
    version = review_worksheet.list_worksheets(ph, pid)[0].version
    for bad in ([{"kind": 6}], [{"kind": 1}, {"kind": 1}], [{"kind": True}], [{"kind": 2, "agreed": "yes"}], ["x"]):
        with pytest.raises(ValidationError) as err:
            review_worksheet.update_worksheet(ph, sid, version, {}, {}, "c", bad)
        assert (err.value.field, err.value.code) == ("recommendations", "alerts.bad_recommendation")
    with pytest.raises(ValidationError):
        review_check.export_check(ph, pid, "xml")
    with pytest.raises(AccessDenied):
        review_check.export_check(practice.ctx["nurse"], pid, "json")

