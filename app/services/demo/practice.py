"""The demo practice: a throwaway encrypted practice with staff of every role, generated patients, and each
capability's demo data, added by the steps of ``STEPS`` in order."""

from __future__ import annotations

import random
import tempfile
from pathlib import Path

from app.models.staff import Staff
from app.services.demo import (
    alerts,
    assessments,
    break_glass,
    care_plans,
    coordination,
    deprescribing,
    directory,
    due_care,
    exchange,
    identity,
    intake,
    maturity,
    medication_timeline,
    medications,
    messages,
    survey,
    tasks,
    teleconsultations,
)
from app.services.demo.base import DEMO_PASSWORD, add_demo_staff, generate_patients
from app.services.kernel.context import ServiceContext
from app.services.practice import backups
from app.services.practice import practice_record as practice_service
from app.services.practice.accounts import actor_for
from app.services.practice.staff import StaffInput
from app.services.security.actor import SYSTEM, Actor
from app.services.storage.database import Database, create_encrypted
from app.services.storage.keyslots import KdfParams

STEPS = (
    tasks.add_demo_tasks,                 # delegated tasks in every state, a recurring task, an absence
    medications.add_demo_medications,     # medication lists that trigger findings, clinical values
    medication_timeline.add_demo_timeline,   # an anticholinergic burden that rises, then falls after a review
    alerts.add_demo_alerts,               # alerts in every state, a reconciliation, a review worksheet
    coordination.add_demo_coordination,   # hospital events and documents, DAUM, referrals, meetings
    care_plans.add_demo_care_plans,       # care plans in every state with actions and tasks
    identity.add_demo_identities,         # a qualified INS, a doubtful identity, a homonym, an objection to sharing
    maturity.add_demo_maturity,           # two rounds of the team's maturity self-assessment, several members each
    deprescribing.add_demo_deprescribing,  # a benzodiazepine taper with a step due today, a PPI plan awaiting agreement
    break_glass.add_demo_break_glass,     # emergency accesses to charts: one acknowledged, two waiting for review
    messages.add_demo_messages,           # team and patient threads: mentions, urgent, retracted, read and unread
    teleconsultations.add_demo_teleconsultations,   # one booked, one prepared, one concluded (in the chart)
    survey.add_demo_survey,               # eight weeks of anonymous patient survey answers (paper and kiosk)
    due_care.add_demo_due_care,           # acts done, every patient's follow-up and prevention items
    intake.add_demo_intake,               # new patients in every intake state; the waiting list in its order
    exchange.add_demo_exchange,           # the exchange identity, a partner pharmacy, an alert received from it
    assessments.add_demo_assessments,     # PHQ-9, GDS-15, FRAIL trends for the oldest patients, a task accepted
    directory.add_demo_directory,         # a dozen local resources, two pathways, a referral following one
    exchange.add_demo_directory_exchange,   # a CPTS practice as partner; its directory package imported
)
"""Each step: function(ctx as system, staff ids by username) adding one capability's demo data."""


# fictitious: the demo prints them on its patient sheets and letters
DEMO_CONTACT = practice_service.PracticeContact(phone="01 99 00 12 34", email="accueil@msp-tilleuls.example",
                                                address_line="3 place des Tilleuls", postal_code="69003",
                                                city="Lyon")


def create_demo_practice(folder: Path | None = None, patients: int = 200, seed: int = 7,
                         kdf: KdfParams | None = None) -> tuple[Database, Actor, Path]:
    """A throwaway encrypted practice, logged in as the demo doctor."""
    folder = Path(folder or tempfile.mkdtemp(prefix="cordee-demo-"))
    passphrase = "demo passphrase " + str(random.SystemRandom().getrandbits(64))
    db, _recovery = create_encrypted(folder / "demo.db", passphrase,
                                     kdf=kdf or KdfParams(time_cost=2, memory_kib=19456, parallelism=1),
                                     use_keyring=False)
    base = ServiceContext(db, SYSTEM)
    admin = practice_service.setup_practice(
        base, name="Maison de santé des Tilleuls (démo)", country="FR",
        admin=StaffInput(username="admin", family_name="Admin", given_names="Demo", profession="Administrateur",
                         roles=["admin"]), admin_password=DEMO_PASSWORD, contact=DEMO_CONTACT)
    ids = add_demo_staff(base.as_actor(admin))
    with db.session() as session:
        doctor = actor_for(session.get(Staff, ids["dr.martin"]))
    generate_patients(base, patients, seed, gp_ids=[ids["dr.martin"], ids["dr.favre"]])
    for step in STEPS:
        step(base, ids)
    backups.back_up(base)   # Administration → Backups shows one verified backup of the demo practice
    return db, doctor, folder
