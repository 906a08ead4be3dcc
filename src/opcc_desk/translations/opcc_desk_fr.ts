<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_CA">
<context>
    <name></name>
    <message>
        <source>AuditActions</source>
        <comment>view</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>create</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>change</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>archive</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>restore</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>export</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>import</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>letter</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>print</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>refer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>login</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>login failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>user</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>backup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>restore backup</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>purge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditActions</source>
        <comment>seal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditRecords</source>
        <comment>client</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditRecords</source>
        <comment>therapist</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditRecords</source>
        <comment>referral</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditRecords</source>
        <comment>database</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuditRecords</source>
        <comment>user</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any record (e.g. C-000123)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who accessed this record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF of every access to the client in the record box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot show the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries, newest first (at most {limit})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot check the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The audit log was tampered with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which client?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client&apos;s intake id in the Record box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report was not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change the password of {user}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (10 or more characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <source>Try now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;No connection to the database.&lt;/b&gt; {reason} Nothing you typed is lost: open forms keep their changes and are saved when the connection returns. OPCC Desk tries again every %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWords</name>
    <message>
        <source>Export the waitlist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The waitlist was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waitlist exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) saved to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export the referral list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral list exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) saved to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogParts</name>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} has changes that are not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>OPCC Desk: first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt the database file (recommended for client records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. First, create the administrator account. The administrator adds the other staff accounts later. Keep this password safe: without any account&apos;s password, an encrypted database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (10 or more characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be saved ({error}). Check the folder {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>OPCC Desk: sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client records are private. Sign in to open {where}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>OPCC Desk: unexpected problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside OPCC Desk. Your saved work is safe.
Please copy the report below and send it to your IT helper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPCC Desk cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lan&amp;guage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Therapists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therap&amp;ists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eferrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingStep</name>
    <message>
        <source>Name of the mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping is kept under this name and offered for the next export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not in the desk&apos;s own columns, so it is read through a mapping. Check each line: the client column each question fills, and what each answer means. Lines in red could not be read; correct them before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and the client columns they fill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client column for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers and the desk values they become</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mapping name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Questions&lt;/b&gt;, beside the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Answers&lt;/b&gt;: type the desk&apos;s value (several with &apos;;&apos; between them), or — to leave the answer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recognised: type the desk&apos;s value, or — to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 questions go to client columns; %3 ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer(s) could not be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer has a desk value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operation</name>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Director</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartingWindow</name>
    <message>
        <source>Opening the clinic&apos;s records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the clinic&apos;s database for this version of OPCC Desk.
This happens once and can take a minute on a large clinic. Please do not close the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>OPCC Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window was locked because nobody used it for a while. Your unsaved work is kept. Type the password of {user} to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password (10 or more characters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked until {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove an account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account &apos;{name}&apos;? They can no longer sign in; what they did stays in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
