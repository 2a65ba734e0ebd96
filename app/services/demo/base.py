"""The demo practice: realistic French and Swiss patients and staff of every role.

``generate_patients`` is fast enough for 100,000 patients (bulk inserts from
name pools drawn once from Faker's fr_FR, fr_CH and de_CH locales).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from app.models.base import utcnow
from app.models.patient import InsOid, Patient, PatientProblem
from app.services.demo.bulk import insert_rows, insert_with_ids
from app.services.kernel.context import ServiceContext
from app.services.kernel.identifiers import gs1_check_digit_ok
from app.services.kernel.text_search import search_text, sort_key
from app.services.practice import staff as staff_service
from app.services.practice.staff import StaffInput
from app.services.security.access import require

DEMO_PASSWORD = "demo-cordee-2026"
BATCH = 5000
CONDITIONS = [("I10", "Hypertension artérielle"), ("E11.9", "Diabète de type 2"), ("I50.9", "Insuffisance cardiaque"),
              ("J45.9", "Asthme"), ("J44.9", "BPCO"), ("N18.3", "Maladie rénale chronique stade 3"),
              ("I48.9", "Fibrillation auriculaire"), ("F32.9", "Épisode dépressif"), ("M81.9", "Ostéoporose"),
              ("E78.5", "Hyperlipidémie"), ("G30.9", "Maladie d'Alzheimer"), ("M17.9", "Gonarthrose")]
ALLERGIES = [("J01C", "Pénicillines"), ("N02BA", "Acide acétylsalicylique"), (None, "Pollens"),
             ("J01E", "Sulfamides antibactériens"), (None, "Latex")]
DEMO_STAFF = [
    ("dr.martin", "Martin", "Claire", "Médecin généraliste", ["physician"], {"rpps": "10003456789"}),
    ("dr.favre", "Favre", "Jean-Luc", "Médecin généraliste", ["physician"], {"gln": "7601000000002"}),
    ("ph.bernard", "Bernard", "Sophie", "Pharmacienne", ["pharmacist"], {"rpps": "10004567891"}),
    ("ipa.roux", "Roux", "Mathilde", "Infirmière en pratique avancée", ["advanced_practice_nurse"], {}),
    ("ide.nguyen", "Nguyen", "Thomas", "Infirmier", ["nurse"], {"adeli": "691234567"}),
    ("am.lefebvre", "Lefebvre", "Inès", "Assistante médicale", ["medical_assistant"], {}),
    ("coord.dubois", "Dubois", "Nadia", "Coordinatrice", ["coordinator"], {}),
    ("borne.accueil", "Borne", "Accueil", "Borne d'enquête (accueil)", ["kiosk"], {}),
]


@dataclass(frozen=True)
class NamePools:
    family: list[str]
    female: list[str]
    male: list[str]
    cities: list[tuple[str, str, str]]  # postal code, city, country


def pools_for(seed: int) -> NamePools:
    fr, ch_fr, ch_de = Faker("fr_FR"), Faker("fr_CH"), Faker("de_CH")
    for i, f in enumerate((fr, ch_fr, ch_de)):
        f.seed_instance(seed + i)
    family = sorted({f.last_name() for f in (fr, ch_fr, ch_de) for _ in range(400)})
    family += ["Müller", "Lévêque", "Château", "Bœuf", "Ñúñez", "D'Alembert", "Fässler", "Zürcher", "Hélie"]
    female = sorted({f.first_name_female() for f in (fr, ch_fr, ch_de) for _ in range(300)} | {"Hélène", "Zoë"})
    male = sorted({f.first_name_male() for f in (fr, ch_fr, ch_de) for _ in range(300)} | {"Jérôme", "Loïc"})
    cities = [(fr.postcode(), fr.city(), "FR") for _ in range(150)] + \
             [(str(random.Random(seed + j).randint(1000, 3999)), c, "CH")
              for j, c in enumerate(["Sion", "Sierre", "Martigny", "Monthey", "Brig", "Visp", "Lausanne",
                                     "Genève", "Fribourg", "Neuchâtel", "Bern", "Zürich"])]
    return NamePools(family, female, male, cities)


def _avs(rng: random.Random) -> str:
    while True:
        digits = "756" + "".join(str(rng.randint(0, 9)) for _ in range(10))
        if gs1_check_digit_ok(digits):
            return digits


def _ins(rng: random.Random, sex: str, birth: date) -> str:
    number = f"{1 if sex == 'M' else 2}{birth.year % 100:02d}{birth.month:02d}{rng.randint(1, 95):02d}" \
             f"{rng.randint(1, 990):03d}{rng.randint(1, 999):03d}"
    return number + f"{97 - int(number) % 97:02d}"


def _patient(rng: random.Random, pools: NamePools, today: date) -> tuple[dict, list[tuple]]:
    sex = rng.choice("FFFMMMM") if rng.random() > 0.002 else "X"
    given_pool = pools.female if sex == "F" else pools.male
    family = rng.choice(pools.family)
    if rng.random() < 0.08:
        family = f"{family}-{rng.choice(pools.family)}"
    given = rng.choice(given_pool) + (f" {rng.choice(given_pool)}" if rng.random() < 0.3 else "")
    birth_name = rng.choice(pools.family) if sex == "F" and rng.random() < 0.35 else None
    age_days = int(rng.triangular(0, 100, 62) * 365.25)
    birth = today - timedelta(days=age_days + rng.randint(0, 364))
    postal, city, country = rng.choice(pools.cities)
    row = {"family_name": family, "given_names": given, "birth_name": birth_name, "birth_date": birth, "sex": sex,
           "address_line": f"{rng.randint(1, 120)} rue {rng.choice(pools.family)}", "postal_code": postal,
           "city": city, "country": country, "phone": f"0{rng.randint(1, 7)} {rng.randint(10, 99)} "
                                                      f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
           "preferred_language": "de" if city in ("Brig", "Visp", "Bern", "Zürich") else "fr",
           "ins_matricule": None, "ins_status": None, "avs_number": None, "insurance_card_number": None,
           "ins_oid": None, "birth_given_names": None, "birth_place_code": None,
           "search_text": search_text(family, given, birth_name), "sort_key": sort_key(family, given)}
    if country == "FR" and sex in "FM":
        # test identities (their own OID); a qualified one has its five INS traits, the place from the matricule
        row["ins_matricule"] = _ins(rng, sex, birth)
        row["ins_status"] = rng.choice(["PROV", "RECUP", "VALI", "QUAL", "QUAL"])
        row["ins_oid"] = InsOid.TEST_NIR.value
        if row["ins_status"] == "QUAL":
            row.update(birth_name=birth_name or family, birth_given_names=given,
                       birth_place_code=row["ins_matricule"][5:10])
            row["search_text"] = search_text(family, given, row["birth_name"])
    elif country == "CH":
        row["avs_number"] = _avs(rng)
    problems = []
    age = age_days / 365.25
    for code, label in CONDITIONS:
        if rng.random() < (0.04 + age / 400):
            problems.append(("condition", code, label))
    if rng.random() < 0.1:
        code, label = rng.choice(ALLERGIES)
        problems.append(("allergy", code, label))
    return row, problems


def insert_patients(session, rng: random.Random, pools: NamePools, today: date, size: int, by: str,
                    gp_ids: list[int] | None = None) -> list[tuple[int, dict, list[tuple]]]:
    """Insert ``size`` generated patients and their problems in bulk (in the caller's transaction); returns
    (id, row, problems) of each, in order."""
    stamp = utcnow()
    rows, problem_lists = [], []
    for _ in range(size):
        row, problems = _patient(rng, pools, today)
        row.update(version=1, created_at=stamp, updated_at=stamp, updated_by=by,
                   gp_staff_id=rng.choice(gp_ids) if gp_ids else None)
        rows.append(row)
        problem_lists.append(problems)
    ids = insert_with_ids(session, Patient, rows)
    problem_rows = [{"patient_id": pid, "kind": k, "code": c, "label": lbl}
                    for pid, problems in zip(ids, problem_lists, strict=True) for k, c, lbl in problems]
    if problem_rows:
        insert_rows(session, PatientProblem, problem_rows)
    return list(zip(ids, rows, problem_lists, strict=True))


def generate_patients(ctx: ServiceContext, count: int, seed: int = 1, gp_ids: list[int] | None = None) -> int:
    """Add ``count`` generated patients (reproducible with ``seed``); returns how many were added."""
    require(ctx, "patient.create")
    rng = random.Random(seed)
    pools = pools_for(seed)
    today = date.today()
    with ctx.transaction() as session:
        made = 0
        while made < count:
            size = min(BATCH, count - made)
            insert_patients(session, rng, pools, today, size, ctx.actor.display_name, gp_ids)
            made += size
        ctx.audit(session, "demo.generate", entity_type="patient", detail=f"{count} generated patients, seed {seed}")
    return count


def add_demo_staff(ctx: ServiceContext) -> dict[str, int]:
    """Staff of every role with the demo password; returns username -> id."""
    ids = {}
    for username, family, given, profession, roles, extra in DEMO_STAFF:
        ids[username] = staff_service.create_staff(ctx, StaffInput(
            username=username, family_name=family, given_names=given, profession=profession, roles=roles,
            **extra), DEMO_PASSWORD, temporary_password=False)
    return ids
