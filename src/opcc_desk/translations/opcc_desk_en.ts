<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_CA" sourcelanguage="en_CA">
<context>
    <name>AuditDialog</name>
    <message numerus="yes">
        <source>%n entries, newest first (at most {limit})</source>
        <translation>
            <numerusform>%n entry, newest first (at most {limit})</numerusform>
            <numerusform>%n entries, newest first (at most {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries, none changed.</source>
        <translation>
            <numerusform>The audit log is intact: %n entry, not changed.</numerusform>
            <numerusform>The audit log is intact: %n entries, none changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message numerus="yes">
        <source>%n year(s) old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientPage</name>
    <message numerus="yes">
        <source>&amp;Referrals (%n)</source>
        <translation>
            <numerusform>&amp;Referrals (%n)</numerusform>
            <numerusform>&amp;Referrals (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact &amp;log (%n)</source>
        <translation>
            <numerusform>Contact &amp;log (%n)</numerusform>
            <numerusform>Contact &amp;log (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lin&amp;ked records (%n)</source>
        <translation>
            <numerusform>Lin&amp;ked records (%n)</numerusform>
            <numerusform>Lin&amp;ked records (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message numerus="yes">
        <source>%n client(s)</source>
        <translation>
            <numerusform>%n client</numerusform>
            <numerusform>%n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>&lt;b&gt;No connection to the database.&lt;/b&gt; {reason} Nothing you typed is lost: open forms keep their changes and are saved when the connection returns. OPCC Desk tries again every %n second(s).</source>
        <translation>
            <numerusform>&lt;b&gt;No connection to the database.&lt;/b&gt; {reason} Nothing you typed is lost: open forms keep their changes and are saved when the connection returns. OPCC Desk tries again every second.</numerusform>
            <numerusform>&lt;b&gt;No connection to the database.&lt;/b&gt; {reason} Nothing you typed is lost: open forms keep their changes and are saved when the connection returns. OPCC Desk tries again every %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message numerus="yes">
        <source>%n client(s) have not agreed to be contacted: they get no referral and no letter. Ask them, then record the consent on their intake form.</source>
        <translation>
            <numerusform>%n client has not agreed to be contacted: they get no referral and no letter. Ask them, then record the consent on their intake form.</numerusform>
            <numerusform>%n clients have not agreed to be contacted: they get no referral and no letter. Ask them, then record the consent on their intake form.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvWords</name>
    <message numerus="yes">
        <source>%n client(s) saved to {path}.</source>
        <translation>
            <numerusform>%n client saved to {path}.</numerusform>
            <numerusform>%n clients saved to {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) saved to {path}.</source>
        <translation>
            <numerusform>%n referral saved to {path}.</numerusform>
            <numerusform>%n referrals saved to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DirectoryDialog</name>
    <message numerus="yes">
        <source>%n therapist(s) will be listed.</source>
        <translation>
            <numerusform>%n therapist will be listed.</numerusform>
            <numerusform>%n therapists will be listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n asked not to be listed and will not appear.</source>
        <translation>
            <numerusform>%n asked not to be listed and will not appear.</numerusform>
            <numerusform>%n asked not to be listed and will not appear.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chose to show their own phone and email; the others show the clinic&apos;s intake contact. Archived therapists and client records are never published.</source>
        <translation>
            <numerusform>%n chose to show their own phone and email; the others show the clinic&apos;s intake contact. Archived therapists and client records are never published.</numerusform>
            <numerusform>%n chose to show their own phone and email; the others show the clinic&apos;s intake contact. Archived therapists and client records are never published.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Published %n therapist(s) to {folder}. Open it in the browser to look, or let the website copy the folder.</source>
        <translation>
            <numerusform>Published %n therapist to {folder}. Open it in the browser to look, or let the website copy the folder.</numerusform>
            <numerusform>Published %n therapists to {folder}. Open it in the browser to look, or let the website copy the folder.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message numerus="yes">
        <source>The intake just saved, &lt;b&gt;{name}&lt;/b&gt; ({id}), looks like %n client(s) already on file. If it is the same person, merge the new intake into the existing record: nothing is deleted, and its referrals and history move with it. If they are different people, keep both.</source>
        <translation>
            <numerusform>The intake just saved, &lt;b&gt;{name}&lt;/b&gt; ({id}), looks like this client already on file. If it is the same person, merge the new intake into the existing record: nothing is deleted, and its referrals and history move with it. If they are different people, keep both.</numerusform>
            <numerusform>The intake just saved, &lt;b&gt;{name}&lt;/b&gt; ({id}), looks like these %n clients already on file. If it is the same person, merge the new intake into the existing record: nothing is deleted, and its referrals and history move with it. If they are different people, keep both.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpSettingsDialog</name>
    <message numerus="yes">
        <source> business day(s)</source>
        <translation>
            <numerusform> business day</numerusform>
            <numerusform> business days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpView</name>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation>
            <numerusform>(%n overdue)</numerusform>
            <numerusform>(%n overdue)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%n row(s): {new} new, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>%n row: {new} new, {updated} updated, {unchanged} unchanged.</numerusform>
            <numerusform>%n rows: {new} new, {updated} updated, {unchanged} unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;%n row(s) have problems.&lt;/b&gt; Correct the mapping (Back), or fix them in the file and open it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n row has problems.&lt;/b&gt; Correct the mapping (Back), or fix it in the file and open it again; nothing is imported until every row is right.</numerusform>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n rows have problems.&lt;/b&gt; Correct the mapping (Back), or fix them in the file and open it again; nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b style=&apos;color:{colour}&apos;&gt;%n row(s) have problems.&lt;/b&gt; Fix them in the file and open it again; nothing is imported until every row is right.</source>
        <translation>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n row has problems.&lt;/b&gt; Fix it in the file and open it again; nothing is imported until every row is right.</numerusform>
            <numerusform>&lt;b style=&apos;color:{colour}&apos;&gt;%n rows have problems.&lt;/b&gt; Fix them in the file and open it again; nothing is imported until every row is right.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) may already be on file.&lt;/b&gt; They are imported as new records; check them afterwards (merge or keep both).</source>
        <translation>
            <numerusform>&lt;b&gt;%n row may already be on file.&lt;/b&gt; It is imported as a new record; check it afterwards (merge or keep both).</numerusform>
            <numerusform>&lt;b&gt;%n rows may already be on file.&lt;/b&gt; They are imported as new records; check them afterwards (merge or keep both).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message numerus="yes">
        <source>Save %n letter(s) in which folder?</source>
        <translation>
            <numerusform>Save %n letter in which folder?</numerusform>
            <numerusform>Save %n letters in which folder?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterWords</name>
    <message numerus="yes">
        <source>Stopped at Cancel: %n letter(s) saved of {total}.</source>
        <translation>
            <numerusform>Stopped at Cancel: %n letter saved of {total}.</numerusform>
            <numerusform>Stopped at Cancel: %n letters saved of {total}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new letter(s) made and stored.</source>
        <translation>
            <numerusform>%n new letter made and stored.</numerusform>
            <numerusform>%n new letters made and stored.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) already stored were used as they are.</source>
        <translation>
            <numerusform>%n letter already stored was used as it is.</numerusform>
            <numerusform>%n letters already stored were used as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>&amp;Referrals (%n to follow up)</source>
        <translation>
            <numerusform>&amp;Referrals (%n to follow up)</numerusform>
            <numerusform>&amp;Referrals (%n to follow up)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchDialog</name>
    <message numerus="yes">
        <source>{therapist} has %n open referral(s) (capacity {capacity}). Why refer over capacity? (kept in the audit log)</source>
        <translation>
            <numerusform>{therapist} has %n open referral (capacity {capacity}). Why refer over capacity? (kept in the audit log)</numerusform>
            <numerusform>{therapist} has %n open referrals (capacity {capacity}). Why refer over capacity? (kept in the audit log)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferralsTab</name>
    <message numerus="yes">
        <source>• {name} ({id}), {priority}, waiting %n day(s)</source>
        <translation>
            <numerusform>• {name} ({id}), {priority}, waiting %n day</numerusform>
            <numerusform>• {name} ({id}), {priority}, waiting %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) found</source>
        <translation>
            <numerusform>%n referral found</numerusform>
            <numerusform>%n referrals found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s)</source>
        <translation>
            <numerusform>%n referral</numerusform>
            <numerusform>%n referrals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TherapistsTab</name>
    <message numerus="yes">
        <source>%n therapist(s)</source>
        <translation>
            <numerusform>%n therapist</numerusform>
            <numerusform>%n therapists</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitlistDialog</name>
    <message numerus="yes">
        <source>%n client(s) waiting; {ready} could be referred now. Most urgent and longest waiting first. Nobody is contacted automatically.</source>
        <translation>
            <numerusform>%n client waiting; {ready} could be referred now. Most urgent and longest waiting first. Nobody is contacted automatically.</numerusform>
            <numerusform>%n clients waiting; {ready} could be referred now. Most urgent and longest waiting first. Nobody is contacted automatically.</numerusform>
        </translation>
    </message>
</context>
</TS>
