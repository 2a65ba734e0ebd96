<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbsencesPage</name>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="25" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="27" />
        <source>Record absence</source>
        <translation>Record absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="34" />
        <source>Reassign selected tasks</source>
        <translation>Reassign selected tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="37" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="42" />
        <source>From / to</source>
        <translation>From / to</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="43" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="45" />
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="48" />
        <source>Give to</source>
        <translation>Give to</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/absences_panel.py" line="65" />
        <source>pool: %1</source>
        <translation>pool: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/absences_panel.py" line="93" />
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
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
            <numerusform>%n falls due during the absence (select it to reassign).</numerusform>
            <numerusform>%n fall due during the absence (select them to reassign).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AdminPage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="135" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="136" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="169" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="137" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="169" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="140" />
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="141" />
        <source>Medical assistant</source>
        <translation>Medical assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="141" />
        <source>Practice coordinator</source>
        <translation>Practice coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="142" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="144" />
        <source>Password (at least 12 characters)</source>
        <translation>Password (at least 12 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="145" />
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="150" />
        <source>RPPS or ADELI number (optional)</source>
        <translation>RPPS or ADELI number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="150" />
        <source>GLN (optional)</source>
        <translation>GLN (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="167" />
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="171" />
        <source>%1: this field is required.</source>
        <translation>%1: this field is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="173" />
        <source>Profession: this field is required.</source>
        <translation>Profession: this field is required.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="188" />
        <source>Password again: the two passwords are not the same.</source>
        <translation>Password again: the two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="149" />
        <source>Add a patient to the meeting of %1</source>
        <translation>Add a patient to the meeting of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="153" />
        <source>The question asked to the team</source>
        <translation>The question asked to the team</translation>
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
        <translation>Alert #%1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="61" />
        <source>Alert and thread</source>
        <translation>Alert and thread</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="63" />
        <source>Comment, reason for refusal, question or reply</source>
        <translation>Comment, reason for refusal, question or reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="67" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="67" />
        <source>Modify…</source>
        <translation>Modify…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="68" />
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="68" />
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="69" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="69" />
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="70" />
        <source>Open chart</source>
        <translation>Open chart</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="81" />
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="128" />
        <source>reply by %1</source>
        <translation>reply by %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="129" />
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Medications concerned</source>
        <translation>Medications concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Clinical context</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="130" />
        <source>Proposed intervention</source>
        <translation>Proposed intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="131" />
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_dialog.py" line="186" />
        <source>Save the alert as PDF</source>
        <translation>Save the alert as PDF</translation>
    </message>
</context>
<context>
    <name>AlertTab</name>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="54" />
        <source>Alerts of the patient</source>
        <translation>Alerts of the patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="59" />
        <source>Raise alert…</source>
        <translation>Raise alert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="60" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="61" />
        <source>Print medication plan…</source>
        <translation>Print medication plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="62" />
        <source>Print alerts…</source>
        <translation>Print alerts…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="63" />
        <source>Reconciliation after hospital…</source>
        <translation>Reconciliation after hospital…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="64" />
        <source>Review worksheet…</source>
        <translation>Review worksheet…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/alerts/alert_tab.py" line="97" />
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/alerts/alert_tab.py" line="98" />
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="136" />
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_tab.py" line="142" />
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="44" />
        <source>Urgency</source>
        <translation>Urgency</translation>
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
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="45" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="46" />
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/alert_model.py" line="46" />
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <location filename="aliased_strings.py" line="10" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="11" />
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="12" />
        <source>Question asked</source>
        <translation>Question asked</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="13" />
        <source>Question answered</source>
        <translation>Question answered</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="14" />
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="15" />
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="16" />
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="17" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="18" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="19" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="20" />
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="21" />
        <source>Within 24 h</source>
        <translation>Within 24 h</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="22" />
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="23" />
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="24" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="25" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="26" />
        <source>Escalated to the coordinator</source>
        <translation>Escalated to the coordinator</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="27" />
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="28" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="29" />
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="30" />
        <source>All alerts</source>
        <translation>All alerts</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="31" />
        <source>new drug in the combination: %1</source>
        <translation>new drug in the combination: %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="32" />
        <source>dose increased for %1: %2 → %3</source>
        <translation>dose increased for %1: %2 → %3</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="33" />
        <source>renal function band changed: %1 → %2</source>
        <translation>renal function band changed: %1 → %2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="34" />
        <source>the patient is now %1 or older</source>
        <translation>the patient is now %1 or older</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="35" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="36" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="37" />
        <source>added</source>
        <translation>added</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="56" />
        <location filename="../../app/ui/admin/audit_browser.py" line="95" />
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="72" />
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="73" />
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Checks that no entry was changed, inserted or deleted outside Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="78" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="92" />
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="92" />
        <source>Logins</source>
        <translation>Logins</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="93" />
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="93" />
        <source>Patient records</source>
        <translation>Patient records</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="94" />
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="94" />
        <source>Passwords</source>
        <translation>Passwords</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="95" />
        <source>Practice settings</source>
        <translation>Practice settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="98" />
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="101" />
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="103" />
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="103" />
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="104" />
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="106" />
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="114" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="116" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="118" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="120" />
        <source>Patient id</source>
        <translation>Patient id</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="122" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="127" />
        <source>and</source>
        <translation>and</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/admin/audit_browser.py" line="163" />
        <source>%n entry(ies) (newest first, at most 500).</source>
        <translation>
            <numerusform>%n entry (newest first, at most 500).</numerusform>
            <numerusform>%n entries (newest first, at most 500).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="171" />
        <source>Checking the audit trail…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="179" />
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_browser.py" line="184" />
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="47" />
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Patient id</source>
        <translation>Patient id</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="48" />
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="78" />
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/audit_model.py" line="78" />
        <source>failure</source>
        <translation>failure</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="41" />
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="43" />
        <source>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</source>
        <translation>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="52" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="54" />
        <location filename="../../app/ui/admin/backup_dialog.py" line="69" />
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="58" />
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="65" />
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="67" />
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="68" />
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="83" />
        <source>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</source>
        <translation>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="89" />
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="106" />
        <source>Writing and checking the backup…</source>
        <translation>Writing and checking the backup…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/backup_dialog.py" line="112" />
        <source>Backup written and verified: %1 (%2 patients).</source>
        <translation>Backup written and verified: %1 (%2 patients).</translation>
    </message>
</context>
<context>
    <name>CarePlanMenu</name>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="17" />
        <source>Care &amp;plans</source>
        <translation>Care &amp;plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="20" />
        <source>Plans to &amp;review…</source>
        <translation>Plans to &amp;review…</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="56" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="64" />
        <source>Start a care plan…</source>
        <translation>Start a care plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="64" />
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="65" />
        <source>Validate…</source>
        <translation>Validate…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="65" />
        <source>Put into action</source>
        <translation>Put into action</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="66" />
        <source>Revise</source>
        <translation>Revise</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="66" />
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="67" />
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="67" />
        <source>Print plan…</source>
        <translation>Print plan…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="68" />
        <source>Patient sheet…</source>
        <translation>Patient sheet…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="83" />
        <source>Care circle</source>
        <translation>Care circle</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="83" />
        <source>Problems and needs</source>
        <translation>Problems and needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="84" />
        <source>Shared goals</source>
        <translation>Shared goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="84" />
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="85" />
        <source>Unmet needs</source>
        <translation>Unmet needs</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="112" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="112" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="113" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="119" />
        <source>Record progress…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="148" />
        <source>This patient has no care plan yet.</source>
        <translation>This patient has no care plan yet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="151" />
        <source>Care plan v%1 — %2 · référent %3</source>
        <translation>Care plan v%1 — %2 · référent %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="153" />
        <source>%1 of %2 actions done</source>
        <translation>%1 of %2 actions done</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="157" />
        <source>No care plan</source>
        <translation>No care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="234" />
        <source>New care plan</source>
        <translation>New care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="239" />
        <source>Care plan details</source>
        <translation>Care plan details</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="254" />
        <source>Care plan item</source>
        <translation>Care plan item</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="269" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="270" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="271" />
        <source>Progress of the action</source>
        <translation>Progress of the action</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="276" />
        <source>Patient&apos;s agreement on</source>
        <translation>Patient&apos;s agreement on</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="277" />
        <source>How the agreement was obtained</source>
        <translation>How the agreement was obtained</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="278" />
        <source>Validate the care plan</source>
        <translation>Validate the care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="283" />
        <source>Close the care plan</source>
        <translation>Close the care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="283" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="301" />
        <source>care-plan.pdf</source>
        <translation>care-plan.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="304" />
        <source>patient-sheet.pdf</source>
        <translation>patient-sheet.pdf</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="308" />
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/care_plan_tab.py" line="308" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="38" />
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="39" />
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Patient&apos;s expectations and preferences</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="40" />
        <source>Advance directives</source>
        <translation>Advance directives</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="41" />
        <source>Trusted person</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="42" />
        <source>Alert procedure</source>
        <translation>Alert procedure</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="43" />
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="44" />
        <source>by %1; patient&apos;s agreement on %2 (%3)</source>
        <translation>by %1; patient&apos;s agreement on %2 (%3)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="45" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="71" />
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Search the catalogue: substance (FR, DE, EN) or product name</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="92" />
        <source>Catalogue search</source>
        <translation>Catalogue search</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="100" />
        <source>Type at least two letters.</source>
        <translation>Type at least two letters.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/catalogue_picker.py" line="110" />
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="111" />
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Nothing found: you may keep the name as free text (not checked).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <location filename="../../app/ui/medications/catalogue_picker.py" line="49" />
        <source>no ATC code</source>
        <translation>no ATC code</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="63" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/feature.py" line="46" />
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="56" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/feature.py" line="20" />
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="80" />
        <source>Tasks</source>
        <translation>Tasks</translation>
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
        <translation>&amp;Meetings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="17" />
        <source>&amp;Referrals…</source>
        <translation>&amp;Referrals…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/feature.py" line="19" />
        <source>Team &amp;indicators…</source>
        <translation>Team &amp;indicators…</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="49" />
        <source>Team indicators</source>
        <translation>Team indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="57" />
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="59" />
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="60" />
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="65" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="65" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="78" />
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="79" />
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="80" />
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="81" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="82" />
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="143" />
        <source>Export the indicators</source>
        <translation>Export the indicators</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/dashboard_window.py" line="149" />
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="15" />
        <source>Care plans</source>
        <translation>Care plans</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="16" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="17" />
        <source>Delegated tasks</source>
        <translation>Delegated tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="18" />
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="19" />
        <source>Emergency visits</source>
        <translation>Emergency visits</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="20" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="199" />
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="204" />
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="205" />
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Practice passphrase (at least 12 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="206" />
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="208" />
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="211" />
        <source>Location of the new database</source>
        <translation>Location of the new database</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="212" />
        <source>Cordée database (*.db)</source>
        <translation>Cordée database (*.db)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="224" />
        <source>Database file: please choose where to store the database.</source>
        <translation>Database file: please choose where to store the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="226" />
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="234" />
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Passphrase again: the two passphrases are not the same.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="238" />
        <source>Database file: the folder cannot be created (%1).</source>
        <translation>Database file: the folder cannot be created (%1).</translation>
    </message>
</context>
<context>
    <name>DischargeLineDialog</name>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="95" />
        <source>Change a discharge line</source>
        <translation>Change a discharge line</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="95" />
        <source>Add a discharge line</source>
        <translation>Add a discharge line</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="103" />
        <source>As needed</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="106" />
        <source>Keep as free text (not checked)</source>
        <translation>Keep as free text (not checked)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="112" />
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Units per intake: 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="117" />
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="117" />
        <source>Noon</source>
        <translation>Noon</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="118" />
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="118" />
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="125" />
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="126" />
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="127" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="128" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="130" />
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="163" />
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — checked by the review engine</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="165" />
        <source>Free text: not checked by the engine</source>
        <translation>Free text: not checked by the engine</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="167" />
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choose a catalogue entry (Enter) or keep free text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="185" />
        <source>Choose a catalogue entry or type a product or substance name.</source>
        <translation>Choose a catalogue entry or type a product or substance name.</translation>
    </message>
</context>
<context>
    <name>DischargeLinesModel</name>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="71" />
        <source>Morning-noon-evening-night</source>
        <translation>Morning-noon-evening-night</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="72" />
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="80" />
        <source>Free text: not checked by the engine</source>
        <translation>Free text: not checked by the engine</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/discharge_line_dialog.py" line="86" />
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="46" />
        <source>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</source>
        <translation>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="51" />
        <source>Open outside Cordée…</source>
        <translation>Open outside Cordée…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="61" />
        <source>Readable copy on this computer</source>
        <translation>Readable copy on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/documents_viewer.py" line="62" />
        <source>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</source>
        <translation>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="32" />
        <source>Record a hospital event</source>
        <translation>Record a hospital event</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="34" />
        <source>Emergency visit</source>
        <translation>Emergency visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="34" />
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="35" />
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="40" />
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="40" />
        <source>Shared record (DMP/EPD)</source>
        <translation>Shared record (DMP/EPD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="41" />
        <source>Patient or relative</source>
        <translation>Patient or relative</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="41" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="44" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="45" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="46" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="47" />
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_dialog.py" line="48" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="46" />
        <source>Emergency visit</source>
        <translation>Emergency visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="46" />
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="47" />
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="54" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="54" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="55" />
        <source>Facility</source>
        <translation>Facility</translation>
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
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="59" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="60" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="60" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="61" />
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="64" />
        <source>&amp;Record event…</source>
        <translation>&amp;Record event…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="67" />
        <source>&amp;Attach document…</source>
        <translation>&amp;Attach document…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="70" />
        <source>&amp;Open document</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="77" />
        <source>Hospital events</source>
        <translation>Hospital events</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="106" />
        <source>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</source>
        <translation>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="109" />
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="109" />
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/events_tab.py" line="124" />
        <source>Attach a document</source>
        <translation>Attach a document</translation>
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
        <translation>Review findings</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="197" />
        <source>Selected finding</source>
        <translation>Selected finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/findings_view.py" line="198" />
        <source>Select a finding to read it in full.</source>
        <translation>Select a finding to read it in full.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="97" />
        <source>Contraindicated</source>
        <translation>Contraindicated</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="98" />
        <source>Avoid</source>
        <translation>Avoid</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="99" />
        <source>Precaution</source>
        <translation>Precaution</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="100" />
        <source>Take into account</source>
        <translation>Take into account</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="101" />
        <source>Not evaluable</source>
        <translation>Not evaluable</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="102" />
        <source>Not checked by the engine</source>
        <translation>Not checked by the engine</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="103" />
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="104" />
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="105" />
        <source>Inappropriate in the elderly</source>
        <translation>Inappropriate in the elderly</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="106" />
        <source>Renal dose</source>
        <translation>Renal dose</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="107" />
        <source>Anticholinergic burden</source>
        <translation>Anticholinergic burden</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="108" />
        <source>QT prolongation</source>
        <translation>QT prolongation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="109" />
        <source>Drug–disease</source>
        <translation>Drug–disease</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="110" />
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="111" />
        <source>Polypharmacy</source>
        <translation>Polypharmacy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="112" />
        <source>Free text without an ATC code: no interaction, dose or allergy check.</source>
        <translation>Free text without an ATC code: no interaction, dose or allergy check.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="113" />
        <source>Recommendation: %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="114" />
        <source>Anticholinergic score %1%2:</source>
        <translation>Anticholinergic score %1%2:</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="115" />
        <source>Drugs involved: %1</source>
        <translation>Drugs involved: %1</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="116" />
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="247" />
        <location filename="../../app/ui/shell/first_run_pages.py" line="277" />
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Creating the encrypted database… This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="259" />
        <source>Save recovery sheet (PDF)…</source>
        <translation>Save recovery sheet (PDF)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="265" />
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>I have printed or saved the recovery sheet and will keep it offline</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="281" />
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="293" />
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
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
        <translation>Cordée — first start</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="82" />
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="153" />
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>The recovery sheet was saved to %1. Print it now, then keep it offline.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_wizard.py" line="159" />
        <source>The recovery sheet could not be saved: %1</source>
        <translation>The recovery sheet could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_forms.py" line="93" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>FormOperation</name>
    <message>
        <location filename="../../app/ui/common/operations.py" line="72" />
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="46" />
        <source>Care plan history</source>
        <translation>Care plan history</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="50" />
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="51" />
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="51" />
        <source>Plan version</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="52" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="52" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="67" />
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Select a version to see what it changed, or two versions to compare them.</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="92" />
        <source>No difference.</source>
        <translation>No difference.</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="23" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="28" />
        <source>A&amp;lerts</source>
        <translation>A&amp;lerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/feature.py" line="30" />
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="63" />
        <source>Box:</source>
        <translation>Box:</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="75" />
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="77" />
        <source>Open chart</source>
        <translation>Open chart</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="93" />
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="162" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/inbox.py" line="167" />
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Before the stay</source>
        <translation>Before the stay</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>At discharge</source>
        <translation>At discharge</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="63" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="64" />
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="71" />
        <source>Dose changed</source>
        <translation>Dose changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="72" />
        <source>Substituted</source>
        <translation>Substituted</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="72" />
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="73" />
        <source>Intentional, documented</source>
        <translation>Intentional, documented</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="74" />
        <source>To be clarified</source>
        <translation>To be clarified</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="74" />
        <source>Keep current line</source>
        <translation>Keep current line</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="75" />
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="75" />
        <source>task</source>
        <translation>task</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="29" />
        <source>Cordée is locked</source>
        <translation>Cordée is locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="35" />
        <source>Type your password to continue.</source>
        <translation>Type your password to continue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="39" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="43" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="45" />
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="63" />
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/lock_screen.py" line="78" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="34" />
        <source>Cordée — log in</source>
        <translation>Cordée — log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="48" />
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="49" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="52" />
        <source>You must choose a new password before you continue.</source>
        <translation>You must choose a new password before you continue.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="55" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="56" />
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="64" />
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="65" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="93" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="106" />
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="120" />
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>The two new passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/login_dialog.py" line="125" />
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="61" />
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <extracomment>The program&apos;s daily backup starts this long after the first patient list (None: never, e.g. in tests).</extracomment>
        <translation>Search for a patient on the left and press Enter to open the chart.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="86" />
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="143" />
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="147" />
        <source>Daily backup written and verified.</source>
        <translation>Daily backup written and verified.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="160" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="161" />
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="163" />
        <source>&amp;Find patient</source>
        <translation>&amp;Find patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="164" />
        <source>&amp;Close chart</source>
        <translation>&amp;Close chart</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="167" />
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="168" />
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="169" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="170" />
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="14" />
        <source>&amp;Staff…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="16" />
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="18" />
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/feature.py" line="20" />
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="178" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="179" />
        <source>&amp;About Cordée</source>
        <translation>&amp;About Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/main_window.py" line="188" />
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</translation>
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
        <translation>Change medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="77" />
        <source>Add medication</source>
        <translation>Add medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="182" />
        <location filename="aliased_strings.py" line="118" />
        <source>(not a member of the practice)</source>
        <translation>(not a member of the practice)</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="210" />
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — checked by the review engine</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="213" />
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choose a catalogue entry (Enter) or keep free text.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="216" />
        <source>Free text: not checked by the engine</source>
        <translation>Free text: not checked by the engine</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medication_dialog.py" line="270" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="117" />
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="119" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="120" />
        <source>Units per intake: 1, 0.5 or 1/2</source>
        <translation>Units per intake: 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="121" />
        <source>Keep as free text (not checked)</source>
        <translation>Keep as free text (not checked)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="122" />
        <source>As needed</source>
        <translation>As needed</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="123" />
        <source>Self-medication (not prescribed)</source>
        <translation>Self-medication (not prescribed)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="124" />
        <source>Pharmacist may adjust the dose</source>
        <translation>Pharmacist may adjust the dose</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="125" />
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="126" />
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="127" />
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="128" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="129" />
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="130" />
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="131" />
        <source>Noon</source>
        <translation>Noon</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="132" />
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="133" />
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="134" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="135" />
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="136" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="137" />
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="138" />
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="139" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="140" />
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="141" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="142" />
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="143" />
        <source>Other prescriber</source>
        <translation>Other prescriber</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="144" />
        <source>Pharmacien correspondant</source>
        <translation>Pharmacien correspondant</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="145" />
        <source>Renewal allowed until</source>
        <translation>Renewal allowed until</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <location filename="aliased_strings.py" line="146" />
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="147" />
        <source>self-medication</source>
        <translation>self-medication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="148" />
        <source>not checked by the engine</source>
        <translation>not checked by the engine</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="149" />
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="150" />
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="151" />
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="152" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="153" />
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="154" />
        <source>Noon</source>
        <translation>Noon</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="155" />
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="156" />
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="157" />
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="158" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="159" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="160" />
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="161" />
        <source>Units per intake (morning, noon, evening, night)</source>
        <translation>Units per intake (morning, noon, evening, night)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="162" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="163" />
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="164" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="165" />
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="166" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="167" />
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="168" />
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="169" />
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="170" />
        <source>stopped on %1: %2</source>
        <translation>stopped on %1: %2</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="163" />
        <source>Your role does not give access to the medication list.</source>
        <translation>Your role does not give access to the medication list.</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="239" />
        <source>Raise alert…</source>
        <translation>Raise alert…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="240" />
        <source>From the selected finding, or from scratch when none is selected</source>
        <translation>From the selected finding, or from scratch when none is selected</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="264" />
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="290" />
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="293" />
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="294" />
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/medications/medications_tab.py" line="295" />
        <source>%n serious</source>
        <translation>
            <numerusform>%n serious</numerusform>
            <numerusform>%n serious</numerusform>
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
        <translation>Weight</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="173" />
        <source>Creatinine</source>
        <translation>Creatinine</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="174" />
        <source>Height</source>
        <translation>Height</translation>
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
        <translation>Systolic blood pressure</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="180" />
        <source>Diastolic blood pressure</source>
        <translation>Diastolic blood pressure</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="181" />
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="182" />
        <source>QTc</source>
        <translation>QTc</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="183" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="184" />
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="185" />
        <source>Stop…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="186" />
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="187" />
        <source>History (changes and stopped lines)</source>
        <translation>History (changes and stopped lines)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="188" />
        <source>Clinical values</source>
        <translation>Clinical values</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="189" />
        <source>Record value…</source>
        <translation>Record value…</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="190" />
        <source>Review</source>
        <translation>Review</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="92" />
        <source>New concertation meeting</source>
        <translation>New concertation meeting</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="94" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="95" />
        <source>Monthly</source>
        <translation>Monthly</translation>
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
        <translation>Quality circle</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="102" />
        <source>e.g. Dr Lambert (geriatrician), home-care service</source>
        <translation>e.g. Dr Lambert (geriatrician), home-care service</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="105" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="106" />
        <source>Outside participants</source>
        <translation>Outside participants</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="45" />
        <source>Concertation meetings</source>
        <translation>Concertation meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="46" />
        <source>Monthly</source>
        <translation>Monthly</translation>
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
        <translation>Quality circle</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="48" />
        <source>Care plan</source>
        <translation>Care plan</translation>
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
        <translation>Title</translation>
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
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="59" />
        <source>Search the records (words of the question, discussion, decisions)</source>
        <translation>Search the records (words of the question, discussion, decisions)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="69" />
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="70" />
        <source>Add a patient…</source>
        <translation>Add a patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="71" />
        <source>Record the discussion…</source>
        <translation>Record the discussion…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="101" />
        <source>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</source>
        <translation>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="117" />
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_window.py" line="125" />
        <source>Choose a patient record first.</source>
        <translation>Choose a patient record first.</translation>
    </message>
</context>
<context>
    <name>ModifyDialog</name>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="39" />
        <source>Answer with another change</source>
        <translation>Answer with another change</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="42" />
        <source>Change the doses</source>
        <translation>Change the doses</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="42" />
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="43" />
        <source>Replace by another medication</source>
        <translation>Replace by another medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="47" />
        <source>No medication chosen</source>
        <translation>No medication chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>morning</source>
        <translation>morning</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>noon</source>
        <translation>noon</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>evening</source>
        <translation>evening</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="49" />
        <source>night</source>
        <translation>night</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="58" />
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="59" />
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="60" />
        <source>New medication</source>
        <translation>New medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="62" />
        <source>New doses</source>
        <translation>New doses</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="64" />
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="65" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="107" />
        <source>Replaced by: %1</source>
        <translation>Replaced by: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/modify_dialog.py" line="134" />
        <source>New medication: choose it in the catalogue.</source>
        <translation>New medication: choose it in the catalogue.</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="120" />
        <source>Record a clinical value</source>
        <translation>Record a clinical value</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="126" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="130" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="132" />
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="50" />
        <location filename="../../app/ui/patients/chart.py" line="181" />
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="57" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="81" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="82" />
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="83" />
        <source>Médecin traitant</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Long-term conditions (ALD)</source>
        <translation>Long-term conditions (ALD)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="84" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="85" />
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="93" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="117" />
        <source>The record could not be opened.</source>
        <translation>The record could not be opened.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="127" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="128" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="129" />
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="130" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="130" />
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="135" />
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="145" />
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="154" />
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 years)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>retrieved</source>
        <translation>retrieved</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="161" />
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="162" />
        <source>qualified</source>
        <translation>qualified</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="165" />
        <source>%1 (identity %2)</source>
        <translation>%1 (identity %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="169" />
        <source>other sex</source>
        <translation>other sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="170" />
        <source>sex unknown</source>
        <translation>sex unknown</translation>
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
        <translation>no national identifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/chart.py" line="177" />
        <source>Born %1 · %2 · %3</source>
        <translation>Born %1 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="57" />
        <source>Edit patient %1</source>
        <translation>Edit patient %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="59" />
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/patient_form.py" line="151" />
        <source>(not a doctor of the practice)</source>
        <translation>(not a doctor of the practice)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="197" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="198" />
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Type the birth date as 31.12.1950 or 31/12/1950.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="199" />
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="200" />
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="201" />
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="202" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="203" />
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="204" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="205" />
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="206" />
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="207" />
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="208" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="209" />
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="210" />
        <source>(no INS)</source>
        <translation>(no INS)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="211" />
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="212" />
        <source>Retrieved</source>
        <translation>Retrieved</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="213" />
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="214" />
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="215" />
        <source>Name and town of a doctor outside the practice</source>
        <translation>Name and town of a doctor outside the practice</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="216" />
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="217" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="218" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="219" />
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="220" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="221" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="222" />
        <source>INS number</source>
        <translation>INS number</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="223" />
        <source>INS identity status</source>
        <translation>INS identity status</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="224" />
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="225" />
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="226" />
        <source>Contact and care</source>
        <translation>Contact and care</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="227" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="228" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="229" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="230" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="231" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="232" />
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="233" />
        <source>Médecin traitant</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="234" />
        <source>External doctor</source>
        <translation>External doctor</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="235" />
        <source>Conditions, allergies and ALD</source>
        <translation>Conditions, allergies and ALD</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="236" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="237" />
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="238" />
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="193" />
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="194" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="195" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="196" />
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="29" />
        <source>Type a name or a birth date (dd.mm.yyyy)</source>
        <translation>Type a name or a birth date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="36" />
        <location filename="../../app/ui/patients/picker.py" line="93" />
        <source>No patient chosen</source>
        <translation>No patient chosen</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/picker.py" line="75" />
        <source>No patient found</source>
        <translation>No patient found</translation>
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
        <translation>Search by name, birth date (dd.mm.yyyy) or identifier</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="70" />
        <source>Your role does not give access to the patient register.</source>
        <translation>Your role does not give access to the patient register.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="97" />
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>First %1 patients shown; type more to narrow the search.</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/search_panel.py" line="99" />
        <source>No patient found.</source>
        <translation>No patient found.</translation>
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
        <translation>Care plans to review</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="111" />
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="112" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/care_plans/plan_history.py" line="112" />
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_history.py" line="113" />
        <source>in %1 days</source>
        <translation>in %1 days</translation>
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
        <translation>Référent</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="97" />
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="99" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="100" />
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="101" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="108" />
        <source>FINESS number (optional)</source>
        <translation>FINESS number (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="109" />
        <source>GLN of the practice (optional)</source>
        <translation>GLN of the practice (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="119" />
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Practice name: please enter the name of the practice.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <location filename="../../app/ui/patients/problem_table.py" line="129" />
        <source>Add problem</source>
        <translation>Add problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/patients/problem_table.py" line="130" />
        <source>Remove problem</source>
        <translation>Remove problem</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="aliased_strings.py" line="239" />
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="240" />
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="241" />
        <source>Long-term condition (ALD)</source>
        <translation>Long-term condition (ALD)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="242" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="243" />
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (ICD-10 or ATC)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="244" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>ProtocolsDialog</name>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="35" />
        <source>Delegation protocols</source>
        <translation>Delegation protocols</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="42" />
        <source>Activate for the practice</source>
        <translation>Activate for the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="44" />
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="49" />
        <source>training date dd.mm.yyyy</source>
        <translation>training date dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="50" />
        <source>Record adherence</source>
        <translation>Record adherence</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="53" />
        <source>Staff adherence</source>
        <translation>Staff adherence</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="55" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="56" />
        <source>Training date</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="58" />
        <source>Adherent</source>
        <translation>Adherent</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="63" />
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="63" />
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="64" />
        <source>electronic</source>
        <translation>electronic</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="65" />
        <source>the patient</source>
        <translation>the patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="66" />
        <source>a representative</source>
        <translation>a representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="67" />
        <source>Enrol the patient</source>
        <translation>Enrol the patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="69" />
        <source>Patient enrolment (consent)</source>
        <translation>Patient enrolment (consent)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="71" />
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="72" />
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="73" />
        <source>Consent by</source>
        <translation>Consent by</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="111" />
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="126" />
        <source>Delegates: %1</source>
        <translation>Delegates: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="127" />
        <source>Acts: %1</source>
        <translation>Acts: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="128" />
        <source>Report to the doctor: %1</source>
        <translation>Report to the doctor: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="131" />
        <source>To verify: %1</source>
        <translation>To verify: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="133" />
        <source>Active since %1</source>
        <translation>Active since %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/protocols_dialog.py" line="137" />
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="aliased_strings.py" line="245" />
        <source>Your practice</source>
        <translation>Your practice</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="246" />
        <source>The name is printed on documents and letters.</source>
        <translation>The name is printed on documents and letters.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="247" />
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="248" />
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="249" />
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="250" />
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="251" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="252" />
        <source>The recovery code is shown only once, on this page.</source>
        <translation>The recovery code is shown only once, on this page.</translation>
    </message>
</context>
<context>
    <name>RaiseAlertDialog</name>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="52" />
        <source>Raise an alert</source>
        <translation>Raise an alert</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="69" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="70" />
        <location filename="../../app/ui/alerts/raise_dialog.py" line="129" />
        <source>The patient&apos;s médecin traitant</source>
        <translation>The patient&apos;s médecin traitant</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="72" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="72" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="73" />
        <source>Medications concerned</source>
        <translation>Medications concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="74" />
        <source>Clinical context</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="75" />
        <source>Proposed intervention</source>
        <translation>Proposed intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="76" />
        <source>Details of the proposal</source>
        <translation>Details of the proposal</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="77" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="77" />
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="78" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/raise_dialog.py" line="82" />
        <source>Raise alert</source>
        <translation>Raise alert</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="23" />
        <source>Recall patients</source>
        <translation>Recall patients</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="26" />
        <source>e.g. hba1c-2026-q1 (running it again creates no duplicates)</source>
        <translation>e.g. hba1c-2026-q1 (running it again creates no duplicates)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="31" />
        <source>ICD-10 prefixes, e.g. E11, I50</source>
        <translation>ICD-10 prefixes, e.g. E11, I50</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="33" />
        <source>ATC prefixes, e.g. A10, B01AA</source>
        <translation>ATC prefixes, e.g. A10, B01AA</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="36" />
        <source>dd.mm.yyyy (default: today)</source>
        <translation>dd.mm.yyyy (default: today)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="40" />
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="40" />
        <source>Task title</source>
        <translation>Task title</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="41" />
        <source>Task type</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="41" />
        <source>Age from</source>
        <translation>Age from</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="42" />
        <source>Age to</source>
        <translation>Age to</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="42" />
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="43" />
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="44" />
        <source>No task of type</source>
        <translation>No task of type</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="45" />
        <source>…done since (months)</source>
        <translation>…done since (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="46" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="52" />
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/recall_dialog.py" line="55" />
        <source>&amp;Create tasks</source>
        <translation>&amp;Create tasks</translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="84" />
        <source>%n patient(s) match</source>
        <translation>
            <numerusform>%n patient matches</numerusform>
            <numerusform>%n patients match</numerusform>
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
            <numerusform>%n recall task would be created.</numerusform>
            <numerusform>%n recall tasks would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../app/ui/tasks/recall_dialog.py" line="94" />
        <source>%n recall task(s) created for the medical assistants&apos; pool.</source>
        <translation>
            <numerusform>%n recall task created for the medical assistants&apos; pool.</numerusform>
            <numerusform>%n recall tasks created for the medical assistants&apos; pool.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="89" />
        <source>Medication reconciliation after a hospital stay</source>
        <translation>Medication reconciliation after a hospital stay</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="96" />
        <source>Paste the discharge list&apos;s eMediplan code (CHMED16A…)</source>
        <translation>Paste the discharge list&apos;s eMediplan code (CHMED16A…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="108" />
        <source>Add a line…</source>
        <translation>Add a line…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="108" />
        <source>Change the line…</source>
        <translation>Change the line…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="109" />
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="115" />
        <source>Compare with the current list</source>
        <translation>Compare with the current list</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="118" />
        <source>Hospital / department</source>
        <translation>Hospital / department</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="119" />
        <source>Discharge date</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="120" />
        <source>Discharge lines</source>
        <translation>Discharge lines</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="122" />
        <source>or eMediplan code</source>
        <translation>or eMediplan code</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="130" />
        <source>Intentional, documented</source>
        <translation>Intentional, documented</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="131" />
        <source>To be clarified</source>
        <translation>To be clarified</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="132" />
        <source>Keep current line</source>
        <translation>Keep current line</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="134" />
        <source>Why (required for an intentional change)</source>
        <translation>Why (required for an intentional change)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="136" />
        <source>Save decision</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="136" />
        <source>Send as alert</source>
        <translation>Send as alert</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="137" />
        <source>Validate the reconciled list</source>
        <translation>Validate the reconciled list</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="170" />
        <source>validated by %1</source>
        <translation>validated by %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="171" />
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/reconciliation_dialog.py" line="213" />
        <source>Enter the discharge lines or paste the eMediplan code first.</source>
        <translation>Enter the discharge lines or paste the eMediplan code first.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="181" />
        <source>Meeting record — %1</source>
        <translation>Meeting record — %1</translation>
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
        <translation>Create a task</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="183" />
        <source>Revise the care plan</source>
        <translation>Revise the care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="184" />
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="188" />
        <source>Summary of the discussion</source>
        <translation>Summary of the discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="195" />
        <source>What was decided</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="196" />
        <source>Physicians</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="196" />
        <source>Pharmacists</source>
        <translation>Pharmacists</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="197" />
        <source>Advanced practice nurses</source>
        <translation>Advanced practice nurses</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="197" />
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="198" />
        <source>Medical assistants</source>
        <translation>Medical assistants</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="198" />
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="199" />
        <location filename="../../app/ui/coordination/meeting_forms.py" line="236" />
        <source>— nobody: offer to a pool —</source>
        <translation>— nobody: offer to a pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="200" />
        <source>— no pool —</source>
        <translation>— no pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="202" />
        <source>dd.mm.yyyy (optional)</source>
        <translation>dd.mm.yyyy (optional)</translation>
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
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="213" />
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="215" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="215" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="216" />
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="216" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="217" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="211" />
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/meeting_forms.py" line="246" />
        <source>No decision yet</source>
        <translation>No decision yet</translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="51" />
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="56" />
        <source>e.g. Dr Weber, cardiologist — Hôpital de la Tour</source>
        <translation>e.g. Dr Weber, cardiologist — Hôpital de la Tour</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="58" />
        <source>Within 48 h</source>
        <translation>Within 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="58" />
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="59" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="59" />
        <source>Advice only</source>
        <translation>Advice only</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="63" />
        <source>The clinical question for the specialist</source>
        <translation>The clinical question for the specialist</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="66" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="71" />
        <source>Choose a patient to see their documents.</source>
        <translation>Choose a patient to see their documents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="74" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="74" />
        <source>To (specialist or service)</source>
        <translation>To (specialist or service)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="76" />
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="76" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="77" />
        <source>Clinical question</source>
        <translation>Clinical question</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="78" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="79" />
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="102" />
        <source>Your role does not give access to the documents.</source>
        <translation>Your role does not give access to the documents.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_form.py" line="119" />
        <source>This patient has no documents.</source>
        <translation>This patient has no documents.</translation>
    </message>
</context>
<context>
    <name>ReferralWindow</name>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="34" />
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="35" />
        <source>Within 48 h</source>
        <translation>Within 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="35" />
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="36" />
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="36" />
        <source>Advice only</source>
        <translation>Advice only</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="43" />
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="74" />
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="37" />
        <location filename="../../app/ui/coordination/referral_window.py" line="74" />
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="38" />
        <location filename="../../app/ui/coordination/referral_window.py" line="75" />
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="38" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="41" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="41" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="42" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="44" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="44" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="45" />
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="46" />
        <source>booked late</source>
        <translation>booked late</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="48" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="48" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="56" />
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="61" />
        <source>Answer (report received) or reason (cancel)</source>
        <translation>Answer (report received) or reason (cancel)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="62" />
        <source>New referral…</source>
        <translation>New referral…</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/referral_window.py" line="76" />
        <source>Cancel referral</source>
        <translation>Cancel referral</translation>
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
        <translation>Medication review worksheet</translation>
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
        <translation>Start a worksheet</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="54" />
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="55" />
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="56" />
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="56" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="57" />
        <source>Advice to the doctor</source>
        <translation>Advice to the doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="57" />
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="58" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="60" />
        <source>Findings</source>
        <translation>Findings</translation>
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
        <translation>Report PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="71" />
        <source>Save the worksheet as a PDF report (an audited export)</source>
        <translation>Save the worksheet as a PDF report (an audited export)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="93" />
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="113" />
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="93" />
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="113" />
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="110" />
        <source>No finding.</source>
        <translation>No finding.</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="133" />
        <source>Save the review report</source>
        <translation>Save the review report</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="134" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../app/ui/alerts/worksheet_dialog.py" line="142" />
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="40" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="42" />
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="48" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="51" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="135" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="52" />
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="59" />
        <source>Practice (all workstations)</source>
        <translation>Practice (all workstations)</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="63" />
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="64" />
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="68" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="72" />
        <source>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</source>
        <translation>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="74" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="156" />
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="75" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="76" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="156" />
        <source>FINESS number</source>
        <translation>FINESS number</translation>
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
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="79" />
        <location filename="../../app/ui/admin/settings_dialog.py" line="158" />
        <source>Language of shared texts</source>
        <translation>Language of shared texts</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/settings_dialog.py" line="97" />
        <source>Only an administrator can change the practice settings.</source>
        <translation>Only an administrator can change the practice settings.</translation>
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
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="82" />
        <source>Show deactivated accounts</source>
        <translation>Show deactivated accounts</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="99" />
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="100" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="101" />
        <location filename="../../app/ui/admin/staff_admin.py" line="160" />
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="102" />
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="103" />
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="105" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="159" />
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="167" />
        <source>The account was saved.</source>
        <translation>The account was saved.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="189" />
        <source>Reactivate the account of %1?</source>
        <translation>Reactivate the account of %1?</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="190" />
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="193" />
        <source>The account of %1 was reactivated.</source>
        <translation>The account of %1 was reactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="194" />
        <source>The account of %1 was deactivated.</source>
        <translation>The account of %1 was deactivated.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="202" />
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>The password of %1 was reset. They must choose a new one at the next login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="208" />
        <source>The account of %1 was unlocked.</source>
        <translation>The account of %1 was unlocked.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="39" />
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="40" />
        <source>Edit the account of %1</source>
        <translation>Edit the account of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="48" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="48" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="49" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="49" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>RPPS number</source>
        <translation>RPPS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="50" />
        <source>ADELI number</source>
        <translation>ADELI number</translation>
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
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_form.py" line="70" />
        <source>at least 12 characters; to be changed at first login</source>
        <translation>at least 12 characters; to be changed at first login</translation>
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
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="69" />
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="70" />
        <location filename="../../app/ui/admin/staff_model.py" line="100" />
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="99" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="99" />
        <source>No (deactivated)</source>
        <translation>No (deactivated)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="102" />
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="106" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="107" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/medications/medications_tab.py" line="108" />
        <source>Stopped on</source>
        <translation>Stopped on</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="54" />
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="54" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="57" />
        <location filename="../../app/ui/tasks/task_dialog.py" line="165" />
        <source>No patient</source>
        <translation>No patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="65" />
        <source>Physicians</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="65" />
        <source>Pharmacists</source>
        <translation>Pharmacists</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="66" />
        <source>Advanced practice nurses</source>
        <translation>Advanced practice nurses</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="66" />
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="67" />
        <source>Medical assistants</source>
        <translation>Medical assistants</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="67" />
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="68" />
        <location filename="../../app/ui/tasks/task_dialog.py" line="153" />
        <source>— nobody: offer to a pool —</source>
        <translation>— nobody: offer to a pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="69" />
        <source>— no pool —</source>
        <translation>— no pool —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="70" />
        <source>— not under a protocol —</source>
        <translation>— not under a protocol —</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="74" />
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="74" />
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="75" />
        <source>as soon as possible</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="75" />
        <source>immediately</source>
        <translation>immediately</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="77" />
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="79" />
        <source>hh:mm (optional)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="81" />
        <source>e.g. FREQ=MONTHLY;INTERVAL=3 (every 3 months)</source>
        <translation>e.g. FREQ=MONTHLY;INTERVAL=3 (every 3 months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="87" />
        <source>Result (when completing) or reason (cancel, hold, failure)</source>
        <translation>Result (when completing) or reason (cancel, hold, failure)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="96" />
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="98" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="98" />
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="99" />
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="99" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="100" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="100" />
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="101" />
        <source>Business status</source>
        <translation>Business status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="102" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="102" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="103" />
        <source>Result / reason</source>
        <translation>Result / reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="113" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="113" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="114" />
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="114" />
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="115" />
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="115" />
        <source>Cancel task</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="121" />
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="179" />
        <source>%1 (last change by %2)</source>
        <translation>%1 (last change by %2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="192" />
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="192" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="193" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="193" />
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="194" />
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="194" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_dialog.py" line="195" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>TaskTab</name>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="26" />
        <source>&amp;New task for this patient…</source>
        <translation>&amp;New task for this patient…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="29" />
        <source>Protocol enrolment…</source>
        <translation>Protocol enrolment…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="39" />
        <source>Results written to the chart</source>
        <translation>Results written to the chart</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/task_tab.py" line="56" />
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="27" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="28" />
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="29" />
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="29" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="30" />
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="30" />
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="31" />
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="31" />
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="32" />
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="33" />
        <source>asap</source>
        <translation>asap</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="34" />
        <source>stat</source>
        <translation>stat</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist_model.py" line="69" />
        <source>pool: %1</source>
        <translation>pool: %1</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="44" />
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="49" />
        <source>The user must choose a new password at the next login.</source>
        <translation>The user must choose a new password at the next login.</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="50" />
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="51" />
        <source>Temporary password again</source>
        <translation>Temporary password again</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_admin.py" line="61" />
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Temporary password again: the two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="41" />
        <source>Open the practice database</source>
        <translation>Open the practice database</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="43" />
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="46" />
        <source>no keyring is available</source>
        <translation>no keyring is available</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="49" />
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="52" />
        <source>Practice passphrase</source>
        <translation>Practice passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="53" />
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="83" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="83" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="93" />
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Recovery code: please type the code from the recovery sheet.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="95" />
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Passphrase: please type the practice passphrase.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="98" />
        <source>Checking… This takes a few seconds.</source>
        <translation>Checking… This takes a few seconds.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="121" />
        <source>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>The passphrase is not right for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="123" />
        <source>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>The recovery code is not right for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="126" />
        <source>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>The key is right, but the database file is damaged and cannot be read. Nothing was written to it. Restore the database from a backup and keep the damaged file for analysis.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="129" />
        <source>The database file %1 cannot be found. Check that the disk or the folder is available.</source>
        <translation>The database file %1 cannot be found. Check that the disk or the folder is available.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="131" />
        <source>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>The key file that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="133" />
        <source>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>The key file that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="135" />
        <source>The key file was written by a newer version of Cordée. Install that version.</source>
        <translation>The key file was written by a newer version of Cordée. Install that version.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="136" />
        <source>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</source>
        <translation>This database was used by a newer version of Cordée. Install that version to open it; the database was not changed.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/unlock_database_dialog.py" line="138" />
        <source>This file is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>This file is not encrypted. Cordée refuses to use an unencrypted database.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="88" />
        <source>Welcome to Cordée</source>
        <translation>Welcome to Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="89" />
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</translation>
    </message>
    <message>
        <location filename="../../app/ui/shell/first_run_pages.py" line="91" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="37" />
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="38" />
        <source>Being revised</source>
        <translation>Being revised</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="38" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="39" />
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="39" />
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="40" />
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="40" />
        <source>Environmental</source>
        <translation>Environmental</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="41" />
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="42" />
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="42" />
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="43" />
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="43" />
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="44" />
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="44" />
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="45" />
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="46" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="47" />
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="47" />
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="48" />
        <source>Practice staff</source>
        <translation>Practice staff</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="48" />
        <source>Hospital service</source>
        <translation>Hospital service</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="49" />
        <source>Home nursing</source>
        <translation>Home nursing</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="49" />
        <source>DAC (coordination support)</source>
        <translation>DAC (coordination support)</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="50" />
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="50" />
        <source>Family caregiver</source>
        <translation>Family caregiver</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="51" />
        <location filename="aliased_strings.py" line="79" />
        <source>Trusted person</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="51" />
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <location filename="aliased_strings.py" line="67" />
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="52" />
        <location filename="aliased_strings.py" line="68" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="53" />
        <source>Physicians</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="53" />
        <source>Pharmacists</source>
        <translation>Pharmacists</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="54" />
        <source>Advanced practice nurses</source>
        <translation>Advanced practice nurses</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="54" />
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="55" />
        <source>Medical assistants</source>
        <translation>Medical assistants</translation>
    </message>
    <message>
        <location filename="../../app/ui/care_plans/plan_fields.py" line="55" />
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="69" />
        <source>Référent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="70" />
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="71" />
        <source>Medical situation</source>
        <translation>Medical situation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="72" />
        <source>Psychological situation</source>
        <translation>Psychological situation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="73" />
        <source>Social situation</source>
        <translation>Social situation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="74" />
        <source>Environmental situation</source>
        <translation>Environmental situation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="75" />
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Patient&apos;s expectations and preferences</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="76" />
        <source>Advance directives</source>
        <translation>Advance directives</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="77" />
        <source>Advance directives dated</source>
        <translation>Advance directives dated</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="78" />
        <source>Where they are kept</source>
        <translation>Where they are kept</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="80" />
        <source>Trusted person&apos;s contact</source>
        <translation>Trusted person&apos;s contact</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="81" />
        <source>Designated on</source>
        <translation>Designated on</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="82" />
        <source>Alert procedure (who to call)</source>
        <translation>Alert procedure (who to call)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="48" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="83" />
        <source>Practice staff member</source>
        <translation>Practice staff member</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="46" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="47" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="49" />
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="50" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="61" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="62" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="84" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="85" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="86" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="87" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="88" />
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="51" />
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="53" />
        <source>Problem or need</source>
        <translation>Problem or need</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="52" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="54" />
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="55" />
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="56" />
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="57" />
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="58" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="89" />
        <source>Problems addressed</source>
        <translation>Problems addressed</translation>
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
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="91" />
        <source>…or a role</source>
        <translation>…or a role</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="92" />
        <source>…or an outside contact</source>
        <translation>…or an outside contact</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="93" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="94" />
        <source>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</source>
        <translation>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="63" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="95" />
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="64" />
        <source>Need or goal not met</source>
        <translation>Need or goal not met</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="65" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="66" />
        <source>Reported to the territory</source>
        <translation>Reported to the territory</translation>
    </message>
    <message>
        <location filename="aliased_strings.py" line="96" />
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="20" />
        <source>&amp;Protocols…</source>
        <translation>&amp;Protocols…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="33" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="40" />
        <source>&amp;My tasks</source>
        <translation>&amp;My tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="44" />
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="50" />
        <source>&amp;Recall patients…</source>
        <translation>&amp;Recall patients…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/feature.py" line="38" />
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="45" />
        <source>Filter (patient, task, status…)</source>
        <translation>Filter (patient, task, status…)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="47" />
        <source>Show closed</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="50" />
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="51" />
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="60" />
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="63" />
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="65" />
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="67" />
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="69" />
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="71" />
        <source>&amp;Print today…</source>
        <translation>&amp;Print today…</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="118" />
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="178" />
        <source>Save the day&apos;s worklist</source>
        <translation>Save the day&apos;s worklist</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="183" />
        <source>Worklist of %1 — %2</source>
        <translation>Worklist of %1 — %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="184" />
        <source>Printed by %1</source>
        <translation>Printed by %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="184" />
        <source>No task due.</source>
        <translation>No task due.</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="185" />
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Protocol / act</source>
        <translation>Protocol / act</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/tasks/worklist.py" line="186" />
        <source>Done</source>
        <translation>Done</translation>
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
        <translation>staff member</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="30" />
        <source>medication line</source>
        <translation>medication line</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="30" />
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="31" />
        <source>care plan</source>
        <translation>care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="31" />
        <source>task</source>
        <translation>task</translation>
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
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="10" />
        <source>contains a forbidden character</source>
        <translation>contains a forbidden character</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="11" />
        <source>is too long (at most {max} characters)</source>
        <translation>is too long (at most {max} characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="12" />
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>must be a date like 31.12.1950 or 31/12/1950</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="13" />
        <source>is not a real calendar date</source>
        <translation>is not a real calendar date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="14" />
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="15" />
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="16" />
        <source>must be between {min} and {max}</source>
        <translation>must be between {min} and {max}</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="17" />
        <source>must be one of {allowed}</source>
        <translation>must be one of {allowed}</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="19" />
        <source>This record no longer exists ({entity} {entity_id}).</source>
        <translation>This record no longer exists ({entity} {entity_id}).</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="20" />
        <source>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</source>
        <translation>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="22" />
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="23" />
        <source>The action could not be done.</source>
        <translation>The action could not be done.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/shared.py" line="24" />
        <source>is not valid</source>
        <translation>is not valid</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/render.py" line="133" />
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="8" />
        <source>the folder {folder} does not exist</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="9" />
        <source>{path} is a folder: give a file name</source>
        <translation>{path} is a folder: give a file name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="10" />
        <source>{path} is not an ordinary file (a link or a device): choose another name</source>
        <translation>{path} is not an ordinary file (a link or a device): choose another name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/exports.py" line="12" />
        <source>cannot write {path} ({reason})</source>
        <translation>cannot write {path} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/errors/medications.py" line="8" />
        <source>the medication knowledge file {file} is not valid (entry {entry}): {problem}</source>
        <translation>the medication knowledge file {file} is not valid (entry {entry}): {problem}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="14" />
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="15" />
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="16" />
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="17" />
        <source>FINESS number</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="18" />
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="19" />
        <source>Lock after inactivity (minutes)</source>
        <translation>Lock after inactivity (minutes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="20" />
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="21" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="22" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="24" />
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="25" />
        <source>Roles</source>
        <translation>Roles</translation>
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
        <translation>RPPS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="29" />
        <source>ADELI number</source>
        <translation>ADELI number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="30" />
        <source>Account status</source>
        <translation>Account status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="31" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="32" />
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="33" />
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="35" />
        <source>Practice passphrase</source>
        <translation>Practice passphrase</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="36" />
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="38" />
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="39" />
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="40" />
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="41" />
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="42" />
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="43" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="44" />
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="45" />
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="46" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="47" />
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="48" />
        <source>Regular doctor</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="49" />
        <source>External doctor</source>
        <translation>External doctor</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="50" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="51" />
        <source>INS number</source>
        <translation>INS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="52" />
        <source>INS identity status</source>
        <translation>INS identity status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="53" />
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="54" />
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="55" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="56" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="57" />
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="58" />
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="60" />
        <source>ATC code</source>
        <translation>ATC code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="61" />
        <source>Catalogue reference</source>
        <translation>Catalogue reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="62" />
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="63" />
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="64" />
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="65" />
        <source>Morning dose</source>
        <translation>Morning dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="66" />
        <source>Noon dose</source>
        <translation>Noon dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="67" />
        <source>Evening dose</source>
        <translation>Evening dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="68" />
        <source>Night dose</source>
        <translation>Night dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="69" />
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="70" />
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="71" />
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="72" />
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="73" />
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="74" />
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="75" />
        <source>Renewal allowed until</source>
        <translation>Renewal allowed until</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="76" />
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="77" />
        <source>Other prescriber</source>
        <translation>Other prescriber</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="78" />
        <source>Reason for stopping</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="79" />
        <source>Stop date</source>
        <translation>Stop date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="81" />
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="82" />
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="83" />
        <source>Date of measurement</source>
        <translation>Date of measurement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="85" />
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="86" />
        <source>Declaration reference</source>
        <translation>Declaration reference</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="87" />
        <source>Form of consent</source>
        <translation>Form of consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="88" />
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="89" />
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="91" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="92" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="93" />
        <source>Task type</source>
        <translation>Task type</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="94" />
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="95" />
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="96" />
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="97" />
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="98" />
        <source>Due time</source>
        <translation>Due time</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="99" />
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="100" />
        <location filename="../../app/ui/common/field_labels.py" line="101" />
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="102" />
        <source>Act performed</source>
        <translation>Act performed</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="103" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="104" />
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="105" />
        <source>Activation date</source>
        <translation>Activation date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="106" />
        <source>Training date</source>
        <translation>Training date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="107" />
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="108" />
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="110" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="111" />
        <source>Age from</source>
        <translation>Age from</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="112" />
        <source>Age to</source>
        <translation>Age to</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="113" />
        <source>Conditions (ICD-10 codes)</source>
        <translation>Conditions (ICD-10 codes)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="114" />
        <source>Task not done</source>
        <translation>Task not done</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="115" />
        <source>Not done for (months)</source>
        <translation>Not done for (months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="116" />
        <source>Renewed until</source>
        <translation>Renewed until</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="117" />
        <source>New dose</source>
        <translation>New dose</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="118" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="119" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="120" />
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="121" />
        <source>Escalation delay (days)</source>
        <translation>Escalation delay (days)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="122" />
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="123" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="125" />
        <source>Review finding</source>
        <translation>Review finding</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="126" />
        <source>Problem category</source>
        <translation>Problem category</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="127" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="128" />
        <source>Proposed intervention</source>
        <translation>Proposed intervention</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="129" />
        <source>Intervention details</source>
        <translation>Intervention details</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="130" />
        <source>Medications concerned</source>
        <translation>Medications concerned</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="131" />
        <source>Proposed changes</source>
        <translation>Proposed changes</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="132" />
        <source>Changes made</source>
        <translation>Changes made</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="133" />
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="134" />
        <source>Reply expected by</source>
        <translation>Reply expected by</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="135" />
        <location filename="../../app/ui/common/field_labels.py" line="192" />
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="136" />
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="137" />
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="138" />
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="139" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="140" />
        <source>Inbox folder</source>
        <translation>Inbox folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="141" />
        <source>Discharge date</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="142" />
        <location filename="../../app/ui/common/field_labels.py" line="202" />
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="143" />
        <source>Send as</source>
        <translation>Send as</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="144" />
        <source>Kind of review</source>
        <translation>Kind of review</translation>
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
        <translation>eGFR</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="149" />
        <source>Weight (kg)</source>
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="150" />
        <source>Creatinine (µmol/l)</source>
        <translation>Creatinine (µmol/l)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="152" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="153" />
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="154" />
        <source>Advance directives</source>
        <translation>Advance directives</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="155" />
        <source>Date of the advance directives</source>
        <translation>Date of the advance directives</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="156" />
        <source>Where the advance directives are kept</source>
        <translation>Where the advance directives are kept</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="157" />
        <source>Trusted person</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="158" />
        <source>Trusted person&apos;s contact</source>
        <translation>Trusted person&apos;s contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="159" />
        <source>Trusted person designated on</source>
        <translation>Trusted person designated on</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="160" />
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="161" />
        <source>Date of the patient&apos;s agreement</source>
        <translation>Date of the patient&apos;s agreement</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="162" />
        <source>How the patient agreed</source>
        <translation>How the patient agreed</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="163" />
        <source>Validated by</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="164" />
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="165" />
        <source>Shared goals</source>
        <translation>Shared goals</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="166" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="167" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="168" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="169" />
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="170" />
        <source>Label</source>
        <translation>Label</translation>
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
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="173" />
        <source>How it is measured</source>
        <translation>How it is measured</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="174" />
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="175" />
        <source>Problems addressed</source>
        <translation>Problems addressed</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="176" />
        <source>Type of action</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="178" />
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="179" />
        <source>Responsible role</source>
        <translation>Responsible role</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="180" />
        <source>Other responsible</source>
        <translation>Other responsible</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="181" />
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="182" />
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="184" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="185" />
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="186" />
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="187" />
        <source>File content</source>
        <translation>File content</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="188" />
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="189" />
        <source>Hospital event</source>
        <translation>Hospital event</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="190" />
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="191" />
        <source>Destination folder</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="193" />
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="194" />
        <source>Clinical question</source>
        <translation>Clinical question</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="195" />
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="196" />
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="197" />
        <source>Specialist&apos;s answer</source>
        <translation>Specialist&apos;s answer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="198" />
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="199" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="200" />
        <source>Outside participants</source>
        <translation>Outside participants</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="201" />
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="203" />
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="204" />
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="205" />
        <source>File</source>
        <translation>File</translation>
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
        <translation>Proposed change %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="213" />
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="216" />
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="217" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="218" />
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="219" />
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="220" />
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="221" />
        <source>medication</source>
        <translation>medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/field_labels.py" line="222" />
        <source>new medication</source>
        <translation>new medication</translation>
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
        <translation>Active care plans (month end)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="25" />
        <source>Reviews due</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="26" />
        <source>Reviews done on time</source>
        <translation>Reviews done on time</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="27" />
        <source>Alerts raised</source>
        <translation>Alerts raised</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="28" />
        <source>Alerts answered</source>
        <translation>Alerts answered</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="29" />
        <source>Median answer time</source>
        <translation>Median answer time</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="30" />
        <source>Acceptance rate</source>
        <translation>Acceptance rate</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="31" />
        <source>Delegated tasks done</source>
        <translation>Delegated tasks done</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="32" />
        <source>Delegated tasks overdue (month end)</source>
        <translation>Delegated tasks overdue (month end)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="33" />
        <source>Concertation meetings</source>
        <translation>Concertation meetings</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="34" />
        <source>Patients discussed</source>
        <translation>Patients discussed</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="35" />
        <source>Complex patients discussed</source>
        <translation>Complex patients discussed</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="36" />
        <source>Frequent ED users (≥ 4 in 12 months)</source>
        <translation>Frequent ED users (≥ 4 in 12 months)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="37" />
        <source>DAUM alerts raised</source>
        <translation>DAUM alerts raised</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="38" />
        <source>Referrals overdue (month end)</source>
        <translation>Referrals overdue (month end)</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="39" />
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="40" />
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="41" />
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="42" />
        <source>within 48 h</source>
        <translation>within 48 h</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="43" />
        <source>within 7 days</source>
        <translation>within 7 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="44" />
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="45" />
        <source>advice only</source>
        <translation>advice only</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="46" />
        <source>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</source>
        <translation>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="48" />
        <source>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</source>
        <translation>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="50" />
        <source>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</source>
        <translation>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="55" />
        <source>Done — %1</source>
        <translation>Done — %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="57" />
        <source>Referrals %1</source>
        <translation>Referrals %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/coordination/indicator_texts.py" line="59" />
        <source>Median delay, %1</source>
        <translation>Median delay, %1</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="19" />
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="20" />
        <source>contains a forbidden character</source>
        <translation>contains a forbidden character</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="21" />
        <source>must be FR or CH</source>
        <translation>must be FR or CH</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="22" />
        <source>must be fr, de or en</source>
        <translation>must be fr, de or en</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="24" />
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>must be 15 characters: 13 for the number and 2 for the key</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="25" />
        <source>the control key does not match the number</source>
        <translation>the control key does not match the number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="26" />
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="27" />
        <source>the check digit is wrong</source>
        <translation>the check digit is wrong</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="28" />
        <source>must be 10 to 20 digits</source>
        <translation>must be 10 to 20 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="29" />
        <source>must be 13 digits</source>
        <translation>must be 13 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="30" />
        <source>must be 11 digits</source>
        <translation>must be 11 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="31" />
        <source>must be 9 digits</source>
        <translation>must be 9 digits</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="32" />
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>must be 9 characters (department + 7 digits)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="34" />
        <source>this database already holds a practice</source>
        <translation>this database already holds a practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="36" />
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="37" />
        <source>choose at least one role</source>
        <translation>choose at least one role</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="38" />
        <source>is not an e-mail address</source>
        <translation>is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="39" />
        <source>is already used by another account</source>
        <translation>is already used by another account</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="40" />
        <source>you cannot remove your own administrator role</source>
        <translation>you cannot remove your own administrator role</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="41" />
        <source>you cannot deactivate your own account</source>
        <translation>you cannot deactivate your own account</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="42" />
        <source>is too easy to guess</source>
        <translation>is too easy to guess</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="43" />
        <source>must differ from the current password</source>
        <translation>must differ from the current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="44" />
        <source>is not your current password</source>
        <translation>is not your current password</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="46" />
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>must be a date like 31.12.1950 or 31/12/1950</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="47" />
        <source>is not a real calendar date</source>
        <translation>is not a real calendar date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="48" />
        <source>must not be in the future</source>
        <translation>must not be in the future</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="49" />
        <source>must be after 1900</source>
        <translation>must be after 1900</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="50" />
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>must be F, M, X (other) or U (unknown)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="51" />
        <source>must be one of fr, de, en, it</source>
        <translation>must be one of fr, de, en, it</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="52" />
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>must contain only digits, spaces and + . ( ) -</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="53" />
        <source>must be an active physician of the practice</source>
        <translation>must be an active physician of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="54" />
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>must be PROV, RECUP, VALI or QUAL when an INS is given</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="55" />
        <source>needs an INS number</source>
        <translation>needs an INS number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="56" />
        <source>kind must be condition, allergy or ald</source>
        <translation>kind must be condition, allergy or ald</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="57" />
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>must be an ATC code or class (e.g. J01C)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="58" />
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>must be an ICD-10 code (e.g. I50.9)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="60" />
        <source>unknown user or wrong password</source>
        <translation>unknown user or wrong password</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="61" />
        <source>this account is locked after too many failed logins; ask an administrator to unlock it</source>
        <translation>this account is locked after too many failed logins; ask an administrator to unlock it</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="64" />
        <source>the key does not belong to this database</source>
        <translation>the key does not belong to this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="65" />
        <source>the SQLite library in use is not SQLCipher</source>
        <translation>the SQLite library in use is not SQLCipher</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="66" />
        <source>wrong passphrase for this database</source>
        <translation>wrong passphrase for this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="67" />
        <source>wrong recovery code for this database</source>
        <translation>wrong recovery code for this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="68" />
        <source>enter the practice passphrase or the recovery code</source>
        <translation>enter the practice passphrase or the recovery code</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="69" />
        <source>the database URL must start with postgresql+psycopg://</source>
        <translation>the database URL must start with postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="71" />
        <source>no allowed keyring backend on this computer</source>
        <translation>no allowed keyring backend on this computer</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="72" />
        <source>the keyring did not answer in time</source>
        <translation>the keyring did not answer in time</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="73" />
        <source>the recorded keyring backend is not allowed</source>
        <translation>the recorded keyring backend is not allowed</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="74" />
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>the keyring that holds the key is not available (keystore changed)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="75" />
        <source>the keyring holds no key for this database</source>
        <translation>the keyring holds no key for this database</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="77" />
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>must be a number of units like 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="78" />
        <source>must be at most 100 units</source>
        <translation>must be at most 100 units</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="79" />
        <source>is not a plausible date</source>
        <translation>is not a plausible date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="80" />
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="81" />
        <source>must be a complete ATC code like B01AA03</source>
        <translation>must be a complete ATC code like B01AA03</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="82" />
        <source>a substance or a product name is required</source>
        <translation>a substance or a product name is required</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="83" />
        <source>must not be before the start date</source>
        <translation>must not be before the start date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="84" />
        <source>must be at most 12 months after the start</source>
        <translation>must be at most 12 months after the start</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="85" />
        <source>must be an active member of the practice</source>
        <translation>must be an active member of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="87" />
        <source>is not a known protocol</source>
        <translation>is not a known protocol</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="88" />
        <source>must be a past date after 1990</source>
        <translation>must be a past date after 1990</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="89" />
        <source>must be oral, written or electronic</source>
        <translation>must be oral, written or electronic</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="90" />
        <source>must be patient or representative</source>
        <translation>must be patient or representative</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="91" />
        <source>is not a patient of the practice</source>
        <translation>is not a patient of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="92" />
        <source>is required (at most 200 characters)</source>
        <translation>is required (at most 200 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="94" />
        <source>must be a time like 08:30</source>
        <translation>must be a time like 08:30</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="95" />
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>must be 2–40 lower-case letters, digits or underscores</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="96" />
        <source>must be routine, urgent, asap or stat</source>
        <translation>must be routine, urgent, asap or stat</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="97" />
        <source>choose either a person or a pool (one of the two)</source>
        <translation>choose either a person or a pool (one of the two)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="98" />
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>must be an active clinical or front-desk member of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="99" />
        <source>needs a due date</source>
        <translation>needs a due date</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="100" />
        <source>needs a due date to start the series</source>
        <translation>needs a due date to start the series</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="101" />
        <source>needs an origin type and a positive id</source>
        <translation>needs an origin type and a positive id</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="102" />
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>an act is only recorded for a protocol-bound task</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="103" />
        <source>is not a task status</source>
        <translation>is not a task status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="104" />
        <source>this task is not in one of your pools</source>
        <translation>this task is not in one of your pools</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="105" />
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="106" />
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>must not contain DTSTART (the due date starts the series)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="107" />
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="109" />
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>must start with postgresql:// or postgresql+psycopg://</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="110" />
        <source>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>the server is not on this computer: add ?sslmode=verify-full (TLS is required)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="111" />
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>must not contain a password: put it in a .pgpass file</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="113" />
        <source>an absence lasts at most one year</source>
        <translation>an absence lasts at most one year</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="114" />
        <source>select at least one task</source>
        <translation>select at least one task</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="115" />
        <source>must be a whole number of days</source>
        <translation>must be a whole number of days</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="117" />
        <source>must be 2–60 letters, digits, dots, dashes or underscores</source>
        <translation>must be 2–60 letters, digits, dots, dashes or underscores</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="118" />
        <source>must not be below the minimum age</source>
        <translation>must not be below the minimum age</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="119" />
        <source>give both the task type and the number of months</source>
        <translation>give both the task type and the number of months</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="120" />
        <source>give at least one criterion (age, condition, medication or task not done)</source>
        <translation>give at least one criterion (age, condition, medication or task not done)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="121" />
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="122" />
        <source>must be renewal or dose_adjustment</source>
        <translation>must be renewal or dose_adjustment</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="123" />
        <source>must be after today</source>
        <translation>must be after today</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="125" />
        <source>must be a medication of this patient</source>
        <translation>must be a medication of this patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="126" />
        <source>is a stopped medication</source>
        <translation>is a stopped medication</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="127" />
        <source>must be stop, change or add</source>
        <translation>must be stop, change or add</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="128" />
        <source>must be a patient of the practice</source>
        <translation>must be a patient of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="129" />
        <source>must be an SFPC problem code (1.1 to 1.10)</source>
        <translation>must be an SFPC problem code (1.1 to 1.10)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="130" />
        <source>at least one medication is required (except for an untreated indication)</source>
        <translation>at least one medication is required (except for an untreated indication)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="131" />
        <source>must be urgent, 24h or routine</source>
        <translation>must be urgent, 24h or routine</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="132" />
        <source>must not be in the past</source>
        <translation>must not be in the past</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="133" />
        <source>must be within a year</source>
        <translation>must be within a year</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="134" />
        <source>is required: the patient has no médecin traitant in the practice</source>
        <translation>is required: the patient has no médecin traitant in the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="135" />
        <source>is not a current finding of this patient&apos;s review</source>
        <translation>is not a current finding of this patient&apos;s review</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="136" />
        <source>there is no question waiting for a reply</source>
        <translation>there is no question waiting for a reply</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="137" />
        <source>the proposal holds no medication change to make: answer &apos;modified&apos; with the change you make</source>
        <translation>the proposal holds no medication change to make: answer &apos;modified&apos; with the change you make</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="139" />
        <source>the change made is required</source>
        <translation>the change made is required</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="141" />
        <source>this reconciliation is already validated</source>
        <translation>this reconciliation is already validated</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="142" />
        <source>is required (hospital and department)</source>
        <translation>is required (hospital and department)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="143" />
        <source>must be intentional_documented, to_be_clarified or keep_current</source>
        <translation>must be intentional_documented, to_be_clarified or keep_current</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="144" />
        <source>an intentional change must be documented (why it was made)</source>
        <translation>an intentional change must be documented (why it was made)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="145" />
        <source>an added drug has no current line to keep</source>
        <translation>an added drug has no current line to keep</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="146" />
        <source>only a difference to be clarified can be sent</source>
        <translation>only a difference to be clarified can be sent</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="147" />
        <source>must be alert or task</source>
        <translation>must be alert or task</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="148" />
        <source>must be bpm or pmc</source>
        <translation>must be bpm or pmc</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="149" />
        <source>must not be before the previous step</source>
        <translation>must not be before the previous step</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="150" />
        <source>must start with CHMED16A1 (or CHMED16A0)</source>
        <translation>must start with CHMED16A1 (or CHMED16A0)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="151" />
        <source>is not a readable CHMED16A payload</source>
        <translation>is not a readable CHMED16A payload</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="153" />
        <source>must be yes when a date or a place is given</source>
        <translation>must be yes when a date or a place is given</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="154" />
        <source>is required when a contact or a designation date is given</source>
        <translation>is required when a contact or a designation date is given</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="155" />
        <source>must be an e-mail address like name@example.org</source>
        <translation>must be an e-mail address like name@example.org</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="156" />
        <source>must be problems of this plan</source>
        <translation>must be problems of this plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="157" />
        <source>choose one responsible: a person, a role or an outside contact</source>
        <translation>choose one responsible: a person, a role or an outside contact</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="158" />
        <source>must be a goal of this plan</source>
        <translation>must be a goal of this plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="159" />
        <source>is only given when the need was reported to the territory</source>
        <translation>is only given when the need was reported to the territory</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="160" />
        <source>only for a member of the practice</source>
        <translation>only for a member of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="161" />
        <source>only the patient&apos;s médecin traitant can validate the plan</source>
        <translation>only the patient&apos;s médecin traitant can validate the plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="162" />
        <source>is required before the plan is validated</source>
        <translation>is required before the plan is validated</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="163" />
        <source>a plan needs at least one shared goal to be validated</source>
        <translation>a plan needs at least one shared goal to be validated</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="164" />
        <source>a closed plan cannot be changed</source>
        <translation>a closed plan cannot be changed</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="165" />
        <source>is not a part of a care plan</source>
        <translation>is not a part of a care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="166" />
        <source>already has a care plan that is not closed</source>
        <translation>already has a care plan that is not closed</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="168" />
        <source>this alert has already been acknowledged</source>
        <translation>this alert has already been acknowledged</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="169" />
        <source>must be a PDF, a PNG or JPEG image, or a text file</source>
        <translation>must be a PDF, a PNG or JPEG image, or a text file</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="170" />
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="171" />
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="172" />
        <source>is not an event of this patient</source>
        <translation>is not an event of this patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="173" />
        <source>is not a referral of this patient</source>
        <translation>is not a referral of this patient</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="174" />
        <source>must be ed_visit, admission or discharge</source>
        <translation>must be ed_visit, admission or discharge</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="175" />
        <source>must be hospital, dmp, patient or other</source>
        <translation>must be hospital, dmp, patient or other</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="176" />
        <source>must be pdf or csv</source>
        <translation>must be pdf or csv</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="177" />
        <source>must not be before the start of the period</source>
        <translation>must not be before the start of the period</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="178" />
        <source>must be monthly, ad_hoc, cpts or quality_circle</source>
        <translation>must be monthly, ad_hoc, cpts or quality_circle</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="179" />
        <source>a meeting needs at least one participant</source>
        <translation>a meeting needs at least one participant</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="180" />
        <source>the patient has no open care plan to revise</source>
        <translation>the patient has no open care plan to revise</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="181" />
        <source>must be active members of the practice</source>
        <translation>must be active members of the practice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="182" />
        <source>must be note, task or care_plan</source>
        <translation>must be note, task or care_plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="183" />
        <source>must not be before the request</source>
        <translation>must not be before the request</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="184" />
        <source>must not be before the visit</source>
        <translation>must not be before the visit</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="185" />
        <source>must be p1_48h, p2_7d, p3_scheduled or advice</source>
        <translation>must be p1_48h, p2_7d, p3_scheduled or advice</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="186" />
        <source>must be within the last year and not in the future</source>
        <translation>must be within the last year and not in the future</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="187" />
        <source>is not a referral status</source>
        <translation>is not a referral status</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="188" />
        <source>a PostgreSQL server is backed up on the server (pg_dump), not here</source>
        <translation>a PostgreSQL server is backed up on the server (pg_dump), not here</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="189" />
        <source>the restored database does not hold what the backup recorded</source>
        <translation>the restored database does not hold what the backup recorded</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="194" />
        <source>is too long (at most %1 characters)</source>
        <translation>is too long (at most %1 characters)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="196" />
        <source>must be at least %1 characters long</source>
        <translation>must be at least %1 characters long</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="198" />
        <source>must be between %1 and %2 minutes</source>
        <translation>must be between %1 and %2 minutes</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="200" />
        <source>unknown role %1</source>
        <translation>unknown role %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="202" />
        <source>too many failed logins: wait %1 s before trying again</source>
        <translation>too many failed logins: wait %1 s before trying again</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="204" />
        <source>staff member %1 does not exist</source>
        <translation>staff member %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="206" />
        <source>patient %1 does not exist</source>
        <translation>patient %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="208" />
        <source>%1 was written by a newer version of Cordée</source>
        <translation>%1 was written by a newer version of Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="210" />
        <source>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</source>
        <translation>the key file %1 is missing: the database cannot be unlocked without it (restore it from the backup)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="213" />
        <source>the key file %1 is damaged (%2)</source>
        <translation>the key file %1 is damaged (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="215" />
        <source>%1 already exists; it is never replaced</source>
        <translation>%1 already exists; it is never replaced</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="217" />
        <source>%1 already exists; Cordée never replaces a database</source>
        <translation>%1 already exists; Cordée never replaces a database</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="219" />
        <source>%1 is an unencrypted database; Cordée refuses to use it</source>
        <translation>%1 is an unencrypted database; Cordée refuses to use it</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="221" />
        <source>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</source>
        <translation>%1 cannot be read although the key is right: the file is damaged (%2). Restore it from a backup.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="224" />
        <source>the folder %1 does not exist</source>
        <translation>the folder %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="226" />
        <source>%1 already exists; Cordée never replaces a database (restore to a new name)</source>
        <translation>%1 already exists; Cordée never replaces a database (restore to a new name)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="228" />
        <source>%1 in the backup %2 has changed since it was written; use another backup</source>
        <translation>%1 in the backup %2 has changed since it was written; use another backup</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="230" />
        <source>%1 is not a Cordée backup (no manifest.json)</source>
        <translation>%1 is not a Cordée backup (no manifest.json)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="232" />
        <source>the backup %1 lacks %2</source>
        <translation>the backup %1 lacks %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="234" />
        <source>the backup could not be verified (%1); the database itself is untouched</source>
        <translation>the backup could not be verified (%1); the database itself is untouched</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="236" />
        <source>cannot write a backup in %1: %2</source>
        <translation>cannot write a backup in %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="238" />
        <source>the manifest of %1 is damaged (%2)</source>
        <translation>the manifest of %1 is damaged (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="240" />
        <source>no database at %1</source>
        <translation>no database at %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="242" />
        <source>keyring error: %1</source>
        <translation>keyring error: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="244" />
        <source>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</source>
        <translation>%1 is not on this computer: add ?sslmode=verify-full (TLS is required outside loopback)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="247" />
        <source>cannot use the PostgreSQL server: %1</source>
        <translation>cannot use the PostgreSQL server: %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="249" />
        <source>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</source>
        <translation>this database has schema %1, newer than this version of Cordée knows; install the newer version of Cordée</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="252" />
        <source>must be more than %1 and at most %2</source>
        <translation>must be more than %1 and at most %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="254" />
        <source>must be between %1 and %2</source>
        <translation>must be between %1 and %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="256" />
        <source>must be between %1 and %2 days</source>
        <translation>must be between %1 and %2 days</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="258" />
        <source>task %1 does not exist</source>
        <translation>task %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="260" />
        <source>absence %1 does not exist</source>
        <translation>absence %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="262" />
        <source>must be one of %1</source>
        <translation>must be one of %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="264" />
        <source>medication line %1 does not exist</source>
        <translation>medication line %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="266" />
        <source>enrolment %1 does not exist</source>
        <translation>enrolment %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="268" />
        <source>staff %1 does not adhere to %2</source>
        <translation>staff %1 does not adhere to %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="270" />
        <source>%1 is not of a profession this protocol delegates to (%2)</source>
        <translation>%1 is not of a profession this protocol delegates to (%2)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="272" />
        <source>is not a valid iCalendar rule (%1)</source>
        <translation>is not a valid iCalendar rule (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="275" />
        <source>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>%1 is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="278" />
        <source>alert %1 does not exist</source>
        <translation>alert %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="280" />
        <source>this alert is already closed (%1)</source>
        <translation>this alert is already closed (%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="282" />
        <source>medication line %1 is not on this patient&apos;s list</source>
        <translation>medication line %1 is not on this patient&apos;s list</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="284" />
        <source>already has an open alert (#%1)</source>
        <translation>already has an open alert (#%1)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="286" />
        <source>was kept as is by the doctor on %1 (alert #%2) and nothing relevant has changed since</source>
        <translation>was kept as is by the doctor on %1 (alert #%2) and nothing relevant has changed since</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="289" />
        <source>patient %1 has no care plan</source>
        <translation>patient %1 has no care plan</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="291" />
        <source>a %1 plan cannot become %2 (possible: %3)</source>
        <translation>a %1 plan cannot become %2 (possible: %3)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="293" />
        <source>a %1 plan cannot be changed: revise it first</source>
        <translation>a %1 plan cannot be changed: revise it first</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="295" />
        <source>care plan %1 has no version %2</source>
        <translation>care plan %1 has no version %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="297" />
        <source>care plan %1 does not exist</source>
        <translation>care plan %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="299" />
        <source>%1 %2 is not part of care plan %3</source>
        <translation>%1 %2 is not part of care plan %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="301" />
        <source>DAUM alert %1 does not exist</source>
        <translation>DAUM alert %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="303" />
        <source>is too large (%1 MB; at most %2 MB per document)</source>
        <translation>is too large (%1 MB; at most %2 MB per document)</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="305" />
        <source>document %1 does not exist</source>
        <translation>document %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="307" />
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="309" />
        <source>hospital event %1 does not exist</source>
        <translation>hospital event %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="311" />
        <source>the period must be at most %1 months</source>
        <translation>the period must be at most %1 months</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="313" />
        <source>meeting %1 does not exist</source>
        <translation>meeting %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="315" />
        <source>meeting record %1 does not exist</source>
        <translation>meeting record %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="317" />
        <source>«%1» is not a valid code prefix</source>
        <translation>«%1» is not a valid code prefix</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="319" />
        <source>reconciliation %1 does not exist</source>
        <translation>reconciliation %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="321" />
        <source>reconciliation item %1 does not exist</source>
        <translation>reconciliation item %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="323" />
        <source>still to be clarified: line %1</source>
        <translation>still to be clarified: line %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="325" />
        <source>%1 must be between %2 and %3</source>
        <translation>%1 must be between %2 and %3</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="327" />
        <source>%1 must be a number</source>
        <translation>%1 must be a number</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="329" />
        <source>referral %1 does not exist</source>
        <translation>referral %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="331" />
        <source>worksheet %1 does not exist</source>
        <translation>worksheet %1 does not exist</translation>
    </message>
    <message>
        <location filename="../../app/ui/common/problem_texts.py" line="333" />
        <source>%1 is not a finding of this worksheet</source>
        <translation>%1 is not a finding of this worksheet</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="24" />
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="25" />
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="26" />
        <source>Advanced practice nurse</source>
        <translation>Advanced practice nurse</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="27" />
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="28" />
        <source>Medical assistant</source>
        <translation>Medical assistant</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="29" />
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <location filename="../../app/ui/admin/staff_model.py" line="30" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
</TS>
