<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="122"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="123"/>
        <location filename="../../app/ui/first_run_pages.py" line="156"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="124"/>
        <location filename="../../app/ui/first_run_pages.py" line="156"/>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>General practitioner</source>
        <translation>Médecin généraliste</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>Nurse</source>
        <translation>Infirmier/Infirmière</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>Pharmacist</source>
        <translation>Pharmacien/Pharmacienne</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="128"/>
        <source>Medical assistant</source>
        <translation>Assistant(e) médical(e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="128"/>
        <source>Practice coordinator</source>
        <translation>Coordinateur/Coordinatrice</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="129"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="131"/>
        <source>Password (at least 12 characters)</source>
        <translation>Mot de passe (12 caractères au moins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="132"/>
        <source>Password again</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="137"/>
        <source>RPPS or ADELI number (optional)</source>
        <translation>N° RPPS ou ADELI (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="137"/>
        <source>GLN (optional)</source>
        <translation>GLN (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="154"/>
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Identifiant : de 2 à 64 lettres minuscules, chiffres, points, tirets ou tirets bas, en commençant par une lettre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="158"/>
        <source>%1: this field is required.</source>
        <translation>%1 : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="160"/>
        <source>Profession: this field is required.</source>
        <translation>Profession : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="175"/>
        <source>Password again: the two passwords are not the same.</source>
        <translation>Confirmer le mot de passe : les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="44"/>
        <location filename="../../app/ui/audit_browser.py" line="83"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="60"/>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="61"/>
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Vérifie qu&apos;aucune entrée n&apos;a été modifiée, insérée ou supprimée en dehors de Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="66"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="80"/>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="80"/>
        <source>Logins</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="81"/>
        <source>Screen lock</source>
        <translation>Verrouillage de l&apos;écran</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="81"/>
        <source>Patient records</source>
        <translation>Dossiers patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="82"/>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="82"/>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="83"/>
        <source>Practice settings</source>
        <translation>Paramètres du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="86"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="89"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="91"/>
        <source>All outcomes</source>
        <translation>Tous les résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="91"/>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="92"/>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="94"/>
        <source>Between</source>
        <translation>Entre le</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="102"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="104"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="106"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="108"/>
        <source>Patient id</source>
        <translation>N° patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="110"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="115"/>
        <source>and</source>
        <translation>et le</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="151"/>
        <source>%1 entries (newest first, at most 500).</source>
        <translation>%1 entrées (les plus récentes d&apos;abord, 500 au plus).</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="159"/>
        <source>Checking the audit trail…</source>
        <translation>Vérification du journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="167"/>
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>Le journal d&apos;audit est intact : %1 entrées vérifiées, rien n&apos;a été modifié en dehors de Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="172"/>
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>Le journal d&apos;audit a été modifié en dehors de Cordée (%1 entrées vérifiées). Problèmes constatés :</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Patient id</source>
        <translation>N° patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="78"/>
        <source>success</source>
        <translation>réussite</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="78"/>
        <source>failure</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="71"/>
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Rechercher dans le catalogue : substance (FR, DE, EN) ou nom commercial</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="92"/>
        <source>Catalogue search</source>
        <translation>Recherche dans le catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="100"/>
        <source>Type at least two letters.</source>
        <translation>Saisissez au moins deux lettres.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="110"/>
        <source>%1 results</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="111"/>
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Aucun résultat : vous pouvez garder le nom en texte libre (non vérifié).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="49"/>
        <source>no ATC code</source>
        <translation>sans code ATC</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="186"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="191"/>
        <source>Database file</source>
        <translation>Fichier de la base</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="192"/>
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Phrase de passe du cabinet (12 caractères au moins)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="193"/>
        <source>Passphrase again</source>
        <translation>Confirmer la phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="195"/>
        <source>Create the database</source>
        <translation>Créer la base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="198"/>
        <source>Location of the new database</source>
        <translation>Emplacement de la nouvelle base</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="199"/>
        <source>Cordée database (*.db)</source>
        <translation>Base de données Cordée (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="211"/>
        <source>Database file: please choose where to store the database.</source>
        <translation>Fichier de la base : choisissez où enregistrer la base de données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="213"/>
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Fichier de la base : %1 existe déjà. Cordée ne remplace jamais une base de données ; choisissez un autre nom de fichier, ou fermez cet assistant et ouvrez la base existante.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="221"/>
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Confirmer la phrase de passe : les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="225"/>
        <source>Database file: the folder cannot be created (%1).</source>
        <translation>Fichier de la base : le dossier ne peut pas être créé (%1).</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../app/ui/findings_view.py" line="197"/>
        <source>Review findings</source>
        <translation>Résultats de la revue</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_view.py" line="200"/>
        <source>Selected finding</source>
        <translation>Résultat sélectionné</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_view.py" line="201"/>
        <source>Select a finding to read it in full.</source>
        <translation>Sélectionnez un résultat pour le lire en entier.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="234"/>
        <location filename="../../app/ui/first_run_pages.py" line="264"/>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Création de la base de données chiffrée… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="246"/>
        <source>Save recovery sheet (PDF)…</source>
        <translation>Enregistrer la fiche de récupération (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="252"/>
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>J&apos;ai imprimé ou enregistré la fiche de récupération et je la conserverai hors ligne</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="268"/>
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>La base de données est prête. Ce code de récupération l&apos;ouvre si la phrase de passe est oubliée ou si le trousseau de clés est perdu. Il n&apos;est affiché que maintenant : enregistrez la fiche de récupération, imprimez-la et conservez-la hors ligne en lieu sûr. Quiconque la détient peut ouvrir les dossiers.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="280"/>
        <source>Save recovery sheet</source>
        <translation>Enregistrer la fiche de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="281"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="39"/>
        <location filename="../../app/ui/first_run_wizard.py" line="67"/>
        <source>Cordée — first start</source>
        <translation>Cordée — premier démarrage</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="76"/>
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>Le code de récupération ne pourra plus être affiché : enregistrez ou imprimez la fiche de récupération et cochez la case avant de fermer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="146"/>
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>La fiche de récupération a été enregistrée dans %1. Imprimez-la maintenant, puis conservez-la hors ligne.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="152"/>
        <source>The recovery sheet could not be saved: %1</source>
        <translation>La fiche de récupération n&apos;a pas pu être enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="29"/>
        <source>Cordée is locked</source>
        <translation>Cordée est verrouillé</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="35"/>
        <source>Type your password to continue.</source>
        <translation>Saisissez votre mot de passe pour continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="39"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="43"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="45"/>
        <source>Log out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="63"/>
        <source>Logged in as %1</source>
        <translation>Connecté(e) : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="78"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="26"/>
        <source>Cordée — log in</source>
        <translation>Cordée — connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>User name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="41"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="44"/>
        <source>You must choose a new password before you continue.</source>
        <translation>Vous devez choisir un nouveau mot de passe avant de continuer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="47"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="48"/>
        <source>New password again</source>
        <translation>Confirmer le nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56"/>
        <source>Log in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="85"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="98"/>
        <source>Change password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="112"/>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Les deux nouveaux mots de passe diffèrent ; saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="117"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <translation>Recherchez un patient à gauche et appuyez sur Entrée pour ouvrir son dossier.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Logged in as %1</source>
        <translation>Connecté(e) : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;Close chart</source>
        <translation>&amp;Fermer le dossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Log &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Personnel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>S&amp;ettings…</source>
        <translation>Para&amp;mètres…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>&amp;About Cordée</source>
        <translation>À &amp;propos de Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>This administration screen is not available in this version.</source>
        <translation>Cet écran d&apos;administration n&apos;est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — plans de soins partagés, revues de médication et tâches déléguées pour les cabinets de groupe.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="239"/>
        <source>Cordée — %1</source>
        <translation>Cordée — %1</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="57"/>
        <source>Change medication</source>
        <translation>Modifier le médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="57"/>
        <source>Add medication</source>
        <translation>Ajouter un médicament</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="162"/>
        <location filename="aliased_strings.py" line="19"/>
        <source>(not a member of the practice)</source>
        <translation>(hors du cabinet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="190"/>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — vérifié par le moteur de revue</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="193"/>
        <source>Choose an entry of the catalogue (Enter), or keep the name as free text.</source>
        <translation>Choisissez une entrée du catalogue (Entrée) ou gardez le nom en texte libre.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="196"/>
        <source>Free text: not checked by the engine</source>
        <translation>Texte libre : non vérifié par le moteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="250"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="18"/>
        <source>(not given)</source>
        <translation>(non renseigné)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="20"/>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="21"/>
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Unités par prise : 1, 0.5 ou 1/2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="22"/>
        <source>Keep as free text (not checked)</source>
        <translation>Garder en texte libre (non vérifié)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="23"/>
        <source>As needed</source>
        <translation>Si besoin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="24"/>
        <source>Self-medication (not prescribed)</source>
        <translation>Automédication (non prescrit)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="25"/>
        <source>Pharmacist may adjust the dose</source>
        <translation>Le pharmacien peut adapter la dose</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="26"/>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="27"/>
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="28"/>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="29"/>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="30"/>
        <source>Dosage</source>
        <translation>Posologie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="31"/>
        <source>Morning</source>
        <translation>Matin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="32"/>
        <source>Noon</source>
        <translation>Midi</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="33"/>
        <source>Evening</source>
        <translation>Soir</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="34"/>
        <source>Night</source>
        <translation>Coucher</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="35"/>
        <source>Schedule</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="36"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="37"/>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="38"/>
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="39"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="40"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="41"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="42"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="43"/>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="44"/>
        <source>Other prescriber</source>
        <translation>Autre prescripteur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="45"/>
        <source>Pharmacien correspondant</source>
        <translation>Pharmacien correspondant</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="46"/>
        <source>Renewal allowed until</source>
        <translation>Renouvellement autorisé jusqu&apos;au</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="145"/>
        <source>Your role does not give access to the medication list.</source>
        <translation>Votre rôle ne donne pas accès à la liste des médicaments.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="233"/>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="259"/>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="262"/>
        <source>%1 lines · %2 findings (%3 serious)</source>
        <translation>%1 lignes · %2 résultats (%3 graves)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="47"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="48"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="49"/>
        <source>Stop…</source>
        <translation>Arrêter…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="50"/>
        <source>Show history</source>
        <translation>Afficher l&apos;historique</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="51"/>
        <source>History (changes and stopped lines)</source>
        <translation>Historique (modifications et lignes arrêtées)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="52"/>
        <source>Clinical values</source>
        <translation>Valeurs cliniques</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="53"/>
        <source>Record value…</source>
        <translation>Saisir une valeur…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="54"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="104"/>
        <source>Record a clinical value</source>
        <translation>Saisir une valeur clinique</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="110"/>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="114"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="116"/>
        <source>Measured on</source>
        <translation>Mesurée le</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="39"/>
        <location filename="../../app/ui/patient_chart.py" line="181"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="46"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="47"/>
        <source>Medications</source>
        <translation>Médicaments</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="47"/>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="48"/>
        <source>Care plan</source>
        <translation>Plan de soins</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="48"/>
        <source>Tasks</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="49"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="70"/>
        <source>This part of the chart is not available yet.</source>
        <translation>Cette partie du dossier n&apos;est pas encore disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Long-term conditions (ALD)</source>
        <translation>Affections de longue durée (ALD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="85"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="93"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="117"/>
        <source>The record could not be opened.</source>
        <translation>Le dossier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="129"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="130"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="130"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="135"/>
        <source>none recorded</source>
        <translation>aucune saisie</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="145"/>
        <source>Last changed by %1 on %2</source>
        <translation>Modifié en dernier par %1 le %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="154"/>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 ans)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>provisional</source>
        <translation>provisoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>retrieved</source>
        <translation>récupérée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>validated</source>
        <translation>validée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="162"/>
        <source>qualified</source>
        <translation>qualifiée</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="165"/>
        <source>%1 (identity %2)</source>
        <translation>%1 (identité %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>female</source>
        <translation>femme</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>male</source>
        <translation>homme</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>other sex</source>
        <translation>autre sexe</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="170"/>
        <source>sex unknown</source>
        <translation>sexe inconnu</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="172"/>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="174"/>
        <source>AVS %1</source>
        <translation>AVS %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="176"/>
        <source>no national identifier</source>
        <translation>aucun identifiant national</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="177"/>
        <source>Born %1 · %2 · %3</source>
        <translation>Né(e) le %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../app/ui/patient_form.py" line="42"/>
        <source>Edit patient %1</source>
        <translation>Modifier le patient %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="44"/>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="135"/>
        <source>(not a doctor of the practice)</source>
        <translation>(médecin hors du cabinet)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="186"/>
        <source>Reload</source>
        <translation>Recharger</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="55"/>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="56"/>
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Saisissez la date de naissance sous la forme 31.12.1950 ou 31/12/1950.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="57"/>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="58"/>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="59"/>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="60"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="61"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="62"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="63"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="64"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="65"/>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="66"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="67"/>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="68"/>
        <source>(no INS)</source>
        <translation>(sans INS)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="69"/>
        <source>Provisional</source>
        <translation>Provisoire</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="70"/>
        <source>Retrieved</source>
        <translation>Récupérée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="71"/>
        <source>Validated</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="72"/>
        <source>Qualified</source>
        <translation>Qualifiée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="73"/>
        <source>Name and town of a doctor outside the practice</source>
        <translation>Nom et localité d&apos;un médecin hors du cabinet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="74"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="75"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="76"/>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="77"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="78"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="79"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="80"/>
        <source>INS number</source>
        <translation>Matricule INS</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="81"/>
        <source>INS identity status</source>
        <translation>Statut de l&apos;identité INS</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="82"/>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="83"/>
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="84"/>
        <source>Contact and care</source>
        <translation>Coordonnées et suivi</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="85"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="86"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="87"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="88"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="89"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="90"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="91"/>
        <source>Médecin traitant</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="92"/>
        <source>External doctor</source>
        <translation>Médecin externe</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="93"/>
        <source>Conditions, allergies and ALD</source>
        <translation>Pathologies, allergies et ALD</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="94"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="95"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="96"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <location filename="aliased_strings.py" line="97"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="98"/>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="99"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="100"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="101"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="102"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="35"/>
        <source>Search by name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Nom, date de naissance (jj.mm.aaaa) ou identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="65"/>
        <source>Your role does not give access to the patient register.</source>
        <translation>Votre rôle ne donne pas accès au registre des patients.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="92"/>
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>Les %1 premiers patients sont affichés ; précisez la recherche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="94"/>
        <source>No patient found.</source>
        <translation>Aucun patient trouvé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="96"/>
        <source>1 patient</source>
        <translation>1 patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="98"/>
        <source>%1 patients</source>
        <translation>%1 patients</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="84"/>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="86"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="87"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="88"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="95"/>
        <source>FINESS number (optional)</source>
        <translation>N° FINESS (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="96"/>
        <source>GLN of the practice (optional)</source>
        <translation>GLN du cabinet (facultatif)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="106"/>
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Nom du cabinet : saisissez le nom du cabinet.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../app/ui/problem_table.py" line="120"/>
        <source>Add problem</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_table.py" line="121"/>
        <source>Remove problem</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="aliased_strings.py" line="103"/>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="104"/>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="105"/>
        <source>Long-term condition (ALD)</source>
        <translation>Affection de longue durée (ALD)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="106"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="107"/>
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (CIM-10 ou ATC)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="108"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="aliased_strings.py" line="10"/>
        <source>Your practice</source>
        <translation>Votre cabinet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="11"/>
        <source>The name is printed on documents and letters.</source>
        <translation>Le nom figure sur les documents et les courriers.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="12"/>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="13"/>
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>Ce compte personnel gère les comptes du personnel et les paramètres. Chaque membre du cabinet recevra ensuite son propre compte.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="14"/>
        <source>Encrypted database</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="15"/>
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>Tous les dossiers sont conservés dans un fichier chiffré sur cet ordinateur. La phrase de passe du cabinet protège chaque dossier : elle est demandée chaque fois que le trousseau de clés de l&apos;ordinateur n&apos;est pas disponible. Choisissez une longue phrase dont vous vous souviendrez.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="16"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="17"/>
        <source>The recovery code is shown only once, on this page.</source>
        <translation>Le code de récupération n&apos;est affiché qu&apos;une seule fois, sur cette page.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="30"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="36"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Laissez vide pour conserver les dossiers dans le fichier chiffré de cet ordinateur. Avec plusieurs postes, saisissez l&apos;adresse du serveur PostgreSQL du cabinet ; TLS (sslmode) est obligatoire sauf si le serveur fonctionne sur cet ordinateur. Le changement prend effet au prochain démarrage de Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Practice (all workstations)</source>
        <translation>Cabinet (tous les postes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>FINESS number</source>
        <translation>N° FINESS</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="60"/>
        <location filename="../../app/ui/settings_dialog.py" line="135"/>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="61"/>
        <location filename="../../app/ui/settings_dialog.py" line="135"/>
        <source>Lock the screen after</source>
        <translation>Verrouiller l&apos;écran après</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79"/>
        <source>Only an administrator can change the practice settings.</source>
        <translation>Seul un administrateur peut modifier les paramètres du cabinet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="140"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="65"/>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="70"/>
        <source>Show deactivated accounts</source>
        <translation>Afficher les comptes désactivés</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="87"/>
        <source>New…</source>
        <translation>Nouveau…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="88"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="89"/>
        <location filename="../../app/ui/staff_admin.py" line="148"/>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="90"/>
        <source>Reset password…</source>
        <translation>Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="91"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="93"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="147"/>
        <source>Reactivate</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="155"/>
        <source>The account was saved.</source>
        <translation>Le compte a été enregistré.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="177"/>
        <source>Reactivate the account of %1?</source>
        <translation>Réactiver le compte de %1 ?</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="178"/>
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Désactiver le compte de %1 ? La personne ne pourra plus se connecter ; le compte et son historique sont conservés.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="181"/>
        <source>The account of %1 was reactivated.</source>
        <translation>Le compte de %1 a été réactivé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="182"/>
        <source>The account of %1 was deactivated.</source>
        <translation>Le compte de %1 a été désactivé.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="190"/>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>Le mot de passe de %1 a été réinitialisé. Un nouveau mot de passe devra être choisi à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="196"/>
        <source>The account of %1 was unlocked.</source>
        <translation>Le compte de %1 a été déverrouillé.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../app/ui/staff_form.py" line="31"/>
        <source>New staff account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="32"/>
        <source>Edit the account of %1</source>
        <translation>Modifier le compte de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="40"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="40"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="41"/>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="41"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>ADELI number</source>
        <translation>N° ADELI</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="43"/>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="43"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="44"/>
        <source>Initial password</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="62"/>
        <source>at least 12 characters; to be changed at first login</source>
        <translation>12 caractères au moins ; à changer à la première connexion</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="109"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <location filename="../../app/ui/staff_model.py" line="94"/>
        <source>Locked</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="93"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="93"/>
        <source>No (deactivated)</source>
        <translation>Non (désactivé)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="86"/>
        <source>Stop %1</source>
        <translation>Arrêter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="90"/>
        <source>dd.mm.yyyy</source>
        <translation>jj.mm.aaaa</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="91"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="92"/>
        <source>Stopped on</source>
        <translation>Arrêté le</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="32"/>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="37"/>
        <source>The user must choose a new password at the next login.</source>
        <translation>L&apos;utilisateur devra choisir un nouveau mot de passe à la prochaine connexion.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="38"/>
        <source>Temporary password</source>
        <translation>Mot de passe temporaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="39"/>
        <source>Temporary password again</source>
        <translation>Confirmer le mot de passe temporaire</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="49"/>
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Confirmer le mot de passe temporaire : les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="33"/>
        <source>Open the practice database</source>
        <translation>Ouvrir la base de données du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="35"/>
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>La clé de la base de données n&apos;a pas pu être lue dans le trousseau de clés de cet ordinateur. Motif : %1. Saisissez la phrase de passe du cabinet ou le code de récupération de la fiche imprimée pour ouvrir la base de données.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="38"/>
        <source>no keyring is available</source>
        <translation>aucun trousseau de clés n&apos;est disponible</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="41"/>
        <source>Database file: %1</source>
        <translation>Fichier de la base : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="44"/>
        <source>Practice passphrase</source>
        <translation>Phrase de passe du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="45"/>
        <location filename="../../app/ui/unlock_database_dialog.py" line="75"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="75"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="85"/>
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Code de récupération : saisissez le code de la fiche de récupération.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="87"/>
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Phrase de passe : saisissez la phrase de passe du cabinet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="90"/>
        <source>Checking… This takes a few seconds.</source>
        <translation>Vérification… Cela prend quelques secondes.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="113"/>
        <source>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>La phrase de passe ne correspond pas à cette base de données. Vérifiez le verrouillage des majuscules et la disposition du clavier, puis réessayez. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="115"/>
        <source>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>Le code de récupération ne correspond pas à cette base de données. Comparez-le avec la fiche de récupération de cette base, puis réessayez. La base de données n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="118"/>
        <source>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>La clé est correcte, mais le fichier de la base est endommagé et illisible. Rien n&apos;y a été écrit. Restaurez la base de données à partir d&apos;une sauvegarde et conservez le fichier endommagé pour analyse.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="121"/>
        <source>The database file %1 cannot be found. Check that the disk or the folder is available.</source>
        <translation>Le fichier de la base %1 est introuvable. Vérifiez que le disque ou le dossier est disponible.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="123"/>
        <source>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>Le fichier de clés de cette base de données est manquant. Sans lui, la base ne peut pas être ouverte : restaurez le fichier de clés à partir de la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="125"/>
        <source>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>Le fichier de clés de cette base de données est endommagé. Restaurez-le à partir de la sauvegarde ; la base elle-même n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="127"/>
        <source>The key file was written by a newer version of Cordée. Install that version.</source>
        <translation>Le fichier de clés a été écrit par une version plus récente de Cordée. Installez cette version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="128"/>
        <source>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</source>
        <translation>Cette base de données a été utilisée par une version plus récente de Cordée. Installez cette version pour l&apos;ouvrir ; la base n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="130"/>
        <source>This file is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>Ce fichier n&apos;est pas chiffré. Cordée refuse d&apos;utiliser une base de données non chiffrée.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="75"/>
        <source>Welcome to Cordée</source>
        <translation>Bienvenue dans Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="76"/>
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>Cet assistant configure votre cabinet : son nom, le premier administrateur et la base de données chiffrée qui contiendra les dossiers patients.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="78"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>This record was changed by %1 at %2 since you opened it. Reload it, then make your change again.</source>
        <translation>Ce dossier a été modifié par %1 le %2 depuis que vous l&apos;avez ouvert. Rechargez-le, puis refaites votre modification.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>Your role does not allow this action.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue : %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/ui/field_labels.py" line="14"/>
        <source>Practice</source>
        <translation>Cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="15"/>
        <source>Practice name</source>
        <translation>Nom du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="16"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="17"/>
        <source>FINESS number</source>
        <translation>N° FINESS</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="18"/>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="19"/>
        <source>Lock after inactivity (minutes)</source>
        <translation>Verrouillage après inactivité (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="20"/>
        <source>PostgreSQL server</source>
        <translation>Serveur PostgreSQL</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="21"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="23"/>
        <source>Username</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="24"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="25"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="26"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="27"/>
        <source>RPPS number</source>
        <translation>N° RPPS</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="28"/>
        <source>ADELI number</source>
        <translation>N° ADELI</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="29"/>
        <source>Account status</source>
        <translation>État du compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="30"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="31"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="32"/>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="34"/>
        <source>Practice passphrase</source>
        <translation>Phrase de passe du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="35"/>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="37"/>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="38"/>
        <source>Given names</source>
        <translation>Prénom(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="39"/>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="40"/>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="41"/>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="42"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="43"/>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="44"/>
        <source>City</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="45"/>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="46"/>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="47"/>
        <source>Regular doctor</source>
        <translation>Médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="48"/>
        <source>External doctor</source>
        <translation>Médecin externe</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="49"/>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="50"/>
        <source>INS number</source>
        <translation>Matricule INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="51"/>
        <source>INS identity status</source>
        <translation>Statut de l&apos;identité INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="52"/>
        <source>AVS number</source>
        <translation>Numéro AVS</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="53"/>
        <source>Insurance card number</source>
        <translation>N° de carte d&apos;assuré</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="54"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="55"/>
        <source>Problems</source>
        <translation>Problèmes de santé</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="56"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="57"/>
        <source>Staff member</source>
        <translation>Membre du personnel</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="59"/>
        <source>ATC code</source>
        <translation>Code ATC</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="60"/>
        <source>Catalogue reference</source>
        <translation>Référence du catalogue</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="61"/>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="62"/>
        <source>Product name</source>
        <translation>Nom commercial</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="63"/>
        <source>Strength</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="64"/>
        <source>Morning dose</source>
        <translation>Dose du matin</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="65"/>
        <source>Noon dose</source>
        <translation>Dose de midi</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="66"/>
        <source>Evening dose</source>
        <translation>Dose du soir</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="67"/>
        <source>Night dose</source>
        <translation>Dose du coucher</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="68"/>
        <source>Route</source>
        <translation>Voie</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="69"/>
        <source>Instructions</source>
        <translation>Consignes</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="70"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="71"/>
        <source>Daily dose (mg)</source>
        <translation>Dose journalière (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="72"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="73"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="74"/>
        <source>Renewal allowed until</source>
        <translation>Renouvellement autorisé jusqu&apos;au</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="75"/>
        <source>Prescriber</source>
        <translation>Prescripteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="76"/>
        <source>Other prescriber</source>
        <translation>Autre prescripteur</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="77"/>
        <source>Reason for stopping</source>
        <translation>Motif de l&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="78"/>
        <source>Stop date</source>
        <translation>Date d&apos;arrêt</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="80"/>
        <source>Measurement</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="81"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="82"/>
        <source>Date of measurement</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="84"/>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="85"/>
        <source>Declaration reference</source>
        <translation>Référence de la déclaration</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="86"/>
        <source>Form of consent</source>
        <translation>Forme du consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="87"/>
        <source>Consent given by</source>
        <translation>Consentement donné par</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="88"/>
        <source>Reason for leaving</source>
        <translation>Motif de sortie</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="90"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="91"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="92"/>
        <source>Task type</source>
        <translation>Type de tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="93"/>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="94"/>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="95"/>
        <source>Pool</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="96"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="97"/>
        <source>Due time</source>
        <translation>Heure d&apos;échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="98"/>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="99"/>
        <location filename="../../app/ui/field_labels.py" line="100"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="101"/>
        <source>Act performed</source>
        <translation>Acte réalisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="102"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="103"/>
        <source>Progress note</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="104"/>
        <source>Activation date</source>
        <translation>Date d&apos;activation</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="105"/>
        <source>Training date</source>
        <translation>Date de la formation</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="106"/>
        <source>Since</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="107"/>
        <source>Date of consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="112"/>
        <source>Problem %1</source>
        <translation>Problème %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="115"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="116"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="117"/>
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="119"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="19"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="20"/>
        <source>contains a forbidden character</source>
        <translation>contient un caractère interdit</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="21"/>
        <source>must be FR or CH</source>
        <translation>doit être FR ou CH</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="23"/>
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>doit comporter 15 caractères : 13 pour le numéro et 2 pour la clé</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="24"/>
        <source>the control key does not match the number</source>
        <translation>la clé de contrôle ne correspond pas au numéro</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="25"/>
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>doit comporter 13 chiffres commençant par 756 (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="26"/>
        <source>the check digit is wrong</source>
        <translation>le chiffre de contrôle est faux</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="27"/>
        <source>must be 10 to 20 digits</source>
        <translation>doit comporter de 10 à 20 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="28"/>
        <source>must be 13 digits</source>
        <translation>doit comporter 13 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="29"/>
        <source>must be 11 digits</source>
        <translation>doit comporter 11 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="30"/>
        <source>must be 9 digits</source>
        <translation>doit comporter 9 chiffres</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="31"/>
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>doit comporter 9 caractères (département + 7 chiffres)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="33"/>
        <source>this database already holds a practice</source>
        <translation>cette base de données contient déjà un cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="35"/>
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>doit comporter de 2 à 64 caractères : lettres minuscules, chiffres, . _ -, en commençant par une lettre</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="36"/>
        <source>choose at least one role</source>
        <translation>choisissez au moins un rôle</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="37"/>
        <source>is not an e-mail address</source>
        <translation>n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="38"/>
        <source>is already used by another account</source>
        <translation>est déjà utilisé par un autre compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="39"/>
        <source>you cannot remove your own administrator role</source>
        <translation>vous ne pouvez pas retirer votre propre rôle d&apos;administrateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="40"/>
        <source>you cannot deactivate your own account</source>
        <translation>vous ne pouvez pas désactiver votre propre compte</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="41"/>
        <source>is too easy to guess</source>
        <translation>est trop facile à deviner</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="42"/>
        <source>must differ from the current password</source>
        <translation>doit être différent du mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="43"/>
        <source>is not your current password</source>
        <translation>n&apos;est pas votre mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="45"/>
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>doit être une date comme 31.12.1950 ou 31/12/1950</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="46"/>
        <source>is not a real calendar date</source>
        <translation>n&apos;est pas une date du calendrier valide</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="47"/>
        <source>must not be in the future</source>
        <translation>ne doit pas être dans le futur</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="48"/>
        <source>must be after 1900</source>
        <translation>doit être postérieure à 1900</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="49"/>
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>doit être F, M, X (autre) ou U (inconnu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="50"/>
        <source>must be one of fr, de, en, it</source>
        <translation>doit être fr, de, en ou it</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="51"/>
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>ne doit contenir que des chiffres, des espaces et + . ( ) -</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="52"/>
        <source>must be an active physician of the practice</source>
        <translation>doit être un médecin actif du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="53"/>
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>doit être PROV, RECUP, VALI ou QUAL lorsqu&apos;un INS est saisi</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="54"/>
        <source>needs an INS number</source>
        <translation>nécessite un matricule INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="55"/>
        <source>kind must be condition, allergy or ald</source>
        <translation>le type doit être pathologie, allergie ou ALD</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="56"/>
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>doit être un code ou une classe ATC (p. ex. J01C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="57"/>
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>doit être un code CIM-10 (p. ex. I50.9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="59"/>
        <source>unknown user or wrong password</source>
        <translation>utilisateur inconnu ou mot de passe erroné</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="60"/>
        <source>this account is locked after too many failed logins; ask an administrator to unlock it</source>
        <translation>ce compte est bloqué après trop d&apos;échecs de connexion ; demandez à un administrateur de le débloquer</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="63"/>
        <source>the key does not belong to this database</source>
        <translation>la clé n&apos;appartient pas à cette base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="64"/>
        <source>the SQLite library in use is not SQLCipher</source>
        <translation>la bibliothèque SQLite utilisée n&apos;est pas SQLCipher</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="65"/>
        <source>wrong passphrase for this database</source>
        <translation>phrase de passe erronée pour cette base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="66"/>
        <source>wrong recovery code for this database</source>
        <translation>code de récupération erroné pour cette base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="67"/>
        <source>enter the practice passphrase or the recovery code</source>
        <translation>saisissez la phrase de passe du cabinet ou le code de récupération</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="68"/>
        <source>the database URL must start with postgresql+psycopg://</source>
        <translation>l&apos;adresse de la base de données doit commencer par postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="70"/>
        <source>no allowed keyring backend on this computer</source>
        <translation>aucun trousseau de clés autorisé sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="71"/>
        <source>the keyring did not answer in time</source>
        <translation>le trousseau de clés n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="72"/>
        <source>the recorded keyring backend is not allowed</source>
        <translation>le trousseau de clés enregistré n&apos;est pas autorisé</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="73"/>
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>le trousseau de clés qui contient la clé n&apos;est pas disponible (magasin de clés changé)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="74"/>
        <source>the keyring holds no key for this database</source>
        <translation>le trousseau de clés ne contient aucune clé pour cette base</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="76"/>
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>doit être un nombre d&apos;unités comme 1, 0.5 ou 1/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="77"/>
        <source>must be at most 100 units</source>
        <translation>doit être de 100 unités au plus</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="78"/>
        <source>is not a plausible date</source>
        <translation>n&apos;est pas une date plausible</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="79"/>
        <source>must be a number</source>
        <translation>doit être un nombre</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="80"/>
        <source>must be a complete ATC code like B01AA03</source>
        <translation>doit être un code ATC complet comme B01AA03</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="81"/>
        <source>a substance or a product name is required</source>
        <translation>une substance ou un nom commercial est obligatoire</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="82"/>
        <source>must not be before the start date</source>
        <translation>ne doit pas précéder la date de début</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="83"/>
        <source>must be at most 12 months after the start</source>
        <translation>doit être au plus 12 mois après le début</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="84"/>
        <source>must be an active member of the practice</source>
        <translation>doit être un membre actif du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="86"/>
        <source>is not a known protocol</source>
        <translation>n&apos;est pas un protocole connu</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="87"/>
        <source>must be a past date after 1990</source>
        <translation>doit être une date passée, après 1990</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="88"/>
        <source>must be oral, written or electronic</source>
        <translation>doit être oral, écrit ou électronique</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="89"/>
        <source>must be patient or representative</source>
        <translation>doit être le patient ou son représentant</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="90"/>
        <source>is not a patient of the practice</source>
        <translation>n&apos;est pas un patient du cabinet</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="91"/>
        <source>is required (at most 200 characters)</source>
        <translation>est obligatoire (200 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="93"/>
        <source>must be a time like 08:30</source>
        <translation>doit être une heure comme 08:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="94"/>
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>doit comporter de 2 à 40 lettres minuscules, chiffres ou tirets bas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="95"/>
        <source>must be routine, urgent, asap or stat</source>
        <translation>doit être routine, urgent, asap ou stat</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="96"/>
        <source>choose either a person or a pool (one of the two)</source>
        <translation>choisissez une personne ou un groupe (l&apos;un des deux)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="97"/>
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>doit être un membre actif du cabinet, soignant ou secrétariat</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="98"/>
        <source>needs a due date</source>
        <translation>nécessite une échéance</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="99"/>
        <source>needs a due date to start the series</source>
        <translation>nécessite une échéance pour démarrer la série</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="100"/>
        <source>needs an origin type and a positive id</source>
        <translation>nécessite un type d&apos;origine et un identifiant positif</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="101"/>
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>un acte n&apos;est enregistré que pour une tâche liée à un protocole</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="102"/>
        <source>is not a task status</source>
        <translation>n&apos;est pas un statut de tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="103"/>
        <source>this task is not in one of your pools</source>
        <translation>cette tâche n&apos;est dans aucun de vos groupes</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="104"/>
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>doit être une règle iCalendar comme FREQ=MONTHLY;INTERVAL=3</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="105"/>
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>ne doit pas contenir DTSTART (l&apos;échéance démarre la série)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="106"/>
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>doit fixer FREQ à DAILY, WEEKLY, MONTHLY ou YEARLY</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="108"/>
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>doit commencer par postgresql:// ou postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="109"/>
        <source>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>le serveur n&apos;est pas sur cet ordinateur : ajoutez ?sslmode=verify-full (TLS obligatoire)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="110"/>
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>ne doit pas contenir de mot de passe : placez-le dans un fichier .pgpass</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="112"/>
        <source>an absence lasts at most one year</source>
        <translation>une absence dure au plus un an</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="113"/>
        <source>select at least one task</source>
        <translation>sélectionnez au moins une tâche</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="114"/>
        <source>must be a whole number of days</source>
        <translation>doit être un nombre entier de jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="119"/>
        <source>is too long (at most %1 characters)</source>
        <translation>est trop long (%1 caractères au plus)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="121"/>
        <source>must be at least %1 characters long</source>
        <translation>doit comporter au moins %1 caractères</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="123"/>
        <source>must be between %1 and %2 minutes</source>
        <translation>doit être compris entre %1 et %2 minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="125"/>
        <source>unknown role %1</source>
        <translation>rôle inconnu %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="127"/>
        <source>too many failed logins: wait %1 s before trying again</source>
        <translation>trop d&apos;échecs de connexion : attendez %1 s avant de réessayer</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="129"/>
        <source>staff member %1 does not exist</source>
        <translation>le membre du personnel %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="131"/>
        <source>patient %1 does not exist</source>
        <translation>le patient %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="133"/>
        <source>%1 was written by a newer version of Cordée</source>
        <translation>%1 a été écrit par une version plus récente de Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="135"/>
        <source>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</source>
        <translation>le fichier de clés %1 est manquant : la base de données ne peut pas être déverrouillée sans lui (restaurez-le à partir de la sauvegarde)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="138"/>
        <source>the key file %1 is damaged (%2)</source>
        <translation>le fichier de clés %1 est endommagé (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="140"/>
        <source>%1 already exists; it is never replaced</source>
        <translation>%1 existe déjà ; il n&apos;est jamais remplacé</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="142"/>
        <source>%1 already exists; Cordée never replaces a database</source>
        <translation>%1 existe déjà ; Cordée ne remplace jamais une base de données</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="144"/>
        <source>%1 is an unencrypted database; Cordée refuses to use it</source>
        <translation>%1 est une base de données non chiffrée ; Cordée refuse de l&apos;utiliser</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="146"/>
        <source>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</source>
        <translation>%1 est illisible bien que la clé soit correcte : le fichier est endommagé (%2). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="149"/>
        <source>the folder %1 does not exist</source>
        <translation>le dossier %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="151"/>
        <source>no database at %1</source>
        <translation>aucune base de données à l&apos;emplacement %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="153"/>
        <source>keyring error: %1</source>
        <translation>erreur du trousseau de clés : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="155"/>
        <source>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</source>
        <translation>%1 n&apos;est pas sur cet ordinateur : ajoutez ?sslmode=verify-full (TLS est obligatoire hors de la boucle locale)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="158"/>
        <source>cannot use the PostgreSQL server: %1</source>
        <translation>impossible d&apos;utiliser le serveur PostgreSQL : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="160"/>
        <source>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</source>
        <translation>cette base de données a le schéma %1, plus récent que ceux que connaît cette version de Cordée ; installez la version plus récente de Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="163"/>
        <source>must be more than %1 and at most %2</source>
        <translation>doit être supérieur à %1 et au plus %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="165"/>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="167"/>
        <source>must be between %1 and %2 days</source>
        <translation>doit être compris entre %1 et %2 jours</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="169"/>
        <source>task %1 does not exist</source>
        <translation>la tâche %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="171"/>
        <source>absence %1 does not exist</source>
        <translation>l&apos;absence %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="173"/>
        <source>must be one of %1</source>
        <translation>doit être l&apos;une des valeurs : %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="175"/>
        <source>medication line %1 does not exist</source>
        <translation>la ligne de médicament %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="177"/>
        <source>enrolment %1 does not exist</source>
        <translation>l&apos;inclusion %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="179"/>
        <source>staff %1 does not adhere to %2</source>
        <translation>%1 n&apos;adhère pas à %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="181"/>
        <source>%1 is not of a profession this protocol delegates to (%2)</source>
        <translation>%1 n&apos;exerce pas une profession à laquelle ce protocole délègue (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="183"/>
        <source>is not a valid iCalendar rule (%1)</source>
        <translation>n&apos;est pas une règle iCalendar valide (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="186"/>
        <source>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>%1 est sur un partage réseau ; le fichier chiffré doit rester sur le disque de cet ordinateur. Pour plusieurs postes, utilisez un serveur PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/staff_model.py" line="18"/>
        <source>Physician</source>
        <translation>Médecin</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="19"/>
        <source>Pharmacist</source>
        <translation>Pharmacien/Pharmacienne</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="20"/>
        <source>Advanced practice nurse</source>
        <translation>Infirmier/Infirmière en pratique avancée</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="21"/>
        <source>Nurse</source>
        <translation>Infirmier/Infirmière</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="22"/>
        <source>Medical assistant</source>
        <translation>Assistant(e) médical(e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="23"/>
        <source>Coordinator</source>
        <translation>Coordinateur/Coordinatrice</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="24"/>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
</TS>
