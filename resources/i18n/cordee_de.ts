<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AbsencesPage</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Record absence</source>
        <translation>Abwesenheit erfassen</translation>
    </message>
    <message>
        <source>Reassign selected tasks</source>
        <translation>Ausgewählte Aufgaben neu zuweisen</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>Von / bis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Übergeben an</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n offene Aufgabe</numerusform>
            <numerusform>%n offene Aufgaben</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
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
        <source>First administrator</source>
        <translation>Erste Administratorin / erster Administrator</translation>
    </message>
    <message>
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>Dieses persönliche Konto verwaltet die Benutzerkonten und die Einstellungen. Jede Person der Praxis erhält später ein eigenes Konto.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegefachperson</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Apotheker/Apothekerin</translation>
    </message>
    <message>
        <source>Medical assistant</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation>Praxiskoordination</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Password (at least 12 characters)</source>
        <translation>Passwort (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>RPPS or ADELI number (optional)</source>
        <translation>RPPS- oder ADELI-Nummer (optional)</translation>
    </message>
    <message>
        <source>GLN (optional)</source>
        <translation>GLN (optional)</translation>
    </message>
    <message>
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Benutzername: 2 bis 64 Kleinbuchstaben, Ziffern, Punkte, Binde- oder Unterstriche, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1: Dieses Feld ist obligatorisch.</translation>
    </message>
    <message>
        <source>Profession: this field is required.</source>
        <translation>Beruf: Dieses Feld ist obligatorisch.</translation>
    </message>
    <message>
        <source>Password again: the two passwords are not the same.</source>
        <translation>Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Add a patient to the meeting of %1</source>
        <translation>Patient zur Besprechung vom %1 hinzufügen</translation>
    </message>
    <message>
        <source>The question asked to the team</source>
        <translation>Die Frage an das Team</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
</context>
<context>
    <name>AlertDialog</name>
    <message>
        <source>Alert #%1</source>
        <translation>Meldung Nr. %1</translation>
    </message>
    <message>
        <source>Alert and thread</source>
        <translation>Meldung und Verlauf</translation>
    </message>
    <message>
        <source>Comment, reason for refusal, question or reply</source>
        <translation>Kommentar, Ablehnungsgrund, Frage oder Antwort</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Eine Frage stellen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Dossier öffnen</translation>
    </message>
    <message>
        <source>Send to partner…</source>
        <translation>An Partner senden…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Lines to clarify</source>
        <translation>Zu klärende Zeilen</translation>
    </message>
    <message>
        <source>Selected line:</source>
        <translation>Gewählte Zeile:</translation>
    </message>
    <message>
        <source>Accept the line</source>
        <translation>Zeile annehmen</translation>
    </message>
    <message>
        <source>Modify the line…</source>
        <translation>Zeile ändern…</translation>
    </message>
    <message>
        <source>Refuse the line</source>
        <translation>Zeile ablehnen</translation>
    </message>
    <message>
        <source>Lines to clarify: %1 answered of %2 — answer each line on its own</source>
        <translation>Zu klärende Zeilen: %1 von %2 beantwortet — beantworten Sie jede Zeile einzeln</translation>
    </message>
    <message>
        <source>The proposal holds no change to make: answer with Modify.</source>
        <translation>Der Vorschlag enthält keine auszuführende Änderung: mit «Ändern…» antworten.</translation>
    </message>
    <message>
        <source>reply by %1</source>
        <translation>Antwort bis %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Von %1 an %2</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Betroffene Medikamente</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Klinischer Kontext</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>No change to the medication list: accepting closes the alert.</source>
        <translation>Keine Änderung der Medikationsliste: Annehmen schliesst die Meldung.</translation>
    </message>
    <message>
        <source>Save the alert as PDF</source>
        <translation>Meldung als PDF speichern</translation>
    </message>
    <message>
        <source>alert-%1.pdf</source>
        <translation>meldung-%1.pdf</translation>
    </message>
</context>
<context>
    <name>AlertFromMessageDialog</name>
    <message>
        <source>Raise an alert from the message</source>
        <translation>Aus der Nachricht eine Meldung erstellen</translation>
    </message>
    <message>
        <source>The patient&apos;s médecin traitant</source>
        <translation>Der Hausarzt der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>To propose a change to the medication list, use the alert form of the Medications tab.</source>
        <translation>Um eine Änderung der Medikation vorzuschlagen, verwenden Sie das Meldungsformular im Reiter Medikamente.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Betroffene Medikamente</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>AlertLineModel</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Before the stay</source>
        <translation>Vor dem Aufenthalt</translation>
    </message>
    <message>
        <source>At discharge</source>
        <translation>Beim Austritt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dosis geändert</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
</context>
<context>
    <name>AlertTab</name>
    <message>
        <source>Alerts of the patient</source>
        <translation>Meldungen zu diesem Patienten</translation>
    </message>
    <message>
        <source>Raise alert…</source>
        <translation>Meldung erstellen…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Print medication plan…</source>
        <translation>Medikationsplan drucken…</translation>
    </message>
    <message>
        <source>Print alerts…</source>
        <translation>Meldungen drucken…</translation>
    </message>
    <message>
        <source>Reconciliation after hospital…</source>
        <translation>Abgleich nach Austritt…</translation>
    </message>
    <message>
        <source>Review worksheet…</source>
        <translation>Medikationsreview…</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n wartet auf Antwort</numerusform>
            <numerusform>%n warten auf Antwort</numerusform>
        </translation>
    </message>
    <message>
        <source>medication-plan.pdf</source>
        <translation>medikationsplan.pdf</translation>
    </message>
    <message>
        <source>alerts.pdf</source>
        <translation>meldungen.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Letzter Schritt</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Question asked</source>
        <translation>Frage gestellt</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Frage beantwortet</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Teilweise beantwortet</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Answered line by line</source>
        <translation>Zeile für Zeile beantwortet</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>Innert 24 h</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Escalated to the coordinator</source>
        <translation>An die Koordination eskaliert</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Wieder eröffnet</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Zeile hinzugefügt</translation>
    </message>
    <message>
        <source>Line answered</source>
        <translation>Antwort zu einer Zeile</translation>
    </message>
    <message>
        <source>Line accepted</source>
        <translation>Zeile angenommen</translation>
    </message>
    <message>
        <source>Line accepted with a change</source>
        <translation>Zeile mit Änderung angenommen</translation>
    </message>
    <message>
        <source>Line refused (kept as is)</source>
        <translation>Zeile abgelehnt (unverändert)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>Alle Meldungen</translation>
    </message>
    <message>
        <source>%1 mg a week</source>
        <translation>%1 mg pro Woche</translation>
    </message>
    <message>
        <source>doses %1 (before %2)</source>
        <translation>Dosierung %1 (vorher %2)</translation>
    </message>
    <message>
        <source>strength %1</source>
        <translation>Stärke %1</translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation>%1 mg pro Tag</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>Applikationsweg: %1</translation>
    </message>
    <message>
        <source>instructions: %1</source>
        <translation>Anweisungen: %1</translation>
    </message>
    <message>
        <source>new values</source>
        <translation>neue Werte</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>%1 vorübergehend sistieren</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Keep %1 as it is</source>
        <translation>%1 unverändert beibehalten</translation>
    </message>
    <message>
        <source>new drug in the combination: %1</source>
        <translation>neues Medikament in der Kombination: %1</translation>
    </message>
    <message>
        <source>dose increased for %1: %2 → %3</source>
        <translation>Dosis erhöht für %1: %2 → %3</translation>
    </message>
    <message>
        <source>renal function band changed: %1 → %2</source>
        <translation>Nierenfunktionsstufe geändert: %1 → %2</translation>
    </message>
    <message>
        <source>the patient is now %1 or older</source>
        <translation>der Patient ist jetzt %1 oder älter</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>sistiert</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>New assessment</source>
        <translation>Neues Assessment</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>In my own right</source>
        <translation>In eigener Kompetenz</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Reuse: %4</source>
        <translation>Quelle: %1, %2 (%3). Weiterverwendung: %4</translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation>Punktzahl: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n Frage unbeantwortet</numerusform>
            <numerusform>%n Fragen unbeantwortet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AssessmentsTab</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punktzahl</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Care-plan need</source>
        <translation>Bedarf im Betreuungsplan</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>Zu entscheiden</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Neues Assessment…</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>Vorschlag &amp;annehmen</translation>
    </message>
    <message>
        <source>Assessments recorded</source>
        <translation>Erfasste Assessments</translation>
    </message>
    <message>
        <source>Trend of this instrument</source>
        <translation>Verlauf dieses Instruments</translation>
    </message>
    <message>
        <source>What the selected result proposes</source>
        <translation>Was das gewählte Ergebnis vorschlägt</translation>
    </message>
</context>
<context>
    <name>AuditActs</name>
    <message>
        <source>acceptance</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>Kenntnisnahme</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Massnahme</translation>
    </message>
    <message>
        <source>progress of an action</source>
        <translation>Fortschritt einer Massnahme</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>adherence</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <source>answers given</source>
        <translation>Antworten gegeben</translation>
    </message>
    <message>
        <source>appointment booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>Stornierung</translation>
    </message>
    <message>
        <source>case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>taken from the pool</source>
        <translation>aus dem Pool übernommen</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>Klärung</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>Erledigung</translation>
    </message>
    <message>
        <source>calculation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>turned into a record</source>
        <translation>Umwandlung in einen Eintrag</translation>
    </message>
    <message>
        <source>creation</source>
        <translation>Erstellung</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>dose adjustment</source>
        <translation>Dosisanpassung</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>escalation delay</source>
        <translation>Eskalationsfrist</translation>
    </message>
    <message>
        <source>export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>Erzeugung</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>gewährt</translation>
    </message>
    <message>
        <source>history</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>modified change</source>
        <translation>angepasste Änderung</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>Zurückstellung</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>members&apos; answers read</source>
        <translation>Antworten der Mitglieder gelesen</translation>
    </message>
    <message>
        <source>reassignment</source>
        <translation>Neuzuweisung</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>Ablehnung</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>Erfassung</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <source>reopening</source>
        <translation>Wiedereröffnung</translation>
    </message>
    <message>
        <source>retraction</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>Bericht erhalten</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>Zurücksetzen des Passworts</translation>
    </message>
    <message>
        <source>team results</source>
        <translation>Team-Ergebnisse</translation>
    </message>
    <message>
        <source>medication check</source>
        <translation>Medikamentenprüfung</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>patient seen</source>
        <translation>Patient gesehen</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>checklist step</source>
        <translation>Schritt der Checkliste</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>patient taken on</source>
        <translation>Übernahme des Patienten</translation>
    </message>
    <message>
        <source>tasks made</source>
        <translation>Erstellung von Aufgaben</translation>
    </message>
    <message>
        <source>end of adherence</source>
        <translation>Austritt</translation>
    </message>
    <message>
        <source>end of enrolment</source>
        <translation>Ende der Aufnahme</translation>
    </message>
    <message>
        <source>unlocking</source>
        <translation>Entsperrung</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>Rückzug</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Prüft, dass kein Eintrag ausserhalb von Cordée geändert, eingefügt oder gelöscht wurde.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>name or number (any)</source>
        <translation>Name oder Nummer (alle)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Zwischen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) (newest first, at most 500).</source>
        <translation>
            <numerusform>%n Eintrag (neueste zuerst, höchstens 500).</numerusform>
            <numerusform>%n Einträge (neueste zuerst, höchstens 500).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Das Audit-Protokoll wird geprüft…</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>Das Audit-Protokoll ist unversehrt: %1 Einträge geprüft, nichts wurde ausserhalb von Cordée geändert.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>Das Audit-Protokoll wurde ausserhalb von Cordée geändert (%1 Einträge geprüft). Gefundene Probleme:</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>mine</source>
        <translation>meine</translation>
    </message>
    <message>
        <source>received</source>
        <translation>erhalten</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartend</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>angepasst</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>AuditRecords</name>
    <message>
        <source>Absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <source>Frequent emergency visits</source>
        <translation>Häufige Notfallbesuche</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Demo-Praxis</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Spitalaufenthalt</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>New-patient intake</source>
        <translation>Neuaufnahme</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>Maturity self-assessment</source>
        <translation>Reife-Selbstbewertung</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Teambesprechung</translation>
    </message>
    <message>
        <source>Team message</source>
        <translation>Teamnachricht</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patientendossier</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <source>Delegation protocol</source>
        <translation>Delegationsprotokoll</translation>
    </message>
    <message>
        <source>Recall campaign</source>
        <translation>Aufgebotskampagne</translation>
    </message>
    <message>
        <source>Discharge reconciliation</source>
        <translation>Abgleich nach Austritt</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Pharmacist renewal</source>
        <translation>Erneuerung durch die Apotheke</translation>
    </message>
    <message>
        <source>Medication review</source>
        <translation>Medikationsanalyse</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Bildschirmsperre</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Self-assessment round</source>
        <translation>Selbstbewertungsrunde</translation>
    </message>
    <message>
        <source>Meeting case</source>
        <translation>Besprechungsfall</translation>
    </message>
    <message>
        <source>Message thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Protocol adherence</source>
        <translation>Protokollbeitritt</translation>
    </message>
    <message>
        <source>Protocol enrolment</source>
        <translation>Aufnahme in ein Protokoll</translation>
    </message>
    <message>
        <source>Worklist settings</source>
        <translation>Einstellungen der Arbeitsliste</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patienten-ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie der ganzen Praxisdatenbank, nach dem Schreiben geprüft (Integrität, Zeilenzahl jeder Tabelle, Audit-Protokoll). Sie öffnet sich mit der Praxis-Passphrase oder dem Wiederherstellungscode. Bewahren Sie Kopien auf einem Datenträger fern von diesem Computer auf.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Geschrieben am</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <source>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</source>
        <translation>Diese Praxis arbeitet mit einem PostgreSQL-Server: Er wird auf dem Server gesichert (pg_dump), durch dessen Administrator.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Sicherungsordner</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Sicherung wird geschrieben und geprüft…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 patients).</source>
        <translation>Sicherung geschrieben und geprüft: %1 (%2 Patienten).</translation>
    </message>
</context>
<context>
    <name>BreakGlassModel</name>
    <message>
        <source>Opened</source>
        <translation>Geöffnet am</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(läuft)</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>nur lesen</translation>
    </message>
    <message>
        <source>read and change</source>
        <translation>lesen und ändern</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>zu prüfen</translation>
    </message>
    <message>
        <source>acknowledged by %1 on %2</source>
        <translation>zur Kenntnis genommen von %1 am %2</translation>
    </message>
</context>
<context>
    <name>BreakGlassReviewDialog</name>
    <message>
        <source>Emergency accesses to charts</source>
        <translation>Notfallzugriffe auf Dossiers</translation>
    </message>
    <message>
        <source>Each emergency access to a chart outside the care circle stays here until an administrator has checked it (the reason, the clinician, the audit trail of the chart) and acknowledged it.</source>
        <translation>Jeder Notfallzugriff auf ein Dossier ausserhalb des Betreuungsnetzes bleibt hier, bis ein Administrator ihn geprüft (Grund, Fachperson, Audit-Protokoll des Dossiers) und zur Kenntnis genommen hat.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Review note (optional), e.g. checked with the clinician</source>
        <translation>Prüfvermerk (optional), z. B. mit der Fachperson besprochen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Zur Kenntnis nehmen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es)</source>
        <translation>
            <numerusform>%n Zugriff</numerusform>
            <numerusform>%n Zugriffe</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardCompareDialog</name>
    <message>
        <source>Add an exchange partner</source>
        <translation>Austauschpartner hinzufügen</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one printed on the card the partner handed you (or read it aloud together on the phone), then type the printed one below. The partner is added only if both are the same.</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem auf der Karte, die Ihnen der Partner übergeben hat (oder lesen Sie ihn gemeinsam am Telefon vor), und geben Sie den gedruckten unten ein. Der Partner wird nur hinzugefügt, wenn beide übereinstimmen.</translation>
    </message>
    <message>
        <source>Fingerprint as printed on the partner&apos;s card</source>
        <translation>Fingerabdruck, wie er auf der Karte des Partners gedruckt ist</translation>
    </message>
    <message>
        <source>This installation is already on your list (%1).</source>
        <translation>Diese Installation ist bereits in Ihrer Liste (%1).</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Partner hinzufügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exchange identity: %1</source>
        <translation>Austausch-Kennung: %1</translation>
    </message>
    <message>
        <source>Fingerprint of the imported card:</source>
        <translation>Fingerabdruck der importierten Karte:</translation>
    </message>
</context>
<context>
    <name>CarePlanMenu</name>
    <message>
        <source>Care &amp;plans</source>
        <translation>&amp;Betreuungspläne</translation>
    </message>
    <message>
        <source>Plans to &amp;review…</source>
        <translation>Zu &amp;überprüfende Pläne…</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Start a care plan…</source>
        <translation>Betreuungsplan beginnen…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Angaben bearbeiten…</translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation>Validieren…</translation>
    </message>
    <message>
        <source>Put into action</source>
        <translation>In Kraft setzen</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Überarbeiten</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Abschliessen…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Plan drucken…</translation>
    </message>
    <message>
        <source>Patient sheet…</source>
        <translation>Patientenblatt…</translation>
    </message>
    <message>
        <source>Care circle</source>
        <translation>Betreuungsnetz</translation>
    </message>
    <message>
        <source>Problems and needs</source>
        <translation>Probleme und Bedürfnisse</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Massnahmen</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Ungedeckte Bedürfnisse</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Fortschritt erfassen…</translation>
    </message>
    <message>
        <source>This patient has no care plan yet.</source>
        <translation>Für diesen Patienten gibt es noch keinen Betreuungsplan.</translation>
    </message>
    <message>
        <source>Care plan v%1 — %2 · référent %3</source>
        <translation>Betreuungsplan v%1 — %2 · Bezugsperson %3</translation>
    </message>
    <message>
        <source>No care plan</source>
        <translation>Kein Betreuungsplan</translation>
    </message>
    <message>
        <source>New care plan</source>
        <translation>Neuer Betreuungsplan</translation>
    </message>
    <message>
        <source>Care plan details</source>
        <translation>Angaben zum Betreuungsplan</translation>
    </message>
    <message>
        <source>Care plan item</source>
        <translation>Element des Betreuungsplans</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Progress of the action</source>
        <translation>Fortschritt der Massnahme</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement on</source>
        <translation>Einverständnis des Patienten am</translation>
    </message>
    <message>
        <source>How the agreement was obtained</source>
        <translation>Wie das Einverständnis eingeholt wurde</translation>
    </message>
    <message>
        <source>Validate the care plan</source>
        <translation>Betreuungsplan validieren</translation>
    </message>
    <message>
        <source>Close the care plan</source>
        <translation>Betreuungsplan abschliessen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>care-plan.pdf</source>
        <translation>betreuungsplan.pdf</translation>
    </message>
    <message>
        <source>patient-sheet.pdf</source>
        <translation>patientenblatt.pdf</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action(s) done</source>
        <translation>
            <numerusform>%n von %1 Massnahmen erledigt</numerusform>
            <numerusform>%n von %1 Massnahmen erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Erwartungen und Präferenzen des Patienten</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <source>Alert procedure</source>
        <translation>Notfallprozedere</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>by %1; patient&apos;s agreement on %2 (%3)</source>
        <translation>von %1; Einverständnis des Patienten am %2 (%3)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <source>Drug catalogue import</source>
        <translation>Import in den Arzneimittelkatalog</translation>
    </message>
    <message>
        <source>Add the products of the French public drug database (BDPM) or of a Swiss product list to the practice&apos;s catalogue. The file is checked whole first: a bad line stops the import and nothing is stored. Products already imported from the same source are updated.</source>
        <translation>Fügen Sie dem Katalog der Praxis die Produkte der französischen öffentlichen Arzneimitteldatenbank (BDPM) oder einer Schweizer Produktliste hinzu. Die Datei wird zuerst vollständig geprüft: Eine fehlerhafte Zeile stoppt den Import, und nichts wird gespeichert. Bereits aus derselben Quelle importierte Produkte werden aktualisiert.</translation>
    </message>
    <message>
        <source>BDPM folder (France)</source>
        <translation>BDPM-Ordner (Frankreich)</translation>
    </message>
    <message>
        <source>Swiss product list (CSV)</source>
        <translation>Schweizer Produktliste (CSV)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Folder or file</source>
        <translation>Ordner oder Datei</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>The folder holds CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt and a CIP13 → ATC mapping (cip13;atc, a file whose name contains &quot;atc&quot;).</source>
        <translation>Der Ordner enthält CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt und eine Zuordnung CIP13 → ATC (cip13;atc, eine Datei, deren Name «atc» enthält).</translation>
    </message>
    <message>
        <source>A CSV file with a header line naming the product, GTIN and ATC columns (separated by ; or ,).</source>
        <translation>Eine CSV-Datei mit einer Kopfzeile, die die Spalten Produkt, GTIN und ATC benennt (getrennt durch ; oder ,).</translation>
    </message>
    <message>
        <source>BDPM folder</source>
        <translation>BDPM-Ordner</translation>
    </message>
    <message>
        <source>Swiss product list</source>
        <translation>Schweizer Produktliste</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the folder or the file to import.</source>
        <translation>Wählen Sie den Ordner oder die Datei für den Import.</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Datei wird gelesen und geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read:</source>
        <translation>
            <numerusform>%n Produkt gelesen:</numerusform>
            <numerusform>%n Produkte gelesen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n hinzuzufügen</numerusform>
            <numerusform>%n hinzuzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n zu aktualisieren</numerusform>
            <numerusform>%n zu aktualisieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without ATC code (found by name only)</source>
        <translation>
            <numerusform>%n ohne ATC-Code (nur über den Namen auffindbar)</numerusform>
            <numerusform>%n ohne ATC-Code (nur über den Namen auffindbar)</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>Import these products into the practice&apos;s catalogue?</source>
        <translation>Diese Produkte in den Katalog der Praxis importieren?</translation>
    </message>
    <message>
        <source>The catalogue already holds these products: nothing to import.</source>
        <translation>Der Katalog enthält diese Produkte bereits: nichts zu importieren.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Importiert: %1 hinzugefügt, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Katalog durchsuchen: Wirkstoff (FR, DE, EN) oder Produktname</translation>
    </message>
    <message>
        <source>Catalogue search</source>
        <translation>Katalogsuche</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Geben Sie mindestens zwei Buchstaben ein.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Nichts gefunden: Sie können den Namen als Freitext behalten (nicht geprüft).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <source>no ATC code</source>
        <translation>kein ATC-Code</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Kontrollen und Prävention</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuaufnahme</translation>
    </message>
</context>
<context>
    <name>ConclusionForm</name>
    <message>
        <source>Conclude the teleconsultation</source>
        <translation>Telekonsultation abschliessen</translation>
    </message>
    <message>
        <source>{patient} — {start}, with {companion}</source>
        <translation>{patient} — {start}, mit {companion}</translation>
    </message>
    <message>
        <source>Findings and decisions; they are written to the patient&apos;s chart</source>
        <translation>Befunde und Entscheide; sie werden in die Krankengeschichte eingetragen</translation>
    </message>
    <message>
        <source>Teleconsultation</source>
        <translation>Telekonsultation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
</context>
<context>
    <name>CoordinationMenu</name>
    <message>
        <source>&amp;Coordination</source>
        <translation>&amp;Koordination</translation>
    </message>
    <message>
        <source>&amp;Meetings…</source>
        <translation>&amp;Fallbesprechungen…</translation>
    </message>
    <message>
        <source>&amp;Referrals…</source>
        <translation>Ü&amp;berweisungen…</translation>
    </message>
    <message>
        <source>&amp;Directory of local resources…</source>
        <translation>&amp;Verzeichnis lokaler Angebote…</translation>
    </message>
    <message>
        <source>&amp;Package received by secure mail…</source>
        <translation>Paket aus &amp;gesicherter Mail…</translation>
    </message>
    <message>
        <source>&amp;Teleconsultations…</source>
        <translation>&amp;Telekonsultationen…</translation>
    </message>
    <message>
        <source>Team &amp;indicators…</source>
        <translation>Team-&amp;Kennzahlen…</translation>
    </message>
    <message>
        <source>M&amp;aturity self-assessment…</source>
        <translation>&amp;Reife-Selbstbewertung…</translation>
    </message>
    <message>
        <source>Patient &amp;survey: paper questionnaires…</source>
        <translation>&amp;Patientenbefragung: Papierfragebögen…</translation>
    </message>
    <message>
        <source>Patient survey setti&amp;ngs…</source>
        <translation>&amp;Einstellungen der Patientenbefragung…</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Team indicators</source>
        <translation>Team-Kennzahlen</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Pro Monat</translation>
    </message>
    <message>
        <source>Patient survey</source>
        <translation>Patientenbefragung</translation>
    </message>
    <message>
        <source>New patients: %1 waiting, %2 in progress, %3 done this month</source>
        <translation>Neue Patienten: %1 wartend, %2 in Bearbeitung, %3 diesen Monat abgeschlossen</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Kennzahlen exportieren</translation>
    </message>
    <message>
        <source>indicators.%1</source>
        <translation>kennzahlen.%1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Betreuungspläne</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Delegated tasks</source>
        <translation>Delegierte Aufgaben</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Fallbesprechungen</translation>
    </message>
    <message>
        <source>Emergency visits</source>
        <translation>Notfallbesuche</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Überweisungen</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Encrypted database</source>
        <translation>Verschlüsselte Datenbank</translation>
    </message>
    <message>
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>Alle Dossiers werden in einer verschlüsselten Datei auf diesem Computer gespeichert. Die Passphrase der Praxis schützt jedes Dossier: Sie wird immer dann benötigt, wenn der Schlüsselbund des Computers nicht verfügbar ist. Wählen Sie einen langen Satz, den Sie sich merken können.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Passphrase der Praxis (mindestens 12 Zeichen)</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Datenbank erstellen</translation>
    </message>
    <message>
        <source>Location of the new database</source>
        <translation>Speicherort der neuen Datenbank</translation>
    </message>
    <message>
        <source>Cordée database (*.db)</source>
        <translation>Cordée-Datenbank (*.db)</translation>
    </message>
    <message>
        <source>Database file: please choose where to store the database.</source>
        <translation>Datenbankdatei: Bitte wählen Sie, wo die Datenbank gespeichert wird.</translation>
    </message>
    <message>
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Datenbankdatei: %1 existiert bereits. Cordée ersetzt nie eine Datenbank; wählen Sie einen anderen Dateinamen, oder schliessen Sie diesen Assistenten und öffnen Sie die bestehende Datenbank.</translation>
    </message>
    <message>
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Passphrase wiederholen: Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>DeprescribingDialog</name>
    <message>
        <source>A nurse (pool)</source>
        <translation>Eine Pflegefachperson (Pool)</translation>
    </message>
    <message>
        <source>A pharmacist (pool)</source>
        <translation>Eine Apothekerin / ein Apotheker (Pool)</translation>
    </message>
    <message>
        <source>A medical assistant (pool)</source>
        <translation>Eine MPA (Pool)</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>In der Sprechstunde</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>Telefonisch</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>Deprescribing plan — %1</source>
        <translation>Deprescribing-Plan — %1</translation>
    </message>
    <message>
        <source>Propose steps</source>
        <translation>Schritte vorschlagen</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>First step on</source>
        <translation>Erster Schritt am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Remove the last step</source>
        <translation>Letzten Schritt entfernen</translation>
    </message>
    <message>
        <source>Amounts follow the scheme (this posology is not by times of day).</source>
        <translation>Die Mengen folgen dem Schema (diese Dosierung ist nicht nach Tageszeiten).</translation>
    </message>
    <message>
        <source> day(s) after each step</source>
        <translation> Tag(e) nach jedem Schritt</translation>
    </message>
    <message>
        <source>The patient agrees</source>
        <translation>Die Patientin / der Patient ist einverstanden</translation>
    </message>
    <message>
        <source>Follow-up calls by</source>
        <translation>Nachfrage-Anrufe durch</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Einverständnis</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Reuse: %4</source>
        <translation>Quelle: %1, %2 (%3). Weiterverwendung: %4</translation>
    </message>
    <message>
        <source>Figures to check against the source before relying on them.</source>
        <translation>Zahlen vor der Verwendung an der Quelle prüfen.</translation>
    </message>
</context>
<context>
    <name>DeprescribingPlans</name>
    <message>
        <source>Draft (agreement missing)</source>
        <translation>Entwurf (Einverständnis fehlt)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Umgesetzt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Due: to confirm</source>
        <translation>Fällig: zu bestätigen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>DeprescribingPlansDialog</name>
    <message>
        <source>Deprescribing plans</source>
        <translation>Deprescribing-Pläne</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Einverständnis</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Nachfrage-Anrufe</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Entschieden von</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Nachfrage-Anruf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>Confirm the due step</source>
        <translation>Fälligen Schritt bestätigen</translation>
    </message>
    <message>
        <source>Changes the medication list now</source>
        <translation>Ändert die Medikamentenliste sofort</translation>
    </message>
    <message>
        <source>Skip the due step</source>
        <translation>Fälligen Schritt auslassen</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Plan abbrechen</translation>
    </message>
    <message>
        <source>Patient sheet…</source>
        <translation>Patientenblatt…</translation>
    </message>
    <message>
        <source>Record the agreement</source>
        <translation>Einverständnis erfassen</translation>
    </message>
    <message>
        <source>Reason, to skip a step or cancel the plan</source>
        <translation>Grund, um einen Schritt auszulassen oder den Plan abzubrechen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement</source>
        <translation>Einverständnis der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>Steps of the selected plan</source>
        <translation>Schritte des gewählten Plans</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <source>deprescribing-plan.pdf</source>
        <translation>deprescribing-plan.pdf</translation>
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
        <translation>Entwurf (Einverständnis fehlt)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>umgesetzt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>Deprescribing plans</source>
        <translation>Deprescribing-Pläne</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>No deprescribing plan.</source>
        <translation>Kein Deprescribing-Plan.</translation>
    </message>
</context>
<context>
    <name>DirectoryExchange</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>changed here, kept</source>
        <translation>hier geändert, beibehalten</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Partnerversion</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>Wirkung des Imports</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Of the resource</source>
        <translation>Zum Angebot</translation>
    </message>
    <message>
        <source>%1 — %2, day %3</source>
        <translation>%1 — %2, Tag %3</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Directory entries from %1</source>
        <translation>Verzeichniseinträge von %1</translation>
    </message>
    <message>
        <source>%1 — %2. New: %3; updated: %4; changed here and kept: %5; conflicts: %6; unchanged: %7.</source>
        <translation>%1 — %2. Neu: %3; aktualisiert: %4; hier geändert und beibehalten: %5; Konflikte: %6; unverändert: %7.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>A conflict is a record changed both here and by the partner since it was last shared (or here before it was ever shared): this practice&apos;s version is kept unless you tick “Take theirs”. Nothing is deleted.</source>
        <translation>Ein Konflikt ist ein Eintrag, der seit dem letzten Austausch hier und beim Partner geändert wurde (oder hier vor jedem Austausch): Die Version dieser Praxis bleibt erhalten, ausser Sie kreuzen «Partnerversion» an. Es wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Records of the package</source>
        <translation>Einträge des Pakets</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This pathway belongs to another resource here: it is kept as it is.</source>
        <translation>Dieser Pfad gehört hier zu einem anderen Angebot: Er bleibt unverändert.</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
