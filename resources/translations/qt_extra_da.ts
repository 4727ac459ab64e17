<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Texts of Qt's own dialogs that Qt's Danish catalogue (qtbase_da.qm) does not translate.
     Kept by hand: lupdate never sees these sources. Build with lrelease (see README). -->
<TS version="2.1" language="da_DK">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Filer af &amp;typen:</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Computer</source>
        <translation>Denne computer</translation>
    </message>
</context>
</TS>
