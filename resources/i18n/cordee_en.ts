<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AbsencesPage</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Record absence</source>
        <translation>Record absence</translation>
    </message>
    <message>
        <source>Reassign selected tasks</source>
        <translation>Reassign selected tasks</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>From / to</source>
        <translation>From / to</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Absence</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Give to</source>
        <translation>Give to</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>pool: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n open task(s)</source>
        <translation>
            <numerusform>%n open task</numerusform>
            <numerusform>%n open tasks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
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
        <source>First administrator</source>
        <translation>First administrator</translation>
    </message>
    <message>
        <source>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</source>
        <translation>This personal account manages staff accounts and settings. Every person in the practice will get their own account later.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>General practitioner</source>
        <translation>General practitioner</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Medical assistant</source>
        <translation>Medical assistant</translation>
    </message>
    <message>
        <source>Practice coordinator</source>
        <translation>Practice coordinator</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Password (at least 12 characters)</source>
        <translation>Password (at least 12 characters)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>RPPS or ADELI number (optional)</source>
        <translation>RPPS or ADELI number (optional)</translation>
    </message>
    <message>
        <source>GLN (optional)</source>
        <translation>GLN (optional)</translation>
    </message>
    <message>
        <source>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</source>
        <translation>Username: use 2 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter.</translation>
    </message>
    <message>
        <source>%1: this field is required.</source>
        <translation>%1: this field is required.</translation>
    </message>
    <message>
        <source>Profession: this field is required.</source>
        <translation>Profession: this field is required.</translation>
    </message>
    <message>
        <source>Password again: the two passwords are not the same.</source>
        <translation>Password again: the two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AgendaDialog</name>
    <message>
        <source>Add a patient to the meeting of %1</source>
        <translation>Add a patient to the meeting of %1</translation>
    </message>
    <message>
        <source>The question asked to the team</source>
        <translation>The question asked to the team</translation>
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
        <translation>Alert #%1</translation>
    </message>
    <message>
        <source>Alert and thread</source>
        <translation>Alert and thread</translation>
    </message>
    <message>
        <source>Comment, reason for refusal, question or reply</source>
        <translation>Comment, reason for refusal, question or reply</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Modify…</source>
        <translation>Modify…</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Ask a question</source>
        <translation>Ask a question</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Open chart</translation>
    </message>
    <message>
        <source>Send to partner…</source>
        <translation>Send to partner…</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Lines to clarify</source>
        <translation>Lines to clarify</translation>
    </message>
    <message>
        <source>Selected line:</source>
        <translation>Selected line:</translation>
    </message>
    <message>
        <source>Accept the line</source>
        <translation>Accept the line</translation>
    </message>
    <message>
        <source>Modify the line…</source>
        <translation>Modify the line…</translation>
    </message>
    <message>
        <source>Refuse the line</source>
        <translation>Refuse the line</translation>
    </message>
    <message>
        <source>Lines to clarify: %1 answered of %2 — answer each line on its own</source>
        <translation>Lines to clarify: %1 answered of %2 — answer each line on its own</translation>
    </message>
    <message>
        <source>The proposal holds no change to make: answer with Modify.</source>
        <translation>The proposal holds no change to make: answer with Modify.</translation>
    </message>
    <message>
        <source>reply by %1</source>
        <translation>reply by %1</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Medications concerned</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Thread</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>No change to the medication list: accepting closes the alert.</source>
        <translation>No change to the medication list: accepting closes the alert.</translation>
    </message>
    <message>
        <source>Save the alert as PDF</source>
        <translation>Save the alert as PDF</translation>
    </message>
    <message>
        <source>alert-%1.pdf</source>
        <translation>alert-%1.pdf</translation>
    </message>
</context>
<context>
    <name>AlertFromMessageDialog</name>
    <message>
        <source>Raise an alert from the message</source>
        <translation>Raise an alert from the message</translation>
    </message>
    <message>
        <source>The patient&apos;s médecin traitant</source>
        <translation>The patient&apos;s médecin traitant</translation>
    </message>
    <message>
        <source>To propose a change to the medication list, use the alert form of the Medications tab.</source>
        <translation>To propose a change to the medication list, use the alert form of the Medications tab.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Medications concerned</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
</context>
<context>
    <name>AlertLineModel</name>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Before the stay</source>
        <translation>Before the stay</translation>
    </message>
    <message>
        <source>At discharge</source>
        <translation>At discharge</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dose changed</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Substituted</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>AlertTab</name>
    <message>
        <source>Alerts of the patient</source>
        <translation>Alerts of the patient</translation>
    </message>
    <message>
        <source>Raise alert…</source>
        <translation>Raise alert…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Print medication plan…</source>
        <translation>Print medication plan…</translation>
    </message>
    <message>
        <source>Print alerts…</source>
        <translation>Print alerts…</translation>
    </message>
    <message>
        <source>Reconciliation after hospital…</source>
        <translation>Reconciliation after hospital…</translation>
    </message>
    <message>
        <source>Review worksheet…</source>
        <translation>Review worksheet…</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n alert</numerusform>
            <numerusform>%n alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for an answer</source>
        <translation>
            <numerusform>%n waiting for an answer</numerusform>
            <numerusform>%n waiting for an answer</numerusform>
        </translation>
    </message>
    <message>
        <source>medication-plan.pdf</source>
        <translation>medication-plan.pdf</translation>
    </message>
    <message>
        <source>alerts.pdf</source>
        <translation>alerts.pdf</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
</context>
<context>
    <name>AlertTableModel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
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
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Last step</translation>
    </message>
</context>
<context>
    <name>AlertTexts</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Question asked</source>
        <translation>Question asked</translation>
    </message>
    <message>
        <source>Question answered</source>
        <translation>Question answered</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Partly answered</source>
        <translation>Partly answered</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Answered line by line</source>
        <translation>Answered line by line</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Within 24 h</source>
        <translation>Within 24 h</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Escalated to the coordinator</source>
        <translation>Escalated to the coordinator</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Line added</source>
        <translation>Line added</translation>
    </message>
    <message>
        <source>Line answered</source>
        <translation>Line answered</translation>
    </message>
    <message>
        <source>Line accepted</source>
        <translation>Line accepted</translation>
    </message>
    <message>
        <source>Line accepted with a change</source>
        <translation>Line accepted with a change</translation>
    </message>
    <message>
        <source>Line refused (kept as is)</source>
        <translation>Line refused (kept as is)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>All alerts</source>
        <translation>All alerts</translation>
    </message>
    <message>
        <source>%1 mg a week</source>
        <translation>%1 mg a week</translation>
    </message>
    <message>
        <source>doses %1 (before %2)</source>
        <translation>doses %1 (before %2)</translation>
    </message>
    <message>
        <source>strength %1</source>
        <translation>strength %1</translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation>%1 mg a day</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>route: %1</translation>
    </message>
    <message>
        <source>instructions: %1</source>
        <translation>instructions: %1</translation>
    </message>
    <message>
        <source>new values</source>
        <translation>new values</translation>
    </message>
    <message>
        <source>Suspend %1</source>
        <translation>Suspend %1</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <source>Keep %1 as it is</source>
        <translation>Keep %1 as it is</translation>
    </message>
    <message>
        <source>new drug in the combination: %1</source>
        <translation>new drug in the combination: %1</translation>
    </message>
    <message>
        <source>dose increased for %1: %2 → %3</source>
        <translation>dose increased for %1: %2 → %3</translation>
    </message>
    <message>
        <source>renal function band changed: %1 → %2</source>
        <translation>renal function band changed: %1 → %2</translation>
    </message>
    <message>
        <source>the patient is now %1 or older</source>
        <translation>the patient is now %1 or older</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>suspended</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>New assessment</source>
        <translation>New assessment</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>In my own right</source>
        <translation>In my own right</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Reuse: %4</source>
        <translation>Source: %1, %2 (%3). Reuse: %4</translation>
    </message>
    <message>
        <source>Score: %1 / %2</source>
        <translation>Score: %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) unanswered</source>
        <translation>
            <numerusform>%n question unanswered</numerusform>
            <numerusform>%n questions unanswered</numerusform>
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
        <translation>Result</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Care-plan need</source>
        <translation>Care-plan need</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>To decide</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;New assessment…</translation>
    </message>
    <message>
        <source>&amp;Accept proposal</source>
        <translation>&amp;Accept proposal</translation>
    </message>
    <message>
        <source>Assessments recorded</source>
        <translation>Assessments recorded</translation>
    </message>
    <message>
        <source>Trend of this instrument</source>
        <translation>Trend of this instrument</translation>
    </message>
    <message>
        <source>What the selected result proposes</source>
        <translation>What the selected result proposes</translation>
    </message>
</context>
<context>
    <name>AuditActs</name>
    <message>
        <source>acceptance</source>
        <translation>acceptance</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>acknowledgement</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>progress of an action</source>
        <translation>progress of an action</translation>
    </message>
    <message>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>addition</translation>
    </message>
    <message>
        <source>adherence</source>
        <translation>adherence</translation>
    </message>
    <message>
        <source>answers given</source>
        <translation>answers given</translation>
    </message>
    <message>
        <source>appointment booked</source>
        <translation>appointment booked</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>case</source>
        <translation>case</translation>
    </message>
    <message>
        <source>change</source>
        <translation>change</translation>
    </message>
    <message>
        <source>taken from the pool</source>
        <translation>taken from the pool</translation>
    </message>
    <message>
        <source>clarification</source>
        <translation>clarification</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>closing</translation>
    </message>
    <message>
        <source>completion</source>
        <translation>completion</translation>
    </message>
    <message>
        <source>calculation</source>
        <translation>calculation</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>turned into a record</source>
        <translation>turned into a record</translation>
    </message>
    <message>
        <source>creation</source>
        <translation>creation</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>decision</translation>
    </message>
    <message>
        <source>dose adjustment</source>
        <translation>dose adjustment</translation>
    </message>
    <message>
        <source>enrolment</source>
        <translation>enrolment</translation>
    </message>
    <message>
        <source>escalation</source>
        <translation>escalation</translation>
    </message>
    <message>
        <source>escalation delay</source>
        <translation>escalation delay</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>failure</translation>
    </message>
    <message>
        <source>generation</source>
        <translation>generation</translation>
    </message>
    <message>
        <source>objective</source>
        <translation>objective</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>history</source>
        <translation>history</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>locking</source>
        <translation>locking</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>medications</translation>
    </message>
    <message>
        <source>modified change</source>
        <translation>modified change</translation>
    </message>
    <message>
        <source>put on hold</source>
        <translation>put on hold</translation>
    </message>
    <message>
        <source>opening</source>
        <translation>opening</translation>
    </message>
    <message>
        <source>posting</source>
        <translation>posting</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>reading</translation>
    </message>
    <message>
        <source>members&apos; answers read</source>
        <translation>members&apos; answers read</translation>
    </message>
    <message>
        <source>reassignment</source>
        <translation>reassignment</translation>
    </message>
    <message>
        <source>recording</source>
        <translation>recording</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>refusal</translation>
    </message>
    <message>
        <source>registration</source>
        <translation>registration</translation>
    </message>
    <message>
        <source>renewal</source>
        <translation>renewal</translation>
    </message>
    <message>
        <source>reopening</source>
        <translation>reopening</translation>
    </message>
    <message>
        <source>retraction</source>
        <translation>retraction</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>reply</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>report received</translation>
    </message>
    <message>
        <source>password reset</source>
        <translation>password reset</translation>
    </message>
    <message>
        <source>team results</source>
        <translation>team results</translation>
    </message>
    <message>
        <source>medication check</source>
        <translation>medication check</translation>
    </message>
    <message>
        <source>revision</source>
        <translation>revision</translation>
    </message>
    <message>
        <source>patient seen</source>
        <translation>patient seen</translation>
    </message>
    <message>
        <source>set-up</source>
        <translation>set-up</translation>
    </message>
    <message>
        <source>checklist step</source>
        <translation>checklist step</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>patient taken on</source>
        <translation>patient taken on</translation>
    </message>
    <message>
        <source>tasks made</source>
        <translation>tasks made</translation>
    </message>
    <message>
        <source>end of adherence</source>
        <translation>end of adherence</translation>
    </message>
    <message>
        <source>end of enrolment</source>
        <translation>end of enrolment</translation>
    </message>
    <message>
        <source>unlocking</source>
        <translation>unlocking</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <source>withdrawal</source>
        <translation>withdrawal</translation>
    </message>
</context>
<context>
    <name>AuditBrowserDialog</name>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Checks that no entry was changed, inserted or deleted outside Cordée.</source>
        <translation>Checks that no entry was changed, inserted or deleted outside Cordée.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <source>name or number (any)</source>
        <translation>name or number (any)</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>All outcomes</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Failure</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) (newest first, at most 500).</source>
        <translation>
            <numerusform>%n entry (newest first, at most 500).</numerusform>
            <numerusform>%n entries (newest first, at most 500).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>Checking the audit trail…</translation>
    </message>
    <message>
        <source>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</source>
        <translation>The audit trail is intact: %1 entries checked, nothing was changed outside Cordée.</translation>
    </message>
    <message>
        <source>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</source>
        <translation>The audit trail was changed outside Cordée (%1 entries checked). Problems found:</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>mine</source>
        <translation>mine</translation>
    </message>
    <message>
        <source>received</source>
        <translation>received</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>team</source>
        <translation>team</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>escalated</source>
        <translation>escalated</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>replied</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modified</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
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
        <translation>Absence</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Frequent emergency visits</source>
        <translation>Frequent emergency visits</translation>
    </message>
    <message>
        <source>Demo practice</source>
        <translation>Demo practice</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Hospital stay</source>
        <translation>Hospital stay</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>New-patient intake</source>
        <translation>New-patient intake</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Maturity self-assessment</source>
        <translation>Maturity self-assessment</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Team meeting</source>
        <translation>Team meeting</translation>
    </message>
    <message>
        <source>Team message</source>
        <translation>Team message</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Patient record</source>
        <translation>Patient record</translation>
    </message>
    <message>
        <source>Practice settings</source>
        <translation>Practice settings</translation>
    </message>
    <message>
        <source>Delegation protocol</source>
        <translation>Delegation protocol</translation>
    </message>
    <message>
        <source>Recall campaign</source>
        <translation>Recall campaign</translation>
    </message>
    <message>
        <source>Discharge reconciliation</source>
        <translation>Discharge reconciliation</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Pharmacist renewal</source>
        <translation>Pharmacist renewal</translation>
    </message>
    <message>
        <source>Medication review</source>
        <translation>Medication review</translation>
    </message>
    <message>
        <source>Screen lock</source>
        <translation>Screen lock</translation>
    </message>
    <message>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Self-assessment round</source>
        <translation>Self-assessment round</translation>
    </message>
    <message>
        <source>Meeting case</source>
        <translation>Meeting case</translation>
    </message>
    <message>
        <source>Message thread</source>
        <translation>Message thread</translation>
    </message>
    <message>
        <source>Protocol adherence</source>
        <translation>Protocol adherence</translation>
    </message>
    <message>
        <source>Protocol enrolment</source>
        <translation>Protocol enrolment</translation>
    </message>
    <message>
        <source>Worklist settings</source>
        <translation>Worklist settings</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Patient id</source>
        <translation>Patient id</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>failure</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</source>
        <translation>A backup is an encrypted copy of the whole practice database, checked after it is written (integrity, every table&apos;s row count, the audit trail). It opens with the practice passphrase or the recovery code. Keep copies on a medium stored away from this computer.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Written on</source>
        <translation>Written on</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit events</translation>
    </message>
    <message>
        <source>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</source>
        <translation>This practice works on a PostgreSQL server: it is backed up on the server (pg_dump), by the server&apos;s administrator.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Writing and checking the backup…</source>
        <translation>Writing and checking the backup…</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2 patients).</source>
        <translation>Backup written and verified: %1 (%2 patients).</translation>
    </message>
</context>
<context>
    <name>BreakGlassModel</name>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Clinician</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(in progress)</translation>
    </message>
    <message>
        <source>read only</source>
        <translation>read only</translation>
    </message>
    <message>
        <source>read and change</source>
        <translation>read and change</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>acknowledged by %1 on %2</source>
        <translation>acknowledged by %1 on %2</translation>
    </message>
</context>
<context>
    <name>BreakGlassReviewDialog</name>
    <message>
        <source>Emergency accesses to charts</source>
        <translation>Emergency accesses to charts</translation>
    </message>
    <message>
        <source>Each emergency access to a chart outside the care circle stays here until an administrator has checked it (the reason, the clinician, the audit trail of the chart) and acknowledged it.</source>
        <translation>Each emergency access to a chart outside the care circle stays here until an administrator has checked it (the reason, the clinician, the audit trail of the chart) and acknowledged it.</translation>
    </message>
    <message>
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Review note (optional), e.g. checked with the clinician</source>
        <translation>Review note (optional), e.g. checked with the clinician</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n access(es)</source>
        <translation>
            <numerusform>%n access</numerusform>
            <numerusform>%n accesses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CardCompareDialog</name>
    <message>
        <source>Add an exchange partner</source>
        <translation>Add an exchange partner</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one printed on the card the partner handed you (or read it aloud together on the phone), then type the printed one below. The partner is added only if both are the same.</source>
        <translation>Compare this fingerprint with the one printed on the card the partner handed you (or read it aloud together on the phone), then type the printed one below. The partner is added only if both are the same.</translation>
    </message>
    <message>
        <source>Fingerprint as printed on the partner&apos;s card</source>
        <translation>Fingerprint as printed on the partner&apos;s card</translation>
    </message>
    <message>
        <source>This installation is already on your list (%1).</source>
        <translation>This installation is already on your list (%1).</translation>
    </message>
    <message>
        <source>Add the partner</source>
        <translation>Add the partner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Exchange identity: %1</source>
        <translation>Exchange identity: %1</translation>
    </message>
    <message>
        <source>Fingerprint of the imported card:</source>
        <translation>Fingerprint of the imported card:</translation>
    </message>
</context>
<context>
    <name>CarePlanMenu</name>
    <message>
        <source>Care &amp;plans</source>
        <translation>Care &amp;plans</translation>
    </message>
    <message>
        <source>Plans to &amp;review…</source>
        <translation>Plans to &amp;review…</translation>
    </message>
