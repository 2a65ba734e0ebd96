<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AbsencesPage</name>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="25" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="27" />
        <source>Record absence</source>
        <translation>Abwesenheit erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="34" />
        <source>Reassign selected tasks</source>
        <translation>Ausgewählte Aufgaben neu zuweisen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="37" />
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="42" />
        <source>From / to</source>
        <translation>Von / bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="43" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="45" />
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="48" />
        <source>Give to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="65" />
        <source>pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/absences_panel.py" line="93" />
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="93" />
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/absences_panel.py" line="94" />
        <source>%n fall(s) due during the absence (select them to reassign).</source>
        <translation>
            <numerusform>%n wird während der Abwesenheit fällig (zum Neuzuweisen auswählen).</numerusform>
            <numerusform>%n werden während der Abwesenheit fällig (zum Neuzuweisen auswählen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="135" />
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="136" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="169" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="137" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="169" />
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>General practitioner</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>Nurse</source>
        <translation>Pflegefachperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>Pharmacist</source>
        <translation>Apotheker/Apothekerin</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="141" />
        <source>Medical assistant</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="141" />
        <source>Practice coordinator</source>
        <translation>Praxiskoordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="142" />
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="144" />
        <source>Password (at least 12 characters)</source>
        <translation>Passwort (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="145" />
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="150" />
        <source>RPPS or ADELI number (optional)</source>
        <translation>RPPS- oder ADELI-Nummer (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="150" />
        <source>GLN (optional)</source>
        <translation>GLN (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="167" />
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Benutzername: 2 bis 64 Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="171" />
        <source>%1: this field is required.</source>
        <translation>%1: Dieses Feld ist obligatorisch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="173" />
        <source>Profession: this field is required.</source>
        <translation>Beruf: Dieses Feld ist obligatorisch.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="188" />
        <source>Password again: the two passwords are not the same.</source>
        <translation>Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="149" />
        <source>Add a patient to the meeting of %1</source>
        <translation>Patient zur Besprechung vom %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="153" />
        <source>The question asked to the team</source>
        <translation>Die Frage an das Team</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="156" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="157" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="57" />
        <source>Alert #%1</source>
        <translation>Meldung Nr. %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="61" />
        <source>Alert and thread</source>
        <translation>Meldung und Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="63" />
        <source>Comment, reason for refusal, question or reply</source>
        <translation>Kommentar, Ablehnungsgrund, Frage oder Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="67" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="67" />
        <source>Modify…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="68" />
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="68" />
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="69" />
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="69" />
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="70" />
        <source>Open chart</source>
        <translation>Dossier öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="81" />
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="128" />
        <source>reply by %1</source>
        <translation>Antwort bis %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="129" />
        <source>From %1 to %2</source>
        <translation>Von %1 an %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Medications concerned</source>
        <translation>Betroffene Medikamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Clinical context</source>
        <translation>Klinischer Kontext</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Proposed intervention</source>
        <translation>Vorgeschlagene Intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="131" />
        <source>Thread</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="186" />
        <source>Save the alert as PDF</source>
        <translation>Meldung als PDF speichern</translation>
    </message>
</context>
<context>
    <name>AlertTab</name>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="54" />
        <source>Alerts of the patient</source>
        <translation>Meldungen zu diesem Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="59" />
        <source>Raise alert…</source>
        <translation>Meldung erstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="60" />
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="61" />
        <source>Print medication plan…</source>
        <translation>Medikationsplan drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="62" />
        <source>Print alerts…</source>
        <translation>Meldungen drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="63" />
        <source>Reconciliation after hospital…</source>
        <translation>Abgleich nach Austritt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="64" />
        <source>Review worksheet…</source>
        <translation>Medikationsreview…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/alerts/alert_tab.py" line="97" />
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/alerts/alert_tab.py" line="98" />
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n wartet auf Antwort</numerusform>
            <numerusform>%n warten auf Antwort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="136" />
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="142" />
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="45" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="45" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="45" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="46" />
        <source>Reply by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="46" />
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <location filename="aliased_strings.py" line="10" />
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="11" />
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="12" />
        <source>Question asked</source>
        <translation>Frage gestellt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="13" />
        <source>Question answered</source>
        <translation>Frage beantwortet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="14" />
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="15" />
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="16" />
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="17" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="18" />
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="19" />
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="20" />
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="21" />
        <source>Within 24 h</source>
        <translation>Innert 24 h</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="22" />
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="23" />
        <source>Raised</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="24" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="25" />
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="26" />
        <source>Escalated to the coordinator</source>
        <translation>An die Koordination eskaliert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="27" />
        <source>Reopened</source>
        <translation>Wieder eröffnet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="28" />
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="29" />
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="30" />
        <source>All alerts</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="31" />
        <source>new drug in the combination: %1</source>
        <translation>neues Medikament in der Kombination: %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="32" />
        <source>dose increased for %1: %2 → %3</source>
        <translation>Dosis erhöht für %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="33" />
        <source>renal function band changed: %1 → %2</source>
        <translation>Nierenfunktionsstufe geändert: %1 → %2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="34" />
        <source>the patient is now %1 or older</source>
        <translation>der Patient ist jetzt %1 oder älter</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="35" />
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="36" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="37" />
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="56" />
        <location filename="../../app/ui/admin/audit_browser.py" line="95" />
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="72" />
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="73" />
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Prüft, dass kein Eintrag ausserhalb von Cordée geändert, eingefügt oder gelöscht wurde.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="78" />
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="92" />
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="92" />
        <source>Logins</source>
        <translation>Anmeldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="93" />
        <source>Screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="93" />
        <source>Patient records</source>
        <translation>Patientendossiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="94" />
        <source>Staff accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="94" />
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="95" />
        <source>Practice settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="98" />
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="101" />
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="103" />
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="103" />
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="104" />
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="106" />
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="114" />
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="116" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="118" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="120" />
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="122" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="127" />
        <source>and</source>
        <translation>und</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/audit_browser.py" line="163" />
        <source>%n entry(ies) (newest first, at most 500).</source>
        <translation>
            <numerusform>%n Eintrag (neueste zuerst, höchstens 500).</numerusform>
            <numerusform>%n Einträge (neueste zuerst, höchstens 500).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="171" />
        <source>Checking the audit trail…</source>
        <translation>Das Audit-Protokoll wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="179" />
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>Das Audit-Protokoll ist unversehrt: %1 Einträge geprüft, nichts wurde ausserhalb von Cordée geändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="184" />
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>Das Audit-Protokoll wurde ausserhalb von Cordée geändert (%1 Einträge geprüft). Gefundene Probleme:</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="78" />
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="78" />
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="41" />
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="43" />
        <source>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie der ganzen Praxisdatenbank, nach dem Schreiben geprüft (Integrität, Zeilenzahl jeder Tabelle, Audit-Protokoll). Sie öffnet sich mit der Praxis-Passphrase oder dem Wiederherstellungscode. Bewahren Sie Kopien auf einem Datenträger fern von diesem Computer auf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="52" />
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="54" />
        <location filename="../../app/ui/admin/backup_dialog.py" line="69" />
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="58" />
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="65" />
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="67" />
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="68" />
        <source>Audit events</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="83" />
        <source>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</source>
        <translation>Diese Praxis arbeitet mit einem PostgreSQL-Server: Er wird auf dem Server gesichert (pg_dump), durch dessen Administrator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="89" />
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="106" />
        <source>Writing and checking the backup…</source>
        <translation>Sicherung wird geschrieben und geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="112" />
        <source>Backup written and verified: %1 (%2 patients).</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2 Patienten).</translation>
    </message>
</context>
<context>
    <name>CarePlanMenu</name>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="17" />
        <source>Care &amp;plans</source>
        <translation>&amp;Betreuungspläne</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="20" />
        <source>Plans to &amp;review…</source>
        <translation>Zu &amp;überprüfende Pläne…</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="56" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="64" />
        <source>Start a care plan…</source>
        <translation>Betreuungsplan beginnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="64" />
        <source>Edit details…</source>
        <translation>Angaben bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="65" />
        <source>Validate…</source>
        <translation>Validieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="65" />
        <source>Put into action</source>
        <translation>In Kraft setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="66" />
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="66" />
        <source>Close…</source>
        <translation>Abschliessen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="67" />
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="67" />
        <source>Print plan…</source>
        <translation>Plan drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="68" />
        <source>Patient sheet…</source>
        <translation>Patientenblatt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="83" />
        <source>Care circle</source>
        <translation>Betreuungsnetz</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="83" />
        <source>Problems and needs</source>
        <translation>Probleme und Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="84" />
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="84" />
        <source>Actions</source>
        <translation>Massnahmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="85" />
        <source>Unmet needs</source>
        <translation>Ungedeckte Bedürfnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="112" />
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="112" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="113" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="119" />
        <source>Record progress…</source>
        <translation>Fortschritt erfassen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="148" />
        <source>This patient has no care plan yet.</source>
        <translation>Für diesen Patienten gibt es noch keinen Betreuungsplan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="151" />
        <source>Care plan v%1 — %2 · référent %3</source>
        <translation>Betreuungsplan v%1 — %2 · Bezugsperson %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="153" />
        <source>%1 of %2 actions done</source>
        <translation>%1 von %2 Massnahmen erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="157" />
        <source>No care plan</source>
        <translation>Kein Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="234" />
        <source>New care plan</source>
        <translation>Neuer Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="239" />
        <source>Care plan details</source>
        <translation>Angaben zum Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="254" />
        <source>Care plan item</source>
        <translation>Element des Betreuungsplans</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="269" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="270" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="271" />
        <source>Progress of the action</source>
        <translation>Fortschritt der Massnahme</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="276" />
        <source>Patient&apos;s agreement on</source>
        <translation>Einverständnis des Patienten am</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="277" />
        <source>How the agreement was obtained</source>
        <translation>Wie das Einverständnis eingeholt wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="278" />
        <source>Validate the care plan</source>
        <translation>Betreuungsplan validieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="283" />
        <source>Close the care plan</source>
        <translation>Betreuungsplan abschliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="283" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="301" />
        <source>care-plan.pdf</source>
        <translation>betreuungsplan.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="304" />
        <source>patient-sheet.pdf</source>
        <translation>patientenblatt.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="308" />
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="38" />
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="39" />
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Erwartungen und Präferenzen des Patienten</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="40" />
        <source>Advance directives</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="41" />
        <source>Trusted person</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="42" />
        <source>Alert procedure</source>
        <translation>Notfallprozedere</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="43" />
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="44" />
        <source>by %1; patient&apos;s agreement on %2 (%3)</source>
        <translation>von %1; Einverständnis des Patienten am %2 (%3)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="45" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="71" />
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Katalog durchsuchen: Wirkstoff (FR, DE, EN) oder Produktname</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="92" />
        <source>Catalogue search</source>
        <translation>Katalogsuche</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="100" />
        <source>Type at least two letters.</source>
        <translation>Geben Sie mindestens zwei Buchstaben ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/catalogue_picker.py" line="110" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="111" />
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Nichts gefunden: Sie können den Namen als Freitext behalten (nicht geprüft).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="49" />
        <source>no ATC code</source>
        <translation>kein ATC-Code</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="63" />
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="46" />
        <source>Care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="56" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/feature.py" line="20" />
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="80" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="28" />
        <source>&amp;Coordination</source>
        <translation>&amp;Koordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="15" />
        <source>&amp;Meetings…</source>
        <translation>&amp;Fallbesprechungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="17" />
        <source>&amp;Referrals…</source>
        <translation>Ü&amp;berweisungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="19" />
        <source>Team &amp;indicators…</source>
        <translation>Team-&amp;Kennzahlen…</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="49" />
        <source>Team indicators</source>
        <translation>Team-Kennzahlen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="57" />
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="59" />
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="60" />
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="65" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="65" />
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="78" />
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="79" />
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="80" />
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="81" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="82" />
        <source>Monthly</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="143" />
        <source>Export the indicators</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="149" />
        <source>Written to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="15" />
        <source>Care plans</source>
        <translation>Betreuungspläne</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="16" />
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="17" />
        <source>Delegated tasks</source>
        <translation>Delegierte Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="18" />
        <source>Meetings</source>
        <translation>Fallbesprechungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="19" />
        <source>Emergency visits</source>
        <translation>Notfallbesuche</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="20" />
        <source>Referrals</source>
        <translation>Überweisungen</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="199" />
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="204" />
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="205" />
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Passphrase der Praxis (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="206" />
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="208" />
        <source>Create the database</source>
        <translation>Datenbank erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="211" />
        <source>Location of the new database</source>
        <translation>Speicherort der neuen Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="212" />
        <source>Cordée database (*.db)</source>
        <translation>Cordée-Datenbank (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="224" />
        <source>Database file: please choose where to store the database.</source>
        <translation>Datenbankdatei: Bitte wählen Sie, wo die Datenbank gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="226" />
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Datenbankdatei: %1 existiert bereits. Cordée ersetzt nie eine Datenbank; wählen Sie einen anderen Dateinamen, oder schliessen Sie diesen Assistenten und öffnen Sie die bestehende Datenbank.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="234" />
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Passphrase wiederholen: Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="238" />
        <source>Database file: the folder cannot be created (%1).</source>
        <translation>Datenbankdatei: Der Ordner kann nicht erstellt werden (%1).</translation>
    </message>
</context>
<context>
    <name>DischargeLineDialog</name>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="95" />
        <source>Change a discharge line</source>
        <translation>Austrittszeile ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="95" />
        <source>Add a discharge line</source>
        <translation>Austrittszeile hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="103" />
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="106" />
        <source>Keep as free text (not checked)</source>
        <translation>Als Freitext behalten (nicht geprüft)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="112" />
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Einheiten pro Einnahme: 1, 0.5 oder 1/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="117" />
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="117" />
        <source>Noon</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="118" />
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="118" />
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="125" />
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="126" />
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="127" />
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="128" />
        <source>Schedule</source>
        <translation>Einnahmeschema</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="130" />
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="163" />
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — von der Prüfregel-Engine geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="165" />
        <source>Free text: not checked by the engine</source>
        <translation>Freitext: nicht von der Engine geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="167" />
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Katalogeintrag wählen (Eingabetaste) oder Freitext behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="185" />
        <source>Choose a catalogue entry or type a product or substance name.</source>
        <translation>Katalogeintrag wählen oder Produkt- bzw. Wirkstoffnamen eingeben.</translation>
    </message>
</context>
<context>
    <name>DischargeLinesModel</name>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Morning-noon-evening-night</source>
        <translation>Morgen-Mittag-Abend-Nacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="72" />
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="80" />
        <source>Free text: not checked by the engine</source>
        <translation>Freitext: nicht von der Engine geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="86" />
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="46" />
        <source>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</source>
        <translation>Dieses PDF kann auf diesem Computer nicht in Cordée angezeigt werden. Sie können es in Ihrem PDF-Reader öffnen: Dann wird eine lesbare Kopie in einen privaten temporären Ordner geschrieben und bleibt dort, bis der Computer ihn bereinigt.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="51" />
        <source>Open outside Cordée…</source>
        <translation>Ausserhalb von Cordée öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="61" />
        <source>Readable copy on this computer</source>
        <translation>Lesbare Kopie auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="62" />
        <source>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</source>
        <translation>Eine lesbare (unverschlüsselte) Kopie dieses Dokuments wird in einen privaten temporären Ordner geschrieben. Fortfahren?</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="32" />
        <source>Record a hospital event</source>
        <translation>Spitalereignis erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="34" />
        <source>Emergency visit</source>
        <translation>Notfallbesuch</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="34" />
        <source>Admission</source>
        <translation>Spitaleintritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="35" />
        <source>Discharge</source>
        <translation>Spitalaustritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="40" />
        <source>Hospital</source>
        <translation>Spital</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="40" />
        <source>Shared record (DMP/EPD)</source>
        <translation>Patientendossier (DMP/EPD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="41" />
        <source>Patient or relative</source>
        <translation>Patient oder Angehörige</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="41" />
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="44" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="45" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="46" />
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="47" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="48" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="46" />
        <source>Emergency visit</source>
        <translation>Notfallbesuch</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="46" />
        <source>Admission</source>
        <translation>Spitaleintritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="47" />
        <source>Discharge</source>
        <translation>Spitalaustritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="54" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="54" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="55" />
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="55" />
        <location filename="../../app/ui/coordination/events_tab.py" line="77" />
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="56" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="59" />
        <source>Added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="60" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="60" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="61" />
        <source>Size</source>
        <translation>Grösse</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="64" />
        <source>&amp;Record event…</source>
        <translation>&amp;Ereignis erfassen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="67" />
        <source>&amp;Attach document…</source>
        <translation>Dokument anhän&amp;gen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="70" />
        <source>&amp;Open document</source>
        <translation>Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="77" />
        <source>Hospital events</source>
        <translation>Spitalereignisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="106" />
        <source>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</source>
        <translation>Häufige Notfallbesuche: %1 Besuche innert 12 Monaten bis %2 (Koordinationsmeldung %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="109" />
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="109" />
        <source>acknowledged</source>
        <translation>zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="124" />
        <source>Attach a document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="125" />
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="194" />
        <source>Review findings</source>
        <translation>Befunde der Überprüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="197" />
        <source>Selected finding</source>
        <translation>Ausgewählter Befund</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="198" />
        <source>Select a finding to read it in full.</source>
        <translation>Wählen Sie einen Befund, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="97" />
        <source>Contraindicated</source>
        <translation>Kontraindiziert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="98" />
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="99" />
        <source>Precaution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="100" />
        <source>Take into account</source>
        <translation>Zu berücksichtigen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="101" />
        <source>Not evaluable</source>
        <translation>Nicht beurteilbar</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="102" />
        <source>Not checked by the engine</source>
        <translation>Nicht von der Engine geprüft</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="103" />
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="104" />
        <source>Duplication</source>
        <translation>Doppelverordnung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="105" />
        <source>Inappropriate in the elderly</source>
        <translation>Ungeeignet bei älteren Menschen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="106" />
        <source>Renal dose</source>
        <translation>Nierendosierung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="107" />
        <source>Anticholinergic burden</source>
        <translation>Anticholinerge Last</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="108" />
        <source>QT prolongation</source>
        <translation>QT-Verlängerung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="109" />
        <source>Drug–disease</source>
        <translation>Arzneimittel–Erkrankung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="110" />
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="111" />
        <source>Polypharmacy</source>
        <translation>Polypharmazie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="112" />
        <source>Free text without an ATC code: no interaction, dose or allergy check.</source>
        <translation>Freitext ohne ATC-Code: keine Prüfung von Interaktionen, Dosis oder Allergien.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="113" />
        <source>Recommendation: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="114" />
        <source>Anticholinergic score %1%2:</source>
        <translation>Anticholinerger Score %1%2:</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="115" />
        <source>Drugs involved: %1</source>
        <translation>Beteiligte Medikamente: %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="116" />
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="247" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="277" />
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Die verschlüsselte Datenbank wird erstellt… Dies dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="259" />
        <source>Save recovery sheet (PDF)…</source>
        <translation>Wiederherstellungsblatt speichern (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="265" />
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>Ich habe das Wiederherstellungsblatt gedruckt oder gespeichert und bewahre es offline auf</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="281" />
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>Die Datenbank ist bereit. Dieser Wiederherstellungscode öffnet sie, wenn die Passphrase vergessen wird oder der Schlüsselbund verloren geht. Er wird nur jetzt angezeigt: Speichern Sie das Wiederherstellungsblatt, drucken Sie es aus und bewahren Sie es offline an einem sicheren Ort auf. Wer es besitzt, kann die Dossiers öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="293" />
        <source>Save recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
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
        <translation>Cordée — erster Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="82" />
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>Der Wiederherstellungscode kann nicht erneut angezeigt werden: Speichern oder drucken Sie das Wiederherstellungsblatt und setzen Sie das Häkchen, bevor Sie schliessen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="153" />
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>Das Wiederherstellungsblatt wurde unter %1 gespeichert. Drucken Sie es jetzt aus und bewahren Sie es dann offline auf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="159" />
        <source>The recovery sheet could not be saved: %1</source>
        <translation>Das Wiederherstellungsblatt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_forms.py" line="93" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
</context>
<context>
    <name>FormOperation</name>
    <message>
        <location filename="../../app/ui/common/operations.py" line="72" />
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="46" />
        <source>Care plan history</source>
        <translation>Verlauf des Betreuungsplans</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="50" />
        <source>Saved</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="51" />
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="51" />
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="52" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="67" />
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Wählen Sie eine Version, um ihre Änderungen zu sehen, oder zwei Versionen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="92" />
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="23" />
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="28" />
        <source>A&amp;lerts</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="30" />
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="63" />
        <source>Box:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="75" />
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="77" />
        <source>Open chart</source>
        <translation>Dossier öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="93" />
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="162" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="167" />
        <source>Alerts (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Before the stay</source>
        <translation>Vor dem Aufenthalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>At discharge</source>
        <translation>Beim Austritt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="64" />
        <source>Explanation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Dose changed</source>
        <translation>Dosis geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="72" />
        <source>Substituted</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="72" />
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="73" />
        <source>Intentional, documented</source>
        <translation>Beabsichtigt, dokumentiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="74" />
        <source>To be clarified</source>
        <translation>Abzuklären</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="74" />
        <source>Keep current line</source>
        <translation>Aktuelle Zeile behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="75" />
        <source>alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="75" />
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="29" />
        <source>Cordée is locked</source>
        <translation>Cordée ist gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="35" />
        <source>Type your password to continue.</source>
        <translation>Geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="39" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="43" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="45" />
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="63" />
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="78" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="34" />
        <source>Cordée — log in</source>
        <translation>Cordée — Anmeldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="48" />
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="49" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="52" />
        <source>You must choose a new password before you continue.</source>
        <translation>Sie müssen ein neues Passwort wählen, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="55" />
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="56" />
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="64" />
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="65" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="93" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="106" />
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="120" />
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Die beiden neuen Passwörter sind verschieden; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="125" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="61" />
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <extracomment>The program&apos;s daily backup starts this long after the first patient list (None: never, e.g. in tests).</extracomment>
        <translation>Suchen Sie links einen Patienten und drücken Sie die Eingabetaste, um das Dossier zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="86" />
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="143" />
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="147" />
        <source>Daily backup written and verified.</source>
        <translation>Tägliche Sicherung geschrieben und geprüft.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="160" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="161" />
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="163" />
        <source>&amp;Find patient</source>
        <translation>Patient s&amp;uchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="164" />
        <source>&amp;Close chart</source>
        <translation>Dossier s&amp;chliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="167" />
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="168" />
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="169" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="170" />
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="14" />
        <source>&amp;Staff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="16" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="18" />
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="20" />
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="178" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="179" />
        <source>&amp;About Cordée</source>
        <translation>Ü&amp;ber Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="188" />
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — gemeinsame Behandlungspläne, Medikationsüberprüfungen und delegierte Aufgaben für Gruppenpraxen.</translation>
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
        <translation>Medikament ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="77" />
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="182" />
        <location filename="aliased_strings.py" line="118" />
        <source>(not a member of the practice)</source>
        <translation>(nicht Mitglied der Praxis)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="210" />
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — von der Prüfregel-Engine geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="213" />
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Katalogeintrag wählen (Eingabetaste) oder Freitext behalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="216" />
        <source>Free text: not checked by the engine</source>
        <translation>Freitext: nicht von der Engine geprüft</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="270" />
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="117" />
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="119" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="120" />
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Einheiten pro Einnahme: 1, 0.5 oder 1/2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="121" />
        <source>Keep as free text (not checked)</source>
        <translation>Als Freitext behalten (nicht geprüft)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="122" />
        <source>As needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="123" />
        <source>Self-medication (not prescribed)</source>
        <translation>Selbstmedikation (nicht verordnet)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="124" />
        <source>Pharmacist may adjust the dose</source>
        <translation>Apotheke darf die Dosis anpassen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="125" />
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="126" />
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="127" />
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="128" />
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="129" />
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="130" />
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="131" />
        <source>Noon</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="132" />
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="133" />
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="134" />
        <source>Schedule</source>
        <translation>Einnahmeschema</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="135" />
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="136" />
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="137" />
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="138" />
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="139" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="140" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="141" />
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="142" />
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="143" />
        <source>Other prescriber</source>
        <translation>Andere verordnende Person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="144" />
        <source>Pharmacien correspondant</source>
        <translation>Korrespondierende Apotheke</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="145" />
        <source>Renewal allowed until</source>
        <translation>Erneuerung erlaubt bis</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="aliased_strings.py" line="146" />
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="147" />
        <source>self-medication</source>
        <translation>Selbstmedikation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="148" />
        <source>not checked by the engine</source>
        <translation>nicht von der Engine geprüft</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="149" />
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="150" />
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="151" />
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="152" />
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="153" />
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="154" />
        <source>Noon</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="155" />
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="156" />
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="157" />
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="158" />
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="159" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="160" />
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="161" />
        <source>Units per intake (morning, noon, evening, night)</source>
        <translation>Einheiten pro Einnahme (morgens, mittags, abends, nachts)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="162" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="163" />
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="164" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="165" />
        <source>Schedule</source>
        <translation>Einnahmeschema</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="166" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="167" />
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="168" />
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="169" />
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="170" />
        <source>stopped on %1: %2</source>
        <translation>abgesetzt am %1: %2</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="163" />
        <source>Your role does not give access to the medication list.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf die Medikamentenliste.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="239" />
        <source>Raise alert…</source>
        <translation>Meldung erstellen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="240" />
        <source>From the selected finding, or from scratch when none is selected</source>
        <translation>Aus dem ausgewählten Befund oder leer, wenn keiner ausgewählt ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="264" />
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="290" />
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="293" />
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="294" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="295" />
        <source>%n serious</source>
        <translation>
            <numerusform>%n schwerwiegend</numerusform>
            <numerusform>%n schwerwiegend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="171" />
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="172" />
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="173" />
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="174" />
        <source>Height</source>
        <translation>Grösse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="175" />
        <source>Potassium</source>
        <translation>Kalium</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="176" />
        <source>Sodium</source>
        <translation>Natrium</translation>
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
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="180" />
        <source>Diastolic blood pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="181" />
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="182" />
        <source>QTc</source>
        <translation>QTc</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="183" />
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="184" />
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="185" />
        <source>Stop…</source>
        <translation>Absetzen…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="186" />
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="187" />
        <source>History (changes and stopped lines)</source>
        <translation>Verlauf (Änderungen und abgesetzte Zeilen)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="188" />
        <source>Clinical values</source>
        <translation>Klinische Werte</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="189" />
        <source>Record value…</source>
        <translation>Wert erfassen…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="190" />
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="92" />
        <source>New concertation meeting</source>
        <translation>Neue Fallbesprechung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="94" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="95" />
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="95" />
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="96" />
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="96" />
        <source>Quality circle</source>
        <translation>Qualitätszirkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="102" />
        <source>e.g. Dr Lambert (geriatrician), home-care service</source>
        <translation>z. B. Dr. Lambert (Geriater), Spitex</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="104" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="104" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="105" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="105" />
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="106" />
        <source>Outside participants</source>
        <translation>Externe Teilnehmende</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="45" />
        <source>Concertation meetings</source>
        <translation>Fallbesprechungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="46" />
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="46" />
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="46" />
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="47" />
        <source>Quality circle</source>
        <translation>Qualitätszirkel</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="51" />
        <location filename="../../app/ui/coordination/meeting_window.py" line="54" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="51" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="52" />
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="52" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="54" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="55" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="55" />
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="56" />
        <source>Decisions</source>
        <translation>Entscheide</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="59" />
        <source>Search the records (words of the question, discussion, decisions)</source>
        <translation>Protokolle durchsuchen (Wörter aus Frage, Diskussion, Entscheiden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="69" />
        <source>New meeting…</source>
        <translation>Neue Besprechung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="70" />
        <source>Add a patient…</source>
        <translation>Patient hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="71" />
        <source>Record the discussion…</source>
        <translation>Diskussion festhalten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="101" />
        <source>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</source>
        <translation>In den letzten 12 Monaten besprochene komplexe Patienten: %1 von %2 (%3). Komplex: ALD und 75 oder älter, oder ein gültiger Betreuungsplan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="117" />
        <source>Choose a meeting first.</source>
        <translation>Wählen Sie zuerst eine Besprechung.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="125" />
        <source>Choose a patient record first.</source>
        <translation>Wählen Sie zuerst einen Patienteneintrag.</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="39" />
        <source>Answer with another change</source>
        <translation>Mit einer anderen Änderung antworten</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="42" />
        <source>Change the doses</source>
        <translation>Dosen ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="42" />
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="43" />
        <source>Replace by another medication</source>
        <translation>Durch ein anderes Medikament ersetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="47" />
        <source>No medication chosen</source>
        <translation>Kein Medikament gewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>noon</source>
        <translation>mittags</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>night</source>
        <translation>zur Nacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="58" />
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="59" />
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="60" />
        <source>New medication</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="62" />
        <source>New doses</source>
        <translation>Neue Dosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="64" />
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="65" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="107" />
        <source>Replaced by: %1</source>
        <translation>Ersetzt durch: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="134" />
        <source>New medication: choose it in the catalogue.</source>
        <translation>Neues Medikament: im Katalog auswählen.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="120" />
        <source>Record a clinical value</source>
        <translation>Klinischen Wert erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="126" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="130" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="132" />
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="50" />
        <location filename="../../app/ui/patients/chart.py" line="181" />
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="57" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Médecin traitant</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Long-term conditions (ALD)</source>
        <translation>Langzeiterkrankungen (ALD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="85" />
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="93" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="117" />
        <source>The record could not be opened.</source>
        <translation>Das Dossier konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="129" />
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="130" />
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="130" />
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="135" />
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="145" />
        <source>Last changed by %1 on %2</source>
        <translation>Zuletzt geändert von %1 am %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="154" />
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 Jahre)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>provisional</source>
        <translation>provisorisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>retrieved</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="162" />
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="165" />
        <source>%1 (identity %2)</source>
        <translation>%1 (Identität %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>other sex</source>
        <translation>anderes Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="170" />
        <source>sex unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="172" />
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="174" />
        <source>AVS %1</source>
        <translation>AHV %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="176" />
        <source>no national identifier</source>
        <translation>keine nationale Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="177" />
        <source>Born %1 · %2 · %3</source>
        <translation>Geboren am %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="57" />
        <source>Edit patient %1</source>
        <translation>Patient %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="59" />
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="151" />
        <source>(not a doctor of the practice)</source>
        <translation>(nicht Arzt/Ärztin der Praxis)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="197" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="198" />
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Geben Sie das Geburtsdatum als 31.12.1950 oder 31/12/1950 ein.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="199" />
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="200" />
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="201" />
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="202" />
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="203" />
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="204" />
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="205" />
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="206" />
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="207" />
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="208" />
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="209" />
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="210" />
        <source>(no INS)</source>
        <translation>(keine INS)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="211" />
        <source>Provisional</source>
        <translation>Provisorisch</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="212" />
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="213" />
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="214" />
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="215" />
        <source>Name and town of a doctor outside the practice</source>
        <translation>Name und Ort eines Arztes ausserhalb der Praxis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="216" />
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="217" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="218" />
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="219" />
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="220" />
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="221" />
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="222" />
        <source>INS number</source>
        <translation>INS-Nummer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="223" />
        <source>INS identity status</source>
        <translation>Status der INS-Identität</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="224" />
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="225" />
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="226" />
        <source>Contact and care</source>
        <translation>Kontakt und Betreuung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="227" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="228" />
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="229" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="230" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="231" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="232" />
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="233" />
        <source>Médecin traitant</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="234" />
        <source>External doctor</source>
        <translation>Externer Arzt/Ärztin</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="235" />
        <source>Conditions, allergies and ALD</source>
        <translation>Erkrankungen, Allergien und ALD</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="236" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="237" />
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="238" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <location filename="aliased_strings.py" line="191" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="192" />
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="193" />
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="194" />
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="195" />
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="196" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="29" />
        <source>Type a name or a birth date (dd.mm.yyyy)</source>
        <translation>Namen oder Geburtsdatum (tt.mm.jjjj) eingeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="36" />
        <location filename="../../app/ui/patients/picker.py" line="93" />
        <source>No patient chosen</source>
        <translation>Kein Patient gewählt</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="75" />
        <source>No patient found</source>
        <translation>Kein Patient gefunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="93" />
        <source>Patient: %1</source>
        <translation>Patient: %1</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="38" />
        <source>Search by name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Name, Geburtsdatum (tt.mm.jjjj) oder Kennung</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="70" />
        <source>Your role does not give access to the patient register.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf das Patientenregister.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="97" />
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>Die ersten %1 Patienten werden angezeigt; verfeinern Sie die Suche.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="99" />
        <source>No patient found.</source>
        <translation>Kein Patient gefunden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/patients/search_panel.py" line="101" />
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient/in</numerusform>
            <numerusform>%n Patient/innen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansToReviewDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="107" />
        <source>Care plans to review</source>
        <translation>Zu überprüfende Betreuungspläne</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="111" />
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="112" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_plans/plan_history.py" line="112" />
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="113" />
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="114" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="114" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="115" />
        <source>Référent</source>
        <translation>Bezugsperson</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="97" />
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="99" />
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="100" />
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="101" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="108" />
        <source>FINESS number (optional)</source>
        <translation>FINESS-Nummer (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="109" />
        <source>GLN of the practice (optional)</source>
        <translation>GLN der Praxis (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="119" />
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Name der Praxis: Bitte geben Sie den Namen der Praxis ein.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../app/ui/patients/problem_table.py" line="129" />
        <source>Add problem</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/problem_table.py" line="130" />
        <source>Remove problem</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="aliased_strings.py" line="239" />
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="240" />
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="241" />
        <source>Long-term condition (ALD)</source>
        <translation>Langzeiterkrankung (ALD)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="242" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="243" />
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (ICD-10 oder ATC)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="244" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>ProtocolsDialog</name>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="35" />
        <source>Delegation protocols</source>
        <translation>Delegationsprotokolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="42" />
        <source>Activate for the practice</source>
        <translation>Für die Praxis aktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="44" />
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="49" />
        <source>training date dd.mm.yyyy</source>
        <translation>Schulungsdatum tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="50" />
        <source>Record adherence</source>
        <translation>Beitritt erfassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="53" />
        <source>Staff adherence</source>
        <translation>Beitritt der Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="55" />
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="56" />
        <source>Training date</source>
        <translation>Schulungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="58" />
        <source>Adherent</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="63" />
        <source>written</source>
        <translation>schriftlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="63" />
        <source>oral</source>
        <translation>mündlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="64" />
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="65" />
        <source>the patient</source>
        <translation>die Patientin / der Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="66" />
        <source>a representative</source>
        <translation>eine Vertretung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="67" />
        <source>Enrol the patient</source>
        <translation>Patient einschreiben</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="69" />
        <source>Patient enrolment (consent)</source>
        <translation>Einschreibung (Einwilligung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="71" />
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="72" />
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="73" />
        <source>Consent by</source>
        <translation>Einwilligung durch</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="111" />
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="126" />
        <source>Delegates: %1</source>
        <translation>Delegierende: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="127" />
        <source>Acts: %1</source>
        <translation>Handlungen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="128" />
        <source>Report to the doctor: %1</source>
        <translation>Rückmeldung an den Arzt: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="131" />
        <source>To verify: %1</source>
        <translation>Zu prüfen: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="133" />
        <source>Active since %1</source>
        <translation>Aktiv seit %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="137" />
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="aliased_strings.py" line="245" />
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="246" />
        <source>The name is printed on documents and letters.</source>
        <translation>Der Name erscheint auf Dokumenten und Briefen.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="247" />
        <source>First administrator</source>
        <translation>Erste Administratorin / erster Administrator</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="248" />
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>Dieses persönliche Konto verwaltet die Benutzerkonten und die Einstellungen. Jede Person der Praxis erhält später ein eigenes Konto.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="249" />
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="250" />
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>Alle Dossiers werden in einer verschlüsselten Datei auf diesem Computer gespeichert. Die Passphrase der Praxis schützt jedes Dossier: Sie wird immer dann benötigt, wenn der Schlüsselbund des Computers nicht verfügbar ist. Wählen Sie einen langen Satz, den Sie sich merken können.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="251" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="252" />
        <source>The recovery code is shown only once, on this page.</source>
        <translation>Der Wiederherstellungscode wird nur einmal angezeigt, auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>RaiseAlertDialog</name>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="52" />
        <source>Raise an alert</source>
        <translation>Meldung erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="69" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="70" />
        <location filename="../../app/ui/alerts/raise_dialog.py" line="129" />
        <source>The patient&apos;s médecin traitant</source>
        <translation>Hausarzt/Hausärztin des Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="72" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="72" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="73" />
        <source>Medications concerned</source>
        <translation>Betroffene Medikamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="74" />
        <source>Clinical context</source>
        <translation>Klinischer Kontext</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="75" />
        <source>Proposed intervention</source>
        <translation>Vorgeschlagene Intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="76" />
        <source>Details of the proposal</source>
        <translation>Einzelheiten des Vorschlags</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="77" />
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="77" />
        <source>Reply by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="78" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="82" />
        <source>Raise alert</source>
        <translation>Meldung senden</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="23" />
        <source>Recall patients</source>
        <translation>Patienten-Recall</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="26" />
        <source>e.g. hba1c-2026-q1 (running it again creates no duplicates)</source>
        <translation>z. B. hba1c-2026-q1 (erneutes Ausführen erzeugt keine Duplikate)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="31" />
        <source>ICD-10 prefixes, e.g. E11, I50</source>
        <translation>ICD-10-Präfixe, z. B. E11, I50</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="33" />
        <source>ATC prefixes, e.g. A10, B01AA</source>
        <translation>ATC-Präfixe, z. B. A10, B01AA</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="36" />
        <source>dd.mm.yyyy (default: today)</source>
        <translation>tt.mm.jjjj (Standard: heute)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="40" />
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="40" />
        <source>Task title</source>
        <translation>Titel der Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="41" />
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="41" />
        <source>Age from</source>
        <translation>Alter von</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="42" />
        <source>Age to</source>
        <translation>Alter bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="42" />
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="43" />
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="44" />
        <source>No task of type</source>
        <translation>Keine Aufgabe vom Typ</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="45" />
        <source>…done since (months)</source>
        <translation>…erledigt seit (Monaten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="46" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="52" />
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="55" />
        <source>&amp;Create tasks</source>
        <translation>Aufgaben &amp;erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="84" />
        <source>%n patient(s) match</source>
        <translation>
            <numerusform>%n Patient/in entspricht</numerusform>
            <numerusform>%n Patient/innen entsprechen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="84" />
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="85" />
        <source>%n recall task(s) would be created.</source>
        <translation>
            <numerusform>%n Erinnerungsaufgabe würde erstellt.</numerusform>
            <numerusform>%n Erinnerungsaufgaben würden erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="94" />
        <source>%n recall task(s) created for the medical assistants&apos; pool.</source>
        <translation>
            <numerusform>%n Erinnerungsaufgabe für den Pool der MPA erstellt.</numerusform>
            <numerusform>%n Erinnerungsaufgaben für den Pool der MPA erstellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="89" />
        <source>Medication reconciliation after a hospital stay</source>
        <translation>Medikationsabgleich nach Spitalaufenthalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="96" />
        <source>Paste the discharge list&apos;s eMediplan code (CHMED16A…)</source>
        <translation>eMediplan-Code der Austrittsmedikation einfügen (CHMED16A…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="108" />
        <source>Add a line…</source>
        <translation>Zeile hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="108" />
        <source>Change the line…</source>
        <translation>Zeile ändern…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="109" />
        <source>Remove the line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="115" />
        <source>Compare with the current list</source>
        <translation>Mit der aktuellen Liste vergleichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="118" />
        <source>Hospital / department</source>
        <translation>Spital / Abteilung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="119" />
        <source>Discharge date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="120" />
        <source>Discharge lines</source>
        <translation>Austrittsmedikation</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="122" />
        <source>or eMediplan code</source>
        <translation>oder eMediplan-Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="130" />
        <source>Intentional, documented</source>
        <translation>Beabsichtigt, dokumentiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="131" />
        <source>To be clarified</source>
        <translation>Abzuklären</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="132" />
        <source>Keep current line</source>
        <translation>Aktuelle Zeile behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="134" />
        <source>Why (required for an intentional change)</source>
        <translation>Warum (bei beabsichtigter Änderung obligatorisch)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="136" />
        <source>Save decision</source>
        <translation>Entscheid speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="136" />
        <source>Send as alert</source>
        <translation>Als Meldung senden</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="137" />
        <source>Validate the reconciled list</source>
        <translation>Abgeglichene Liste validieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="170" />
        <source>validated by %1</source>
        <translation>validiert von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="171" />
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="213" />
        <source>Enter the discharge lines or paste the eMediplan code first.</source>
        <translation>Erfassen Sie zuerst die Austrittsmedikation oder fügen Sie den eMediplan-Code ein.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="181" />
        <source>Meeting record — %1</source>
        <translation>Besprechungsprotokoll — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="182" />
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="182" />
        <source>Create a task</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="183" />
        <source>Revise the care plan</source>
        <translation>Betreuungsplan überarbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="188" />
        <source>Summary of the discussion</source>
        <translation>Zusammenfassung der Diskussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="195" />
        <source>What was decided</source>
        <translation>Was entschieden wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="196" />
        <source>Physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="196" />
        <source>Pharmacists</source>
        <translation>Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="197" />
        <source>Advanced practice nurses</source>
        <translation>Pflegeexpertinnen/-experten APN</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="197" />
        <source>Nurses</source>
        <translation>Pflegefachpersonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="198" />
        <source>Medical assistants</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="198" />
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="199" />
        <location filename="../../app/ui/coordination/meeting_forms.py" line="236" />
        <source>— nobody: offer to a pool —</source>
        <translation>— niemand: einem Pool anbieten —</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="200" />
        <source>— no pool —</source>
        <translation>— kein Pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="202" />
        <source>dd.mm.yyyy (optional)</source>
        <translation>tt.mm.jjjj (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="205" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="205" />
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="206" />
        <source>Decisions</source>
        <translation>Entscheide</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="213" />
        <source>New decision</source>
        <translation>Neuer Entscheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="215" />
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="215" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="216" />
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="216" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="217" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="211" />
        <source>Add decision</source>
        <translation>Entscheid hinzufügen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="246" />
        <source>No decision yet</source>
        <translation>Noch kein Entscheid</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="51" />
        <source>New referral</source>
        <translation>Neue Überweisung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="56" />
        <source>e.g. Dr Weber, cardiologist — Hôpital de la Tour</source>
        <translation>z. B. Dr. Weber, Kardiologe — Hôpital de la Tour</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="58" />
        <source>Within 48 h</source>
        <translation>Innert 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="58" />
        <source>Within 7 days</source>
        <translation>Innert 7 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="59" />
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="59" />
        <source>Advice only</source>
        <translation>Nur Beratung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="63" />
        <source>The clinical question for the specialist</source>
        <translation>Die klinische Fragestellung an die Fachperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="66" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="71" />
        <source>Choose a patient to see their documents.</source>
        <translation>Wählen Sie einen Patienten, um seine Dokumente zu sehen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="74" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="74" />
        <source>To (specialist or service)</source>
        <translation>An (Fachperson oder Dienst)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="76" />
        <source>Specialty</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="76" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="77" />
        <source>Clinical question</source>
        <translation>Klinische Fragestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="78" />
        <source>Requested on</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="79" />
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="102" />
        <source>Your role does not give access to the documents.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf die Dokumente.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="119" />
        <source>This patient has no documents.</source>
        <translation>Für diesen Patienten gibt es keine Dokumente.</translation>
    </message>
</context>
<context>
    <name>ReferralWindow</name>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="34" />
        <source>Referrals</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="35" />
        <source>Within 48 h</source>
        <translation>Innert 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="35" />
        <source>Within 7 days</source>
        <translation>Innert 7 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="36" />
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="36" />
        <source>Advice only</source>
        <translation>Nur Beratung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="43" />
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="74" />
        <source>Booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="74" />
        <source>Seen</source>
        <translation>Konsultation erfolgt</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="38" />
        <location filename="../../app/ui/coordination/referral_window.py" line="75" />
        <source>Report received</source>
        <translation>Bericht erhalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="38" />
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="41" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="41" />
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="42" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="44" />
        <source>Target</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="45" />
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>booked late</source>
        <translation>Termin zu spät</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="48" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="48" />
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="56" />
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="61" />
        <source>Answer (report received) or reason (cancel)</source>
        <translation>Antwort (Bericht erhalten) oder Grund (Absage)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="62" />
        <source>New referral…</source>
        <translation>Neue Überweisung…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="76" />
        <source>Cancel referral</source>
        <translation>Überweisung absagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="70" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>ReviewWorksheetDialog</name>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="34" />
        <source>Medication review worksheet</source>
        <translation>Arbeitsblatt Medikationsreview</translation>
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
        <translation>Arbeitsblatt beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="54" />
        <source>Scheme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="55" />
        <source>Eligibility</source>
        <translation>Anspruchsberechtigung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="56" />
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="56" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="57" />
        <source>Advice to the doctor</source>
        <translation>Empfehlung an den Arzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="57" />
        <source>Follow-up</source>
        <translation>Verlaufskontrolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="58" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="60" />
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="64" />
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="65" />
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="69" />
        <source>Report PDF…</source>
        <translation>Bericht als PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="71" />
        <source>Save the worksheet as a PDF report (an audited export)</source>
        <translation>Arbeitsblatt als PDF-Bericht speichern (protokollierter Export)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="93" />
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="113" />
        <source>Eligible</source>
        <translation>Anspruchsberechtigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="93" />
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="113" />
        <source>Not eligible</source>
        <translation>Nicht anspruchsberechtigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="110" />
        <source>No finding.</source>
        <translation>Kein Befund.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="133" />
        <source>Save the review report</source>
        <translation>Review-Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="134" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="142" />
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="40" />
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="42" />
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="48" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="51" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="135" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="52" />
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Leer lassen, um die Dossiers in der verschlüsselten Datei auf diesem Computer zu behalten. Bei mehreren Arbeitsplätzen geben Sie die Adresse des PostgreSQL-Servers der Praxis ein; TLS (sslmode) ist erforderlich, ausser der Server läuft auf diesem Computer. Die Änderung gilt ab dem nächsten Start von Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="59" />
        <source>Practice (all workstations)</source>
        <translation>Praxis (alle Arbeitsplätze)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="63" />
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="64" />
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="68" />
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="72" />
        <source>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</source>
        <translation>Aufgabentitel und Meldungstexte, die Cordée selbst verfasst, liest das ganze Team: Sie werden in dieser Sprache geschrieben.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="74" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="156" />
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="75" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="76" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="156" />
        <source>FINESS number</source>
        <translation>FINESS-Nummer</translation>
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
        <translation>Bildschirm sperren nach</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="79" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="158" />
        <source>Language of shared texts</source>
        <translation>Sprache der gemeinsamen Texte</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="97" />
        <source>Only an administrator can change the practice settings.</source>
        <translation>Nur eine Administratorin oder ein Administrator kann die Praxiseinstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="163" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="77" />
        <source>Staff accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="82" />
        <source>Show deactivated accounts</source>
        <translation>Deaktivierte Konten anzeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="99" />
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="100" />
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="101" />
        <location filename="../../app/ui/admin/staff_admin.py" line="160" />
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="102" />
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="103" />
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="105" />
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="159" />
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="167" />
        <source>The account was saved.</source>
        <translation>Das Konto wurde gespeichert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="189" />
        <source>Reactivate the account of %1?</source>
        <translation>Konto von %1 reaktivieren?</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="190" />
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Konto von %1 deaktivieren? Die Person kann sich nicht mehr anmelden; das Konto und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="193" />
        <source>The account of %1 was reactivated.</source>
        <translation>Das Konto von %1 wurde reaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="194" />
        <source>The account of %1 was deactivated.</source>
        <translation>Das Konto von %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="202" />
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt. Bei der nächsten Anmeldung muss ein neues gewählt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="208" />
        <source>The account of %1 was unlocked.</source>
        <translation>Das Konto von %1 wurde entsperrt.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="39" />
        <source>New staff account</source>
        <translation>Neues Benutzerkonto</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="40" />
        <source>Edit the account of %1</source>
        <translation>Konto von %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="48" />
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="48" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="49" />
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="49" />
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>RPPS number</source>
        <translation>RPPS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>ADELI number</source>
        <translation>ADELI-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="51" />
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="51" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="52" />
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="70" />
        <source>at least 12 characters; to be changed at first login</source>
        <translation>mindestens 12 Zeichen; bei der ersten Anmeldung zu ändern</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="117" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <location filename="../../app/ui/admin/staff_model.py" line="100" />
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="99" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="99" />
        <source>No (deactivated)</source>
        <translation>Nein (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="102" />
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="106" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="107" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="108" />
        <source>Stopped on</source>
        <translation>Abgesetzt am</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="54" />
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="54" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="57" />
        <location filename="../../app/ui/tasks/task_dialog.py" line="165" />
        <source>No patient</source>
        <translation>Kein Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="65" />
        <source>Physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="65" />
        <source>Pharmacists</source>
        <translation>Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="66" />
        <source>Advanced practice nurses</source>
        <translation>Pflegeexpertinnen/-experten APN</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="66" />
        <source>Nurses</source>
        <translation>Pflegefachpersonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="67" />
        <source>Medical assistants</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="67" />
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="68" />
        <location filename="../../app/ui/tasks/task_dialog.py" line="153" />
        <source>— nobody: offer to a pool —</source>
        <translation>— niemand: einem Pool anbieten —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="69" />
        <source>— no pool —</source>
        <translation>— kein Pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="70" />
        <source>— not under a protocol —</source>
        <translation>— ohne Delegationsprotokoll —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="74" />
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="74" />
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="75" />
        <source>as soon as possible</source>
        <translation>so bald wie möglich</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="75" />
        <source>immediately</source>
        <translation>sofort</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="77" />
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="79" />
        <source>hh:mm (optional)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="81" />
        <source>e.g. FREQ=MONTHLY;INTERVAL=3 (every 3 months)</source>
        <translation>z. B. FREQ=MONTHLY;INTERVAL=3 (alle 3 Monate)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="87" />
        <source>Result (when completing) or reason (cancel, hold, failure)</source>
        <translation>Ergebnis (beim Abschliessen) oder Grund (Abbruch, Pausieren, Misserfolg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="96" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="96" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="97" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="97" />
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="98" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="98" />
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="99" />
        <source>Act</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="99" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="100" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="100" />
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="101" />
        <source>Business status</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="102" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="102" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="103" />
        <source>Result / reason</source>
        <translation>Ergebnis / Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="113" />
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="113" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="114" />
        <source>Put on hold</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="114" />
        <source>Complete</source>
        <translation>Abschliessen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="115" />
        <source>Failed</source>
        <translation>Misslungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="115" />
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="121" />
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="179" />
        <source>%1 (last change by %2)</source>
        <translation>%1 (letzte Änderung durch %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="192" />
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="192" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="193" />
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="193" />
        <source>on hold</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="194" />
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="194" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="195" />
        <source>failed</source>
        <translation>misslungen</translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="26" />
        <source>&amp;New task for this patient…</source>
        <translation>&amp;Neue Aufgabe für diesen Patienten…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="29" />
        <source>Protocol enrolment…</source>
        <translation>Einschreibung in ein Protokoll…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="39" />
        <source>Results written to the chart</source>
        <translation>Ins Dossier übernommene Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="56" />
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="28" />
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="29" />
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="29" />
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="30" />
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="30" />
        <source>on hold</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="31" />
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="31" />
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="32" />
        <source>failed</source>
        <translation>misslungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>asap</source>
        <translation>baldmöglichst</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="34" />
        <source>stat</source>
        <translation>sofort</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="69" />
        <source>pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="44" />
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="49" />
        <source>The user must choose a new password at the next login.</source>
        <translation>Die Person muss bei der nächsten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="50" />
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="51" />
        <source>Temporary password again</source>
        <translation>Temporäres Passwort wiederholen</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="61" />
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Temporäres Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="41" />
        <source>Open the practice database</source>
        <translation>Datenbank der Praxis öffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="43" />
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>Der Schlüssel der Datenbank konnte nicht aus dem Schlüsselbund dieses Computers gelesen werden. Grund: %1. Geben Sie die Passphrase der Praxis oder den Wiederherstellungscode vom gedruckten Wiederherstellungsblatt ein, um die Datenbank zu öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="46" />
        <source>no keyring is available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="49" />
        <source>Database file: %1</source>
        <translation>Datenbankdatei: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="52" />
        <source>Practice passphrase</source>
        <translation>Passphrase der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="53" />
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="83" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="83" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="93" />
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Wiederherstellungscode: Bitte geben Sie den Code vom Wiederherstellungsblatt ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="95" />
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Passphrase: Bitte geben Sie die Passphrase der Praxis ein.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="98" />
        <source>Checking… This takes a few seconds.</source>
        <translation>Wird geprüft… Dies dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="121" />
        <source>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>Die Passphrase passt nicht zu dieser Datenbank. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="123" />
        <source>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>Der Wiederherstellungscode passt nicht zu dieser Datenbank. Vergleichen Sie ihn mit dem Wiederherstellungsblatt dieser Datenbank und versuchen Sie es erneut. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="126" />
        <source>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>Der Schlüssel ist richtig, aber die Datenbankdatei ist beschädigt und kann nicht gelesen werden. Es wurde nichts hineingeschrieben. Stellen Sie die Datenbank aus einer Sicherung wieder her und bewahren Sie die beschädigte Datei zur Analyse auf.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="129" />
        <source>The database file %1 cannot be found. Check that the disk or the folder is available.</source>
        <translation>Die Datenbankdatei %1 wurde nicht gefunden. Prüfen Sie, ob das Laufwerk oder der Ordner verfügbar ist.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="131" />
        <source>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>Die Schlüsseldatei dieser Datenbank fehlt. Ohne sie kann die Datenbank nicht geöffnet werden: Stellen Sie die Schlüsseldatei aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="133" />
        <source>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>Die Schlüsseldatei dieser Datenbank ist beschädigt. Stellen Sie sie aus der Sicherung wieder her; die Datenbank selbst wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="135" />
        <source>The key file was written by a newer version of Cordée. Install that version.</source>
        <translation>Die Schlüsseldatei wurde von einer neueren Version von Cordée geschrieben. Installieren Sie diese Version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="136" />
        <source>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Cordée verwendet. Installieren Sie diese Version, um sie zu öffnen; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="138" />
        <source>This file is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>Diese Datei ist nicht verschlüsselt. Cordée verwendet keine unverschlüsselte Datenbank.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="88" />
        <source>Welcome to Cordée</source>
        <translation>Willkommen bei Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="89" />
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>Dieser Assistent richtet Ihre Praxis ein: ihren Namen, die erste Administratorin oder den ersten Administrator und die verschlüsselte Datenbank, die die Patientendossiers enthält.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="91" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="38" />
        <source>Being revised</source>
        <translation>In Überarbeitung</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="38" />
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="39" />
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="39" />
        <source>Psychological</source>
        <translation>Psychisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="40" />
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="40" />
        <source>Environmental</source>
        <translation>Umfeld</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="42" />
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="42" />
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="43" />
        <source>Not achieved</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="43" />
        <source>Abandoned</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="44" />
        <source>Prevention</source>
        <translation>Prävention</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="44" />
        <source>Care</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="45" />
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="47" />
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="47" />
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="48" />
        <source>Practice staff</source>
        <translation>Praxisteam</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="48" />
        <source>Hospital service</source>
        <translation>Spitalabteilung</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="49" />
        <source>Home nursing</source>
        <translation>Spitex</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="49" />
        <source>DAC (coordination support)</source>
        <translation>DAC (Koordinationsstelle)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="50" />
        <source>Social worker</source>
        <translation>Sozialarbeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="50" />
        <source>Family caregiver</source>
        <translation>Betreuende Angehörige</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="51" />
        <location filename="aliased_strings.py" line="79" />
        <source>Trusted person</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="51" />
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <location filename="aliased_strings.py" line="67" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <location filename="aliased_strings.py" line="68" />
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="53" />
        <source>Physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="53" />
        <source>Pharmacists</source>
        <translation>Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="54" />
        <source>Advanced practice nurses</source>
        <translation>Pflegeexpertinnen/-experten APN</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="54" />
        <source>Nurses</source>
        <translation>Pflegefachpersonen</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="55" />
        <source>Medical assistants</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="55" />
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="69" />
        <source>Référent</source>
        <translation>Bezugsperson</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="70" />
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="71" />
        <source>Medical situation</source>
        <translation>Medizinische Situation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="72" />
        <source>Psychological situation</source>
        <translation>Psychische Situation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="73" />
        <source>Social situation</source>
        <translation>Soziale Situation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="74" />
        <source>Environmental situation</source>
        <translation>Wohn- und Lebensumfeld</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="75" />
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Erwartungen und Präferenzen des Patienten</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="76" />
        <source>Advance directives</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="77" />
        <source>Advance directives dated</source>
        <translation>Patientenverfügung vom</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="78" />
        <source>Where they are kept</source>
        <translation>Aufbewahrungsort</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="80" />
        <source>Trusted person&apos;s contact</source>
        <translation>Kontakt der Vertrauensperson</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="81" />
        <source>Designated on</source>
        <translation>Bestimmt am</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="82" />
        <source>Alert procedure (who to call)</source>
        <translation>Notfallprozedere (wen anrufen)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="48" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="83" />
        <source>Practice staff member</source>
        <translation>Mitarbeitende/r der Praxis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="46" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="47" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="49" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="50" />
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="61" />
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="62" />
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="84" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="85" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="86" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="87" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="88" />
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="51" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="53" />
        <source>Problem or need</source>
        <translation>Problem oder Bedürfnis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="52" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="54" />
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="55" />
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="56" />
        <source>Measure</source>
        <translation>Messgrösse</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="57" />
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="89" />
        <source>Problems addressed</source>
        <translation>Betroffene Probleme</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="59" />
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="60" />
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="90" />
        <source>Responsible person</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="91" />
        <source>…or a role</source>
        <translation>…oder eine Rolle</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="92" />
        <source>…or an outside contact</source>
        <translation>…oder eine externe Kontaktperson</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="93" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="94" />
        <source>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</source>
        <translation>Wiederholung (iCalendar-Regel, z. B. FREQ=WEEKLY)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="63" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="95" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="64" />
        <source>Need or goal not met</source>
        <translation>Ungedecktes Bedürfnis oder Ziel</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="65" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="66" />
        <source>Reported to the territory</source>
        <translation>Der Region gemeldet</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="96" />
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="20" />
        <source>&amp;Protocols…</source>
        <translation>&amp;Delegationsprotokolle…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="33" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="40" />
        <source>&amp;My tasks</source>
        <translation>&amp;Meine Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="44" />
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="50" />
        <source>&amp;Recall patients…</source>
        <translation>Patienten-&amp;Recall…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="38" />
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="45" />
        <source>Filter (patient, task, status…)</source>
        <translation>Filtern (Patient, Aufgabe, Status…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="47" />
        <source>Show closed</source>
        <translation>Abgeschlossene zeigen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="51" />
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="60" />
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="63" />
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="65" />
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="67" />
        <source>&amp;Claim</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="69" />
        <source>C&amp;hart</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="71" />
        <source>&amp;Print today…</source>
        <translation>&amp;Tagesliste drucken…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="118" />
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="178" />
        <source>Save the day&apos;s worklist</source>
        <translation>Tages-Arbeitsliste speichern</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="183" />
        <source>Worklist of %1 — %2</source>
        <translation>Arbeitsliste von %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="184" />
        <source>Printed by %1</source>
        <translation>Gedruckt von %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="184" />
        <source>No task due.</source>
        <translation>Keine Aufgabe fällig.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Protocol / act</source>
        <translation>Protokoll / Handlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="29" />
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="29" />
        <source>staff member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="30" />
        <source>medication line</source>
        <translation>Medikamentenzeile</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="30" />
        <source>alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="31" />
        <source>care plan</source>
        <translation>Behandlungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="31" />
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../app/ui/common/errors/render.py" line="130" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="9" />
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="10" />
        <source>contains a forbidden character</source>
        <translation>enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="11" />
        <source>is too long (at most {max} characters)</source>
        <translation>ist zu lang (höchstens {max} Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="12" />
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>muss ein Datum wie 31.12.1950 oder 31/12/1950 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="13" />
        <source>is not a real calendar date</source>
        <translation>ist kein gültiges Kalenderdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="14" />
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="15" />
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="16" />
        <source>must be between {min} and {max}</source>
        <translation>muss zwischen {min} und {max} liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="17" />
        <source>must be one of {allowed}</source>
        <translation>muss einer dieser Werte sein: {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="19" />
        <source>This record no longer exists ({entity} {entity_id}).</source>
        <translation>Dieser Eintrag existiert nicht mehr ({entity} {entity_id}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="20" />
        <source>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</source>
        <translation>Dieser Eintrag wurde seit dem Öffnen von {changed_by} am {changed_at} geändert. Laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="22" />
        <source>Your role does not allow this action.</source>
        <translation>Ihre Rolle erlaubt diese Aktion nicht.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="23" />
        <source>The action could not be done.</source>
        <translation>Die Aktion konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="24" />
        <source>is not valid</source>
        <translation>ist ungültig</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/render.py" line="133" />
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="8" />
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="9" />
        <source>{path} is a folder: give a file name</source>
        <translation>{path} ist ein Ordner: geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="10" />
        <source>{path} is not an ordinary file (a link or a device): choose another name</source>
        <translation>{path} ist keine gewöhnliche Datei (ein Link oder ein Gerät): wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="12" />
        <source>cannot write {path} ({reason})</source>
        <translation>{path} kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/medications.py" line="8" />
        <source>the medication knowledge file {file} is not valid (entry {entry}): {problem}</source>
        <translation>die Arzneimittel-Wissensdatei {file} ist ungültig (Eintrag {entry}): {problem}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="14" />
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="15" />
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="16" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="17" />
        <source>FINESS number</source>
        <translation>FINESS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="18" />
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="19" />
        <source>Lock after inactivity (minutes)</source>
        <translation>Sperre nach Inaktivität (Minuten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="20" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="21" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="22" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="24" />
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="25" />
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="26" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="27" />
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="28" />
        <source>RPPS number</source>
        <translation>RPPS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="29" />
        <source>ADELI number</source>
        <translation>ADELI-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="30" />
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="31" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="32" />
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="33" />
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="35" />
        <source>Practice passphrase</source>
        <translation>Passphrase der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="36" />
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="38" />
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="39" />
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="40" />
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="41" />
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="42" />
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="43" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="44" />
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="45" />
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="46" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="47" />
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="48" />
        <source>Regular doctor</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="49" />
        <source>External doctor</source>
        <translation>Externer Arzt/Ärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="50" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="51" />
        <source>INS number</source>
        <translation>INS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="52" />
        <source>INS identity status</source>
        <translation>Status der INS-Identität</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="53" />
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="54" />
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="55" />
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="56" />
        <source>Problems</source>
        <translation>Gesundheitsprobleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="57" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="58" />
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="60" />
        <source>ATC code</source>
        <translation>ATC-Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="61" />
        <source>Catalogue reference</source>
        <translation>Katalogreferenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="62" />
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="63" />
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="64" />
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="65" />
        <source>Morning dose</source>
        <translation>Dosis morgens</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="66" />
        <source>Noon dose</source>
        <translation>Dosis mittags</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="67" />
        <source>Evening dose</source>
        <translation>Dosis abends</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="68" />
        <source>Night dose</source>
        <translation>Dosis zur Nacht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="69" />
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="70" />
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="71" />
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="72" />
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="73" />
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="74" />
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="75" />
        <source>Renewal allowed until</source>
        <translation>Erneuerung erlaubt bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="76" />
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="77" />
        <source>Other prescriber</source>
        <translation>Andere verordnende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="78" />
        <source>Reason for stopping</source>
        <translation>Grund für das Absetzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="79" />
        <source>Stop date</source>
        <translation>Absetzdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="81" />
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="82" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="83" />
        <source>Date of measurement</source>
        <translation>Messdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="85" />
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="86" />
        <source>Declaration reference</source>
        <translation>Referenz der Meldung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="87" />
        <source>Form of consent</source>
        <translation>Form der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="88" />
        <source>Consent given by</source>
        <translation>Einwilligung erteilt von</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="89" />
        <source>Reason for leaving</source>
        <translation>Austrittsgrund</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="91" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="92" />
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="93" />
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="94" />
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="95" />
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="96" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="97" />
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="98" />
        <source>Due time</source>
        <translation>Fälligkeitszeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="99" />
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="100" />
        <location filename="../../app/ui/common/field_labels.py" line="101" />
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="102" />
        <source>Act performed</source>
        <translation>Durchgeführte Handlung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="103" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="104" />
        <source>Progress note</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="105" />
        <source>Activation date</source>
        <translation>Aktivierungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="106" />
        <source>Training date</source>
        <translation>Schulungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="107" />
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="108" />
        <source>Date of consent</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="110" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="111" />
        <source>Age from</source>
        <translation>Alter von</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="112" />
        <source>Age to</source>
        <translation>Alter bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="113" />
        <source>Conditions (ICD-10 codes)</source>
        <translation>Erkrankungen (ICD-10-Codes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="114" />
        <source>Task not done</source>
        <translation>Nicht erledigte Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="115" />
        <source>Not done for (months)</source>
        <translation>Nicht erledigt seit (Monaten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="116" />
        <source>Renewed until</source>
        <translation>Verlängert bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="117" />
        <source>New dose</source>
        <translation>Neue Dosis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="118" />
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="119" />
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="120" />
        <source>Reason for the status</source>
        <translation>Grund für den Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="121" />
        <source>Escalation delay (days)</source>
        <translation>Eskalationsfrist (Tage)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="122" />
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="123" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="125" />
        <source>Review finding</source>
        <translation>Befund der Überprüfung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="126" />
        <source>Problem category</source>
        <translation>Problemkategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="127" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="128" />
        <source>Proposed intervention</source>
        <translation>Vorgeschlagene Intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="129" />
        <source>Intervention details</source>
        <translation>Einzelheiten der Intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="130" />
        <source>Medications concerned</source>
        <translation>Betroffene Medikamente</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="131" />
        <source>Proposed changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="132" />
        <source>Changes made</source>
        <translation>Vorgenommene Änderungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="133" />
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="134" />
        <source>Reply expected by</source>
        <translation>Antwort erwartet bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="135" />
        <location filename="../../app/ui/common/field_labels.py" line="192" />
        <source>Recipient</source>
        <translation>Empfänger/in</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="136" />
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="137" />
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="138" />
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="139" />
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="140" />
        <source>Inbox folder</source>
        <translation>Ordner des Posteingangs</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="141" />
        <source>Discharge date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="142" />
        <location filename="../../app/ui/common/field_labels.py" line="202" />
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="143" />
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="144" />
        <source>Kind of review</source>
        <translation>Art des Reviews</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="145" />
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="146" />
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="147" />
        <source>eMediplan</source>
        <translation>eMediplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="148" />
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="149" />
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="150" />
        <source>Creatinine (µmol/l)</source>
        <translation>Kreatinin (µmol/l)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="152" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="153" />
        <source>Referent</source>
        <translation>Bezugsperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="154" />
        <source>Advance directives</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="155" />
        <source>Date of the advance directives</source>
        <translation>Datum der Patientenverfügung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="156" />
        <source>Where the advance directives are kept</source>
        <translation>Aufbewahrungsort der Patientenverfügung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="157" />
        <source>Trusted person</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="158" />
        <source>Trusted person&apos;s contact</source>
        <translation>Kontakt der Vertrauensperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="159" />
        <source>Trusted person designated on</source>
        <translation>Vertrauensperson bestimmt am</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="160" />
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="161" />
        <source>Date of the patient&apos;s agreement</source>
        <translation>Datum des Einverständnisses</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="162" />
        <source>How the patient agreed</source>
        <translation>Art des Einverständnisses</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="163" />
        <source>Validated by</source>
        <translation>Validiert von</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="164" />
        <source>Reason for closing</source>
        <translation>Grund für den Abschluss</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="165" />
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="166" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="167" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="168" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="169" />
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="170" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="171" />
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="172" />
        <location filename="../../app/ui/common/field_labels.py" line="177" />
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="173" />
        <source>How it is measured</source>
        <translation>Messgrösse</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="174" />
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="175" />
        <source>Problems addressed</source>
        <translation>Betroffene Probleme</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="176" />
        <source>Type of action</source>
        <translation>Art der Massnahme</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="178" />
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="179" />
        <source>Responsible role</source>
        <translation>Verantwortliche Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="180" />
        <source>Other responsible</source>
        <translation>Andere verantwortliche Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="181" />
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="182" />
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="184" />
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="185" />
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="186" />
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="187" />
        <source>File content</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="188" />
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="189" />
        <source>Hospital event</source>
        <translation>Spitalereignis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="190" />
        <source>Referral</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="191" />
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="193" />
        <source>Specialty</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="194" />
        <source>Clinical question</source>
        <translation>Klinische Fragestellung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="195" />
        <source>Requested on</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="196" />
        <source>Reason for cancelling</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="197" />
        <source>Specialist&apos;s answer</source>
        <translation>Antwort der Fachperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="198" />
        <source>Meeting date</source>
        <translation>Datum der Besprechung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="199" />
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="200" />
        <source>Outside participants</source>
        <translation>Externe Teilnehmende</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="201" />
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="203" />
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="204" />
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="205" />
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="206" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="211" />
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="212" />
        <source>Proposed change %1</source>
        <translation>Vorgeschlagene Änderung %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="213" />
        <source>Change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="216" />
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="217" />
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="218" />
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="219" />
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="220" />
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="221" />
        <source>medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="222" />
        <source>new medication</source>
        <translation>neues Medikament</translation>
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
        <translation>Aktive Betreuungspläne (Monatsende)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="25" />
        <source>Reviews due</source>
        <translation>Fällige Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="26" />
        <source>Reviews done on time</source>
        <translation>Rechtzeitige Überprüfungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="27" />
        <source>Alerts raised</source>
        <translation>Erstellte Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="28" />
        <source>Alerts answered</source>
        <translation>Beantwortete Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="29" />
        <source>Median answer time</source>
        <translation>Mediane Antwortzeit</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="30" />
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="31" />
        <source>Delegated tasks done</source>
        <translation>Erledigte delegierte Aufgaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="32" />
        <source>Delegated tasks overdue (month end)</source>
        <translation>Überfällige delegierte Aufgaben (Monatsende)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="33" />
        <source>Concertation meetings</source>
        <translation>Fallbesprechungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="34" />
        <source>Patients discussed</source>
        <translation>Besprochene Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="35" />
        <source>Complex patients discussed</source>
        <translation>Besprochene komplexe Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="36" />
        <source>Frequent ED users (≥ 4 in 12 months)</source>
        <translation>Häufige Notfallbesuche (≥ 4 in 12 Monaten)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="37" />
        <source>DAUM alerts raised</source>
        <translation>Erstellte DAUM-Meldungen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="38" />
        <source>Referrals overdue (month end)</source>
        <translation>Überfällige Überweisungen (Monatsende)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="39" />
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="40" />
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="41" />
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="42" />
        <source>within 48 h</source>
        <translation>innert 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="43" />
        <source>within 7 days</source>
        <translation>innert 7 Tagen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="44" />
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="45" />
        <source>advice only</source>
        <translation>nur Beratung</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="46" />
        <source>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</source>
        <translation>Komplexer Patient: eine Langzeiterkrankung (ALD) und 75 oder älter, oder ein gültiger Betreuungsplan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="48" />
        <source>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</source>
        <translation>Häufige Notfallnutzung: 4 oder mehr Notfallbesuche in den 12 Monaten bis Monatsende (DAUM-Regel).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="50" />
        <source>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</source>
        <translation>Annahmequote: angenommene Meldungen ÷ beantwortete Meldungen (angenommen, geändert oder abgelehnt).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="55" />
        <source>Done — %1</source>
        <translation>Erledigt — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="57" />
        <source>Referrals %1</source>
        <translation>Überweisungen %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="59" />
        <source>Median delay, %1</source>
        <translation>Medianer Verzug, %1</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="19" />
        <source>is required</source>
        <translation>ist obligatorisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="20" />
        <source>contains a forbidden character</source>
        <translation>enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="21" />
        <source>must be FR or CH</source>
        <translation>muss FR oder CH sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="22" />
        <source>must be fr, de or en</source>
        <translation>muss fr, de oder en sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="24" />
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>muss 15 Zeichen lang sein: 13 für die Nummer und 2 für den Schlüssel</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="25" />
        <source>the control key does not match the number</source>
        <translation>der Kontrollschlüssel passt nicht zur Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="26" />
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>muss 13 Ziffern haben und mit 756 beginnen (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="27" />
        <source>the check digit is wrong</source>
        <translation>die Prüfziffer ist falsch</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="28" />
        <source>must be 10 to 20 digits</source>
        <translation>muss 10 bis 20 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="29" />
        <source>must be 13 digits</source>
        <translation>muss 13 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="30" />
        <source>must be 11 digits</source>
        <translation>muss 11 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="31" />
        <source>must be 9 digits</source>
        <translation>muss 9 Ziffern haben</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="32" />
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>muss 9 Zeichen haben (Departement + 7 Ziffern)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="34" />
        <source>this database already holds a practice</source>
        <translation>diese Datenbank enthält bereits eine Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="36" />
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>muss 2 bis 64 Zeichen haben: Kleinbuchstaben, Ziffern, . _ -, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="37" />
        <source>choose at least one role</source>
        <translation>wählen Sie mindestens eine Rolle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="38" />
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="39" />
        <source>is already used by another account</source>
        <translation>wird bereits von einem anderen Konto verwendet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="40" />
        <source>you cannot remove your own administrator role</source>
        <translation>Sie können Ihre eigene Administratorrolle nicht entfernen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="41" />
        <source>you cannot deactivate your own account</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="42" />
        <source>is too easy to guess</source>
        <translation>ist zu leicht zu erraten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="43" />
        <source>must differ from the current password</source>
        <translation>muss sich vom aktuellen Passwort unterscheiden</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="44" />
        <source>is not your current password</source>
        <translation>ist nicht Ihr aktuelles Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="46" />
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>muss ein Datum wie 31.12.1950 oder 31/12/1950 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="47" />
        <source>is not a real calendar date</source>
        <translation>ist kein gültiges Kalenderdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="48" />
        <source>must not be in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="49" />
        <source>must be after 1900</source>
        <translation>muss nach 1900 liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="50" />
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>muss F, M, X (anderes) oder U (unbekannt) sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="51" />
        <source>must be one of fr, de, en, it</source>
        <translation>muss fr, de, en oder it sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="52" />
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>darf nur Ziffern, Leerzeichen und + . ( ) - enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="53" />
        <source>must be an active physician of the practice</source>
        <translation>muss ein aktiver Arzt / eine aktive Ärztin der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="54" />
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>muss PROV, RECUP, VALI oder QUAL sein, wenn eine INS angegeben ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="55" />
        <source>needs an INS number</source>
        <translation>erfordert eine INS-Nummer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="56" />
        <source>kind must be condition, allergy or ald</source>
        <translation>die Art muss Erkrankung, Allergie oder ALD sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="57" />
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>muss ein ATC-Code oder eine ATC-Klasse sein (z. B. J01C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="58" />
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>muss ein ICD-10-Code sein (z. B. I50.9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="60" />
        <source>unknown user or wrong password</source>
        <translation>unbekannter Benutzer oder falsches Passwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="61" />
        <source>this account is locked after too many failed logins; ask an administrator to unlock it</source>
        <translation>dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt; bitten Sie eine Administratorin oder einen Administrator, es zu entsperren</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="64" />
        <source>the key does not belong to this database</source>
        <translation>der Schlüssel gehört nicht zu dieser Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="65" />
        <source>the SQLite library in use is not SQLCipher</source>
        <translation>die verwendete SQLite-Bibliothek ist nicht SQLCipher</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="66" />
        <source>wrong passphrase for this database</source>
        <translation>falsche Passphrase für diese Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="67" />
        <source>wrong recovery code for this database</source>
        <translation>falscher Wiederherstellungscode für diese Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="68" />
        <source>enter the practice passphrase or the recovery code</source>
        <translation>geben Sie die Passphrase der Praxis oder den Wiederherstellungscode ein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="69" />
        <source>the database URL must start with postgresql+psycopg://</source>
        <translation>die Datenbank-URL muss mit postgresql+psycopg:// beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="71" />
        <source>no allowed keyring backend on this computer</source>
        <translation>kein zugelassener Schlüsselbund auf diesem Computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="72" />
        <source>the keyring did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="73" />
        <source>the recorded keyring backend is not allowed</source>
        <translation>der gespeicherte Schlüsselbund ist nicht zugelassen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="74" />
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>der Schlüsselbund mit dem Schlüssel ist nicht verfügbar (Schlüsselspeicher gewechselt)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="75" />
        <source>the keyring holds no key for this database</source>
        <translation>der Schlüsselbund enthält keinen Schlüssel für diese Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="77" />
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>muss eine Anzahl Einheiten wie 1, 0.5 oder 1/2 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="78" />
        <source>must be at most 100 units</source>
        <translation>darf höchstens 100 Einheiten betragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="79" />
        <source>is not a plausible date</source>
        <translation>ist kein plausibles Datum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="80" />
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="81" />
        <source>must be a complete ATC code like B01AA03</source>
        <translation>muss ein vollständiger ATC-Code wie B01AA03 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="82" />
        <source>a substance or a product name is required</source>
        <translation>ein Wirkstoff oder ein Produktname ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="83" />
        <source>must not be before the start date</source>
        <translation>darf nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="84" />
        <source>must be at most 12 months after the start</source>
        <translation>darf höchstens 12 Monate nach dem Beginn liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="85" />
        <source>must be an active member of the practice</source>
        <translation>muss ein aktives Mitglied der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="87" />
        <source>is not a known protocol</source>
        <translation>ist kein bekanntes Protokoll</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="88" />
        <source>must be a past date after 1990</source>
        <translation>muss ein vergangenes Datum nach 1990 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="89" />
        <source>must be oral, written or electronic</source>
        <translation>muss mündlich, schriftlich oder elektronisch sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="90" />
        <source>must be patient or representative</source>
        <translation>muss Patient/in oder Vertretung sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="91" />
        <source>is not a patient of the practice</source>
        <translation>ist kein Patient der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="92" />
        <source>is required (at most 200 characters)</source>
        <translation>ist obligatorisch (höchstens 200 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="94" />
        <source>must be a time like 08:30</source>
        <translation>muss eine Uhrzeit wie 08:30 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="95" />
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>muss 2–40 Kleinbuchstaben, Ziffern oder Unterstriche enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="96" />
        <source>must be routine, urgent, asap or stat</source>
        <translation>muss routine, urgent, asap oder stat sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="97" />
        <source>choose either a person or a pool (one of the two)</source>
        <translation>wählen Sie eine Person oder einen Pool (eines von beiden)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="98" />
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>muss ein aktives klinisches oder Empfangs-Mitglied der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="99" />
        <source>needs a due date</source>
        <translation>erfordert ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="100" />
        <source>needs a due date to start the series</source>
        <translation>erfordert ein Fälligkeitsdatum als Beginn der Serie</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="101" />
        <source>needs an origin type and a positive id</source>
        <translation>erfordert einen Herkunftstyp und eine positive ID</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="102" />
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>eine Handlung wird nur bei protokollgebundenen Aufgaben erfasst</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="103" />
        <source>is not a task status</source>
        <translation>ist kein Aufgabenstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="104" />
        <source>this task is not in one of your pools</source>
        <translation>diese Aufgabe ist in keinem Ihrer Pools</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="105" />
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>muss eine iCalendar-Regel wie FREQ=MONTHLY;INTERVAL=3 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="106" />
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>darf kein DTSTART enthalten (das Fälligkeitsdatum beginnt die Serie)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="107" />
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>muss FREQ auf DAILY, WEEKLY, MONTHLY oder YEARLY setzen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="109" />
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>muss mit postgresql:// oder postgresql+psycopg:// beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="110" />
        <source>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>der Server ist nicht auf diesem Computer: Fügen Sie ?sslmode=verify-full hinzu (TLS erforderlich)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="111" />
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>darf kein Passwort enthalten: Legen Sie es in eine .pgpass-Datei</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="113" />
        <source>an absence lasts at most one year</source>
        <translation>eine Abwesenheit dauert höchstens ein Jahr</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="114" />
        <source>select at least one task</source>
        <translation>wählen Sie mindestens eine Aufgabe</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="115" />
        <source>must be a whole number of days</source>
        <translation>muss eine ganze Zahl von Tagen sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="117" />
        <source>must be 2–60 letters, digits, dots, dashes or underscores</source>
        <translation>muss 2–60 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche enthalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="118" />
        <source>must not be below the minimum age</source>
        <translation>darf nicht unter dem Mindestalter liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="119" />
        <source>give both the task type and the number of months</source>
        <translation>geben Sie sowohl den Aufgabentyp als auch die Anzahl Monate an</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="120" />
        <source>give at least one criterion (age, condition, medication or task not done)</source>
        <translation>geben Sie mindestens ein Kriterium an (Alter, Erkrankung, Medikament oder nicht erledigte Aufgabe)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="121" />
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="122" />
        <source>must be renewal or dose_adjustment</source>
        <translation>muss renewal (Verlängerung) oder dose_adjustment (Dosisanpassung) sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="123" />
        <source>must be after today</source>
        <translation>muss nach dem heutigen Tag liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="125" />
        <source>must be a medication of this patient</source>
        <translation>muss ein Medikament dieses Patienten sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="126" />
        <source>is a stopped medication</source>
        <translation>ist ein abgesetztes Medikament</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="127" />
        <source>must be stop, change or add</source>
        <translation>muss stop (Absetzen), change (Änderung) oder add (Hinzufügen) sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="128" />
        <source>must be a patient of the practice</source>
        <translation>muss ein Patient der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="129" />
        <source>must be an SFPC problem code (1.1 to 1.10)</source>
        <translation>muss ein SFPC-Problemcode sein (1.1 bis 1.10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="130" />
        <source>at least one medication is required (except for an untreated indication)</source>
        <translation>mindestens ein Medikament ist erforderlich (ausser bei einer unbehandelten Indikation)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="131" />
        <source>must be urgent, 24h or routine</source>
        <translation>muss urgent, 24h oder routine sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="132" />
        <source>must not be in the past</source>
        <translation>darf nicht in der Vergangenheit liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="133" />
        <source>must be within a year</source>
        <translation>muss innerhalb eines Jahres liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="134" />
        <source>is required: the patient has no médecin traitant in the practice</source>
        <translation>ist obligatorisch: Der Patient hat keinen Hausarzt / keine Hausärztin in der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="135" />
        <source>is not a current finding of this patient&apos;s review</source>
        <translation>ist kein aktueller Befund der Überprüfung dieses Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="136" />
        <source>there is no question waiting for a reply</source>
        <translation>es wartet keine Frage auf eine Antwort</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="137" />
        <source>the proposal holds no medication change to make: answer &apos;modified&apos; with the change you make</source>
        <translation>der Vorschlag enthält keine Medikamentenänderung: Antworten Sie mit «geändert» und der Änderung, die Sie vornehmen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="139" />
        <source>the change made is required</source>
        <translation>die vorgenommene Änderung ist obligatorisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="141" />
        <source>this reconciliation is already validated</source>
        <translation>dieser Abgleich ist bereits validiert</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="142" />
        <source>is required (hospital and department)</source>
        <translation>ist obligatorisch (Spital und Abteilung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="143" />
        <source>must be intentional_documented, to_be_clarified or keep_current</source>
        <translation>muss «beabsichtigt, dokumentiert», «abzuklären» oder «aktuelle Zeile behalten» sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="144" />
        <source>an intentional change must be documented (why it was made)</source>
        <translation>eine beabsichtigte Änderung muss begründet werden (warum sie vorgenommen wurde)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="145" />
        <source>an added drug has no current line to keep</source>
        <translation>ein hinzugefügtes Medikament hat keine aktuelle Zeile zum Behalten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="146" />
        <source>only a difference to be clarified can be sent</source>
        <translation>nur eine abzuklärende Abweichung kann gesendet werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="147" />
        <source>must be alert or task</source>
        <translation>muss Meldung oder Aufgabe sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="148" />
        <source>must be bpm or pmc</source>
        <translation>muss bpm (Bilan partagé de médication) oder pmc (Polymedikations-Check) sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="149" />
        <source>must not be before the previous step</source>
        <translation>darf nicht vor dem vorherigen Schritt liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="150" />
        <source>must start with CHMED16A1 (or CHMED16A0)</source>
        <translation>muss mit CHMED16A1 (oder CHMED16A0) beginnen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="151" />
        <source>is not a readable CHMED16A payload</source>
        <translation>ist kein lesbarer CHMED16A-Inhalt</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="153" />
        <source>must be yes when a date or a place is given</source>
        <translation>muss «Ja» sein, wenn ein Datum oder ein Ort angegeben ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="154" />
        <source>is required when a contact or a designation date is given</source>
        <translation>ist obligatorisch, wenn ein Kontakt oder ein Bestimmungsdatum angegeben ist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="155" />
        <source>must be an e-mail address like name@example.org</source>
        <translation>muss eine E-Mail-Adresse wie name@beispiel.ch sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="156" />
        <source>must be problems of this plan</source>
        <translation>müssen Probleme dieses Plans sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="157" />
        <source>choose one responsible: a person, a role or an outside contact</source>
        <translation>wählen Sie eine verantwortliche Stelle: eine Person, eine Rolle oder eine externe Kontaktperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="158" />
        <source>must be a goal of this plan</source>
        <translation>muss ein Ziel dieses Plans sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="159" />
        <source>is only given when the need was reported to the territory</source>
        <translation>wird nur angegeben, wenn das Bedürfnis der Region gemeldet wurde</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="160" />
        <source>only for a member of the practice</source>
        <translation>nur für Mitglieder der Praxis</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="161" />
        <source>only the patient&apos;s médecin traitant can validate the plan</source>
        <translation>nur der Hausarzt / die Hausärztin des Patienten kann den Plan validieren</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="162" />
        <source>is required before the plan is validated</source>
        <translation>ist vor der Validierung des Plans obligatorisch</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="163" />
        <source>a plan needs at least one shared goal to be validated</source>
        <translation>ein Plan braucht mindestens ein gemeinsames Ziel, um validiert zu werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="164" />
        <source>a closed plan cannot be changed</source>
        <translation>ein abgeschlossener Plan kann nicht geändert werden</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="165" />
        <source>is not a part of a care plan</source>
        <translation>ist kein Teil eines Betreuungsplans</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="166" />
        <source>already has a care plan that is not closed</source>
        <translation>hat bereits einen nicht abgeschlossenen Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="168" />
        <source>this alert has already been acknowledged</source>
        <translation>diese Meldung wurde bereits zur Kenntnis genommen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="169" />
        <source>must be a PDF, a PNG or JPEG image, or a text file</source>
        <translation>muss ein PDF, ein PNG- oder JPEG-Bild oder eine Textdatei sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="170" />
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="171" />
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="172" />
        <source>is not an event of this patient</source>
        <translation>ist kein Ereignis dieses Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="173" />
        <source>is not a referral of this patient</source>
        <translation>ist keine Überweisung dieses Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="174" />
        <source>must be ed_visit, admission or discharge</source>
        <translation>muss Notfallbesuch, Spitaleintritt oder Spitalaustritt sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="175" />
        <source>must be hospital, dmp, patient or other</source>
        <translation>muss Spital, DMP, Patient oder andere sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="176" />
        <source>must be pdf or csv</source>
        <translation>muss pdf oder csv sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="177" />
        <source>must not be before the start of the period</source>
        <translation>darf nicht vor dem Beginn des Zeitraums liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="178" />
        <source>must be monthly, ad_hoc, cpts or quality_circle</source>
        <translation>muss monatlich, ad hoc, CPTS oder Qualitätszirkel sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="179" />
        <source>a meeting needs at least one participant</source>
        <translation>eine Besprechung braucht mindestens eine teilnehmende Person</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="180" />
        <source>the patient has no open care plan to revise</source>
        <translation>der Patient hat keinen offenen Betreuungsplan zum Überarbeiten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="181" />
        <source>must be active members of the practice</source>
        <translation>müssen aktive Mitglieder der Praxis sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="182" />
        <source>must be note, task or care_plan</source>
        <translation>muss Notiz, Aufgabe oder Betreuungsplan sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="183" />
        <source>must not be before the request</source>
        <translation>darf nicht vor der Anfrage liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="184" />
        <source>must not be before the visit</source>
        <translation>darf nicht vor der Konsultation liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="185" />
        <source>must be p1_48h, p2_7d, p3_scheduled or advice</source>
        <translation>muss innert 48 h, innert 7 Tagen, geplant oder nur Beratung sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="186" />
        <source>must be within the last year and not in the future</source>
        <translation>muss im letzten Jahr und nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="187" />
        <source>is not a referral status</source>
        <translation>ist kein Überweisungsstatus</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="188" />
        <source>a PostgreSQL server is backed up on the server (pg_dump), not here</source>
        <translation>ein PostgreSQL-Server wird auf dem Server gesichert (pg_dump), nicht hier</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="189" />
        <source>the restored database does not hold what the backup recorded</source>
        <translation>die wiederhergestellte Datenbank enthält nicht, was die Sicherung festgehalten hat</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="194" />
        <source>is too long (at most %1 characters)</source>
        <translation>ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="196" />
        <source>must be at least %1 characters long</source>
        <translation>muss mindestens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="198" />
        <source>must be between %1 and %2 minutes</source>
        <translation>muss zwischen %1 und %2 Minuten liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="200" />
        <source>unknown role %1</source>
        <translation>unbekannte Rolle %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="202" />
        <source>too many failed logins: wait %1 s before trying again</source>
        <translation>zu viele fehlgeschlagene Anmeldungen: Warten Sie %1 s, bevor Sie es erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="204" />
        <source>staff member %1 does not exist</source>
        <translation>Mitarbeiter/in %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="206" />
        <source>patient %1 does not exist</source>
        <translation>Patient %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="208" />
        <source>%1 was written by a newer version of Cordée</source>
        <translation>%1 wurde von einer neueren Version von Cordée geschrieben</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="210" />
        <source>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</source>
        <translation>die Schlüsseldatei %1 fehlt: Ohne sie kann die Datenbank nicht entsperrt werden (aus der Sicherung wiederherstellen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="213" />
        <source>the key file %1 is damaged (%2)</source>
        <translation>die Schlüsseldatei %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="215" />
        <source>%1 already exists; it is never replaced</source>
        <translation>%1 existiert bereits; sie wird nie ersetzt</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="217" />
        <source>%1 already exists; Cordée never replaces a database</source>
        <translation>%1 existiert bereits; Cordée ersetzt nie eine Datenbank</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="219" />
        <source>%1 is an unencrypted database; Cordée refuses to use it</source>
        <translation>%1 ist eine unverschlüsselte Datenbank; Cordée verwendet sie nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="221" />
        <source>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</source>
        <translation>%1 kann trotz richtigem Schlüssel nicht gelesen werden: Die Datei ist beschädigt (%2). Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="224" />
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="226" />
        <source>%1 already exists; Cordée never replaces a database (restore to a new name)</source>
        <translation>%1 existiert bereits; Cordée ersetzt nie eine Datenbank (unter neuem Namen wiederherstellen)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="228" />
        <source>%1 in the backup %2 has changed since it was written; use another backup</source>
        <translation>%1 in der Sicherung %2 hat sich seit dem Schreiben verändert; eine andere Sicherung verwenden</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="230" />
        <source>%1 is not a Cordée backup (no manifest.json)</source>
        <translation>%1 ist keine Cordée-Sicherung (kein manifest.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="232" />
        <source>the backup %1 lacks %2</source>
        <translation>in der Sicherung %1 fehlt %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="234" />
        <source>the backup could not be verified (%1); the database itself is untouched</source>
        <translation>die Sicherung konnte nicht geprüft werden (%1); die Datenbank selbst ist unverändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="236" />
        <source>cannot write a backup in %1: %2</source>
        <translation>in %1 kann keine Sicherung geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="238" />
        <source>the manifest of %1 is damaged (%2)</source>
        <translation>das Manifest von %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="240" />
        <source>no database at %1</source>
        <translation>keine Datenbank unter %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="242" />
        <source>keyring error: %1</source>
        <translation>Fehler des Schlüsselbunds: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="244" />
        <source>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</source>
        <translation>%1 ist nicht auf diesem Computer: Fügen Sie ?sslmode=verify-full hinzu (TLS ist ausserhalb von Loopback erforderlich)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="247" />
        <source>cannot use the PostgreSQL server: %1</source>
        <translation>der PostgreSQL-Server kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="249" />
        <source>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</source>
        <translation>diese Datenbank hat das Schema %1, das neuer ist, als diese Version von Cordée kennt; installieren Sie die neuere Version von Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="252" />
        <source>must be more than %1 and at most %2</source>
        <translation>muss grösser als %1 und höchstens %2 sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="254" />
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="256" />
        <source>must be between %1 and %2 days</source>
        <translation>muss zwischen %1 und %2 Tagen liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="258" />
        <source>task %1 does not exist</source>
        <translation>Aufgabe %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="260" />
        <source>absence %1 does not exist</source>
        <translation>Abwesenheit %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="262" />
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="264" />
        <source>medication line %1 does not exist</source>
        <translation>Medikamentenzeile %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="266" />
        <source>enrolment %1 does not exist</source>
        <translation>Einschreibung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="268" />
        <source>staff %1 does not adhere to %2</source>
        <translation>%1 ist %2 nicht beigetreten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="270" />
        <source>%1 is not of a profession this protocol delegates to (%2)</source>
        <translation>%1 hat keinen Beruf, an den dieses Protokoll delegiert (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="272" />
        <source>is not a valid iCalendar rule (%1)</source>
        <translation>ist keine gültige iCalendar-Regel (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="275" />
        <source>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>%1 liegt auf einer Netzwerkfreigabe; die verschlüsselte Datei muss auf der Festplatte dieses Computers bleiben. Für mehrere Arbeitsplätze verwenden Sie einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="278" />
        <source>alert %1 does not exist</source>
        <translation>Meldung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="280" />
        <source>this alert is already closed (%1)</source>
        <translation>diese Meldung ist bereits abgeschlossen (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="282" />
        <source>medication line %1 is not on this patient&apos;s list</source>
        <translation>Medikamentenzeile %1 steht nicht auf der Liste dieses Patienten</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="284" />
        <source>already has an open alert (#%1)</source>
        <translation>hat bereits eine offene Meldung (Nr. %1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="286" />
        <source>was kept as is by the doctor on %1 (alert #%2) and nothing relevant has changed since</source>
        <translation>wurde vom Arzt am %1 unverändert belassen (Meldung Nr. %2), und seither hat sich nichts Relevantes geändert</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="289" />
        <source>patient %1 has no care plan</source>
        <translation>Patient %1 hat keinen Betreuungsplan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="291" />
        <source>a %1 plan cannot become %2 (possible: %3)</source>
        <translation>ein Plan im Status «%1» kann nicht in den Status «%2» wechseln (möglich: %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="293" />
        <source>a %1 plan cannot be changed: revise it first</source>
        <translation>ein Plan im Status «%1» kann nicht geändert werden: Überarbeiten Sie ihn zuerst</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="295" />
        <source>care plan %1 has no version %2</source>
        <translation>Betreuungsplan %1 hat keine Version %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="297" />
        <source>care plan %1 does not exist</source>
        <translation>Betreuungsplan %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="299" />
        <source>%1 %2 is not part of care plan %3</source>
        <translation>Element %1 %2 gehört nicht zu Betreuungsplan %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="301" />
        <source>DAUM alert %1 does not exist</source>
        <translation>DAUM-Meldung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="303" />
        <source>is too large (%1 MB; at most %2 MB per document)</source>
        <translation>ist zu gross (%1 MB; höchstens %2 MB pro Dokument)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="305" />
        <source>document %1 does not exist</source>
        <translation>Dokument %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="307" />
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="309" />
        <source>hospital event %1 does not exist</source>
        <translation>Spitalereignis %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="311" />
        <source>the period must be at most %1 months</source>
        <translation>der Zeitraum darf höchstens %1 Monate betragen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="313" />
        <source>meeting %1 does not exist</source>
        <translation>Besprechung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="315" />
        <source>meeting record %1 does not exist</source>
        <translation>Besprechungsprotokoll %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="317" />
        <source>«%1» is not a valid code prefix</source>
        <translation>«%1» ist kein gültiges Code-Präfix</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="319" />
        <source>reconciliation %1 does not exist</source>
        <translation>Abgleich %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="321" />
        <source>reconciliation item %1 does not exist</source>
        <translation>Abgleichszeile %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="323" />
        <source>still to be clarified: line %1</source>
        <translation>noch abzuklären: Zeile %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="325" />
        <source>%1 must be between %2 and %3</source>
        <translation>%1 muss zwischen %2 und %3 liegen</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="327" />
        <source>%1 must be a number</source>
        <translation>%1 muss eine Zahl sein</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="329" />
        <source>referral %1 does not exist</source>
        <translation>Überweisung %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="331" />
        <source>worksheet %1 does not exist</source>
        <translation>Arbeitsblatt %1 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="333" />
        <source>%1 is not a finding of this worksheet</source>
        <translation>%1 ist kein Befund dieses Arbeitsblatts</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="24" />
        <source>Physician</source>
        <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="25" />
        <source>Pharmacist</source>
        <translation>Apotheker/Apothekerin</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="26" />
        <source>Advanced practice nurse</source>
        <translation>Pflegeexpertin/-experte APN</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="27" />
        <source>Nurse</source>
        <translation>Pflegefachperson</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="28" />
        <source>Medical assistant</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="29" />
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="30" />
        <source>Administrator</source>
        <translation>Administrator/in</translation>
    </message>
</context>
</TS>
