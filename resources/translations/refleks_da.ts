<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/window/actions.py" line="34"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="35"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="36"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="37"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="39"/>
        <source>New from &amp;Template</source>
        <translation>Nyt fra s&amp;kabelon</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="65"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nyt indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="67"/>
        <source>Start a new entry for today</source>
        <translation>Begynd et nyt indlæg for i dag</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="76"/>
        <source>Choose a guided template from the course</source>
        <translation>Vælg en guidet skabelon fra forløbet</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="80"/>
        <source>New from Template</source>
        <translation>Nyt fra skabelon</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="85"/>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="87"/>
        <source>Save the open entry now (it also saves by itself)</source>
        <translation>Gem det åbne indlæg nu (det gemmes også af sig selv)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="92"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="94"/>
        <source>Save and close Refleks</source>
        <translation>Gem og luk Refleks</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="99"/>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="106"/>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="113"/>
        <source>Move Entry to &amp;Trash</source>
        <translation>Flyt indlæg til &amp;papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="115"/>
        <source>Move the open entry to the trash (you can undo this)</source>
        <translation>Flyt det åbne indlæg til papirkurven (det kan fortrydes)</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="120"/>
        <source>&amp;Courses…</source>
        <translation>F&amp;orløb…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="122"/>
        <source>Your courses and their modules; import a course plan</source>
        <translation>Dine forløb og deres moduler; importér en forløbsplan</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="127"/>
        <source>Record a Coaching &amp;Session…</source>
        <translation>Registrér en &amp;coachingsamtale…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="129"/>
        <source>The day you met your coach: the next summary tells what came since</source>
        <translation>Dagen, du mødtes med din coach: den næste oversigt fortæller, hvad der er sket siden</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="136"/>
        <source>Export &amp;Learning Log…</source>
        <translation>Eksportér &amp;læringslog…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="138"/>
        <source>Postcards and entries of a course or module as a document</source>
        <translation>Postkort og indlæg fra et forløb eller modul som et dokument</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="143"/>
        <source>&amp;Export Coaching Summary…</source>
        <translation>&amp;Eksportér coachingoversigt…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="145"/>
        <source>A period&apos;s themes and entries as PDF, Markdown or HTML</source>
        <translation>En periodes temaer og indlæg som PDF, Markdown eller HTML</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="151"/>
        <source>&amp;Back Up as JSON…</source>
        <translation>Sikkerhedskopiér som &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="153"/>
        <source>The whole journal in one file, private entries included</source>
        <translation>Hele dagbogen i én fil, private indlæg medregnet</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="158"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importér…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="160"/>
        <source>Entries from a Refleks backup, jrnl or Day One</source>
        <translation>Indlæg fra en Refleks-sikkerhedskopi, jrnl eller Day One</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="165"/>
        <source>Back Up No&amp;w</source>
        <translation>Tag sikkerhedskopi n&amp;u</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="179"/>
        <source>Loc&amp;k</source>
        <translation>Lå&amp;s</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="167"/>
        <source>A verified copy of the journal in the backups folder</source>
        <translation>En kontrolleret kopi af dagbogen i mappen med sikkerhedskopier</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="74"/>
        <source>&amp;Choose a Template…</source>
        <translation>&amp;Vælg skabelon…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="172"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Gen&amp;dan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="174"/>
        <source>Go back to an earlier backup of the journal</source>
        <translation>Gå tilbage til en tidligere sikkerhedskopi af dagbogen</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="181"/>
        <source>Hide the journal until it is unlocked again</source>
        <translation>Skjul dagbogen, indtil den låses op igen</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="187"/>
        <source>&amp;Own Tags…</source>
        <translation>&amp;Egne tags…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="189"/>
        <source>Create, rename, merge and delete your own tags</source>
        <translation>Opret, omdøb, slå sammen og slet dine egne tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="194"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="196"/>
        <source>Language and other settings</source>
        <translation>Sprog og andre indstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="202"/>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="204"/>
        <source>Search all entries</source>
        <translation>Søg i alle indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="211"/>
        <source>&amp;Filters</source>
        <translation>&amp;Filtre</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="213"/>
        <source>Show or hide the timeline filters</source>
        <translation>Vis eller skjul tidslinjens filtre</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="220"/>
        <source>S&amp;witch Between Timeline and Entry</source>
        <translation>S&amp;kift mellem tidslinje og indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="222"/>
        <source>Move the keyboard focus between the timeline and the entry</source>
        <translation>Flyt tastaturfokus mellem tidslinjen og indlægget</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="227"/>
        <source>&amp;Insights</source>
        <translation>&amp;Indsigt</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="229"/>
        <source>Which dilemmas, roles and strategies recur, and how often you write</source>
        <translation>Hvilke dilemmaer, roller og strategier der vender tilbage, og hvor ofte du skriver</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="237"/>
        <source>&amp;Go to Date…</source>
        <translation>&amp;Gå til dato…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="239"/>
        <source>A month calendar: days with entries are marked</source>
        <translation>En månedskalender, hvor dage med indlæg er markeret</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="245"/>
        <source>&amp;Commitments</source>
        <translation>Forpligt&amp;elser</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="247"/>
        <source>Show or hide your open commitments</source>
        <translation>Vis eller skjul dine åbne forpligtelser</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="254"/>
        <source>T&amp;rash…</source>
        <translation>&amp;Papirkurv…</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="256"/>
        <source>See entries in the trash, restore them or empty the trash</source>
        <translation>Se indlæg i papirkurven, gendan dem eller tøm papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="264"/>
        <source>F&amp;ull Screen</source>
        <translation>F&amp;uld skærm</translation>
    </message>
    <message>
        <location filename="../../ui/window/actions.py" line="272"/>
        <source>&amp;About Refleks</source>
        <translation>&amp;Om Refleks</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/shell/application.py" line="213"/>
        <source>Refleks could not open the journal</source>
        <extracomment>The desktop entry&apos;s name (resources/desktop/): Wayland and the menus match windows by it.</extracomment>
        <translation>Refleks kunne ikke åbne dagbogen</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="89"/>
        <source>unknown (other passphrase)</source>
        <translation>ukendt (anden adgangsfrase)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/shell/restore_dialog.py" line="90"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n indlæg</numerusform>
            <numerusform>%n indlæg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="92"/>
        <source>Encrypted</source>
        <translation>Krypteret</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="92"/>
        <source>Not encrypted</source>
        <translation>Ikke krypteret</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="102"/>
        <source>Made</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="102"/>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="102"/>
        <source>Entries</source>
        <translation>Indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="102"/>
        <source>Protection</source>
        <translation>Beskyttelse</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="106"/>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="107"/>
        <source>Made by you</source>
        <translation>Taget af dig</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="108"/>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="109"/>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="87"/>
        <source>damaged</source>
        <translation>beskadiget</translation>
    </message>
</context>
<context>
    <name>BackupNotice</name>
    <message numerus="yes">
        <location filename="../../ui/exchange/actions.py" line="33"/>
        <source>All %n entries, private ones and the trash included, are in this file. It is not encrypted: keep it somewhere only you can read.</source>
        <translation>
            <numerusform>Dit ene indlæg er i denne fil, også hvis det er privat eller i papirkurven. Den er ikke krypteret: opbevar den et sted, kun du kan læse den.</numerusform>
            <numerusform>Alle %n indlæg, også de private og dem i papirkurven, er i denne fil. Den er ikke krypteret: opbevar den et sted, kun du kan læse den.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPopup</name>
    <message>
        <location filename="../../ui/timeline/month_calendar.py" line="131"/>
        <source>Go to date</source>
        <translation>Gå til dato</translation>
    </message>
</context>
<context>
    <name>CloseCommitmentDialog</name>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="126"/>
        <location filename="../../ui/commitments/close_dialog.py" line="131"/>
        <source>How did it go?</source>
        <translation>Hvordan gik det?</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="128"/>
        <source>From “%1”</source>
        <translation>Fra “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="132"/>
        <source>&amp;Kept – I did what I said</source>
        <translation>&amp;Holdt – jeg gjorde, som jeg sagde</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="134"/>
        <source>C&amp;hanged – I did something else, or did it differently</source>
        <translation>&amp;Ændret – jeg gjorde noget andet eller gjorde det anderledes</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="137"/>
        <source>&amp;Dropped – I let it go, and that is a choice too</source>
        <translation>&amp;Droppet – jeg lod det ligge, og det er også et valg</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="139"/>
        <source>A short &amp;note: what happened, what did you learn?</source>
        <translation>En kort &amp;note: hvad skete der, og hvad lærte du?</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="140"/>
        <source>optional</source>
        <translation>valgfri</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="143"/>
        <source>Your note is written into a new follow-up entry, linked to the entry the commitment came from.</source>
        <translation>Din note skrives i et nyt opfølgningsindlæg, der er knyttet til det indlæg, forpligtelsen kom fra.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/close_dialog.py" line="147"/>
        <source>C&amp;lose Commitment</source>
        <translation>&amp;Luk forpligtelsen</translation>
    </message>
</context>
<context>
    <name>CoachingMark</name>
    <message>
        <location filename="../../ui/commitments/coaching_mark.py" line="67"/>
        <source>The coaching session was not recorded</source>
        <translation>Coachingsamtalen blev ikke registreret</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_mark.py" line="76"/>
        <source>&amp;Brought to coaching on</source>
        <translation>Taget med til &amp;coaching den</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_mark.py" line="79"/>
        <source>Records a coaching session on this day when the summary is saved: the next summary tells what came since</source>
        <translation>Registrerer en coachingsamtale denne dag, når oversigten gemmes: den næste oversigt fortæller, hvad der er sket siden</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_mark.py" line="83"/>
        <source>Day of the coaching session</source>
        <translation>Dagen for coachingsamtalen</translation>
    </message>
</context>
<context>
    <name>CoachingSessionDialog</name>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="113"/>
        <source>The session was not recorded</source>
        <translation>Samtalen blev ikke registreret</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="125"/>
        <source>Delete the session?</source>
        <translation>Slet samtalen?</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="126"/>
        <source>Delete the coaching session of %1? Your entries stay as they are.</source>
        <translation>Slet coachingsamtalen %1? Dine indlæg forbliver, som de er.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="129"/>
        <source>Delete Session</source>
        <translation>Slet samtale</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="137"/>
        <source>The session was not deleted</source>
        <translation>Samtalen blev ikke slettet</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="144"/>
        <source>Cannot read the coaching sessions</source>
        <translation>Coachingsamtalerne kan ikke læses</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="153"/>
        <source>None recorded yet.</source>
        <translation>Ingen registreret endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="175"/>
        <source>Coaching sessions</source>
        <translation>Coachingsamtaler</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="178"/>
        <source>Record the day you met your coach. The next coaching summary then tells how your commitments went since that session.</source>
        <translation>Registrér dagen, du mødtes med din coach. Den næste coachingoversigt fortæller så, hvordan det er gået med dine forpligtelser siden den samtale.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="182"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="183"/>
        <source>Day of the session</source>
        <translation>Dagen for samtalen</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="184"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="185"/>
        <source>optional, e.g. what you talked about</source>
        <translation>valgfri, fx hvad I talte om</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="186"/>
        <source>&amp;Record Session</source>
        <translation>&amp;Registrér samtale</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="187"/>
        <source>&amp;Sessions recorded</source>
        <translation>Registrerede &amp;samtaler</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/coaching_dialog.py" line="188"/>
        <source>De&amp;lete</source>
        <translation>S&amp;let</translation>
    </message>