</context>
<context>
    <name>CarePlanTab</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Start a care plan…</source>
        <translation>Start a care plan…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <source>Validate…</source>
        <translation>Validate…</translation>
    </message>
    <message>
        <source>Put into action</source>
        <translation>Put into action</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>History…</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Print plan…</translation>
    </message>
    <message>
        <source>Patient sheet…</source>
        <translation>Patient sheet…</translation>
    </message>
    <message>
        <source>Care circle</source>
        <translation>Care circle</translation>
    </message>
    <message>
        <source>Problems and needs</source>
        <translation>Problems and needs</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Shared goals</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Unmet needs</source>
        <translation>Unmet needs</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Record progress…</source>
        <translation>Record progress…</translation>
    </message>
    <message>
        <source>This patient has no care plan yet.</source>
        <translation>This patient has no care plan yet.</translation>
    </message>
    <message>
        <source>Care plan v%1 — %2 · référent %3</source>
        <translation>Care plan v%1 — %2 · référent %3</translation>
    </message>
    <message>
        <source>No care plan</source>
        <translation>No care plan</translation>
    </message>
    <message>
        <source>New care plan</source>
        <translation>New care plan</translation>
    </message>
    <message>
        <source>Care plan details</source>
        <translation>Care plan details</translation>
    </message>
    <message>
        <source>Care plan item</source>
        <translation>Care plan item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Progress of the action</source>
        <translation>Progress of the action</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement on</source>
        <translation>Patient&apos;s agreement on</translation>
    </message>
    <message>
        <source>How the agreement was obtained</source>
        <translation>How the agreement was obtained</translation>
    </message>
    <message>
        <source>Validate the care plan</source>
        <translation>Validate the care plan</translation>
    </message>
    <message>
        <source>Close the care plan</source>
        <translation>Close the care plan</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>care-plan.pdf</source>
        <translation>care-plan.pdf</translation>
    </message>
    <message>
        <source>patient-sheet.pdf</source>
        <translation>patient-sheet.pdf</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 action(s) done</source>
        <translation>
            <numerusform>%n of %1 actions done</numerusform>
            <numerusform>%n of %1 actions done</numerusform>
        </translation>
    </message>
    <message>
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Patient&apos;s expectations and preferences</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Advance directives</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <source>Alert procedure</source>
        <translation>Alert procedure</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>by %1; patient&apos;s agreement on %2 (%3)</source>
        <translation>by %1; patient&apos;s agreement on %2 (%3)</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <source>Drug catalogue import</source>
        <translation>Drug catalogue import</translation>
    </message>
    <message>
        <source>Add the products of the French public drug database (BDPM) or of a Swiss product list to the practice&apos;s catalogue. The file is checked whole first: a bad line stops the import and nothing is stored. Products already imported from the same source are updated.</source>
        <translation>Add the products of the French public drug database (BDPM) or of a Swiss product list to the practice&apos;s catalogue. The file is checked whole first: a bad line stops the import and nothing is stored. Products already imported from the same source are updated.</translation>
    </message>
    <message>
        <source>BDPM folder (France)</source>
        <translation>BDPM folder (France)</translation>
    </message>
    <message>
        <source>Swiss product list (CSV)</source>
        <translation>Swiss product list (CSV)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Folder or file</source>
        <translation>Folder or file</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The folder holds CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt and a CIP13 → ATC mapping (cip13;atc, a file whose name contains &quot;atc&quot;).</source>
        <translation>The folder holds CIS_bdpm.txt, CIS_COMPO_bdpm.txt, CIS_CIP_bdpm.txt and a CIP13 → ATC mapping (cip13;atc, a file whose name contains &quot;atc&quot;).</translation>
    </message>
    <message>
        <source>A CSV file with a header line naming the product, GTIN and ATC columns (separated by ; or ,).</source>
        <translation>A CSV file with a header line naming the product, GTIN and ATC columns (separated by ; or ,).</translation>
    </message>
    <message>
        <source>BDPM folder</source>
        <translation>BDPM folder</translation>
    </message>
    <message>
        <source>Swiss product list</source>
        <translation>Swiss product list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV files (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the folder or the file to import.</source>
        <translation>Choose the folder or the file to import.</translation>
    </message>
    <message>
        <source>Reading and checking the file…</source>
        <translation>Reading and checking the file…</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read:</source>
        <translation>
            <numerusform>%n product read:</numerusform>
            <numerusform>%n products read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to add</source>
        <translation>
            <numerusform>%n to add</numerusform>
            <numerusform>%n to add</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update</source>
        <translation>
            <numerusform>%n to update</numerusform>
            <numerusform>%n to update</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without ATC code (found by name only)</source>
        <translation>
            <numerusform>%n without ATC code (found by name only)</numerusform>
            <numerusform>%n without ATC code (found by name only)</numerusform>
        </translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>For example: %1</translation>
    </message>
    <message>
        <source>Import these products into the practice&apos;s catalogue?</source>
        <translation>Import these products into the practice&apos;s catalogue?</translation>
    </message>
    <message>
        <source>The catalogue already holds these products: nothing to import.</source>
        <translation>The catalogue already holds these products: nothing to import.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated.</source>
        <translation>Imported: %1 added, %2 updated.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
</context>
<context>
    <name>CataloguePicker</name>
    <message>
        <source>Search the catalogue: substance (FR, DE, EN) or product name</source>
        <translation>Search the catalogue: substance (FR, DE, EN) or product name</translation>
    </message>
    <message>
        <source>Catalogue search</source>
        <translation>Catalogue search</translation>
    </message>
    <message>
        <source>Type at least two letters.</source>
        <translation>Type at least two letters.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: you may keep the name as free text (not checked).</source>
        <translation>Nothing found: you may keep the name as free text (not checked).</translation>
    </message>
</context>
<context>
    <name>CatalogueResultModel</name>
    <message>
        <source>no ATC code</source>
        <translation>no ATC code</translation>
    </message>
</context>
<context>
    <name>ChartTabs</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Assessments</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
</context>
<context>
    <name>ConclusionForm</name>
    <message>
        <source>Conclude the teleconsultation</source>
        <translation>Conclude the teleconsultation</translation>
    </message>
    <message>
        <source>{patient} — {start}, with {companion}</source>
        <translation>{patient} — {start}, with {companion}</translation>
    </message>
    <message>
        <source>Findings and decisions; they are written to the patient&apos;s chart</source>
        <translation>Findings and decisions; they are written to the patient&apos;s chart</translation>
    </message>
    <message>
        <source>Teleconsultation</source>
        <translation>Teleconsultation</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
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
        <translation>&amp;Meetings…</translation>
    </message>
    <message>
        <source>&amp;Referrals…</source>
        <translation>&amp;Referrals…</translation>
    </message>
    <message>
        <source>&amp;Directory of local resources…</source>
        <translation>&amp;Directory of local resources…</translation>
    </message>
    <message>
        <source>&amp;Package received by secure mail…</source>
        <translation>&amp;Package received by secure mail…</translation>
    </message>
    <message>
        <source>&amp;Teleconsultations…</source>
        <translation>&amp;Teleconsultations…</translation>
    </message>
    <message>
        <source>Team &amp;indicators…</source>
        <translation>Team &amp;indicators…</translation>
    </message>
    <message>
        <source>M&amp;aturity self-assessment…</source>
        <translation>M&amp;aturity self-assessment…</translation>
    </message>
    <message>
        <source>Patient &amp;survey: paper questionnaires…</source>
        <translation>Patient &amp;survey: paper questionnaires…</translation>
    </message>
    <message>
        <source>Patient survey setti&amp;ngs…</source>
        <translation>Patient survey setti&amp;ngs…</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Team indicators</source>
        <translation>Team indicators</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Patient survey</source>
        <translation>Patient survey</translation>
    </message>
    <message>
        <source>New patients: %1 waiting, %2 in progress, %3 done this month</source>
        <translation>New patients: %1 waiting, %2 in progress, %3 done this month</translation>
    </message>
    <message>
        <source>Export the indicators</source>
        <translation>Export the indicators</translation>
    </message>
    <message>
        <source>indicators.%1</source>
        <translation>indicators.%1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
    <message>
        <source>Care plans</source>
        <translation>Care plans</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Delegated tasks</source>
        <translation>Delegated tasks</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Emergency visits</source>
        <translation>Emergency visits</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>Encrypted database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</source>
        <translation>All records are kept in one encrypted file on this computer. The practice passphrase protects every record: it is needed whenever the computer&apos;s keyring is not available. Choose a long sentence that you can remember.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Database file</translation>
    </message>
    <message>
        <source>Practice passphrase (at least 12 characters)</source>
        <translation>Practice passphrase (at least 12 characters)</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Create the database</source>
        <translation>Create the database</translation>
    </message>
    <message>
        <source>Location of the new database</source>
        <translation>Location of the new database</translation>
    </message>
    <message>
        <source>Cordée database (*.db)</source>
        <translation>Cordée database (*.db)</translation>
    </message>
    <message>
        <source>Database file: please choose where to store the database.</source>
        <translation>Database file: please choose where to store the database.</translation>
    </message>
    <message>
        <source>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</source>
        <translation>Database file: %1 already exists. Cordée never replaces a database; choose another file name, or close this assistant and open the existing database.</translation>
    </message>
    <message>
        <source>Passphrase again: the two passphrases are not the same.</source>
        <translation>Passphrase again: the two passphrases are not the same.</translation>
    </message>
</context>
<context>
    <name>DeprescribingDialog</name>
    <message>
        <source>A nurse (pool)</source>
        <translation>A nurse (pool)</translation>
    </message>
    <message>
        <source>A pharmacist (pool)</source>
        <translation>A pharmacist (pool)</translation>
    </message>
    <message>
        <source>A medical assistant (pool)</source>
        <translation>A medical assistant (pool)</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>In consultation</translation>
    </message>
    <message>
        <source>By phone</source>
        <translation>By phone</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Deprescribing plan — %1</source>
        <translation>Deprescribing plan — %1</translation>
    </message>
    <message>
        <source>Propose steps</source>
        <translation>Propose steps</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>First step on</source>
        <translation>First step on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Noon</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Remove the last step</source>
        <translation>Remove the last step</translation>
    </message>
    <message>
        <source>Amounts follow the scheme (this posology is not by times of day).</source>
        <translation>Amounts follow the scheme (this posology is not by times of day).</translation>
    </message>
    <message>
        <source> day(s) after each step</source>
        <translation> day(s) after each step</translation>
    </message>
    <message>
        <source>The patient agrees</source>
        <translation>The patient agrees</translation>
    </message>
    <message>
        <source>Follow-up calls by</source>
        <translation>Follow-up calls by</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Source: %1, %2 (%3). Reuse: %4</source>
        <translation>Source: %1, %2 (%3). Reuse: %4</translation>
    </message>
    <message>
        <source>Figures to check against the source before relying on them.</source>
        <translation>Figures to check against the source before relying on them.</translation>
    </message>
</context>
<context>
    <name>DeprescribingPlans</name>
    <message>
        <source>Draft (agreement missing)</source>
        <translation>Draft (agreement missing)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Due: to confirm</source>
        <translation>Due: to confirm</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>DeprescribingPlansDialog</name>
    <message>
        <source>Deprescribing plans</source>
        <translation>Deprescribing plans</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Follow-up calls</source>
        <translation>Follow-up calls</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>Follow-up call</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Confirm the due step</source>
        <translation>Confirm the due step</translation>
    </message>
    <message>
        <source>Changes the medication list now</source>
        <translation>Changes the medication list now</translation>
    </message>
    <message>
        <source>Skip the due step</source>
        <translation>Skip the due step</translation>
    </message>
    <message>
        <source>Cancel the plan</source>
        <translation>Cancel the plan</translation>
    </message>
    <message>
        <source>Patient sheet…</source>
        <translation>Patient sheet…</translation>
    </message>
    <message>
        <source>Record the agreement</source>
        <translation>Record the agreement</translation>
    </message>
    <message>
        <source>Reason, to skip a step or cancel the plan</source>
        <translation>Reason, to skip a step or cancel the plan</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement</source>
        <translation>Patient&apos;s agreement</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Steps of the selected plan</source>
        <translation>Steps of the selected plan</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Save the PDF</translation>
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
        <translation>draft (agreement missing)</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>Deprescribing plans</source>
        <translation>Deprescribing plans</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>No deprescribing plan.</source>
        <translation>No deprescribing plan.</translation>
    </message>
</context>
<context>
    <name>DirectoryExchange</name>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <source>changed here, kept</source>
        <translation>changed here, kept</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>What the import does</source>
        <translation>What the import does</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>resource</source>
        <translation>resource</translation>
    </message>
    <message>
        <source>pathway</source>
        <translation>pathway</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Of the resource</source>
        <translation>Of the resource</translation>
    </message>
    <message>
        <source>%1 — %2, day %3</source>
        <translation>%1 — %2, day %3</translation>
    </message>
</context>
<context>
    <name>DirectoryFields</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
</context>
<context>
    <name>DirectoryImportDialog</name>
    <message>
        <source>Directory entries from %1</source>
        <translation>Directory entries from %1</translation>
    </message>
    <message>
        <source>%1 — %2. New: %3; updated: %4; changed here and kept: %5; conflicts: %6; unchanged: %7.</source>
        <translation>%1 — %2. New: %3; updated: %4; changed here and kept: %5; conflicts: %6; unchanged: %7.</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>A conflict is a record changed both here and by the partner since it was last shared (or here before it was ever shared): this practice&apos;s version is kept unless you tick “Take theirs”. Nothing is deleted.</source>
        <translation>A conflict is a record changed both here and by the partner since it was last shared (or here before it was ever shared): this practice&apos;s version is kept unless you tick “Take theirs”. Nothing is deleted.</translation>
    </message>
    <message>
        <source>Records of the package</source>
        <translation>Records of the package</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Differences</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This pathway belongs to another resource here: it is kept as it is.</source>
        <translation>This pathway belongs to another resource here: it is kept as it is.</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Here</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
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
        <translation>Care coordination support (DAC)</translation>
    </message>
    <message>
        <source>Territorial health community (CPTS)</source>
        <translation>Territorial health community (CPTS)</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Home nursing</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Social services</translation>
    </message>
    <message>
        <source>Mobile geriatric team</source>
        <translation>Mobile geriatric team</translation>
    </message>
    <message>
        <source>Mobile palliative care team</source>
        <translation>Mobile palliative care team</translation>
    </message>
    <message>
        <source>Patient education programme</source>
        <translation>Patient education programme</translation>
    </message>
    <message>
        <source>Specialist</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>DirectorySendDialog</name>
    <message>
        <source>Send the directory to a partner</source>
        <translation>Send the directory to a partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>The whole directory, with its pathways</source>
        <translation>The whole directory, with its pathways</translation>
    </message>
    <message>
        <source>The resources ticked below, with their pathways</source>
        <translation>The resources ticked below, with their pathways</translation>
    </message>
    <message>
        <source>Resources to send</source>
        <translation>Resources to send</translation>
    </message>
    <message>
        <source>Encrypt for the partner (needed outside a secure-mail space: USB key, shared folder)</source>
        <translation>Encrypt for the partner (needed outside a secure-mail space: USB key, shared folder)</translation>
    </message>
    <message>
        <source>The directory holds no patient data. The partner sees what the package adds and changes before importing it; edits made there are never overwritten without being asked.</source>
        <translation>The directory holds no patient data. The partner sees what the package adds and changes before importing it; edits made there are never overwritten without being asked.</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Save the package…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactive</translation>
    </message>
    <message numerus="yes">
        <source>The whole directory, with its pathways (%n resources)</source>
        <translation>
            <numerusform>The whole directory, with its pathways (%n resource)</numerusform>
            <numerusform>The whole directory, with its pathways (%n resources)</numerusform>
        </translation>
    </message>
    <message>
        <source>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</source>
        <translation>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <source>directory-package.zip</source>
        <translation>directory-package.zip</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Cordée package (*.zip)</translation>
    </message>
</context>
<context>
    <name>DirectoryWindow</name>
    <message>
        <source>Directory of local resources</source>
        <translation>Directory of local resources</translation>
    </message>
    <message>
        <source>Search name, contact, address, eligibility…</source>
        <translation>Search name, contact, address, eligibility…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Show inactive</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Pathways</source>
        <translation>Pathways</translation>
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
        <translation>New resource…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Import CSV…</translation>
    </message>
    <message>
        <source>Send to a partner…</source>
        <translation>Send to a partner…</translation>
    </message>
    <message>
        <source>Import a partner&apos;s package…</source>
        <translation>Import a partner&apos;s package…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>{label} — {who}, day {day}</source>
        <translation>{label} — {who}, day {day}</translation>
    </message>
    <message>
        <source>Pathway: {name}</source>
        <translation>Pathway: {name}</translation>
    </message>
    <message>
        <source>Export the directory</source>
        <translation>Export the directory</translation>
    </message>
    <message>
        <source>directory.csv</source>
        <translation>directory.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>The directory was written to {path}.</source>
        <translation>The directory was written to {path}.</translation>
    </message>
    <message>
        <source>Import a directory</source>
        <translation>Import a directory</translation>
    </message>
    <message>
        <source>Resources to add: {ra}
Resources to update: {ru}
Pathways to add: {pa}
Pathways to update: {pu}
Unchanged: {un}</source>
        <translation>Resources to add: {ra}
Resources to update: {ru}
Pathways to add: {pa}
Pathways to update: {pu}
Unchanged: {un}</translation>
    </message>
    <message>
        <source>The directory file was imported.</source>
        <translation>The directory file was imported.</translation>
    </message>
    <message>
        <source>The package was written to {path}: hand it to the partner.</source>
        <translation>The package was written to {path}: hand it to the partner.</translation>
    </message>
    <message>
        <source>Import a partner&apos;s package</source>
        <translation>Import a partner&apos;s package</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Cordée package (*.zip)</translation>
    </message>
    <message>
        <source>Package from {partner} imported: {written} records written, {kept} conflicts kept as they are here.</source>
        <translation>Package from {partner} imported: {written} records written, {kept} conflicts kept as they are here.</translation>
    </message>
</context>
<context>
    <name>DischargeLineDialog</name>
    <message>
        <source>Change a discharge line</source>
        <translation>Change a discharge line</translation>
    </message>
    <message>
        <source>Add a discharge line</source>
        <translation>Add a discharge line</translation>
    </message>
    <message>
        <source>Keep as free text (not checked)</source>
        <translation>Keep as free text (not checked)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — checked by the review engine</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Free text: not checked by the engine</translation>
    </message>
    <message>
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choose a catalogue entry (Enter) or keep free text.</translation>
    </message>
    <message>
        <source>Choose a catalogue entry or type a product or substance name.</source>
        <translation>Choose a catalogue entry or type a product or substance name.</translation>
    </message>
</context>
<context>
    <name>DischargeLinesModel</name>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Free text: not checked by the engine</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</source>
        <translation>This PDF cannot be shown inside Cordée on this computer. You can open it in your PDF reader: a readable copy is then written to a private temporary folder and stays there until the computer cleans it.</translation>
    </message>
    <message>
        <source>Open outside Cordée…</source>
        <translation>Open outside Cordée…</translation>
    </message>
    <message>
        <source>Readable copy on this computer</source>
        <translation>Readable copy on this computer</translation>
    </message>
    <message>
        <source>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</source>
        <translation>A readable (unencrypted) copy of this document will be written to a private temporary folder. Continue?</translation>
    </message>
</context>
<context>
    <name>DueCareListsDialog</name>
    <message>
        <source>Due care — follow-up and prevention</source>
        <translation>Due care — follow-up and prevention</translation>
    </message>
    <message>
        <source>Condition or prevention</source>
        <translation>Condition or prevention</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Born</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>never done</source>
        <translation>never done</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Last done</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Create &amp;recall tasks</source>
        <translation>Create &amp;recall tasks</translation>
    </message>
    <message>
        <source>Recompute &amp;all</source>
        <translation>Recompute &amp;all</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>more than %1 items (the first %2 shown)</source>
        <translation>more than %1 items (the first %2 shown)</translation>
    </message>
    <message>
        <source>%1 items (the first %2 shown)</source>
        <translation>%1 items (the first %2 shown)</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <source>Create a recall task for each patient and item of this list that has none yet?</source>
        <translation>Create a recall task for each patient and item of this list that has none yet?</translation>
    </message>
    <message>
        <source>%1 recall tasks created (%2 under the Asalée protocol), %3 already recalled</source>
        <translation>%1 recall tasks created (%2 under the Asalée protocol), %3 already recalled</translation>
    </message>
</context>
<context>
    <name>DueCareMenu</name>
    <message>
        <source>&amp;Due care</source>
        <translation>&amp;Due care</translation>
    </message>
    <message>
        <source>&amp;Overdue lists and recalls…</source>
        <translation>&amp;Overdue lists and recalls…</translation>
    </message>
</context>
<context>
    <name>DueCareTab</name>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Due on</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>Last done</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
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
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Record act…</source>
        <translation>&amp;Record act…</translation>
    </message>
    <message>
        <source>* interval to be checked against its source</source>
        <translation>* interval to be checked against its source</translation>
    </message>
    <message>
        <source>Follow-up, screening and vaccination</source>
        <translation>Follow-up, screening and vaccination</translation>
    </message>
    <message>
        <source>Acts recorded</source>
        <translation>Acts recorded</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due soon</source>
        <translation>%1 overdue, %2 due soon</translation>
    </message>
</context>
<context>
    <name>EmergencyAccessDialog</name>
    <message>
        <source>Emergency access to a chart</source>
        <translation>Emergency access to a chart</translation>
    </message>
    <message>
        <source>Charts are limited to each patient&apos;s care circle. In an emergency you may open the chart of a patient outside your circle: say why. The access ends after the time the practice has set and, unless the practice allows changes, only reads. It is recorded in the audit trail; the patient&apos;s médecin traitant and the administrator are told, and the administrator reviews it.</source>
        <translation>Charts are limited to each patient&apos;s care circle. In an emergency you may open the chart of a patient outside your circle: say why. The access ends after the time the practice has set and, unless the practice allows changes, only reads. It is recorded in the audit trail; the patient&apos;s médecin traitant and the administrator are told, and the administrator reviews it.</translation>
    </message>
    <message>
        <source>Patient: name, birth date (dd.mm.yyyy) or identifier</source>
        <translation>Patient: name, birth date (dd.mm.yyyy) or identifier</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient: %1</translation>
    </message>
    <message>
        <source>Reason for the emergency access (at least %1 characters)</source>
        <translation>Reason for the emergency access (at least %1 characters)</translation>
    </message>
    <message>
        <source>e.g. patient brought in unconscious, médecin traitant unreachable, current treatment needed</source>
        <translation>e.g. patient brought in unconscious, médecin traitant unreachable, current treatment needed</translation>
    </message>
    <message>
        <source>Open the chart in an emergency</source>
        <translation>Open the chart in an emergency</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Record a hospital event</source>
        <translation>Record a hospital event</translation>
    </message>
    <message>
        <source>Emergency visit</source>
        <translation>Emergency visit</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>Hospital</translation>
    </message>
    <message>
        <source>Shared record (DMP/EPD)</source>
        <translation>Shared record (DMP/EPD)</translation>
    </message>
    <message>
        <source>Patient or relative</source>
        <translation>Patient or relative</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
</context>
<context>
    <name>EventsTab</name>
    <message>
        <source>Emergency visit</source>
        <translation>Emergency visit</translation>
    </message>
    <message>
        <source>Admission</source>
        <translation>Admission</translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation>Discharge</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Restricted document</source>
        <translation>Restricted document</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Record event…</source>
        <translation>&amp;Record event…</translation>
    </message>
    <message>
        <source>&amp;Attach document…</source>
        <translation>&amp;Attach document…</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Open document</translation>
    </message>
    <message>
        <source>Hospital events</source>
        <translation>Hospital events</translation>
    </message>
    <message>
        <source>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</source>
        <translation>Frequent emergency visits: %1 visits within 12 months up to %2 (coordination alert %3).</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation>acknowledged</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Attach a document</translation>
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
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
</context>
<context>
    <name>ExchangePartnersDialog</name>
    <message>
        <source>Exchange partners (Cordée to Cordée)</source>
        <translation>Exchange partners (Cordée to Cordée)</translation>
    </message>
    <message>
        <source>Save the card (JSON)…</source>
        <translation>Save the card (JSON)…</translation>
    </message>
    <message>
        <source>Print the card (PDF)…</source>
        <translation>Print the card (PDF)…</translation>
    </message>
    <message>
        <source>This practice&apos;s exchange card</source>
        <translation>This practice&apos;s exchange card</translation>
    </message>
    <message>
        <source>Fingerprint (partners compare it with the printed card):</source>
        <translation>Fingerprint (partners compare it with the printed card):</translation>
    </message>
    <message>
        <source>No watched folder</source>
        <translation>No watched folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Save the folder</source>
        <translation>Save the folder</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages (USB key, shared folder)</source>
        <translation>Watched folder for incoming packages (USB key, shared folder)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Exchange partners</source>
        <translation>Exchange partners</translation>
    </message>
    <message>
        <source>Add a partner from their card…</source>
        <translation>Add a partner from their card…</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Import a package…</source>
        <translation>Import a package…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Partner installations</source>
        <translation>Partner installations</translation>
    </message>
    <message>
        <source>Save the exchange card</source>
        <translation>Save the exchange card</translation>
    </message>
    <message>
        <source>Print the exchange card</source>
        <translation>Print the exchange card</translation>
    </message>
    <message>
        <source>Exchange card (*.json)</source>
        <translation>Exchange card (*.json)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages</source>
        <translation>Watched folder for incoming packages</translation>
    </message>
    <message>
        <source>The partner&apos;s exchange card</source>
        <translation>The partner&apos;s exchange card</translation>
    </message>
    <message>
        <source>Revoke %1? Its packages will be refused from now on.</source>
        <translation>Revoke %1? Its packages will be refused from now on.</translation>
    </message>
    <message>
        <source>A package from a partner</source>
        <translation>A package from a partner</translation>
    </message>
    <message>
        <source>Cordée or IHE XDM package (*.zip *.ZIP)</source>
        <translation>Cordée or IHE XDM package (*.zip *.ZIP)</translation>
    </message>
    <message>
        <source>Alert from %1 imported into the inbox (patient %2).</source>
        <translation>Alert from %1 imported into the inbox (patient %2).</translation>
    </message>
    <message>
        <source>Answer from %1 added to the alert&apos;s thread (patient %2).</source>
        <translation>Answer from %1 added to the alert&apos;s thread (patient %2).</translation>
    </message>
</context>
<context>
    <name>FhirImportDialog</name>
    <message>
        <source>Import a FHIR patient summary</source>
        <translation>Import a FHIR patient summary</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1: not in the register, a new patient will be created.</source>
        <translation>%1: not in the register, a new patient will be created.</translation>
    </message>
    <message>
        <source>%1: found in the register (%2).</source>
        <translation>%1: found in the register (%2).</translation>
    </message>
    <message>
        <source>Identity differs, kept as recorded: %1 — here %2, in the file %3</source>
        <translation>Identity differs, kept as recorded: %1 — here %2, in the file %3</translation>
    </message>
    <message>
        <source>New allergy: %1</source>
        <translation>New allergy: %1</translation>
    </message>
    <message>
        <source>New problem: %1</source>
        <translation>New problem: %1</translation>
    </message>
    <message>
        <source>New medication: %1</source>
        <translation>New medication: %1</translation>
    </message>
    <message>
        <source>New value: %1 = %2 on %3</source>
        <translation>New value: %1 = %2 on %3</translation>
    </message>
    <message>
        <source>The file also holds a care plan; it is not imported.</source>
        <translation>The file also holds a care plan; it is not imported.</translation>
    </message>
    <message>
        <source>Nothing to import: the record already holds everything in the file.</source>
        <translation>Nothing to import: the record already holds everything in the file.</translation>
    </message>
    <message>
        <source>by INS</source>
        <translation>by INS</translation>
    </message>
    <message>
        <source>by AVS number</source>
        <translation>by AVS number</translation>
    </message>
    <message>
        <source>by name and birth date</source>
        <translation>by name and birth date</translation>
    </message>
    <message>
        <source>This file cannot be imported; nothing was stored.</source>
        <translation>This file cannot be imported; nothing was stored.</translation>
    </message>
</context>
<context>
    <name>FhirSummary</name>
    <message>
        <source>Import a FHIR patient summary</source>
        <translation>Import a FHIR patient summary</translation>
    </message>
    <message>
        <source>FHIR bundle (*.json)</source>
        <translation>FHIR bundle (*.json)</translation>
    </message>
    <message>
        <source>Export the FHIR patient summary</source>
        <translation>Export the FHIR patient summary</translation>
    </message>
    <message>
        <source>fhir-summary.json</source>
        <translation>fhir-summary.json</translation>
    </message>
</context>
<context>
    <name>FindingsView</name>
    <message>
        <source>Review findings</source>
        <translation>Review findings</translation>
    </message>
    <message>
        <source>Selected finding</source>
        <translation>Selected finding</translation>
    </message>
    <message>
        <source>Select a finding to read it in full.</source>
        <translation>Select a finding to read it in full.</translation>
    </message>
    <message>
        <source>Contraindicated</source>
        <translation>Contraindicated</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Avoid</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>Precaution</translation>
    </message>
    <message>
        <source>Take into account</source>
        <translation>Take into account</translation>
    </message>
    <message>
        <source>Not evaluable</source>
        <translation>Not evaluable</translation>
    </message>
    <message>
        <source>Not checked by the engine</source>
        <translation>Not checked by the engine</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Interaction</translation>
    </message>
    <message>
        <source>Duplication</source>
        <translation>Duplication</translation>
    </message>
    <message>
        <source>Inappropriate in the elderly</source>
        <translation>Inappropriate in the elderly</translation>
    </message>
    <message>
        <source>Renal dose</source>
        <translation>Renal dose</translation>
    </message>
    <message>
        <source>Maximum dose</source>
        <translation>Maximum dose</translation>
    </message>
    <message>
        <source>Anticholinergic burden</source>
        <translation>Anticholinergic burden</translation>
    </message>
    <message>
        <source>QT prolongation</source>
        <translation>QT prolongation</translation>
    </message>
    <message>
        <source>Drug–disease</source>
        <translation>Drug–disease</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>Polypharmacy</source>
        <translation>Polypharmacy</translation>
    </message>
    <message>
        <source>Free text without an ATC code: no interaction, dose or allergy check.</source>
        <translation>Free text without an ATC code: no interaction, dose or allergy check.</translation>
    </message>
    <message>
        <source>Recommendation: %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message>
        <source>Anticholinergic score %1%2:</source>
        <translation>Anticholinergic score %1%2:</translation>
    </message>
    <message>
        <source>Drugs involved: %1</source>
        <translation>Drugs involved: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>The recovery code is shown only once, on this page.</source>
        <translation>The recovery code is shown only once, on this page.</translation>
    </message>
    <message>
        <source>Creating the encrypted database… This takes a few seconds.</source>
        <translation>Creating the encrypted database… This takes a few seconds.</translation>
    </message>
    <message>
        <source>Save recovery sheet (PDF)…</source>
        <translation>Save recovery sheet (PDF)…</translation>
    </message>
    <message>
        <source>I have printed or saved the recovery sheet and will keep it offline</source>
        <translation>I have printed or saved the recovery sheet and will keep it offline</translation>
    </message>
    <message>
        <source>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</source>
        <translation>The database is ready. This recovery code opens it if the passphrase is forgotten or the keyring is lost. It is shown only now: save the recovery sheet, print it and keep it offline in a safe place. Anyone holding it can open the records.</translation>
    </message>
    <message>
        <source>Save recovery sheet</source>
        <translation>Save recovery sheet</translation>
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
        <translation>Cordée — first start</translation>
    </message>
    <message>
        <source>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</source>
        <translation>The recovery code cannot be shown again: save or print the recovery sheet and tick the box before closing.</translation>
    </message>
    <message>
        <source>The recovery sheet was saved to %1. Print it now, then keep it offline.</source>
        <translation>The recovery sheet was saved to %1. Print it now, then keep it offline.</translation>
    </message>
    <message>
        <source>The recovery sheet could not be saved: %1</source>
        <translation>The recovery sheet could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
</context>
<context>
    <name>FormOperation</name>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Care plan history</source>
        <translation>Care plan history</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Plan version</source>
        <translation>Plan version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Select a version to see what it changed, or two versions to compare them.</source>
        <translation>Select a version to see what it changed, or two versions to compare them.</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>No difference.</translation>
    </message>
</context>
<context>
    <name>InboxDock</name>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>A&amp;lerts</source>
        <translation>A&amp;lerts</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <source>&amp;Packages from partners…</source>
        <translation>&amp;Packages from partners…</translation>
    </message>
</context>
<context>
    <name>InboxPanel</name>
    <message>
        <source>Box:</source>
        <translation>Box:</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Open chart</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alerts (%1)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New patient — intake checklist</source>
        <translation>New patient — intake checklist</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>dd.mm.yyyy (empty: today)</translation>
    </message>
    <message>
        <source>&amp;Save the step</source>
        <translation>&amp;Save the step</translation>
    </message>
    <message>
        <source>Selected step</source>
        <translation>Selected step</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Ph&amp;ysician</source>
        <translation>Ph&amp;ysician</translation>
    </message>
    <message>
        <source>Why not &amp;qualifiable</source>
        <translation>Why not &amp;qualifiable</translation>
    </message>
    <message>
        <source>&amp;From whom / note</source>
        <translation>&amp;From whom / note</translation>
    </message>
    <message>
        <source>Make &amp;tasks for the open steps</source>
        <translation>Make &amp;tasks for the open steps</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>%1 — born %2 — %3 — requested on %4</source>
        <translation>%1 — born %2 — %3 — requested on %4</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>%1 task(s) made for the medical assistants</source>
        <translation>%1 task(s) made for the medical assistants</translation>
    </message>
</context>
<context>
    <name>IntakeMenu</name>
    <message>
        <source>&amp;Intake</source>
        <translation>&amp;Intake</translation>
    </message>
    <message>
        <source>&amp;New patients and waiting list…</source>
        <translation>&amp;New patients and waiting list…</translation>
    </message>
</context>
<context>
    <name>IntakeTab</name>
    <message>
        <source>Check&amp;list…</source>
        <translation>Check&amp;list…</translation>
    </message>
    <message>
        <source>requested on %1</source>
        <translation>requested on %1</translation>
    </message>
    <message>
        <source>taken on %1</source>
        <translation>taken on %1</translation>
    </message>
    <message>
        <source>closed on %1</source>
        <translation>closed on %1</translation>
    </message>
    <message>
        <source>New-patient intake: %1</source>
        <translation>New-patient intake: %1</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 of %2 steps done</translation>
    </message>
</context>
<context>
    <name>IntakeWords</name>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Form given</source>
        <translation>Form given</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Does not apply</translation>
    </message>
    <message>
        <source>Not qualifiable</source>
        <translation>Not qualifiable</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Form given (S3704)</source>
        <translation>Form given (S3704)</translation>
    </message>
    <message>
        <source>Declared</source>
        <translation>Declared</translation>
    </message>
    <message>
        <source>long-term condition</source>
        <translation>long-term condition</translation>
    </message>
    <message>
        <source>frailty</source>
        <translation>frailty</translation>
    </message>
    <message>
        <source>Identity not qualified: the INS is neither used nor shared until it is qualified in the patient&apos;s record.</source>
        <translation>Identity not qualified: the INS is neither used nor shared until it is qualified in the patient&apos;s record.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>With / from</source>
        <translation>With / from</translation>
    </message>
    <message>
        <source>In the chart</source>
        <translation>In the chart</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
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
        <translation>Difference</translation>
    </message>
    <message>
        <source>Before the stay</source>
        <translation>Before the stay</translation>
    </message>
    <message>
        <source>At discharge</source>
        <translation>At discharge</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Doctor&apos;s answer</source>
        <translation>Doctor&apos;s answer</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Dose changed</source>
        <translation>Dose changed</translation>
    </message>
    <message>
        <source>Substituted</source>
        <translation>Substituted</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Intentional, documented</source>
        <translation>Intentional, documented</translation>
    </message>
    <message>
        <source>To be clarified</source>
        <translation>To be clarified</translation>
    </message>
    <message>
        <source>Keep current line</source>
        <translation>Keep current line</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Patient survey</source>
        <translation>Patient survey</translation>
    </message>
    <message>
        <source>Thank you! Your answers have been recorded anonymously.</source>
        <translation>Thank you! Your answers have been recorded anonymously.</translation>
    </message>
    <message>
        <source>&amp;Send my answers</source>
        <translation>&amp;Send my answers</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The practice&apos;s language</source>
        <translation>The practice&apos;s language</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>Menus, lists and dialogs speak this language from your next login; dates follow it and the practice&apos;s country. Other users keep their own choice.</source>
        <translation>Menus, lists and dialogs speak this language from your next login; dates follow it and the practice&apos;s country. Other users keep their own choice.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Cordée is locked</source>
        <translation>Cordée is locked</translation>
    </message>
    <message>
        <source>Type your password to continue.</source>
        <translation>Type your password to continue.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message>
        <source>An administrator has deactivated your account: this session is closed.</source>
        <translation>An administrator has deactivated your account: this session is closed.</translation>
    </message>
    <message>
        <source>An administrator has changed your roles: log out and log in again to continue with your new access.</source>
        <translation>An administrator has changed your roles: log out and log in again to continue with your new access.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Cordée — log in</source>
        <translation>Cordée — log in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>You must choose a new password before you continue.</source>
        <translation>You must choose a new password before you continue.</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>New password again</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same password twice.</source>
        <translation>The two new passwords differ; type the same password twice.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search for a patient on the left and press Enter to open the chart.</source>
        <extracomment>Below this window height the docks start collapsed to their badges (until the user opens one: then the window remembers). The program&apos;s check of the database (quick, or full once a week) and then its daily backup start this long after the first patient list (None: never, e.g. in tests).</extracomment>
        <translation>Search for a patient on the left and press Enter to open the chart.</translation>
    </message>
    <message>
        <source>Logged in as %1</source>
        <translation>Logged in as %1</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n unfinished backup(s) left by an interrupted run.</source>
        <translation>
            <numerusform>Removed %n unfinished backup left by an interrupted run.</numerusform>
            <numerusform>Removed %n unfinished backups left by an interrupted run.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database check could not run: %1</source>
        <translation>The database check could not run: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>The daily backup failed: %1</translation>
    </message>
    <message>
        <source>Daily backup written and verified.</source>
        <translation>Daily backup written and verified.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;New patient…</translation>
    </message>
    <message>
        <source>&amp;Import FHIR summary…</source>
        <translation>&amp;Import FHIR summary…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Find patient</translation>
    </message>
    <message>
        <source>&amp;Close chart</source>
        <translation>&amp;Close chart</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>Lan&amp;guage…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>Log &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Staff…</source>
        <translation>&amp;Staff…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>S&amp;ettings…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Drug catalogue import…</source>
        <translation>&amp;Drug catalogue import…</translation>
    </message>
    <message>
        <source>Emergency accesses to re&amp;view…</source>
        <translation>Emergency accesses to re&amp;view…</translation>
    </message>
    <message>
        <source>E&amp;xchange partners…</source>
        <translation>E&amp;xchange partners…</translation>
    </message>
    <message>
        <source>Emergency accesses to re&amp;view (%1)…</source>
        <translation>Emergency accesses to re&amp;view (%1)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Cordée</source>
        <translation>&amp;About Cordée</translation>
    </message>
    <message>
        <source>Cordée will speak %1 from your next login. Log out now to switch?</source>
        <translation>Cordée will speak %1 from your next login. Log out now to switch?</translation>
    </message>
    <message>
        <source>Log out now</source>
        <translation>Log out now</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</source>
        <translation>Cordée %1 — shared care plans, medication reviews and delegated tasks for group practices.</translation>
    </message>
    <message>
        <source>Medication knowledge: ANSM interaction thesaurus, edition %1 (2020-10 is the newest machine-readable edition published).</source>
        <translation>Medication knowledge: ANSM interaction thesaurus, edition %1 (2020-10 is the newest machine-readable edition published).</translation>
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
        <translation>Comment (optional)</translation>
    </message>
    <message>
        <source>Saved (version %1).</source>
        <translation>Saved (version %1).</translation>
    </message>
    <message>
        <source>Not answered yet.</source>
        <translation>Not answered yet.</translation>
    </message>
</context>
<context>
    <name>MaturityResultsView</name>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Mean level per axis (lowest–highest), number of members who answered</source>
        <translation>Mean level per axis (lowest–highest), number of members who answered</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Mean level per axis and period</source>
        <translation>Mean level per axis and period</translation>
    </message>
    <message>
        <source>Export the maturity results</source>
        <translation>Export the maturity results</translation>
    </message>
    <message>
        <source>maturity.pdf</source>
        <translation>maturity.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
</context>
<context>
    <name>MaturityRounds</name>
    <message>
        <source>e.g. 2026 — first half</source>
        <translation>e.g. 2026 — first half</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>&amp;Open the round</source>
        <translation>&amp;Open the round</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>New round</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>&amp;Close the chosen round</source>
        <translation>&amp;Close the chosen round</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Each member&apos;s answers to the chosen round</source>
        <translation>Each member&apos;s answers to the chosen round</translation>
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
        <translation>Team maturity self-assessment</translation>
    </message>
    <message>
        <source>&amp;Round</source>
        <translation>&amp;Round</translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation>&amp;Save my answers</translation>
    </message>
    <message>
        <source>Grid: %1 (%2). Axis names after the HAS; level descriptions are our wording, to be checked against the HAS document.</source>
        <translation>Grid: %1 (%2). Axis names after the HAS; level descriptions are our wording, to be checked against the HAS document.</translation>
    </message>
    <message>
        <source>&amp;My answers</source>
        <translation>&amp;My answers</translation>
    </message>
    <message>
        <source>&amp;Team results</source>
        <translation>&amp;Team results</translation>
    </message>
    <message>
        <source>R&amp;ounds</source>
        <translation>R&amp;ounds</translation>
    </message>
    <message>
        <source>Levels: %1</source>
        <translation>Levels: %1</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Change medication</source>
        <translation>Change medication</translation>
    </message>
    <message>
        <source>Add medication</source>
        <translation>Add medication</translation>
    </message>
    <message>
        <source>(not a member of the practice)</source>
        <translation>(not a member of the practice)</translation>
    </message>
    <message>
        <source>ATC %1 — checked by the review engine</source>
        <translation>ATC %1 — checked by the review engine</translation>
    </message>
    <message>
        <source>Choose a catalogue entry (Enter) or keep free text.</source>
        <translation>Choose a catalogue entry (Enter) or keep free text.</translation>
    </message>
    <message>
        <source>Free text: not checked by the engine</source>
        <translation>Free text: not checked by the engine</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Keep as free text (not checked)</source>
        <translation>Keep as free text (not checked)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Type to choose a listed indication, or a text</source>
        <translation>Type to choose a listed indication, or a text</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Needed only when the strength does not say how many mg a unit holds</translation>
    </message>
    <message>
        <source>Self-medication (not prescribed)</source>
        <translation>Self-medication (not prescribed)</translation>
    </message>
    <message>
        <source>Pharmacist may adjust the dose</source>
        <translation>Pharmacist may adjust the dose</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Other prescriber</source>
        <translation>Other prescriber</translation>
    </message>
    <message>
        <source>Pharmacien correspondant</source>
        <translation>Pharmacien correspondant</translation>
    </message>
    <message>
        <source>Renewal allowed until</source>
        <translation>Renewal allowed until</translation>
    </message>
</context>
<context>
    <name>MedicationModel</name>
    <message>
        <source>as needed</source>
        <translation>as needed</translation>
    </message>
    <message>
        <source>self-medication</source>
        <translation>self-medication</translation>
    </message>
    <message>
        <source>not checked by the engine</source>
        <translation>not checked by the engine</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>not checked</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Dosage</source>
        <translation>Dosage</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>Morning-noon-evening-night, a cycle (every week …) or if needed, in the line&apos;s unit</source>
        <translation>Morning-noon-evening-night, a cycle (every week …) or if needed, in the line&apos;s unit</translation>
    </message>
    <message>
        <source>stopped on %1: %2</source>
        <translation>stopped on %1: %2</translation>
    </message>
</context>
<context>
    <name>MedicationsTab</name>
    <message>
        <source>Your role does not give access to the medication list.</source>
        <translation>Your role does not give access to the medication list.</translation>
    </message>
    <message>
        <source>Raise alert…</source>
        <translation>Raise alert…</translation>
    </message>
    <message>
        <source>From the selected finding, or from scratch when none is selected</source>
        <translation>From the selected finding, or from scratch when none is selected</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message numerus="yes">
        <source>%n tapering step(s) to confirm</source>
        <translation>
            <numerusform>%n tapering step to confirm</numerusform>
            <numerusform>%n tapering steps to confirm</numerusform>
        </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n serious</source>
        <translation>
            <numerusform>%n serious</numerusform>
            <numerusform>%n serious</numerusform>
        </translation>
    </message>
    <message>
        <source>eGFR</source>
        <translation>eGFR</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Creatinine</source>
        <translation>Creatinine</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Height</translation>
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
        <translation>Systolic blood pressure</translation>
    </message>
    <message>
        <source>Diastolic blood pressure</source>
        <translation>Diastolic blood pressure</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Heart rate</translation>
    </message>
    <message>
        <source>QTc</source>
        <translation>QTc</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <source>Deprescribe…</source>
        <translation>Deprescribe…</translation>
    </message>
    <message>
        <source>A plan to stop or reduce the selected medication in steps</source>
        <translation>A plan to stop or reduce the selected medication in steps</translation>
    </message>
    <message>
        <source>Tapering plans…</source>
        <translation>Tapering plans…</translation>
    </message>
    <message>
        <source>Show history</source>
        <translation>Show history</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Timeline…</translation>
    </message>
    <message>
        <source>Anticholinergic score, medications and serious findings over time</source>
        <translation>Anticholinergic score, medications and serious findings over time</translation>
    </message>
    <message>
        <source>History (changes and stopped lines)</source>
        <translation>History (changes and stopped lines)</translation>
    </message>
    <message>
        <source>Record value…</source>
        <translation>Record value…</translation>
    </message>
    <message>
        <source>Plan deprescribing…</source>
        <translation>Plan deprescribing…</translation>
    </message>
    <message>
        <source>A tapering plan for the medication of the selected finding</source>
        <translation>A tapering plan for the medication of the selected finding</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Select a finding about a medication of the list, or a line.</source>
        <translation>Select a finding about a medication of the list, or a line.</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>New concertation meeting</source>
        <translation>New concertation meeting</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
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
        <translation>Quality circle</translation>
    </message>
    <message>
        <source>e.g. Dr Lambert (geriatrician), home-care service</source>
        <translation>e.g. Dr Lambert (geriatrician), home-care service</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Outside participants</source>
        <translation>Outside participants</translation>
    </message>
</context>
<context>
    <name>MeetingWindow</name>
    <message>
        <source>Concertation meetings</source>
        <translation>Concertation meetings</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
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
        <translation>Quality circle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
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
        <translation>Title</translation>
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
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Search the records (words of the question, discussion, decisions)</source>
        <translation>Search the records (words of the question, discussion, decisions)</translation>
    </message>
    <message>
        <source>New meeting…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Add a patient…</source>
        <translation>Add a patient…</translation>
    </message>
    <message>
        <source>Record the discussion…</source>
        <translation>Record the discussion…</translation>
    </message>
    <message>
        <source>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</source>
        <translation>Complex patients discussed in the last 12 months: %1 of %2 (%3). Complex: ALD and 75 or older, or a care plan in force.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Choose a meeting first.</translation>
    </message>
    <message>
        <source>Choose a patient record first.</source>
        <translation>Choose a patient record first.</translation>
    </message>
</context>
<context>
    <name>MentionPicker</name>
    <message>
        <source>Mention a member: they see the thread in their unread messages</source>
        <translation>Mention a member: they see the thread in their unread messages</translation>
    </message>
    <message>
        <source>Mention a member</source>
        <translation>Mention a member</translation>
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
        <translation>Me&amp;ssages</translation>
    </message>
    <message>
        <source>&amp;Unread messages</source>
        <translation>&amp;Unread messages</translation>
    </message>
    <message>
        <source>&amp;New team thread…</source>
        <translation>&amp;New team thread…</translation>
    </message>
</context>
<context>
    <name>MessagesPanel</name>
    <message>
        <source>All threads</source>
        <translation>All threads</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
    <message>
        <source>Mentioning me</source>
        <translation>Mentioning me</translation>
    </message>
    <message>
        <source>Team threads</source>
        <translation>Team threads</translation>
    </message>
    <message>
        <source>Search the messages…</source>
        <translation>Search the messages…</translation>
    </message>
    <message>
        <source>New team thread…</source>
        <translation>New team thread…</translation>
    </message>
    <message>
        <source>Open the chart</source>
        <translation>Open the chart</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Messages ({n}, {urgent} urgent)</source>
        <translation>Messages ({n}, {urgent} urgent)</translation>
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
        <translation>New thread about this patient…</translation>
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
        <translation>Answer with another change</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Change the posology</source>
        <translation>Change the posology</translation>
    </message>
    <message>
        <source>Replace by another medication</source>
        <translation>Replace by another medication</translation>
    </message>
    <message>
        <source>No medication chosen</source>
        <translation>No medication chosen</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Needed only when the strength does not say how many mg a unit holds</translation>
    </message>
    <message>
        <source>New posology</source>
        <translation>New posology</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>New medication</source>
        <translation>New medication</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Replaced by: %1</source>
        <translation>Replaced by: %1</translation>
    </message>
    <message>
        <source>New medication: choose it in the catalogue.</source>
        <translation>New medication: choose it in the catalogue.</translation>
    </message>
</context>
<context>
    <name>NewPatientsWindow</name>
    <message>
        <source>New patients</source>
        <translation>New patients</translation>
    </message>
    <message>
        <source>Order: %1</source>
        <translation>Order: %1</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filter by name</translation>
    </message>
    <message>
        <source>Long-term condition or frailty &amp;only</source>
        <translation>Long-term condition or frailty &amp;only</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>Days waiting</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>&amp;Register a patient…</source>
        <translation>&amp;Register a patient…</translation>
    </message>
    <message>
        <source>Check&amp;list…</source>
        <translation>Check&amp;list…</translation>
    </message>
    <message>
        <source>&amp;Take on…</source>
        <translation>&amp;Take on…</translation>
    </message>
    <message>
        <source>Open the &amp;chart</source>
        <translation>Open the &amp;chart</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Waiting: %1 (of which first: %2) — in progress: %3 — done this month: %4</source>
        <translation>Waiting: %1 (of which first: %2) — in progress: %3 — done this month: %4</translation>
    </message>
</context>
<context>
    <name>NewThreadDialog</name>
    <message>
        <source>New thread about {name}</source>
        <translation>New thread about {name}</translation>
    </message>
    <message>
        <source>New team thread</source>
        <translation>New team thread</translation>
    </message>
    <message>
        <source>Write a message… (@login mentions a member)</source>
        <translation>Write a message… (@login mentions a member)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Mention</translation>
    </message>
</context>
<context>
    <name>ObservationDialog</name>
    <message>
        <source>Record a clinical value</source>
        <translation>Record a clinical value</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Measured on</source>
        <translation>Measured on</translation>
    </message>
</context>
<context>
    <name>PaperSurveyDialog</name>
    <message>
        <source>Patient survey — paper questionnaires</source>
        <translation>Patient survey — paper questionnaires</translation>
    </message>
    <message>
        <source>The ISO week the questionnaires were collected, e.g. 2026-W49</source>
        <translation>The ISO week the questionnaires were collected, e.g. 2026-W49</translation>
    </message>
    <message>
        <source>&amp;Week collected</source>
        <translation>&amp;Week collected</translation>
    </message>
    <message>
        <source>&amp;Print the paper questionnaire…</source>
        <translation>&amp;Print the paper questionnaire…</translation>
    </message>
    <message>
        <source>&amp;Next questionnaire (Ctrl+Enter)</source>
        <translation>&amp;Next questionnaire (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Save the questionnaires</source>
        <translation>&amp;Save the questionnaires</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) typed in, not yet saved</source>
        <translation>
            <numerusform>%n questionnaire typed in, not yet saved</numerusform>
            <numerusform>%n questionnaires typed in, not yet saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaire(s) saved</source>
        <translation>
            <numerusform>%n questionnaire saved</numerusform>
            <numerusform>%n questionnaires saved</numerusform>
        </translation>
    </message>
    <message>
        <source>Paper questionnaire</source>
        <translation>Paper questionnaire</translation>
    </message>
    <message>
        <source>questionnaire.pdf</source>
        <translation>questionnaire.pdf</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
</context>
<context>
    <name>PathwayEditor</name>
    <message>
        <source>e.g. Refer to the DAC</source>
        <translation>e.g. Refer to the DAC</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>Done by</translation>
    </message>
    <message>
        <source>Days after start</source>
        <translation>Days after start</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Add a step</translation>
    </message>
    <message>
        <source>Save the pathway</source>
        <translation>Save the pathway</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>New pathway</source>
        <translation>New pathway</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>PathwayFollowDialog</name>
    <message>
        <source>Follow a local pathway</source>
        <translation>Follow a local pathway</translation>
    </message>
    <message>
        <source>Create the steps&apos; tasks</source>
        <translation>Create the steps&apos; tasks</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>This resource has no local pathway in the directory.</source>
        <translation>This resource has no local pathway in the directory.</translation>
    </message>
    <message>
        <source>{position}. {label} — {who}, day {day}</source>
        <translation>{position}. {label} — {who}, day {day}</translation>
    </message>
    <message>
        <source>{created} tasks created; {existing} were already there.</source>
        <translation>{created} tasks created; {existing} were already there.</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>Emergency access…</translation>
    </message>
    <message>
        <source>Open this chart in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</source>
        <translation>Open this chart in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Birth first names, place</source>
        <translation>Birth first names, place</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>INS</source>
        <translation>INS</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <source>Long-term conditions (ALD)</source>
        <translation>Long-term conditions (ALD)</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sharing in the care team</source>
        <translation>Sharing in the care team</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Sharing…</source>
        <translation>Sharing…</translation>
    </message>
    <message>
        <source>Record that the patient was informed of sharing within the care team, and any objection.</source>
        <translation>Record that the patient was informed of sharing within the care team, and any objection.</translation>
    </message>
    <message>
        <source>Export FHIR summary…</source>
        <translation>Export FHIR summary…</translation>
    </message>
    <message>
        <source>The record could not be opened.</source>
        <translation>The record could not be opened.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS until %1 — read only, no change possible</source>
        <translation>EMERGENCY ACCESS until %1 — read only, no change possible</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS until %1 — changes allowed by the practice</source>
        <translation>EMERGENCY ACCESS until %1 — changes allowed by the practice</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reason: %1</translation>
    </message>
    <message>
        <source>FICTITIOUS IDENTITY</source>
        <translation>FICTITIOUS IDENTITY</translation>
    </message>
    <message>
        <source>DOUBTFUL IDENTITY</source>
        <translation>DOUBTFUL IDENTITY</translation>
    </message>
    <message>
        <source>HOMONYM</source>
        <translation>HOMONYM</translation>
    </message>
    <message>
        <source>Identity vigilance: check the identity with the patient before any act; the INS is not used while the identity is doubtful or fictitious.</source>
        <translation>Identity vigilance: check the identity with the patient before any act; the INS is not used while the identity is doubtful or fictitious.</translation>
    </message>
    <message>
        <source>born abroad (INSEE %1)</source>
        <translation>born abroad (INSEE %1)</translation>
    </message>
    <message>
        <source>INSEE %1</source>
        <translation>INSEE %1</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>informed on %1 by %2</source>
        <translation>informed on %1 by %2</translation>
    </message>
    <message>
        <source>OBJECTS to sharing with the care team</source>
        <translation>OBJECTS to sharing with the care team</translation>
    </message>
    <message>
        <source>OBJECTS: %1</source>
        <translation>OBJECTS: %1</translation>
    </message>
    <message>
        <source>no objection</source>
        <translation>no objection</translation>
    </message>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 years)</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>retrieved</source>
        <translation>retrieved</translation>
    </message>
    <message>
        <source>validated</source>
        <translation>validated</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualified</translation>
    </message>
    <message>
        <source>%1 (identity %2)</source>
        <translation>%1 (identity %2)</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>other sex</source>
        <translation>other sex</translation>
    </message>
    <message>
        <source>sex unknown</source>
        <translation>sex unknown</translation>
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
        <translation>no national identifier</translation>
    </message>
    <message>
        <source>Born %1 · %2 · %3</source>
        <translation>Born %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Export FHIR summary</source>
        <translation>Export FHIR summary</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Edit patient %1</source>
        <translation>Edit patient %1</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>New patient</translation>
    </message>
    <message>
        <source>(not a doctor of the practice)</source>
        <translation>(not a doctor of the practice)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Type the birth date as 31.12.1950 or 31/12/1950.</source>
        <translation>Type the birth date as 31.12.1950 or 31/12/1950.</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>(no INS)</source>
        <translation>(no INS)</translation>
    </message>
    <message>
        <source>Provisional</source>
        <translation>Provisional</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Retrieved</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
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
        <translation>NIR (test identity)</translation>
    </message>
    <message>
        <source>NIA (test identity)</source>
        <translation>NIA (test identity)</translation>
    </message>
    <message>
        <source>Authority of the INS number, as the INSi teleservice returns it.</source>
        <translation>Authority of the INS number, as the INSi teleservice returns it.</translation>
    </message>
    <message>
        <source>Every first name at birth, in order, as on the identity document (INS trait).</source>
        <translation>Every first name at birth, in order, as on the identity document (INS trait).</translation>
    </message>
    <message>
        <source>INSEE code, e.g. 75056; 99xxx abroad</source>
        <translation>INSEE code, e.g. 75056; 99xxx abroad</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Doubtful</translation>
    </message>
    <message>
        <source>The identity is doubtful (e.g. documents disagree): its status stays provisional.</source>
        <translation>The identity is doubtful (e.g. documents disagree): its status stays provisional.</translation>
    </message>
    <message>
        <source>Fictitious</source>
        <translation>Fictitious</translation>
    </message>
    <message>
        <source>A fictitious identity (anonymous care, exercise): its status stays provisional.</source>
        <translation>A fictitious identity (anonymous care, exercise): its status stays provisional.</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Homonym</translation>
    </message>
    <message>
        <source>Another patient has a close identity: check it at each contact.</source>
        <translation>Another patient has a close identity: check it at each contact.</translation>
    </message>
    <message>
        <source>Name and town of a doctor outside the practice</source>
        <translation>Name and town of a doctor outside the practice</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Birth first names</source>
        <translation>Birth first names</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Place of birth (INSEE)</source>
        <translation>Place of birth (INSEE)</translation>
    </message>
    <message>
        <source>INS number</source>
        <translation>INS number</translation>
    </message>
    <message>
        <source>INS authority</source>
        <translation>INS authority</translation>
    </message>
    <message>
        <source>INS identity status</source>
        <translation>INS identity status</translation>
    </message>
    <message>
        <source>Identity attributes</source>
        <translation>Identity attributes</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <source>Contact and care</source>
        <translation>Contact and care</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Médecin traitant</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <source>External doctor</source>
        <translation>External doctor</translation>
    </message>
    <message>
        <source>Conditions, allergies and ALD</source>
        <translation>Conditions, allergies and ALD</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Given names</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <source>Type a name or a birth date (dd.mm.yyyy)</source>
        <translation>Type a name or a birth date (dd.mm.yyyy)</translation>
    </message>
    <message>
        <source>No patient chosen</source>
        <translation>No patient chosen</translation>
    </message>
    <message>
        <source>No patient found</source>
        <translation>No patient found</translation>
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
        <translation>Search by name, birth date (dd.mm.yyyy) or identifier</translation>
    </message>
    <message>
        <source>Emergency access…</source>
        <translation>Emergency access…</translation>
    </message>
    <message>
        <source>Open the chart of a patient outside your care circle in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</source>
        <translation>Open the chart of a patient outside your care circle in an emergency, stating why (recorded, and told to the médecin traitant and the administrator).</translation>
    </message>
    <message>
        <source>Your role does not give access to the patient register.</source>
        <translation>Your role does not give access to the patient register.</translation>
    </message>
    <message>
        <source>First %1 patients shown; type more to narrow the search.</source>
        <translation>First %1 patients shown; type more to narrow the search.</translation>
    </message>
    <message>
        <source>No patient found.</source>
        <translation>No patient found.</translation>
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
        <translation>Add the message to the care plan</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environmental</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>A validated or active plan opens its next revision, which the médecin traitant validates again. The message is quoted as a problem of the plan.</source>
        <translation>A validated or active plan opens its next revision, which the médecin traitant validates again. The message is quoted as a problem of the plan.</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