</context>
<context>
    <name>DirectoryKinds</name>
    <message>
        <source>Care coordination support (DAC)</source>
        <translation>Koordinationsunterstützung (DAC)</translation>
    </message>
    <message>
        <source>Territorial health community (CPTS)</source>
        <translation>Regionale Gesundheitsgemeinschaft (CPTS)</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Häusliche Pflege (Spitex)</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sozialdienst</translation>
    </message>
    <message>
        <source>Mobile geriatric team</source>
        <translation>Mobiles Geriatrieteam</translation>
    </message>
    <message>
        <source>Mobile palliative care team</source>
        <translation>Mobiles Palliativteam</translation>
    </message>
    <message>
        <source>Patient education programme</source>
        <translation>Patientenschulungsprogramm</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Fachärztin/Facharzt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>DirectorySendDialog</name>
    <message>
        <source>Send the directory to a partner</source>
        <translation>Verzeichnis an einen Partner senden</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The whole directory, with its pathways</source>
        <translation>Das ganze Verzeichnis mit seinen Pfaden</translation>
    </message>
    <message>
        <source>The resources ticked below, with their pathways</source>
        <translation>Die unten angekreuzten Angebote mit ihren Pfaden</translation>
    </message>
    <message>
        <source>Resources to send</source>
        <translation>Zu sendende Angebote</translation>
    </message>
    <message>
        <source>Encrypt for the partner (needed outside a secure-mail space: USB key, shared folder)</source>
        <translation>Für den Partner verschlüsseln (nötig ausserhalb eines gesicherten Mailsystems: USB-Stick, freigegebener Ordner)</translation>
    </message>
    <message>
        <source>The directory holds no patient data. The partner sees what the package adds and changes before importing it; edits made there are never overwritten without being asked.</source>
        <translation>Das Verzeichnis enthält keine Patientendaten. Der Partner sieht vor dem Import, was das Paket hinzufügt und ändert; seine eigenen Änderungen werden nie ohne Rückfrage überschrieben.</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Paket speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message numerus="yes">
        <source>The whole directory, with its pathways (%n resources)</source>
        <translation>
            <numerusform>Das ganze Verzeichnis mit seinen Pfaden (%n Angebot)</numerusform>
            <numerusform>Das ganze Verzeichnis mit seinen Pfaden (%n Angebote)</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</source>
        <translation>Noch kein Austauschpartner: Die Administration fügt Partner über ihre Karte hinzu (Administration → Austauschpartner).</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>directory-package.zip</source>
        <translation>verzeichnis-paket.zip</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Cordée-Paket (*.zip)</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Directory of local resources</source>
        <translation>Verzeichnis lokaler Angebote</translation>
    </message>
    <message>
        <source>Search name, contact, address, eligibility…</source>
        <translation>Name, Kontakt, Adresse, Voraussetzungen suchen…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Inaktive anzeigen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>New resource…</source>
        <translation>Neues Angebot…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <source>Send to a partner…</source>
        <translation>An einen Partner senden…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s package…</source>
        <translation>Paket eines Partners importieren…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>{label} — {who}, day {day}</source>
        <translation>{label} — {who}, Tag {day}</translation>
    </message>
    <message>
        <source>Pathway: {name}</source>
        <translation>Pfad: {name}</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Verzeichnis exportieren</translation>
    </message>
    <message>
        <source>directory.csv</source>
        <translation>verzeichnis.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The directory was written to {path}.</source>
        <translation>Das Verzeichnis wurde in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Import a directory</source>
        <translation>Verzeichnis importieren</translation>
    </message>
    <message>
        <source>Resources to add: {ra}
Resources to update: {ru}
Pathways to add: {pa}
Pathways to update: {pu}
Unchanged: {un}</source>
        <translation>Neue Angebote: {ra}
Zu aktualisierende Angebote: {ru}
Neue Pfade: {pa}
Zu aktualisierende Pfade: {pu}
Unverändert: {un}</translation>
    </message>
    <message>
        <source>The directory file was imported.</source>
        <translation>Die Verzeichnisdatei wurde importiert.</translation>
    </message>
    <message>
        <source>The package was written to {path}: hand it to the partner.</source>
        <translation>Das Paket wurde unter {path} gespeichert: Übergeben Sie es dem Partner.</translation>
    </message>
    <message>
        <source>Import a partner&apos;s package</source>
        <translation>Paket eines Partners importieren</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Cordée-Paket (*.zip)</translation>
    </message>
    <message>
        <source>Package from {partner} imported: {written} records written, {kept} conflicts kept as they are here.</source>
        <translation>Paket von {partner} importiert: {written} Einträge gespeichert, {kept} Konflikte wie hier beibehalten.</translation>
    </message>
</context>
<context>
    <name>DischargeLineDialog</name>
    <message>
        <source>Change a discharge line</source>
        <translation>Austrittszeile ändern</translation>
    </message>
    <message>
        <source>Add a discharge line</source>
        <translation>Austrittszeile hinzufügen</translation>
    </message>
    <message>
        <source>Keep as free text (not checked)</source>
        <translation>Als Freitext behalten (nicht geprüft)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — von der Prüfregel-Engine geprüft</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Freitext: nicht von der Engine geprüft</translation>
    </message>
    <message>
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Katalogeintrag wählen (Eingabetaste) oder Freitext behalten.</translation>
    </message>
    <message>
        <source>Choose a catalogue entry or type a product or substance name.</source>
        <translation>Katalogeintrag wählen oder Produkt- bzw. Wirkstoffnamen eingeben.</translation>
    </message>
</context>
<context>
    <name>DischargeLinesModel</name>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Freitext: nicht von der Engine geprüft</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</source>
        <translation>Dieses PDF kann auf diesem Computer nicht in Cordée angezeigt werden. Sie können es in Ihrem PDF-Reader öffnen: Dann wird eine lesbare Kopie in einen privaten temporären Ordner geschrieben und bleibt dort, bis der Computer ihn bereinigt.</translation>
    </message>
    <message>
        <source>Open outside Cordée…</source>
        <translation>Ausserhalb von Cordée öffnen…</translation>
    </message>
    <message>
        <source>Readable copy on this computer</source>
        <translation>Lesbare Kopie auf diesem Computer</translation>
    </message>
    <message>
        <source>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</source>
        <translation>Eine lesbare (unverschlüsselte) Kopie dieses Dokuments wird in einen privaten temporären Ordner geschrieben. Fortfahren?</translation>
    </message>
</context>
<context>
    <name>DueCareListsDialog</name>
    <message>
        <source>Due care — follow-up and prevention</source>
        <translation>Kontrollen und Prävention — Überfälliges und Aufgebote</translation>
    </message>
    <message>
        <source>Condition or prevention</source>
        <translation>Krankheit oder Prävention</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Geboren</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>never done</source>
        <translation>nie erfolgt</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Create &amp;recall tasks</source>
        <translation>&amp;Aufgebots-Aufgaben erstellen</translation>
    </message>
    <message>
        <source>Recompute &amp;all</source>
        <translation>Alles &amp;neu berechnen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>more than %1 items (the first %2 shown)</source>
        <translation>mehr als %1 Einträge (die ersten %2 angezeigt)</translation>
    </message>
    <message>
        <source>%1 items (the first %2 shown)</source>
        <translation>%1 Einträge (die ersten %2 angezeigt)</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Create a recall task for each patient and item of this list that has none yet?</source>
        <translation>Für jede Person und jeden Eintrag dieser Liste, die noch keine haben, eine Aufgebots-Aufgabe erstellen?</translation>
    </message>
    <message>
        <source>%1 recall tasks created (%2 under the Asalée protocol), %3 already recalled</source>
        <translation>%1 Aufgebots-Aufgaben erstellt (davon %2 im Asalée-Protokoll), %3 bereits aufgeboten</translation>
    </message>
</context>
<context>
    <name>DueCareMenu</name>
    <message>
        <source>&amp;Due care</source>
        <translation>Kontrollen und &amp;Prävention</translation>
    </message>
    <message>
        <source>&amp;Overdue lists and recalls…</source>
        <translation>&amp;Überfällige Listen und Aufgebote…</translation>
    </message>
</context>
<context>
    <name>DueCareTab</name>
    <message>
        <source>Follow-up</source>
        <translation>Kontrollen</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
    <message>
        <source>&amp;Record act…</source>
        <translation>Leistung &amp;erfassen…</translation>
    </message>
    <message>
        <source>* interval to be checked against its source</source>
        <translation>* Intervall an der Quelle zu überprüfen</translation>
    </message>
    <message>
        <source>Follow-up, screening and vaccination</source>
        <translation>Verlaufskontrollen, Früherkennung und Impfungen</translation>
    </message>
    <message>
        <source>Acts recorded</source>
        <translation>Erfasste Leistungen</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <translation>%1 überfällig, %2 bald fällig</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <source>Emergency access to a chart</source>
        <translation>Notfallzugriff auf ein Dossier</translation>
    </message>
    <message>
        <source>Charts are limited to each patient&apos;s care circle. In an emergency you may open the chart of a patient outside your circle: say why. The access ends after the time the practice has set and, unless the practice allows changes, only reads. It is recorded in the audit trail; the patient&apos;s médecin traitant and the administrator are told, and the administrator reviews it.</source>
        <translation>Dossiers sind dem Betreuungsnetz jeder Patientin und jedes Patienten vorbehalten. Im Notfall können Sie das Dossier einer Person ausserhalb Ihres Betreuungsnetzes öffnen: Geben Sie den Grund an. Der Zugriff endet nach der von der Praxis festgelegten Dauer und erlaubt nur das Lesen, sofern die Praxis keine Änderungen zulässt. Er wird im Audit-Protokoll festgehalten; die Hausärztin / der Hausarzt und der Administrator werden informiert, und der Administrator prüft ihn.</translation>
    </message>
    <message>
        <source>Patient: name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Patient/in: Name, Geburtsdatum (TT.MM.JJJJ) oder Identifikator</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient/in: %1</translation>
    </message>
    <message>
        <source>Reason for the emergency access (at least %1 characters)</source>
        <translation>Grund für den Notfallzugriff (mindestens %1 Zeichen)</translation>
    </message>
    <message>
        <source>e.g. patient brought in unconscious, médecin traitant unreachable, current treatment needed</source>
        <translation>z. B. Patient bewusstlos eingeliefert, Hausarzt nicht erreichbar, aktuelle Medikation benötigt</translation>
    </message>
    <message>
        <source>Open the chart in an emergency</source>
        <translation>Dossier im Notfall öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record a hospital event</source>
        <translation>Spitalereignis erfassen</translation>
    </message>
    <message>
        <source>Emergency visit</source>
        <translation>Notfallbesuch</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Spitaleintritt</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Spitalaustritt</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Spital</translation>
    </message>
    <message>
        <source>Shared record (DMP/EPD)</source>
        <translation>Patientendossier (DMP/EPD)</translation>
    </message>
    <message>
        <source>Patient or relative</source>
        <translation>Patient oder Angehörige</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Emergency visit</source>
        <translation>Notfallbesuch</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Spitaleintritt</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Spitalaustritt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Restricted document</source>
        <translation>Dokument mit eingeschränktem Zugriff</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grösse</translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation>&amp;Ereignis erfassen…</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>Dokument anhän&amp;gen…</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Hospital events</source>
        <translation>Spitalereignisse</translation>
    </message>
    <message>
        <source>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</source>
        <translation>Häufige Notfallbesuche: %1 Besuche innert 12 Monaten bis %2 (Koordinationsmeldung %3).</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Dokument anhängen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg *.txt)</source>
        <translation>Dokumente (*.pdf *.png *.jpg *.jpeg *.txt)</translation>
    </message>
</context>
<context>
    <name>ExchangePartners</name>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
</context>
<context>
    <name>ExchangePartnersDialog</name>
    <message>
        <source>Exchange partners (Cordée to Cordée)</source>
        <translation>Austauschpartner (Cordée zu Cordée)</translation>
    </message>
    <message>
        <source>Save the card (JSON)…</source>
        <translation>Karte speichern (JSON)…</translation>
    </message>
    <message>
        <source>Print the card (PDF)…</source>
        <translation>Karte drucken (PDF)…</translation>
    </message>
    <message>
        <source>This practice&apos;s exchange card</source>
        <translation>Austauschkarte der Praxis</translation>
    </message>
    <message>
        <source>Fingerprint (partners compare it with the printed card):</source>
        <translation>Fingerabdruck (Partner vergleichen ihn mit der gedruckten Karte):</translation>
    </message>
    <message>
        <source>No watched folder</source>
        <translation>Kein überwachter Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Ordner speichern</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages (USB key, shared folder)</source>
        <translation>Überwachter Ordner für eingehende Pakete (USB-Stick, freigegebener Ordner)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Exchange partners</source>
        <translation>Austauschpartner</translation>
    </message>
    <message>
        <source>Add a partner from their card…</source>
        <translation>Partner über seine Karte hinzufügen…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Paket importieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Partner installations</source>
        <translation>Partner-Installationen</translation>
    </message>
    <message>
        <source>Save the exchange card</source>
        <translation>Austauschkarte speichern</translation>
    </message>
    <message>
        <source>Print the exchange card</source>
        <translation>Austauschkarte drucken</translation>
    </message>
    <message>
        <source>Exchange card (*.json)</source>
        <translation>Austauschkarte (*.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages</source>
        <translation>Überwachter Ordner für eingehende Pakete</translation>
    </message>
    <message>
        <source>The partner&apos;s exchange card</source>
        <translation>Die Austauschkarte des Partners</translation>
    </message>
    <message>
        <source>Revoke %1? Its packages will be refused from now on.</source>
        <translation>%1 widerrufen? Seine Pakete werden ab jetzt abgelehnt.</translation>
    </message>
    <message>
        <source>A package from a partner</source>
        <translation>Ein Paket von einem Partner</translation>
    </message>
    <message>
        <source>Cordée or IHE XDM package (*.zip *.ZIP)</source>
        <translation>Cordée- oder IHE-XDM-Paket (*.zip *.ZIP)</translation>
    </message>
    <message>
        <source>Alert from %1 imported into the inbox (patient %2).</source>
        <translation>Meldung von %1 in den Posteingang importiert (Patient %2).</translation>
    </message>
    <message>
        <source>Answer from %1 added to the alert&apos;s thread (patient %2).</source>
        <translation>Antwort von %1 zum Verlauf der Meldung hinzugefügt (Patient %2).</translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <source>Import a FHIR patient summary</source>
        <translation>FHIR-Patientenzusammenfassung importieren</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>%1: not in the register, a new patient will be created.</source>
        <translation>%1: nicht im Register, ein neuer Patient wird angelegt.</translation>
    </message>
    <message>
        <source>%1: found in the register (%2).</source>
        <translation>%1: im Register gefunden (%2).</translation>
    </message>
    <message>
        <source>Identity differs, kept as recorded: %1 — here %2, in the file %3</source>
        <translation>Identität weicht ab, bleibt wie erfasst: %1 — hier %2, in der Datei %3</translation>
    </message>
    <message>
        <source>New allergy: %1</source>
        <translation>Neue Allergie: %1</translation>
    </message>
    <message>
        <source>New problem: %1</source>
        <translation>Neues Problem: %1</translation>
    </message>
    <message>
        <source>New medication: %1</source>
        <translation>Neues Medikament: %1</translation>
    </message>
    <message>
        <source>New value: %1 = %2 on %3</source>
        <translation>Neuer Wert: %1 = %2 am %3</translation>
    </message>
    <message>
        <source>The file also holds a care plan; it is not imported.</source>
        <translation>Die Datei enthält auch einen Betreuungsplan; er wird nicht importiert.</translation>
    </message>
    <message>
        <source>Nothing to import: the record already holds everything in the file.</source>
        <translation>Nichts zu importieren: das Dossier enthält bereits alles aus der Datei.</translation>
    </message>
    <message>
        <source>by INS</source>
        <translation>über die INS</translation>
    </message>
    <message>
        <source>by AVS number</source>
        <translation>über die AHV-Nummer</translation>
    </message>
    <message>
        <source>by name and birth date</source>
        <translation>über Name und Geburtsdatum</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was stored.</source>
        <translation>Diese Datei kann nicht importiert werden; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>FhirSummary</name>
    <message>
        <source>Import a FHIR patient summary</source>
        <translation>FHIR-Patientenzusammenfassung importieren</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>FHIR-Bundle (*.json)</translation>
    </message>
    <message>
        <source>Export the FHIR patient summary</source>
        <translation>FHIR-Patientenzusammenfassung exportieren</translation>
    </message>
    <message>
        <source>fhir-summary.json</source>
        <translation>fhir-zusammenfassung.json</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Review findings</source>
        <translation>Befunde der Überprüfung</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Ausgewählter Befund</translation>
    </message>
    <message>
        <source>Select a finding to read it in full.</source>
        <translation>Wählen Sie einen Befund, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>Kontraindiziert</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Vermeiden</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>Take into account</source>
        <translation>Zu berücksichtigen</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>Nicht beurteilbar</translation>
    </message>
    <message>
        <source>Not checked by the engine</source>
        <translation>Nicht von der Engine geprüft</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaktion</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Doppelverordnung</translation>
    </message>
    <message>
        <source>Inappropriate in the elderly</source>
        <translation>Ungeeignet bei älteren Menschen</translation>
    </message>
    <message>
        <source>Renal dose</source>
        <translation>Nierendosierung</translation>
    </message>
    <message>
        <source>Maximum dose</source>
        <translation>Höchstdosis</translation>
    </message>
    <message>
        <source>Anticholinergic burden</source>
        <translation>Anticholinerge Last</translation>
    </message>
    <message>
        <source>QT prolongation</source>
        <translation>QT-Verlängerung</translation>
    </message>
    <message>
        <source>Drug–disease</source>
        <translation>Arzneimittel–Erkrankung</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Polypharmacy</source>
        <translation>Polypharmazie</translation>
    </message>
    <message>
        <source>Free text without an ATC code: no interaction, dose or allergy check.</source>
        <translation>Freitext ohne ATC-Code: keine Prüfung von Interaktionen, Dosis oder Allergien.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Empfehlung: %1</translation>
    </message>
    <message>
        <source>Anticholinergic score %1%2:</source>
        <translation>Anticholinerger Score %1%2:</translation>
    </message>
    <message>
        <source>Drugs involved: %1</source>
        <translation>Beteiligte Medikamente: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The recovery code is shown only once, on this page.</source>
        <translation>Der Wiederherstellungscode wird nur einmal angezeigt, auf dieser Seite.</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Die verschlüsselte Datenbank wird erstellt… Dies dauert einige Sekunden.</translation>
    </message>
    <message>
        <source>Save recovery sheet (PDF)…</source>
        <translation>Wiederherstellungsblatt speichern (PDF)…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>Ich habe das Wiederherstellungsblatt gedruckt oder gespeichert und bewahre es offline auf</translation>
    </message>
    <message>
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>Die Datenbank ist bereit. Dieser Wiederherstellungscode öffnet sie, wenn die Passphrase vergessen wird oder der Schlüsselbund verloren geht. Er wird nur jetzt angezeigt: Speichern Sie das Wiederherstellungsblatt, drucken Sie es aus und bewahren Sie es offline an einem sicheren Ort auf. Wer es besitzt, kann die Dossiers öffnen.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Wiederherstellungsblatt speichern</translation>
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
        <translation>Cordée — erster Start</translation>
    </message>
    <message>
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>Der Wiederherstellungscode kann nicht erneut angezeigt werden: Speichern oder drucken Sie das Wiederherstellungsblatt und setzen Sie das Häkchen, bevor Sie schliessen.</translation>
    </message>
    <message>
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>Das Wiederherstellungsblatt wurde unter %1 gespeichert. Drucken Sie es jetzt aus und bewahren Sie es dann offline auf.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved: %1</source>
        <translation>Das Wiederherstellungsblatt konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
</context>
<context>
    <name>FormOperation</name>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Care plan history</source>
        <translation>Verlauf des Betreuungsplans</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Planversion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Wählen Sie eine Version, um ihre Änderungen zu sehen, oder zwei Versionen, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>Kein Unterschied.</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
    <message>
        <source>&amp;Packages from partners…</source>
        <translation>Pa&amp;kete von Partnern…</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Box:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Dossier öffnen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Meldungen (%1)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New patient — intake checklist</source>
        <translation>Neuer Patient — Checkliste der Aufnahme</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>TT.MM.JJJJ (leer: heute)</translation>
    </message>
    <message>
        <source>&amp;Save the step</source>
        <translation>Schritt &amp;speichern</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Gewählter Schritt</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>Sta&amp;nd</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Ph&amp;ysician</source>
        <translation>Ar&amp;zt</translation>
    </message>
    <message>
        <source>Why not &amp;qualifiable</source>
        <translation>Warum nicht &amp;qualifizierbar</translation>
    </message>
    <message>
        <source>&amp;From whom / note</source>
        <translation>&amp;Von wem / Notiz</translation>
    </message>
    <message>
        <source>Make &amp;tasks for the open steps</source>
        <translation>&amp;Aufgaben für die offenen Schritte erstellen</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Zu&amp;rückziehen…</translation>
    </message>
    <message>
        <source>%1 — born %2 — %3 — requested on %4</source>
        <translation>%1 — geboren am %2 — %3 — Anfrage vom %4</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>%1 task(s) made for the medical assistants</source>
        <translation>%1 Aufgabe(n) für die MPA erstellt</translation>
    </message>
</context>
<context>
    <name>IntakeMenu</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Neue Patienten</translation>
    </message>
    <message>
        <source>&amp;New patients and waiting list…</source>
        <translation>Neue Patienten und &amp;Warteliste…</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Check&amp;list…</source>
        <translation>&amp;Checkliste…</translation>
    </message>
    <message>
        <source>requested on %1</source>
        <translation>Anfrage vom %1</translation>
    </message>
    <message>
        <source>taken on %1</source>
        <translation>übernommen am %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>abgeschlossen am %1</translation>
    </message>
    <message>
        <source>New-patient intake: %1</source>
        <translation>Neuaufnahme: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
</context>
<context>
    <name>IntakeWords</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Form given</source>
        <translation>Formular ausgehändigt</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Entfällt</translation>
    </message>
    <message>
        <source>Not qualifiable</source>
        <translation>Nicht qualifizierbar</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>Form given (S3704)</source>
        <translation>Formular ausgehändigt (S3704)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Erklärt</translation>
    </message>
    <message>
        <source>long-term condition</source>
        <translation>Langzeiterkrankung</translation>
    </message>
    <message>
        <source>frailty</source>
        <translation>Gebrechlichkeit</translation>
    </message>
    <message>
        <source>Identity not qualified: the INS is neither used nor shared until it is qualified in the patient&apos;s record.</source>
        <translation>Identität nicht qualifiziert: Die INS wird weder verwendet noch weitergegeben, bis sie in der Patientenakte qualifiziert ist.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (freiwillig)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>With / from</source>
        <translation>Mit / von</translation>
    </message>
    <message>
        <source>In the chart</source>
        <translation>In der Akte</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
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
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Before the stay</source>
        <translation>Vor dem Aufenthalt</translation>
    </message>
    <message>
        <source>At discharge</source>
        <translation>Beim Austritt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Doctor&apos;s answer</source>
        <translation>Antwort der Ärztin / des Arztes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dosis geändert</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Intentional, documented</source>
        <translation>Beabsichtigt, dokumentiert</translation>
    </message>
    <message>
        <source>To be clarified</source>
        <translation>Abzuklären</translation>
    </message>
    <message>
        <source>Keep current line</source>
        <translation>Aktuelle Zeile behalten</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Patient survey</source>
        <translation>Patientenbefragung</translation>
    </message>
    <message>
        <source>Thank you! Your answers have been recorded anonymously.</source>
        <translation>Vielen Dank! Ihre Antworten wurden anonym gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Send my answers</source>
        <translation>Antworten &amp;senden</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The practice&apos;s language</source>
        <translation>Die Sprache der Praxis</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Menus, lists and dialogs speak this language from your next login; dates follow it and the practice&apos;s country. Other users keep their own choice.</source>
        <translation>Menüs, Listen und Dialoge sprechen diese Sprache ab Ihrer nächsten Anmeldung; die Daten folgen der Sprache und dem Land der Praxis. Die anderen Benutzer behalten ihre eigene Wahl.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Cordée is locked</source>
        <translation>Cordée ist gesperrt</translation>
    </message>
    <message>
        <source>Type your password to continue.</source>
        <translation>Geben Sie Ihr Passwort ein, um fortzufahren.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>An administrator has deactivated your account: this session is closed.</source>
        <translation>Eine Administratorin oder ein Administrator hat Ihr Konto deaktiviert: Diese Sitzung ist beendet.</translation>
    </message>
    <message>
        <source>An administrator has changed your roles: log out and log in again to continue with your new access.</source>
        <translation>Eine Administratorin oder ein Administrator hat Ihre Rollen geändert: Melden Sie sich ab und wieder an, um mit Ihren neuen Rechten weiterzuarbeiten.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Cordée — log in</source>
        <translation>Cordée — Anmeldung</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>Sie müssen ein neues Passwort wählen, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>Die beiden neuen Passwörter sind verschieden; geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <extracomment>Below this window height the docks start collapsed to their badges (until the user opens one: then the window remembers). The program&apos;s check of the database (quick, or full once a week) and then its daily backup start this long after the first patient list (None: never, e.g. in tests).</extracomment>
        <translation>Suchen Sie links einen Patienten und drücken Sie die Eingabetaste, um das Dossier zu öffnen.</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished backup(s) left by an interrupted run.</source>
        <translation>
            <numerusform>%n unvollständige Sicherung eines unterbrochenen Laufs wurde entfernt.</numerusform>
            <numerusform>%n unvollständige Sicherungen eines unterbrochenen Laufs wurden entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database check could not run: %1</source>
        <translation>Die Prüfung der Datenbank konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Daily backup written and verified.</source>
        <translation>Tägliche Sicherung geschrieben und geprüft.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Neuer Patient…</translation>
    </message>
    <message>
        <source>&amp;Import FHIR summary…</source>
        <translation>FHIR-Zusammenfassung &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>Patient s&amp;uchen</translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation>Dossier s&amp;chliessen</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>S&amp;prache…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Personal…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit-Protokoll…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sicherungen…</translation>
    </message>
    <message>
        <source>&amp;Drug catalogue import…</source>
        <translation>Import in den Arzneimittel&amp;katalog…</translation>
    </message>
    <message>
        <source>Emergency accesses to re&amp;view…</source>
        <translation>Not&amp;fallzugriffe zu prüfen…</translation>
    </message>
    <message>
        <source>E&amp;xchange partners…</source>
        <translation>Aus&amp;tauschpartner…</translation>
    </message>
    <message>
        <source>Emergency accesses to re&amp;view (%1)…</source>
        <translation>Not&amp;fallzugriffe zu prüfen (%1)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Cordée</source>
        <translation>Ü&amp;ber Cordée</translation>
    </message>
    <message>
        <source>Cordée will speak %1 from your next login. Log out now to switch?</source>
        <translation>Cordée spricht ab Ihrer nächsten Anmeldung %1. Jetzt abmelden, um zu wechseln?</translation>
    </message>
    <message>
        <source>Log out now</source>
        <translation>Jetzt abmelden</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — gemeinsame Behandlungspläne, Medikationsüberprüfungen und delegierte Aufgaben für Gruppenpraxen.</translation>
    </message>
    <message>
        <source>Medication knowledge: ANSM interaction thesaurus, edition %1 (2020-10 is the newest machine-readable edition published).</source>
        <translation>Arzneimittelwissen: Interaktions-Thesaurus der ANSM, Ausgabe %1 (2020-10 ist die neueste maschinenlesbar veröffentlichte Ausgabe).</translation>
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
        <translation>Kommentar (freiwillig)</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>Gespeichert (Version %1).</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Noch nicht beantwortet.</translation>
    </message>
</context>
<context>
    <name>MaturityResultsView</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Mean level per axis (lowest–highest), number of members who answered</source>
        <translation>Mittlere Stufe je Achse (tiefste–höchste), Anzahl Mitglieder, die geantwortet haben</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>Mean level per axis and period</source>
        <translation>Mittlere Stufe je Achse und Runde</translation>
    </message>
    <message>
        <source>Export the maturity results</source>
        <translation>Ergebnisse der Selbstbewertung exportieren</translation>
    </message>
    <message>
        <source>maturity.pdf</source>
        <translation>reife.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>MaturityRounds</name>
    <message>
        <source>e.g. 2026 — first half</source>
        <translation>z. B. 2026 — erstes Halbjahr</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>&amp;Open the round</source>
        <translation>Runde &amp;eröffnen</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>Neue Runde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Von – bis</translation>
    </message>
    <message>
        <source>&amp;Close the chosen round</source>
        <translation>Gewählte Runde &amp;abschliessen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Each member&apos;s answers to the chosen round</source>
        <translation>Antworten jedes Mitglieds zur gewählten Runde</translation>
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
        <translation>Selbstbewertung der Reife des Teams</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>R&amp;unde</translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation>Meine Antworten &amp;speichern</translation>
    </message>
    <message>
        <source>Grid: %1 (%2). Axis names after the HAS; level descriptions are our wording, to be checked against the HAS document.</source>
        <translation>Raster: %1 (%2). Achsennamen nach der HAS; die Beschreibungen der Stufen sind unsere Formulierung, im Dokument der HAS zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;My answers</source>
        <translation>&amp;Meine Antworten</translation>
    </message>
    <message>
        <source>&amp;Team results</source>
        <translation>&amp;Team-Ergebnisse</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>&amp;Runden</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Stufen: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Change medication</source>
        <translation>Medikament ändern</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>(not a member of the practice)</source>
        <translation>(nicht Mitglied der Praxis)</translation>
    </message>
    <message>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — von der Prüfregel-Engine geprüft</translation>
    </message>
    <message>
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Katalogeintrag wählen (Eingabetaste) oder Freitext behalten.</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Freitext: nicht von der Engine geprüft</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Keep as free text (not checked)</source>
        <translation>Als Freitext behalten (nicht geprüft)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Type to choose a listed indication, or a text</source>
        <translation>Tippen, um eine Indikation aus der Liste zu wählen, oder freier Text</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Nur nötig, wenn die Stärke nicht sagt, wie viele mg eine Einheit enthält</translation>
    </message>
    <message>
        <source>Self-medication (not prescribed)</source>
        <translation>Selbstmedikation (nicht verordnet)</translation>
    </message>
    <message>
        <source>Pharmacist may adjust the dose</source>
        <translation>Apotheke darf die Dosis anpassen</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <source>Other prescriber</source>
        <translation>Andere verordnende Person</translation>
    </message>
    <message>
        <source>Pharmacien correspondant</source>
        <translation>Korrespondierende Apotheke</translation>
    </message>
    <message>
        <source>Renewal allowed until</source>
        <translation>Erneuerung erlaubt bis</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <source>as needed</source>
        <translation>bei Bedarf</translation>
    </message>
    <message>
        <source>self-medication</source>
        <translation>Selbstmedikation</translation>
    </message>
    <message>
        <source>not checked by the engine</source>
        <translation>nicht von der Engine geprüft</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosierung</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeschema</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgesetzt</translation>
    </message>
    <message>
        <source>Morning-noon-evening-night, a cycle (every week …) or if needed, in the line&apos;s unit</source>
        <translation>Morgen-Mittag-Abend-Nacht, ein Zyklus (jede Woche …) oder bei Bedarf, in der Einheit der Zeile</translation>
    </message>
    <message>
        <source>stopped on %1: %2</source>
        <translation>abgesetzt am %1: %2</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <source>Your role does not give access to the medication list.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf die Medikamentenliste.</translation>
    </message>
    <message>
        <source>Raise alert…</source>
        <translation>Meldung erstellen…</translation>
    </message>
    <message>
        <source>From the selected finding, or from scratch when none is selected</source>
        <translation>Aus dem ausgewählten Befund oder leer, wenn keiner ausgewählt ist</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>%n tapering step(s) to confirm</source>
        <translation>
            <numerusform>%n Reduktionsschritt zu bestätigen</numerusform>
            <numerusform>%n Reduktionsschritte zu bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious</source>
        <translation>
            <numerusform>%n schwerwiegend</numerusform>
            <numerusform>%n schwerwiegend</numerusform>
        </translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Kreatinin</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Grösse</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Kalium</translation>
    </message>
    <message>
        <source>Sodium</source>
        <translation>Natrium</translation>
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
        <translation>Systolischer Blutdruck</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolischer Blutdruck</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Herzfrequenz</translation>
    </message>
    <message>
        <source>QTc</source>
        <translation>QTc</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Absetzen…</translation>
    </message>
    <message>
        <source>Deprescribe…</source>
        <translation>Absetzen planen…</translation>
    </message>
    <message>
        <source>A plan to stop or reduce the selected medication in steps</source>
        <translation>Ein Plan, um das gewählte Medikament schrittweise abzusetzen oder zu reduzieren</translation>
    </message>
    <message>
        <source>Tapering plans…</source>
        <translation>Reduktionspläne…</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Verlauf anzeigen</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Belastungsverlauf…</translation>
    </message>
    <message>
        <source>Anticholinergic score, medications and serious findings over time</source>
        <translation>Anticholinerger Score, Medikamente und schwere Befunde im Zeitverlauf</translation>
    </message>
    <message>
        <source>History (changes and stopped lines)</source>
        <translation>Verlauf (Änderungen und abgesetzte Zeilen)</translation>
    </message>
    <message>
        <source>Record value…</source>
        <translation>Wert erfassen…</translation>
    </message>
    <message>
        <source>Plan deprescribing…</source>
        <translation>Deprescribing planen…</translation>
    </message>
    <message>
        <source>A tapering plan for the medication of the selected finding</source>
        <translation>Ein Reduktionsplan für das Medikament des gewählten Befunds</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Select a finding about a medication of the list, or a line.</source>
        <translation>Wählen Sie einen Befund zu einem Medikament der Liste oder eine Zeile.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New concertation meeting</source>
        <translation>Neue Fallbesprechung</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <source>Quality circle</source>
        <translation>Qualitätszirkel</translation>
    </message>
    <message>
        <source>e.g. Dr Lambert (geriatrician), home-care service</source>
        <translation>z. B. Dr. Lambert (Geriater), Spitex</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Outside participants</source>
        <translation>Externe Teilnehmende</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Concertation meetings</source>
        <translation>Fallbesprechungen</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Ad hoc</source>
        <translation>Ad hoc</translation>
    </message>
    <message>
        <source>CPTS</source>
        <translation>CPTS</translation>
    </message>
    <message>
        <source>Quality circle</source>
        <translation>Qualitätszirkel</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheide</translation>
    </message>
    <message>
        <source>Search the records (words of the question, discussion, decisions)</source>
        <translation>Protokolle durchsuchen (Wörter aus Frage, Diskussion, Entscheiden)</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>Neue Besprechung…</translation>
    </message>
    <message>
        <source>Add a patient…</source>
        <translation>Patient hinzufügen…</translation>
    </message>
    <message>
        <source>Record the discussion…</source>
        <translation>Diskussion festhalten…</translation>
    </message>
    <message>
        <source>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</source>
        <translation>In den letzten 12 Monaten besprochene komplexe Patienten: %1 von %2 (%3). Komplex: ALD und 75 oder älter, oder ein gültiger Betreuungsplan.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Wählen Sie zuerst eine Besprechung.</translation>
    </message>
    <message>
        <source>Choose a patient record first.</source>
        <translation>Wählen Sie zuerst einen Patienteneintrag.</translation>
    </message>
</context>
<context>
    <name>MentionPicker</name>
    <message>
        <source>Mention a member: they see the thread in their unread messages</source>
        <translation>Ein Teammitglied erwähnen: Es sieht die Unterhaltung bei seinen ungelesenen Nachrichten</translation>
    </message>
    <message>
        <source>Mention a member</source>
        <translation>Mitglied erwähnen</translation>
    </message>
</context>
<context>
    <name>MessagesDock</name>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <translation>Na&amp;chrichten</translation>
    </message>
    <message>
        <source>&amp;Unread messages</source>
        <translation>&amp;Ungelesene Nachrichten</translation>
    </message>
    <message>
        <source>&amp;New team thread…</source>
        <translation>&amp;Neue Team-Unterhaltung…</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>All threads</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>Mentioning me</source>
        <translation>Mit Erwähnung von mir</translation>
    </message>
    <message>
        <source>Team threads</source>
        <translation>Team-Unterhaltungen</translation>
    </message>
    <message>
        <source>Search the messages…</source>
        <translation>Nachrichten durchsuchen…</translation>
    </message>
    <message>
        <source>New team thread…</source>
        <translation>Neue Team-Unterhaltung…</translation>
    </message>
    <message>
        <source>Open the chart</source>
        <translation>Akte öffnen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Messages ({n}, {urgent} urgent)</source>
        <translation>Nachrichten ({n}, davon {urgent} dringend)</translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation>Nachrichten ({n})</translation>
    </message>
</context>
<context>
    <name>MessagesTab</name>
    <message>
        <source>New thread about this patient…</source>
        <translation>Neue Unterhaltung zu dieser Person…</translation>
    </message>
    <message>
        <source>Messages ({n})</source>
        <translation>Nachrichten ({n})</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <source>Answer with another change</source>
        <translation>Mit einer anderen Änderung antworten</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>Change the posology</source>
        <translation>Dosierung ändern</translation>
    </message>
    <message>
        <source>Replace by another medication</source>
        <translation>Durch ein anderes Medikament ersetzen</translation>
    </message>
    <message>
        <source>No medication chosen</source>
        <translation>Kein Medikament gewählt</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Nur nötig, wenn die Stärke nicht sagt, wie viele mg eine Einheit enthält</translation>
    </message>
    <message>
        <source>New posology</source>
        <translation>Neue Dosierung</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>Neues Medikament</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>Ersetzt durch: %1</translation>
    </message>
    <message>
        <source>New medication: choose it in the catalogue.</source>
        <translation>Neues Medikament: im Katalog auswählen.</translation>
    </message>
</context>
<context>
    <name>NewPatientsWindow</name>
    <message>
        <source>New patients</source>
        <translation>Neue Patienten</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Reihenfolge: %1</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Long-term condition or frailty &amp;only</source>
        <translation>&amp;nur Langzeiterkrankung oder Gebrechlichkeit</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Vorrang</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Anfrage vom</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Wartetage</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>&amp;Register a patient…</source>
        <translation>Patient &amp;erfassen…</translation>
    </message>
    <message>
        <source>Check&amp;list…</source>
        <translation>&amp;Checkliste…</translation>
    </message>
    <message>
        <source>&amp;Take on…</source>
        <translation>&amp;Übernehmen…</translation>
    </message>
    <message>
        <source>Open the &amp;chart</source>
        <translation>&amp;Akte öffnen</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>&amp;Zeigen</translation>
    </message>
    <message>
        <source>Waiting: %1 (of which first: %2) — in progress: %3 — done this month: %4</source>
        <translation>Wartend: %1 (davon mit Vorrang: %2) — in Bearbeitung: %3 — diesen Monat abgeschlossen: %4</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <source>New thread about {name}</source>
        <translation>Neue Unterhaltung zu {name}</translation>
    </message>
    <message>
        <source>New team thread</source>
        <translation>Neue Team-Unterhaltung</translation>
    </message>
    <message>
        <source>Write a message… (@login mentions a member)</source>
        <translation>Nachricht schreiben… (@Benutzername erwähnt ein Mitglied)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Erwähnen</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Record a clinical value</source>
        <translation>Klinischen Wert erfassen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Gemessen am</translation>
    </message>
</context>
<context>
    <name>PaperSurveyDialog</name>
    <message>
        <source>Patient survey — paper questionnaires</source>
        <translation>Patientenbefragung — Papierfragebögen</translation>
    </message>
    <message>
        <source>The ISO week the questionnaires were collected, e.g. 2026-W49</source>
        <translation>Die ISO-Woche, in der die Fragebögen eingesammelt wurden, z. B. 2026-W49</translation>
    </message>
    <message>
        <source>&amp;Week collected</source>
        <translation>&amp;Woche der Sammlung</translation>
    </message>
    <message>
        <source>&amp;Print the paper questionnaire…</source>
        <translation>Papierfragebogen &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Next questionnaire (Ctrl+Enter)</source>
        <translation>&amp;Nächster Fragebogen (Strg+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save the questionnaires</source>
        <translation>Fragebögen &amp;speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) typed in, not yet saved</source>
        <translation>
            <numerusform>%n Fragebogen erfasst, noch nicht gespeichert</numerusform>
            <numerusform>%n Fragebögen erfasst, noch nicht gespeichert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) saved</source>
        <translation>
            <numerusform>%n Fragebogen gespeichert</numerusform>
            <numerusform>%n Fragebögen gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper questionnaire</source>
        <translation>Papierfragebogen</translation>
    </message>
    <message>
        <source>questionnaire.pdf</source>
        <translation>fragebogen.pdf</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <source>e.g. Refer to the DAC</source>
        <translation>z. B. An die Koordinationsstelle überweisen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Erledigt durch</translation>
    </message>
    <message>
        <source>Days after start</source>
        <translation>Tage nach Beginn</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <source>Save the pathway</source>
        <translation>Pfad speichern</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>Neuer Pfad</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>PathwayFollowDialog</name>
    <message>
        <source>Follow a local pathway</source>
        <translation>Einem lokalen Pfad folgen</translation>
    </message>
    <message>
        <source>Create the steps&apos; tasks</source>
        <translation>Aufgaben der Schritte erstellen</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>This resource has no local pathway in the directory.</source>
        <translation>Für dieses Angebot ist im Verzeichnis kein lokaler Pfad hinterlegt.</translation>
    </message>
    <message>
        <source>{position}. {label} — {who}, day {day}</source>
        <translation>{position}. {label} — {who}, Tag {day}</translation>
    </message>
    <message>
        <source>{created} tasks created; {existing} were already there.</source>
        <translation>{created} Aufgaben erstellt; {existing} waren schon vorhanden.</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>Notfallzugriff…</translation>
    </message>
    <message>
        <source>Open this chart in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</source>
        <translation>Dieses Dossier im Notfall mit Begründung öffnen (wird protokolliert und der Hausärztin / dem Hausarzt sowie dem Administrator gemeldet).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Birth first names, place</source>
        <translation>Vornamen und Ort bei Geburt</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <source>Long-term conditions (ALD)</source>
        <translation>Langzeiterkrankungen (ALD)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergien</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sharing in the care team</source>
        <translation>Austausch im Behandlungsteam</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Austausch…</translation>
    </message>
    <message>
        <source>Record that the patient was informed of sharing within the care team, and any objection.</source>
        <translation>Festhalten, dass der Patient über den Austausch im Behandlungsteam informiert wurde, und einen allfälligen Widerspruch.</translation>
    </message>
    <message>
        <source>Export FHIR summary…</source>
        <translation>FHIR-Zusammenfassung exportieren…</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>Das Dossier konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>nichts erfasst</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Zuletzt geändert von %1 am %2</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS until %1 — read only, no change possible</source>
        <translation>NOTFALLZUGRIFF bis %1 — nur lesen, keine Änderung möglich</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS until %1 — changes allowed by the practice</source>
        <translation>NOTFALLZUGRIFF bis %1 — Änderungen von der Praxis erlaubt</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>FICTITIOUS IDENTITY</source>
        <translation>FIKTIVE IDENTITÄT</translation>
    </message>
    <message>
        <source>DOUBTFUL IDENTITY</source>
        <translation>ZWEIFELHAFTE IDENTITÄT</translation>
    </message>
    <message>
        <source>HOMONYM</source>
        <translation>NAMENSVETTER</translation>
    </message>
    <message>
        <source>Identity vigilance: check the identity with the patient before any act; the INS is not used while the identity is doubtful or fictitious.</source>
        <translation>Identitätsüberwachung: Identität vor jeder Handlung mit dem Patienten prüfen; die INS wird nicht verwendet, solange die Identität zweifelhaft oder fiktiv ist.</translation>
    </message>
    <message>
        <source>born abroad (INSEE %1)</source>
        <translation>im Ausland geboren (INSEE %1)</translation>
    </message>
    <message>
        <source>INSEE %1</source>
        <translation>INSEE %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>informed on %1 by %2</source>
        <translation>informiert am %1 durch %2</translation>
    </message>
    <message>
        <source>OBJECTS to sharing with the care team</source>
        <translation>WIDERSPRICHT dem Austausch mit dem Behandlungsteam</translation>
    </message>
    <message>
        <source>OBJECTS: %1</source>
        <translation>WIDERSPRICHT: %1</translation>
    </message>
    <message>
        <source>no objection</source>
        <translation>kein Widerspruch</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 Jahre)</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisorisch</translation>
    </message>
    <message>
        <source>retrieved</source>
        <translation>abgerufen</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>%1 (identity %2)</source>
        <translation>%1 (Identität %2)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
    <message>
        <source>other sex</source>
        <translation>anderes Geschlecht</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>Geschlecht unbekannt</translation>
    </message>
    <message>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <source>AVS %1</source>
        <translation>AHV %1</translation>
    </message>
    <message>
        <source>no national identifier</source>
        <translation>keine nationale Kennung</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3</source>
        <translation>Geboren am %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Export FHIR summary</source>
        <translation>FHIR-Zusammenfassung exportieren</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Patient %1 bearbeiten</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>(not a doctor of the practice)</source>
        <translation>(nicht Arzt/Ärztin der Praxis)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Geben Sie das Geburtsdatum als 31.12.1950 oder 31/12/1950 ein.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>(no INS)</source>
        <translation>(keine INS)</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisorisch</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
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
        <translation>NIR (Testidentität)</translation>
    </message>
    <message>
        <source>NIA (test identity)</source>
        <translation>NIA (Testidentität)</translation>
    </message>
    <message>
        <source>Authority of the INS number, as the INSi teleservice returns it.</source>
        <translation>Vergabestelle der INS-Nummer, wie sie der Teledienst INSi zurückgibt.</translation>
    </message>
    <message>
        <source>Every first name at birth, in order, as on the identity document (INS trait).</source>
        <translation>Alle Vornamen bei der Geburt, in der Reihenfolge des Ausweises (INS-Merkmal).</translation>
    </message>
    <message>
        <source>INSEE code, e.g. 75056; 99xxx abroad</source>
        <translation>INSEE-Code, z. B. 75056; 99xxx im Ausland</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Zweifelhaft</translation>
    </message>
    <message>
        <source>The identity is doubtful (e.g. documents disagree): its status stays provisional.</source>
        <translation>Die Identität ist zweifelhaft (z. B. widersprüchliche Dokumente): ihr Status bleibt provisorisch.</translation>
    </message>
    <message>
        <source>Fictitious</source>
        <translation>Fiktiv</translation>
    </message>
    <message>
        <source>A fictitious identity (anonymous care, exercise): its status stays provisional.</source>
        <translation>Fiktive Identität (anonyme Behandlung, Übung): ihr Status bleibt provisorisch.</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Namensvetter</translation>
    </message>
    <message>
        <source>Another patient has a close identity: check it at each contact.</source>
        <translation>Ein anderer Patient hat eine ähnliche Identität: bei jedem Kontakt prüfen.</translation>
    </message>
    <message>
        <source>Name and town of a doctor outside the practice</source>
        <translation>Name und Ort eines Arztes ausserhalb der Praxis</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Birth first names</source>
        <translation>Vornamen bei Geburt</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Place of birth (INSEE)</source>
        <translation>Geburtsort (INSEE)</translation>
    </message>
    <message>
        <source>INS number</source>
        <translation>INS-Nummer</translation>
    </message>
    <message>
        <source>INS authority</source>
        <translation>INS-Vergabestelle</translation>
    </message>
    <message>
        <source>INS identity status</source>
        <translation>Status der INS-Identität</translation>
    </message>
    <message>
        <source>Identity attributes</source>
        <translation>Identitätsmerkmale</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <source>Contact and care</source>
        <translation>Kontakt und Betreuung</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <source>External doctor</source>
        <translation>Externer Arzt/Ärztin</translation>
    </message>
    <message>
        <source>Conditions, allergies and ALD</source>
        <translation>Erkrankungen, Allergien und ALD</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>PatientListModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <source>Type a name or a birth date (dd.mm.yyyy)</source>
        <translation>Namen oder Geburtsdatum (tt.mm.jjjj) eingeben</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>Kein Patient gewählt</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>Kein Patient gefunden</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient: %1</translation>
    </message>
