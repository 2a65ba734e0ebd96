<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AbsencesPage</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Record absence</source>
        <translation>Enregistrer une absence</translation>
    </message>
    <message>
        <source>Reassign selected tasks</source>
        <translation>Réattribuer les tâches sélectionnées</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Du / au</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Confier à</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>pool&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n tâche ouverte</numerusform>
            <numerusform>%n tâches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n fall(s) due during the absence (select them to reassign).</source>
        <translation>
            <numerusform>%n arrive à échéance pendant l&apos;absence (sélectionnez-la pour la réattribuer).</numerusform>
            <numerusform>%n arrivent à échéance pendant l&apos;absence (sélectionnez-les pour les réattribuer).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>Ce compte personnel gère les comptes du personnel et les paramètres. Chaque membre du cabinet recevra ensuite son propre compte.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier/Infirmière</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacien/Pharmacienne</translation>
    </message>
    <message>
        <source>Medical assistant</source>
        <translation>Assistant(e) médical(e)</translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation>Coordinateur/Coordinatrice</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Password (at least 12 characters)</source>
        <translation>Mot de passe (12 caractères au moins)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>RPPS or ADELI number (optional)</source>
        <translation>N° RPPS ou ADELI (facultatif)</translation>
    </message>
    <message>
        <source>GLN (optional)</source>
        <translation>GLN (facultatif)</translation>
    </message>
    <message>
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Identifiant&#xa0;: de 2 à 64 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1&#xa0;: ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Profession: this field is required.</source>
        <translation>Profession&#xa0;: ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Password again: the two passwords are not the same.</source>
        <translation>Confirmer le mot de passe&#xa0;: les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Add a patient to the meeting of %1</source>
        <translation>Ajouter un patient à la réunion du %1</translation>
    </message>
    <message>
        <source>The question asked to the team</source>
        <translation>La question posée à l&apos;équipe</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Alert #%1</source>
        <translation>Alerte n° %1</translation>
    </message>
    <message>
        <source>Alert and thread</source>
        <translation>Alerte et échanges</translation>
    </message>
    <message>
        <source>Comment, reason for refusal, question or reply</source>
        <translation>Commentaire, motif du refus, question ou réponse</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Send to partner…</source>
        <translation>Envoyer à un partenaire…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>Lines to clarify</source>
        <translation>Lignes à clarifier</translation>
    </message>
    <message>
        <source>Selected line:</source>
        <translation>Ligne sélectionnée&#xa0;:</translation>
    </message>
    <message>
        <source>Accept the line</source>
        <translation>Accepter la ligne</translation>
    </message>
    <message>
        <source>Modify the line…</source>
        <translation>Modifier la ligne…</translation>
    </message>
    <message>
        <source>Refuse the line</source>
        <translation>Refuser la ligne</translation>
    </message>
    <message>
        <source>Lines to clarify: %1 answered of %2 — answer each line on its own</source>
        <translation>Lignes à clarifier&#xa0;: %1 sur %2 avec réponse — répondez à chaque ligne séparément</translation>
    </message>
    <message>
        <source>The proposal holds no change to make: answer with Modify.</source>
        <translation>La proposition ne contient aucun changement à effectuer&#xa0;: répondez par « Modifier… ».</translation>
    </message>
    <message>
        <source>reply by %1</source>
        <translation>réponse attendue le %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Médicaments concernés</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Contexte clinique</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>No change to the medication list: accepting closes the alert.</source>
        <translation>Aucun changement de la liste des traitements&#xa0;: accepter clôt l&apos;alerte.</translation>
    </message>
    <message>
        <source>Save the alert as PDF</source>
        <translation>Enregistrer l&apos;alerte en PDF</translation>
    </message>
    <message>
        <source>alert-%1.pdf</source>
        <translation>alerte-%1.pdf</translation>
    </message>
</context>
<context>
    <name>AlertFromMessageDialog</name>
    <message>
        <source>Raise an alert from the message</source>
        <translation>Lancer une alerte à partir du message</translation>
    </message>
    <message>
        <source>The patient&apos;s médecin traitant</source>
        <translation>Le médecin traitant du patient</translation>
    </message>
    <message>
        <source>To propose a change to the medication list, use the alert form of the Medications tab.</source>
        <translation>Pour proposer une modification du traitement, utilisez le formulaire d&apos;alerte de l&apos;onglet Médicaments.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Médicaments concernés</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
</context>
<context>
    <name>AlertLineModel</name>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Before the stay</source>
        <translation>Avant le séjour</translation>
    </message>
    <message>
        <source>At discharge</source>
        <translation>À la sortie</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dose modifiée</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Substitué</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>AlertTab</name>
    <message>
        <source>Alerts of the patient</source>
        <translation>Alertes du patient</translation>
    </message>
    <message>
        <source>Raise alert…</source>
        <translation>Émettre une alerte…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Print medication plan…</source>
        <translation>Imprimer le plan de médication…</translation>
    </message>
    <message>
        <source>Print alerts…</source>
        <translation>Imprimer les alertes…</translation>
    </message>
    <message>
        <source>Reconciliation after hospital…</source>
        <translation>Conciliation de sortie…</translation>
    </message>
    <message>
        <source>Review worksheet…</source>
        <translation>Bilan de médication…</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n en attente de réponse</numerusform>
            <numerusform>%n en attente de réponse</numerusform>
        </translation>
    </message>
    <message>
        <source>medication-plan.pdf</source>
        <translation>plan-de-medication.pdf</translation>
    </message>
    <message>
        <source>alerts.pdf</source>
        <translation>alertes.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <source>Question asked</source>
        <translation>Question posée</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Question répondue</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Réponse en partie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Answered line by line</source>
        <translation>Répondue ligne par ligne</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladée</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>Sous 24 h</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Émise</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Escalated to the coordinator</source>
        <translation>Escaladée au coordinateur</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Ligne ajoutée</translation>
    </message>
    <message>
        <source>Line answered</source>
        <translation>Réponse à une ligne</translation>
    </message>
    <message>
        <source>Line accepted</source>
        <translation>Ligne acceptée</translation>
    </message>
    <message>
        <source>Line accepted with a change</source>
        <translation>Ligne acceptée avec modification</translation>
    </message>
    <message>
        <source>Line refused (kept as is)</source>
        <translation>Ligne refusée (maintenue telle quelle)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <source>%1 mg a week</source>
        <translation>%1 mg par semaine</translation>
    </message>
    <message>
        <source>doses %1 (before %2)</source>
        <translation>posologie %1 (avant %2)</translation>
    </message>
    <message>
        <source>strength %1</source>
        <translation>dosage %1</translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation>%1 mg par jour</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>voie&#xa0;: %1</translation>
    </message>
    <message>
        <source>instructions: %1</source>
        <translation>consignes&#xa0;: %1</translation>
    </message>
    <message>
        <source>new values</source>
        <translation>nouvelles valeurs</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspendre %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Keep %1 as it is</source>
        <translation>Maintenir %1 tel quel</translation>
    </message>
    <message>
        <source>new drug in the combination: %1</source>
        <translation>nouveau médicament dans l&apos;association&#xa0;: %1</translation>
    </message>
    <message>
        <source>dose increased for %1: %2 → %3</source>
        <translation>dose augmentée pour %1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <source>renal function band changed: %1 → %2</source>
        <translation>classe de fonction rénale modifiée&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>the patient is now %1 or older</source>
        <translation>le patient a désormais %1 ans ou plus</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>In my own right</source>
        <translation>Dans mon propre champ de compétence</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Reuse: %4</source>
        <translation>Source&#xa0;: %1, %2 (%3). Réutilisation&#xa0;: %4</translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation>Score&#xa0;: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n question sans réponse</numerusform>
            <numerusform>%n questions sans réponse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Care-plan need</source>
        <translation>Besoin du plan de soins</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>&amp;Accepter la proposition</translation>
    </message>
    <message>
        <source>Assessments recorded</source>
        <translation>Évaluations enregistrées</translation>
    </message>
    <message>
        <source>Trend of this instrument</source>
        <translation>Évolution de cet instrument</translation>
    </message>
    <message>
        <source>What the selected result proposes</source>
        <translation>Ce que propose le résultat sélectionné</translation>
    </message>
</context>
<context>
    <name>AuditActs</name>
    <message>
        <source>acceptance</source>
        <translation>acceptation</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>prise en compte</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>progress of an action</source>
        <translation>avancement d’une action</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>adherence</source>
        <translation>adhésion</translation>
    </message>
    <message>
        <source>answers given</source>
        <translation>réponses données</translation>
    </message>
    <message>
        <source>appointment booked</source>
        <translation>rendez-vous pris</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>annulation</translation>
    </message>
    <message>
        <source>case</source>
        <translation>cas</translation>
    </message>
    <message>
        <source>change</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>taken from the pool</source>
        <translation>prise dans le pool</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>clarification</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>clôture</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>réalisation</translation>
    </message>
    <message>
        <source>calculation</source>
        <translation>calcul</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>turned into a record</source>
        <translation>transformation en dossier</translation>
    </message>
    <message>
        <source>creation</source>
        <translation>création</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>dose adjustment</source>
        <translation>ajustement posologique</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>inclusion</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>escalade</translation>
    </message>
    <message>
        <source>escalation delay</source>
        <translation>délai d’escalade</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>génération</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objectif</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>history</source>
        <translation>historique</translation>
    </message>
    <message>
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>verrouillage</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>médicaments</translation>
    </message>
    <message>
        <source>modified change</source>
        <translation>modification adaptée</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>mise en attente</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>ouverture</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>envoi</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>émission</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>members&apos; answers read</source>
        <translation>lecture des réponses des membres</translation>
    </message>
    <message>
        <source>reassignment</source>
        <translation>réattribution</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refus</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>inscription</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renouvellement</translation>
    </message>
    <message>
        <source>reopening</source>
        <translation>réouverture</translation>
    </message>
    <message>
        <source>retraction</source>
        <translation>retrait</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>compte rendu reçu</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>team results</source>
        <translation>résultats de l&apos;équipe</translation>
    </message>
    <message>
        <source>medication check</source>
        <translation>contrôle des médicaments</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>révision</translation>
    </message>
    <message>
        <source>patient seen</source>
        <translation>patient vu</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>mise en place</translation>
    </message>
    <message>
        <source>checklist step</source>
        <translation>étape de la check-list</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>patient taken on</source>
        <translation>prise en charge du patient</translation>
    </message>
    <message>
        <source>tasks made</source>
        <translation>création de tâches</translation>
    </message>
    <message>
        <source>end of adherence</source>
        <translation>fin d’adhésion</translation>
    </message>
    <message>
        <source>end of enrolment</source>
        <translation>fin d’inclusion</translation>
    </message>
    <message>
        <source>unlocking</source>
        <translation>déverrouillage</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>retrait</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Vérifie qu&apos;aucune entrée n&apos;a été modifiée, insérée ou supprimée en dehors de Cordée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>name or number (any)</source>
        <translation>nom ou numéro (tous)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) (newest first, at most 500).</source>
        <translation>
            <numerusform>%n entrée (les plus récentes d&apos;abord, 500 au plus).</numerusform>
            <numerusform>%n entrées (les plus récentes d&apos;abord, 500 au plus).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>Le journal d&apos;audit est intact&#xa0;: %1 entrées vérifiées, rien n&apos;a été modifié en dehors de Cordée.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Cordée (%1 entrées vérifiées). Problèmes constatés&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>mine</source>
        <translation>les miennes</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçues</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyées</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escaladées</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelles</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lues</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>répondues</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptées</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifiées</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusées</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Frequent emergency visits</source>
        <translation>Passages fréquents aux urgences</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Cabinet de démonstration</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Séjour hospitalier</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>New-patient intake</source>
        <translation>Accueil des nouveaux patients</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Maturity self-assessment</source>
        <translation>Autoévaluation de la maturité</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Réunion d’équipe</translation>
    </message>
    <message>
        <source>Team message</source>
        <translation>Message d&apos;équipe</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Dossier patient</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Réglages du cabinet</translation>
    </message>
    <message>
        <source>Delegation protocol</source>
        <translation>Protocole de délégation</translation>
    </message>
    <message>
        <source>Recall campaign</source>
        <translation>Campagne de rappel</translation>
    </message>
    <message>
        <source>Discharge reconciliation</source>
        <translation>Conciliation de sortie</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Adressage</translation>
    </message>
    <message>
        <source>Pharmacist renewal</source>
        <translation>Renouvellement par le pharmacien</translation>
    </message>
    <message>
        <source>Medication review</source>
        <translation>Bilan de médication</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Verrouillage de l’écran</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Compte du personnel</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Self-assessment round</source>
        <translation>Campagne d&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Meeting case</source>
        <translation>Cas de réunion</translation>
    </message>
    <message>
        <source>Message thread</source>
        <translation>Fil de discussion</translation>
    </message>
    <message>
        <source>Protocol adherence</source>
        <translation>Adhésion au protocole</translation>
    </message>
    <message>
        <source>Protocol enrolment</source>
        <translation>Inclusion dans un protocole</translation>
    </message>
    <message>
        <source>Worklist settings</source>
        <translation>Réglages de la liste de travail</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>N° patient</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</source>
        <translation>Une sauvegarde est une copie chiffrée de toute la base du cabinet, contrôlée après écriture (intégrité, nombre de lignes de chaque table, journal d&apos;audit). Elle s&apos;ouvre avec la phrase de passe du cabinet ou le code de récupération. Gardez-en des copies sur un support rangé loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</source>
        <translation>Ce cabinet travaille sur un serveur PostgreSQL&#xa0;: il est sauvegardé sur le serveur (pg_dump), par l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Écriture et contrôle de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 patients).</source>
        <translation>Sauvegarde écrite et vérifiée&#xa0;: %1 (%2 patients).</translation>
    </message>
</context>
<context>
    <name>BreakGlassModel</name>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Soignant</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(en cours)</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>lecture seule</translation>
    </message>
    <message>
        <source>read and change</source>
        <translation>lecture et modification</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>acknowledged by %1 on %2</source>
        <translation>vu par %1 le %2</translation>
    </message>
