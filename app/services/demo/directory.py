"""Demo data for the directory of local resources and pathways: a dozen local resources around the demo practice
(a DAC, the CPTS, home nursing, social services, mobile geriatric and palliative teams, a diabetes patient
education programme, specialists), two pathways with their steps, and one referral to the DAC whose pathway was
followed (its steps are tasks). Practice-made data, not clinical rules: every contact is fictitious (telephone
numbers of the range reserved for fiction, ``.example`` addresses) and every name says "démo". One of the steps
of ``demo.practice.STEPS``."""

from __future__ import annotations

from sqlmodel import select

from app.models.patient import Patient
from app.services.coordination import referrals
from app.services.coordination.referrals import ReferralInput
from app.services.directory import follow, pathways, resources
from app.services.directory.resource_input import PathwayInput, ResourceInput, StepInput
from app.services.kernel.context import ServiceContext

WEEKDAYS = "Lun–ven 9h–17h"
RESOURCES = (
    ("dac", "DAC Rhône Centre (démo)", "Mme Perrin, coordinatrice", "04 65 71 10 01", "dac@dac-rhone.example",
     "12 rue de la Coordination, 69003 Lyon", WEEKDAYS,
     "Situations complexes à domicile, tout âge, sur demande d'un professionnel ; accord du patient."),
    ("cpts", "CPTS Lyon Est (démo)", "M. Garnier, chargé de mission", "04 65 71 10 02", "contact@cpts-lyon-est.example",
     "4 avenue des Soignants, 69008 Lyon", "Lun–jeu 9h–16h", "Professionnels du territoire adhérents."),
    ("home_nursing", "SSIAD Lyon 3 (démo)", "Mme Roux, infirmière coordinatrice", "04 65 71 10 03",
     "ssiad@ssiad-lyon3.example", "8 rue des Aidants, 69003 Lyon", "7j/7 8h–20h ; admissions lun–ven",
     "Personnes de 60 ans et plus, ou en situation de handicap, sur prescription médicale."),
    ("home_nursing", "Cabinet infirmier des Tilleuls (démo)", "IDE Lopez", "04 65 71 10 04", None,
     "5 place des Tilleuls, 69003 Lyon", "7j/7 7h–20h", "Soins infirmiers à domicile sur prescription."),
    ("social_services", "CCAS de Lyon 3 (démo)", "Service action sociale", "04 65 71 10 05",
     "ccas@mairie-lyon3.example", "18 rue Municipale, 69003 Lyon", "Lun–ven 8h30–12h, 13h30–17h",
     "Habitants de l'arrondissement ; sur rendez-vous."),
    ("mobile_geriatric", "Équipe mobile de gériatrie (démo)", "Dr Faure, gériatre", "04 65 71 10 06",
     "emg@hopital-demo.example", "Hôpital de démonstration, 69003 Lyon", WEEKDAYS,
     "Patients de 75 ans et plus, à domicile ou en EHPAD, à la demande du médecin traitant."),
    ("mobile_palliative", "Équipe mobile de soins palliatifs (démo)", "Dr Blanc", "04 65 71 10 07",
     "emsp@hopital-demo.example", "Hôpital de démonstration, 69003 Lyon", WEEKDAYS + " ; astreinte téléphonique",
     "Patients en soins palliatifs et leurs proches, à domicile ; demande du médecin traitant."),
    ("patient_education", "Programme ETP diabète de type 2 (démo)", "Mme Petit, infirmière ETP", "04 65 71 10 08",
     "etp@cpts-lyon-est.example", "4 avenue des Soignants, 69008 Lyon", "Ateliers le mardi 14h–16h",
     "Adultes vivant avec un diabète de type 2 ; inscription par le médecin ou l'infirmière."),
    ("specialist", "Dr Lambert, cardiologue (démo)", None, "04 65 71 10 09", None,
     "22 cours Cardio, 69003 Lyon", "Lun, mer, ven", "Avis et consultations ; délai habituel 3 semaines."),
    ("specialist", "Dr Moreau, endocrinologue (démo)", None, "04 65 71 10 10", None,
     "3 rue des Hormones, 69006 Lyon", "Mar, jeu", "Diabète déséquilibré, thyroïde."),
    ("specialist", "Dr Girard, psychiatre (démo)", None, "04 65 71 10 11", None, "9 quai Psy, 69002 Lyon",
     "Lun–ven sur rendez-vous", "Adultes ; urgences via le CMP."),
    ("other", "Portage de repas du quartier (démo)", None, "04 65 71 10 12", "repas@asso-demo.example",
     "1 impasse des Repas, 69003 Lyon", "Livraisons lun–sam", "Personnes âgées ou isolées du quartier."),
)
PATHWAYS = {
    "DAC Rhône Centre (démo)": ("Adresser au DAC", (
        ("Appeler le DAC et envoyer la fiche d'orientation", "coordinator", 0),
        ("Évaluation à domicile avec le DAC", "nurse", 7),
        ("Relire le plan proposé par le DAC", "physician", 14),
        ("Point en réunion de concertation", "coordinator", 21))),
    "Équipe mobile de soins palliatifs (démo)": ("Soins palliatifs à domicile", (
        ("Demande à l'équipe mobile et accord du patient", "physician", 0),
        ("Visite conjointe à domicile", "nurse", 3),
        ("Organiser le passage du SSIAD", "coordinator", 5),
        ("Réévaluation du projet de soins", "physician", 14))),
}


def add_demo_resources(ctx: ServiceContext) -> tuple[dict[str, int], dict[str, int]]:
    """Add the demo resources and pathways unless the directory has resources already; returns the ids of the
    resources and of the pathways by resource name (empty when nothing was added)."""
    if resources.list_resources(ctx, include_inactive=True):
        return {}, {}
    made = {}
    for kind, name, contact, phone, email, address, hours, eligibility in RESOURCES:
        made[name] = resources.create_resource(ctx, ResourceInput(kind, name, contact, phone, email, address, hours,
                                                                  eligibility))
    pathway_ids = {}
    for owner, (name, steps) in PATHWAYS.items():
        pathway_ids[owner] = pathways.create_pathway(ctx, made[owner], PathwayInput(
            name, [StepInput(label, role, days) for label, role, days in steps]))
    return made, pathway_ids


def add_demo_directory(ctx: ServiceContext, ids: dict[str, int]) -> None:
    """Add the demo directory and one referral to the DAC with its pathway followed (``ids`` unused: the
    practice's coordinator keeps the directory; the system context writes it)."""
    made, pathway_ids = add_demo_resources(ctx)
    if not made:
        return
    with ctx.reading() as session:
        pid = session.exec(select(Patient.id).order_by(Patient.id).offset(14).limit(1)).first()
    if pid is None:
        return
    dac = "DAC Rhône Centre (démo)"
    referral_id = referrals.create_referral(ctx, pid, ReferralInput(
        recipient=dac, specialty=None, priority="p2_7d",
        clinical_question="Maintien à domicile difficile, aidant épuisé : évaluation et coordination par le DAC ?",
        directory_resource_id=made[dac]))
    follow.follow_pathway(ctx, referral_id, pathway_ids[dac])