</context>
<context>
    <name>PatientSearchPanel</name>
    <message>
        <source>Search by name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Name, Geburtsdatum (tt.mm.jjjj) oder Kennung</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>Notfallzugriff…</translation>
    </message>
    <message>
        <source>Open the chart of a patient outside your care circle in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</source>
        <translation>Das Dossier einer Person ausserhalb Ihres Betreuungsnetzes im Notfall mit Begründung öffnen (wird protokolliert und der Hausärztin / dem Hausarzt sowie dem Administrator gemeldet).</translation>
    </message>
    <message>
        <source>Your role does not give access to the patient register.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf das Patientenregister.</translation>
    </message>
    <message>
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>Die ersten %1 Patienten werden angezeigt; verfeinern Sie die Suche.</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>Kein Patient gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient/in</numerusform>
            <numerusform>%n Patient/innen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanFromMessageDialog</name>
    <message>
        <source>Add the message to the care plan</source>
        <translation>Nachricht in den Betreuungsplan übernehmen</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychisch</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Umfeld</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>A validated or active plan opens its next revision, which the médecin traitant validates again. The message is quoted as a problem of the plan.</source>
        <translation>Ein validierter oder aktiver Plan beginnt seine nächste Revision, die der Hausarzt erneut validiert. Die Nachricht wird darin als Problem des Plans zitiert.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
</context>
<context>
    <name>PlansToReviewDialog</name>
    <message>
        <source>Care plans to review</source>
        <translation>Zu überprüfende Betreuungspläne</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 Tagen</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Bezugsperson</translation>
    </message>
</context>
<context>
    <name>PosologyEditor</name>
    <message>
        <source>Times of day</source>
        <translation>Tageszeiten</translation>
    </message>
    <message>
        <source>Every … days or weeks</source>
        <translation>Alle … Tage oder Wochen</translation>
    </message>
    <message>
        <source>If needed</source>
        <translation>Bei Bedarf</translation>
    </message>
    <message>
        <source>See instructions</source>
        <translation>Siehe Anwendung</translation>
    </message>
    <message>
        <source>The instructions say how to take it.</source>
        <translation>Die Anwendung sagt, wie es einzunehmen ist.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Type to search the EDQM routes, or a text</source>
        <translation>Tippen, um einen EDQM-Applikationsweg zu suchen, oder ein Text</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeschema</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Liest sich</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Mittag</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Abend</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Amount at this time: 1, 0.5 or 1/2</source>
        <translation>Menge zu dieser Zeit: 1, 0,5 oder 1/2</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Nur bei Bedarf</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>week(s), on</source>
        <translation>Woche(n), am</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>Tag(e)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Amount per taking</source>
        <translation>Menge pro Einnahme</translation>
    </message>
    <message>
        <source>at most a day</source>
        <translation>höchstens pro Tag</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>at noon</source>
        <translation>mittags</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>zur Nacht</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(unvollständig)</translation>
    </message>
    <message>
        <source>(no schedule)</source>
        <translation>(keine Dosierung)</translation>
    </message>
    <message>
        <source>%1 mg a week</source>
        <translation>%1 mg pro Woche</translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation>%1 mg pro Tag</translation>
    </message>
    <message>
        <source>at most %1 mg a day</source>
        <translation>höchstens %1 mg pro Tag</translation>
    </message>
    <message>
        <source>Detailed taking times: %1</source>
        <translation>Detaillierte Einnahmezeiten: %1</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Your practice</source>
        <translation>Ihre Praxis</translation>
    </message>
    <message>
        <source>The name, address and phone are printed on the documents handed to patients; the address and phone can be added later in the settings.</source>
        <translation>Name, Adresse und Telefon werden auf die Dokumente für die Patientinnen und Patienten gedruckt; Adresse und Telefon können später in den Einstellungen ergänzt werden.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>PLZ und Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-Mail (optional)</translation>
    </message>
    <message>
        <source>FINESS number (optional)</source>
        <translation>FINESS-Nummer (optional)</translation>
    </message>
    <message>
        <source>GLN of the practice (optional)</source>
        <translation>GLN der Praxis (optional)</translation>
    </message>
    <message>
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Name der Praxis: Bitte geben Sie den Namen der Praxis ein.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>Add problem</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Long-term condition (ALD)</source>
        <translation>Langzeiterkrankung (ALD)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (ICD-10 oder ATC)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>No product chosen</source>
        <translation>Kein Produkt gewählt</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>z. B. 500 mg</translation>
    </message>
    <message>
        <source>Strength of the new product</source>
        <translation>Stärke des neuen Produkts</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Nur nötig, wenn die Stärke nicht sagt, wie viele mg eine Einheit enthält</translation>
    </message>
    <message>
        <source>Changes proposed</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <source>New posology</source>
        <translation>Neue Dosierung</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Gewählt: %1</translation>
    </message>
    <message>
        <source>Accepting closes the alert; the medication list stays as it is.</source>
        <translation>Annehmen schliesst die Meldung; die Medikationsliste bleibt unverändert.</translation>
    </message>
    <message>
        <source>Nothing to change yet: choose the medication and give the new values.</source>
        <translation>Noch keine Änderung: Arzneimittel wählen und die neuen Werte angeben.</translation>
    </message>
    <message>
        <source>Choose the new product in the catalogue.</source>
        <translation>Neues Produkt im Katalog wählen.</translation>
    </message>
</context>
<context>
    <name>ProtocolsDialog</name>
    <message>
        <source>Delegation protocols</source>
        <translation>Delegationsprotokolle</translation>
    </message>
    <message>
        <source>Activate for the practice</source>
        <translation>Für die Praxis aktivieren</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>training date dd.mm.yyyy</source>
        <translation>Schulungsdatum tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Record adherence</source>
        <translation>Beitritt erfassen</translation>
    </message>
    <message>
        <source>Staff adherence</source>
        <translation>Beitritt der Mitarbeitenden</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Schulungsdatum</translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>written</source>
        <translation>schriftlich</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>mündlich</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>elektronisch</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>die Patientin / der Patient</translation>
    </message>
    <message>
        <source>a representative</source>
        <translation>eine Vertretung</translation>
    </message>
    <message>
        <source>Enrol the patient</source>
        <translation>Patient einschreiben</translation>
    </message>
    <message>
        <source>Patient enrolment (consent)</source>
        <translation>Einschreibung (Einwilligung)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Consent by</source>
        <translation>Einwilligung durch</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>Delegates: %1</source>
        <translation>Delegierende: %1</translation>
    </message>
    <message>
        <source>Acts: %1</source>
        <translation>Handlungen: %1</translation>
    </message>
    <message>
        <source>Report to the doctor: %1</source>
        <translation>Rückmeldung an den Arzt: %1</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>Zu prüfen: %1</translation>
    </message>
    <message>
        <source>Active since %1</source>
        <translation>Aktiv seit %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>noch niemand</translation>
    </message>
</context>
<context>
    <name>RaiseAlertDialog</name>
    <message>
        <source>Raise an alert</source>
        <translation>Meldung erstellen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>The patient&apos;s médecin traitant</source>
        <translation>Hausarzt/Hausärztin des Patienten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Betroffene Medikamente</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Klinischer Kontext</translation>
    </message>
    <message>
        <source>Details of the proposal</source>
        <translation>Einzelheiten des Vorschlags</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Antwort bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Raise alert</source>
        <translation>Meldung senden</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall patients</source>
        <translation>Patienten-Recall</translation>
    </message>
    <message>
        <source>e.g. hba1c-2026-q1 (running it again creates no duplicates)</source>
        <translation>z. B. hba1c-2026-q1 (erneutes Ausführen erzeugt keine Duplikate)</translation>
    </message>
    <message>
        <source>ICD-10 prefixes, e.g. E11, I50</source>
        <translation>ICD-10-Präfixe, z. B. E11, I50</translation>
    </message>
    <message>
        <source>ATC prefixes, e.g. A10, B01AA</source>
        <translation>ATC-Präfixe, z. B. A10, B01AA</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (default: today)</source>
        <translation>tt.mm.jjjj (Standard: heute)</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Titel der Aufgabe</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Alter von</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Alter bis</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>No task of type</source>
        <translation>Keine Aufgabe vom Typ</translation>
    </message>
    <message>
        <source>…done since (months)</source>
        <translation>…erledigt seit (Monaten)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Create tasks</source>
        <translation>Aufgaben &amp;erstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) match</source>
        <translation>
            <numerusform>%n Patient/in entspricht</numerusform>
            <numerusform>%n Patient/innen entsprechen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recall task(s) would be created.</source>
        <translation>
            <numerusform>%n Erinnerungsaufgabe würde erstellt.</numerusform>
            <numerusform>%n Erinnerungsaufgaben würden erstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recall task(s) created for the medical assistants&apos; pool.</source>
        <translation>
            <numerusform>%n Erinnerungsaufgabe für den Pool der MPA erstellt.</numerusform>
            <numerusform>%n Erinnerungsaufgaben für den Pool der MPA erstellt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReceivedPackage</name>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>female</source>
        <translation>weiblich</translation>
    </message>
    <message>
        <source>male</source>
        <translation>männlich</translation>
    </message>
</context>
<context>
    <name>ReceivedPackageDialog</name>
    <message>
        <source>Package received by secure mail</source>
        <translation>Über gesicherte Mail erhaltenes Paket</translation>
    </message>
    <message>
        <source>No package chosen yet.</source>
        <translation>Noch kein Paket gewählt.</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>Paket wählen…</translation>
    </message>
    <message>
        <source>Submission set</source>
        <translation>Sendung (Submission Set)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Gesendet von</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sending system</source>
        <translation>Sendendes System</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Im Paket</translation>
    </message>
    <message>
        <source>In this practice</source>
        <translation>In dieser Praxis</translation>
    </message>
    <message>
        <source>Message from a partner Cordée</source>
        <translation>Nachricht einer Partner-Cordée</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser/in</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grösse</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>Abgelegt als</translation>
    </message>
    <message>
        <source>hospital stay and its letter</source>
        <translation>Spitalaufenthalt mit Brief</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Documents of the package</source>
        <translation>Dokumente des Pakets</translation>
    </message>
    <message>
        <source>Attach to the record</source>
        <translation>Zum Dossier hinzufügen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>A package received by secure mail</source>
        <translation>Ein über gesicherte Mail erhaltenes Paket</translation>
    </message>
    <message>
        <source>IHE XDM or Cordée package (*.zip *.ZIP)</source>
        <translation>IHE-XDM- oder Cordée-Paket (*.zip *.ZIP)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <source>no INS</source>
        <translation>ohne INS</translation>
    </message>
    <message>
        <source>found by the INS and the identity traits</source>
        <translation>gefunden über INS und Identitätsmerkmale</translation>
    </message>
    <message>
        <source>found by name and birth date (no INS)</source>
        <translation>gefunden über Name und Geburtsdatum (ohne INS)</translation>
    </message>
    <message>
        <source>an alert, for the inbox</source>
        <translation>eine Meldung, für den Posteingang</translation>
    </message>
    <message>
        <source>the answer to an alert sent from here, for its thread</source>
        <translation>die Antwort auf eine von hier gesendete Meldung, für ihren Verlauf</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signiert</translation>
    </message>
    <message>
        <source>Each hospital letter also records the hospital stay and starts the medication reconciliation.</source>
        <translation>Jeder Spitalbrief erfasst zudem den Spitalaufenthalt und startet den Medikationsabgleich.</translation>
    </message>
    <message numerus="yes">
        <source>Accepting attaches the %n documents to this patient&apos;s record.</source>
        <translation>
            <numerusform>Beim Annehmen wird das Dokument zum Dossier dieser Person hinzugefügt.</numerusform>
            <numerusform>Beim Annehmen werden die %n Dokumente zum Dossier dieser Person hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed message from the partner is imported; the readable copy in the package is not attached again.</source>
        <translation>Die signierte Nachricht des Partners wird importiert; die lesbare Kopie im Paket wird nicht zusätzlich abgelegt.</translation>
    </message>
    <message>
        <source>Import the message</source>
        <translation>Nachricht importieren</translation>
    </message>