</context>
<context>
    <name>BreakGlassReviewDialog</name>
    <message>
        <source>Emergency accesses to charts</source>
        <translation>Accès d&apos;urgence aux dossiers</translation>
    </message>
    <message>
        <source>Each emergency access to a chart outside the care circle stays here until an administrator has checked it (the reason, the clinician, the audit trail of the chart) and acknowledged it.</source>
        <translation>Chaque accès d&apos;urgence à un dossier hors cercle de soins reste ici jusqu&apos;à ce qu&apos;un administrateur l&apos;ait vérifié (le motif, le soignant, le journal d&apos;audit du dossier) et marqué comme vu.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Vus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Review note (optional), e.g. checked with the clinician</source>
        <translation>Note de vérification (facultative), p. ex. vu avec le soignant</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Marquer comme vu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es)</source>
        <translation>
            <numerusform>%n accès</numerusform>
            <numerusform>%n accès</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardCompareDialog</name>
    <message>
        <source>Add an exchange partner</source>
        <translation>Ajouter un partenaire d&apos;échange</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one printed on the card the partner handed you (or read it aloud together on the phone), then type the printed one below. The partner is added only if both are the same.</source>
        <translation>Comparez cette empreinte avec celle imprimée sur la carte que le partenaire vous a remise (ou lisez-la ensemble au téléphone), puis saisissez ci-dessous l&apos;empreinte imprimée. Le partenaire n&apos;est ajouté que si les deux sont identiques.</translation>
    </message>
    <message>
        <source>Fingerprint as printed on the partner&apos;s card</source>
        <translation>Empreinte telle qu&apos;imprimée sur la carte du partenaire</translation>
    </message>
    <message>
        <source>This installation is already on your list (%1).</source>
        <translation>Cette installation figure déjà dans votre liste (%1).</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Ajouter le partenaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Exchange identity: %1</source>
        <translation>Identifiant d&apos;échange&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fingerprint of the imported card:</source>
        <translation>Empreinte de la carte importée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CarePlanMenu</name>
    <message>
        <source>Care &amp;plans</source>
        <translation>&amp;Plans de soins</translation>
    </message>
    <message>
        <source>Plans to &amp;review…</source>
        <translation>Plans à &amp;réévaluer…</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Start a care plan…</source>
        <translation>Commencer un plan de soins…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les informations…</translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <source>Put into action</source>
        <translation>Mettre en œuvre</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Imprimer le plan…</translation>
    </message>
    <message>
        <source>Patient sheet…</source>
        <translation>Fiche patient…</translation>
    </message>
    <message>
        <source>Care circle</source>
        <translation>Cercle de soins</translation>
    </message>
    <message>
        <source>Problems and needs</source>
        <translation>Problèmes et besoins</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Objectifs partagés</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Besoins non couverts</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Noter l&apos;avancement…</translation>
    </message>
    <message>
        <source>This patient has no care plan yet.</source>
        <translation>Ce patient n&apos;a pas encore de plan de soins.</translation>
    </message>
    <message>
        <source>Care plan v%1 — %2 · référent %3</source>
        <translation>Plan de soins v%1 — %2 · référent %3</translation>
    </message>
    <message>
        <source>No care plan</source>
        <translation>Aucun plan de soins</translation>
    </message>
    <message>
        <source>New care plan</source>
        <translation>Nouveau plan de soins</translation>
    </message>
    <message>
        <source>Care plan details</source>
        <translation>Informations du plan de soins</translation>
    </message>
    <message>
        <source>Care plan item</source>
        <translation>Élément du plan de soins</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Progress of the action</source>
        <translation>Avancement de l&apos;action</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement on</source>
        <translation>Accord du patient le</translation>
    </message>
    <message>
        <source>How the agreement was obtained</source>
        <translation>Modalité de recueil de l&apos;accord</translation>
    </message>
    <message>
        <source>Validate the care plan</source>
        <translation>Valider le plan de soins</translation>
    </message>
    <message>
        <source>Close the care plan</source>
        <translation>Clôturer le plan de soins</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>care-plan.pdf</source>
        <translation>plan-de-soins.pdf</translation>
    </message>
    <message>
        <source>patient-sheet.pdf</source>
        <translation>fiche-patient.pdf</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action(s) done</source>
        <translation>
            <numerusform>%n action réalisée sur %1</numerusform>
            <numerusform>%n actions réalisées sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Attentes et préférences du patient</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <source>Alert procedure</source>
        <translation>Procédure d&apos;alerte</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>by %1; patient&apos;s agreement on %2 (%3)</source>
        <translation>par %1&#xa0;; accord du patient le %2 (%3)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <source>Drug catalogue import</source>
        <translation>Import dans le catalogue des médicaments</translation>
    </message>
    <message>
        <source>Add the products of the French public drug database (BDPM) or of a Swiss product list to the practice&apos;s catalogue. The file is checked whole first: a bad line stops the import and nothing is stored. Products already imported from the same source are updated.</source>
        <translation>Ajoutez au catalogue du cabinet les produits de la base de données publique des médicaments (BDPM) ou d&apos;une liste de produits suisse. Le fichier est d&apos;abord vérifié en entier&#xa0;: une ligne erronée arrête l&apos;import et rien n&apos;est enregistré. Les produits déjà importés de la même source sont mis à jour.</translation>
    </message>
    <message>
        <source>BDPM folder (France)</source>
        <translation>Dossier BDPM (France)</translation>
    </message>
    <message>
        <source>Swiss product list (CSV)</source>
        <translation>Liste de produits suisse (CSV)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Folder or file</source>
        <translation>Dossier ou fichier</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>The folder holds CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt and a CIP13 → ATC mapping (cip13;atc, a file whose name contains &quot;atc&quot;).</source>
        <translation>Le dossier contient CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt et une correspondance CIP13 → ATC (cip13;atc, un fichier dont le nom contient « atc »).</translation>
    </message>
    <message>
        <source>A CSV file with a header line naming the product, GTIN and ATC columns (separated by ; or ,).</source>
        <translation>Un fichier CSV dont la ligne d&apos;en-tête nomme les colonnes produit, GTIN et ATC (séparées par&#xa0;; ou ,).</translation>
    </message>
    <message>
        <source>BDPM folder</source>
        <translation>Dossier BDPM</translation>
    </message>
    <message>
        <source>Swiss product list</source>
        <translation>Liste de produits suisse</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fichiers CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the folder or the file to import.</source>
        <translation>Choisissez le dossier ou le fichier à importer.</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Lecture et vérification du fichier…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read:</source>
        <translation>
            <numerusform>%n produit lu&#xa0;:</numerusform>
            <numerusform>%n produits lus&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n à ajouter</numerusform>
            <numerusform>%n à ajouter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n à mettre à jour</numerusform>
            <numerusform>%n à mettre à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without ATC code (found by name only)</source>
        <translation>
            <numerusform>%n sans code ATC (trouvé par son nom seulement)</numerusform>
            <numerusform>%n sans code ATC (trouvés par leur nom seulement)</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Par exemple&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import these products into the practice&apos;s catalogue?</source>
        <translation>Importer ces produits dans le catalogue du cabinet&#xa0;?</translation>
    </message>
    <message>
        <source>The catalogue already holds these products: nothing to import.</source>
        <translation>Le catalogue contient déjà ces produits&#xa0;: rien à importer.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Importé&#xa0;: %1 ajoutés, %2 mis à jour.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Rien n&apos;a été importé. %1</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Rechercher dans le catalogue&#xa0;: substance (FR, DE, EN) ou nom commercial</translation>
    </message>
    <message>
        <source>Catalogue search</source>
        <translation>Recherche dans le catalogue</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Saisissez au moins deux lettres.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Aucun résultat&#xa0;: vous pouvez garder le nom en texte libre (non vérifié).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <source>no ATC code</source>
        <translation>sans code ATC</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi et prévention</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Évaluations</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
</context>
<context>
    <name>ConclusionForm</name>
    <message>
        <source>Conclude the teleconsultation</source>
        <translation>Conclure la téléconsultation</translation>
    </message>
    <message>
        <source>{patient} — {start}, with {companion}</source>
        <translation>{patient} — {start}, avec {companion}</translation>
    </message>
    <message>
        <source>Findings and decisions; they are written to the patient&apos;s chart</source>
        <translation>Constatations et décisions&#xa0;; elles sont inscrites dans le dossier du patient</translation>
    </message>
    <message>
        <source>Teleconsultation</source>
        <translation>Téléconsultation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <source>&amp;Coordination</source>
        <translation>&amp;Coordination</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Réunions de concertation…</translation>
    </message>
    <message>
        <source>&amp;Referrals…</source>
        <translation>&amp;Adressages…</translation>
    </message>
    <message>
        <source>&amp;Directory of local resources…</source>
        <translation>A&amp;nnuaire des ressources locales…</translation>
    </message>
    <message>
        <source>&amp;Package received by secure mail…</source>
        <translation>Pa&amp;quet reçu par messagerie sécurisée…</translation>
    </message>
    <message>
        <source>&amp;Teleconsultations…</source>
        <translation>&amp;Téléconsultations…</translation>
    </message>
    <message>
        <source>Team &amp;indicators…</source>
        <translation>&amp;Indicateurs d&apos;équipe…</translation>
    </message>
    <message>
        <source>M&amp;aturity self-assessment…</source>
        <translation>Autoévaluation de la &amp;maturité…</translation>
    </message>
    <message>
        <source>Patient &amp;survey: paper questionnaires…</source>
        <translation>&amp;Enquête patients&#xa0;: questionnaires papier…</translation>
    </message>
    <message>
        <source>Patient survey setti&amp;ngs…</source>
        <translation>&amp;Paramètres de l&apos;enquête patients…</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Team indicators</source>
        <translation>Indicateurs d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <source>Patient survey</source>
        <translation>Enquête patients</translation>
    </message>
    <message>
        <source>New patients: %1 waiting, %2 in progress, %3 done this month</source>
        <translation>Nouveaux patients&#xa0;: %1 en attente, %2 en cours, %3 terminés ce mois-ci</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <source>indicators.%1</source>
        <translation>indicateurs.%1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Plans de soins</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Delegated tasks</source>
        <translation>Tâches déléguées</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Réunions de concertation</translation>
    </message>
    <message>
        <source>Emergency visits</source>
        <translation>Passages aux urgences</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Adressages</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>Tous les dossiers sont conservés dans un fichier chiffré sur cet ordinateur. La phrase de passe du cabinet protège chaque dossier&#xa0;: elle est demandée chaque fois que le trousseau de clés de l&apos;ordinateur n&apos;est pas disponible. Choisissez une longue phrase dont vous vous souviendrez.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Phrase de passe du cabinet (12 caractères au moins)</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Créer la base de données</translation>
    </message>
    <message>
        <source>Location of the new database</source>
        <translation>Emplacement de la nouvelle base</translation>
    </message>
    <message>
        <source>Cordée database (*.db)</source>
        <translation>Base de données Cordée (*.db)</translation>
    </message>
    <message>
        <source>Database file: please choose where to store the database.</source>
        <translation>Fichier de la base&#xa0;: choisissez où enregistrer la base de données.</translation>
    </message>
    <message>
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Fichier de la base&#xa0;: %1 existe déjà. Cordée ne remplace jamais une base de données&#xa0;; choisissez un autre nom de fichier, ou fermez cet assistant et ouvrez la base existante.</translation>
    </message>
    <message>
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Confirmer la phrase de passe&#xa0;: les deux phrases de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>DeprescribingDialog</name>
    <message>
        <source>A nurse (pool)</source>
        <translation>Un infirmier (pool)</translation>
    </message>
    <message>
        <source>A pharmacist (pool)</source>
        <translation>Un pharmacien (pool)</translation>
    </message>
    <message>
        <source>A medical assistant (pool)</source>
        <translation>Un assistant médical (pool)</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Par écrit</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Deprescribing plan — %1</source>
        <translation>Plan de déprescription — %1</translation>
    </message>
    <message>
        <source>Propose steps</source>
        <translation>Proposer les étapes</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schéma</translation>
    </message>
    <message>
        <source>First step on</source>
        <translation>Première étape le</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Remove the last step</source>
        <translation>Retirer la dernière étape</translation>
    </message>
    <message>
        <source>Amounts follow the scheme (this posology is not by times of day).</source>
        <translation>Les quantités suivent le schéma (cette posologie n&apos;est pas par moments de la journée).</translation>
    </message>
    <message>
        <source> day(s) after each step</source>
        <translation> jour(s) après chaque étape</translation>
    </message>
    <message>
        <source>The patient agrees</source>
        <translation>Le patient est d&apos;accord</translation>
    </message>
    <message>
        <source>Follow-up calls by</source>
        <translation>Appels de suivi par</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Reuse: %4</source>
        <translation>Source&#xa0;: %1, %2 (%3). Réutilisation&#xa0;: %4</translation>
    </message>
    <message>
        <source>Figures to check against the source before relying on them.</source>
        <translation>Chiffres à vérifier dans la source avant de s&apos;y fier.</translation>
    </message>
</context>
<context>
    <name>DeprescribingPlans</name>
    <message>
        <source>Draft (agreement missing)</source>
        <translation>Brouillon (accord manquant)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Sautée</translation>
    </message>
    <message>
        <source>Due: to confirm</source>
        <translation>Échue&#xa0;: à confirmer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>open</source>
        <translation>à faire</translation>
    </message>
</context>
<context>
    <name>DeprescribingPlansDialog</name>
    <message>
        <source>Deprescribing plans</source>
        <translation>Plans de déprescription</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Appels de suivi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Appel de suivi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Confirm the due step</source>
        <translation>Confirmer l&apos;étape échue</translation>
    </message>
    <message>
        <source>Changes the medication list now</source>
        <translation>Modifie la liste des médicaments maintenant</translation>
    </message>
    <message>
        <source>Skip the due step</source>
        <translation>Sauter l&apos;étape échue</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Annuler le plan</translation>
    </message>
    <message>
        <source>Patient sheet…</source>
        <translation>Fiche patient…</translation>
    </message>
    <message>
        <source>Record the agreement</source>
        <translation>Enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>Reason, to skip a step or cancel the plan</source>
        <translation>Motif, pour sauter une étape ou annuler le plan</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement</source>
        <translation>Accord du patient</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Steps of the selected plan</source>
        <translation>Étapes du plan sélectionné</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>deprescribing-plan.pdf</source>
        <translation>plan-de-deprescription.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>DeprescribingSection</name>
    <message>
        <source>draft (agreement missing)</source>
        <translation>brouillon (accord manquant)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>appliquée</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>sautée</translation>
    </message>
    <message>
        <source>Deprescribing plans</source>
        <translation>Plans de déprescription</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No deprescribing plan.</source>
        <translation>Aucun plan de déprescription.</translation>
    </message>
</context>
<context>
    <name>DirectoryExchange</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>changed here, kept</source>
        <translation>modifié ici, conservé</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Version du partenaire</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Effet de l&apos;import</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>parcours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Of the resource</source>
        <translation>De la ressource</translation>
    </message>
    <message>
        <source>%1 — %2, day %3</source>
        <translation>%1 — %2, jour %3</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne de contact</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Critères d&apos;admission</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Directory entries from %1</source>
        <translation>Entrées d&apos;annuaire de %1</translation>
    </message>
    <message>
        <source>%1 — %2. New: %3; updated: %4; changed here and kept: %5; conflicts: %6; unchanged: %7.</source>
        <translation>%1 — %2. Nouveaux&#xa0;: %3&#xa0;; mis à jour&#xa0;: %4&#xa0;; modifiés ici et conservés&#xa0;: %5&#xa0;; conflits&#xa0;: %6&#xa0;; inchangés&#xa0;: %7.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>A conflict is a record changed both here and by the partner since it was last shared (or here before it was ever shared): this practice&apos;s version is kept unless you tick “Take theirs”. Nothing is deleted.</source>
        <translation>Un conflit est un élément modifié ici et chez le partenaire depuis le dernier partage (ou ici avant tout partage)&#xa0;: la version de ce cabinet est conservée, sauf si vous cochez « Version du partenaire ». Rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Records of the package</source>
        <translation>Éléments du paquet</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This pathway belongs to another resource here: it is kept as it is.</source>
        <translation>Ce parcours appartient ici à une autre ressource&#xa0;: il est conservé tel quel.</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
</context>
<context>
    <name>DirectoryKinds</name>
    <message>
        <source>Care coordination support (DAC)</source>
        <translation>Dispositif d&apos;appui à la coordination (DAC)</translation>
    </message>
    <message>
        <source>Territorial health community (CPTS)</source>
        <translation>Communauté professionnelle territoriale de santé (CPTS)</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Soins infirmiers à domicile</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Services sociaux</translation>
    </message>
    <message>
        <source>Mobile geriatric team</source>
        <translation>Équipe mobile de gériatrie</translation>
    </message>
    <message>
        <source>Mobile palliative care team</source>
        <translation>Équipe mobile de soins palliatifs</translation>
    </message>
    <message>
        <source>Patient education programme</source>
        <translation>Programme d&apos;éducation thérapeutique (ETP)</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Spécialiste</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>DirectorySendDialog</name>
    <message>
        <source>Send the directory to a partner</source>
        <translation>Envoyer l&apos;annuaire à un partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>The whole directory, with its pathways</source>
        <translation>Tout l&apos;annuaire, avec ses parcours</translation>
    </message>
    <message>
        <source>The resources ticked below, with their pathways</source>
        <translation>Les ressources cochées ci-dessous, avec leurs parcours</translation>
    </message>
    <message>
        <source>Resources to send</source>
        <translation>Ressources à envoyer</translation>
    </message>
    <message>
        <source>Encrypt for the partner (needed outside a secure-mail space: USB key, shared folder)</source>
        <translation>Chiffrer pour le partenaire (nécessaire hors d&apos;une messagerie sécurisée&#xa0;: clé USB, dossier partagé)</translation>
    </message>
    <message>
        <source>The directory holds no patient data. The partner sees what the package adds and changes before importing it; edits made there are never overwritten without being asked.</source>
        <translation>L&apos;annuaire ne contient aucune donnée de patient. Le partenaire voit ce que le paquet ajoute et modifie avant de l&apos;importer&#xa0;; ses propres modifications ne sont jamais écrasées sans son accord.</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message numerus="yes">
        <source>The whole directory, with its pathways (%n resources)</source>
        <translation>
            <numerusform>Tout l&apos;annuaire, avec ses parcours (%n ressource)</numerusform>
            <numerusform>Tout l&apos;annuaire, avec ses parcours (%n ressources)</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</source>
        <translation>Aucun partenaire d&apos;échange pour l&apos;instant&#xa0;: l&apos;administrateur ajoute les partenaires depuis leur carte (Administration → Partenaires d&apos;échange).</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>directory-package.zip</source>
        <translation>paquet-annuaire.zip</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Paquet Cordée (*.zip)</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Directory of local resources</source>
        <translation>Annuaire des ressources locales</translation>
    </message>
    <message>
        <source>Search name, contact, address, eligibility…</source>
        <translation>Rechercher un nom, un contact, une adresse, un critère…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactives</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message>
        <source>New resource…</source>
        <translation>Nouvelle ressource…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importer un CSV…</translation>
    </message>
    <message>
        <source>Send to a partner…</source>
        <translation>Envoyer à un partenaire…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s package…</source>
        <translation>Importer le paquet d&apos;un partenaire…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Critères d&apos;admission</translation>
    </message>
    <message>
        <source>{label} — {who}, day {day}</source>
        <translation>{label} — {who}, jour {day}</translation>
    </message>
    <message>
        <source>Pathway: {name}</source>
        <translation>Parcours&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Exporter l&apos;annuaire</translation>
    </message>
    <message>
        <source>directory.csv</source>
        <translation>annuaire.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The directory was written to {path}.</source>
        <translation>L&apos;annuaire a été enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Import a directory</source>
        <translation>Importer un annuaire</translation>
    </message>
    <message>
        <source>Resources to add: {ra}
Resources to update: {ru}
Pathways to add: {pa}
Pathways to update: {pu}
Unchanged: {un}</source>
        <translation>Ressources à ajouter&#xa0;: {ra}
Ressources à mettre à jour&#xa0;: {ru}
Parcours à ajouter&#xa0;: {pa}
Parcours à mettre à jour&#xa0;: {pu}
Inchangés&#xa0;: {un}</translation>
    </message>
    <message>
        <source>The directory file was imported.</source>
        <translation>Le fichier d&apos;annuaire a été importé.</translation>
    </message>
    <message>
        <source>The package was written to {path}: hand it to the partner.</source>
        <translation>Le paquet a été enregistré dans {path}&#xa0;: remettez-le au partenaire.</translation>
    </message>
    <message>
        <source>Import a partner&apos;s package</source>
        <translation>Importer le paquet d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Paquet Cordée (*.zip)</translation>
    </message>
    <message>
        <source>Package from {partner} imported: {written} records written, {kept} conflicts kept as they are here.</source>
        <translation>Paquet de {partner} importé&#xa0;: {written} éléments enregistrés, {kept} conflits conservés tels qu&apos;ils sont ici.</translation>
    </message>
</context>
<context>
    <name>DischargeLineDialog</name>
    <message>
        <source>Change a discharge line</source>
        <translation>Modifier une ligne de sortie</translation>
    </message>
    <message>
        <source>Add a discharge line</source>
        <translation>Ajouter une ligne de sortie</translation>
    </message>
    <message>
        <source>Keep as free text (not checked)</source>
        <translation>Garder en texte libre (non vérifié)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — vérifié par le moteur de revue</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Texte libre&#xa0;: non vérifié par le moteur</translation>
    </message>
    <message>
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choisissez une entrée du catalogue (Entrée) ou gardez le texte libre.</translation>
    </message>
    <message>
        <source>Choose a catalogue entry or type a product or substance name.</source>
        <translation>Choisissez une entrée du catalogue ou saisissez un nom commercial ou une substance.</translation>
    </message>
</context>
<context>
    <name>DischargeLinesModel</name>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Texte libre&#xa0;: non vérifié par le moteur</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</source>
        <translation>Ce PDF ne peut pas être affiché dans Cordée sur cet ordinateur. Vous pouvez l&apos;ouvrir dans votre lecteur PDF&#xa0;: une copie lisible est alors écrite dans un dossier temporaire privé et y reste jusqu&apos;à ce que l&apos;ordinateur le nettoie.</translation>
    </message>
    <message>
        <source>Open outside Cordée…</source>
        <translation>Ouvrir hors de Cordée…</translation>
    </message>
    <message>
        <source>Readable copy on this computer</source>
        <translation>Copie lisible sur cet ordinateur</translation>
    </message>
    <message>
        <source>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</source>
        <translation>Une copie lisible (non chiffrée) de ce document sera écrite dans un dossier temporaire privé. Continuer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DueCareListsDialog</name>
    <message>
        <source>Due care — follow-up and prevention</source>
        <translation>Suivi et prévention — retards et rappels</translation>
    </message>
    <message>
        <source>Condition or prevention</source>
        <translation>Pathologie ou prévention</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Dû le</translation>
    </message>
    <message>
        <source>never done</source>
        <translation>jamais fait</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Create &amp;recall tasks</source>
        <translation>Créer les tâches de &amp;rappel</translation>
    </message>
    <message>
        <source>Recompute &amp;all</source>
        <translation>Tout &amp;recalculer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>more than %1 items (the first %2 shown)</source>
        <translation>plus de %1 éléments (les %2 premiers affichés)</translation>
    </message>
    <message>
        <source>%1 items (the first %2 shown)</source>
        <translation>%1 éléments (les %2 premiers affichés)</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 éléments</translation>
    </message>
    <message>
        <source>Create a recall task for each patient and item of this list that has none yet?</source>
        <translation>Créer une tâche de rappel pour chaque patient et chaque élément de cette liste qui n’en a pas encore&#xa0;?</translation>
    </message>
    <message>
        <source>%1 recall tasks created (%2 under the Asalée protocol), %3 already recalled</source>
        <translation>%1 tâches de rappel créées (dont %2 dans le protocole Asalée), %3 déjà rappelés</translation>
    </message>
</context>
<context>
    <name>DueCareMenu</name>
    <message>
        <source>&amp;Due care</source>
        <translation>&amp;Suivi et prévention</translation>
    </message>
    <message>
        <source>&amp;Overdue lists and recalls…</source>
        <translation>Listes de &amp;retards et rappels…</translation>
    </message>
</context>
<context>
    <name>DueCareTab</name>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Dû le</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Record act…</source>
        <translation>&amp;Saisir un acte…</translation>
    </message>
    <message>
        <source>* interval to be checked against its source</source>
        <translation>* intervalle à vérifier dans sa source</translation>
    </message>
    <message>
        <source>Follow-up, screening and vaccination</source>
        <translation>Suivi, dépistage et vaccination</translation>
    </message>
    <message>
        <source>Acts recorded</source>
        <translation>Actes saisis</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <translation>%1 en retard, %2 bientôt dus</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <source>Emergency access to a chart</source>
        <translation>Accès d&apos;urgence à un dossier</translation>
    </message>
    <message>
        <source>Charts are limited to each patient&apos;s care circle. In an emergency you may open the chart of a patient outside your circle: say why. The access ends after the time the practice has set and, unless the practice allows changes, only reads. It is recorded in the audit trail; the patient&apos;s médecin traitant and the administrator are told, and the administrator reviews it.</source>
        <translation>Les dossiers sont réservés au cercle de soins de chaque patient. En urgence, vous pouvez ouvrir le dossier d&apos;un patient hors de votre cercle&#xa0;: indiquez pourquoi. L&apos;accès prend fin après la durée fixée par le cabinet et, sauf si le cabinet autorise les modifications, permet seulement la lecture. Il est inscrit au journal d&apos;audit&#xa0;; le médecin traitant du patient et l&apos;administrateur en sont informés, et l&apos;administrateur le vérifie.</translation>
    </message>
    <message>
        <source>Patient: name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Patient&#xa0;: nom, date de naissance (jj.mm.aaaa) ou identifiant</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reason for the emergency access (at least %1 characters)</source>
        <translation>Motif de l&apos;accès d&apos;urgence (au moins %1 caractères)</translation>
    </message>
    <message>
        <source>e.g. patient brought in unconscious, médecin traitant unreachable, current treatment needed</source>
        <translation>p. ex. patient amené inconscient, médecin traitant injoignable, traitement en cours nécessaire</translation>
    </message>
    <message>
        <source>Open the chart in an emergency</source>
        <translation>Ouvrir le dossier en urgence</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record a hospital event</source>
        <translation>Enregistrer un événement hospitalier</translation>
    </message>
    <message>
        <source>Emergency visit</source>
        <translation>Passage aux urgences</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <source>Shared record (DMP/EPD)</source>
        <translation>Dossier partagé (DMP/DEP)</translation>
    </message>
    <message>
        <source>Patient or relative</source>
        <translation>Patient ou proche</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Emergency visit</source>
        <translation>Passage aux urgences</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Restricted document</source>
        <translation>Document à accès restreint</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation>&amp;Enregistrer un événement…</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>&amp;Joindre un document…</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <source>Hospital events</source>
        <translation>Événements hospitaliers</translation>
    </message>
    <message>
        <source>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</source>
        <translation>Passages aux urgences fréquents&#xa0;: %1 passages en 12 mois jusqu&apos;au %2 (alerte de coordination %3).</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>prise en compte</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
</context>
<context>
    <name>ExchangePartners</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
</context>
<context>
    <name>ExchangePartnersDialog</name>
    <message>
        <source>Exchange partners (Cordée to Cordée)</source>
        <translation>Partenaires d&apos;échange (Cordée à Cordée)</translation>
    </message>
    <message>
        <source>Save the card (JSON)…</source>
        <translation>Enregistrer la carte (JSON)…</translation>
    </message>
    <message>
        <source>Print the card (PDF)…</source>
        <translation>Imprimer la carte (PDF)…</translation>
    </message>
    <message>
        <source>This practice&apos;s exchange card</source>
        <translation>Carte d&apos;échange du cabinet</translation>
    </message>
    <message>
        <source>Fingerprint (partners compare it with the printed card):</source>
        <translation>Empreinte (les partenaires la comparent avec la carte imprimée)&#xa0;:</translation>
    </message>
    <message>
        <source>No watched folder</source>
        <translation>Aucun dossier surveillé</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages (USB key, shared folder)</source>
        <translation>Dossier surveillé pour les paquets reçus (clé USB, dossier partagé)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Exchange partners</source>
        <translation>Partenaires d&apos;échange</translation>
    </message>
    <message>
        <source>Add a partner from their card…</source>
        <translation>Ajouter un partenaire depuis sa carte…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Importer un paquet…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Partner installations</source>
        <translation>Installations partenaires</translation>
    </message>
    <message>
        <source>Save the exchange card</source>
        <translation>Enregistrer la carte d&apos;échange</translation>
    </message>
    <message>
        <source>Print the exchange card</source>
        <translation>Imprimer la carte d&apos;échange</translation>
    </message>
    <message>
        <source>Exchange card (*.json)</source>
        <translation>Carte d&apos;échange (*.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages</source>
        <translation>Dossier surveillé pour les paquets reçus</translation>
    </message>
    <message>
        <source>The partner&apos;s exchange card</source>
        <translation>La carte d&apos;échange du partenaire</translation>
    </message>
    <message>
        <source>Revoke %1? Its packages will be refused from now on.</source>
        <translation>Révoquer %1&#xa0;? Ses paquets seront désormais refusés.</translation>
    </message>
    <message>
        <source>A package from a partner</source>
        <translation>Un paquet d&apos;un partenaire</translation>
    </message>
    <message>
        <source>Cordée or IHE XDM package (*.zip *.ZIP)</source>
        <translation>Paquet Cordée ou IHE XDM (*.zip *.ZIP)</translation>
    </message>
    <message>
        <source>Alert from %1 imported into the inbox (patient %2).</source>
        <translation>Alerte de %1 importée dans la boîte de réception (patient %2).</translation>
    </message>
    <message>
        <source>Answer from %1 added to the alert&apos;s thread (patient %2).</source>
        <translation>Réponse de %1 ajoutée au fil de l&apos;alerte (patient %2).</translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <source>Import a FHIR patient summary</source>
        <translation>Importer une synthèse patient FHIR</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>%1: not in the register, a new patient will be created.</source>
        <translation>%1&#xa0;: absent du registre, un nouveau patient sera créé.</translation>
    </message>
    <message>
        <source>%1: found in the register (%2).</source>
        <translation>%1&#xa0;: trouvé dans le registre (%2).</translation>
    </message>
    <message>
        <source>Identity differs, kept as recorded: %1 — here %2, in the file %3</source>
        <translation>Identité différente, conservée telle qu&apos;enregistrée&#xa0;: %1 — ici %2, dans le fichier %3</translation>
    </message>
    <message>
        <source>New allergy: %1</source>
        <translation>Nouvelle allergie&#xa0;: %1</translation>
    </message>
    <message>
        <source>New problem: %1</source>
        <translation>Nouveau problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>New medication: %1</source>
        <translation>Nouveau médicament&#xa0;: %1</translation>
    </message>
    <message>
        <source>New value: %1 = %2 on %3</source>
        <translation>Nouvelle valeur&#xa0;: %1 = %2 le %3</translation>
    </message>
    <message>
        <source>The file also holds a care plan; it is not imported.</source>
        <translation>Le fichier contient aussi un plan de soins&#xa0;; il n&apos;est pas importé.</translation>
    </message>
    <message>
        <source>Nothing to import: the record already holds everything in the file.</source>
        <translation>Rien à importer&#xa0;: le dossier contient déjà tout ce que contient le fichier.</translation>
    </message>
    <message>
        <source>by INS</source>
        <translation>par l&apos;INS</translation>
    </message>
    <message>
        <source>by AVS number</source>
        <translation>par le numéro AVS</translation>
    </message>
    <message>
        <source>by name and birth date</source>
        <translation>par le nom et la date de naissance</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was stored.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>FhirSummary</name>
    <message>
        <source>Import a FHIR patient summary</source>
        <translation>Importer une synthèse patient FHIR</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>Bundle FHIR (*.json)</translation>
    </message>
    <message>
        <source>Export the FHIR patient summary</source>
        <translation>Exporter la synthèse patient FHIR</translation>
    </message>
    <message>
        <source>fhir-summary.json</source>
        <translation>resume-fhir.json</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Review findings</source>
        <translation>Résultats de la revue</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Résultat sélectionné</translation>
    </message>
    <message>
        <source>Select a finding to read it in full.</source>
        <translation>Sélectionnez un résultat pour le lire en entier.</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>Contre-indiqué</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>Précaution d&apos;emploi</translation>
    </message>
    <message>
        <source>Take into account</source>
        <translation>À prendre en compte</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>Non évaluable</translation>
    </message>
    <message>
        <source>Not checked by the engine</source>
        <translation>Non vérifié par le moteur</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <source>Inappropriate in the elderly</source>
        <translation>Inapproprié chez la personne âgée</translation>
    </message>
    <message>
        <source>Renal dose</source>
        <translation>Adaptation rénale</translation>
    </message>
    <message>
        <source>Maximum dose</source>
        <translation>Dose maximale</translation>
    </message>
    <message>
        <source>Anticholinergic burden</source>
        <translation>Charge anticholinergique</translation>
    </message>
    <message>
        <source>QT prolongation</source>
        <translation>Allongement du QT</translation>
    </message>
    <message>
        <source>Drug–disease</source>
        <translation>Médicament–pathologie</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Polypharmacy</source>
        <translation>Polymédication</translation>
    </message>
    <message>
        <source>Free text without an ATC code: no interaction, dose or allergy check.</source>
        <translation>Texte libre sans code ATC&#xa0;: aucune vérification d&apos;interaction, de dose ni d&apos;allergie.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommandation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Anticholinergic score %1%2:</source>
        <translation>Score anticholinergique %1%2&#xa0;:</translation>
    </message>
    <message>
        <source>Drugs involved: %1</source>
        <translation>Médicaments en cause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>The recovery code is shown only once, on this page.</source>
        <translation>Le code de récupération n&apos;est affiché qu&apos;une seule fois, sur cette page.</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Création de la base de données chiffrée… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <source>Save recovery sheet (PDF)…</source>
        <translation>Enregistrer la fiche de récupération (PDF)…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>J&apos;ai imprimé ou enregistré la fiche de récupération et je la conserverai hors ligne</translation>
    </message>
    <message>
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>La base de données est prête. Ce code de récupération l&apos;ouvre si la phrase de passe est oubliée ou si le trousseau de clés est perdu. Il n&apos;est affiché que maintenant&#xa0;: enregistrez la fiche de récupération, imprimez-la et conservez-la hors ligne en lieu sûr. Quiconque la détient peut ouvrir les dossiers.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Enregistrer la fiche de récupération</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Cordée — first start</source>
        <translation>Cordée — premier démarrage</translation>
    </message>
    <message>
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>Le code de récupération ne pourra plus être affiché&#xa0;: enregistrez ou imprimez la fiche de récupération et cochez la case avant de fermer.</translation>
    </message>
    <message>
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>La fiche de récupération a été enregistrée dans %1. Imprimez-la maintenant, puis conservez-la hors ligne.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved: %1</source>
        <translation>La fiche de récupération n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
</context>
<context>
    <name>FormOperation</name>
    <message>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Care plan history</source>
        <translation>Historique du plan de soins</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Sélectionnez une version pour voir ses modifications, ou deux versions pour les comparer.</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
    <message>
        <source>&amp;Packages from partners…</source>
        <translation>&amp;Paquets des partenaires…</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Box:</source>
        <translation>Boîte&#xa0;:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New patient — intake checklist</source>
        <translation>Nouveau patient — check-list d&apos;accueil</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>jj.mm.aaaa (vide&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>&amp;Save the step</source>
        <translation>&amp;Enregistrer l&apos;étape</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Étape choisie</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Ph&amp;ysician</source>
        <translation>&amp;Médecin</translation>
    </message>
    <message>
        <source>Why not &amp;qualifiable</source>
        <translation>&amp;Pourquoi non qualifiable</translation>
    </message>
    <message>
        <source>&amp;From whom / note</source>
        <translation>A&amp;uprès de qui / note</translation>
    </message>
    <message>
        <source>Make &amp;tasks for the open steps</source>
        <translation>Créer les tâc&amp;hes des étapes ouvertes</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>%1 — born %2 — %3 — requested on %4</source>
        <translation>%1 — né(e) le %2 — %3 — demande du %4</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>%1 task(s) made for the medical assistants</source>
        <translation>%1 tâche(s) créée(s) pour les assistantes médicales</translation>
    </message>
</context>
<context>
    <name>IntakeMenu</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Nouveaux patients</translation>
    </message>
    <message>
        <source>&amp;New patients and waiting list…</source>
        <translation>Nouveaux patients et &amp;liste d&apos;attente…</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Check&amp;list…</source>
        <translation>&amp;Check-list…</translation>
    </message>
    <message>
        <source>requested on %1</source>
        <translation>demande du %1</translation>
    </message>
    <message>
        <source>taken on %1</source>
        <translation>pris en charge le %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>clos le %1</translation>
    </message>
    <message>
        <source>New-patient intake: %1</source>
        <translation>Accueil du nouveau patient&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 étape(s) faite(s) sur %2</translation>
    </message>
</context>
<context>
    <name>IntakeWords</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Form given</source>
        <translation>Formulaire remis</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Sans objet</translation>
    </message>
    <message>
        <source>Not qualifiable</source>
        <translation>Non qualifiable</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>Form given (S3704)</source>
        <translation>Formulaire remis (S3704)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>long-term condition</source>
        <translation>affection de longue durée</translation>
    </message>
    <message>
        <source>frailty</source>
        <translation>fragilité</translation>
    </message>
    <message>
        <source>Identity not qualified: the INS is neither used nor shared until it is qualified in the patient&apos;s record.</source>
        <translation>Identité non qualifiée&#xa0;: l&apos;INS n&apos;est ni utilisée ni partagée tant qu&apos;elle n&apos;est pas qualifiée dans le dossier du patient.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (facultatif)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With / from</source>
        <translation>Avec / auprès de</translation>
    </message>
    <message>
        <source>In the chart</source>
        <translation>Dans le dossier</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Before the stay</source>
        <translation>Avant le séjour</translation>
    </message>
    <message>
        <source>At discharge</source>
        <translation>À la sortie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Doctor&apos;s answer</source>
        <translation>Réponse du médecin</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dose modifiée</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Substitué</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <source>Intentional, documented</source>
        <translation>Intentionnel, documenté</translation>
    </message>
    <message>
        <source>To be clarified</source>
        <translation>À clarifier</translation>
    </message>
    <message>
        <source>Keep current line</source>
        <translation>Garder la ligne actuelle</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Patient survey</source>
        <translation>Enquête patients</translation>
    </message>
    <message>
        <source>Thank you! Your answers have been recorded anonymously.</source>
        <translation>Merci&#xa0;! Vos réponses ont été enregistrées de façon anonyme.</translation>
    </message>
    <message>
        <source>&amp;Send my answers</source>
        <translation>&amp;Envoyer mes réponses</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The practice&apos;s language</source>
        <translation>La langue du cabinet</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Menus, lists and dialogs speak this language from your next login; dates follow it and the practice&apos;s country. Other users keep their own choice.</source>
        <translation>Les menus, les listes et les fenêtres parlent cette langue dès votre prochaine connexion&#xa0;; les dates suivent la langue et le pays du cabinet. Les autres utilisateurs gardent leur propre choix.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Cordée is locked</source>
        <translation>Cordée est verrouillé</translation>
    </message>
    <message>
        <source>Type your password to continue.</source>
        <translation>Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Connecté(e)&#xa0;: %1</translation>
    </message>
    <message>
        <source>An administrator has deactivated your account: this session is closed.</source>
        <translation>Un administrateur a désactivé votre compte&#xa0;: cette session est fermée.</translation>
    </message>
    <message>
        <source>An administrator has changed your roles: log out and log in again to continue with your new access.</source>
        <translation>Un administrateur a modifié vos rôles&#xa0;: déconnectez-vous puis reconnectez-vous pour continuer avec vos nouveaux droits.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Cordée — log in</source>
        <translation>Cordée — connexion</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>Vous devez choisir un nouveau mot de passe avant de continuer.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Les deux nouveaux mots de passe diffèrent&#xa0;; saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <extracomment>Below this window height the docks start collapsed to their badges (until the user opens one: then the window remembers). The program&apos;s check of the database (quick, or full once a week) and then its daily backup start this long after the first patient list (None: never, e.g. in tests).</extracomment>
        <translation>Recherchez un patient à gauche et appuyez sur Entrée pour ouvrir son dossier.</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Connecté(e)&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished backup(s) left by an interrupted run.</source>
        <translation>
            <numerusform>%n sauvegarde inachevée laissée par une exécution interrompue a été supprimée.</numerusform>
            <numerusform>%n sauvegardes inachevées laissées par une exécution interrompue ont été supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database check could not run: %1</source>
        <translation>La vérification de la base de données n&apos;a pas pu se faire&#xa0;: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Daily backup written and verified.</source>
        <translation>Sauvegarde quotidienne écrite et vérifiée.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>&amp;Import FHIR summary…</source>
        <translation>&amp;Importer une synthèse FHIR…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>Lan&amp;gue…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personnel…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Drug catalogue import…</source>
        <translation>Import dans le &amp;catalogue des médicaments…</translation>
    </message>
    <message>
        <source>Emergency accesses to re&amp;view…</source>
        <translation>Accès d&apos;&amp;urgence à vérifier…</translation>
    </message>
    <message>
        <source>E&amp;xchange partners…</source>
        <translation>Partenaires d&apos;échan&amp;ge…</translation>
    </message>
    <message>
        <source>Emergency accesses to re&amp;view (%1)…</source>
        <translation>Accès d&apos;&amp;urgence à vérifier (%1)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About Cordée</source>
        <translation>À &amp;propos de Cordée</translation>
    </message>
    <message>
        <source>Cordée will speak %1 from your next login. Log out now to switch?</source>
        <translation>Cordée parlera %1 dès votre prochaine connexion. Se déconnecter maintenant pour changer&#xa0;?</translation>
    </message>
    <message>
        <source>Log out now</source>
        <translation>Se déconnecter maintenant</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — plans de soins partagés, revues de médication et tâches déléguées pour les cabinets de groupe.</translation>
    </message>
    <message>
        <source>Medication knowledge: ANSM interaction thesaurus, edition %1 (2020-10 is the newest machine-readable edition published).</source>
        <translation>Connaissances sur les médicaments&#xa0;: thésaurus des interactions médicamenteuses de l&apos;ANSM, édition %1 (2020-10 est la plus récente édition publiée lisible par machine).</translation>
    </message>
    <message>
        <source>Cordée — %1</source>
        <translation>Cordée — %1</translation>
    </message>
</context>
<context>
    <name>MaturityForm</name>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>Enregistré (version %1).</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Pas encore de réponse.</translation>
    </message>
</context>
<context>
    <name>MaturityResultsView</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Mean level per axis (lowest–highest), number of members who answered</source>
        <translation>Niveau moyen par axe (plus bas–plus haut), nombre de membres ayant répondu</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Mean level per axis and period</source>
        <translation>Niveau moyen par axe et par campagne</translation>
    </message>
    <message>
        <source>Export the maturity results</source>
        <translation>Exporter les résultats de l&apos;autoévaluation</translation>
    </message>
    <message>
        <source>maturity.pdf</source>
        <translation>maturite.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>MaturityRounds</name>
    <message>
        <source>e.g. 2026 — first half</source>
        <translation>p. ex. 2026 — premier semestre</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>&amp;Open the round</source>
        <translation>&amp;Ouvrir la campagne</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Du – au</translation>
    </message>
    <message>
        <source>&amp;Close the chosen round</source>
        <translation>&amp;Clore la campagne choisie</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Each member&apos;s answers to the chosen round</source>
        <translation>Réponses de chaque membre à la campagne choisie</translation>
    </message>
</context>
<context>
    <name>MaturityTexts</name>
    <message>
        <source>%1 (%2–%3), n = %4</source>
        <translation>%1 (%2–%3), n = %4</translation>
    </message>
</context>
<context>
    <name>MaturityWindow</name>
    <message>
        <source>Team maturity self-assessment</source>
        <translation>Autoévaluation de la maturité de l&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>Cam&amp;pagne</translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation>&amp;Enregistrer mes réponses</translation>
    </message>
    <message>
        <source>Grid: %1 (%2). Axis names after the HAS; level descriptions are our wording, to be checked against the HAS document.</source>
        <translation>Grille&#xa0;: %1 (%2). Noms des axes d&apos;après la HAS&#xa0;; les descriptions des niveaux sont notre formulation, à vérifier dans le document de la HAS.</translation>
    </message>
    <message>
        <source>&amp;My answers</source>
        <translation>&amp;Mes réponses</translation>
    </message>
    <message>
        <source>&amp;Team results</source>
        <translation>Résultats de l&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Niveaux&#xa0;: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>close</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Change medication</source>
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <source>(not a member of the practice)</source>
        <translation>(hors du cabinet)</translation>
    </message>
    <message>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — vérifié par le moteur de revue</translation>
    </message>
    <message>
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choisissez une entrée du catalogue (Entrée) ou gardez le texte libre.</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Texte libre&#xa0;: non vérifié par le moteur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Keep as free text (not checked)</source>
        <translation>Garder en texte libre (non vérifié)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Type to choose a listed indication, or a text</source>
        <translation>Tapez pour choisir une indication de la liste, ou un texte libre</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Seulement si le dosage ne dit pas combien de mg contient une unité</translation>
    </message>
    <message>
        <source>Self-medication (not prescribed)</source>
        <translation>Automédication (non prescrit)</translation>
    </message>
    <message>
        <source>Pharmacist may adjust the dose</source>
        <translation>Le pharmacien peut adapter la dose</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Other prescriber</source>
        <translation>Autre prescripteur</translation>
    </message>
    <message>
        <source>Pharmacien correspondant</source>
        <translation>Pharmacien correspondant</translation>
    </message>
    <message>
        <source>Renewal allowed until</source>
        <translation>Renouvellement autorisé jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <source>as needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <source>self-medication</source>
        <translation>automédication</translation>
    </message>
    <message>
        <source>not checked by the engine</source>
        <translation>non vérifié par le moteur</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>Morning-noon-evening-night, a cycle (every week …) or if needed, in the line&apos;s unit</source>
        <translation>Matin-midi-soir-nuit, un cycle (chaque semaine …) ou si besoin, dans l&apos;unité de la ligne</translation>
    </message>
    <message>
        <source>stopped on %1: %2</source>
        <translation>arrêté le %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <source>Your role does not give access to the medication list.</source>
        <translation>Votre rôle ne donne pas accès à la liste des médicaments.</translation>
    </message>
    <message>
        <source>Raise alert…</source>
        <translation>Émettre une alerte…</translation>
    </message>
    <message>
        <source>From the selected finding, or from scratch when none is selected</source>
        <translation>À partir du résultat sélectionné, ou vierge si aucun n&apos;est sélectionné</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message numerus="yes">
        <source>%n tapering step(s) to confirm</source>
        <translation>
            <numerusform>%n étape de réduction à confirmer</numerusform>
            <numerusform>%n étapes de réduction à confirmer</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious</source>
        <translation>
            <numerusform>%n grave</numerusform>
            <numerusform>%n graves</numerusform>
        </translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>DFGe</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Créatinine</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Potassium</translation>
    </message>
    <message>
        <source>Sodium</source>
        <translation>Sodium</translation>
    </message>
    <message>
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <source>QTc</source>
        <translation>QTc</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <source>Deprescribe…</source>
        <translation>Déprescrire…</translation>
    </message>
    <message>
        <source>A plan to stop or reduce the selected medication in steps</source>
        <translation>Un plan pour arrêter ou réduire par étapes le médicament sélectionné</translation>
    </message>
    <message>
        <source>Tapering plans…</source>
        <translation>Plans de réduction…</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Évolution…</translation>
    </message>
    <message>
        <source>Anticholinergic score, medications and serious findings over time</source>
        <translation>Score anticholinergique, médicaments et constats graves au fil du temps</translation>
    </message>
    <message>
        <source>History (changes and stopped lines)</source>
        <translation>Historique (modifications et lignes arrêtées)</translation>
    </message>
    <message>
        <source>Record value…</source>
        <translation>Saisir une valeur…</translation>
    </message>
    <message>
        <source>Plan deprescribing…</source>
        <translation>Planifier une déprescription…</translation>
    </message>
    <message>
        <source>A tapering plan for the medication of the selected finding</source>
        <translation>Un plan de réduction pour le médicament du signalement sélectionné</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Select a finding about a medication of the list, or a line.</source>
        <translation>Sélectionnez un signalement portant sur un médicament de la liste, ou une ligne.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New concertation meeting</source>
        <translation>Nouvelle réunion de concertation</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <source>Quality circle</source>
        <translation>Cercle de qualité</translation>
    </message>
    <message>
        <source>e.g. Dr Lambert (geriatrician), home-care service</source>
        <translation>p. ex. Dr Lambert (gériatre), service de soins à domicile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Outside participants</source>
        <translation>Participants extérieurs</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Concertation meetings</source>
        <translation>Réunions de concertation</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <source>Quality circle</source>
        <translation>Cercle de qualité</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Search the records (words of the question, discussion, decisions)</source>
        <translation>Rechercher dans les comptes rendus (mots de la question, de la discussion, des décisions)</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <source>Add a patient…</source>
        <translation>Ajouter un patient…</translation>
    </message>
    <message>
        <source>Record the discussion…</source>
        <translation>Consigner la discussion…</translation>
    </message>
    <message>
        <source>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</source>
        <translation>Patients complexes discutés au cours des 12 derniers mois&#xa0;: %1 sur %2 (%3). Complexe&#xa0;: ALD et 75 ans ou plus, ou plan de soins en vigueur.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choisissez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <source>Choose a patient record first.</source>
        <translation>Choisissez d&apos;abord le dossier d&apos;un patient.</translation>
    </message>
</context>
<context>
    <name>MentionPicker</name>
    <message>
        <source>Mention a member: they see the thread in their unread messages</source>
        <translation>Mentionner un membre&#xa0;: il verra le fil dans ses messages non lus</translation>
    </message>
    <message>
        <source>Mention a member</source>
        <translation>Mentionner un membre</translation>
    </message>
</context>
<context>
    <name>MessagesDock</name>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <translation>&amp;Messages</translation>
    </message>
    <message>
        <source>&amp;Unread messages</source>
        <translation>Messages non &amp;lus</translation>
    </message>
    <message>
        <source>&amp;New team thread…</source>
        <translation>&amp;Nouveau fil d&apos;équipe…</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>All threads</source>
        <translation>Tous les fils</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Mentioning me</source>
        <translation>Me mentionnant</translation>
    </message>
    <message>
        <source>Team threads</source>
        <translation>Fils d&apos;équipe</translation>
    </message>
    <message>
        <source>Search the messages…</source>
        <translation>Rechercher dans les messages…</translation>
    </message>
    <message>
        <source>New team thread…</source>
        <translation>Nouveau fil d&apos;équipe…</translation>
    </message>
    <message>
        <source>Open the chart</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Messages ({n}, {urgent} urgent)</source>
        <translation>Messages ({n}, dont {urgent} urgent(s))</translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation>Messages ({n})</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>New thread about this patient…</source>
        <translation>Nouveau fil sur ce patient…</translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation>Messages ({n})</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <source>Answer with another change</source>
        <translation>Répondre par une autre modification</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Change the posology</source>
        <translation>Modifier la posologie</translation>
    </message>
    <message>
        <source>Replace by another medication</source>
        <translation>Remplacer par un autre médicament</translation>
    </message>
    <message>
        <source>No medication chosen</source>
        <translation>Aucun médicament choisi</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Seulement si le dosage ne dit pas combien de mg contient une unité</translation>
    </message>
    <message>
        <source>New posology</source>
        <translation>Nouvelle posologie</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Nouveau médicament</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>Remplacé par&#xa0;: %1</translation>
    </message>
    <message>
        <source>New medication: choose it in the catalogue.</source>
        <translation>Nouveau médicament&#xa0;: choisissez-le dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>NewPatientsWindow</name>
    <message>
        <source>New patients</source>
        <translation>Nouveaux patients</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Ordre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Long-term condition or frailty &amp;only</source>
        <translation>ALD ou fragilité &amp;uniquement</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demande du</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Jours d&apos;attente</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Register a patient…</source>
        <translation>&amp;Inscrire un patient…</translation>
    </message>
    <message>
        <source>Check&amp;list…</source>
        <translation>&amp;Check-list…</translation>
    </message>
    <message>
        <source>&amp;Take on…</source>
        <translation>&amp;Prendre en charge…</translation>
    </message>
    <message>
        <source>Open the &amp;chart</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Waiting: %1 (of which first: %2) — in progress: %3 — done this month: %4</source>
        <translation>En attente&#xa0;: %1 (dont prioritaires&#xa0;: %2) — en cours&#xa0;: %3 — terminés ce mois-ci&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <source>New thread about {name}</source>
        <translation>Nouveau fil sur {name}</translation>
    </message>
    <message>
        <source>New team thread</source>
        <translation>Nouveau fil d&apos;équipe</translation>
    </message>
    <message>
        <source>Write a message… (@login mentions a member)</source>
        <translation>Écrire un message… (@identifiant mentionne un membre)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mentionner</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Record a clinical value</source>
        <translation>Saisir une valeur clinique</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Mesurée le</translation>
    </message>
</context>
<context>
    <name>PaperSurveyDialog</name>
    <message>
        <source>Patient survey — paper questionnaires</source>
        <translation>Enquête patients — questionnaires papier</translation>
    </message>
    <message>
        <source>The ISO week the questionnaires were collected, e.g. 2026-W49</source>
        <translation>La semaine ISO où les questionnaires ont été recueillis, par ex. 2026-W49</translation>
    </message>
    <message>
        <source>&amp;Week collected</source>
        <translation>&amp;Semaine de recueil</translation>
    </message>
    <message>
        <source>&amp;Print the paper questionnaire…</source>
        <translation>&amp;Imprimer le questionnaire papier…</translation>
    </message>
    <message>
        <source>&amp;Next questionnaire (Ctrl+Enter)</source>
        <translation>Questionnaire &amp;suivant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Save the questionnaires</source>
        <translation>&amp;Enregistrer les questionnaires</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) typed in, not yet saved</source>
        <translation>
            <numerusform>%n questionnaire saisi, pas encore enregistré</numerusform>
            <numerusform>%n questionnaires saisis, pas encore enregistrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) saved</source>
        <translation>
            <numerusform>%n questionnaire enregistré</numerusform>
            <numerusform>%n questionnaires enregistrés</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper questionnaire</source>
        <translation>Questionnaire papier</translation>
    </message>
    <message>
        <source>questionnaire.pdf</source>
        <translation>questionnaire.pdf</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <source>e.g. Refer to the DAC</source>
        <translation>p. ex. Adresser au DAC</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Fait par</translation>
    </message>
    <message>
        <source>Days after start</source>
        <translation>Jours après le début</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Save the pathway</source>
        <translation>Enregistrer le parcours</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>Nouveau parcours</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>PathwayFollowDialog</name>
    <message>
        <source>Follow a local pathway</source>
        <translation>Suivre un parcours local</translation>
    </message>
    <message>
        <source>Create the steps&apos; tasks</source>
        <translation>Créer les tâches des étapes</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>This resource has no local pathway in the directory.</source>
        <translation>Cette ressource n&apos;a pas de parcours local dans l&apos;annuaire.</translation>
    </message>
    <message>
        <source>{position}. {label} — {who}, day {day}</source>
        <translation>{position}. {label} — {who}, jour {day}</translation>
    </message>
    <message>
        <source>{created} tasks created; {existing} were already there.</source>
        <translation>{created} tâches créées&#xa0;; {existing} existaient déjà.</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>Accès d&apos;urgence…</translation>
    </message>
    <message>
        <source>Open this chart in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</source>
        <translation>Ouvrir ce dossier en urgence en indiquant pourquoi (enregistré, et signalé au médecin traitant et à l&apos;administrateur).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Birth first names, place</source>
        <translation>Prénoms et lieu de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>Long-term conditions (ALD)</source>
        <translation>Affections de longue durée (ALD)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Sharing in the care team</source>
        <translation>Partage dans l&apos;équipe de soins</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Partage…</translation>
    </message>
    <message>
        <source>Record that the patient was informed of sharing within the care team, and any objection.</source>
        <translation>Noter que le patient a été informé du partage dans l&apos;équipe de soins, et son éventuelle opposition.</translation>
    </message>
    <message>
        <source>Export FHIR summary…</source>
        <translation>Exporter la synthèse FHIR…</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>Le dossier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucune saisie</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Modifié en dernier par %1 le %2</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS until %1 — read only, no change possible</source>
        <translation>ACCÈS D&apos;URGENCE jusqu&apos;au %1 — lecture seule, aucune modification possible</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS until %1 — changes allowed by the practice</source>
        <translation>ACCÈS D&apos;URGENCE jusqu&apos;au %1 — modifications autorisées par le cabinet</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>FICTITIOUS IDENTITY</source>
        <translation>IDENTITÉ FICTIVE</translation>
    </message>
    <message>
        <source>DOUBTFUL IDENTITY</source>
        <translation>IDENTITÉ DOUTEUSE</translation>
    </message>
    <message>
        <source>HOMONYM</source>
        <translation>HOMONYME</translation>
    </message>
    <message>
        <source>Identity vigilance: check the identity with the patient before any act; the INS is not used while the identity is doubtful or fictitious.</source>
        <translation>Identitovigilance&#xa0;: vérifiez l&apos;identité avec le patient avant tout acte&#xa0;; l&apos;INS n&apos;est pas utilisé tant que l&apos;identité est douteuse ou fictive.</translation>
    </message>
    <message>
        <source>born abroad (INSEE %1)</source>
        <translation>né(e) à l&apos;étranger (INSEE %1)</translation>
    </message>
    <message>
        <source>INSEE %1</source>
        <translation>INSEE %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>informed on %1 by %2</source>
        <translation>informé le %1 par %2</translation>
    </message>
    <message>
        <source>OBJECTS to sharing with the care team</source>
        <translation>S&apos;OPPOSE au partage avec l&apos;équipe de soins</translation>
    </message>
    <message>
        <source>OBJECTS: %1</source>
        <translation>S&apos;OPPOSE&#xa0;: %1</translation>
    </message>
    <message>
        <source>no objection</source>
        <translation>pas d&apos;opposition</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>retrieved</source>
        <translation>récupérée</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiée</translation>
    </message>
    <message>
        <source>%1 (identity %2)</source>
        <translation>%1 (identité %2)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <source>other sex</source>
        <translation>autre sexe</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sexe inconnu</translation>
    </message>
    <message>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <source>AVS %1</source>
        <translation>AVS %1</translation>
    </message>
    <message>
        <source>no national identifier</source>
        <translation>aucun identifiant national</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3</source>
        <translation>Né(e) le %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Export FHIR summary</source>
        <translation>Exporter la synthèse FHIR</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Modifier le patient %1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>(not a doctor of the practice)</source>
        <translation>(médecin hors du cabinet)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Saisissez la date de naissance sous la forme 31.12.1950 ou 31/12/1950.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>(no INS)</source>
        <translation>(sans INS)</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseignée)</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>NIA</source>
        <translation>NIA</translation>
    </message>
    <message>
        <source>NIR (test identity)</source>
        <translation>NIR (identité de test)</translation>
    </message>
    <message>
        <source>NIA (test identity)</source>
        <translation>NIA (identité de test)</translation>
    </message>
    <message>
        <source>Authority of the INS number, as the INSi teleservice returns it.</source>
        <translation>Autorité d&apos;affectation du matricule INS, telle que le téléservice INSi la renvoie.</translation>
    </message>
    <message>
        <source>Every first name at birth, in order, as on the identity document (INS trait).</source>
        <translation>Tous les prénoms de naissance, dans l&apos;ordre, comme sur la pièce d&apos;identité (trait INS).</translation>
    </message>
    <message>
        <source>INSEE code, e.g. 75056; 99xxx abroad</source>
        <translation>Code INSEE, p. ex. 75056&#xa0;; 99xxx à l&apos;étranger</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Douteuse</translation>
    </message>
    <message>
        <source>The identity is doubtful (e.g. documents disagree): its status stays provisional.</source>
        <translation>L&apos;identité est douteuse (p. ex. pièces discordantes)&#xa0;: son statut reste provisoire.</translation>
    </message>
    <message>
        <source>Fictitious</source>
        <translation>Fictive</translation>
    </message>
    <message>
        <source>A fictitious identity (anonymous care, exercise): its status stays provisional.</source>
        <translation>Identité fictive (soins anonymes, exercice)&#xa0;: son statut reste provisoire.</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Homonyme</translation>
    </message>
    <message>
        <source>Another patient has a close identity: check it at each contact.</source>
        <translation>Un autre patient a une identité proche&#xa0;: vérifiez-la à chaque contact.</translation>
    </message>
    <message>
        <source>Name and town of a doctor outside the practice</source>
        <translation>Nom et localité d&apos;un médecin hors du cabinet</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth first names</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Place of birth (INSEE)</source>
        <translation>Lieu de naissance (INSEE)</translation>
    </message>
    <message>
        <source>INS number</source>
        <translation>Matricule INS</translation>
    </message>
    <message>
        <source>INS authority</source>
        <translation>Autorité INS</translation>
    </message>
    <message>
        <source>INS identity status</source>
        <translation>Statut de l&apos;identité INS</translation>
    </message>
    <message>
        <source>Identity attributes</source>
        <translation>Attributs d&apos;identité</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <source>Contact and care</source>
        <translation>Coordonnées et suivi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>External doctor</source>
        <translation>Médecin externe</translation>
    </message>
    <message>
        <source>Conditions, allergies and ALD</source>
        <translation>Pathologies, allergies et ALD</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <source>Type a name or a birth date (dd.mm.yyyy)</source>
        <translation>Saisissez un nom ou une date de naissance (jj.mm.aaaa)</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>Aucun patient choisi</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>Aucun patient trouvé</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <source>Search by name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Nom, date de naissance (jj.mm.aaaa) ou identifiant</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>Accès d&apos;urgence…</translation>
    </message>
    <message>
        <source>Open the chart of a patient outside your care circle in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</source>
        <translation>Ouvrir en urgence le dossier d&apos;un patient hors de votre cercle de soins, en indiquant pourquoi (enregistré, et signalé au médecin traitant et à l&apos;administrateur).</translation>
    </message>
    <message>
        <source>Your role does not give access to the patient register.</source>
        <translation>Votre rôle ne donne pas accès au registre des patients.</translation>
    </message>
    <message>
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>Les %1 premiers patients sont affichés&#xa0;; précisez la recherche.</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>Aucun patient trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFromMessageDialog</name>
    <message>
        <source>Add the message to the care plan</source>
        <translation>Ajouter le message au plan de soins</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychologique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environnemental</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>A validated or active plan opens its next revision, which the médecin traitant validates again. The message is quoted as a problem of the plan.</source>
        <translation>Un plan validé ou actif ouvre sa révision suivante, que le médecin traitant valide à nouveau. Le message y est cité comme problème du plan.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>PlansToReviewDialog</name>
    <message>
        <source>Care plans to review</source>
        <translation>Plans de soins à réévaluer</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Référent</translation>
    </message>
</context>
<context>
    <name>PosologyEditor</name>
    <message>
        <source>Times of day</source>
        <translation>Moments de la journée</translation>
    </message>
    <message>
        <source>Every … days or weeks</source>
        <translation>Tous les … jours ou semaines</translation>
    </message>
    <message>
        <source>If needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <source>See instructions</source>
        <translation>Voir les instructions</translation>
    </message>
    <message>
        <source>The instructions say how to take it.</source>
        <translation>Les instructions disent comment le prendre.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <source>Type to search the EDQM routes, or a text</source>
        <translation>Tapez pour chercher une voie EDQM, ou un texte</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schéma de prise</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Se lit</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Midi</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <source>Amount at this time: 1, 0.5 or 1/2</source>
        <translation>Quantité à ce moment&#xa0;: 1, 0,5 ou 1/2</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Seulement si besoin</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Tous les</translation>
    </message>
    <message>
        <source>week(s), on</source>
        <translation>semaine(s), le</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>jour(s)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Amount per taking</source>
        <translation>Quantité par prise</translation>
    </message>
    <message>
        <source>at most a day</source>
        <translation>au maximum par jour</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>le matin</translation>
    </message>
    <message>
        <source>at noon</source>
        <translation>à midi</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>le soir</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>au coucher</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplet)</translation>
    </message>
    <message>
        <source>(no schedule)</source>
        <translation>(pas de posologie)</translation>
    </message>
    <message>
        <source>%1 mg a week</source>
        <translation>%1 mg par semaine</translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation>%1 mg par jour</translation>
    </message>
    <message>
        <source>at most %1 mg a day</source>
        <translation>au maximum %1 mg par jour</translation>
    </message>
    <message>
        <source>Detailed taking times: %1</source>
        <translation>Prises détaillées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Your practice</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <source>The name, address and phone are printed on the documents handed to patients; the address and phone can be added later in the settings.</source>
        <translation>Le nom, l&apos;adresse et le téléphone sont imprimés sur les documents remis aux patients&#xa0;; l&apos;adresse et le téléphone peuvent être ajoutés plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>Code postal et localité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (facultatif)</translation>
    </message>
    <message>
        <source>FINESS number (optional)</source>
        <translation>N° FINESS (facultatif)</translation>
    </message>
    <message>
        <source>GLN of the practice (optional)</source>
        <translation>GLN du cabinet (facultatif)</translation>
    </message>
    <message>
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Nom du cabinet&#xa0;: saisissez le nom du cabinet.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>Add problem</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Long-term condition (ALD)</source>
        <translation>Affection de longue durée (ALD)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (CIM-10 ou ATC)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>No product chosen</source>
        <translation>Aucun produit choisi</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>p. ex. 500 mg</translation>
    </message>
    <message>
        <source>Strength of the new product</source>
        <translation>Dosage du nouveau produit</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Seulement si le dosage ne dit pas combien de mg contient une unité</translation>
    </message>
    <message>
        <source>Changes proposed</source>
        <translation>Changements proposés</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <source>New posology</source>
        <translation>Nouvelle posologie</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accepting closes the alert; the medication list stays as it is.</source>
        <translation>Accepter clôt l&apos;alerte&#xa0;; la liste des traitements reste telle quelle.</translation>
    </message>
    <message>
        <source>Nothing to change yet: choose the medication and give the new values.</source>
        <translation>Rien à changer pour l&apos;instant&#xa0;: choisissez le médicament et indiquez les nouvelles valeurs.</translation>
    </message>
    <message>
        <source>Choose the new product in the catalogue.</source>
        <translation>Choisissez le nouveau produit dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>ProtocolsDialog</name>
    <message>
        <source>Delegation protocols</source>
        <translation>Protocoles de coopération</translation>
    </message>
    <message>
        <source>Activate for the practice</source>
        <translation>Activer pour le cabinet</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>training date dd.mm.yyyy</source>
        <translation>date de formation jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Record adherence</source>
        <translation>Enregistrer l&apos;adhésion</translation>
    </message>
    <message>
        <source>Staff adherence</source>
        <translation>Adhésion des professionnels</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Date de la formation</translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>électronique</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <source>a representative</source>
        <translation>un représentant</translation>
    </message>
    <message>
        <source>Enrol the patient</source>
        <translation>Inclure le patient</translation>
    </message>
    <message>
        <source>Patient enrolment (consent)</source>
        <translation>Inclusion du patient (consentement)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <source>Consent by</source>
        <translation>Consentement de</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Delegates: %1</source>
        <translation>Délégants&#xa0;: %1</translation>
    </message>
    <message>
        <source>Acts: %1</source>
        <translation>Actes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report to the doctor: %1</source>
        <translation>Compte rendu au médecin&#xa0;: %1</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>À vérifier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Active since %1</source>
        <translation>Actif depuis le %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>RaiseAlertDialog</name>
    <message>
        <source>Raise an alert</source>
        <translation>Émettre une alerte</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>The patient&apos;s médecin traitant</source>
        <translation>Le médecin traitant du patient</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Médicaments concernés</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Contexte clinique</translation>
    </message>
    <message>
        <source>Details of the proposal</source>
        <translation>Détails de la proposition</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Raise alert</source>
        <translation>Émettre l&apos;alerte</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall patients</source>
        <translation>Rappel de patients</translation>
    </message>
    <message>
        <source>e.g. hba1c-2026-q1 (running it again creates no duplicates)</source>
        <translation>p. ex. hba1c-2026-t1 (la relancer ne crée pas de doublons)</translation>
    </message>
    <message>
        <source>ICD-10 prefixes, e.g. E11, I50</source>
        <translation>préfixes CIM-10, p. ex. E11, I50</translation>
    </message>
    <message>
        <source>ATC prefixes, e.g. A10, B01AA</source>
        <translation>préfixes ATC, p. ex. A10, B01AA</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (default: today)</source>
        <translation>jj.mm.aaaa (par défaut&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Titre de la tâche</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Âge de</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Âge jusqu&apos;à</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>No task of type</source>
        <translation>Aucune tâche du type</translation>
    </message>
    <message>
        <source>…done since (months)</source>
        <translation>…réalisée depuis (mois)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Create tasks</source>
        <translation>&amp;Créer les tâches</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) match</source>
        <translation>
            <numerusform>%n patient correspond</numerusform>
            <numerusform>%n patients correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1&#xa0;; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recall task(s) would be created.</source>
        <translation>
            <numerusform>%n tâche de rappel serait créée.</numerusform>
            <numerusform>%n tâches de rappel seraient créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recall task(s) created for the medical assistants&apos; pool.</source>
        <translation>
            <numerusform>%n tâche de rappel créée pour le pool des assistantes médicales.</numerusform>
            <numerusform>%n tâches de rappel créées pour le pool des assistantes médicales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedPackage</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>female</source>
        <translation>féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>masculin</translation>
    </message>
