<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BackupListModel</name>
    <message numerus="yes">
        <location filename="../../ui/shell/restore_dialog.py" line="90"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/actions.py" line="33"/>
        <source>All %n entries, private ones and the trash included, are in this file. It is not encrypted: keep it somewhere only you can read.</source>
        <translation>
            <numerusform>Your one entry is in this file, even if it is private or in the trash. It is not encrypted: keep it somewhere only you can read.</numerusform>
            <numerusform>All %n entries, private ones and the trash included, are in this file. It is not encrypted: keep it somewhere only you can read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentBadge</name>
    <message numerus="yes">
        <location filename="../../ui/commitments/badge.py" line="118"/>
        <source>%n open commitments</source>
        <translation>
            <numerusform>%n open commitment</numerusform>
            <numerusform>%n open commitments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commitments/badge.py" line="120"/>
        <source>%n past the date</source>
        <translation>
            <numerusform>%n past the date</numerusform>
            <numerusform>%n past the date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentMode</name>
    <message numerus="yes">
        <location filename="../../ui/commitments/mode.py" line="114"/>
        <source>%n commitments are due. F9 shows them.</source>
        <translation>
            <numerusform>%n commitment is due. F9 shows it.</numerusform>
            <numerusform>%n commitments are due. F9 shows them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsPane</name>
    <message numerus="yes">
        <location filename="../../ui/commitments/pane.py" line="105"/>
        <source>Open commitments: %n</source>
        <translation>
            <numerusform>Open commitments: %n</numerusform>
            <numerusform>Open commitments: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commitments/pane.py" line="107"/>
        <source>%n past the date</source>
        <translation>
            <numerusform>%n past the date</numerusform>
            <numerusform>%n past the date</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DensityStrip</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/density_strip.py" line="225"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="371"/>
        <source>Entries in the file: %n.</source>
        <translation>
            <numerusform>Entries in the file: %n.</numerusform>
            <numerusform>Entries in the file: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="373"/>
        <source>Private entries included: %n.</source>
        <translation>
            <numerusform>Private entries included: %n.</numerusform>
            <numerusform>Private entries included: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="375"/>
        <source>Private entries left out: %n.</source>
        <translation>
            <numerusform>Private entries left out: %n.</numerusform>
            <numerusform>Private entries left out: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/filter_bar.py" line="118"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../../ui/editor/find_bar.py" line="264"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="162"/>
        <source>%n entries in the file</source>
        <translation>
            <numerusform>%n entry in the file</numerusform>
            <numerusform>%n entries in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="163"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="164"/>
        <source>%n already in your journal.</source>
        <translation>
            <numerusform>%n already in your journal.</numerusform>
            <numerusform>%n already in your journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../../ui/insights/view.py" line="279"/>
        <source>%n entries in the period</source>
        <translation>
            <numerusform>%n entry in the period</numerusform>
            <numerusform>%n entries in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/view.py" line="288"/>
        <source>%n entries – click to show them in the timeline</source>
        <translation>
            <numerusform>%n entry – click to show it in the timeline</numerusform>
            <numerusform>%n entries – click to show them in the timeline</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/view.py" line="302"/>
        <source>%n commitments – click to see their follow-up entries</source>
        <translation>
            <numerusform>%n commitment – click to see its follow-up entry</numerusform>
            <numerusform>%n commitments – click to see their follow-up entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearningLogDialog</name>
    <message numerus="yes">
        <location filename="../../ui/courses/learning_log_dialog.py" line="171"/>
        <source>%n entries will be in the file.</source>
        <translation>
            <numerusform>%n entry will be in the file.</numerusform>
            <numerusform>%n entries will be in the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/courses/learning_log_dialog.py" line="173"/>
        <source>%n private entries are left out.</source>
        <translation>
            <numerusform>%n private entry is left out.</numerusform>
            <numerusform>%n private entries are left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="124"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="125"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="152"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetBefore</name>
    <message numerus="yes">
        <location filename="../../ui/editor/met_before.py" line="128"/>
        <source>You have met this before  ·  %n earlier entry(s)</source>
        <translation>
            <numerusform>You have met this before  ·  %n earlier entry</numerusform>
            <numerusform>You have met this before  ·  %n earlier entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OnThisDayStrip</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="241"/>
        <source>On this day  ·  %n entry(s)</source>
        <extracomment>The local time now; tests move it to cross midnight.</extracomment>
        <translation>
            <numerusform>On this day  ·  %n entry</numerusform>
            <numerusform>On this day  ·  %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostcardSuggestion</name>
    <message numerus="yes">
        <location filename="../../ui/courses/postcard_suggestion.py" line="141"/>
        <source>%n more module(s) without a postcard.</source>
        <translation>
            <numerusform>%n more module without a postcard.</numerusform>
            <numerusform>%n more modules without a postcard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderMode</name>
    <message numerus="yes">
        <location filename="../../ui/reminders/mode.py" line="169"/>
        <source>%n more module(s) without a postcard.</source>
        <translation>
            <numerusform>%n more module without a postcard.</numerusform>
            <numerusform>%n more modules without a postcard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/mode.py" line="186"/>
        <source>%n commitments are due</source>
        <translation>
            <numerusform>%n commitment is due</numerusform>
            <numerusform>%n commitments are due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="200"/>
        <source>The journal and %n backup(s) are now encrypted.</source>
        <translation>
            <numerusform>The journal and %n backup are now encrypted.</numerusform>
            <numerusform>The journal and %n backups are now encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="213"/>
        <source>The passphrase is changed for the journal and %n backup(s).</source>
        <translation>
            <numerusform>The passphrase is changed for the journal and %n backup.</numerusform>
            <numerusform>The passphrase is changed for the journal and %n backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="226"/>
        <source>The journal and %n backup(s) are no longer encrypted.</source>
        <translation>
            <numerusform>The journal and %n backup are no longer encrypted.</numerusform>
            <numerusform>The journal and %n backups are no longer encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="236"/>
        <source>%n more backup(s) are now encrypted.</source>
        <translation>
            <numerusform>%n more backup is now encrypted.</numerusform>
            <numerusform>%n more backups are now encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncNote</name>
    <message numerus="yes">
        <location filename="../../ui/sync/status_note.py" line="66"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_note.py" line="68"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n file refused</numerusform>
            <numerusform>%n files refused</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message numerus="yes">
        <location filename="../../ui/preferences/sync_page.py" line="222"/>
        <source>%n entry(ies) with a conflict copy beside them: both versions are kept; keep what you want and delete the other.</source>
        <translation>
            <numerusform>%n entry with a conflict copy beside it: both versions are kept; keep what you want and delete the other.</numerusform>
            <numerusform>%n entries with a conflict copy beside them: both versions are kept; keep what you want and delete the other.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/sync_page.py" line="244"/>
        <source>%n conflict copy(ies) made.</source>
        <translation>
            <numerusform>%n conflict copy made.</numerusform>
            <numerusform>%n conflict copies made.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/sync_page.py" line="246"/>
        <source>%n file(s) refused (listed above).</source>
        <translation>
            <numerusform>%n file refused (listed above).</numerusform>
            <numerusform>%n files refused (listed above).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../ui/window/tag_manager_dialog.py" line="80"/>
        <source>%1  (%n entries)</source>
        <translation>
            <numerusform>%1  (%n entry)</numerusform>
            <numerusform>%1  (%n entries)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message numerus="yes">
        <location filename="../../ui/window/trash_dialog.py" line="105"/>
        <source>Delete %n selected entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the selected entry for good? This cannot be undone.</numerusform>
            <numerusform>Delete %n selected entries for good? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/trash_dialog.py" line="121"/>
        <source>Delete all %n entries in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Delete the entry in the trash for good? This cannot be undone.</numerusform>
            <numerusform>Delete all %n entries in the trash for good? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
