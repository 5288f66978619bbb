<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n data point(s)</source>
        <translation>
            <numerusform>%n data point</numerusform>
            <numerusform>%n data points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n bad row skipped</numerusform>
            <numerusform>%n bad rows skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) loaded</source>
        <translation>
            <numerusform>%n guide loaded</numerusform>
            <numerusform>%n guides loaded</numerusform>
        </translation>
    </message>
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
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n guide</numerusform>
            <numerusform>%n guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s) (run &apos;offerdesk-cli check&apos;)</source>
        <translation>
            <numerusform>, %n problem (run &apos;offerdesk-cli check&apos;)</numerusform>
            <numerusform>, %n problems (run &apos;offerdesk-cli check&apos;)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% dilution over %n round(s)</source>
        <translation>
            <numerusform>%1% dilution over %n round</numerusform>
            <numerusform>%1% dilution over %n rounds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Options, %n yr(s)</source>
        <translation>
            <numerusform>Options, %n yr</numerusform>
            <numerusform>Options, %n yrs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total, %n yr(s)</source>
        <translation>
            <numerusform>Total, %n yr</numerusform>
            <numerusform>Total, %n yrs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GuideBrowserPane</name>
    <message numerus="yes">
        <source>%Ln guide(s)</source>
        <translation>
            <numerusform>%Ln guide</numerusform>
            <numerusform>%Ln guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 guides match(es)</source>
        <extracomment>%Ln is the number of guides shown, %1 the number in the library.</extracomment>
        <translation>
            <numerusform>%Ln of %1 guides matches</numerusform>
            <numerusform>%Ln of %1 guides match</numerusform>
        </translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%Ln guide(s)</source>
        <translation>
            <numerusform>%Ln guide</numerusform>
            <numerusform>%Ln guides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln warning</numerusform>
            <numerusform>%Ln warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln guide(s).</source>
        <translation>
            <numerusform>Imported %Ln guide.</numerusform>
            <numerusform>Imported %Ln guides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) were not imported.</source>
        <translation>
            <numerusform>%Ln file was not imported.</numerusform>
            <numerusform>%Ln files were not imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) kept guides from loading: they are listed under Problems.</source>
        <translation>
            <numerusform>%n problem kept guides from loading: it is listed under Problems.</numerusform>
            <numerusform>%n problems kept guides from loading: they are listed under Problems.</numerusform>
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
<context>
    <name>ProblemsPanel</name>
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
</context>
</TS>