</context>
<context>
    <name>ReceivedPackageDialog</name>
    <message>
        <source>Package received by secure mail</source>
        <translation>Paquet reçu par messagerie sécurisée</translation>
    </message>
    <message>
        <source>No package chosen yet.</source>
        <translation>Aucun paquet choisi.</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>Choisir un paquet…</translation>
    </message>
    <message>
        <source>Submission set</source>
        <translation>Lot de soumission</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Envoyé par</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Sending system</source>
        <translation>Système émetteur</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>In this practice</source>
        <translation>Dans ce cabinet</translation>
    </message>
    <message>
        <source>Message from a partner Cordée</source>
        <translation>Message d&apos;un Cordée partenaire</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>Classé comme</translation>
    </message>
    <message>
        <source>hospital stay and its letter</source>
        <translation>séjour hospitalier et son courrier</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Documents of the package</source>
        <translation>Documents du paquet</translation>
    </message>
    <message>
        <source>Attach to the record</source>
        <translation>Joindre au dossier</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A package received by secure mail</source>
        <translation>Un paquet reçu par messagerie sécurisée</translation>
    </message>
    <message>
        <source>IHE XDM or Cordée package (*.zip *.ZIP)</source>
        <translation>Paquet IHE XDM ou Cordée (*.zip *.ZIP)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>né(e) le %1</translation>
    </message>
    <message>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <source>no INS</source>
        <translation>sans INS</translation>
    </message>
    <message>
        <source>found by the INS and the identity traits</source>
        <translation>retrouvé par l&apos;INS et les traits d&apos;identité</translation>
    </message>
    <message>
        <source>found by name and birth date (no INS)</source>
        <translation>retrouvé par le nom et la date de naissance (sans INS)</translation>
    </message>
    <message>
        <source>an alert, for the inbox</source>
        <translation>une alerte, pour la boîte de réception</translation>
    </message>
    <message>
        <source>the answer to an alert sent from here, for its thread</source>
        <translation>la réponse à une alerte envoyée d&apos;ici, pour son fil</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>chiffré</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signé</translation>
    </message>
    <message>
        <source>Each hospital letter also records the hospital stay and starts the medication reconciliation.</source>
        <translation>Chaque courrier hospitalier enregistre aussi le séjour et lance la conciliation médicamenteuse.</translation>
    </message>
    <message numerus="yes">
        <source>Accepting attaches the %n documents to this patient&apos;s record.</source>
        <translation>
            <numerusform>Accepter joint le document au dossier de ce patient.</numerusform>
            <numerusform>Accepter joint les %n documents au dossier de ce patient.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed message from the partner is imported; the readable copy in the package is not attached again.</source>
        <translation>Le message signé du partenaire est importé&#xa0;; la copie lisible contenue dans le paquet n&apos;est pas jointe une seconde fois.</translation>
    </message>
    <message>
        <source>Import the message</source>
        <translation>Importer le message</translation>
    </message>