</context>
<context>
    <name>PlansToReviewDialog</name>
    <message>
        <source>Care plans to review</source>
        <translation>Care plans to review</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 days</source>
        <translation>in %1 days</translation>
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
        <translation>Référent</translation>
    </message>
</context>
<context>
    <name>PosologyEditor</name>
    <message>
        <source>Times of day</source>
        <translation>Times of day</translation>
    </message>
    <message>
        <source>Every … days or weeks</source>
        <translation>Every … days or weeks</translation>
    </message>
    <message>
        <source>If needed</source>
        <translation>If needed</translation>
    </message>
    <message>
        <source>See instructions</source>
        <translation>See instructions</translation>
    </message>
    <message>
        <source>The instructions say how to take it.</source>
        <translation>The instructions say how to take it.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Type to search the EDQM routes, or a text</source>
        <translation>Type to search the EDQM routes, or a text</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Reads</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <source>Noon</source>
        <translation>Noon</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <source>Amount at this time: 1, 0.5 or 1/2</source>
        <translation>Amount at this time: 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Only if needed</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Every</translation>
    </message>
    <message>
        <source>week(s), on</source>
        <translation>week(s), on</translation>
    </message>
    <message>
        <source>day(s)</source>
        <translation>day(s)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Sun</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount per taking</source>
        <translation>Amount per taking</translation>
    </message>
    <message>
        <source>at most a day</source>
        <translation>at most a day</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>in the morning</translation>
    </message>
    <message>
        <source>at noon</source>
        <translation>at noon</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>in the evening</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>at night</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(incomplete)</translation>
    </message>
    <message>
        <source>(no schedule)</source>
        <translation>(no schedule)</translation>
    </message>
    <message>
        <source>%1 mg a week</source>
        <translation>%1 mg a week</translation>
    </message>
    <message>
        <source>%1 mg a day</source>
        <translation>%1 mg a day</translation>
    </message>
    <message>
        <source>at most %1 mg a day</source>
        <translation>at most %1 mg a day</translation>
    </message>
    <message>
        <source>Detailed taking times: %1</source>
        <translation>Detailed taking times: %1</translation>
    </message>
</context>
<context>
    <name>PracticePage</name>
    <message>
        <source>Your practice</source>
        <translation>Your practice</translation>
    </message>
    <message>
        <source>The name, address and phone are printed on the documents handed to patients; the address and phone can be added later in the settings.</source>
        <translation>The name, address and phone are printed on the documents handed to patients; the address and phone can be added later in the settings.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>Postal code and city</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (optional)</translation>
    </message>
    <message>
        <source>FINESS number (optional)</source>
        <translation>FINESS number (optional)</translation>
    </message>
    <message>
        <source>GLN of the practice (optional)</source>
        <translation>GLN of the practice (optional)</translation>
    </message>
    <message>
        <source>Practice name: please enter the name of the practice.</source>
        <translation>Practice name: please enter the name of the practice.</translation>
    </message>
</context>
<context>
    <name>ProblemEditor</name>
    <message>
        <source>Add problem</source>
        <translation>Add problem</translation>
    </message>
    <message>
        <source>Remove problem</source>
        <translation>Remove problem</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergy</translation>
    </message>
    <message>
        <source>Long-term condition (ALD)</source>
        <translation>Long-term condition (ALD)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Code (ICD-10 or ATC)</source>
        <translation>Code (ICD-10 or ATC)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <source>No product chosen</source>
        <translation>No product chosen</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>e.g. 500 mg</translation>
    </message>
    <message>
        <source>Strength of the new product</source>
        <translation>Strength of the new product</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Needed only when the strength does not say how many mg a unit holds</source>
        <translation>Needed only when the strength does not say how many mg a unit holds</translation>
    </message>
    <message>
        <source>Changes proposed</source>
        <translation>Changes proposed</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>New product</source>
        <translation>New product</translation>
    </message>
    <message>
        <source>New posology</source>
        <translation>New posology</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Chosen: %1</translation>
    </message>
    <message>
        <source>Accepting closes the alert; the medication list stays as it is.</source>
        <translation>Accepting closes the alert; the medication list stays as it is.</translation>
    </message>
    <message>
        <source>Nothing to change yet: choose the medication and give the new values.</source>
        <translation>Nothing to change yet: choose the medication and give the new values.</translation>
    </message>
    <message>
        <source>Choose the new product in the catalogue.</source>
        <translation>Choose the new product in the catalogue.</translation>
    </message>
</context>
<context>
    <name>ProtocolsDialog</name>
    <message>
        <source>Delegation protocols</source>
        <translation>Delegation protocols</translation>
    </message>
    <message>
        <source>Activate for the practice</source>
        <translation>Activate for the practice</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>training date dd.mm.yyyy</source>
        <translation>training date dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Record adherence</source>
        <translation>Record adherence</translation>
    </message>
    <message>
        <source>Staff adherence</source>
        <translation>Staff adherence</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source>Adherent</source>
        <translation>Adherent</translation>
    </message>
    <message>
        <source>written</source>
        <translation>written</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>electronic</translation>
    </message>
    <message>
        <source>the patient</source>
        <translation>the patient</translation>
    </message>
    <message>
        <source>a representative</source>
        <translation>a representative</translation>
    </message>
    <message>
        <source>Enrol the patient</source>
        <translation>Enrol the patient</translation>
    </message>
    <message>
        <source>Patient enrolment (consent)</source>
        <translation>Patient enrolment (consent)</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Consent given</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <source>Consent by</source>
        <translation>Consent by</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>Delegates: %1</source>
        <translation>Delegates: %1</translation>
    </message>
    <message>
        <source>Acts: %1</source>
        <translation>Acts: %1</translation>
    </message>
    <message>
        <source>Report to the doctor: %1</source>
        <translation>Report to the doctor: %1</translation>
    </message>
    <message>
        <source>To verify: %1</source>
        <translation>To verify: %1</translation>
    </message>
    <message>
        <source>Active since %1</source>
        <translation>Active since %1</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>nobody yet</translation>
    </message>
</context>
<context>
    <name>RaiseAlertDialog</name>
    <message>
        <source>Raise an alert</source>
        <translation>Raise an alert</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>The patient&apos;s médecin traitant</source>
        <translation>The patient&apos;s médecin traitant</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Medications concerned</translation>
    </message>
    <message>
        <source>Clinical context</source>
        <translation>Clinical context</translation>
    </message>
    <message>
        <source>Details of the proposal</source>
        <translation>Details of the proposal</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Reply by</source>
        <translation>Reply by</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Raise alert</source>
        <translation>Raise alert</translation>
    </message>
</context>
<context>
    <name>RecallDialog</name>
    <message>
        <source>Recall patients</source>
        <translation>Recall patients</translation>
    </message>
    <message>
        <source>e.g. hba1c-2026-q1 (running it again creates no duplicates)</source>
        <translation>e.g. hba1c-2026-q1 (running it again creates no duplicates)</translation>
    </message>
    <message>
        <source>ICD-10 prefixes, e.g. E11, I50</source>
        <translation>ICD-10 prefixes, e.g. E11, I50</translation>
    </message>
    <message>
        <source>ATC prefixes, e.g. A10, B01AA</source>
        <translation>ATC prefixes, e.g. A10, B01AA</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (default: today)</source>
        <translation>dd.mm.yyyy (default: today)</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Campaign name</translation>
    </message>
    <message>
        <source>Task title</source>
        <translation>Task title</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Task type</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Age to</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <source>No task of type</source>
        <translation>No task of type</translation>
    </message>
    <message>
        <source>…done since (months)</source>
        <translation>…done since (months)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Create tasks</source>
        <translation>&amp;Create tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) match</source>
        <translation>
            <numerusform>%n patient matches</numerusform>
            <numerusform>%n patients match</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message numerus="yes">
        <source>%n recall task(s) would be created.</source>
        <translation>
            <numerusform>%n recall task would be created.</numerusform>
            <numerusform>%n recall tasks would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recall task(s) created for the medical assistants&apos; pool.</source>
        <translation>
            <numerusform>%n recall task created for the medical assistants&apos; pool.</numerusform>
            <numerusform>%n recall tasks created for the medical assistants&apos; pool.</numerusform>
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
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
</context>
<context>
    <name>ReceivedPackageDialog</name>
    <message>
        <source>Package received by secure mail</source>
        <translation>Package received by secure mail</translation>
    </message>
    <message>
        <source>No package chosen yet.</source>
        <translation>No package chosen yet.</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>Choose a package…</translation>
    </message>
    <message>
        <source>Submission set</source>
        <translation>Submission set</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sent by</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Sending system</source>
        <translation>Sending system</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>In the package</translation>
    </message>
    <message>
        <source>In this practice</source>
        <translation>In this practice</translation>
    </message>
    <message>
        <source>Message from a partner Cordée</source>
        <translation>Message from a partner Cordée</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
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
        <translation>Author</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Filed as</source>
        <translation>Filed as</translation>
    </message>
    <message>
        <source>hospital stay and its letter</source>
        <translation>hospital stay and its letter</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>Documents of the package</source>
        <translation>Documents of the package</translation>
    </message>
    <message>
        <source>Attach to the record</source>
        <translation>Attach to the record</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>A package received by secure mail</source>
        <translation>A package received by secure mail</translation>
    </message>
    <message>
        <source>IHE XDM or Cordée package (*.zip *.ZIP)</source>
        <translation>IHE XDM or Cordée package (*.zip *.ZIP)</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>INS %1</source>
        <translation>INS %1</translation>
    </message>
    <message>
        <source>no INS</source>
        <translation>no INS</translation>
    </message>
    <message>
        <source>found by the INS and the identity traits</source>
        <translation>found by the INS and the identity traits</translation>
    </message>
    <message>
        <source>found by name and birth date (no INS)</source>
        <translation>found by name and birth date (no INS)</translation>
    </message>
    <message>
        <source>an alert, for the inbox</source>
        <translation>an alert, for the inbox</translation>
    </message>
    <message>
        <source>the answer to an alert sent from here, for its thread</source>
        <translation>the answer to an alert sent from here, for its thread</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encrypted</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signed</translation>
    </message>
    <message>
        <source>Each hospital letter also records the hospital stay and starts the medication reconciliation.</source>
        <translation>Each hospital letter also records the hospital stay and starts the medication reconciliation.</translation>
    </message>
    <message numerus="yes">
        <source>Accepting attaches the %n documents to this patient&apos;s record.</source>
        <translation>
            <numerusform>Accepting attaches the document to this patient&apos;s record.</numerusform>
            <numerusform>Accepting attaches the %n documents to this patient&apos;s record.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed message from the partner is imported; the readable copy in the package is not attached again.</source>
        <translation>The signed message from the partner is imported; the readable copy in the package is not attached again.</translation>
    </message>
    <message>
        <source>Import the message</source>
        <translation>Import the message</translation>
    </message>
