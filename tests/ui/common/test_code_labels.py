"""Codes that records keep are shown in the reader's language: protocol acts in guard refusals, task types and
pools, audit actions, roles and details."""

from __future__ import annotations

import re

import pytest

from app.services.tasks.guard import GuardRefusal
from app.ui.admin import audit_labels
from app.ui.common import code_labels, i18n
from app.ui.common import errors as messages


@pytest.fixture
def app_afterwards(qapp):
    """The other UI tests read the English source texts: leave no translator installed behind."""
    yield qapp
    i18n.install(qapp, "en")


def test_a_guard_refusal_names_the_acts_in_the_readers_language(app_afterwards):
    refusal = GuardRefusal("act", "tasks.act_not_allowed", protocol="IPA", act="fr-ipa-pcs/heart_surgery",
                           acts=("fr-ipa-pcs/renew_prescription", "fr-ipa-pcs/adapt_prescription"))
    i18n.install(app_afterwards, "fr")
    text = messages.describe(refusal)
    assert "Renouveler une prescription (annexe V), Adapter une prescription (annexe V)" in text
    assert "heart_surgery" in text and "Renew" not in text     # an unknown act as given
    i18n.install(app_afterwards, "de")
    assert "Eine Verordnung erneuern (Anhang V)" in messages.describe(refusal)
    lacking = GuardRefusal("patient_id", "tasks.patient_lacks_condition_act", protocol="Asalée",
                           act="fr-asalee/t2d_ecg", conditions=("E11",))
    assert "Typ-2-Diabetes: ein EKG verordnen und durchführen" in messages.describe(lacking)


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ("Rappel", "Infirmiers", "Alerte\u00a0: liste", "Médecin, Administrateur", "envoyées escaladées 14 lignes",
            "Tâche\u00a0: réalisation")),
    ("de", ("Aufgebot", "Pflegefachpersonen", "Meldung: Liste", "Arzt/Ärztin, Administrator/in",
            "gesendet eskaliert 14 Zeilen", "Aufgabe: Erledigung")),
])
def test_task_types_pools_and_the_audit_trail_in_french_and_german(app_afterwards, language, expected):
    i18n.install(app_afterwards, language)
    shown = (code_labels.task_type_label("recall"), code_labels.pool_label("nurse"),
             audit_labels.action_label("alert.list"), code_labels.roles_text("admin physician"),
             audit_labels.detail_text("sent escalated 14 rows"), audit_labels.action_label("task.completed"))
    assert shown == expected
    assert code_labels.task_type_label("hba1c_campaign") == "hba1c_campaign"      # a type the practice made up
    assert re.findall(r"\w+", audit_labels.action_label("newfeature.thing")) == ["newfeature", "thing"]  # as stored


def test_a_reopened_alert_names_the_drug_not_its_atc_code(app_afterwards):
    from app.ui.alerts.alert_texts import change_label

    i18n.install(app_afterwards, "fr")
    change = {"what": "dose_increase", "atc": "A10BA02", "name": "Glucophage", "unit": "mg", "before": 2000.0,
              "after": 4000.0}
    text = change_label(change)
    assert "Glucophage" in text and "A10BA02" not in text and "2000 → 4000" in text and "dose increased" not in text
    assert "A10BA02" in change_label({**change, "name": None})     # a change recorded before names were kept
