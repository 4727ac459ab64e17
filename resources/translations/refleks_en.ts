<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>DensityStrip</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/density_strip.py" line="198" />
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/filter_bar.py" line="116" />
        <source>%n entries</source>
        <translation><numerusform>%n entry</numerusform><numerusform>%n entries</numerusform></translation>
    </message>
</context>
<context>
    <name>LearningLogDialog</name>
    <message numerus="yes">
        <location filename="../../ui/learning_log_dialog.py" line="151" />
        <source>%n entries will be in the file.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/learning_log_dialog.py" line="153" />
        <source>%n private entries are left out.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>PostcardSuggestion</name>
    <message numerus="yes">
        <location filename="../../ui/postcard_suggestion.py" line="107" />
        <source>%n more module(s) without a postcard.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../ui/tag_manager_dialog.py" line="80" />
        <source>%1  (%n entries)</source>
        <translation><numerusform>%1  (%n entry)</numerusform><numerusform>%1  (%n entries)</numerusform></translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../ui/trash_dialog.py" line="104" />
        <source>Delete %n selected entries for good? This cannot be undone.</source>
        <translation><numerusform>Delete the selected entry for good? This cannot be undone.</numerusform><numerusform>Delete %n selected entries for good? This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trash_dialog.py" line="120" />
        <source>Delete all %n entries in the trash for good? This cannot be undone.</source>
        <translation><numerusform>Delete the entry in the trash for good? This cannot be undone.</numerusform><numerusform>Delete all %n entries in the trash for good? This cannot be undone.</numerusform></translation>
    </message>
</context>
</TS>