</context>
<context>
    <name>RecommendationsBox</name>
    <message>
        <source>Weekly dosing system by the pharmacist</source>
        <translation>Weekly dosing system by the pharmacist</translation>
    </message>
    <message>
        <source>Intensified compliance support</source>
        <translation>Intensified compliance support</translation>
    </message>
    <message>
        <source>Repeat the check in … months</source>
        <translation>Repeat the check in … months</translation>
    </message>
    <message>
        <source>Forwarding to the doctor / another specialist</source>
        <translation>Forwarding to the doctor / another specialist</translation>
    </message>
    <message>
        <source>Analysis needed (interactions, side effects, duplications …)</source>
        <translation>Analysis needed (interactions, side effects, duplications …)</translation>
    </message>
    <message>
        <source>Patient not asked</source>
        <translation>Patient not asked</translation>
    </message>
    <message>
        <source>Patient agrees</source>
        <translation>Patient agrees</translation>
    </message>
    <message>
        <source>Patient does not agree</source>
        <translation>Patient does not agree</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>Medication reconciliation after a hospital stay</source>
        <translation>Medication reconciliation after a hospital stay</translation>
    </message>
    <message>
        <source>Paste the discharge list&apos;s eMediplan code (CHMED16A… or CHMED23A…)</source>
        <translation>Paste the discharge list&apos;s eMediplan code (CHMED16A… or CHMED23A…)</translation>
    </message>
    <message>
        <source>Add a line…</source>
        <translation>Add a line…</translation>
    </message>
    <message>
        <source>Change the line…</source>
        <translation>Change the line…</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>Compare with the current list</source>
        <translation>Compare with the current list</translation>
    </message>
    <message>
        <source>Hospital / department</source>
        <translation>Hospital / department</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <source>Discharge lines</source>
        <translation>Discharge lines</translation>
    </message>
    <message>
        <source>or eMediplan code</source>
        <translation>or eMediplan code</translation>
    </message>
    <message>
        <source>Intentional, documented</source>
        <translation>Intentional, documented</translation>
    </message>
    <message>
        <source>To be clarified</source>
        <translation>To be clarified</translation>
    </message>
    <message>
        <source>Keep current line</source>
        <translation>Keep current line</translation>
    </message>
    <message>
        <source>Why (required for an intentional change)</source>
        <translation>Why (required for an intentional change)</translation>
    </message>
    <message>
        <source>Save decision</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <source>Send as alert</source>
        <translation>Send as alert</translation>
    </message>
    <message>
        <source>Send every line to clarify</source>
        <translation>Send every line to clarify</translation>
    </message>
    <message>
        <source>Validate the reconciled list</source>
        <translation>Validate the reconciled list</translation>
    </message>
    <message>
        <source>validated by %1</source>
        <translation>validated by %1</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Enter the discharge lines or paste the eMediplan code first.</source>
        <translation>Enter the discharge lines or paste the eMediplan code first.</translation>
    </message>
</context>
<context>
    <name>RecordActDialog</name>
    <message>
        <source>Record an act</source>
        <translation>Record an act</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>dd.mm.yyyy (empty: today)</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Date done</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Meeting record — %1</source>
        <translation>Meeting record — %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Create a task</source>
        <translation>Create a task</translation>
    </message>
    <message>
        <source>Revise the care plan</source>
        <translation>Revise the care plan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Care plan</translation>
    </message>
    <message>
        <source>Summary of the discussion</source>
        <translation>Summary of the discussion</translation>
    </message>
    <message>
        <source>What was decided</source>
        <translation>What was decided</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmacists</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Advanced practice nurses</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medical assistants</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
    <message>
        <source>— nobody: offer to a pool —</source>
        <translation>— nobody: offer to a pool —</translation>
    </message>
    <message>
        <source>— no pool —</source>
        <translation>— no pool —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (optional)</source>
        <translation>dd.mm.yyyy (optional)</translation>
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
        <translation>Decisions</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Add decision</translation>
    </message>
    <message>
        <source>No decision yet</source>
        <translation>No decision yet</translation>
    </message>
</context>
<context>
    <name>RecurrenceEditor</name>
    <message>
        <source>does not repeat</source>
        <translation>does not repeat</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>weekly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
    <message>
        <source>until</source>
        <translation>until</translation>
    </message>
    <message>
        <source>after</source>
        <translation>after</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Number of times</source>
        <translation>Number of times</translation>
    </message>
    <message>
        <source>Replace…</source>
        <translation>Replace…</translation>
    </message>
    <message>
        <source>This rule was set elsewhere and cannot be edited here; replace it</source>
        <translation>This rule was set elsewhere and cannot be edited here; replace it</translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>week(s)</source>
        <translation>
            <numerusform>week</numerusform>
            <numerusform>weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s)</source>
        <translation>
            <numerusform>month</numerusform>
            <numerusform>months</numerusform>
        </translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N days</comment>
        <translation>every</translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N weeks</comment>
        <translation>every</translation>
    </message>
    <message>
        <source>every</source>
        <comment>… N months</comment>
        <translation>every</translation>
    </message>
    <message numerus="yes">
        <source>time(s)</source>
        <translation>
            <numerusform>time</numerusform>
            <numerusform>times</numerusform>
        </translation>
    </message>
    <message>
        <source>Set elsewhere, cannot be edited here: %1</source>
        <translation>Set elsewhere, cannot be edited here: %1</translation>
    </message>
    <message numerus="yes">
        <source>Every %n day(s)</source>
        <translation>
            <numerusform>Every day</numerusform>
            <numerusform>Every %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n week(s)</source>
        <translation>
            <numerusform>Every week</numerusform>
            <numerusform>Every %n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every %n month(s)</source>
        <translation>
            <numerusform>Every month</numerusform>
            <numerusform>Every %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>%1</source>
        <comment>a weekday in the summary: &apos;the %1&apos; in French</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) in all</source>
        <translation>
            <numerusform>once in all</numerusform>
            <numerusform>%n times in all</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralForm</name>
    <message>
        <source>New referral</source>
        <translation>New referral</translation>
    </message>
    <message>
        <source>(not from the directory)</source>
        <translation>(not from the directory)</translation>
    </message>
    <message>
        <source>e.g. Dr Weber, cardiologist — Hôpital de la Tour</source>
        <translation>e.g. Dr Weber, cardiologist — Hôpital de la Tour</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Within 48 h</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Advice only</source>
        <translation>Advice only</translation>
    </message>
    <message>
        <source>The clinical question for the specialist</source>
        <translation>The clinical question for the specialist</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Choose a patient to see their documents.</source>
        <translation>Choose a patient to see their documents.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>From the directory</source>
        <translation>From the directory</translation>
    </message>
    <message>
        <source>To (specialist or service)</source>
        <translation>To (specialist or service)</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Clinical question</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Attach documents</translation>
    </message>
    <message>
        <source>Your role does not give access to the documents.</source>
        <translation>Your role does not give access to the documents.</translation>
    </message>
    <message>
        <source>This patient has no documents.</source>
        <translation>This patient has no documents.</translation>
    </message>
</context>
<context>
    <name>ReferralWindow</name>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <source>Within 48 h</source>
        <translation>Within 48 h</translation>
    </message>
    <message>
        <source>Within 7 days</source>
        <translation>Within 7 days</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Advice only</source>
        <translation>Advice only</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Seen</translation>
    </message>
    <message>
        <source>Report received</source>
        <translation>Report received</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>booked late</source>
        <translation>booked late</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>(in the chart)</source>
        <translation>(in the chart)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Answer (report received) or reason (cancel)</source>
        <translation>Answer (report received) or reason (cancel)</translation>
    </message>
    <message>
        <source>New referral…</source>
        <translation>New referral…</translation>
    </message>
    <message>
        <source>Follow the pathway…</source>
        <translation>Follow the pathway…</translation>
    </message>
    <message>
        <source>Cancel referral</source>
        <translation>Cancel referral</translation>
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
        <translation>Register a new patient</translation>
    </message>
    <message>
        <source>dd.mm.yyyy (empty: today)</source>
        <translation>dd.mm.yyyy (empty: today)</translation>
    </message>
    <message>
        <source>&amp;Long-term condition (ALD)</source>
        <translation>&amp;Long-term condition (ALD)</translation>
    </message>
    <message>
        <source>&amp;Frailty</source>
        <translation>&amp;Frailty</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Choose the patient first.</translation>
    </message>
</context>
<context>
    <name>ResourceForm</name>
    <message>
        <source>Directory resource</source>
        <translation>Directory resource</translation>
    </message>
    <message>
        <source>New directory resource</source>
        <translation>New directory resource</translation>
    </message>
    <message>
        <source>e.g. DAC of the district, Dr Weber (cardiologist)</source>
        <translation>e.g. DAC of the district, Dr Weber (cardiologist)</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9:00–17:00</source>
        <translation>e.g. Mon–Fri 9:00–17:00</translation>
    </message>
    <message>
        <source>Who may be referred, and how</source>
        <translation>Who may be referred, and how</translation>
    </message>
    <message>
        <source>Active (offered in referrals)</source>
        <translation>Active (offered in referrals)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Local pathways</source>
        <translation>Local pathways</translation>
    </message>
    <message>
        <source>Save the resource first to add its pathways.</source>
        <translation>Save the resource first to add its pathways.</translation>
    </message>
    <message>
        <source>The pathway «{name}» is saved.</source>
        <translation>The pathway «{name}» is saved.</translation>
    </message>
</context>
<context>
    <name>RestrictionDialog</name>
    <message>
        <source>All physicians</source>
        <translation>All physicians</translation>
    </message>
    <message>
        <source>All pharmacists</source>
        <translation>All pharmacists</translation>
    </message>
    <message>
        <source>All advanced practice nurses</source>
        <translation>All advanced practice nurses</translation>
    </message>
    <message>
        <source>All nurses</source>
        <translation>All nurses</translation>
    </message>
    <message>
        <source>All medical assistants</source>
        <translation>All medical assistants</translation>
    </message>
    <message>
        <source>All coordinators</source>
        <translation>All coordinators</translation>
    </message>
    <message>
        <source>Who may open “%1”?</source>
        <translation>Who may open “%1”?</translation>
    </message>
    <message>
        <source>Everyone who may read the patient&apos;s chart</source>
        <translation>Everyone who may read the patient&apos;s chart</translation>
    </message>
    <message>
        <source>Only the people and roles ticked below (and you)</source>
        <translation>Only the people and roles ticked below (and you)</translation>
    </message>
    <message>
        <source>The others see that a restricted document exists, not its title.</source>
        <translation>The others see that a restricted document exists, not its title.</translation>
    </message>
    <message>
        <source>The patient has objected to sharing within the care team: unless you tick people or roles below, only you and the médecin traitant will open this document.</source>
        <translation>The patient has objected to sharing within the care team: unless you tick people or roles below, only you and the médecin traitant will open this document.</translation>
    </message>
    <message>
        <source>You and the médecin traitant only (the patient objected to sharing)</source>
        <translation>You and the médecin traitant only (the patient objected to sharing)</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>This result proposes nothing.</source>
        <translation>This result proposes nothing.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <source>&amp;Accept the ticked proposals</source>
        <translation>&amp;Accept the ticked proposals</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>%1: score %2 / %3 — %4</source>
        <translation>%1: score %2 / %3 — %4</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Care-plan need</source>
        <translation>Care-plan need</translation>
    </message>
</context>
<context>
    <name>ReviewWorksheetDialog</name>
    <message>
        <source>Medication review worksheet</source>
        <translation>Medication review worksheet</translation>
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
        <translation>Start a worksheet</translation>
    </message>
    <message>
        <source>Scheme</source>
        <translation>Scheme</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Advice to the doctor</source>
        <translation>Advice to the doctor</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Annotation</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>Report PDF…</translation>
    </message>
    <message>
        <source>Save the worksheet as a PDF report (an audited export)</source>
        <translation>Save the worksheet as a PDF report (an audited export)</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Timeline…</translation>
    </message>
    <message>
        <source>Anticholinergic score, medications and serious findings over time</source>
        <translation>Anticholinergic score, medications and serious findings over time</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>No finding.</source>
        <translation>No finding.</translation>
    </message>
    <message>
        <source>Save the review report</source>
        <translation>Save the review report</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>medication-review-%1.pdf</source>
        <translation>medication-review-%1.pdf</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Report written to %1</translation>
    </message>
</context>
<context>
    <name>SendToPartnerDialog</name>
    <message>
        <source>Send to a partner</source>
        <translation>Send to a partner</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>How the package travels</source>
        <translation>How the package travels</translation>
    </message>
    <message>
        <source>USB key or shared folder: encrypted</source>
        <translation>USB key or shared folder: encrypted</translation>
    </message>
    <message>
        <source>Secure mail (MSSanté, HIN): signed</source>
        <translation>Secure mail (MSSanté, HIN): signed</translation>
    </message>
    <message>
        <source>Only the partner&apos;s Cordée can open it (.zip).</source>
        <translation>Only the partner&apos;s Cordée can open it (.zip).</translation>
    </message>
    <message>
        <source>One IHE_XDM.ZIP attachment: any software reads its document, the partner&apos;s Cordée imports the alert (.zip, or a mail draft .eml).</source>
        <translation>One IHE_XDM.ZIP attachment: any software reads its document, the partner&apos;s Cordée imports the alert (.zip, or a mail draft .eml).</translation>
    </message>
    <message>
        <source>Save the package…</source>
        <translation>Save the package…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>This alert came from %1: its answer goes back there.</source>
        <translation>This alert came from %1: its answer goes back there.</translation>
    </message>
    <message>
        <source>Send this alert to:</source>
        <translation>Send this alert to:</translation>
    </message>
    <message>
        <source>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</source>
        <translation>No exchange partner yet: the administrator adds partners from their card (Administration → Exchange partners).</translation>
    </message>
    <message>
        <source>Save the package</source>
        <translation>Save the package</translation>
    </message>
    <message>
        <source>Mail draft (*.eml);;IHE XDM package (*.zip)</source>
        <translation>Mail draft (*.eml);;IHE XDM package (*.zip)</translation>
    </message>
    <message>
        <source>Cordée package (*.zip)</source>
        <translation>Cordée package (*.zip)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>EU(7)-PIM list (2015)</source>
        <translation>EU(7)-PIM list (2015)</translation>
    </message>
    <message>
        <source>PRISCUS 2.0 list (2023)</source>
        <translation>PRISCUS 2.0 list (2023)</translation>
    </message>
    <message>
        <source>STOPP/START criteria v3 (2023)</source>
        <translation>STOPP/START criteria v3 (2023)</translation>
    </message>
    <message>
        <source>Laroche list (2007)</source>
        <translation>Laroche list (2007)</translation>
    </message>
    <message>
        <source>AGS Beers criteria (2023)</source>
        <translation>AGS Beers criteria (2023)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <source>The language of the login screen on this computer, from the next start. Each user chooses their own language in File → Language…</source>
        <translation>The language of the login screen on this computer, from the next start. Each user chooses their own language in File → Language…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</source>
        <translation>Leave empty to keep the records in the encrypted file on this computer. With several workstations, enter the address of the practice&apos;s PostgreSQL server; TLS (sslmode) is required unless the server runs on this computer. The change takes effect at the next start of Cordée.</translation>
    </message>
    <message>
        <source>Practice (all workstations)</source>
        <translation>Practice (all workstations)</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Switzerland</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</source>
        <translation>Task titles and alert texts that Cordée writes itself are read by the whole team: they are written in this language.</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>FINESS number</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Printed on the patient sheet (&quot;Who to call&quot;) and on every document handed to patients.</source>
        <translation>Printed on the patient sheet (&quot;Who to call&quot;) and on every document handed to patients.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code and city</source>
        <translation>Postal code and city</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Lock the screen after</translation>
    </message>
    <message>
        <source>Language of shared texts</source>
        <translation>Language of shared texts</translation>
    </message>
    <message>
        <source>Open to every clinician of the practice</source>
        <translation>Open to every clinician of the practice</translation>
    </message>
    <message>
        <source>Limited to each patient&apos;s care circle</source>
        <translation>Limited to each patient&apos;s care circle</translation>
    </message>
    <message>
        <source>Patient charts</source>
        <translation>Patient charts</translation>
    </message>
    <message>
        <source>Limited: a chart is read by the patient&apos;s médecin traitant, the members of their care circle and whoever has a task or an alert on the patient. The front desk (medical assistants, coordinators) still finds every patient to identify and book them — name, birth date, address, phone, identifiers, médecin traitant — but not the chart.</source>
        <translation>Limited: a chart is read by the patient&apos;s médecin traitant, the members of their care circle and whoever has a task or an alert on the patient. The front desk (medical assistants, coordinators) still finds every patient to identify and book them — name, birth date, address, phone, identifiers, médecin traitant — but not the chart.</translation>
    </message>
    <message>
        <source>Read only (no change to the chart)</source>
        <translation>Read only (no change to the chart)</translation>
    </message>
    <message>
        <source>Emergency access lasts</source>
        <translation>Emergency access lasts</translation>
    </message>
    <message>
        <source>When charts are limited to the care circle, a clinician may open another chart in an emergency by giving a reason; the administrator reviews each access (Administration → Emergency accesses to review).</source>
        <translation>When charts are limited to the care circle, a clinician may open another chart in an emergency by giving a reason; the administrator reviews each access (Administration → Emergency accesses to review).</translation>
    </message>
    <message>
        <source>The medication review flags the medicines of the lists ticked here, each from its own age (Laroche from 75, the others from 65). Default: France Laroche, Switzerland PRISCUS 2.0; both STOPP/START v3, EU(7)-PIM and Beers.</source>
        <translation>The medication review flags the medicines of the lists ticked here, each from its own age (Laroche from 75, the others from 65). Default: France Laroche, Switzerland PRISCUS 2.0; both STOPP/START v3, EU(7)-PIM and Beers.</translation>
    </message>
    <message>
        <source>Lists for older people</source>
        <translation>Lists for older people</translation>
    </message>
    <message>
        <source>Only an administrator can change the practice settings.</source>
        <translation>Only an administrator can change the practice settings.</translation>
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
        <translation>Sharing within the care team — %1</translation>
    </message>
    <message>
        <source>No objection</source>
        <translation>No objection</translation>
    </message>
    <message>
        <source>Objects to sharing with the care team</source>
        <translation>Objects to sharing with the care team</translation>
    </message>
    <message>
        <source>Objects to part of the sharing (say what)</source>
        <translation>Objects to part of the sharing (say what)</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>e.g. not with the physiotherapist</source>
        <translation>e.g. not with the physiotherapist</translation>
    </message>
    <message>
        <source>Informed on</source>
        <translation>Informed on</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Objection</translation>
    </message>
    <message>
        <source>What the patient objects to</source>
        <translation>What the patient objects to</translation>
    </message>
    <message>
        <source>When the patient objects, a new document is restricted to its author and the médecin traitant unless you choose otherwise, and nothing about the patient is exported to others.</source>
        <translation>When the patient objects, a new document is restricted to its author and the médecin traitant unless you choose otherwise, and nothing about the patient is exported to others.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffAdminDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <source>Show deactivated accounts</source>
        <translation>Show deactivated accounts</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>The account was saved.</source>
        <translation>The account was saved.</translation>
    </message>
    <message>
        <source>Reactivate the account of %1?</source>
        <translation>Reactivate the account of %1?</translation>
    </message>
    <message>
        <source>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</source>
        <translation>Deactivate the account of %1? The person can no longer log in; the account and its history are kept.</translation>
    </message>
    <message>
        <source>The account of %1 was reactivated.</source>
        <translation>The account of %1 was reactivated.</translation>
    </message>
    <message>
        <source>The account of %1 was deactivated.</source>
        <translation>The account of %1 was deactivated.</translation>
    </message>
    <message>
        <source>The password of %1 was reset. They must choose a new one at the next login.</source>
        <translation>The password of %1 was reset. They must choose a new one at the next login.</translation>
    </message>
    <message>
        <source>The account of %1 was unlocked.</source>
        <translation>The account of %1 was unlocked.</translation>
    </message>
</context>
<context>
    <name>StaffForm</name>
    <message>
        <source>New staff account</source>
        <translation>New staff account</translation>
    </message>
    <message>
        <source>Edit the account of %1</source>
        <translation>Edit the account of %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>RPPS number</source>
        <translation>RPPS number</translation>
    </message>
    <message>
        <source>ADELI number</source>
        <translation>ADELI number</translation>
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
        <translation>Initial password</translation>
    </message>
    <message>
        <source>at least 12 characters; to be changed at first login</source>
        <translation>at least 12 characters; to be changed at first login</translation>
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
        <translation>Username</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Profession</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiers</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No (deactivated)</source>
        <translation>No (deactivated)</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Stopped on</translation>
    </message>
</context>
<context>
    <name>SurveyAnswerForm</name>
    <message>
        <source>Strongly disagree</source>
        <translation>Strongly disagree</translation>
    </message>
    <message>
        <source>Disagree</source>
        <translation>Disagree</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <source>Agree</source>
        <translation>Agree</translation>
    </message>
    <message>
        <source>Strongly agree</source>
        <translation>Strongly agree</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>SurveySettingsDialog</name>
    <message>
        <source>Patient survey settings</source>
        <translation>Patient survey settings</translation>
    </message>
    <message>
        <source>&amp;Load a questionnaire file…</source>
        <translation>&amp;Load a questionnaire file…</translation>
    </message>
    <message>
        <source>Use the &amp;default questionnaire</source>
        <translation>Use the &amp;default questionnaire</translation>
    </message>
    <message>
        <source>Address of the online &amp;form</source>
        <translation>Address of the online &amp;form</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>The practice&apos;s own questionnaire</source>
        <translation>The practice&apos;s own questionnaire</translation>
    </message>
    <message>
        <source>The default questionnaire of Cordée</source>
        <translation>The default questionnaire of Cordée</translation>
    </message>
    <message>
        <source>Questionnaire file</source>
        <translation>Questionnaire file</translation>
    </message>
    <message>
        <source>From the file %1 (checked when saved)</source>
        <translation>From the file %1 (checked when saved)</translation>
    </message>
</context>
<context>
    <name>SurveyTab</name>
    <message>
        <source>per week</source>
        <translation>per week</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>per month</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>S&amp;how</translation>
    </message>
    <message>
        <source>Survey &amp;PDF…</source>
        <translation>Survey &amp;PDF…</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Comments (week only, no date)</source>
        <translation>Comments (week only, no date)</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>mean 1–5</source>
        <translation>mean 1–5</translation>
    </message>
    <message>
        <source>yes %</source>
        <translation>yes %</translation>
    </message>
    <message>
        <source>Whole span</source>
        <translation>Whole span</translation>
    </message>
    <message>
        <source>%1 questionnaires: %2 on paper, %3 at the kiosk.</source>
        <translation>%1 questionnaires: %2 on paper, %3 at the kiosk.</translation>
    </message>
    <message>
        <source>Export the survey results</source>
        <translation>Export the survey results</translation>
    </message>
    <message>
        <source>survey.pdf</source>
        <translation>survey.pdf</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Written to %1</translation>
    </message>
</context>
<context>
    <name>TakeOnDialog</name>
    <message>
        <source>Take the patient on</source>
        <translation>Take the patient on</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
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
        <translation>First appointment</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>New task</source>
        <translation>New task</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>No patient</source>
        <translation>No patient</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmacists</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Advanced practice nurses</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medical assistants</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
    <message>
        <source>— nobody: offer to a pool —</source>
        <translation>— nobody: offer to a pool —</translation>
    </message>
    <message>
        <source>— no pool —</source>
        <translation>— no pool —</translation>
    </message>
    <message>
        <source>— not under a protocol —</source>
        <translation>— not under a protocol —</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>as soon as possible</source>
        <translation>as soon as possible</translation>
    </message>
    <message>
        <source>immediately</source>
        <translation>immediately</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>hh:mm (optional)</source>
        <translation>hh:mm (optional)</translation>
    </message>
    <message>
        <source>Result (when completing) or reason (cancel, hold, failure)</source>
        <translation>Result (when completing) or reason (cancel, hold, failure)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
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
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Act</source>
        <translation>Act</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Business status</source>
        <translation>Business status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Result / reason</source>
        <translation>Result / reason</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Put on hold</source>
        <translation>Put on hold</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Cancel task</source>
        <translation>Cancel task</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>%1 (last change by %2)</source>
        <translation>%1 (last change by %2)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
</context>
<context>
    <name>TaskFromMessageDialog</name>
    <message>
        <source>Make a task from the message</source>
        <translation>Make a task from the message</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Me</translation>
    </message>
    <message>
        <source>dd.mm.yyyy</source>
        <translation>dd.mm.yyyy</translation>
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
        <translation>Title</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
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
        <translation>&amp;New task for this patient…</translation>
    </message>
    <message>
        <source>Protocol enrolment…</source>
        <translation>Protocol enrolment…</translation>
    </message>
    <message>
        <source>Results written to the chart</source>
        <translation>Results written to the chart</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>none yet</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>routine</source>
        <translation>routine</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>urgent</translation>
    </message>
    <message>
        <source>asap</source>
        <translation>asap</translation>
    </message>
    <message>
        <source>stat</source>
        <translation>stat</translation>
    </message>
    <message>
        <source>pool: %1</source>
        <translation>pool: %1</translation>
    </message>
</context>
<context>
    <name>TaskTypes</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Lab monitoring</source>
        <translation>Lab monitoring</translation>
    </message>
    <message>
        <source>Coordination</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Alert follow-up</source>
        <translation>Alert follow-up</translation>
    </message>
    <message>
        <source>Information from the pharmacist</source>
        <translation>Information from the pharmacist</translation>
    </message>
    <message>
        <source>Medication reconciliation</source>
        <translation>Medication reconciliation</translation>
    </message>
    <message>
        <source>Discharge line to clarify</source>
        <translation>Discharge line to clarify</translation>
    </message>
    <message>
        <source>Care plan action</source>
        <translation>Care plan action</translation>
    </message>
    <message>
        <source>Meeting decision</source>
        <translation>Meeting decision</translation>
    </message>
    <message>
        <source>Frequent emergency visits</source>
        <translation>Frequent emergency visits</translation>
    </message>
    <message>
        <source>Local pathway step</source>
        <translation>Local pathway step</translation>
    </message>
</context>
<context>
    <name>TeleconsultForm</name>
    <message>
        <source>Book a teleconsultation</source>
        <translation>Book a teleconsultation</translation>
    </message>
    <message>
        <source>https://… (the practice&apos;s video service)</source>
        <translation>https://… (the practice&apos;s video service)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Booking creates the preparation checklist as tasks for the member with the patient, due at the start of the slot.</source>
        <translation>Booking creates the preparation checklist as tasks for the member with the patient, due at the start of the slot.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>With the patient</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Remote physician</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
</context>
<context>
    <name>TeleconsultWindow</name>
    <message>
        <source>Teleconsultations</source>
        <translation>Teleconsultations</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation>Prepared</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>With the patient</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Remote physician</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>(in the chart)</source>
        <translation>(in the chart)</translation>
    </message>
    <message>
        <source>Show concluded and cancelled</source>
        <translation>Show concluded and cancelled</translation>
    </message>
    <message>
        <source>&amp;Book…</source>
        <translation>&amp;Book…</translation>
    </message>
    <message>
        <source>&amp;Open video link</source>
        <translation>&amp;Open video link</translation>
    </message>
    <message>
        <source>Con&amp;clude…</source>
        <translation>Con&amp;clude…</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
</context>
<context>
    <name>TemporaryPasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>The user must choose a new password at the next login.</source>
        <translation>The user must choose a new password at the next login.</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Temporary password again</source>
        <translation>Temporary password again</translation>
    </message>
    <message>
        <source>Temporary password again: the two passwords are not the same.</source>
        <translation>Temporary password again: the two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>ThreadList</name>
    <message>
        <source>{n} urgent</source>
        <translation>{n} urgent</translation>
    </message>
</context>
<context>
    <name>ThreadListView</name>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Unread</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <source>Choose a thread</source>
        <translation>Choose a thread</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Read by</source>
        <translation>Read by</translation>
    </message>
    <message>
        <source>Write a message… (@login mentions a member)</source>
        <translation>Write a message… (@login mentions a member)</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Retract…</source>
        <translation>Retract…</translation>
    </message>
    <message>
        <source>Make a task…</source>
        <translation>Make a task…</translation>
    </message>
    <message>
        <source>Raise an alert…</source>
        <translation>Raise an alert…</translation>
    </message>
    <message>
        <source>Add to the care plan…</source>
        <translation>Add to the care plan…</translation>
    </message>
    <message>
        <source>Retracted by {name} on {when}: {reason}</source>
        <translation>Retracted by {name} on {when}: {reason}</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENT</translation>
    </message>
    <message>
        <source>task {id}</source>
        <translation>task {id}</translation>
    </message>
    <message>
        <source>alert {id}</source>
        <translation>alert {id}</translation>
    </message>
    <message>
        <source>care plan {id}</source>
        <translation>care plan {id}</translation>
    </message>
    <message>
        <source>Retract a message</source>
        <translation>Retract a message</translation>
    </message>
    <message>
        <source>Why is this message retracted? It stays in the thread with your name and the reason.</source>
        <translation>Why is this message retracted? It stays in the thread with your name and the reason.</translation>
    </message>
