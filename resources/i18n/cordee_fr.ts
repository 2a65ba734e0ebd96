<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AbsencesPage</name>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="25" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="27" />
        <source>Record absence</source>
        <translation>Enregistrer une absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="34" />
        <source>Reassign selected tasks</source>
        <translation>Réattribuer les tâches sélectionnées</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="37" />
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="42" />
        <source>From / to</source>
        <translation>Du / au</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="43" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="45" />
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="48" />
        <source>Give to</source>
        <translation>Confier à</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="65" />
        <source>pool: %1</source>
        <translation>pool : %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/absences_panel.py" line="93" />
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n tâche ouverte</numerusform>
            <numerusform>%n tâches ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="93" />
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/absences_panel.py" line="94" />
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
        <location filename="../../app/ui/shell/first_run_pages.py" line="135" />
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="136" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="169" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="137" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="169" />
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>Nurse</source>
        <translation>Infirmier/Infirmière</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>Pharmacist</source>
        <translation>Pharmacien/Pharmacienne</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="141" />
        <source>Medical assistant</source>
        <translation>Assistant(e) médical(e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="141" />
        <source>Practice coordinator</source>
        <translation>Coordinateur/Coordinatrice</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="142" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="144" />
        <source>Password (at least 12 characters)</source>
        <translation>Mot de passe (12 caractères au moins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="145" />
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="150" />
        <source>RPPS or ADELI number (optional)</source>
        <translation>N° RPPS ou ADELI (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="150" />
        <source>GLN (optional)</source>
        <translation>GLN (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="167" />
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Identifiant : de 2 à 64 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="171" />
        <source>%1: this field is required.</source>
        <translation>%1 : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="173" />
        <source>Profession: this field is required.</source>
        <translation>Profession : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="188" />
        <source>Password again: the two passwords are not the same.</source>
        <translation>Confirmer le mot de passe : les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="149" />
        <source>Add a patient to the meeting of %1</source>
        <translation>Ajouter un patient à la réunion du %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="153" />
        <source>The question asked to the team</source>
        <translation>La question posée à l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="156" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="157" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="57" />
        <source>Alert #%1</source>
        <translation>Alerte n° %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="61" />
        <source>Alert and thread</source>
        <translation>Alerte et échanges</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="63" />
        <source>Comment, reason for refusal, question or reply</source>
        <translation>Commentaire, motif du refus, question ou réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="67" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="67" />
        <source>Modify…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="68" />
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="68" />
        <source>Ask a question</source>
        <translation>Poser une question</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="69" />
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="69" />
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="70" />
        <source>Open chart</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="81" />
        <source>Your answer</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="128" />
        <source>reply by %1</source>
        <translation>réponse attendue le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="129" />
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Medications concerned</source>
        <translation>Médicaments concernés</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Clinical context</source>
        <translation>Contexte clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Proposed intervention</source>
        <translation>Intervention proposée</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="131" />
        <source>Thread</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="186" />
        <source>Save the alert as PDF</source>
        <translation>Enregistrer l&apos;alerte en PDF</translation>
    </message>
</context>
<context>
    <name>AlertTab</name>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="54" />
        <source>Alerts of the patient</source>
        <translation>Alertes du patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="59" />
        <source>Raise alert…</source>
        <translation>Émettre une alerte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="60" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="61" />
        <source>Print medication plan…</source>
        <translation>Imprimer le plan de médication…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="62" />
        <source>Print alerts…</source>
        <translation>Imprimer les alertes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="63" />
        <source>Reconciliation after hospital…</source>
        <translation>Conciliation de sortie…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="64" />
        <source>Review worksheet…</source>
        <translation>Bilan de médication…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/alerts/alert_tab.py" line="97" />
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alerte</numerusform>
            <numerusform>%n alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/alerts/alert_tab.py" line="98" />
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n en attente de réponse</numerusform>
            <numerusform>%n en attente de réponse</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="136" />
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="142" />
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="45" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="45" />
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="45" />
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="46" />
        <source>Reply by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="46" />
        <source>Last step</source>
        <translation>Dernière étape</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <location filename="aliased_strings.py" line="10" />
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="11" />
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="12" />
        <source>Question asked</source>
        <translation>Question posée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="13" />
        <source>Question answered</source>
        <translation>Question répondue</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="14" />
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="15" />
        <source>Modified</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="16" />
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="17" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="18" />
        <source>Escalated</source>
        <translation>Escaladée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="19" />
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="20" />
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="21" />
        <source>Within 24 h</source>
        <translation>Sous 24 h</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="22" />
        <source>Routine</source>
        <translation>Courante</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="23" />
        <source>Raised</source>
        <translation>Émise</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="24" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="25" />
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="26" />
        <source>Escalated to the coordinator</source>
        <translation>Escaladée au coordinateur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="27" />
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="28" />
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="29" />
        <source>Sent</source>
        <translation>Envoyées</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="30" />
        <source>All alerts</source>
        <translation>Toutes les alertes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="31" />
        <source>new drug in the combination: %1</source>
        <translation>nouveau médicament dans l&apos;association : %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="32" />
        <source>dose increased for %1: %2 → %3</source>
        <translation>dose augmentée pour %1 : %2 → %3</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="33" />
        <source>renal function band changed: %1 → %2</source>
        <translation>classe de fonction rénale modifiée : %1 → %2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="34" />
        <source>the patient is now %1 or older</source>
        <translation>le patient a désormais %1 ans ou plus</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="35" />
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="36" />
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="37" />
        <source>added</source>
        <translation>ajouté</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="56" />
        <location filename="../../app/ui/admin/audit_browser.py" line="95" />
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="72" />
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="73" />
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Vérifie qu&apos;aucune entrée n&apos;a été modifiée, insérée ou supprimée en dehors de Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="78" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="92" />
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="92" />
        <source>Logins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="93" />
        <source>Screen lock</source>
        <translation>Verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="93" />
        <source>Patient records</source>
        <translation>Dossiers patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="94" />
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="94" />
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="95" />
        <source>Practice settings</source>
        <translation>Paramètres du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="98" />
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="101" />
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="103" />
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="103" />
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="104" />
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="106" />
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="114" />
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="116" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="118" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="120" />
        <source>Patient id</source>
        <translation>N° patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="122" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="127" />
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/audit_browser.py" line="163" />
        <source>%n entry(ies) (newest first, at most 500).</source>
        <translation>
            <numerusform>%n entrée (les plus récentes d&apos;abord, 500 au plus).</numerusform>
            <numerusform>%n entrées (les plus récentes d&apos;abord, 500 au plus).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="171" />
        <source>Checking the audit trail…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="179" />
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>Le journal d&apos;audit est intact : %1 entrées vérifiées, rien n&apos;a été modifié en dehors de Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="184" />
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Cordée (%1 entrées vérifiées). Problèmes constatés :</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Patient id</source>
        <translation>N° patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="78" />
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="78" />
        <source>failure</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="41" />
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="43" />
        <source>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</source>
        <translation>Une sauvegarde est une copie chiffrée de toute la base du cabinet, contrôlée après écriture (intégrité, nombre de lignes de chaque table, journal d&apos;audit). Elle s&apos;ouvre avec la phrase de passe du cabinet ou le code de récupération. Gardez-en des copies sur un support rangé loin de cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="52" />
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="54" />
        <location filename="../../app/ui/admin/backup_dialog.py" line="69" />
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="58" />
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="65" />
        <source>Written on</source>
        <translation>Écrite le</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="67" />
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="68" />
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="83" />
        <source>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</source>
        <translation>Ce cabinet travaille sur un serveur PostgreSQL : il est sauvegardé sur le serveur (pg_dump), par l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="89" />
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="106" />
        <source>Writing and checking the backup…</source>
        <translation>Écriture et contrôle de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="112" />
        <source>Backup written and verified: %1 (%2 patients).</source>
        <translation>Sauvegarde écrite et vérifiée : %1 (%2 patients).</translation>
    </message>
</context>
<context>
    <name>CarePlanMenu</name>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="17" />
        <source>Care &amp;plans</source>
        <translation>&amp;Plans de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="20" />
        <source>Plans to &amp;review…</source>
        <translation>Plans à &amp;réévaluer…</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="56" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="64" />
        <source>Start a care plan…</source>
        <translation>Commencer un plan de soins…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="64" />
        <source>Edit details…</source>
        <translation>Modifier les informations…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="65" />
        <source>Validate…</source>
        <translation>Valider…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="65" />
        <source>Put into action</source>
        <translation>Mettre en œuvre</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="66" />
        <source>Revise</source>
        <translation>Réviser</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="66" />
        <source>Close…</source>
        <translation>Clôturer…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="67" />
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="67" />
        <source>Print plan…</source>
        <translation>Imprimer le plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="68" />
        <source>Patient sheet…</source>
        <translation>Fiche patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="83" />
        <source>Care circle</source>
        <translation>Cercle de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="83" />
        <source>Problems and needs</source>
        <translation>Problèmes et besoins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="84" />
        <source>Shared goals</source>
        <translation>Objectifs partagés</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="84" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="85" />
        <source>Unmet needs</source>
        <translation>Besoins non couverts</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="112" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="112" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="113" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="119" />
        <source>Record progress…</source>
        <translation>Noter l&apos;avancement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="148" />
        <source>This patient has no care plan yet.</source>
        <translation>Ce patient n&apos;a pas encore de plan de soins.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="151" />
        <source>Care plan v%1 — %2 · référent %3</source>
        <translation>Plan de soins v%1 — %2 · référent %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="153" />
        <source>%1 of %2 actions done</source>
        <translation>%1 actions réalisées sur %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="157" />
        <source>No care plan</source>
        <translation>Aucun plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="234" />
        <source>New care plan</source>
        <translation>Nouveau plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="239" />
        <source>Care plan details</source>
        <translation>Informations du plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="254" />
        <source>Care plan item</source>
        <translation>Élément du plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="269" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="270" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="271" />
        <source>Progress of the action</source>
        <translation>Avancement de l&apos;action</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="276" />
        <source>Patient&apos;s agreement on</source>
        <translation>Accord du patient le</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="277" />
        <source>How the agreement was obtained</source>
        <translation>Modalité de recueil de l&apos;accord</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="278" />
        <source>Validate the care plan</source>
        <translation>Valider le plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="283" />
        <source>Close the care plan</source>
        <translation>Clôturer le plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="283" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="301" />
        <source>care-plan.pdf</source>
        <translation>plan-de-soins.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="304" />
        <source>patient-sheet.pdf</source>
        <translation>fiche-patient.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="308" />
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="38" />
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="39" />
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Attentes et préférences du patient</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="40" />
        <source>Advance directives</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="41" />
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="42" />
        <source>Alert procedure</source>
        <translation>Procédure d&apos;alerte</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="43" />
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="44" />
        <source>by %1; patient&apos;s agreement on %2 (%3)</source>
        <translation>par %1 ; accord du patient le %2 (%3)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="45" />
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="71" />
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Rechercher dans le catalogue : substance (FR, DE, EN) ou nom commercial</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="92" />
        <source>Catalogue search</source>
        <translation>Recherche dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="100" />
        <source>Type at least two letters.</source>
        <translation>Saisissez au moins deux lettres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/catalogue_picker.py" line="110" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="111" />
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Aucun résultat : vous pouvez garder le nom en texte libre (non vérifié).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="49" />
        <source>no ATC code</source>
        <translation>sans code ATC</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="63" />
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="46" />
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="56" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/feature.py" line="20" />
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="80" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="28" />
        <source>&amp;Coordination</source>
        <translation>&amp;Coordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="15" />
        <source>&amp;Meetings…</source>
        <translation>&amp;Réunions de concertation…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="17" />
        <source>&amp;Referrals…</source>
        <translation>&amp;Adressages…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="19" />
        <source>Team &amp;indicators…</source>
        <translation>&amp;Indicateurs d&apos;équipe…</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="49" />
        <source>Team indicators</source>
        <translation>Indicateurs d&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="57" />
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="59" />
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="60" />
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="65" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="65" />
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="78" />
        <source>Section</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="79" />
        <source>Indicator</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="80" />
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="81" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="82" />
        <source>Monthly</source>
        <translation>Par mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="143" />
        <source>Export the indicators</source>
        <translation>Exporter les indicateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="149" />
        <source>Written to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="15" />
        <source>Care plans</source>
        <translation>Plans de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="16" />
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="17" />
        <source>Delegated tasks</source>
        <translation>Tâches déléguées</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="18" />
        <source>Meetings</source>
        <translation>Réunions de concertation</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="19" />
        <source>Emergency visits</source>
        <translation>Passages aux urgences</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="20" />
        <source>Referrals</source>
        <translation>Adressages</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="199" />
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="204" />
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="205" />
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Phrase de passe du cabinet (12 caractères au moins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="206" />
        <source>Passphrase again</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="208" />
        <source>Create the database</source>
        <translation>Créer la base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="211" />
        <source>Location of the new database</source>
        <translation>Emplacement de la nouvelle base</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="212" />
        <source>Cordée database (*.db)</source>
        <translation>Base de données Cordée (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="224" />
        <source>Database file: please choose where to store the database.</source>
        <translation>Fichier de la base : choisissez où enregistrer la base de données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="226" />
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Fichier de la base : %1 existe déjà. Cordée ne remplace jamais une base de données ; choisissez un autre nom de fichier, ou fermez cet assistant et ouvrez la base existante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="234" />
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Confirmer la phrase de passe : les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="238" />
        <source>Database file: the folder cannot be created (%1).</source>
        <translation>Fichier de la base : le dossier ne peut pas être créé (%1).</translation>
    </message>
</context>
<context>
    <name>DischargeLineDialog</name>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="95" />
        <source>Change a discharge line</source>
        <translation>Modifier une ligne de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="95" />
        <source>Add a discharge line</source>
        <translation>Ajouter une ligne de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="103" />
        <source>As needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="106" />
        <source>Keep as free text (not checked)</source>
        <translation>Garder en texte libre (non vérifié)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="112" />
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Unités par prise : 1, 0.5 ou 1/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="117" />
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="117" />
        <source>Noon</source>
        <translation>Midi</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="118" />
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="118" />
        <source>Night</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="125" />
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="126" />
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="127" />
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="128" />
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="130" />
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="163" />
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — vérifié par le moteur de revue</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="165" />
        <source>Free text: not checked by the engine</source>
        <translation>Texte libre : non vérifié par le moteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="167" />
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choisissez une entrée du catalogue (Entrée) ou gardez le texte libre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="185" />
        <source>Choose a catalogue entry or type a product or substance name.</source>
        <translation>Choisissez une entrée du catalogue ou saisissez un nom commercial ou une substance.</translation>
    </message>
</context>
<context>
    <name>DischargeLinesModel</name>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Morning-noon-evening-night</source>
        <translation>Matin-midi-soir-coucher</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="72" />
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="80" />
        <source>Free text: not checked by the engine</source>
        <translation>Texte libre : non vérifié par le moteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="86" />
        <source>as needed</source>
        <translation>si besoin</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="46" />
        <source>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</source>
        <translation>Ce PDF ne peut pas être affiché dans Cordée sur cet ordinateur. Vous pouvez l&apos;ouvrir dans votre lecteur PDF : une copie lisible est alors écrite dans un dossier temporaire privé et y reste jusqu&apos;à ce que l&apos;ordinateur le nettoie.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="51" />
        <source>Open outside Cordée…</source>
        <translation>Ouvrir hors de Cordée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="61" />
        <source>Readable copy on this computer</source>
        <translation>Copie lisible sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="62" />
        <source>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</source>
        <translation>Une copie lisible (non chiffrée) de ce document sera écrite dans un dossier temporaire privé. Continuer ?</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="32" />
        <source>Record a hospital event</source>
        <translation>Enregistrer un événement hospitalier</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="34" />
        <source>Emergency visit</source>
        <translation>Passage aux urgences</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="34" />
        <source>Admission</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="35" />
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="40" />
        <source>Hospital</source>
        <translation>Hôpital</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="40" />
        <source>Shared record (DMP/EPD)</source>
        <translation>Dossier partagé (DMP/DEP)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="41" />
        <source>Patient or relative</source>
        <translation>Patient ou proche</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="41" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="44" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="45" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="46" />
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="47" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="48" />
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="46" />
        <source>Emergency visit</source>
        <translation>Passage aux urgences</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="46" />
        <source>Admission</source>
        <translation>Hospitalisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="47" />
        <source>Discharge</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="54" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="54" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="55" />
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="55" />
        <location filename="../../app/ui/coordination/events_tab.py" line="77" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="56" />
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="59" />
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="60" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="60" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="61" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="64" />
        <source>&amp;Record event…</source>
        <translation>&amp;Enregistrer un événement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="67" />
        <source>&amp;Attach document…</source>
        <translation>&amp;Joindre un document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="70" />
        <source>&amp;Open document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="77" />
        <source>Hospital events</source>
        <translation>Événements hospitaliers</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="106" />
        <source>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</source>
        <translation>Passages aux urgences fréquents : %1 passages en 12 mois jusqu&apos;au %2 (alerte de coordination %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="109" />
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="109" />
        <source>acknowledged</source>
        <translation>prise en compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="124" />
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="125" />
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="194" />
        <source>Review findings</source>
        <translation>Résultats de la revue</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="197" />
        <source>Selected finding</source>
        <translation>Résultat sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="198" />
        <source>Select a finding to read it in full.</source>
        <translation>Sélectionnez un résultat pour le lire en entier.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="97" />
        <source>Contraindicated</source>
        <translation>Contre-indiqué</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="98" />
        <source>Avoid</source>
        <translation>À éviter</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="99" />
        <source>Precaution</source>
        <translation>Précaution d&apos;emploi</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="100" />
        <source>Take into account</source>
        <translation>À prendre en compte</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="101" />
        <source>Not evaluable</source>
        <translation>Non évaluable</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="102" />
        <source>Not checked by the engine</source>
        <translation>Non vérifié par le moteur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="103" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="104" />
        <source>Duplication</source>
        <translation>Redondance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="105" />
        <source>Inappropriate in the elderly</source>
        <translation>Inapproprié chez la personne âgée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="106" />
        <source>Renal dose</source>
        <translation>Adaptation rénale</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="107" />
        <source>Anticholinergic burden</source>
        <translation>Charge anticholinergique</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="108" />
        <source>QT prolongation</source>
        <translation>Allongement du QT</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="109" />
        <source>Drug–disease</source>
        <translation>Médicament–pathologie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="110" />
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="111" />
        <source>Polypharmacy</source>
        <translation>Polymédication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="112" />
        <source>Free text without an ATC code: no interaction, dose or allergy check.</source>
        <translation>Texte libre sans code ATC : aucune vérification d&apos;interaction, de dose ni d&apos;allergie.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="113" />
        <source>Recommendation: %1</source>
        <translation>Recommandation : %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="114" />
        <source>Anticholinergic score %1%2:</source>
        <translation>Score anticholinergique %1%2 :</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="115" />
        <source>Drugs involved: %1</source>
        <translation>Médicaments en cause : %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="116" />
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="247" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="277" />
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Création de la base de données chiffrée… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="259" />
        <source>Save recovery sheet (PDF)…</source>
        <translation>Enregistrer la fiche de récupération (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="265" />
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>J&apos;ai imprimé ou enregistré la fiche de récupération et je la conserverai hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="281" />
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>La base de données est prête. Ce code de récupération l&apos;ouvre si la phrase de passe est oubliée ou si le trousseau de clés est perdu. Il n&apos;est affiché que maintenant : enregistrez la fiche de récupération, imprimez-la et conservez-la hors ligne en lieu sûr. Quiconque la détient peut ouvrir les dossiers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="293" />
        <source>Save recovery sheet</source>
        <translation>Enregistrer la fiche de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="294" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="45" />
        <location filename="../../app/ui/shell/first_run_wizard.py" line="73" />
        <source>Cordée — first start</source>
        <translation>Cordée — premier démarrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="82" />
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>Le code de récupération ne pourra plus être affiché : enregistrez ou imprimez la fiche de récupération et cochez la case avant de fermer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="153" />
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>La fiche de récupération a été enregistrée dans %1. Imprimez-la maintenant, puis conservez-la hors ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="159" />
        <source>The recovery sheet could not be saved: %1</source>
        <translation>La fiche de récupération n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_forms.py" line="93" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
</context>
<context>
    <name>FormOperation</name>
    <message>
        <location filename="../../app/ui/common/operations.py" line="72" />
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="46" />
        <source>Care plan history</source>
        <translation>Historique du plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="50" />
        <source>Saved</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="51" />
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="51" />
        <source>Plan version</source>
        <translation>Version du plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="52" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="52" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="67" />
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Sélectionnez une version pour voir ses modifications, ou deux versions pour les comparer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="92" />
        <source>No difference.</source>
        <translation>Aucune différence.</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="23" />
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="28" />
        <source>A&amp;lerts</source>
        <translation>A&amp;lertes</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="30" />
        <source>&amp;Inbox</source>
        <translation>&amp;Boîte de réception</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="63" />
        <source>Box:</source>
        <translation>Boîte :</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="75" />
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="77" />
        <source>Open chart</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="93" />
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="162" />
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="167" />
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Before the stay</source>
        <translation>Avant le séjour</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>At discharge</source>
        <translation>À la sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="64" />
        <source>Explanation</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Added</source>
        <translation>Ajouté</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Dose changed</source>
        <translation>Dose modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="72" />
        <source>Substituted</source>
        <translation>Substitué</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="72" />
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="73" />
        <source>Intentional, documented</source>
        <translation>Intentionnel, documenté</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="74" />
        <source>To be clarified</source>
        <translation>À clarifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="74" />
        <source>Keep current line</source>
        <translation>Garder la ligne actuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="75" />
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="75" />
        <source>task</source>
        <translation>tâche</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="29" />
        <source>Cordée is locked</source>
        <translation>Cordée est verrouillé</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="35" />
        <source>Type your password to continue.</source>
        <translation>Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="39" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="43" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="45" />
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="63" />
        <source>Logged in as %1</source>
        <translation>Connecté(e) : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="78" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="34" />
        <source>Cordée — log in</source>
        <translation>Cordée — connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="48" />
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="49" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="52" />
        <source>You must choose a new password before you continue.</source>
        <translation>Vous devez choisir un nouveau mot de passe avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="55" />
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="56" />
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="64" />
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="65" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="93" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="106" />
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="120" />
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Les deux nouveaux mots de passe diffèrent ; saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="125" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="61" />
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <extracomment>The program&apos;s daily backup starts this long after the first patient list (None: never, e.g. in tests).</extracomment>
        <translation>Recherchez un patient à gauche et appuyez sur Entrée pour ouvrir son dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="86" />
        <source>Logged in as %1</source>
        <translation>Connecté(e) : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="143" />
        <source>The daily backup failed: %1</source>
        <translation>La sauvegarde quotidienne a échoué : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="147" />
        <source>Daily backup written and verified.</source>
        <translation>Sauvegarde quotidienne écrite et vérifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="160" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="161" />
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="163" />
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="164" />
        <source>&amp;Close chart</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="167" />
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="168" />
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="169" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="170" />
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="14" />
        <source>&amp;Staff…</source>
        <translation>&amp;Personnel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="16" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="18" />
        <source>S&amp;ettings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="20" />
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="178" />
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="179" />
        <source>&amp;About Cordée</source>
        <translation>À &amp;propos de Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="188" />
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — plans de soins partagés, revues de médication et tâches déléguées pour les cabinets de groupe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="305" />
        <source>Cordée — %1</source>
        <translation>Cordée — %1</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="77" />
        <source>Change medication</source>
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="77" />
        <source>Add medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="182" />
        <location filename="aliased_strings.py" line="118" />
        <source>(not a member of the practice)</source>
        <translation>(hors du cabinet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="210" />
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — vérifié par le moteur de revue</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="213" />
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choisissez une entrée du catalogue (Entrée) ou gardez le texte libre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="216" />
        <source>Free text: not checked by the engine</source>
        <translation>Texte libre : non vérifié par le moteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="270" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="117" />
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="119" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="120" />
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Unités par prise : 1, 0.5 ou 1/2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="121" />
        <source>Keep as free text (not checked)</source>
        <translation>Garder en texte libre (non vérifié)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="122" />
        <source>As needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="123" />
        <source>Self-medication (not prescribed)</source>
        <translation>Automédication (non prescrit)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="124" />
        <source>Pharmacist may adjust the dose</source>
        <translation>Le pharmacien peut adapter la dose</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="125" />
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="126" />
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="127" />
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="128" />
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="129" />
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="130" />
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="131" />
        <source>Noon</source>
        <translation>Midi</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="132" />
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="133" />
        <source>Night</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="134" />
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="135" />
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="136" />
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="137" />
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="138" />
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="139" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="140" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="141" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="142" />
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="143" />
        <source>Other prescriber</source>
        <translation>Autre prescripteur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="144" />
        <source>Pharmacien correspondant</source>
        <translation>Pharmacien correspondant</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="145" />
        <source>Renewal allowed until</source>
        <translation>Renouvellement autorisé jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="aliased_strings.py" line="146" />
        <source>as needed</source>
        <translation>si besoin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="147" />
        <source>self-medication</source>
        <translation>automédication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="148" />
        <source>not checked by the engine</source>
        <translation>non vérifié par le moteur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="149" />
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="150" />
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="151" />
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="152" />
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="153" />
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="154" />
        <source>Noon</source>
        <translation>Midi</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="155" />
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="156" />
        <source>Night</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="157" />
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="158" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="159" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="160" />
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="161" />
        <source>Units per intake (morning, noon, evening, night)</source>
        <translation>Unités par prise (matin, midi, soir, coucher)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="162" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="163" />
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="164" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="165" />
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="166" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="167" />
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="168" />
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="169" />
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="170" />
        <source>stopped on %1: %2</source>
        <translation>arrêté le %1 : %2</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="163" />
        <source>Your role does not give access to the medication list.</source>
        <translation>Votre rôle ne donne pas accès à la liste des médicaments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="239" />
        <source>Raise alert…</source>
        <translation>Émettre une alerte…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="240" />
        <source>From the selected finding, or from scratch when none is selected</source>
        <translation>À partir du résultat sélectionné, ou vierge si aucun n&apos;est sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="264" />
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="290" />
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="293" />
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="294" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="295" />
        <source>%n serious</source>
        <translation>
            <numerusform>%n grave</numerusform>
            <numerusform>%n graves</numerusform>
        </translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="171" />
        <source>eGFR</source>
        <translation>DFGe</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="172" />
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="173" />
        <source>Creatinine</source>
        <translation>Créatinine</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="174" />
        <source>Height</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="175" />
        <source>Potassium</source>
        <translation>Potassium</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="176" />
        <source>Sodium</source>
        <translation>Sodium</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="177" />
        <source>INR</source>
        <translation>INR</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="178" />
        <source>HbA1c</source>
        <translation>HbA1c</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="179" />
        <source>Systolic blood pressure</source>
        <translation>Pression artérielle systolique</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="180" />
        <source>Diastolic blood pressure</source>
        <translation>Pression artérielle diastolique</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="181" />
        <source>Heart rate</source>
        <translation>Fréquence cardiaque</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="182" />
        <source>QTc</source>
        <translation>QTc</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="183" />
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="184" />
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="185" />
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="186" />
        <source>Show history</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="187" />
        <source>History (changes and stopped lines)</source>
        <translation>Historique (modifications et lignes arrêtées)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="188" />
        <source>Clinical values</source>
        <translation>Valeurs cliniques</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="189" />
        <source>Record value…</source>
        <translation>Saisir une valeur…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="190" />
        <source>Review</source>
        <translation>Revue</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="92" />
        <source>New concertation meeting</source>
        <translation>Nouvelle réunion de concertation</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="94" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="95" />
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="95" />
        <source>Ad hoc</source>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="96" />
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="96" />
        <source>Quality circle</source>
        <translation>Cercle de qualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="102" />
        <source>e.g. Dr Lambert (geriatrician), home-care service</source>
        <translation>p. ex. Dr Lambert (gériatre), service de soins à domicile</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="104" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="104" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="105" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="105" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="106" />
        <source>Outside participants</source>
        <translation>Participants extérieurs</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="45" />
        <source>Concertation meetings</source>
        <translation>Réunions de concertation</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="46" />
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="46" />
        <source>Ad hoc</source>
        <translation>Ponctuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="46" />
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="47" />
        <source>Quality circle</source>
        <translation>Cercle de qualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="51" />
        <location filename="../../app/ui/coordination/meeting_window.py" line="54" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="51" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="52" />
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="52" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="54" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="55" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="55" />
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="56" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="59" />
        <source>Search the records (words of the question, discussion, decisions)</source>
        <translation>Rechercher dans les comptes rendus (mots de la question, de la discussion, des décisions)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="69" />
        <source>New meeting…</source>
        <translation>Nouvelle réunion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="70" />
        <source>Add a patient…</source>
        <translation>Ajouter un patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="71" />
        <source>Record the discussion…</source>
        <translation>Consigner la discussion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="101" />
        <source>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</source>
        <translation>Patients complexes discutés au cours des 12 derniers mois : %1 sur %2 (%3). Complexe : ALD et 75 ans ou plus, ou plan de soins en vigueur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="117" />
        <source>Choose a meeting first.</source>
        <translation>Choisissez d&apos;abord une réunion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="125" />
        <source>Choose a patient record first.</source>
        <translation>Choisissez d&apos;abord le dossier d&apos;un patient.</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="39" />
        <source>Answer with another change</source>
        <translation>Répondre par une autre modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="42" />
        <source>Change the doses</source>
        <translation>Modifier les doses</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="42" />
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="43" />
        <source>Replace by another medication</source>
        <translation>Remplacer par un autre médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="47" />
        <source>No medication chosen</source>
        <translation>Aucun médicament choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>morning</source>
        <translation>matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>noon</source>
        <translation>midi</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>evening</source>
        <translation>soir</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>night</source>
        <translation>coucher</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="58" />
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="59" />
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="60" />
        <source>New medication</source>
        <translation>Nouveau médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="62" />
        <source>New doses</source>
        <translation>Nouvelles doses</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="64" />
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="65" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="107" />
        <source>Replaced by: %1</source>
        <translation>Remplacé par : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="134" />
        <source>New medication: choose it in the catalogue.</source>
        <translation>Nouveau médicament : choisissez-le dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="120" />
        <source>Record a clinical value</source>
        <translation>Saisir une valeur clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="126" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="130" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="132" />
        <source>Measured on</source>
        <translation>Mesurée le</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="50" />
        <location filename="../../app/ui/patients/chart.py" line="181" />
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="57" />
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Long-term conditions (ALD)</source>
        <translation>Affections de longue durée (ALD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="85" />
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="93" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="117" />
        <source>The record could not be opened.</source>
        <translation>Le dossier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="129" />
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="130" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="130" />
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="135" />
        <source>none recorded</source>
        <translation>aucune saisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="145" />
        <source>Last changed by %1 on %2</source>
        <translation>Modifié en dernier par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="154" />
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>retrieved</source>
        <translation>récupérée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="162" />
        <source>qualified</source>
        <translation>qualifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="165" />
        <source>%1 (identity %2)</source>
        <translation>%1 (identité %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>other sex</source>
        <translation>autre sexe</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="170" />
        <source>sex unknown</source>
        <translation>sexe inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="172" />
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="174" />
        <source>AVS %1</source>
        <translation>AVS %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="176" />
        <source>no national identifier</source>
        <translation>aucun identifiant national</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="177" />
        <source>Born %1 · %2 · %3</source>
        <translation>Né(e) le %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="57" />
        <source>Edit patient %1</source>
        <translation>Modifier le patient %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="59" />
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="151" />
        <source>(not a doctor of the practice)</source>
        <translation>(médecin hors du cabinet)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="197" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="198" />
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Saisissez la date de naissance sous la forme 31.12.1950 ou 31/12/1950.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="199" />
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="200" />
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="201" />
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="202" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="203" />
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="204" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="205" />
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="206" />
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="207" />
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="208" />
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="209" />
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="210" />
        <source>(no INS)</source>
        <translation>(sans INS)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="211" />
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="212" />
        <source>Retrieved</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="213" />
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="214" />
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="215" />
        <source>Name and town of a doctor outside the practice</source>
        <translation>Nom et localité d&apos;un médecin hors du cabinet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="216" />
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="217" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="218" />
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="219" />
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="220" />
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="221" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="222" />
        <source>INS number</source>
        <translation>Matricule INS</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="223" />
        <source>INS identity status</source>
        <translation>Statut de l&apos;identité INS</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="224" />
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="225" />
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="226" />
        <source>Contact and care</source>
        <translation>Coordonnées et suivi</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="227" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="228" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="229" />
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="230" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="231" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="232" />
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="233" />
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="234" />
        <source>External doctor</source>
        <translation>Médecin externe</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="235" />
        <source>Conditions, allergies and ALD</source>
        <translation>Pathologies, allergies et ALD</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="236" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="237" />
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="238" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <location filename="aliased_strings.py" line="191" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="192" />
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="193" />
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="194" />
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="195" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="196" />
        <source>City</source>
        <translation>Localité</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="29" />
        <source>Type a name or a birth date (dd.mm.yyyy)</source>
        <translation>Saisissez un nom ou une date de naissance (jj.mm.aaaa)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="36" />
        <location filename="../../app/ui/patients/picker.py" line="93" />
        <source>No patient chosen</source>
        <translation>Aucun patient choisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="75" />
        <source>No patient found</source>
        <translation>Aucun patient trouvé</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="93" />
        <source>Patient: %1</source>
        <translation>Patient : %1</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="38" />
        <source>Search by name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Nom, date de naissance (jj.mm.aaaa) ou identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="70" />
        <source>Your role does not give access to the patient register.</source>
        <translation>Votre rôle ne donne pas accès au registre des patients.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="97" />
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>Les %1 premiers patients sont affichés ; précisez la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="99" />
        <source>No patient found.</source>
        <translation>Aucun patient trouvé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/patients/search_panel.py" line="101" />
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansToReviewDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="107" />
        <source>Care plans to review</source>
        <translation>Plans de soins à réévaluer</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="111" />
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="112" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_plans/plan_history.py" line="112" />
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="113" />
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="114" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="114" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="115" />
        <source>Référent</source>
        <translation>Référent</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="97" />
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="99" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="100" />
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="101" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="108" />
        <source>FINESS number (optional)</source>
        <translation>N° FINESS (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="109" />
        <source>GLN of the practice (optional)</source>
        <translation>GLN du cabinet (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="119" />
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Nom du cabinet : saisissez le nom du cabinet.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../app/ui/patients/problem_table.py" line="129" />
        <source>Add problem</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/problem_table.py" line="130" />
        <source>Remove problem</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="aliased_strings.py" line="239" />
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="240" />
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="241" />
        <source>Long-term condition (ALD)</source>
        <translation>Affection de longue durée (ALD)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="242" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="243" />
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (CIM-10 ou ATC)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="244" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>ProtocolsDialog</name>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="35" />
        <source>Delegation protocols</source>
        <translation>Protocoles de coopération</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="42" />
        <source>Activate for the practice</source>
        <translation>Activer pour le cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="44" />
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="49" />
        <source>training date dd.mm.yyyy</source>
        <translation>date de formation jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="50" />
        <source>Record adherence</source>
        <translation>Enregistrer l&apos;adhésion</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="53" />
        <source>Staff adherence</source>
        <translation>Adhésion des professionnels</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="55" />
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="56" />
        <source>Training date</source>
        <translation>Date de la formation</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="58" />
        <source>Adherent</source>
        <translation>Adhérent</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="63" />
        <source>written</source>
        <translation>écrit</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="63" />
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="64" />
        <source>electronic</source>
        <translation>électronique</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="65" />
        <source>the patient</source>
        <translation>le patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="66" />
        <source>a representative</source>
        <translation>un représentant</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="67" />
        <source>Enrol the patient</source>
        <translation>Inclure le patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="69" />
        <source>Patient enrolment (consent)</source>
        <translation>Inclusion du patient (consentement)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="71" />
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="72" />
        <source>Consent given</source>
        <translation>Consentement donné</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="73" />
        <source>Consent by</source>
        <translation>Consentement de</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="111" />
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="126" />
        <source>Delegates: %1</source>
        <translation>Délégants : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="127" />
        <source>Acts: %1</source>
        <translation>Actes : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="128" />
        <source>Report to the doctor: %1</source>
        <translation>Compte rendu au médecin : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="131" />
        <source>To verify: %1</source>
        <translation>À vérifier : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="133" />
        <source>Active since %1</source>
        <translation>Actif depuis le %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="137" />
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="aliased_strings.py" line="245" />
        <source>Your practice</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="246" />
        <source>The name is printed on documents and letters.</source>
        <translation>Le nom figure sur les documents et les courriers.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="247" />
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="248" />
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>Ce compte personnel gère les comptes du personnel et les paramètres. Chaque membre du cabinet recevra ensuite son propre compte.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="249" />
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="250" />
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>Tous les dossiers sont conservés dans un fichier chiffré sur cet ordinateur. La phrase de passe du cabinet protège chaque dossier : elle est demandée chaque fois que le trousseau de clés de l&apos;ordinateur n&apos;est pas disponible. Choisissez une longue phrase dont vous vous souviendrez.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="251" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="252" />
        <source>The recovery code is shown only once, on this page.</source>
        <translation>Le code de récupération n&apos;est affiché qu&apos;une seule fois, sur cette page.</translation>
    </message>
</context>
<context>
    <name>RaiseAlertDialog</name>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="52" />
        <source>Raise an alert</source>
        <translation>Émettre une alerte</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="69" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="70" />
        <location filename="../../app/ui/alerts/raise_dialog.py" line="129" />
        <source>The patient&apos;s médecin traitant</source>
        <translation>Le médecin traitant du patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="72" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="72" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="73" />
        <source>Medications concerned</source>
        <translation>Médicaments concernés</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="74" />
        <source>Clinical context</source>
        <translation>Contexte clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="75" />
        <source>Proposed intervention</source>
        <translation>Intervention proposée</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="76" />
        <source>Details of the proposal</source>
        <translation>Détails de la proposition</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="77" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="77" />
        <source>Reply by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="78" />
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="82" />
        <source>Raise alert</source>
        <translation>Émettre l&apos;alerte</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="23" />
        <source>Recall patients</source>
        <translation>Rappel de patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="26" />
        <source>e.g. hba1c-2026-q1 (running it again creates no duplicates)</source>
        <translation>p. ex. hba1c-2026-t1 (la relancer ne crée pas de doublons)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="31" />
        <source>ICD-10 prefixes, e.g. E11, I50</source>
        <translation>préfixes CIM-10, p. ex. E11, I50</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="33" />
        <source>ATC prefixes, e.g. A10, B01AA</source>
        <translation>préfixes ATC, p. ex. A10, B01AA</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="36" />
        <source>dd.mm.yyyy (default: today)</source>
        <translation>jj.mm.aaaa (par défaut : aujourd&apos;hui)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="40" />
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="40" />
        <source>Task title</source>
        <translation>Titre de la tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="41" />
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="41" />
        <source>Age from</source>
        <translation>Âge de</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="42" />
        <source>Age to</source>
        <translation>Âge jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="42" />
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="43" />
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="44" />
        <source>No task of type</source>
        <translation>Aucune tâche du type</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="45" />
        <source>…done since (months)</source>
        <translation>…réalisée depuis (mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="46" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="52" />
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="55" />
        <source>&amp;Create tasks</source>
        <translation>&amp;Créer les tâches</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="84" />
        <source>%n patient(s) match</source>
        <translation>
            <numerusform>%n patient correspond</numerusform>
            <numerusform>%n patients correspondent</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="84" />
        <source>%1; %2</source>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="85" />
        <source>%n recall task(s) would be created.</source>
        <translation>
            <numerusform>%n tâche de rappel serait créée.</numerusform>
            <numerusform>%n tâches de rappel seraient créées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="94" />
        <source>%n recall task(s) created for the medical assistants&apos; pool.</source>
        <translation>
            <numerusform>%n tâche de rappel créée pour le pool des assistantes médicales.</numerusform>
            <numerusform>%n tâches de rappel créées pour le pool des assistantes médicales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="89" />
        <source>Medication reconciliation after a hospital stay</source>
        <translation>Conciliation médicamenteuse après hospitalisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="96" />
        <source>Paste the discharge list&apos;s eMediplan code (CHMED16A…)</source>
        <translation>Collez le code eMediplan de l&apos;ordonnance de sortie (CHMED16A…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="108" />
        <source>Add a line…</source>
        <translation>Ajouter une ligne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="108" />
        <source>Change the line…</source>
        <translation>Modifier la ligne…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="109" />
        <source>Remove the line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="115" />
        <source>Compare with the current list</source>
        <translation>Comparer avec la liste actuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="118" />
        <source>Hospital / department</source>
        <translation>Hôpital / service</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="119" />
        <source>Discharge date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="120" />
        <source>Discharge lines</source>
        <translation>Traitement de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="122" />
        <source>or eMediplan code</source>
        <translation>ou code eMediplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="130" />
        <source>Intentional, documented</source>
        <translation>Intentionnel, documenté</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="131" />
        <source>To be clarified</source>
        <translation>À clarifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="132" />
        <source>Keep current line</source>
        <translation>Garder la ligne actuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="134" />
        <source>Why (required for an intentional change)</source>
        <translation>Pourquoi (obligatoire pour un changement intentionnel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="136" />
        <source>Save decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="136" />
        <source>Send as alert</source>
        <translation>Envoyer en alerte</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="137" />
        <source>Validate the reconciled list</source>
        <translation>Valider la liste conciliée</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="170" />
        <source>validated by %1</source>
        <translation>validée par %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="171" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="213" />
        <source>Enter the discharge lines or paste the eMediplan code first.</source>
        <translation>Saisissez d&apos;abord le traitement de sortie ou collez le code eMediplan.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="181" />
        <source>Meeting record — %1</source>
        <translation>Compte rendu de réunion — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="182" />
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="182" />
        <source>Create a task</source>
        <translation>Créer une tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="183" />
        <source>Revise the care plan</source>
        <translation>Réviser le plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="188" />
        <source>Summary of the discussion</source>
        <translation>Synthèse de la discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="195" />
        <source>What was decided</source>
        <translation>Ce qui a été décidé</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="196" />
        <source>Physicians</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="196" />
        <source>Pharmacists</source>
        <translation>Pharmaciens</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="197" />
        <source>Advanced practice nurses</source>
        <translation>Infirmiers en pratique avancée</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="197" />
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="198" />
        <source>Medical assistants</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="198" />
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="199" />
        <location filename="../../app/ui/coordination/meeting_forms.py" line="236" />
        <source>— nobody: offer to a pool —</source>
        <translation>— personne : proposer à un pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="200" />
        <source>— no pool —</source>
        <translation>— aucun pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="202" />
        <source>dd.mm.yyyy (optional)</source>
        <translation>jj.mm.aaaa (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="205" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="205" />
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="206" />
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="213" />
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="215" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="215" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="216" />
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="216" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="217" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="211" />
        <source>Add decision</source>
        <translation>Ajouter la décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="246" />
        <source>No decision yet</source>
        <translation>Aucune décision pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="51" />
        <source>New referral</source>
        <translation>Nouvel adressage</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="56" />
        <source>e.g. Dr Weber, cardiologist — Hôpital de la Tour</source>
        <translation>p. ex. Dr Weber, cardiologue — Hôpital de la Tour</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="58" />
        <source>Within 48 h</source>
        <translation>Sous 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="58" />
        <source>Within 7 days</source>
        <translation>Sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="59" />
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="59" />
        <source>Advice only</source>
        <translation>Avis seul</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="63" />
        <source>The clinical question for the specialist</source>
        <translation>La question clinique posée au spécialiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="66" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="71" />
        <source>Choose a patient to see their documents.</source>
        <translation>Choisissez un patient pour voir ses documents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="74" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="74" />
        <source>To (specialist or service)</source>
        <translation>À (spécialiste ou service)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="76" />
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="76" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="77" />
        <source>Clinical question</source>
        <translation>Question clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="78" />
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="79" />
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="102" />
        <source>Your role does not give access to the documents.</source>
        <translation>Votre rôle ne donne pas accès aux documents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="119" />
        <source>This patient has no documents.</source>
        <translation>Ce patient n&apos;a aucun document.</translation>
    </message>
</context>
<context>
    <name>ReferralWindow</name>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="34" />
        <source>Referrals</source>
        <translation>Adressages</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="35" />
        <source>Within 48 h</source>
        <translation>Sous 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="35" />
        <source>Within 7 days</source>
        <translation>Sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="36" />
        <source>Scheduled</source>
        <translation>Programmé</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="36" />
        <source>Advice only</source>
        <translation>Avis seul</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="43" />
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="74" />
        <source>Booked</source>
        <translation>RDV pris</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="74" />
        <source>Seen</source>
        <translation>Patient vu</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="38" />
        <location filename="../../app/ui/coordination/referral_window.py" line="75" />
        <source>Report received</source>
        <translation>Compte rendu reçu</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="38" />
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="41" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="41" />
        <source>To</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="42" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="44" />
        <source>Target</source>
        <translation>Délai cible</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="44" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="45" />
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>booked late</source>
        <translation>RDV tardif</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="48" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="48" />
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="56" />
        <source>Overdue only</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="61" />
        <source>Answer (report received) or reason (cancel)</source>
        <translation>Réponse (compte rendu reçu) ou motif (annulation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="62" />
        <source>New referral…</source>
        <translation>Nouvel adressage…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="76" />
        <source>Cancel referral</source>
        <translation>Annuler l&apos;adressage</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="70" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ReviewWorksheetDialog</name>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="34" />
        <source>Medication review worksheet</source>
        <translation>Fiche de bilan de médication</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="37" />
        <source>Bilan partagé de médication (FR)</source>
        <translation>Bilan partagé de médication (FR)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="38" />
        <source>Polymedikations-Check (CH)</source>
        <translation>Polymedikations-Check (CH)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="41" />
        <source>Start a worksheet</source>
        <translation>Commencer une fiche</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="54" />
        <source>Scheme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="55" />
        <source>Eligibility</source>
        <translation>Éligibilité</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="56" />
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="56" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="57" />
        <source>Advice to the doctor</source>
        <translation>Avis au médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="57" />
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="58" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="60" />
        <source>Findings</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="64" />
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="65" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="69" />
        <source>Report PDF…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="71" />
        <source>Save the worksheet as a PDF report (an audited export)</source>
        <translation>Enregistrer la fiche comme rapport PDF (export tracé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="93" />
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="113" />
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="93" />
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="113" />
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="110" />
        <source>No finding.</source>
        <translation>Aucun résultat.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="133" />
        <source>Save the review report</source>
        <translation>Enregistrer le rapport du bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="134" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="142" />
        <source>Report written to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="40" />
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="42" />
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="48" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="51" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="135" />
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="52" />
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Laissez vide pour conserver les dossiers dans le fichier chiffré de cet ordinateur. Avec plusieurs postes, saisissez l&apos;adresse du serveur PostgreSQL du cabinet ; TLS (sslmode) est obligatoire sauf si le serveur fonctionne sur cet ordinateur. Le changement prend effet au prochain démarrage de Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="59" />
        <source>Practice (all workstations)</source>
        <translation>Cabinet (tous les postes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="63" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="64" />
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="68" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="72" />
        <source>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</source>
        <translation>Les titres de tâches et textes d&apos;alerte rédigés par Cordée sont lus par toute l&apos;équipe : ils sont écrits dans cette langue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="74" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="156" />
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="75" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="76" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="156" />
        <source>FINESS number</source>
        <translation>N° FINESS</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="77" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="157" />
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="78" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="157" />
        <source>Lock the screen after</source>
        <translation>Verrouiller l&apos;écran après</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="79" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="158" />
        <source>Language of shared texts</source>
        <translation>Langue des textes partagés</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="97" />
        <source>Only an administrator can change the practice settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres du cabinet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="163" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="77" />
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="82" />
        <source>Show deactivated accounts</source>
        <translation>Afficher les comptes désactivés</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="99" />
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="100" />
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="101" />
        <location filename="../../app/ui/admin/staff_admin.py" line="160" />
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="102" />
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="103" />
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="105" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="159" />
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="167" />
        <source>The account was saved.</source>
        <translation>Le compte a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="189" />
        <source>Reactivate the account of %1?</source>
        <translation>Réactiver le compte de %1 ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="190" />
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Désactiver le compte de %1 ? La personne ne pourra plus se connecter ; le compte et son historique sont conservés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="193" />
        <source>The account of %1 was reactivated.</source>
        <translation>Le compte de %1 a été réactivé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="194" />
        <source>The account of %1 was deactivated.</source>
        <translation>Le compte de %1 a été désactivé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="202" />
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>Le mot de passe de %1 a été réinitialisé. Un nouveau mot de passe devra être choisi à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="208" />
        <source>The account of %1 was unlocked.</source>
        <translation>Le compte de %1 a été déverrouillé.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="39" />
        <source>New staff account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="40" />
        <source>Edit the account of %1</source>
        <translation>Modifier le compte de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="48" />
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="48" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="49" />
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="49" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>ADELI number</source>
        <translation>N° ADELI</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="51" />
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="51" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="52" />
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="70" />
        <source>at least 12 characters; to be changed at first login</source>
        <translation>12 caractères au moins ; à changer à la première connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="117" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <location filename="../../app/ui/admin/staff_model.py" line="100" />
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="99" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="99" />
        <source>No (deactivated)</source>
        <translation>Non (désactivé)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="102" />
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="106" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="107" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="108" />
        <source>Stopped on</source>
        <translation>Arrêté le</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="54" />
        <source>New task</source>
        <translation>Nouvelle tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="54" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="57" />
        <location filename="../../app/ui/tasks/task_dialog.py" line="165" />
        <source>No patient</source>
        <translation>Aucun patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="65" />
        <source>Physicians</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="65" />
        <source>Pharmacists</source>
        <translation>Pharmaciens</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="66" />
        <source>Advanced practice nurses</source>
        <translation>Infirmiers en pratique avancée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="66" />
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="67" />
        <source>Medical assistants</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="67" />
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="68" />
        <location filename="../../app/ui/tasks/task_dialog.py" line="153" />
        <source>— nobody: offer to a pool —</source>
        <translation>— personne : proposer à un pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="69" />
        <source>— no pool —</source>
        <translation>— aucun pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="70" />
        <source>— not under a protocol —</source>
        <translation>— hors protocole —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="74" />
        <source>routine</source>
        <translation>courante</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="74" />
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="75" />
        <source>as soon as possible</source>
        <translation>dès que possible</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="75" />
        <source>immediately</source>
        <translation>immédiate</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="77" />
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="79" />
        <source>hh:mm (optional)</source>
        <translation>hh:mm (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="81" />
        <source>e.g. FREQ=MONTHLY;INTERVAL=3 (every 3 months)</source>
        <translation>p. ex. FREQ=MONTHLY;INTERVAL=3 (tous les 3 mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="87" />
        <source>Result (when completing) or reason (cancel, hold, failure)</source>
        <translation>Résultat (à la clôture) ou motif (annulation, suspension, échec)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="96" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="96" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="97" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="97" />
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="98" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="98" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="99" />
        <source>Act</source>
        <translation>Acte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="99" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="100" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="100" />
        <source>Repeats</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="101" />
        <source>Business status</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="102" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="102" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="103" />
        <source>Result / reason</source>
        <translation>Résultat / motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="113" />
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="113" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="114" />
        <source>Put on hold</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="114" />
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="115" />
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="115" />
        <source>Cancel task</source>
        <translation>Annuler la tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="121" />
        <source>Claim</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="179" />
        <source>%1 (last change by %2)</source>
        <translation>%1 (dernière modification par %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="192" />
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="192" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="193" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="193" />
        <source>on hold</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="194" />
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="194" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="195" />
        <source>failed</source>
        <translation>échouée</translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="26" />
        <source>&amp;New task for this patient…</source>
        <translation>&amp;Nouvelle tâche pour ce patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="29" />
        <source>Protocol enrolment…</source>
        <translation>Inclusion dans un protocole…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="39" />
        <source>Results written to the chart</source>
        <translation>Résultats versés au dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="56" />
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="28" />
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="28" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="29" />
        <source>requested</source>
        <translation>demandée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="29" />
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="30" />
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="30" />
        <source>on hold</source>
        <translation>suspendue</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="31" />
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="31" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="32" />
        <source>failed</source>
        <translation>échouée</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>routine</source>
        <translation>courante</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>urgent</source>
        <translation>urgente</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>asap</source>
        <translation>dès que possible</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="34" />
        <source>stat</source>
        <translation>immédiate</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="69" />
        <source>pool: %1</source>
        <translation>pool : %1</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="44" />
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="49" />
        <source>The user must choose a new password at the next login.</source>
        <translation>L&apos;utilisateur devra choisir un nouveau mot de passe à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="50" />
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="51" />
        <source>Temporary password again</source>
        <translation>Confirmer le mot de passe temporaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="61" />
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Confirmer le mot de passe temporaire : les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="41" />
        <source>Open the practice database</source>
        <translation>Ouvrir la base de données du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="43" />
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>La clé de la base de données n&apos;a pas pu être lue dans le trousseau de clés de cet ordinateur. Motif : %1. Saisissez la phrase de passe du cabinet ou le code de récupération de la fiche imprimée pour ouvrir la base de données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="46" />
        <source>no keyring is available</source>
        <translation>aucun trousseau de clés n&apos;est disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="49" />
        <source>Database file: %1</source>
        <translation>Fichier de la base : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="52" />
        <source>Practice passphrase</source>
        <translation>Phrase de passe du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="53" />
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="83" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="83" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="93" />
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Code de récupération : saisissez le code de la fiche de récupération.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="95" />
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Phrase de passe : saisissez la phrase de passe du cabinet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="98" />
        <source>Checking… This takes a few seconds.</source>
        <translation>Vérification… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="121" />
        <source>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>La phrase de passe ne correspond pas à cette base de données. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="123" />
        <source>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>Le code de récupération ne correspond pas à cette base de données. Comparez-le avec la fiche de récupération de cette base, puis réessayez. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="126" />
        <source>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>La clé est correcte, mais le fichier de la base est endommagé et illisible. Rien n&apos;y a été écrit. Restaurez la base de données à partir d&apos;une sauvegarde et conservez le fichier endommagé pour analyse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="129" />
        <source>The database file %1 cannot be found. Check that the disk or the folder is available.</source>
        <translation>Le fichier de la base %1 est introuvable. Vérifiez que le disque ou le dossier est disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="131" />
        <source>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>Le fichier de clés de cette base de données est manquant. Sans lui, la base ne peut pas être ouverte : restaurez le fichier de clés à partir de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="133" />
        <source>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>Le fichier de clés de cette base de données est endommagé. Restaurez-le à partir de la sauvegarde ; la base elle-même n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="135" />
        <source>The key file was written by a newer version of Cordée. Install that version.</source>
        <translation>Le fichier de clés a été écrit par une version plus récente de Cordée. Installez cette version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="136" />
        <source>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</source>
        <translation>Cette base de données a été utilisée par une version plus récente de Cordée. Installez cette version pour l&apos;ouvrir ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="138" />
        <source>This file is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>Ce fichier n&apos;est pas chiffré. Cordée refuse d&apos;utiliser une base de données non chiffrée.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="88" />
        <source>Welcome to Cordée</source>
        <translation>Bienvenue dans Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="89" />
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>Cet assistant configure votre cabinet : son nom, le premier administrateur et la base de données chiffrée qui contiendra les dossiers patients.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="91" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="38" />
        <source>Being revised</source>
        <translation>En révision</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="38" />
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="39" />
        <source>Medical</source>
        <translation>Médical</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="39" />
        <source>Psychological</source>
        <translation>Psychologique</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="40" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="40" />
        <source>Environmental</source>
        <translation>Environnemental</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>High</source>
        <translation>Haute</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>Low</source>
        <translation>Basse</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="42" />
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="42" />
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="43" />
        <source>Not achieved</source>
        <translation>Non atteint</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="43" />
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="44" />
        <source>Prevention</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="44" />
        <source>Care</source>
        <translation>Soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="45" />
        <source>Support</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="47" />
        <source>Not done</source>
        <translation>Non réalisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="47" />
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="48" />
        <source>Practice staff</source>
        <translation>Équipe du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="48" />
        <source>Hospital service</source>
        <translation>Service hospitalier</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="49" />
        <source>Home nursing</source>
        <translation>Soins infirmiers à domicile</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="49" />
        <source>DAC (coordination support)</source>
        <translation>DAC (dispositif d&apos;appui à la coordination)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="50" />
        <source>Social worker</source>
        <translation>Travailleur social</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="50" />
        <source>Family caregiver</source>
        <translation>Proche aidant</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="51" />
        <location filename="aliased_strings.py" line="79" />
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="51" />
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <source>Not known</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <location filename="aliased_strings.py" line="67" />
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <location filename="aliased_strings.py" line="68" />
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="53" />
        <source>Physicians</source>
        <translation>Médecins</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="53" />
        <source>Pharmacists</source>
        <translation>Pharmaciens</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="54" />
        <source>Advanced practice nurses</source>
        <translation>Infirmiers en pratique avancée</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="54" />
        <source>Nurses</source>
        <translation>Infirmiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="55" />
        <source>Medical assistants</source>
        <translation>Assistants médicaux</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="55" />
        <source>Coordinators</source>
        <translation>Coordinateurs</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="69" />
        <source>Référent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="70" />
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="71" />
        <source>Medical situation</source>
        <translation>Situation médicale</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="72" />
        <source>Psychological situation</source>
        <translation>Situation psychologique</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="73" />
        <source>Social situation</source>
        <translation>Situation sociale</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="74" />
        <source>Environmental situation</source>
        <translation>Situation environnementale</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="75" />
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Attentes et préférences du patient</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="76" />
        <source>Advance directives</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="77" />
        <source>Advance directives dated</source>
        <translation>Directives anticipées datées du</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="78" />
        <source>Where they are kept</source>
        <translation>Lieu de conservation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="80" />
        <source>Trusted person&apos;s contact</source>
        <translation>Coordonnées de la personne de confiance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="81" />
        <source>Designated on</source>
        <translation>Désignée le</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="82" />
        <source>Alert procedure (who to call)</source>
        <translation>Procédure d&apos;alerte (qui appeler)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="48" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="83" />
        <source>Practice staff member</source>
        <translation>Membre du cabinet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="46" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="47" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="49" />
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="50" />
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="61" />
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="62" />
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="84" />
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="85" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="86" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="87" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="88" />
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="51" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="53" />
        <source>Problem or need</source>
        <translation>Problème ou besoin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="52" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="54" />
        <source>Raised by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="55" />
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="56" />
        <source>Measure</source>
        <translation>Indicateur de suivi</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="57" />
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="58" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="89" />
        <source>Problems addressed</source>
        <translation>Problèmes concernés</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="59" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="60" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="90" />
        <source>Responsible person</source>
        <translation>Personne responsable</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="91" />
        <source>…or a role</source>
        <translation>…ou un rôle</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="92" />
        <source>…or an outside contact</source>
        <translation>…ou un intervenant extérieur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="93" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="94" />
        <source>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</source>
        <translation>Répétition (règle iCalendar, p. ex. FREQ=WEEKLY)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="63" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="95" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="64" />
        <source>Need or goal not met</source>
        <translation>Besoin ou objectif non couvert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="65" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="66" />
        <source>Reported to the territory</source>
        <translation>Signalé au territoire</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="96" />
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="20" />
        <source>&amp;Protocols…</source>
        <translation>Pr&amp;otocoles de coopération…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="33" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="40" />
        <source>&amp;My tasks</source>
        <translation>&amp;Mes tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="44" />
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="50" />
        <source>&amp;Recall patients…</source>
        <translation>&amp;Rappel de patients…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="38" />
        <source>&amp;Tasks</source>
        <translation>&amp;Tâches</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="45" />
        <source>Filter (patient, task, status…)</source>
        <translation>Filtrer (patient, tâche, statut…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="47" />
        <source>Show closed</source>
        <translation>Afficher les clôturées</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>My tasks</source>
        <translation>Mes tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="51" />
        <source>Escalated</source>
        <translation>Escaladées</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="60" />
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="63" />
        <source>&amp;New task…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="65" />
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="67" />
        <source>&amp;Claim</source>
        <translation>Prendre en c&amp;harge</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="69" />
        <source>C&amp;hart</source>
        <translation>Dossi&amp;er</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="71" />
        <source>&amp;Print today…</source>
        <translation>&amp;Imprimer la journée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="118" />
        <source>Tasks (%1)</source>
        <translation>Tâches (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="178" />
        <source>Save the day&apos;s worklist</source>
        <translation>Enregistrer la liste de travail du jour</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="183" />
        <source>Worklist of %1 — %2</source>
        <translation>Liste de travail de %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="184" />
        <source>Printed by %1</source>
        <translation>Imprimé par %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="184" />
        <source>No task due.</source>
        <translation>Aucune tâche à échéance.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Protocol / act</source>
        <translation>Protocole / acte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Done</source>
        <translation>Fait</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="29" />
        <source>patient</source>
        <translation>patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="29" />
        <source>staff member</source>
        <translation>membre de l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="30" />
        <source>medication line</source>
        <translation>ligne de traitement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="30" />
        <source>alert</source>
        <translation>alerte</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="31" />
        <source>care plan</source>
        <translation>plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="31" />
        <source>task</source>
        <translation>tâche</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/common/errors/render.py" line="130" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="9" />
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="10" />
        <source>contains a forbidden character</source>
        <translation>contient un caractère interdit</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="11" />
        <source>is too long (at most {max} characters)</source>
        <translation>est trop long ({max} caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="12" />
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>doit être une date comme 31.12.1950 ou 31/12/1950</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="13" />
        <source>is not a real calendar date</source>
        <translation>n&apos;est pas une date réelle du calendrier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="14" />
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="15" />
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="16" />
        <source>must be between {min} and {max}</source>
        <translation>doit être compris entre {min} et {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="17" />
        <source>must be one of {allowed}</source>
        <translation>doit être l&apos;une des valeurs suivantes : {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="19" />
        <source>This record no longer exists ({entity} {entity_id}).</source>
        <translation>Cet enregistrement n&apos;existe plus ({entity} {entity_id}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="20" />
        <source>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</source>
        <translation>Cet enregistrement a été modifié par {changed_by} le {changed_at} depuis que vous l&apos;avez ouvert. Rechargez-le, puis refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="22" />
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="23" />
        <source>The action could not be done.</source>
        <translation>L&apos;action n&apos;a pas pu être effectuée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="24" />
        <source>is not valid</source>
        <translation>n&apos;est pas valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/render.py" line="133" />
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="8" />
        <source>the folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="9" />
        <source>{path} is a folder: give a file name</source>
        <translation>{path} est un dossier : indiquez un nom de fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="10" />
        <source>{path} is not an ordinary file (a link or a device): choose another name</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (un lien ou un périphérique) : choisissez un autre nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="12" />
        <source>cannot write {path} ({reason})</source>
        <translation>impossible d&apos;écrire {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/medications.py" line="8" />
        <source>the medication knowledge file {file} is not valid (entry {entry}): {problem}</source>
        <translation>le fichier de connaissances médicamenteuses {file} n&apos;est pas valide (entrée {entry}) : {problem}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="14" />
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="15" />
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="16" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="17" />
        <source>FINESS number</source>
        <translation>N° FINESS</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="18" />
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="19" />
        <source>Lock after inactivity (minutes)</source>
        <translation>Verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="20" />
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="21" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="22" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="24" />
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="25" />
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="26" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="27" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="28" />
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="29" />
        <source>ADELI number</source>
        <translation>N° ADELI</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="30" />
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="31" />
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="32" />
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="33" />
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="35" />
        <source>Practice passphrase</source>
        <translation>Phrase de passe du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="36" />
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="38" />
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="39" />
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="40" />
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="41" />
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="42" />
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="43" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="44" />
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="45" />
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="46" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="47" />
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="48" />
        <source>Regular doctor</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="49" />
        <source>External doctor</source>
        <translation>Médecin externe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="50" />
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="51" />
        <source>INS number</source>
        <translation>Matricule INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="52" />
        <source>INS identity status</source>
        <translation>Statut de l&apos;identité INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="53" />
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="54" />
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="55" />
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="56" />
        <source>Problems</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="57" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="58" />
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="60" />
        <source>ATC code</source>
        <translation>Code ATC</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="61" />
        <source>Catalogue reference</source>
        <translation>Référence du catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="62" />
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="63" />
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="64" />
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="65" />
        <source>Morning dose</source>
        <translation>Dose du matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="66" />
        <source>Noon dose</source>
        <translation>Dose de midi</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="67" />
        <source>Evening dose</source>
        <translation>Dose du soir</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="68" />
        <source>Night dose</source>
        <translation>Dose du coucher</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="69" />
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="70" />
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="71" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="72" />
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="73" />
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="74" />
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="75" />
        <source>Renewal allowed until</source>
        <translation>Renouvellement autorisé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="76" />
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="77" />
        <source>Other prescriber</source>
        <translation>Autre prescripteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="78" />
        <source>Reason for stopping</source>
        <translation>Motif de l&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="79" />
        <source>Stop date</source>
        <translation>Date d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="81" />
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="82" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="83" />
        <source>Date of measurement</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="85" />
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="86" />
        <source>Declaration reference</source>
        <translation>Référence de la déclaration</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="87" />
        <source>Form of consent</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="88" />
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="89" />
        <source>Reason for leaving</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="91" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="92" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="93" />
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="94" />
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="95" />
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="96" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="97" />
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="98" />
        <source>Due time</source>
        <translation>Heure d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="99" />
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="100" />
        <location filename="../../app/ui/common/field_labels.py" line="101" />
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="102" />
        <source>Act performed</source>
        <translation>Acte réalisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="103" />
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="104" />
        <source>Progress note</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="105" />
        <source>Activation date</source>
        <translation>Date d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="106" />
        <source>Training date</source>
        <translation>Date de la formation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="107" />
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="108" />
        <source>Date of consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="110" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="111" />
        <source>Age from</source>
        <translation>Âge de</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="112" />
        <source>Age to</source>
        <translation>Âge jusqu&apos;à</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="113" />
        <source>Conditions (ICD-10 codes)</source>
        <translation>Pathologies (codes CIM-10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="114" />
        <source>Task not done</source>
        <translation>Tâche non réalisée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="115" />
        <source>Not done for (months)</source>
        <translation>Non réalisée depuis (mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="116" />
        <source>Renewed until</source>
        <translation>Renouvelé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="117" />
        <source>New dose</source>
        <translation>Nouvelle dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="118" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="119" />
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="120" />
        <source>Reason for the status</source>
        <translation>Motif du statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="121" />
        <source>Escalation delay (days)</source>
        <translation>Délai d&apos;escalade (jours)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="122" />
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="123" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="125" />
        <source>Review finding</source>
        <translation>Résultat de la revue</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="126" />
        <source>Problem category</source>
        <translation>Catégorie de problème</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="127" />
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="128" />
        <source>Proposed intervention</source>
        <translation>Intervention proposée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="129" />
        <source>Intervention details</source>
        <translation>Détails de l&apos;intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="130" />
        <source>Medications concerned</source>
        <translation>Médicaments concernés</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="131" />
        <source>Proposed changes</source>
        <translation>Modifications proposées</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="132" />
        <source>Changes made</source>
        <translation>Modifications effectuées</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="133" />
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="134" />
        <source>Reply expected by</source>
        <translation>Réponse attendue le</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="135" />
        <location filename="../../app/ui/common/field_labels.py" line="192" />
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="136" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="137" />
        <source>Reply</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="138" />
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="139" />
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="140" />
        <source>Inbox folder</source>
        <translation>Dossier de la boîte de réception</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="141" />
        <source>Discharge date</source>
        <translation>Date de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="142" />
        <location filename="../../app/ui/common/field_labels.py" line="202" />
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="143" />
        <source>Send as</source>
        <translation>Envoyer comme</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="144" />
        <source>Kind of review</source>
        <translation>Type de bilan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="145" />
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="146" />
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="147" />
        <source>eMediplan</source>
        <translation>eMediplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="148" />
        <source>eGFR</source>
        <translation>DFGe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="149" />
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="150" />
        <source>Creatinine (µmol/l)</source>
        <translation>Créatinine (µmol/l)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="152" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="153" />
        <source>Referent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="154" />
        <source>Advance directives</source>
        <translation>Directives anticipées</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="155" />
        <source>Date of the advance directives</source>
        <translation>Date des directives anticipées</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="156" />
        <source>Where the advance directives are kept</source>
        <translation>Lieu de conservation des directives anticipées</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="157" />
        <source>Trusted person</source>
        <translation>Personne de confiance</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="158" />
        <source>Trusted person&apos;s contact</source>
        <translation>Coordonnées de la personne de confiance</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="159" />
        <source>Trusted person designated on</source>
        <translation>Personne de confiance désignée le</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="160" />
        <source>Review date</source>
        <translation>Date de réévaluation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="161" />
        <source>Date of the patient&apos;s agreement</source>
        <translation>Date de l&apos;accord du patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="162" />
        <source>How the patient agreed</source>
        <translation>Modalité de l&apos;accord du patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="163" />
        <source>Validated by</source>
        <translation>Validé par</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="164" />
        <source>Reason for closing</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="165" />
        <source>Shared goals</source>
        <translation>Objectifs partagés</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="166" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="167" />
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="168" />
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="169" />
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="170" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="171" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="172" />
        <location filename="../../app/ui/common/field_labels.py" line="177" />
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="173" />
        <source>How it is measured</source>
        <translation>Indicateur de suivi</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="174" />
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="175" />
        <source>Problems addressed</source>
        <translation>Problèmes concernés</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="176" />
        <source>Type of action</source>
        <translation>Type d&apos;action</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="178" />
        <source>Responsible</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="179" />
        <source>Responsible role</source>
        <translation>Rôle responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="180" />
        <source>Other responsible</source>
        <translation>Autre responsable</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="181" />
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="182" />
        <source>Reported on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="184" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="185" />
        <source>Facility</source>
        <translation>Établissement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="186" />
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="187" />
        <source>File content</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="188" />
        <source>File name</source>
        <translation>Nom du fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="189" />
        <source>Hospital event</source>
        <translation>Événement hospitalier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="190" />
        <source>Referral</source>
        <translation>Adressage</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="191" />
        <source>Destination folder</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="193" />
        <source>Specialty</source>
        <translation>Spécialité</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="194" />
        <source>Clinical question</source>
        <translation>Question clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="195" />
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="196" />
        <source>Reason for cancelling</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="197" />
        <source>Specialist&apos;s answer</source>
        <translation>Réponse du spécialiste</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="198" />
        <source>Meeting date</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="199" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="200" />
        <source>Outside participants</source>
        <translation>Participants extérieurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="201" />
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="203" />
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="204" />
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="205" />
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="206" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="211" />
        <source>Problem %1</source>
        <translation>Problème %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="212" />
        <source>Proposed change %1</source>
        <translation>Modification proposée %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="213" />
        <source>Change %1</source>
        <translation>Modification %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="216" />
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="217" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="218" />
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="219" />
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="220" />
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="221" />
        <source>medication</source>
        <translation>médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="222" />
        <source>new medication</source>
        <translation>nouveau médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="224" />
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>indicators</name>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="24" />
        <source>Active care plans (month end)</source>
        <translation>Plans de soins actifs (fin de mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="25" />
        <source>Reviews due</source>
        <translation>Réévaluations dues</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="26" />
        <source>Reviews done on time</source>
        <translation>Réévaluations faites à temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="27" />
        <source>Alerts raised</source>
        <translation>Alertes émises</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="28" />
        <source>Alerts answered</source>
        <translation>Alertes répondues</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="29" />
        <source>Median answer time</source>
        <translation>Délai médian de réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="30" />
        <source>Acceptance rate</source>
        <translation>Taux d&apos;acceptation</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="31" />
        <source>Delegated tasks done</source>
        <translation>Tâches déléguées réalisées</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="32" />
        <source>Delegated tasks overdue (month end)</source>
        <translation>Tâches déléguées en retard (fin de mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="33" />
        <source>Concertation meetings</source>
        <translation>Réunions de concertation</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="34" />
        <source>Patients discussed</source>
        <translation>Patients discutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="35" />
        <source>Complex patients discussed</source>
        <translation>Patients complexes discutés</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="36" />
        <source>Frequent ED users (≥ 4 in 12 months)</source>
        <translation>Recours fréquents aux urgences (≥ 4 en 12 mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="37" />
        <source>DAUM alerts raised</source>
        <translation>Alertes DAUM émises</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="38" />
        <source>Referrals overdue (month end)</source>
        <translation>Adressages en retard (fin de mois)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="39" />
        <source>count</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="40" />
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="41" />
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="42" />
        <source>within 48 h</source>
        <translation>sous 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="43" />
        <source>within 7 days</source>
        <translation>sous 7 jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="44" />
        <source>scheduled</source>
        <translation>programmés</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="45" />
        <source>advice only</source>
        <translation>avis seul</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="46" />
        <source>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</source>
        <translation>Patient complexe : une affection de longue durée (ALD) et 75 ans ou plus, ou un plan de soins en vigueur.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="48" />
        <source>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</source>
        <translation>Recours fréquent aux urgences : 4 passages ou plus dans les 12 mois précédant la fin du mois (règle DAUM).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="50" />
        <source>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</source>
        <translation>Taux d&apos;acceptation : alertes acceptées ÷ alertes répondues (acceptées, modifiées ou refusées).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="55" />
        <source>Done — %1</source>
        <translation>Réalisées — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="57" />
        <source>Referrals %1</source>
        <translation>Adressages %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="59" />
        <source>Median delay, %1</source>
        <translation>Délai médian, %1</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="19" />
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="20" />
        <source>contains a forbidden character</source>
        <translation>contient un caractère interdit</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="21" />
        <source>must be FR or CH</source>
        <translation>doit être FR ou CH</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="22" />
        <source>must be fr, de or en</source>
        <translation>doit être fr, de ou en</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="24" />
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>doit comporter 15 caractères : 13 pour le numéro et 2 pour la clé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="25" />
        <source>the control key does not match the number</source>
        <translation>la clé de contrôle ne correspond pas au numéro</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="26" />
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>doit comporter 13 chiffres commençant par 756 (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="27" />
        <source>the check digit is wrong</source>
        <translation>le chiffre de contrôle est faux</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="28" />
        <source>must be 10 to 20 digits</source>
        <translation>doit comporter de 10 à 20 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="29" />
        <source>must be 13 digits</source>
        <translation>doit comporter 13 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="30" />
        <source>must be 11 digits</source>
        <translation>doit comporter 11 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="31" />
        <source>must be 9 digits</source>
        <translation>doit comporter 9 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="32" />
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>doit comporter 9 caractères (département + 7 chiffres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="34" />
        <source>this database already holds a practice</source>
        <translation>cette base de données contient déjà un cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="36" />
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>doit comporter de 2 à 64 caractères : lettres minuscules, chiffres, . _ -, en commençant par une lettre</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="37" />
        <source>choose at least one role</source>
        <translation>choisissez au moins un rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="38" />
        <source>is not an e-mail address</source>
        <translation>n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="39" />
        <source>is already used by another account</source>
        <translation>est déjà utilisé par un autre compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="40" />
        <source>you cannot remove your own administrator role</source>
        <translation>vous ne pouvez pas retirer votre propre rôle d&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="41" />
        <source>you cannot deactivate your own account</source>
        <translation>vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="42" />
        <source>is too easy to guess</source>
        <translation>est trop facile à deviner</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="43" />
        <source>must differ from the current password</source>
        <translation>doit être différent du mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="44" />
        <source>is not your current password</source>
        <translation>n&apos;est pas votre mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="46" />
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>doit être une date comme 31.12.1950 ou 31/12/1950</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="47" />
        <source>is not a real calendar date</source>
        <translation>n&apos;est pas une date du calendrier valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="48" />
        <source>must not be in the future</source>
        <translation>ne doit pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="49" />
        <source>must be after 1900</source>
        <translation>doit être postérieure à 1900</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="50" />
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>doit être F, M, X (autre) ou U (inconnu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="51" />
        <source>must be one of fr, de, en, it</source>
        <translation>doit être fr, de, en ou it</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="52" />
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>ne doit contenir que des chiffres, des espaces et + . ( ) -</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="53" />
        <source>must be an active physician of the practice</source>
        <translation>doit être un médecin actif du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="54" />
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>doit être PROV, RECUP, VALI ou QUAL lorsqu&apos;un INS est saisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="55" />
        <source>needs an INS number</source>
        <translation>nécessite un matricule INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="56" />
        <source>kind must be condition, allergy or ald</source>
        <translation>le type doit être pathologie, allergie ou ALD</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="57" />
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>doit être un code ou une classe ATC (p. ex. J01C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="58" />
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>doit être un code CIM-10 (p. ex. I50.9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="60" />
        <source>unknown user or wrong password</source>
        <translation>utilisateur inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="61" />
        <source>this account is locked after too many failed logins; ask an administrator to unlock it</source>
        <translation>ce compte est bloqué après trop d&apos;échecs de connexion ; demandez à un administrateur de le débloquer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="64" />
        <source>the key does not belong to this database</source>
        <translation>la clé n&apos;appartient pas à cette base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="65" />
        <source>the SQLite library in use is not SQLCipher</source>
        <translation>la bibliothèque SQLite utilisée n&apos;est pas SQLCipher</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="66" />
        <source>wrong passphrase for this database</source>
        <translation>phrase de passe erronée pour cette base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="67" />
        <source>wrong recovery code for this database</source>
        <translation>code de récupération erroné pour cette base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="68" />
        <source>enter the practice passphrase or the recovery code</source>
        <translation>saisissez la phrase de passe du cabinet ou le code de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="69" />
        <source>the database URL must start with postgresql+psycopg://</source>
        <translation>l&apos;adresse de la base de données doit commencer par postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="71" />
        <source>no allowed keyring backend on this computer</source>
        <translation>aucun trousseau de clés autorisé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="72" />
        <source>the keyring did not answer in time</source>
        <translation>le trousseau de clés n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="73" />
        <source>the recorded keyring backend is not allowed</source>
        <translation>le trousseau de clés enregistré n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="74" />
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>le trousseau de clés qui contient la clé n&apos;est pas disponible (magasin de clés changé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="75" />
        <source>the keyring holds no key for this database</source>
        <translation>le trousseau de clés ne contient aucune clé pour cette base</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="77" />
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>doit être un nombre d&apos;unités comme 1, 0.5 ou 1/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="78" />
        <source>must be at most 100 units</source>
        <translation>doit être de 100 unités au plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="79" />
        <source>is not a plausible date</source>
        <translation>n&apos;est pas une date plausible</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="80" />
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="81" />
        <source>must be a complete ATC code like B01AA03</source>
        <translation>doit être un code ATC complet comme B01AA03</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="82" />
        <source>a substance or a product name is required</source>
        <translation>une substance ou un nom commercial est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="83" />
        <source>must not be before the start date</source>
        <translation>ne doit pas précéder la date de début</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="84" />
        <source>must be at most 12 months after the start</source>
        <translation>doit être au plus 12 mois après le début</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="85" />
        <source>must be an active member of the practice</source>
        <translation>doit être un membre actif du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="87" />
        <source>is not a known protocol</source>
        <translation>n&apos;est pas un protocole connu</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="88" />
        <source>must be a past date after 1990</source>
        <translation>doit être une date passée, après 1990</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="89" />
        <source>must be oral, written or electronic</source>
        <translation>doit être oral, écrit ou électronique</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="90" />
        <source>must be patient or representative</source>
        <translation>doit être le patient ou son représentant</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="91" />
        <source>is not a patient of the practice</source>
        <translation>n&apos;est pas un patient du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="92" />
        <source>is required (at most 200 characters)</source>
        <translation>est obligatoire (200 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="94" />
        <source>must be a time like 08:30</source>
        <translation>doit être une heure comme 08:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="95" />
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>doit comporter de 2 à 40 lettres minuscules, chiffres ou tirets bas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="96" />
        <source>must be routine, urgent, asap or stat</source>
        <translation>doit être routine, urgent, asap ou stat</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="97" />
        <source>choose either a person or a pool (one of the two)</source>
        <translation>choisissez une personne ou un pool (l&apos;un des deux)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="98" />
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>doit être un membre actif du cabinet, soignant ou secrétariat</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="99" />
        <source>needs a due date</source>
        <translation>nécessite une échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="100" />
        <source>needs a due date to start the series</source>
        <translation>nécessite une échéance pour démarrer la série</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="101" />
        <source>needs an origin type and a positive id</source>
        <translation>nécessite un type d&apos;origine et un identifiant positif</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="102" />
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>un acte n&apos;est enregistré que pour une tâche liée à un protocole</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="103" />
        <source>is not a task status</source>
        <translation>n&apos;est pas un statut de tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="104" />
        <source>this task is not in one of your pools</source>
        <translation>cette tâche n&apos;est dans aucun de vos pools</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="105" />
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>doit être une règle iCalendar comme FREQ=MONTHLY;INTERVAL=3</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="106" />
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>ne doit pas contenir DTSTART (l&apos;échéance démarre la série)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="107" />
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>doit fixer FREQ à DAILY, WEEKLY, MONTHLY ou YEARLY</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="109" />
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>doit commencer par postgresql:// ou postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="110" />
        <source>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>le serveur n&apos;est pas sur cet ordinateur : ajoutez ?sslmode=verify-full (TLS obligatoire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="111" />
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>ne doit pas contenir de mot de passe : placez-le dans un fichier .pgpass</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="113" />
        <source>an absence lasts at most one year</source>
        <translation>une absence dure au plus un an</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="114" />
        <source>select at least one task</source>
        <translation>sélectionnez au moins une tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="115" />
        <source>must be a whole number of days</source>
        <translation>doit être un nombre entier de jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="117" />
        <source>must be 2–60 letters, digits, dots, dashes or underscores</source>
        <translation>doit comporter de 2 à 60 lettres, chiffres, points, tirets ou tirets bas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="118" />
        <source>must not be below the minimum age</source>
        <translation>ne doit pas être inférieur à l&apos;âge minimum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="119" />
        <source>give both the task type and the number of months</source>
        <translation>indiquez à la fois le type de tâche et le nombre de mois</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="120" />
        <source>give at least one criterion (age, condition, medication or task not done)</source>
        <translation>indiquez au moins un critère (âge, pathologie, médicament ou tâche non réalisée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="121" />
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="122" />
        <source>must be renewal or dose_adjustment</source>
        <translation>doit être renewal (renouvellement) ou dose_adjustment (adaptation de dose)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="123" />
        <source>must be after today</source>
        <translation>doit être postérieure à aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="125" />
        <source>must be a medication of this patient</source>
        <translation>doit être un médicament de ce patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="126" />
        <source>is a stopped medication</source>
        <translation>est un médicament arrêté</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="127" />
        <source>must be stop, change or add</source>
        <translation>doit être stop (arrêt), change (modification) ou add (ajout)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="128" />
        <source>must be a patient of the practice</source>
        <translation>doit être un patient du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="129" />
        <source>must be an SFPC problem code (1.1 to 1.10)</source>
        <translation>doit être un code de problème SFPC (1.1 à 1.10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="130" />
        <source>at least one medication is required (except for an untreated indication)</source>
        <translation>au moins un médicament est obligatoire (sauf pour une indication non traitée)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="131" />
        <source>must be urgent, 24h or routine</source>
        <translation>doit être urgent, 24h ou routine</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="132" />
        <source>must not be in the past</source>
        <translation>ne doit pas être dans le passé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="133" />
        <source>must be within a year</source>
        <translation>doit être dans moins d&apos;un an</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="134" />
        <source>is required: the patient has no médecin traitant in the practice</source>
        <translation>est obligatoire : le patient n&apos;a pas de médecin traitant au cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="135" />
        <source>is not a current finding of this patient&apos;s review</source>
        <translation>n&apos;est pas un résultat actuel de la revue de ce patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="136" />
        <source>there is no question waiting for a reply</source>
        <translation>aucune question n&apos;attend de réponse</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="137" />
        <source>the proposal holds no medication change to make: answer &apos;modified&apos; with the change you make</source>
        <translation>la proposition ne contient aucune modification de traitement à effectuer : répondez « modifiée » avec la modification que vous faites</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="139" />
        <source>the change made is required</source>
        <translation>la modification effectuée est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="141" />
        <source>this reconciliation is already validated</source>
        <translation>cette conciliation est déjà validée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="142" />
        <source>is required (hospital and department)</source>
        <translation>est obligatoire (hôpital et service)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="143" />
        <source>must be intentional_documented, to_be_clarified or keep_current</source>
        <translation>doit être intentionnel documenté, à clarifier ou garder la ligne actuelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="144" />
        <source>an intentional change must be documented (why it was made)</source>
        <translation>un changement intentionnel doit être justifié (pourquoi il a été fait)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="145" />
        <source>an added drug has no current line to keep</source>
        <translation>un médicament ajouté n&apos;a pas de ligne actuelle à garder</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="146" />
        <source>only a difference to be clarified can be sent</source>
        <translation>seul un écart à clarifier peut être envoyé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="147" />
        <source>must be alert or task</source>
        <translation>doit être alerte ou tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="148" />
        <source>must be bpm or pmc</source>
        <translation>doit être bpm (bilan partagé de médication) ou pmc (Polymedikations-Check)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="149" />
        <source>must not be before the previous step</source>
        <translation>ne doit pas précéder l&apos;étape précédente</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="150" />
        <source>must start with CHMED16A1 (or CHMED16A0)</source>
        <translation>doit commencer par CHMED16A1 (ou CHMED16A0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="151" />
        <source>is not a readable CHMED16A payload</source>
        <translation>n&apos;est pas un contenu CHMED16A lisible</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="153" />
        <source>must be yes when a date or a place is given</source>
        <translation>doit être « oui » lorsqu&apos;une date ou un lieu est indiqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="154" />
        <source>is required when a contact or a designation date is given</source>
        <translation>est obligatoire lorsque des coordonnées ou une date de désignation sont indiquées</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="155" />
        <source>must be an e-mail address like name@example.org</source>
        <translation>doit être une adresse e-mail comme nom@exemple.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="156" />
        <source>must be problems of this plan</source>
        <translation>doivent être des problèmes de ce plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="157" />
        <source>choose one responsible: a person, a role or an outside contact</source>
        <translation>choisissez un seul responsable : une personne, un rôle ou un intervenant extérieur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="158" />
        <source>must be a goal of this plan</source>
        <translation>doit être un objectif de ce plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="159" />
        <source>is only given when the need was reported to the territory</source>
        <translation>n&apos;est indiqué que si le besoin a été signalé au territoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="160" />
        <source>only for a member of the practice</source>
        <translation>uniquement pour un membre du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="161" />
        <source>only the patient&apos;s médecin traitant can validate the plan</source>
        <translation>seul le médecin traitant du patient peut valider le plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="162" />
        <source>is required before the plan is validated</source>
        <translation>est obligatoire avant la validation du plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="163" />
        <source>a plan needs at least one shared goal to be validated</source>
        <translation>un plan doit comporter au moins un objectif partagé pour être validé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="164" />
        <source>a closed plan cannot be changed</source>
        <translation>un plan clôturé ne peut pas être modifié</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="165" />
        <source>is not a part of a care plan</source>
        <translation>n&apos;est pas un élément d&apos;un plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="166" />
        <source>already has a care plan that is not closed</source>
        <translation>a déjà un plan de soins non clôturé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="168" />
        <source>this alert has already been acknowledged</source>
        <translation>cette alerte a déjà été prise en compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="169" />
        <source>must be a PDF, a PNG or JPEG image, or a text file</source>
        <translation>doit être un PDF, une image PNG ou JPEG, ou un fichier texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="170" />
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="171" />
        <source>the folder does not exist</source>
        <translation>le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="172" />
        <source>is not an event of this patient</source>
        <translation>n&apos;est pas un événement de ce patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="173" />
        <source>is not a referral of this patient</source>
        <translation>n&apos;est pas un adressage de ce patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="174" />
        <source>must be ed_visit, admission or discharge</source>
        <translation>doit être passage aux urgences, hospitalisation ou sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="175" />
        <source>must be hospital, dmp, patient or other</source>
        <translation>doit être hôpital, DMP, patient ou autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="176" />
        <source>must be pdf or csv</source>
        <translation>doit être pdf ou csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="177" />
        <source>must not be before the start of the period</source>
        <translation>ne doit pas précéder le début de la période</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="178" />
        <source>must be monthly, ad_hoc, cpts or quality_circle</source>
        <translation>doit être mensuelle, ponctuelle, CPTS ou cercle de qualité</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="179" />
        <source>a meeting needs at least one participant</source>
        <translation>une réunion doit avoir au moins un participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="180" />
        <source>the patient has no open care plan to revise</source>
        <translation>le patient n&apos;a pas de plan de soins ouvert à réviser</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="181" />
        <source>must be active members of the practice</source>
        <translation>doivent être des membres actifs du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="182" />
        <source>must be note, task or care_plan</source>
        <translation>doit être note, tâche ou plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="183" />
        <source>must not be before the request</source>
        <translation>ne doit pas précéder la demande</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="184" />
        <source>must not be before the visit</source>
        <translation>ne doit pas précéder la consultation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="185" />
        <source>must be p1_48h, p2_7d, p3_scheduled or advice</source>
        <translation>doit être sous 48 h, sous 7 jours, programmé ou avis seul</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="186" />
        <source>must be within the last year and not in the future</source>
        <translation>doit se situer dans l&apos;année écoulée et pas dans le futur</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="187" />
        <source>is not a referral status</source>
        <translation>n&apos;est pas un statut d&apos;adressage</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="188" />
        <source>a PostgreSQL server is backed up on the server (pg_dump), not here</source>
        <translation>un serveur PostgreSQL se sauvegarde sur le serveur (pg_dump), pas ici</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="189" />
        <source>the restored database does not hold what the backup recorded</source>
        <translation>la base restaurée ne contient pas ce que la sauvegarde a enregistré</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="194" />
        <source>is too long (at most %1 characters)</source>
        <translation>est trop long (%1 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="196" />
        <source>must be at least %1 characters long</source>
        <translation>doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="198" />
        <source>must be between %1 and %2 minutes</source>
        <translation>doit être compris entre %1 et %2 minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="200" />
        <source>unknown role %1</source>
        <translation>rôle inconnu %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="202" />
        <source>too many failed logins: wait %1 s before trying again</source>
        <translation>trop d&apos;échecs de connexion : attendez %1 s avant de réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="204" />
        <source>staff member %1 does not exist</source>
        <translation>le membre du personnel %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="206" />
        <source>patient %1 does not exist</source>
        <translation>le patient %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="208" />
        <source>%1 was written by a newer version of Cordée</source>
        <translation>%1 a été écrit par une version plus récente de Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="210" />
        <source>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</source>
        <translation>le fichier de clés %1 est manquant : la base de données ne peut pas être déverrouillée sans lui (restaurez-le à partir de la sauvegarde)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="213" />
        <source>the key file %1 is damaged (%2)</source>
        <translation>le fichier de clés %1 est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="215" />
        <source>%1 already exists; it is never replaced</source>
        <translation>%1 existe déjà ; il n&apos;est jamais remplacé</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="217" />
        <source>%1 already exists; Cordée never replaces a database</source>
        <translation>%1 existe déjà ; Cordée ne remplace jamais une base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="219" />
        <source>%1 is an unencrypted database; Cordée refuses to use it</source>
        <translation>%1 est une base de données non chiffrée ; Cordée refuse de l&apos;utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="221" />
        <source>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</source>
        <translation>%1 est illisible bien que la clé soit correcte : le fichier est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="224" />
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="226" />
        <source>%1 already exists; Cordée never replaces a database (restore to a new name)</source>
        <translation>%1 existe déjà ; Cordée ne remplace jamais une base (restaurez sous un nouveau nom)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="228" />
        <source>%1 in the backup %2 has changed since it was written; use another backup</source>
        <translation>%1 dans la sauvegarde %2 a changé depuis son écriture ; utilisez une autre sauvegarde</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="230" />
        <source>%1 is not a Cordée backup (no manifest.json)</source>
        <translation>%1 n&apos;est pas une sauvegarde Cordée (pas de manifest.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="232" />
        <source>the backup %1 lacks %2</source>
        <translation>il manque %2 dans la sauvegarde %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="234" />
        <source>the backup could not be verified (%1); the database itself is untouched</source>
        <translation>la sauvegarde n&apos;a pas pu être vérifiée (%1) ; la base elle-même n&apos;a pas été modifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="236" />
        <source>cannot write a backup in %1: %2</source>
        <translation>impossible d&apos;écrire une sauvegarde dans %1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="238" />
        <source>the manifest of %1 is damaged (%2)</source>
        <translation>le manifeste de %1 est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="240" />
        <source>no database at %1</source>
        <translation>aucune base de données à l&apos;emplacement %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="242" />
        <source>keyring error: %1</source>
        <translation>erreur du trousseau de clés : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="244" />
        <source>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</source>
        <translation>%1 n&apos;est pas sur cet ordinateur : ajoutez ?sslmode=verify-full (TLS est obligatoire hors de la boucle locale)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="247" />
        <source>cannot use the PostgreSQL server: %1</source>
        <translation>impossible d&apos;utiliser le serveur PostgreSQL : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="249" />
        <source>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</source>
        <translation>cette base de données a le schéma %1, plus récent que ceux que connaît cette version de Cordée ; installez la version plus récente de Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="252" />
        <source>must be more than %1 and at most %2</source>
        <translation>doit être supérieur à %1 et au plus %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="254" />
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="256" />
        <source>must be between %1 and %2 days</source>
        <translation>doit être compris entre %1 et %2 jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="258" />
        <source>task %1 does not exist</source>
        <translation>la tâche %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="260" />
        <source>absence %1 does not exist</source>
        <translation>l&apos;absence %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="262" />
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="264" />
        <source>medication line %1 does not exist</source>
        <translation>la ligne de médicament %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="266" />
        <source>enrolment %1 does not exist</source>
        <translation>l&apos;inclusion %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="268" />
        <source>staff %1 does not adhere to %2</source>
        <translation>%1 n&apos;adhère pas à %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="270" />
        <source>%1 is not of a profession this protocol delegates to (%2)</source>
        <translation>%1 n&apos;exerce pas une profession à laquelle ce protocole délègue (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="272" />
        <source>is not a valid iCalendar rule (%1)</source>
        <translation>n&apos;est pas une règle iCalendar valide (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="275" />
        <source>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>%1 est sur un partage réseau ; le fichier chiffré doit rester sur le disque de cet ordinateur. Pour plusieurs postes, utilisez un serveur PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="278" />
        <source>alert %1 does not exist</source>
        <translation>l&apos;alerte %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="280" />
        <source>this alert is already closed (%1)</source>
        <translation>cette alerte est déjà close (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="282" />
        <source>medication line %1 is not on this patient&apos;s list</source>
        <translation>la ligne de médicament %1 ne figure pas sur la liste de ce patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="284" />
        <source>already has an open alert (#%1)</source>
        <translation>fait déjà l&apos;objet d&apos;une alerte ouverte (n° %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="286" />
        <source>was kept as is by the doctor on %1 (alert #%2) and nothing relevant has changed since</source>
        <translation>a été maintenu tel quel par le médecin le %1 (alerte n° %2) et rien de pertinent n&apos;a changé depuis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="289" />
        <source>patient %1 has no care plan</source>
        <translation>le patient %1 n&apos;a pas de plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="291" />
        <source>a %1 plan cannot become %2 (possible: %3)</source>
        <translation>un plan au statut « %1 » ne peut pas passer au statut « %2 » (possibles : %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="293" />
        <source>a %1 plan cannot be changed: revise it first</source>
        <translation>un plan au statut « %1 » ne peut pas être modifié : révisez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="295" />
        <source>care plan %1 has no version %2</source>
        <translation>le plan de soins %1 n&apos;a pas de version %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="297" />
        <source>care plan %1 does not exist</source>
        <translation>le plan de soins %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="299" />
        <source>%1 %2 is not part of care plan %3</source>
        <translation>l&apos;élément %1 %2 ne fait pas partie du plan de soins %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="301" />
        <source>DAUM alert %1 does not exist</source>
        <translation>l&apos;alerte DAUM %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="303" />
        <source>is too large (%1 MB; at most %2 MB per document)</source>
        <translation>est trop volumineux (%1 Mo ; %2 Mo au plus par document)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="305" />
        <source>document %1 does not exist</source>
        <translation>le document %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="307" />
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="309" />
        <source>hospital event %1 does not exist</source>
        <translation>l&apos;événement hospitalier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="311" />
        <source>the period must be at most %1 months</source>
        <translation>la période doit être de %1 mois au plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="313" />
        <source>meeting %1 does not exist</source>
        <translation>la réunion %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="315" />
        <source>meeting record %1 does not exist</source>
        <translation>le compte rendu de réunion %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="317" />
        <source>«%1» is not a valid code prefix</source>
        <translation>« %1 » n&apos;est pas un préfixe de code valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="319" />
        <source>reconciliation %1 does not exist</source>
        <translation>la conciliation %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="321" />
        <source>reconciliation item %1 does not exist</source>
        <translation>la ligne de conciliation %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="323" />
        <source>still to be clarified: line %1</source>
        <translation>encore à clarifier : ligne %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="325" />
        <source>%1 must be between %2 and %3</source>
        <translation>%1 doit être compris entre %2 et %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="327" />
        <source>%1 must be a number</source>
        <translation>%1 doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="329" />
        <source>referral %1 does not exist</source>
        <translation>l&apos;adressage %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="331" />
        <source>worksheet %1 does not exist</source>
        <translation>la fiche %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="333" />
        <source>%1 is not a finding of this worksheet</source>
        <translation>%1 n&apos;est pas un résultat de cette fiche</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="24" />
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="25" />
        <source>Pharmacist</source>
        <translation>Pharmacien/Pharmacienne</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="26" />
        <source>Advanced practice nurse</source>
        <translation>Infirmier/Infirmière en pratique avancée</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="27" />
        <source>Nurse</source>
        <translation>Infirmier/Infirmière</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="28" />
        <source>Medical assistant</source>
        <translation>Assistant(e) médical(e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="29" />
        <source>Coordinator</source>
        <translation>Coordinateur/Coordinatrice</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="30" />
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
</TS>