</context>
<context>
    <name>CommitmentBadge</name>
    <message>
        <location filename="../../ui/commitments/badge.py" line="117"/>
        <location filename="../../ui/commitments/badge.py" line="123"/>
        <source>Commitments</source>
        <translation>Forpligtelser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commitments/badge.py" line="118"/>
        <source>%n open commitments</source>
        <translation>
            <numerusform>%n åben forpligtelse</numerusform>
            <numerusform>%n åbne forpligtelser</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commitments/badge.py" line="120"/>
        <source>%n past the date</source>
        <translation>
            <numerusform>%n over fristen</numerusform>
            <numerusform>%n over fristen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentDue</name>
    <message>
        <location filename="../../ui/commitments/due.py" line="52"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/due.py" line="54"/>
        <source>Due tomorrow</source>
        <translation>Frist i morgen</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/due.py" line="57"/>
        <source>Due %1 – the date has passed</source>
        <translation>Frist %1 – datoen er passeret</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/due.py" line="60"/>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
</context>
<context>
    <name>CommitmentMode</name>
    <message>
        <location filename="../../ui/commitments/mode.py" line="107"/>
        <source>Commitments</source>
        <translation>Forpligtelser</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commitments/mode.py" line="114"/>
        <source>%n commitments are due. F9 shows them.</source>
        <translation>
            <numerusform>%n forpligtelse har nået sin frist. F9 viser den.</numerusform>
            <numerusform>%n forpligtelser har nået deres frist. F9 viser dem.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="129"/>
        <source>The entry is not saved yet</source>
        <translation>Indlægget er ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="131"/>
        <source>A commitment belongs to a saved entry. The banner above the entry says why it could not be saved; try again when it is.</source>
        <translation>En forpligtelse hører til et gemt indlæg. Beskeden over indlægget siger, hvorfor det ikke kunne gemmes; prøv igen, når det er gemt.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="139"/>
        <source>Write the entry first</source>
        <translation>Skriv indlægget først</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="140"/>
        <source>A commitment comes from an entry: write a few words first.</source>
        <translation>En forpligtelse kommer fra et indlæg: skriv et par ord først.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="156"/>
        <source>The commitment was not made</source>
        <translation>Forpligtelsen blev ikke oprettet</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="160"/>
        <source>Commitment made. It waits under View ▸ Commitments (F9).</source>
        <translation>Forpligtelsen er oprettet. Den venter under Vis ▸ Forpligtelser (F9).</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="170"/>
        <source>Cannot close the commitment</source>
        <translation>Forpligtelsen kan ikke lukkes</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="190"/>
        <source>The commitment was not closed</source>
        <translation>Forpligtelsen blev ikke lukket</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="194"/>
        <source>Commitment closed</source>
        <translation>Forpligtelsen er lukket</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="196"/>
        <source>How it went is written in a new follow-up entry, linked to the entry the commitment came from. Open the follow-up now to add to it?</source>
        <translation>Hvordan det gik, står nu i et nyt opfølgningsindlæg, der er knyttet til det indlæg, forpligtelsen kom fra. Vil du åbne opfølgningen nu og skrive videre?</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/mode.py" line="199"/>
        <source>Open Follow-up</source>
        <translation>Åbn opfølgningen</translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <location filename="../../ui/commitments/rows.py" line="129"/>
        <source>From a private entry: it stays out of exports</source>
        <translation>Fra et privat indlæg: den holdes ude af eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/rows.py" line="130"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/rows.py" line="134"/>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/rows.py" line="135"/>
        <source>Open the entry it came from</source>
        <translation>Åbn det indlæg, den kom fra</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/rows.py" line="136"/>
        <source>How did it go?…</source>
        <translation>Hvordan gik det?…</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/rows.py" line="137"/>
        <source>Close it as kept, changed or dropped, with a note</source>
        <translation>Luk den som holdt, ændret eller droppet, med en note</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/rows.py" line="138"/>
        <source>Private. </source>
        <translation>Privat. </translation>
    </message>
</context>
<context>
    <name>CommitmentStatus</name>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="26"/>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="27"/>
        <source>Kept</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="28"/>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="29"/>
        <source>Dropped</source>
        <translation>Droppet</translation>
    </message>
