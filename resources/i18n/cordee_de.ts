<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="122"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="123"/>
        <location filename="../../app/ui/first_run_pages.py" line="156"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="124"/>
        <location filename="../../app/ui/first_run_pages.py" line="156"/>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>General practitioner</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>Nurse</source>
        <translation>Pflegefachperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>Pharmacist</source>
        <translation>Apotheker/Apothekerin</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="128"/>
        <source>Medical assistant</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="128"/>
        <source>Practice coordinator</source>
        <translation>Praxiskoordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="129"/>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="131"/>
        <source>Password (at least 12 characters)</source>
        <translation>Passwort (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="132"/>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="137"/>
        <source>RPPS or ADELI number (optional)</source>
        <translation>RPPS- oder ADELI-Nummer (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="137"/>
        <source>GLN (optional)</source>
        <translation>GLN (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="154"/>
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Benutzername: 2 bis 64 Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="158"/>
        <source>%1: this field is required.</source>
        <translation>%1: Dieses Feld ist obligatorisch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="160"/>
        <source>Profession: this field is required.</source>
        <translation>Beruf: Dieses Feld ist obligatorisch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="175"/>
        <source>Password again: the two passwords are not the same.</source>
        <translation>Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="44"/>
        <location filename="../../app/ui/audit_browser.py" line="83"/>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="60"/>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="61"/>
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Prüft, dass kein Eintrag ausserhalb von Cordée geändert, eingefügt oder gelöscht wurde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="66"/>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="80"/>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="80"/>
        <source>Logins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="81"/>
        <source>Screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="81"/>
        <source>Patient records</source>
        <translation>Patientendossiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="82"/>
        <source>Staff accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="82"/>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="83"/>
        <source>Practice settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="86"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="89"/>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="91"/>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="91"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="92"/>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="94"/>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="102"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="104"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="106"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="108"/>
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="110"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="115"/>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="151"/>
        <source>%1 entries (newest first, at most 500).</source>
        <translation>%1 Einträge (neueste zuerst, höchstens 500).</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="159"/>
        <source>Checking the audit trail…</source>
        <translation>Das Audit-Protokoll wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="167"/>
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>Das Audit-Protokoll ist unversehrt: %1 Einträge geprüft, nichts wurde ausserhalb von Cordée geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="172"/>
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>Das Audit-Protokoll wurde ausserhalb von Cordée geändert (%1 Einträge geprüft). Gefundene Probleme:</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="78"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="78"/>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="71"/>
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Katalog durchsuchen: Wirkstoff (FR, DE, EN) oder Produktname</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="92"/>
        <source>Catalogue search</source>
        <translation>Katalogsuche</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="100"/>
        <source>Type at least two letters.</source>
        <translation>Geben Sie mindestens zwei Buchstaben ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="110"/>
        <source>%1 results</source>
        <translation>%1 Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="111"/>
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Nichts gefunden: Sie können den Namen als Freitext behalten (nicht geprüft).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="49"/>
        <source>no ATC code</source>
        <translation>kein ATC-Code</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="186"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="191"/>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="192"/>
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Passphrase der Praxis (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="193"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="195"/>
        <source>Create the database</source>
        <translation>Datenbank erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="198"/>
        <source>Location of the new database</source>
        <translation>Speicherort der neuen Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="199"/>
        <source>Cordée database (*.db)</source>
        <translation>Cordée-Datenbank (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="211"/>
        <source>Database file: please choose where to store the database.</source>
        <translation>Datenbankdatei: Bitte wählen Sie, wo die Datenbank gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="213"/>
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Datenbankdatei: %1 existiert bereits. Cordée ersetzt nie eine Datenbank; wählen Sie einen anderen Dateinamen, oder schliessen Sie diesen Assistenten und öffnen Sie die bestehende Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="221"/>
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Passphrase wiederholen: Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="225"/>
        <source>Database file: the folder cannot be created (%1).</source>
        <translation>Datenbankdatei: Der Ordner kann nicht erstellt werden (%1).</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../app/ui/findings_view.py" line="197"/>
        <source>Review findings</source>
        <translation>Befunde der Überprüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_view.py" line="200"/>
        <source>Selected finding</source>
        <translation>Ausgewählter Befund</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_view.py" line="201"/>
        <source>Select a finding to read it in full.</source>
        <translation>Wählen Sie einen Befund, um ihn vollständig zu lesen.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="234"/>
        <location filename="../../app/ui/first_run_pages.py" line="264"/>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Die verschlüsselte Datenbank wird erstellt… Dies dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="246"/>
        <source>Save recovery sheet (PDF)…</source>
        <translation>Wiederherstellungsblatt speichern (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="252"/>
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>Ich habe das Wiederherstellungsblatt gedruckt oder gespeichert und bewahre es offline auf</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="268"/>
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>Die Datenbank ist bereit. Dieser Wiederherstellungscode öffnet sie, wenn die Passphrase vergessen wird oder der Schlüsselbund verloren geht. Er wird nur jetzt angezeigt: Speichern Sie das Wiederherstellungsblatt, drucken Sie es aus und bewahren Sie es offline an einem sicheren Ort auf. Wer es besitzt, kann die Dossiers öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="280"/>
        <source>Save recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
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
        <translation>Cordée — erster Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="76"/>
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>Der Wiederherstellungscode kann nicht erneut angezeigt werden: Speichern oder drucken Sie das Wiederherstellungsblatt und setzen Sie das Häkchen, bevor Sie schliessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="146"/>
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>Das Wiederherstellungsblatt wurde unter %1 gespeichert. Drucken Sie es jetzt aus und bewahren Sie es dann offline auf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="152"/>
        <source>The recovery sheet could not be saved: %1</source>
        <translation>Das Wiederherstellungsblatt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="29"/>
        <source>Cordée is locked</source>
        <translation>Cordée ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="35"/>
        <source>Type your password to continue.</source>
        <translation>Geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="39"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="43"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="45"/>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="63"/>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="78"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="26"/>
        <source>Cordée — log in</source>
        <translation>Cordée — Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="41"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="44"/>
        <source>You must choose a new password before you continue.</source>
        <translation>Sie müssen ein neues Passwort wählen, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="47"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="48"/>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56"/>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="85"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="98"/>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="112"/>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Die beiden neuen Passwörter sind verschieden; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="117"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <translation>Suchen Sie links einen Patienten und drücken Sie die Eingabetaste, um das Dossier zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;Find patient</source>
        <translation>Patient s&amp;uchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;Close chart</source>
        <translation>Dossier s&amp;chliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>&amp;About Cordée</source>
        <translation>Ü&amp;ber Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>This administration screen is not available in this version.</source>
        <translation>Diese Verwaltungsansicht ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — gemeinsame Behandlungspläne, Medikationsüberprüfungen und delegierte Aufgaben für Gruppenpraxen.</translation>
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
        <translation>Medikament ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="57"/>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="162"/>
        <location filename="aliased_strings.py" line="19"/>
        <source>(not a member of the practice)</source>
        <translation>(nicht Mitglied der Praxis)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="190"/>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — von der Prüfregel-Engine geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="193"/>
        <source>Choose an entry of the catalogue (Enter), or keep the name as free text.</source>
        <translation>Wählen Sie einen Katalogeintrag (Eingabetaste) oder behalten Sie den Namen als Freitext.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="196"/>
        <source>Free text: not checked by the engine</source>
        <translation>Freitext: nicht von der Engine geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="250"/>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="18"/>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="20"/>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="21"/>
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Einheiten pro Einnahme: 1, 0.5 oder 1/2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="22"/>
        <source>Keep as free text (not checked)</source>
        <translation>Als Freitext behalten (nicht geprüft)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="23"/>
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="24"/>
        <source>Self-medication (not prescribed)</source>
        <translation>Selbstmedikation (nicht verordnet)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="25"/>
        <source>Pharmacist may adjust the dose</source>
        <translation>Apotheke darf die Dosis anpassen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="26"/>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="27"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="28"/>
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="29"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="30"/>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="31"/>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="32"/>
        <source>Noon</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="33"/>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="34"/>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="35"/>
        <source>Schedule</source>
        <translation>Einnahmeschema</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="36"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="37"/>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="38"/>
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="39"/>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="40"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="41"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="42"/>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="43"/>
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="44"/>
        <source>Other prescriber</source>
        <translation>Andere verordnende Person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="45"/>
        <source>Pharmacien correspondant</source>
        <translation>Korrespondierende Apotheke</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="46"/>
        <source>Renewal allowed until</source>
        <translation>Erneuerung erlaubt bis</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="145"/>
        <source>Your role does not give access to the medication list.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf die Medikamentenliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="233"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="259"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="262"/>
        <source>%1 lines · %2 findings (%3 serious)</source>
        <translation>%1 Zeilen · %2 Befunde (%3 schwerwiegend)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="47"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="48"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="49"/>
        <source>Stop…</source>
        <translation>Absetzen…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="50"/>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="51"/>
        <source>History (changes and stopped lines)</source>
        <translation>Verlauf (Änderungen und abgesetzte Zeilen)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="52"/>
        <source>Clinical values</source>
        <translation>Klinische Werte</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="53"/>
        <source>Record value…</source>
        <translation>Wert erfassen…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="54"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="104"/>
        <source>Record a clinical value</source>
        <translation>Klinischen Wert erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="110"/>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="114"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="116"/>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="39"/>
        <location filename="../../app/ui/patient_chart.py" line="181"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="46"/>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="47"/>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="47"/>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="48"/>
        <source>Care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="48"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="49"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="70"/>
        <source>This part of the chart is not available yet.</source>
        <translation>Dieser Teil des Dossiers ist noch nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Médecin traitant</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Long-term conditions (ALD)</source>
        <translation>Langzeiterkrankungen (ALD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="85"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="93"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="117"/>
        <source>The record could not be opened.</source>
        <translation>Das Dossier konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="129"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="130"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="130"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="135"/>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="145"/>
        <source>Last changed by %1 on %2</source>
        <translation>Zuletzt geändert von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="154"/>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 Jahre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>provisional</source>
        <translation>provisorisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>retrieved</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="162"/>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="165"/>
        <source>%1 (identity %2)</source>
        <translation>%1 (Identität %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>other sex</source>
        <translation>anderes Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="170"/>
        <source>sex unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="172"/>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="174"/>
        <source>AVS %1</source>
        <translation>AHV %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="176"/>
        <source>no national identifier</source>
        <translation>keine nationale Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="177"/>
        <source>Born %1 · %2 · %3</source>
        <translation>Geboren am %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../app/ui/patient_form.py" line="42"/>
        <source>Edit patient %1</source>
        <translation>Patient %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="44"/>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="135"/>
        <source>(not a doctor of the practice)</source>
        <translation>(nicht Arzt/Ärztin der Praxis)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="186"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="55"/>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="56"/>
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Geben Sie das Geburtsdatum als 31.12.1950 oder 31/12/1950 ein.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="57"/>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="58"/>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="59"/>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="60"/>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="61"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="62"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="63"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="64"/>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="65"/>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="66"/>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="67"/>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="68"/>
        <source>(no INS)</source>
        <translation>(keine INS)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="69"/>
        <source>Provisional</source>
        <translation>Provisorisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="70"/>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="71"/>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="72"/>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="73"/>
        <source>Name and town of a doctor outside the practice</source>
        <translation>Name und Ort eines Arztes ausserhalb der Praxis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="74"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="75"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="76"/>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="77"/>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="78"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="79"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="80"/>
        <source>INS number</source>
        <translation>INS-Nummer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="81"/>
        <source>INS identity status</source>
        <translation>Status der INS-Identität</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="82"/>
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="83"/>
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="84"/>
        <source>Contact and care</source>
        <translation>Kontakt und Betreuung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="85"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="86"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="87"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="88"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="89"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="90"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="91"/>
        <source>Médecin traitant</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="92"/>
        <source>External doctor</source>
        <translation>Externer Arzt/Ärztin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="93"/>
        <source>Conditions, allergies and ALD</source>
        <translation>Erkrankungen, Allergien und ALD</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="94"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="95"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="96"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <location filename="aliased_strings.py" line="97"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="98"/>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="99"/>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="100"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="101"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="102"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="35"/>
        <source>Search by name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Name, Geburtsdatum (tt.mm.jjjj) oder Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="65"/>
        <source>Your role does not give access to the patient register.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf das Patientenregister.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="92"/>
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>Die ersten %1 Patienten werden angezeigt; verfeinern Sie die Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="94"/>
        <source>No patient found.</source>
        <translation>Kein Patient gefunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="96"/>
        <source>1 patient</source>
        <translation>1 Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="98"/>
        <source>%1 patients</source>
        <translation>%1 Patienten</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="84"/>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="86"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="87"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="88"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="95"/>
        <source>FINESS number (optional)</source>
        <translation>FINESS-Nummer (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="96"/>
        <source>GLN of the practice (optional)</source>
        <translation>GLN der Praxis (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="106"/>
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Name der Praxis: Bitte geben Sie den Namen der Praxis ein.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../app/ui/problem_table.py" line="120"/>
        <source>Add problem</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_table.py" line="121"/>
        <source>Remove problem</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="aliased_strings.py" line="103"/>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="104"/>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="105"/>
        <source>Long-term condition (ALD)</source>
        <translation>Langzeiterkrankung (ALD)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="106"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="107"/>
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (ICD-10 oder ATC)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="108"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="aliased_strings.py" line="10"/>
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="11"/>
        <source>The name is printed on documents and letters.</source>
        <translation>Der Name erscheint auf Dokumenten und Briefen.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="12"/>
        <source>First administrator</source>
        <translation>Erste Administratorin / erster Administrator</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="13"/>
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>Dieses persönliche Konto verwaltet die Benutzerkonten und die Einstellungen. Jede Person der Praxis erhält später ein eigenes Konto.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="14"/>
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="15"/>
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>Alle Dossiers werden in einer verschlüsselten Datei auf diesem Computer gespeichert. Die Passphrase der Praxis schützt jedes Dossier: Sie wird immer dann benötigt, wenn der Schlüsselbund des Computers nicht verfügbar ist. Wählen Sie einen langen Satz, den Sie sich merken können.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="16"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="17"/>
        <source>The recovery code is shown only once, on this page.</source>
        <translation>Der Wiederherstellungscode wird nur einmal angezeigt, auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="30"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="36"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Leer lassen, um die Dossiers in der verschlüsselten Datei auf diesem Computer zu behalten. Bei mehreren Arbeitsplätzen geben Sie die Adresse des PostgreSQL-Servers der Praxis ein; TLS (sslmode) ist erforderlich, ausser der Server läuft auf diesem Computer. Die Änderung gilt ab dem nächsten Start von Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Practice (all workstations)</source>
        <translation>Praxis (alle Arbeitsplätze)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="56"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="57"/>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>FINESS number</source>
        <translation>FINESS-Nummer</translation>
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
        <translation>Bildschirm sperren nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79"/>
        <source>Only an administrator can change the practice settings.</source>
        <translation>Nur eine Administratorin oder ein Administrator kann die Praxiseinstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="140"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="65"/>
        <source>Staff accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="70"/>
        <source>Show deactivated accounts</source>
        <translation>Deaktivierte Konten anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="87"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="88"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="89"/>
        <location filename="../../app/ui/staff_admin.py" line="148"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="90"/>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="91"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="93"/>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="147"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="155"/>
        <source>The account was saved.</source>
        <translation>Das Konto wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="177"/>
        <source>Reactivate the account of %1?</source>
        <translation>Konto von %1 reaktivieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="178"/>
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Konto von %1 deaktivieren? Die Person kann sich nicht mehr anmelden; das Konto und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="181"/>
        <source>The account of %1 was reactivated.</source>
        <translation>Das Konto von %1 wurde reaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="182"/>
        <source>The account of %1 was deactivated.</source>
        <translation>Das Konto von %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="190"/>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt. Bei der nächsten Anmeldung muss ein neues gewählt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="196"/>
        <source>The account of %1 was unlocked.</source>
        <translation>Das Konto von %1 wurde entsperrt.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../app/ui/staff_form.py" line="31"/>
        <source>New staff account</source>
        <translation>Neues Benutzerkonto</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="32"/>
        <source>Edit the account of %1</source>
        <translation>Konto von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="40"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="40"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="41"/>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="41"/>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>RPPS number</source>
        <translation>RPPS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>ADELI number</source>
        <translation>ADELI-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="43"/>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="43"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="44"/>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="62"/>
        <source>at least 12 characters; to be changed at first login</source>
        <translation>mindestens 12 Zeichen; bei der ersten Anmeldung zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="109"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <location filename="../../app/ui/staff_model.py" line="94"/>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="93"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="93"/>
        <source>No (deactivated)</source>
        <translation>Nein (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="86"/>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="90"/>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="91"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="92"/>
        <source>Stopped on</source>
        <translation>Abgesetzt am</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="32"/>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="37"/>
        <source>The user must choose a new password at the next login.</source>
        <translation>Die Person muss bei der nächsten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="38"/>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="39"/>
        <source>Temporary password again</source>
        <translation>Temporäres Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="49"/>
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Temporäres Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="33"/>
        <source>Open the practice database</source>
        <translation>Datenbank der Praxis öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="35"/>
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>Der Schlüssel der Datenbank konnte nicht aus dem Schlüsselbund dieses Computers gelesen werden. Grund: %1. Geben Sie die Passphrase der Praxis oder den Wiederherstellungscode vom gedruckten Wiederherstellungsblatt ein, um die Datenbank zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="38"/>
        <source>no keyring is available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="41"/>
        <source>Database file: %1</source>
        <translation>Datenbankdatei: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="44"/>
        <source>Practice passphrase</source>
        <translation>Passphrase der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="45"/>
        <location filename="../../app/ui/unlock_database_dialog.py" line="75"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="75"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="85"/>
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Wiederherstellungscode: Bitte geben Sie den Code vom Wiederherstellungsblatt ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="87"/>
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Passphrase: Bitte geben Sie die Passphrase der Praxis ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="90"/>
        <source>Checking… This takes a few seconds.</source>
        <translation>Wird geprüft… Dies dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="113"/>
        <source>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>Die Passphrase passt nicht zu dieser Datenbank. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="115"/>
        <source>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>Der Wiederherstellungscode passt nicht zu dieser Datenbank. Vergleichen Sie ihn mit dem Wiederherstellungsblatt dieser Datenbank und versuchen Sie es erneut. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="118"/>
        <source>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>Der Schlüssel ist richtig, aber die Datenbankdatei ist beschädigt und kann nicht gelesen werden. Es wurde nichts hineingeschrieben. Stellen Sie die Datenbank aus einer Sicherung wieder her und bewahren Sie die beschädigte Datei zur Analyse auf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="121"/>
        <source>The database file %1 cannot be found. Check that the disk or the folder is available.</source>
        <translation>Die Datenbankdatei %1 wurde nicht gefunden. Prüfen Sie, ob das Laufwerk oder der Ordner verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="123"/>
        <source>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>Die Schlüsseldatei dieser Datenbank fehlt. Ohne sie kann die Datenbank nicht geöffnet werden: Stellen Sie die Schlüsseldatei aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="125"/>
        <source>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>Die Schlüsseldatei dieser Datenbank ist beschädigt. Stellen Sie sie aus der Sicherung wieder her; die Datenbank selbst wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="127"/>
        <source>The key file was written by a newer version of Cordée. Install that version.</source>
        <translation>Die Schlüsseldatei wurde von einer neueren Version von Cordée geschrieben. Installieren Sie diese Version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="128"/>
        <source>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Cordée verwendet. Installieren Sie diese Version, um sie zu öffnen; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="130"/>
        <source>This file is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>Diese Datei ist nicht verschlüsselt. Cordée verwendet keine unverschlüsselte Datenbank.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="75"/>
        <source>Welcome to Cordée</source>
        <translation>Willkommen bei Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="76"/>
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>Dieser Assistent richtet Ihre Praxis ein: ihren Namen, die erste Administratorin oder den ersten Administrator und die verschlüsselte Datenbank, die die Patientendossiers enthält.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="78"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/messages.py" line="60"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="63"/>
        <source>This record was changed by %1 at %2 since you opened it. Reload it, then make your change again.</source>
        <translation>Dieser Datensatz wurde seit dem Öffnen von %1 am %2 geändert. Laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>Your role does not allow this action.</source>
        <translation>Ihre Rolle erlaubt diese Aktion nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/ui/field_labels.py" line="14"/>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="15"/>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="16"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="17"/>
        <source>FINESS number</source>
        <translation>FINESS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="18"/>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="19"/>
        <source>Lock after inactivity (minutes)</source>
        <translation>Sperre nach Inaktivität (Minuten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="20"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="21"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="23"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="24"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="25"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="26"/>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="27"/>
        <source>RPPS number</source>
        <translation>RPPS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="28"/>
        <source>ADELI number</source>
        <translation>ADELI-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="29"/>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="30"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="31"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="32"/>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="34"/>
        <source>Practice passphrase</source>
        <translation>Passphrase der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="35"/>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="37"/>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="38"/>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="39"/>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="40"/>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="41"/>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="42"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="43"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="44"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="45"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="46"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="47"/>
        <source>Regular doctor</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="48"/>
        <source>External doctor</source>
        <translation>Externer Arzt/Ärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="49"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="50"/>
        <source>INS number</source>
        <translation>INS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="51"/>
        <source>INS identity status</source>
        <translation>Status der INS-Identität</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="52"/>
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="53"/>
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="54"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="55"/>
        <source>Problems</source>
        <translation>Gesundheitsprobleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="56"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="57"/>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="59"/>
        <source>ATC code</source>
        <translation>ATC-Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="60"/>
        <source>Catalogue reference</source>
        <translation>Katalogreferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="61"/>
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="62"/>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="63"/>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="64"/>
        <source>Morning dose</source>
        <translation>Dosis morgens</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="65"/>
        <source>Noon dose</source>
        <translation>Dosis mittags</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="66"/>
        <source>Evening dose</source>
        <translation>Dosis abends</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="67"/>
        <source>Night dose</source>
        <translation>Dosis zur Nacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="68"/>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="69"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="70"/>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="71"/>
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="72"/>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="73"/>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="74"/>
        <source>Renewal allowed until</source>
        <translation>Erneuerung erlaubt bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="75"/>
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="76"/>
        <source>Other prescriber</source>
        <translation>Andere verordnende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="77"/>
        <source>Reason for stopping</source>
        <translation>Grund für das Absetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="78"/>
        <source>Stop date</source>
        <translation>Absetzdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="80"/>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="81"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="82"/>
        <source>Date of measurement</source>
        <translation>Messdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="84"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="85"/>
        <source>Declaration reference</source>
        <translation>Referenz der Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="86"/>
        <source>Form of consent</source>
        <translation>Form der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="87"/>
        <source>Consent given by</source>
        <translation>Einwilligung erteilt von</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="88"/>
        <source>Reason for leaving</source>
        <translation>Austrittsgrund</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="90"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="91"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="92"/>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="93"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="94"/>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="95"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="96"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="97"/>
        <source>Due time</source>
        <translation>Fälligkeitszeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="98"/>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="99"/>
        <location filename="../../app/ui/field_labels.py" line="100"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="101"/>
        <source>Act performed</source>
        <translation>Durchgeführte Handlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="103"/>
        <source>Progress note</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="104"/>
        <source>Activation date</source>
        <translation>Aktivierungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="105"/>
        <source>Training date</source>
        <translation>Schulungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="106"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="107"/>
        <source>Date of consent</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="112"/>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="115"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="116"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="117"/>
        <source>label</source>
        <translation>Bezeichnung</translation>
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
        <translation>ist obligatorisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="20"/>
        <source>contains a forbidden character</source>
        <translation>enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="21"/>
        <source>must be FR or CH</source>
        <translation>muss FR oder CH sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="23"/>
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>muss 15 Zeichen lang sein: 13 für die Nummer und 2 für den Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="24"/>
        <source>the control key does not match the number</source>
        <translation>der Kontrollschlüssel passt nicht zur Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="25"/>
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>muss 13 Ziffern haben und mit 756 beginnen (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="26"/>
        <source>the check digit is wrong</source>
        <translation>die Prüfziffer ist falsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="27"/>
        <source>must be 10 to 20 digits</source>
        <translation>muss 10 bis 20 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="28"/>
        <source>must be 13 digits</source>
        <translation>muss 13 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="29"/>
        <source>must be 11 digits</source>
        <translation>muss 11 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="30"/>
        <source>must be 9 digits</source>
        <translation>muss 9 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="31"/>
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>muss 9 Zeichen haben (Departement + 7 Ziffern)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="33"/>
        <source>this database already holds a practice</source>
        <translation>diese Datenbank enthält bereits eine Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="35"/>
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>muss 2 bis 64 Zeichen haben: Kleinbuchstaben, Ziffern, . _ -, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="36"/>
        <source>choose at least one role</source>
        <translation>wählen Sie mindestens eine Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="37"/>
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="38"/>
        <source>is already used by another account</source>
        <translation>wird bereits von einem anderen Konto verwendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="39"/>
        <source>you cannot remove your own administrator role</source>
        <translation>Sie können Ihre eigene Administratorrolle nicht entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="40"/>
        <source>you cannot deactivate your own account</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="41"/>
        <source>is too easy to guess</source>
        <translation>ist zu leicht zu erraten</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="42"/>
        <source>must differ from the current password</source>
        <translation>muss sich vom aktuellen Passwort unterscheiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="43"/>
        <source>is not your current password</source>
        <translation>ist nicht Ihr aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="45"/>
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>muss ein Datum wie 31.12.1950 oder 31/12/1950 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="46"/>
        <source>is not a real calendar date</source>
        <translation>ist kein gültiges Kalenderdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="47"/>
        <source>must not be in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="48"/>
        <source>must be after 1900</source>
        <translation>muss nach 1900 liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="49"/>
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>muss F, M, X (anderes) oder U (unbekannt) sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="50"/>
        <source>must be one of fr, de, en, it</source>
        <translation>muss fr, de, en oder it sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="51"/>
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>darf nur Ziffern, Leerzeichen und + . ( ) - enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="52"/>
        <source>must be an active physician of the practice</source>
        <translation>muss ein aktiver Arzt / eine aktive Ärztin der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="53"/>
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>muss PROV, RECUP, VALI oder QUAL sein, wenn eine INS angegeben ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="54"/>
        <source>needs an INS number</source>
        <translation>erfordert eine INS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="55"/>
        <source>kind must be condition, allergy or ald</source>
        <translation>die Art muss Erkrankung, Allergie oder ALD sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="56"/>
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>muss ein ATC-Code oder eine ATC-Klasse sein (z. B. J01C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="57"/>
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>muss ein ICD-10-Code sein (z. B. I50.9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="59"/>
        <source>unknown user or wrong password</source>
        <translation>unbekannter Benutzer oder falsches Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="60"/>
        <source>this account is locked after too many failed logins; ask an administrator to unlock it</source>
        <translation>dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt; bitten Sie eine Administratorin oder einen Administrator, es zu entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="63"/>
        <source>the key does not belong to this database</source>
        <translation>der Schlüssel gehört nicht zu dieser Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="64"/>
        <source>the SQLite library in use is not SQLCipher</source>
        <translation>die verwendete SQLite-Bibliothek ist nicht SQLCipher</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="65"/>
        <source>wrong passphrase for this database</source>
        <translation>falsche Passphrase für diese Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="66"/>
        <source>wrong recovery code for this database</source>
        <translation>falscher Wiederherstellungscode für diese Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="67"/>
        <source>enter the practice passphrase or the recovery code</source>
        <translation>geben Sie die Passphrase der Praxis oder den Wiederherstellungscode ein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="68"/>
        <source>the database URL must start with postgresql+psycopg://</source>
        <translation>die Datenbank-URL muss mit postgresql+psycopg:// beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="70"/>
        <source>no allowed keyring backend on this computer</source>
        <translation>kein zugelassener Schlüsselbund auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="71"/>
        <source>the keyring did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="72"/>
        <source>the recorded keyring backend is not allowed</source>
        <translation>der gespeicherte Schlüsselbund ist nicht zugelassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="73"/>
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>der Schlüsselbund mit dem Schlüssel ist nicht verfügbar (Schlüsselspeicher gewechselt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="74"/>
        <source>the keyring holds no key for this database</source>
        <translation>der Schlüsselbund enthält keinen Schlüssel für diese Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="76"/>
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>muss eine Anzahl Einheiten wie 1, 0.5 oder 1/2 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="77"/>
        <source>must be at most 100 units</source>
        <translation>darf höchstens 100 Einheiten betragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="78"/>
        <source>is not a plausible date</source>
        <translation>ist kein plausibles Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="79"/>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="80"/>
        <source>must be a complete ATC code like B01AA03</source>
        <translation>muss ein vollständiger ATC-Code wie B01AA03 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="81"/>
        <source>a substance or a product name is required</source>
        <translation>ein Wirkstoff oder ein Produktname ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="82"/>
        <source>must not be before the start date</source>
        <translation>darf nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="83"/>
        <source>must be at most 12 months after the start</source>
        <translation>darf höchstens 12 Monate nach dem Beginn liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="84"/>
        <source>must be an active member of the practice</source>
        <translation>muss ein aktives Mitglied der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="86"/>
        <source>is not a known protocol</source>
        <translation>ist kein bekanntes Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="87"/>
        <source>must be a past date after 1990</source>
        <translation>muss ein vergangenes Datum nach 1990 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="88"/>
        <source>must be oral, written or electronic</source>
        <translation>muss mündlich, schriftlich oder elektronisch sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="89"/>
        <source>must be patient or representative</source>
        <translation>muss Patient/in oder Vertretung sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="90"/>
        <source>is not a patient of the practice</source>
        <translation>ist kein Patient der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="91"/>
        <source>is required (at most 200 characters)</source>
        <translation>ist obligatorisch (höchstens 200 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="93"/>
        <source>must be a time like 08:30</source>
        <translation>muss eine Uhrzeit wie 08:30 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="94"/>
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>muss 2–40 Kleinbuchstaben, Ziffern oder Unterstriche enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="95"/>
        <source>must be routine, urgent, asap or stat</source>
        <translation>muss routine, urgent, asap oder stat sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="96"/>
        <source>choose either a person or a pool (one of the two)</source>
        <translation>wählen Sie eine Person oder einen Pool (eines von beiden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="97"/>
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>muss ein aktives klinisches oder Empfangs-Mitglied der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="98"/>
        <source>needs a due date</source>
        <translation>erfordert ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="99"/>
        <source>needs a due date to start the series</source>
        <translation>erfordert ein Fälligkeitsdatum als Beginn der Serie</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="100"/>
        <source>needs an origin type and a positive id</source>
        <translation>erfordert einen Herkunftstyp und eine positive ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="101"/>
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>eine Handlung wird nur bei protokollgebundenen Aufgaben erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="102"/>
        <source>is not a task status</source>
        <translation>ist kein Aufgabenstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="103"/>
        <source>this task is not in one of your pools</source>
        <translation>diese Aufgabe ist in keinem Ihrer Pools</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="104"/>
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>muss eine iCalendar-Regel wie FREQ=MONTHLY;INTERVAL=3 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="105"/>
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>darf kein DTSTART enthalten (das Fälligkeitsdatum beginnt die Serie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="106"/>
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>muss FREQ auf DAILY, WEEKLY, MONTHLY oder YEARLY setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="108"/>
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>muss mit postgresql:// oder postgresql+psycopg:// beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="109"/>
        <source>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>der Server ist nicht auf diesem Computer: Fügen Sie ?sslmode=verify-full hinzu (TLS erforderlich)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="110"/>
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>darf kein Passwort enthalten: Legen Sie es in eine .pgpass-Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="112"/>
        <source>an absence lasts at most one year</source>
        <translation>eine Abwesenheit dauert höchstens ein Jahr</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="113"/>
        <source>select at least one task</source>
        <translation>wählen Sie mindestens eine Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="114"/>
        <source>must be a whole number of days</source>
        <translation>muss eine ganze Zahl von Tagen sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="119"/>
        <source>is too long (at most %1 characters)</source>
        <translation>ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="121"/>
        <source>must be at least %1 characters long</source>
        <translation>muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="123"/>
        <source>must be between %1 and %2 minutes</source>
        <translation>muss zwischen %1 und %2 Minuten liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="125"/>
        <source>unknown role %1</source>
        <translation>unbekannte Rolle %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="127"/>
        <source>too many failed logins: wait %1 s before trying again</source>
        <translation>zu viele fehlgeschlagene Anmeldungen: Warten Sie %1 s, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="129"/>
        <source>staff member %1 does not exist</source>
        <translation>Mitarbeiter/in %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="131"/>
        <source>patient %1 does not exist</source>
        <translation>Patient %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="133"/>
        <source>%1 was written by a newer version of Cordée</source>
        <translation>%1 wurde von einer neueren Version von Cordée geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="135"/>
        <source>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</source>
        <translation>die Schlüsseldatei %1 fehlt: Ohne sie kann die Datenbank nicht entsperrt werden (aus der Sicherung wiederherstellen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="138"/>
        <source>the key file %1 is damaged (%2)</source>
        <translation>die Schlüsseldatei %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="140"/>
        <source>%1 already exists; it is never replaced</source>
        <translation>%1 existiert bereits; sie wird nie ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="142"/>
        <source>%1 already exists; Cordée never replaces a database</source>
        <translation>%1 existiert bereits; Cordée ersetzt nie eine Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="144"/>
        <source>%1 is an unencrypted database; Cordée refuses to use it</source>
        <translation>%1 ist eine unverschlüsselte Datenbank; Cordée verwendet sie nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="146"/>
        <source>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</source>
        <translation>%1 kann trotz richtigem Schlüssel nicht gelesen werden: Die Datei ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="149"/>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="151"/>
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="153"/>
        <source>keyring error: %1</source>
        <translation>Fehler des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="155"/>
        <source>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</source>
        <translation>%1 ist nicht auf diesem Computer: Fügen Sie ?sslmode=verify-full hinzu (TLS ist ausserhalb von Loopback erforderlich)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="158"/>
        <source>cannot use the PostgreSQL server: %1</source>
        <translation>der PostgreSQL-Server kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="160"/>
        <source>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</source>
        <translation>diese Datenbank hat das Schema %1, das neuer ist, als diese Version von Cordée kennt; installieren Sie die neuere Version von Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="163"/>
        <source>must be more than %1 and at most %2</source>
        <translation>muss grösser als %1 und höchstens %2 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="165"/>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="167"/>
        <source>must be between %1 and %2 days</source>
        <translation>muss zwischen %1 und %2 Tagen liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="169"/>
        <source>task %1 does not exist</source>
        <translation>Aufgabe %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="171"/>
        <source>absence %1 does not exist</source>
        <translation>Abwesenheit %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="173"/>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="175"/>
        <source>medication line %1 does not exist</source>
        <translation>Medikamentenzeile %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="177"/>
        <source>enrolment %1 does not exist</source>
        <translation>Einschreibung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="179"/>
        <source>staff %1 does not adhere to %2</source>
        <translation>%1 ist %2 nicht beigetreten</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="181"/>
        <source>%1 is not of a profession this protocol delegates to (%2)</source>
        <translation>%1 hat keinen Beruf, an den dieses Protokoll delegiert (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="183"/>
        <source>is not a valid iCalendar rule (%1)</source>
        <translation>ist keine gültige iCalendar-Regel (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="186"/>
        <source>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>%1 liegt auf einer Netzwerkfreigabe; die verschlüsselte Datei muss auf der Festplatte dieses Computers bleiben. Für mehrere Arbeitsplätze verwenden Sie einen PostgreSQL-Server.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/staff_model.py" line="18"/>
        <source>Physician</source>
        <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="19"/>
        <source>Pharmacist</source>
        <translation>Apotheker/Apothekerin</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="20"/>
        <source>Advanced practice nurse</source>
        <translation>Pflegeexpertin/-experte APN</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="21"/>
        <source>Nurse</source>
        <translation>Pflegefachperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="22"/>
        <source>Medical assistant</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="23"/>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="24"/>
        <source>Administrator</source>
        <translation>Administrator/in</translation>
    </message>
</context>
</TS>
