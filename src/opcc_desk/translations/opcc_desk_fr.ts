<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
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
</TS>