</context>
<context>
    <name>RecommendationsBox</name>
    <message>
        <source>Weekly dosing system by the pharmacist</source>
        <translation>Wochendosiersystem durch die Apotheke</translation>
    </message>
    <message>
        <source>Intensified compliance support</source>
        <translation>Verstärkte Unterstützung der Therapietreue</translation>
    </message>
    <message>
        <source>Repeat the check in … months</source>
        <translation>Wiederholung des Checks in … Monaten</translation>
    </message>
    <message>
        <source>Forwarding to the doctor / another specialist</source>
        <translation>Weiterleitung an Arzt / andere Fachperson</translation>
    </message>
    <message>
        <source>Analysis needed (interactions, side effects, duplications …)</source>
        <translation>Abklärung nötig (Interaktionen, Nebenwirkungen, Doppelverordnungen …)</translation>
    </message>
    <message>
        <source>Patient not asked</source>
        <translation>Patient/in nicht gefragt</translation>
    </message>
    <message>
        <source>Patient agrees</source>
        <translation>Patient/in einverstanden</translation>
    </message>
    <message>
        <source>Patient does not agree</source>
        <translation>Patient/in nicht einverstanden</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>Medication reconciliation after a hospital stay</source>
        <translation>Medikationsabgleich nach Spitalaufenthalt</translation>
    </message>
    <message>
        <source>Paste the discharge list&apos;s eMediplan code (CHMED16A… or CHMED23A…)</source>
        <translation>eMediplan-Code der Austrittsmedikation einfügen (CHMED16A… oder CHMED23A…)</translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation>Zeile hinzufügen…</translation>
    </message>
    <message>
        <source>Change the line…</source>
        <translation>Zeile ändern…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Compare with the current list</source>
        <translation>Mit der aktuellen Liste vergleichen</translation>
    </message>
    <message>
        <source>Hospital / department</source>
        <translation>Spital / Abteilung</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <source>Discharge lines</source>
        <translation>Austrittsmedikation</translation>
    </message>
    <message>
        <source>or eMediplan code</source>
        <translation>oder eMediplan-Code</translation>
    </message>
    <message>
        <source>Intentional, documented</source>
        <translation>Beabsichtigt, dokumentiert</translation>
    </message>
    <message>
        <source>To be clarified</source>
        <translation>Abzuklären</translation>
    </message>
    <message>
        <source>Keep current line</source>
        <translation>Aktuelle Zeile behalten</translation>
    </message>
    <message>
        <source>Why (required for an intentional change)</source>
        <translation>Warum (bei beabsichtigter Änderung obligatorisch)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Entscheid speichern</translation>
    </message>
    <message>
        <source>Send as alert</source>
        <translation>Als Meldung senden</translation>
    </message>
    <message>
        <source>Send every line to clarify</source>
        <translation>Alle zu klärenden Zeilen senden</translation>
    </message>
    <message>
        <source>Validate the reconciled list</source>
        <translation>Abgeglichene Liste validieren</translation>
    </message>
    <message>
        <source>validated by %1</source>
        <translation>validiert von %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Enter the discharge lines or paste the eMediplan code first.</source>
        <translation>Erfassen Sie zuerst die Austrittsmedikation oder fügen Sie den eMediplan-Code ein.</translation>
    </message>
</context>
<context>
    <name>RecordActDialog</name>
    <message>
        <source>Record an act</source>
        <translation>Leistung erfassen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>tt.mm.jjjj (leer: heute)</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Bemerkung</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Meeting record — %1</source>
        <translation>Besprechungsprotokoll — %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Aufgabe erstellen</translation>
    </message>
    <message>
        <source>Revise the care plan</source>
        <translation>Betreuungsplan überarbeiten</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Zusammenfassung der Diskussion</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>Was entschieden wurde</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Pflegeexpertinnen/-experten APN</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Pflegefachpersonen</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>— nobody: offer to a pool —</source>
        <translation>— niemand: einem Pool anbieten —</translation>
    </message>
    <message>
        <source>— no pool —</source>
        <translation>— kein Pool —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (optional)</source>
        <translation>tt.mm.jjjj (optional)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheide</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Neuer Entscheid</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Entscheid hinzufügen</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>Noch kein Entscheid</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>does not repeat</source>
        <translation>wiederholt sich nicht</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>ohne Ende</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Anzahl Male</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Ersetzen…</translation>
    </message>
    <message>
        <source>This rule was set elsewhere and cannot be edited here; replace it</source>
        <translation>Diese Regel wurde anderswo festgelegt und kann hier nicht bearbeitet werden; sie ersetzen</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>Tag</numerusform>
            <numerusform>Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>Woche</numerusform>
            <numerusform>Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>Monat</numerusform>
            <numerusform>Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N days</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N weeks</comment>
        <translation>alle</translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N months</comment>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>time(s)</source>
        <translation>
            <numerusform>Mal</numerusform>
            <numerusform>Malen</numerusform>
        </translation>
    </message>
    <message>
        <source>Set elsewhere, cannot be edited here: %1</source>
        <translation>Anderswo festgelegt, hier nicht bearbeitbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Jeden Tag</numerusform>
            <numerusform>Alle %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Jede Woche</numerusform>
            <numerusform>Alle %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Jeden Monat</numerusform>
            <numerusform>Alle %n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a weekday in the summary: &apos;the %1&apos; in French</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in all</source>
        <translation>
            <numerusform>%n Mal insgesamt</numerusform>
            <numerusform>%n Mal insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>New referral</source>
        <translation>Neue Überweisung</translation>
    </message>
    <message>
        <source>(not from the directory)</source>
        <translation>(nicht aus dem Verzeichnis)</translation>
    </message>
    <message>
        <source>e.g. Dr Weber, cardiologist — Hôpital de la Tour</source>
        <translation>z. B. Dr. Weber, Kardiologe — Hôpital de la Tour</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Innert 48 h</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Innert 7 Tagen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Advice only</source>
        <translation>Nur Beratung</translation>
    </message>
    <message>
        <source>The clinical question for the specialist</source>
        <translation>Die klinische Fragestellung an die Fachperson</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Choose a patient to see their documents.</source>
        <translation>Wählen Sie einen Patienten, um seine Dokumente zu sehen.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>From the directory</source>
        <translation>Aus dem Verzeichnis</translation>
    </message>
    <message>
        <source>To (specialist or service)</source>
        <translation>An (Fachperson oder Dienst)</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Klinische Fragestellung</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Dokumente anhängen</translation>
    </message>
    <message>
        <source>Your role does not give access to the documents.</source>
        <translation>Ihre Rolle gibt keinen Zugriff auf die Dokumente.</translation>
    </message>
    <message>
        <source>This patient has no documents.</source>
        <translation>Für diesen Patienten gibt es keine Dokumente.</translation>
    </message>
</context>
<context>
    <name>ReferralWindow</name>
    <message>
        <source>Referrals</source>
        <translation>Überweisungen</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Innert 48 h</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Innert 7 Tagen</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Advice only</source>
        <translation>Nur Beratung</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Konsultation erfolgt</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Bericht erhalten</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>booked late</source>
        <translation>Termin zu spät</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>(in the chart)</source>
        <translation>(im Dossier)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Nur überfällige</translation>
    </message>
    <message>
        <source>Answer (report received) or reason (cancel)</source>
        <translation>Antwort (Bericht erhalten) oder Grund (Absage)</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>Neue Überweisung…</translation>
    </message>
    <message>
        <source>Follow the pathway…</source>
        <translation>Dem Pfad folgen…</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Überweisung absagen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>RegisterIntakeDialog</name>
    <message>
        <source>Register a new patient</source>
        <translation>Neuen Patienten erfassen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>TT.MM.JJJJ (leer: heute)</translation>
    </message>
    <message>
        <source>&amp;Long-term condition (ALD)</source>
        <translation>&amp;Langzeiterkrankung (ALD)</translation>
    </message>
    <message>
        <source>&amp;Frailty</source>
        <translation>&amp;Gebrechlichkeit</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Anfrage vom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Wählen Sie zuerst den Patienten.</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>Directory resource</source>
        <translation>Angebot im Verzeichnis</translation>
    </message>
    <message>
        <source>New directory resource</source>
        <translation>Neues Angebot im Verzeichnis</translation>
    </message>
    <message>
        <source>e.g. DAC of the district, Dr Weber (cardiologist)</source>
        <translation>z. B. Koordinationsstelle der Region, Dr. Weber (Kardiologie)</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9:00–17:00</source>
        <translation>z. B. Mo–Fr 9–17 Uhr</translation>
    </message>
    <message>
        <source>Who may be referred, and how</source>
        <translation>Wer überwiesen werden kann, und wie</translation>
    </message>
    <message>
        <source>Active (offered in referrals)</source>
        <translation>Aktiv (bei Überweisungen angeboten)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Local pathways</source>
        <translation>Lokale Pfade</translation>
    </message>
    <message>
        <source>Save the resource first to add its pathways.</source>
        <translation>Speichern Sie zuerst das Angebot, um seine Pfade hinzuzufügen.</translation>
    </message>
    <message>
        <source>The pathway «{name}» is saved.</source>
        <translation>Der Pfad «{name}» ist gespeichert.</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>All physicians</source>
        <translation>Alle Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>All pharmacists</source>
        <translation>Alle Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <source>All advanced practice nurses</source>
        <translation>Alle APN (Pflegeexpertinnen und -experten)</translation>
    </message>
    <message>
        <source>All nurses</source>
        <translation>Alle Pflegefachpersonen</translation>
    </message>
    <message>
        <source>All medical assistants</source>
        <translation>Alle MPA</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>Alle Koordinationspersonen</translation>
    </message>
    <message>
        <source>Who may open “%1”?</source>
        <translation>Wer darf «%1» öffnen?</translation>
    </message>
    <message>
        <source>Everyone who may read the patient&apos;s chart</source>
        <translation>Alle, die das Dossier des Patienten lesen dürfen</translation>
    </message>
    <message>
        <source>Only the people and roles ticked below (and you)</source>
        <translation>Nur die unten angekreuzten Personen und Rollen (und Sie)</translation>
    </message>
    <message>
        <source>The others see that a restricted document exists, not its title.</source>
        <translation>Die anderen sehen, dass ein Dokument mit eingeschränktem Zugriff existiert, aber nicht seinen Titel.</translation>
    </message>
    <message>
        <source>The patient has objected to sharing within the care team: unless you tick people or roles below, only you and the médecin traitant will open this document.</source>
        <translation>Der Patient hat dem Austausch im Behandlungsteam widersprochen: wenn Sie unten keine Personen oder Rollen ankreuzen, öffnen nur Sie und der Hausarzt dieses Dokument.</translation>
    </message>
    <message>
        <source>You and the médecin traitant only (the patient objected to sharing)</source>
        <translation>Nur Sie und der Hausarzt (der Patient hat dem Austausch widersprochen)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>This result proposes nothing.</source>
        <translation>Dieses Ergebnis schlägt nichts vor.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>&amp;Accept the ticked proposals</source>
        <translation>Angekreuzte Vorschläge &amp;annehmen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1: score %2 / %3 — %4</source>
        <translation>%1: Punktzahl %2 / %3 — %4</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Care-plan need</source>
        <translation>Bedarf im Betreuungsplan</translation>
    </message>
</context>
<context>
    <name>ReviewWorksheetDialog</name>
    <message>
        <source>Medication review worksheet</source>
        <translation>Arbeitsblatt Medikationsreview</translation>
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
        <translation>Arbeitsblatt beginnen</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Anspruchsberechtigung</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Advice to the doctor</source>
        <translation>Empfehlung an den Arzt</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Verlaufskontrolle</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Anmerkung</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Bericht als PDF…</translation>
    </message>
    <message>
        <source>Save the worksheet as a PDF report (an audited export)</source>
        <translation>Arbeitsblatt als PDF-Bericht speichern (protokollierter Export)</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Belastungsverlauf…</translation>
    </message>
    <message>
        <source>Anticholinergic score, medications and serious findings over time</source>
        <translation>Anticholinerger Score, Medikamente und schwere Befunde im Zeitverlauf</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Anspruchsberechtigt</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Nicht anspruchsberechtigt</translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation>Kein Befund.</translation>
    </message>
    <message>
        <source>Save the review report</source>
        <translation>Review-Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>medication-review-%1.pdf</source>
        <translation>medikationsanalyse-%1.pdf</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>SendToPartnerDialog</name>
    <message>
        <source>Send to a partner</source>
        <translation>An einen Partner senden</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>How the package travels</source>
        <translation>Übermittlungsweg des Pakets</translation>
    </message>
    <message>
        <source>USB key or shared folder: encrypted</source>
        <translation>USB-Stick oder freigegebener Ordner: verschlüsselt</translation>
    </message>
    <message>
        <source>Secure mail (MSSanté, HIN): signed</source>
        <translation>Gesicherte Mail (MSSanté, HIN): signiert</translation>
    </message>
    <message>
        <source>Only the partner&apos;s Cordée can open it (.zip).</source>
        <translation>Nur die Cordée des Partners kann es öffnen (.zip).</translation>
    </message>
    <message>
        <source>One IHE_XDM.ZIP attachment: any software reads its document, the partner&apos;s Cordée imports the alert (.zip, or a mail draft .eml).</source>
        <translation>Ein einziger Anhang IHE_XDM.ZIP: Jede Software liest das Dokument, die Cordée des Partners importiert die Meldung (.zip oder Mail-Entwurf .eml).</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Paket speichern…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>This alert came from %1: its answer goes back there.</source>
        <translation>Diese Meldung kam von %1: Die Antwort geht dorthin zurück.</translation>
    </message>
    <message>
        <source>Send this alert to:</source>
        <translation>Diese Meldung senden an:</translation>
    </message>
    <message>
        <source>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</source>
        <translation>Noch kein Austauschpartner: Die Administration fügt Partner über ihre Karte hinzu (Administration → Austauschpartner).</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Paket speichern</translation>
    </message>
    <message>
        <source>Mail draft (*.eml);;IHE XDM package (*.zip)</source>
        <translation>Mail-Entwurf (*.eml);;IHE-XDM-Paket (*.zip)</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Cordée-Paket (*.zip)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>EU(7)-PIM list (2015)</source>
        <translation>EU(7)-PIM-Liste (2015)</translation>
    </message>
    <message>
        <source>PRISCUS 2.0 list (2023)</source>
        <translation>PRISCUS-2.0-Liste (2023)</translation>
    </message>
    <message>
        <source>STOPP/START criteria v3 (2023)</source>
        <translation>STOPP/START-Kriterien v3 (2023)</translation>
    </message>
    <message>
        <source>Laroche list (2007)</source>
        <translation>Laroche-Liste (2007)</translation>
    </message>
    <message>
        <source>AGS Beers criteria (2023)</source>
        <translation>Beers-Kriterien der AGS (2023)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>The language of the login screen on this computer, from the next start. Each user chooses their own language in File → Language…</source>
        <translation>Die Sprache des Anmeldebildschirms auf diesem Computer, ab dem nächsten Start. Jeder Benutzer wählt seine eigene Sprache unter Datei → Sprache…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Leer lassen, um die Dossiers in der verschlüsselten Datei auf diesem Computer zu behalten. Bei mehreren Arbeitsplätzen geben Sie die Adresse des PostgreSQL-Servers der Praxis ein; TLS (sslmode) ist erforderlich, ausser der Server läuft auf diesem Computer. Die Änderung gilt ab dem nächsten Start von Cordée.</translation>
    </message>
    <message>
        <source>Practice (all workstations)</source>
        <translation>Praxis (alle Arbeitsplätze)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</source>
        <translation>Aufgabentitel und Meldungstexte, die Cordée selbst verfasst, liest das ganze Team: Sie werden in dieser Sprache geschrieben.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>FINESS number</source>
        <translation>FINESS-Nummer</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Printed on the patient sheet (&quot;Who to call&quot;) and on every document handed to patients.</source>
        <translation>Wird auf das Patientenblatt («Wen anrufen») und auf jedes Dokument für die Patientinnen und Patienten gedruckt.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>PLZ und Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bildschirm sperren nach</translation>
    </message>
    <message>
        <source>Language of shared texts</source>
        <translation>Sprache der gemeinsamen Texte</translation>
    </message>
    <message>
        <source>Open to every clinician of the practice</source>
        <translation>Für alle Fachpersonen der Praxis offen</translation>
    </message>
    <message>
        <source>Limited to each patient&apos;s care circle</source>
        <translation>Auf das Betreuungsnetz jedes Patienten beschränkt</translation>
    </message>
    <message>
        <source>Patient charts</source>
        <translation>Patientendossiers</translation>
    </message>
    <message>
        <source>Limited: a chart is read by the patient&apos;s médecin traitant, the members of their care circle and whoever has a task or an alert on the patient. The front desk (medical assistants, coordinators) still finds every patient to identify and book them — name, birth date, address, phone, identifiers, médecin traitant — but not the chart.</source>
        <translation>Beschränkt: Ein Dossier lesen die Hausärztin oder der Hausarzt des Patienten, die Mitglieder seines Betreuungsnetzes und alle, die eine Aufgabe oder eine Meldung zu diesem Patienten haben. Der Empfang (MPA, Koordination) findet weiterhin jeden Patienten, um ihn zu identifizieren und Termine zu vergeben — Name, Geburtsdatum, Adresse, Telefon, Identifikatoren, Hausarzt/Hausärztin —, aber nicht sein Dossier.</translation>
    </message>
    <message>
        <source>Read only (no change to the chart)</source>
        <translation>Nur lesen (keine Änderung am Dossier)</translation>
    </message>
    <message>
        <source>Emergency access lasts</source>
        <translation>Dauer eines Notfallzugriffs</translation>
    </message>
    <message>
        <source>When charts are limited to the care circle, a clinician may open another chart in an emergency by giving a reason; the administrator reviews each access (Administration → Emergency accesses to review).</source>
        <translation>Sind Dossiers dem Betreuungsnetz vorbehalten, kann eine Fachperson im Notfall mit Begründung ein anderes Dossier öffnen; der Administrator prüft jeden Zugriff (Administration → Notfallzugriffe zu prüfen).</translation>
    </message>
    <message>
        <source>The medication review flags the medicines of the lists ticked here, each from its own age (Laroche from 75, the others from 65). Default: France Laroche, Switzerland PRISCUS 2.0; both STOPP/START v3, EU(7)-PIM and Beers.</source>
        <translation>Die Medikationsprüfung meldet die Arzneimittel der hier angekreuzten Listen, jede ab ihrem Alter (Laroche ab 75, die anderen ab 65). Voreinstellung: Frankreich Laroche, Schweiz PRISCUS 2.0; in beiden Ländern STOPP/START v3, EU(7)-PIM und Beers.</translation>
    </message>
    <message>
        <source>Lists for older people</source>
        <translation>Listen für ältere Menschen</translation>
    </message>
    <message>
        <source>Only an administrator can change the practice settings.</source>
        <translation>Nur eine Administratorin oder ein Administrator kann die Praxiseinstellungen ändern.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SharingDialog</name>
    <message>
        <source>Sharing within the care team — %1</source>
        <translation>Austausch im Behandlungsteam — %1</translation>
    </message>
    <message>
        <source>No objection</source>
        <translation>Kein Widerspruch</translation>
    </message>
    <message>
        <source>Objects to sharing with the care team</source>
        <translation>Widerspricht dem Austausch mit dem Behandlungsteam</translation>
    </message>
    <message>
        <source>Objects to part of the sharing (say what)</source>
        <translation>Widerspricht einem Teil des Austauschs (angeben)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>e.g. not with the physiotherapist</source>
        <translation>z. B. nicht mit der Physiotherapeutin</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informiert am</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Durch</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Widerspruch</translation>
    </message>
    <message>
        <source>What the patient objects to</source>
        <translation>Wogegen der Patient widerspricht</translation>
    </message>
    <message>
        <source>When the patient objects, a new document is restricted to its author and the médecin traitant unless you choose otherwise, and nothing about the patient is exported to others.</source>
        <translation>Bei Widerspruch ist ein neues Dokument nur für seinen Autor und den Hausarzt zugänglich, sofern nicht anders gewählt, und nichts über den Patienten wird an andere exportiert.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Benutzerkonten</translation>
    </message>
    <message>
        <source>Show deactivated accounts</source>
        <translation>Deaktivierte Konten anzeigen</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schliessen</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>Das Konto wurde gespeichert.</translation>
    </message>
    <message>
        <source>Reactivate the account of %1?</source>
        <translation>Konto von %1 reaktivieren?</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Konto von %1 deaktivieren? Die Person kann sich nicht mehr anmelden; das Konto und sein Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>The account of %1 was reactivated.</source>
        <translation>Das Konto von %1 wurde reaktiviert.</translation>
    </message>
    <message>
        <source>The account of %1 was deactivated.</source>
        <translation>Das Konto von %1 wurde deaktiviert.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt. Bei der nächsten Anmeldung muss ein neues gewählt werden.</translation>
    </message>
    <message>
        <source>The account of %1 was unlocked.</source>
        <translation>Das Konto von %1 wurde entsperrt.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>New staff account</source>
        <translation>Neues Benutzerkonto</translation>
    </message>
    <message>
        <source>Edit the account of %1</source>
        <translation>Konto von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>RPPS number</source>
        <translation>RPPS-Nummer</translation>
    </message>
    <message>
        <source>ADELI number</source>
        <translation>ADELI-Nummer</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <source>at least 12 characters; to be changed at first login</source>
        <translation>mindestens 12 Zeichen; bei der ersten Anmeldung zu ändern</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StaffListModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>Nein (deaktiviert)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Abgesetzt am</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerForm</name>
    <message>
        <source>Strongly disagree</source>
        <translation>Trifft gar nicht zu</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Trifft eher nicht zu</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Weder noch</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Trifft eher zu</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Trifft voll zu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>SurveySettingsDialog</name>
    <message>
        <source>Patient survey settings</source>
        <translation>Einstellungen der Patientenbefragung</translation>
    </message>
    <message>
        <source>&amp;Load a questionnaire file…</source>
        <translation>Fragebogen-Datei &amp;laden…</translation>
    </message>
    <message>
        <source>Use the &amp;default questionnaire</source>
        <translation>&amp;Standardfragebogen verwenden</translation>
    </message>
    <message>
        <source>Address of the online &amp;form</source>
        <translation>Adresse des Online-&amp;Formulars</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>The practice&apos;s own questionnaire</source>
        <translation>Der eigene Fragebogen der Praxis</translation>
    </message>
    <message>
        <source>The default questionnaire of Cordée</source>
        <translation>Der Standardfragebogen von Cordée</translation>
    </message>
    <message>
        <source>Questionnaire file</source>
        <translation>Fragebogen-Datei</translation>
    </message>
    <message>
        <source>From the file %1 (checked when saved)</source>
        <translation>Aus der Datei %1 (wird beim Speichern geprüft)</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>pro Monat</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>An&amp;zeigen</translation>
    </message>
    <message>
        <source>Survey &amp;PDF…</source>
        <translation>Befragung als &amp;PDF…</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Comments (week only, no date)</source>
        <translation>Kommentare (nur Woche, kein Datum)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>mean 1–5</source>
        <translation>Mittelwert 1–5</translation>
    </message>
    <message>
        <source>yes %</source>
        <translation>% Ja</translation>
    </message>
    <message>
        <source>Whole span</source>
        <translation>Ganzer Zeitraum</translation>
    </message>
    <message>
        <source>%1 questionnaires: %2 on paper, %3 at the kiosk.</source>
        <translation>%1 Fragebögen: %2 auf Papier, %3 am Kiosk.</translation>
    </message>
    <message>
        <source>Export the survey results</source>
        <translation>Ergebnisse der Befragung exportieren</translation>
    </message>
    <message>
        <source>survey.pdf</source>
        <translation>befragung.pdf</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
</context>
<context>
    <name>TakeOnDialog</name>
    <message>
        <source>Take the patient on</source>
        <translation>Patienten übernehmen</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— wählen —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Hausarzt (médecin traitant)</translation>
    </message>
    <message>
        <source>First appointment</source>
        <translation>Erster Termin</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>Neue Aufgabe</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>Kein Patient</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Pflegeexpertinnen/-experten APN</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Pflegefachpersonen</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>— nobody: offer to a pool —</source>
        <translation>— niemand: einem Pool anbieten —</translation>
    </message>
    <message>
        <source>— no pool —</source>
        <translation>— kein Pool —</translation>
    </message>
    <message>
        <source>— not under a protocol —</source>
        <translation>— ohne Delegationsprotokoll —</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>so bald wie möglich</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>tt.mm.jjjj</translation>
    </message>
    <message>
        <source>hh:mm (optional)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <source>Result (when completing) or reason (cancel, hold, failure)</source>
        <translation>Ergebnis (beim Abschliessen) oder Grund (Abbruch, Pausieren, Misserfolg)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Business status</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result / reason</source>
        <translation>Ergebnis / Grund</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abschliessen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Misslungen</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>%1 (last change by %2)</source>
        <translation>%1 (letzte Änderung durch %2)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslungen</translation>
    </message>
</context>
<context>
    <name>TaskFromMessageDialog</name>
    <message>
        <source>Make a task from the message</source>
        <translation>Aus der Nachricht eine Aufgabe erstellen</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>TT.MM.JJJJ</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Pool: {name}</source>
        <translation>Pool: {name}</translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <source>&amp;New task for this patient…</source>
        <translation>&amp;Neue Aufgabe für diesen Patienten…</translation>
    </message>
    <message>
        <source>Protocol enrolment…</source>
        <translation>Einschreibung in ein Protokoll…</translation>
    </message>
    <message>
        <source>Results written to the chart</source>
        <translation>Ins Dossier übernommene Ergebnisse</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>misslungen</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>asap</source>
        <translation>baldmöglichst</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>Pool: %1</translation>
    </message>
</context>
<context>
    <name>TaskTypes</name>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Aufgebot</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Verlaufskontrolle</translation>
    </message>
    <message>
        <source>Lab monitoring</source>
        <translation>Laborkontrolle</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Alert follow-up</source>
        <translation>Nachverfolgung einer Meldung</translation>
    </message>
    <message>
        <source>Information from the pharmacist</source>
        <translation>Information der Apotheke</translation>
    </message>
    <message>
        <source>Medication reconciliation</source>
        <translation>Medikationsabgleich</translation>
    </message>
    <message>
        <source>Discharge line to clarify</source>
        <translation>Zu klärende Austrittszeile</translation>
    </message>
    <message>
        <source>Care plan action</source>
        <translation>Massnahme des Betreuungsplans</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Besprechungsentscheid</translation>
    </message>
    <message>
        <source>Frequent emergency visits</source>
        <translation>Häufige Notfallbesuche</translation>
    </message>
    <message>
        <source>Local pathway step</source>
        <translation>Schritt eines lokalen Pfads</translation>
    </message>
</context>
<context>
    <name>TeleconsultForm</name>
    <message>
        <source>Book a teleconsultation</source>
        <translation>Telekonsultation planen</translation>
    </message>
    <message>
        <source>https://… (the practice&apos;s video service)</source>
        <translation>https://… (der Videodienst der Praxis)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message>
        <source>Booking creates the preparation checklist as tasks for the member with the patient, due at the start of the slot.</source>
        <translation>Die Buchung erstellt die Vorbereitungs-Checkliste als Aufgaben für die Fachperson beim Patienten, fällig zu Beginn des Termins.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Beim Patienten</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Arzt/Ärztin aus der Ferne</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video-Link</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