</context>
<context>
    <name>TimelineDialog</name>
    <message>
        <source>Anticholinergic burden and risk timeline</source>
        <translation>Anticholinergic burden and risk timeline</translation>
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
        <translation>Anticholinergic score</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medications</translation>
    </message>
    <message>
        <source>Serious findings</source>
        <translation>Serious findings</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Knowledge used</source>
        <translation>Knowledge used</translation>
    </message>
    <message>
        <source>Serious findings: contraindicated or to avoid. Only the interaction thesaurus is kept for each edition the practice installed; the anticholinergic scale, the other rules and the recorded conditions are today&apos;s.</source>
        <translation>Serious findings: contraindicated or to avoid. Only the interaction thesaurus is kept for each edition the practice installed; the anticholinergic scale, the other rules and the recorded conditions are today&apos;s.</translation>
    </message>
    <message>
        <source>started: %1</source>
        <translation>started: %1</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>stopped: %1</translation>
    </message>
    <message>
        <source>dose changed: %1</source>
        <translation>dose changed: %1</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>changed: %1</translation>
    </message>
    <message>
        <source>ANSM thesaurus %1, in force on that date</source>
        <translation>ANSM thesaurus %1, in force on that date</translation>
    </message>
    <message>
        <source>today&apos;s knowledge (ANSM %1): the edition in force then is not kept</source>
        <translation>today&apos;s knowledge (ANSM %1): the edition in force then is not kept</translation>
    </message>
    <message>
        <source>Anticholinergic burden and risk over time</source>
        <translation>Anticholinergic burden and risk over time</translation>
    </message>
</context>
<context>
    <name>UnlockDatabaseDialog</name>
    <message>
        <source>Open the practice database</source>
        <translation>Open the practice database</translation>
    </message>
    <message>
        <source>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</source>
        <translation>The key of the database could not be read from this computer&apos;s keyring. Reason: %1. Enter the practice passphrase or the recovery code from the printed recovery sheet to open the database.</translation>
    </message>
    <message>
        <source>no keyring is available</source>
        <translation>no keyring is available</translation>
    </message>
    <message>
        <source>Database file: %1</source>
        <translation>Database file: %1</translation>
    </message>
    <message>
        <source>Practice passphrase</source>
        <translation>Practice passphrase</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery code: please type the code from the recovery sheet.</source>
        <translation>Recovery code: please type the code from the recovery sheet.</translation>
    </message>
    <message>
        <source>Passphrase: please type the practice passphrase.</source>
        <translation>Passphrase: please type the practice passphrase.</translation>
    </message>
    <message>
        <source>Checking… This takes a few seconds.</source>
        <translation>Checking… This takes a few seconds.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Cordée</source>
        <translation>Welcome to Cordée</translation>
    </message>
    <message>
        <source>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</source>
        <translation>This assistant sets up your practice: its name, the first administrator and the encrypted database that will hold the patient records.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw the intake</source>
        <translation>Withdraw the intake</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validated</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Being revised</source>
        <translation>Being revised</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Medical</translation>
    </message>
    <message>
        <source>Psychological</source>
        <translation>Psychological</translation>
    </message>
    <message>
        <source>Social</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Environmental</source>
        <translation>Environmental</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>Care</source>
        <translation>Care</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Practice staff</source>
        <translation>Practice staff</translation>
    </message>
    <message>
        <source>Hospital service</source>
        <translation>Hospital service</translation>
    </message>
    <message>
        <source>Home nursing</source>
        <translation>Home nursing</translation>
    </message>
    <message>
        <source>DAC (coordination support)</source>
        <translation>DAC (coordination support)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Family caregiver</source>
        <translation>Family caregiver</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Not known</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Physicians</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmacists</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Advanced practice nurses</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medical assistants</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
    <message>
        <source>Référent</source>
        <translation>Référent</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Medical situation</source>
        <translation>Medical situation</translation>
    </message>
    <message>
        <source>Psychological situation</source>
        <translation>Psychological situation</translation>
    </message>
    <message>
        <source>Social situation</source>
        <translation>Social situation</translation>
    </message>
    <message>
        <source>Environmental situation</source>
        <translation>Environmental situation</translation>
    </message>
    <message>
        <source>Patient&apos;s expectations and preferences</source>
        <translation>Patient&apos;s expectations and preferences</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Advance directives</translation>
    </message>
    <message>
        <source>Advance directives dated</source>
        <translation>Advance directives dated</translation>
    </message>
    <message>
        <source>Where they are kept</source>
        <translation>Where they are kept</translation>
    </message>
    <message>
        <source>Trusted person&apos;s contact</source>
        <translation>Trusted person&apos;s contact</translation>
    </message>
    <message>
        <source>Designated on</source>
        <translation>Designated on</translation>
    </message>
    <message>
        <source>Alert procedure (who to call)</source>
        <translation>Alert procedure (who to call)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Practice staff member</source>
        <translation>Practice staff member</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>…or from the directory</source>
        <translation>…or from the directory</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Problem or need</source>
        <translation>Problem or need</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Problems addressed</source>
        <translation>Problems addressed</translation>
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
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>…or a role</source>
        <translation>…or a role</translation>
    </message>
    <message>
        <source>…or an outside contact</source>
        <translation>…or an outside contact</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</source>
        <translation>Repeat (iCalendar rule, e.g. FREQ=WEEKLY)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>Need or goal not met</source>
        <translation>Need or goal not met</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Reported to the territory</source>
        <translation>Reported to the territory</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Due soon</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Up to date</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Hospital letter</source>
        <translation>Hospital letter</translation>
    </message>
    <message>
        <source>Task result</source>
        <translation>Task result</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Due within 30 days</translation>
    </message>
</context>
<context>
    <name>WorklistDock</name>
    <message>
        <source>&amp;Protocols…</source>
        <translation>&amp;Protocols…</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>&amp;My tasks</source>
        <translation>&amp;My tasks</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <source>&amp;Recall patients…</source>
        <translation>&amp;Recall patients…</translation>
    </message>
    <message>
        <source>&amp;Tasks</source>
        <translation>&amp;Tasks</translation>
    </message>