</context>
<context>
    <name>RecommendationsBox</name>
    <message>
        <source>Weekly dosing system by the pharmacist</source>
        <translation>Semainier préparé par le pharmacien</translation>
    </message>
    <message>
        <source>Intensified compliance support</source>
        <translation>Soutien renforcé à l&apos;observance</translation>
    </message>
    <message>
        <source>Repeat the check in … months</source>
        <translation>Répéter le contrôle dans … mois</translation>
    </message>
    <message>
        <source>Forwarding to the doctor / another specialist</source>
        <translation>Transmission au médecin / à un autre spécialiste</translation>
    </message>
    <message>
        <source>Analysis needed (interactions, side effects, duplications …)</source>
        <translation>Analyse nécessaire (interactions, effets indésirables, doublons …)</translation>
    </message>
    <message>
        <source>Patient not asked</source>
        <translation>Patient non consulté</translation>
    </message>
    <message>
        <source>Patient agrees</source>
        <translation>Le patient est d&apos;accord</translation>
    </message>
    <message>
        <source>Patient does not agree</source>
        <translation>Le patient n&apos;est pas d&apos;accord</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>Medication reconciliation after a hospital stay</source>
        <translation>Conciliation médicamenteuse après hospitalisation</translation>
    </message>
    <message>
        <source>Paste the discharge list&apos;s eMediplan code (CHMED16A… or CHMED23A…)</source>
        <translation>Collez le code eMediplan de l&apos;ordonnance de sortie (CHMED16A… ou CHMED23A…)</translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <source>Change the line…</source>
        <translation>Modifier la ligne…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Compare with the current list</source>
        <translation>Comparer avec la liste actuelle</translation>
    </message>
    <message>
        <source>Hospital / department</source>
        <translation>Hôpital / service</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Discharge lines</source>
        <translation>Traitement de sortie</translation>
    </message>
    <message>
        <source>or eMediplan code</source>
        <translation>ou code eMediplan</translation>
    </message>
    <message>
        <source>Intentional, documented</source>
        <translation>Intentionnel, documenté</translation>
    </message>
    <message>
        <source>To be clarified</source>
        <translation>À clarifier</translation>
    </message>
    <message>
        <source>Keep current line</source>
        <translation>Garder la ligne actuelle</translation>
    </message>
    <message>
        <source>Why (required for an intentional change)</source>
        <translation>Pourquoi (obligatoire pour un changement intentionnel)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Send as alert</source>
        <translation>Envoyer en alerte</translation>
    </message>
    <message>
        <source>Send every line to clarify</source>
        <translation>Envoyer toutes les lignes à clarifier</translation>
    </message>
    <message>
        <source>Validate the reconciled list</source>
        <translation>Valider la liste conciliée</translation>
    </message>
    <message>
        <source>validated by %1</source>
        <translation>validée par %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <source>Enter the discharge lines or paste the eMediplan code first.</source>
        <translation>Saisissez d&apos;abord le traitement de sortie ou collez le code eMediplan.</translation>
    </message>