</context>
<context>
    <name>TeleconsultWindow</name>
    <message>
        <source>Teleconsultations</source>
        <translation>Telekonsultationen</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Vorbereitet</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Laufend</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Beim Patienten</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Arzt/Ärztin aus der Ferne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>(in the chart)</source>
        <translation>(in der Krankengeschichte)</translation>
    </message>
    <message>
        <source>Show concluded and cancelled</source>
        <translation>Abgeschlossene und abgesagte anzeigen</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Buchen…</translation>
    </message>
    <message>
        <source>&amp;Open video link</source>
        <translation>Video-Link ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Con&amp;clude…</source>
        <translation>Ab&amp;schliessen…</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Buchung absagen</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Passwort von %1 zurücksetzen</translation>
    </message>
    <message>
        <source>The user must choose a new password at the next login.</source>
        <translation>Die Person muss bei der nächsten Anmeldung ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporäres Passwort</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Temporäres Passwort wiederholen</translation>
    </message>
    <message>
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Temporäres Passwort wiederholen: Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <source>{n} urgent</source>
        <translation>{n} dringend</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Unterhaltung auswählen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Gelesen von</translation>
    </message>
    <message>
        <source>Write a message… (@login mentions a member)</source>
        <translation>Nachricht schreiben… (@Benutzername erwähnt ein Mitglied)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Dringend</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Retract…</source>
        <translation>Zurückziehen…</translation>
    </message>
    <message>
        <source>Make a task…</source>
        <translation>Aufgabe erstellen…</translation>
    </message>
    <message>
        <source>Raise an alert…</source>
        <translation>Meldung erstellen…</translation>
    </message>
    <message>
        <source>Add to the care plan…</source>
        <translation>In den Betreuungsplan…</translation>
    </message>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation>Zurückgezogen von {name} am {when}: {reason}</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>DRINGEND</translation>
    </message>
    <message>
        <source>task {id}</source>
        <translation>Aufgabe {id}</translation>
    </message>
    <message>
        <source>alert {id}</source>
        <translation>Meldung {id}</translation>
    </message>
    <message>
        <source>care plan {id}</source>
        <translation>Betreuungsplan {id}</translation>
    </message>
    <message>
        <source>Retract a message</source>
        <translation>Nachricht zurückziehen</translation>
    </message>
    <message>
        <source>Why is this message retracted? It stays in the thread with your name and the reason.</source>
        <translation>Warum wird diese Nachricht zurückgezogen? Sie bleibt mit Ihrem Namen und dem Grund in der Unterhaltung.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Anticholinergic burden and risk timeline</source>
        <translation>Verlauf der anticholinergen Last und des Risikos</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Anticholinergic score</source>
        <translation>Anticholinerger Score</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Serious findings</source>
        <translation>Schwere Befunde</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Knowledge used</source>
        <translation>Verwendetes Wissen</translation>
    </message>
    <message>
        <source>Serious findings: contraindicated or to avoid. Only the interaction thesaurus is kept for each edition the practice installed; the anticholinergic scale, the other rules and the recorded conditions are today&apos;s.</source>
        <translation>Schwere Befunde: kontraindiziert oder zu vermeiden. Nur der Interaktions-Thesaurus wird für jede von der Praxis installierte Ausgabe aufbewahrt; die anticholinerge Skala, die übrigen Regeln und die erfassten Erkrankungen sind die heutigen.</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>begonnen: %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>abgesetzt: %1</translation>
    </message>
    <message>
        <source>dose changed: %1</source>
        <translation>Dosis geändert: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>ANSM thesaurus %1, in force on that date</source>
        <translation>ANSM-Thesaurus %1, an diesem Datum gültig</translation>
    </message>
    <message>
        <source>today&apos;s knowledge (ANSM %1): the edition in force then is not kept</source>
        <translation>heutiges Wissen (ANSM %1): die damals gültige Ausgabe ist nicht aufbewahrt</translation>
    </message>
    <message>
        <source>Anticholinergic burden and risk over time</source>
        <translation>Verlauf der anticholinergen Last und des Risikos</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <source>Open the practice database</source>
        <translation>Datenbank der Praxis öffnen</translation>
    </message>
    <message>
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>Der Schlüssel der Datenbank konnte nicht aus dem Schlüsselbund dieses Computers gelesen werden. Grund: %1. Geben Sie die Passphrase der Praxis oder den Wiederherstellungscode vom gedruckten Wiederherstellungsblatt ein, um die Datenbank zu öffnen.</translation>
    </message>
    <message>
        <source>no keyring is available</source>
        <translation>kein Schlüsselbund verfügbar</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Datenbankdatei: %1</translation>
    </message>
    <message>
        <source>Practice passphrase</source>
        <translation>Passphrase der Praxis</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Wiederherstellungscode: Bitte geben Sie den Code vom Wiederherstellungsblatt ein.</translation>
    </message>
    <message>
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Passphrase: Bitte geben Sie die Passphrase der Praxis ein.</translation>
    </message>
    <message>
        <source>Checking… This takes a few seconds.</source>
        <translation>Wird geprüft… Dies dauert einige Sekunden.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Cordée</source>
        <translation>Willkommen bei Cordée</translation>
    </message>
    <message>
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>Dieser Assistent richtet Ihre Praxis ein: ihren Namen, die erste Administratorin oder den ersten Administrator und die verschlüsselte Datenbank, die die Patientendossiers enthält.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the intake</source>
        <translation>Aufnahme zurückziehen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validiert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation>In Überarbeitung</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medizinisch</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychisch</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Sozial</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Umfeld</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Aufgegeben</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prävention</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Unterstützung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Practice staff</source>
        <translation>Praxisteam</translation>
    </message>
    <message>
        <source>Hospital service</source>
        <translation>Spitalabteilung</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Spitex</translation>
    </message>
    <message>
        <source>DAC (coordination support)</source>
        <translation>DAC (Koordinationsstelle)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sozialarbeit</translation>
    </message>
    <message>
        <source>Family caregiver</source>
        <translation>Betreuende Angehörige</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Pflegeexpertinnen/-experten APN</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Pflegefachpersonen</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Bezugsperson</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>Medical situation</source>
        <translation>Medizinische Situation</translation>
    </message>
    <message>
        <source>Psychological situation</source>
        <translation>Psychische Situation</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>Soziale Situation</translation>
    </message>
    <message>
        <source>Environmental situation</source>
        <translation>Wohn- und Lebensumfeld</translation>
    </message>
    <message>
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Erwartungen und Präferenzen des Patienten</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <source>Advance directives dated</source>
        <translation>Patientenverfügung vom</translation>
    </message>
    <message>
        <source>Where they are kept</source>
        <translation>Aufbewahrungsort</translation>
    </message>
    <message>
        <source>Trusted person&apos;s contact</source>
        <translation>Kontakt der Vertrauensperson</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Bestimmt am</translation>
    </message>
    <message>
        <source>Alert procedure (who to call)</source>
        <translation>Notfallprozedere (wen anrufen)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Practice staff member</source>
        <translation>Mitarbeitende/r der Praxis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>…or from the directory</source>
        <translation>…oder aus dem Verzeichnis</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Problem or need</source>
        <translation>Problem oder Bedürfnis</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeldet von</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgrösse</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems addressed</source>
        <translation>Betroffene Probleme</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Verantwortliche Person</translation>
    </message>
    <message>
        <source>…or a role</source>
        <translation>…oder eine Rolle</translation>
    </message>
    <message>
        <source>…or an outside contact</source>
        <translation>…oder eine externe Kontaktperson</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</source>
        <translation>Wiederholung (iCalendar-Regel, z. B. FREQ=WEEKLY)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Need or goal not met</source>
        <translation>Ungedecktes Bedürfnis oder Ziel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reported to the territory</source>
        <translation>Der Region gemeldet</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Hospital letter</source>
        <translation>Spitalbericht</translation>
    </message>
    <message>
        <source>Task result</source>
        <translation>Aufgabenergebnis</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>In den nächsten 30 Tagen fällig</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>&amp;Protocols…</source>
        <translation>&amp;Delegationsprotokolle…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>&amp;Meine Aufgaben</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;Recall patients…</source>
        <translation>Patienten-&amp;Recall…</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Aufgaben</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <source>Filter (patient, task, status…)</source>
        <translation>Filtern (Patient, Aufgabe, Status…)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Abgeschlossene zeigen</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>Meine Aufgaben</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Neue Aufgabe…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>Übe&amp;rnehmen</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <source>&amp;Print today…</source>
        <translation>&amp;Tagesliste drucken…</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Aufgaben (%1)</translation>
    </message>
    <message>
        <source>Save the day&apos;s worklist</source>
        <translation>Tages-Arbeitsliste speichern</translation>
    </message>
    <message>
        <source>worklist-%1.pdf</source>
        <translation>arbeitsliste-%1.pdf</translation>
    </message>
    <message>
        <source>Worklist of %1 — %2</source>
        <translation>Arbeitsliste von %1 — %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Gedruckt von %1</translation>
    </message>
    <message>
        <source>No task due.</source>
        <translation>Keine Aufgabe fällig.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Protocol / act</source>
        <translation>Protokoll / Handlung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cordée met an unexpected error (%1); what you were doing may not have been completed. The details (without patient data) were written to %2.</source>
        <translation>Cordée ist auf einen unerwarteten Fehler gestossen (%1); die laufende Aktion wurde vielleicht nicht abgeschlossen. Die Einzelheiten (ohne Patientendaten) wurden in %2 geschrieben.</translation>
    </message>
    <message>
        <source>the log could not be written</source>
        <translation>das Protokoll konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>entities</name>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>staff member</source>
        <translation>Teammitglied</translation>
    </message>
    <message>
        <source>medication line</source>
        <translation>Medikamentenzeile</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>Betreuungsplan</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>care plan version</source>
        <translation>Version des Betreuungsplans</translation>
    </message>
    <message>
        <source>care plan member</source>
        <translation>Mitglied des Betreuungsnetzes</translation>
    </message>
    <message>
        <source>care plan problem</source>
        <translation>Problem des Betreuungsplans</translation>
    </message>
    <message>
        <source>care plan goal</source>
        <translation>Ziel des Betreuungsplans</translation>
    </message>
    <message>
        <source>care plan action</source>
        <translation>Massnahme des Betreuungsplans</translation>
    </message>
    <message>
        <source>care plan unmet need</source>
        <translation>ungedecktes Bedürfnis des Betreuungsplans</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>Abwesenheit</translation>
    </message>
    <message>
        <source>protocol enrolment</source>
        <translation>Einschreibung in ein Protokoll</translation>
    </message>
    <message>
        <source>protocol adherence</source>
        <translation>Beitritt zu einem Protokoll</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>reconciliation item</source>
        <translation>Abgleichszeile</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>Arbeitsblatt</translation>
    </message>
    <message>
        <source>DAUM alert</source>
        <translation>DAUM-Meldung</translation>
    </message>
    <message>
        <source>document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>hospital event</source>
        <translation>Spitalereignis</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>meeting record</source>
        <translation>Besprechungsprotokoll</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>maturity period</source>
        <translation>Selbstbewertungsrunde</translation>
    </message>
    <message>
        <source>maturity answer set</source>
        <translation>Selbstbewertungsantworten</translation>
    </message>
    <message>
        <source>deprescribing plan</source>
        <translation>Deprescribing-Plan</translation>
    </message>
    <message>
        <source>deprescribing step</source>
        <translation>Deprescribing-Schritt</translation>
    </message>
    <message>
        <source>emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>message thread</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>team message</source>
        <translation>Teamnachricht</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>Aufnahme</translation>
    </message>
    <message>
        <source>directory resource</source>
        <translation>Angebot im Verzeichnis</translation>
    </message>
    <message>
        <source>directory pathway</source>
        <translation>Pfad im Verzeichnis</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>contains a forbidden character</source>
        <translation>enthält ein unzulässiges Zeichen</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>ist zu lang (höchstens {max} Zeichen)</translation>
    </message>
    <message>
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>muss ein Datum wie 31.12.1950 oder 31/12/1950 sein</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>ist kein gültiges Kalenderdatum</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>muss eine Zahl sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be between {min} and {max}</source>
        <translation>muss zwischen {min} und {max} liegen</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>muss einer dieser Werte sein: {allowed}</translation>
    </message>
    <message>
        <source>must be at least {min} characters long</source>
        <translation>muss mindestens {min} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>muss 15 Zeichen lang sein: 13 für die Nummer und 2 für den Schlüssel</translation>
    </message>
    <message>
        <source>the control key does not match the number</source>
        <translation>der Kontrollschlüssel passt nicht zur Nummer</translation>
    </message>
    <message>
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>muss 13 Ziffern haben und mit 756 beginnen (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>die Prüfziffer ist falsch</translation>
    </message>
    <message>
        <source>must be {count} digits</source>
        <translation>muss {count} Ziffern haben</translation>
    </message>
    <message>
        <source>must be {min} to {max} digits</source>
        <translation>muss {min} bis {max} Ziffern haben</translation>
    </message>
    <message>
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>muss 9 Zeichen haben (Departement + 7 Ziffern)</translation>
    </message>
    <message>
        <source>This record no longer exists ({entity} {entity_id}).</source>
        <translation>Dieser Eintrag existiert nicht mehr ({entity} {entity_id}).</translation>
    </message>
    <message>
        <source>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</source>
        <translation>Dieser Eintrag wurde seit dem Öffnen von {changed_by} am {changed_at} geändert. Laden Sie ihn neu und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Ihre Rolle erlaubt diese Aktion nicht.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>{path} kann nicht geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>The action could not be done.</source>
        <translation>Die Aktion konnte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>ist ungültig</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation>muss mindestens {min} sein</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>die Datei kann nicht gelesen werden ({error})</translation>
    </message>
    <message>
        <source>the card is written as .json or .pdf</source>
        <translation>die Karte wird als .json oder .pdf geschrieben</translation>
    </message>
    <message>
        <source>the package is written as .zip</source>
        <translation>das Paket wird als .zip gespeichert</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
        <source>{path} is a folder, give a file name</source>
        <translation>{path} ist ein Ordner, geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>the file is larger than {max} bytes: give a file that holds only the secret</source>
        <translation>die Datei ist grösser als {max} Bytes: geben Sie eine Datei an, die nur das Geheimnis enthält</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>die Datei ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>must be a database file (a PostgreSQL server is checked on the server)</source>
        <translation>muss eine Datenbankdatei sein (ein PostgreSQL-Server wird auf dem Server geprüft)</translation>
    </message>
    <message>
        <source>only with a database file (a PostgreSQL server has no recovery code)</source>
        <translation>nur mit einer Datenbankdatei (ein PostgreSQL-Server hat keinen Wiederherstellungscode)</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file FILE or set CORDEE_PASSPHRASE.</source>
        <translation>Keine Passphrase: Verwenden Sie --passphrase-file DATEI oder setzen Sie CORDEE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No password: use --password-file FILE or set CORDEE_PASSWORD.</source>
        <translation>Kein Passwort: Verwenden Sie --password-file DATEI oder setzen Sie CORDEE_PASSWORD.</translation>
    </message>
    <message>
        <source>Nothing installed: confirm with --yes when the command does not run in a terminal.</source>
        <translation>Nichts installiert: Bestätigen Sie mit --yes, wenn der Befehl nicht in einem Terminal läuft.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); the command stopped. The details (without patient data) are in {log}.</source>
        <translation>Unerwarteter Fehler ({kind}); der Befehl wurde abgebrochen. Die Einzelheiten (ohne Patientendaten) stehen in {log}.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} ist ein Ordner: geben Sie einen Dateinamen an</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a link or a device): choose another name</source>
        <translation>{path} ist keine gewöhnliche Datei (ein Link oder ein Gerät): wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>the font file {file} is missing from the installation: reinstall Cordée</source>
        <translation>die Schriftdatei {file} fehlt in der Installation: Cordée neu installieren</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason})</source>
        <translation>{path} kann nicht geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>a plan in status «{plan_status}» cannot move to «{wanted_plan_status}» (possible: {next_plan_statuses})</source>
        <translation>ein Plan im Status «{plan_status}» kann nicht in den Status «{wanted_plan_status}» wechseln (möglich: {next_plan_statuses})</translation>
    </message>
    <message>
        <source>a plan in status «{plan_status}» cannot be changed: revise it first</source>
        <translation>ein Plan im Status «{plan_status}» kann nicht geändert werden: Überarbeiten Sie ihn zuerst</translation>
    </message>
    <message>
        <source>a closed plan cannot be changed</source>
        <translation>ein abgeschlossener Plan kann nicht geändert werden</translation>
    </message>
    <message>
        <source>is required before the plan is validated</source>
        <translation>ist vor der Validierung des Plans obligatorisch</translation>
    </message>
    <message>
        <source>a plan needs at least one shared goal to be validated</source>
        <translation>ein Plan braucht mindestens ein gemeinsames Ziel, um validiert zu werden</translation>
    </message>
    <message>
        <source>already has a care plan that is not closed</source>
        <translation>hat bereits einen nicht abgeschlossenen Betreuungsplan</translation>
    </message>
    <message>
        <source>patient {patient_id} has no care plan</source>
        <translation>Patient {patient_id} hat keinen Betreuungsplan</translation>
    </message>
    <message>
        <source>is not a part of a care plan</source>
        <translation>ist kein Teil eines Betreuungsplans</translation>
    </message>
    <message>
        <source>must be a patient of the practice</source>
        <translation>muss ein Patient der Praxis sein</translation>
    </message>
    <message>
        <source>must be an SFPC problem code (1.1 to 1.10)</source>
        <translation>muss ein SFPC-Problemcode sein (1.1 bis 1.10)</translation>
    </message>
    <message>
        <source>at least one medication is required (except for an untreated indication)</source>
        <translation>mindestens ein Medikament ist erforderlich (ausser bei einer unbehandelten Indikation)</translation>
    </message>
    <message>
        <source>must be a medication of this patient</source>
        <translation>muss ein Medikament dieses Patienten sein</translation>
    </message>
    <message>
        <source>is a stopped medication</source>
        <translation>ist ein abgesetztes Medikament</translation>
    </message>
    <message>
        <source>must be stop, change or add</source>
        <translation>muss stop (Absetzen), change (Änderung) oder add (Hinzufügen) sein</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>darf nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>must be urgent, 24h or routine</source>
        <translation>muss urgent, 24h oder routine sein</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>darf nicht in der Vergangenheit liegen</translation>
    </message>
    <message>
        <source>must be within a year</source>
        <translation>muss innerhalb eines Jahres liegen</translation>
    </message>
    <message>
        <source>is required: the patient has no médecin traitant in the practice</source>
        <translation>ist obligatorisch: Der Patient hat keinen Hausarzt / keine Hausärztin in der Praxis</translation>
    </message>
    <message>
        <source>must be an active physician of the practice</source>
        <translation>muss ein aktiver Arzt / eine aktive Ärztin der Praxis sein</translation>
    </message>
    <message>
        <source>is not a current finding of this patient&apos;s review</source>
        <translation>ist kein aktueller Befund der Überprüfung dieses Patienten</translation>
    </message>
    <message>
        <source>already has an open alert (#{alert_id})</source>
        <translation>hat bereits eine offene Meldung (Nr. {alert_id})</translation>
    </message>
    <message>
        <source>was kept as is by the doctor on {day} (alert #{alert_id}) and nothing relevant has changed since</source>
        <translation>wurde vom Arzt am {day} unverändert belassen (Meldung Nr. {alert_id}), und seither hat sich nichts Relevantes geändert</translation>
    </message>
    <message>
        <source>this alert is already closed ({alert_state})</source>
        <translation>diese Meldung ist bereits abgeschlossen ({alert_state})</translation>
    </message>
    <message>
        <source>there is no question waiting for a reply</source>
        <translation>es wartet keine Frage auf eine Antwort</translation>
    </message>
    <message>
        <source>the change made is required</source>
        <translation>die vorgenommene Änderung ist obligatorisch</translation>
    </message>
    <message>
        <source>medication line {line_id} is not on this patient&apos;s list</source>
        <translation>Medikamentenzeile {line_id} steht nicht auf der Liste dieses Patienten</translation>
    </message>
    <message>
        <source>is required (hospital and department)</source>
        <translation>ist obligatorisch (Spital und Abteilung)</translation>
    </message>
    <message>
        <source>this reconciliation is already validated</source>
        <translation>dieser Abgleich ist bereits validiert</translation>
    </message>
    <message>
        <source>must be intentional_documented, to_be_clarified or keep_current</source>
        <translation>muss «beabsichtigt, dokumentiert», «abzuklären» oder «aktuelle Zeile behalten» sein</translation>
    </message>
    <message>
        <source>an intentional change must be documented (why it was made)</source>
        <translation>eine beabsichtigte Änderung muss begründet werden (warum sie vorgenommen wurde)</translation>
    </message>
    <message>
        <source>an added drug has no current line to keep</source>
        <translation>ein hinzugefügtes Medikament hat keine aktuelle Zeile zum Behalten</translation>
    </message>
    <message>
        <source>only a difference to be clarified can be sent</source>
        <translation>nur eine abzuklärende Abweichung kann gesendet werden</translation>
    </message>
    <message>
        <source>must be alert or task</source>
        <translation>muss Meldung oder Aufgabe sein</translation>
    </message>
    <message>
        <source>still to be clarified: line {lines}</source>
        <translation>noch abzuklären: Zeile {lines}</translation>
    </message>
    <message>
        <source>no line to be clarified is waiting to be sent</source>
        <translation>keine zu klärende Zeile wartet auf den Versand</translation>
    </message>
    <message>
        <source>this line was already sent in alert #{alert_id}</source>
        <translation>diese Zeile wurde bereits mit Meldung #{alert_id} gesendet</translation>
    </message>
    <message>
        <source>this alert holds several lines: answer each line on its own</source>
        <translation>diese Meldung enthält mehrere Zeilen: beantworten Sie jede Zeile einzeln</translation>
    </message>
    <message>
        <source>this line is not part of alert #{alert_id}</source>
        <translation>diese Zeile gehört nicht zu Meldung #{alert_id}</translation>
    </message>
    <message>
        <source>this line was already answered by {by} on {day}: nothing was changed</source>
        <translation>diese Zeile wurde bereits am {day} von {by} beantwortet: nichts wurde geändert</translation>
    </message>
    <message>
        <source>must be bpm or pmc</source>
        <translation>muss bpm (Bilan partagé de médication) oder pmc (Polymedikations-Check) sein</translation>
    </message>
    <message>
        <source>recommendation {row}: its kind must be one of 1 to 5, given once, and the patient&apos;s agreement yes, no or not asked</source>
        <translation>Empfehlung {row}: ihre Art muss eine von 1 bis 5 sein, nur einmal, und das Einverständnis des Patienten ja, nein oder nicht gefragt</translation>
    </message>
    <message>
        <source>has no finished Polymedication Check (a PMC worksheet with its analysis date and a conclusion)</source>
        <translation>hat keinen abgeschlossenen Polymedikations-Check (ein PMC-Arbeitsblatt mit Analysedatum und Schlussfolgerung)</translation>
    </message>
    <message>
        <source>must be json or pdf</source>
        <translation>muss json oder pdf sein</translation>
    </message>
    <message>
        <source>must be a .json file</source>
        <translation>muss eine .json-Datei sein</translation>
    </message>
    <message>
        <source>has no answer of the doctor on a medication line yet (nothing to send as pharmaceutical advice)</source>
        <translation>hat noch keine Antwort des Arztes zu einer Medikationszeile (nichts als pharmazeutischen Kommentar zu senden)</translation>
    </message>
    <message>
        <source>the answer concerns several medication lines ({lines}): choose one (one document per line)</source>
        <translation>die Antwort betrifft mehrere Medikationszeilen ({lines}): wählen Sie eine (ein Dokument pro Zeile)</translation>
    </message>
    <message>
        <source>line {line_id} is not one the answer concerns</source>
        <translation>Zeile {line_id} ist von der Antwort nicht betroffen</translation>
    </message>
    <message>
        <source>must not be before the previous step</source>
        <translation>darf nicht vor dem vorherigen Schritt liegen</translation>
    </message>
    <message>
        <source>{finding} is not a finding of this worksheet</source>
        <translation>{finding} ist kein Befund dieses Arbeitsblatts</translation>
    </message>
    <message>
        <source>the proposal “{proposal}” needs {needs}: give it, or choose another kind of proposal</source>
        <translation>der Vorschlag «{proposal}» braucht {needs}: angeben oder eine andere Art von Vorschlag wählen</translation>
    </message>
    <message>
        <source>a proposal “{proposal}” does not change the medication list: leave the changes empty</source>
        <translation>ein Vorschlag «{proposal}» ändert die Medikationsliste nicht: Änderungen leer lassen</translation>
    </message>
    <message>
        <source>{line_action} is not part of a proposal “{proposal}”</source>
        <translation>{line_action} gehört nicht zu einem Vorschlag «{proposal}»</translation>
    </message>
    <message>
        <source>changes nothing: give the new values</source>
        <translation>ändert nichts: die neuen Werte angeben</translation>
    </message>
    <message>
        <source>{name} was changed since the proposal: answer with Modify, from the line as it is now</source>
        <translation>{name} wurde seit dem Vorschlag geändert: mit «Ändern…» antworten, ausgehend von der aktuellen Zeile</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>question asked</source>
        <translation>Frage gestellt</translation>
    </message>
    <message>
        <source>question answered</source>
        <translation>Frage beantwortet</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>the line to stop</source>
        <translation>die abzusetzende Zeile</translation>
    </message>
    <message>
        <source>the new values of the line</source>
        <translation>die neuen Werte der Zeile</translation>
    </message>
    <message>
        <source>the new product</source>
        <translation>das neue Produkt</translation>
    </message>
    <message>
        <source>only an outside member comes from the directory</source>
        <translation>nur ein externes Mitglied kann aus dem Verzeichnis stammen</translation>
    </message>
    <message>
        <source>is not an active resource of the directory</source>
        <translation>ist kein aktives Angebot des Verzeichnisses</translation>
    </message>
    <message>
        <source>is not a plausible date</source>
        <translation>ist kein plausibles Datum</translation>
    </message>
    <message>
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>muss ein aktives klinisches oder Empfangs-Mitglied der Praxis sein</translation>
    </message>
    <message>
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>darf nur Ziffern, Leerzeichen und + . ( ) - enthalten</translation>
    </message>
    <message>
        <source>must be an e-mail address like name@example.org</source>
        <translation>muss eine E-Mail-Adresse wie name@beispiel.ch sein</translation>
    </message>
    <message>
        <source>must be yes when a date or a place is given</source>
        <translation>muss «Ja» sein, wenn ein Datum oder ein Ort angegeben ist</translation>
    </message>
    <message>
        <source>is required when a contact or a designation date is given</source>
        <translation>ist obligatorisch, wenn ein Kontakt oder ein Bestimmungsdatum angegeben ist</translation>
    </message>
    <message>
        <source>only for a member of the practice</source>
        <translation>nur für Mitglieder der Praxis</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>darf nicht vor dem Beginn liegen</translation>
    </message>
    <message>
        <source>must be problems of this plan</source>
        <translation>müssen Probleme dieses Plans sein</translation>
    </message>
    <message>
        <source>must be a goal of this plan</source>
        <translation>muss ein Ziel dieses Plans sein</translation>
    </message>
    <message>
        <source>choose one responsible: a person, a role or an outside contact</source>
        <translation>wählen Sie eine verantwortliche Stelle: eine Person, eine Rolle oder eine externe Kontaktperson</translation>
    </message>
    <message>
        <source>needs a due date to start the series</source>
        <translation>erfordert ein Fälligkeitsdatum als Beginn der Serie</translation>
    </message>
    <message>
        <source>is only given when the need was reported to the territory</source>
        <translation>wird nur angegeben, wenn das Bedürfnis der Region gemeldet wurde</translation>
    </message>
    <message>
        <source>none (the plan is closed)</source>
        <translation>keiner (der Plan ist abgeschlossen)</translation>
    </message>
    <message>
        <source>the task is {task_status}: it cannot move to «{wanted_task_status}» (possible: {next_task_statuses})</source>
        <translation>eine Aufgabe im Status «{task_status}» kann nicht in den Status «{wanted_task_status}» wechseln (möglich: {next_task_statuses})</translation>
    </message>
    <message>
        <source>the task is {task_status}: it can no longer be edited</source>
        <translation>eine Aufgabe im Status «{task_status}» kann nicht mehr bearbeitet werden</translation>
    </message>
    <message>
        <source>the task is {task_status}: it cannot be claimed</source>
        <translation>eine Aufgabe im Status «{task_status}» kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>the task is {task_status}: it can no longer be reassigned</source>
        <translation>eine Aufgabe im Status «{task_status}» kann nicht mehr neu zugewiesen werden</translation>
    </message>
    <message>
        <source>claim the task from the pool first</source>
        <translation>übernehmen Sie die Aufgabe zuerst aus dem Pool</translation>
    </message>
    <message>
        <source>is not a task status</source>
        <translation>ist kein Aufgabenstatus</translation>
    </message>
    <message>
        <source>choose either a person or a pool (one of the two)</source>
        <translation>wählen Sie eine Person oder einen Pool (eines von beiden)</translation>
    </message>
    <message>
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>muss eine Anzahl Einheiten wie 1, 0.5 oder 1/2 sein</translation>
    </message>
    <message>
        <source>must be at most {max} units</source>
        <translation>darf höchstens {max} Einheiten betragen</translation>
    </message>
    <message>
        <source>must be more than {min} and at most {max}</source>
        <translation>muss grösser als {min} und höchstens {max} sein</translation>
    </message>
    <message>
        <source>must be a complete ATC code like B01AA03</source>
        <translation>muss ein vollständiger ATC-Code wie B01AA03 sein</translation>
    </message>
    <message>
        <source>a substance or a product name is required</source>
        <translation>ein Wirkstoff oder ein Produktname ist erforderlich</translation>
    </message>
    <message>
        <source>must be at most 12 months after the start</source>
        <translation>darf höchstens 12 Monate nach dem Beginn liegen</translation>
    </message>
    <message>
        <source>must be an active member of the practice</source>
        <translation>muss ein aktives Mitglied der Praxis sein</translation>
    </message>
    <message>
        <source>must be after 1900</source>
        <translation>muss nach 1900 liegen</translation>
    </message>
    <message>
        <source>is not a readable CHMED16A payload</source>
        <translation>ist kein lesbarer CHMED16A-Inhalt</translation>
    </message>
    <message>
        <source>must start with CHMED16A1 (or CHMED16A0)</source>
        <translation>muss mit CHMED16A1 (oder CHMED16A0) beginnen</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a folder of BDPM files.</source>
        <translation>{file} ist kein Ordner mit BDPM-Dateien.</translation>
    </message>
    <message>
        <source>{file} is a folder, choose the product list file.</source>
        <translation>{file} ist ein Ordner, wählen Sie die Datei der Produktliste.</translation>
    </message>
    <message>
        <source>{file} is missing from the folder {folder}.</source>
        <translation>{file} fehlt im Ordner {folder}.</translation>
    </message>
    <message>
        <source>The BDPM folder has no CIP13 → ATC mapping (a .csv or .txt file whose name contains &quot;atc&quot;).</source>
        <translation>Der BDPM-Ordner hat keine Zuordnung CIP13 → ATC (eine .csv- oder .txt-Datei, deren Name «atc» enthält).</translation>
    </message>
    <message>
        <source>The BDPM folder has {count} files whose name contains &quot;atc&quot;: keep only the CIP13 → ATC mapping.</source>
        <translation>Der BDPM-Ordner hat {count} Dateien, deren Name «atc» enthält: Lassen Sie nur die Zuordnung CIP13 → ATC darin.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} ist leer.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the column {column} is missing from the header.</source>
        <translation>{file}, Zeile {line}: Die Spalte {column} fehlt in der Kopfzeile.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the column {column} is given twice ({header}).</source>
        <translation>{file}, Zeile {line}: Die Spalte {column} kommt zweimal vor ({header}).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: the value is missing.</source>
        <translation>{file}, Zeile {line}, Spalte {column}: Der Wert fehlt.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: empty value.</source>
        <translation>{file}, Zeile {line}, Spalte {column}: leerer Wert.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: truncated line ({found} columns, {expected} expected).</source>
        <translation>{file}, Zeile {line}, Spalte {column}: abgeschnittene Zeile ({found} Spalten, {expected} erwartet).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: too many columns ({found}, {expected} expected).</source>
        <translation>{file}, Zeile {line}, Spalte {column}: zu viele Spalten ({found}, {expected} erwartet).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a valid ATC code.</source>
        <translation>{file}, Zeile {line}, Spalte {column}: {value} ist kein gültiger ATC-Code.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a CIS code (8 digits).</source>
        <translation>{file}, Zeile {line}, Spalte {column}: {value} ist kein CIS-Code (8 Ziffern).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a valid code of 13 digits with its check digit.</source>
        <translation>{file}, Zeile {line}, Spalte {column}: {value} ist kein gültiger 13-stelliger Code mit Prüfziffer.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is given twice.</source>
        <translation>{file}, Zeile {line}, Spalte {column}: {value} kommt zweimal vor.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not one of {allowed}.</source>
        <translation>{file}, Zeile {line}, Spalte {column}: {value} ist keiner der Werte {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} is missing in {folder}.</source>
        <translation>Wissensbasis: {where} fehlt in {folder}.</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} cannot be read ({reason}).</source>
        <translation>Wissensbasis: {where} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} is not valid JSON at line {line}, column {column} ({reason}).</source>
        <translation>Wissensbasis: {where} ist in Zeile {line}, Spalte {column} kein gültiges JSON ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: must be a JSON object.</source>
        <translation>Wissensbasis, {where}: muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a JSON object.</source>
        <translation>Wissensbasis, {where}: {key} muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a JSON object that is not empty.</source>
        <translation>Wissensbasis, {where}: {key} muss ein nicht leeres JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a list.</source>
        <translation>Wissensbasis, {where}: {key} muss eine Liste sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown key {key}.</source>
        <translation>Wissensbasis, {where}: unbekannter Schlüssel {key}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the key {key} is missing.</source>
        <translation>Wissensbasis, {where}: Der Schlüssel {key} fehlt.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown source {value}.</source>
        <translation>Wissensbasis, {where}: unbekannte Quelle {value}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a text that is not empty.</source>
        <translation>Wissensbasis, {where}: {key} muss ein nicht leerer Text sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} is not a severity (in {key}).</source>
        <translation>Wissensbasis, {where}: {value} ist kein Schweregrad (in {key}).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must have exactly the languages {languages}.</source>
        <translation>Wissensbasis, {where}: {key} muss genau die Sprachen {languages} haben.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a list of ATC codes that is not empty.</source>
        <translation>Wissensbasis, {where}: {key} muss eine nicht leere Liste von ATC-Codes sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown selector {value} in {key}.</source>
        <translation>Wissensbasis, {where}: unbekannter Selektor {value} in {key}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} in {key} is not a valid ATC code.</source>
        <translation>Wissensbasis, {where}: {value} in {key} ist kein gültiger ATC-Code.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} in {key} is not a valid ICD-10 code.</source>
        <translation>Wissensbasis, {where}: {value} in {key} ist kein gültiger ICD-10-Code.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a number.</source>
        <translation>Wissensbasis, {where}: {key} muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a whole number of 1 or more.</source>
        <translation>Wissensbasis, {where}: {key} muss eine ganze Zahl von mindestens 1 sein.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} is {value}, but must be one of {allowed}.</source>
        <translation>Wissensbasis, {where}: {key} ist {value}, muss aber einer dieser Werte sein: {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must have the form {expected}.</source>
        <translation>Wissensbasis, {where}: {key} muss die Form {expected} haben.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: give either atc (one class) or groups (two classes).</source>
        <translation>Wissensbasis, {where}: Geben Sie entweder atc (eine Klasse) oder groups (zwei Klassen) an.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: pair must name two of {allowed}.</source>
        <translation>Wissensbasis, {where}: pair muss zwei dieser Werte nennen: {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the cross-reactive target {value} is not a class.</source>
        <translation>Wissensbasis, {where}: Das Ziel der Kreuzreaktion {value} ist keine Klasse.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: this id is already used in {other_file}.</source>
        <translation>Wissensbasis, {where}: Diese Kennung wird bereits in {other_file} verwendet.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the list {value} is not one of {allowed}.</source>
        <translation>Wissensbasis, {where}: Die Liste {value} ist keine von {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: minimum age {value} is below the age of the list {list} ({minimum}).</source>
        <translation>Wissensbasis, {where}: Das Mindestalter {value} liegt unter dem Alter der Liste {list} ({minimum}).</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>{value} is not a list for older people ({allowed})</source>
        <translation>{value} ist keine Liste für ältere Menschen ({allowed})</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number or null, not {json_type}</source>
        <translation>muss eine Zahl oder null sein, nicht {json_type}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>muss ein Datum in der Form JJJJ-MM-TT (YYYY-MM-DD) sein</translation>
    </message>
    <message>
        <source>{value} is not a date (expected YYYY-MM-DD)</source>
        <translation>{value} ist kein Datum (erwartet: JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>must not be after as_of</source>
        <translation>darf nicht nach as_of liegen</translation>
    </message>
    <message>
        <source>must be F, M, X, U or null</source>
        <translation>muss F, M, X, U oder null sein</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>{value} is not a valid ATC code</source>
        <translation>{value} ist kein gültiger ATC-Code</translation>
    </message>
    <message>
        <source>must be a string or a whole number</source>
        <translation>muss eine Zeichenkette oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>{value} is not a language of the review (fr, de or en)</source>
        <translation>{value} ist keine Sprache der Überprüfung (fr, de oder en)</translation>
    </message>
    <message>
        <source>is not valid JSON (column {column}: {reason})</source>
        <translation>ist kein gültiges JSON (Spalte {column}: {reason})</translation>
    </message>
    <message>
        <source>is nested too deeply to be read</source>
        <translation>ist zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>holds a number of more than {max} digits</source>
        <translation>enthält eine Zahl mit mehr als {max} Ziffern</translation>
    </message>
    <message>
        <source>the review failed (internal error: {reason})</source>
        <translation>die Überprüfung ist fehlgeschlagen (interner Fehler: {reason})</translation>
    </message>
    <message>
        <source>Line {line}, {json_field}: {problem}</source>
        <translation>Zeile {line}, {json_field}: {problem}</translation>
    </message>
    <message>
        <source>Case {case}, {json_field}: {problem}</source>
        <translation>Fall {case}, {json_field}: {problem}</translation>
    </message>
    <message>
        <source>The input file {path} does not exist.</source>
        <translation>Die Eingabedatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The input file {path} cannot be read ({reason}).</source>
        <translation>Die Eingabedatei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>The input file {path} is larger than {limit_mb} MB: split it into smaller files.</source>
        <translation>Die Eingabedatei {path} ist grösser als {limit_mb} MB: teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>Line {line} of {path} is longer than {limit_kb} KB: give one case per line, each smaller than that.</source>
        <translation>Zeile {line} von {path} ist länger als {limit_kb} KB: ein Fall pro Zeile, jeder kleiner als das.</translation>
    </message>
    <message>
        <source>The input file {path} holds more than {limit} cases: split it into smaller files.</source>
        <translation>Die Eingabedatei {path} enthält mehr als {limit} Fälle: teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <source>The output file {path} cannot be written ({reason}).</source>
        <translation>Die Ausgabedatei {path} kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>must be an amount like 1, 0.5 or 1/2</source>
        <translation>muss eine Menge wie 1, 0,5 oder 1/2 sein</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>darf höchstens {max} sein</translation>
    </message>
    <message>
        <source>give at least one amount (morning, noon, evening or night)</source>
        <translation>geben Sie mindestens eine Menge an (morgens, mittags, abends oder nachts)</translation>
    </message>
    <message>
        <source>give at least one day with its amount</source>
        <translation>geben Sie mindestens einen Tag mit seiner Menge an</translation>
    </message>
    <message>
        <source>at most {max} takings</source>
        <translation>höchstens {max} Einnahmen</translation>
    </message>
    <message>
        <source>this day and time are given twice</source>
        <translation>dieser Tag und diese Uhrzeit sind doppelt angegeben</translation>
    </message>
    <message>
        <source>must be a time like 08:00</source>
        <translation>muss eine Uhrzeit wie 08:00 sein</translation>
    </message>
    <message>
        <source>is not used by this schedule: leave it empty</source>
        <translation>wird von dieser Dosierung nicht verwendet: leer lassen</translation>
    </message>
    <message>
        <source>must not be less than the amount per taking</source>
        <translation>darf nicht kleiner als die Menge pro Einnahme sein</translation>
    </message>
    <message>
        <source>is needed when a maximum a day is given</source>
        <translation>ist nötig, wenn ein Tagesmaximum angegeben ist</translation>
    </message>
    <message>
        <source>is not a unit of the list</source>
        <translation>ist keine Einheit der Liste</translation>
    </message>
    <message>
        <source>is not a route of the EDQM list</source>
        <translation>ist kein Applikationsweg der EDQM-Liste</translation>
    </message>
    <message>
        <source>give a coded route or a text, not both</source>
        <translation>geben Sie einen codierten Weg oder einen Text an, nicht beides</translation>
    </message>
    <message>
        <source>is too large for a medication plan (more than {max})</source>
        <translation>ist zu gross für einen Medikationsplan (mehr als {max})</translation>
    </message>
    <message>
        <source>the field {path} must be an object</source>
        <translation>das Feld {path} muss ein Objekt sein</translation>
    </message>
    <message>
        <source>the field {path} must be a list</source>
        <translation>das Feld {path} muss eine Liste sein</translation>
    </message>
    <message>
        <source>the field {path} must be a number</source>
        <translation>das Feld {path} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>the field {path} must be a text</source>
        <translation>das Feld {path} muss ein Text sein</translation>
    </message>
    <message>
        <source>the field {path} must be true or false</source>
        <translation>das Feld {path} muss wahr oder falsch sein</translation>
    </message>
    <message>
        <source>is not a readable CHMED23A code</source>
        <translation>ist kein lesbarer CHMED23A-Code</translation>
    </message>
    <message>
        <source>is a CHMED23{version} code: Cordée reads CHMED23A</source>
        <translation>ist ein CHMED23{version}-Code: Cordée liest CHMED23A</translation>
    </message>
    <message>
        <source>is a CHMED23A code in {total} parts and {found} were pasted: paste all the parts together</source>
        <translation>ist ein CHMED23A-Code in {total} Teilen, eingefügt wurden {found}: alle Teile zusammen einfügen</translation>
    </message>
    <message>
        <source>the field {path} must be a date (ISO 8601)</source>
        <translation>das Feld {path} muss ein Datum sein (ISO 8601)</translation>
    </message>
    <message>
        <source>the field {path} is out of range</source>
        <translation>das Feld {path} liegt ausserhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>the field {path} has more than {max} entries</source>
        <translation>das Feld {path} hat mehr als {max} Einträge</translation>
    </message>
    <message>
        <source>the field {path} is longer than {max} characters</source>
        <translation>das Feld {path} ist länger als {max} Zeichen</translation>
    </message>
    <message>
        <source>the field {path} is nested too deeply</source>
        <translation>das Feld {path} ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>the field {path} is missing</source>
        <translation>das Feld {path} fehlt</translation>
    </message>
    <message>
        <source>the thesaurus file {file} cannot be read ({reason})</source>
        <translation>die Thesaurus-Datei {file} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>the thesaurus file {file} is not an ANSM thesaurus in JSON form: {problem}; nothing was installed</source>
        <translation>die Datei {file} ist kein ANSM-Thesaurus im JSON-Format: {problem}; nichts wurde installiert</translation>
    </message>
    <message>
        <source>must be an edition like 2023-09, not &apos;{value}&apos;</source>
        <translation>muss eine Ausgabe wie 2023-09 sein, nicht «{value}»</translation>
    </message>
    <message>
        <source>edition {value} is not newer than the installed edition {installed}; nothing was installed</source>
        <translation>die Ausgabe {value} ist nicht neuer als die installierte Ausgabe {installed}; nichts wurde installiert</translation>
    </message>
    <message>
        <source>the medication knowledge file {file} is not valid (entry {entry}): {problem}</source>
        <translation>die Arzneimittel-Wissensdatei {file} ist ungültig (Eintrag {entry}): {problem}</translation>
    </message>
    <message>
        <source>must be a time like 08:30</source>
        <translation>muss eine Uhrzeit wie 08:30 sein</translation>
    </message>
    <message>
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>muss 2–40 Kleinbuchstaben, Ziffern oder Unterstriche enthalten</translation>
    </message>
    <message>
        <source>must be routine, urgent, asap or stat</source>
        <translation>muss routine, urgent, asap oder stat sein</translation>
    </message>
    <message>
        <source>names no active member of the practice: {logins}</source>
        <translation>bezeichnet kein aktives Mitglied der Praxis: {logins}</translation>
    </message>
    <message>
        <source>at most {max} members can be mentioned</source>
        <translation>höchstens {max} Mitglieder können erwähnt werden</translation>
    </message>
    <message>
        <source>{names} may not read this patient&apos;s chart: they cannot be mentioned in this thread</source>
        <translation>{names} darf die Akte dieser Person nicht lesen und kann in dieser Unterhaltung nicht erwähnt werden</translation>
    </message>
    <message>
        <source>is not a patient of the practice</source>
        <translation>ist kein Patient der Praxis</translation>
    </message>
    <message>
        <source>this message was already retracted on {day}</source>
        <translation>diese Nachricht wurde bereits am {day} zurückgezogen</translation>
    </message>
    <message>
        <source>a retracted message cannot be turned into a record</source>
        <translation>eine zurückgezogene Nachricht kann nicht umgewandelt werden</translation>
    </message>
    <message>
        <source>this thread is about no patient</source>
        <translation>diese Unterhaltung betrifft keine Patientin und keinen Patienten</translation>
    </message>
    <message>
        <source>the patient has no care plan in force: start one first</source>
        <translation>für diese Person gibt es keinen laufenden Betreuungsplan: zuerst einen anlegen</translation>
    </message>
    <message>
        <source>needs a due date</source>
        <translation>erfordert ein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>needs an origin type and a positive id</source>
        <translation>erfordert einen Herkunftstyp und eine positive ID</translation>
    </message>
    <message>
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>eine Handlung wird nur bei protokollgebundenen Aufgaben erfasst</translation>
    </message>
    <message>
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>muss eine iCalendar-Regel wie FREQ=MONTHLY;INTERVAL=3 sein</translation>
    </message>
    <message>
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>darf kein DTSTART enthalten (das Fälligkeitsdatum beginnt die Serie)</translation>
    </message>
    <message>
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>muss FREQ auf DAILY, WEEKLY, MONTHLY oder YEARLY setzen</translation>
    </message>
    <message>
        <source>{part} must be a number</source>
        <translation>{part} muss eine Zahl sein</translation>
    </message>
    <message>
        <source>{part} must be between {min} and {max}</source>
        <translation>{part} muss zwischen {min} und {max} liegen</translation>
    </message>
    <message>
        <source>ends before the series starts on the due date</source>
        <translation>endet vor dem Beginn der Serie (dem Fälligkeitsdatum)</translation>
    </message>
    <message>
        <source>is not a valid iCalendar rule ({detail})</source>
        <translation>ist keine gültige iCalendar-Regel ({detail})</translation>
    </message>
    <message>
        <source>an absence lasts at most one year</source>
        <translation>eine Abwesenheit dauert höchstens ein Jahr</translation>
    </message>
    <message>
        <source>select at least one task</source>
        <translation>wählen Sie mindestens eine Aufgabe</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>muss eine ganze Zahl von Tagen sein</translation>
    </message>
    <message>
        <source>must be between {min} and {max} days</source>
        <translation>muss zwischen {min} und {max} Tagen liegen</translation>
    </message>
    <message>
        <source>«{value}» is not a valid code prefix</source>
        <translation>«{value}» ist kein gültiges Code-Präfix</translation>
    </message>
    <message>
        <source>must be 2–60 letters, digits, dots, dashes or underscores</source>
        <translation>muss 2–60 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche enthalten</translation>
    </message>
    <message>
        <source>must not be below the minimum age</source>
        <translation>darf nicht unter dem Mindestalter liegen</translation>
    </message>
    <message>
        <source>give both the task type and the number of months</source>
        <translation>geben Sie sowohl den Aufgabentyp als auch die Anzahl Monate an</translation>
    </message>
    <message>
        <source>give at least one criterion (age, condition, medication or task not done)</source>
        <translation>geben Sie mindestens ein Kriterium an (Alter, Erkrankung, Medikament oder nicht erledigte Aufgabe)</translation>
    </message>
    <message>
        <source>is not a known protocol</source>
        <translation>ist kein bekanntes Protokoll</translation>
    </message>
    <message>
        <source>must be a past date after 1990</source>
        <translation>muss ein vergangenes Datum nach 1990 sein</translation>
    </message>
    <message>
        <source>{staff} is not of a profession the protocol «{protocol}» delegates to ({professions})</source>
        <translation>{staff} hat keinen Beruf, an den das Protokoll «{protocol}» delegiert ({professions})</translation>
    </message>
    <message>
        <source>must be oral, written or electronic</source>
        <translation>muss mündlich, schriftlich oder elektronisch sein</translation>
    </message>
    <message>
        <source>must be patient or representative</source>
        <translation>muss Patient/in oder Vertretung sein</translation>
    </message>
    <message>
        <source>the practice has not activated the protocol «{protocol}»</source>
        <translation>die Praxis hat das Protokoll «{protocol}» nicht aktiviert</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» is not valid on {day}</source>
        <translation>das Protokoll «{protocol}» gilt am {day} nicht</translation>
    </message>
    <message>
        <source>choose one of the acts of the protocol «{protocol}» ({acts})</source>
        <translation>wählen Sie eine der Handlungen des Protokolls «{protocol}» ({acts})</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» does not allow the act «{act}» (allowed: {acts})</source>
        <translation>das Protokoll «{protocol}» erlaubt die Handlung «{act}» nicht (erlaubt: {acts})</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» does not delegate to the pool «{pool}»</source>
        <translation>das Protokoll «{protocol}» delegiert nicht an den Pool «{pool}»</translation>
    </message>
    <message>
        <source>a task under the protocol «{protocol}» needs a patient</source>
        <translation>eine Aufgabe unter dem Protokoll «{protocol}» braucht einen Patienten</translation>
    </message>
    <message>
        <source>the patient is {patient_age}; the protocol «{protocol}» covers patients {age_range}</source>
        <translation>der Patient ist {patient_age}; das Protokoll «{protocol}» umfasst Patienten {age_range}</translation>
    </message>
    <message>
        <source>the patient is {patient_age}; the act «{act}» covers patients {age_range}</source>
        <translation>der Patient ist {patient_age}; die Handlung «{act}» umfasst Patienten {age_range}</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» covers only {sexes}</source>
        <translation>das Protokoll «{protocol}» gilt nur für {sexes}</translation>
    </message>
    <message>
        <source>the act «{act}» covers only {sexes}</source>
        <translation>die Handlung «{act}» gilt nur für {sexes}</translation>
    </message>
    <message>
        <source>the patient has none of the conditions the protocol «{protocol}» covers (ICD-10 {conditions})</source>
        <translation>der Patient hat keine der Erkrankungen, die das Protokoll «{protocol}» umfasst (ICD-10 {conditions})</translation>
    </message>
    <message>
        <source>the patient has none of the conditions the act «{act}» covers (ICD-10 {conditions})</source>
        <translation>der Patient hat keine der Erkrankungen, die die Handlung «{act}» umfasst (ICD-10 {conditions})</translation>
    </message>
    <message>
        <source>the patient takes none of the medications the protocol «{protocol}» covers (ATC {medications})</source>
        <translation>der Patient nimmt keines der Medikamente, die das Protokoll «{protocol}» umfasst (ATC {medications})</translation>
    </message>
    <message>
        <source>the patient takes none of the medications the act «{act}» covers (ATC {medications})</source>
        <translation>der Patient nimmt keines der Medikamente, die die Handlung «{act}» umfasst (ATC {medications})</translation>
    </message>
    <message>
        <source>the patient has an exclusion criterion of the protocol «{protocol}» (condition {condition}): refer to the doctor</source>
        <translation>der Patient erfüllt ein Ausschlusskriterium des Protokolls «{protocol}» (Erkrankung {condition}): an den Arzt / die Ärztin verweisen</translation>
    </message>
    <message>
        <source>the patient takes a medication that excludes the protocol «{protocol}» (ATC {medication}): refer to the doctor</source>
        <translation>der Patient nimmt ein Medikament, das das Protokoll «{protocol}» ausschliesst (ATC {medication}): an den Arzt / die Ärztin verweisen</translation>
    </message>
    <message>
        <source>the patient is not enrolled (with consent) in the protocol «{protocol}»</source>
        <translation>der Patient ist nicht (mit Einwilligung) in das Protokoll «{protocol}» eingeschrieben</translation>
    </message>
    <message>
        <source>{staff} is no longer an active member of the practice</source>
        <translation>{staff} ist kein aktives Mitglied der Praxis mehr</translation>
    </message>
    <message>
        <source>{staff} ({profession}) is not of a profession the protocol «{protocol}» delegates to</source>
        <translation>{staff} ({profession}) hat keinen Beruf, an den das Protokoll «{protocol}» delegiert</translation>
    </message>
    <message>
        <source>{staff} does not adhere to the protocol «{protocol}»</source>
        <translation>{staff} ist dem Protokoll «{protocol}» nicht beigetreten</translation>
    </message>
    <message>
        <source>{staff} has no recorded training for the protocol «{protocol}»</source>
        <translation>für {staff} ist keine Schulung zum Protokoll «{protocol}» erfasst</translation>
    </message>
    <message>
        <source>must be renewal or dose_adjustment</source>
        <translation>muss renewal (Verlängerung) oder dose_adjustment (Dosisanpassung) sein</translation>
    </message>
    <message>
        <source>this medication has been stopped</source>
        <translation>dieses Medikament wurde abgesetzt</translation>
    </message>
    <message>
        <source>the {months}-month limit of this prescription ended on {ended}: a new prescription is needed</source>
        <translation>die Höchstdauer von {months} Monaten dieser Verordnung ist am {ended} abgelaufen: Es braucht eine neue Verordnung</translation>
    </message>
    <message>
        <source>the prescription does not authorise renewal by the pharmacien correspondant</source>
        <translation>die Verordnung erlaubt keine Verlängerung durch den Apotheker / die Apothekerin (pharmacien correspondant)</translation>
    </message>
    <message>
        <source>the prescription does not authorise dose adjustment by the pharmacien correspondant</source>
        <translation>die Verordnung erlaubt keine Dosisanpassung durch den Apotheker / die Apothekerin (pharmacien correspondant)</translation>
    </message>
    <message>
        <source>the renewal may run until {until} at the latest (authorisation on the prescription and {months}-month total)</source>
        <translation>die Verlängerung darf höchstens bis {until} laufen (Erlaubnis auf der Verordnung und Gesamtdauer von {months} Monaten)</translation>
    </message>
    <message>
        <source>must be after today</source>
        <translation>muss nach dem heutigen Tag liegen</translation>
    </message>
    <message>
        <source>{file} is not readable JSON ({detail})</source>
        <translation>{file} ist kein lesbares JSON ({detail})</translation>
    </message>
    <message>
        <source>{file} does not hold a JSON object</source>
        <translation>{file} enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>{file}: {key} is missing</source>
        <translation>{file}: {key} fehlt</translation>
    </message>
    <message>
        <source>{file}: {key} must be of JSON type {expected}</source>
        <translation>{file}: {key} muss vom JSON-Typ {expected} sein</translation>
    </message>
    <message>
        <source>{file}: {key} must not be empty</source>
        <translation>{file}: {key} darf nicht leer sein</translation>
    </message>
    <message>
        <source>{file}: {key} has an invalid value {value}</source>
        <translation>{file}: {key} hat einen ungültigen Wert {value}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a date YYYY-MM-DD</source>
        <translation>{file}: {key} muss ein Datum JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>{file}: {key} is out of range</source>
        <translation>{file}: {key} liegt ausserhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>{file}: {key} is less than {other}</source>
        <translation>{file}: {key} ist kleiner als {other}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a JSON object</source>
        <translation>{file}: {key} muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>{file}: {key} must be lower-case letters, digits and dashes</source>
        <translation>{file}: {key} darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten</translation>
    </message>
    <message>
        <source>{file}: {key} must be lower-case letters, digits and underscores</source>
        <translation>{file}: {key} darf nur Kleinbuchstaben, Ziffern und Unterstriche enthalten</translation>
    </message>
    <message>
        <source>{file}: {key} must be one of {allowed}</source>
        <translation>{file}: {key} muss einer dieser Werte sein: {allowed}</translation>
    </message>
    <message>
        <source>{file}: {key} must name at least one source</source>
        <translation>{file}: {key} muss mindestens eine Quelle nennen</translation>
    </message>
    <message>
        <source>{file}: {key} must list at least one allowed act</source>
        <translation>{file}: {key} muss mindestens eine erlaubte Handlung aufführen</translation>
    </message>
    <message>
        <source>{file}: {key} has duplicate act codes</source>
        <translation>{file}: {key} enthält doppelte Handlungscodes</translation>
    </message>
    <message>
        <source>{file}: {key} needs at least one role or one profession keyword</source>
        <translation>{file}: {key} braucht mindestens eine Rolle oder ein Berufs-Stichwort</translation>
    </message>
    <message>
        <source>{file}: {key} must say what to verify when verify is true</source>
        <translation>{file}: {key} muss angeben, was zu prüfen ist, wenn verify true ist</translation>
    </message>
    <message>
        <source>{file}: {key} must equal the file name without .json</source>
        <translation>{file}: {key} muss dem Dateinamen ohne .json entsprechen</translation>
    </message>
    <message>
        <source>women</source>
        <translation>Frauen</translation>
    </message>
    <message>
        <source>men</source>
        <translation>Männer</translation>
    </message>
    <message>
        <source>people of other sex</source>
        <translation>Personen anderen Geschlechts</translation>
    </message>
    <message>
        <source>none (the task is closed)</source>
        <translation>keiner (die Aufgabe ist abgeschlossen)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n Monat alt</numerusform>
            <numerusform>%n Monate alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n Jahr alt</numerusform>
            <numerusform>%n Jahre alt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>von %1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis zu %1</translation>
    </message>
    <message>
        <source>must be an ISO week such as 2026-W49</source>
        <translation>muss eine ISO-Woche sein, z. B. 2026-W49</translation>
    </message>
    <message>
        <source>must be this week or one of the last three years</source>
        <translation>muss diese Woche oder eine Woche der letzten drei Jahre sein</translation>
    </message>
    <message>
        <source>the first week comes after the last one</source>
        <translation>die erste Woche liegt nach der letzten</translation>
    </message>
    <message>
        <source>the span must be at most three years</source>
        <translation>der Zeitraum darf höchstens drei Jahre umfassen</translation>
    </message>
    <message>
        <source>no answer given</source>
        <translation>keine Antwort angegeben</translation>
    </message>
    <message>
        <source>at most {max} questionnaires at once</source>
        <translation>höchstens {max} Fragebögen auf einmal</translation>
    </message>
    <message>
        <source>question «{question}» takes a mark from 1 to 5</source>
        <translation>Frage «{question}» erwartet eine Note von 1 bis 5</translation>
    </message>
    <message>
        <source>question «{question}» takes yes or no</source>
        <translation>Frage «{question}» erwartet Ja oder Nein</translation>
    </message>
    <message>
        <source>«{question}» is not a question of the questionnaire</source>
        <translation>«{question}» ist keine Frage des Fragebogens</translation>
    </message>
    <message>
        <source>the questionnaire definition is not valid: {problem}</source>
        <translation>die Definition des Fragebogens ist ungültig: {problem}</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// or http://</source>
        <translation>muss eine Webadresse sein, die mit https:// oder http:// beginnt</translation>
    </message>
    <message>
        <source>must be ed_visit, admission or discharge</source>
        <translation>muss Notfallbesuch, Spitaleintritt oder Spitalaustritt sein</translation>
    </message>
    <message>
        <source>must be hospital, dmp, patient or other</source>
        <translation>muss Spital, DMP, Patient oder andere sein</translation>
    </message>
    <message>
        <source>this alert has already been acknowledged</source>
        <translation>diese Meldung wurde bereits zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>must be a PDF, a PNG or JPEG image, or a text file</source>
        <translation>muss ein PDF, ein PNG- oder JPEG-Bild oder eine Textdatei sein</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is too large ({size_mb} MB; at most {max_mb} MB per document)</source>
        <translation>ist zu gross ({size_mb} MB; höchstens {max_mb} MB pro Dokument)</translation>
    </message>
    <message>
        <source>is not an event of this patient</source>
        <translation>ist kein Ereignis dieses Patienten</translation>
    </message>
    <message>
        <source>is not a referral of this patient</source>
        <translation>ist keine Überweisung dieses Patienten</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>must be p1_48h, p2_7d, p3_scheduled or advice</source>
        <translation>muss innert 48 h, innert 7 Tagen, geplant oder nur Beratung sein</translation>
    </message>
    <message>
        <source>must be within the last year and not in the future</source>
        <translation>muss im letzten Jahr und nicht in der Zukunft liegen</translation>
    </message>
    <message>
        <source>is not a referral status</source>
        <translation>ist kein Überweisungsstatus</translation>
    </message>
    <message>
        <source>a «{referral_from}» referral cannot become «{referral_to}» (possible: {referral_next})</source>
        <translation>eine Überweisung im Status «{referral_from}» kann nicht in den Status «{referral_to}» wechseln (möglich: {referral_next})</translation>
    </message>
    <message>
        <source>must not be before the request</source>
        <translation>darf nicht vor der Anfrage liegen</translation>
    </message>
    <message>
        <source>must not be before the visit</source>
        <translation>darf nicht vor der Konsultation liegen</translation>
    </message>
    <message>
        <source>must be after the start, at most {hours} hours later</source>
        <translation>muss nach dem Beginn liegen, höchstens {hours} Stunden später</translation>
    </message>
    <message>
        <source>must be an https:// link to the practice&apos;s video service</source>
        <translation>muss ein https://-Link zum Videodienst der Praxis sein</translation>
    </message>
    <message>
        <source>must be an active nurse, advanced practice nurse or medical assistant</source>
        <translation>muss eine aktive Pflegefachperson, Pflegeexpertin/-experte APN oder medizinische Praxisassistenz sein</translation>
    </message>
    <message>
        <source>must be an active physician</source>
        <translation>muss eine aktive Ärztin / ein aktiver Arzt sein</translation>
    </message>
    <message>
        <source>must not be the member who is with the patient</source>
        <translation>darf nicht die Fachperson beim Patienten sein</translation>
    </message>
    <message>
        <source>only the remote physician of this teleconsultation concludes it</source>
        <translation>nur die Ärztin / der Arzt dieser Telekonsultation kann sie abschliessen</translation>
    </message>
    <message>
        <source>this teleconsultation is already concluded or cancelled</source>
        <translation>diese Telekonsultation ist bereits abgeschlossen oder abgesagt</translation>
    </message>
    <message>
        <source>must be monthly, ad_hoc, cpts or quality_circle</source>
        <translation>muss monatlich, ad hoc, CPTS oder Qualitätszirkel sein</translation>
    </message>
    <message>
        <source>must be active members of the practice</source>
        <translation>müssen aktive Mitglieder der Praxis sein</translation>
    </message>
    <message>
        <source>a meeting needs at least one participant</source>
        <translation>eine Besprechung braucht mindestens eine teilnehmende Person</translation>
    </message>
    <message>
        <source>must be note, task or care_plan</source>
        <translation>muss Notiz, Aufgabe oder Betreuungsplan sein</translation>
    </message>
    <message>
        <source>the patient has no open care plan to revise</source>
        <translation>der Patient hat keinen offenen Betreuungsplan zum Überarbeiten</translation>
    </message>
    <message>
        <source>must not be before the start of the period</source>
        <translation>darf nicht vor dem Beginn des Zeitraums liegen</translation>
    </message>
    <message>
        <source>the period must be at most {max} months</source>
        <translation>der Zeitraum darf höchstens {max} Monate betragen</translation>
    </message>
    <message>
        <source>this self-assessment period is closed: answers can no longer be given or changed</source>
        <translation>diese Selbstbewertungsrunde ist abgeschlossen: Antworten können nicht mehr gegeben oder geändert werden</translation>
    </message>
    <message>
        <source>«{axis}» is not an axis of the grid</source>
        <translation>«{axis}» ist keine Achse des Rasters</translation>
    </message>
    <message>
        <source>the axis «{axis}» is answered twice</source>
        <translation>die Achse «{axis}» ist zweimal beantwortet</translation>
    </message>
    <message>
        <source>every axis needs a level ({count} not answered)</source>
        <translation>jede Achse braucht eine Stufe ({count} nicht beantwortet)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>Termin vereinbart</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>Konsultation erfolgt</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>Bericht erhalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <source>none (it is closed)</source>
        <translation>keiner (sie ist abgeschlossen)</translation>
    </message>
    <message>
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>muss F, M, X (anderes) oder U (unbekannt) sein</translation>
    </message>
    <message>
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>muss PROV, RECUP, VALI oder QUAL sein, wenn eine INS angegeben ist</translation>
    </message>
    <message>
        <source>needs an INS number</source>
        <translation>erfordert eine INS-Nummer</translation>
    </message>
    <message>
        <source>must stay provisional while the identity is marked doubtful</source>
        <translation>muss provisorisch bleiben, solange die Identität als zweifelhaft markiert ist</translation>
    </message>
    <message>
        <source>must stay provisional while the identity is marked fictitious</source>
        <translation>muss provisorisch bleiben, solange die Identität als fiktiv markiert ist</translation>
    </message>
    <message>
        <source>is needed for a qualified identity (INS trait)</source>
        <translation>ist für eine qualifizierte Identität nötig (INS-Merkmal)</translation>
    </message>
    <message>
        <source>must be female or male for a qualified identity</source>
        <translation>muss für eine qualifizierte Identität weiblich oder männlich sein</translation>
    </message>
    <message>
        <source>must be the 5-character INSEE code of the commune (99 and the country code when born abroad)</source>
        <translation>muss der 5-stellige INSEE-Code der Gemeinde sein (99 und der Ländercode bei Geburt im Ausland)</translation>
    </message>
    <message>
        <source>The patient has objected to sharing their data: nothing is sent to others.</source>
        <translation>Der Patient hat dem Austausch seiner Daten widersprochen: nichts wird an andere gesendet.</translation>
    </message>
    <message>
        <source>kind must be condition, allergy or ald</source>
        <translation>die Art muss Erkrankung, Allergie oder ALD sein</translation>
    </message>
    <message>
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>muss ein ATC-Code oder eine ATC-Klasse sein (z. B. J01C)</translation>
    </message>
    <message>
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>muss ein ICD-10-Code sein (z. B. I50.9)</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Unbekannter Benutzer oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Too many failed logins: wait {wait_seconds} s before trying again.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen: Warten Sie {wait_seconds} s, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins; ask an administrator to unlock it.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt; bitten Sie eine Administratorin oder einen Administrator, es zu entsperren.</translation>
    </message>
    <message>
        <source>must differ from the current password</source>
        <translation>muss sich vom aktuellen Passwort unterscheiden</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>ist nicht Ihr aktuelles Passwort</translation>
    </message>
    <message>
        <source>this database already holds a practice</source>
        <translation>diese Datenbank enthält bereits eine Praxis</translation>
    </message>
    <message>
        <source>must be {min} to {max} digits, with only spaces and + . - between them</source>
        <translation>muss {min} bis {max} Ziffern haben, dazwischen nur Leerzeichen und + . -</translation>
    </message>
    <message>
        <source>must say why, in at least {min} characters (e.g. &quot;unconscious patient brought in, no médecin traitant reachable&quot;)</source>
        <translation>muss den Grund in mindestens {min} Zeichen nennen (z. B. «Patient bewusstlos eingeliefert, Hausarzt nicht erreichbar»)</translation>
    </message>
    <message>
        <source>Charts are open to every clinician of the practice: no emergency access is needed.</source>
        <translation>Die Dossiers stehen allen Fachpersonen der Praxis offen: Ein Notfallzugriff ist nicht nötig.</translation>
    </message>
    <message>
        <source>You can already read this chart: no emergency access is needed.</source>
        <translation>Sie können dieses Dossier bereits lesen: Ein Notfallzugriff ist nicht nötig.</translation>
    </message>
    <message>
        <source>must be between {min} and {max} minutes</source>
        <translation>muss zwischen {min} und {max} Minuten liegen</translation>
    </message>
    <message>
        <source>was already acknowledged by {by}</source>
        <translation>wurde bereits von {by} zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>a PostgreSQL server is backed up on the server (pg_dump), not by Cordée</source>
        <translation>ein PostgreSQL-Server wird auf dem Server gesichert (pg_dump), nicht durch Cordée</translation>
    </message>
    <message>
        <source>must not be in {folder}: the recovery code must never lie beside the encrypted database or its backups; choose a folder elsewhere (a USB stick to print from, your documents)</source>
        <translation>darf nicht in {folder} liegen: Der Wiederherstellungscode darf nie neben der verschlüsselten Datenbank oder ihren Sicherungen liegen; wählen Sie einen anderen Ordner (einen USB-Stick zum Drucken, Ihre Dokumente)</translation>
    </message>
    <message>
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>muss 2 bis 64 Zeichen haben: Kleinbuchstaben, Ziffern, . _ -, beginnend mit einem Buchstaben</translation>
    </message>
    <message>
        <source>is already used by another account</source>
        <translation>wird bereits von einem anderen Konto verwendet</translation>
    </message>
    <message>
        <source>choose at least one role</source>
        <translation>wählen Sie mindestens eine Rolle</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>unbekannte Rolle {role}</translation>
    </message>
    <message>
        <source>a survey kiosk account has no other role</source>
        <translation>ein Befragungs-Kiosk-Konto hat keine andere Rolle</translation>
    </message>
    <message>
        <source>is not a telephone number (digits, spaces, + . / ( ) -)</source>
        <translation>ist keine Telefonnummer (Ziffern, Leerzeichen, + . / ( ) -)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {max}</source>
        <translation>muss eine ganze Zahl von Tagen zwischen 0 und {max} sein</translation>
    </message>
    <message>
        <source>a pathway needs at least one step</source>
        <translation>ein Pfad braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a pathway has at most {max} steps</source>
        <translation>ein Pfad hat höchstens {max} Schritte</translation>
    </message>
    <message>
        <source>this pathway is not one of the referral&apos;s resource</source>
        <translation>dieser Pfad gehört nicht zum Angebot der Überweisung</translation>
    </message>
    <message>
        <source>the file is larger than {max} bytes: nothing was imported</source>
        <translation>die Datei ist größer als {max} Bytes: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: nothing was imported</source>
        <translation>die Datei ist kein UTF-8-Text: nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}: the header is not that of a directory export (column «{column}» expected): nothing was imported</source>
        <translation>Zeile {line}: die Kopfzeile ist nicht die eines Verzeichnisexports (Spalte «{column}» erwartet): nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}: {count} columns instead of {expected}: nothing was imported</source>
        <translation>Zeile {line}: {count} Spalten statt {expected}: nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: a value is needed: nothing was imported</source>
        <translation>Zeile {line}, Spalte «{column}»: ein Wert ist nötig: nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» is not accepted: nothing was imported</source>
        <translation>Zeile {line}, Spalte «{column}»: «{value}» ist nicht zulässig: nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» appears twice: nothing was imported</source>
        <translation>Zeile {line}, Spalte «{column}»: «{value}» kommt doppelt vor: nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» is not defined above in the file: nothing was imported</source>
        <translation>Zeile {line}, Spalte «{column}»: «{value}» ist weiter oben in der Datei nicht definiert: nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: the pathway «{value}» has no step: nothing was imported</source>
        <translation>Zeile {line}, Spalte «{column}»: der Pfad «{value}» hat keinen Schritt: nichts wurde importiert</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: the pathway belongs to another resource in this practice: nothing was imported</source>
        <translation>Zeile {line}, Spalte «{column}»: der Pfad gehört in dieser Praxis zu einem anderen Angebot: nichts wurde importiert</translation>
    </message>
    <message>
        <source>you cannot remove your own administrator role</source>
        <translation>Sie können Ihre eigene Administratorrolle nicht entfernen</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren</translation>
    </message>
    <message>
        <source>type letters of the patient&apos;s name</source>
        <translation>geben Sie Buchstaben des Patientennamens ein</translation>
    </message>
    <message>
        <source>is too easy to guess</source>
        <translation>ist zu leicht zu erraten</translation>
    </message>
    <message>
        <source>Entries {first} to {last} are missing (deleted).</source>
        <translation>Die Einträge {first} bis {last} fehlen (gelöscht).</translation>
    </message>
    <message>
        <source>Entry {seq} is out of order.</source>
        <translation>Der Eintrag {seq} steht nicht an seiner Stelle in der Reihenfolge.</translation>
    </message>
    <message>
        <source>Entry {seq} does not follow the entry before it (inserted, or an entry before it deleted).</source>
        <translation>Der Eintrag {seq} folgt nicht auf den Eintrag davor (eingefügt, oder ein Eintrag davor gelöscht).</translation>
    </message>
    <message>
        <source>Entry {seq} was changed after it was written.</source>
        <translation>Der Eintrag {seq} wurde nach dem Schreiben geändert.</translation>
    </message>
    <message>
        <source>Entry {seq} is damaged: its values cannot be read.</source>
        <translation>Der Eintrag {seq} ist beschädigt: seine Werte können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The chain&apos;s head record is missing.</source>
        <translation>Der Kopfdatensatz der Kette fehlt.</translation>
    </message>
    <message>
        <source>The chain&apos;s head record was changed outside Cordée.</source>
        <translation>Der Kopfdatensatz der Kette wurde ausserhalb von Cordée geändert.</translation>
    </message>
    <message>
        <source>The newest entries after {last} were deleted (the head records {head}).</source>
        <translation>Die neuesten Einträge nach {last} wurden gelöscht (der Kopf verzeichnet {head}).</translation>
    </message>
    <message>
        <source>Entries after {head} were added outside Cordée.</source>
        <translation>Einträge nach {head} wurden ausserhalb von Cordée hinzugefügt.</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the anchor of {at} (entry {seq}) matches the trail.</source>
        <translation>{anchor_place} {where}: Der Anker vom {at} (Eintrag {seq}) stimmt mit dem Protokoll überein.</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the anchor of {at} records {seq} entries, the trail has {rows}: entries were deleted or an older copy of the database was put in place ({count} anchors).</source>
        <translation>{anchor_place} {where}: Der Anker vom {at} verzeichnet {seq} Einträge, das Protokoll hat {rows}: Einträge wurden gelöscht oder eine ältere Kopie der Datenbank wurde eingesetzt ({count} Anker).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: entry {seq} differs from the anchor of {at}: the trail was rebuilt or changed ({count} anchors).</source>
        <translation>{anchor_place} {where}: Der Eintrag {seq} weicht vom Anker vom {at} ab: Das Protokoll wurde neu aufgebaut oder geändert ({count} Anker).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: {count} anchors were not written by Cordée for this practice (forged or damaged).</source>
        <translation>{anchor_place} {where}: {count} Anker wurden nicht von Cordée für diese Praxis geschrieben (gefälscht oder beschädigt).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the restore of a backup on {restore_at} set the trail back from entry {seq} (anchor of {at}) to {restore_seq}.</source>
        <translation>{anchor_place} {where}: Die Wiederherstellung einer Sicherung am {restore_at} hat das Protokoll von Eintrag {seq} (Anker vom {at}) auf {restore_seq} zurückgesetzt.</translation>
    </message>
    <message>
        <source>{anchor_place} {where} cannot be read: {reason}.</source>
        <translation>{anchor_place} {where} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>Anchors also go to {where}: compare with an export of its lines (cordee audit verify --anchors FILE).</source>
        <translation>Die Anker gehen auch an {where}: Vergleichen Sie mit einem Export seiner Zeilen (cordee audit verify --anchors DATEI).</translation>
    </message>
    <message>
        <source>No anchor was found outside the database: the trail can only be checked against itself.</source>
        <translation>Ausserhalb der Datenbank wurde kein Anker gefunden: Das Protokoll kann nur an sich selbst geprüft werden.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Anchor log</source>
        <translation>Anker-Protokoll</translation>
    </message>
    <message>
        <source>{path} already exists; Cordée never replaces a database.</source>
        <translation>{path} existiert bereits; Cordée ersetzt nie eine Datenbank.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder.</source>
        <translation>{path} ist eine Datei, kein Ordner: Wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <source>No database at {path}: check that the disk or the folder is available.</source>
        <translation>Keine Datenbank unter {path}: Prüfen Sie, ob das Laufwerk oder der Ordner verfügbar ist.</translation>
    </message>
    <message>
        <source>The key of the database could not be read from this computer&apos;s keyring: enter the practice passphrase or the recovery code.</source>
        <translation>Der Schlüssel der Datenbank konnte nicht aus dem Schlüsselbund dieses Computers gelesen werden: Geben Sie die Passphrase der Praxis oder den Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>Falsche Passphrase für diese Datenbank. Prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es erneut. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Wrong recovery code for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>Falscher Wiederherstellungscode für diese Datenbank. Vergleichen Sie ihn mit dem Wiederherstellungsblatt dieser Datenbank und versuchen Sie es erneut. Die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged: some of its pages cannot be read. Nothing more is written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>Die Datenbankdatei {path} ist beschädigt: einige ihrer Seiten sind nicht lesbar. Es wird nichts mehr in sie geschrieben. Stellen Sie die Datenbank aus einer Sicherung wieder her und bewahren Sie die beschädigte Datei zur Analyse auf.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no practice, and Cordée does not turn it into a new one. If it should hold your records, restore the database from a backup; to start a new practice, choose another file name.</source>
        <translation>{path} ist leer (0 Bytes): sie enthält keine Praxis, und Cordée macht daraus keine neue. Wenn sie Ihre Akten enthalten sollte, stellen Sie die Datenbank aus einer Sicherung wieder her; für eine neue Praxis wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>The database file {path} does not belong to the key file beside it ({key_file}): they come from two different practices. Nothing was changed. Put this database&apos;s own key file beside it (from the backup it came with), or open the other practice&apos;s database.</source>
        <translation>Die Datenbankdatei {path} gehört nicht zur Schlüsseldatei daneben ({key_file}): sie stammen aus zwei verschiedenen Praxen. Es wurde nichts geändert. Legen Sie die eigene Schlüsseldatei dieser Datenbank daneben (aus der Sicherung, aus der sie stammt), oder öffnen Sie die Datenbank der anderen Praxis.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file {key_file}, and that key file was made for another database file than {path}: it may belong to another practice. Put this database&apos;s own key file beside it (from its backup), or check the passphrase. Nothing was changed.</source>
        <translation>Die Passphrase öffnet die Schlüsseldatei {key_file} nicht, und diese Schlüsseldatei wurde für eine andere Datenbankdatei als {path} erstellt: sie gehört vielleicht zu einer anderen Praxis. Legen Sie die eigene Schlüsseldatei dieser Datenbank daneben (aus ihrer Sicherung), oder prüfen Sie die Passphrase. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The log file of {path} (its -wal file) is missing, yet it held the newest saved changes ({frames} pages). Nothing was opened or changed: put the -wal file back beside the database if you have it, else restore the database from a backup. Keep the files for analysis.</source>
        <translation>Die Protokolldatei von {path} (ihre -wal-Datei) fehlt, obwohl sie die neuesten gespeicherten Änderungen enthielt ({frames} Seiten). Es wurde nichts geöffnet oder geändert: legen Sie die -wal-Datei wieder neben die Datenbank, wenn Sie sie haben, sonst stellen Sie die Datenbank aus einer Sicherung wieder her. Bewahren Sie die Dateien zur Analyse auf.</translation>
    </message>
    <message>
        <source>The log file of {path} (its -wal file), which holds the newest changes, is damaged: opening the database now would lose changes that were saved. Nothing was opened or changed. Restore the database from a backup and keep the database with its -wal and -shm files for analysis.</source>
        <translation>Die Protokolldatei von {path} (ihre -wal-Datei), die die neuesten Änderungen enthält, ist beschädigt: die Datenbank jetzt zu öffnen, würde gespeicherte Änderungen verlieren. Es wurde nichts geöffnet oder geändert. Stellen Sie die Datenbank aus einer Sicherung wieder her und bewahren Sie die Datenbank mit ihren -wal- und -shm-Dateien zur Analyse auf.</translation>
    </message>
    <message>
        <source>{path} is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>{path} ist nicht verschlüsselt. Cordée verwendet keine unverschlüsselte Datenbank.</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher: this installation of Cordée cannot open encrypted files. Reinstall Cordée.</source>
        <translation>Die verwendete SQLite-Bibliothek ist nicht SQLCipher: Diese Installation von Cordée kann keine verschlüsselten Dateien öffnen. Installieren Sie Cordée neu.</translation>
    </message>
    <message>
        <source>{path} is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>{path} liegt auf einer Netzwerkfreigabe; die verschlüsselte Datei muss auf der Festplatte dieses Computers bleiben. Für mehrere Arbeitsplätze verwenden Sie einen PostgreSQL-Server.</translation>
    </message>
    <message>
        <source>This database has schema {revision}, newer than this version of Cordée knows. Install the newer version of Cordée to open it; the database was not changed.</source>
        <translation>Diese Datenbank hat das Schema {revision}, das neuer ist, als diese Version von Cordée kennt. Installieren Sie die neuere Version von Cordée, um sie zu öffnen; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: give the path of the file itself (for example …/practice.db).</source>
        <translation>{path} ist ein Ordner, keine Datei: geben Sie den Pfad der Datei selbst an (zum Beispiel …/practice.db).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a pipe or a socket): give the path of the file itself.</source>
        <translation>{path} ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket): geben Sie den Pfad der Datei selbst an.</translation>
    </message>
    <message>
        <source>This user account may not read {path}: work with the account that owns the practice files, or ask the administrator to give it access to the file and its folder.</source>
        <translation>Dieses Benutzerkonto darf {path} nicht lesen: arbeiten Sie mit dem Konto, dem die Dateien der Praxis gehören, oder bitten Sie die Administration, ihm Zugriff auf die Datei und ihren Ordner zu geben.</translation>
    </message>
    <message>
        <source>This user account may not write to {path} (read-only for it): ask the administrator for write access, or use a folder of your own. Nothing was changed.</source>
        <translation>Dieses Benutzerkonto darf nicht in {path} schreiben (für es schreibgeschützt): bitten Sie die Administration um Schreibzugriff, oder verwenden Sie einen eigenen Ordner. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk (or a write-protected medium): Cordée cannot save there. Copy the files to a writable disk and use the copy. Nothing was changed.</source>
        <translation>{path} liegt auf einem schreibgeschützten Datenträger: Cordée kann dort nicht speichern. Kopieren Sie die Dateien auf einen beschreibbaren Datenträger und verwenden Sie die Kopie. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full: what was being written was not saved (what was saved before is intact). Free space on that disk or choose another place, then try again.</source>
        <translation>Der Datenträger mit {path} ist voll: was gerade geschrieben wurde, ist nicht gespeichert (was vorher gespeichert war, ist unversehrt). Schaffen Sie Platz auf diesem Datenträger oder wählen Sie einen anderen Ort, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path} (input/output error): it may be failing or have been removed. Nothing more was written. Check the disk; if the error comes back, restore the database from a backup onto a sound disk.</source>
        <translation>Der Datenträger konnte {path} nicht lesen oder schreiben (Ein-/Ausgabefehler): er ist vielleicht defekt oder wurde entfernt. Es wurde nichts mehr geschrieben. Prüfen Sie den Datenträger; wenn der Fehler wiederkommt, stellen Sie die Datenbank aus einer Sicherung auf einem intakten Datenträger wieder her.</translation>
    </message>
    <message>
        <source>{path} is in use by another program and did not become free in time: close it there, then try again.</source>
        <translation>{path} wird von einem anderen Programm verwendet und wurde nicht rechtzeitig frei: schliessen Sie es dort, dann versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{path} is not a usable path (too long, a loop of links or a forbidden character).</source>
        <translation>{path} ist kein verwendbarer Pfad (zu lang, eine Schleife von Verknüpfungen oder ein unzulässiges Zeichen).</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>{path} kann nicht verwendet werden: {error}.</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>Die Schlüsseldatei {path} dieser Datenbank fehlt. Ohne sie kann die Datenbank nicht geöffnet werden: Stellen Sie die Schlüsseldatei aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>Die Schlüsseldatei {path} dieser Datenbank ist beschädigt. Stellen Sie sie aus der Sicherung wieder her; die Datenbank selbst wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The key file {path} asks for key-derivation settings outside the allowed range ({param} = {value}; allowed {min} to {max}): it was not written by Cordée or it is damaged. Restore the key file from the backup.</source>
        <translation>Die Schlüsseldatei {path} verlangt Einstellungen der Schlüsselableitung ausserhalb des zulässigen Bereichs ({param} = {value}; zulässig {min} bis {max}): sie wurde nicht von Cordée geschrieben oder ist beschädigt. Stellen Sie die Schlüsseldatei aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of Cordée. Install that version.</source>
        <translation>Die Schlüsseldatei {path} wurde von einer neueren Version von Cordée geschrieben. Installieren Sie diese Version.</translation>
    </message>
    <message>
        <source>{path} already exists; it is never replaced.</source>
        <translation>{path} existiert bereits; sie wird nie ersetzt.</translation>
    </message>
    <message>
        <source>The key does not belong to this database; nothing was changed.</source>
        <translation>Der Schlüssel gehört nicht zu dieser Datenbank; es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>no allowed keyring backend on this computer</source>
        <translation>kein zugelassener Schlüsselbund auf diesem Computer</translation>
    </message>
    <message>
        <source>the keyring did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>keyring error: {error}</source>
        <translation>Fehler des Schlüsselbunds: {error}</translation>
    </message>
    <message>
        <source>the recorded keyring backend is not allowed</source>
        <translation>der gespeicherte Schlüsselbund ist nicht zugelassen</translation>
    </message>
    <message>
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>der Schlüsselbund mit dem Schlüssel ist nicht verfügbar (Schlüsselspeicher gewechselt)</translation>
    </message>
    <message>
        <source>the keyring holds no key for this database</source>
        <translation>der Schlüsselbund enthält keinen Schlüssel für diese Datenbank</translation>
    </message>
    <message>
        <source>the key in the keyring does not match this database</source>
        <translation>der Schlüssel im Schlüsselbund passt nicht zu dieser Datenbank</translation>
    </message>
    <message>
        <source>the keyring holds a value for this database that is not a key</source>
        <translation>der Schlüsselbund enthält für diese Datenbank einen Wert, der kein Schlüssel ist</translation>
    </message>
    <message>
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>muss mit postgresql:// oder postgresql+psycopg:// beginnen</translation>
    </message>
    <message>
        <source>the server {host} is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>der Server {host} ist nicht auf diesem Computer: Fügen Sie ?sslmode=verify-full hinzu (TLS erforderlich)</translation>
    </message>
    <message>
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>darf kein Passwort enthalten: Legen Sie es in eine .pgpass-Datei</translation>
    </message>
    <message>
        <source>The address of the PostgreSQL server must start with postgresql:// or postgresql+psycopg://.</source>
        <translation>Die Adresse des PostgreSQL-Servers muss mit postgresql:// oder postgresql+psycopg:// beginnen.</translation>
    </message>
    <message>
        <source>The PostgreSQL server {host} is not on this computer: add ?sslmode=verify-full to its address (TLS is required outside this computer).</source>
        <translation>Der PostgreSQL-Server {host} ist nicht auf diesem Computer: Fügen Sie seiner Adresse ?sslmode=verify-full hinzu (TLS ist ausserhalb dieses Computers erforderlich).</translation>
    </message>
    <message>
        <source>Cannot use the PostgreSQL server: {error}</source>
        <translation>Der PostgreSQL-Server kann nicht verwendet werden: {error}</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {error}</source>
        <translation>In {folder} kann keine Sicherung geschrieben werden: {error}</translation>
    </message>
    <message>
        <source>The backup could not be written ({error}); the database itself is untouched.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden ({error}); die Datenbank selbst ist unverändert.</translation>
    </message>
    <message>
        <source>The backup could not be verified ({backup_check}); the database itself is untouched.</source>
        <translation>Die Sicherung konnte nicht geprüft werden ({backup_check}); die Datenbank selbst ist unverändert.</translation>
    </message>
    <message>
        <source>The backup {backup} lacks {file}; use another backup.</source>
        <translation>In der Sicherung {backup} fehlt {file}; verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>{file} in the backup {backup} has changed since it was written; use another backup.</source>
        <translation>{file} in der Sicherung {backup} hat sich seit dem Schreiben verändert; verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>The manifest of the backup {backup} is damaged; use another backup.</source>
        <translation>Das Manifest der Sicherung {backup} ist beschädigt; verwenden Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>{folder} is not a Cordée backup (no manifest.json).</source>
        <translation>{folder} ist keine Cordée-Sicherung (kein manifest.json).</translation>
    </message>
    <message>
        <source>{path} already exists; Cordée never replaces a database (restore to a new name).</source>
        <translation>{path} existiert bereits; Cordée ersetzt nie eine Datenbank (unter neuem Namen wiederherstellen).</translation>
    </message>
    <message>
        <source>The restored database does not hold what the backup recorded: do not use it; restore another backup.</source>
        <translation>Die wiederhergestellte Datenbank enthält nicht, was die Sicherung festgehalten hat: Verwenden Sie sie nicht; stellen Sie eine andere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>{path} is not a Cordée practice file: it must be a small JSON file that names the practice&apos;s &quot;database&quot; or &quot;server&quot;.</source>
        <translation>{path} ist keine Cordée-Praxisdatei: Es muss eine kleine JSON-Datei sein, die die Datenbank („database“) oder den Server („server“) der Praxis nennt.</translation>
    </message>
    <message>
        <source>Another workstation changed the same records at the same moment; nothing was saved. Reload and try again.</source>
        <translation>Ein anderer Arbeitsplatz hat dieselben Daten im selben Moment geändert; nichts wurde gespeichert. Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>must be file:/path, syslog, syslog:/socket, syslog:host:port or syslog+tcp:host:port</source>
        <translation>muss file:/Pfad, syslog, syslog:/Socket, syslog:Host:Port oder syslog+tcp:Host:Port sein</translation>
    </message>
    <message>
        <source>the file must be given with its full path (file:/var/log/cordee/anchors.log)</source>
        <translation>die Datei muss mit ihrem vollständigen Pfad angegeben werden (file:/var/log/cordee/anchors.log)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>cannot write to {sink} ({error}); the setting is unchanged</source>
        <translation>kann nicht in {sink} schreiben ({error}); die Einstellung bleibt unverändert</translation>
    </message>
    <message>
        <source>the copy cannot be read</source>
        <translation>die Kopie kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>encrypted pages</source>
        <translation>verschlüsselte Seiten</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>Integritätsprüfung</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>Fremdschlüssel</translation>
    </message>
    <message>
        <source>the row counts differ</source>
        <translation>die Zeilenzahlen weichen ab</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Your account has been deactivated: ask an administrator.</source>
        <translation>Ihr Konto wurde deaktiviert: Wenden Sie sich an die Administration.</translation>
    </message>
    <message>
        <source>This patient&apos;s chart is open to their care team only (médecin traitant, care circle, a task or an alert on the patient).</source>
        <translation>Das Dossier dieses Patienten ist nur für sein Behandlungsteam offen (Hausarzt/Hausärztin, Betreuungsnetz, eine Aufgabe oder eine Meldung zu diesem Patienten).</translation>
    </message>
    <message>
        <source>Only the patient&apos;s médecin traitant can do this.</source>
        <translation>Nur der Hausarzt oder die Hausärztin des Patienten kann dies tun.</translation>
    </message>
    <message>
        <source>Only the doctor the alert was sent to can answer it.</source>
        <translation>Nur die Ärztin oder der Arzt, an die die Meldung gerichtet ist, kann sie beantworten.</translation>
    </message>
    <message>
        <source>Only the person the task is assigned to, its pool, its creator or a supervisor can change it.</source>
        <translation>Nur die zuständige Person, ihr Pool, wer sie erstellt hat oder eine Aufsichtsperson kann diese Aufgabe ändern.</translation>
    </message>
    <message>
        <source>This task is not waiting in one of your pools.</source>
        <translation>Diese Aufgabe wartet in keinem Ihrer Pools.</translation>
    </message>
    <message>
        <source>Only the person or role responsible for this action, or the care team, can record its progress.</source>
        <translation>Nur die für diese Massnahme verantwortliche Person oder Rolle oder das Behandlungsteam kann ihren Fortschritt erfassen.</translation>
    </message>
    <message>
        <source>Each user changes only their own preferences.</source>
        <translation>Jeder Benutzer ändert nur seine eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>Your emergency access to this chart is read-only: it allows no change.</source>
        <translation>Ihr Notfallzugriff auf dieses Dossier erlaubt nur das Lesen, keine Änderung.</translation>
    </message>
    <message>
        <source>Only the author of a message can retract it.</source>
        <translation>Nur die Verfasserin oder der Verfasser einer Nachricht kann sie zurückziehen.</translation>
    </message>
    <message>
        <source>This document is restricted to the people it names.</source>
        <translation>Dieses Dokument ist den darin genannten Personen vorbehalten.</translation>
    </message>
    <message>
        <source>must name active members of the practice (not: {ids})</source>
        <translation>muss aktive Mitglieder der Praxis nennen (nicht: {ids})</translation>
    </message>
    <message>
        <source>the FHIR file is larger than {max} bytes: nothing was imported</source>
        <translation>die FHIR-Datei ist grösser als {max} Bytes: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the file is not JSON (line {line}, column {column}): nothing was imported</source>
        <translation>die Datei ist kein JSON (Zeile {line}, Spalte {column}): nichts wurde importiert</translation>
    </message>
    <message>
        <source>the FHIR file is nested more than {max} levels deep: nothing was imported</source>
        <translation>die FHIR-Datei ist tiefer als {max} Ebenen verschachtelt: nichts wurde importiert</translation>
    </message>
    <message>
        <source>{path} holds more than {max} elements: nothing was imported</source>
        <translation>{path} enthält mehr als {max} Elemente: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the file is not a FHIR Bundle (resourceType {found}): nothing was imported</source>
        <translation>die Datei ist kein FHIR-Bundle (resourceType {found}): nichts wurde importiert</translation>
    </message>
    <message>
        <source>{path} is not valid FHIR R4 ({problem}): nothing was imported</source>
        <translation>{path} ist kein gültiges FHIR R4 ({problem}): nichts wurde importiert</translation>
    </message>
    <message>
        <source>{path} is missing: nothing was imported</source>
        <translation>{path} fehlt: nichts wurde importiert</translation>
    </message>
    <message>
        <source>{path} is out of the plausible range: nothing was imported</source>
        <translation>{path} liegt ausserhalb des plausiblen Bereichs: nichts wurde importiert</translation>
    </message>
    <message>
        <source>{path} is longer than {max} characters: nothing was imported</source>
        <translation>{path} ist länger als {max} Zeichen: nichts wurde importiert</translation>
    </message>
    <message>
        <source>{path} is not a valid code of {system}: nothing was imported</source>
        <translation>{path} ist kein gültiger Code von {system}: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the bundle holds {count} patients instead of one: nothing was imported</source>
        <translation>das Bundle enthält {count} Patienten statt einem: nichts wurde importiert</translation>
    </message>
    <message>
        <source>a package for MSSanté names the patient by a qualified INS: qualify the identity first</source>
        <translation>Ein Paket für MSSanté bezeichnet den Patienten mit einer qualifizierten INS: zuerst die Identität qualifizieren</translation>
    </message>
    <message>
        <source>the package is written as .zip or .eml</source>
        <translation>Das Paket wird als .zip oder .eml geschrieben</translation>
    </message>
    <message>
        <source>the package is larger than {max} bytes: nothing was imported</source>
        <translation>Das Paket ist grösser als {max} Bytes: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the file is not a zip archive: nothing was imported</source>
        <translation>Die Datei ist kein ZIP-Archiv: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the package holds more than {max} entries: nothing was imported</source>
        <translation>Das Paket enthält mehr als {max} Einträge: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the package entry {entry} has a forbidden name: nothing was imported</source>
        <translation>Der Paketeintrag {entry} hat einen unzulässigen Namen: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the package entry {entry} is damaged or encrypted: nothing was imported</source>
        <translation>Der Paketeintrag {entry} ist beschädigt oder verschlüsselt: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the package entry {entry} is too large once unpacked: nothing was imported</source>
        <translation>Der Paketeintrag {entry} ist entpackt zu gross: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the package has no IHE_XDM/…/METADATA.XML (found {found}): nothing was imported</source>
        <translation>Das Paket hat kein IHE_XDM/…/METADATA.XML ({found} gefunden): nichts wurde importiert</translation>
    </message>
    <message>
        <source>the package entry {entry} is not readable XML: nothing was imported</source>
        <translation>Der Paketeintrag {entry} ist kein lesbares XML: nichts wurde importiert</translation>
    </message>
    <message>
        <source>{entry} describes no document: nothing was imported</source>
        <translation>{entry} beschreibt kein Dokument: nichts wurde importiert</translation>
    </message>
    <message>
        <source>{entry} names several patients: nothing was imported</source>
        <translation>{entry} nennt mehrere Patienten: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the document {entry} named by the metadata is not in the package: nothing was imported</source>
        <translation>Das in den Metadaten genannte Dokument {entry} fehlt im Paket: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the document {entry} does not match the size and hash of the metadata: nothing was imported</source>
        <translation>Das Dokument {entry} passt nicht zu Grösse und Prüfsumme der Metadaten: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the document {entry} is not a readable CDA document: nothing was imported</source>
        <translation>Das Dokument {entry} ist kein lesbares CDA-Dokument: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the document {entry} is of a type Cordée does not import ({mime}): nothing was imported</source>
        <translation>Das Dokument {entry} ist von einem Typ, den Cordée nicht importiert ({mime}): nichts wurde importiert</translation>
    </message>
    <message>
        <source>no patient of the practice matches the package (INS, or name and birth date): nothing was imported</source>
        <translation>Kein Patient der Praxis passt zum Paket (INS oder Name und Geburtsdatum): nichts wurde importiert</translation>
    </message>
    <message>
        <source>the patient with this INS has other identity traits than the package: nothing was imported</source>
        <translation>Der Patient mit dieser INS hat andere Identitätsmerkmale als das Paket: nichts wurde importiert</translation>
    </message>
    <message>
        <source>the file is empty: nothing was imported</source>
        <translation>die Datei ist leer: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the file is not a Cordée package (not a zip archive): nothing was imported</source>
        <translation>die Datei ist kein Cordée-Paket (kein ZIP-Archiv): Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the zip archive holds no Cordée message: nothing was imported</source>
        <translation>das ZIP-Archiv enthält keine Cordée-Nachricht: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package is damaged and cannot be read: nothing was imported</source>
        <translation>das Paket ist beschädigt und nicht lesbar: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package is addressed to another installation: nothing was imported</source>
        <translation>das Paket ist an eine andere Installation adressiert: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package was altered after it was signed (the signature does not match): nothing was imported</source>
        <translation>das Paket wurde nach dem Signieren verändert (die Signatur stimmt nicht): Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package comes from an installation that is not one of your partners: import its card first; nothing was imported</source>
        <translation>das Paket stammt von einer Installation, die nicht zu Ihren Partnern gehört: Importieren Sie zuerst ihre Karte; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package comes from {partner}, a revoked partner: nothing was imported</source>
        <translation>das Paket stammt von {partner}, einem widerrufenen Partner: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package expired on {day}: ask the sender for a new one; nothing was imported</source>
        <translation>das Paket ist am {day} abgelaufen: Bitten Sie den Absender um ein neues; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>this package was already imported on {day}: nothing was imported again</source>
        <translation>dieses Paket wurde bereits am {day} importiert: Es wurde nichts erneut importiert</translation>
    </message>
    <message>
        <source>the package&apos;s content is not valid ({item}): nothing was imported</source>
        <translation>der Inhalt des Pakets ist ungültig ({item}): Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the answer is for an alert this practice did not send to that partner: nothing was imported</source>
        <translation>die Antwort betrifft eine Meldung, die diese Praxis diesem Partner nicht gesendet hat: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the alert this answer is for is already closed: nothing was imported</source>
        <translation>die Meldung, auf die diese Antwort sich bezieht, ist bereits abgeschlossen: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>this alert was already received from that partner: nothing was imported</source>
        <translation>diese Meldung wurde von diesem Partner bereits empfangen: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>no physician to address the alert to: import it as a physician, or name the patient&apos;s GP; nothing was imported</source>
        <translation>kein Arzt, an den die Meldung gehen kann: Importieren Sie sie als Arzt oder tragen Sie den Hausarzt des Patienten ein; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the practice&apos;s exchange keys cannot be opened with this database&apos;s key</source>
        <translation>die Austauschschlüssel der Praxis lassen sich mit dem Schlüssel dieser Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>the file is not a valid Cordée exchange card</source>
        <translation>die Datei ist keine gültige Cordée-Austauschkarte</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprint does not match its keys: the card was altered</source>
        <translation>der Fingerabdruck der Karte passt nicht zu ihren Schlüsseln: Die Karte wurde verändert</translation>
    </message>
    <message>
        <source>the fingerprint compared differs from the card&apos;s: the partner was not added</source>
        <translation>der verglichene Fingerabdruck weicht von dem der Karte ab: Der Partner wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>this is your own practice&apos;s card</source>
        <translation>das ist die Karte Ihrer eigenen Praxis</translation>
    </message>
    <message>
        <source>this partner is already on the list</source>
        <translation>dieser Partner ist bereits in der Liste</translation>
    </message>
    <message>
        <source>this partner is already revoked</source>
        <translation>dieser Partner ist bereits widerrufen</translation>
    </message>
    <message>
        <source>{partner} is a revoked partner: nothing can be sent to it</source>
        <translation>{partner} ist ein widerrufener Partner: Es kann nichts an ihn gesendet werden</translation>
    </message>
    <message>
        <source>the alert is about another patient</source>
        <translation>die Meldung betrifft einen anderen Patienten</translation>
    </message>
    <message>
        <source>this alert was received from a partner: send its answer instead</source>
        <translation>diese Meldung wurde von einem Partner empfangen: Senden Sie stattdessen die Antwort</translation>
    </message>
    <message>
        <source>this alert was not received from a partner: there is no one to send its answer to</source>
        <translation>diese Meldung wurde nicht von einem Partner empfangen: Es gibt niemanden, an den die Antwort gehen könnte</translation>
    </message>
    <message>
        <source>the alert is not answered yet</source>
        <translation>die Meldung ist noch nicht beantwortet</translation>
    </message>
    <message>
        <source>the package holds directory entries: import it from the directory of local resources (Import a partner&apos;s package); nothing was imported</source>
        <translation>das Paket enthält Verzeichniseinträge: Importieren Sie es im Verzeichnis lokaler Angebote (Paket eines Partners importieren); es wurde nichts importiert</translation>
    </message>
    <message>
        <source>the package holds an alert or an answer, not directory entries: import it from the exchange partners; nothing was imported</source>
        <translation>das Paket enthält eine Meldung oder eine Antwort, keine Verzeichniseinträge: Importieren Sie es bei den Austauschpartnern; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>choose at least one resource to send</source>
        <translation>wählen Sie mindestens ein Angebot zum Senden</translation>
    </message>
    <message>
        <source>{count} resources are too many for one package: send them in several</source>
        <translation>{count} Angebote sind zu viele für ein Paket: Senden Sie sie in mehreren</translation>
    </message>
    <message>
        <source>{item} is not a conflict of this package whose partner&apos;s version can be taken: nothing was imported</source>
        <translation>{item} ist kein Konflikt dieses Pakets, dessen Partnerversion übernommen werden kann: Es wurde nichts importiert</translation>
    </message>
    <message>
        <source>needs an amount (a posology without amounts cannot be reduced step by step)</source>
        <translation>braucht eine Menge (eine Dosierung ohne Mengen lässt sich nicht schrittweise reduzieren)</translation>
    </message>
    <message>
        <source>a plan needs at least one step</source>
        <translation>ein Plan braucht mindestens einen Schritt</translation>
    </message>
    <message>
        <source>a plan has at most {max} steps</source>
        <translation>ein Plan hat höchstens {max} Schritte</translation>
    </message>
    <message>
        <source>must be after the date of the step before</source>
        <translation>muss nach dem Datum des vorherigen Schritts liegen</translation>
    </message>
    <message>
        <source>only the last step may stop the medication</source>
        <translation>nur der letzte Schritt darf das Medikament absetzen</translation>
    </message>
    <message>
        <source>choose a person or a pool, not both</source>
        <translation>wählen Sie eine Person oder einen Pool, nicht beides</translation>
    </message>
    <message>
        <source>must be an active nurse, pharmacist or medical assistant of the practice</source>
        <translation>muss eine aktive Pflegefachperson, Apothekerin/Apotheker oder MPA der Praxis sein</translation>
    </message>
    <message>
        <source>must be a current medication of this patient</source>
        <translation>muss ein laufendes Medikament dieser Patientin / dieses Patienten sein</translation>
    </message>
    <message>
        <source>the medication was stopped meanwhile: the plan can no longer change it</source>
        <translation>das Medikament wurde inzwischen abgesetzt: der Plan kann es nicht mehr ändern</translation>
    </message>
    <message>
        <source>already has a deprescribing plan in progress</source>
        <translation>hat bereits einen laufenden Deprescribing-Plan</translation>
    </message>
    <message>
        <source>the agreement is recorded only on a plan that awaits it</source>
        <translation>das Einverständnis wird nur bei einem Plan erfasst, der darauf wartet</translation>
    </message>
    <message>
        <source>the plan is not active (agreement missing, completed or cancelled)</source>
        <translation>der Plan läuft nicht (Einverständnis fehlt, abgeschlossen oder abgebrochen)</translation>
    </message>
    <message>
        <source>the plan is already completed or cancelled</source>
        <translation>der Plan ist bereits abgeschlossen oder abgebrochen</translation>
    </message>
    <message>
        <source>this step was already confirmed or skipped</source>
        <translation>dieser Schritt wurde bereits bestätigt oder ausgelassen</translation>
    </message>
    <message>
        <source>an earlier step must be confirmed or skipped first</source>
        <translation>ein früherer Schritt muss zuerst bestätigt oder ausgelassen werden</translation>
    </message>
    <message>
        <source>this step is planned for {due}: it can be confirmed from that day</source>
        <translation>dieser Schritt ist für den {due} geplant: er kann ab diesem Tag bestätigt werden</translation>
    </message>
    <message>
        <source>«{value}» is not an act of the follow-up schedules</source>
        <translation>«{value}» ist keine Leistung der Verlaufspläne</translation>
    </message>
    <message>
        <source>must be «by hand» or «hospital letter» (not «{value}»)</source>
        <translation>muss «manuell» oder «Spitalbericht» sein (nicht «{value}»)</translation>
    </message>
    <message>
        <source>must not be before 1900</source>
        <translation>darf nicht vor 1900 liegen</translation>
    </message>
    <message>
        <source>«{value}» is not a condition or prevention schedule</source>
        <translation>«{value}» ist weder eine verfolgte Krankheit noch ein Präventionsplan</translation>
    </message>
    <message>
        <source>the schedule file {file} is not readable ({reason})</source>
        <translation>die Plandatei {file} ist nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>the schedule file {file} has a bad entry at {key}</source>
        <translation>die Plandatei {file} hat einen fehlerhaften Eintrag bei {key}</translation>
    </message>
    <message>
        <source>This patient already has an intake.</source>
        <translation>Für diesen Patienten besteht bereits eine Aufnahme.</translation>
    </message>
    <message>
        <source>This intake is closed (done or withdrawn): it can no longer be changed.</source>
        <translation>Diese Aufnahme ist abgeschlossen (erledigt oder zurückgezogen) und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>This patient is no longer on the waiting list.</source>
        <translation>Dieser Patient steht nicht mehr auf der Warteliste.</translation>
    </message>
    <message>
        <source>must be today or later</source>
        <translation>muss heute oder später sein</translation>
    </message>
    <message>
        <source>does not apply to this patient</source>
        <translation>gilt für diesen Patienten nicht</translation>
    </message>
    <message>
        <source>needs the step before it done first</source>
        <translation>setzt voraus, dass der vorherige Schritt erledigt ist</translation>
    </message>
    <message>
        <source>can be checked once the INS is qualified (see the patient&apos;s identity)</source>
        <translation>kann erst abgehakt werden, wenn die INS qualifiziert ist (siehe Identität des Patienten)</translation>
    </message>
    <message>
        <source>cannot be «not qualifiable»: the INS is qualified, confirm the identity instead</source>
        <translation>kann nicht «nicht qualifizierbar» sein: Die INS ist qualifiziert, bestätigen Sie stattdessen die Identität</translation>
    </message>
    <message>
        <source>needs at least one entry in the chart first</source>
        <translation>setzt mindestens einen Eintrag in der Akte voraus</translation>
    </message>
    <message>
        <source>«{value}» is not a step of the checklist</source>
        <translation>«{value}» ist kein Schritt der Checkliste</translation>
    </message>
    <message>
        <source>«{value}» is not a known instrument</source>
        <translation>«{value}» ist kein bekanntes Instrument</translation>
    </message>
    <message>
        <source>question «{item}» is not part of this instrument</source>
        <translation>Frage «{item}» gehört nicht zu diesem Instrument</translation>
    </message>
    <message>
        <source>question {number} has no answer</source>
        <translation>Frage {number} ist unbeantwortet</translation>
    </message>
    <message>
        <source>«{value}» is not an answer of question {number}</source>
        <translation>«{value}» ist keine Antwort auf Frage {number}</translation>
    </message>
    <message>
        <source>your role records this instrument only under a protocol that covers it ({protocols})</source>
        <translation>Ihre Rolle erfasst dieses Instrument nur im Rahmen eines Protokolls, das es abdeckt ({protocols})</translation>
    </message>
    <message>
        <source>protocol «{value}» does not cover this instrument (covered by: {protocols})</source>
        <translation>Protokoll «{value}» deckt dieses Instrument nicht ab (abgedeckt durch: {protocols})</translation>
    </message>
    <message>
        <source>only a member of the team can work under a protocol</source>
        <translation>Nur ein Teammitglied kann im Rahmen eines Protokolls arbeiten</translation>
    </message>
    <message>
        <source>«{value}» is not proposed by this result</source>
        <translation>«{value}» wird von diesem Ergebnis nicht vorgeschlagen</translation>
    </message>
    <message>
        <source>the patient has no care plan in force to add this need to</source>
        <translation>Der Patient hat keinen gültigen Betreuungsplan, dem dieser Bedarf hinzugefügt werden kann</translation>
    </message>
    <message>
        <source>the instrument file {file} is not readable ({reason})</source>
        <translation>Die Instrumentdatei {file} ist nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>the instrument file {file} has a bad entry at {key}</source>
        <translation>Die Instrumentdatei {file} hat einen fehlerhaften Eintrag bei {key}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Practice</source>
        <translation>Praxis</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>FINESS number</source>
        <translation>FINESS-Nummer</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Lock after inactivity (minutes)</source>
        <translation>Sperre nach Inaktivität (Minuten)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL-Server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Patient charts</source>
        <translation>Patientendossiers</translation>
    </message>
    <message>
        <source>Lists for older people</source>
        <translation>Listen für ältere Menschen</translation>
    </message>
    <message>
        <source>Audit anchor copy (file or syslog)</source>
        <translation>Kopie der Anker des Audit-Protokolls (Datei oder Syslog)</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Ausgabedatei</translation>
    </message>
    <message>
        <source>Recovery sheet (--recovery-sheet)</source>
        <translation>Wiederherstellungsblatt (--recovery-sheet)</translation>
    </message>
    <message>
        <source>ANSM thesaurus file (--ansm)</source>
        <translation>Datei des ANSM-Thesaurus (--ansm)</translation>
    </message>
    <message>
        <source>Thesaurus edition (--edition)</source>
        <translation>Ausgabe des Thesaurus (--edition)</translation>
    </message>
    <message>
        <source>Alert (--alert)</source>
        <translation>Meldung (--alert)</translation>
    </message>
    <message>
        <source>FHIR bundle file</source>
        <translation>FHIR-Bundle-Datei</translation>
    </message>
    <message>
        <source>Document to send</source>
        <translation>Zu sendendes Dokument</translation>
    </message>
    <message>
        <source>Partner&apos;s exchange card</source>
        <translation>Austauschkarte des Partners</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages</source>
        <translation>Überwachter Ordner für eingehende Pakete</translation>
    </message>
    <message>
        <source>How the package travels</source>
        <translation>Übermittlungsweg des Pakets</translation>
    </message>
    <message>
        <source>Resources to send</source>
        <translation>Zu sendende Angebote</translation>
    </message>
    <message>
        <source>Conflicts whose partner&apos;s version is taken</source>
        <translation>Konflikte mit übernommener Partnerversion</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>RPPS number</source>
        <translation>RPPS-Nummer</translation>
    </message>
    <message>
        <source>ADELI number</source>
        <translation>ADELI-Nummer</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Kontostatus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>Practice passphrase</source>
        <translation>Passphrase der Praxis</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vorname(n)</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Geburtsname</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <source>Regular doctor</source>
        <translation>Hausarzt/Hausärztin</translation>
    </message>
    <message>
        <source>External doctor</source>
        <translation>Externer Arzt/Ärztin</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>INS number</source>
        <translation>INS-Nummer</translation>
    </message>
    <message>
        <source>INS identity status</source>
        <translation>Status der INS-Identität</translation>
    </message>
    <message>
        <source>INS authority (OID)</source>
        <translation>INS-Vergabestelle (OID)</translation>
    </message>
    <message>
        <source>Birth first names</source>
        <translation>Vornamen bei Geburt</translation>
    </message>
    <message>
        <source>Place of birth (INSEE code)</source>
        <translation>Geburtsort (INSEE-Code)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Zweifelhafte Identität</translation>
    </message>
    <message>
        <source>Fictitious identity</source>
        <translation>Fiktive Identität</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Namensvetter</translation>
    </message>
    <message>
        <source>Informed of sharing on</source>
        <translation>Über den Austausch informiert am</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informiert durch</translation>
    </message>
    <message>
        <source>Objection to sharing</source>
        <translation>Widerspruch zum Austausch</translation>
    </message>
    <message>
        <source>What the patient objects to</source>
        <translation>Wogegen der Patient widerspricht</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>AHV-Nummer</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>Versichertenkartennummer</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Gesundheitsprobleme</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <source>ATC code</source>
        <translation>ATC-Code</translation>
    </message>
    <message>
        <source>Catalogue reference</source>
        <translation>Katalogreferenz</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Wirkstoff(e)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Produktname</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Morning dose</source>
        <translation>Dosis morgens</translation>
    </message>
    <message>
        <source>Noon dose</source>
        <translation>Dosis mittags</translation>
    </message>
    <message>
        <source>Evening dose</source>
        <translation>Dosis abends</translation>
    </message>
    <message>
        <source>Night dose</source>
        <translation>Dosis zur Nacht</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Applikationsweg</translation>
    </message>
    <message>
        <source>Route (text)</source>
        <translation>Applikationsweg (Text)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Einnahmeschema</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Nur bei Bedarf</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Wiederholen alle</translation>
    </message>
    <message>
        <source>Days of taking</source>
        <translation>Einnahmetage</translation>
    </message>
    <message>
        <source>Amount per taking</source>
        <translation>Menge pro Einnahme</translation>
    </message>
    <message>
        <source>At most a day</source>
        <translation>Höchstens pro Tag</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indikation</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Tagesdosis (mg)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Renewal allowed until</source>
        <translation>Erneuerung erlaubt bis</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Verordnende Person</translation>
    </message>
    <message>
        <source>Other prescriber</source>
        <translation>Andere verordnende Person</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Grund für das Absetzen</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Absetzdatum</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Messung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Date of measurement</source>
        <translation>Messdatum</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Datum des Assessments</translation>
    </message>
    <message>
        <source>Declaration reference</source>
        <translation>Referenz der Meldung</translation>
    </message>
    <message>
        <source>Form of consent</source>
        <translation>Form der Einwilligung</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Einwilligung erteilt von</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Austrittsgrund</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Reason for retracting</source>
        <translation>Grund für das Zurückziehen</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Fälligkeitszeit</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Act performed</source>
        <translation>Durchgeführte Handlung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Bearbeitungsstand</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Aktivierungsdatum</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Schulungsdatum</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Datum der Einwilligung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Alter von</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Alter bis</translation>
    </message>
    <message>
        <source>Conditions (ICD-10 codes)</source>
        <translation>Erkrankungen (ICD-10-Codes)</translation>
    </message>
    <message>
        <source>Task not done</source>
        <translation>Nicht erledigte Aufgabe</translation>
    </message>
    <message>
        <source>Not done for (months)</source>
        <translation>Nicht erledigt seit (Monaten)</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Verordnung</translation>
    </message>
    <message>
        <source>Line of the alert</source>
        <translation>Zeile der Meldung</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>Verlängert bis</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Neue Dosis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Grund für den Status</translation>
    </message>
    <message>
        <source>Escalation delay (days)</source>
        <translation>Eskalationsfrist (Tage)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Review finding</source>
        <translation>Befund der Überprüfung</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Problemkategorie</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Package file (IHE_XDM.ZIP or Cordée package)</source>
        <translation>Paketdatei (IHE_XDM.ZIP oder Cordée-Paket)</translation>
    </message>
    <message>
        <source>Intervention details</source>
        <translation>Einzelheiten der Intervention</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Betroffene Medikamente</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Reply expected by</source>
        <translation>Antwort erwartet bis</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Empfänger/in</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Fragebogen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Address of the online form</source>
        <translation>Adresse des Online-Formulars</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Ordner des Posteingangs</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Austrittsdatum</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheid</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Senden als</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Art des Reviews</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Schlussfolgerung</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Empfehlungen</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Medication line</source>
        <translation>Medikationszeile</translation>
    </message>
    <message>
        <source>eMediplan</source>
        <translation>eMediplan</translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>Creatinine (µmol/l)</source>
        <translation>Kreatinin (µmol/l)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Bezugsperson</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Patientenverfügung</translation>
    </message>
    <message>
        <source>Date of the advance directives</source>
        <translation>Datum der Patientenverfügung</translation>
    </message>
    <message>
        <source>Where the advance directives are kept</source>
        <translation>Aufbewahrungsort der Patientenverfügung</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Vertrauensperson</translation>
    </message>
    <message>
        <source>Trusted person&apos;s contact</source>
        <translation>Kontakt der Vertrauensperson</translation>
    </message>
    <message>
        <source>Trusted person designated on</source>
        <translation>Vertrauensperson bestimmt am</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Überprüfungsdatum</translation>
    </message>
    <message>
        <source>Date of the patient&apos;s agreement</source>
        <translation>Datum des Einverständnisses</translation>
    </message>
    <message>
        <source>How the patient agreed</source>
        <translation>Art des Einverständnisses</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validiert von</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Grund für den Abschluss</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Gemeinsame Ziele</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Messgrösse</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Zieldatum</translation>
    </message>
    <message>
        <source>Problems addressed</source>
        <translation>Betroffene Probleme</translation>
    </message>
    <message>
        <source>Type of action</source>
        <translation>Art der Massnahme</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Verantwortliche Rolle</translation>
    </message>
    <message>
        <source>Other responsible</source>
        <translation>Andere verantwortliche Person</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Gemeldet am</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>Dateiinhalt</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>Restricted to (people)</source>
        <translation>Vorbehalten für (Personen)</translation>
    </message>
    <message>
        <source>Restricted to (roles)</source>
        <translation>Vorbehalten für (Rollen)</translation>
    </message>
    <message>
        <source>Hospital event</source>
        <translation>Spitalereignis</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Fachgebiet</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Klinische Fragestellung</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Angefordert am</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Grund der Absage</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>Beim Patienten</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Arzt/Ärztin aus der Ferne</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video-Link</translation>
    </message>
    <message>
        <source>Specialist&apos;s answer</source>
        <translation>Antwort der Fachperson</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Datum der Besprechung</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Outside participants</source>
        <translation>Externe Teilnehmende</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name der Patientin / des Patienten</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Self-assessment period</source>
        <translation>Selbstbewertungsrunde</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Fragebögen</translation>
    </message>
    <message>
        <source>Taper scheme</source>
        <translation>Reduktionsschema</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Records asked from</source>
        <translation>Akten angefordert bei</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>First appointment</source>
        <translation>Erster Termin</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Grund des Zurückziehens</translation>
    </message>
    <message>
        <source>Why the identity cannot be qualified</source>
        <translation>Grund, warum die Identität nicht qualifizierbar ist</translation>
    </message>
    <message>
        <source>Patient record read</source>
        <translation>Gelesene Version der Patientenakte</translation>
    </message>
    <message>
        <source>First step on</source>
        <translation>Erster Schritt am</translation>
    </message>
    <message>
        <source>Follow-up calls by</source>
        <translation>Nachfrage-Anrufe durch</translation>
    </message>
    <message>
        <source>Days between a step and its call</source>
        <translation>Tage zwischen Schritt und Anruf</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement on</source>
        <translation>Einverständnis der Patientin / des Patienten am</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Emergency access duration (minutes)</source>
        <translation>Dauer eines Notfallzugriffs (Minuten)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Prüfvermerk</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Notfallzugriff</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Durchgeführt am</translation>
    </message>
    <message>
        <source>Follow-up or prevention</source>
        <translation>Verlauf oder Prävention</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechperson</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Öffnungszeiten</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Pathway name</source>
        <translation>Name des Pfads</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Step done by</source>
        <translation>Schritt erledigt durch</translation>
    </message>
    <message>
        <source>Step delay (days)</source>
        <translation>Frist des Schritts (Tage)</translation>
    </message>
    <message>
        <source>Directory CSV file</source>
        <translation>CSV-Datei des Verzeichnisses</translation>
    </message>
    <message>
        <source>Directory resource</source>
        <translation>Angebot im Verzeichnis</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <source>Proposed change %1</source>
        <translation>Vorgeschlagene Änderung %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <source>Taking %1</source>
        <translation>Einnahme %1</translation>
    </message>
    <message>
        <source>Axis %1</source>
        <translation>Achse %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <source>Questionnaire %1</source>
        <translation>Fragebogen %1</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>new medication</source>
        <translation>neues Medikament</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>Achse</translation>
    </message>
    <message>
        <source>level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>Absetzen</translation>
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
        <translation>Aktive Betreuungspläne (Monatsende)</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Fällige Überprüfungen</translation>
    </message>
    <message>
        <source>Reviews done on time</source>
        <translation>Rechtzeitige Überprüfungen</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Erstellte Meldungen</translation>
    </message>
    <message>
        <source>Alerts answered</source>
        <translation>Beantwortete Meldungen</translation>
    </message>
    <message>
        <source>Median answer time</source>
        <translation>Mediane Antwortzeit</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Annahmequote</translation>
    </message>
    <message>
        <source>Delegated tasks done</source>
        <translation>Erledigte delegierte Aufgaben</translation>
    </message>
    <message>
        <source>Delegated tasks overdue (month end)</source>
        <translation>Überfällige delegierte Aufgaben (Monatsende)</translation>
    </message>
    <message>
        <source>Concertation meetings</source>
        <translation>Fallbesprechungen</translation>
    </message>
    <message>
        <source>Patients discussed</source>
        <translation>Besprochene Patienten</translation>
    </message>
    <message>
        <source>Complex patients discussed</source>
        <translation>Besprochene komplexe Patienten</translation>
    </message>
    <message>
        <source>Frequent ED users (≥ 4 in 12 months)</source>
        <translation>Häufige Notfallbesuche (≥ 4 in 12 Monaten)</translation>
    </message>
    <message>
        <source>DAUM alerts raised</source>
        <translation>Erstellte DAUM-Meldungen</translation>
    </message>
    <message>
        <source>Referrals overdue (month end)</source>
        <translation>Überfällige Überweisungen (Monatsende)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>within 48 h</source>
        <translation>innert 48 h</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>innert 7 Tagen</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>advice only</source>
        <translation>nur Beratung</translation>
    </message>
    <message>
        <source>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</source>
        <translation>Komplexer Patient: eine Langzeiterkrankung (ALD) und 75 oder älter, oder ein gültiger Betreuungsplan.</translation>
    </message>
    <message>
        <source>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</source>
        <translation>Häufige Notfallnutzung: 4 oder mehr Notfallbesuche in den 12 Monaten bis Monatsende (DAUM-Regel).</translation>
    </message>
    <message>
        <source>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</source>
        <translation>Annahmequote: angenommene Meldungen ÷ beantwortete Meldungen (angenommen, geändert oder abgelehnt).</translation>
    </message>
    <message>
        <source>Done — %1</source>
        <translation>Erledigt — %1</translation>
    </message>
    <message>
        <source>Referrals %1</source>
        <translation>Überweisungen %1</translation>
    </message>
    <message>
        <source>Median delay, %1</source>
        <translation>Medianer Verzug, %1</translation>
    </message>
</context>
<context>
    <name>pools</name>
    <message>
        <source>Physicians</source>
        <translation>Ärztinnen und Ärzte</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Apothekerinnen und Apotheker</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Pflegeexpertinnen/-experten APN</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Pflegefachpersonen</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Koordination</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Physician</source>
        <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Apotheker/Apothekerin</translation>
    </message>
    <message>
        <source>Advanced practice nurse</source>
        <translation>Pflegeexpertin/-experte APN</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegefachperson</translation>
    </message>
    <message>
        <source>Medical assistant</source>
        <translation>Medizinische Praxisassistenz</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordination</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator/in</translation>
    </message>
    <message>
        <source>Survey kiosk (no records)</source>
        <translation>Befragungs-Kiosk (keine Akten)</translation>
    </message>
    <message>
        <source>Cordée (automatic)</source>
        <translation>Cordée (automatisch)</translation>
    </message>
</context>
</TS>
