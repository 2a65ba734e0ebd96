"""A finding names its drugs in the reader's language: a line entered in French reads in German for a German user."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.services.medications import check
from app.services.medications import medication_list as medications
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import Posology
from app.services.patients import records as patients
from app.services.patients.records import PatientInput
from app.ui.common import settings as ui_settings
from app.ui.medications.findings_view import NODE_KIND_ROLE, FindingsModel

pytestmark = pytest.mark.gui


@pytest.fixture
def german():
    ui_settings.put(ui_settings.LANGUAGE, "de")
    yield
    ui_settings.put(ui_settings.LANGUAGE, "en")


def _titles(model: FindingsModel) -> list[str]:
    titles = []
    for g in range(model.rowCount()):
        group = model.index(g, 0)
        for r in range(model.rowCount(group)):
            index = model.index(r, 0, group)
            if model.data(index, NODE_KIND_ROLE) == "finding":
                titles.append(model.data(index))
    return titles


def test_french_lines_are_named_in_german(qapp, practice, german):
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Keller", given_names="Anna",
                                                    birth_date="03.06.1939", sex="F"))
    for atc, name in [("B01AA03", "warfarine"), ("B01AC06", "acide acétylsalicylique")]:
        medications.add_medication(doc, pid, MedicationInput(
            atc=atc, substances=name, product_name=name, strength="5 mg",
            posology=Posology(dose_morning="1", unit="tablet", start_date=date.today() - timedelta(days=30)),
            prescriber_staff_id=practice.staff_ids["physician"]))
    model = FindingsModel()
    model.set_result(check.review_patient(doc, pid))
    titles = " | ".join(_titles(model))
    assert "Warfarin" in titles and "Acetylsalicylsäure" in titles
    assert "warfarine" not in titles and "acide acétylsalicylique" not in titles


def test_typed_names_stay_as_typed(qapp, practice, german):
    doc = practice.ctx["physician"]
    pid = patients.create_patient(doc, PatientInput(family_name="Keller", given_names="Bruno",
                                                    birth_date="03.06.1939", sex="M"))
    for atc, name in [("B01AA03", "Warfarin-Natrium (Marevan)"), ("B01AC06", "acide acétylsalicylique")]:
        medications.add_medication(doc, pid, MedicationInput(
            atc=atc, substances=name, product_name=name, strength="5 mg",
            posology=Posology(dose_morning="1", unit="tablet", start_date=date.today() - timedelta(days=30)),
            prescriber_staff_id=practice.staff_ids["physician"]))
    model = FindingsModel()
    model.set_result(check.review_patient(doc, pid))
    titles = " | ".join(_titles(model))
    assert "Warfarin-Natrium (Marevan)" in titles and "Acetylsalicylsäure" in titles