</context>
<context>
    <name>CommitmentsPane</name>
    <message numerus="yes">
        <location filename="../../ui/commitments/pane.py" line="105"/>
        <source>Open commitments: %n</source>
        <translation>
            <numerusform>Åbne forpligtelser: %n</numerusform>
            <numerusform>Åbne forpligtelser: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commitments/pane.py" line="107"/>
        <source>%n past the date</source>
        <translation>
            <numerusform>%n over fristen</numerusform>
            <numerusform>%n over fristen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commitments/pane.py" line="111"/>
        <source>No open commitments. When you write what you will do next time, make it a commitment: it waits here until you say how it went.</source>
        <translation>Ingen åbne forpligtelser. Når du skriver, hvad du vil gøre næste gang, så gør det til en forpligtelse: den venter her, til du fortæller, hvordan det gik.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/pane.py" line="117"/>
        <source>No coaching session recorded yet.</source>
        <translation>Ingen coachingsamtale registreret endnu.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/pane.py" line="120"/>
        <source>Last coaching session: %1</source>
        <translation>Seneste coachingsamtale: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/pane.py" line="121"/>
        <source>Record a session…</source>
        <translation>Registrér en samtale…</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/pane.py" line="123"/>
        <source>Record a coaching session; the summary then tells what came since</source>
        <translation>Registrér en coachingsamtale; oversigten fortæller så, hvad der er sket siden</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../ui/courses/dialog.py" line="153"/>
        <location filename="../../ui/courses/dialog.py" line="172"/>
        <source>Courses</source>
        <translation>Forløb</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="154"/>
        <source>&amp;Courses</source>
        <translation>&amp;Forløb</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="155"/>
        <location filename="../../ui/courses/dialog.py" line="205"/>
        <source>New course</source>
        <translation>Nyt forløb</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="156"/>
        <source>Import course plan…</source>
        <translation>Importér forløbsplan…</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="158"/>
        <source>Read the modules from a TOML or CSV file that your course organiser gave you</source>
        <translation>Læs modulerne fra en TOML- eller CSV-fil, som du har fået af forløbets arrangør</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="160"/>
        <source>Delete course…</source>
        <translation>Slet forløb…</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="161"/>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="162"/>
        <source>&amp;Modules</source>
        <translation>&amp;Moduler</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="163"/>
        <source>Add module</source>
        <translation>Tilføj modul</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="164"/>
        <source>Remove module</source>
        <translation>Fjern modul</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="167"/>
        <source>Entries dated on or after a module&apos;s date, and before the next module, belong to that module. After each module, answer the postcard questions.</source>
        <translation>Indlæg dateret på eller efter et moduls dato og før det næste modul hører til det modul. Besvar postkortets spørgsmål efter hvert modul.</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="171"/>
        <source>Modules of the course</source>
        <translation>Forløbets moduler</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="173"/>
        <source>Course name</source>
        <translation>Forløbets navn</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="223"/>
        <source>Module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="261"/>
        <source>this course</source>
        <translation>dette forløb</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="263"/>
        <source>Delete the course “%1” and its modules? Your entries stay in the journal; only their link to the modules is removed.</source>
        <translation>Slet forløbet “%1” og dets moduler? Dine indlæg bliver i dagbogen; kun deres kobling til modulerne fjernes.</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="267"/>
        <source>Delete course</source>
        <translation>Slet forløb</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="267"/>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="306"/>
        <source>Import course plan</source>
        <translation>Importér forløbsplan</translation>
    </message>
    <message>
        <location filename="../../ui/courses/dialog.py" line="308"/>
        <source>Course plans (*.toml *.csv *.txt);;All files (*)</source>
        <translation>Forløbsplaner (*.toml *.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>CourseMode</name>
    <message>
        <location filename="../../ui/courses/mode.py" line="103"/>
        <source>Cannot change the module</source>
        <translation>Modulet kan ikke ændres</translation>
    </message>
</context>
<context>
    <name>CourseTimelineLink</name>
    <message>
        <location filename="../../ui/courses/timeline_link.py" line="118"/>
        <source>Belongs to module</source>
        <translation>Hører til modul</translation>
    </message>
    <message>
        <location filename="../../ui/courses/timeline_link.py" line="121"/>
        <source>By its date (%1)</source>
        <translation>Efter datoen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/courses/timeline_link.py" line="122"/>
        <source>no module</source>
        <translation>intet modul</translation>
    </message>
</context>
<context>
    <name>DensityStrip</name>
    <message>
        <location filename="../../ui/timeline/density_strip.py" line="194"/>
        <source>Entries per week</source>
        <translation>Indlæg pr. uge</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/density_strip.py" line="197"/>
        <source>Entries per week, oldest on the left. Click a week to jump to it.</source>
        <translation>Indlæg pr. uge, ældste til venstre. Klik på en uge for at springe til den.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/density_strip.py" line="225"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n indlæg</numerusform>
            <numerusform>%n indlæg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/density_strip.py" line="225"/>
        <source>1 entry</source>
        <translation>1 indlæg</translation>
    </message>
</context>
<context>
    <name>DialogService</name>
    <message>
        <location filename="../../ui/window/dialogs.py" line="82"/>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs.py" line="83"/>
        <source>Show in Folder</source>
        <translation>Vis i mappe</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs.py" line="116"/>
        <source>Your latest text is not saved</source>
        <translation>Din seneste tekst er ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs.py" line="118"/>
        <source>Refleks could not save the open entry, so closing now would lose what you wrote since the last save.</source>
        <translation>Refleks kunne ikke gemme det åbne indlæg. Lukker du nu, mister du det, du har skrevet siden sidst, det blev gemt.</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs.py" line="125"/>
        <source>Try saving again</source>
        <translation>Prøv at gemme igen</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs.py" line="127"/>
        <source>Close without saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
    <message>
        <location filename="../../ui/window/dialogs.py" line="129"/>
        <source>Keep writing</source>
        <translation>Skriv videre</translation>
    </message>
</context>
<context>
    <name>EditorCommitments</name>
    <message>
        <location filename="../../ui/commitments/editor_link.py" line="86"/>
        <source>Make this a commitment…</source>
        <translation>Gør det til en forpligtelse…</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/editor_link.py" line="88"/>
        <source>Keep this answer as a commitment; it comes back until you say how it went</source>
        <translation>Gem svaret som en forpligtelse; den vender tilbage, til du fortæller, hvordan det gik</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/editor_link.py" line="118"/>
        <source>Make a Commitment…</source>
        <translation>Gør til forpligtelse…</translation>
    </message>
</context>
<context>
    <name>EntryCommitments</name>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="110"/>
        <source>Follows up the commitment “%1” from %2</source>
        <translation>Følger op på forpligtelsen “%1” fra %2</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="115"/>
        <source>Commitments from this entry</source>
        <translation>Forpligtelser fra dette indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="124"/>
        <source>How did it go?…</source>
        <translation>Hvordan gik det?…</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/entry_commitments.py" line="146"/>
        <source>Open the follow-up</source>
        <translation>Åbn opfølgningen</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="175"/>
        <source>Postcard — %1</source>
        <translation>Postkort — %1</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="87"/>
        <source>Entry editor</source>
        <translation>Indlægsredigering</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="155"/>
        <source>There is no template called &apos;{key}&apos;.</source>
        <translation>Der findes ingen skabelon med navnet &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="210"/>
        <source>Not saved yet – retrying</source>
        <translation>Ikke gemt endnu – prøver igen</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="207"/>
        <source>Not saved – the text needs a change</source>
        <translation>Ikke gemt – teksten skal ændres</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="152"/>
        <source>Saved {time}</source>
        <translation>Gemt {time}</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_editor.py" line="455"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="164"/>
        <source>The journal is locked by another program, so your text is not saved yet. It stays here and Refleks keeps trying.</source>
        <translation>Dagbogen er låst af et andet program, så din tekst er ikke gemt endnu. Den bliver her, og Refleks bliver ved med at prøve.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="170"/>
        <source>The disk is full, so your text is not saved yet. Free some space; the text stays here and Refleks keeps trying.</source>
        <translation>Disken er fuld, så din tekst er ikke gemt endnu. Frigør noget plads; teksten bliver her, og Refleks bliver ved med at prøve.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="176"/>
        <source>The journal file cannot be written (it is read-only), so your text is not saved yet. It stays here and Refleks keeps trying.</source>
        <translation>Der kan ikke skrives til dagbogsfilen (den er skrivebeskyttet), så din tekst er ikke gemt endnu. Den bliver her, og Refleks bliver ved med at prøve.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/editor_state.py" line="181"/>
        <source>Your text could not be saved ({reason}). It stays here and Refleks keeps trying.</source>
        <translation>Din tekst kunne ikke gemmes ({reason}). Den bliver her, og Refleks bliver ved med at prøve.</translation>
    </message>
</context>
<context>
    <name>EntryHeader</name>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="145"/>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="146"/>
        <source>Day of the entry</source>
        <translation>Indlæggets dag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="151"/>
        <location filename="../../ui/editor/entry_header.py" line="152"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="157"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="155"/>
        <source>Private entries stay in your journal: they are left out of every export.</source>
        <translation>Private indlæg bliver i din dagbog: de udelades af enhver eksport.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="162"/>
        <source>Bring to coaching</source>
        <translation>Med til coaching</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="160"/>
        <source>Mark this entry to bring along to your next coaching session.</source>
        <translation>Markér indlægget, så du husker at tage det med til din næste coachingsamtale.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="147"/>
        <source>Time of the entry</source>
        <translation>Indlæggets klokkeslæt</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="149"/>
        <source>The time of day of the entry; entries of one day are ordered by it</source>
        <translation>Indlæggets klokkeslæt; indlæg fra samme dag står i rækkefølge efter det</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="153"/>
        <source>&amp;Private</source>
        <translation>&amp;Privat</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="158"/>
        <source>Bring to &amp;coaching</source>
        <translation>Med til &amp;coaching</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="163"/>
        <location filename="../../ui/editor/entry_header.py" line="165"/>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="164"/>
        <source>Show the entry as a formatted page (Ctrl+P)</source>
        <translation>Vis indlægget som en formateret side (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="166"/>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="167"/>
        <source>Move this entry to the trash</source>
        <translation>Flyt dette indlæg til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="168"/>
        <source>Move to trash</source>
        <translation>Flyt til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="169"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="170"/>
        <source>Choose tags from the course, or add your own</source>
        <translation>Vælg tags fra forløbet, eller tilføj dine egne</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="171"/>
        <source>Choose tags</source>
        <translation>Vælg tags</translation>
    </message>
    <message>
        <location filename="../../ui/editor/entry_header.py" line="172"/>
        <source>Save state</source>
        <translation>Gemmestatus</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/exchange/actions.py" line="84"/>
        <source>Save a complete backup</source>
        <translation>Gem en fuld sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="94"/>
        <source>The backup was not saved</source>
        <translation>Sikkerhedskopien blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="412"/>
        <source>Summary saved</source>
        <translation>Oversigten er gemt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="412"/>
        <source>Your coaching summary is saved here:</source>
        <translation>Din coachingoversigt er gemt her:</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/actions.py" line="99"/>
        <source>Backup saved</source>
        <translation>Sikkerhedskopi gemt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="267"/>
        <source>Export coaching summary</source>
        <translation>Eksportér coachingoversigt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="269"/>
        <source>&amp;Covers</source>
        <translation>&amp;Omfatter</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="269"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="269"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="270"/>
        <source>Families</source>
        <translation>Familier</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="271"/>
        <source>Entries</source>
        <translation>Indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="272"/>
        <source>Parts</source>
        <translation>Dele</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="272"/>
        <source>Your &amp;name</source>
        <translation>Dit &amp;navn</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="273"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="273"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="277"/>
        <source>The whole journal</source>
        <translation>Hele dagbogen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="278"/>
        <source>Dates…</source>
        <translation>Datoer…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="270"/>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="279"/>
        <source>All matching entries</source>
        <translation>Alle indlæg, der passer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="280"/>
        <source>Only entries marked bring-to-coaching</source>
        <translation>Kun indlæg markeret med til coaching</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="281"/>
        <source>Only the entries I tick below</source>
        <translation>Kun de indlæg, jeg sætter flueben ved nedenfor</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="282"/>
        <source>Answers</source>
        <translation>Svar</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="283"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="284"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="285"/>
        <source>optional, shown in the title block</source>
        <translation>valgfrit, vises i titelfeltet</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="288"/>
        <source>Entries in the period (★ = bring to coaching). Private entries stay out unless you tick them one by one.</source>
        <translation>Indlæg i perioden (★ = med til coaching). Private indlæg holdes ude, medmindre du sætter flueben ved dem én for én.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="294"/>
        <source>Your journal is encrypted, but the exported file is not: keep it somewhere only you and your coach can read.</source>
        <translation>Din dagbog er krypteret, men den eksporterede fil er ikke: opbevar den et sted, kun du og din coach kan læse den.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="298"/>
        <source>Preview of exactly what will be exported</source>
        <translation>Forhåndsvisning af præcis det, der bliver eksporteret</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="371"/>
        <source>Entries in the file: %n.</source>
        <translation>
            <numerusform>Indlæg i filen: %n.</numerusform>
            <numerusform>Indlæg i filen: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="373"/>
        <source>Private entries included: %n.</source>
        <translation>
            <numerusform>Private indlæg med: %n.</numerusform>
            <numerusform>Private indlæg med: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/export_dialog.py" line="375"/>
        <source>Private entries left out: %n.</source>
        <translation>
            <numerusform>Private indlæg udeladt: %n.</numerusform>
            <numerusform>Private indlæg udeladt: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="418"/>
        <source>The summary was not saved</source>
        <translation>Oversigten blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/export_dialog.py" line="427"/>
        <source>Save coaching summary</source>
        <translation>Gem coachingoversigt</translation>
    </message>
</context>
<context>
    <name>ExportEntryList</name>
    <message>
        <location filename="../../ui/exchange/entry_list.py" line="41"/>
        <source>(private)</source>
        <translation>(privat)</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
    <message>
        <location filename="../../ui/exchange/progress.py" line="51"/>
        <source>Cancel export</source>
        <translation>Annullér eksport</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/progress.py" line="52"/>
        <source>Saving… %p%</source>
        <translation>Gemmer … %p%</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="116"/>
        <source>1 entry</source>
        <translation>1 indlæg</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/filter_bar.py" line="118"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n indlæg</numerusform>
            <numerusform>%n indlæg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="128"/>
        <location filename="../../ui/timeline/filter_bar.py" line="348"/>
        <source>All modules</source>
        <translation>Alle moduler</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="316"/>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="323"/>
        <source>Search entries…</source>
        <translation>Søg i indlæg…</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="324"/>
        <source>Search entries</source>
        <translation>Søg i indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="327"/>
        <source>Words or parts of words (kontro finds kontrollen, opgave finds kerneopgaven), a &quot;quoted phrase&quot;, tag, course and module names</source>
        <translation>Ord eller dele af ord (kontro finder kontrollen, opgave finder kerneopgaven), en &quot;sætning i citationstegn&quot;, navne på tags, forløb og moduler</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="331"/>
        <source>Show filters</source>
        <translation>Vis filtre</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="337"/>
        <source>Only entries tagged %1</source>
        <translation>Kun indlæg med tagget %1</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="339"/>
        <source>Filter by tags</source>
        <translation>Filtrér efter tags</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="340"/>
        <source>any of these</source>
        <translation>et af disse</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="341"/>
        <source>all of these</source>
        <translation>alle disse</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="342"/>
        <source>Match any or all tags</source>
        <translation>Et af eller alle tags</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="343"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="344"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="345"/>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="346"/>
        <source>Last day</source>
        <translation>Sidste dag</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="347"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="349"/>
        <source>Newest first</source>
        <translation>Nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="350"/>
        <source>Best match</source>
        <translation>Bedste match</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="351"/>
        <source>Order of the entries found</source>
        <translation>Rækkefølge for de fundne indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="352"/>
        <source>Order the entries found by date or by best match</source>
        <translation>Vis de fundne indlæg efter dato eller efter bedste match</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="353"/>
        <source>Clear all</source>
        <translation>Ryd alle</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/filter_bar.py" line="354"/>
        <source>Clear all filters</source>
        <translation>Ryd alle filtre</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="261"/>
        <source>No matches</source>
        <translation>Ingen fund</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="264"/>
        <source>1 match</source>
        <translation>1 fund</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/find_bar.py" line="264"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n fund</numerusform>
            <numerusform>%n fund</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="268"/>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="274"/>
        <source>Find in entry:</source>
        <translation>Find i indlægget:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="275"/>
        <source>Find in this entry</source>
        <translation>Find i dette indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="276"/>
        <source>Previous match (Shift+F3)</source>
        <translation>Forrige fund (Skift+F3)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="277"/>
        <source>Previous match</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="278"/>
        <source>Next match (F3)</source>
        <translation>Næste fund (F3)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="279"/>
        <source>Next match</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="280"/>
        <source>Close (Esc)</source>
        <translation>Luk (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/find_bar.py" line="281"/>
        <source>Close the find bar</source>
        <translation>Luk søgelinjen</translation>
    </message>
</context>
<context>
    <name>GeneralPage</name>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="69"/>
        <source>General</source>
        <translation>Generelt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="86"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="87"/>
        <source>Same as the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="91"/>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="92"/>
        <source>&amp;Lock after idle minutes:</source>
        <translation>&amp;Lås efter minutters inaktivitet:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="93"/>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="94"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="95"/>
        <source>Lock after idle minutes</source>
        <translation>Lås efter minutters inaktivitet</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="98"/>
        <source>The language applies at once to menus, the course&apos;s questions and the tags; what you are writing stays as it is.</source>
        <translation>Sproget skifter med det samme i menuer, forløbets spørgsmål og tags; det, du er ved at skrive, forbliver som det er.</translation>
    </message>
</context>
<context>
    <name>GuidedSection</name>
    <message>
        <location filename="../../ui/editor/guided_section.py" line="264"/>
        <source>Choose one…</source>
        <translation>Vælg en…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/guided_section.py" line="281"/>
        <source>This question is no longer part of the template; your answer is kept.</source>
        <translation>Dette spørgsmål er ikke længere en del af skabelonen; dit svar er bevaret.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/guided_section.py" line="292"/>
        <source>Pick the one this entry is about; its question from the course is shown here.</source>
        <translation>Vælg det, indlægget handler om; spørgsmålet fra forløbet vises her.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/guided_section.py" line="276"/>
        <source>How? In your own words…</source>
        <translation>Hvordan? Med dine egne ord…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="102"/>
        <source>Import entries</source>
        <translation>Importér indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="104"/>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="104"/>
        <source>&amp;Already here</source>
        <translation>&amp;Findes allerede</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="108"/>
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="109"/>
        <source>Recognise by content</source>
        <translation>Genkend på indholdet</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="110"/>
        <source>Keep my version (skip)</source>
        <translation>Behold min udgave (spring over)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="111"/>
        <source>Replace with the file&apos;s version (update)</source>
        <translation>Erstat med filens udgave (opdatér)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="112"/>
        <source>Check the file</source>
        <translation>Kontrollér filen</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="113"/>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="117"/>
        <source>Refleks backups, jrnl and Day One exports can be imported. The file is checked first; an import adds everything or nothing.</source>
        <translation>Refleks-sikkerhedskopier og eksporter fra jrnl og Day One kan importeres. Filen kontrolleres først; en import tilføjer alt eller intet.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="130"/>
        <source>Choose a file to import</source>
        <translation>Vælg en fil at importere</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="132"/>
        <source>Journals</source>
        <translation>Dagbøger</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="132"/>
        <source>All files (*)</source>
        <translation>Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="153"/>
        <source>Choose a file first.</source>
        <translation>Vælg en fil først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="162"/>
        <source>%n entries in the file</source>
        <translation>
            <numerusform>%n indlæg i filen</numerusform>
            <numerusform>%n indlæg i filen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="163"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n nyt</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/exchange/import_dialog.py" line="164"/>
        <source>%n already in your journal.</source>
        <translation>
            <numerusform>%n findes allerede i din dagbog.</numerusform>
            <numerusform>%n findes allerede i din dagbog.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/exchange/import_dialog.py" line="183"/>
        <source>Imported: %1 added, %2 skipped, %3 updated.</source>
        <translation>Importeret: %1 tilføjet, %2 sprunget over, %3 opdateret.</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../../ui/insights/view.py" line="277"/>
        <source>1 entry in the period</source>
        <translation>1 indlæg i perioden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/view.py" line="279"/>
        <source>%n entries in the period</source>
        <translation>
            <numerusform>%n indlæg i perioden</numerusform>
            <numerusform>%n indlæg i perioden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="281"/>
        <source>(private entries not counted)</source>
        <translation>(private indlæg er ikke talt med)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="287"/>
        <source>1 entry – click to show it in the timeline</source>
        <translation>1 indlæg – klik for at se det i tidslinjen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/view.py" line="288"/>
        <source>%n entries – click to show them in the timeline</source>
        <translation>
            <numerusform>%n indlæg – klik for at se det i tidslinjen</numerusform>
            <numerusform>%n indlæg – klik for at se dem i tidslinjen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="300"/>
        <source>1 commitment – click to see its follow-up entry</source>
        <translation>1 forpligtelse – klik for at se dens opfølgning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/insights/view.py" line="302"/>
        <source>%n commitments – click to see their follow-up entries</source>
        <translation>
            <numerusform>%n forpligtelse – klik for at se dens opfølgning</numerusform>
            <numerusform>%n forpligtelser – klik for at se deres opfølgninger</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="311"/>
        <source>Week %1 (%2)</source>
        <translation>Uge %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="328"/>
        <source>Insights</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="329"/>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="330"/>
        <source>Back to the entry</source>
        <translation>Tilbage til indlægget</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="331"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="332"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="333"/>
        <source>By month</source>
        <translation>Pr. måned</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="334"/>
        <source>By quarter</source>
        <translation>Pr. kvartal</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="335"/>
        <source>Count private entries</source>
        <translation>Tæl private indlæg med</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="336"/>
        <source>Recurring dilemmas and paradoxes</source>
        <translation>Dilemmaer og paradokser, der vender tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="338"/>
        <source>How many entries touched each dilemma or paradox, period by period.</source>
        <translation>Hvor mange indlæg der berørte hvert dilemma eller paradoks, periode for periode.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="340"/>
        <source>No entry in the period is tagged with one.</source>
        <translation>Intet indlæg i perioden er tagget med et dilemma eller paradoks.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="341"/>
        <source>Dilemmas and legitimacy</source>
        <translation>Dilemmaer og legitimitet</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="344"/>
        <source>Entries tagged with both a dilemma or paradox and a form of legitimacy: which legitimacy you drew on, for which dilemma.</source>
        <translation>Indlæg tagget med både et dilemma eller paradoks og en form for legitimitet: hvilken legitimitet du trak på ved hvilket dilemma.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="349"/>
        <source>No entry in the period carries both a dilemma or paradox and a legitimacy.</source>
        <translation>Intet indlæg i perioden har både et dilemma eller paradoks og en form for legitimitet.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="351"/>
        <source>Leader roles and network strategies</source>
        <translation>Lederroller og netværksstrategier</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="352"/>
        <source>Which roles and strategies were in play, over time.</source>
        <translation>Hvilke roller og strategier der var i spil, over tid.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="354"/>
        <source>No entry in the period is tagged with a role or strategy.</source>
        <translation>Intet indlæg i perioden er tagget med en rolle eller strategi.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="356"/>
        <source>Rhythm of writing</source>
        <translation>Skriverytme</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="357"/>
        <source>Entries per week.</source>
        <translation>Indlæg pr. uge.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="358"/>
        <source>No entries in the period.</source>
        <translation>Ingen indlæg i perioden.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="359"/>
        <source>How commitments ended</source>
        <translation>Sådan endte forpligtelserne</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="361"/>
        <source>Commitments closed in each period: kept, changed or dropped.</source>
        <translation>Forpligtelser lukket i hver periode: holdt, ændret eller droppet.</translation>
    </message>
    <message>
        <location filename="../../ui/insights/view.py" line="363"/>
        <source>No commitment was closed in the period.</source>
        <translation>Ingen forpligtelse blev lukket i perioden.</translation>
    </message>
</context>
<context>
    <name>JournalLifecycle</name>
    <message>
        <location filename="../../ui/shell/journal_session.py" line="182"/>
        <source>The open entry could not be saved, so nothing was restored. Save it first (see the banner above it).</source>
        <translation>Det åbne indlæg kunne ikke gemmes, så intet blev gendannet. Gem det først (se beskeden over det).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/journal_session.py" line="215"/>
        <source>The backup is back in place. Your journal as it was is kept as the backup “%s”, in the same list.</source>
        <translation>Sikkerhedskopien er sat på plads. Din dagbog, som den var, er gemt som sikkerhedskopien “%s” i samme liste.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/journal_session.py" line="221"/>
        <source>This backup was not encrypted, so the journal is not encrypted now. Set a passphrase again under Preferences ▸ Security.</source>
        <translation>Denne sikkerhedskopi var ikke krypteret, så dagbogen er ikke krypteret nu. Vælg en adgangsfrase igen under Indstillinger ▸ Sikkerhed.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/journal_session.py" line="244"/>
        <source>No backup was made</source>
        <translation>Der blev ikke taget nogen sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/journal_session.py" line="248"/>
        <source>Backed up to %s</source>
        <translation>Sikkerhedskopieret til %s</translation>
    </message>
    <message>
        <location filename="../../ui/shell/journal_session.py" line="207"/>
        <source>The backup is back in place. Your journal as it was could not be backed up (it is damaged), so the file itself is kept, unchanged, as %s.</source>
        <translation>Sikkerhedskopien er sat på plads. Din dagbog, som den var, kunne ikke sikkerhedskopieres (den er beskadiget), så selve filen er gemt uændret som %s.</translation>
    </message>
</context>
<context>
    <name>LearningLogDialog</name>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="211"/>
        <source>Learning log saved</source>
        <translation>Læringsloggen er gemt</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="211"/>
        <source>Your learning log is saved here:</source>
        <translation>Din læringslog er gemt her:</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="134"/>
        <source>Export learning log</source>
        <translation>Eksportér læringslog</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="135"/>
        <source>&amp;Covers</source>
        <translation>&amp;Omfatter</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="135"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="135"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="138"/>
        <source>Include my private entries</source>
        <translation>Tag mine private indlæg med</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="139"/>
        <source>Preview of the learning log</source>
        <translation>Forhåndsvisning af læringsloggen</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="165"/>
        <source>There are no courses yet. Make one under Courses… first.</source>
        <translation>Der er ingen forløb endnu. Opret et under Forløb… først.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/courses/learning_log_dialog.py" line="171"/>
        <source>%n entries will be in the file.</source>
        <translation>
            <numerusform>%n indlæg kommer med i filen.</numerusform>
            <numerusform>%n indlæg kommer med i filen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/courses/learning_log_dialog.py" line="173"/>
        <source>%n private entries are left out.</source>
        <translation>
            <numerusform>%n privat indlæg er udeladt.</numerusform>
            <numerusform>%n private indlæg er udeladt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="185"/>
        <location filename="../../ui/courses/learning_log_dialog.py" line="217"/>
        <source>The learning log was not saved</source>
        <translation>Læringsloggen blev ikke gemt</translation>
    </message>
    <message>
        <location filename="../../ui/courses/learning_log_dialog.py" line="235"/>
        <source>Save learning log</source>
        <translation>Gem læringslog</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/window/main_window.py" line="223"/>
        <source>Cannot open the entry</source>
        <extracomment>Backups, auto-lock and passphrase of the open journal; set by the JournalLifecycle made for this window (None in a window without one, as in most tests).</extracomment>
        <translation>Indlægget kan ikke åbnes</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="256"/>
        <source>Cannot move the entry to the trash</source>
        <translation>Indlægget kan ikke flyttes til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="267"/>
        <source>Cannot restore the entry</source>
        <translation>Indlægget kan ikke gendannes</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="319"/>
        <source>About Refleks</source>
        <translation>Om Refleks</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="321"/>
        <source>Refleks is a private reflection journal for leaders, built on the course “Leadership in the involving network state”.

Your journal is kept in:
%s</source>
        <translation>Refleks er en privat refleksionsdagbog for ledere, bygget på forløbet “Ledelse i den involverende netværksstat”.

Din dagbog ligger i:
%s</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="336"/>
        <source>Your text is not saved yet</source>
        <translation>Din tekst er ikke gemt endnu</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="338"/>
        <source>Refleks could not save the open entry, so it stays open. The banner above the entry says why; saving is retried by itself.</source>
        <translation>Refleks kunne ikke gemme det åbne indlæg, så det forbliver åbent. Beskeden over indlægget siger hvorfor; Refleks prøver selv at gemme igen.</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="394"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/window/main_window.py" line="395"/>
        <source>Open entry</source>
        <translation>Åbent indlæg</translation>
    </message>
</context>
<context>
    <name>MakeCommitmentDialog</name>
    <message>
        <location filename="../../ui/commitments/make_dialog.py" line="101"/>
        <source>A commitment holds at most %1 characters; shorten it a little.</source>
        <translation>En forpligtelse kan højst rumme %1 tegn; gør den lidt kortere.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/make_dialog.py" line="116"/>
        <source>Make a commitment</source>
        <translation>Gør til forpligtelse</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/make_dialog.py" line="119"/>
        <source>What will you do? Say it so you can tell later whether you did. It waits in the commitments pane until you say how it went.</source>
        <translation>Hvad vil du gøre? Sig det, så du senere kan se, om du gjorde det. Den venter i panelet med forpligtelser, til du fortæller, hvordan det gik.</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/make_dialog.py" line="123"/>
        <source>&amp;Commitment</source>
        <translation>&amp;Forpligtelse</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/make_dialog.py" line="124"/>
        <source>&amp;Due by</source>
        <translation>F&amp;rist</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/make_dialog.py" line="125"/>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/commitments/make_dialog.py" line="126"/>
        <source>&amp;Make Commitment</source>
        <translation>&amp;Opret forpligtelse</translation>
    </message>
</context>
<context>
    <name>MemoryList</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="124"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>for %n år siden</numerusform>
            <numerusform>for %n år siden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="125"/>
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>for %n måned siden</numerusform>
            <numerusform>for %n måneder siden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/on_this_day.py" line="144"/>
        <source>Untitled entry</source>
        <translation>Indlæg uden titel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="152"/>
        <source>and %n more</source>
        <translation>
            <numerusform>og %n til</numerusform>
            <numerusform>og %n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetBefore</name>
    <message>
        <location filename="../../ui/editor/met_before.py" line="108"/>
        <source>Untitled entry</source>
        <translation>Indlæg uden titel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/editor/met_before.py" line="128"/>
        <source>You have met this before  ·  %n earlier entry(s)</source>
        <translation>
            <numerusform>Det har du mødt før  ·  %n tidligere indlæg</numerusform>
            <numerusform>Det har du mødt før  ·  %n tidligere indlæg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/editor/met_before.py" line="130"/>
        <source>The latest earlier entries with the same dilemma, paradox or legitimacy tag</source>
        <translation>De seneste tidligere indlæg med samme dilemma, paradoks eller legitimitetsform</translation>
    </message>
</context>
<context>
    <name>MilestoneTimelineModel</name>
    <message>
        <location filename="../../ui/courses/milestones.py" line="276"/>
        <source>Module date %1: %2. %3</source>
        <translation>Moduldato %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../../ui/courses/milestones.py" line="283"/>
        <source>Click or press Enter to answer the postcard for this module</source>
        <translation>Klik eller tryk Enter for at besvare postkortet for dette modul</translation>
    </message>
    <message>
        <location filename="../../ui/courses/milestones.py" line="285"/>
        <source>Click or press Enter to open the postcard you wrote</source>
        <translation>Klik eller tryk Enter for at åbne det postkort, du skrev</translation>
    </message>
    <message>
        <location filename="../../ui/courses/milestones.py" line="286"/>
        <source>This module has not begun yet</source>
        <translation>Dette modul er ikke begyndt endnu</translation>
    </message>
    <message>
        <location filename="../../ui/courses/milestones.py" line="303"/>
        <source>✓ Postcard done</source>
        <translation>✓ Postkort besvaret</translation>
    </message>
    <message>
        <location filename="../../ui/courses/milestones.py" line="305"/>
        <source>Write the postcard</source>
        <translation>Skriv postkortet</translation>
    </message>
    <message>
        <location filename="../../ui/courses/milestones.py" line="306"/>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
</context>
<context>
    <name>ModuleField</name>
    <message>
        <location filename="../../ui/editor/module_field.py" line="105"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/editor/module_field.py" line="116"/>
        <source>No module (by date)</source>
        <translation>Intet modul (efter dato)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/module_field.py" line="117"/>
        <source>%1 (by date)</source>
        <translation>%1 (efter dato)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/module_field.py" line="141"/>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <location filename="../../ui/editor/module_field.py" line="142"/>
        <source>Module of the entry</source>
        <translation>Indlæggets modul</translation>
    </message>
    <message>
        <location filename="../../ui/editor/module_field.py" line="145"/>
        <source>By date, an entry belongs to the module whose day it falls after. Choose a module to link the entry to that module only.</source>
        <translation>Efter dato hører et indlæg til det modul, hvis dag det ligger efter. Vælg et modul for kun at knytte indlægget til det modul.</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <location filename="../../ui/courses/modules_model.py" line="113"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location filename="../../ui/courses/modules_model.py" line="114"/>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location filename="../../ui/courses/modules_model.py" line="115"/>
        <source>Place</source>
        <translation>Sted</translation>
    </message>
    <message>
        <location filename="../../ui/courses/modules_model.py" line="116"/>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../ui/courses/modules_model.py" line="117"/>
        <source>Postcard</source>
        <translation>Postkort</translation>
    </message>
    <message>
        <location filename="../../ui/courses/modules_model.py" line="172"/>
        <source>✓ Done</source>
        <translation>✓ Besvaret</translation>
    </message>
    <message>
        <location filename="../../ui/courses/modules_model.py" line="174"/>
        <source>Not yet answered</source>
        <translation>Ikke besvaret endnu</translation>
    </message>
</context>
<context>
    <name>OnThisDayStrip</name>
    <message numerus="yes">
        <location filename="../../ui/timeline/on_this_day.py" line="241"/>
        <source>On this day  ·  %n entry(s)</source>
        <extracomment>The local time now; tests move it to cross midnight.</extracomment>
        <translation>
            <numerusform>På denne dag  ·  %n indlæg</numerusform>
            <numerusform>På denne dag  ·  %n indlæg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/timeline/on_this_day.py" line="242"/>
        <source>Entries from this date in earlier months and years</source>
        <translation>Indlæg fra samme dato i tidligere måneder og år</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="53"/>
        <source>Current passphrase:</source>
        <translation>Nuværende adgangsfrase:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="55"/>
        <source>New passphrase:</source>
        <translation>Ny adgangsfrase:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="56"/>
        <source>The same again:</source>
        <translation>Den samme igen:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="75"/>
        <source>Type the current passphrase.</source>
        <translation>Skriv den nuværende adgangsfrase.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="79"/>
        <source>At least %d characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Mindst %d tegn. Nogle få ord, der ikke hænger sammen, er lette at huske og svære at gætte.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="85"/>
        <source>The two new passphrases are not the same yet.</source>
        <translation>De to nye adgangsfraser er ikke ens endnu.</translation>
    </message>
</context>
<context>
    <name>PerspectivesPanel</name>
    <message>
        <location filename="../../ui/editor/perspectives_panel.py" line="141"/>
        <source>See it from…</source>
        <translation>Se det fra…</translation>
    </message>
    <message>
        <location filename="../../ui/editor/perspectives_panel.py" line="143"/>
        <source>Ways the course offers of seeing a situation like this, in its own words</source>
        <translation>Måder at se en situation som denne på, med oplæggets egne ord</translation>
    </message>
    <message>
        <location filename="../../ui/editor/perspectives_panel.py" line="154"/>
        <source>From the course slides: %1</source>
        <translation>Fra oplægget: %1</translation>
    </message>
</context>
<context>
    <name>PostcardSuggestion</name>
    <message>
        <location filename="../../ui/courses/postcard_suggestion.py" line="123"/>
        <source>Write the postcard</source>
        <translation>Skriv postkortet</translation>
    </message>
    <message>
        <location filename="../../ui/courses/postcard_suggestion.py" line="124"/>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <location filename="../../ui/courses/postcard_suggestion.py" line="134"/>
        <source>Postcard for %1</source>
        <translation>Postkort for %1</translation>
    </message>
    <message>
        <location filename="../../ui/courses/postcard_suggestion.py" line="136"/>
        <source>Began %1. Five short questions on what you take with you.</source>
        <translation>Begyndte %1. Fem korte spørgsmål om det, du tager med dig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/courses/postcard_suggestion.py" line="141"/>
        <source>%n more module(s) without a postcard.</source>
        <translation>
            <numerusform>%n modul mere uden postkort.</numerusform>
            <numerusform>%n moduler mere uden postkort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/courses/postcard_suggestion.py" line="144"/>
        <source>Write the postcard for %1</source>
        <translation>Skriv postkortet for %1</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences/dialog.py" line="189"/>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
</context>
<context>
    <name>ReminderMode</name>
    <message>
        <location filename="../../ui/reminders/mode.py" line="158"/>
        <source>Time to reflect</source>
        <translation>Tid til refleksion</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="159"/>
        <source>A few minutes with your journal: what from these days is worth keeping?</source>
        <translation>Et par minutter med din dagbog: hvad fra de seneste dage er værd at gemme?</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="160"/>
        <source>Write an entry</source>
        <translation>Skriv et indlæg</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="165"/>
        <source>%1 was on %2. Five short questions on what you take with you.</source>
        <translation>%1 var den %2. Fem korte spørgsmål om, hvad du tager med dig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/mode.py" line="169"/>
        <source>%n more module(s) without a postcard.</source>
        <translation>
            <numerusform>%n modul mere uden postkort.</numerusform>
            <numerusform>%n moduler mere uden postkort.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="172"/>
        <source>Postcard for %1</source>
        <translation>Postkort for %1</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="174"/>
        <source>Write the postcard</source>
        <translation>Skriv postkortet</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="177"/>
        <source>Show commitments</source>
        <translation>Vis forpligtelser</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="181"/>
        <source>It comes from a private entry; open your commitments to see it.</source>
        <translation>Den stammer fra et privat indlæg; åbn dine forpligtelser for at se den.</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="184"/>
        <source>A commitment is due</source>
        <translation>En forpligtelse har nået sin frist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders/mode.py" line="186"/>
        <source>%n commitments are due</source>
        <translation>
            <numerusform>%n forpligtelse har nået sin frist</numerusform>
            <numerusform>%n forpligtelser har nået deres frist</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/reminders/mode.py" line="187"/>
        <source>Open your commitments to see how they went.</source>
        <translation>Åbn dine forpligtelser og se, hvordan det er gået.</translation>
    </message>
</context>
<context>
    <name>ReminderNotice</name>
    <message>
        <location filename="../../ui/reminders/notice.py" line="70"/>
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <location filename="../../ui/reminders/notice.py" line="71"/>
        <source>Reminder</source>
        <translation>Påmindelse</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="77"/>
        <source>Reminders</source>
        <translation>Påmindelser</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="109"/>
        <source>Refleks could not change how it starts at log-in: %1</source>
        <translation>Refleks kunne ikke ændre, om den starter ved log-ind: %1</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="130"/>
        <source>Remind me to &amp;reflect on these days:</source>
        <translation>Mind mig om at &amp;reflektere på disse dage:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="135"/>
        <source>&amp;At:</source>
        <translation>&amp;Klokken:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="136"/>
        <source>Time of the reminder</source>
        <translation>Tidspunkt for påmindelsen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="138"/>
        <source>Remind me of a course module&apos;s &amp;postcard once its day has passed</source>
        <translation>Mind mig om et kursusmoduls &amp;postkort, når dagen er gået</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="140"/>
        <source>Remind me of &amp;commitments on their due day</source>
        <translation>Mind mig om &amp;forpligtelser, når fristen er nået</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="141"/>
        <source>&amp;Start Refleks when I log in</source>
        <translation>&amp;Start Refleks, når jeg logger ind</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/reminders_page.py" line="144"/>
        <source>Reminders come while Refleks is open, at most once a day of each kind: as a notification from its icon beside the clock, or at the top of the window where the system has no such icons.</source>
        <translation>Påmindelser kommer, mens Refleks er åben, højst én gang om dagen af hver slags: som en meddelelse fra ikonet ved uret, eller øverst i vinduet, hvor systemet ikke har sådanne ikoner.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="152"/>
        <source>Choose the backup to put in place of the journal. The journal file as it is now is kept beside it, renamed, so nothing is lost.</source>
        <translation>Vælg den sikkerhedskopi, der skal erstatte dagbogen. Dagbogsfilen, som den er nu, bliver liggende ved siden af med et nyt navn, så intet går tabt.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="159"/>
        <source>Choose the backup to go back to. Your journal as it is now is backed up first, so you can come back to it from this list.</source>
        <translation>Vælg den sikkerhedskopi, du vil gå tilbage til. Din dagbog, som den er nu, sikkerhedskopieres først, så du kan vende tilbage til den fra denne liste.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="163"/>
        <source>Backups are kept in %s</source>
        <translation>Sikkerhedskopierne ligger i %s</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="168"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="177"/>
        <location filename="../../ui/shell/restore_dialog.py" line="200"/>
        <source>Restore from a Backup</source>
        <translation>Gendan fra en sikkerhedskopi</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="194"/>
        <source>Put the backup from %s in place of your journal? Everything written after it will no longer be in the journal (it stays in the backup of the current journal).</source>
        <translation>Sæt sikkerhedskopien fra %s i stedet for din dagbog? Alt, der er skrevet efter den, vil ikke længere være i dagbogen (det bliver i sikkerhedskopien af den nuværende dagbog).</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="200"/>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="206"/>
        <source>The backup was not restored</source>
        <translation>Sikkerhedskopien blev ikke gendannet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/restore_dialog.py" line="209"/>
        <source>Backup restored</source>
        <translation>Sikkerhedskopi gendannet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_flow.py" line="279"/>
        <source>The backup is back in place. The file that would not open is kept as %s.</source>
        <translation>Sikkerhedskopien er sat på plads. Filen, der ikke kunne åbnes, er gemt som %s.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_flow.py" line="276"/>
        <source>The backup is back in place.</source>
        <translation>Sikkerhedskopien er sat på plads.</translation>
    </message>
</context>
<context>
    <name>SaveBanner</name>
    <message>
        <location filename="../../ui/window/status_widgets.py" line="54"/>
        <source>Try Again</source>
        <translation>Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_widgets.py" line="55"/>
        <source>Save problem</source>
        <translation>Problem med at gemme</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_widgets.py" line="59"/>
        <source>Not saved yet. Your text is safe in this window; saving is retried.</source>
        <translation>Ikke gemt endnu. Din tekst er i sikkerhed i dette vindue; Refleks prøver at gemme igen.</translation>
    </message>
</context>
<context>
    <name>SecurityPage</name>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="165"/>
        <source>Your journal is encrypted, but some copies of it in its folder are not encrypted with its passphrase yet.</source>
        <translation>Din dagbog er krypteret, men nogle kopier af den i dens mappe er endnu ikke krypteret med dens adgangsfrase.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="171"/>
        <source>Encrypting or changing the passphrase was interrupted before every backup followed the journal. Finish it now, so that no copy opens without the current passphrase.</source>
        <translation>Krypteringen eller skiftet af adgangsfrase blev afbrudt, før alle sikkerhedskopier fulgte med dagbogen. Gør det færdigt nu, så ingen kopi kan åbnes uden den nuværende adgangsfrase.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="236"/>
        <source>%n more backup(s) are now encrypted.</source>
        <translation>
            <numerusform>%n sikkerhedskopi mere er nu krypteret.</numerusform>
            <numerusform>%n sikkerhedskopier mere er nu krypteret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="273"/>
        <source>&amp;Finish Encrypting</source>
        <translation>&amp;Gør krypteringen færdig</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="145"/>
        <source>Security</source>
        <translation>Sikkerhed</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="177"/>
        <source>Your journal is encrypted with a passphrase.</source>
        <translation>Din dagbog er krypteret med en adgangsfrase.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="180"/>
        <source>Without the passphrase the journal and its backups cannot be read. Exports you make are not encrypted; keep them somewhere safe.</source>
        <translation>Uden adgangsfrasen kan dagbogen og dens sikkerhedskopier ikke læses. Eksporter, du laver, er ikke krypterede; opbevar dem et sikkert sted.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="185"/>
        <source>Your journal is not encrypted.</source>
        <translation>Din dagbog er ikke krypteret.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="188"/>
        <source>Anyone who can open your files can read it. Set a passphrase to encrypt the journal and its backups on this computer.</source>
        <translation>Alle, der kan åbne dine filer, kan læse den. Vælg en adgangsfrase for at kryptere dagbogen og dens sikkerhedskopier på denne computer.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="200"/>
        <source>The journal and %n backup(s) are now encrypted.</source>
        <translation>
            <numerusform>Dagbogen og %n sikkerhedskopi er nu krypteret.</numerusform>
            <numerusform>Dagbogen og %n sikkerhedskopier er nu krypteret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="202"/>
        <source>The journal is now encrypted.</source>
        <translation>Dagbogen er nu krypteret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="213"/>
        <source>The passphrase is changed for the journal and %n backup(s).</source>
        <translation>
            <numerusform>Adgangsfrasen er ændret for dagbogen og %n sikkerhedskopi.</numerusform>
            <numerusform>Adgangsfrasen er ændret for dagbogen og %n sikkerhedskopier.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="215"/>
        <source>The passphrase is changed.</source>
        <translation>Adgangsfrasen er ændret.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/security_page.py" line="226"/>
        <source>The journal and %n backup(s) are no longer encrypted.</source>
        <translation>
            <numerusform>Dagbogen og %n sikkerhedskopi er ikke længere krypteret.</numerusform>
            <numerusform>Dagbogen og %n sikkerhedskopier er ikke længere krypteret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="228"/>
        <source>The journal is no longer encrypted.</source>
        <translation>Dagbogen er ikke længere krypteret.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="258"/>
        <source>Backups made under an older passphrase were left as they are: %s</source>
        <translation>Sikkerhedskopier taget med en ældre adgangsfrase er ladt urørte: %s</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="270"/>
        <source>&amp;Set Passphrase…</source>
        <translation>&amp;Vælg adgangsfrase…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="271"/>
        <source>&amp;Change Passphrase…</source>
        <translation>Skift &amp;adgangsfrase…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="272"/>
        <source>&amp;Remove Passphrase…</source>
        <translation>&amp;Fjern adgangsfrase…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/security_page.py" line="276"/>
        <source>If you forget the passphrase, nobody can open the journal again — not you, not support, not with the backups. Write it down and keep it somewhere safe.</source>
        <translation>Glemmer du adgangsfrasen, kan ingen åbne dagbogen igen – hverken du, supporten eller sikkerhedskopierne. Skriv den ned, og opbevar den et sikkert sted.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/window/start_page.py" line="158"/>
        <source>Welcome back</source>
        <translation>Velkommen tilbage</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="160"/>
        <source>Welcome to Refleks</source>
        <translation>Velkommen til Refleks</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="161"/>
        <source>On this day in earlier months and years</source>
        <translation>På denne dag i tidligere måneder og år</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="164"/>
        <source>A private journal for reflecting on your leadership: a few minutes after a hard meeting, at the end of a course module, or before a coaching session.</source>
        <translation>En privat dagbog til refleksion over din ledelse: et par minutter efter et svært møde, efter et modul på forløbet eller før en coachingsamtale.</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="170"/>
        <source>Write freely, or let the course&apos;s questions guide you. Tag what you write with the dilemmas, paradoxes and forms of legitimacy it touched, and read back over months to see what keeps coming up.</source>
        <translation>Skriv frit, eller lad forløbets spørgsmål guide dig. Tag det, du skriver, med de dilemmaer, paradokser og former for legitimitet, det berørte, og læs tilbage over måneder for at se, hvad der bliver ved med at dukke op.</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="177"/>
        <source>Write a free entry</source>
        <translation>Skriv fri tekst</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="178"/>
        <source>A blank page for whatever is on your mind</source>
        <translation>En blank side til det, du har på hjerte</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="181"/>
        <source>Write a postcard</source>
        <translation>Skriv et postkort</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="182"/>
        <source>The course&apos;s five postcard questions, one at a time</source>
        <translation>Forløbets fem postkortspørgsmål, ét ad gangen</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="185"/>
        <source>Reflect on a dilemma</source>
        <translation>Reflektér over et dilemma</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="186"/>
        <source>Pick a dilemma of network leadership and think it through</source>
        <translation>Vælg et af netværksledelsens dilemmaer, og tænk det igennem</translation>
    </message>
    <message>
        <location filename="../../ui/window/start_page.py" line="202"/>
        <source>Everything stays on this computer and saves as you type. Ctrl+N starts a new entry at any time.</source>
        <translation>Alt bliver på denne computer og gemmes, mens du skriver. Ctrl+N begynder et nyt indlæg når som helst.</translation>
    </message>
</context>
<context>
    <name>StartupFlow</name>
    <message>
        <location filename="../../ui/shell/startup_flow.py" line="227"/>
        <source>Choose the folder that holds your journal (journal.db)</source>
        <translation>Vælg den mappe, der indeholder din dagbog (journal.db)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_flow.py" line="238"/>
        <source>Passphrase of the backup</source>
        <translation>Sikkerhedskopiens adgangsfrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_flow.py" line="239"/>
        <source>This backup is encrypted. Type the passphrase it was made under:</source>
        <translation>Denne sikkerhedskopi er krypteret. Skriv den adgangsfrase, den blev taget med:</translation>
    </message>
</context>
<context>
    <name>StartupProblemDialog</name>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="86"/>
        <source>The journal&apos;s folder is missing</source>
        <translation>Dagbogens mappe mangler</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="87"/>
        <source>The journal is damaged</source>
        <translation>Dagbogen er beskadiget</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="88"/>
        <source>This is not a Refleks journal</source>
        <translation>Dette er ikke en Refleks-dagbog</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="89"/>
        <source>Wrong passphrase</source>
        <translation>Forkert adgangsfrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="90"/>
        <source>Made by a newer Refleks</source>
        <translation>Lavet af en nyere Refleks</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="91"/>
        <source>The journal is in use</source>
        <translation>Dagbogen er i brug</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="92"/>
        <source>The journal cannot be saved to</source>
        <translation>Der kan ikke gemmes i dagbogen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="93"/>
        <source>The journal could not be upgraded</source>
        <translation>Dagbogen kunne ikke opgraderes</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="114"/>
        <source>The folder that holds the journal cannot be found. If it is on a drive or a network folder, connect it and try again.</source>
        <translation>Mappen med dagbogen kan ikke findes. Ligger den på et drev eller en netværksmappe, så tilslut den, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="119"/>
        <source>The journal file is damaged and cannot be read. A backup can put your journal back as it was when the backup was made.</source>
        <translation>Dagbogsfilen er beskadiget og kan ikke læses. En sikkerhedskopi kan sætte din dagbog tilbage, som den var, da sikkerhedskopien blev taget.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="124"/>
        <source>The file is not a Refleks journal, or it is an encrypted journal whose key file (journal.db.header.json) is missing.</source>
        <translation>Filen er ikke en Refleks-dagbog, eller også er det en krypteret dagbog, hvis nøglefil (journal.db.header.json) mangler.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="129"/>
        <source>The passphrase does not open this journal.</source>
        <translation>Adgangsfrasen åbner ikke denne dagbog.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="130"/>
        <source>The journal was last saved by a newer version of Refleks. Install that version to open it.</source>
        <translation>Dagbogen blev sidst gemt af en nyere version af Refleks. Installér den version for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="135"/>
        <source>Another Refleks window or program is using the journal right now. Close it, or wait a moment, and try again.</source>
        <translation>Et andet Refleks-vindue eller -program bruger dagbogen lige nu. Luk det, eller vent et øjeblik, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="140"/>
        <source>Refleks may not write to the journal or its folder, so nothing you write could be saved. Make them writable and try again.</source>
        <translation>Refleks må ikke skrive i dagbogen eller dens mappe, så intet, du skriver, kan gemmes. Giv skriveadgang, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="145"/>
        <source>Upgrading the journal to this version of Refleks failed and was undone; the journal is as it was, and a copy was made before the upgrade.</source>
        <translation>Opgraderingen af dagbogen til denne version af Refleks mislykkedes og blev rullet tilbage; dagbogen er, som den var, og der blev taget en kopi før opgraderingen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="150"/>
        <source>&amp;Restore from a Backup…</source>
        <translation>&amp;Gendan fra en sikkerhedskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="151"/>
        <source>&amp;Choose Another Journal…</source>
        <translation>&amp;Vælg en anden dagbog…</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="152"/>
        <source>&amp;Try Again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="153"/>
        <source>&amp;Type the Passphrase Again</source>
        <translation>&amp;Skriv adgangsfrasen igen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="164"/>
        <source>Refleks cannot open the journal</source>
        <translation>Refleks kan ikke åbne dagbogen</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="183"/>
        <source>Nothing has been changed, moved or deleted. Choose what to do:</source>
        <translation>Intet er ændret, flyttet eller slettet. Vælg, hvad du vil gøre:</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="195"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="94"/>
        <source>The journal is empty</source>
        <translation>Dagbogen er tom</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="95"/>
        <source>The journal is missing</source>
        <translation>Dagbogen mangler</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="96"/>
        <source>The encrypted journal was replaced</source>
        <translation>Den krypterede dagbog er blevet udskiftet</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="97"/>
        <source>The journal file is there, but empty: what was written in it has been lost. Refleks does not start a new journal over it. A backup can put your journal back as it was when the backup was made.</source>
        <translation>Dagbogsfilen er der, men den er tom: det, der stod i den, er gået tabt. Refleks starter ikke en ny dagbog oven i den. En sikkerhedskopi kan sætte din dagbog tilbage, som den var, da sikkerhedskopien blev taget.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="103"/>
        <source>The journal file is gone, but its backups or its key file are still there, so Refleks does not start a new journal. A backup can put your journal back as it was when the backup was made.</source>
        <translation>Dagbogsfilen er væk, men dens sikkerhedskopier eller dens nøglefil er der stadig, så Refleks starter ikke en ny dagbog. En sikkerhedskopi kan sætte din dagbog tilbage, som den var, da sikkerhedskopien blev taget.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/startup_problem_dialog.py" line="109"/>
        <source>The journal was encrypted, but the file in its place now is not. Refleks does not open a file that someone may have put there instead of your journal.</source>
        <translation>Dagbogen var krypteret, men filen, der ligger i dens sted nu, er ikke. Refleks åbner ikke en fil, som nogen kan have lagt der i stedet for din dagbog.</translation>
    </message>
</context>
<context>
    <name>SyncNote</name>
    <message>
        <location filename="../../ui/sync/status_note.py" line="46"/>
        <source>Sync folder missing</source>
        <translation>Synkroniseringsmappen mangler</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_note.py" line="48"/>
        <source>Sync failed</source>
        <translation>Synkroniseringen mislykkedes</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_note.py" line="55"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_note.py" line="61"/>
        <source>Synced %s</source>
        <translation>Synkroniseret %s</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_note.py" line="66"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikt</numerusform>
            <numerusform>%n konflikter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/sync/status_note.py" line="68"/>
        <source>%n file(s) refused</source>
        <translation>
            <numerusform>%n fil afvist</numerusform>
            <numerusform>%n filer afvist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="108"/>
        <source>Sync</source>
        <translation>Synkronisering</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="122"/>
        <source>Choose the Folder to Sync Through</source>
        <translation>Vælg mappen, der synkroniseres gennem</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="140"/>
        <source>This journal now syncs through %s.</source>
        <translation>Dagbogen synkroniseres nu gennem %s.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="152"/>
        <source>Syncing…</source>
        <translation>Synkroniserer…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="160"/>
        <location filename="../../ui/preferences/sync_page.py" line="166"/>
        <source>Stop Syncing</source>
        <translation>Stop synkronisering</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="162"/>
        <source>This computer stops syncing the journal. Nothing is deleted: the journal stays as it is here, and the folder keeps what it holds for your other computers. You can set up sync again at any time.</source>
        <translation>Denne computer holder op med at synkronisere dagbogen. Intet slettes: dagbogen forbliver, som den er her, og mappen beholder sit indhold til dine andre computere. Du kan slå synkronisering til igen når som helst.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="178"/>
        <source>This journal no longer syncs.</source>
        <translation>Dagbogen synkroniseres ikke længere.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="203"/>
        <source>This journal does not sync.</source>
        <translation>Dagbogen synkroniseres ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="204"/>
        <source>&amp;Choose Folder…</source>
        <translation>&amp;Vælg mappe…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="206"/>
        <source>&amp;Move to Another Folder…</source>
        <translation>&amp;Flyt til en anden mappe…</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="207"/>
        <source>This journal syncs through %s.</source>
        <translation>Dagbogen synkroniseres gennem %s.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="208"/>
        <source>Not yet</source>
        <translation>Endnu ikke</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="219"/>
        <source>None yet</source>
        <translation>Ingen endnu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/sync_page.py" line="222"/>
        <source>%n entry(ies) with a conflict copy beside them: both versions are kept; keep what you want and delete the other.</source>
        <translation>
            <numerusform>%n indlæg med en konfliktkopi ved siden af: begge udgaver er bevaret; behold det, du vil have, og slet det andet.</numerusform>
            <numerusform>%n indlæg med en konfliktkopi ved siden af: begge udgaver er bevaret; behold det, du vil have, og slet det andet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="228"/>
        <location filename="../../ui/preferences/sync_page.py" line="231"/>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="241"/>
        <source>Synced: %1 change(s) sent, %2 merged.</source>
        <translation>Synkroniseret: %1 sendt, %2 flettet ind.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/sync_page.py" line="244"/>
        <source>%n conflict copy(ies) made.</source>
        <translation>
            <numerusform>%n konfliktkopi lavet.</numerusform>
            <numerusform>%n konfliktkopier lavet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/preferences/sync_page.py" line="246"/>
        <source>%n file(s) refused (listed above).</source>
        <translation>
            <numerusform>%n fil afvist (se ovenfor).</numerusform>
            <numerusform>%n filer afvist (se ovenfor).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="262"/>
        <source>Choose a folder that your sync program (Syncthing, Nextcloud, Dropbox, OneDrive) already shares between your computers, and the same folder on each of them. Refleks writes only small change files there, never the journal itself; an encrypted journal&apos;s changes are encrypted too.</source>
        <translation>Vælg en mappe, som dit synkroniseringsprogram (Syncthing, Nextcloud, Dropbox, OneDrive) allerede deler mellem dine computere, og den samme mappe på hver af dem. Refleks skriver kun små ændringsfiler dér, aldrig selve dagbogen; en krypteret dagbogs ændringer er også krypterede.</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="268"/>
        <source>Last sync:</source>
        <translation>Seneste synkronisering:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="269"/>
        <source>This computer:</source>
        <translation>Denne computer:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="270"/>
        <source>Other computers:</source>
        <translation>Andre computere:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="271"/>
        <source>Conflicts:</source>
        <translation>Konflikter:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="272"/>
        <source>Files refused:</source>
        <translation>Afviste filer:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="273"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="273"/>
        <source>Last seen</source>
        <translation>Sidst set</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="274"/>
        <source>Sync &amp;Now</source>
        <translation>Synkronisér &amp;nu</translation>
    </message>
    <message>
        <location filename="../../ui/preferences/sync_page.py" line="275"/>
        <source>&amp;Stop Syncing…</source>
        <translation>&amp;Stop synkronisering…</translation>
    </message>
</context>
<context>
    <name>TagChipRow</name>
    <message>
        <location filename="../../ui/editor/tag_chips.py" line="131"/>
        <source>Click or press Delete to remove this tag.</source>
        <translation>Klik eller tryk Delete for at fjerne tagget.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_chips.py" line="137"/>
        <source>Remove tag {tag} ({family})</source>
        <translation>Fjern tagget {tag} ({family})</translation>
    </message>
</context>
<context>
    <name>TagChoice</name>
    <message>
        <location filename="../../ui/timeline/tag_choice.py" line="85"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/tag_choice.py" line="110"/>
        <source>No tagged entries yet</source>
        <translation>Ingen indlæg med tags endnu</translation>
    </message>
</context>
<context>
    <name>TagManagerDialog</name>
    <message numerus="yes">
        <location filename="../../ui/window/tag_manager_dialog.py" line="80"/>
        <source>%1  (%n entries)</source>
        <translation>
            <numerusform>%1  (%n indlæg)</numerusform>
            <numerusform>%1  (%n indlæg)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="102"/>
        <source>New Tag</source>
        <translation>Nyt tag</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="102"/>
        <source>Name of the new tag:</source>
        <translation>Navn på det nye tag:</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="115"/>
        <source>Rename Tag</source>
        <translation>Omdøb tag</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="115"/>
        <source>New name for the tag:</source>
        <translation>Nyt navn til tagget:</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="129"/>
        <source>Merge Tags</source>
        <translation>Slå tags sammen</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="130"/>
        <source>Merge “%s” into:</source>
        <translation>Slå “%s” sammen med:</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="146"/>
        <source>Delete Tag?</source>
        <translation>Slet tag?</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="147"/>
        <source>Delete the tag “%s”? The entries stay; only the tag is taken off them.</source>
        <translation>Slet tagget “%s”? Indlæggene bliver; kun tagget fjernes fra dem.</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="149"/>
        <source>Delete Tag</source>
        <translation>Slet tag</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="164"/>
        <location filename="../../ui/window/tag_manager_dialog.py" line="187"/>
        <source>Own Tags</source>
        <translation>Egne tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="167"/>
        <source>Your own tags, beside the course&apos;s families. Merging moves every entry of one tag to another.</source>
        <translation>Dine egne tags ved siden af forløbets familier. Når du slår sammen, flyttes alle indlæg fra det ene tag til det andet.</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="171"/>
        <source>Own tags</source>
        <translation>Egne tags</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="172"/>
        <source>&amp;New…</source>
        <translation>&amp;Nyt…</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="173"/>
        <source>&amp;Rename…</source>
        <translation>&amp;Omdøb…</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="174"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Slå sammen med…</translation>
    </message>
    <message>
        <location filename="../../ui/window/tag_manager_dialog.py" line="175"/>
        <source>&amp;Delete…</source>
        <translation>S&amp;let…</translation>
    </message>
</context>
<context>
    <name>TagPickerDialog</name>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="140"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="145"/>
        <source>Tags by family</source>
        <translation>Tags efter familie</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="148"/>
        <source>Filter tags, or type a new tag of your own</source>
        <translation>Filtrér tags, eller skriv et nyt, eget tag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="149"/>
        <source>Filter tags</source>
        <translation>Filtrér tags</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="153"/>
        <source>Create own tag</source>
        <translation>Opret eget tag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="222"/>
        <source>Type a name in the box above to make a tag of your own</source>
        <translation>Skriv et navn i feltet ovenfor for at lave dit eget tag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="293"/>
        <source>No tag matches “{name}”. Press Enter or click “Add own tag” to make it a tag of your own.</source>
        <translation>Intet tag passer til “{name}”. Tryk Enter, eller klik på “Tilføj eget tag” for at gøre det til dit eget tag.</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="301"/>
        <source>Add own tag “{name}”</source>
        <translation>Tilføj eget tag “{name}”</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="303"/>
        <source>Add own tag</source>
        <translation>Tilføj eget tag</translation>
    </message>
    <message>
        <location filename="../../ui/editor/tag_picker.py" line="343"/>
        <source>Space ticks or unticks the selected tag. Select a tag to read what the course says about it.</source>
        <translation>Mellemrum sætter eller fjerner flueben ved det valgte tag. Vælg et tag for at læse, hvad forløbet siger om det.</translation>
    </message>
</context>
<context>
    <name>TemplateChooserDialog</name>
    <message>
        <location filename="../../ui/window/template_chooser.py" line="109"/>
        <source>New from Template</source>
        <translation>Nyt fra skabelon</translation>
    </message>
    <message>
        <location filename="../../ui/window/template_chooser.py" line="110"/>
        <source>Templates</source>
        <translation>Skabeloner</translation>
    </message>
    <message>
        <location filename="../../ui/window/template_chooser.py" line="111"/>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <location filename="../../ui/window/template_chooser.py" line="113"/>
        <source>Start Writing</source>
        <translation>Begynd at skrive</translation>
    </message>
    <message>
        <location filename="../../ui/window/template_chooser.py" line="147"/>
        <source>You begin by picking one of: %s</source>
        <translation>Du begynder med at vælge én blandt: %s</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <location filename="../../ui/timeline/delegate.py" line="266"/>
        <source>Coaching</source>
        <translation>Coaching</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/delegate.py" line="267"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../ui/timeline/model.py" line="371"/>
        <source>Untitled entry</source>
        <translation>Indlæg uden titel</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="395"/>
        <source>private</source>
        <translation>privat</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/model.py" line="397"/>
        <source>for coaching</source>
        <translation>til coaching</translation>
    </message>
</context>
<context>
    <name>TimelinePanel</name>
    <message>
        <location filename="../../ui/timeline/panel.py" line="400"/>
        <source>No entries yet. Your reflections will appear here.</source>
        <extracomment>A row that is not an entry (added through `show_rows`) was clicked or entered. An entry&apos;s context menu was asked for: (entry id, global point).</extracomment>
        <translation>Ingen indlæg endnu. Dine refleksioner kommer til at stå her.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="403"/>
        <source>No entries match these filters.
Clear them to see every entry.</source>
        <translation>Ingen indlæg passer til disse filtre.
Ryd dem for at se alle indlæg.</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="407"/>
        <source>Go to a date in a month calendar (Ctrl+Shift+D)</source>
        <translation>Gå til en dato i en månedskalender (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="408"/>
        <source>Go to date</source>
        <translation>Gå til dato</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="411"/>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <location filename="../../ui/timeline/panel.py" line="413"/>
        <source>Entries, newest first. Press Enter to open the selected entry.</source>
        <translation>Indlæg, nyeste først. Tryk Enter for at åbne det valgte indlæg.</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="104"/>
        <source>Delete for good?</source>
        <translation>Slet for altid?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/trash_dialog.py" line="105"/>
        <source>Delete %n selected entries for good? This cannot be undone.</source>
        <translation>
            <numerusform>Slet det valgte indlæg for altid? Det kan ikke fortrydes.</numerusform>
            <numerusform>Slet de %n valgte indlæg for altid? Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="106"/>
        <source>Delete for Good</source>
        <translation>Slet for altid</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="119"/>
        <source>Empty the trash?</source>
        <translation>Tøm papirkurven?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/window/trash_dialog.py" line="121"/>
        <source>Delete all %n entries in the trash for good? This cannot be undone.</source>
        <translation>
            <numerusform>Slet indlægget i papirkurven for altid? Det kan ikke fortrydes.</numerusform>
            <numerusform>Slet alle %n indlæg i papirkurven for altid? Det kan ikke fortrydes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="123"/>
        <source>Empty Trash</source>
        <translation>Tøm papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="137"/>
        <location filename="../../ui/window/trash_dialog.py" line="162"/>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="139"/>
        <source>Entries you moved to the trash. Restore one to put it back in the timeline.</source>
        <translation>Indlæg, du har flyttet til papirkurven. Gendan et for at sætte det tilbage i tidslinjen.</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="141"/>
        <source>The trash is empty.</source>
        <translation>Papirkurven er tom.</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="142"/>
        <source>Entries in the trash</source>
        <translation>Indlæg i papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="143"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="144"/>
        <source>&amp;Delete for Good…</source>
        <translation>&amp;Slet for altid…</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="145"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Tøm papirkurven…</translation>
    </message>
    <message>
        <location filename="../../ui/window/trash_dialog.py" line="148"/>
        <source>(untitled)</source>
        <translation>(uden titel)</translation>
    </message>
</context>
<context>
    <name>TrashNotice</name>
    <message>
        <location filename="../../ui/window/status_widgets.py" line="113"/>
        <source>&amp;Undo</source>
        <translation>F&amp;ortryd</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_widgets.py" line="114"/>
        <source>Undo moving to the trash</source>
        <translation>Fortryd flytningen til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_widgets.py" line="119"/>
        <source>“%s” moved to the trash.</source>
        <translation>“%s” er flyttet til papirkurven.</translation>
    </message>
    <message>
        <location filename="../../ui/window/status_widgets.py" line="121"/>
        <source>Entry moved to the trash.</source>
        <translation>Indlægget er flyttet til papirkurven.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="119"/>
        <source>Type your passphrase first.</source>
        <translation>Skriv din adgangsfrase først.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="145"/>
        <source>That passphrase does not open this journal. Check Caps Lock and the keyboard layout, and try again.</source>
        <translation>Den adgangsfrase åbner ikke denne dagbog. Tjek Caps Lock og tastaturlayoutet, og prøv igen.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="157"/>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="159"/>
        <source>Refleks is locked</source>
        <translation>Refleks er låst</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="161"/>
        <source>Unlock your journal</source>
        <translation>Lås din dagbog op</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="164"/>
        <source>The journal is hidden. Your text was saved before it was hidden.</source>
        <translation>Dagbogen er skjult. Din tekst blev gemt, før den blev skjult.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="167"/>
        <source>The journal was hidden after a while without use. Your text was saved before it was hidden.</source>
        <translation>Dagbogen blev skjult efter et stykke tid uden brug. Din tekst blev gemt, før den blev skjult.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="171"/>
        <source>&amp;Show My Journal</source>
        <translation>&amp;Vis min dagbog</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="173"/>
        <source>Your journal is encrypted. Type your passphrase to open it.</source>
        <translation>Din dagbog er krypteret. Skriv din adgangsfrase for at åbne den.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="176"/>
        <source>The journal is locked; your text was saved first. Type your passphrase to go on.</source>
        <translation>Dagbogen er låst; din tekst blev gemt først. Skriv din adgangsfrase for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="181"/>
        <source>The journal locked itself after a while without use; your text was saved first. Type your passphrase to go on.</source>
        <translation>Dagbogen låste sig selv efter et stykke tid uden brug; din tekst blev gemt først. Skriv din adgangsfrase for at fortsætte.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="185"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="186"/>
        <location filename="../../ui/shell/unlock_screen.py" line="187"/>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <location filename="../../ui/shell/unlock_screen.py" line="188"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../ui/window/menus.py" line="63"/>
        <source>Toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
</context>
<context>
    <name>WritingArea</name>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="83"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="84"/>
        <source>Notes (optional)</source>
        <translation>Noter (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="87"/>
        <source>Anything else you want to keep</source>
        <translation>Alt andet, du vil gemme</translation>
    </message>
    <message>
        <location filename="../../ui/editor/writing_area.py" line="89"/>
        <source>Write freely. Markdown works: *italic*, **bold**, - lists, &gt; quotes</source>
        <translation>Skriv frit. Markdown virker: *kursiv*, **fed**, - lister, &gt; citater</translation>
    </message>
</context>
</TS>
