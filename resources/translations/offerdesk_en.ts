<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>GuideEditorDialog</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The guide has %n error(s): the library will not show it until they are fixed. Save it anyway?</source>
        <translation>
            <numerusform>The guide has %n error: the library will not show it until it is fixed. Save it anyway?</numerusform>
            <numerusform>The guide has %n errors: the library will not show it until they are fixed. Save it anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n problem(s) in the data points; each bad row was skipped.</source>
        <translation>
            <numerusform>%n problem in the data points; each bad row was skipped.</numerusform>
            <numerusform>%n problems in the data points; each bad row was skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data points make %n draft guide(s). Open:</source>
        <translation>
            <numerusform>The data points make %n draft guide. Open:</numerusform>
            <numerusform>The data points make %n draft guides. Open:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OffersWidget</name>
    <message numerus="yes">
        <source>Delete %n offer(s)</source>
        <translation>
            <numerusform>Delete %n offer</numerusform>
            <numerusform>Delete %n offers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n offer(s)</source>
        <translation>
            <numerusform>Import %n offer</numerusform>
            <numerusform>Import %n offers</numerusform>
        </translation>
    </message>
</context>
</TS>