</context>
<context>
    <name>RecordActDialog</name>
    <message>
        <source>Record an act</source>
        <translation>Saisir un acte</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>jj.mm.aaaa (vide&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Date de réalisation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Meeting record — %1</source>
        <translation>Compte rendu de réunion — %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Créer une tâche</translation>
    </message>
    <message>
        <source>Revise the care plan</source>
        <translation>Réviser le plan de soins</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Synthèse de la discussion</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmaciens</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Infirmiers en pratique avancée</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <source>— nobody: offer to a pool —</source>
        <translation>— personne&#xa0;: proposer à un pool —</translation>
    </message>
    <message>
        <source>— no pool —</source>
        <translation>— aucun pool —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (optional)</source>
        <translation>jj.mm.aaaa (facultatif)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Ajouter la décision</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Aucune décision pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>does not repeat</source>
        <translation>ne se répète pas</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Nombre de fois</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Remplacer…</translation>
    </message>
    <message>
        <source>This rule was set elsewhere and cannot be edited here; replace it</source>
        <translation>Cette règle a été définie ailleurs et ne peut pas être modifiée ici&#xa0;; la remplacer</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>jour</numerusform>
            <numerusform>jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>semaine</numerusform>
            <numerusform>semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>mois</numerusform>
            <numerusform>mois</numerusform>
        </translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N days</comment>
        <translation>tous les</translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N weeks</comment>
        <translation>toutes les</translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N months</comment>
        <translation>tous les</translation>
    </message>
    <message numerus="yes">
        <source>time(s)</source>
        <translation>
            <numerusform>fois</numerusform>
            <numerusform>fois</numerusform>
        </translation>
    </message>
    <message>
        <source>Set elsewhere, cannot be edited here: %1</source>
        <translation>Définie ailleurs, non modifiable ici&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Tous les jours</numerusform>
            <numerusform>Tous les %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Toutes les semaines</numerusform>
            <numerusform>Toutes les %n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Tous les mois</numerusform>
            <numerusform>Tous les %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a weekday in the summary: &apos;the %1&apos; in French</comment>
        <translation>le %1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;au %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in all</source>
        <translation>
            <numerusform>%n fois en tout</numerusform>
            <numerusform>%n fois en tout</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>New referral</source>
        <translation>Nouvel adressage</translation>
    </message>
    <message>
        <source>(not from the directory)</source>
        <translation>(hors annuaire)</translation>
    </message>
    <message>
        <source>e.g. Dr Weber, cardiologist — Hôpital de la Tour</source>
        <translation>p. ex. Dr Weber, cardiologue — Hôpital de la Tour</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Sous 48 h</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Sous 7 jours</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Advice only</source>
        <translation>Avis seul</translation>
    </message>
    <message>
        <source>The clinical question for the specialist</source>
        <translation>La question clinique posée au spécialiste</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Choose a patient to see their documents.</source>
        <translation>Choisissez un patient pour voir ses documents.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>From the directory</source>
        <translation>Depuis l&apos;annuaire</translation>
    </message>
    <message>
        <source>To (specialist or service)</source>
        <translation>À (spécialiste ou service)</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Question clinique</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>Your role does not give access to the documents.</source>
        <translation>Votre rôle ne donne pas accès aux documents.</translation>
    </message>
    <message>
        <source>This patient has no documents.</source>
        <translation>Ce patient n&apos;a aucun document.</translation>
    </message>
</context>
<context>
    <name>ReferralWindow</name>
    <message>
        <source>Referrals</source>
        <translation>Adressages</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Sous 48 h</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Sous 7 jours</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <source>Advice only</source>
        <translation>Avis seul</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>RDV pris</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Patient vu</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Compte rendu reçu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Délai cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>booked late</source>
        <translation>RDV tardif</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>(in the chart)</source>
        <translation>(dans le dossier)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <source>Answer (report received) or reason (cancel)</source>
        <translation>Réponse (compte rendu reçu) ou motif (annulation)</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Nouvel adressage…</translation>
    </message>
    <message>
        <source>Follow the pathway…</source>
        <translation>Suivre le parcours…</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Annuler l&apos;adressage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>RegisterIntakeDialog</name>
    <message>
        <source>Register a new patient</source>
        <translation>Inscrire un nouveau patient</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>jj.mm.aaaa (vide&#xa0;: aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>&amp;Long-term condition (ALD)</source>
        <translation>&amp;Affection de longue durée (ALD)</translation>
    </message>
    <message>
        <source>&amp;Frailty</source>
        <translation>&amp;Fragilité</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demande du</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Choisissez d&apos;abord le patient.</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>Directory resource</source>
        <translation>Ressource de l&apos;annuaire</translation>
    </message>
    <message>
        <source>New directory resource</source>
        <translation>Nouvelle ressource de l&apos;annuaire</translation>
    </message>
    <message>
        <source>e.g. DAC of the district, Dr Weber (cardiologist)</source>
        <translation>p. ex. DAC du secteur, Dr Weber (cardiologue)</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9:00–17:00</source>
        <translation>p. ex. lun–ven 9h–17h</translation>
    </message>
    <message>
        <source>Who may be referred, and how</source>
        <translation>Qui peut être adressé, et comment</translation>
    </message>
    <message>
        <source>Active (offered in referrals)</source>
        <translation>Active (proposée dans les adressages)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Critères d&apos;admission</translation>
    </message>
    <message>
        <source>Local pathways</source>
        <translation>Parcours locaux</translation>
    </message>
    <message>
        <source>Save the resource first to add its pathways.</source>
        <translation>Enregistrez d&apos;abord la ressource pour ajouter ses parcours.</translation>
    </message>
    <message>
        <source>The pathway «{name}» is saved.</source>
        <translation>Le parcours «{name}» est enregistré.</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>All physicians</source>
        <translation>Tous les médecins</translation>
    </message>
    <message>
        <source>All pharmacists</source>
        <translation>Tous les pharmaciens</translation>
    </message>
    <message>
        <source>All advanced practice nurses</source>
        <translation>Tous les infirmiers en pratique avancée</translation>
    </message>
    <message>
        <source>All nurses</source>
        <translation>Tous les infirmiers</translation>
    </message>
    <message>
        <source>All medical assistants</source>
        <translation>Toutes les assistantes médicales</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>Toutes les coordinatrices</translation>
    </message>
    <message>
        <source>Who may open “%1”?</source>
        <translation>Qui peut ouvrir «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Everyone who may read the patient&apos;s chart</source>
        <translation>Toute personne pouvant lire le dossier du patient</translation>
    </message>
    <message>
        <source>Only the people and roles ticked below (and you)</source>
        <translation>Seulement les personnes et rôles cochés ci-dessous (et vous)</translation>
    </message>
    <message>
        <source>The others see that a restricted document exists, not its title.</source>
        <translation>Les autres voient qu&apos;un document à accès restreint existe, sans son titre.</translation>
    </message>
    <message>
        <source>The patient has objected to sharing within the care team: unless you tick people or roles below, only you and the médecin traitant will open this document.</source>
        <translation>Le patient s&apos;est opposé au partage dans l&apos;équipe de soins&#xa0;: sauf si vous cochez des personnes ou des rôles ci-dessous, seuls vous et le médecin traitant ouvrirez ce document.</translation>
    </message>
    <message>
        <source>You and the médecin traitant only (the patient objected to sharing)</source>
        <translation>Vous et le médecin traitant seulement (le patient s&apos;est opposé au partage)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>This result proposes nothing.</source>
        <translation>Ce résultat ne propose rien.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>&amp;Accept the ticked proposals</source>
        <translation>&amp;Accepter les propositions cochées</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>%1: score %2 / %3 — %4</source>
        <translation>%1&#xa0;: score %2 / %3 — %4</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Care-plan need</source>
        <translation>Besoin du plan de soins</translation>
    </message>
</context>
<context>
    <name>ReviewWorksheetDialog</name>
    <message>
        <source>Medication review worksheet</source>
        <translation>Fiche de bilan de médication</translation>
    </message>
    <message>
        <source>Bilan partagé de médication (FR)</source>
        <translation>Bilan partagé de médication (FR)</translation>
    </message>
    <message>
        <source>Polymedikations-Check (CH)</source>
        <translation>Polymedikations-Check (CH)</translation>
    </message>
    <message>
        <source>Start a worksheet</source>
        <translation>Commencer une fiche</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Advice to the doctor</source>
        <translation>Avis au médecin</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Save the worksheet as a PDF report (an audited export)</source>
        <translation>Enregistrer la fiche comme rapport PDF (export tracé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Évolution…</translation>
    </message>
    <message>
        <source>Anticholinergic score, medications and serious findings over time</source>
        <translation>Score anticholinergique, médicaments et constats graves au fil du temps</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <source>Save the review report</source>
        <translation>Enregistrer le rapport du bilan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>medication-review-%1.pdf</source>
        <translation>bilan-de-medication-%1.pdf</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>SendToPartnerDialog</name>
    <message>
        <source>Send to a partner</source>
        <translation>Envoyer à un partenaire</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>How the package travels</source>
        <translation>Acheminement du paquet</translation>
    </message>
    <message>
        <source>USB key or shared folder: encrypted</source>
        <translation>Clé USB ou dossier partagé&#xa0;: chiffré</translation>
    </message>
    <message>
        <source>Secure mail (MSSanté, HIN): signed</source>
        <translation>Messagerie sécurisée (MSSanté, HIN)&#xa0;: signé</translation>
    </message>
    <message>
        <source>Only the partner&apos;s Cordée can open it (.zip).</source>
        <translation>Seul le Cordée du partenaire peut l&apos;ouvrir (.zip).</translation>
    </message>
    <message>
        <source>One IHE_XDM.ZIP attachment: any software reads its document, the partner&apos;s Cordée imports the alert (.zip, or a mail draft .eml).</source>
        <translation>Une seule pièce jointe IHE_XDM.ZIP&#xa0;: tout logiciel en lit le document, le Cordée du partenaire importe l&apos;alerte (.zip, ou brouillon de courriel .eml).</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Enregistrer le paquet…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>This alert came from %1: its answer goes back there.</source>
        <translation>Cette alerte vient de %1&#xa0;: sa réponse y retourne.</translation>
    </message>
    <message>
        <source>Send this alert to:</source>
        <translation>Envoyer cette alerte à&#xa0;:</translation>
    </message>
    <message>
        <source>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</source>
        <translation>Aucun partenaire d&apos;échange pour l&apos;instant&#xa0;: l&apos;administrateur ajoute les partenaires depuis leur carte (Administration → Partenaires d&apos;échange).</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Mail draft (*.eml);;IHE XDM package (*.zip)</source>
        <translation>Brouillon de courriel (*.eml);;Paquet IHE XDM (*.zip)</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Paquet Cordée (*.zip)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>EU(7)-PIM list (2015)</source>
        <translation>Liste EU(7)-PIM (2015)</translation>
    </message>
    <message>
        <source>PRISCUS 2.0 list (2023)</source>
        <translation>Liste PRISCUS 2.0 (2023)</translation>
    </message>
    <message>
        <source>STOPP/START criteria v3 (2023)</source>
        <translation>Critères STOPP/START v3 (2023)</translation>
    </message>
    <message>
        <source>Laroche list (2007)</source>
        <translation>Liste de Laroche (2007)</translation>
    </message>
    <message>
        <source>AGS Beers criteria (2023)</source>
        <translation>Critères de Beers de l&apos;AGS (2023)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>The language of the login screen on this computer, from the next start. Each user chooses their own language in File → Language…</source>
        <translation>La langue de l&apos;écran de connexion sur cet ordinateur, dès le prochain démarrage. Chaque utilisateur choisit sa propre langue dans Fichier → Langue…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Laissez vide pour conserver les dossiers dans le fichier chiffré de cet ordinateur. Avec plusieurs postes, saisissez l&apos;adresse du serveur PostgreSQL du cabinet&#xa0;; TLS (sslmode) est obligatoire sauf si le serveur fonctionne sur cet ordinateur. Le changement prend effet au prochain démarrage de Cordée.</translation>
    </message>
    <message>
        <source>Practice (all workstations)</source>
        <translation>Cabinet (tous les postes)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</source>
        <translation>Les titres de tâches et textes d&apos;alerte rédigés par Cordée sont lus par toute l&apos;équipe&#xa0;: ils sont écrits dans cette langue.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>FINESS number</source>
        <translation>N° FINESS</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Printed on the patient sheet (&quot;Who to call&quot;) and on every document handed to patients.</source>
        <translation>Imprimé sur la feuille du patient (« Qui appeler ») et sur chaque document remis aux patients.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>Code postal et localité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Verrouiller l&apos;écran après</translation>
    </message>
    <message>
        <source>Language of shared texts</source>
        <translation>Langue des textes partagés</translation>
    </message>
    <message>
        <source>Open to every clinician of the practice</source>
        <translation>Ouverts à tous les soignants du cabinet</translation>
    </message>
    <message>
        <source>Limited to each patient&apos;s care circle</source>
        <translation>Limités au cercle de soins de chaque patient</translation>
    </message>
    <message>
        <source>Patient charts</source>
        <translation>Dossiers des patients</translation>
    </message>
    <message>
        <source>Limited: a chart is read by the patient&apos;s médecin traitant, the members of their care circle and whoever has a task or an alert on the patient. The front desk (medical assistants, coordinators) still finds every patient to identify and book them — name, birth date, address, phone, identifiers, médecin traitant — but not the chart.</source>
        <translation>Limités&#xa0;: un dossier est lu par le médecin traitant du patient, les membres de son cercle de soins et toute personne ayant une tâche ou une alerte sur ce patient. L&apos;accueil (assistantes médicales, coordinatrices) retrouve toujours chaque patient pour l&apos;identifier et lui donner rendez-vous — nom, date de naissance, adresse, téléphone, identifiants, médecin traitant — mais pas son dossier.</translation>
    </message>
    <message>
        <source>Read only (no change to the chart)</source>
        <translation>Lecture seule (aucune modification du dossier)</translation>
    </message>
    <message>
        <source>Emergency access lasts</source>
        <translation>Durée d&apos;un accès d&apos;urgence</translation>
    </message>
    <message>
        <source>When charts are limited to the care circle, a clinician may open another chart in an emergency by giving a reason; the administrator reviews each access (Administration → Emergency accesses to review).</source>
        <translation>Quand les dossiers sont réservés au cercle de soins, un soignant peut ouvrir un autre dossier en urgence en donnant un motif&#xa0;; l&apos;administrateur vérifie chaque accès (Administration → Accès d&apos;urgence à vérifier).</translation>
    </message>
    <message>
        <source>The medication review flags the medicines of the lists ticked here, each from its own age (Laroche from 75, the others from 65). Default: France Laroche, Switzerland PRISCUS 2.0; both STOPP/START v3, EU(7)-PIM and Beers.</source>
        <translation>La revue des traitements signale les médicaments des listes cochées ici, chacune à partir de son âge (Laroche dès 75 ans, les autres dès 65 ans). Par défaut&#xa0;: France Laroche, Suisse PRISCUS 2.0&#xa0;; dans les deux pays STOPP/START v3, EU(7)-PIM et Beers.</translation>
    </message>
    <message>
        <source>Lists for older people</source>
        <translation>Listes pour les personnes âgées</translation>
    </message>
    <message>
        <source>Only an administrator can change the practice settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres du cabinet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Sharing within the care team — %1</source>
        <translation>Partage dans l&apos;équipe de soins — %1</translation>
    </message>
    <message>
        <source>No objection</source>
        <translation>Pas d&apos;opposition</translation>
    </message>
    <message>
        <source>Objects to sharing with the care team</source>
        <translation>S&apos;oppose au partage avec l&apos;équipe de soins</translation>
    </message>
    <message>
        <source>Objects to part of the sharing (say what)</source>
        <translation>S&apos;oppose à une partie du partage (préciser)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>e.g. not with the physiotherapist</source>
        <translation>p. ex. pas avec la kinésithérapeute</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informé le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>What the patient objects to</source>
        <translation>Ce à quoi le patient s&apos;oppose</translation>
    </message>
    <message>
        <source>When the patient objects, a new document is restricted to its author and the médecin traitant unless you choose otherwise, and nothing about the patient is exported to others.</source>
        <translation>Si le patient s&apos;oppose, un nouveau document est réservé à son auteur et au médecin traitant sauf choix contraire, et rien sur le patient n&apos;est exporté vers d&apos;autres.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Show deactivated accounts</source>
        <translation>Afficher les comptes désactivés</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>Le compte a été enregistré.</translation>
    </message>
    <message>
        <source>Reactivate the account of %1?</source>
        <translation>Réactiver le compte de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Désactiver le compte de %1&#xa0;? La personne ne pourra plus se connecter&#xa0;; le compte et son historique sont conservés.</translation>
    </message>
    <message>
        <source>The account of %1 was reactivated.</source>
        <translation>Le compte de %1 a été réactivé.</translation>
    </message>
    <message>
        <source>The account of %1 was deactivated.</source>
        <translation>Le compte de %1 a été désactivé.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>Le mot de passe de %1 a été réinitialisé. Un nouveau mot de passe devra être choisi à la prochaine connexion.</translation>
    </message>
    <message>
        <source>The account of %1 was unlocked.</source>
        <translation>Le compte de %1 a été déverrouillé.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>New staff account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Edit the account of %1</source>
        <translation>Modifier le compte de %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <source>ADELI number</source>
        <translation>N° ADELI</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <source>at least 12 characters; to be changed at first login</source>
        <translation>12 caractères au moins&#xa0;; à changer à la première connexion</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>Non (désactivé)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Arrêté le</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerForm</name>
    <message>
        <source>Strongly disagree</source>
        <translation>Pas du tout d&apos;accord</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Plutôt pas d&apos;accord</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Sans avis</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Plutôt d&apos;accord</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Tout à fait d&apos;accord</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>SurveySettingsDialog</name>
    <message>
        <source>Patient survey settings</source>
        <translation>Paramètres de l&apos;enquête patients</translation>
    </message>
    <message>
        <source>&amp;Load a questionnaire file…</source>
        <translation>&amp;Charger un fichier de questionnaire…</translation>
    </message>
    <message>
        <source>Use the &amp;default questionnaire</source>
        <translation>Utiliser le questionnaire par &amp;défaut</translation>
    </message>
    <message>
        <source>Address of the online &amp;form</source>
        <translation>Adresse du &amp;formulaire en ligne</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>The practice&apos;s own questionnaire</source>
        <translation>Le questionnaire propre à la structure</translation>
    </message>
    <message>
        <source>The default questionnaire of Cordée</source>
        <translation>Le questionnaire par défaut de Cordée</translation>
    </message>
    <message>
        <source>Questionnaire file</source>
        <translation>Fichier de questionnaire</translation>
    </message>
    <message>
        <source>From the file %1 (checked when saved)</source>
        <translation>Du fichier %1 (vérifié à l&apos;enregistrement)</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>per week</source>
        <translation>par semaine</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>A&amp;fficher</translation>
    </message>
    <message>
        <source>Survey &amp;PDF…</source>
        <translation>&amp;PDF de l&apos;enquête…</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Comments (week only, no date)</source>
        <translation>Commentaires (semaine seulement, sans date)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>mean 1–5</source>
        <translation>moyenne 1–5</translation>
    </message>
    <message>
        <source>yes %</source>
        <translation>% de oui</translation>
    </message>
    <message>
        <source>Whole span</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>%1 questionnaires: %2 on paper, %3 at the kiosk.</source>
        <translation>%1 questionnaires&#xa0;: %2 sur papier, %3 à la borne.</translation>
    </message>
    <message>
        <source>Export the survey results</source>
        <translation>Exporter les résultats de l&apos;enquête</translation>
    </message>
    <message>
        <source>survey.pdf</source>
        <translation>enquete.pdf</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>TakeOnDialog</name>
    <message>
        <source>Take the patient on</source>
        <translation>Prendre le patient en charge</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>First appointment</source>
        <translation>Premier rendez-vous</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Aucun patient</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmaciens</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Infirmiers en pratique avancée</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <source>— nobody: offer to a pool —</source>
        <translation>— personne&#xa0;: proposer à un pool —</translation>
    </message>
    <message>
        <source>— no pool —</source>
        <translation>— aucun pool —</translation>
    </message>
    <message>
        <source>— not under a protocol —</source>
        <translation>— hors protocole —</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>courante</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>dès que possible</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>immédiate</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>hh:mm (optional)</source>
        <translation>hh:mm (facultatif)</translation>
    </message>
    <message>
        <source>Result (when completing) or reason (cancel, hold, failure)</source>
        <translation>Résultat (à la clôture) ou motif (annulation, suspension, échec)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Business status</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Result / reason</source>
        <translation>Résultat / motif</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>%1 (last change by %2)</source>
        <translation>%1 (dernière modification par %2)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
</context>
<context>
    <name>TaskFromMessageDialog</name>
    <message>
        <source>Make a task from the message</source>
        <translation>Créer une tâche à partir du message</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Pool: {name}</source>
        <translation>Pool&#xa0;: {name}</translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <source>&amp;New task for this patient…</source>
        <translation>&amp;Nouvelle tâche pour ce patient…</translation>
    </message>
    <message>
        <source>Protocol enrolment…</source>
        <translation>Inclusion dans un protocole…</translation>
    </message>
    <message>
        <source>Results written to the chart</source>
        <translation>Résultats versés au dossier</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>courante</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <source>asap</source>
        <translation>dès que possible</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>immédiate</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>pool&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TaskTypes</name>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Lab monitoring</source>
        <translation>Surveillance biologique</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Alert follow-up</source>
        <translation>Suivi d’alerte</translation>
    </message>
    <message>
        <source>Information from the pharmacist</source>
        <translation>Information du pharmacien</translation>
    </message>
    <message>
        <source>Medication reconciliation</source>
        <translation>Conciliation médicamenteuse</translation>
    </message>
    <message>
        <source>Discharge line to clarify</source>
        <translation>Ligne de sortie à clarifier</translation>
    </message>
    <message>
        <source>Care plan action</source>
        <translation>Action du plan de soins</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Décision de réunion</translation>
    </message>
    <message>
        <source>Frequent emergency visits</source>
        <translation>Passages fréquents aux urgences</translation>
    </message>
    <message>
        <source>Local pathway step</source>
        <translation>Étape d&apos;un parcours local</translation>
    </message>
</context>
<context>
    <name>TeleconsultForm</name>
    <message>
        <source>Book a teleconsultation</source>
        <translation>Programmer une téléconsultation</translation>
    </message>
    <message>
        <source>https://… (the practice&apos;s video service)</source>
        <translation>https://… (le service de visioconférence du cabinet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Booking creates the preparation checklist as tasks for the member with the patient, due at the start of the slot.</source>
        <translation>La réservation crée la liste de préparation sous forme de tâches pour le professionnel présent auprès du patient, à faire avant le début du créneau.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Auprès du patient</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Médecin à distance</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien vidéo</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
</context>
<context>
    <name>TeleconsultWindow</name>
    <message>
        <source>Teleconsultations</source>
        <translation>Téléconsultations</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Préparée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Conclue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Auprès du patient</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Médecin à distance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>(in the chart)</source>
        <translation>(dans le dossier)</translation>
    </message>
    <message>
        <source>Show concluded and cancelled</source>
        <translation>Afficher les conclues et annulées</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Programmer…</translation>
    </message>
    <message>
        <source>&amp;Open video link</source>
        <translation>&amp;Ouvrir le lien vidéo</translation>
    </message>
    <message>
        <source>Con&amp;clude…</source>
        <translation>&amp;Conclure…</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Annuler la réservation</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>The user must choose a new password at the next login.</source>
        <translation>L&apos;utilisateur devra choisir un nouveau mot de passe à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Confirmer le mot de passe temporaire</translation>
    </message>
    <message>
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Confirmer le mot de passe temporaire&#xa0;: les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <source>{n} urgent</source>
        <translation>{n} urgent(s)</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Choisissez un fil</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Lu par</translation>
    </message>
    <message>
        <source>Write a message… (@login mentions a member)</source>
        <translation>Écrire un message… (@identifiant mentionne un membre)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Retract…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <source>Make a task…</source>
        <translation>Créer une tâche…</translation>
    </message>
    <message>
        <source>Raise an alert…</source>
        <translation>Lancer une alerte…</translation>
    </message>
    <message>
        <source>Add to the care plan…</source>
        <translation>Ajouter au plan de soins…</translation>
    </message>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation>Retiré par {name} le {when}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>task {id}</source>
        <translation>tâche {id}</translation>
    </message>
    <message>
        <source>alert {id}</source>
        <translation>alerte {id}</translation>
    </message>
    <message>
        <source>care plan {id}</source>
        <translation>plan de soins {id}</translation>
    </message>
    <message>
        <source>Retract a message</source>
        <translation>Retirer un message</translation>
    </message>
    <message>
        <source>Why is this message retracted? It stays in the thread with your name and the reason.</source>
        <translation>Pourquoi retirer ce message&#xa0;? Il reste dans le fil avec votre nom et le motif.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Anticholinergic burden and risk timeline</source>
        <translation>Évolution de la charge anticholinergique et du risque</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Anticholinergic score</source>
        <translation>Score anticholinergique</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <source>Serious findings</source>
        <translation>Constats graves</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>Knowledge used</source>
        <translation>Connaissances utilisées</translation>
    </message>
    <message>
        <source>Serious findings: contraindicated or to avoid. Only the interaction thesaurus is kept for each edition the practice installed; the anticholinergic scale, the other rules and the recorded conditions are today&apos;s.</source>
        <translation>Constats graves&#xa0;: contre-indiqués ou à éviter. Seul le thésaurus des interactions est conservé pour chaque édition installée par le cabinet&#xa0;; l&apos;échelle anticholinergique, les autres règles et les affections enregistrées sont celles d&apos;aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>début&#xa0;: %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêt&#xa0;: %1</translation>
    </message>
    <message>
        <source>dose changed: %1</source>
        <translation>dose modifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>ANSM thesaurus %1, in force on that date</source>
        <translation>thésaurus ANSM %1, en vigueur à cette date</translation>
    </message>
    <message>
        <source>today&apos;s knowledge (ANSM %1): the edition in force then is not kept</source>
        <translation>connaissances d&apos;aujourd&apos;hui (ANSM %1)&#xa0;: l&apos;édition alors en vigueur n&apos;est pas conservée</translation>
    </message>
    <message>
        <source>Anticholinergic burden and risk over time</source>
        <translation>Évolution de la charge anticholinergique et du risque</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <source>Open the practice database</source>
        <translation>Ouvrir la base de données du cabinet</translation>
    </message>
    <message>
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>La clé de la base de données n&apos;a pas pu être lue dans le trousseau de clés de cet ordinateur. Motif&#xa0;: %1. Saisissez la phrase de passe du cabinet ou le code de récupération de la fiche imprimée pour ouvrir la base de données.</translation>
    </message>
    <message>
        <source>no keyring is available</source>
        <translation>aucun trousseau de clés n&apos;est disponible</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Fichier de la base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Practice passphrase</source>
        <translation>Phrase de passe du cabinet</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Code de récupération&#xa0;: saisissez le code de la fiche de récupération.</translation>
    </message>
    <message>
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Phrase de passe&#xa0;: saisissez la phrase de passe du cabinet.</translation>
    </message>
    <message>
        <source>Checking… This takes a few seconds.</source>
        <translation>Vérification… Cela prend quelques secondes.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Cordée</source>
        <translation>Bienvenue dans Cordée</translation>
    </message>
    <message>
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>Cet assistant configure votre cabinet&#xa0;: son nom, le premier administrateur et la base de données chiffrée qui contiendra les dossiers patients.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the intake</source>
        <translation>Retirer la demande d&apos;accueil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation>En révision</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychologique</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environnemental</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non réalisée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Practice staff</source>
        <translation>Équipe du cabinet</translation>
    </message>
    <message>
        <source>Hospital service</source>
        <translation>Service hospitalier</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Soins infirmiers à domicile</translation>
    </message>
    <message>
        <source>DAC (coordination support)</source>
        <translation>DAC (dispositif d&apos;appui à la coordination)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <source>Family caregiver</source>
        <translation>Proche aidant</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmaciens</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Infirmiers en pratique avancée</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <source>Medical situation</source>
        <translation>Situation médicale</translation>
    </message>
    <message>
        <source>Psychological situation</source>
        <translation>Situation psychologique</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>Situation sociale</translation>
    </message>
    <message>
        <source>Environmental situation</source>
        <translation>Situation environnementale</translation>
    </message>
    <message>
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Attentes et préférences du patient</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <source>Advance directives dated</source>
        <translation>Directives anticipées datées du</translation>
    </message>
    <message>
        <source>Where they are kept</source>
        <translation>Lieu de conservation</translation>
    </message>
    <message>
        <source>Trusted person&apos;s contact</source>
        <translation>Coordonnées de la personne de confiance</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Désignée le</translation>
    </message>
    <message>
        <source>Alert procedure (who to call)</source>
        <translation>Procédure d&apos;alerte (qui appeler)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Practice staff member</source>
        <translation>Membre du cabinet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>…or from the directory</source>
        <translation>…ou depuis l&apos;annuaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Problem or need</source>
        <translation>Problème ou besoin</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Indicateur de suivi</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Problems addressed</source>
        <translation>Problèmes concernés</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <source>…or a role</source>
        <translation>…ou un rôle</translation>
    </message>
    <message>
        <source>…or an outside contact</source>
        <translation>…ou un intervenant extérieur</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</source>
        <translation>Répétition (règle iCalendar, p. ex. FREQ=WEEKLY)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Need or goal not met</source>
        <translation>Besoin ou objectif non couvert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reported to the territory</source>
        <translation>Signalé au territoire</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bientôt dû</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Saisie manuelle</translation>
    </message>
    <message>
        <source>Hospital letter</source>
        <translation>Courrier hospitalier</translation>
    </message>
    <message>
        <source>Task result</source>
        <translation>Résultat de tâche</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Dû dans les 30 jours</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>&amp;Protocols…</source>
        <translation>Pr&amp;otocoles de coopération…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>&amp;Mes tâches</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Recall patients…</source>
        <translation>&amp;Rappel de patients…</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <source>Filter (patient, task, status…)</source>
        <translation>Filtrer (patient, tâche, statut…)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Afficher les clôturées</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Prendre en c&amp;harge</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>Dossi&amp;er</translation>
    </message>
    <message>
        <source>&amp;Print today…</source>
        <translation>&amp;Imprimer la journée…</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <source>Save the day&apos;s worklist</source>
        <translation>Enregistrer la liste de travail du jour</translation>
    </message>
    <message>
        <source>worklist-%1.pdf</source>
        <translation>liste-de-travail-%1.pdf</translation>
    </message>
    <message>
        <source>Worklist of %1 — %2</source>
        <translation>Liste de travail de %1 — %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Imprimé par %1</translation>
    </message>
    <message>
        <source>No task due.</source>
        <translation>Aucune tâche à échéance.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Protocol / act</source>
        <translation>Protocole / acte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cordée met an unexpected error (%1); what you were doing may not have been completed. The details (without patient data) were written to %2.</source>
        <translation>Cordée a rencontré une erreur inattendue (%1)&#xa0;; l&apos;action en cours n&apos;a peut-être pas abouti. Les détails (sans données de patients) ont été écrits dans %2.</translation>
    </message>
    <message>
        <source>the log could not be written</source>
        <translation>le journal n&apos;a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>membre de l&apos;équipe</translation>
    </message>
    <message>
        <source>medication line</source>
        <translation>ligne de traitement</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>plan de soins</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>care plan version</source>
        <translation>version du plan de soins</translation>
    </message>
    <message>
        <source>care plan member</source>
        <translation>membre du cercle de soins</translation>
    </message>
    <message>
        <source>care plan problem</source>
        <translation>problème du plan de soins</translation>
    </message>
    <message>
        <source>care plan goal</source>
        <translation>objectif du plan de soins</translation>
    </message>
    <message>
        <source>care plan action</source>
        <translation>action du plan de soins</translation>
    </message>
    <message>
        <source>care plan unmet need</source>
        <translation>besoin non couvert du plan de soins</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>protocol enrolment</source>
        <translation>inclusion dans un protocole</translation>
    </message>
    <message>
        <source>protocol adherence</source>
        <translation>adhésion à un protocole</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>conciliation</translation>
    </message>
    <message>
        <source>reconciliation item</source>
        <translation>ligne de conciliation</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>fiche de bilan</translation>
    </message>
    <message>
        <source>DAUM alert</source>
        <translation>alerte DAUM</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>hospital event</source>
        <translation>événement hospitalier</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>réunion</translation>
    </message>
    <message>
        <source>meeting record</source>
        <translation>compte rendu de réunion</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>adressage</translation>
    </message>
    <message>
        <source>maturity period</source>
        <translation>campagne d&apos;autoévaluation</translation>
    </message>
    <message>
        <source>maturity answer set</source>
        <translation>réponses d&apos;autoévaluation</translation>
    </message>
    <message>
        <source>deprescribing plan</source>
        <translation>plan de déprescription</translation>
    </message>
    <message>
        <source>deprescribing step</source>
        <translation>étape de déprescription</translation>
    </message>
    <message>
        <source>emergency access</source>
        <translation>accès d&apos;urgence</translation>
    </message>
    <message>
        <source>message thread</source>
        <translation>fil de discussion</translation>
    </message>
    <message>
        <source>team message</source>
        <translation>message d&apos;équipe</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>accueil du nouveau patient</translation>
    </message>
    <message>
        <source>directory resource</source>
        <translation>ressource de l&apos;annuaire</translation>
    </message>
    <message>
        <source>directory pathway</source>
        <translation>parcours de l&apos;annuaire</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>contains a forbidden character</source>
        <translation>contient un caractère interdit</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>est trop long ({max} caractères au plus)</translation>
    </message>
    <message>
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>doit être une date comme 31.12.1950 ou 31/12/1950</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>n&apos;est pas une date réelle du calendrier</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be between {min} and {max}</source>
        <translation>doit être compris entre {min} et {max}</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>doit être l&apos;une des valeurs suivantes&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>must be at least {min} characters long</source>
        <translation>doit comporter au moins {min} caractères</translation>
    </message>
    <message>
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>doit comporter 15 caractères&#xa0;: 13 pour le numéro et 2 pour la clé</translation>
    </message>
    <message>
        <source>the control key does not match the number</source>
        <translation>la clé de contrôle ne correspond pas au numéro</translation>
    </message>
    <message>
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>doit comporter 13 chiffres commençant par 756 (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>le chiffre de contrôle est faux</translation>
    </message>
    <message>
        <source>must be {count} digits</source>
        <translation>doit comporter {count} chiffres</translation>
    </message>
    <message>
        <source>must be {min} to {max} digits</source>
        <translation>doit comporter de {min} à {max} chiffres</translation>
    </message>
    <message>
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>doit comporter 9 caractères (département + 7 chiffres)</translation>
    </message>
    <message>
        <source>This record no longer exists ({entity} {entity_id}).</source>
        <translation>Cet enregistrement n&apos;existe plus ({entity} {entity_id}).</translation>
    </message>
    <message>
        <source>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</source>
        <translation>Cet enregistrement a été modifié par {changed_by} le {changed_at} depuis que vous l&apos;avez ouvert. Rechargez-le, puis refaites votre modification.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The action could not be done.</source>
        <translation>L&apos;action n&apos;a pas pu être effectuée.</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>n&apos;est pas valide</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation>doit valoir au moins {min}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>le fichier est illisible ({error})</translation>
    </message>
    <message>
        <source>the card is written as .json or .pdf</source>
        <translation>la carte s&apos;écrit en .json ou en .pdf</translation>
    </message>
    <message>
        <source>the package is written as .zip</source>
        <translation>le paquet s&apos;enregistre au format .zip</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{path} is a folder, give a file name</source>
        <translation>{path} est un dossier, indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>the file is larger than {max} bytes: give a file that holds only the secret</source>
        <translation>le fichier dépasse {max} octets&#xa0;: donnez un fichier qui ne contient que le secret</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>le fichier n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>must be a database file (a PostgreSQL server is checked on the server)</source>
        <translation>doit être un fichier de base de données (un serveur PostgreSQL se vérifie sur le serveur)</translation>
    </message>
    <message>
        <source>only with a database file (a PostgreSQL server has no recovery code)</source>
        <translation>seulement avec un fichier de base de données (un serveur PostgreSQL n&apos;a pas de code de récupération)</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file FILE or set CORDEE_PASSPHRASE.</source>
        <translation>Aucune phrase de passe&#xa0;: utilisez --passphrase-file FICHIER ou définissez CORDEE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No password: use --password-file FILE or set CORDEE_PASSWORD.</source>
        <translation>Aucun mot de passe&#xa0;: utilisez --password-file FICHIER ou définissez CORDEE_PASSWORD.</translation>
    </message>
    <message>
        <source>Nothing installed: confirm with --yes when the command does not run in a terminal.</source>
        <translation>Rien n&apos;a été installé&#xa0;: confirmez avec --yes lorsque la commande ne s&apos;exécute pas dans un terminal.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); the command stopped. The details (without patient data) are in {log}.</source>
        <translation>Erreur inattendue ({kind})&#xa0;; la commande s&apos;est arrêtée. Les détails (sans données de patients) sont dans {log}.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} est un dossier&#xa0;: indiquez un nom de fichier</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a link or a device): choose another name</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (un lien ou un périphérique)&#xa0;: choisissez un autre nom</translation>
    </message>
    <message>
        <source>the font file {file} is missing from the installation: reinstall Cordée</source>
        <translation>le fichier de police {file} manque dans l&apos;installation&#xa0;: réinstallez Cordée</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason})</source>
        <translation>impossible d&apos;écrire {path} ({reason})</translation>
    </message>
    <message>
        <source>a plan in status «{plan_status}» cannot move to «{wanted_plan_status}» (possible: {next_plan_statuses})</source>
        <translation>un plan au statut « {plan_status} » ne peut pas passer au statut « {wanted_plan_status} » (possibles&#xa0;: {next_plan_statuses})</translation>
    </message>
    <message>
        <source>a plan in status «{plan_status}» cannot be changed: revise it first</source>
        <translation>un plan au statut « {plan_status} » ne peut pas être modifié&#xa0;: révisez-le d&apos;abord</translation>
    </message>
    <message>
        <source>a closed plan cannot be changed</source>
        <translation>un plan clôturé ne peut pas être modifié</translation>
    </message>
    <message>
        <source>is required before the plan is validated</source>
        <translation>est obligatoire avant la validation du plan</translation>
    </message>
    <message>
        <source>a plan needs at least one shared goal to be validated</source>
        <translation>un plan doit comporter au moins un objectif partagé pour être validé</translation>
    </message>
    <message>
        <source>already has a care plan that is not closed</source>
        <translation>a déjà un plan de soins non clôturé</translation>
    </message>
    <message>
        <source>patient {patient_id} has no care plan</source>
        <translation>le patient {patient_id} n&apos;a pas de plan de soins</translation>
    </message>
    <message>
        <source>is not a part of a care plan</source>
        <translation>n&apos;est pas un élément d&apos;un plan de soins</translation>
    </message>
    <message>
        <source>must be a patient of the practice</source>
        <translation>doit être un patient du cabinet</translation>
    </message>
    <message>
        <source>must be an SFPC problem code (1.1 to 1.10)</source>
        <translation>doit être un code de problème SFPC (1.1 à 1.10)</translation>
    </message>
    <message>
        <source>at least one medication is required (except for an untreated indication)</source>
        <translation>au moins un médicament est obligatoire (sauf pour une indication non traitée)</translation>
    </message>
    <message>
        <source>must be a medication of this patient</source>
        <translation>doit être un médicament de ce patient</translation>
    </message>
    <message>
        <source>is a stopped medication</source>
        <translation>est un médicament arrêté</translation>
    </message>
    <message>
        <source>must be stop, change or add</source>
        <translation>doit être stop (arrêt), change (modification) ou add (ajout)</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>ne doit pas être dans le futur</translation>
    </message>
    <message>
        <source>must be urgent, 24h or routine</source>
        <translation>doit être urgent, 24h ou routine</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>ne doit pas être dans le passé</translation>
    </message>
    <message>
        <source>must be within a year</source>
        <translation>doit être dans moins d&apos;un an</translation>
    </message>
    <message>
        <source>is required: the patient has no médecin traitant in the practice</source>
        <translation>est obligatoire&#xa0;: le patient n&apos;a pas de médecin traitant au cabinet</translation>
    </message>
    <message>
        <source>must be an active physician of the practice</source>
        <translation>doit être un médecin actif du cabinet</translation>
    </message>
    <message>
        <source>is not a current finding of this patient&apos;s review</source>
        <translation>n&apos;est pas un résultat actuel de la revue de ce patient</translation>
    </message>
    <message>
        <source>already has an open alert (#{alert_id})</source>
        <translation>fait déjà l&apos;objet d&apos;une alerte ouverte (n° {alert_id})</translation>
    </message>
    <message>
        <source>was kept as is by the doctor on {day} (alert #{alert_id}) and nothing relevant has changed since</source>
        <translation>a été maintenu tel quel par le médecin le {day} (alerte n° {alert_id}) et rien de pertinent n&apos;a changé depuis</translation>
    </message>
    <message>
        <source>this alert is already closed ({alert_state})</source>
        <translation>cette alerte est déjà close ({alert_state})</translation>
    </message>
    <message>
        <source>there is no question waiting for a reply</source>
        <translation>aucune question n&apos;attend de réponse</translation>
    </message>
    <message>
        <source>the change made is required</source>
        <translation>la modification effectuée est obligatoire</translation>
    </message>
    <message>
        <source>medication line {line_id} is not on this patient&apos;s list</source>
        <translation>la ligne de médicament {line_id} ne figure pas sur la liste de ce patient</translation>
    </message>
    <message>
        <source>is required (hospital and department)</source>
        <translation>est obligatoire (hôpital et service)</translation>
    </message>
    <message>
        <source>this reconciliation is already validated</source>
        <translation>cette conciliation est déjà validée</translation>
    </message>
    <message>
        <source>must be intentional_documented, to_be_clarified or keep_current</source>
        <translation>doit être intentionnel documenté, à clarifier ou garder la ligne actuelle</translation>
    </message>
    <message>
        <source>an intentional change must be documented (why it was made)</source>
        <translation>un changement intentionnel doit être justifié (pourquoi il a été fait)</translation>
    </message>
    <message>
        <source>an added drug has no current line to keep</source>
        <translation>un médicament ajouté n&apos;a pas de ligne actuelle à garder</translation>
    </message>
    <message>
        <source>only a difference to be clarified can be sent</source>
        <translation>seul un écart à clarifier peut être envoyé</translation>
    </message>
    <message>
        <source>must be alert or task</source>
        <translation>doit être alerte ou tâche</translation>
    </message>
    <message>
        <source>still to be clarified: line {lines}</source>
        <translation>encore à clarifier&#xa0;: ligne {lines}</translation>
    </message>
    <message>
        <source>no line to be clarified is waiting to be sent</source>
        <translation>aucune ligne à clarifier n&apos;attend d&apos;être envoyée</translation>
    </message>
    <message>
        <source>this line was already sent in alert #{alert_id}</source>
        <translation>cette ligne a déjà été envoyée dans l&apos;alerte #{alert_id}</translation>
    </message>
    <message>
        <source>this alert holds several lines: answer each line on its own</source>
        <translation>cette alerte contient plusieurs lignes&#xa0;: répondez à chaque ligne séparément</translation>
    </message>
    <message>
        <source>this line is not part of alert #{alert_id}</source>
        <translation>cette ligne ne fait pas partie de l&apos;alerte #{alert_id}</translation>
    </message>
    <message>
        <source>this line was already answered by {by} on {day}: nothing was changed</source>
        <translation>cette ligne a déjà reçu une réponse de {by} le {day}&#xa0;: rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>must be bpm or pmc</source>
        <translation>doit être bpm (bilan partagé de médication) ou pmc (Polymedikations-Check)</translation>
    </message>
    <message>
        <source>recommendation {row}: its kind must be one of 1 to 5, given once, and the patient&apos;s agreement yes, no or not asked</source>
        <translation>recommandation {row}&#xa0;: son type doit être l&apos;un de 1 à 5, une seule fois, et l&apos;accord du patient oui, non ou non demandé</translation>
    </message>
    <message>
        <source>has no finished Polymedication Check (a PMC worksheet with its analysis date and a conclusion)</source>
        <translation>n&apos;a pas de Polymedication Check terminé (une fiche PMC avec sa date d&apos;analyse et une conclusion)</translation>
    </message>
    <message>
        <source>must be json or pdf</source>
        <translation>doit être json ou pdf</translation>
    </message>
    <message>
        <source>must be a .json file</source>
        <translation>doit être un fichier .json</translation>
    </message>
    <message>
        <source>has no answer of the doctor on a medication line yet (nothing to send as pharmaceutical advice)</source>
        <translation>n&apos;a pas encore de réponse du médecin sur une ligne de médication (rien à transmettre comme avis pharmaceutique)</translation>
    </message>
    <message>
        <source>the answer concerns several medication lines ({lines}): choose one (one document per line)</source>
        <translation>la réponse concerne plusieurs lignes de médication ({lines})&#xa0;: choisissez-en une (un document par ligne)</translation>
    </message>
    <message>
        <source>line {line_id} is not one the answer concerns</source>
        <translation>la ligne {line_id} n&apos;est pas concernée par la réponse</translation>
    </message>
    <message>
        <source>must not be before the previous step</source>
        <translation>ne doit pas précéder l&apos;étape précédente</translation>
    </message>
    <message>
        <source>{finding} is not a finding of this worksheet</source>
        <translation>{finding} n&apos;est pas un résultat de cette fiche</translation>
    </message>
    <message>
        <source>the proposal “{proposal}” needs {needs}: give it, or choose another kind of proposal</source>
        <translation>la proposition « {proposal} » demande {needs}&#xa0;: indiquez-le ou choisissez une autre sorte de proposition</translation>
    </message>
    <message>
        <source>a proposal “{proposal}” does not change the medication list: leave the changes empty</source>
        <translation>une proposition « {proposal} » ne change pas la liste des traitements&#xa0;: laissez les changements vides</translation>
    </message>
    <message>
        <source>{line_action} is not part of a proposal “{proposal}”</source>
        <translation>{line_action} ne fait pas partie d&apos;une proposition « {proposal} »</translation>
    </message>
    <message>
        <source>changes nothing: give the new values</source>
        <translation>ne change rien&#xa0;: indiquez les nouvelles valeurs</translation>
    </message>
    <message>
        <source>{name} was changed since the proposal: answer with Modify, from the line as it is now</source>
        <translation>{name} a été modifié depuis la proposition&#xa0;: répondez par « Modifier… », à partir de la ligne telle qu&apos;elle est maintenant</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lue</translation>
    </message>
    <message>
        <source>question asked</source>
        <translation>question posée</translation>
    </message>
    <message>
        <source>question answered</source>
        <translation>question répondue</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modifiée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>the line to stop</source>
        <translation>la ligne à arrêter</translation>
    </message>
    <message>
        <source>the new values of the line</source>
        <translation>les nouvelles valeurs de la ligne</translation>
    </message>
    <message>
        <source>the new product</source>
        <translation>le nouveau produit</translation>
    </message>
    <message>
        <source>only an outside member comes from the directory</source>
        <translation>seul un membre extérieur peut venir de l&apos;annuaire</translation>
    </message>
    <message>
        <source>is not an active resource of the directory</source>
        <translation>n&apos;est pas une ressource active de l&apos;annuaire</translation>
    </message>
    <message>
        <source>is not a plausible date</source>
        <translation>n&apos;est pas une date plausible</translation>
    </message>
    <message>
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>doit être un membre actif du cabinet, soignant ou secrétariat</translation>
    </message>
    <message>
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>ne doit contenir que des chiffres, des espaces et + . ( ) -</translation>
    </message>
    <message>
        <source>must be an e-mail address like name@example.org</source>
        <translation>doit être une adresse e-mail comme nom@exemple.org</translation>
    </message>
    <message>
        <source>must be yes when a date or a place is given</source>
        <translation>doit être « oui » lorsqu&apos;une date ou un lieu est indiqué</translation>
    </message>
    <message>
        <source>is required when a contact or a designation date is given</source>
        <translation>est obligatoire lorsque des coordonnées ou une date de désignation sont indiquées</translation>
    </message>
    <message>
        <source>only for a member of the practice</source>
        <translation>uniquement pour un membre du cabinet</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>ne doit pas précéder la date de début</translation>
    </message>
    <message>
        <source>must be problems of this plan</source>
        <translation>doivent être des problèmes de ce plan</translation>
    </message>
    <message>
        <source>must be a goal of this plan</source>
        <translation>doit être un objectif de ce plan</translation>
    </message>
    <message>
        <source>choose one responsible: a person, a role or an outside contact</source>
        <translation>choisissez un seul responsable&#xa0;: une personne, un rôle ou un intervenant extérieur</translation>
    </message>
    <message>
        <source>needs a due date to start the series</source>
        <translation>nécessite une échéance pour démarrer la série</translation>
    </message>
    <message>
        <source>is only given when the need was reported to the territory</source>
        <translation>n&apos;est indiqué que si le besoin a été signalé au territoire</translation>
    </message>
    <message>
        <source>none (the plan is closed)</source>
        <translation>aucun (le plan est clôturé)</translation>
    </message>
    <message>
        <source>the task is {task_status}: it cannot move to «{wanted_task_status}» (possible: {next_task_statuses})</source>
        <translation>une tâche « {task_status} » ne peut pas passer à « {wanted_task_status} » (possibles&#xa0;: {next_task_statuses})</translation>
    </message>
    <message>
        <source>the task is {task_status}: it can no longer be edited</source>
        <translation>une tâche « {task_status} » ne peut plus être modifiée</translation>
    </message>
    <message>
        <source>the task is {task_status}: it cannot be claimed</source>
        <translation>une tâche « {task_status} » ne peut pas être prise en charge</translation>
    </message>
    <message>
        <source>the task is {task_status}: it can no longer be reassigned</source>
        <translation>une tâche « {task_status} » ne peut plus être réattribuée</translation>
    </message>
    <message>
        <source>claim the task from the pool first</source>
        <translation>prenez d&apos;abord la tâche en charge depuis le pool</translation>
    </message>
    <message>
        <source>is not a task status</source>
        <translation>n&apos;est pas un statut de tâche</translation>
    </message>
    <message>
        <source>choose either a person or a pool (one of the two)</source>
        <translation>choisissez une personne ou un pool (l&apos;un des deux)</translation>
    </message>
    <message>
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>doit être un nombre d&apos;unités comme 1, 0.5 ou 1/2</translation>
    </message>
    <message>
        <source>must be at most {max} units</source>
        <translation>doit être de {max} unités au plus</translation>
    </message>
    <message>
        <source>must be more than {min} and at most {max}</source>
        <translation>doit être supérieur à {min} et au plus {max}</translation>
    </message>
    <message>
        <source>must be a complete ATC code like B01AA03</source>
        <translation>doit être un code ATC complet comme B01AA03</translation>
    </message>
    <message>
        <source>a substance or a product name is required</source>
        <translation>une substance ou un nom commercial est obligatoire</translation>
    </message>
    <message>
        <source>must be at most 12 months after the start</source>
        <translation>doit être au plus 12 mois après le début</translation>
    </message>
    <message>
        <source>must be an active member of the practice</source>
        <translation>doit être un membre actif du cabinet</translation>
    </message>
    <message>
        <source>must be after 1900</source>
        <translation>doit être postérieure à 1900</translation>
    </message>
    <message>
        <source>is not a readable CHMED16A payload</source>
        <translation>n&apos;est pas un contenu CHMED16A lisible</translation>
    </message>
    <message>
        <source>must start with CHMED16A1 (or CHMED16A0)</source>
        <translation>doit commencer par CHMED16A1 (ou CHMED16A0)</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a folder of BDPM files.</source>
        <translation>{file} n&apos;est pas un dossier de fichiers BDPM.</translation>
    </message>
    <message>
        <source>{file} is a folder, choose the product list file.</source>
        <translation>{file} est un dossier, choisissez le fichier de la liste de produits.</translation>
    </message>
    <message>
        <source>{file} is missing from the folder {folder}.</source>
        <translation>{file} manque dans le dossier {folder}.</translation>
    </message>
    <message>
        <source>The BDPM folder has no CIP13 → ATC mapping (a .csv or .txt file whose name contains &quot;atc&quot;).</source>
        <translation>Le dossier BDPM n&apos;a pas de correspondance CIP13 → ATC (un fichier .csv ou .txt dont le nom contient « atc »).</translation>
    </message>
    <message>
        <source>The BDPM folder has {count} files whose name contains &quot;atc&quot;: keep only the CIP13 → ATC mapping.</source>
        <translation>Le dossier BDPM a {count} fichiers dont le nom contient « atc »&#xa0;: n&apos;y laissez que la correspondance CIP13 → ATC.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the column {column} is missing from the header.</source>
        <translation>{file}, ligne {line}&#xa0;: la colonne {column} manque dans l&apos;en-tête.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the column {column} is given twice ({header}).</source>
        <translation>{file}, ligne {line}&#xa0;: la colonne {column} figure deux fois ({header}).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: the value is missing.</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: la valeur manque.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: empty value.</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: valeur vide.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: truncated line ({found} columns, {expected} expected).</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: ligne tronquée ({found} colonnes, {expected} attendues).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: too many columns ({found}, {expected} expected).</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: trop de colonnes ({found}, {expected} attendues).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a valid ATC code.</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: {value} n&apos;est pas un code ATC valide.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a CIS code (8 digits).</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: {value} n&apos;est pas un code CIS (8 chiffres).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a valid code of 13 digits with its check digit.</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: {value} n&apos;est pas un code valide de 13 chiffres avec sa clé de contrôle.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is given twice.</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: {value} figure deux fois.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not one of {allowed}.</source>
        <translation>{file}, ligne {line}, colonne {column}&#xa0;: {value} n&apos;est pas l&apos;une des valeurs {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} is missing in {folder}.</source>
        <translation>Base de connaissances&#xa0;: {where} manque dans {folder}.</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} cannot be read ({reason}).</source>
        <translation>Base de connaissances&#xa0;: {where} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} is not valid JSON at line {line}, column {column} ({reason}).</source>
        <translation>Base de connaissances&#xa0;: {where} n&apos;est pas du JSON valide à la ligne {line}, colonne {column} ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: must be a JSON object.</source>
        <translation>Base de connaissances, {where}&#xa0;: doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a JSON object.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a JSON object that is not empty.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit être un objet JSON non vide.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a list.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit être une liste.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown key {key}.</source>
        <translation>Base de connaissances, {where}&#xa0;: clé inconnue {key}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the key {key} is missing.</source>
        <translation>Base de connaissances, {where}&#xa0;: la clé {key} manque.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown source {value}.</source>
        <translation>Base de connaissances, {where}&#xa0;: source inconnue {value}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a text that is not empty.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit être un texte non vide.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} is not a severity (in {key}).</source>
        <translation>Base de connaissances, {where}&#xa0;: {value} n&apos;est pas une gravité (dans {key}).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must have exactly the languages {languages}.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit avoir exactement les langues {languages}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a list of ATC codes that is not empty.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit être une liste non vide de codes ATC.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown selector {value} in {key}.</source>
        <translation>Base de connaissances, {where}&#xa0;: sélecteur inconnu {value} dans {key}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} in {key} is not a valid ATC code.</source>
        <translation>Base de connaissances, {where}&#xa0;: {value} dans {key} n&apos;est pas un code ATC valide.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} in {key} is not a valid ICD-10 code.</source>
        <translation>Base de connaissances, {where}&#xa0;: {value} dans {key} n&apos;est pas un code CIM-10 valide.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a number.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit être un nombre.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a whole number of 1 or more.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit être un nombre entier égal ou supérieur à 1.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} is {value}, but must be one of {allowed}.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} vaut {value}, mais doit être l&apos;une des valeurs {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must have the form {expected}.</source>
        <translation>Base de connaissances, {where}&#xa0;: {key} doit avoir la forme {expected}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: give either atc (one class) or groups (two classes).</source>
        <translation>Base de connaissances, {where}&#xa0;: indiquez soit atc (une classe), soit groups (deux classes).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: pair must name two of {allowed}.</source>
        <translation>Base de connaissances, {where}&#xa0;: pair doit nommer deux valeurs parmi {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the cross-reactive target {value} is not a class.</source>
        <translation>Base de connaissances, {where}&#xa0;: la cible de réaction croisée {value} n&apos;est pas une classe.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: this id is already used in {other_file}.</source>
        <translation>Base de connaissances, {where}&#xa0;: cet identifiant est déjà utilisé dans {other_file}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the list {value} is not one of {allowed}.</source>
        <translation>Base de connaissances, {where}&#xa0;: la liste {value} n’est pas l’une de {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: minimum age {value} is below the age of the list {list} ({minimum}).</source>
        <translation>Base de connaissances, {where}&#xa0;: l’âge minimal {value} est inférieur à l’âge de la liste {list} ({minimum}).</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>doit être un objet JSON</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>{value} is not a list for older people ({allowed})</source>
        <translation>{value} n’est pas une liste pour les personnes âgées ({allowed})</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>doit être une liste de chaînes de caractères</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be a number or null, not {json_type}</source>
        <translation>doit être un nombre ou null, pas {json_type}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>ne doit pas être négatif</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>doit être une date écrite AAAA-MM-JJ (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{value} is not a date (expected YYYY-MM-DD)</source>
        <translation>{value} n&apos;est pas une date (attendu&#xa0;: AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must not be after as_of</source>
        <translation>ne doit pas être postérieure à as_of</translation>
    </message>
    <message>
        <source>must be F, M, X, U or null</source>
        <translation>doit être F, M, X, U ou null</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manque</translation>
    </message>
    <message>
        <source>{value} is not a valid ATC code</source>
        <translation>{value} n&apos;est pas un code ATC valide</translation>
    </message>
    <message>
        <source>must be a string or a whole number</source>
        <translation>doit être une chaîne de caractères ou un nombre entier</translation>
    </message>
    <message>
        <source>{value} is not a language of the review (fr, de or en)</source>
        <translation>{value} n&apos;est pas une langue de la revue (fr, de ou en)</translation>
    </message>
    <message>
        <source>is not valid JSON (column {column}: {reason})</source>
        <translation>n&apos;est pas du JSON valide (colonne {column}&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>is nested too deeply to be read</source>
        <translation>est imbriqué trop profondément pour être lu</translation>
    </message>
    <message>
        <source>holds a number of more than {max} digits</source>
        <translation>contient un nombre de plus de {max} chiffres</translation>
    </message>
    <message>
        <source>the review failed (internal error: {reason})</source>
        <translation>la revue a échoué (erreur interne&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>Line {line}, {json_field}: {problem}</source>
        <translation>Ligne {line}, {json_field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Case {case}, {json_field}: {problem}</source>
        <translation>Cas {case}, {json_field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The input file {path} does not exist.</source>
        <translation>Le fichier d&apos;entrée {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The input file {path} cannot be read ({reason}).</source>
        <translation>Le fichier d&apos;entrée {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>The input file {path} is larger than {limit_mb} MB: split it into smaller files.</source>
        <translation>Le fichier d&apos;entrée {path} dépasse {limit_mb} Mo&#xa0;: répartissez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Line {line} of {path} is longer than {limit_kb} KB: give one case per line, each smaller than that.</source>
        <translation>La ligne {line} de {path} dépasse {limit_kb} Ko&#xa0;: un cas par ligne, chacun plus petit que cela.</translation>
    </message>
    <message>
        <source>The input file {path} holds more than {limit} cases: split it into smaller files.</source>
        <translation>Le fichier d&apos;entrée {path} contient plus de {limit} cas&#xa0;: répartissez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The output file {path} cannot be written ({reason}).</source>
        <translation>Le fichier de sortie {path} ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <source>must be an amount like 1, 0.5 or 1/2</source>
        <translation>doit être une quantité comme 1, 0,5 ou 1/2</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>doit être au plus {max}</translation>
    </message>
    <message>
        <source>give at least one amount (morning, noon, evening or night)</source>
        <translation>indiquez au moins une quantité (matin, midi, soir ou nuit)</translation>
    </message>
    <message>
        <source>give at least one day with its amount</source>
        <translation>indiquez au moins un jour avec sa quantité</translation>
    </message>
    <message>
        <source>at most {max} takings</source>
        <translation>au plus {max} prises</translation>
    </message>
    <message>
        <source>this day and time are given twice</source>
        <translation>ce jour et cette heure sont donnés deux fois</translation>
    </message>
    <message>
        <source>must be a time like 08:00</source>
        <translation>doit être une heure comme 08:00</translation>
    </message>
    <message>
        <source>is not used by this schedule: leave it empty</source>
        <translation>n&apos;est pas utilisé par cette posologie&#xa0;: laissez-le vide</translation>
    </message>
    <message>
        <source>must not be less than the amount per taking</source>
        <translation>ne doit pas être inférieur à la quantité par prise</translation>
    </message>
    <message>
        <source>is needed when a maximum a day is given</source>
        <translation>est nécessaire quand un maximum par jour est donné</translation>
    </message>
    <message>
        <source>is not a unit of the list</source>
        <translation>n&apos;est pas une unité de la liste</translation>
    </message>
    <message>
        <source>is not a route of the EDQM list</source>
        <translation>n&apos;est pas une voie de la liste EDQM</translation>
    </message>
    <message>
        <source>give a coded route or a text, not both</source>
        <translation>indiquez une voie codée ou un texte, pas les deux</translation>
    </message>
    <message>
        <source>is too large for a medication plan (more than {max})</source>
        <translation>est trop volumineux pour un plan de médication (plus de {max})</translation>
    </message>
    <message>
        <source>the field {path} must be an object</source>
        <translation>le champ {path} doit être un objet</translation>
    </message>
    <message>
        <source>the field {path} must be a list</source>
        <translation>le champ {path} doit être une liste</translation>
    </message>
    <message>
        <source>the field {path} must be a number</source>
        <translation>le champ {path} doit être un nombre</translation>
    </message>
    <message>
        <source>the field {path} must be a text</source>
        <translation>le champ {path} doit être un texte</translation>
    </message>
    <message>
        <source>the field {path} must be true or false</source>
        <translation>le champ {path} doit valoir vrai ou faux</translation>
    </message>
    <message>
        <source>is not a readable CHMED23A code</source>
        <translation>n&apos;est pas un code CHMED23A lisible</translation>
    </message>
    <message>
        <source>is a CHMED23{version} code: Cordée reads CHMED23A</source>
        <translation>est un code CHMED23{version}&#xa0;: Cordée lit CHMED23A</translation>
    </message>
    <message>
        <source>is a CHMED23A code in {total} parts and {found} were pasted: paste all the parts together</source>
        <translation>est un code CHMED23A en {total} parties et {found} ont été collées&#xa0;: collez toutes les parties ensemble</translation>
    </message>
    <message>
        <source>the field {path} must be a date (ISO 8601)</source>
        <translation>le champ {path} doit être une date (ISO 8601)</translation>
    </message>
    <message>
        <source>the field {path} is out of range</source>
        <translation>le champ {path} est hors des limites admises</translation>
    </message>
    <message>
        <source>the field {path} has more than {max} entries</source>
        <translation>le champ {path} a plus de {max} éléments</translation>
    </message>
    <message>
        <source>the field {path} is longer than {max} characters</source>
        <translation>le champ {path} dépasse {max} caractères</translation>
    </message>
    <message>
        <source>the field {path} is nested too deeply</source>
        <translation>le champ {path} est imbriqué trop profondément</translation>
    </message>
    <message>
        <source>the field {path} is missing</source>
        <translation>le champ {path} manque</translation>
    </message>
    <message>
        <source>the thesaurus file {file} cannot be read ({reason})</source>
        <translation>le fichier du thésaurus {file} ne peut pas être lu ({reason})</translation>
    </message>
    <message>
        <source>the thesaurus file {file} is not an ANSM thesaurus in JSON form: {problem}; nothing was installed</source>
        <translation>le fichier {file} n&apos;est pas un thésaurus ANSM au format JSON&#xa0;: {problem}&#xa0;; rien n&apos;a été installé</translation>
    </message>
    <message>
        <source>must be an edition like 2023-09, not &apos;{value}&apos;</source>
        <translation>doit être une édition comme 2023-09, pas « {value} »</translation>
    </message>
    <message>
        <source>edition {value} is not newer than the installed edition {installed}; nothing was installed</source>
        <translation>l&apos;édition {value} n&apos;est pas plus récente que l&apos;édition installée {installed}&#xa0;; rien n&apos;a été installé</translation>
    </message>
    <message>
        <source>the medication knowledge file {file} is not valid (entry {entry}): {problem}</source>
        <translation>le fichier de connaissances médicamenteuses {file} n&apos;est pas valide (entrée {entry})&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>must be a time like 08:30</source>
        <translation>doit être une heure comme 08:30</translation>
    </message>
    <message>
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>doit comporter de 2 à 40 lettres minuscules, chiffres ou tirets bas</translation>
    </message>
    <message>
        <source>must be routine, urgent, asap or stat</source>
        <translation>doit être routine, urgent, asap ou stat</translation>
    </message>
    <message>
        <source>names no active member of the practice: {logins}</source>
        <translation>ne désigne aucun membre actif du cabinet&#xa0;: {logins}</translation>
    </message>
    <message>
        <source>at most {max} members can be mentioned</source>
        <translation>{max} membres au plus peuvent être mentionnés</translation>
    </message>
    <message>
        <source>{names} may not read this patient&apos;s chart: they cannot be mentioned in this thread</source>
        <translation>{names} n&apos;a pas accès au dossier de ce patient&#xa0;: impossible de le mentionner dans ce fil</translation>
    </message>
    <message>
        <source>is not a patient of the practice</source>
        <translation>n&apos;est pas un patient du cabinet</translation>
    </message>
    <message>
        <source>this message was already retracted on {day}</source>
        <translation>ce message a déjà été retiré le {day}</translation>
    </message>
    <message>
        <source>a retracted message cannot be turned into a record</source>
        <translation>un message retiré ne peut pas être transformé</translation>
    </message>
    <message>
        <source>this thread is about no patient</source>
        <translation>ce fil ne concerne aucun patient</translation>
    </message>
    <message>
        <source>the patient has no care plan in force: start one first</source>
        <translation>le patient n&apos;a pas de plan de soins en cours&#xa0;: créez-en d&apos;abord un</translation>
    </message>
    <message>
        <source>needs a due date</source>
        <translation>nécessite une échéance</translation>
    </message>
    <message>
        <source>needs an origin type and a positive id</source>
        <translation>nécessite un type d&apos;origine et un identifiant positif</translation>
    </message>
    <message>
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>un acte n&apos;est enregistré que pour une tâche liée à un protocole</translation>
    </message>
    <message>
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>doit être une règle iCalendar comme FREQ=MONTHLY;INTERVAL=3</translation>
    </message>
    <message>
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>ne doit pas contenir DTSTART (l&apos;échéance démarre la série)</translation>
    </message>
    <message>
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>doit fixer FREQ à DAILY, WEEKLY, MONTHLY ou YEARLY</translation>
    </message>
    <message>
        <source>{part} must be a number</source>
        <translation>{part} doit être un nombre</translation>
    </message>
    <message>
        <source>{part} must be between {min} and {max}</source>
        <translation>{part} doit être compris entre {min} et {max}</translation>
    </message>
    <message>
        <source>ends before the series starts on the due date</source>
        <translation>se termine avant le début de la série (la date d&apos;échéance)</translation>
    </message>
    <message>
        <source>is not a valid iCalendar rule ({detail})</source>
        <translation>n&apos;est pas une règle iCalendar valide ({detail})</translation>
    </message>
    <message>
        <source>an absence lasts at most one year</source>
        <translation>une absence dure au plus un an</translation>
    </message>
    <message>
        <source>select at least one task</source>
        <translation>sélectionnez au moins une tâche</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>doit être un nombre entier de jours</translation>
    </message>
    <message>
        <source>must be between {min} and {max} days</source>
        <translation>doit être compris entre {min} et {max} jours</translation>
    </message>
    <message>
        <source>«{value}» is not a valid code prefix</source>
        <translation>« {value} » n&apos;est pas un préfixe de code valide</translation>
    </message>
    <message>
        <source>must be 2–60 letters, digits, dots, dashes or underscores</source>
        <translation>doit comporter de 2 à 60 lettres, chiffres, points, tirets ou tirets bas</translation>
    </message>
    <message>
        <source>must not be below the minimum age</source>
        <translation>ne doit pas être inférieur à l&apos;âge minimum</translation>
    </message>
    <message>
        <source>give both the task type and the number of months</source>
        <translation>indiquez à la fois le type de tâche et le nombre de mois</translation>
    </message>
    <message>
        <source>give at least one criterion (age, condition, medication or task not done)</source>
        <translation>indiquez au moins un critère (âge, pathologie, médicament ou tâche non réalisée)</translation>
    </message>
    <message>
        <source>is not a known protocol</source>
        <translation>n&apos;est pas un protocole connu</translation>
    </message>
    <message>
        <source>must be a past date after 1990</source>
        <translation>doit être une date passée, après 1990</translation>
    </message>
    <message>
        <source>{staff} is not of a profession the protocol «{protocol}» delegates to ({professions})</source>
        <translation>{staff} n&apos;exerce pas une profession à laquelle le protocole « {protocol} » délègue ({professions})</translation>
    </message>
    <message>
        <source>must be oral, written or electronic</source>
        <translation>doit être oral, écrit ou électronique</translation>
    </message>
    <message>
        <source>must be patient or representative</source>
        <translation>doit être le patient ou son représentant</translation>
    </message>
    <message>
        <source>the practice has not activated the protocol «{protocol}»</source>
        <translation>le cabinet n&apos;a pas activé le protocole « {protocol} »</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» is not valid on {day}</source>
        <translation>le protocole « {protocol} » n&apos;est pas en vigueur le {day}</translation>
    </message>
    <message>
        <source>choose one of the acts of the protocol «{protocol}» ({acts})</source>
        <translation>choisissez l&apos;un des actes du protocole « {protocol} » ({acts})</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» does not allow the act «{act}» (allowed: {acts})</source>
        <translation>le protocole « {protocol} » n&apos;autorise pas l&apos;acte « {act} » (actes autorisés&#xa0;: {acts})</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» does not delegate to the pool «{pool}»</source>
        <translation>le protocole « {protocol} » ne délègue pas au pool « {pool} »</translation>
    </message>
    <message>
        <source>a task under the protocol «{protocol}» needs a patient</source>
        <translation>une tâche relevant du protocole « {protocol} » doit concerner un patient</translation>
    </message>
    <message>
        <source>the patient is {patient_age}; the protocol «{protocol}» covers patients {age_range}</source>
        <translation>le patient a {patient_age}&#xa0;; le protocole « {protocol} » couvre les patients {age_range}</translation>
    </message>
    <message>
        <source>the patient is {patient_age}; the act «{act}» covers patients {age_range}</source>
        <translation>le patient a {patient_age}&#xa0;; l&apos;acte « {act} » couvre les patients {age_range}</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» covers only {sexes}</source>
        <translation>le protocole « {protocol} » ne couvre que {sexes}</translation>
    </message>
    <message>
        <source>the act «{act}» covers only {sexes}</source>
        <translation>l&apos;acte « {act} » ne couvre que {sexes}</translation>
    </message>
    <message>
        <source>the patient has none of the conditions the protocol «{protocol}» covers (ICD-10 {conditions})</source>
        <translation>le patient n&apos;a aucune des affections couvertes par le protocole « {protocol} » (CIM-10 {conditions})</translation>
    </message>
    <message>
        <source>the patient has none of the conditions the act «{act}» covers (ICD-10 {conditions})</source>
        <translation>le patient n&apos;a aucune des affections couvertes par l&apos;acte « {act} » (CIM-10 {conditions})</translation>
    </message>
    <message>
        <source>the patient takes none of the medications the protocol «{protocol}» covers (ATC {medications})</source>
        <translation>le patient ne prend aucun des médicaments couverts par le protocole « {protocol} » (ATC {medications})</translation>
    </message>
    <message>
        <source>the patient takes none of the medications the act «{act}» covers (ATC {medications})</source>
        <translation>le patient ne prend aucun des médicaments couverts par l&apos;acte « {act} » (ATC {medications})</translation>
    </message>
    <message>
        <source>the patient has an exclusion criterion of the protocol «{protocol}» (condition {condition}): refer to the doctor</source>
        <translation>le patient présente un critère d&apos;exclusion du protocole « {protocol} » (affection {condition})&#xa0;: adressez-le au médecin</translation>
    </message>
    <message>
        <source>the patient takes a medication that excludes the protocol «{protocol}» (ATC {medication}): refer to the doctor</source>
        <translation>le patient prend un médicament qui l&apos;exclut du protocole « {protocol} » (ATC {medication})&#xa0;: adressez-le au médecin</translation>
    </message>
    <message>
        <source>the patient is not enrolled (with consent) in the protocol «{protocol}»</source>
        <translation>le patient n&apos;est pas inclus (avec son consentement) dans le protocole « {protocol} »</translation>
    </message>
    <message>
        <source>{staff} is no longer an active member of the practice</source>
        <translation>{staff} n&apos;est plus membre actif du cabinet</translation>
    </message>
    <message>
        <source>{staff} ({profession}) is not of a profession the protocol «{protocol}» delegates to</source>
        <translation>{staff} ({profession}) n&apos;exerce pas une profession à laquelle le protocole « {protocol} » délègue</translation>
    </message>
    <message>
        <source>{staff} does not adhere to the protocol «{protocol}»</source>
        <translation>{staff} n&apos;adhère pas au protocole « {protocol} »</translation>
    </message>
    <message>
        <source>{staff} has no recorded training for the protocol «{protocol}»</source>
        <translation>{staff} n&apos;a pas de formation enregistrée pour le protocole « {protocol} »</translation>
    </message>
    <message>
        <source>must be renewal or dose_adjustment</source>
        <translation>doit être renewal (renouvellement) ou dose_adjustment (adaptation de dose)</translation>
    </message>
    <message>
        <source>this medication has been stopped</source>
        <translation>ce médicament a été arrêté</translation>
    </message>
    <message>
        <source>the {months}-month limit of this prescription ended on {ended}: a new prescription is needed</source>
        <translation>la durée maximale de {months} mois de cette prescription a pris fin le {ended}&#xa0;: une nouvelle prescription est nécessaire</translation>
    </message>
    <message>
        <source>the prescription does not authorise renewal by the pharmacien correspondant</source>
        <translation>la prescription n&apos;autorise pas le renouvellement par le pharmacien correspondant</translation>
    </message>
    <message>
        <source>the prescription does not authorise dose adjustment by the pharmacien correspondant</source>
        <translation>la prescription n&apos;autorise pas l&apos;adaptation de la posologie par le pharmacien correspondant</translation>
    </message>
    <message>
        <source>the renewal may run until {until} at the latest (authorisation on the prescription and {months}-month total)</source>
        <translation>le renouvellement peut courir au plus tard jusqu&apos;au {until} (autorisation de la prescription et durée totale de {months} mois)</translation>
    </message>
    <message>
        <source>must be after today</source>
        <translation>doit être postérieure à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>{file} is not readable JSON ({detail})</source>
        <translation>{file} n&apos;est pas un JSON lisible ({detail})</translation>
    </message>
    <message>
        <source>{file} does not hold a JSON object</source>
        <translation>{file} ne contient pas d&apos;objet JSON</translation>
    </message>
    <message>
        <source>{file}: {key} is missing</source>
        <translation>{file}&#xa0;: {key} manque</translation>
    </message>
    <message>
        <source>{file}: {key} must be of JSON type {expected}</source>
        <translation>{file}&#xa0;: {key} doit être du type JSON {expected}</translation>
    </message>
    <message>
        <source>{file}: {key} must not be empty</source>
        <translation>{file}&#xa0;: {key} ne doit pas être vide</translation>
    </message>
    <message>
        <source>{file}: {key} has an invalid value {value}</source>
        <translation>{file}&#xa0;: {key} a une valeur invalide {value}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a date YYYY-MM-DD</source>
        <translation>{file}&#xa0;: {key} doit être une date AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>{file}: {key} is out of range</source>
        <translation>{file}&#xa0;: {key} est hors des limites admises</translation>
    </message>
    <message>
        <source>{file}: {key} is less than {other}</source>
        <translation>{file}&#xa0;: {key} est inférieur à {other}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a JSON object</source>
        <translation>{file}&#xa0;: {key} doit être un objet JSON</translation>
    </message>
    <message>
        <source>{file}: {key} must be lower-case letters, digits and dashes</source>
        <translation>{file}&#xa0;: {key} ne doit contenir que des lettres minuscules, des chiffres et des tirets</translation>
    </message>
    <message>
        <source>{file}: {key} must be lower-case letters, digits and underscores</source>
        <translation>{file}&#xa0;: {key} ne doit contenir que des lettres minuscules, des chiffres et des tirets bas</translation>
    </message>
    <message>
        <source>{file}: {key} must be one of {allowed}</source>
        <translation>{file}&#xa0;: {key} doit être l&apos;une des valeurs&#xa0;: {allowed}</translation>
    </message>
    <message>
        <source>{file}: {key} must name at least one source</source>
        <translation>{file}&#xa0;: {key} doit citer au moins une source</translation>
    </message>
    <message>
        <source>{file}: {key} must list at least one allowed act</source>
        <translation>{file}&#xa0;: {key} doit lister au moins un acte autorisé</translation>
    </message>
    <message>
        <source>{file}: {key} has duplicate act codes</source>
        <translation>{file}&#xa0;: {key} contient des codes d&apos;acte en double</translation>
    </message>
    <message>
        <source>{file}: {key} needs at least one role or one profession keyword</source>
        <translation>{file}&#xa0;: {key} nécessite au moins un rôle ou un mot-clé de profession</translation>
    </message>
    <message>
        <source>{file}: {key} must say what to verify when verify is true</source>
        <translation>{file}&#xa0;: {key} doit dire ce qu&apos;il faut vérifier quand verify vaut true</translation>
    </message>
    <message>
        <source>{file}: {key} must equal the file name without .json</source>
        <translation>{file}&#xa0;: {key} doit être le nom du fichier sans .json</translation>
    </message>
    <message>
        <source>women</source>
        <translation>les femmes</translation>
    </message>
    <message>
        <source>men</source>
        <translation>les hommes</translation>
    </message>
    <message>
        <source>people of other sex</source>
        <translation>les personnes d&apos;un autre sexe</translation>
    </message>
    <message>
        <source>none (the task is closed)</source>
        <translation>aucun (la tâche est clôturée)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir de %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>must be an ISO week such as 2026-W49</source>
        <translation>doit être une semaine ISO comme 2026-W49</translation>
    </message>
    <message>
        <source>must be this week or one of the last three years</source>
        <translation>doit être la semaine en cours ou une semaine des trois dernières années</translation>
    </message>
    <message>
        <source>the first week comes after the last one</source>
        <translation>la première semaine vient après la dernière</translation>
    </message>
    <message>
        <source>the span must be at most three years</source>
        <translation>la période doit couvrir au plus trois ans</translation>
    </message>
    <message>
        <source>no answer given</source>
        <translation>aucune réponse donnée</translation>
    </message>
    <message>
        <source>at most {max} questionnaires at once</source>
        <translation>au plus {max} questionnaires à la fois</translation>
    </message>
    <message>
        <source>question «{question}» takes a mark from 1 to 5</source>
        <translation>la question « {question} » attend une note de 1 à 5</translation>
    </message>
    <message>
        <source>question «{question}» takes yes or no</source>
        <translation>la question « {question} » attend oui ou non</translation>
    </message>
    <message>
        <source>«{question}» is not a question of the questionnaire</source>
        <translation>« {question} » n&apos;est pas une question du questionnaire</translation>
    </message>
    <message>
        <source>the questionnaire definition is not valid: {problem}</source>
        <translation>la définition du questionnaire n&apos;est pas valable&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// or http://</source>
        <translation>doit être une adresse web commençant par https:// ou http://</translation>
    </message>
    <message>
        <source>must be ed_visit, admission or discharge</source>
        <translation>doit être passage aux urgences, hospitalisation ou sortie</translation>
    </message>
    <message>
        <source>must be hospital, dmp, patient or other</source>
        <translation>doit être hôpital, DMP, patient ou autre</translation>
    </message>
    <message>
        <source>this alert has already been acknowledged</source>
        <translation>cette alerte a déjà été prise en compte</translation>
    </message>
    <message>
        <source>must be a PDF, a PNG or JPEG image, or a text file</source>
        <translation>doit être un PDF, une image PNG ou JPEG, ou un fichier texte</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is too large ({size_mb} MB; at most {max_mb} MB per document)</source>
        <translation>est trop volumineux ({size_mb} Mo&#xa0;; {max_mb} Mo au plus par document)</translation>
    </message>
    <message>
        <source>is not an event of this patient</source>
        <translation>n&apos;est pas un événement de ce patient</translation>
    </message>
    <message>
        <source>is not a referral of this patient</source>
        <translation>n&apos;est pas un adressage de ce patient</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>must be p1_48h, p2_7d, p3_scheduled or advice</source>
        <translation>doit être sous 48 h, sous 7 jours, programmé ou avis seul</translation>
    </message>
    <message>
        <source>must be within the last year and not in the future</source>
        <translation>doit se situer dans l&apos;année écoulée et pas dans le futur</translation>
    </message>
    <message>
        <source>is not a referral status</source>
        <translation>n&apos;est pas un statut d&apos;adressage</translation>
    </message>
    <message>
        <source>a «{referral_from}» referral cannot become «{referral_to}» (possible: {referral_next})</source>
        <translation>un adressage au statut « {referral_from} » ne peut pas passer au statut « {referral_to} » (possibles&#xa0;: {referral_next})</translation>
    </message>
    <message>
        <source>must not be before the request</source>
        <translation>ne doit pas précéder la demande</translation>
    </message>
    <message>
        <source>must not be before the visit</source>
        <translation>ne doit pas précéder la consultation</translation>
    </message>
    <message>
        <source>must be after the start, at most {hours} hours later</source>
        <translation>doit être après le début, au plus {hours} heures plus tard</translation>
    </message>
    <message>
        <source>must be an https:// link to the practice&apos;s video service</source>
        <translation>doit être un lien https:// vers le service de visioconférence du cabinet</translation>
    </message>
    <message>
        <source>must be an active nurse, advanced practice nurse or medical assistant</source>
        <translation>doit être un(e) infirmier(ère), infirmier(ère) en pratique avancée ou assistant(e) médical(e) actif(ve)</translation>
    </message>
    <message>
        <source>must be an active physician</source>
        <translation>doit être un médecin actif</translation>
    </message>
    <message>
        <source>must not be the member who is with the patient</source>
        <translation>ne doit pas être le professionnel présent auprès du patient</translation>
    </message>
    <message>
        <source>only the remote physician of this teleconsultation concludes it</source>
        <translation>seul le médecin à distance de cette téléconsultation peut la conclure</translation>
    </message>
    <message>
        <source>this teleconsultation is already concluded or cancelled</source>
        <translation>cette téléconsultation est déjà conclue ou annulée</translation>
    </message>
    <message>
        <source>must be monthly, ad_hoc, cpts or quality_circle</source>
        <translation>doit être mensuelle, ponctuelle, CPTS ou cercle de qualité</translation>
    </message>
    <message>
        <source>must be active members of the practice</source>
        <translation>doivent être des membres actifs du cabinet</translation>
    </message>
    <message>
        <source>a meeting needs at least one participant</source>
        <translation>une réunion doit avoir au moins un participant</translation>
    </message>
    <message>
        <source>must be note, task or care_plan</source>
        <translation>doit être note, tâche ou plan de soins</translation>
    </message>
    <message>
        <source>the patient has no open care plan to revise</source>
        <translation>le patient n&apos;a pas de plan de soins ouvert à réviser</translation>
    </message>
    <message>
        <source>must not be before the start of the period</source>
        <translation>ne doit pas précéder le début de la période</translation>
    </message>
    <message>
        <source>the period must be at most {max} months</source>
        <translation>la période doit être de {max} mois au plus</translation>
    </message>
    <message>
        <source>this self-assessment period is closed: answers can no longer be given or changed</source>
        <translation>cette campagne d&apos;autoévaluation est close&#xa0;: les réponses ne peuvent plus être données ni modifiées</translation>
    </message>
    <message>
        <source>«{axis}» is not an axis of the grid</source>
        <translation>« {axis} » n&apos;est pas un axe de la grille</translation>
    </message>
    <message>
        <source>the axis «{axis}» is answered twice</source>
        <translation>l&apos;axe « {axis} » a deux réponses</translation>
    </message>
    <message>
        <source>every axis needs a level ({count} not answered)</source>
        <translation>chaque axe doit avoir un niveau ({count} sans réponse)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>RDV pris</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>patient vu</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>compte rendu reçu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>none (it is closed)</source>
        <translation>aucun (il est clos)</translation>
    </message>
    <message>
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>doit être F, M, X (autre) ou U (inconnu)</translation>
    </message>
    <message>
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>doit être PROV, RECUP, VALI ou QUAL lorsqu&apos;un INS est saisi</translation>
    </message>
    <message>
        <source>needs an INS number</source>
        <translation>nécessite un matricule INS</translation>
    </message>
    <message>
        <source>must stay provisional while the identity is marked doubtful</source>
        <translation>doit rester provisoire tant que l&apos;identité est marquée douteuse</translation>
    </message>
    <message>
        <source>must stay provisional while the identity is marked fictitious</source>
        <translation>doit rester provisoire tant que l&apos;identité est marquée fictive</translation>
    </message>
    <message>
        <source>is needed for a qualified identity (INS trait)</source>
        <translation>est requis pour une identité qualifiée (trait INS)</translation>
    </message>
    <message>
        <source>must be female or male for a qualified identity</source>
        <translation>doit être féminin ou masculin pour une identité qualifiée</translation>
    </message>
    <message>
        <source>must be the 5-character INSEE code of the commune (99 and the country code when born abroad)</source>
        <translation>doit être le code INSEE de la commune, en 5 caractères (99 et le code du pays pour une naissance à l&apos;étranger)</translation>
    </message>
    <message>
        <source>The patient has objected to sharing their data: nothing is sent to others.</source>
        <translation>Le patient s&apos;est opposé au partage de ses données&#xa0;: rien n&apos;est envoyé à d&apos;autres.</translation>
    </message>
    <message>
        <source>kind must be condition, allergy or ald</source>
        <translation>le type doit être pathologie, allergie ou ALD</translation>
    </message>
    <message>
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>doit être un code ou une classe ATC (p. ex. J01C)</translation>
    </message>
    <message>
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>doit être un code CIM-10 (p. ex. I50.9)</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Utilisateur inconnu ou mot de passe erroné.</translation>
    </message>
    <message>
        <source>Too many failed logins: wait {wait_seconds} s before trying again.</source>
        <translation>Trop d&apos;échecs de connexion&#xa0;: attendez {wait_seconds} s avant de réessayer.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins; ask an administrator to unlock it.</source>
        <translation>Ce compte est bloqué après trop d&apos;échecs de connexion&#xa0;; demandez à un administrateur de le débloquer.</translation>
    </message>
    <message>
        <source>must differ from the current password</source>
        <translation>doit être différent du mot de passe actuel</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>n&apos;est pas votre mot de passe actuel</translation>
    </message>
    <message>
        <source>this database already holds a practice</source>
        <translation>cette base de données contient déjà un cabinet</translation>
    </message>
    <message>
        <source>must be {min} to {max} digits, with only spaces and + . - between them</source>
        <translation>doit comporter de {min} à {max} chiffres, séparés seulement par des espaces ou + . -</translation>
    </message>
    <message>
        <source>must say why, in at least {min} characters (e.g. &quot;unconscious patient brought in, no médecin traitant reachable&quot;)</source>
        <translation>doit indiquer pourquoi, en au moins {min} caractères (p. ex. « patient amené inconscient, médecin traitant injoignable »)</translation>
    </message>
    <message>
        <source>Charts are open to every clinician of the practice: no emergency access is needed.</source>
        <translation>Les dossiers sont ouverts à tous les soignants du cabinet&#xa0;: aucun accès d&apos;urgence n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>You can already read this chart: no emergency access is needed.</source>
        <translation>Vous pouvez déjà lire ce dossier&#xa0;: aucun accès d&apos;urgence n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>must be between {min} and {max} minutes</source>
        <translation>doit être compris entre {min} et {max} minutes</translation>
    </message>
    <message>
        <source>was already acknowledged by {by}</source>
        <translation>a déjà été marqué comme vu par {by}</translation>
    </message>
    <message>
        <source>a PostgreSQL server is backed up on the server (pg_dump), not by Cordée</source>
        <translation>un serveur PostgreSQL se sauvegarde sur le serveur (pg_dump), pas par Cordée</translation>
    </message>
    <message>
        <source>must not be in {folder}: the recovery code must never lie beside the encrypted database or its backups; choose a folder elsewhere (a USB stick to print from, your documents)</source>
        <translation>ne doit pas se trouver dans {folder}&#xa0;: le code de récupération ne doit jamais être à côté de la base chiffrée ni de ses sauvegardes&#xa0;; choisissez un autre dossier (une clé USB pour l&apos;imprimer, vos documents)</translation>
    </message>
    <message>
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>doit comporter de 2 à 64 caractères&#xa0;: lettres minuscules, chiffres, . _ -, en commençant par une lettre</translation>
    </message>
    <message>
        <source>is already used by another account</source>
        <translation>est déjà utilisé par un autre compte</translation>
    </message>
    <message>
        <source>choose at least one role</source>
        <translation>choisissez au moins un rôle</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>rôle inconnu {role}</translation>
    </message>
    <message>
        <source>a survey kiosk account has no other role</source>
        <translation>un compte de borne d&apos;enquête n&apos;a aucun autre rôle</translation>
    </message>
    <message>
        <source>is not a telephone number (digits, spaces, + . / ( ) -)</source>
        <translation>n&apos;est pas un numéro de téléphone (chiffres, espaces, + . / ( ) -)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {max}</source>
        <translation>doit être un nombre entier de jours de 0 à {max}</translation>
    </message>
    <message>
        <source>a pathway needs at least one step</source>
        <translation>un parcours doit avoir au moins une étape</translation>
    </message>
    <message>
        <source>a pathway has at most {max} steps</source>
        <translation>un parcours a au plus {max} étapes</translation>
    </message>
    <message>
        <source>this pathway is not one of the referral&apos;s resource</source>
        <translation>ce parcours n&apos;appartient pas à la ressource de l&apos;adressage</translation>
    </message>
    <message>
        <source>the file is larger than {max} bytes: nothing was imported</source>
        <translation>le fichier dépasse {max} octets&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: nothing was imported</source>
        <translation>le fichier n&apos;est pas du texte UTF-8&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}: the header is not that of a directory export (column «{column}» expected): nothing was imported</source>
        <translation>ligne {line}&#xa0;: l&apos;en-tête n&apos;est pas celui d&apos;un export d&apos;annuaire (colonne «{column}» attendue)&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}: {count} columns instead of {expected}: nothing was imported</source>
        <translation>ligne {line}&#xa0;: {count} colonnes au lieu de {expected}&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: a value is needed: nothing was imported</source>
        <translation>ligne {line}, colonne «{column}»&#xa0;: une valeur est requise&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» is not accepted: nothing was imported</source>
        <translation>ligne {line}, colonne «{column}»&#xa0;: «{value}» n&apos;est pas accepté&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» appears twice: nothing was imported</source>
        <translation>ligne {line}, colonne «{column}»&#xa0;: «{value}» apparaît deux fois&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» is not defined above in the file: nothing was imported</source>
        <translation>ligne {line}, colonne «{column}»&#xa0;: «{value}» n&apos;est pas défini plus haut dans le fichier&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: the pathway «{value}» has no step: nothing was imported</source>
        <translation>ligne {line}, colonne «{column}»&#xa0;: le parcours «{value}» n&apos;a aucune étape&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: the pathway belongs to another resource in this practice: nothing was imported</source>
        <translation>ligne {line}, colonne «{column}»&#xa0;: ce parcours appartient à une autre ressource dans ce cabinet&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>you cannot remove your own administrator role</source>
        <translation>vous ne pouvez pas retirer votre propre rôle d&apos;administrateur</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <source>type letters of the patient&apos;s name</source>
        <translation>saisissez des lettres du nom du patient</translation>
    </message>
    <message>
        <source>is too easy to guess</source>
        <translation>est trop facile à deviner</translation>
    </message>
    <message>
        <source>Entries {first} to {last} are missing (deleted).</source>
        <translation>Les entrées {first} à {last} manquent (supprimées).</translation>
    </message>
    <message>
        <source>Entry {seq} is out of order.</source>
        <translation>L&apos;entrée {seq} n&apos;est pas à sa place dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>Entry {seq} does not follow the entry before it (inserted, or an entry before it deleted).</source>
        <translation>L&apos;entrée {seq} ne suit pas l&apos;entrée qui la précède (insérée, ou une entrée précédente supprimée).</translation>
    </message>
    <message>
        <source>Entry {seq} was changed after it was written.</source>
        <translation>L&apos;entrée {seq} a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>Entry {seq} is damaged: its values cannot be read.</source>
        <translation>L&apos;entrée {seq} est endommagée&#xa0;: ses valeurs ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>The chain&apos;s head record is missing.</source>
        <translation>L&apos;enregistrement de tête de la chaîne manque.</translation>
    </message>
    <message>
        <source>The chain&apos;s head record was changed outside Cordée.</source>
        <translation>L&apos;enregistrement de tête de la chaîne a été modifié en dehors de Cordée.</translation>
    </message>
    <message>
        <source>The newest entries after {last} were deleted (the head records {head}).</source>
        <translation>Les entrées les plus récentes après {last} ont été supprimées (la tête enregistre {head}).</translation>
    </message>
    <message>
        <source>Entries after {head} were added outside Cordée.</source>
        <translation>Des entrées après {head} ont été ajoutées en dehors de Cordée.</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the anchor of {at} (entry {seq}) matches the trail.</source>
        <translation>{anchor_place} {where}&#xa0;: l&apos;ancre du {at} (entrée {seq}) concorde avec le journal.</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the anchor of {at} records {seq} entries, the trail has {rows}: entries were deleted or an older copy of the database was put in place ({count} anchors).</source>
        <translation>{anchor_place} {where}&#xa0;: l&apos;ancre du {at} enregistre {seq} entrées, le journal en a {rows}&#xa0;: des entrées ont été supprimées ou une copie plus ancienne de la base a été remise en place ({count} ancres).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: entry {seq} differs from the anchor of {at}: the trail was rebuilt or changed ({count} anchors).</source>
        <translation>{anchor_place} {where}&#xa0;: l&apos;entrée {seq} diffère de l&apos;ancre du {at}&#xa0;: le journal a été reconstruit ou modifié ({count} ancres).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: {count} anchors were not written by Cordée for this practice (forged or damaged).</source>
        <translation>{anchor_place} {where}&#xa0;: {count} ancres n&apos;ont pas été écrites par Cordée pour ce cabinet (falsifiées ou endommagées).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the restore of a backup on {restore_at} set the trail back from entry {seq} (anchor of {at}) to {restore_seq}.</source>
        <translation>{anchor_place} {where}&#xa0;: la restauration d&apos;une sauvegarde le {restore_at} a ramené le journal de l&apos;entrée {seq} (ancre du {at}) à {restore_seq}.</translation>
    </message>
    <message>
        <source>{anchor_place} {where} cannot be read: {reason}.</source>
        <translation>{anchor_place} {where} ne peut pas être lu&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Anchors also go to {where}: compare with an export of its lines (cordee audit verify --anchors FILE).</source>
        <translation>Les ancres sont aussi envoyées à {where}&#xa0;: comparez avec un export de ses lignes (cordee audit verify --anchors FICHIER).</translation>
    </message>
    <message>
        <source>No anchor was found outside the database: the trail can only be checked against itself.</source>
        <translation>Aucune ancre n&apos;a été trouvée en dehors de la base&#xa0;: le journal ne peut être vérifié que par lui-même.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clés</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Anchor log</source>
        <translation>Journal des ancres</translation>
    </message>
    <message>
        <source>{path} already exists; Cordée never replaces a database.</source>
        <translation>{path} existe déjà&#xa0;; Cordée ne remplace jamais une base de données.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder.</source>
        <translation>{path} est un fichier, pas un dossier&#xa0;: choisissez un dossier.</translation>
    </message>
    <message>
        <source>No database at {path}: check that the disk or the folder is available.</source>
        <translation>Aucune base de données à l&apos;emplacement {path}&#xa0;: vérifiez que le disque ou le dossier est disponible.</translation>
    </message>
    <message>
        <source>The key of the database could not be read from this computer&apos;s keyring: enter the practice passphrase or the recovery code.</source>
        <translation>La clé de la base de données n&apos;a pas pu être lue dans le trousseau de clés de cet ordinateur&#xa0;: saisissez la phrase de passe du cabinet ou le code de récupération.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>Phrase de passe erronée pour cette base de données. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>Wrong recovery code for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>Code de récupération erroné pour cette base de données. Comparez-le avec la fiche de récupération de cette base, puis réessayez. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged: some of its pages cannot be read. Nothing more is written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>Le fichier de base de données {path} est endommagé&#xa0;: certaines de ses pages sont illisibles. Plus rien n&apos;y est écrit. Restaurez la base de données à partir d&apos;une sauvegarde et conservez le fichier endommagé pour analyse.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no practice, and Cordée does not turn it into a new one. If it should hold your records, restore the database from a backup; to start a new practice, choose another file name.</source>
        <translation>{path} est vide (0 octet)&#xa0;: il ne contient aucun cabinet, et Cordée n&apos;en fait pas un nouveau. S&apos;il devait contenir vos dossiers, restaurez la base de données à partir d&apos;une sauvegarde&#xa0;; pour créer un nouveau cabinet, choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The database file {path} does not belong to the key file beside it ({key_file}): they come from two different practices. Nothing was changed. Put this database&apos;s own key file beside it (from the backup it came with), or open the other practice&apos;s database.</source>
        <translation>Le fichier de base de données {path} ne correspond pas au fichier de clés placé à côté ({key_file})&#xa0;: ils viennent de deux cabinets différents. Rien n&apos;a été modifié. Placez à côté de cette base son propre fichier de clés (depuis la sauvegarde dont elle vient), ou ouvrez la base de données de l&apos;autre cabinet.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file {key_file}, and that key file was made for another database file than {path}: it may belong to another practice. Put this database&apos;s own key file beside it (from its backup), or check the passphrase. Nothing was changed.</source>
        <translation>La phrase de passe n&apos;ouvre pas le fichier de clés {key_file}, et ce fichier de clés a été créé pour un autre fichier de base de données que {path}&#xa0;: il appartient peut-être à un autre cabinet. Placez à côté de cette base son propre fichier de clés (depuis sa sauvegarde), ou vérifiez la phrase de passe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The log file of {path} (its -wal file) is missing, yet it held the newest saved changes ({frames} pages). Nothing was opened or changed: put the -wal file back beside the database if you have it, else restore the database from a backup. Keep the files for analysis.</source>
        <translation>Le journal de {path} (son fichier -wal) est absent, alors qu&apos;il contenait les dernières modifications enregistrées ({frames} pages). Rien n&apos;a été ouvert ni modifié&#xa0;: remettez le fichier -wal à côté de la base de données si vous l&apos;avez, sinon restaurez la base à partir d&apos;une sauvegarde. Conservez les fichiers pour analyse.</translation>
    </message>
    <message>
        <source>The log file of {path} (its -wal file), which holds the newest changes, is damaged: opening the database now would lose changes that were saved. Nothing was opened or changed. Restore the database from a backup and keep the database with its -wal and -shm files for analysis.</source>
        <translation>Le journal de {path} (son fichier -wal), qui contient les dernières modifications, est endommagé&#xa0;: ouvrir la base de données maintenant ferait perdre des modifications enregistrées. Rien n&apos;a été ouvert ni modifié. Restaurez la base à partir d&apos;une sauvegarde et conservez la base avec ses fichiers -wal et -shm pour analyse.</translation>
    </message>
    <message>
        <source>{path} is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>{path} n&apos;est pas chiffré. Cordée refuse d&apos;utiliser une base de données non chiffrée.</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher: this installation of Cordée cannot open encrypted files. Reinstall Cordée.</source>
        <translation>La bibliothèque SQLite utilisée n&apos;est pas SQLCipher&#xa0;: cette installation de Cordée ne peut pas ouvrir de fichiers chiffrés. Réinstallez Cordée.</translation>
    </message>
    <message>
        <source>{path} is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>{path} est sur un partage réseau&#xa0;; le fichier chiffré doit rester sur le disque de cet ordinateur. Pour plusieurs postes, utilisez un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>This database has schema {revision}, newer than this version of Cordée knows. Install the newer version of Cordée to open it; the database was not changed.</source>
        <translation>Cette base de données a le schéma {revision}, plus récent que ceux que connaît cette version de Cordée. Installez la version plus récente de Cordée pour l&apos;ouvrir&#xa0;; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: give the path of the file itself (for example …/practice.db).</source>
        <translation>{path} est un dossier, pas un fichier&#xa0;: donnez le chemin du fichier lui-même (par exemple …/practice.db).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a pipe or a socket): give the path of the file itself.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (un périphérique, un tube ou un socket)&#xa0;: donnez le chemin du fichier lui-même.</translation>
    </message>
    <message>
        <source>This user account may not read {path}: work with the account that owns the practice files, or ask the administrator to give it access to the file and its folder.</source>
        <translation>Ce compte d&apos;utilisateur n&apos;a pas le droit de lire {path}&#xa0;: travaillez avec le compte à qui appartiennent les fichiers du cabinet, ou demandez à l&apos;administrateur de lui donner accès au fichier et à son dossier.</translation>
    </message>
    <message>
        <source>This user account may not write to {path} (read-only for it): ask the administrator for write access, or use a folder of your own. Nothing was changed.</source>
        <translation>Ce compte d&apos;utilisateur n&apos;a pas le droit d&apos;écrire dans {path} (en lecture seule pour lui)&#xa0;: demandez à l&apos;administrateur l&apos;accès en écriture, ou utilisez un dossier à vous. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk (or a write-protected medium): Cordée cannot save there. Copy the files to a writable disk and use the copy. Nothing was changed.</source>
        <translation>{path} se trouve sur un disque en lecture seule (ou un support protégé en écriture)&#xa0;: Cordée ne peut pas y enregistrer. Copiez les fichiers sur un disque accessible en écriture et utilisez la copie. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full: what was being written was not saved (what was saved before is intact). Free space on that disk or choose another place, then try again.</source>
        <translation>Le disque qui contient {path} est plein&#xa0;: ce qui était en cours d&apos;écriture n&apos;a pas été enregistré (ce qui l&apos;avait été avant est intact). Libérez de la place sur ce disque ou choisissez un autre emplacement, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path} (input/output error): it may be failing or have been removed. Nothing more was written. Check the disk; if the error comes back, restore the database from a backup onto a sound disk.</source>
        <translation>Le disque n&apos;a pas pu lire ou écrire {path} (erreur d&apos;entrée/sortie)&#xa0;: il est peut-être défaillant ou a été retiré. Plus rien n&apos;a été écrit. Vérifiez le disque&#xa0;; si l&apos;erreur revient, restaurez la base de données à partir d&apos;une sauvegarde sur un disque sain.</translation>
    </message>
    <message>
        <source>{path} is in use by another program and did not become free in time: close it there, then try again.</source>
        <translation>{path} est utilisé par un autre programme et ne s&apos;est pas libéré à temps&#xa0;: fermez-le là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>{path} is not a usable path (too long, a loop of links or a forbidden character).</source>
        <translation>{path} n&apos;est pas un chemin utilisable (trop long, une boucle de liens ou un caractère interdit).</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>Impossible d&apos;utiliser {path}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>Le fichier de clés {path} de cette base de données est manquant. Sans lui, la base ne peut pas être ouverte&#xa0;: restaurez le fichier de clés à partir de la sauvegarde.</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>Le fichier de clés {path} de cette base de données est endommagé. Restaurez-le à partir de la sauvegarde&#xa0;; la base elle-même n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The key file {path} asks for key-derivation settings outside the allowed range ({param} = {value}; allowed {min} to {max}): it was not written by Cordée or it is damaged. Restore the key file from the backup.</source>
        <translation>Le fichier de clés {path} demande des réglages de dérivation de clé hors des limites admises ({param} = {value}&#xa0;; admis de {min} à {max})&#xa0;: il n&apos;a pas été écrit par Cordée ou il est endommagé. Restaurez le fichier de clés à partir de la sauvegarde.</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of Cordée. Install that version.</source>
        <translation>Le fichier de clés {path} a été écrit par une version plus récente de Cordée. Installez cette version.</translation>
    </message>
    <message>
        <source>{path} already exists; it is never replaced.</source>
        <translation>{path} existe déjà&#xa0;; il n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <source>The key does not belong to this database; nothing was changed.</source>
        <translation>La clé n&apos;appartient pas à cette base de données&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>no allowed keyring backend on this computer</source>
        <translation>aucun trousseau de clés autorisé sur cet ordinateur</translation>
    </message>
    <message>
        <source>the keyring did not answer in time</source>
        <translation>le trousseau de clés n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>keyring error: {error}</source>
        <translation>erreur du trousseau de clés&#xa0;: {error}</translation>
    </message>
    <message>
        <source>the recorded keyring backend is not allowed</source>
        <translation>le trousseau de clés enregistré n&apos;est pas autorisé</translation>
    </message>
    <message>
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>le trousseau de clés qui contient la clé n&apos;est pas disponible (magasin de clés changé)</translation>
    </message>
    <message>
        <source>the keyring holds no key for this database</source>
        <translation>le trousseau de clés ne contient aucune clé pour cette base</translation>
    </message>
    <message>
        <source>the key in the keyring does not match this database</source>
        <translation>la clé du trousseau de clés ne correspond pas à cette base de données</translation>
    </message>
    <message>
        <source>the keyring holds a value for this database that is not a key</source>
        <translation>le trousseau contient pour cette base de données une valeur qui n&apos;est pas une clé</translation>
    </message>
    <message>
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>doit commencer par postgresql:// ou postgresql+psycopg://</translation>
    </message>
    <message>
        <source>the server {host} is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>le serveur {host} n&apos;est pas sur cet ordinateur&#xa0;: ajoutez&#xa0;?sslmode=verify-full (TLS obligatoire)</translation>
    </message>
    <message>
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>ne doit pas contenir de mot de passe&#xa0;: placez-le dans un fichier .pgpass</translation>
    </message>
    <message>
        <source>The address of the PostgreSQL server must start with postgresql:// or postgresql+psycopg://.</source>
        <translation>L&apos;adresse du serveur PostgreSQL doit commencer par postgresql:// ou postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>The PostgreSQL server {host} is not on this computer: add ?sslmode=verify-full to its address (TLS is required outside this computer).</source>
        <translation>Le serveur PostgreSQL {host} n&apos;est pas sur cet ordinateur&#xa0;: ajoutez&#xa0;?sslmode=verify-full à son adresse (TLS est obligatoire hors de cet ordinateur).</translation>
    </message>
    <message>
        <source>Cannot use the PostgreSQL server: {error}</source>
        <translation>Impossible d&apos;utiliser le serveur PostgreSQL&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {error}</source>
        <translation>Impossible d&apos;écrire une sauvegarde dans {folder}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The backup could not be written ({error}); the database itself is untouched.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite ({error})&#xa0;; la base elle-même n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup could not be verified ({backup_check}); the database itself is untouched.</source>
        <translation>La sauvegarde n&apos;a pas pu être vérifiée ({backup_check})&#xa0;; la base elle-même n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>The backup {backup} lacks {file}; use another backup.</source>
        <translation>Il manque {file} dans la sauvegarde {backup}&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{file} in the backup {backup} has changed since it was written; use another backup.</source>
        <translation>{file} dans la sauvegarde {backup} a changé depuis son écriture&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>The manifest of the backup {backup} is damaged; use another backup.</source>
        <translation>Le manifeste de la sauvegarde {backup} est endommagé&#xa0;; utilisez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{folder} is not a Cordée backup (no manifest.json).</source>
        <translation>{folder} n&apos;est pas une sauvegarde Cordée (pas de manifest.json).</translation>
    </message>
    <message>
        <source>{path} already exists; Cordée never replaces a database (restore to a new name).</source>
        <translation>{path} existe déjà&#xa0;; Cordée ne remplace jamais une base (restaurez sous un nouveau nom).</translation>
    </message>
    <message>
        <source>The restored database does not hold what the backup recorded: do not use it; restore another backup.</source>
        <translation>La base restaurée ne contient pas ce que la sauvegarde a enregistré&#xa0;: ne l&apos;utilisez pas&#xa0;; restaurez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>{path} is not a Cordée practice file: it must be a small JSON file that names the practice&apos;s &quot;database&quot; or &quot;server&quot;.</source>
        <translation>{path} n&apos;est pas un fichier de cabinet Cordée&#xa0;: ce doit être un petit fichier JSON qui indique la base de données (« database ») ou le serveur (« server ») du cabinet.</translation>
    </message>
    <message>
        <source>Another workstation changed the same records at the same moment; nothing was saved. Reload and try again.</source>
        <translation>Un autre poste a modifié les mêmes données au même moment&#xa0;; rien n&apos;a été enregistré. Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>must be file:/path, syslog, syslog:/socket, syslog:host:port or syslog+tcp:host:port</source>
        <translation>doit être file:/chemin, syslog, syslog:/socket, syslog:hôte:port ou syslog+tcp:hôte:port</translation>
    </message>
    <message>
        <source>the file must be given with its full path (file:/var/log/cordee/anchors.log)</source>
        <translation>le fichier doit être indiqué avec son chemin complet (file:/var/log/cordee/anchors.log)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot write to {sink} ({error}); the setting is unchanged</source>
        <translation>impossible d&apos;écrire dans {sink} ({error})&#xa0;; le réglage n&apos;est pas modifié</translation>
    </message>
    <message>
        <source>the copy cannot be read</source>
        <translation>la copie est illisible</translation>
    </message>
    <message>
        <source>encrypted pages</source>
        <translation>pages chiffrées</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>contrôle d&apos;intégrité</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>clés étrangères</translation>
    </message>
    <message>
        <source>the row counts differ</source>
        <translation>les nombres de lignes diffèrent</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>journal d&apos;audit</translation>
    </message>
    <message>
        <source>Your account has been deactivated: ask an administrator.</source>
        <translation>Votre compte a été désactivé&#xa0;: adressez-vous à un administrateur.</translation>
    </message>
    <message>
        <source>This patient&apos;s chart is open to their care team only (médecin traitant, care circle, a task or an alert on the patient).</source>
        <translation>Le dossier de ce patient n&apos;est ouvert qu&apos;à son équipe de soins (médecin traitant, cercle de soins, une tâche ou une alerte sur ce patient).</translation>
    </message>
    <message>
        <source>Only the patient&apos;s médecin traitant can do this.</source>
        <translation>Seul le médecin traitant du patient peut le faire.</translation>
    </message>
    <message>
        <source>Only the doctor the alert was sent to can answer it.</source>
        <translation>Seul le médecin destinataire de l&apos;alerte peut y répondre.</translation>
    </message>
    <message>
        <source>Only the person the task is assigned to, its pool, its creator or a supervisor can change it.</source>
        <translation>Seuls la personne à qui la tâche est confiée, son pool, son auteur ou un superviseur peuvent la modifier.</translation>
    </message>
    <message>
        <source>This task is not waiting in one of your pools.</source>
        <translation>Cette tâche n&apos;attend dans aucun de vos pools.</translation>
    </message>
    <message>
        <source>Only the person or role responsible for this action, or the care team, can record its progress.</source>
        <translation>Seuls la personne ou le rôle responsable de cette action, ou l&apos;équipe de soins, peuvent en noter l&apos;avancement.</translation>
    </message>
    <message>
        <source>Each user changes only their own preferences.</source>
        <translation>Chaque utilisateur ne modifie que ses propres préférences.</translation>
    </message>
    <message>
        <source>Your emergency access to this chart is read-only: it allows no change.</source>
        <translation>Votre accès d&apos;urgence à ce dossier est en lecture seule&#xa0;: il ne permet aucune modification.</translation>
    </message>
    <message>
        <source>Only the author of a message can retract it.</source>
        <translation>Seul l&apos;auteur d&apos;un message peut le retirer.</translation>
    </message>
    <message>
        <source>This document is restricted to the people it names.</source>
        <translation>Ce document est réservé aux personnes qu&apos;il désigne.</translation>
    </message>
    <message>
        <source>must name active members of the practice (not: {ids})</source>
        <translation>doit désigner des membres actifs du cabinet (pas&#xa0;: {ids})</translation>
    </message>
    <message>
        <source>the FHIR file is larger than {max} bytes: nothing was imported</source>
        <translation>le fichier FHIR dépasse {max} octets&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file is not JSON (line {line}, column {column}): nothing was imported</source>
        <translation>le fichier n&apos;est pas du JSON (ligne {line}, colonne {column})&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the FHIR file is nested more than {max} levels deep: nothing was imported</source>
        <translation>le fichier FHIR est imbriqué sur plus de {max} niveaux&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path} holds more than {max} elements: nothing was imported</source>
        <translation>{path} contient plus de {max} éléments&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file is not a FHIR Bundle (resourceType {found}): nothing was imported</source>
        <translation>le fichier n&apos;est pas un Bundle FHIR (resourceType {found})&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path} is not valid FHIR R4 ({problem}): nothing was imported</source>
        <translation>{path} n&apos;est pas du FHIR R4 valide ({problem})&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path} is missing: nothing was imported</source>
        <translation>{path} manque&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path} is out of the plausible range: nothing was imported</source>
        <translation>{path} est hors des valeurs plausibles&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path} is longer than {max} characters: nothing was imported</source>
        <translation>{path} dépasse {max} caractères&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{path} is not a valid code of {system}: nothing was imported</source>
        <translation>{path} n&apos;est pas un code valide de {system}&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the bundle holds {count} patients instead of one: nothing was imported</source>
        <translation>le bundle contient {count} patients au lieu d&apos;un seul&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>a package for MSSanté names the patient by a qualified INS: qualify the identity first</source>
        <translation>un paquet pour MSSanté désigne le patient par une INS qualifiée&#xa0;: qualifiez d&apos;abord l&apos;identité</translation>
    </message>
    <message>
        <source>the package is written as .zip or .eml</source>
        <translation>le paquet s&apos;écrit en .zip ou en .eml</translation>
    </message>
    <message>
        <source>the package is larger than {max} bytes: nothing was imported</source>
        <translation>le paquet dépasse {max} octets&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file is not a zip archive: nothing was imported</source>
        <translation>le fichier n&apos;est pas une archive zip&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package holds more than {max} entries: nothing was imported</source>
        <translation>le paquet contient plus de {max} éléments&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package entry {entry} has a forbidden name: nothing was imported</source>
        <translation>l&apos;élément {entry} du paquet porte un nom interdit&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package entry {entry} is damaged or encrypted: nothing was imported</source>
        <translation>l&apos;élément {entry} du paquet est endommagé ou chiffré&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package entry {entry} is too large once unpacked: nothing was imported</source>
        <translation>l&apos;élément {entry} du paquet est trop volumineux une fois décompressé&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package has no IHE_XDM/…/METADATA.XML (found {found}): nothing was imported</source>
        <translation>le paquet n&apos;a pas de IHE_XDM/…/METADATA.XML ({found} trouvé)&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package entry {entry} is not readable XML: nothing was imported</source>
        <translation>l&apos;élément {entry} du paquet n&apos;est pas un XML lisible&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{entry} describes no document: nothing was imported</source>
        <translation>{entry} ne décrit aucun document&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>{entry} names several patients: nothing was imported</source>
        <translation>{entry} désigne plusieurs patients&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the document {entry} named by the metadata is not in the package: nothing was imported</source>
        <translation>le document {entry} cité par les métadonnées n&apos;est pas dans le paquet&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the document {entry} does not match the size and hash of the metadata: nothing was imported</source>
        <translation>le document {entry} ne correspond pas à la taille et à l&apos;empreinte des métadonnées&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the document {entry} is not a readable CDA document: nothing was imported</source>
        <translation>le document {entry} n&apos;est pas un document CDA lisible&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the document {entry} is of a type Cordée does not import ({mime}): nothing was imported</source>
        <translation>le document {entry} est d&apos;un type que Cordée n&apos;importe pas ({mime})&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>no patient of the practice matches the package (INS, or name and birth date): nothing was imported</source>
        <translation>aucun patient du cabinet ne correspond au paquet (INS, ou nom et date de naissance)&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the patient with this INS has other identity traits than the package: nothing was imported</source>
        <translation>le patient de cette INS a d&apos;autres traits d&apos;identité que le paquet&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file is empty: nothing was imported</source>
        <translation>le fichier est vide&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the file is not a Cordée package (not a zip archive): nothing was imported</source>
        <translation>le fichier n&apos;est pas un paquet Cordée (pas une archive zip)&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the zip archive holds no Cordée message: nothing was imported</source>
        <translation>l&apos;archive zip ne contient aucun message Cordée&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package is damaged and cannot be read: nothing was imported</source>
        <translation>le paquet est endommagé et illisible&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package is addressed to another installation: nothing was imported</source>
        <translation>le paquet est destiné à une autre installation&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package was altered after it was signed (the signature does not match): nothing was imported</source>
        <translation>le paquet a été modifié après sa signature (la signature ne correspond pas)&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package comes from an installation that is not one of your partners: import its card first; nothing was imported</source>
        <translation>le paquet vient d&apos;une installation qui n&apos;est pas l&apos;un de vos partenaires&#xa0;: importez d&apos;abord sa carte&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package comes from {partner}, a revoked partner: nothing was imported</source>
        <translation>le paquet vient de {partner}, un partenaire révoqué&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package expired on {day}: ask the sender for a new one; nothing was imported</source>
        <translation>le paquet a expiré le {day}&#xa0;: demandez-en un nouveau à l&apos;expéditeur&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>this package was already imported on {day}: nothing was imported again</source>
        <translation>ce paquet a déjà été importé le {day}&#xa0;: rien n&apos;a été importé à nouveau</translation>
    </message>
    <message>
        <source>the package&apos;s content is not valid ({item}): nothing was imported</source>
        <translation>le contenu du paquet n&apos;est pas valide ({item})&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the answer is for an alert this practice did not send to that partner: nothing was imported</source>
        <translation>la réponse concerne une alerte que ce cabinet n&apos;a pas envoyée à ce partenaire&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the alert this answer is for is already closed: nothing was imported</source>
        <translation>l&apos;alerte à laquelle répond ce paquet est déjà close&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>this alert was already received from that partner: nothing was imported</source>
        <translation>cette alerte a déjà été reçue de ce partenaire&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>no physician to address the alert to: import it as a physician, or name the patient&apos;s GP; nothing was imported</source>
        <translation>aucun médecin à qui adresser l&apos;alerte&#xa0;: importez-la en tant que médecin, ou indiquez le médecin traitant du patient&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the practice&apos;s exchange keys cannot be opened with this database&apos;s key</source>
        <translation>les clés d&apos;échange du cabinet ne peuvent pas être ouvertes avec la clé de cette base de données</translation>
    </message>
    <message>
        <source>the file is not a valid Cordée exchange card</source>
        <translation>le fichier n&apos;est pas une carte d&apos;échange Cordée valide</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprint does not match its keys: the card was altered</source>
        <translation>l&apos;empreinte de la carte ne correspond pas à ses clés&#xa0;: la carte a été modifiée</translation>
    </message>
    <message>
        <source>the fingerprint compared differs from the card&apos;s: the partner was not added</source>
        <translation>l&apos;empreinte comparée diffère de celle de la carte&#xa0;: le partenaire n&apos;a pas été ajouté</translation>
    </message>
    <message>
        <source>this is your own practice&apos;s card</source>
        <translation>c&apos;est la carte de votre propre cabinet</translation>
    </message>
    <message>
        <source>this partner is already on the list</source>
        <translation>ce partenaire figure déjà dans la liste</translation>
    </message>
    <message>
        <source>this partner is already revoked</source>
        <translation>ce partenaire est déjà révoqué</translation>
    </message>
    <message>
        <source>{partner} is a revoked partner: nothing can be sent to it</source>
        <translation>{partner} est un partenaire révoqué&#xa0;: rien ne peut lui être envoyé</translation>
    </message>
    <message>
        <source>the alert is about another patient</source>
        <translation>l&apos;alerte concerne un autre patient</translation>
    </message>
    <message>
        <source>this alert was received from a partner: send its answer instead</source>
        <translation>cette alerte a été reçue d&apos;un partenaire&#xa0;: envoyez plutôt sa réponse</translation>
    </message>
    <message>
        <source>this alert was not received from a partner: there is no one to send its answer to</source>
        <translation>cette alerte n&apos;a pas été reçue d&apos;un partenaire&#xa0;: il n&apos;y a personne à qui envoyer sa réponse</translation>
    </message>
    <message>
        <source>the alert is not answered yet</source>
        <translation>l&apos;alerte n&apos;a pas encore de réponse</translation>
    </message>
    <message>
        <source>the package holds directory entries: import it from the directory of local resources (Import a partner&apos;s package); nothing was imported</source>
        <translation>le paquet contient des entrées d&apos;annuaire&#xa0;: importez-le depuis l&apos;annuaire des ressources locales (Importer le paquet d&apos;un partenaire)&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the package holds an alert or an answer, not directory entries: import it from the exchange partners; nothing was imported</source>
        <translation>le paquet contient une alerte ou une réponse, pas des entrées d&apos;annuaire&#xa0;: importez-le depuis les partenaires d&apos;échange&#xa0;; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>choose at least one resource to send</source>
        <translation>choisissez au moins une ressource à envoyer</translation>
    </message>
    <message>
        <source>{count} resources are too many for one package: send them in several</source>
        <translation>{count} ressources, c&apos;est trop pour un seul paquet&#xa0;: envoyez-les en plusieurs fois</translation>
    </message>
    <message>
        <source>{item} is not a conflict of this package whose partner&apos;s version can be taken: nothing was imported</source>
        <translation>{item} n&apos;est pas un conflit de ce paquet dont la version du partenaire peut être reprise&#xa0;: rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>needs an amount (a posology without amounts cannot be reduced step by step)</source>
        <translation>doit indiquer une quantité (une posologie sans quantités ne peut pas être réduite par étapes)</translation>
    </message>
    <message>
        <source>a plan needs at least one step</source>
        <translation>un plan a besoin d&apos;au moins une étape</translation>
    </message>
    <message>
        <source>a plan has at most {max} steps</source>
        <translation>un plan a au plus {max} étapes</translation>
    </message>
    <message>
        <source>must be after the date of the step before</source>
        <translation>doit être après la date de l&apos;étape précédente</translation>
    </message>
    <message>
        <source>only the last step may stop the medication</source>
        <translation>seule la dernière étape peut arrêter le médicament</translation>
    </message>
    <message>
        <source>choose a person or a pool, not both</source>
        <translation>choisissez une personne ou un pool, pas les deux</translation>
    </message>
    <message>
        <source>must be an active nurse, pharmacist or medical assistant of the practice</source>
        <translation>doit être un infirmier, un pharmacien ou un assistant médical actif du cabinet</translation>
    </message>
    <message>
        <source>must be a current medication of this patient</source>
        <translation>doit être un médicament en cours de ce patient</translation>
    </message>
    <message>
        <source>the medication was stopped meanwhile: the plan can no longer change it</source>
        <translation>le médicament a été arrêté entre-temps&#xa0;: le plan ne peut plus le modifier</translation>
    </message>
    <message>
        <source>already has a deprescribing plan in progress</source>
        <translation>a déjà un plan de déprescription en cours</translation>
    </message>
    <message>
        <source>the agreement is recorded only on a plan that awaits it</source>
        <translation>l&apos;accord ne s&apos;enregistre que sur un plan qui l&apos;attend</translation>
    </message>
    <message>
        <source>the plan is not active (agreement missing, completed or cancelled)</source>
        <translation>le plan n&apos;est pas en cours (accord manquant, terminé ou annulé)</translation>
    </message>
    <message>
        <source>the plan is already completed or cancelled</source>
        <translation>le plan est déjà terminé ou annulé</translation>
    </message>
    <message>
        <source>this step was already confirmed or skipped</source>
        <translation>cette étape a déjà été confirmée ou sautée</translation>
    </message>
    <message>
        <source>an earlier step must be confirmed or skipped first</source>
        <translation>une étape précédente doit d&apos;abord être confirmée ou sautée</translation>
    </message>
    <message>
        <source>this step is planned for {due}: it can be confirmed from that day</source>
        <translation>cette étape est prévue le {due}&#xa0;: elle peut être confirmée à partir de ce jour</translation>
    </message>
    <message>
        <source>«{value}» is not an act of the follow-up schedules</source>
        <translation>«{value}» n’est pas un acte des calendriers de suivi</translation>
    </message>
    <message>
        <source>must be «by hand» or «hospital letter» (not «{value}»)</source>
        <translation>doit être «saisie manuelle» ou «courrier hospitalier» (et non «{value}»)</translation>
    </message>
    <message>
        <source>must not be before 1900</source>
        <translation>ne doit pas être antérieure à 1900</translation>
    </message>
    <message>
        <source>«{value}» is not a condition or prevention schedule</source>
        <translation>«{value}» n’est ni une pathologie suivie ni un calendrier de prévention</translation>
    </message>
    <message>
        <source>the schedule file {file} is not readable ({reason})</source>
        <translation>le fichier de calendrier {file} est illisible ({reason})</translation>
    </message>
    <message>
        <source>the schedule file {file} has a bad entry at {key}</source>
        <translation>le fichier de calendrier {file} contient une entrée incorrecte en {key}</translation>
    </message>
    <message>
        <source>This patient already has an intake.</source>
        <translation>Ce patient a déjà une demande d&apos;accueil.</translation>
    </message>
    <message>
        <source>This intake is closed (done or withdrawn): it can no longer be changed.</source>
        <translation>Cet accueil est clos (terminé ou retiré)&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>This patient is no longer on the waiting list.</source>
        <translation>Ce patient n&apos;est plus sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>must be today or later</source>
        <translation>doit être aujourd&apos;hui ou plus tard</translation>
    </message>
    <message>
        <source>does not apply to this patient</source>
        <translation>ne s&apos;applique pas à ce patient</translation>
    </message>
    <message>
        <source>needs the step before it done first</source>
        <translation>demande que l&apos;étape précédente soit faite d&apos;abord</translation>
    </message>
    <message>
        <source>can be checked once the INS is qualified (see the patient&apos;s identity)</source>
        <translation>peut être cochée une fois l&apos;INS qualifiée (voir l&apos;identité du patient)</translation>
    </message>
    <message>
        <source>cannot be «not qualifiable»: the INS is qualified, confirm the identity instead</source>
        <translation>ne peut pas être « non qualifiable »&#xa0;: l&apos;INS est qualifiée, confirmez plutôt l&apos;identité</translation>
    </message>
    <message>
        <source>needs at least one entry in the chart first</source>
        <translation>demande d&apos;abord au moins une entrée dans le dossier</translation>
    </message>
    <message>
        <source>«{value}» is not a step of the checklist</source>
        <translation>« {value} » n&apos;est pas une étape de la check-list</translation>
    </message>
    <message>
        <source>«{value}» is not a known instrument</source>
        <translation>«{value}» n&apos;est pas un instrument connu</translation>
    </message>
    <message>
        <source>question «{item}» is not part of this instrument</source>
        <translation>la question «{item}» ne fait pas partie de cet instrument</translation>
    </message>
    <message>
        <source>question {number} has no answer</source>
        <translation>la question {number} n&apos;a pas de réponse</translation>
    </message>
    <message>
        <source>«{value}» is not an answer of question {number}</source>
        <translation>«{value}» n&apos;est pas une réponse de la question {number}</translation>
    </message>
    <message>
        <source>your role records this instrument only under a protocol that covers it ({protocols})</source>
        <translation>votre rôle ne saisit cet instrument que dans le cadre d&apos;un protocole qui le couvre ({protocols})</translation>
    </message>
    <message>
        <source>protocol «{value}» does not cover this instrument (covered by: {protocols})</source>
        <translation>le protocole «{value}» ne couvre pas cet instrument (couvert par&#xa0;: {protocols})</translation>
    </message>
    <message>
        <source>only a member of the team can work under a protocol</source>
        <translation>seul un membre de l&apos;équipe peut agir dans le cadre d&apos;un protocole</translation>
    </message>
    <message>
        <source>«{value}» is not proposed by this result</source>
        <translation>«{value}» n&apos;est pas proposé par ce résultat</translation>
    </message>
    <message>
        <source>the patient has no care plan in force to add this need to</source>
        <translation>le patient n&apos;a pas de plan de soins en vigueur auquel ajouter ce besoin</translation>
    </message>
    <message>
        <source>the instrument file {file} is not readable ({reason})</source>
        <translation>le fichier d&apos;instrument {file} est illisible ({reason})</translation>
    </message>
    <message>
        <source>the instrument file {file} has a bad entry at {key}</source>
        <translation>le fichier d&apos;instrument {file} contient une entrée incorrecte à {key}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>FINESS number</source>
        <translation>N° FINESS</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Lock after inactivity (minutes)</source>
        <translation>Verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Patient charts</source>
        <translation>Dossiers des patients</translation>
    </message>
    <message>
        <source>Lists for older people</source>
        <translation>Listes pour les personnes âgées</translation>
    </message>
    <message>
        <source>Audit anchor copy (file or syslog)</source>
        <translation>Copie des ancres du journal d&apos;audit (fichier ou syslog)</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Fichier de sortie</translation>
    </message>
    <message>
        <source>Recovery sheet (--recovery-sheet)</source>
        <translation>Feuille de récupération (--recovery-sheet)</translation>
    </message>
    <message>
        <source>ANSM thesaurus file (--ansm)</source>
        <translation>Fichier du thésaurus ANSM (--ansm)</translation>
    </message>
    <message>
        <source>Thesaurus edition (--edition)</source>
        <translation>Édition du thésaurus (--edition)</translation>
    </message>
    <message>
        <source>Alert (--alert)</source>
        <translation>Alerte (--alert)</translation>
    </message>
    <message>
        <source>FHIR bundle file</source>
        <translation>Fichier du bundle FHIR</translation>
    </message>
    <message>
        <source>Document to send</source>
        <translation>Document à envoyer</translation>
    </message>
    <message>
        <source>Partner&apos;s exchange card</source>
        <translation>Carte d&apos;échange du partenaire</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages</source>
        <translation>Dossier surveillé pour les paquets reçus</translation>
    </message>
    <message>
        <source>How the package travels</source>
        <translation>Acheminement du paquet</translation>
    </message>
    <message>
        <source>Resources to send</source>
        <translation>Ressources à envoyer</translation>
    </message>
    <message>
        <source>Conflicts whose partner&apos;s version is taken</source>
        <translation>Conflits repris dans la version du partenaire</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <source>ADELI number</source>
        <translation>N° ADELI</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>Practice passphrase</source>
        <translation>Phrase de passe du cabinet</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Regular doctor</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <source>External doctor</source>
        <translation>Médecin externe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>INS number</source>
        <translation>Matricule INS</translation>
    </message>
    <message>
        <source>INS identity status</source>
        <translation>Statut de l&apos;identité INS</translation>
    </message>
    <message>
        <source>INS authority (OID)</source>
        <translation>Autorité INS (OID)</translation>
    </message>
    <message>
        <source>Birth first names</source>
        <translation>Prénoms de naissance</translation>
    </message>
    <message>
        <source>Place of birth (INSEE code)</source>
        <translation>Lieu de naissance (code INSEE)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Identité douteuse</translation>
    </message>
    <message>
        <source>Fictitious identity</source>
        <translation>Identité fictive</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Homonyme</translation>
    </message>
    <message>
        <source>Informed of sharing on</source>
        <translation>Informé du partage le</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informé par</translation>
    </message>
    <message>
        <source>Objection to sharing</source>
        <translation>Opposition au partage</translation>
    </message>
    <message>
        <source>What the patient objects to</source>
        <translation>Ce à quoi le patient s&apos;oppose</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <source>ATC code</source>
        <translation>Code ATC</translation>
    </message>
    <message>
        <source>Catalogue reference</source>
        <translation>Référence du catalogue</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Morning dose</source>
        <translation>Dose du matin</translation>
    </message>
    <message>
        <source>Noon dose</source>
        <translation>Dose de midi</translation>
    </message>
    <message>
        <source>Evening dose</source>
        <translation>Dose du soir</translation>
    </message>
    <message>
        <source>Night dose</source>
        <translation>Dose du coucher</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <source>Route (text)</source>
        <translation>Voie (texte)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schéma de prise</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Seulement si besoin</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Répéter tous les</translation>
    </message>
    <message>
        <source>Days of taking</source>
        <translation>Jours de prise</translation>
    </message>
    <message>
        <source>Amount per taking</source>
        <translation>Quantité par prise</translation>
    </message>
    <message>
        <source>At most a day</source>
        <translation>Maximum par jour</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Renewal allowed until</source>
        <translation>Renouvellement autorisé jusqu&apos;au</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <source>Other prescriber</source>
        <translation>Autre prescripteur</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Motif de l&apos;arrêt</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Date d&apos;arrêt</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Date of measurement</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Declaration reference</source>
        <translation>Référence de la déclaration</translation>
    </message>
    <message>
        <source>Form of consent</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Reason for retracting</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Heure d&apos;échéance</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Act performed</source>
        <translation>Acte réalisé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Date d&apos;activation</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Date de la formation</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Âge de</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Âge jusqu&apos;à</translation>
    </message>
    <message>
        <source>Conditions (ICD-10 codes)</source>
        <translation>Pathologies (codes CIM-10)</translation>
    </message>
    <message>
        <source>Task not done</source>
        <translation>Tâche non réalisée</translation>
    </message>
    <message>
        <source>Not done for (months)</source>
        <translation>Non réalisée depuis (mois)</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Line of the alert</source>
        <translation>Ligne de l&apos;alerte</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>Renouvelé jusqu&apos;au</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Nouvelle dose</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <source>Escalation delay (days)</source>
        <translation>Délai d&apos;escalade (jours)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Review finding</source>
        <translation>Résultat de la revue</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Catégorie de problème</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Package file (IHE_XDM.ZIP or Cordée package)</source>
        <translation>Fichier du paquet (IHE_XDM.ZIP ou paquet Cordée)</translation>
    </message>
    <message>
        <source>Intervention details</source>
        <translation>Détails de l&apos;intervention</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Médicaments concernés</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Modifications proposées</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Modifications effectuées</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Reply expected by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Address of the online form</source>
        <translation>Adresse du formulaire en ligne</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Dossier de la boîte de réception</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Envoyer comme</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Type de bilan</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Medication line</source>
        <translation>Ligne de médication</translation>
    </message>
    <message>
        <source>eMediplan</source>
        <translation>eMediplan</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>DFGe</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <source>Creatinine (µmol/l)</source>
        <translation>Créatinine (µmol/l)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <source>Date of the advance directives</source>
        <translation>Date des directives anticipées</translation>
    </message>
    <message>
        <source>Where the advance directives are kept</source>
        <translation>Lieu de conservation des directives anticipées</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <source>Trusted person&apos;s contact</source>
        <translation>Coordonnées de la personne de confiance</translation>
    </message>
    <message>
        <source>Trusted person designated on</source>
        <translation>Personne de confiance désignée le</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <source>Date of the patient&apos;s agreement</source>
        <translation>Date de l&apos;accord du patient</translation>
    </message>
    <message>
        <source>How the patient agreed</source>
        <translation>Modalité de l&apos;accord du patient</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Objectifs partagés</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Indicateur de suivi</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Problems addressed</source>
        <translation>Problèmes concernés</translation>
    </message>
    <message>
        <source>Type of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <source>Other responsible</source>
        <translation>Autre responsable</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <source>Restricted to (people)</source>
        <translation>Réservé à (personnes)</translation>
    </message>
    <message>
        <source>Restricted to (roles)</source>
        <translation>Réservé à (rôles)</translation>
    </message>
    <message>
        <source>Hospital event</source>
        <translation>Événement hospitalier</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Adressage</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Question clinique</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Auprès du patient</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Médecin à distance</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Lien vidéo</translation>
    </message>
    <message>
        <source>Specialist&apos;s answer</source>
        <translation>Réponse du spécialiste</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Outside participants</source>
        <translation>Participants extérieurs</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu’au</translation>
    </message>
    <message>
        <source>Self-assessment period</source>
        <translation>Campagne d&apos;autoévaluation</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Taper scheme</source>
        <translation>Schéma de réduction</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Records asked from</source>
        <translation>Dossier demandé auprès de</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>First appointment</source>
        <translation>Premier rendez-vous</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Motif du retrait</translation>
    </message>
    <message>
        <source>Why the identity cannot be qualified</source>
        <translation>Motif de non-qualification de l&apos;identité</translation>
    </message>
    <message>
        <source>Patient record read</source>
        <translation>Version du dossier patient lue</translation>
    </message>
    <message>
        <source>First step on</source>
        <translation>Première étape le</translation>
    </message>
    <message>
        <source>Follow-up calls by</source>
        <translation>Appels de suivi par</translation>
    </message>
    <message>
        <source>Days between a step and its call</source>
        <translation>Jours entre une étape et son appel</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement on</source>
        <translation>Accord du patient le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Emergency access duration (minutes)</source>
        <translation>Durée d&apos;un accès d&apos;urgence (minutes)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Note de vérification</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Accès d&apos;urgence</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Date de réalisation</translation>
    </message>
    <message>
        <source>Follow-up or prevention</source>
        <translation>Suivi ou prévention</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Personne à contacter</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Critères d&apos;admission</translation>
    </message>
    <message>
        <source>Pathway name</source>
        <translation>Nom du parcours</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>Step done by</source>
        <translation>Étape faite par</translation>
    </message>
    <message>
        <source>Step delay (days)</source>
        <translation>Délai de l&apos;étape (jours)</translation>
    </message>
    <message>
        <source>Directory CSV file</source>
        <translation>Fichier CSV de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Directory resource</source>
        <translation>Ressource de l&apos;annuaire</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problème %1</translation>
    </message>
    <message>
        <source>Proposed change %1</source>
        <translation>Modification proposée %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Modification %1</translation>
    </message>
    <message>
        <source>Taking %1</source>
        <translation>Prise %1</translation>
    </message>
    <message>
        <source>Axis %1</source>
        <translation>Axe %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Étape %1</translation>
    </message>
    <message>
        <source>Questionnaire %1</source>
        <translation>Questionnaire %1</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>médicament</translation>
    </message>
    <message>
        <source>new medication</source>
        <translation>nouveau médicament</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>quantité</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>axe</translation>
    </message>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <source>Active care plans (month end)</source>
        <translation>Plans de soins actifs (fin de mois)</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Réévaluations dues</translation>
    </message>
    <message>
        <source>Reviews done on time</source>
        <translation>Réévaluations faites à temps</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Alertes émises</translation>
    </message>
    <message>
        <source>Alerts answered</source>
        <translation>Alertes répondues</translation>
    </message>
    <message>
        <source>Median answer time</source>
        <translation>Délai médian de réponse</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <source>Delegated tasks done</source>
        <translation>Tâches déléguées réalisées</translation>
    </message>
    <message>
        <source>Delegated tasks overdue (month end)</source>
        <translation>Tâches déléguées en retard (fin de mois)</translation>
    </message>
    <message>
        <source>Concertation meetings</source>
        <translation>Réunions de concertation</translation>
    </message>
    <message>
        <source>Patients discussed</source>
        <translation>Patients discutés</translation>
    </message>
    <message>
        <source>Complex patients discussed</source>
        <translation>Patients complexes discutés</translation>
    </message>
    <message>
        <source>Frequent ED users (≥ 4 in 12 months)</source>
        <translation>Recours fréquents aux urgences (≥ 4 en 12 mois)</translation>
    </message>
    <message>
        <source>DAUM alerts raised</source>
        <translation>Alertes DAUM émises</translation>
    </message>
    <message>
        <source>Referrals overdue (month end)</source>
        <translation>Adressages en retard (fin de mois)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>within 48 h</source>
        <translation>sous 48 h</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>sous 7 jours</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>programmés</translation>
    </message>
    <message>
        <source>advice only</source>
        <translation>avis seul</translation>
    </message>
    <message>
        <source>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</source>
        <translation>Patient complexe&#xa0;: une affection de longue durée (ALD) et 75 ans ou plus, ou un plan de soins en vigueur.</translation>
    </message>
    <message>
        <source>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</source>
        <translation>Recours fréquent aux urgences&#xa0;: 4 passages ou plus dans les 12 mois précédant la fin du mois (règle DAUM).</translation>
    </message>
    <message>
        <source>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</source>
        <translation>Taux d&apos;acceptation&#xa0;: alertes acceptées ÷ alertes répondues (acceptées, modifiées ou refusées).</translation>
    </message>
    <message>
        <source>Done — %1</source>
        <translation>Réalisées — %1</translation>
    </message>
    <message>
        <source>Referrals %1</source>
        <translation>Adressages %1</translation>
    </message>
    <message>
        <source>Median delay, %1</source>
        <translation>Délai médian, %1</translation>
    </message>
</context>
<context>
    <name>pools</name>
    <message>
        <source>Physicians</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmaciens</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Infirmiers en pratique avancée</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacien/Pharmacienne</translation>
    </message>
    <message>
        <source>Advanced practice nurse</source>
        <translation>Infirmier/Infirmière en pratique avancée</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Infirmier/Infirmière</translation>
    </message>
    <message>
        <source>Medical assistant</source>
        <translation>Assistant(e) médical(e)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur/Coordinatrice</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Survey kiosk (no records)</source>
        <translation>Borne d&apos;enquête (sans dossiers)</translation>
    </message>
    <message>
        <source>Cordée (automatic)</source>
        <translation>Cordée (automatique)</translation>
    </message>
</context>
</TS>
