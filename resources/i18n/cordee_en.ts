<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="122"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="123"/>
        <location filename="../../app/ui/first_run_pages.py" line="156"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="124"/>
        <location filename="../../app/ui/first_run_pages.py" line="156"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="127"/>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="128"/>
        <source>Medical assistant</source>
        <translation>Medical assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="128"/>
        <source>Practice coordinator</source>
        <translation>Practice coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="129"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="131"/>
        <source>Password (at least 12 characters)</source>
        <translation>Password (at least 12 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="132"/>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="137"/>
        <source>RPPS or ADELI number (optional)</source>
        <translation>RPPS or ADELI number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="137"/>
        <source>GLN (optional)</source>
        <translation>GLN (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="154"/>
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="158"/>
        <source>%1: this field is required.</source>
        <translation>%1: this field is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="160"/>
        <source>Profession: this field is required.</source>
        <translation>Profession: this field is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="175"/>
        <source>Password again: the two passwords are not the same.</source>
        <translation>Password again: the two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="44"/>
        <location filename="../../app/ui/audit_browser.py" line="83"/>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="60"/>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="61"/>
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Checks that no entry was changed, inserted or deleted outside Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="66"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="80"/>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="80"/>
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="81"/>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="81"/>
        <source>Patient records</source>
        <translation>Patient records</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="82"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="82"/>
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="83"/>
        <source>Practice settings</source>
        <translation>Practice settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="86"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="89"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="91"/>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="91"/>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="92"/>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="94"/>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="102"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="104"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="106"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="108"/>
        <source>Patient id</source>
        <translation>Patient id</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="110"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="115"/>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="151"/>
        <source>%1 entries (newest first, at most 500).</source>
        <translation>%1 entries (newest first, at most 500).</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="159"/>
        <source>Checking the audit trail…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="167"/>
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_browser.py" line="172"/>
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="47"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Patient id</source>
        <translation>Patient id</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="48"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="78"/>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_model.py" line="78"/>
        <source>failure</source>
        <translation>failure</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="71"/>
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Search the catalogue: substance (FR, DE, EN) or product name</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="92"/>
        <source>Catalogue search</source>
        <translation>Catalogue search</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="100"/>
        <source>Type at least two letters.</source>
        <translation>Type at least two letters.</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="110"/>
        <source>%1 results</source>
        <translation>%1 results</translation>
    </message>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="111"/>
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Nothing found: you may keep the name as free text (not checked).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <location filename="../../app/ui/catalogue_picker.py" line="49"/>
        <source>no ATC code</source>
        <translation>no ATC code</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="186"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="191"/>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="192"/>
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Practice passphrase (at least 12 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="193"/>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="195"/>
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="198"/>
        <source>Location of the new database</source>
        <translation>Location of the new database</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="199"/>
        <source>Cordée database (*.db)</source>
        <translation>Cordée database (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="211"/>
        <source>Database file: please choose where to store the database.</source>
        <translation>Database file: please choose where to store the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="213"/>
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="221"/>
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Passphrase again: the two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="225"/>
        <source>Database file: the folder cannot be created (%1).</source>
        <translation>Database file: the folder cannot be created (%1).</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../app/ui/findings_view.py" line="197"/>
        <source>Review findings</source>
        <translation>Review findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_view.py" line="200"/>
        <source>Selected finding</source>
        <translation>Selected finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/findings_view.py" line="201"/>
        <source>Select a finding to read it in full.</source>
        <translation>Select a finding to read it in full.</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="234"/>
        <location filename="../../app/ui/first_run_pages.py" line="264"/>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Creating the encrypted database… This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="246"/>
        <source>Save recovery sheet (PDF)…</source>
        <translation>Save recovery sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="252"/>
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>I have printed or saved the recovery sheet and will keep it offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="268"/>
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="280"/>
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
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
        <translation>Cordée — first start</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="76"/>
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="146"/>
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>The recovery sheet was saved to %1. Print it now, then keep it offline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_wizard.py" line="152"/>
        <source>The recovery sheet could not be saved: %1</source>
        <translation>The recovery sheet could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="29"/>
        <source>Cordée is locked</source>
        <translation>Cordée is locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="35"/>
        <source>Type your password to continue.</source>
        <translation>Type your password to continue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="39"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="43"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="45"/>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="63"/>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/lock_screen.py" line="78"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="26"/>
        <source>Cordée — log in</source>
        <translation>Cordée — log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="40"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="41"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="44"/>
        <source>You must choose a new password before you continue.</source>
        <translation>You must choose a new password before you continue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="47"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="48"/>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="56"/>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="57"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="85"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="98"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="112"/>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>The two new passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/login_dialog.py" line="117"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/main_window.py" line="47"/>
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <translation>Search for a patient on the left and press Enter to open the chart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="66"/>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="86"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="87"/>
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="89"/>
        <source>&amp;Find patient</source>
        <translation>&amp;Find patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="90"/>
        <source>&amp;Close chart</source>
        <translation>&amp;Close chart</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="93"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="94"/>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="95"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="96"/>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Staff…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="98"/>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="99"/>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="105"/>
        <source>&amp;About Cordée</source>
        <translation>&amp;About Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="114"/>
        <source>This administration screen is not available in this version.</source>
        <translation>This administration screen is not available in this version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="127"/>
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</translation>
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
        <translation>Change medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="57"/>
        <source>Add medication</source>
        <translation>Add medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="162"/>
        <location filename="aliased_strings.py" line="19"/>
        <source>(not a member of the practice)</source>
        <translation>(not a member of the practice)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="190"/>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — checked by the review engine</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="193"/>
        <source>Choose an entry of the catalogue (Enter), or keep the name as free text.</source>
        <translation>Choose an entry of the catalogue (Enter), or keep the name as free text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="196"/>
        <source>Free text: not checked by the engine</source>
        <translation>Free text: not checked by the engine</translation>
    </message>
    <message>
        <location filename="../../app/ui/medication_dialog.py" line="250"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="18"/>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="20"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="21"/>
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Units per intake: 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="22"/>
        <source>Keep as free text (not checked)</source>
        <translation>Keep as free text (not checked)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="23"/>
        <source>As needed</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="24"/>
        <source>Self-medication (not prescribed)</source>
        <translation>Self-medication (not prescribed)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="25"/>
        <source>Pharmacist may adjust the dose</source>
        <translation>Pharmacist may adjust the dose</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="26"/>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="27"/>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="28"/>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="29"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="30"/>
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="31"/>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="32"/>
        <source>Noon</source>
        <translation>Noon</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="33"/>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="34"/>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="35"/>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="36"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="37"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="38"/>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="39"/>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="40"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="41"/>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="42"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="43"/>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="44"/>
        <source>Other prescriber</source>
        <translation>Other prescriber</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="45"/>
        <source>Pharmacien correspondant</source>
        <translation>Pharmacien correspondant</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="46"/>
        <source>Renewal allowed until</source>
        <translation>Renewal allowed until</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="145"/>
        <source>Your role does not give access to the medication list.</source>
        <translation>Your role does not give access to the medication list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="233"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="259"/>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="262"/>
        <source>%1 lines · %2 findings (%3 serious)</source>
        <translation>%1 lines · %2 findings (%3 serious)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="47"/>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="48"/>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="49"/>
        <source>Stop…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="50"/>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="51"/>
        <source>History (changes and stopped lines)</source>
        <translation>History (changes and stopped lines)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="52"/>
        <source>Clinical values</source>
        <translation>Clinical values</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="53"/>
        <source>Record value…</source>
        <translation>Record value…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="54"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="104"/>
        <source>Record a clinical value</source>
        <translation>Record a clinical value</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="110"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="114"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="116"/>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="39"/>
        <location filename="../../app/ui/patient_chart.py" line="181"/>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="46"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="47"/>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="47"/>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="48"/>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="48"/>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="49"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="70"/>
        <source>This part of the chart is not available yet.</source>
        <translation>This part of the chart is not available yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="81"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="82"/>
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="83"/>
        <source>Médecin traitant</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Long-term conditions (ALD)</source>
        <translation>Long-term conditions (ALD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="84"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="85"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="93"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="117"/>
        <source>The record could not be opened.</source>
        <translation>The record could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="127"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="128"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="129"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="130"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="130"/>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="135"/>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="145"/>
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="154"/>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 years)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>retrieved</source>
        <translation>retrieved</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="161"/>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="162"/>
        <source>qualified</source>
        <translation>qualified</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="165"/>
        <source>%1 (identity %2)</source>
        <translation>%1 (identity %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="169"/>
        <source>other sex</source>
        <translation>other sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="170"/>
        <source>sex unknown</source>
        <translation>sex unknown</translation>
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
        <translation>no national identifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_chart.py" line="177"/>
        <source>Born %1 · %2 · %3</source>
        <translation>Born %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../app/ui/patient_form.py" line="42"/>
        <source>Edit patient %1</source>
        <translation>Edit patient %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="44"/>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="135"/>
        <source>(not a doctor of the practice)</source>
        <translation>(not a doctor of the practice)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_form.py" line="186"/>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="55"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="56"/>
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Type the birth date as 31.12.1950 or 31/12/1950.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="57"/>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="58"/>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="59"/>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="60"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="61"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="62"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="63"/>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="64"/>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="65"/>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="66"/>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="67"/>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="68"/>
        <source>(no INS)</source>
        <translation>(no INS)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="69"/>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="70"/>
        <source>Retrieved</source>
        <translation>Retrieved</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="71"/>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="72"/>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="73"/>
        <source>Name and town of a doctor outside the practice</source>
        <translation>Name and town of a doctor outside the practice</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="74"/>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="75"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="76"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="77"/>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="78"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="79"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="80"/>
        <source>INS number</source>
        <translation>INS number</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="81"/>
        <source>INS identity status</source>
        <translation>INS identity status</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="82"/>
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="83"/>
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="84"/>
        <source>Contact and care</source>
        <translation>Contact and care</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="85"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="86"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="87"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="88"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="89"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="90"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="91"/>
        <source>Médecin traitant</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="92"/>
        <source>External doctor</source>
        <translation>External doctor</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="93"/>
        <source>Conditions, allergies and ALD</source>
        <translation>Conditions, allergies and ALD</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="94"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="95"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="96"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="99"/>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="100"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="101"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="102"/>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="35"/>
        <source>Search by name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Search by name, birth date (dd.mm.yyyy) or identifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="65"/>
        <source>Your role does not give access to the patient register.</source>
        <translation>Your role does not give access to the patient register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="92"/>
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>First %1 patients shown; type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patient_search_panel.py" line="94"/>
        <source>No patient found.</source>
        <translation>No patient found.</translation>
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
        <translation>Practice name</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="86"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="87"/>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="88"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="95"/>
        <source>FINESS number (optional)</source>
        <translation>FINESS number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="96"/>
        <source>GLN of the practice (optional)</source>
        <translation>GLN of the practice (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="106"/>
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Practice name: please enter the name of the practice.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../app/ui/problem_table.py" line="120"/>
        <source>Add problem</source>
        <translation>Add problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_table.py" line="121"/>
        <source>Remove problem</source>
        <translation>Remove problem</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="aliased_strings.py" line="103"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="104"/>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="105"/>
        <source>Long-term condition (ALD)</source>
        <translation>Long-term condition (ALD)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="106"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="107"/>
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (ICD-10 or ATC)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="108"/>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="aliased_strings.py" line="10"/>
        <source>Your practice</source>
        <translation>Your practice</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="11"/>
        <source>The name is printed on documents and letters.</source>
        <translation>The name is printed on documents and letters.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="12"/>
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="13"/>
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="14"/>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="15"/>
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="16"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="17"/>
        <source>The recovery code is shown only once, on this page.</source>
        <translation>The recovery code is shown only once, on this page.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="28"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="30"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="36"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="39"/>
        <location filename="../../app/ui/settings_dialog.py" line="113"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="40"/>
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="47"/>
        <source>Practice (all workstations)</source>
        <translation>Practice (all workstations)</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="51"/>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="52"/>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
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
        <translation>Practice name</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="58"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="59"/>
        <location filename="../../app/ui/settings_dialog.py" line="134"/>
        <source>FINESS number</source>
        <translation>FINESS number</translation>
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
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location filename="../../app/ui/settings_dialog.py" line="79"/>
        <source>Only an administrator can change the practice settings.</source>
        <translation>Only an administrator can change the practice settings.</translation>
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
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="70"/>
        <source>Show deactivated accounts</source>
        <translation>Show deactivated accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="87"/>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="88"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="89"/>
        <location filename="../../app/ui/staff_admin.py" line="148"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="90"/>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="91"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="93"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="147"/>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="155"/>
        <source>The account was saved.</source>
        <translation>The account was saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="177"/>
        <source>Reactivate the account of %1?</source>
        <translation>Reactivate the account of %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="178"/>
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="181"/>
        <source>The account of %1 was reactivated.</source>
        <translation>The account of %1 was reactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="182"/>
        <source>The account of %1 was deactivated.</source>
        <translation>The account of %1 was deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="190"/>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>The password of %1 was reset. They must choose a new one at the next login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="196"/>
        <source>The account of %1 was unlocked.</source>
        <translation>The account of %1 was unlocked.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../app/ui/staff_form.py" line="31"/>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="32"/>
        <source>Edit the account of %1</source>
        <translation>Edit the account of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="40"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="40"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="41"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="41"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>RPPS number</source>
        <translation>RPPS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="42"/>
        <source>ADELI number</source>
        <translation>ADELI number</translation>
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
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_form.py" line="62"/>
        <source>at least 12 characters; to be changed at first login</source>
        <translation>at least 12 characters; to be changed at first login</translation>
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
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="63"/>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="64"/>
        <location filename="../../app/ui/staff_model.py" line="94"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="93"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="93"/>
        <source>No (deactivated)</source>
        <translation>No (deactivated)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="86"/>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="90"/>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="91"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications_tab.py" line="92"/>
        <source>Stopped on</source>
        <translation>Stopped on</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="32"/>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="37"/>
        <source>The user must choose a new password at the next login.</source>
        <translation>The user must choose a new password at the next login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="38"/>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="39"/>
        <source>Temporary password again</source>
        <translation>Temporary password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_admin.py" line="49"/>
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Temporary password again: the two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="33"/>
        <source>Open the practice database</source>
        <translation>Open the practice database</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="35"/>
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="38"/>
        <source>no keyring is available</source>
        <translation>no keyring is available</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="41"/>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="44"/>
        <source>Practice passphrase</source>
        <translation>Practice passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="45"/>
        <location filename="../../app/ui/unlock_database_dialog.py" line="75"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="75"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="85"/>
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Recovery code: please type the code from the recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="87"/>
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Passphrase: please type the practice passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="90"/>
        <source>Checking… This takes a few seconds.</source>
        <translation>Checking… This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="113"/>
        <source>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="115"/>
        <source>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="118"/>
        <source>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="121"/>
        <source>The database file %1 cannot be found. Check that the disk or the folder is available.</source>
        <translation>The database file %1 cannot be found. Check that the disk or the folder is available.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="123"/>
        <source>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="125"/>
        <source>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="127"/>
        <source>The key file was written by a newer version of Cordée. Install that version.</source>
        <translation>The key file was written by a newer version of Cordée. Install that version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="128"/>
        <source>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</source>
        <translation>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/unlock_database_dialog.py" line="130"/>
        <source>This file is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>This file is not encrypted. Cordée refuses to use an unencrypted database.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="75"/>
        <source>Welcome to Cordée</source>
        <translation>Welcome to Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="76"/>
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</translation>
    </message>
    <message>
        <location filename="../../app/ui/first_run_pages.py" line="78"/>
        <source>Language</source>
        <translation>Language</translation>
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
        <translation>This record was changed by %1 at %2 since you opened it. Reload it, then make your change again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="66"/>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../app/ui/messages.py" line="69"/>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/ui/field_labels.py" line="14"/>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="15"/>
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="16"/>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="17"/>
        <source>FINESS number</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="18"/>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="19"/>
        <source>Lock after inactivity (minutes)</source>
        <translation>Lock after inactivity (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="20"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="21"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="23"/>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="24"/>
        <source>Roles</source>
        <translation>Roles</translation>
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
        <translation>RPPS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="28"/>
        <source>ADELI number</source>
        <translation>ADELI number</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="29"/>
        <source>Account status</source>
        <translation>Account status</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="30"/>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="31"/>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="32"/>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="34"/>
        <source>Practice passphrase</source>
        <translation>Practice passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="35"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="37"/>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="38"/>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="39"/>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="40"/>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="41"/>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="42"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="43"/>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="44"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="45"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="46"/>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="47"/>
        <source>Regular doctor</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="48"/>
        <source>External doctor</source>
        <translation>External doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="49"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="50"/>
        <source>INS number</source>
        <translation>INS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="51"/>
        <source>INS identity status</source>
        <translation>INS identity status</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="52"/>
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="53"/>
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="54"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="55"/>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="56"/>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="57"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="59"/>
        <source>ATC code</source>
        <translation>ATC code</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="60"/>
        <source>Catalogue reference</source>
        <translation>Catalogue reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="61"/>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="62"/>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="63"/>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="64"/>
        <source>Morning dose</source>
        <translation>Morning dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="65"/>
        <source>Noon dose</source>
        <translation>Noon dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="66"/>
        <source>Evening dose</source>
        <translation>Evening dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="67"/>
        <source>Night dose</source>
        <translation>Night dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="68"/>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="69"/>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="70"/>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="71"/>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="72"/>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="73"/>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="74"/>
        <source>Renewal allowed until</source>
        <translation>Renewal allowed until</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="75"/>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="76"/>
        <source>Other prescriber</source>
        <translation>Other prescriber</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="77"/>
        <source>Reason for stopping</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="78"/>
        <source>Stop date</source>
        <translation>Stop date</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="80"/>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="81"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="82"/>
        <source>Date of measurement</source>
        <translation>Date of measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="84"/>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="85"/>
        <source>Declaration reference</source>
        <translation>Declaration reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="86"/>
        <source>Form of consent</source>
        <translation>Form of consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="87"/>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="88"/>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="90"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="91"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="92"/>
        <source>Task type</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="93"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="94"/>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="95"/>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="96"/>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="97"/>
        <source>Due time</source>
        <translation>Due time</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="98"/>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="99"/>
        <location filename="../../app/ui/field_labels.py" line="100"/>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="101"/>
        <source>Act performed</source>
        <translation>Act performed</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="102"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="103"/>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="104"/>
        <source>Activation date</source>
        <translation>Activation date</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="105"/>
        <source>Training date</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="106"/>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="107"/>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="112"/>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="115"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="116"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/field_labels.py" line="117"/>
        <source>label</source>
        <translation>label</translation>
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
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="20"/>
        <source>contains a forbidden character</source>
        <translation>contains a forbidden character</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="21"/>
        <source>must be FR or CH</source>
        <translation>must be FR or CH</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="23"/>
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>must be 15 characters: 13 for the number and 2 for the key</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="24"/>
        <source>the control key does not match the number</source>
        <translation>the control key does not match the number</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="25"/>
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="26"/>
        <source>the check digit is wrong</source>
        <translation>the check digit is wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="27"/>
        <source>must be 10 to 20 digits</source>
        <translation>must be 10 to 20 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="28"/>
        <source>must be 13 digits</source>
        <translation>must be 13 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="29"/>
        <source>must be 11 digits</source>
        <translation>must be 11 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="30"/>
        <source>must be 9 digits</source>
        <translation>must be 9 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="31"/>
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>must be 9 characters (department + 7 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="33"/>
        <source>this database already holds a practice</source>
        <translation>this database already holds a practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="35"/>
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="36"/>
        <source>choose at least one role</source>
        <translation>choose at least one role</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="37"/>
        <source>is not an e-mail address</source>
        <translation>is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="38"/>
        <source>is already used by another account</source>
        <translation>is already used by another account</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="39"/>
        <source>you cannot remove your own administrator role</source>
        <translation>you cannot remove your own administrator role</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="40"/>
        <source>you cannot deactivate your own account</source>
        <translation>you cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="41"/>
        <source>is too easy to guess</source>
        <translation>is too easy to guess</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="42"/>
        <source>must differ from the current password</source>
        <translation>must differ from the current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="43"/>
        <source>is not your current password</source>
        <translation>is not your current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="45"/>
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>must be a date like 31.12.1950 or 31/12/1950</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="46"/>
        <source>is not a real calendar date</source>
        <translation>is not a real calendar date</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="47"/>
        <source>must not be in the future</source>
        <translation>must not be in the future</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="48"/>
        <source>must be after 1900</source>
        <translation>must be after 1900</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="49"/>
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>must be F, M, X (other) or U (unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="50"/>
        <source>must be one of fr, de, en, it</source>
        <translation>must be one of fr, de, en, it</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="51"/>
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>must contain only digits, spaces and + . ( ) -</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="52"/>
        <source>must be an active physician of the practice</source>
        <translation>must be an active physician of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="53"/>
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>must be PROV, RECUP, VALI or QUAL when an INS is given</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="54"/>
        <source>needs an INS number</source>
        <translation>needs an INS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="55"/>
        <source>kind must be condition, allergy or ald</source>
        <translation>kind must be condition, allergy or ald</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="56"/>
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>must be an ATC code or class (e.g. J01C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="57"/>
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>must be an ICD-10 code (e.g. I50.9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="59"/>
        <source>unknown user or wrong password</source>
        <translation>unknown user or wrong password</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="60"/>
        <source>this account is locked after too many failed logins; ask an administrator to unlock it</source>
        <translation>this account is locked after too many failed logins; ask an administrator to unlock it</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="63"/>
        <source>the key does not belong to this database</source>
        <translation>the key does not belong to this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="64"/>
        <source>the SQLite library in use is not SQLCipher</source>
        <translation>the SQLite library in use is not SQLCipher</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="65"/>
        <source>wrong passphrase for this database</source>
        <translation>wrong passphrase for this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="66"/>
        <source>wrong recovery code for this database</source>
        <translation>wrong recovery code for this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="67"/>
        <source>enter the practice passphrase or the recovery code</source>
        <translation>enter the practice passphrase or the recovery code</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="68"/>
        <source>the database URL must start with postgresql+psycopg://</source>
        <translation>the database URL must start with postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="70"/>
        <source>no allowed keyring backend on this computer</source>
        <translation>no allowed keyring backend on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="71"/>
        <source>the keyring did not answer in time</source>
        <translation>the keyring did not answer in time</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="72"/>
        <source>the recorded keyring backend is not allowed</source>
        <translation>the recorded keyring backend is not allowed</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="73"/>
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>the keyring that holds the key is not available (keystore changed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="74"/>
        <source>the keyring holds no key for this database</source>
        <translation>the keyring holds no key for this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="76"/>
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>must be a number of units like 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="77"/>
        <source>must be at most 100 units</source>
        <translation>must be at most 100 units</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="78"/>
        <source>is not a plausible date</source>
        <translation>is not a plausible date</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="79"/>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="80"/>
        <source>must be a complete ATC code like B01AA03</source>
        <translation>must be a complete ATC code like B01AA03</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="81"/>
        <source>a substance or a product name is required</source>
        <translation>a substance or a product name is required</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="82"/>
        <source>must not be before the start date</source>
        <translation>must not be before the start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="83"/>
        <source>must be at most 12 months after the start</source>
        <translation>must be at most 12 months after the start</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="84"/>
        <source>must be an active member of the practice</source>
        <translation>must be an active member of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="86"/>
        <source>is not a known protocol</source>
        <translation>is not a known protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="87"/>
        <source>must be a past date after 1990</source>
        <translation>must be a past date after 1990</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="88"/>
        <source>must be oral, written or electronic</source>
        <translation>must be oral, written or electronic</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="89"/>
        <source>must be patient or representative</source>
        <translation>must be patient or representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="90"/>
        <source>is not a patient of the practice</source>
        <translation>is not a patient of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="91"/>
        <source>is required (at most 200 characters)</source>
        <translation>is required (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="93"/>
        <source>must be a time like 08:30</source>
        <translation>must be a time like 08:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="94"/>
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>must be 2–40 lower-case letters, digits or underscores</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="95"/>
        <source>must be routine, urgent, asap or stat</source>
        <translation>must be routine, urgent, asap or stat</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="96"/>
        <source>choose either a person or a pool (one of the two)</source>
        <translation>choose either a person or a pool (one of the two)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="97"/>
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>must be an active clinical or front-desk member of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="98"/>
        <source>needs a due date</source>
        <translation>needs a due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="99"/>
        <source>needs a due date to start the series</source>
        <translation>needs a due date to start the series</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="100"/>
        <source>needs an origin type and a positive id</source>
        <translation>needs an origin type and a positive id</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="101"/>
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>an act is only recorded for a protocol-bound task</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="102"/>
        <source>is not a task status</source>
        <translation>is not a task status</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="103"/>
        <source>this task is not in one of your pools</source>
        <translation>this task is not in one of your pools</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="104"/>
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="105"/>
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>must not contain DTSTART (the due date starts the series)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="106"/>
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="108"/>
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>must start with postgresql:// or postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="109"/>
        <source>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="110"/>
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>must not contain a password: put it in a .pgpass file</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="112"/>
        <source>an absence lasts at most one year</source>
        <translation>an absence lasts at most one year</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="113"/>
        <source>select at least one task</source>
        <translation>select at least one task</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="114"/>
        <source>must be a whole number of days</source>
        <translation>must be a whole number of days</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="119"/>
        <source>is too long (at most %1 characters)</source>
        <translation>is too long (at most %1 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="121"/>
        <source>must be at least %1 characters long</source>
        <translation>must be at least %1 characters long</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="123"/>
        <source>must be between %1 and %2 minutes</source>
        <translation>must be between %1 and %2 minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="125"/>
        <source>unknown role %1</source>
        <translation>unknown role %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="127"/>
        <source>too many failed logins: wait %1 s before trying again</source>
        <translation>too many failed logins: wait %1 s before trying again</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="129"/>
        <source>staff member %1 does not exist</source>
        <translation>staff member %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="131"/>
        <source>patient %1 does not exist</source>
        <translation>patient %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="133"/>
        <source>%1 was written by a newer version of Cordée</source>
        <translation>%1 was written by a newer version of Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="135"/>
        <source>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</source>
        <translation>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="138"/>
        <source>the key file %1 is damaged (%2)</source>
        <translation>the key file %1 is damaged (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="140"/>
        <source>%1 already exists; it is never replaced</source>
        <translation>%1 already exists; it is never replaced</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="142"/>
        <source>%1 already exists; Cordée never replaces a database</source>
        <translation>%1 already exists; Cordée never replaces a database</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="144"/>
        <source>%1 is an unencrypted database; Cordée refuses to use it</source>
        <translation>%1 is an unencrypted database; Cordée refuses to use it</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="146"/>
        <source>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</source>
        <translation>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="149"/>
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="151"/>
        <source>no database at %1</source>
        <translation>no database at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="153"/>
        <source>keyring error: %1</source>
        <translation>keyring error: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="155"/>
        <source>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</source>
        <translation>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="158"/>
        <source>cannot use the PostgreSQL server: %1</source>
        <translation>cannot use the PostgreSQL server: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="160"/>
        <source>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</source>
        <translation>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="163"/>
        <source>must be more than %1 and at most %2</source>
        <translation>must be more than %1 and at most %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="165"/>
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="167"/>
        <source>must be between %1 and %2 days</source>
        <translation>must be between %1 and %2 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="169"/>
        <source>task %1 does not exist</source>
        <translation>task %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="171"/>
        <source>absence %1 does not exist</source>
        <translation>absence %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="173"/>
        <source>must be one of %1</source>
        <translation>must be one of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="175"/>
        <source>medication line %1 does not exist</source>
        <translation>medication line %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="177"/>
        <source>enrolment %1 does not exist</source>
        <translation>enrolment %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="179"/>
        <source>staff %1 does not adhere to %2</source>
        <translation>staff %1 does not adhere to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="181"/>
        <source>%1 is not of a profession this protocol delegates to (%2)</source>
        <translation>%1 is not of a profession this protocol delegates to (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="183"/>
        <source>is not a valid iCalendar rule (%1)</source>
        <translation>is not a valid iCalendar rule (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/problem_texts.py" line="186"/>
        <source>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/staff_model.py" line="18"/>
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="19"/>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="20"/>
        <source>Advanced practice nurse</source>
        <translation>Advanced practice nurse</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="21"/>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="22"/>
        <source>Medical assistant</source>
        <translation>Medical assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="23"/>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/staff_model.py" line="24"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>
