<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da_DK">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="34" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="35" />
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="36" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="37" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="39" />
        <source>New from &amp;Template</source>
        <translation>Nyt fra &amp;skabelon</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="64" />
        <source>&amp;New Entry</source>
        <translation>&amp;Nyt indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="66" />
        <source>Start a new entry for today</source>
        <translation>Begynd et nyt indlæg for i dag</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="73" />
        <source>New from Template…</source>
        <translation>Nyt fra skabelon…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="75" />
        <source>Choose a guided template from the course</source>
        <translation>Vælg en guidet skabelon fra forløbet</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="82" />
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="84" />
        <source>Save the open entry now (it also saves by itself)</source>
        <translation>Gem det åbne indlæg nu (det gemmes også af sig selv)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="89" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="91" />
        <source>Save and close Refleks</source>
        <translation>Gem og luk Refleks</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="96" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="103" />
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="110" />
        <source>Move Entry to &amp;Trash</source>
        <translation>Flyt indlæg til &amp;papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="112" />
        <source>Move the open entry to the trash (you can undo this)</source>
        <translation>Flyt det åbne indlæg til papirkurven (det kan fortrydes)</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="117" />
        <source>&amp;Courses…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/actions.py" line="119" />
        <source>Your courses and their modules; import a course plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/actions.py" line="124" />
        <source>Export &amp;Learning Log…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/actions.py" line="126" />
        <source>Postcards and entries of a course or module as a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/actions.py" line="131" />
        <source>&amp;Own Tags…</source>
        <translation>&amp;Egne tags…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="133" />
        <source>Create, rename, merge and delete your own tags</source>
        <translation>Opret, omdøb, slå sammen og slet dine egne tags</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="137" />
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="139" />
        <source>Language and other settings</source>
        <translation>Sprog og andre indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="144" />
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="146" />
        <source>Search all entries</source>
        <translation>Søg i alle indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="153" />
        <source>&amp;Filters</source>
        <translation>&amp;Filtre</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="155" />
        <source>Show or hide the timeline filters</source>
        <translation>Vis eller skjul tidslinjens filtre</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="162" />
        <source>T&amp;rash…</source>
        <translation>&amp;Papirkurv…</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="164" />
        <source>See entries in the trash, restore them or empty the trash</source>
        <translation>Se indlæg i papirkurven, gendan dem eller tøm papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="171" />
        <source>F&amp;ull Screen</source>
        <translation>F&amp;uld skærm</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="179" />
        <source>&amp;About Refleks</source>
        <translation>&amp;Om Refleks</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../ui/course_dialog.py" line="153" />
        <location filename="../../ui/course_dialog.py" line="172" />
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="154" />
        <source>&amp;Courses</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="155" />
        <location filename="../../ui/course_dialog.py" line="205" />
        <source>New course</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="156" />
        <source>Import course plan…</source>
        <translation>Importér forløbsplan…</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="158" />
        <source>Read the modules from a TOML or CSV file that your course organiser gave you</source>
        <translation>Læs modulerne fra en TOML- eller CSV-fil, som du har fået af forløbets arrangør</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="160" />
        <source>Delete course…</source>
        <translation>Slet forløb…</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="161" />
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="162" />
        <source>&amp;Modules</source>
        <translation>&amp;Moduler</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="163" />
        <source>Add module</source>
        <translation>Tilføj modul</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="164" />
        <source>Remove module</source>
        <translation>Fjern modul</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="167" />
        <source>Entries dated on or after a module's date, and before the next module, belong to that module. After each module, answer the postcard questions.</source>
        <translation>Indlæg dateret på eller efter et moduls dato og før det næste modul hører til det modul. Besvar postkortets spørgsmål efter hvert modul.</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="171" />
        <source>Modules of the course</source>
        <translation>Forløbets moduler</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="173" />
        <source>Course name</source>
        <translation>Forløbets navn</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="223" />
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="261" />
        <source>this course</source>
        <translation>dette forløb</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="263" />
        <source>Delete the course “%1” and its modules? Your entries stay in the journal; only their link to the modules is removed.</source>
        <translation>Slet forløbet “%1” og dets moduler? Dine indlæg bliver i dagbogen; kun deres kobling til modulerne fjernes.</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="267" />
        <source>Delete course</source>
        <translation>Slet forløb</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="267" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="306" />
        <source>Import course plan</source>
        <translation>Importér forløbsplan</translation>
    </message>
    <message>
        <location filename="../../ui/course_dialog.py" line="308" />
        <source>Course plans (*.toml *.csv *.txt);;All files (*)</source>
        <translation>Forløbsplaner (*.toml *.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>DensityStrip</name>
    <message>
        <location filename="../../ui/timeline/density_strip.py" line="167" />
        <source>Entries per week</source>
        <translation>Indlæg pr. uge</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/density_strip.py" line="170" />
        <source>Entries per week, oldest on the left. Click a week to jump to it.</source>
        <translation>Indlæg pr. uge, ældste til venstre. Klik på en uge for at springe til den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/density_strip.py" line="198" />
        <source>%n entries</source>
        <translation><numerusform>%n indlæg</numerusform><numerusform>%n indlæg</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/timeline/density_strip.py" line="198" />
        <source>1 entry</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/dialogs.py" line="75" />
        <source>Your latest text is not saved</source>
        <translation>Din seneste tekst er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="77" />
        <source>Refleks could not save the open entry, so closing now would lose what you wrote since the last save.</source>
        <translation>Refleks kunne ikke gemme det åbne indlæg. Lukker du nu, mister du det, du har skrevet siden sidst, det blev gemt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="84" />
        <source>Try saving again</source>
        <translation>Prøv at gemme igen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="86" />
        <source>Close without saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88" />
        <source>Keep writing</source>
        <translation>Skriv videre</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="86" />
        <source>Entry editor</source>
        <translation>Indlægsredigering</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="138" />
        <source>There is no template called '{key}'.</source>
        <translation>Der findes ingen skabelon med navnet '{key}'.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="176" />
        <source>Not saved yet – retrying</source>
        <translation>Ikke gemt endnu – prøver igen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="182" />
        <source>Saved {time}</source>
        <translation>Gemt {time}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="350" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="150" />
        <source>The journal is locked by another program, so your text is not saved yet. It stays here and Refleks keeps trying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="156" />
        <source>The disk is full, so your text is not saved yet. Free some space; the text stays here and Refleks keeps trying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="162" />
        <source>The journal file cannot be written (it is read-only), so your text is not saved yet. It stays here and Refleks keeps trying.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="167" />
        <source>Your text could not be saved ({reason}). It stays here and Refleks keeps trying.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EntryHeader</name>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="132" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="133" />
        <source>Day of the entry</source>
        <translation>Indlæggets dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="134" />
        <location filename="../../ui/editor/entry_header.py" line="135" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="140" />
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="138" />
        <source>Private entries stay in your journal: they are left out of every export.</source>
        <translation>Private indlæg bliver i din dagbog: de udelades af enhver eksport.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="145" />
        <source>Bring to coaching</source>
        <translation>Med til coaching</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="143" />
        <source>Mark this entry to bring along to your next coaching session.</source>
        <translation>Markér indlægget, så du husker at tage det med til din næste coachingsamtale.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="136" />
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="141" />
        <source>Bring to &amp;coaching</source>
        <translation>Med til &amp;coaching</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="146" />
        <location filename="../../ui/editor/entry_header.py" line="148" />
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="147" />
        <source>Show the entry as a formatted page (Ctrl+P)</source>
        <translation>Vis indlægget som en formateret side (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="149" />
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="150" />
        <source>Move this entry to the trash</source>
        <translation>Flyt dette indlæg til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="151" />
        <source>Move to trash</source>
        <translation>Flyt til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="152" />
        <source>&amp;Tags…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="153" />
        <source>Choose tags from the course, or add your own</source>
        <translation>Vælg tags fra forløbet, eller tilføj dine egne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="154" />
        <source>Choose tags</source>
        <translation>Vælg tags</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="155" />
        <source>Save state</source>
        <translation>Gemmestatus</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="114" />
        <source>1 entry</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/filter_bar.py" line="116" />
        <source>%n entries</source>
        <translation><numerusform>%n indlæg</numerusform><numerusform>%n indlæg</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="127" />
        <location filename="../../ui/timeline/filter_bar.py" line="367" />
        <source>All modules</source>
        <translation>Alle moduler</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="306" />
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="308" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="334" />
        <source>No tagged entries yet</source>
        <translation>Ingen indlæg med tags endnu</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="345" />
        <source>Search entries…</source>
        <translation>Søg i indlæg…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="346" />
        <source>Search entries</source>
        <translation>Søg i indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="348" />
        <source>Words, a "quoted phrase", or the start of a word followed by *</source>
        <translation>Ord, en "sætning i anførselstegn" eller starten af et ord efterfulgt af *</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="350" />
        <source>Show filters</source>
        <translation>Vis filtre</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="356" />
        <source>Only entries tagged %1</source>
        <translation>Kun indlæg med tagget %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="358" />
        <source>Filter by tags</source>
        <translation>Filtrér efter tags</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="359" />
        <source>any of these</source>
        <translation>et af disse</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="360" />
        <source>all of these</source>
        <translation>alle disse</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="361" />
        <source>Match any or all tags</source>
        <translation>Et af eller alle tags</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="362" />
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="363" />
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="364" />
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="365" />
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="366" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="368" />
        <source>Clear all</source>
        <translation>Ryd alle</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="369" />
        <source>Clear all filters</source>
        <translation>Ryd alle filtre</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="64" />
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="81" />
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="82" />
        <source>Same as the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="86" />
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="87" />
        <source>&amp;Lock after idle minutes:</source>
        <translation>&amp;Lås efter minutters inaktivitet:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="88" />
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="89" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="90" />
        <source>Lock after idle minutes</source>
        <translation>Lås efter minutters inaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="93" />
        <source>The language applies at once to menus, the course's questions and the tags; what you are writing stays as it is.</source>
        <translation>Sproget skifter med det samme i menuer, forløbets spørgsmål og tags; det, du er ved at skrive, forbliver som det er.</translation>
    </message>
</context>
<context>
    <name>GuidedSection</name>
    <message>
        <location filename="../../ui/editor/guided_section.py" line="210" />
        <source>Choose one…</source>
        <translation>Vælg en…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/guided_section.py" line="222" />
        <source>This question is no longer part of the template; your answer is kept.</source>
        <translation>Dette spørgsmål er ikke længere en del af skabelonen; dit svar er bevaret.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/guided_section.py" line="233" />
        <source>Pick the one this entry is about; its question from the course is shown here.</source>
        <translation>Vælg det, indlægget handler om; spørgsmålet fra forløbet vises her.</translation>
    </message>
</context>
<context>
    <name>LearningLogDialog</name>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="114" />
        <source>Export learning log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="115" />
        <source>&amp;Covers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="115" />
        <source>&amp;Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="115" />
        <source>&amp;Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="118" />
        <source>Include my private entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="119" />
        <source>Preview of the learning log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="145" />
        <source>There are no courses yet. Make one under Courses… first.</source>
        <translation type="unfinished" />
    </message>
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
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="165" />
        <source>The learning log was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/learning_log_dialog.py" line="174" />
        <source>Save learning log</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="208" />
        <source>Cannot open the entry</source>
        <translation>Indlægget kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="239" />
        <source>Cannot move the entry to the trash</source>
        <translation>Indlægget kan ikke flyttes til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="251" />
        <source>Cannot restore the entry</source>
        <translation>Indlægget kan ikke gendannes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>About Refleks</source>
        <translation>Om Refleks</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="322" />
        <source>Refleks is a private reflection journal for leaders, built on the course “Leadership in the involving network state”.

Your journal is kept in:
%s</source>
        <translation>Refleks er en privat refleksionsdagbog for ledere, bygget på forløbet “Ledelse i den involverende netværksstat”.

Din dagbog ligger i:
%s</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337" />
        <source>Your text is not saved yet</source>
        <translation>Din tekst er ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="339" />
        <source>Refleks could not save the open entry, so it stays open. The banner above the entry says why; saving is retried by itself.</source>
        <translation>Refleks kunne ikke gemme det åbne indlæg, så det forbliver åbent. Beskeden over indlægget siger hvorfor; Refleks prøver selv at gemme igen.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427" />
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="428" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="429" />
        <source>Open entry</source>
        <translation>Åbent indlæg</translation>
    </message>
</context>
<context>
    <name>MilestoneTimelineModel</name>
    <message>
        <location filename="../../ui/timeline_milestones.py" line="285" />
        <source>Module date %1: %2. %3</source>
        <translation>Moduldato %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_milestones.py" line="292" />
        <source>Click or press Enter to answer the postcard for this module</source>
        <translation>Klik eller tryk Enter for at besvare postkortet for dette modul</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_milestones.py" line="294" />
        <source>Click or press Enter to open the postcard you wrote</source>
        <translation>Klik eller tryk Enter for at åbne det postkort, du skrev</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_milestones.py" line="295" />
        <source>This module has not begun yet</source>
        <translation>Dette modul er ikke begyndt endnu</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_milestones.py" line="312" />
        <source>✓ Postcard done</source>
        <translation>✓ Postkort besvaret</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_milestones.py" line="314" />
        <source>Write the postcard</source>
        <translation>Skriv postkortet</translation>
    </message>
    <message>
        <location filename="../../ui/timeline_milestones.py" line="315" />
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <location filename="../../ui/course_modules_model.py" line="106" />
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../ui/course_modules_model.py" line="107" />
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/course_modules_model.py" line="108" />
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../ui/course_modules_model.py" line="109" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ui/course_modules_model.py" line="110" />
        <source>Postcard</source>
        <translation>Postkort</translation>
    </message>
    <message>
        <location filename="../../ui/course_modules_model.py" line="165" />
        <source>✓ Done</source>
        <translation>✓ Besvaret</translation>
    </message>
    <message>
        <location filename="../../ui/course_modules_model.py" line="167" />
        <source>Not yet answered</source>
        <translation>Ikke besvaret endnu</translation>
    </message>
</context>
<context>
    <name>PostcardSuggestion</name>
    <message>
        <location filename="../../ui/postcard_suggestion.py" line="88" />
        <source>Write the postcard</source>
        <translation>Skriv postkortet</translation>
    </message>
    <message>
        <location filename="../../ui/postcard_suggestion.py" line="89" />
        <source>Not now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/postcard_suggestion.py" line="99" />
        <source>Postcard for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/postcard_suggestion.py" line="102" />
        <source>The module began on %1 (%2). Five short questions on what you take with you.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/postcard_suggestion.py" line="107" />
        <source>%n more module(s) without a postcard.</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../ui/postcard_suggestion.py" line="110" />
        <source>Write the postcard for %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.py" line="166" />
        <source>Preferences</source>
        <extracomment>The pages shown, in order; each is constructed with no arguments.</extracomment>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../ui/status_widgets.py" line="54" />
        <source>Try Again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/status_widgets.py" line="55" />
        <source>Save problem</source>
        <translation>Problem med at gemme</translation>
    </message>
    <message>
        <location filename="../../ui/status_widgets.py" line="59" />
        <source>Not saved yet. Your text is safe in this window; saving is retried.</source>
        <translation>Ikke gemt endnu. Din tekst er i sikkerhed i dette vindue; Refleks prøver at gemme igen.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/start_page.py" line="76" />
        <source>Welcome to Refleks</source>
        <translation>Velkommen til Refleks</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="79" />
        <source>A private journal for reflecting on your leadership: a few minutes after a hard meeting, at the end of a course module, or before a coaching session.</source>
        <translation>En privat dagbog til refleksion over din ledelse: et par minutter efter et svært møde, efter et modul på forløbet eller før en coachingsamtale.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="85" />
        <source>Write freely, or let the course's questions guide you. Tag what you write with the dilemmas, paradoxes and forms of legitimacy it touched, and read back over months to see what keeps coming up.</source>
        <translation>Skriv frit, eller lad forløbets spørgsmål guide dig. Tag det, du skriver, med de dilemmaer, paradokser og former for legitimitet, det berørte, og læs tilbage over måneder for at se, hvad der bliver ved med at dukke op.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="92" />
        <source>Write a free entry</source>
        <translation>Skriv et frit indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="93" />
        <source>A blank page for whatever is on your mind</source>
        <translation>En blank side til det, du har på hjerte</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="96" />
        <source>Write a postcard</source>
        <translation>Skriv et postkort</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="97" />
        <source>The course's five postcard questions, one at a time</source>
        <translation>Forløbets fem postkortspørgsmål, ét ad gangen</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="100" />
        <source>Reflect on a dilemma</source>
        <translation>Reflektér over et dilemma</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="101" />
        <source>Pick a dilemma of network leadership and think it through</source>
        <translation>Vælg et af netværksledelsens dilemmaer, og tænk det igennem</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="112" />
        <source>Everything stays on this computer and saves as you type. Ctrl+N starts a new entry at any time.</source>
        <translation>Alt bliver på denne computer og gemmes, mens du skriver. Ctrl+N begynder et nyt indlæg når som helst.</translation>
    </message>
</context>
<context>
    <name>TagChipRow</name>
    <message>
        <location filename="../../ui/editor/tag_chips.py" line="119" />
        <source>Click or press Delete to remove this tag.</source>
        <translation>Klik eller tryk Delete for at fjerne tagget.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_chips.py" line="125" />
        <source>Remove tag {tag} ({family})</source>
        <translation>Fjern tagget {tag} ({family})</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../ui/tag_manager_dialog.py" line="80" />
        <source>%1  (%n entries)</source>
        <translation><numerusform>%1  (%n indlæg)</numerusform><numerusform>%1  (%n indlæg)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="102" />
        <source>New Tag</source>
        <translation>Nyt tag</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="102" />
        <source>Name of the new tag:</source>
        <translation>Navn på det nye tag:</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="115" />
        <source>Rename Tag</source>
        <translation>Omdøb tag</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="115" />
        <source>New name for the tag:</source>
        <translation>Nyt navn til tagget:</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="129" />
        <source>Merge Tags</source>
        <translation>Slå tags sammen</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="130" />
        <source>Merge “%s” into:</source>
        <translation>Slå “%s” sammen med:</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="146" />
        <source>Delete Tag?</source>
        <translation>Slet tag?</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="147" />
        <source>Delete the tag “%s”? The entries stay; only the tag is taken off them.</source>
        <translation>Slet tagt “%s”? Indlæggene bliver; kun tagget fjernes fra dem.</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="149" />
        <source>Delete Tag</source>
        <translation>Slet tag</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="164" />
        <location filename="../../ui/tag_manager_dialog.py" line="187" />
        <source>Own Tags</source>
        <translation>Egne tags</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="167" />
        <source>Your own tags, beside the course's families. Merging moves every entry of one tag to another.</source>
        <translation>Dine egne tags ved siden af forløbets familier. Når du slår sammen, flyttes alle indlæg fra det ene tag til det andet.</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="171" />
        <source>Own tags</source>
        <translation>Egne tags</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="172" />
        <source>&amp;New…</source>
        <translation>&amp;Nyt…</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="173" />
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="174" />
        <source>&amp;Merge Into…</source>
        <translation>&amp;Slå sammen med…</translation>
    </message>
    <message>
        <location filename="../../ui/tag_manager_dialog.py" line="175" />
        <source>&amp;Delete…</source>
        <translation>S&amp;let…</translation>
    </message>
</context>
<context>
    <name>TagPickerDialog</name>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="78" />
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="83" />
        <source>Tags by family</source>
        <translation>Tags efter familie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="86" />
        <source>Filter tags, or type a new tag of your own</source>
        <translation>Filtrér tags, eller skriv et nyt, eget tag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="87" />
        <source>Filter tags</source>
        <translation>Filtrér tags</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="91" />
        <source>Create own tag</source>
        <translation>Opret eget tag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="153" />
        <source>Type a name in the box above to make a tag of your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="223" />
        <source>No tag matches “{name}”. Press Enter or click “Add own tag” to make it a tag of your own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="231" />
        <source>Add own tag “{name}”</source>
        <translation>Tilføj eget tag “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="233" />
        <source>Add own tag</source>
        <translation>Tilføj eget tag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="267" />
        <source>Space ticks or unticks the selected tag. Select a tag to read what the course says about it.</source>
        <translation>Mellemrum sætter eller fjerner flueben ved det valgte tag. Vælg et tag for at læse, hvad forløbet siger om det.</translation>
    </message>
</context>
<context>
    <name>TemplateChooserDialog</name>
    <message>
        <location filename="../../ui/template_chooser.py" line="109" />
        <source>New from Template</source>
        <translation>Nyt fra skabelon</translation>
    </message>
    <message>
        <location filename="../../ui/template_chooser.py" line="110" />
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location filename="../../ui/template_chooser.py" line="111" />
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../ui/template_chooser.py" line="113" />
        <source>Start Writing</source>
        <translation>Begynd at skrive</translation>
    </message>
    <message>
        <location filename="../../ui/template_chooser.py" line="147" />
        <source>You begin by picking one of: %s</source>
        <translation>Du begynder med at vælge én blandt: %s</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../ui/timeline/delegate.py" line="205" />
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/delegate.py" line="206" />
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline/model.py" line="341" />
        <source>Untitled entry</source>
        <translation>Indlæg uden titel</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="365" />
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="367" />
        <source>for coaching</source>
        <translation>til coaching</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/panel.py" line="250" />
        <source>No entries yet. Your reflections will appear here.</source>
        <translation>Ingen indlæg endnu. Dine refleksioner kommer til at stå her.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="253" />
        <source>No entries match these filters.
Clear them to see every entry.</source>
        <translation>Ingen indlæg passer til disse filtre.
Ryd dem for at se alle indlæg.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="257" />
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="259" />
        <source>Entries, newest first. Press Enter to open the selected entry.</source>
        <translation>Indlæg, nyeste først. Tryk Enter for at åbne det valgte indlæg.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ui/trash_dialog.py" line="103" />
        <source>Delete for good?</source>
        <translation>Slet for altid?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trash_dialog.py" line="104" />
        <source>Delete %n selected entries for good? This cannot be undone.</source>
        <translation><numerusform>Slet det valgte indlæg for altid? Det kan ikke fortrydes.</numerusform><numerusform>Slet de %n valgte indlæg for altid? Det kan ikke fortrydes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="105" />
        <source>Delete for Good</source>
        <translation>Slet for altid</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="118" />
        <source>Empty the trash?</source>
        <translation>Tøm papirkurven?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/trash_dialog.py" line="120" />
        <source>Delete all %n entries in the trash for good? This cannot be undone.</source>
        <translation><numerusform>Slet indlægget i papirkurven for altid? Det kan ikke fortrydes.</numerusform><numerusform>Slet alle %n indlæg i papirkurven for altid? Det kan ikke fortrydes.</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="122" />
        <source>Empty Trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="136" />
        <location filename="../../ui/trash_dialog.py" line="160" />
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="138" />
        <source>Entries you moved to the trash. Restore one to put it back in the timeline.</source>
        <translation>Indlæg, du har flyttet til papirkurven. Gendan et for at sætte det tilbage i tidslinjen.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="140" />
        <source>The trash is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="141" />
        <source>Entries in the trash</source>
        <translation>Indlæg i papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="142" />
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="143" />
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Slet for altid…</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="144" />
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Tøm papirkurven…</translation>
    </message>
    <message>
        <location filename="../../ui/trash_dialog.py" line="147" />
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
</context>
<context>
    <name>TrashNotice</name>
    <message>
        <location filename="../../ui/status_widgets.py" line="113" />
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <location filename="../../ui/status_widgets.py" line="114" />
        <source>Undo moving to the trash</source>
        <translation>Fortryd flytningen til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/status_widgets.py" line="119" />
        <source>“%s” moved to the trash.</source>
        <translation>“%s” er flyttet til papirkurven.</translation>
    </message>
    <message>
        <location filename="../../ui/status_widgets.py" line="121" />
        <source>Entry moved to the trash.</source>
        <translation>Indlægget er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>WritingArea</name>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="78" />
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="79" />
        <source>Notes (optional)</source>
        <translation>Noter (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="82" />
        <source>Anything else you want to keep</source>
        <translation>Alt andet, du vil gemme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="84" />
        <source>Write freely. Markdown works: *italic*, **bold**, - lists, &gt; quotes</source>
        <translation>Skriv frit. Markdown virker: *kursiv*, **fed**, - lister, &gt; citater</translation>
    </message>
</context>
</TS>