</context>
<context>
    <name>WorklistPanel</name>
    <message>
        <source>Filter (patient, task, status…)</source>
        <translation>Filter (patient, task, status…)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <source>My tasks</source>
        <translation>My tasks</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Absences</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;New task…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Claim</source>
        <translation>&amp;Claim</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>C&amp;hart</translation>
    </message>
    <message>
        <source>&amp;Print today…</source>
        <translation>&amp;Print today…</translation>
    </message>
    <message>
        <source>Tasks (%1)</source>
        <translation>Tasks (%1)</translation>
    </message>
    <message>
        <source>Save the day&apos;s worklist</source>
        <translation>Save the day&apos;s worklist</translation>
    </message>
    <message>
        <source>worklist-%1.pdf</source>
        <translation>worklist-%1.pdf</translation>
    </message>
    <message>
        <source>Worklist of %1 — %2</source>
        <translation>Worklist of %1 — %2</translation>
    </message>
    <message>
        <source>Printed by %1</source>
        <translation>Printed by %1</translation>
    </message>
    <message>
        <source>No task due.</source>
        <translation>No task due.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Protocol / act</source>
        <translation>Protocol / act</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Cordée met an unexpected error (%1); what you were doing may not have been completed. The details (without patient data) were written to %2.</source>
        <translation>Cordée met an unexpected error (%1); what you were doing may not have been completed. The details (without patient data) were written to %2.</translation>
    </message>
    <message>
        <source>the log could not be written</source>
        <translation>the log could not be written</translation>
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
        <translation>staff member</translation>
    </message>
    <message>
        <source>medication line</source>
        <translation>medication line</translation>
    </message>
    <message>
        <source>alert</source>
        <translation>alert</translation>
    </message>
    <message>
        <source>care plan</source>
        <translation>care plan</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>care plan version</source>
        <translation>care plan version</translation>
    </message>
    <message>
        <source>care plan member</source>
        <translation>care plan member</translation>
    </message>
    <message>
        <source>care plan problem</source>
        <translation>care plan problem</translation>
    </message>
    <message>
        <source>care plan goal</source>
        <translation>care plan goal</translation>
    </message>
    <message>
        <source>care plan action</source>
        <translation>care plan action</translation>
    </message>
    <message>
        <source>care plan unmet need</source>
        <translation>care plan unmet need</translation>
    </message>
    <message>
        <source>absence</source>
        <translation>absence</translation>
    </message>
    <message>
        <source>protocol enrolment</source>
        <translation>protocol enrolment</translation>
    </message>
    <message>
        <source>protocol adherence</source>
        <translation>protocol adherence</translation>
    </message>
    <message>
        <source>reconciliation</source>
        <translation>reconciliation</translation>
    </message>
    <message>
        <source>reconciliation item</source>
        <translation>reconciliation item</translation>
    </message>
    <message>
        <source>worksheet</source>
        <translation>worksheet</translation>
    </message>
    <message>
        <source>DAUM alert</source>
        <translation>DAUM alert</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>hospital event</source>
        <translation>hospital event</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>meeting record</source>
        <translation>meeting record</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>referral</translation>
    </message>
    <message>
        <source>maturity period</source>
        <translation>maturity period</translation>
    </message>
    <message>
        <source>maturity answer set</source>
        <translation>maturity answer set</translation>
    </message>
    <message>
        <source>deprescribing plan</source>
        <translation>deprescribing plan</translation>
    </message>
    <message>
        <source>deprescribing step</source>
        <translation>deprescribing step</translation>
    </message>
    <message>
        <source>emergency access</source>
        <translation>emergency access</translation>
    </message>
    <message>
        <source>message thread</source>
        <translation>message thread</translation>
    </message>
    <message>
        <source>team message</source>
        <translation>team message</translation>
    </message>
    <message>
        <source>intake</source>
        <translation>intake</translation>
    </message>
    <message>
        <source>directory resource</source>
        <translation>directory resource</translation>
    </message>
    <message>
        <source>directory pathway</source>
        <translation>directory pathway</translation>
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
        <translation>is required</translation>
    </message>
    <message>
        <source>contains a forbidden character</source>
        <translation>contains a forbidden character</translation>
    </message>
    <message>
        <source>is too long (at most {max} characters)</source>
        <translation>is too long (at most {max} characters)</translation>
    </message>
    <message>
        <source>must be a date like 31.12.1950 or 31/12/1950</source>
        <translation>must be a date like 31.12.1950 or 31/12/1950</translation>
    </message>
    <message>
        <source>is not a real calendar date</source>
        <translation>is not a real calendar date</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>must be a number</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>must be a whole number</translation>
    </message>
    <message>
        <source>must be between {min} and {max}</source>
        <translation>must be between {min} and {max}</translation>
    </message>
    <message>
        <source>must be one of {allowed}</source>
        <translation>must be one of {allowed}</translation>
    </message>
    <message>
        <source>must be at least {min} characters long</source>
        <translation>must be at least {min} characters long</translation>
    </message>
    <message>
        <source>must be 15 characters: 13 for the number and 2 for the key</source>
        <translation>must be 15 characters: 13 for the number and 2 for the key</translation>
    </message>
    <message>
        <source>the control key does not match the number</source>
        <translation>the control key does not match the number</translation>
    </message>
    <message>
        <source>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</source>
        <translation>must be 13 digits starting with 756 (756.XXXX.XXXX.XX)</translation>
    </message>
    <message>
        <source>the check digit is wrong</source>
        <translation>the check digit is wrong</translation>
    </message>
    <message>
        <source>must be {count} digits</source>
        <translation>must be {count} digits</translation>
    </message>
    <message>
        <source>must be {min} to {max} digits</source>
        <translation>must be {min} to {max} digits</translation>
    </message>
    <message>
        <source>must be 9 characters (department + 7 digits)</source>
        <translation>must be 9 characters (department + 7 digits)</translation>
    </message>
    <message>
        <source>This record no longer exists ({entity} {entity_id}).</source>
        <translation>This record no longer exists ({entity} {entity_id}).</translation>
    </message>
    <message>
        <source>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</source>
        <translation>This record was changed by {changed_by} at {changed_at} since you opened it. Reload it, then make your change again.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>The action could not be done.</source>
        <translation>The action could not be done.</translation>
    </message>
    <message>
        <source>is not valid</source>
        <translation>is not valid</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <source>must be at least {min}</source>
        <translation>must be at least {min}</translation>
    </message>
    <message>
        <source>the file cannot be read ({error})</source>
        <translation>the file cannot be read ({error})</translation>
    </message>
    <message>
        <source>the card is written as .json or .pdf</source>
        <translation>the card is written as .json or .pdf</translation>
    </message>
    <message>
        <source>the package is written as .zip</source>
        <translation>the package is written as .zip</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>the folder {folder} does not exist</translation>
    </message>
    <message>
        <source>{path} is a folder, give a file name</source>
        <translation>{path} is a folder, give a file name</translation>
    </message>
    <message>
        <source>the file is larger than {max} bytes: give a file that holds only the secret</source>
        <translation>the file is larger than {max} bytes: give a file that holds only the secret</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
        <source>must be a database file (a PostgreSQL server is checked on the server)</source>
        <translation>must be a database file (a PostgreSQL server is checked on the server)</translation>
    </message>
    <message>
        <source>only with a database file (a PostgreSQL server has no recovery code)</source>
        <translation>only with a database file (a PostgreSQL server has no recovery code)</translation>
    </message>
    <message>
        <source>No passphrase: use --passphrase-file FILE or set CORDEE_PASSPHRASE.</source>
        <translation>No passphrase: use --passphrase-file FILE or set CORDEE_PASSPHRASE.</translation>
    </message>
    <message>
        <source>No password: use --password-file FILE or set CORDEE_PASSWORD.</source>
        <translation>No password: use --password-file FILE or set CORDEE_PASSWORD.</translation>
    </message>
    <message>
        <source>Nothing installed: confirm with --yes when the command does not run in a terminal.</source>
        <translation>Nothing installed: confirm with --yes when the command does not run in a terminal.</translation>
    </message>
    <message>
        <source>Unexpected error ({kind}); the command stopped. The details (without patient data) are in {log}.</source>
        <translation>Unexpected error ({kind}); the command stopped. The details (without patient data) are in {log}.</translation>
    </message>
    <message>
        <source>{path} is a folder: give a file name</source>
        <translation>{path} is a folder: give a file name</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a link or a device): choose another name</source>
        <translation>{path} is not an ordinary file (a link or a device): choose another name</translation>
    </message>
    <message>
        <source>the font file {file} is missing from the installation: reinstall Cordée</source>
        <translation>the font file {file} is missing from the installation: reinstall Cordée</translation>
    </message>
    <message>
        <source>cannot write {path} ({reason})</source>
        <translation>cannot write {path} ({reason})</translation>
    </message>
    <message>
        <source>a plan in status «{plan_status}» cannot move to «{wanted_plan_status}» (possible: {next_plan_statuses})</source>
        <translation>a plan in status «{plan_status}» cannot move to «{wanted_plan_status}» (possible: {next_plan_statuses})</translation>
    </message>
    <message>
        <source>a plan in status «{plan_status}» cannot be changed: revise it first</source>
        <translation>a plan in status «{plan_status}» cannot be changed: revise it first</translation>
    </message>
    <message>
        <source>a closed plan cannot be changed</source>
        <translation>a closed plan cannot be changed</translation>
    </message>
    <message>
        <source>is required before the plan is validated</source>
        <translation>is required before the plan is validated</translation>
    </message>
    <message>
        <source>a plan needs at least one shared goal to be validated</source>
        <translation>a plan needs at least one shared goal to be validated</translation>
    </message>
    <message>
        <source>already has a care plan that is not closed</source>
        <translation>already has a care plan that is not closed</translation>
    </message>
    <message>
        <source>patient {patient_id} has no care plan</source>
        <translation>patient {patient_id} has no care plan</translation>
    </message>
    <message>
        <source>is not a part of a care plan</source>
        <translation>is not a part of a care plan</translation>
    </message>
    <message>
        <source>must be a patient of the practice</source>
        <translation>must be a patient of the practice</translation>
    </message>
    <message>
        <source>must be an SFPC problem code (1.1 to 1.10)</source>
        <translation>must be an SFPC problem code (1.1 to 1.10)</translation>
    </message>
    <message>
        <source>at least one medication is required (except for an untreated indication)</source>
        <translation>at least one medication is required (except for an untreated indication)</translation>
    </message>
    <message>
        <source>must be a medication of this patient</source>
        <translation>must be a medication of this patient</translation>
    </message>
    <message>
        <source>is a stopped medication</source>
        <translation>is a stopped medication</translation>
    </message>
    <message>
        <source>must be stop, change or add</source>
        <translation>must be stop, change or add</translation>
    </message>
    <message>
        <source>must not be in the future</source>
        <translation>must not be in the future</translation>
    </message>
    <message>
        <source>must be urgent, 24h or routine</source>
        <translation>must be urgent, 24h or routine</translation>
    </message>
    <message>
        <source>must not be in the past</source>
        <translation>must not be in the past</translation>
    </message>
    <message>
        <source>must be within a year</source>
        <translation>must be within a year</translation>
    </message>
    <message>
        <source>is required: the patient has no médecin traitant in the practice</source>
        <translation>is required: the patient has no médecin traitant in the practice</translation>
    </message>
    <message>
        <source>must be an active physician of the practice</source>
        <translation>must be an active physician of the practice</translation>
    </message>
    <message>
        <source>is not a current finding of this patient&apos;s review</source>
        <translation>is not a current finding of this patient&apos;s review</translation>
    </message>
    <message>
        <source>already has an open alert (#{alert_id})</source>
        <translation>already has an open alert (#{alert_id})</translation>
    </message>
    <message>
        <source>was kept as is by the doctor on {day} (alert #{alert_id}) and nothing relevant has changed since</source>
        <translation>was kept as is by the doctor on {day} (alert #{alert_id}) and nothing relevant has changed since</translation>
    </message>
    <message>
        <source>this alert is already closed ({alert_state})</source>
        <translation>this alert is already closed ({alert_state})</translation>
    </message>
    <message>
        <source>there is no question waiting for a reply</source>
        <translation>there is no question waiting for a reply</translation>
    </message>
    <message>
        <source>the change made is required</source>
        <translation>the change made is required</translation>
    </message>
    <message>
        <source>medication line {line_id} is not on this patient&apos;s list</source>
        <translation>medication line {line_id} is not on this patient&apos;s list</translation>
    </message>
    <message>
        <source>is required (hospital and department)</source>
        <translation>is required (hospital and department)</translation>
    </message>
    <message>
        <source>this reconciliation is already validated</source>
        <translation>this reconciliation is already validated</translation>
    </message>
    <message>
        <source>must be intentional_documented, to_be_clarified or keep_current</source>
        <translation>must be intentional_documented, to_be_clarified or keep_current</translation>
    </message>
    <message>
        <source>an intentional change must be documented (why it was made)</source>
        <translation>an intentional change must be documented (why it was made)</translation>
    </message>
    <message>
        <source>an added drug has no current line to keep</source>
        <translation>an added drug has no current line to keep</translation>
    </message>
    <message>
        <source>only a difference to be clarified can be sent</source>
        <translation>only a difference to be clarified can be sent</translation>
    </message>
    <message>
        <source>must be alert or task</source>
        <translation>must be alert or task</translation>
    </message>
    <message>
        <source>still to be clarified: line {lines}</source>
        <translation>still to be clarified: line {lines}</translation>
    </message>
    <message>
        <source>no line to be clarified is waiting to be sent</source>
        <translation>no line to be clarified is waiting to be sent</translation>
    </message>
    <message>
        <source>this line was already sent in alert #{alert_id}</source>
        <translation>this line was already sent in alert #{alert_id}</translation>
    </message>
    <message>
        <source>this alert holds several lines: answer each line on its own</source>
        <translation>this alert holds several lines: answer each line on its own</translation>
    </message>
    <message>
        <source>this line is not part of alert #{alert_id}</source>
        <translation>this line is not part of alert #{alert_id}</translation>
    </message>
    <message>
        <source>this line was already answered by {by} on {day}: nothing was changed</source>
        <translation>this line was already answered by {by} on {day}: nothing was changed</translation>
    </message>
    <message>
        <source>must be bpm or pmc</source>
        <translation>must be bpm or pmc</translation>
    </message>
    <message>
        <source>recommendation {row}: its kind must be one of 1 to 5, given once, and the patient&apos;s agreement yes, no or not asked</source>
        <translation>recommendation {row}: its kind must be one of 1 to 5, given once, and the patient&apos;s agreement yes, no or not asked</translation>
    </message>
    <message>
        <source>has no finished Polymedication Check (a PMC worksheet with its analysis date and a conclusion)</source>
        <translation>has no finished Polymedication Check (a PMC worksheet with its analysis date and a conclusion)</translation>
    </message>
    <message>
        <source>must be json or pdf</source>
        <translation>must be json or pdf</translation>
    </message>
    <message>
        <source>must be a .json file</source>
        <translation>must be a .json file</translation>
    </message>
    <message>
        <source>has no answer of the doctor on a medication line yet (nothing to send as pharmaceutical advice)</source>
        <translation>has no answer of the doctor on a medication line yet (nothing to send as pharmaceutical advice)</translation>
    </message>
    <message>
        <source>the answer concerns several medication lines ({lines}): choose one (one document per line)</source>
        <translation>the answer concerns several medication lines ({lines}): choose one (one document per line)</translation>
    </message>
    <message>
        <source>line {line_id} is not one the answer concerns</source>
        <translation>line {line_id} is not one the answer concerns</translation>
    </message>
    <message>
        <source>must not be before the previous step</source>
        <translation>must not be before the previous step</translation>
    </message>
    <message>
        <source>{finding} is not a finding of this worksheet</source>
        <translation>{finding} is not a finding of this worksheet</translation>
    </message>
    <message>
        <source>the proposal “{proposal}” needs {needs}: give it, or choose another kind of proposal</source>
        <translation>the proposal “{proposal}” needs {needs}: give it, or choose another kind of proposal</translation>
    </message>
    <message>
        <source>a proposal “{proposal}” does not change the medication list: leave the changes empty</source>
        <translation>a proposal “{proposal}” does not change the medication list: leave the changes empty</translation>
    </message>
    <message>
        <source>{line_action} is not part of a proposal “{proposal}”</source>
        <translation>{line_action} is not part of a proposal “{proposal}”</translation>
    </message>
    <message>
        <source>changes nothing: give the new values</source>
        <translation>changes nothing: give the new values</translation>
    </message>
    <message>
        <source>{name} was changed since the proposal: answer with Modify, from the line as it is now</source>
        <translation>{name} was changed since the proposal: answer with Modify, from the line as it is now</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>read</source>
        <translation>read</translation>
    </message>
    <message>
        <source>question asked</source>
        <translation>question asked</translation>
    </message>
    <message>
        <source>question answered</source>
        <translation>question answered</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>modified</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>the line to stop</source>
        <translation>the line to stop</translation>
    </message>
    <message>
        <source>the new values of the line</source>
        <translation>the new values of the line</translation>
    </message>
    <message>
        <source>the new product</source>
        <translation>the new product</translation>
    </message>
    <message>
        <source>only an outside member comes from the directory</source>
        <translation>only an outside member comes from the directory</translation>
    </message>
    <message>
        <source>is not an active resource of the directory</source>
        <translation>is not an active resource of the directory</translation>
    </message>
    <message>
        <source>is not a plausible date</source>
        <translation>is not a plausible date</translation>
    </message>
    <message>
        <source>must be an active clinical or front-desk member of the practice</source>
        <translation>must be an active clinical or front-desk member of the practice</translation>
    </message>
    <message>
        <source>must contain only digits, spaces and + . ( ) -</source>
        <translation>must contain only digits, spaces and + . ( ) -</translation>
    </message>
    <message>
        <source>must be an e-mail address like name@example.org</source>
        <translation>must be an e-mail address like name@example.org</translation>
    </message>
    <message>
        <source>must be yes when a date or a place is given</source>
        <translation>must be yes when a date or a place is given</translation>
    </message>
    <message>
        <source>is required when a contact or a designation date is given</source>
        <translation>is required when a contact or a designation date is given</translation>
    </message>
    <message>
        <source>only for a member of the practice</source>
        <translation>only for a member of the practice</translation>
    </message>
    <message>
        <source>must not be before the start date</source>
        <translation>must not be before the start date</translation>
    </message>
    <message>
        <source>must be problems of this plan</source>
        <translation>must be problems of this plan</translation>
    </message>
    <message>
        <source>must be a goal of this plan</source>
        <translation>must be a goal of this plan</translation>
    </message>
    <message>
        <source>choose one responsible: a person, a role or an outside contact</source>
        <translation>choose one responsible: a person, a role or an outside contact</translation>
    </message>
    <message>
        <source>needs a due date to start the series</source>
        <translation>needs a due date to start the series</translation>
    </message>
    <message>
        <source>is only given when the need was reported to the territory</source>
        <translation>is only given when the need was reported to the territory</translation>
    </message>
    <message>
        <source>none (the plan is closed)</source>
        <translation>none (the plan is closed)</translation>
    </message>
    <message>
        <source>the task is {task_status}: it cannot move to «{wanted_task_status}» (possible: {next_task_statuses})</source>
        <translation>the task is {task_status}: it cannot move to «{wanted_task_status}» (possible: {next_task_statuses})</translation>
    </message>
    <message>
        <source>the task is {task_status}: it can no longer be edited</source>
        <translation>the task is {task_status}: it can no longer be edited</translation>
    </message>
    <message>
        <source>the task is {task_status}: it cannot be claimed</source>
        <translation>the task is {task_status}: it cannot be claimed</translation>
    </message>
    <message>
        <source>the task is {task_status}: it can no longer be reassigned</source>
        <translation>the task is {task_status}: it can no longer be reassigned</translation>
    </message>
    <message>
        <source>claim the task from the pool first</source>
        <translation>claim the task from the pool first</translation>
    </message>
    <message>
        <source>is not a task status</source>
        <translation>is not a task status</translation>
    </message>
    <message>
        <source>choose either a person or a pool (one of the two)</source>
        <translation>choose either a person or a pool (one of the two)</translation>
    </message>
    <message>
        <source>must be a number of units like 1, 0.5 or 1/2</source>
        <translation>must be a number of units like 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <source>must be at most {max} units</source>
        <translation>must be at most {max} units</translation>
    </message>
    <message>
        <source>must be more than {min} and at most {max}</source>
        <translation>must be more than {min} and at most {max}</translation>
    </message>
    <message>
        <source>must be a complete ATC code like B01AA03</source>
        <translation>must be a complete ATC code like B01AA03</translation>
    </message>
    <message>
        <source>a substance or a product name is required</source>
        <translation>a substance or a product name is required</translation>
    </message>
    <message>
        <source>must be at most 12 months after the start</source>
        <translation>must be at most 12 months after the start</translation>
    </message>
    <message>
        <source>must be an active member of the practice</source>
        <translation>must be an active member of the practice</translation>
    </message>
    <message>
        <source>must be after 1900</source>
        <translation>must be after 1900</translation>
    </message>
    <message>
        <source>is not a readable CHMED16A payload</source>
        <translation>is not a readable CHMED16A payload</translation>
    </message>
    <message>
        <source>must start with CHMED16A1 (or CHMED16A0)</source>
        <translation>must start with CHMED16A1 (or CHMED16A0)</translation>
    </message>
    <message>
        <source>{file} cannot be read ({reason}).</source>
        <translation>{file} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a folder of BDPM files.</source>
        <translation>{file} is not a folder of BDPM files.</translation>
    </message>
    <message>
        <source>{file} is a folder, choose the product list file.</source>
        <translation>{file} is a folder, choose the product list file.</translation>
    </message>
    <message>
        <source>{file} is missing from the folder {folder}.</source>
        <translation>{file} is missing from the folder {folder}.</translation>
    </message>
    <message>
        <source>The BDPM folder has no CIP13 → ATC mapping (a .csv or .txt file whose name contains &quot;atc&quot;).</source>
        <translation>The BDPM folder has no CIP13 → ATC mapping (a .csv or .txt file whose name contains &quot;atc&quot;).</translation>
    </message>
    <message>
        <source>The BDPM folder has {count} files whose name contains &quot;atc&quot;: keep only the CIP13 → ATC mapping.</source>
        <translation>The BDPM folder has {count} files whose name contains &quot;atc&quot;: keep only the CIP13 → ATC mapping.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} is empty.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the column {column} is missing from the header.</source>
        <translation>{file}, line {line}: the column {column} is missing from the header.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the column {column} is given twice ({header}).</source>
        <translation>{file}, line {line}: the column {column} is given twice ({header}).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: the value is missing.</source>
        <translation>{file}, line {line}, column {column}: the value is missing.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: empty value.</source>
        <translation>{file}, line {line}, column {column}: empty value.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: truncated line ({found} columns, {expected} expected).</source>
        <translation>{file}, line {line}, column {column}: truncated line ({found} columns, {expected} expected).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: too many columns ({found}, {expected} expected).</source>
        <translation>{file}, line {line}, column {column}: too many columns ({found}, {expected} expected).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a valid ATC code.</source>
        <translation>{file}, line {line}, column {column}: {value} is not a valid ATC code.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a CIS code (8 digits).</source>
        <translation>{file}, line {line}, column {column}: {value} is not a CIS code (8 digits).</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not a valid code of 13 digits with its check digit.</source>
        <translation>{file}, line {line}, column {column}: {value} is not a valid code of 13 digits with its check digit.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is given twice.</source>
        <translation>{file}, line {line}, column {column}: {value} is given twice.</translation>
    </message>
    <message>
        <source>{file}, line {line}, column {column}: {value} is not one of {allowed}.</source>
        <translation>{file}, line {line}, column {column}: {value} is not one of {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} is missing in {folder}.</source>
        <translation>Knowledge pack: {where} is missing in {folder}.</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} cannot be read ({reason}).</source>
        <translation>Knowledge pack: {where} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge pack: {where} is not valid JSON at line {line}, column {column} ({reason}).</source>
        <translation>Knowledge pack: {where} is not valid JSON at line {line}, column {column} ({reason}).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: must be a JSON object.</source>
        <translation>Knowledge pack, {where}: must be a JSON object.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a JSON object.</source>
        <translation>Knowledge pack, {where}: {key} must be a JSON object.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a JSON object that is not empty.</source>
        <translation>Knowledge pack, {where}: {key} must be a JSON object that is not empty.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a list.</source>
        <translation>Knowledge pack, {where}: {key} must be a list.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown key {key}.</source>
        <translation>Knowledge pack, {where}: unknown key {key}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the key {key} is missing.</source>
        <translation>Knowledge pack, {where}: the key {key} is missing.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown source {value}.</source>
        <translation>Knowledge pack, {where}: unknown source {value}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a text that is not empty.</source>
        <translation>Knowledge pack, {where}: {key} must be a text that is not empty.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} is not a severity (in {key}).</source>
        <translation>Knowledge pack, {where}: {value} is not a severity (in {key}).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must have exactly the languages {languages}.</source>
        <translation>Knowledge pack, {where}: {key} must have exactly the languages {languages}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a list of ATC codes that is not empty.</source>
        <translation>Knowledge pack, {where}: {key} must be a list of ATC codes that is not empty.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: unknown selector {value} in {key}.</source>
        <translation>Knowledge pack, {where}: unknown selector {value} in {key}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} in {key} is not a valid ATC code.</source>
        <translation>Knowledge pack, {where}: {value} in {key} is not a valid ATC code.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {value} in {key} is not a valid ICD-10 code.</source>
        <translation>Knowledge pack, {where}: {value} in {key} is not a valid ICD-10 code.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a number.</source>
        <translation>Knowledge pack, {where}: {key} must be a number.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must be a whole number of 1 or more.</source>
        <translation>Knowledge pack, {where}: {key} must be a whole number of 1 or more.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} is {value}, but must be one of {allowed}.</source>
        <translation>Knowledge pack, {where}: {key} is {value}, but must be one of {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: {key} must have the form {expected}.</source>
        <translation>Knowledge pack, {where}: {key} must have the form {expected}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: give either atc (one class) or groups (two classes).</source>
        <translation>Knowledge pack, {where}: give either atc (one class) or groups (two classes).</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: pair must name two of {allowed}.</source>
        <translation>Knowledge pack, {where}: pair must name two of {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the cross-reactive target {value} is not a class.</source>
        <translation>Knowledge pack, {where}: the cross-reactive target {value} is not a class.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: this id is already used in {other_file}.</source>
        <translation>Knowledge pack, {where}: this id is already used in {other_file}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: the list {value} is not one of {allowed}.</source>
        <translation>Knowledge pack, {where}: the list {value} is not one of {allowed}.</translation>
    </message>
    <message>
        <source>Knowledge pack, {where}: minimum age {value} is below the age of the list {list} ({minimum}).</source>
        <translation>Knowledge pack, {where}: minimum age {value} is below the age of the list {list} ({minimum}).</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>must be a JSON object</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>must be a list</translation>
    </message>
    <message>
        <source>{value} is not a list for older people ({allowed})</source>
        <translation>{value} is not a list for older people ({allowed})</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>must be a string</translation>
    </message>
    <message>
        <source>must be a list of strings</source>
        <translation>must be a list of strings</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <source>must be a number or null, not {json_type}</source>
        <translation>must be a number or null, not {json_type}</translation>
    </message>
    <message>
        <source>must not be negative</source>
        <translation>must not be negative</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>must be a date written YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{value} is not a date (expected YYYY-MM-DD)</source>
        <translation>{value} is not a date (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>must not be after as_of</source>
        <translation>must not be after as_of</translation>
    </message>
    <message>
        <source>must be F, M, X, U or null</source>
        <translation>must be F, M, X, U or null</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>is missing</translation>
    </message>
    <message>
        <source>{value} is not a valid ATC code</source>
        <translation>{value} is not a valid ATC code</translation>
    </message>
    <message>
        <source>must be a string or a whole number</source>
        <translation>must be a string or a whole number</translation>
    </message>
    <message>
        <source>{value} is not a language of the review (fr, de or en)</source>
        <translation>{value} is not a language of the review (fr, de or en)</translation>
    </message>
    <message>
        <source>is not valid JSON (column {column}: {reason})</source>
        <translation>is not valid JSON (column {column}: {reason})</translation>
    </message>
    <message>
        <source>is nested too deeply to be read</source>
        <translation>is nested too deeply to be read</translation>
    </message>
    <message>
        <source>holds a number of more than {max} digits</source>
        <translation>holds a number of more than {max} digits</translation>
    </message>
    <message>
        <source>the review failed (internal error: {reason})</source>
        <translation>the review failed (internal error: {reason})</translation>
    </message>
    <message>
        <source>Line {line}, {json_field}: {problem}</source>
        <translation>Line {line}, {json_field}: {problem}</translation>
    </message>
    <message>
        <source>Case {case}, {json_field}: {problem}</source>
        <translation>Case {case}, {json_field}: {problem}</translation>
    </message>
    <message>
        <source>The input file {path} does not exist.</source>
        <translation>The input file {path} does not exist.</translation>
    </message>
    <message>
        <source>The input file {path} cannot be read ({reason}).</source>
        <translation>The input file {path} cannot be read ({reason}).</translation>
    </message>
    <message>
        <source>The input file {path} is larger than {limit_mb} MB: split it into smaller files.</source>
        <translation>The input file {path} is larger than {limit_mb} MB: split it into smaller files.</translation>
    </message>
    <message>
        <source>Line {line} of {path} is longer than {limit_kb} KB: give one case per line, each smaller than that.</source>
        <translation>Line {line} of {path} is longer than {limit_kb} KB: give one case per line, each smaller than that.</translation>
    </message>
    <message>
        <source>The input file {path} holds more than {limit} cases: split it into smaller files.</source>
        <translation>The input file {path} holds more than {limit} cases: split it into smaller files.</translation>
    </message>
    <message>
        <source>The output file {path} cannot be written ({reason}).</source>
        <translation>The output file {path} cannot be written ({reason}).</translation>
    </message>
    <message>
        <source>must be an amount like 1, 0.5 or 1/2</source>
        <translation>must be an amount like 1, 0.5 or 1/2</translation>
    </message>
    <message>
        <source>must be at most {max}</source>
        <translation>must be at most {max}</translation>
    </message>
    <message>
        <source>give at least one amount (morning, noon, evening or night)</source>
        <translation>give at least one amount (morning, noon, evening or night)</translation>
    </message>
    <message>
        <source>give at least one day with its amount</source>
        <translation>give at least one day with its amount</translation>
    </message>
    <message>
        <source>at most {max} takings</source>
        <translation>at most {max} takings</translation>
    </message>
    <message>
        <source>this day and time are given twice</source>
        <translation>this day and time are given twice</translation>
    </message>
    <message>
        <source>must be a time like 08:00</source>
        <translation>must be a time like 08:00</translation>
    </message>
    <message>
        <source>is not used by this schedule: leave it empty</source>
        <translation>is not used by this schedule: leave it empty</translation>
    </message>
    <message>
        <source>must not be less than the amount per taking</source>
        <translation>must not be less than the amount per taking</translation>
    </message>
    <message>
        <source>is needed when a maximum a day is given</source>
        <translation>is needed when a maximum a day is given</translation>
    </message>
    <message>
        <source>is not a unit of the list</source>
        <translation>is not a unit of the list</translation>
    </message>
    <message>
        <source>is not a route of the EDQM list</source>
        <translation>is not a route of the EDQM list</translation>
    </message>
    <message>
        <source>give a coded route or a text, not both</source>
        <translation>give a coded route or a text, not both</translation>
    </message>
    <message>
        <source>is too large for a medication plan (more than {max})</source>
        <translation>is too large for a medication plan (more than {max})</translation>
    </message>
    <message>
        <source>the field {path} must be an object</source>
        <translation>the field {path} must be an object</translation>
    </message>
    <message>
        <source>the field {path} must be a list</source>
        <translation>the field {path} must be a list</translation>
    </message>
    <message>
        <source>the field {path} must be a number</source>
        <translation>the field {path} must be a number</translation>
    </message>
    <message>
        <source>the field {path} must be a text</source>
        <translation>the field {path} must be a text</translation>
    </message>
    <message>
        <source>the field {path} must be true or false</source>
        <translation>the field {path} must be true or false</translation>
    </message>
    <message>
        <source>is not a readable CHMED23A code</source>
        <translation>is not a readable CHMED23A code</translation>
    </message>
    <message>
        <source>is a CHMED23{version} code: Cordée reads CHMED23A</source>
        <translation>is a CHMED23{version} code: Cordée reads CHMED23A</translation>
    </message>
    <message>
        <source>is a CHMED23A code in {total} parts and {found} were pasted: paste all the parts together</source>
        <translation>is a CHMED23A code in {total} parts and {found} were pasted: paste all the parts together</translation>
    </message>
    <message>
        <source>the field {path} must be a date (ISO 8601)</source>
        <translation>the field {path} must be a date (ISO 8601)</translation>
    </message>
    <message>
        <source>the field {path} is out of range</source>
        <translation>the field {path} is out of range</translation>
    </message>
    <message>
        <source>the field {path} has more than {max} entries</source>
        <translation>the field {path} has more than {max} entries</translation>
    </message>
    <message>
        <source>the field {path} is longer than {max} characters</source>
        <translation>the field {path} is longer than {max} characters</translation>
    </message>
    <message>
        <source>the field {path} is nested too deeply</source>
        <translation>the field {path} is nested too deeply</translation>
    </message>
    <message>
        <source>the field {path} is missing</source>
        <translation>the field {path} is missing</translation>
    </message>
    <message>
        <source>the thesaurus file {file} cannot be read ({reason})</source>
        <translation>the thesaurus file {file} cannot be read ({reason})</translation>
    </message>
    <message>
        <source>the thesaurus file {file} is not an ANSM thesaurus in JSON form: {problem}; nothing was installed</source>
        <translation>the thesaurus file {file} is not an ANSM thesaurus in JSON form: {problem}; nothing was installed</translation>
    </message>
    <message>
        <source>must be an edition like 2023-09, not &apos;{value}&apos;</source>
        <translation>must be an edition like 2023-09, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>edition {value} is not newer than the installed edition {installed}; nothing was installed</source>
        <translation>edition {value} is not newer than the installed edition {installed}; nothing was installed</translation>
    </message>
    <message>
        <source>the medication knowledge file {file} is not valid (entry {entry}): {problem}</source>
        <translation>the medication knowledge file {file} is not valid (entry {entry}): {problem}</translation>
    </message>
    <message>
        <source>must be a time like 08:30</source>
        <translation>must be a time like 08:30</translation>
    </message>
    <message>
        <source>must be 2–40 lower-case letters, digits or underscores</source>
        <translation>must be 2–40 lower-case letters, digits or underscores</translation>
    </message>
    <message>
        <source>must be routine, urgent, asap or stat</source>
        <translation>must be routine, urgent, asap or stat</translation>
    </message>
    <message>
        <source>names no active member of the practice: {logins}</source>
        <translation>names no active member of the practice: {logins}</translation>
    </message>
    <message>
        <source>at most {max} members can be mentioned</source>
        <translation>at most {max} members can be mentioned</translation>
    </message>
    <message>
        <source>{names} may not read this patient&apos;s chart: they cannot be mentioned in this thread</source>
        <translation>{names} may not read this patient&apos;s chart: they cannot be mentioned in this thread</translation>
    </message>
    <message>
        <source>is not a patient of the practice</source>
        <translation>is not a patient of the practice</translation>
    </message>
    <message>
        <source>this message was already retracted on {day}</source>
        <translation>this message was already retracted on {day}</translation>
    </message>
    <message>
        <source>a retracted message cannot be turned into a record</source>
        <translation>a retracted message cannot be turned into a record</translation>
    </message>
    <message>
        <source>this thread is about no patient</source>
        <translation>this thread is about no patient</translation>
    </message>
    <message>
        <source>the patient has no care plan in force: start one first</source>
        <translation>the patient has no care plan in force: start one first</translation>
    </message>
    <message>
        <source>needs a due date</source>
        <translation>needs a due date</translation>
    </message>
    <message>
        <source>needs an origin type and a positive id</source>
        <translation>needs an origin type and a positive id</translation>
    </message>
    <message>
        <source>an act is only recorded for a protocol-bound task</source>
        <translation>an act is only recorded for a protocol-bound task</translation>
    </message>
    <message>
        <source>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</source>
        <translation>must be an iCalendar rule like FREQ=MONTHLY;INTERVAL=3</translation>
    </message>
    <message>
        <source>must not contain DTSTART (the due date starts the series)</source>
        <translation>must not contain DTSTART (the due date starts the series)</translation>
    </message>
    <message>
        <source>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</source>
        <translation>must set FREQ to DAILY, WEEKLY, MONTHLY or YEARLY</translation>
    </message>
    <message>
        <source>{part} must be a number</source>
        <translation>{part} must be a number</translation>
    </message>
    <message>
        <source>{part} must be between {min} and {max}</source>
        <translation>{part} must be between {min} and {max}</translation>
    </message>
    <message>
        <source>ends before the series starts on the due date</source>
        <translation>ends before the series starts on the due date</translation>
    </message>
    <message>
        <source>is not a valid iCalendar rule ({detail})</source>
        <translation>is not a valid iCalendar rule ({detail})</translation>
    </message>
    <message>
        <source>an absence lasts at most one year</source>
        <translation>an absence lasts at most one year</translation>
    </message>
    <message>
        <source>select at least one task</source>
        <translation>select at least one task</translation>
    </message>
    <message>
        <source>must be a whole number of days</source>
        <translation>must be a whole number of days</translation>
    </message>
    <message>
        <source>must be between {min} and {max} days</source>
        <translation>must be between {min} and {max} days</translation>
    </message>
    <message>
        <source>«{value}» is not a valid code prefix</source>
        <translation>«{value}» is not a valid code prefix</translation>
    </message>
    <message>
        <source>must be 2–60 letters, digits, dots, dashes or underscores</source>
        <translation>must be 2–60 letters, digits, dots, dashes or underscores</translation>
    </message>
    <message>
        <source>must not be below the minimum age</source>
        <translation>must not be below the minimum age</translation>
    </message>
    <message>
        <source>give both the task type and the number of months</source>
        <translation>give both the task type and the number of months</translation>
    </message>
    <message>
        <source>give at least one criterion (age, condition, medication or task not done)</source>
        <translation>give at least one criterion (age, condition, medication or task not done)</translation>
    </message>
    <message>
        <source>is not a known protocol</source>
        <translation>is not a known protocol</translation>
    </message>
    <message>
        <source>must be a past date after 1990</source>
        <translation>must be a past date after 1990</translation>
    </message>
    <message>
        <source>{staff} is not of a profession the protocol «{protocol}» delegates to ({professions})</source>
        <translation>{staff} is not of a profession the protocol «{protocol}» delegates to ({professions})</translation>
    </message>
    <message>
        <source>must be oral, written or electronic</source>
        <translation>must be oral, written or electronic</translation>
    </message>
    <message>
        <source>must be patient or representative</source>
        <translation>must be patient or representative</translation>
    </message>
    <message>
        <source>the practice has not activated the protocol «{protocol}»</source>
        <translation>the practice has not activated the protocol «{protocol}»</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» is not valid on {day}</source>
        <translation>the protocol «{protocol}» is not valid on {day}</translation>
    </message>
    <message>
        <source>choose one of the acts of the protocol «{protocol}» ({acts})</source>
        <translation>choose one of the acts of the protocol «{protocol}» ({acts})</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» does not allow the act «{act}» (allowed: {acts})</source>
        <translation>the protocol «{protocol}» does not allow the act «{act}» (allowed: {acts})</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» does not delegate to the pool «{pool}»</source>
        <translation>the protocol «{protocol}» does not delegate to the pool «{pool}»</translation>
    </message>
    <message>
        <source>a task under the protocol «{protocol}» needs a patient</source>
        <translation>a task under the protocol «{protocol}» needs a patient</translation>
    </message>
    <message>
        <source>the patient is {patient_age}; the protocol «{protocol}» covers patients {age_range}</source>
        <translation>the patient is {patient_age}; the protocol «{protocol}» covers patients {age_range}</translation>
    </message>
    <message>
        <source>the patient is {patient_age}; the act «{act}» covers patients {age_range}</source>
        <translation>the patient is {patient_age}; the act «{act}» covers patients {age_range}</translation>
    </message>
    <message>
        <source>the protocol «{protocol}» covers only {sexes}</source>
        <translation>the protocol «{protocol}» covers only {sexes}</translation>
    </message>
    <message>
        <source>the act «{act}» covers only {sexes}</source>
        <translation>the act «{act}» covers only {sexes}</translation>
    </message>
    <message>
        <source>the patient has none of the conditions the protocol «{protocol}» covers (ICD-10 {conditions})</source>
        <translation>the patient has none of the conditions the protocol «{protocol}» covers (ICD-10 {conditions})</translation>
    </message>
    <message>
        <source>the patient has none of the conditions the act «{act}» covers (ICD-10 {conditions})</source>
        <translation>the patient has none of the conditions the act «{act}» covers (ICD-10 {conditions})</translation>
    </message>
    <message>
        <source>the patient takes none of the medications the protocol «{protocol}» covers (ATC {medications})</source>
        <translation>the patient takes none of the medications the protocol «{protocol}» covers (ATC {medications})</translation>
    </message>
    <message>
        <source>the patient takes none of the medications the act «{act}» covers (ATC {medications})</source>
        <translation>the patient takes none of the medications the act «{act}» covers (ATC {medications})</translation>
    </message>
    <message>
        <source>the patient has an exclusion criterion of the protocol «{protocol}» (condition {condition}): refer to the doctor</source>
        <translation>the patient has an exclusion criterion of the protocol «{protocol}» (condition {condition}): refer to the doctor</translation>
    </message>
    <message>
        <source>the patient takes a medication that excludes the protocol «{protocol}» (ATC {medication}): refer to the doctor</source>
        <translation>the patient takes a medication that excludes the protocol «{protocol}» (ATC {medication}): refer to the doctor</translation>
    </message>
    <message>
        <source>the patient is not enrolled (with consent) in the protocol «{protocol}»</source>
        <translation>the patient is not enrolled (with consent) in the protocol «{protocol}»</translation>
    </message>
    <message>
        <source>{staff} is no longer an active member of the practice</source>
        <translation>{staff} is no longer an active member of the practice</translation>
    </message>
    <message>
        <source>{staff} ({profession}) is not of a profession the protocol «{protocol}» delegates to</source>
        <translation>{staff} ({profession}) is not of a profession the protocol «{protocol}» delegates to</translation>
    </message>
    <message>
        <source>{staff} does not adhere to the protocol «{protocol}»</source>
        <translation>{staff} does not adhere to the protocol «{protocol}»</translation>
    </message>
    <message>
        <source>{staff} has no recorded training for the protocol «{protocol}»</source>
        <translation>{staff} has no recorded training for the protocol «{protocol}»</translation>
    </message>
    <message>
        <source>must be renewal or dose_adjustment</source>
        <translation>must be renewal or dose_adjustment</translation>
    </message>
    <message>
        <source>this medication has been stopped</source>
        <translation>this medication has been stopped</translation>
    </message>
    <message>
        <source>the {months}-month limit of this prescription ended on {ended}: a new prescription is needed</source>
        <translation>the {months}-month limit of this prescription ended on {ended}: a new prescription is needed</translation>
    </message>
    <message>
        <source>the prescription does not authorise renewal by the pharmacien correspondant</source>
        <translation>the prescription does not authorise renewal by the pharmacien correspondant</translation>
    </message>
    <message>
        <source>the prescription does not authorise dose adjustment by the pharmacien correspondant</source>
        <translation>the prescription does not authorise dose adjustment by the pharmacien correspondant</translation>
    </message>
    <message>
        <source>the renewal may run until {until} at the latest (authorisation on the prescription and {months}-month total)</source>
        <translation>the renewal may run until {until} at the latest (authorisation on the prescription and {months}-month total)</translation>
    </message>
    <message>
        <source>must be after today</source>
        <translation>must be after today</translation>
    </message>
    <message>
        <source>{file} is not readable JSON ({detail})</source>
        <translation>{file} is not readable JSON ({detail})</translation>
    </message>
    <message>
        <source>{file} does not hold a JSON object</source>
        <translation>{file} does not hold a JSON object</translation>
    </message>
    <message>
        <source>{file}: {key} is missing</source>
        <translation>{file}: {key} is missing</translation>
    </message>
    <message>
        <source>{file}: {key} must be of JSON type {expected}</source>
        <translation>{file}: {key} must be of JSON type {expected}</translation>
    </message>
    <message>
        <source>{file}: {key} must not be empty</source>
        <translation>{file}: {key} must not be empty</translation>
    </message>
    <message>
        <source>{file}: {key} has an invalid value {value}</source>
        <translation>{file}: {key} has an invalid value {value}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a date YYYY-MM-DD</source>
        <translation>{file}: {key} must be a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>{file}: {key} is out of range</source>
        <translation>{file}: {key} is out of range</translation>
    </message>
    <message>
        <source>{file}: {key} is less than {other}</source>
        <translation>{file}: {key} is less than {other}</translation>
    </message>
    <message>
        <source>{file}: {key} must be a JSON object</source>
        <translation>{file}: {key} must be a JSON object</translation>
    </message>
    <message>
        <source>{file}: {key} must be lower-case letters, digits and dashes</source>
        <translation>{file}: {key} must be lower-case letters, digits and dashes</translation>
    </message>
    <message>
        <source>{file}: {key} must be lower-case letters, digits and underscores</source>
        <translation>{file}: {key} must be lower-case letters, digits and underscores</translation>
    </message>
    <message>
        <source>{file}: {key} must be one of {allowed}</source>
        <translation>{file}: {key} must be one of {allowed}</translation>
    </message>
    <message>
        <source>{file}: {key} must name at least one source</source>
        <translation>{file}: {key} must name at least one source</translation>
    </message>
    <message>
        <source>{file}: {key} must list at least one allowed act</source>
        <translation>{file}: {key} must list at least one allowed act</translation>
    </message>
    <message>
        <source>{file}: {key} has duplicate act codes</source>
        <translation>{file}: {key} has duplicate act codes</translation>
    </message>
    <message>
        <source>{file}: {key} needs at least one role or one profession keyword</source>
        <translation>{file}: {key} needs at least one role or one profession keyword</translation>
    </message>
    <message>
        <source>{file}: {key} must say what to verify when verify is true</source>
        <translation>{file}: {key} must say what to verify when verify is true</translation>
    </message>
    <message>
        <source>{file}: {key} must equal the file name without .json</source>
        <translation>{file}: {key} must equal the file name without .json</translation>
    </message>
    <message>
        <source>women</source>
        <translation>women</translation>
    </message>
    <message>
        <source>men</source>
        <translation>men</translation>
    </message>
    <message>
        <source>people of other sex</source>
        <translation>people of other sex</translation>
    </message>
    <message>
        <source>none (the task is closed)</source>
        <translation>none (the task is closed)</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) old</source>
        <translation>
            <numerusform>%n month old</numerusform>
            <numerusform>%n months old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>up to %1</translation>
    </message>
    <message>
        <source>must be an ISO week such as 2026-W49</source>
        <translation>must be an ISO week such as 2026-W49</translation>
    </message>
    <message>
        <source>must be this week or one of the last three years</source>
        <translation>must be this week or one of the last three years</translation>
    </message>
    <message>
        <source>the first week comes after the last one</source>
        <translation>the first week comes after the last one</translation>
    </message>
    <message>
        <source>the span must be at most three years</source>
        <translation>the span must be at most three years</translation>
    </message>
    <message>
        <source>no answer given</source>
        <translation>no answer given</translation>
    </message>
    <message>
        <source>at most {max} questionnaires at once</source>
        <translation>at most {max} questionnaires at once</translation>
    </message>
    <message>
        <source>question «{question}» takes a mark from 1 to 5</source>
        <translation>question «{question}» takes a mark from 1 to 5</translation>
    </message>
    <message>
        <source>question «{question}» takes yes or no</source>
        <translation>question «{question}» takes yes or no</translation>
    </message>
    <message>
        <source>«{question}» is not a question of the questionnaire</source>
        <translation>«{question}» is not a question of the questionnaire</translation>
    </message>
    <message>
        <source>the questionnaire definition is not valid: {problem}</source>
        <translation>the questionnaire definition is not valid: {problem}</translation>
    </message>
    <message>
        <source>must be a web address starting with https:// or http://</source>
        <translation>must be a web address starting with https:// or http://</translation>
    </message>
    <message>
        <source>must be ed_visit, admission or discharge</source>
        <translation>must be ed_visit, admission or discharge</translation>
    </message>
    <message>
        <source>must be hospital, dmp, patient or other</source>
        <translation>must be hospital, dmp, patient or other</translation>
    </message>
    <message>
        <source>this alert has already been acknowledged</source>
        <translation>this alert has already been acknowledged</translation>
    </message>
    <message>
        <source>must be a PDF, a PNG or JPEG image, or a text file</source>
        <translation>must be a PDF, a PNG or JPEG image, or a text file</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is empty</translation>
    </message>
    <message>
        <source>is too large ({size_mb} MB; at most {max_mb} MB per document)</source>
        <translation>is too large ({size_mb} MB; at most {max_mb} MB per document)</translation>
    </message>
    <message>
        <source>is not an event of this patient</source>
        <translation>is not an event of this patient</translation>
    </message>
    <message>
        <source>is not a referral of this patient</source>
        <translation>is not a referral of this patient</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <source>must be p1_48h, p2_7d, p3_scheduled or advice</source>
        <translation>must be p1_48h, p2_7d, p3_scheduled or advice</translation>
    </message>
    <message>
        <source>must be within the last year and not in the future</source>
        <translation>must be within the last year and not in the future</translation>
    </message>
    <message>
        <source>is not a referral status</source>
        <translation>is not a referral status</translation>
    </message>
    <message>
        <source>a «{referral_from}» referral cannot become «{referral_to}» (possible: {referral_next})</source>
        <translation>a «{referral_from}» referral cannot become «{referral_to}» (possible: {referral_next})</translation>
    </message>
    <message>
        <source>must not be before the request</source>
        <translation>must not be before the request</translation>
    </message>
    <message>
        <source>must not be before the visit</source>
        <translation>must not be before the visit</translation>
    </message>
    <message>
        <source>must be after the start, at most {hours} hours later</source>
        <translation>must be after the start, at most {hours} hours later</translation>
    </message>
    <message>
        <source>must be an https:// link to the practice&apos;s video service</source>
        <translation>must be an https:// link to the practice&apos;s video service</translation>
    </message>
    <message>
        <source>must be an active nurse, advanced practice nurse or medical assistant</source>
        <translation>must be an active nurse, advanced practice nurse or medical assistant</translation>
    </message>
    <message>
        <source>must be an active physician</source>
        <translation>must be an active physician</translation>
    </message>
    <message>
        <source>must not be the member who is with the patient</source>
        <translation>must not be the member who is with the patient</translation>
    </message>
    <message>
        <source>only the remote physician of this teleconsultation concludes it</source>
        <translation>only the remote physician of this teleconsultation concludes it</translation>
    </message>
    <message>
        <source>this teleconsultation is already concluded or cancelled</source>
        <translation>this teleconsultation is already concluded or cancelled</translation>
    </message>
    <message>
        <source>must be monthly, ad_hoc, cpts or quality_circle</source>
        <translation>must be monthly, ad_hoc, cpts or quality_circle</translation>
    </message>
    <message>
        <source>must be active members of the practice</source>
        <translation>must be active members of the practice</translation>
    </message>
    <message>
        <source>a meeting needs at least one participant</source>
        <translation>a meeting needs at least one participant</translation>
    </message>
    <message>
        <source>must be note, task or care_plan</source>
        <translation>must be note, task or care_plan</translation>
    </message>
    <message>
        <source>the patient has no open care plan to revise</source>
        <translation>the patient has no open care plan to revise</translation>
    </message>
    <message>
        <source>must not be before the start of the period</source>
        <translation>must not be before the start of the period</translation>
    </message>
    <message>
        <source>the period must be at most {max} months</source>
        <translation>the period must be at most {max} months</translation>
    </message>
    <message>
        <source>this self-assessment period is closed: answers can no longer be given or changed</source>
        <translation>this self-assessment period is closed: answers can no longer be given or changed</translation>
    </message>
    <message>
        <source>«{axis}» is not an axis of the grid</source>
        <translation>«{axis}» is not an axis of the grid</translation>
    </message>
    <message>
        <source>the axis «{axis}» is answered twice</source>
        <translation>the axis «{axis}» is answered twice</translation>
    </message>
    <message>
        <source>every axis needs a level ({count} not answered)</source>
        <translation>every axis needs a level ({count} not answered)</translation>
    </message>
    <message>
        <source>requested</source>
        <translation>requested</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>booked</translation>
    </message>
    <message>
        <source>seen</source>
        <translation>seen</translation>
    </message>
    <message>
        <source>report received</source>
        <translation>report received</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>none (it is closed)</source>
        <translation>none (it is closed)</translation>
    </message>
    <message>
        <source>must be F, M, X (other) or U (unknown)</source>
        <translation>must be F, M, X (other) or U (unknown)</translation>
    </message>
    <message>
        <source>must be PROV, RECUP, VALI or QUAL when an INS is given</source>
        <translation>must be PROV, RECUP, VALI or QUAL when an INS is given</translation>
    </message>
    <message>
        <source>needs an INS number</source>
        <translation>needs an INS number</translation>
    </message>
    <message>
        <source>must stay provisional while the identity is marked doubtful</source>
        <translation>must stay provisional while the identity is marked doubtful</translation>
    </message>
    <message>
        <source>must stay provisional while the identity is marked fictitious</source>
        <translation>must stay provisional while the identity is marked fictitious</translation>
    </message>
    <message>
        <source>is needed for a qualified identity (INS trait)</source>
        <translation>is needed for a qualified identity (INS trait)</translation>
    </message>
    <message>
        <source>must be female or male for a qualified identity</source>
        <translation>must be female or male for a qualified identity</translation>
    </message>
    <message>
        <source>must be the 5-character INSEE code of the commune (99 and the country code when born abroad)</source>
        <translation>must be the 5-character INSEE code of the commune (99 and the country code when born abroad)</translation>
    </message>
    <message>
        <source>The patient has objected to sharing their data: nothing is sent to others.</source>
        <translation>The patient has objected to sharing their data: nothing is sent to others.</translation>
    </message>
    <message>
        <source>kind must be condition, allergy or ald</source>
        <translation>kind must be condition, allergy or ald</translation>
    </message>
    <message>
        <source>must be an ATC code or class (e.g. J01C)</source>
        <translation>must be an ATC code or class (e.g. J01C)</translation>
    </message>
    <message>
        <source>must be an ICD-10 code (e.g. I50.9)</source>
        <translation>must be an ICD-10 code (e.g. I50.9)</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Unknown user or wrong password.</translation>
    </message>
    <message>
        <source>Too many failed logins: wait {wait_seconds} s before trying again.</source>
        <translation>Too many failed logins: wait {wait_seconds} s before trying again.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed logins; ask an administrator to unlock it.</source>
        <translation>This account is locked after too many failed logins; ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>must differ from the current password</source>
        <translation>must differ from the current password</translation>
    </message>
    <message>
        <source>is not your current password</source>
        <translation>is not your current password</translation>
    </message>
    <message>
        <source>this database already holds a practice</source>
        <translation>this database already holds a practice</translation>
    </message>
    <message>
        <source>must be {min} to {max} digits, with only spaces and + . - between them</source>
        <translation>must be {min} to {max} digits, with only spaces and + . - between them</translation>
    </message>
    <message>
        <source>must say why, in at least {min} characters (e.g. &quot;unconscious patient brought in, no médecin traitant reachable&quot;)</source>
        <translation>must say why, in at least {min} characters (e.g. &quot;unconscious patient brought in, no médecin traitant reachable&quot;)</translation>
    </message>
    <message>
        <source>Charts are open to every clinician of the practice: no emergency access is needed.</source>
        <translation>Charts are open to every clinician of the practice: no emergency access is needed.</translation>
    </message>
    <message>
        <source>You can already read this chart: no emergency access is needed.</source>
        <translation>You can already read this chart: no emergency access is needed.</translation>
    </message>
    <message>
        <source>must be between {min} and {max} minutes</source>
        <translation>must be between {min} and {max} minutes</translation>
    </message>
    <message>
        <source>was already acknowledged by {by}</source>
        <translation>was already acknowledged by {by}</translation>
    </message>
    <message>
        <source>a PostgreSQL server is backed up on the server (pg_dump), not by Cordée</source>
        <translation>a PostgreSQL server is backed up on the server (pg_dump), not by Cordée</translation>
    </message>
    <message>
        <source>must not be in {folder}: the recovery code must never lie beside the encrypted database or its backups; choose a folder elsewhere (a USB stick to print from, your documents)</source>
        <translation>must not be in {folder}: the recovery code must never lie beside the encrypted database or its backups; choose a folder elsewhere (a USB stick to print from, your documents)</translation>
    </message>
    <message>
        <source>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</source>
        <translation>must be 2-64 characters: lower-case letters, digits, . _ -, starting with a letter</translation>
    </message>
    <message>
        <source>is already used by another account</source>
        <translation>is already used by another account</translation>
    </message>
    <message>
        <source>choose at least one role</source>
        <translation>choose at least one role</translation>
    </message>
    <message>
        <source>unknown role {role}</source>
        <translation>unknown role {role}</translation>
    </message>
    <message>
        <source>a survey kiosk account has no other role</source>
        <translation>a survey kiosk account has no other role</translation>
    </message>
    <message>
        <source>is not a telephone number (digits, spaces, + . / ( ) -)</source>
        <translation>is not a telephone number (digits, spaces, + . / ( ) -)</translation>
    </message>
    <message>
        <source>is not an e-mail address</source>
        <translation>is not an e-mail address</translation>
    </message>
    <message>
        <source>must be a whole number of days from 0 to {max}</source>
        <translation>must be a whole number of days from 0 to {max}</translation>
    </message>
    <message>
        <source>a pathway needs at least one step</source>
        <translation>a pathway needs at least one step</translation>
    </message>
    <message>
        <source>a pathway has at most {max} steps</source>
        <translation>a pathway has at most {max} steps</translation>
    </message>
    <message>
        <source>this pathway is not one of the referral&apos;s resource</source>
        <translation>this pathway is not one of the referral&apos;s resource</translation>
    </message>
    <message>
        <source>the file is larger than {max} bytes: nothing was imported</source>
        <translation>the file is larger than {max} bytes: nothing was imported</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text: nothing was imported</source>
        <translation>the file is not UTF-8 text: nothing was imported</translation>
    </message>
    <message>
        <source>line {line}: the header is not that of a directory export (column «{column}» expected): nothing was imported</source>
        <translation>line {line}: the header is not that of a directory export (column «{column}» expected): nothing was imported</translation>
    </message>
    <message>
        <source>line {line}: {count} columns instead of {expected}: nothing was imported</source>
        <translation>line {line}: {count} columns instead of {expected}: nothing was imported</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: a value is needed: nothing was imported</source>
        <translation>line {line}, column «{column}»: a value is needed: nothing was imported</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» is not accepted: nothing was imported</source>
        <translation>line {line}, column «{column}»: «{value}» is not accepted: nothing was imported</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» appears twice: nothing was imported</source>
        <translation>line {line}, column «{column}»: «{value}» appears twice: nothing was imported</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: «{value}» is not defined above in the file: nothing was imported</source>
        <translation>line {line}, column «{column}»: «{value}» is not defined above in the file: nothing was imported</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: the pathway «{value}» has no step: nothing was imported</source>
        <translation>line {line}, column «{column}»: the pathway «{value}» has no step: nothing was imported</translation>
    </message>
    <message>
        <source>line {line}, column «{column}»: the pathway belongs to another resource in this practice: nothing was imported</source>
        <translation>line {line}, column «{column}»: the pathway belongs to another resource in this practice: nothing was imported</translation>
    </message>
    <message>
        <source>you cannot remove your own administrator role</source>
        <translation>you cannot remove your own administrator role</translation>
    </message>
    <message>
        <source>you cannot deactivate your own account</source>
        <translation>you cannot deactivate your own account</translation>
    </message>
    <message>
        <source>type letters of the patient&apos;s name</source>
        <translation>type letters of the patient&apos;s name</translation>
    </message>
    <message>
        <source>is too easy to guess</source>
        <translation>is too easy to guess</translation>
    </message>
    <message>
        <source>Entries {first} to {last} are missing (deleted).</source>
        <translation>Entries {first} to {last} are missing (deleted).</translation>
    </message>
    <message>
        <source>Entry {seq} is out of order.</source>
        <translation>Entry {seq} is out of order.</translation>
    </message>
    <message>
        <source>Entry {seq} does not follow the entry before it (inserted, or an entry before it deleted).</source>
        <translation>Entry {seq} does not follow the entry before it (inserted, or an entry before it deleted).</translation>
    </message>
    <message>
        <source>Entry {seq} was changed after it was written.</source>
        <translation>Entry {seq} was changed after it was written.</translation>
    </message>
    <message>
        <source>Entry {seq} is damaged: its values cannot be read.</source>
        <translation>Entry {seq} is damaged: its values cannot be read.</translation>
    </message>
    <message>
        <source>The chain&apos;s head record is missing.</source>
        <translation>The chain&apos;s head record is missing.</translation>
    </message>
    <message>
        <source>The chain&apos;s head record was changed outside Cordée.</source>
        <translation>The chain&apos;s head record was changed outside Cordée.</translation>
    </message>
    <message>
        <source>The newest entries after {last} were deleted (the head records {head}).</source>
        <translation>The newest entries after {last} were deleted (the head records {head}).</translation>
    </message>
    <message>
        <source>Entries after {head} were added outside Cordée.</source>
        <translation>Entries after {head} were added outside Cordée.</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the anchor of {at} (entry {seq}) matches the trail.</source>
        <translation>{anchor_place} {where}: the anchor of {at} (entry {seq}) matches the trail.</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the anchor of {at} records {seq} entries, the trail has {rows}: entries were deleted or an older copy of the database was put in place ({count} anchors).</source>
        <translation>{anchor_place} {where}: the anchor of {at} records {seq} entries, the trail has {rows}: entries were deleted or an older copy of the database was put in place ({count} anchors).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: entry {seq} differs from the anchor of {at}: the trail was rebuilt or changed ({count} anchors).</source>
        <translation>{anchor_place} {where}: entry {seq} differs from the anchor of {at}: the trail was rebuilt or changed ({count} anchors).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: {count} anchors were not written by Cordée for this practice (forged or damaged).</source>
        <translation>{anchor_place} {where}: {count} anchors were not written by Cordée for this practice (forged or damaged).</translation>
    </message>
    <message>
        <source>{anchor_place} {where}: the restore of a backup on {restore_at} set the trail back from entry {seq} (anchor of {at}) to {restore_seq}.</source>
        <translation>{anchor_place} {where}: the restore of a backup on {restore_at} set the trail back from entry {seq} (anchor of {at}) to {restore_seq}.</translation>
    </message>
    <message>
        <source>{anchor_place} {where} cannot be read: {reason}.</source>
        <translation>{anchor_place} {where} cannot be read: {reason}.</translation>
    </message>
    <message>
        <source>Anchors also go to {where}: compare with an export of its lines (cordee audit verify --anchors FILE).</source>
        <translation>Anchors also go to {where}: compare with an export of its lines (cordee audit verify --anchors FILE).</translation>
    </message>
    <message>
        <source>No anchor was found outside the database: the trail can only be checked against itself.</source>
        <translation>No anchor was found outside the database: the trail can only be checked against itself.</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Anchor log</source>
        <translation>Anchor log</translation>
    </message>
    <message>
        <source>{path} already exists; Cordée never replaces a database.</source>
        <translation>{path} already exists; Cordée never replaces a database.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>The folder {folder} does not exist.</translation>
    </message>
    <message>
        <source>{path} is a file, not a folder: choose a folder.</source>
        <translation>{path} is a file, not a folder: choose a folder.</translation>
    </message>
    <message>
        <source>No database at {path}: check that the disk or the folder is available.</source>
        <translation>No database at {path}: check that the disk or the folder is available.</translation>
    </message>
    <message>
        <source>The key of the database could not be read from this computer&apos;s keyring: enter the practice passphrase or the recovery code.</source>
        <translation>The key of the database could not be read from this computer&apos;s keyring: enter the practice passphrase or the recovery code.</translation>
    </message>
    <message>
        <source>Wrong passphrase for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</source>
        <translation>Wrong passphrase for this database. Check Caps Lock and the keyboard layout, then try again. The database was not changed.</translation>
    </message>
    <message>
        <source>Wrong recovery code for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</source>
        <translation>Wrong recovery code for this database. Compare it with the recovery sheet of this database and try again. The database was not changed.</translation>
    </message>
    <message>
        <source>The database file {path} is damaged: some of its pages cannot be read. Nothing more is written to it. Restore the database from a backup and keep the damaged file for analysis.</source>
        <translation>The database file {path} is damaged: some of its pages cannot be read. Nothing more is written to it. Restore the database from a backup and keep the damaged file for analysis.</translation>
    </message>
    <message>
        <source>{path} is empty (0 bytes): it holds no practice, and Cordée does not turn it into a new one. If it should hold your records, restore the database from a backup; to start a new practice, choose another file name.</source>
        <translation>{path} is empty (0 bytes): it holds no practice, and Cordée does not turn it into a new one. If it should hold your records, restore the database from a backup; to start a new practice, choose another file name.</translation>
    </message>
    <message>
        <source>The database file {path} does not belong to the key file beside it ({key_file}): they come from two different practices. Nothing was changed. Put this database&apos;s own key file beside it (from the backup it came with), or open the other practice&apos;s database.</source>
        <translation>The database file {path} does not belong to the key file beside it ({key_file}): they come from two different practices. Nothing was changed. Put this database&apos;s own key file beside it (from the backup it came with), or open the other practice&apos;s database.</translation>
    </message>
    <message>
        <source>The passphrase does not open the key file {key_file}, and that key file was made for another database file than {path}: it may belong to another practice. Put this database&apos;s own key file beside it (from its backup), or check the passphrase. Nothing was changed.</source>
        <translation>The passphrase does not open the key file {key_file}, and that key file was made for another database file than {path}: it may belong to another practice. Put this database&apos;s own key file beside it (from its backup), or check the passphrase. Nothing was changed.</translation>
    </message>
    <message>
        <source>The log file of {path} (its -wal file) is missing, yet it held the newest saved changes ({frames} pages). Nothing was opened or changed: put the -wal file back beside the database if you have it, else restore the database from a backup. Keep the files for analysis.</source>
        <translation>The log file of {path} (its -wal file) is missing, yet it held the newest saved changes ({frames} pages). Nothing was opened or changed: put the -wal file back beside the database if you have it, else restore the database from a backup. Keep the files for analysis.</translation>
    </message>
    <message>
        <source>The log file of {path} (its -wal file), which holds the newest changes, is damaged: opening the database now would lose changes that were saved. Nothing was opened or changed. Restore the database from a backup and keep the database with its -wal and -shm files for analysis.</source>
        <translation>The log file of {path} (its -wal file), which holds the newest changes, is damaged: opening the database now would lose changes that were saved. Nothing was opened or changed. Restore the database from a backup and keep the database with its -wal and -shm files for analysis.</translation>
    </message>
    <message>
        <source>{path} is not encrypted. Cordée refuses to use an unencrypted database.</source>
        <translation>{path} is not encrypted. Cordée refuses to use an unencrypted database.</translation>
    </message>
    <message>
        <source>The SQLite library in use is not SQLCipher: this installation of Cordée cannot open encrypted files. Reinstall Cordée.</source>
        <translation>The SQLite library in use is not SQLCipher: this installation of Cordée cannot open encrypted files. Reinstall Cordée.</translation>
    </message>
    <message>
        <source>{path} is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</source>
        <translation>{path} is on a network share; the encrypted file must stay on this computer&apos;s disk. For several workstations use a PostgreSQL server.</translation>
    </message>
    <message>
        <source>This database has schema {revision}, newer than this version of Cordée knows. Install the newer version of Cordée to open it; the database was not changed.</source>
        <translation>This database has schema {revision}, newer than this version of Cordée knows. Install the newer version of Cordée to open it; the database was not changed.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file: give the path of the file itself (for example …/practice.db).</source>
        <translation>{path} is a folder, not a file: give the path of the file itself (for example …/practice.db).</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (a device, a pipe or a socket): give the path of the file itself.</source>
        <translation>{path} is not an ordinary file (a device, a pipe or a socket): give the path of the file itself.</translation>
    </message>
    <message>
        <source>This user account may not read {path}: work with the account that owns the practice files, or ask the administrator to give it access to the file and its folder.</source>
        <translation>This user account may not read {path}: work with the account that owns the practice files, or ask the administrator to give it access to the file and its folder.</translation>
    </message>
    <message>
        <source>This user account may not write to {path} (read-only for it): ask the administrator for write access, or use a folder of your own. Nothing was changed.</source>
        <translation>This user account may not write to {path} (read-only for it): ask the administrator for write access, or use a folder of your own. Nothing was changed.</translation>
    </message>
    <message>
        <source>{path} is on a read-only disk (or a write-protected medium): Cordée cannot save there. Copy the files to a writable disk and use the copy. Nothing was changed.</source>
        <translation>{path} is on a read-only disk (or a write-protected medium): Cordée cannot save there. Copy the files to a writable disk and use the copy. Nothing was changed.</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full: what was being written was not saved (what was saved before is intact). Free space on that disk or choose another place, then try again.</source>
        <translation>The disk that holds {path} is full: what was being written was not saved (what was saved before is intact). Free space on that disk or choose another place, then try again.</translation>
    </message>
    <message>
        <source>The disk could not read or write {path} (input/output error): it may be failing or have been removed. Nothing more was written. Check the disk; if the error comes back, restore the database from a backup onto a sound disk.</source>
        <translation>The disk could not read or write {path} (input/output error): it may be failing or have been removed. Nothing more was written. Check the disk; if the error comes back, restore the database from a backup onto a sound disk.</translation>
    </message>
    <message>
        <source>{path} is in use by another program and did not become free in time: close it there, then try again.</source>
        <translation>{path} is in use by another program and did not become free in time: close it there, then try again.</translation>
    </message>
    <message>
        <source>{path} is not a usable path (too long, a loop of links or a forbidden character).</source>
        <translation>{path} is not a usable path (too long, a loop of links or a forbidden character).</translation>
    </message>
    <message>
        <source>Cannot use {path}: {error}.</source>
        <translation>Cannot use {path}: {error}.</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</source>
        <translation>The key file {path} that belongs to this database is missing. Without it the database cannot be opened: restore the key file from the backup.</translation>
    </message>
    <message>
        <source>The key file {path} that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</source>
        <translation>The key file {path} that belongs to this database is damaged. Restore the key file from the backup; the database itself was not changed.</translation>
    </message>
    <message>
        <source>The key file {path} asks for key-derivation settings outside the allowed range ({param} = {value}; allowed {min} to {max}): it was not written by Cordée or it is damaged. Restore the key file from the backup.</source>
        <translation>The key file {path} asks for key-derivation settings outside the allowed range ({param} = {value}; allowed {min} to {max}): it was not written by Cordée or it is damaged. Restore the key file from the backup.</translation>
    </message>
    <message>
        <source>The key file {path} was written by a newer version of Cordée. Install that version.</source>
        <translation>The key file {path} was written by a newer version of Cordée. Install that version.</translation>
    </message>
    <message>
        <source>{path} already exists; it is never replaced.</source>
        <translation>{path} already exists; it is never replaced.</translation>
    </message>
    <message>
        <source>The key does not belong to this database; nothing was changed.</source>
        <translation>The key does not belong to this database; nothing was changed.</translation>
    </message>
    <message>
        <source>no allowed keyring backend on this computer</source>
        <translation>no allowed keyring backend on this computer</translation>
    </message>
    <message>
        <source>the keyring did not answer in time</source>
        <translation>the keyring did not answer in time</translation>
    </message>
    <message>
        <source>keyring error: {error}</source>
        <translation>keyring error: {error}</translation>
    </message>
    <message>
        <source>the recorded keyring backend is not allowed</source>
        <translation>the recorded keyring backend is not allowed</translation>
    </message>
    <message>
        <source>the keyring that holds the key is not available (keystore changed)</source>
        <translation>the keyring that holds the key is not available (keystore changed)</translation>
    </message>
    <message>
        <source>the keyring holds no key for this database</source>
        <translation>the keyring holds no key for this database</translation>
    </message>
    <message>
        <source>the key in the keyring does not match this database</source>
        <translation>the key in the keyring does not match this database</translation>
    </message>
    <message>
        <source>the keyring holds a value for this database that is not a key</source>
        <translation>the keyring holds a value for this database that is not a key</translation>
    </message>
    <message>
        <source>must start with postgresql:// or postgresql+psycopg://</source>
        <translation>must start with postgresql:// or postgresql+psycopg://</translation>
    </message>
    <message>
        <source>the server {host} is not on this computer: add ?sslmode=verify-full (TLS is required)</source>
        <translation>the server {host} is not on this computer: add ?sslmode=verify-full (TLS is required)</translation>
    </message>
    <message>
        <source>must not contain a password: put it in a .pgpass file</source>
        <translation>must not contain a password: put it in a .pgpass file</translation>
    </message>
    <message>
        <source>The address of the PostgreSQL server must start with postgresql:// or postgresql+psycopg://.</source>
        <translation>The address of the PostgreSQL server must start with postgresql:// or postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>The PostgreSQL server {host} is not on this computer: add ?sslmode=verify-full to its address (TLS is required outside this computer).</source>
        <translation>The PostgreSQL server {host} is not on this computer: add ?sslmode=verify-full to its address (TLS is required outside this computer).</translation>
    </message>
    <message>
        <source>Cannot use the PostgreSQL server: {error}</source>
        <translation>Cannot use the PostgreSQL server: {error}</translation>
    </message>
    <message>
        <source>Cannot write a backup in {folder}: {error}</source>
        <translation>Cannot write a backup in {folder}: {error}</translation>
    </message>
    <message>
        <source>The backup could not be written ({error}); the database itself is untouched.</source>
        <translation>The backup could not be written ({error}); the database itself is untouched.</translation>
    </message>
    <message>
        <source>The backup could not be verified ({backup_check}); the database itself is untouched.</source>
        <translation>The backup could not be verified ({backup_check}); the database itself is untouched.</translation>
    </message>
    <message>
        <source>The backup {backup} lacks {file}; use another backup.</source>
        <translation>The backup {backup} lacks {file}; use another backup.</translation>
    </message>
    <message>
        <source>{file} in the backup {backup} has changed since it was written; use another backup.</source>
        <translation>{file} in the backup {backup} has changed since it was written; use another backup.</translation>
    </message>
    <message>
        <source>The manifest of the backup {backup} is damaged; use another backup.</source>
        <translation>The manifest of the backup {backup} is damaged; use another backup.</translation>
    </message>
    <message>
        <source>{folder} is not a Cordée backup (no manifest.json).</source>
        <translation>{folder} is not a Cordée backup (no manifest.json).</translation>
    </message>
    <message>
        <source>{path} already exists; Cordée never replaces a database (restore to a new name).</source>
        <translation>{path} already exists; Cordée never replaces a database (restore to a new name).</translation>
    </message>
    <message>
        <source>The restored database does not hold what the backup recorded: do not use it; restore another backup.</source>
        <translation>The restored database does not hold what the backup recorded: do not use it; restore another backup.</translation>
    </message>
    <message>
        <source>{path} is not a Cordée practice file: it must be a small JSON file that names the practice&apos;s &quot;database&quot; or &quot;server&quot;.</source>
        <translation>{path} is not a Cordée practice file: it must be a small JSON file that names the practice&apos;s &quot;database&quot; or &quot;server&quot;.</translation>
    </message>
    <message>
        <source>Another workstation changed the same records at the same moment; nothing was saved. Reload and try again.</source>
        <translation>Another workstation changed the same records at the same moment; nothing was saved. Reload and try again.</translation>
    </message>
    <message>
        <source>must be file:/path, syslog, syslog:/socket, syslog:host:port or syslog+tcp:host:port</source>
        <translation>must be file:/path, syslog, syslog:/socket, syslog:host:port or syslog+tcp:host:port</translation>
    </message>
    <message>
        <source>the file must be given with its full path (file:/var/log/cordee/anchors.log)</source>
        <translation>the file must be given with its full path (file:/var/log/cordee/anchors.log)</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file</source>
        <translation>{path} is a folder, not a file</translation>
    </message>
    <message>
        <source>cannot write to {sink} ({error}); the setting is unchanged</source>
        <translation>cannot write to {sink} ({error}); the setting is unchanged</translation>
    </message>
    <message>
        <source>the copy cannot be read</source>
        <translation>the copy cannot be read</translation>
    </message>
    <message>
        <source>encrypted pages</source>
        <translation>encrypted pages</translation>
    </message>
    <message>
        <source>integrity check</source>
        <translation>integrity check</translation>
    </message>
    <message>
        <source>foreign keys</source>
        <translation>foreign keys</translation>
    </message>
    <message>
        <source>the row counts differ</source>
        <translation>the row counts differ</translation>
    </message>
    <message>
        <source>audit trail</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <source>Your account has been deactivated: ask an administrator.</source>
        <translation>Your account has been deactivated: ask an administrator.</translation>
    </message>
    <message>
        <source>This patient&apos;s chart is open to their care team only (médecin traitant, care circle, a task or an alert on the patient).</source>
        <translation>This patient&apos;s chart is open to their care team only (médecin traitant, care circle, a task or an alert on the patient).</translation>
    </message>
    <message>
        <source>Only the patient&apos;s médecin traitant can do this.</source>
        <translation>Only the patient&apos;s médecin traitant can do this.</translation>
    </message>
    <message>
        <source>Only the doctor the alert was sent to can answer it.</source>
        <translation>Only the doctor the alert was sent to can answer it.</translation>
    </message>
    <message>
        <source>Only the person the task is assigned to, its pool, its creator or a supervisor can change it.</source>
        <translation>Only the person the task is assigned to, its pool, its creator or a supervisor can change it.</translation>
    </message>
    <message>
        <source>This task is not waiting in one of your pools.</source>
        <translation>This task is not waiting in one of your pools.</translation>
    </message>
    <message>
        <source>Only the person or role responsible for this action, or the care team, can record its progress.</source>
        <translation>Only the person or role responsible for this action, or the care team, can record its progress.</translation>
    </message>
    <message>
        <source>Each user changes only their own preferences.</source>
        <translation>Each user changes only their own preferences.</translation>
    </message>
    <message>
        <source>Your emergency access to this chart is read-only: it allows no change.</source>
        <translation>Your emergency access to this chart is read-only: it allows no change.</translation>
    </message>
    <message>
        <source>Only the author of a message can retract it.</source>
        <translation>Only the author of a message can retract it.</translation>
    </message>
    <message>
        <source>This document is restricted to the people it names.</source>
        <translation>This document is restricted to the people it names.</translation>
    </message>
    <message>
        <source>must name active members of the practice (not: {ids})</source>
        <translation>must name active members of the practice (not: {ids})</translation>
    </message>
    <message>
        <source>the FHIR file is larger than {max} bytes: nothing was imported</source>
        <translation>the FHIR file is larger than {max} bytes: nothing was imported</translation>
    </message>
    <message>
        <source>the file is not JSON (line {line}, column {column}): nothing was imported</source>
        <translation>the file is not JSON (line {line}, column {column}): nothing was imported</translation>
    </message>
    <message>
        <source>the FHIR file is nested more than {max} levels deep: nothing was imported</source>
        <translation>the FHIR file is nested more than {max} levels deep: nothing was imported</translation>
    </message>
    <message>
        <source>{path} holds more than {max} elements: nothing was imported</source>
        <translation>{path} holds more than {max} elements: nothing was imported</translation>
    </message>
    <message>
        <source>the file is not a FHIR Bundle (resourceType {found}): nothing was imported</source>
        <translation>the file is not a FHIR Bundle (resourceType {found}): nothing was imported</translation>
    </message>
    <message>
        <source>{path} is not valid FHIR R4 ({problem}): nothing was imported</source>
        <translation>{path} is not valid FHIR R4 ({problem}): nothing was imported</translation>
    </message>
    <message>
        <source>{path} is missing: nothing was imported</source>
        <translation>{path} is missing: nothing was imported</translation>
    </message>
    <message>
        <source>{path} is out of the plausible range: nothing was imported</source>
        <translation>{path} is out of the plausible range: nothing was imported</translation>
    </message>
    <message>
        <source>{path} is longer than {max} characters: nothing was imported</source>
        <translation>{path} is longer than {max} characters: nothing was imported</translation>
    </message>
    <message>
        <source>{path} is not a valid code of {system}: nothing was imported</source>
        <translation>{path} is not a valid code of {system}: nothing was imported</translation>
    </message>
    <message>
        <source>the bundle holds {count} patients instead of one: nothing was imported</source>
        <translation>the bundle holds {count} patients instead of one: nothing was imported</translation>
    </message>
    <message>
        <source>a package for MSSanté names the patient by a qualified INS: qualify the identity first</source>
        <translation>a package for MSSanté names the patient by a qualified INS: qualify the identity first</translation>
    </message>
    <message>
        <source>the package is written as .zip or .eml</source>
        <translation>the package is written as .zip or .eml</translation>
    </message>
    <message>
        <source>the package is larger than {max} bytes: nothing was imported</source>
        <translation>the package is larger than {max} bytes: nothing was imported</translation>
    </message>
    <message>
        <source>the file is not a zip archive: nothing was imported</source>
        <translation>the file is not a zip archive: nothing was imported</translation>
    </message>
    <message>
        <source>the package holds more than {max} entries: nothing was imported</source>
        <translation>the package holds more than {max} entries: nothing was imported</translation>
    </message>
    <message>
        <source>the package entry {entry} has a forbidden name: nothing was imported</source>
        <translation>the package entry {entry} has a forbidden name: nothing was imported</translation>
    </message>
    <message>
        <source>the package entry {entry} is damaged or encrypted: nothing was imported</source>
        <translation>the package entry {entry} is damaged or encrypted: nothing was imported</translation>
    </message>
    <message>
        <source>the package entry {entry} is too large once unpacked: nothing was imported</source>
        <translation>the package entry {entry} is too large once unpacked: nothing was imported</translation>
    </message>
    <message>
        <source>the package has no IHE_XDM/…/METADATA.XML (found {found}): nothing was imported</source>
        <translation>the package has no IHE_XDM/…/METADATA.XML (found {found}): nothing was imported</translation>
    </message>
    <message>
        <source>the package entry {entry} is not readable XML: nothing was imported</source>
        <translation>the package entry {entry} is not readable XML: nothing was imported</translation>
    </message>
    <message>
        <source>{entry} describes no document: nothing was imported</source>
        <translation>{entry} describes no document: nothing was imported</translation>
    </message>
    <message>
        <source>{entry} names several patients: nothing was imported</source>
        <translation>{entry} names several patients: nothing was imported</translation>
    </message>
    <message>
        <source>the document {entry} named by the metadata is not in the package: nothing was imported</source>
        <translation>the document {entry} named by the metadata is not in the package: nothing was imported</translation>
    </message>
    <message>
        <source>the document {entry} does not match the size and hash of the metadata: nothing was imported</source>
        <translation>the document {entry} does not match the size and hash of the metadata: nothing was imported</translation>
    </message>
    <message>
        <source>the document {entry} is not a readable CDA document: nothing was imported</source>
        <translation>the document {entry} is not a readable CDA document: nothing was imported</translation>
    </message>
    <message>
        <source>the document {entry} is of a type Cordée does not import ({mime}): nothing was imported</source>
        <translation>the document {entry} is of a type Cordée does not import ({mime}): nothing was imported</translation>
    </message>
    <message>
        <source>no patient of the practice matches the package (INS, or name and birth date): nothing was imported</source>
        <translation>no patient of the practice matches the package (INS, or name and birth date): nothing was imported</translation>
    </message>
    <message>
        <source>the patient with this INS has other identity traits than the package: nothing was imported</source>
        <translation>the patient with this INS has other identity traits than the package: nothing was imported</translation>
    </message>
    <message>
        <source>the file is empty: nothing was imported</source>
        <translation>the file is empty: nothing was imported</translation>
    </message>
    <message>
        <source>the file is not a Cordée package (not a zip archive): nothing was imported</source>
        <translation>the file is not a Cordée package (not a zip archive): nothing was imported</translation>
    </message>
    <message>
        <source>the zip archive holds no Cordée message: nothing was imported</source>
        <translation>the zip archive holds no Cordée message: nothing was imported</translation>
    </message>
    <message>
        <source>the package is damaged and cannot be read: nothing was imported</source>
        <translation>the package is damaged and cannot be read: nothing was imported</translation>
    </message>
    <message>
        <source>the package is addressed to another installation: nothing was imported</source>
        <translation>the package is addressed to another installation: nothing was imported</translation>
    </message>
    <message>
        <source>the package was altered after it was signed (the signature does not match): nothing was imported</source>
        <translation>the package was altered after it was signed (the signature does not match): nothing was imported</translation>
    </message>
    <message>
        <source>the package comes from an installation that is not one of your partners: import its card first; nothing was imported</source>
        <translation>the package comes from an installation that is not one of your partners: import its card first; nothing was imported</translation>
    </message>
    <message>
        <source>the package comes from {partner}, a revoked partner: nothing was imported</source>
        <translation>the package comes from {partner}, a revoked partner: nothing was imported</translation>
    </message>
    <message>
        <source>the package expired on {day}: ask the sender for a new one; nothing was imported</source>
        <translation>the package expired on {day}: ask the sender for a new one; nothing was imported</translation>
    </message>
    <message>
        <source>this package was already imported on {day}: nothing was imported again</source>
        <translation>this package was already imported on {day}: nothing was imported again</translation>
    </message>
    <message>
        <source>the package&apos;s content is not valid ({item}): nothing was imported</source>
        <translation>the package&apos;s content is not valid ({item}): nothing was imported</translation>
    </message>
    <message>
        <source>the answer is for an alert this practice did not send to that partner: nothing was imported</source>
        <translation>the answer is for an alert this practice did not send to that partner: nothing was imported</translation>
    </message>
    <message>
        <source>the alert this answer is for is already closed: nothing was imported</source>
        <translation>the alert this answer is for is already closed: nothing was imported</translation>
    </message>
    <message>
        <source>this alert was already received from that partner: nothing was imported</source>
        <translation>this alert was already received from that partner: nothing was imported</translation>
    </message>
    <message>
        <source>no physician to address the alert to: import it as a physician, or name the patient&apos;s GP; nothing was imported</source>
        <translation>no physician to address the alert to: import it as a physician, or name the patient&apos;s GP; nothing was imported</translation>
    </message>
    <message>
        <source>the practice&apos;s exchange keys cannot be opened with this database&apos;s key</source>
        <translation>the practice&apos;s exchange keys cannot be opened with this database&apos;s key</translation>
    </message>
    <message>
        <source>the file is not a valid Cordée exchange card</source>
        <translation>the file is not a valid Cordée exchange card</translation>
    </message>
    <message>
        <source>the card&apos;s fingerprint does not match its keys: the card was altered</source>
        <translation>the card&apos;s fingerprint does not match its keys: the card was altered</translation>
    </message>
    <message>
        <source>the fingerprint compared differs from the card&apos;s: the partner was not added</source>
        <translation>the fingerprint compared differs from the card&apos;s: the partner was not added</translation>
    </message>
    <message>
        <source>this is your own practice&apos;s card</source>
        <translation>this is your own practice&apos;s card</translation>
    </message>
    <message>
        <source>this partner is already on the list</source>
        <translation>this partner is already on the list</translation>
    </message>
    <message>
        <source>this partner is already revoked</source>
        <translation>this partner is already revoked</translation>
    </message>
    <message>
        <source>{partner} is a revoked partner: nothing can be sent to it</source>
        <translation>{partner} is a revoked partner: nothing can be sent to it</translation>
    </message>
    <message>
        <source>the alert is about another patient</source>
        <translation>the alert is about another patient</translation>
    </message>
    <message>
        <source>this alert was received from a partner: send its answer instead</source>
        <translation>this alert was received from a partner: send its answer instead</translation>
    </message>
    <message>
        <source>this alert was not received from a partner: there is no one to send its answer to</source>
        <translation>this alert was not received from a partner: there is no one to send its answer to</translation>
    </message>
    <message>
        <source>the alert is not answered yet</source>
        <translation>the alert is not answered yet</translation>
    </message>
    <message>
        <source>the package holds directory entries: import it from the directory of local resources (Import a partner&apos;s package); nothing was imported</source>
        <translation>the package holds directory entries: import it from the directory of local resources (Import a partner&apos;s package); nothing was imported</translation>
    </message>
    <message>
        <source>the package holds an alert or an answer, not directory entries: import it from the exchange partners; nothing was imported</source>
        <translation>the package holds an alert or an answer, not directory entries: import it from the exchange partners; nothing was imported</translation>
    </message>
    <message>
        <source>choose at least one resource to send</source>
        <translation>choose at least one resource to send</translation>
    </message>
    <message>
        <source>{count} resources are too many for one package: send them in several</source>
        <translation>{count} resources are too many for one package: send them in several</translation>
    </message>
    <message>
        <source>{item} is not a conflict of this package whose partner&apos;s version can be taken: nothing was imported</source>
        <translation>{item} is not a conflict of this package whose partner&apos;s version can be taken: nothing was imported</translation>
    </message>
    <message>
        <source>needs an amount (a posology without amounts cannot be reduced step by step)</source>
        <translation>needs an amount (a posology without amounts cannot be reduced step by step)</translation>
    </message>
    <message>
        <source>a plan needs at least one step</source>
        <translation>a plan needs at least one step</translation>
    </message>
    <message>
        <source>a plan has at most {max} steps</source>
        <translation>a plan has at most {max} steps</translation>
    </message>
    <message>
        <source>must be after the date of the step before</source>
        <translation>must be after the date of the step before</translation>
    </message>
    <message>
        <source>only the last step may stop the medication</source>
        <translation>only the last step may stop the medication</translation>
    </message>
    <message>
        <source>choose a person or a pool, not both</source>
        <translation>choose a person or a pool, not both</translation>
    </message>
    <message>
        <source>must be an active nurse, pharmacist or medical assistant of the practice</source>
        <translation>must be an active nurse, pharmacist or medical assistant of the practice</translation>
    </message>
    <message>
        <source>must be a current medication of this patient</source>
        <translation>must be a current medication of this patient</translation>
    </message>
    <message>
        <source>the medication was stopped meanwhile: the plan can no longer change it</source>
        <translation>the medication was stopped meanwhile: the plan can no longer change it</translation>
    </message>
    <message>
        <source>already has a deprescribing plan in progress</source>
        <translation>already has a deprescribing plan in progress</translation>
    </message>
    <message>
        <source>the agreement is recorded only on a plan that awaits it</source>
        <translation>the agreement is recorded only on a plan that awaits it</translation>
    </message>
    <message>
        <source>the plan is not active (agreement missing, completed or cancelled)</source>
        <translation>the plan is not active (agreement missing, completed or cancelled)</translation>
    </message>
    <message>
        <source>the plan is already completed or cancelled</source>
        <translation>the plan is already completed or cancelled</translation>
    </message>
    <message>
        <source>this step was already confirmed or skipped</source>
        <translation>this step was already confirmed or skipped</translation>
    </message>
    <message>
        <source>an earlier step must be confirmed or skipped first</source>
        <translation>an earlier step must be confirmed or skipped first</translation>
    </message>
    <message>
        <source>this step is planned for {due}: it can be confirmed from that day</source>
        <translation>this step is planned for {due}: it can be confirmed from that day</translation>
    </message>
    <message>
        <source>«{value}» is not an act of the follow-up schedules</source>
        <translation>«{value}» is not an act of the follow-up schedules</translation>
    </message>
    <message>
        <source>must be «by hand» or «hospital letter» (not «{value}»)</source>
        <translation>must be «by hand» or «hospital letter» (not «{value}»)</translation>
    </message>
    <message>
        <source>must not be before 1900</source>
        <translation>must not be before 1900</translation>
    </message>
    <message>
        <source>«{value}» is not a condition or prevention schedule</source>
        <translation>«{value}» is not a condition or prevention schedule</translation>
    </message>
    <message>
        <source>the schedule file {file} is not readable ({reason})</source>
        <translation>the schedule file {file} is not readable ({reason})</translation>
    </message>
    <message>
        <source>the schedule file {file} has a bad entry at {key}</source>
        <translation>the schedule file {file} has a bad entry at {key}</translation>
    </message>
    <message>
        <source>This patient already has an intake.</source>
        <translation>This patient already has an intake.</translation>
    </message>
    <message>
        <source>This intake is closed (done or withdrawn): it can no longer be changed.</source>
        <translation>This intake is closed (done or withdrawn): it can no longer be changed.</translation>
    </message>
    <message>
        <source>This patient is no longer on the waiting list.</source>
        <translation>This patient is no longer on the waiting list.</translation>
    </message>
    <message>
        <source>must be today or later</source>
        <translation>must be today or later</translation>
    </message>
    <message>
        <source>does not apply to this patient</source>
        <translation>does not apply to this patient</translation>
    </message>
    <message>
        <source>needs the step before it done first</source>
        <translation>needs the step before it done first</translation>
    </message>
    <message>
        <source>can be checked once the INS is qualified (see the patient&apos;s identity)</source>
        <translation>can be checked once the INS is qualified (see the patient&apos;s identity)</translation>
    </message>
    <message>
        <source>cannot be «not qualifiable»: the INS is qualified, confirm the identity instead</source>
        <translation>cannot be «not qualifiable»: the INS is qualified, confirm the identity instead</translation>
    </message>
    <message>
        <source>needs at least one entry in the chart first</source>
        <translation>needs at least one entry in the chart first</translation>
    </message>
    <message>
        <source>«{value}» is not a step of the checklist</source>
        <translation>«{value}» is not a step of the checklist</translation>
    </message>
    <message>
        <source>«{value}» is not a known instrument</source>
        <translation>«{value}» is not a known instrument</translation>
    </message>
    <message>
        <source>question «{item}» is not part of this instrument</source>
        <translation>question «{item}» is not part of this instrument</translation>
    </message>
    <message>
        <source>question {number} has no answer</source>
        <translation>question {number} has no answer</translation>
    </message>
    <message>
        <source>«{value}» is not an answer of question {number}</source>
        <translation>«{value}» is not an answer of question {number}</translation>
    </message>
    <message>
        <source>your role records this instrument only under a protocol that covers it ({protocols})</source>
        <translation>your role records this instrument only under a protocol that covers it ({protocols})</translation>
    </message>
    <message>
        <source>protocol «{value}» does not cover this instrument (covered by: {protocols})</source>
        <translation>protocol «{value}» does not cover this instrument (covered by: {protocols})</translation>
    </message>
    <message>
        <source>only a member of the team can work under a protocol</source>
        <translation>only a member of the team can work under a protocol</translation>
    </message>
    <message>
        <source>«{value}» is not proposed by this result</source>
        <translation>«{value}» is not proposed by this result</translation>
    </message>
    <message>
        <source>the patient has no care plan in force to add this need to</source>
        <translation>the patient has no care plan in force to add this need to</translation>
    </message>
    <message>
        <source>the instrument file {file} is not readable ({reason})</source>
        <translation>the instrument file {file} is not readable ({reason})</translation>
    </message>
    <message>
        <source>the instrument file {file} has a bad entry at {key}</source>
        <translation>the instrument file {file} has a bad entry at {key}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Practice</source>
        <translation>Practice</translation>
    </message>
    <message>
        <source>Practice name</source>
        <translation>Practice name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>FINESS number</source>
        <translation>FINESS number</translation>
    </message>
    <message>
        <source>GLN</source>
        <translation>GLN</translation>
    </message>
    <message>
        <source>Lock after inactivity (minutes)</source>
        <translation>Lock after inactivity (minutes)</translation>
    </message>
    <message>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL server</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Patient charts</source>
        <translation>Patient charts</translation>
    </message>
    <message>
        <source>Lists for older people</source>
        <translation>Lists for older people</translation>
    </message>
    <message>
        <source>Audit anchor copy (file or syslog)</source>
        <translation>Audit anchor copy (file or syslog)</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>Recovery sheet (--recovery-sheet)</source>
        <translation>Recovery sheet (--recovery-sheet)</translation>
    </message>
    <message>
        <source>ANSM thesaurus file (--ansm)</source>
        <translation>ANSM thesaurus file (--ansm)</translation>
    </message>
    <message>
        <source>Thesaurus edition (--edition)</source>
        <translation>Thesaurus edition (--edition)</translation>
    </message>
    <message>
        <source>Alert (--alert)</source>
        <translation>Alert (--alert)</translation>
    </message>
    <message>
        <source>FHIR bundle file</source>
        <translation>FHIR bundle file</translation>
    </message>
    <message>
        <source>Document to send</source>
        <translation>Document to send</translation>
    </message>
    <message>
        <source>Partner&apos;s exchange card</source>
        <translation>Partner&apos;s exchange card</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Watched folder for incoming packages</source>
        <translation>Watched folder for incoming packages</translation>
    </message>
    <message>
        <source>How the package travels</source>
        <translation>How the package travels</translation>
    </message>
    <message>
        <source>Resources to send</source>
        <translation>Resources to send</translation>
    </message>
    <message>
        <source>Conflicts whose partner&apos;s version is taken</source>
        <translation>Conflicts whose partner&apos;s version is taken</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
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
        <translation>RPPS number</translation>
    </message>
    <message>
        <source>ADELI number</source>
        <translation>ADELI number</translation>
    </message>
    <message>
        <source>Account status</source>
        <translation>Account status</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>Practice passphrase</source>
        <translation>Practice passphrase</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Family name</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Given names</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Preferred language</translation>
    </message>
    <message>
        <source>Regular doctor</source>
        <translation>Regular doctor</translation>
    </message>
    <message>
        <source>External doctor</source>
        <translation>External doctor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>INS number</source>
        <translation>INS number</translation>
    </message>
    <message>
        <source>INS identity status</source>
        <translation>INS identity status</translation>
    </message>
    <message>
        <source>INS authority (OID)</source>
        <translation>INS authority (OID)</translation>
    </message>
    <message>
        <source>Birth first names</source>
        <translation>Birth first names</translation>
    </message>
    <message>
        <source>Place of birth (INSEE code)</source>
        <translation>Place of birth (INSEE code)</translation>
    </message>
    <message>
        <source>Doubtful identity</source>
        <translation>Doubtful identity</translation>
    </message>
    <message>
        <source>Fictitious identity</source>
        <translation>Fictitious identity</translation>
    </message>
    <message>
        <source>Homonym</source>
        <translation>Homonym</translation>
    </message>
    <message>
        <source>Informed of sharing on</source>
        <translation>Informed of sharing on</translation>
    </message>
    <message>
        <source>Informed by</source>
        <translation>Informed by</translation>
    </message>
    <message>
        <source>Objection to sharing</source>
        <translation>Objection to sharing</translation>
    </message>
    <message>
        <source>What the patient objects to</source>
        <translation>What the patient objects to</translation>
    </message>
    <message>
        <source>AVS number</source>
        <translation>AVS number</translation>
    </message>
    <message>
        <source>Insurance card number</source>
        <translation>Insurance card number</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>ATC code</source>
        <translation>ATC code</translation>
    </message>
    <message>
        <source>Catalogue reference</source>
        <translation>Catalogue reference</translation>
    </message>
    <message>
        <source>Substance(s)</source>
        <translation>Substance(s)</translation>
    </message>
    <message>
        <source>Product name</source>
        <translation>Product name</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>Morning dose</source>
        <translation>Morning dose</translation>
    </message>
    <message>
        <source>Noon dose</source>
        <translation>Noon dose</translation>
    </message>
    <message>
        <source>Evening dose</source>
        <translation>Evening dose</translation>
    </message>
    <message>
        <source>Night dose</source>
        <translation>Night dose</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Route (text)</source>
        <translation>Route (text)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Only if needed</source>
        <translation>Only if needed</translation>
    </message>
    <message>
        <source>Repeat every</source>
        <translation>Repeat every</translation>
    </message>
    <message>
        <source>Days of taking</source>
        <translation>Days of taking</translation>
    </message>
    <message>
        <source>Amount per taking</source>
        <translation>Amount per taking</translation>
    </message>
    <message>
        <source>At most a day</source>
        <translation>At most a day</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication</translation>
    </message>
    <message>
        <source>Daily dose (mg)</source>
        <translation>Daily dose (mg)</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Renewal allowed until</source>
        <translation>Renewal allowed until</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Prescriber</translation>
    </message>
    <message>
        <source>Other prescriber</source>
        <translation>Other prescriber</translation>
    </message>
    <message>
        <source>Reason for stopping</source>
        <translation>Reason for stopping</translation>
    </message>
    <message>
        <source>Stop date</source>
        <translation>Stop date</translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation>Measurement</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Date of measurement</source>
        <translation>Date of measurement</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date of the assessment</translation>
    </message>
    <message>
        <source>Declaration reference</source>
        <translation>Declaration reference</translation>
    </message>
    <message>
        <source>Form of consent</source>
        <translation>Form of consent</translation>
    </message>
    <message>
        <source>Consent given by</source>
        <translation>Consent given by</translation>
    </message>
    <message>
        <source>Reason for leaving</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>Reason for retracting</source>
        <translation>Reason for retracting</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Task type</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Due time</source>
        <translation>Due time</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Act performed</source>
        <translation>Act performed</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Progress note</translation>
    </message>
    <message>
        <source>Activation date</source>
        <translation>Activation date</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Training date</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Age from</source>
        <translation>Age from</translation>
    </message>
    <message>
        <source>Age to</source>
        <translation>Age to</translation>
    </message>
    <message>
        <source>Conditions (ICD-10 codes)</source>
        <translation>Conditions (ICD-10 codes)</translation>
    </message>
    <message>
        <source>Task not done</source>
        <translation>Task not done</translation>
    </message>
    <message>
        <source>Not done for (months)</source>
        <translation>Not done for (months)</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Prescription</translation>
    </message>
    <message>
        <source>Line of the alert</source>
        <translation>Line of the alert</translation>
    </message>
    <message>
        <source>Renewed until</source>
        <translation>Renewed until</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>New dose</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>Reason for the status</translation>
    </message>
    <message>
        <source>Escalation delay (days)</source>
        <translation>Escalation delay (days)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Review finding</source>
        <translation>Review finding</translation>
    </message>
    <message>
        <source>Problem category</source>
        <translation>Problem category</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Package file (IHE_XDM.ZIP or Cordée package)</source>
        <translation>Package file (IHE_XDM.ZIP or Cordée package)</translation>
    </message>
    <message>
        <source>Intervention details</source>
        <translation>Intervention details</translation>
    </message>
    <message>
        <source>Medications concerned</source>
        <translation>Medications concerned</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Proposed changes</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Changes made</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>Reply expected by</source>
        <translation>Reply expected by</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Address of the online form</source>
        <translation>Address of the online form</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Inbox folder</translation>
    </message>
    <message>
        <source>Discharge date</source>
        <translation>Discharge date</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Send as</source>
        <translation>Send as</translation>
    </message>
    <message>
        <source>Kind of review</source>
        <translation>Kind of review</translation>
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
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Medication line</source>
        <translation>Medication line</translation>
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
        <translation>Weight (kg)</translation>
    </message>
    <message>
        <source>Creatinine (µmol/l)</source>
        <translation>Creatinine (µmol/l)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Referent</source>
        <translation>Referent</translation>
    </message>
    <message>
        <source>Advance directives</source>
        <translation>Advance directives</translation>
    </message>
    <message>
        <source>Date of the advance directives</source>
        <translation>Date of the advance directives</translation>
    </message>
    <message>
        <source>Where the advance directives are kept</source>
        <translation>Where the advance directives are kept</translation>
    </message>
    <message>
        <source>Trusted person</source>
        <translation>Trusted person</translation>
    </message>
    <message>
        <source>Trusted person&apos;s contact</source>
        <translation>Trusted person&apos;s contact</translation>
    </message>
    <message>
        <source>Trusted person designated on</source>
        <translation>Trusted person designated on</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Review date</translation>
    </message>
    <message>
        <source>Date of the patient&apos;s agreement</source>
        <translation>Date of the patient&apos;s agreement</translation>
    </message>
    <message>
        <source>How the patient agreed</source>
        <translation>How the patient agreed</translation>
    </message>
    <message>
        <source>Validated by</source>
        <translation>Validated by</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Reason for closing</translation>
    </message>
    <message>
        <source>Shared goals</source>
        <translation>Shared goals</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Goal</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>How it is measured</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Problems addressed</source>
        <translation>Problems addressed</translation>
    </message>
    <message>
        <source>Type of action</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Responsible role</source>
        <translation>Responsible role</translation>
    </message>
    <message>
        <source>Other responsible</source>
        <translation>Other responsible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Reported on</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Facility</source>
        <translation>Facility</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>File content</source>
        <translation>File content</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Restricted to (people)</source>
        <translation>Restricted to (people)</translation>
    </message>
    <message>
        <source>Restricted to (roles)</source>
        <translation>Restricted to (roles)</translation>
    </message>
    <message>
        <source>Hospital event</source>
        <translation>Hospital event</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Referral</translation>
    </message>
    <message>
        <source>Destination folder</source>
        <translation>Destination folder</translation>
    </message>
    <message>
        <source>Specialty</source>
        <translation>Specialty</translation>
    </message>
    <message>
        <source>Clinical question</source>
        <translation>Clinical question</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Requested on</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>With the patient</source>
        <translation>With the patient</translation>
    </message>
    <message>
        <source>Remote physician</source>
        <translation>Remote physician</translation>
    </message>
    <message>
        <source>Video link</source>
        <translation>Video link</translation>
    </message>
    <message>
        <source>Specialist&apos;s answer</source>
        <translation>Specialist&apos;s answer</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Outside participants</source>
        <translation>Outside participants</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Patient name</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Self-assessment period</source>
        <translation>Self-assessment period</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <source>Taper scheme</source>
        <translation>Taper scheme</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Records asked from</source>
        <translation>Records asked from</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>First appointment</source>
        <translation>First appointment</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Reason for withdrawing</translation>
    </message>
    <message>
        <source>Why the identity cannot be qualified</source>
        <translation>Why the identity cannot be qualified</translation>
    </message>
    <message>
        <source>Patient record read</source>
        <translation>Patient record read</translation>
    </message>
    <message>
        <source>First step on</source>
        <translation>First step on</translation>
    </message>
    <message>
        <source>Follow-up calls by</source>
        <translation>Follow-up calls by</translation>
    </message>
    <message>
        <source>Days between a step and its call</source>
        <translation>Days between a step and its call</translation>
    </message>
    <message>
        <source>Patient&apos;s agreement on</source>
        <translation>Patient&apos;s agreement on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Emergency access duration (minutes)</source>
        <translation>Emergency access duration (minutes)</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Review note</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Emergency access</translation>
    </message>
    <message>
        <source>Date done</source>
        <translation>Date done</translation>
    </message>
    <message>
        <source>Follow-up or prevention</source>
        <translation>Follow-up or prevention</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Pathway name</source>
        <translation>Pathway name</translation>
    </message>
    <message>
        <source>Pathway</source>
        <translation>Pathway</translation>
    </message>
    <message>
        <source>Step done by</source>
        <translation>Step done by</translation>
    </message>
    <message>
        <source>Step delay (days)</source>
        <translation>Step delay (days)</translation>
    </message>
    <message>
        <source>Directory CSV file</source>
        <translation>Directory CSV file</translation>
    </message>
    <message>
        <source>Directory resource</source>
        <translation>Directory resource</translation>
    </message>
    <message>
        <source>Problem %1</source>
        <translation>Problem %1</translation>
    </message>
    <message>
        <source>Proposed change %1</source>
        <translation>Proposed change %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Taking %1</source>
        <translation>Taking %1</translation>
    </message>
    <message>
        <source>Axis %1</source>
        <translation>Axis %1</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Questionnaire %1</source>
        <translation>Questionnaire %1</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>action</source>
        <translation>action</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>medication</translation>
    </message>
    <message>
        <source>new medication</source>
        <translation>new medication</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>axis</source>
        <translation>axis</translation>
    </message>
    <message>
        <source>level</source>
        <translation>level</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>stop</translation>
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
        <translation>Active care plans (month end)</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translation>Reviews due</translation>
    </message>
    <message>
        <source>Reviews done on time</source>
        <translation>Reviews done on time</translation>
    </message>
    <message>
        <source>Alerts raised</source>
        <translation>Alerts raised</translation>
    </message>
    <message>
        <source>Alerts answered</source>
        <translation>Alerts answered</translation>
    </message>
    <message>
        <source>Median answer time</source>
        <translation>Median answer time</translation>
    </message>
    <message>
        <source>Acceptance rate</source>
        <translation>Acceptance rate</translation>
    </message>
    <message>
        <source>Delegated tasks done</source>
        <translation>Delegated tasks done</translation>
    </message>
    <message>
        <source>Delegated tasks overdue (month end)</source>
        <translation>Delegated tasks overdue (month end)</translation>
    </message>
    <message>
        <source>Concertation meetings</source>
        <translation>Concertation meetings</translation>
    </message>
    <message>
        <source>Patients discussed</source>
        <translation>Patients discussed</translation>
    </message>
    <message>
        <source>Complex patients discussed</source>
        <translation>Complex patients discussed</translation>
    </message>
    <message>
        <source>Frequent ED users (≥ 4 in 12 months)</source>
        <translation>Frequent ED users (≥ 4 in 12 months)</translation>
    </message>
    <message>
        <source>DAUM alerts raised</source>
        <translation>DAUM alerts raised</translation>
    </message>
    <message>
        <source>Referrals overdue (month end)</source>
        <translation>Referrals overdue (month end)</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>within 48 h</source>
        <translation>within 48 h</translation>
    </message>
    <message>
        <source>within 7 days</source>
        <translation>within 7 days</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>scheduled</translation>
    </message>
    <message>
        <source>advice only</source>
        <translation>advice only</translation>
    </message>
    <message>
        <source>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</source>
        <translation>Complex patient: a long-term condition (ALD) and 75 or older, or a care plan in force.</translation>
    </message>
    <message>
        <source>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</source>
        <translation>Frequent ED user: 4 or more emergency visits in the 12 months up to the month end (DAUM rule).</translation>
    </message>
    <message>
        <source>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</source>
        <translation>Acceptance rate: alerts accepted ÷ alerts answered (accepted, modified or refused).</translation>
    </message>
    <message>
        <source>Done — %1</source>
        <translation>Done — %1</translation>
    </message>
    <message>
        <source>Referrals %1</source>
        <translation>Referrals %1</translation>
    </message>
    <message>
        <source>Median delay, %1</source>
        <translation>Median delay, %1</translation>
    </message>
</context>
<context>
    <name>pools</name>
    <message>
        <source>Physicians</source>
        <translation>Physicians</translation>
    </message>
    <message>
        <source>Pharmacists</source>
        <translation>Pharmacists</translation>
    </message>
    <message>
        <source>Advanced practice nurses</source>
        <translation>Advanced practice nurses</translation>
    </message>
    <message>
        <source>Nurses</source>
        <translation>Nurses</translation>
    </message>
    <message>
        <source>Medical assistants</source>
        <translation>Medical assistants</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Coordinators</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Physician</source>
        <translation>Physician</translation>
    </message>
    <message>
        <source>Pharmacist</source>
        <translation>Pharmacist</translation>
    </message>
    <message>
        <source>Advanced practice nurse</source>
        <translation>Advanced practice nurse</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Medical assistant</source>
        <translation>Medical assistant</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Survey kiosk (no records)</source>
        <translation>Survey kiosk (no records)</translation>
    </message>
    <message>
        <source>Cordée (automatic)</source>
        <translation>Cordée (automatic)</translation>
    </message>
</context>
</TS>
