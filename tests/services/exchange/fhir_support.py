"""A patient with identity, problems, medications and values, and a second practice to import into."""

from __future__ import annotations

from datetime import date, timedelta

from app.services.medications import medication_list, observations
from app.services.medications.medication_list import MedicationInput
from app.services.medications.posology import Posology
from app.services.patients import records
from app.services.patients.records import PatientInput, ProblemEntry
from app.services.storage.database import create_encrypted
from tests.conftest import PASSPHRASE, TEST_KDF
from tests.support import build_practice


def full_patient(practice, ins_status="QUAL") -> int:
    doc = practice.ctx["physician"]
    pid = records.create_patient(doc, PatientInput(
        family_name="Girard", given_names="Odette Marie", birth_name="Martin", birth_date="1941-03-12", sex="F",
        address_line="3 rue des Lilas", postal_code="69003", city="Lyon", country="FR", phone="+33 4 78 00 00 00",
        preferred_language="fr", ins_matricule="241036938805496", ins_status=ins_status,
        ins_oid="1.2.250.1.213.1.4.8", birth_given_names="Odette Marie", birth_place_code="69388",
        avs_number="756.1234.5678.97",
        problems=[ProblemEntry("condition", "Insuffisance cardiaque", "I50.0"),
                  ProblemEntry("ald", "Diabète de type 2", "E11"),
                  ProblemEntry("allergy", "Pénicillines", "J01C"),
                  ProblemEntry("allergy", "Latex", None)]))
    start = date.today() - timedelta(days=200)
    medication_list.add_medication(doc, pid, MedicationInput(
        atc="C09AA05", substances="ramipril", product_name="Triatec 5 mg", catalogue_ref="3400936398733",
        strength="5 mg", posology=Posology(schedule="times", dose_morning="1", dose_evening="0.5", unit="tablet",
                                           route="20053000", start_date=start, instructions="pendant le repas")))
    medication_list.add_medication(doc, pid, MedicationInput(
        atc="N02BE01", substances="paracetamol", posology=Posology(
            schedule="as_needed", as_needed_amount="1000", max_per_day="3000", unit="mg"), self_medication=True))
    medication_list.add_medication(doc, pid, MedicationInput(
        substances="Tisane maison", posology=Posology(schedule="text", instructions="le soir")))
    for code, value, days in (("egfr", 48, 30), ("egfr", 52, 200), ("weight_kg", 71.5, 30),
                              ("creatinine_umol_l", 104, 30)):
        observations.record_observation(doc, pid, code, value, date.today() - timedelta(days=days))
    return pid


def second_practice(tmp_path):
    folder = tmp_path / "other"
    folder.mkdir()
    db, recovery = create_encrypted(folder / "practice.db", PASSPHRASE, kdf=TEST_KDF, use_keyring=False)
    return build_practice(db, folder / "practice.db", recovery)
