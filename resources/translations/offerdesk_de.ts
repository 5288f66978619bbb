<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BandChartModel</name>
    <message>
        <source>%1 · high</source>
        <translation>%1 · hoch</translation>
    </message>
    <message>
        <source>%1 · low</source>
        <translation>%1 · niedrig</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation>Aktien pro Jahr</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
</context>
<context>
    <name>BandRangesWidget</name>
    <message>
        <source>Offers against the band</source>
        <translation>Angebote im Vergleich zum Band</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Stock / year</source>
        <translation>Aktien / Jahr</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total (4-yr avg)</source>
        <translation>Gesamt (Ø 4 J.)</translation>
    </message>
    <message>
        <source>Choose a guide and region to compare with.</source>
        <translation>Wählen Sie einen Leitfaden und eine Region für den Vergleich.</translation>
    </message>
    <message>
        <source>Band: %1, %2</source>
        <translation>Band: %1, %2</translation>
    </message>
    <message>
        <source>No band to compare with: choose a guide and a region.</source>
        <translation>Kein Band zum Vergleichen: Wählen Sie einen Leitfaden und eine Region.</translation>
    </message>
    <message>
        <source>%1, %2: total comp band %3.</source>
        <translation>%1, %2: Band der Gesamtvergütung %3.</translation>
    </message>
    <message>
        <source>%1: 4-year average %2, %3</source>
        <translation>%1: 4-Jahres-Schnitt %2, %3</translation>
    </message>
    <message>
        <source>No offer to compare yet.</source>
        <translation>Noch kein Angebot zum Vergleichen.</translation>
    </message>
</context>
<context>
    <name>BandStatistics</name>
    <message>
        <source>only %1 point: fewer than %2, so the band is a rough guess</source>
        <translation>nur %1 Datenpunkt: weniger als %2, das Band ist also nur eine grobe Schätzung</translation>
    </message>
    <message>
        <source>only %1 points: fewer than %2, so the band is a rough guess</source>
        <translation>nur %1 Datenpunkte: weniger als %2, das Band ist also nur eine grobe Schätzung</translation>
    </message>
    <message>
        <source>%1 point is older than %2 years (before %3): line %4</source>
        <translation>%1 Datenpunkt ist älter als %2 Jahre (vor %3): Zeile %4</translation>
    </message>
    <message>
        <source>%1 points are older than %2 years (before %3): lines %4</source>
        <translation>%1 Datenpunkte sind älter als %2 Jahre (vor %3): Zeilen %4</translation>
    </message>
    <message>
        <source>%1, %2 has points in %3 currencies (%4): bands in different currencies can&apos;t be compared without an exchange rate</source>
        <translation>%1, %2 hat Datenpunkte in %3 Währungen (%4): Bänder in verschiedenen Währungen lassen sich ohne Wechselkurs nicht vergleichen</translation>
    </message>
</context>
<context>
    <name>BandView</name>
    <message>
        <source>Pay bands</source>
        <translation>Vergütungsbänder</translation>
    </message>
    <message>
        <source>Pay bands by region</source>
        <translation>Vergütungsbänder nach Region</translation>
    </message>
    <message>
        <source>One year of pay at the low and the high end of each band: base, stock vesting per year and target bonus. Hover a bar for its exact value.</source>
        <translation>Ein Jahr Vergütung am unteren und oberen Ende jedes Bands: Grundgehalt, pro Jahr gevestete Aktien und Zielbonus. Zeigen Sie auf einen Balken, um den genauen Wert zu sehen.</translation>
    </message>
    <message>
        <source>Pay band charts</source>
        <translation>Diagramme der Vergütungsbänder</translation>
    </message>
    <message>
        <source>Yearly pay in %1 (%2)</source>
        <translation>Jahresvergütung in %1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2: %3
Whole bar: %4</source>
        <translation>%1
%2: %3
Ganzer Balken: %4</translation>
    </message>
    <message>
        <source>Pay band chart in %1</source>
        <translation>Diagramm der Vergütungsbänder in %1</translation>
    </message>
    <message>
        <source>Each region&apos;s band: base, stock over 4 years, bonus and total comp, from the low to the high end. Choosing a region shows its comparison.</source>
        <translation>Das Band jeder Region: Grundgehalt, Aktien über 4 Jahre, Bonus und Gesamtvergütung, vom unteren bis zum oberen Ende. Wenn Sie eine Region auswählen, wird ihr Vergleich angezeigt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>One year of pay (base, stock per year and bonus) at the low and high end of each band in %1: %2.</source>
        <translation>Ein Jahr Vergütung (Grundgehalt, Aktien pro Jahr und Bonus) am unteren und oberen Ende jedes Bands in %1: %2.</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>%1% below the band&apos;s low end</source>
        <translation>%1&#xa0;% unter dem unteren Ende des Bands</translation>
    </message>
    <message>
        <source>%1% above the band&apos;s high end</source>
        <translation>%1&#xa0;% über dem oberen Ende des Bands</translation>
    </message>
    <message>
        <source>%1% up the band</source>
        <translation>bei %1&#xa0;% des Bands</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Datenpunkt</numerusform>
            <numerusform>%n Datenpunkte</numerusform>
        </translation>
    </message>
    <message>
        <source>median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>stock (4 yr)</source>
        <translation>Aktien (4 J.)</translation>
    </message>
    <message>
        <source>total comp</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (Median)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>The CSV file of data points.</source>
        <translation>Die CSV-Datei mit den Datenpunkten.</translation>
    </message>
    <message>
        <source>The band&apos;s low and high ends, 0 &lt; LOW &lt; HIGH &lt; 100 (default 25,75).</source>
        <translation>Unteres und oberes Ende des Bands, 0 &lt; LOW &lt; HIGH &lt; 100 (Standard: 25,75).</translation>
    </message>
    <message>
        <source>Write one guide draft per company and role into &lt;dir&gt;.</source>
        <translation>Je einen Leitfaden-Entwurf pro Unternehmen und Rolle in &lt;dir&gt; schreiben.</translation>
    </message>
    <message>
        <source>The day points are aged from (default: today).</source>
        <translation>Der Tag, ab dem das Alter der Datenpunkte gerechnet wird (Standard: heute).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--data FILE.csv is required</source>
        <translation>--data DATEI.csv ist erforderlich</translation>
    </message>
    <message>
        <source>--percentiles must be two numbers LOW,HIGH with 0 &lt; LOW &lt; HIGH &lt; 100, such as 25,75</source>
        <translation>--percentiles muss aus zwei Zahlen LOW,HIGH mit 0 &lt; LOW &lt; HIGH &lt; 100 bestehen, etwa 25,75</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD</source>
        <translation>--today muss ein Datum der Form JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>%1 in %2; %3</source>
        <extracomment>&quot;12 data points in 3 groups; 1 bad row skipped&quot;</extracomment>
        <translation>%1 in %2; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n data point(s)</source>
        <translation>
            <numerusform>%n Datenpunkt</numerusform>
            <numerusform>%n Datenpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n fehlerhafte Zeile übersprungen</numerusform>
            <numerusform>%n fehlerhafte Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check guide files or folders, or the whole library</source>
        <translation>Leitfaden-Dateien, -Ordner oder die ganze Bibliothek prüfen</translation>
    </message>
    <message>
        <source>List the guides in the library</source>
        <translation>Die Leitfäden der Bibliothek auflisten</translation>
    </message>
    <message>
        <source>Show a guide&apos;s region comp table</source>
        <translation>Die Vergütungstabelle eines Leitfadens nach Regionen zeigen</translation>
    </message>
    <message>
        <source>Compare offers with a guide&apos;s band in one region</source>
        <translation>Angebote mit dem Band eines Leitfadens in einer Region vergleichen</translation>
    </message>
    <message>
        <source>Suggest a counter-offer: asks, floor, rationale and script</source>
        <translation>Ein Gegenangebot vorschlagen: Forderungen, Untergrenze, Begründung und Skript</translation>
    </message>
    <message>
        <source>Export a negotiation summary PDF</source>
        <translation>Eine Verhandlungsübersicht als PDF exportieren</translation>
    </message>
    <message>
        <source>Build pay bands (and guide drafts) from a CSV of data points</source>
        <translation>Vergütungsbänder (und Leitfaden-Entwürfe) aus einer CSV-Datei mit Datenpunkten bilden</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Aufruf: %1 &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>OfferDesk without a window: negotiation guides, offers and counter-offers.</source>
        <translation>OfferDesk ohne Fenster: Verhandlungsleitfäden, Angebote und Gegenangebote.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Diese Hilfe anzeigen</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Die Version anzeigen</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls: &apos;%1 &lt;Befehl&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;</source>
        <translation>%1: unbekannter Befehl &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Mehr dazu: &apos;%1 %2 --help&apos;.</translation>
    </message>
    <message>
        <source>Also load the guides in &lt;dir&gt;. May be repeated.</source>
        <translation>Zusätzlich die Leitfäden in &lt;dir&gt; laden. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>Parse every guide again; do not read or write the index cache.</source>
        <translation>Jeden Leitfaden neu einlesen; den Index-Cache weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>%1: guide &apos;%2&apos; cannot be read</source>
        <translation>%1: Leitfaden &apos;%2&apos; ist nicht lesbar</translation>
    </message>
    <message>
        <source>%1: no guide with id &apos;%2&apos;. Guides in the library:</source>
        <translation>%1: kein Leitfaden mit der ID &apos;%2&apos;. Leitfäden in der Bibliothek:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1: guide &apos;%2&apos; has no region &apos;%3&apos;. Its regions:</source>
        <translation>%1: Leitfaden &apos;%2&apos; hat keine Region &apos;%3&apos;. Seine Regionen:</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>within</source>
        <translation>im Band</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
    <message>
        <source>Band: base %1 · stock/yr %2 · bonus %3 · total %4</source>
        <translation>Band: Grundgehalt %1 · Aktien/Jahr %2 · Bonus %3 · gesamt %4</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Base position</source>
        <translation>Pos. Grundgehalt</translation>
    </message>
    <message>
        <source>Stock/yr position</source>
        <translation>Pos. Aktien/Jahr</translation>
    </message>
    <message>
        <source>Total position</source>
        <translation>Pos. gesamt</translation>
    </message>
    <message>
        <source>(no offers)</source>
        <translation>(keine Angebote)</translation>
    </message>
    <message>
        <source>Positions: 0 is the band&apos;s low end, 1 its high end.</source>
        <translation>Positionen: 0 ist das untere Ende des Bands, 1 das obere.</translation>
    </message>
    <message>
        <source>* marks the target offer.</source>
        <translation>* markiert das Zielangebot.</translation>
    </message>
    <message>
        <source>The guide&apos;s region to compare with.</source>
        <translation>Die Region des Leitfadens für den Vergleich.</translation>
    </message>
    <message>
        <source>The offers JSON file.</source>
        <translation>Die JSON-Datei mit den Angeboten.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>A4 or Letter. The default follows the locale: Letter in the US, A4 elsewhere.</source>
        <translation>A4 oder Letter. Standard nach Gebietsschema: Letter in den USA, sonst A4.</translation>
    </message>
    <message>
        <source>The date printed on the summary, YYYY-MM-DD (default: today).</source>
        <translation>Das Datum auf der Übersicht, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size muss A4 oder Letter sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date muss ein Datum der Form JJJJ-MM-TT sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3)</source>
        <translation>%1 geschrieben (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Print only the summary line.</source>
        <translation>Nur die Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Guide files or folders to check. With none, the whole library.</source>
        <translation>Zu prüfende Leitfaden-Dateien oder -Ordner. Ohne Angabe die ganze Bibliothek.</translation>
    </message>
    <message>
        <source>Checked %1: %2, %3, %4</source>
        <extracomment>The summary line: &quot;Checked 3 files: 2 guides loaded, 1 error, 0 warnings&quot;.</extracomment>
        <translation>%1 geprüft: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) loaded</source>
        <translation>
            <numerusform>%n Leitfaden geladen</numerusform>
            <numerusform>%n Leitfäden geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s)</source>
        <translation>
            <numerusform>%n Leitfaden</numerusform>
            <numerusform>%n Leitfäden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s) (run &apos;offerdesk-cli check&apos;)</source>
        <translation>
            <numerusform>, %n Problem (siehe &apos;offerdesk-cli check&apos;)</numerusform>
            <numerusform>, %n Probleme (siehe &apos;offerdesk-cli check&apos;)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only &lt;name&gt;.</source>
        <translation>Nur &lt;name&gt; zeigen.</translation>
    </message>
    <message>
        <source>The guide id, company/role, as &apos;offerdesk-cli list&apos; prints it.</source>
        <translation>Die Leitfaden-ID, unternehmen/rolle, wie &apos;offerdesk-cli list&apos; sie ausgibt.</translation>
    </message>
    <message>
        <source>give exactly one guide id</source>
        <translation>geben Sie genau eine Leitfaden-ID an</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Prüfung fällig:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation>Whg.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Stock (4 yr)</source>
        <translation>Aktien (4 J.)</translation>
    </message>
    <message>
        <source>Stock/yr</source>
        <translation>Aktien/J.</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total comp (stated)</source>
        <translation>Gesamt (angegeben)</translation>
    </message>
    <message>
        <source>Total comp (computed)</source>
        <translation>Gesamt (berechnet)</translation>
    </message>
    <message>
        <source>The guide id, as &apos;offerdesk-cli list&apos; prints it.</source>
        <translation>Die Leitfaden-ID, wie &apos;offerdesk-cli list&apos; sie ausgibt.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>An exchange rate FROM:TO=RATE (1 FROM = RATE TO), such as EUR:USD=1.08. May be repeated.</source>
        <translation>Ein Wechselkurs FROM:TO=RATE (1 FROM = RATE TO), etwa EUR:USD=1.08. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>How bold the counter is: conservative, balanced (the default) or bold.</source>
        <translation>Wie offensiv das Gegenangebot ist: conservative (zurückhaltend), balanced (ausgewogen, Standard) oder bold (offensiv).</translation>
    </message>
    <message>
        <source>The share of the best alternative&apos;s value you&apos;d give up to join, in percent (default 0).</source>
        <translation>Der Anteil am Wert der besten Alternative, den Sie für den Wechsel aufgeben würden, in Prozent (Standard 0).</translation>
    </message>
    <message>
        <source>A walk-away figure of your own, as a 4-year average in the band&apos;s currency (for example your current job&apos;s value); the floor is never below it.</source>
        <translation>Eine eigene Schmerzgrenze als 4-Jahres-Schnitt in der Währung des Bands (etwa der Wert Ihrer jetzigen Stelle); die Untergrenze liegt nie darunter.</translation>
    </message>
    <message>
        <source>Set an ask by hand, PART=AMOUNT with PART base, equity_total or sign_on. May be repeated.</source>
        <translation>Eine Forderung von Hand setzen, PART=AMOUNT mit PART base, equity_total oder sign_on. Mehrfach möglich.</translation>
    </message>
    <message>
        <source>--boldness must be conservative, balanced or bold, not &apos;%1&apos;</source>
        <translation>--boldness muss conservative, balanced oder bold sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--premium must be a percentage from 0 to 100, not &apos;%1&apos;</source>
        <translation>--premium muss ein Prozentsatz von 0 bis 100 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--walk-away must be an amount above 0 and at most 1,000,000,000,000, not &apos;%1&apos;</source>
        <translation>--walk-away muss ein Betrag über 0 und höchstens 1000000000000 sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--override &apos;%1&apos; must be PART=AMOUNT, with PART base, equity_total or sign_on and a non-negative amount</source>
        <translation>--override &apos;%1&apos; muss die Form PART=AMOUNT haben, mit PART base, equity_total oder sign_on und einem nicht negativen Betrag</translation>
    </message>
    <message>
        <source>Counter-offer for %1, %2 (%3), %4</source>
        <translation>Gegenangebot für %1, %2 (%3), Stil „%4“</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Equity/%1yr</source>
        <translation>Aktien/%1 J.</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Band unten</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Band oben</translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation>Beste Alternative</translation>
    </message>
    <message>
        <source> (set)</source>
        <translation> (gesetzt)</translation>
    </message>
    <message>
        <source>Counter: %1 in year 1, %2 a year over 4 years</source>
        <translation>Gegenangebot: %1 im ersten Jahr, %2 pro Jahr über 4 Jahre</translation>
    </message>
    <message>
        <source>Floor: %1 a year over 4 years (%2 base with the offer&apos;s other parts)</source>
        <translation>Untergrenze: %1 pro Jahr über 4 Jahre (%2 Grundgehalt bei sonst unveränderten Bestandteilen)</translation>
    </message>
    <message>
        <source>Floor from: %1</source>
        <translation>Quelle der Untergrenze: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Best alternative: %1, %2 a year over 4 years</source>
        <translation>Beste Alternative: %1, %2 pro Jahr über 4 Jahre</translation>
    </message>
    <message>
        <source>Best alternative: none</source>
        <translation>Beste Alternative: keine</translation>
    </message>
    <message>
        <source>Most likely to move: %1</source>
        <translation>Am ehesten verhandelbar: %1</translation>
    </message>
    <message>
        <source>Have in writing before you ask: %1</source>
        <translation>Lassen Sie sich vorher schriftlich geben: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Skript:</translation>
    </message>
    <message>
        <source>%1: no offer is marked &quot;target&quot;: true; mark the offer you are negotiating</source>
        <translation>%1: kein Angebot ist mit &quot;target&quot;: true markiert; markieren Sie das Angebot, über das Sie verhandeln</translation>
    </message>
    <message>
        <source>%1: %2 offers are marked &quot;target&quot;: true: %3; mark only one</source>
        <translation>%1: %2 Angebote sind mit &quot;target&quot;: true markiert: %3; markieren Sie nur eines</translation>
    </message>
    <message>
        <source>The guide&apos;s region to counter in.</source>
        <translation>Die Region des Leitfadens für das Gegenangebot.</translation>
    </message>
    <message>
        <source>The offers JSON file; one offer has &quot;target&quot;: true.</source>
        <translation>Die JSON-Datei mit den Angeboten; ein Angebot hat &quot;target&quot;: true.</translation>
    </message>
    <message>
        <source>Show each offer&apos;s rounds, what changed, and the counters sent</source>
        <translation>Die Runden jedes Angebots, die Änderungen und die gesendeten Gegenangebote zeigen</translation>
    </message>
    <message>
        <source>List the offers&apos; deadlines, soonest first, with the days left</source>
        <translation>Die Fristen der Angebote auflisten, die nächste zuerst, mit den verbleibenden Tagen</translation>
    </message>
    <message>
        <source>Check a script or message for what gives your position away</source>
        <translation>Ein Skript oder eine Nachricht auf Formulierungen prüfen, die Ihre Position preisgeben</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <source>%1-yr avg</source>
        <translation>Ø %1 J.</translation>
    </message>
    <message>
        <source>%1 options at a %2 strike</source>
        <translation>%1 Optionen zu einem Ausübungspreis von %2</translation>
    </message>
    <message>
        <source>last round %1 a share</source>
        <translation>letzte Runde %1 je Aktie</translation>
    </message>
    <message numerus="yes">
        <source>%1% dilution over %n round(s)</source>
        <translation>
            <numerusform>%1&#xa0;% Verwässerung über %n Runde</numerusform>
            <numerusform>%1&#xa0;% Verwässerung über %n Runden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 preference ahead of common</source>
        <translation>%1 Liquidationspräferenz vor den Stammaktien</translation>
    </message>
    <message>
        <source>%1: %2 (in %3)</source>
        <extracomment>An options offer&apos;s heading in compare: %1 the offer, %2 its terms joined by &quot;; &quot;, %3 the currency.</extracomment>
        <translation>%1: %2 (in %3)</translation>
    </message>
    <message>
        <source>Paper value %1 (what recruiters quote; never counted as pay)</source>
        <translation>Papierwert %1 (die Zahl der Recruiter; wird nie als Vergütung gezählt)</translation>
    </message>
    <message>
        <source>cost to exercise %1</source>
        <translation>Kosten der Ausübung %1</translation>
    </message>
    <message>
        <source>spread at exercise %1 (taxed; no tax computed)</source>
        <translation>Wertzuwachs bei Ausübung %1 (steuerpflichtig; keine Steuer berechnet)</translation>
    </message>
    <message>
        <source>%1% of the company</source>
        <translation>%1&#xa0;% des Unternehmens</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Price/share</source>
        <translation>Preis/Aktie</translation>
    </message>
    <message numerus="yes">
        <source>Options, %n yr(s)</source>
        <translation>
            <numerusform>Optionen, %n J.</numerusform>
            <numerusform>Optionen, %n J.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total, %n yr(s)</source>
        <translation>
            <numerusform>Gesamt, %n J.</numerusform>
            <numerusform>Gesamt, %n J.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <source>Expected case: %1 the last round&apos;s price.</source>
        <translation>Erwarteter Fall: %1 des Preises der letzten Runde.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The exits options offers are shown at, as multiples of the last round&apos;s price, comma-separated, each from 0 to 100 (default 0,0.5,1,3,10).</source>
        <translation>Die Exits, zu denen Angebote mit Aktienoptionen bewertet werden, als Vielfache des Preises der letzten Runde, durch Kommas getrennt, jeweils von 0 bis 100 (Standard 0,0.5,1,3,10).</translation>
    </message>
    <message>
        <source>(no date)</source>
        <extracomment>In the history, in place of the date of a round that has none.</extracomment>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>counter sent: base %1, equity %2, sign-on %3</source>
        <extracomment>A line of the history: a counter-offer you sent, with the amounts you asked for (base salary, equity, sign-on bonus).</extracomment>
        <translation>Gegenangebot gesendet: Grundgehalt %1, Aktien %2, Antrittsprämie %3</translation>
    </message>
    <message>
        <source>round %1 (edited since the last round)</source>
        <extracomment>A negotiation round; %1 is its number. The offer&apos;s current numbers, changed since its last recorded round.</extracomment>
        <translation>Runde %1 (seit der letzten Runde bearbeitet)</translation>
    </message>
    <message>
        <source>round %1</source>
        <extracomment>A negotiation round of an offer (the company&apos;s first offer, then each revised one); %1 is its number.</extracomment>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>round %1 (%2) (edited since the last round)</source>
        <extracomment>A negotiation round; %1 is its number, %2 the note the user wrote on it (such as &quot;first offer&quot;). The offer&apos;s current numbers, changed since its last recorded round.</extracomment>
        <translation>Runde %1 (%2) (seit der letzten Runde bearbeitet)</translation>
    </message>
    <message>
        <source>round %1 (%2)</source>
        <extracomment>A negotiation round; %1 is its number, %2 the note the user wrote on it (such as &quot;first offer&quot;).</extracomment>
        <translation>Runde %1 (%2)</translation>
    </message>
    <message>
        <source>%1: 4-year average %2; %3</source>
        <extracomment>A line of the history. %1 is the round, such as &quot;round 2 (revised offer)&quot;; %2 its 4-year average pay; %3 what changed since the round before, such as &quot;base +10,000, equity +40,000&quot;.</extracomment>
        <translation>%1: 4-Jahres-Schnitt %2; %3</translation>
    </message>
    <message>
        <source>%1: 4-year average %2</source>
        <extracomment>A line of the history. %1 is the round, such as &quot;round 1 (first offer)&quot;; %2 its 4-year average pay.</extracomment>
        <translation>%1: 4-Jahres-Schnitt %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: is too large (a script may have at most %2 bytes)</source>
        <extracomment>%1 is the script file&apos;s path; %2 the largest size allowed, in bytes.</extracomment>
        <translation>%1: zu groß (ein Skript darf höchstens %2 Byte groß sein)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>%1 is the script file&apos;s path; %2 the system&apos;s reason, such as &quot;Permission denied&quot;.</extracomment>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>%1: %2 offers are marked &quot;target&quot;: true; mark only one</source>
        <extracomment>%1 is the offers file&apos;s path; %2 how many offers in it are marked as the target (2 or more).</extracomment>
        <translation>%1: %2 Angebote sind mit &quot;target&quot;: true markiert; markieren Sie nur eines</translation>
    </message>
    <message>
        <source>The day to count from (default: today).</source>
        <translation>Der Tag, ab dem gezählt wird (Standard: heute).</translation>
    </message>
    <message>
        <source>No offer has a deadline.</source>
        <translation>Kein Angebot hat eine Frist.</translation>
    </message>
    <message>
        <source>The guide&apos;s region, for the counter&apos;s floor.</source>
        <translation>Die Region des Leitfadens, für die Untergrenze des Gegenangebots.</translation>
    </message>
    <message>
        <source>The offers JSON file, with one offer marked &quot;target&quot;: true.</source>
        <translation>Die JSON-Datei mit den Angeboten, eines davon mit &quot;target&quot;: true markiert.</translation>
    </message>
    <message>
        <source>The script or message, as text.</source>
        <translation>Das Skript oder die Nachricht als Textdatei.</translation>
    </message>
    <message>
        <source>the script file is required</source>
        <translation>die Skriptdatei ist erforderlich</translation>
    </message>
    <message>
        <source>--guide, --region and --offers go together: give all three, or none</source>
        <translation>--guide, --region und --offers gehören zusammen: Geben Sie alle drei an oder keine</translation>
    </message>
    <message>
        <source>--%1 needs --guide, --region and --offers</source>
        <extracomment>%1 is an option&apos;s name, such as &quot;rate&quot; in --rate.</extracomment>
        <translation>--%1 erfordert --guide, --region und --offers</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>The kind of problem in a compiler-style line: FILE:LINE: warning: RULE: REASON.</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>The horizon in years, 1 to 6 (default 4): years, totals and the average follow it.</source>
        <translation>Der Zeitraum in Jahren, 1 bis 6 (Standard 4): Jahre, Summen und Durchschnitt richten sich danach.</translation>
    </message>
    <message>
        <source>Yearly growth rates of the share price to test, in percent, comma-separated (default -30,-15,0,10,25).</source>
        <translation>Die zu prüfenden jährlichen Wachstumsraten des Aktienkurses in Prozent, durch Kommas getrennt (Standard -30,-15,0,10,25).</translation>
    </message>
</context>
<context>
    <name>CompanyCompareView</name>
    <message>
        <source>Compare companies</source>
        <translation>Unternehmen vergleichen</translation>
    </message>
    <message>
        <source>Total comp by company</source>
        <translation>Gesamtvergütung nach Unternehmen</translation>
    </message>
    <message>
        <source>Select a guide and a region to compare its pay with other companies.</source>
        <translation>Wählen Sie einen Leitfaden und eine Region, um die Vergütung mit anderen Unternehmen zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 in %2: total comp by company</source>
        <translation>%1 in %2: Gesamtvergütung nach Unternehmen</translation>
    </message>
    <message>
        <source>Only %1 has a %2 guide for %3, so there is nothing to compare yet. Import guides for other companies (File &gt; Import Guide…) to see who pays more.</source>
        <translation>Nur %1 hat einen Leitfaden für %2 in %3, es gibt also noch nichts zu vergleichen. Importieren Sie Leitfäden anderer Unternehmen (Datei &gt; Leitfaden importieren…), um zu sehen, wer mehr zahlt.</translation>
    </message>
    <message>
        <source>Total comp per year as each guide states it, at the low and the high end of the band, highest first. Hover a bar for its exact value. Pick another region in the Pay bands table.</source>
        <translation>Gesamtvergütung pro Jahr laut dem jeweiligen Leitfaden, am unteren und oberen Ende des Bands, die höchste zuerst. Zeigen Sie auf einen Balken, um den genauen Wert zu sehen. Eine andere Region wählen Sie in der Tabelle der Vergütungsbänder.</translation>
    </message>
    <message>
        <source>Not shown, because they pay in another currency: %1.</source>
        <translation>Nicht gezeigt, weil sie in einer anderen Währung zahlen: %1.</translation>
    </message>
    <message>
        <source>Total comp per year in %1 (%2)</source>
        <translation>Gesamtvergütung pro Jahr in %1 (%2)</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Unteres Ende</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Oberes Ende</translation>
    </message>
    <message>
        <source>%1 (this guide)</source>
        <translation>%1 (dieser Leitfaden)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total comp per year at the low and high end of each band, highest first: %1.</source>
        <translation>Gesamtvergütung pro Jahr am unteren und oberen Ende jedes Bands, die höchste zuerst: %1.</translation>
    </message>
</context>
<context>
    <name>CostOfLeavingChart</name>
    <message>
        <source>Cost of leaving</source>
        <translation>Kosten eines frühen Ausscheidens</translation>
    </message>
    <message>
        <source>No offers to show.</source>
        <translation>Keine Angebote zum Anzeigen.</translation>
    </message>
    <message>
        <source>What leaving early costs, by the month you leave: the initial grant not yet vested, at today&apos;s price, plus the sign-on to repay.</source>
        <translation>Was ein frühes Ausscheiden kostet, nach dem Monat des Ausscheidens: die noch nicht gevestete Erstzuteilung zum heutigen Kurs plus die zurückzuzahlende Antrittsprämie.</translation>
    </message>
    <message>
        <source>%1: %2 at month %3, %4 at month %5.</source>
        <translation>%1: %2 in Monat %3, %4 in Monat %5.</translation>
    </message>
    <message>
        <source>Month you leave</source>
        <translation>Monat des Ausscheidens</translation>
    </message>
    <message>
        <source>%1, leaving at month %2: %3</source>
        <translation>%1, Ausscheiden in Monat %2: %3</translation>
    </message>
</context>
<context>
    <name>CounterEngine</name>
    <message>
        <source>your best alternative</source>
        <translation>Ihre beste Alternative</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>an</source>
        <extracomment>The article before an offer&apos;s name in &quot;%1 %2 offer at %3&quot;; a language without it can move &quot;offer&quot; here and drop it from that sentence.</extracomment>
        <translation>ein</translation>
    </message>
    <message>
        <source>a</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>Aktienpaket</translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>name %1 and its figures</source>
        <translation>nennen Sie das Angebot von %1 mit seinen Zahlen</translation>
    </message>
    <message>
        <source>name %1 and their figures</source>
        <translation>nennen Sie die Angebote von %1 mit ihren Zahlen</translation>
    </message>
    <message>
        <source>the %1 base</source>
        <translation>die %1 Grundgehalt</translation>
    </message>
    <message>
        <source>the %1 equity</source>
        <translation>die %1 in Aktien</translation>
    </message>
    <message>
        <source>the %1 signing bonus</source>
        <translation>die %1 Antrittsprämie</translation>
    </message>
    <message>
        <source>back %1 with it</source>
        <translation>untermauern Sie damit %1</translation>
    </message>
    <message>
        <source>Use it only if it&apos;s true for you, with your own details where the guide has brackets.</source>
        <translation>Nutzen Sie ihn nur, wenn er auf Sie zutrifft, und setzen Sie dort, wo der Leitfaden eckige Klammern hat, Ihre eigenen Angaben ein.</translation>
    </message>
    <message>
        <source>%1 over %2 years</source>
        <translation>%1 über %2 Jahre</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 inside the band (%5), so ask at least that.</source>
        <translation>%1 %2: %3 %4 innerhalb des Bands (%5), fordern Sie also mindestens so viel.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>liegt</translation>
    </message>
    <message>
        <source>are</source>
        <translation>liegen</translation>
    </message>
    <message>
        <source>%1 %2, the band&apos;s top: %3 more than that.</source>
        <translation>%1 %2, das obere Ende des Bands: %3 mehr als das.</translation>
    </message>
    <message>
        <source> offers</source>
        <translation> bietet</translation>
    </message>
    <message>
        <source> offer</source>
        <translation> bieten</translation>
    </message>
    <message>
        <source>%1 %2: the offer&apos;s own %3, already at or above the band&apos;s top (%4), so hold it.</source>
        <translation>%1 %2: Das %3 im Angebot liegt bereits am oder über dem oberen Ende des Bands (%4), halten Sie diesen Wert also.</translation>
    </message>
    <message>
        <source>%1 %2: the offer&apos;s own %3 is already past the step a %4 ask takes, so hold it.</source>
        <translation>%1 %2: Das %3 im Angebot geht bereits über den Schritt hinaus, den eine Forderung im Stil „%4“ machen würde, halten Sie diesen Wert also.</translation>
    </message>
    <message>
        <source>%1 %2: a %3 ask aims at %4 of the band (%5); the offer sits at %6.</source>
        <translation>%1 %2: Im Stil „%3“ zielt die Forderung auf %4 des Bands (%5); das Angebot liegt bei %6.</translation>
    </message>
    <message>
        <source>%1 %2: a %3 ask is at least %4 above the offer&apos;s %5.</source>
        <translation>%1 %2: Im Stil „%3“ liegt die Forderung mindestens %4 über den %5 des Angebots.</translation>
    </message>
    <message>
        <source>What %1 %2 beyond the band&apos;s top of %3 can&apos;t go into %4,</source>
        <translation>Was %1 über das obere Ende des Bands von %3 hinaus %2, kann nicht ins %4 fließen,</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>bietet</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>bieten</translation>
    </message>
    <message>
        <source>so it moves into the sign-on, which the band doesn&apos;t cap.</source>
        <translation>also wandert es in die Antrittsprämie, die das Band nicht begrenzt.</translation>
    </message>
    <message>
        <source>so it would move into the sign-on, but this offer already pays more in year 1.</source>
        <translation>es würde also in die Antrittsprämie wandern, doch dieses Angebot zahlt im ersten Jahr bereits mehr.</translation>
    </message>
    <message>
        <source>The rest of the %1 step (%2) is beyond the band&apos;s top, so it moves into the sign-on.</source>
        <translation>Der Rest des Schritts im Stil „%1“ (%2) liegt über dem oberen Ende des Bands und wandert deshalb in die Antrittsprämie.</translation>
    </message>
    <message>
        <source>Sign-on: none; with room left in the band, the base and equity asks carry the step.</source>
        <translation>Antrittsprämie: keine; da das Band noch Luft hat, tragen die Forderungen bei Grundgehalt und Aktien den Schritt.</translation>
    </message>
    <message>
        <source>Sign-on: none; no competing offer pays more in year 1 than this offer at the base and equity asks.</source>
        <translation>Antrittsprämie: keine; kein konkurrierendes Angebot zahlt im ersten Jahr mehr als dieses Angebot mit den Forderungen bei Grundgehalt und Aktien.</translation>
    </message>
    <message>
        <source>Sign-on %1: %2 pays %3 in year 1; this offer, at the base and equity asks, pays %4. The sign-on bridges that %5 year-1 gap.</source>
        <translation>Antrittsprämie %1: %2 zahlt im ersten Jahr %3; dieses Angebot zahlt mit den Forderungen bei Grundgehalt und Aktien %4. Die Antrittsprämie schließt diese Lücke von %5 im ersten Jahr.</translation>
    </message>
    <message>
        <source>It includes %1&apos;s pay beyond the band&apos;s top.</source>
        <translation>Darin enthalten ist, was %1 über das obere Ende des Bands hinaus zahlt.</translation>
    </message>
    <message>
        <source>Sign-on %1: the %2 step on base and equity (%3 in year 1) goes past the band&apos;s top, so it moves into a one-off sign-on, which the band doesn&apos;t cap.</source>
        <translation>Antrittsprämie %1: Der Schritt im Stil „%2“ bei Grundgehalt und Aktien (%3 im ersten Jahr) geht über das obere Ende des Bands hinaus und wandert deshalb in eine einmalige Antrittsprämie, die das Band nicht begrenzt.</translation>
    </message>
    <message>
        <source>Sign-on %1: the offer&apos;s own sign-on; keep it.</source>
        <translation>Antrittsprämie %1: die Antrittsprämie aus dem Angebot; behalten Sie sie bei.</translation>
    </message>
    <message>
        <source>Sign-on %1: what a competing offer pays in year 1 beyond this offer at the base and equity asks.</source>
        <translation>Antrittsprämie %1: was ein konkurrierendes Angebot im ersten Jahr mehr zahlt als dieses Angebot mit den Forderungen bei Grundgehalt und Aktien.</translation>
    </message>
    <message>
        <source>Sign-on is the part most likely to move: base and equity are near the top of the band, and a one-off sign-on doesn&apos;t touch the band.</source>
        <translation>Am ehesten bewegt sich die Antrittsprämie: Grundgehalt und Aktien liegen nahe am oberen Ende des Bands, und eine einmalige Antrittsprämie berührt das Band nicht.</translation>
    </message>
    <message>
        <source>%1 is the part most likely to move: the offer sits %2 of the way up the band&apos;s %3 range (%4–%5), with %6 of room to the top that a recruiter can give without an exception.</source>
        <translation>%1 bewegt sich am ehesten: Das Angebot liegt bei %2 der Spanne, die das Band für das %3 vorsieht (%4–%5); bis zum oberen Ende bleiben %6, die ein Recruiter ohne Ausnahmegenehmigung geben kann.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Das Grundgehalt</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Das Aktienpaket</translation>
    </message>
    <message>
        <source>%1 (%2 on its offer letter, at the rate of %3)</source>
        <translation>%1 (%2 laut Angebotsschreiben, zum Kurs von %3)</translation>
    </message>
    <message>
        <source>%1 (%2 on its offer letter, at the rate of %3 you entered on %4)</source>
        <translation>%1 (%2 laut Angebotsschreiben, zum Kurs von %3, den Sie am %4 eingegeben haben)</translation>
    </message>
    <message>
        <source>, less your %1 premium</source>
        <translation>, abzüglich Ihres Zugeständnisses von %1</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: %2&apos;s 4-year average of %3%4. That is %5 base with the offer&apos;s other parts unchanged.</source>
        <translation>Untergrenze %1 pro Jahr über 4 Jahre: %2 kommt im 4-Jahres-Schnitt auf %3%4. Das entspricht %5 Grundgehalt bei sonst unveränderten Bestandteilen des Angebots.</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the walk-away figure you stated, above what %2 comes to (%3). That is %4 base with the offer&apos;s other parts unchanged.</source>
        <translation>Untergrenze %1 pro Jahr über 4 Jahre: die von Ihnen genannte Schmerzgrenze, höher als das, worauf %2 kommt (%3). Das entspricht %4 Grundgehalt bei sonst unveränderten Bestandteilen des Angebots.</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the walk-away figure you stated. That is %2 base with the offer&apos;s other parts unchanged.</source>
        <translation>Untergrenze %1 pro Jahr über 4 Jahre: die von Ihnen genannte Schmerzgrenze. Das entspricht %2 Grundgehalt bei sonst unveränderten Bestandteilen des Angebots.</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the offer&apos;s own value (%2 base); with no competing offer, there is nothing better to walk away to.</source>
        <translation>Untergrenze %1 pro Jahr über 4 Jahre: der Wert des Angebots selbst (%2 Grundgehalt); ohne konkurrierendes Angebot gibt es nichts Besseres, zu dem Sie wechseln könnten.</translation>
    </message>
    <message>
        <source>Raised to %1, its limit of a quarter of the base ask, to come as close as the band allows to your floor of %2 a year over 4 years.</source>
        <translation>Angehoben auf %1, die Grenze von einem Viertel der Forderung beim Grundgehalt, um so nah an Ihre Untergrenze von %2 pro Jahr über 4 Jahre heranzukommen, wie das Band es zulässt.</translation>
    </message>
    <message>
        <source>Raised to %1 so the counter reaches your floor of %2 a year over 4 years; a one-off sign-on sits outside the band, up to a quarter of the base ask (%3).</source>
        <translation>Angehoben auf %1, damit das Gegenangebot Ihre Untergrenze von %2 pro Jahr über 4 Jahre erreicht; eine einmalige Antrittsprämie liegt außerhalb des Bands, bis zu einem Viertel der Forderung beim Grundgehalt (%3).</translation>
    </message>
    <message>
        <source>Raised to %1 so the counter reaches your floor of %2 a year over 4 years.</source>
        <translation>Angehoben auf %1, damit das Gegenangebot Ihre Untergrenze von %2 pro Jahr über 4 Jahre erreicht.</translation>
    </message>
    <message>
        <source>Raised to %1, the band&apos;s top, toward your floor of %2 a year over 4 years.</source>
        <translation>Angehoben auf %1, das obere Ende des Bands, in Richtung Ihrer Untergrenze von %2 pro Jahr über 4 Jahre.</translation>
    </message>
    <message>
        <source>%1 %2: set by hand (the suggestion was %3).</source>
        <translation>%1 %2: von Hand gesetzt (der Vorschlag war %3).</translation>
    </message>
    <message>
        <source>%1 base</source>
        <translation>%1 Grundgehalt</translation>
    </message>
    <message>
        <source>%1 equity</source>
        <translation>%1 in Aktien</translation>
    </message>
    <message>
        <source>a %1 bonus</source>
        <translation>%1 Bonus</translation>
    </message>
    <message>
        <source>a %1 signing bonus</source>
        <translation>%1 Antrittsprämie</translation>
    </message>
    <message>
        <source>%1 %2 offer at %3</source>
        <extracomment>&quot;a Google L4 offer at $210K base, ...&quot;: %1 is &quot;a&quot; or &quot;an&quot;, %2 the offer&apos;s company and level, %3 its figures.</extracomment>
        <translation>%1 Angebot von %2 mit %3</translation>
    </message>
    <message>
        <source>%1 equity over %2 years</source>
        <translation>%1 in Aktien über %2 Jahre</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> sowie </translation>
    </message>
    <message>
        <source>At these numbers, I&apos;m ready to sign.</source>
        <translation>Zu diesen Konditionen bin ich bereit zu unterschreiben.</translation>
    </message>
    <message>
        <source>If we can get to those numbers, I&apos;m ready to sign.</source>
        <translation>Wenn wir uns auf diese Zahlen einigen können, unterschreibe ich.</translation>
    </message>
    <message>
        <source>Let me know how close you can get, and I&apos;ll decide quickly.</source>
        <translation>Sagen Sie mir gern, wie nah Sie herankommen können – dann entscheide ich mich zügig.</translation>
    </message>
    <message>
        <source>otherwise, I&apos;ll go with my other offer.</source>
        <translation>andernfalls entscheide ich mich für mein anderes Angebot.</translation>
    </message>
    <message>
        <source>otherwise, I&apos;ll have to decline.</source>
        <translation>andernfalls muss ich leider absagen.</translation>
    </message>
    <message>
        <source>I know that may be beyond the band for this level. If it is, a higher level, more on the signing bonus, or an exception to the band would get us there; %1</source>
        <translation>Mir ist bewusst, dass das über dem Band für dieses Level liegen kann. Falls ja, kämen wir mit einer höheren Einstufung, einer höheren Antrittsprämie oder einer Ausnahme vom Band dorthin; %1</translation>
    </message>
    <message>
        <source>I&apos;m excited about the %1 role at %2 and want to make this work.</source>
        <translation>Die Position als %1 bei %2 reizt mich sehr, und ich möchte gern, dass wir uns einig werden.</translation>
    </message>
    <message>
        <source>I&apos;m holding %1.</source>
        <translation>Ich habe bereits %1.</translation>
    </message>
    <message>
        <source>To choose %1, I need %2.</source>
        <translation>Damit ich mich für %1 entscheide, bräuchte ich %2.</translation>
    </message>
    <message>
        <source>Based on market data for this level in %1, I&apos;d like %2.</source>
        <translation>Auf Basis der Marktdaten für dieses Level in %1 stelle ich mir %2 vor.</translation>
    </message>
    <message>
        <source>Levers from the guide that fit:</source>
        <translation>Passende Hebel aus dem Leitfaden:</translation>
    </message>
    <message>
        <source>%1 (lever %2): %3</source>
        <translation>%1 (Hebel %2): %3</translation>
    </message>
    <message>
        <source>the walk-away figure you stated</source>
        <translation>die von Ihnen genannte Schmerzgrenze</translation>
    </message>
    <message>
        <source>the offer itself</source>
        <translation>das Angebot selbst</translation>
    </message>
    <message>
        <source>At the top of its band (%1 base, %2 equity) with a %3 sign-on (a quarter of the base), the offer comes to %4 a year over 4 years, %5 short of your floor of %6 (%7).</source>
        <translation>Am oberen Ende seines Bands (%1 Grundgehalt, %2 in Aktien) und mit einer Antrittsprämie von %3 (einem Viertel des Grundgehalts) kommt das Angebot auf %4 pro Jahr über 4 Jahre, %5 unter Ihrer Untergrenze von %6 (%7).</translation>
    </message>
    <message>
        <source>At the top of its band (%1 base, %2 equity) with the %3 sign-on asked, the offer comes to %4 a year over 4 years, %5 short of your floor of %6 (%7).</source>
        <translation>Am oberen Ende seines Bands (%1 Grundgehalt, %2 in Aktien) und mit der geforderten Antrittsprämie von %3 kommt das Angebot auf %4 pro Jahr über 4 Jahre, %5 unter Ihrer Untergrenze von %6 (%7).</translation>
    </message>
    <message>
        <source>This company can&apos;t match your best alternative.</source>
        <translation>Dieses Unternehmen kann mit Ihrer besten Alternative nicht mithalten.</translation>
    </message>
    <message>
        <source>Only a premium of %1 or more, a higher level, or an exception to the band would close it; the script asks for those and commits to nothing.</source>
        <translation>Nur ein Zugeständnis von %1 oder mehr, eine höhere Einstufung oder eine Ausnahme vom Band würde die Lücke schließen; das Skript fragt danach und sagt nichts zu.</translation>
    </message>
    <message>
        <source>This company can&apos;t reach the walk-away figure you stated.</source>
        <translation>Dieses Unternehmen kann die von Ihnen genannte Schmerzgrenze nicht erreichen.</translation>
    </message>
    <message>
        <source>Only a higher level or an exception to the band would close it; the script asks for those and commits to nothing.</source>
        <translation>Nur eine höhere Einstufung oder eine Ausnahme vom Band würde die Lücke schließen; das Skript fragt danach und sagt nichts zu.</translation>
    </message>
    <message>
        <source>The counter comes to %1 a year over 4 years, below your floor of %2 (%3). The band can reach it: ask for more base, equity or sign-on before you settle; the script commits to nothing until it does.</source>
        <translation>Das Gegenangebot kommt auf %1 pro Jahr über 4 Jahre, unter Ihrer Untergrenze von %2 (%3). Das Band gibt das her: Fordern Sie mehr Grundgehalt, Aktien oder Antrittsprämie, bevor Sie sich einigen; bis dahin sagt das Skript nichts zu.</translation>
    </message>
    <message>
        <source>The offer on the table (%1 a year over 4 years) already meets your floor (%2, from %3): you have less leverage than it looks, so push gently.</source>
        <translation>Das vorliegende Angebot (%1 pro Jahr über 4 Jahre) erreicht Ihre Untergrenze bereits (%2, Quelle: %3): Ihr Verhandlungsspielraum ist kleiner, als es scheint, drängen Sie also behutsam.</translation>
    </message>
    <message>
        <source>The offer&apos;s base (%1) is already above the band&apos;s top (%2); the base ask holds it rather than going higher.</source>
        <translation>Das Grundgehalt im Angebot (%1) liegt bereits über dem oberen Ende des Bands (%2); die Forderung hält diesen Wert, statt höher zu gehen.</translation>
    </message>
    <message>
        <source>The offer&apos;s equity (%1) is already above the band&apos;s top (%2); the equity ask holds it.</source>
        <translation>Das Aktienpaket im Angebot (%1) liegt bereits über dem oberen Ende des Bands (%2); die Forderung hält diesen Wert.</translation>
    </message>
    <message>
        <source>A sign-on of %1 is more than a quarter of the base; companies often split one this size across two years, or pay part of it in equity.</source>
        <translation>Eine Antrittsprämie von %1 ist mehr als ein Viertel des Grundgehalts; Unternehmen verteilen eine so hohe Prämie oft auf zwei Jahre oder zahlen einen Teil in Aktien.</translation>
    </message>
    <message>
        <source>%1&apos;s offer is compared in %2 at the rate you gave (%3); a change in the rate moves the anchors.</source>
        <translation>Das Angebot von %1 wird zu Ihrem Kurs (%3) in %2 verglichen; ändert sich der Kurs, verschieben sich die Anker.</translation>
    </message>
    <message>
        <source>The guide maps this level to %1, not %2: an offer at another level moves the anchors, so compare like with like.</source>
        <translation>Der Leitfaden ordnet dieses Level %1 zu, nicht %2: Ein Angebot auf einem anderen Level verschiebt die Anker, vergleichen Sie also Gleiches mit Gleichem.</translation>
    </message>
    <message>
        <source>Your %1 ask (%2) is below the offer&apos;s own %1 (%3): it gives ground before the talk starts.</source>
        <translation>%1: Ihre Forderung (%2) liegt unter dem Wert im Angebot (%3); damit geben Sie nach, bevor das Gespräch überhaupt beginnt.</translation>
    </message>
    <message>
        <source>Your %1 ask (%2) is above the band&apos;s top (%3): expect it to need an exception; a sign-on is easier to grant.</source>
        <translation>%1: Ihre Forderung (%2) liegt über dem oberen Ende des Bands (%3); rechnen Sie damit, dass sie eine Ausnahme braucht. Eine Antrittsprämie ist leichter zu bewilligen.</translation>
    </message>
    <message>
        <source>conservative</source>
        <extracomment>How bold a counter is, in &quot;a balanced ask&quot; and &quot;the balanced step&quot;; French and German agree it with those nouns.</extracomment>
        <translation>Zurückhaltend</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>Offensiv</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the uses of one lever; French puts a no-break space before the semicolon.</extracomment>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 options at a %2 strike</source>
        <translation>%1 Optionen zu einem Ausübungspreis von %2</translation>
    </message>
    <message>
        <source>%1 options</source>
        <translation>%1 Optionen</translation>
    </message>
    <message>
        <source>more options</source>
        <translation>mehr Optionen</translation>
    </message>
    <message>
        <source>Equity counts the %1 options at an exit at %2 the last round&apos;s price: %3 a share after dilution and preference, less the %4 strike, so %5 for the grant.</source>
        <translation>Die Aktienkomponente rechnet die %1 Optionen bei einem Exit zum %2 des Preises der letzten Runde: %3 pro Aktie nach Verwässerung und Präferenz, abzüglich des Ausübungspreises von %4, also %5 für die Zuteilung.</translation>
    </message>
    <message>
        <source>The equity ask of %1 is about %2 options at that exit.</source>
        <translation>Die Forderung von %1 in Aktien entspricht bei diesem Exit etwa %2 Optionen.</translation>
    </message>
    <message>
        <source>At that exit the options are worth nothing, so no number of them makes up an equity ask; a lower strike, more base or a sign-on does.</source>
        <translation>Bei diesem Exit sind die Optionen nichts wert, also ergibt keine noch so große Anzahl davon eine Forderung in Aktien; ein niedrigerer Ausübungspreis, mehr Grundgehalt oder eine Antrittsprämie dagegen schon.</translation>
    </message>
    <message>
        <source>Their paper value (%1, at the last round&apos;s price) is never counted as pay.</source>
        <translation>Ihr Papierwert (%1, zum Preis der letzten Runde) wird nie als Vergütung gezählt.</translation>
    </message>
    <message>
        <source>%1&apos;s options at an exit at %2 its last round&apos;s price</source>
        <translation>die Optionen von %1 bei einem Exit zum %2 des Preises seiner letzten Runde</translation>
    </message>
    <message>
        <source>this offer&apos;s options at %1 its last round&apos;s price</source>
        <translation>die Optionen dieses Angebots zum %1 des Preises seiner letzten Runde</translation>
    </message>
    <message>
        <source>The floor assumes %1.</source>
        <translation>Die Untergrenze geht von folgender Annahme aus: %1.</translation>
    </message>
    <message>
        <source>%1 of the counter&apos;s 4-year average (%2 of %3 a year) rests on the exit: it counts the options at %4 the last round&apos;s price. If they end up worth nothing, the counter comes to %5 a year</source>
        <translation>%1 des 4-Jahres-Schnitts des Gegenangebots (%2 von %3 pro Jahr) hängen vom Exit ab: Die Optionen sind zum %4 des Preises der letzten Runde gerechnet. Sind sie am Ende nichts wert, kommt das Gegenangebot auf %5 pro Jahr</translation>
    </message>
    <message>
        <source>, below your floor of %1</source>
        <translation>, unter Ihrer Untergrenze von %1</translation>
    </message>
    <message>
        <source>; across the exits you set (%1 to %2) it runs from %3 to %4 a year.</source>
        <translation>; über die von Ihnen festgelegten Exits (%1 bis %2) reicht es von %3 bis %4 pro Jahr.</translation>
    </message>
    <message>
        <source>Your floor rests on %1&apos;s exit: its options count for %2 of its %3 a year at %4 its last round&apos;s price. If they end up worth nothing, %1 comes to %5 a year; across the exits you set (%6 to %7) it runs from %8 to %9 a year.</source>
        <translation>Ihre Untergrenze hängt vom Exit von %1 ab: Seine Optionen machen beim %4 des Preises seiner letzten Runde %2 seiner %3 pro Jahr aus. Sind sie am Ende nichts wert, kommt %1 auf %5 pro Jahr; über die von Ihnen festgelegten Exits (%6 bis %7) reicht es von %8 bis %9 pro Jahr.</translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Equity over %1 years</source>
        <translation>Aktien über %1 Jahre</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>%1 ✎</source>
        <translation>%1 ✎</translation>
    </message>
    <message>
        <source>Set by hand; the suggestion was %1. Double-click to change it.</source>
        <translation>Von Hand gesetzt; der Vorschlag war %1. Zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <source>The suggested ask, raised to reach your walk-away floor. Double-click to set it by hand.</source>
        <translation>Die vorgeschlagene Forderung, angehoben, damit sie Ihre Untergrenze erreicht. Doppelklicken, um sie von Hand zu setzen.</translation>
    </message>
    <message>
        <source>The suggested ask. Double-click to set it by hand.</source>
        <translation>Die vorgeschlagene Forderung. Doppelklicken, um sie von Hand zu setzen.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>raised to reach the floor</source>
        <translation>auf die Untergrenze angehoben</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Band unten</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Band oben</translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation>Beste Alternative</translation>
    </message>
</context>
<context>
    <name>CounterWidget</name>
    <message>
        <source>&amp;Reset hand-set asks</source>
        <translation>Eigene Forderungen zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>Offer being negotiated</source>
        <translation>Angebot, über das Sie verhandeln</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>Zurückhaltend</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Ausgewogen</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Offensiv</translation>
    </message>
    <message>
        <source>With no competing offer ahead, conservative asks for the middle of the band, balanced for 75% of it and bold for the top.</source>
        <translation>Ohne besseres Konkurrenzangebot zielt „Zurückhaltend“ auf die Mitte des Bands, „Ausgewogen“ auf 75&#xa0;% und „Offensiv“ auf das obere Ende.</translation>
    </message>
    <message>
        <source>How much of your best alternative&apos;s value you would give up to join this company.</source>
        <translation>Wie viel vom Wert Ihrer besten Alternative Sie aufgeben würden, um zu diesem Unternehmen zu wechseln.</translation>
    </message>
    <message>
        <source>Premium to join</source>
        <translation>Zugeständnis für dieses Unternehmen</translation>
    </message>
    <message>
        <source>Walk-away figure</source>
        <translation>Schmerzgrenze</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>A walk-away figure of your own, as a 4-year average in the band&apos;s currency: for example your current job&apos;s value, or a minimum you set. The floor never goes below it. None: the floor comes from your best alternative.</source>
        <translation>Eine eigene Schmerzgrenze als 4-Jahres-Schnitt in der Währung des Bands, etwa der Wert Ihrer jetzigen Stelle oder ein selbst gesetztes Minimum. Die Untergrenze fällt nie darunter. Keine: Die Untergrenze ergibt sich aus Ihrer besten Alternative.</translation>
    </message>
    <message>
        <source>Whether the counter meets your floor</source>
        <translation>Ob das Gegenangebot Ihre Untergrenze erreicht</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>&amp;Negotiating:</source>
        <translation>&amp;Zielangebot:</translation>
    </message>
    <message>
        <source>&amp;Boldness:</source>
        <translation>&amp;Verhandlungsstil:</translation>
    </message>
    <message>
        <source>&amp;Premium to join:</source>
        <translation>Zugeständ&amp;nis:</translation>
    </message>
    <message>
        <source>&amp;Walk-away:</source>
        <translation>&amp;Schmerzgrenze:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum&lt;/b&gt;</translation>
    </message>
    <message>
        <source>base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>Set the %1 ask</source>
        <translation>Forderung festlegen: %1</translation>
    </message>
    <message>
        <source>Reset the %1 ask</source>
        <translation>Forderung zurücksetzen: %1</translation>
    </message>
    <message>
        <source>Reset hand-set asks</source>
        <translation>Eigene Forderungen zurücksetzen</translation>
    </message>
    <message>
        <source>Choose a guide, a region and the offer you are negotiating to see a counter-offer.</source>
        <translation>Wählen Sie einen Leitfaden, eine Region und das Angebot, über das Sie verhandeln, um ein Gegenangebot zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Walk-away floor:&lt;/b&gt; %1 a year over 4 years, from %2; or %3 base with the offer&apos;s other parts unchanged.</source>
        <translation>&lt;b&gt;Untergrenze:&lt;/b&gt; %1 pro Jahr über 4 Jahre, Quelle: %2; oder %3 Grundgehalt bei sonst unveränderten Bestandteilen des Angebots.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your counter:&lt;/b&gt; %1 in year 1, %2 a year over 4 years.</source>
        <translation>&lt;b&gt;Ihr Gegenangebot:&lt;/b&gt; %1 im ersten Jahr, %2 pro Jahr über 4 Jahre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Have in writing before you ask:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Lassen Sie sich vorher schriftlich geben:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grund-&lt;br&gt;gehalt</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Antritts-&lt;br&gt;prämie</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Copy scrip&amp;t</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>Walk-away floor and your counter</source>
        <translation>Untergrenze und Ihr Gegenangebot</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Why these asks</source>
        <translation>Warum diese Forderungen</translation>
    </message>
    <message>
        <source>What is most likely to move</source>
        <translation>Was am ehesten verhandelbar ist</translation>
    </message>
    <message>
        <source>Boldness</source>
        <translation>Verhandlungsstil</translation>
    </message>
    <message>
        <source>Base, equity and sign-on: the offer, what to ask for, your best alternative and the band. Press F2 on an ask to set it by hand.</source>
        <translation>Grundgehalt, Aktien und Antrittsprämie: das Angebot, Ihre Forderung, Ihre beste Alternative und das Band. Drücken Sie F2 auf einer Forderung, um sie von Hand zu setzen.</translation>
    </message>
    <message>
        <source>The words to say on a call, yours to edit. Words to reconsider are underlined; the list below says why.</source>
        <translation>Die Worte für das Gespräch, die Sie frei bearbeiten können. Formulierungen, die Sie überdenken sollten, sind unterstrichen; die Liste darunter erklärt, warum.</translation>
    </message>
    <message>
        <source>Recor&amp;d Counter Sent…</source>
        <translation>Gesendetes Gegenangebot er&amp;fassen…</translation>
    </message>
    <message>
        <source>Keep the counter you sent (its asks, your words and the day) with the offer, for its timeline</source>
        <translation>Das gesendete Gegenangebot (Forderungen, Ihre Worte und das Datum) beim Angebot speichern, für seinen Verlauf</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Das Skript in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to ask for&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(double-click an ask, or press F2, to set it by hand; ✎ marks one you set)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Was Sie fordern sollten&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(doppelklicken Sie auf eine Forderung oder drücken Sie F2, um sie von Hand zu setzen; ✎ markiert selbst gesetzte Forderungen)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the band&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(the offer, the ask and the best alternative; the shaded box runs from the band&apos;s low to its high end)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Im Vergleich zum Band&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(das Angebot, die Forderung und die beste Alternative; der schattierte Bereich reicht vom unteren bis zum oberen Ende des Bands)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Was Sie sagen</translation>
    </message>
    <message>
        <source>Wr&amp;ite again</source>
        <translation>Neu schreib&amp;en</translation>
    </message>
    <message>
        <source>Throws away your edits and writes the script again from the counter</source>
        <translation>Verwirft Ihre Änderungen und schreibt das Skript aus dem Gegenangebot neu</translation>
    </message>
    <message>
        <source>Ca&amp;ll script</source>
        <translation>Ges&amp;prächsskript</translation>
    </message>
    <message>
        <source>E&amp;mail draft</source>
        <translation>E-&amp;Mail-Entwurf</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the Counter tab&apos;s script to the clipboard</source>
        <translation>Das Skript aus dem Reiter Gegenangebot in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open in Mail App</source>
        <translation>Im E-Mail-Programm öffnen</translation>
    </message>
    <message>
        <source>Counter against the band</source>
        <translation>Gegenangebot im Vergleich zum Band</translation>
    </message>
    <message>
        <source>No counter yet: choose a guide, a region and the offer you are negotiating.</source>
        <translation>Noch kein Gegenangebot: Wählen Sie einen Leitfaden, eine Region und das Angebot, über das Sie verhandeln.</translation>
    </message>
    <message>
        <source>%1: 4-year average %2, %3; your counter %4 a year over 4 years</source>
        <translation>%1: 4-Jahres-Schnitt %2, %3; Ihr Gegenangebot %4 pro Jahr über 4 Jahre</translation>
    </message>
    <message>
        <source>%1: offer %2, ask %3</source>
        <translation>%1: Angebot %2, Forderung %3</translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <translation>, %1 %2</translation>
    </message>
    <message>
        <source>, band %1</source>
        <translation>, Band %1</translation>
    </message>
</context>
<context>
    <name>CsvDataPoints</name>
    <message>
        <source>field %1 is longer than %2 bytes</source>
        <translation>Feld %1 ist länger als %2 Byte</translation>
    </message>
    <message>
        <source>a quoted field is never closed: its quote runs to the end of the file</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen: das Anführungszeichen reicht bis zum Dateiende</translation>
    </message>
    <message>
        <source>the header row: </source>
        <translation>die Kopfzeile: </translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; is ignored</source>
        <translation>unbekannte Spalte &apos;%1&apos; wird ignoriert</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>Spalte &apos;%1&apos; kommt in der Kopfzeile doppelt vor</translation>
    </message>
    <message>
        <source>the header has no column %1 (it needs %2, and stock_4yr or stock_per_year)</source>
        <translation>der Kopfzeile fehlt die Spalte %1 (sie braucht %2 sowie stock_4yr oder stock_per_year)</translation>
    </message>
    <message>
        <source>the header has both stock_4yr and stock_per_year; keep one</source>
        <translation>die Kopfzeile hat sowohl stock_4yr als auch stock_per_year; behalten Sie nur eine davon</translation>
    </message>
    <message>
        <source>the header has no stock column: it needs stock_4yr or stock_per_year</source>
        <translation>der Kopfzeile fehlt eine Aktienspalte: sie braucht stock_4yr oder stock_per_year</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8</source>
        <translation>&apos;%1&apos; ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>no value for &apos;%1&apos;</source>
        <translation>kein Wert für &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a control character</source>
        <translation>&apos;%1&apos; enthält ein Steuerzeichen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain number such as 170000 or 7.5: &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist keine einfache Zahl wie 170000 oder 7.5: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, above %3</source>
        <translation>&apos;%1&apos; ist %2, mehr als %3</translation>
    </message>
    <message>
        <source>the row has 1 field; the header has %1</source>
        <translation>die Zeile hat 1 Feld, die Kopfzeile %1</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile %2</translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date written YYYY-MM-DD: &apos;%1&apos;</source>
        <translation>&apos;date&apos; ist kein Datum der Form JJJJ-MM-TT: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the total comp %1 is above %2</source>
        <translation>die Gesamtvergütung %1 liegt über %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit for a data file</source>
        <translation>die Datei ist größer als %1 MiB, die Grenze für eine Datendatei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>keine Datenzeilen nach der Kopfzeile</translation>
    </message>
    <message>
        <source>more than %1 data rows, the limit for a data file; the rest is not read</source>
        <translation>mehr als %1 Datenzeilen, die Grenze für eine Datendatei; der Rest wird nicht gelesen</translation>
    </message>
    <message>
        <source>bad quoting: a quote inside an unquoted field, or text after a closing quote (quote a field that holds a quote, and write the quote twice)</source>
        <translation>fehlerhafte Anführungszeichen: ein Anführungszeichen in einem Feld ohne Anführungszeichen oder Text nach einem schließenden Anführungszeichen (setzen Sie ein Feld, das ein Anführungszeichen enthält, in Anführungszeichen und verdoppeln Sie das Zeichen)</translation>
    </message>
    <message>
        <source>%1; no row was read</source>
        <translation>%1; es wurde keine Zeile gelesen</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row naming the columns</source>
        <translation>die Datei ist leer: Sie braucht eine Kopfzeile mit den Spaltennamen</translation>
    </message>
</context>
<context>
    <name>DeadlineNotices</name>
    <message>
        <source>Ask for More Time…</source>
        <translation>Um mehr Zeit bitten…</translation>
    </message>
    <message>
        <source>OfferDesk: a deadline is close</source>
        <translation>OfferDesk: Eine Frist läuft bald ab</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>passed 1 day ago</source>
        <translation>seit 1 Tag abgelaufen</translation>
    </message>
    <message>
        <source>passed %1 days ago</source>
        <translation>seit %1 Tagen abgelaufen</translation>
    </message>
    <message>
        <source>due today — urgent</source>
        <translation>heute fällig – dringend</translation>
    </message>
    <message>
        <source>1 day left — urgent</source>
        <translation>noch 1 Tag – dringend</translation>
    </message>
    <message>
        <source>%1 days left — urgent</source>
        <translation>noch %1 Tage – dringend</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>%1&apos;s deadline is today (%2).</source>
        <translation>Die Frist für %1 endet heute (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s deadline is tomorrow (%2).</source>
        <translation>Die Frist für %1 endet morgen (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s deadline is in %2 days (%3).</source>
        <translation>Die Frist für %1 endet in %2 Tagen (%3).</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>EquityControls</name>
    <message>
        <source>Yearly stock growth rates in percent, separated by commas, for example -30, 0, 25. Each applies to every offer&apos;s equity. Press Enter to apply.</source>
        <translation>Jährliche Kursentwicklungen in Prozent, durch Kommas getrennt, zum Beispiel -30, 0, 25. Jede gilt für die Aktien aller Angebote. Mit der Eingabetaste übernehmen.</translation>
    </message>
    <message>
        <source>Horizon and stock scenarios</source>
        <translation>Zeitraum und Kursszenarien</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Horizon in years</source>
        <translation>Zeitraum in Jahren</translation>
    </message>
    <message>
        <source>How many years the year charts, totals and averages cover, 1 to 6</source>
        <translation>Wie viele Jahre die Jahresdiagramme, Summen und Durchschnitte abdecken, 1 bis 6</translation>
    </message>
    <message>
        <source>The years counted: totals, averages and the charts follow it. Equity vesting later is not counted.</source>
        <translation>Die berücksichtigten Jahre: Summen, Durchschnitte und Diagramme richten sich danach. Später gevestete Aktien werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Stock scenarios</source>
        <translation>Kursszenarien</translation>
    </message>
    <message>
        <source>Yearly stock growth rates in percent, separated by commas; each one is applied to every offer&apos;s equity</source>
        <translation>Jährliche Kursentwicklungen in Prozent, durch Kommas getrennt; jede wird auf die Aktien aller Angebote angewendet</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Back to −30, −15, 0, +10 and +25% a year</source>
        <translation>Zurück zu −30, −15, 0, +10 und +25&#xa0;% pro Jahr</translation>
    </message>
    <message>
        <source>Reset the scenarios</source>
        <translation>Die Szenarien zurücksetzen</translation>
    </message>
    <message>
        <source>Growth the year charts show</source>
        <translation>Kursentwicklung in den Jahresdiagrammen</translation>
    </message>
    <message>
        <source>The year charts show each offer at its own expected growth, or every offer at one rate: a scenario, or the custom rate on the slider.</source>
        <translation>Die Jahresdiagramme zeigen jedes Angebot mit seiner eigenen erwarteten Kursentwicklung oder alle Angebote mit derselben Rate: einem Szenario oder der eigenen Rate am Schieberegler.</translation>
    </message>
    <message>
        <source>Custom yearly growth</source>
        <translation>Eigene jährliche Kursentwicklung</translation>
    </message>
    <message>
        <source>One yearly stock growth rate for every offer, from −50% to +100%; moving it shows that rate in the year charts</source>
        <translation>Eine jährliche Kursentwicklung für alle Angebote, von −50&#xa0;% bis +100&#xa0;%; beim Verschieben zeigen die Jahresdiagramme diese Rate</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Sce&amp;narios, % a year:</source>
        <translation>Sze&amp;narien, % pro Jahr:</translation>
    </message>
    <message>
        <source>Years sho&amp;w:</source>
        <translation>Jahresdiagra&amp;mme zeigen:</translation>
    </message>
    <message>
        <source>Each offer&apos;s own growth</source>
        <translation>Eigene Entwicklung jedes Angebots</translation>
    </message>
    <message>
        <source>Custom rate</source>
        <translation>Eigene Rate</translation>
    </message>
</context>
<context>
    <name>EquityScenarios</name>
    <message>
        <source>If every stock falls %1 a year</source>
        <translation>Wenn jede Aktie jährlich um %1 fällt</translation>
    </message>
    <message>
        <source>If every stock grows %1 a year</source>
        <translation>Wenn jede Aktie jährlich um %1 steigt</translation>
    </message>
    <message>
        <source>If every stock stays at today&apos;s price</source>
        <translation>Wenn jede Aktie auf dem heutigen Kurs bleibt</translation>
    </message>
    <message>
        <source>%1 stays ahead of %2 whatever its stock does, from a %3 fall to a %4 rise a year.</source>
        <translation>%1 bleibt vor %2, egal wie sich seine Aktie entwickelt, von einem Rückgang um %3 bis zu einem Anstieg um %4 pro Jahr.</translation>
    </message>
    <message>
        <source>%1 stays behind %2 whatever its stock does, from a %3 fall to a %4 rise a year.</source>
        <translation>%1 bleibt hinter %2, egal wie sich seine Aktie entwickelt, von einem Rückgang um %3 bis zu einem Anstieg um %4 pro Jahr.</translation>
    </message>
    <message>
        <source>%1 and %2 come out level, and its stock can&apos;t change that.</source>
        <translation>%1 und %2 liegen gleichauf, und daran kann seine Aktie nichts ändern.</translation>
    </message>
    <message>
        <source>%1 stays ahead of %2 unless its stock falls more than %3 a year.</source>
        <translation>%1 bleibt vor %2, außer seine Aktie fällt um mehr als %3 pro Jahr.</translation>
    </message>
    <message>
        <source>%1 stays ahead of %2 unless its stock grows less than %3 a year.</source>
        <translation>%1 bleibt vor %2, außer seine Aktie steigt um weniger als %3 pro Jahr.</translation>
    </message>
    <message>
        <source>%1 beats %2 only if its shares grow at least %3 a year.</source>
        <translation>%1 schlägt %2 nur, wenn seine Aktie um mindestens %3 pro Jahr steigt.</translation>
    </message>
    <message>
        <source>%1 beats %2 only if its stock falls less than %3 a year.</source>
        <translation>%1 schlägt %2 nur, wenn seine Aktie um weniger als %3 pro Jahr fällt.</translation>
    </message>
    <message>
        <source>%1 and %2 come out level at %1&apos;s expected growth of %3 a year.</source>
        <translation>Bei der für %1 erwarteten Kursentwicklung von %3 pro Jahr liegen %1 und %2 gleichauf.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of 1 to %2 yearly growth rates in percent, separated by commas, such as -30,0,25</source>
        <translation>&apos;%1&apos; muss eine Liste von 1 bis %2 jährlichen Wachstumsraten in Prozent sein, durch Kommas getrennt, etwa -30,0,25</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a number; the list must be growth rates in percent such as -30,0,25</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; ist keine Zahl; die Liste muss aus Wachstumsraten in Prozent bestehen, etwa -30,0,25</translation>
    </message>
    <message>
        <source>%1 is out of range: a growth rate must be above -100 and at most 300 (percent a year)</source>
        <translation>%1 liegt außerhalb des zulässigen Bereichs: Eine Wachstumsrate muss über -100 und höchstens bei 300 liegen (Prozent pro Jahr)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of years from %2 to %3</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von Jahren zwischen %2 und %3 sein</translation>
    </message>
    <message>
        <source>the horizon must be a whole number of years from %1 to %2, not %3</source>
        <translation>der Zeitraum muss eine ganze Zahl von Jahren zwischen %1 und %2 sein, nicht %3</translation>
    </message>
    <message>
        <source>the scenarios must be 1 to %1 growth rates, not %2</source>
        <translation>die Szenarien müssen 1 bis %1 Wachstumsraten sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 grants stock options: its exit, not a growth rate, decides how it compares (see its break-even exit).</source>
        <translation>%1 gewährt Aktienoptionen: Wie es im Vergleich abschneidet, entscheidet sein Exit, nicht eine Wachstumsrate (siehe seinen Break-even-Exit).</translation>
    </message>
    <message>
        <source>%1, %2 comes out ahead of %3.</source>
        <translation>%1, liegt %2 vor %3.</translation>
    </message>
    <message>
        <source>over 1 year</source>
        <translation>auf 1 Jahr gerechnet</translation>
    </message>
    <message>
        <source>over %1 years</source>
        <translation>auf %1 Jahre gerechnet</translation>
    </message>
    <message>
        <source>%1, this counter beats %2 %3.</source>
        <translation>%1, liegt dieses Gegenangebot %3 vor %2.</translation>
    </message>
    <message>
        <source>%1, %2 beats this counter %3.</source>
        <translation>%1, liegt %2 %3 vor diesem Gegenangebot.</translation>
    </message>
</context>
<context>
    <name>EquityScenariosPanel</name>
    <message>
        <source>What if the stock moves</source>
        <translation>Wenn sich der Kurs ändert</translation>
    </message>
    <message>
        <source>Scenarios: each offer from its worst to its best case</source>
        <translation>Szenarien: jedes Angebot vom schlechtesten bis zum besten Fall</translation>
    </message>
    <message>
        <source>Scenarios that change which offer is ahead</source>
        <translation>Szenarien, die ändern, welches Angebot vorn liegt</translation>
    </message>
    <message>
        <source>Break-even growth rates</source>
        <translation>Break-even-Wachstumsraten</translation>
    </message>
    <message>
        <source>No offers to show.</source>
        <translation>Keine Angebote zum Anzeigen.</translation>
    </message>
    <message>
        <source>Each offer&apos;s pay over 1 year under the stock scenarios, from its worst to its best, with its expected case marked.</source>
        <translation>Die Vergütung jedes Angebots über 1 Jahr in den Kursszenarien, vom schlechtesten bis zum besten Fall, mit markiertem Erwartungsfall.</translation>
    </message>
    <message>
        <source>Each offer&apos;s total pay over %1 years under the stock scenarios, from its worst to its best, with its expected case marked.</source>
        <translation>Die Gesamtvergütung jedes Angebots über %1 Jahre in den Kursszenarien, vom schlechtesten bis zum besten Fall, mit markiertem Erwartungsfall.</translation>
    </message>
    <message>
        <source>%1: from %2 (stock %3) to %4 (stock %5); expected %6 (stock %7).</source>
        <translation>%1: von %2 (Aktie %3) bis %4 (Aktie %5); erwartet %6 (Aktie %7).</translation>
    </message>
    <message>
        <source>Pay in year 1, by stock scenario</source>
        <translation>Vergütung im ersten Jahr nach Kursszenario</translation>
    </message>
    <message>
        <source>Total over %1 years, by stock scenario</source>
        <translation>Summe über %1 Jahre nach Kursszenario</translation>
    </message>
    <message>
        <source>A scenario</source>
        <translation>Ein Szenario</translation>
    </message>
    <message>
        <source>Expected case</source>
        <translation>Erwartungsfall</translation>
    </message>
    <message>
        <source>%1, stock %2: %3</source>
        <translation>%1, Aktie %2: %3</translation>
    </message>
    <message>
        <source>%1, expected (stock %2): %3</source>
        <translation>%1, erwartet (Aktie %2): %3</translation>
    </message>
    <message>
        <source>; options by exit</source>
        <translation>; Optionen nach Exit</translation>
    </message>
    <message>
        <source>The winner flips:</source>
        <translation>Der Spitzenreiter wechselt:</translation>
    </message>
    <message>
        <source>Add an offer, and choose a guide and region to compare with, to see your offers under the stock scenarios.</source>
        <translation>Fügen Sie ein Angebot hinzu und wählen Sie einen Leitfaden und eine Region für den Vergleich, um Ihre Angebote in den Kursszenarien zu sehen.</translation>
    </message>
    <message>
        <source>Add another offer to see the growth at which they break even.</source>
        <translation>Fügen Sie ein weiteres Angebot hinzu, um zu sehen, bei welcher Kursentwicklung beide gleichauf liegen.</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>No scenario in the set changes which offer comes out ahead.</source>
        <translation>Keines der Szenarien ändert, welches Angebot vorn liegt.</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Guides (.md) to show, or to import when they are not in the library yet, or an offers file (.json) to import into the Offers tab. With OfferDesk already open, they go to its window.</source>
        <translation>Leitfäden (.md), die angezeigt oder, falls sie noch nicht in der Bibliothek sind, importiert werden sollen, oder eine Angebotsdatei (.json) zum Import in den Reiter Angebote. Ist OfferDesk bereits geöffnet, werden sie an dessen Fenster übergeben.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A guide&apos;s title: &quot;Software Engineer at Hugging Face Enterprise&quot;.</extracomment>
        <translation>%1 bei %2</translation>
    </message>
</context>
<context>
    <name>GuideBody</name>
    <message>
        <source>Lever %1</source>
        <translation>Hebel %1</translation>
    </message>
</context>
<context>
    <name>GuideBrowserPane</name>
    <message>
        <source>Search guides</source>
        <translation>Leitfäden durchsuchen</translation>
    </message>
    <message>
        <source>Search company, role, region, level…</source>
        <translation>Unternehmen, Rolle, Region, Level…</translation>
    </message>
    <message>
        <source>Type a company, role, region or level such as “Google L4” (Ctrl+F)</source>
        <translation>Geben Sie ein Unternehmen, eine Rolle, eine Region oder ein Level ein, etwa „Google L4“ (Strg+F)</translation>
    </message>
    <message>
        <source>Number of matching guides</source>
        <translation>Anzahl passender Leitfäden</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Leitfäden</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Leitfäden werden geladen…</translation>
    </message>
    <message>
        <source>No guide matches “%1”</source>
        <translation>Kein Leitfaden passt zu „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guide(s)</source>
        <translation>
            <numerusform>%Ln Leitfaden</numerusform>
            <numerusform>%Ln Leitfäden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln of %1 guides match(es)</source>
        <extracomment>%Ln is the number of guides shown, %1 the number in the library.</extracomment>
        <translation>
            <numerusform>%Ln von %1 Leitfäden passt</numerusform>
            <numerusform>%Ln von %1 Leitfäden passen</numerusform>
        </translation>
    </message>
    <message>
        <source>The guides that match the search: company, role and regions. Choosing one shows it; Enter moves to its pay bands, Escape back to the search.</source>
        <translation>Die Leitfäden, die zur Suche passen: Unternehmen, Rolle und Regionen. Eine Auswahl zeigt den Leitfaden an; die Eingabetaste wechselt zu seinen Vergütungsbändern, Escape zurück zur Suche.</translation>
    </message>
</context>
<context>
    <name>GuideDraftWriter</name>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1: Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no guide for &apos;%1, %2&apos;: a guide id needs letters or digits in both names</source>
        <translation>kein Leitfaden für &apos;%1, %2&apos;: Eine Leitfaden-ID braucht Buchstaben oder Ziffern in beiden Namen</translation>
    </message>
    <message>
        <source>no guide written for %1: its draft is not a valid guide</source>
        <translation>kein Leitfaden für %1 geschrieben: Sein Entwurf ist kein gültiger Leitfaden</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <source>Guide Editor</source>
        <translation>Leitfaden-Editor</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Acme Robotics</source>
        <translation>Acme Robotics</translation>
    </message>
    <message>
        <source>Company &amp;id:</source>
        <translation>Unternehmens-&amp;ID:</translation>
    </message>
    <message>
        <source>acme-robotics</source>
        <translation>acme-robotics</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; made from the name until you edit it</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche; wird aus dem Namen gebildet, bis Sie sie selbst ändern</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Software Engineer</source>
        <translation>Software Engineer</translation>
    </message>
    <message>
        <source>Role i&amp;d:</source>
        <translation>Rollen-I&amp;D:</translation>
    </message>
    <message>
        <source>software-engineer</source>
        <translation>software-engineer</translation>
    </message>
    <message>
        <source>Re&amp;gions (amounts per year; stock over 4 years):</source>
        <translation>Re&amp;gionen (Beträge pro Jahr; Aktien über 4 Jahre):</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>Region hinzufügen</translation>
    </message>
    <message>
        <source>Add a region</source>
        <translation>Eine Region hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected region</source>
        <translation>Die ausgewählte Region entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected region up</source>
        <translation>Die ausgewählte Region nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected region down</source>
        <translation>Die ausgewählte Region nach unten verschieben</translation>
    </message>
    <message>
        <source>Internal &amp;level:</source>
        <translation>Internes &amp;Level:</translation>
    </message>
    <message>
        <source>L4</source>
        <translation>L4</translation>
    </message>
    <message>
        <source>Equivalent levels, one per row; double-click to edit</source>
        <translation>Gleichwertige Level, eines pro Zeile; zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>Level hinzufügen</translation>
    </message>
    <message>
        <source>Add a level</source>
        <translation>Ein Level hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected level</source>
        <translation>Das ausgewählte Level entfernen</translation>
    </message>
    <message>
        <source>Data &amp;sources:</source>
        <translation>Daten&amp;quellen:</translation>
    </message>
    <message>
        <source>Where the figures come from, one per row; double-click to edit</source>
        <translation>Woher die Zahlen stammen, eine Quelle pro Zeile; zum Bearbeiten doppelklicken</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Add a data source</source>
        <translation>Eine Datenquelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected data source</source>
        <translation>Die ausgewählte Datenquelle entfernen</translation>
    </message>
    <message>
        <source>Data &amp;quality:</source>
        <translation>Datenqualitä&amp;t:</translation>
    </message>
    <message>
        <source>Last &amp;updated:</source>
        <translation>Zul&amp;etzt aktualisiert:</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Nächste &amp;Prüfung:</translation>
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation>Te&amp;xt (Markdown):</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its line</source>
        <translation>Doppelklicken Sie auf ein Problem, um zu seiner Zeile zu springen</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Base low</source>
        <translation>Grundgehalt min.</translation>
    </message>
    <message>
        <source>Base high</source>
        <translation>Grundgehalt max.</translation>
    </message>
    <message>
        <source>Stock low (4 yr)</source>
        <translation>Aktien min. (4 J.)</translation>
    </message>
    <message>
        <source>Stock high (4 yr)</source>
        <translation>Aktien max. (4 J.)</translation>
    </message>
    <message>
        <source>Bonus %</source>
        <translation>Bonus %</translation>
    </message>
    <message>
        <source>Total low</source>
        <translation>Gesamt min.</translation>
    </message>
    <message>
        <source>Total high</source>
        <translation>Gesamt max.</translation>
    </message>
    <message>
        <source>## Negotiation Levers

1. **Lever:** what to ask for, and why.
</source>
        <translation>## Negotiation Levers

1. **Hebel:** was Sie fordern und warum.
</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Neuer Leitfaden</translation>
    </message>
    <message>
        <source>Guide Editor: %1 (a copy of a bundled guide)</source>
        <translation>Leitfaden-Editor: %1 (Kopie eines mitgelieferten Leitfadens)</translation>
    </message>
    <message>
        <source>Guide Editor: %1 (not saved)</source>
        <translation>Leitfaden-Editor: %1 (nicht gespeichert)</translation>
    </message>
    <message>
        <source>Guide Editor: %1</source>
        <translation>Leitfaden-Editor: %1</translation>
    </message>
    <message>
        <source>Save as My Guide</source>
        <translation>Als eigenen Leitfaden speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>new guide</source>
        <translation>neuer Leitfaden</translation>
    </message>
    <message>
        <source>No problems: `offerdesk-cli check` accepts this guide.</source>
        <translation>Keine Probleme: `offerdesk-cli check` akzeptiert diesen Leitfaden.</translation>
    </message>
    <message>
        <source>Problems: %1, %2. Double-click one to go to its line.</source>
        <translation>Probleme: %1, %2. Doppelklicken Sie auf eines, um zu seiner Zeile zu springen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Save Guide</source>
        <translation>Leitfaden speichern</translation>
    </message>
    <message numerus="yes">
        <source>The guide has %n error(s): the library will not show it until they are fixed. Save it anyway?</source>
        <translation>
            <numerusform>Der Leitfaden hat %n Fehler: Die Bibliothek zeigt ihn erst an, wenn er behoben ist. Trotzdem speichern?</numerusform>
            <numerusform>Der Leitfaden hat %n Fehler: Die Bibliothek zeigt ihn erst an, wenn sie behoben sind. Trotzdem speichern?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists in your guides folder. Replace it with this guide?</source>
        <translation>%1 gibt es in Ihrem Leitfadenordner schon. Durch diesen Leitfaden ersetzen?</translation>
    </message>
    <message>
        <source>Give the company and the role an id first: they name the file.</source>
        <translation>Geben Sie Unternehmen und Rolle zuerst eine ID: Daraus entsteht der Dateiname.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Level ma&amp;pping:</source>
        <translation>Level-&amp;Zuordnung:</translation>
    </message>
</context>
<context>
    <name>GuideFolderWalk</name>
    <message>
        <source>symbolic link loop: this folder is %1 again; not followed</source>
        <translation>Schleife aus symbolischen Links: Dieser Ordner ist wieder %1; nicht weiterverfolgt</translation>
    </message>
    <message>
        <source>this folder is %1, already read; not read twice</source>
        <translation>dieser Ordner ist %1 und wurde schon gelesen; nicht doppelt gelesen</translation>
    </message>
    <message>
        <source>more than %1 levels of folders below %2; not read</source>
        <translation>mehr als %1 Ordnerebenen unter %2; nicht gelesen</translation>
    </message>
</context>
<context>
    <name>GuideHeaderWidget</name>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>Guide summary</source>
        <translation>Leitfaden-Übersicht</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>VERALTET</translation>
    </message>
    <message>
        <source>Stale guide</source>
        <translation>Veralteter Leitfaden</translation>
    </message>
    <message>
        <source>No guide selected</source>
        <translation>Kein Leitfaden ausgewählt</translation>
    </message>
    <message>
        <source>Pick a company on the left, or import a guide with File &gt; Import Guide…</source>
        <translation>Wählen Sie links ein Unternehmen oder importieren Sie einen Leitfaden über Datei &gt; Leitfaden importieren…</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Leitfäden werden geladen…</translation>
    </message>
    <message>
        <source>The library is being read; the status bar shows how far. You can type in the filter meanwhile.</source>
        <translation>Die Bibliothek wird gelesen; die Statusleiste zeigt den Fortschritt. Sie können währenddessen schon im Filter tippen.</translation>
    </message>
    <message>
        <source>The review of this guide was due on %1. Its numbers may be out of date.</source>
        <translation>Die Prüfung dieses Leitfadens war am %1 fällig. Seine Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>Equivalent levels: not stated</source>
        <translation>Gleichwertige Level: nicht angegeben</translation>
    </message>
    <message>
        <source>Equivalent levels: %1</source>
        <translation>Gleichwertige Level: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (overdue)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (überfällig)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, pay data from %2</source>
        <translation>%1, Gehaltsdaten aus %2</translation>
    </message>
    <message>
        <source>Data quality: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; Sources: %2&lt;br&gt;Last updated: %3 &amp;nbsp;|&amp;nbsp; Next review due: %4</source>
        <translation>Datenqualität: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; Quellen: %2&lt;br&gt;Zuletzt aktualisiert: %3 &amp;nbsp;|&amp;nbsp; Nächste Prüfung fällig: %4</translation>
    </message>
</context>
<context>
    <name>GuideImporter</name>
    <message>
        <source>not a guide: guide files end in .md</source>
        <translation>kein Leitfaden: Leitfaden-Dateien enden auf .md</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a guide for &apos;%1&apos; is already in the library: %2</source>
        <translation>ein Leitfaden für &apos;%1&apos; ist schon in der Bibliothek: %2</translation>
    </message>
    <message>
        <source>this file is already in the guides folder</source>
        <translation>diese Datei liegt schon im Leitfadenordner</translation>
    </message>
    <message>
        <source>cannot create the guides folder %1</source>
        <translation>der Leitfadenordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>GuideIndexCache</name>
    <message>
        <source>not an OfferDesk index cache</source>
        <translation>kein Index-Cache von OfferDesk</translation>
    </message>
    <message>
        <source>written in another format version</source>
        <translation>in einer anderen Formatversion geschrieben</translation>
    </message>
    <message>
        <source>written by another version of OfferDesk</source>
        <translation>von einer anderen OfferDesk-Version geschrieben</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>checksum mismatch: the file is damaged</source>
        <translation>Prüfsumme stimmt nicht: Die Datei ist beschädigt</translation>
    </message>
    <message>
        <source>written for another folder</source>
        <translation>für einen anderen Ordner geschrieben</translation>
    </message>
    <message>
        <source>damaged entry</source>
        <translation>beschädigter Eintrag</translation>
    </message>
    <message>
        <source>damaged entries</source>
        <translation>beschädigte Einträge</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>GuideLibrary</name>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>not a guide file: a folder</source>
        <translation>keine Leitfaden-Datei, sondern ein Ordner</translation>
    </message>
    <message>
        <source>duplicate guide id &apos;%1&apos;: already loaded from %2</source>
        <translation>doppelte Leitfaden-ID &apos;%1&apos;: bereits aus %2 geladen</translation>
    </message>
    <message>
        <source>the file changed since the library was loaded: its guide id is now &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>die Datei hat sich seit dem Laden der Bibliothek geändert: Ihre Leitfaden-ID ist jetzt &apos;%1&apos; statt &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>GuideLibraryModel</name>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>, stale</source>
        <translation>, veraltet</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Regionen: %1</translation>
    </message>
    <message>
        <source>Stale: the review was due on %1</source>
        <translation>Veraltet: Die Prüfung war am %1 fällig</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Level mapping</source>
        <translation>Level-Zuordnung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>GuideParser</name>
    <message>
        <source>file is %1 bytes; a guide may be at most 1 MiB (%2 bytes)</source>
        <translation>die Datei hat %1 Byte; ein Leitfaden darf höchstens 1 MiB (%2 Byte) groß sein</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>ein Skalar</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>eine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1a key must be plain text, not %2</source>
        <translation>%1ein Schlüssel muss einfacher Text sein, nicht %2</translation>
    </message>
    <message>
        <source>%1duplicate key &apos;%2&apos; (first on line %3)</source>
        <translation>%1doppelter Schlüssel &apos;%2&apos; (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>%1unknown key &apos;%2&apos; is ignored</source>
        <translation>%1unbekannter Schlüssel &apos;%2&apos; wird ignoriert</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be text, not %3</source>
        <translation>%1&apos;%2&apos; muss Text sein, nicht %3</translation>
    </message>
    <message>
        <source>%1missing required field &apos;%2&apos;</source>
        <translation>%1Pflichtfeld &apos;%2&apos; fehlt</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must not be empty</source>
        <translation>%1&apos;%2&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a date written YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss ein Datum der Form JJJJ-MM-TT sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a number, not %3</source>
        <translation>%1&apos;%2&apos; muss eine Zahl sein, nicht %3</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a plain number, not quoted text &quot;%3&quot;</source>
        <translation>%1&apos;%2&apos; muss eine einfache Zahl sein, kein Text in Anführungszeichen &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a plain number, not a value with the YAML tag %3</source>
        <translation>%1&apos;%2&apos; muss eine einfache Zahl sein, kein Wert mit dem YAML-Tag %3</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a number such as 170000, not &apos;%3&apos;</source>
        <translation>%1&apos;%2&apos; muss eine Zahl wie 170000 sein, nicht &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must not be negative (%3)</source>
        <translation>%1&apos;%2&apos; darf nicht negativ sein (%3)</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; has a leading zero (&apos;%3&apos;); write it without, since YAML may read it as octal</source>
        <translation>%1&apos;%2&apos; hat eine führende Null (&apos;%3&apos;); schreiben Sie die Zahl ohne, da YAML sie sonst als Oktalzahl lesen kann</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; is out of range: %3 (at most %4)</source>
        <translation>%1&apos;%2&apos; liegt außerhalb des zulässigen Bereichs: %3 (höchstens %4)</translation>
    </message>
    <message>
        <source>%1: stated %2 %3 differs from base + stock/4 + bonus = %4 by %5%</source>
        <translation>%1: angegebenes %2 %3 weicht von base + stock/4 + bonus = %4 um %5&#xa0;% ab</translation>
    </message>
    <message>
        <source>&apos;compensation&apos; must be a list of regions, not %1</source>
        <translation>&apos;compensation&apos; muss eine Liste von Regionen sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;compensation&apos; is empty: give at least one region</source>
        <translation>&apos;compensation&apos; ist leer: Geben Sie mindestens eine Region an</translation>
    </message>
    <message>
        <source>&apos;compensation&apos; has %1 regions; at most %2 are allowed</source>
        <translation>&apos;compensation&apos; hat %1 Regionen; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>%1each region must be a mapping of fields, not %2</source>
        <translation>%1jede Region muss eine Zuordnung von Feldern sein, nicht %2</translation>
    </message>
    <message>
        <source>%1duplicate region &apos;%2&apos; (first on line %3)</source>
        <translation>%1doppelte Region &apos;%2&apos; (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <source>%1missing required field &apos;currency&apos;</source>
        <translation>%1Pflichtfeld &apos;currency&apos; fehlt</translation>
    </message>
    <message>
        <source>%1&apos;currency&apos; is null; give an ISO 4217 code such as USD</source>
        <translation>%1&apos;currency&apos; ist null; geben Sie einen ISO-4217-Code wie USD an</translation>
    </message>
    <message>
        <source>%1&apos;currency&apos; must be an ISO 4217 code of three capital letters such as USD, not &apos;%2&apos;</source>
        <translation>%1&apos;currency&apos; muss ein ISO-4217-Code aus drei Großbuchstaben wie USD sein, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; (%3) is greater than &apos;%4&apos; (%5)</source>
        <translation>%1&apos;%2&apos; (%3) ist größer als &apos;%4&apos; (%5)</translation>
    </message>
    <message>
        <source>&apos;level_mapping&apos; must be a mapping with &apos;internal&apos; and &apos;raw&apos;, not %1</source>
        <translation>&apos;level_mapping&apos; muss eine Zuordnung mit &apos;internal&apos; und &apos;raw&apos; sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;data_sources&apos; must be a list of text, not %1</source>
        <translation>&apos;data_sources&apos; muss eine Liste von Texten sein, nicht %1</translation>
    </message>
    <message>
        <source>data_sources[%1] must be text, not %2</source>
        <translation>data_sources[%1] muss Text sein, nicht %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a slug of lower-case letters, digits and dashes, such as &apos;software-engineer&apos;, not &apos;%2&apos;</source>
        <translation>&apos;%1&apos; muss ein Kürzel aus Kleinbuchstaben, Ziffern und Bindestrichen sein, etwa &apos;software-engineer&apos;, nicht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;data_quality&apos; is usually high, medium or low, not &apos;%1&apos;</source>
        <translation>&apos;data_quality&apos; ist normalerweise high, medium oder low, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;salary_data_quarter&apos; must be written YYYY-Qn, such as 2025-Q4, not &apos;%1&apos;</source>
        <translation>&apos;salary_data_quarter&apos; muss die Form JJJJ-Qn haben, etwa 2025-Q4, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing required field &apos;compensation&apos;</source>
        <translation>Pflichtfeld &apos;compensation&apos; fehlt</translation>
    </message>
    <message>
        <source>a carriage return without a line feed: save the guide with LF or CRLF line endings</source>
        <translation>ein Wagenrücklauf ohne Zeilenvorschub: Speichern Sie den Leitfaden mit LF- oder CRLF-Zeilenenden</translation>
    </message>
    <message>
        <source>contains the control character U+%1: this is not plain text</source>
        <translation>enthält das Steuerzeichen U+%1: Das ist kein reiner Text</translation>
    </message>
    <message>
        <source>invalid UTF-8: save the guide as UTF-8 text</source>
        <translation>ungültiges UTF-8: Speichern Sie den Leitfaden als UTF-8-Text</translation>
    </message>
    <message>
        <source>contains a NUL byte: this is not a text file</source>
        <translation>enthält ein NUL-Byte: Das ist keine Textdatei</translation>
    </message>
    <message>
        <source>no front matter: a guide starts with a line &apos;---&apos;</source>
        <translation>kein Front Matter: Ein Leitfaden beginnt mit einer Zeile &apos;---&apos;</translation>
    </message>
    <message>
        <source>front matter opened on line 1 is never closed by a line &apos;---&apos;</source>
        <translation>das in Zeile 1 begonnene Front Matter wird nie mit einer Zeile &apos;---&apos; geschlossen</translation>
    </message>
    <message>
        <source>front matter is %1 bytes; at most %2 (64 KiB) are allowed</source>
        <translation>das Front Matter hat %1 Byte; erlaubt sind höchstens %2 (64 KiB)</translation>
    </message>
    <message>
        <source>line is %1 characters long; at most %2 are allowed</source>
        <translation>die Zeile ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the body has %1 lines; at most %2 are allowed</source>
        <translation>der Text hat %1 Zeilen; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>the body is %1 bytes; at most %2 (256 KiB) are allowed</source>
        <translation>der Text hat %1 Byte; erlaubt sind höchstens %2 (256 KiB)</translation>
    </message>
    <message>
        <source>front matter cannot be read: %1</source>
        <translation>das Front Matter ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not read as a key: the value before it runs on (an unterminated quote?)</source>
        <translation>&apos;%1&apos; wurde nicht als Schlüssel gelesen: Der Wert davor läuft weiter (ein nicht geschlossenes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>next_review_due %1 is in the past: the pay data may be stale</source>
        <translation>next_review_due %1 liegt in der Vergangenheit: Die Gehaltsdaten sind möglicherweise veraltet</translation>
    </message>
    <message>
        <source>front matter must be a mapping of keys to values, not %1</source>
        <translation>das Front Matter muss eine Zuordnung von Schlüsseln zu Werten sein, nicht %1</translation>
    </message>
</context>
<context>
    <name>GuideTextBrowser</name>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Öffnet %1 in Ihrem Webbrowser</translation>
    </message>
    <message>
        <source>This link is not opened: only https links are (%1)</source>
        <translation>Dieser Link wird nicht geöffnet, nur https-Links (%1)</translation>
    </message>
</context>
<context>
    <name>GuideWriter</name>
    <message>
        <source>the front matter cannot be read: %1</source>
        <translation>das Front Matter ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys to values</source>
        <translation>das Front Matter ist keine Zuordnung von Schlüsseln zu Werten</translation>
    </message>
    <message>
        <source>the original file has no front matter</source>
        <translation>die ursprüngliche Datei hat kein Front Matter</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Levers and script</source>
        <translation>Hebel und Skript</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Leitfadentext</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Leitfaden-Details</translation>
    </message>
    <message>
        <source>Pay &amp;bands</source>
        <translation>&amp;Vergütungsbänder</translation>
    </message>
    <message>
        <source>&amp;Levers &amp;&amp; script</source>
        <translation>Hebel &amp;&amp; &amp;Skript</translation>
    </message>
    <message>
        <source>Full gui&amp;de</source>
        <translation>Ganzer Leit&amp;faden</translation>
    </message>
    <message>
        <source>Compare co&amp;mpanies</source>
        <translation>&amp;Unternehmen vergleichen</translation>
    </message>
    <message>
        <source>This guide&apos;s text can&apos;t be shown:

%1</source>
        <translation>Der Text dieses Leitfadens kann nicht angezeigt werden:

%1</translation>
    </message>
</context>
<context>
    <name>LeverDocument</name>
    <message>
        <source>Levers</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>This guide lists no levers.</source>
        <translation>Dieser Leitfaden nennt keine Hebel.</translation>
    </message>
    <message>
        <source>Negotiate up: the script</source>
        <translation>Nach oben verhandeln: das Skript</translation>
    </message>
    <message>
        <source>This guide has no script.</source>
        <translation>Dieser Leitfaden hat kein Skript.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OfferDesk</source>
        <translation>OfferDesk</translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation>&amp;Leitfäden</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>&amp;Angebote</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Gegenangebot</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>Status der Bibliothek</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Leitfäden werden geladen…</translation>
    </message>
    <message>
        <source>Guides loaded</source>
        <translation>Geladene Leitfäden</translation>
    </message>
    <message>
        <source>The levers and script of %1 can&apos;t be read: %2</source>
        <translation>Hebel und Skript von %1 sind nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Export Negotiation Summary</source>
        <translation>Verhandlungsübersicht exportieren</translation>
    </message>
    <message>
        <source>Choose a guide and a region first: the summary compares your offers with a company&apos;s band.</source>
        <translation>Wählen Sie zuerst einen Leitfaden und eine Region: Die Übersicht vergleicht Ihre Angebote mit dem Band eines Unternehmens.</translation>
    </message>
    <message>
        <source>The summary can&apos;t be made: %1</source>
        <translation>Die Übersicht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import Guide…</source>
        <translation>Leitfaden &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Check guide files and copy the good ones into your guides folder</source>
        <translation>Leitfaden-Dateien prüfen und die fehlerfreien in Ihren Leitfadenordner kopieren</translation>
    </message>
    <message>
        <source>Open &amp;Guides Folder</source>
        <translation>&amp;Leitfadenordner öffnen</translation>
    </message>
    <message>
        <source>Show your own guides folder in the file manager</source>
        <translation>Ihren eigenen Leitfadenordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>&amp;New Guide…</source>
        <translation>&amp;Neuer Leitfaden…</translation>
    </message>
    <message>
        <source>Write a guide of your own in the guide editor</source>
        <translation>Einen eigenen Leitfaden im Leitfaden-Editor schreiben</translation>
    </message>
    <message>
        <source>&amp;Edit Guide…</source>
        <translation>Leitfaden b&amp;earbeiten…</translation>
    </message>
    <message>
        <source>Edit the guide shown in the Guides tab; a bundled guide is saved as your copy</source>
        <translation>Den im Reiter Leitfäden gezeigten Leitfaden bearbeiten; ein mitgelieferter Leitfaden wird als Ihre Kopie gespeichert</translation>
    </message>
    <message>
        <source>New Guide from &amp;Data Points…</source>
        <translation>Neuer Leitfaden aus &amp;Datenpunkten…</translation>
    </message>
    <message>
        <source>Build bands from a CSV file of pay data points and open them as a draft guide</source>
        <translation>Bänder aus einer CSV-Datei mit Gehaltsdatenpunkten bilden und als Leitfaden-Entwurf öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Guide</source>
        <translation>Leitfaden &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OfferDesk</source>
        <translation>Über &amp;OfferDesk</translation>
    </message>
    <message>
        <source>Edit Guide</source>
        <translation>Leitfaden bearbeiten</translation>
    </message>
    <message>
        <source>Choose a guide in the Guides tab first.</source>
        <translation>Wählen Sie zuerst im Reiter Leitfäden einen Leitfaden.</translation>
    </message>
    <message>
        <source>New Guide from Data Points</source>
        <translation>Neuer Leitfaden aus Datenpunkten</translation>
    </message>
    <message>
        <source>Data points (*.csv);;All files (*)</source>
        <translation>Datenpunkte (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the data points; each bad row was skipped.</source>
        <translation>
            <numerusform>%n Problem in den Datenpunkten; die fehlerhafte Zeile wurde übersprungen.</numerusform>
            <numerusform>%n Probleme in den Datenpunkten; jede fehlerhafte Zeile wurde übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data points make %n draft guide(s). Open:</source>
        <translation>
            <numerusform>Aus den Datenpunkten entsteht %n Leitfaden-Entwurf. Öffnen:</numerusform>
            <numerusform>Aus den Datenpunkten entstehen %n Leitfaden-Entwürfe. Öffnen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 of %2 guides</source>
        <translation>%1 von %2 Leitfäden</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>keine Probleme</translation>
    </message>
    <message>
        <source>Import Guides</source>
        <translation>Leitfäden importieren</translation>
    </message>
    <message>
        <source>Guides (*.md);;All files (*)</source>
        <translation>Leitfäden (*.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The guide was not imported.</source>
        <translation>Der Leitfaden wurde nicht importiert.</translation>
    </message>
    <message>
        <source>No guide was imported.</source>
        <translation>Es wurde kein Leitfaden importiert.</translation>
    </message>
    <message>
        <source>Nothing was copied for a file with errors. Fix them and import it again.</source>
        <translation>Aus einer Datei mit Fehlern wurde nichts kopiert. Beheben Sie die Fehler und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>About OfferDesk</source>
        <translation>Über OfferDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OfferDesk %1&lt;/h3&gt;&lt;p&gt;Negotiation guides, offer comparison and counter-offers for software engineers.&lt;/p&gt;&lt;p&gt;Everything stays on your computer: your offers never leave it.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The OfferDesk developers. OfferDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OfferDesk %1&lt;/h3&gt;&lt;p&gt;Verhandlungsleitfäden, Angebotsvergleich und Gegenangebote für Softwareentwickler.&lt;/p&gt;&lt;p&gt;Alles bleibt auf Ihrem Computer: Ihre Angebote verlassen ihn nie.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The OfferDesk developers. OfferDesk ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern. Es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln guide(s)</source>
        <translation>
            <numerusform>%Ln Leitfaden</numerusform>
            <numerusform>%Ln Leitfäden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln guide(s).</source>
        <translation>
            <numerusform>%Ln Leitfaden importiert.</numerusform>
            <numerusform>%Ln Leitfäden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) were not imported.</source>
        <translation>
            <numerusform>%Ln Datei wurde nicht importiert.</numerusform>
            <numerusform>%Ln Dateien wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation>Fristhinweis</translation>
    </message>
    <message>
        <source>Recorded the counter sent to %1; Undo on the Offers tab takes it back.</source>
        <translation>Das an %1 gesendete Gegenangebot wurde erfasst; mit „Rückgängig“ im Reiter Angebote lässt es sich zurücknehmen.</translation>
    </message>
    <message>
        <source>Offer&amp;s</source>
        <translation>Angebo&amp;te</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Show the guides&apos; problems under the Guides tab</source>
        <translation>Die Probleme der Leitfäden unter dem Reiter Leitfäden zeigen</translation>
    </message>
    <message>
        <source>No guides yet</source>
        <translation>Noch keine Leitfäden</translation>
    </message>
    <message>
        <source>&amp;Import Guides…</source>
        <translation>Leitfäden &amp;importieren…</translation>
    </message>
    <message>
        <source>Open the Offers &amp;Tab</source>
        <translation>&amp;Reiter Angebote öffnen</translation>
    </message>
    <message>
        <source>A guide holds one company&apos;s pay bands for a role, with the levers and the script to negotiate them. Import guide files (.md), or write a guide of your own.</source>
        <translation>Ein Leitfaden enthält die Vergütungsbänder eines Unternehmens für eine Rolle, mit den Hebeln und dem Skript, um sie zu verhandeln. Importieren Sie Leitfaden-Dateien (.md) oder schreiben Sie einen eigenen Leitfaden.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) kept guides from loading: they are listed under Problems.</source>
        <translation>
            <numerusform>%n Problem hat das Laden von Leitfäden verhindert: Es ist unter Probleme aufgeführt.</numerusform>
            <numerusform>%n Probleme haben das Laden von Leitfäden verhindert: Sie sind unter Probleme aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which offer are you negotiating?</source>
        <translation>Über welches Angebot verhandeln Sie?</translation>
    </message>
    <message>
        <source>No offer to counter yet</source>
        <translation>Noch kein Angebot für ein Gegenangebot</translation>
    </message>
    <message>
        <source>Mark the offer you are negotiating as the target: select it in the Offers tab and choose Offers &gt; Mark as Target (Ctrl+T). Your other offers count as its alternatives.</source>
        <translation>Markieren Sie das Angebot, über das Sie verhandeln, als Ziel: Wählen Sie es im Reiter Angebote aus und dann Angebote &gt; Als Ziel markieren (Strg+T). Ihre anderen Angebote zählen als Alternativen dazu.</translation>
    </message>
    <message>
        <source>Add the offer you are negotiating in the Offers tab and mark it as the target. The Counter tab then suggests what to ask for, where to walk away, and what to say.</source>
        <translation>Fügen Sie im Reiter Angebote das Angebot hinzu, über das Sie verhandeln, und markieren Sie es als Ziel. Der Reiter Gegenangebot schlägt dann vor, was Sie fordern, wo Ihre Schmerzgrenze liegt und was Sie sagen.</translation>
    </message>
    <message>
        <source>Open Guide</source>
        <translation>Leitfaden öffnen</translation>
    </message>
    <message>
        <source>Not opened: %1. OfferDesk opens guides (.md) and offers files (.json).</source>
        <translation>Nicht geöffnet: %1. OfferDesk öffnet Leitfäden (.md) und Angebotsdateien (.json).</translation>
    </message>
</context>
<context>
    <name>MessageDraft</name>
    <message>
        <source>Hi,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>the role at %1</source>
        <translation>die Position bei %1</translation>
    </message>
    <message>
        <source>the %1 role at %2</source>
        <translation>die Position als %1 bei %2</translation>
    </message>
    <message>
        <source>Following up on the offer</source>
        <translation>Rückmeldung zu Ihrem Angebot</translation>
    </message>
    <message>
        <source>Following up on the %1 offer</source>
        <translation>Rückmeldung zu Ihrem Angebot als %1</translation>
    </message>
    <message>
        <source>Thank you for the offer for %1.</source>
        <translation>vielen Dank für Ihr Angebot für %1.</translation>
    </message>
    <message>
        <source>Could we find a time this week to talk it through?</source>
        <translation>Können wir diese Woche einen Termin finden, um darüber zu sprechen?</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Viele Grüße</translation>
    </message>
    <message>
        <source>Time to decide on the %1 offer</source>
        <translation>Bedenkzeit für das Angebot – %1</translation>
    </message>
    <message>
        <source>Could we move the deadline from %1 to %2? I will have a clear answer for you by then.</source>
        <translation>Könnten wir die Frist vom %1 auf den %2 verschieben? Bis dahin habe ich eine klare Antwort für Sie.</translation>
    </message>
    <message>
        <source>Could I have until %1 to decide? I will have a clear answer for you by then.</source>
        <translation>Könnte ich bis zum %1 Zeit für meine Entscheidung bekommen? Bis dahin habe ich eine klare Antwort für Sie.</translation>
    </message>
    <message>
        <source>Could I have one more week to decide? I will have a clear answer for you by then.</source>
        <translation>Könnte ich noch eine Woche Bedenkzeit bekommen? Bis dahin habe ich eine klare Antwort für Sie.</translation>
    </message>
    <message>
        <source>Thank you again for the offer for %1. I am taking the decision seriously and want to give you a considered answer.</source>
        <translation>vielen Dank nochmals für Ihr Angebot für %1. Ich nehme die Entscheidung ernst und möchte Ihnen eine wohlüberlegte Antwort geben.</translation>
    </message>
    <message>
        <source>Thank you for understanding,</source>
        <translation>Vielen Dank für Ihr Verständnis und viele Grüße</translation>
    </message>
</context>
<context>
    <name>MessageDraftPanel</name>
    <message>
        <source>Cop&amp;y message</source>
        <translation>Nachricht k&amp;opieren</translation>
    </message>
    <message>
        <source>Open in mai&amp;l app</source>
        <translation>Im E-Mail-Pro&amp;gramm öffnen</translation>
    </message>
    <message>
        <source>Wr&amp;ite again</source>
        <translation>Neu schreib&amp;en</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>An email with your counter, to edit, copy or open in your mail app.</source>
        <translation>Eine E-Mail mit Ihrem Gegenangebot zum Bearbeiten, Kopieren oder Öffnen in Ihrem E-Mail-Programm.</translation>
    </message>
    <message>
        <source>Deadline note</source>
        <translation>Fristhinweis</translation>
    </message>
    <message>
        <source>Ask for more time</source>
        <translation>Um mehr Zeit bitten</translation>
    </message>
    <message>
        <source>Switches the draft between your counter and a short message asking for more time before the deadline.</source>
        <translation>Wechselt den Entwurf zwischen Ihrem Gegenangebot und einer kurzen Nachricht, in der Sie vor Ablauf der Frist um mehr Zeit bitten.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>The email&apos;s text. Words to reconsider are underlined; the list below says why.</source>
        <translation>Der Text der E-Mail. Formulierungen, die Sie überdenken sollten, sind unterstrichen; die Liste darunter erklärt, warum.</translation>
    </message>
    <message>
        <source>Puts the subject and the message on the clipboard</source>
        <translation>Kopiert Betreff und Nachricht in die Zwischenablage</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail app</source>
        <translation>Öffnet in Ihrem E-Mail-Programm eine neue E-Mail mit diesem Betreff und dieser Nachricht</translation>
    </message>
    <message>
        <source>Throws away your edits and writes the message again from the counter</source>
        <translation>Verwirft Ihre Änderungen und schreibt die Nachricht aus dem Gegenangebot neu</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>No mail app opened. Copy the message and paste it into your email instead.</source>
        <translation>Es wurde kein E-Mail-Programm geöffnet. Kopieren Sie die Nachricht stattdessen und fügen Sie sie in Ihre E-Mail ein.</translation>
    </message>
    <message>
        <source>The email appears here once there is a counter.</source>
        <translation>Die E-Mail erscheint hier, sobald es ein Gegenangebot gibt.</translation>
    </message>
    <message>
        <source>%1: the deadline is close (%2).</source>
        <translation>%1: Die Frist läuft bald ab (%2).</translation>
    </message>
    <message>
        <source>Back to the co&amp;unter</source>
        <translation>Zurück zum Gegen&amp;angebot</translation>
    </message>
    <message>
        <source>Ask for more time inste&amp;ad</source>
        <translation>Stattdessen um mehr Zei&amp;t bitten</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>k</source>
        <extracomment>Thousands, between an amount and a currency written after it: &quot;188 k€&quot;.</extracomment>
        <translation>k</translation>
    </message>
    <message>
        <source>M</source>
        <extracomment>Millions, between an amount and a currency written after it: &quot;1,2 M€&quot;.</extracomment>
        <translation>Mio.&#xa0;</translation>
    </message>
    <message>
        <source>%1%</source>
        <extracomment>A percentage; %1 is the number (&quot;7.5&quot;). French and German put a no-break space before the sign.</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>NegotiationReport</name>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Stock grant, 4 years</source>
        <translation>Aktienzuteilung, 4 Jahre</translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation>Aktien pro Jahr</translation>
    </message>
    <message>
        <source>grant ÷ 4</source>
        <translation>Zuteilung ÷ 4</translation>
    </message>
    <message>
        <source>Bonus, %1% of base</source>
        <translation>Bonus, %1&#xa0;% des Grundgehalts</translation>
    </message>
    <message>
        <source>Total comp, computed</source>
        <translation>Gesamtvergütung, berechnet</translation>
    </message>
    <message>
        <source>base + stock per year + bonus</source>
        <translation>Grundgehalt + Aktien pro Jahr + Bonus</translation>
    </message>
    <message>
        <source>Total comp, stated</source>
        <translation>Gesamtvergütung laut Leitfaden</translation>
    </message>
    <message>
        <source>stated by the guide; offers are placed against it</source>
        <translation>Angabe des Leitfadens; Angebote werden daran gemessen</translation>
    </message>
    <message>
        <source>The guide&apos;s stated total comp matches the sum of its parts.</source>
        <translation>Die im Leitfaden angegebene Gesamtvergütung entspricht der Summe ihrer Bestandteile.</translation>
    </message>
    <message>
        <source>The guide&apos;s stated total differs from the sum of its parts (%1 at the low end, %2 at the high end), perhaps from refreshers or a bonus above target. Offer positions use the stated total.</source>
        <translation>Die im Leitfaden angegebene Gesamtvergütung weicht von der Summe ihrer Bestandteile ab (%1 am unteren, %2 am oberen Ende), vielleicht wegen Refreshern oder eines Bonus über dem Zielwert. Die Positionen der Angebote beziehen sich auf die angegebene Gesamtvergütung.</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source> (the inverse of your %1 → %2 rate)</source>
        <translation> (Kehrwert Ihres Kurses %1 → %2)</translation>
    </message>
    <message>
        <source>, entered %1</source>
        <translation>, eingegeben am %1</translation>
    </message>
    <message>
        <source>Every offer is in %1, the band&apos;s currency: no conversion was needed.</source>
        <translation>Alle Angebote lauten auf %1, die Währung des Bands: Eine Umrechnung war nicht nötig.</translation>
    </message>
    <message>
        <source>Converted into %1 with your own rates: %2.</source>
        <extracomment>Between the rates in &quot;Converted into %1 with your own rates: %2.&quot;</extracomment>
        <translation>Mit Ihren eigenen Kursen in %1 umgerechnet: %2.</translation>
    </message>
    <message>
        <source>a %1% premium to join</source>
        <translation>%1&#xa0;% Zugeständnis für dieses Unternehmen</translation>
    </message>
    <message>
        <source>no premium</source>
        <translation>kein Zugeständnis</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>Stil „%1“, %2</translation>
    </message>
    <message>
        <source>your best alternative, %1</source>
        <translation>Ihre beste Alternative, %1</translation>
    </message>
    <message>
        <source>your best alternative</source>
        <translation>Ihre beste Alternative</translation>
    </message>
    <message>
        <source>%1, less your %2% premium</source>
        <translation>%1, abzüglich Ihres Zugeständnisses von %2&#xa0;%</translation>
    </message>
    <message>
        <source>your stated walk-away</source>
        <translation>Ihre genannte Schmerzgrenze</translation>
    </message>
    <message>
        <source>the offer itself, since you hold no competing offer and stated no walk-away</source>
        <translation>das Angebot selbst, da Sie weder ein Konkurrenzangebot haben noch eine Schmerzgrenze genannt haben</translation>
    </message>
    <message>
        <source>your floor of %1 a year over 4 years (from %2)</source>
        <translation>Ihre Untergrenze von %1 pro Jahr über 4 Jahre (Quelle: %2)</translation>
    </message>
    <message>
        <source>Meets your floor</source>
        <translation>Erreicht Ihre Untergrenze</translation>
    </message>
    <message>
        <source>The counter meets %1.</source>
        <translation>Das Gegenangebot erreicht %1.</translation>
    </message>
    <message>
        <source>Below your floor: this band can&apos;t reach it</source>
        <translation>Unter Ihrer Untergrenze: Das Band gibt sie nicht her</translation>
    </message>
    <message>
        <source>This company&apos;s band can&apos;t reach %1: the script asks for a higher level, a larger sign-on or an exception, and commits to nothing.</source>
        <translation>Das Band dieses Unternehmens reicht nicht an %1 heran: Das Skript bittet um eine höhere Einstufung, eine höhere Antrittsprämie oder eine Ausnahme und sagt nichts zu.</translation>
    </message>
    <message>
        <source>Below your floor: your hand-set asks leave it short</source>
        <translation>Unter Ihrer Untergrenze: Ihre eigenen Forderungen reichen nicht aus</translation>
    </message>
    <message>
        <source>Your hand-set asks leave the counter at %1 a year over 4 years, below %2: the script commits to nothing. The suggested asks reach it.</source>
        <translation>Mit Ihren eigenen Forderungen kommt das Gegenangebot auf %1 pro Jahr über 4 Jahre und verfehlt damit %2: Das Skript sagt nichts zu. Die vorgeschlagenen Forderungen erreichen sie.</translation>
    </message>
    <message>
        <source>Below your floor</source>
        <translation>Unter Ihrer Untergrenze</translation>
    </message>
    <message>
        <source>The counter comes to %1 a year over 4 years, below %2: the script commits to nothing.</source>
        <translation>Das Gegenangebot kommt auf %1 pro Jahr über 4 Jahre und verfehlt damit %2: Das Skript sagt nichts zu.</translation>
    </message>
    <message>
        <source>Equity, %1-year grant</source>
        <translation>Aktien über %1 Jahre</translation>
    </message>
    <message>
        <source>Sign-on bonus</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: there are no offers to counter.</source>
        <translation>Diese Übersicht enthält kein Gegenangebot: Es gibt keine Angebote, auf die es antworten könnte.</translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: none of the offers is marked as the target, the one being negotiated. Mark it as the target (&quot;target&quot;: true in the offers file, or Target in the Offers tab) to get the asks, a walk-away floor and a script filled in with these offers.</source>
        <translation>Diese Übersicht enthält kein Gegenangebot: Keines der Angebote ist als Ziel markiert, also als das Angebot, über das verhandelt wird. Markieren Sie es als Ziel (&quot;target&quot;: true in der Angebotsdatei oder „Ziel“ im Reiter Angebote), um Forderungen, eine Untergrenze und ein Skript zu erhalten, die auf diesen Angeboten beruhen.</translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: %1 offers are marked as the target (%2). Mark only the one being negotiated.</source>
        <translation>Diese Übersicht enthält kein Gegenangebot: %1 Angebote sind als Ziel markiert (%2). Markieren Sie nur das Angebot, über das verhandelt wird.</translation>
    </message>
    <message>
        <source>Guide data last updated %1</source>
        <translation>Leitfadendaten zuletzt aktualisiert: %1</translation>
    </message>
    <message>
        <source>salary data from %1</source>
        <translation>Gehaltsdaten aus %1</translation>
    </message>
    <message>
        <source>data quality %1</source>
        <translation>Datenqualität %1</translation>
    </message>
    <message>
        <source>Next review due %1.</source>
        <translation>Nächste Prüfung fällig: %1.</translation>
    </message>
    <message>
        <source>This guide was due for review on %1, before this summary was prepared: the figures may be out of date.</source>
        <translation>Dieser Leitfaden hätte am %1 geprüft werden sollen, also vor dem Erstellen dieser Übersicht: Die Zahlen sind möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>The guide names no sources.</source>
        <translation>Der Leitfaden nennt keine Quellen.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Quellen: %1.</translation>
    </message>
    <message>
        <source>No offers were given.</source>
        <translation>Es wurden keine Angebote angegeben.</translation>
    </message>
    <message>
        <source>Each bar is an offer&apos;s 4-year average, split into its parts; the shaded area is the guide&apos;s total comp band for %1.</source>
        <translation>Jeder Balken zeigt den 4-Jahres-Schnitt eines Angebots, aufgeteilt in seine Bestandteile; der schattierte Bereich ist das Band der Gesamtvergütung laut Leitfaden für %1.</translation>
    </message>
    <message>
        <source> Left of the red dashed floor, you would walk away.</source>
        <translation> Links der rot gestrichelten Untergrenze würden Sie absagen.</translation>
    </message>
    <message>
        <source>Filled in with these offers and asks, in the spirit of the guide&apos;s own &quot;negotiate up&quot; strategy: the words to say on the call.</source>
        <translation>Ausgefüllt mit diesen Angeboten und Forderungen, im Sinne der Strategie „Nach oben verhandeln“ aus dem Leitfaden: die Worte für das Gespräch.</translation>
    </message>
    <message>
        <source>Filled in with these offers and asks, in the spirit of the guide&apos;s own &quot;negotiate up&quot; strategy. These asks don&apos;t reach what you would walk away for, so the script commits to nothing.</source>
        <translation>Ausgefüllt mit diesen Angeboten und Forderungen, im Sinne der Strategie „Nach oben verhandeln“ aus dem Leitfaden. Diese Forderungen erreichen Ihre Schmerzgrenze nicht, deshalb sagt das Skript nichts zu.</translation>
    </message>
    <message>
        <source>The guide has no &quot;negotiate up&quot; script, and there is no counter to fill one in.</source>
        <translation>Der Leitfaden hat kein Skript „Nach oben verhandeln“, und es gibt kein Gegenangebot, mit dem sich eines ausfüllen ließe.</translation>
    </message>
    <message>
        <source>The guide&apos;s own &quot;negotiate up&quot; strategy, as written. Its figures are the guide&apos;s example, not yours: with a target offer, this section is filled in with your offers, asks and floor.</source>
        <translation>Die Strategie „Nach oben verhandeln“ aus dem Leitfaden, im Wortlaut. Ihre Zahlen sind das Beispiel des Leitfadens, nicht Ihre: Mit einem Zielangebot wird dieser Abschnitt mit Ihren Angeboten, Forderungen und Ihrer Untergrenze ausgefüllt.</translation>
    </message>
    <message>
        <source>The guide&apos;s levers that fit this counter, in its own words, with how to use each here.</source>
        <translation>Die Hebel des Leitfadens, die zu diesem Gegenangebot passen, in seinen eigenen Worten, jeweils mit dem Hinweis, wie Sie sie hier einsetzen.</translation>
    </message>
    <message>
        <source>The guide lists no levers.</source>
        <translation>Der Leitfaden nennt keine Hebel.</translation>
    </message>
    <message>
        <source>The guide&apos;s levers, in its own words.</source>
        <translation>Die Hebel des Leitfadens in seinen eigenen Worten.</translation>
    </message>
    <message>
        <source>Positions, asks and the floor are computed from those estimates and the offers entered.</source>
        <translation>Positionen, Forderungen und Untergrenze sind aus diesen Schätzungen und den eingegebenen Angeboten berechnet.</translation>
    </message>
    <message>
        <source>Positions are computed from those estimates and the offers entered.</source>
        <translation>Die Positionen sind aus diesen Schätzungen und den eingegebenen Angeboten berechnet.</translation>
    </message>
    <message>
        <source>Every band figure here is the guide&apos;s estimate from public sources%1%2, not an offer and not a promise of pay. %3 Only a written offer from the company is binding; check each figure against it before relying on it.</source>
        <translation>Jede Bandzahl hier ist eine Schätzung des Leitfadens aus öffentlichen Quellen%1%2, kein Angebot und keine Gehaltszusage. %3 Verbindlich ist nur ein schriftliches Angebot des Unternehmens; gleichen Sie jede Zahl damit ab, bevor Sie sich darauf verlassen.</translation>
    </message>
    <message>
        <source>, salary data from %1</source>
        <translation>, Gehaltsdaten aus %1</translation>
    </message>
    <message>
        <source>guide &apos;%1&apos; has no region &apos;%2&apos;; its regions are %3</source>
        <translation>Leitfaden &apos;%1&apos; hat keine Region &apos;%2&apos;; seine Regionen sind %3</translation>
    </message>
    <message>
        <source>Negotiation summary: %1, %2</source>
        <translation>Verhandlungsübersicht: %1, %2</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Pay band</source>
        <translation>Vergütungsband</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Offers against the band</source>
        <translation>Angebote im Vergleich zum Band</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>Gegenangebot</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Hebel</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>Zu diesen Zahlen</translation>
    </message>
    <message>
        <source>Pay band: %1, %2</source>
        <translation>Vergütungsband: %1, %2</translation>
    </message>
    <message>
        <source>Offers, in %1</source>
        <translation>Angebote, in %1</translation>
    </message>
    <message>
        <source>%1 · Negotiation summary</source>
        <translation>%1 · Verhandlungsübersicht</translation>
    </message>
    <message>
        <source>%1 with OfferDesk · estimates, not an offer</source>
        <translation>%1 mit OfferDesk · Schätzungen, kein Angebot</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (Ziel)</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>Ziel: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: current %2, ask %3%4, band %5 – %6, best alternative %7</source>
        <translation>%1: aktuell %2, Forderung %3%4, Band %5 – %6, beste Alternative %7</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (von Hand gesetzt)</translation>
    </message>
    <message>
        <source> (raised to reach the floor)</source>
        <translation> (auf die Untergrenze angehoben)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Counter: year 1 %1, 4-year average %2</source>
        <translation>Gegenangebot: Jahr 1 %1, 4-Jahres-Schnitt %2</translation>
    </message>
    <message>
        <source>Walk-away floor: 4-year average %1, base %2</source>
        <translation>Untergrenze: 4-Jahres-Schnitt %1, Grundgehalt %2</translation>
    </message>
    <message>
        <source>Floor from: %1</source>
        <translation>Quelle der Untergrenze: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>   Here: %1</source>
        <translation>   Hier: %1</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>within</source>
        <translation>im Band</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1%2: year 1 %3, 4-year average %4, base %5 %6, total %7 %8, conversion %9</source>
        <translation>%1%2: Jahr 1 %3, 4-Jahres-Schnitt %4, Grundgehalt %5 %6, gesamt %7 %8, Umrechnung %9</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The summary&apos;s date format (QLocale::toString): &quot;26 November 2026&quot;.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Startup equity</source>
        <translation>Startup-Beteiligung</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>Datum nicht erfasst</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Runde %1: %2</translation>
    </message>
    <message>
        <source> (the offer as it stands)</source>
        <translation> (aktueller Stand des Angebots)</translation>
    </message>
    <message>
        <source>first round</source>
        <translation>erste Runde</translation>
    </message>
    <message>
        <source>Counter sent</source>
        <translation>Gegenangebot gesendet</translation>
    </message>
    <message>
        <source>asked base %1, equity %2, sign-on %3</source>
        <translation>gefordert: Grundgehalt %1, Aktien %2, Antrittsprämie %3</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Bisheriger Verlauf</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>; 4-year average %1</source>
        <translation>; 4-Jahres-Schnitt %1</translation>
    </message>
    <message>
        <source>%1 shares at %2 (a grant of %3 today)</source>
        <translation>%1 Aktien zu %2 (eine Zuteilung von heute %3)</translation>
    </message>
    <message>
        <source>a grant of %1 today</source>
        <translation>eine Zuteilung von heute %1</translation>
    </message>
    <message>
        <source>growth %1 a year</source>
        <translation>Kursentwicklung %1 pro Jahr</translation>
    </message>
    <message>
        <source>vesting %1, %2, %3-month cliff</source>
        <translation>Vesting %1, %2, %3 Monate Cliff</translation>
    </message>
    <message>
        <source>a refresher grant of %1 a year, each over %2 years</source>
        <translation>ein Refresher von %1 pro Jahr, jeder über %2 Jahre</translation>
    </message>
    <message>
        <source>a flat refresher of %1 a year from year 2</source>
        <translation>ein fester Refresher von %1 pro Jahr ab Jahr 2</translation>
    </message>
    <message>
        <source>no sign-on clawback</source>
        <translation>keine Rückforderung der Antrittsprämie</translation>
    </message>
    <message>
        <source>sign-on repaid %1 if you leave within %2 months</source>
        <translation>Antrittsprämie wird %1 zurückgezahlt bei Ausscheiden innerhalb von %2 Monaten</translation>
    </message>
    <message>
        <source>in full</source>
        <translation>vollständig</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>anteilig</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>%1%2: expected %3 (at %4 a year); %5</source>
        <translation>%1%2: erwartet %3 (bei %4 pro Jahr); %5</translation>
    </message>
    <message>
        <source>Assumptions as entered:</source>
        <translation>Annahmen wie eingegeben:</translation>
    </message>
    <message>
        <source>What if the stock moves</source>
        <translation>Wenn sich der Kurs ändert</translation>
    </message>
    <message>
        <source>What each offer pays over its first year, in %1, if its share price changes by the same rate every year, one rate a year per column. &quot;Expected&quot; uses each offer&apos;s own growth.</source>
        <translation>Was jedes Angebot im ersten Jahr zahlt, in %1, wenn sich sein Aktienkurs jedes Jahr um dieselbe Rate ändert, eine Jahresrate pro Spalte. „Erwartet“ verwendet die eigene Kursentwicklung jedes Angebots.</translation>
    </message>
    <message>
        <source>What each offer pays over %2 years, in %1, if its share price changes by the same rate every year, one rate a year per column. &quot;Expected&quot; uses each offer&apos;s own growth.</source>
        <translation>Was jedes Angebot über %2 Jahre zahlt, in %1, wenn sich sein Aktienkurs jedes Jahr um dieselbe Rate ändert, eine Jahresrate pro Spalte. „Erwartet“ verwendet die eigene Kursentwicklung jedes Angebots.</translation>
    </message>
    <message>
        <source>Equity vesting in year i is worth its value today × (1 + g)^i; a refresher granted at the end of year k is worth its value at grant × (1 + g)^(i − k). Equity that vests after the horizon isn&apos;t counted. Break-even rates are searched between a 95% fall and a 300% rise a year.</source>
        <translation>Aktien, die in Jahr i vesten, sind ihren heutigen Wert × (1 + g)^i wert; ein am Ende von Jahr k zugeteilter Refresher ist seinen Wert bei Zuteilung × (1 + g)^(i − k) wert. Aktien, die nach dem Zeitraum vesten, werden nicht gezählt. Break-even-Raten werden zwischen einem Rückgang um 95&#xa0;% und einem Anstieg um 300&#xa0;% pro Jahr gesucht.</translation>
    </message>
    <message>
        <source>%1 options at a %2 strike</source>
        <translation>%1 Optionen zu einem Ausübungspreis von %2</translation>
    </message>
    <message>
        <source>last round %1 a share</source>
        <translation>letzte Runde %1 je Aktie</translation>
    </message>
    <message>
        <source>409A %1 a share</source>
        <translation>409A %1 je Aktie</translation>
    </message>
    <message>
        <source>no 409A price given</source>
        <translation>kein 409A-Preis angegeben</translation>
    </message>
    <message>
        <source>%1 fully diluted shares</source>
        <translation>%1 Aktien (voll verwässert)</translation>
    </message>
    <message>
        <source>%1 of preference ahead of common</source>
        <translation>%1 Liquidationspräferenz vor den Stammaktien</translation>
    </message>
    <message>
        <source>no preference given</source>
        <translation>keine Liquidationspräferenz angegeben</translation>
    </message>
    <message>
        <source>no dilution</source>
        <translation>keine Verwässerung</translation>
    </message>
    <message>
        <source>%1% dilution over 1 round</source>
        <translation>%1&#xa0;% Verwässerung über 1 Runde</translation>
    </message>
    <message>
        <source>%1% dilution a round over %2 rounds</source>
        <translation>%1&#xa0;% Verwässerung je Runde über %2 Runden</translation>
    </message>
    <message>
        <source>%1 days to exercise after leaving</source>
        <translation>%1 Tage zur Ausübung nach dem Ausscheiden</translation>
    </message>
    <message>
        <source>expected exit %1 the last round&apos;s price</source>
        <translation>erwarteter Exit zum %1 des Preises der letzten Runde</translation>
    </message>
    <message>
        <source>over 1 year</source>
        <translation>auf 1 Jahr gerechnet</translation>
    </message>
    <message>
        <source>over %1 years</source>
        <translation>auf %1 Jahre gerechnet</translation>
    </message>
    <message>
        <source>Options are worth their exit price less the strike, and nothing below it. The exit price is a multiple of the last round&apos;s price, less any preference (all taken ahead of common, the cautious view) and the dilution of the rounds to come. The paper value, at the last round&apos;s price, is what recruiters quote: it is shown, and never counted as pay. Exercising costs the strike; the spread over the 409A price is what tax applies to, and no tax is computed here.</source>
        <translation>Optionen sind ihren Exit-Preis abzüglich des Ausübungspreises wert und nichts, wenn der Exit-Preis darunter liegt. Der Exit-Preis ist ein Vielfaches des Preises der letzten Runde, abzüglich einer etwaigen Präferenz (vollständig vor den Stammaktien abgezogen, die vorsichtige Sicht) und der Verwässerung durch die kommenden Runden. Der Papierwert zum Preis der letzten Runde ist das, was Recruiter nennen: Er wird gezeigt, aber nie als Vergütung gezählt. Die Ausübung kostet den Ausübungspreis; die Differenz zum 409A-Preis ist steuerpflichtig, und hier wird keine Steuer berechnet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Paper value %1 (never counted as pay); cost to exercise %2</source>
        <translation>Papierwert %1 (wird nie als Vergütung gezählt); Kosten der Ausübung %2</translation>
    </message>
    <message>
        <source>; spread at exercise %1</source>
        <translation>; Differenz bei Ausübung %1</translation>
    </message>
    <message>
        <source>; %1% of the company</source>
        <translation>; %1&#xa0;% des Unternehmens</translation>
    </message>
    <message>
        <source>At %1%2: %3 a share, options %4 %5, total %6, %7 a year</source>
        <translation>Bei %1%2: %3 pro Aktie, Optionen %4 %5, gesamt %6, %7 pro Jahr</translation>
    </message>
    <message>
        <source> (expected)</source>
        <translation> (erwartet)</translation>
    </message>
    <message>
        <source>%1 stock options, valued at an exit (see Startup equity), not at a growth rate</source>
        <translation>%1 Aktienoptionen, bewertet bei einem Exit (siehe Startup-Beteiligung), nicht mit einer Wachstumsrate</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Hinweistext</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Hinweisaktion</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Den Hinweis ausblenden</translation>
    </message>
    <message>
        <source>Hides the notice until the next day</source>
        <translation>Blendet den Hinweis bis zum nächsten Tag aus</translation>
    </message>
</context>
<context>
    <name>OfferComparisonModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>Jahr 1</translation>
    </message>
    <message>
        <source>Year 1 (%1)</source>
        <translation>Jahr 1 (%1)</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Ø 4 Jahre</translation>
    </message>
    <message>
        <source>4-year avg (%1)</source>
        <translation>Ø 4 Jahre (%1)</translation>
    </message>
    <message>
        <source>Base position</source>
        <translation>Pos. Grundgehalt</translation>
    </message>
    <message>
        <source>Stock/yr position</source>
        <translation>Pos. Aktien/Jahr</translation>
    </message>
    <message>
        <source>Bonus position</source>
        <translation>Pos. Bonus</translation>
    </message>
    <message>
        <source>Total position</source>
        <translation>Pos. gesamt</translation>
    </message>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>within</source>
        <translation>im Band</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>Acme Robotics (required)</source>
        <translation>Acme Robotics (Pflichtfeld)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Software Engineer</source>
        <translation>Software Engineer</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>L5, Senior, E4…</source>
        <translation>L5, Senior, E4…</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Fri&amp;st:</translation>
    </message>
    <message>
        <source>The offer has a deadline</source>
        <translation>Das Angebot hat eine Frist</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>&amp;Target: the offer I am negotiating</source>
        <translation>&amp;Ziel: das Angebot, über das ich verhandle</translation>
    </message>
    <message>
        <source>Only one offer is the target at a time; marking this one clears the other.</source>
        <translation>Es kann immer nur ein Angebot das Ziel sein; wenn Sie dieses markieren, verliert das andere die Markierung.</translation>
    </message>
    <message>
        <source>Pay (in the offer&apos;s currency)</source>
        <translation>Vergütung (in der Währung des Angebots)</translation>
    </message>
    <message>
        <source>&amp;Base salary:</source>
        <translation>&amp;Grundgehalt:</translation>
    </message>
    <message>
        <source>Yearly base salary (required)</source>
        <translation>Jährliches Grundgehalt (Pflichtfeld)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Equity (total grant):</source>
        <translation>A&amp;ktien (gesamte Zuteilung):</translation>
    </message>
    <message>
        <source>The whole grant&apos;s value, vested over the schedule</source>
        <translation>Der Wert der gesamten Zuteilung, die nach dem Vesting-Plan zugeteilt wird</translation>
    </message>
    <message>
        <source>&amp;Vesting:</source>
        <translation>&amp;Vesting:</translation>
    </message>
    <message>
        <source>Schedule (% per &amp;year):</source>
        <translation>Plan (% pro &amp;Jahr):</translation>
    </message>
    <message>
        <source>25, 25, 25, 25</source>
        <translation>25, 25, 25, 25</translation>
    </message>
    <message>
        <source>Yearly percentages that sum to 100</source>
        <translation>Jährliche Prozentsätze, die zusammen 100 ergeben</translation>
    </message>
    <message>
        <source>&amp;Sign-on, year 1:</source>
        <translation>Antritts&amp;prämie, Jahr 1:</translation>
    </message>
    <message>
        <source>Sign-on, year &amp;2:</source>
        <translation>Antrittsprämie, Jahr &amp;2:</translation>
    </message>
    <message>
        <source>One-off; shown, but not counted as pay</source>
        <translation>Einmalig; wird angezeigt, aber nicht als Vergütung gezählt</translation>
    </message>
    <message>
        <source>Re&amp;fresher per year:</source>
        <translation>Re&amp;fresher pro Jahr:</translation>
    </message>
    <message>
        <source>Estimated refresher stock vesting per year, from year 2</source>
        <translation>Geschätzte Refresher-Aktien, die ab Jahr 2 pro Jahr zugeteilt werden</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Even: 25/25/25/25</source>
        <translation>Gleichmäßig: 25/25/25/25</translation>
    </message>
    <message>
        <source>Back-loaded: 5/15/40/40</source>
        <translation>Endlastig: 5/15/40/40</translation>
    </message>
    <message>
        <source>Front-loaded: 33/33/22/12</source>
        <translation>Anfangslastig: 33/33/22/12</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Plan</translation>
    </message>
    <message>
        <source>Edit Offer — %1</source>
        <translation>Angebot bearbeiten – %1</translation>
    </message>
    <message>
        <source>New Offer</source>
        <translation>Neues Angebot</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>&apos;%1&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <source>Vesting schedule</source>
        <translation>Vesting-Plan</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Sign-on, year 1</source>
        <translation>Antrittsprämie, Jahr 1</translation>
    </message>
    <message>
        <source>Sign-on, year 2</source>
        <translation>Antrittsprämie, Jahr 2</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Umzugspauschale</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>Refresher</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>T&amp;arget bonus:</source>
        <translation>Ziel&amp;bonus:</translation>
    </message>
    <message>
        <source>Relocat&amp;ion:</source>
        <translation>U&amp;mzugspauschale:</translation>
    </message>
    <message>
        <source>St&amp;ock growth:</source>
        <translation>Kurs&amp;entwicklung:</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> % pro Jahr</translation>
    </message>
    <message>
        <source>The yearly change you expect in this company&apos;s share price (0: the equity keeps its value today)</source>
        <translation>Die jährliche Veränderung, die Sie beim Aktienkurs dieses Unternehmens erwarten (0: Die Aktien behalten ihren heutigen Wert)</translation>
    </message>
    <message>
        <source>&amp;More: shares, refreshers, cliff, clawback</source>
        <translation>Weitere &amp;Angaben: Aktienzahl, Refresher, Cliff, Rückforderung</translation>
    </message>
    <message>
        <source>Equity in detail</source>
        <translation>Aktien im Detail</translation>
    </message>
    <message>
        <source>Shares granted:</source>
        <translation>Zugeteilte Aktien:</translation>
    </message>
    <message>
        <source>A grant given in shares: the number of shares (0: the grant is given as a value)</source>
        <translation>Eine Zuteilung in Stück: die Anzahl der Aktien (0: Die Zuteilung ist als Betrag angegeben)</translation>
    </message>
    <message>
        <source>Price per share:</source>
        <translation>Preis pro Aktie:</translation>
    </message>
    <message>
        <source>Today&apos;s price of one share, in the offer&apos;s currency; shares × price fills in the grant&apos;s total</source>
        <translation>Der heutige Kurs einer Aktie in der Währung des Angebots; Aktien × Preis ergibt den Gesamtwert der Zuteilung</translation>
    </message>
    <message>
        <source>Refresher grant each year:</source>
        <translation>Refresher-Zuteilung pro Jahr:</translation>
    </message>
    <message>
        <source>The value of each yearly refresher grant when it is granted: the first at the end of year 1, one more every year after</source>
        <translation>Der Wert jeder jährlichen Refresher-Zuteilung zum Zeitpunkt der Zuteilung: die erste am Ende von Jahr 1, danach jedes Jahr eine weitere</translation>
    </message>
    <message>
        <source>Each refresher vests over:</source>
        <translation>Jeder Refresher vestet über:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> Jahre</translation>
    </message>
    <message>
        <source>Vesting fre&amp;quency:</source>
        <translation>Vesting-&amp;Häufigkeit:</translation>
    </message>
    <message>
        <source>Within each year, the year&apos;s share vests evenly at this frequency</source>
        <translation>Innerhalb jedes Jahres vestet der Anteil dieses Jahres gleichmäßig in diesem Rhythmus</translation>
    </message>
    <message>
        <source>Cliff:</source>
        <translation>Cliff:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <source>Nothing vests before the cliff; at the cliff, what has built up vests at once</source>
        <translation>Vor dem Cliff vestet nichts; beim Cliff vestet das bis dahin Angesammelte auf einmal</translation>
    </message>
    <message>
        <source>Sign-on clawbac&amp;k:</source>
        <translation>Rückforderung der An&amp;trittsprämie:</translation>
    </message>
    <message>
        <source>Leaving before this many months means repaying the sign-on</source>
        <translation>Wenn Sie vor Ablauf dieser Anzahl Monate gehen, müssen Sie die Antrittsprämie zurückzahlen</translation>
    </message>
    <message>
        <source>Repayment:</source>
        <translation>Rückzahlung:</translation>
    </message>
    <message>
        <source>Prorated: the unserved share of the period; full: all of it</source>
        <translation>Anteilig: der nicht abgeleistete Teil des Zeitraums; vollständig: der gesamte Betrag</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Prorated: the unserved share</source>
        <translation>Anteilig: der nicht abgeleistete Teil</translation>
    </message>
    <message>
        <source>Full: all of it</source>
        <translation>Vollständig: der gesamte Betrag</translation>
    </message>
    <message>
        <source>More equity terms</source>
        <translation>Weitere Aktienbedingungen</translation>
    </message>
    <message>
        <source>Shows or hides the shares and price, refresher grants, vesting frequency and cliff, and the sign-on clawback</source>
        <translation>Zeigt oder verbirgt Aktienzahl und Preis, Refresher-Zuteilungen, Vesting-Häufigkeit und Cliff sowie die Rückforderung der Antrittsprämie</translation>
    </message>
    <message>
        <source>Shares × price per share (under More)</source>
        <translation>Aktien × Preis pro Aktie (unter Weitere Angaben)</translation>
    </message>
    <message>
        <source>is required with %1: a grant in shares needs both the number of shares and the price</source>
        <translation>ist zusammen mit %1 erforderlich: Eine Zuteilung in Stück braucht sowohl die Anzahl der Aktien als auch den Preis</translation>
    </message>
    <message>
        <source>the shares</source>
        <translation>der Anzahl der Aktien</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>dem Preis</translation>
    </message>
    <message>
        <source>Stock growth</source>
        <translation>Kursentwicklung</translation>
    </message>
    <message>
        <source>Shares granted</source>
        <translation>Zugeteilte Aktien</translation>
    </message>
    <message>
        <source>Price per share</source>
        <translation>Preis pro Aktie</translation>
    </message>
    <message>
        <source>Refresher grant</source>
        <translation>Refresher-Zuteilung</translation>
    </message>
    <message>
        <source>Refresher vesting years</source>
        <translation>Vesting-Jahre der Refresher</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Cliff</translation>
    </message>
    <message>
        <source>Sign-on clawback</source>
        <translation>Rückforderung der Antrittsprämie</translation>
    </message>
</context>
<context>
    <name>OfferHistory</name>
    <message>
        <source>base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>year-2 sign-on</source>
        <translation>Antrittsprämie Jahr 2</translation>
    </message>
    <message>
        <source>relocation</source>
        <translation>Umzugspauschale</translation>
    </message>
    <message>
        <source>refresher</source>
        <translation>Refresher</translation>
    </message>
    <message>
        <source>%1%2 point</source>
        <translation>%1%2 Prozentpunkt</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 Prozentpunkte</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
</context>
<context>
    <name>OfferMath</name>
    <message>
        <source>rate &apos;%1&apos; must be written FROM:TO=RATE, such as EUR:USD=1.08</source>
        <translation>Kurs &apos;%1&apos; muss die Form VON:NACH=KURS haben, etwa EUR:USD=1.08</translation>
    </message>
    <message>
        <source>rate &apos;%1&apos; must lie between 0.000001 and 1,000,000</source>
        <translation>Kurs &apos;%1&apos; muss zwischen 0.000001 und 1000000 liegen</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 for the %3 offer; add one with --rate %1:%2=RATE or in Preferences</source>
        <translation>kein Wechselkurs von %1 nach %2 für das Angebot von %3; fügen Sie einen mit --rate %1:%2=KURS oder in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>the %1 offer&apos;s %2 comes to %3 %4 at the rate %5, beyond the limit of 1,000,000,000,000</source>
        <translation>beim Angebot von %1 ergibt %2 zum Kurs %5 %3 %4 und liegt damit über der Grenze von 1.000.000.000.000</translation>
    </message>
</context>
<context>
    <name>OfferStore</name>
    <message>
        <source>the store is busy in another OfferDesk window or program; try again</source>
        <translation>die Datenbank wird gerade von einem anderen OfferDesk-Fenster oder Programm benutzt; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the store is read-only</source>
        <translation>die Datenbank ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <source>cannot open the offers store %1</source>
        <translation>die Angebotsdatenbank %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>ihr Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The offers store %1 was damaged (%2). It was kept as %3, and a new, empty store was started.</source>
        <translation>Die Angebotsdatenbank %1 war beschädigt (%2). Sie wurde als %3 aufbewahrt, und eine neue, leere Datenbank wurde angelegt.</translation>
    </message>
    <message>
        <source>it is read-only and needs an upgrade (schema %1 to %2)</source>
        <translation>sie ist schreibgeschützt und muss aktualisiert werden (Schema %1 auf %2)</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>ihre Schemaversion fehlt</translation>
    </message>
    <message>
        <source>it is an SQLite file, but not an OfferDesk offers store</source>
        <translation>sie ist eine SQLite-Datei, aber keine Angebotsdatenbank von OfferDesk</translation>
    </message>
    <message>
        <source>cannot upgrade the offers store %1 to schema %2</source>
        <translation>die Angebotsdatenbank %1 kann nicht auf Schema %2 aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot upgrade the offers store %1</source>
        <translation>die Angebotsdatenbank %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>the offers store %1 is damaged (%2)</source>
        <translation>die Angebotsdatenbank %1 ist beschädigt (%2)</translation>
    </message>
    <message>
        <source>it could not be moved aside, so it was left untouched; move it away and start OfferDesk again</source>
        <translation>sie konnte nicht beiseitegelegt werden und blieb deshalb unverändert; verschieben Sie sie und starten Sie OfferDesk erneut</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>die Änderung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>the offers store is not open</source>
        <translation>die Angebotsdatenbank ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the offers store %1 is read-only</source>
        <translation>die Angebotsdatenbank %1 ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot read the offers</source>
        <translation>die Angebote können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the offers from %1</source>
        <translation>die Angebote aus %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the change to %1 was not saved</source>
        <translation>die Änderung an %1 wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>it is no longer in the store (deleted in another window?)</source>
        <translation>es ist nicht mehr in der Datenbank (in einem anderen Fenster gelöscht?)</translation>
    </message>
    <message>
        <source>the offer was not deleted</source>
        <translation>das Angebot wurde nicht gelöscht</translation>
    </message>
    <message>
        <source>cannot read the exchange rates</source>
        <translation>die Wechselkurse können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the exchange rates from %1</source>
        <translation>die Wechselkurse aus %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the exchange rates were not saved</source>
        <translation>die Wechselkurse wurden nicht gespeichert</translation>
    </message>
    <message>
        <source>The offers store %1 is read-only: your offers are shown, but changes can&apos;t be saved.</source>
        <translation>Die Angebotsdatenbank %1 ist schreibgeschützt: Ihre Angebote werden angezeigt, Änderungen lassen sich aber nicht speichern.</translation>
    </message>
    <message>
        <source>The offers store %1 was written by a newer OfferDesk (schema %2; this one knows up to %3). It is open read-only: your offers are shown, but changes can&apos;t be saved until you use the newer OfferDesk again.</source>
        <translation>Die Angebotsdatenbank %1 wurde von einer neueren OfferDesk-Version geschrieben (Schema %2; diese Version kennt höchstens %3). Sie ist schreibgeschützt geöffnet: Ihre Angebote werden angezeigt, Änderungen lassen sich aber erst wieder speichern, wenn Sie die neuere OfferDesk-Version verwenden.</translation>
    </message>
    <message>
        <source>cannot read the offers&apos; rounds from %1</source>
        <translation>die Runden der Angebote aus %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the counters sent from %1</source>
        <translation>die gesendeten Gegenangebote aus %1 können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>OfferTimelineModel</name>
    <message>
        <source>the numbers as they stand</source>
        <translation>aktueller Stand</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Round %1 — %2</source>
        <translation>Runde %1 – %2</translation>
    </message>
    <message>
        <source>first numbers</source>
        <translation>erste Zahlen</translation>
    </message>
    <message>
        <source>Counter sent</source>
        <translation>Gegenangebot gesendet</translation>
    </message>
    <message>
        <source>asked base %1, equity %2, sign-on %3</source>
        <translation>gefordert: Grundgehalt %1, Aktien %2, Antrittsprämie %3</translation>
    </message>
    <message>
        <source>As sent:
%1</source>
        <translation>Wie gesendet:
%1</translation>
    </message>
    <message>
        <source>The 4-year average the asks would give</source>
        <translation>Der 4-Jahres-Schnitt, den die Forderungen ergäben</translation>
    </message>
    <message>
        <source>This round&apos;s 4-year average</source>
        <translation>Der 4-Jahres-Schnitt dieser Runde</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Round or counter</source>
        <translation>Runde oder Gegenangebot</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Ø 4 Jahre</translation>
    </message>
</context>
<context>
    <name>OfferTimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The selected offer&apos;s rounds and the counters you sent, with a chart of its 4-year average across the rounds.</source>
        <translation>Die Runden des ausgewählten Angebots und Ihre gesendeten Gegenangebote, mit einem Diagramm seines 4-Jahres-Schnitts über die Runden.</translation>
    </message>
    <message>
        <source>Timeline of</source>
        <translation>Verlauf von</translation>
    </message>
    <message>
        <source>Timeline hint</source>
        <translation>Hinweis zum Verlauf</translation>
    </message>
    <message>
        <source>Rounds and counters sent</source>
        <translation>Runden und gesendete Gegenangebote</translation>
    </message>
    <message>
        <source>One row per round or counter sent, oldest first: what changed per part and the 4-year average.</source>
        <translation>Eine Zeile pro Runde oder gesendetem Gegenangebot, die älteste zuerst: die Änderungen je Bestandteil und der 4-Jahres-Schnitt.</translation>
    </message>
    <message>
        <source>4-year average across rounds</source>
        <translation>4-Jahres-Schnitt über die Runden</translation>
    </message>
    <message>
        <source>A line of the offer&apos;s 4-year average at each round, with the latest counter&apos;s ask and your walk-away floor as dashed lines.</source>
        <translation>Eine Linie mit dem 4-Jahres-Schnitt des Angebots in jeder Runde, mit der Forderung des letzten Gegenangebots und Ihrer Untergrenze als gestrichelten Linien.</translation>
    </message>
    <message>
        <source>No offer selected</source>
        <translation>Kein Angebot ausgewählt</translation>
    </message>
    <message>
        <source>Select an offer above to see its rounds and the counters you sent.</source>
        <translation>Wählen Sie oben ein Angebot aus, um seine Runden und Ihre gesendeten Gegenangebote zu sehen.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 Runde</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 Runden</translation>
    </message>
    <message>
        <source>1 counter sent</source>
        <translation>1 Gegenangebot gesendet</translation>
    </message>
    <message>
        <source>%1 counters sent</source>
        <translation>%1 Gegenangebote gesendet</translation>
    </message>
    <message>
        <source>When the company revises the offer, choose New Round… so the old numbers stay here. Record the counters you send from the Counter tab.</source>
        <translation>Wenn das Unternehmen das Angebot überarbeitet, wählen Sie Neue Runde…, damit die alten Zahlen hier erhalten bleiben. Erfassen Sie Ihre gesendeten Gegenangebote im Reiter Gegenangebot.</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Ø 4 Jahre</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>ohne Datum</translation>
    </message>
    <message>
        <source>Asked %1: %2</source>
        <translation>Forderung %1: %2</translation>
    </message>
    <message>
        <source>Floor: %1</source>
        <translation>Untergrenze: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <source>Round %1&lt;br&gt;%2</source>
        <translation>Runde %1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>OffersJson</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>ein Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation>muss eine nicht negative Zahl sein</translation>
    </message>
    <message>
        <source>must be at most 1,000,000,000,000</source>
        <translation>darf höchstens 1.000.000.000.000 betragen</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss ein Text sein, nicht %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>ist zu lang (höchstens %1 Zeichen)</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;USD&quot;, not %1</source>
        <translation>muss ein ISO-4217-Code wie &quot;USD&quot; sein, nicht %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (such as &quot;USD&quot; or &quot;EUR&quot;)</source>
        <translation>&apos;%1&apos; ist kein ISO-4217-Währungscode (wie &quot;USD&quot; oder &quot;EUR&quot;)</translation>
    </message>
    <message>
        <source>must be a non-negative number, not %1</source>
        <translation>muss eine nicht negative Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to %1, not %2</source>
        <translation>muss ein Prozentsatz von 0 bis %1 sein, nicht %2</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to %1</source>
        <translation>muss ein Prozentsatz von 0 bis %1 sein</translation>
    </message>
    <message>
        <source>must be a list of yearly percentages such as [25, 25, 25, 25], not %1</source>
        <translation>muss eine Liste jährlicher Prozentsätze wie [25, 25, 25, 25] sein, nicht %1</translation>
    </message>
    <message>
        <source>must list from 1 to %1 yearly percentages, not %2</source>
        <translation>muss 1 bis %1 jährliche Prozentsätze enthalten, nicht %2</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>muss ein Prozentsatz von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as &quot;2026-12-15&quot;</source>
        <translation>muss ein Datum der Form JJJJ-MM-TT sein, etwa &quot;2026-12-15&quot;</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>ist keine Datei</translation>
    </message>
    <message>
        <source>is too large (%1 bytes; an offers file may have at most %2)</source>
        <translation>ist zu groß (%1 Byte; eine Angebotsdatei darf höchstens %2 haben)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>is too large (an offers file may have at most %1 bytes)</source>
        <translation>ist zu groß (eine Angebotsdatei darf höchstens %1 Byte haben)</translation>
    </message>
    <message>
        <source>is empty; expected {&quot;offers&quot;: [...]}</source>
        <translation>ist leer; erwartet wurde {&quot;offers&quot;: [...]}</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the top level must be an object {&quot;offers&quot;: [...]}</source>
        <translation>die oberste Ebene muss ein Objekt {&quot;offers&quot;: [...]} sein</translation>
    </message>
    <message>
        <source>%1: unknown field, ignored</source>
        <translation>%1: unbekanntes Feld, ignoriert</translation>
    </message>
    <message>
        <source>offers: is required (a list of offers)</source>
        <translation>offers: ist erforderlich (eine Liste von Angeboten)</translation>
    </message>
    <message>
        <source>offers: must be a list, not %1</source>
        <translation>offers: muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>offers: has %1 offers; at most %2 are allowed</source>
        <translation>offers: hat %1 Angebote; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>offers[%1]: must be an object, not %2</source>
        <translation>offers[%1]: muss ein Objekt sein, nicht %2</translation>
    </message>
    <message>
        <source>offers[%1].target: only one offer may be the target, and offers[%2] already is</source>
        <translation>offers[%1].target: nur ein Angebot darf das Ziel sein, und offers[%2] ist es bereits</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>muss größer als 0 sein</translation>
    </message>
    <message>
        <source>each year must be a percentage from 0 to 100</source>
        <translation>jedes Jahr muss ein Prozentsatz von 0 bis 100 sein</translation>
    </message>
    <message>
        <source>must sum to 100, not %1</source>
        <translation>muss zusammen 100 ergeben, nicht %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>must be an object {&quot;base&quot;: ..., &quot;equity_total&quot;: ..., &quot;sign_on&quot;: ...}, not %1</source>
        <translation>muss ein Objekt {&quot;base&quot;: ..., &quot;equity_total&quot;: ..., &quot;sign_on&quot;: ...} sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>hat %1 Einträge; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>is required with %1: a grant in shares needs both the number of shares and the price</source>
        <translation>ist zusammen mit %1 erforderlich: Eine Zuteilung in Stück braucht sowohl die Anzahl der Aktien als auch den Preis</translation>
    </message>
    <message>
        <source>equity_shares × share_price must be at most 1,000,000,000,000</source>
        <translation>equity_shares × share_price darf höchstens 1.000.000.000.000 betragen</translation>
    </message>
    <message>
        <source>%1&apos;s equity_total (%2) differs from equity_shares × share_price (%3 × %4 = %5) by more than 1%; the shares are used</source>
        <translation>equity_total von %1 (%2) weicht um mehr als 1&#xa0;% von equity_shares × share_price (%3 × %4 = %5) ab; es wird die Aktienzahl verwendet</translation>
    </message>
    <message>
        <source>must be a yearly percentage above -100 and at most 300</source>
        <translation>muss ein jährlicher Prozentsatz über -100 und höchstens 300 sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss einer dieser Werte sein: %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>must be %1 above %2 and at most %3</source>
        <translation>muss %1 über %2 und höchstens %3 sein</translation>
    </message>
    <message>
        <source>must be %1 from %2 to %3</source>
        <translation>muss %1 von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>, not %1</source>
        <translation>, nicht %1</translation>
    </message>
    <message>
        <source>must be &quot;rsu&quot; or &quot;options&quot;</source>
        <translation>muss &quot;rsu&quot; oder &quot;options&quot; sein</translation>
    </message>
    <message>
        <source>is used only when equity_type is &quot;options&quot;; ignored</source>
        <translation>wird nur verwendet, wenn equity_type &quot;options&quot; ist; ignoriert</translation>
    </message>
    <message>
        <source>is required for an options offer (the price per share to buy each option)</source>
        <translation>ist bei einem Angebot mit Optionen erforderlich (der Preis pro Aktie beim Ausüben jeder Option)</translation>
    </message>
    <message>
        <source>is required for an options offer (the number of options granted)</source>
        <translation>ist bei einem Angebot mit Optionen erforderlich (die Anzahl der gewährten Optionen)</translation>
    </message>
    <message>
        <source>is required for an options offer (the price per share of the last funding round)</source>
        <translation>ist bei einem Angebot mit Optionen erforderlich (der Preis pro Aktie in der letzten Finanzierungsrunde)</translation>
    </message>
    <message>
        <source>must be at least the number of options (%1)</source>
        <translation>muss mindestens so groß sein wie die Anzahl der Optionen (%1)</translation>
    </message>
    <message>
        <source>needs fully_diluted_shares, to share out what is left after the preference</source>
        <translation>braucht fully_diluted_shares, um zu verteilen, was nach der Liquidationspräferenz übrig bleibt</translation>
    </message>
    <message>
        <source>must be left out for an options offer: its exit multiple says what its shares are worth</source>
        <translation>muss bei einem Angebot mit Optionen entfallen: Sein Exit-Multiplikator bestimmt, was seine Aktien wert sind</translation>
    </message>
    <message>
        <source>must be left out for an options offer: its equity is the options</source>
        <translation>muss bei einem Angebot mit Optionen entfallen: Seine Beteiligung sind die Optionen</translation>
    </message>
    <message>
        <source>must be left out for an options offer: its equity is the options, valued at an exit</source>
        <translation>muss bei einem Angebot mit Optionen entfallen: Seine Beteiligung sind die Optionen, bewertet bei einem Exit</translation>
    </message>
    <message>
        <source>underwater at the last round&apos;s price: the strike (%1) is above the preferred price (%2)</source>
        <translation>beim Preis der letzten Runde unter Wasser: Der Ausübungspreis (%1) liegt über dem Preferred-Preis (%2)</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>The offer being negotiated</source>
        <translation>Das Angebot, über das verhandelt wird</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Equity (total)</source>
        <translation>Aktien (gesamt)</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>Jahr 1</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Ø 4 Jahre</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>The offer is no longer in the list.</source>
        <translation>Das Angebot ist nicht mehr in der Liste.</translation>
    </message>
    <message>
        <source>%1 options (%2 at %3×)</source>
        <translation>%1 Optionen (%2 bei %3×)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibende Tage</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>Frist %1: %2</translation>
    </message>
</context>
<context>
    <name>OffersWidget</name>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Aktien</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Antrittsprämie</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <source>Against the &amp;band</source>
        <translation>&amp;Vergleich mit dem Band</translation>
    </message>
    <message>
        <source>&amp;Year by year</source>
        <translation>&amp;Jahr für Jahr</translation>
    </message>
    <message>
        <source>Positions: 0 is the band&apos;s low end and 1 its high end; below 0 or above 1 is outside the band. Amounts are in the band&apos;s currency. ★ marks the target offer.</source>
        <translation>Positionen: 0 ist das untere Ende des Bands, 1 das obere; unter 0 oder über 1 liegt außerhalb des Bands. Beträge in der Währung des Bands. ★ markiert das Zielangebot.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Regi&amp;on:</translation>
    </message>
    <message>
        <source>Comparison with the band</source>
        <translation>Vergleich mit dem Band</translation>
    </message>
    <message>
        <source>Your offers file %1 is read-only: your offers are shown, but changes can&apos;t be saved.</source>
        <translation>Ihre Angebotsdatei %1 ist schreibgeschützt: Ihre Angebote werden angezeigt, Änderungen lassen sich aber nicht speichern.</translation>
    </message>
    <message>
        <source>The guides are loading…</source>
        <translation>Die Leitfäden werden geladen…</translation>
    </message>
    <message>
        <source>No guides are loaded, so there is no band to compare with.</source>
        <translation>Es sind keine Leitfäden geladen, daher gibt es kein Band zum Vergleichen.</translation>
    </message>
    <message>
        <source>Those offers are left out until a rate is added in Preferences.</source>
        <translation>Diese Angebote bleiben außen vor, bis in den Einstellungen ein Kurs eingetragen ist.</translation>
    </message>
    <message>
        <source>Choose a guide and region to compare with.</source>
        <translation>Wählen Sie einen Leitfaden und eine Region für den Vergleich.</translation>
    </message>
    <message>
        <source>Add an offer to see it year by year.</source>
        <translation>Fügen Sie ein Angebot hinzu, um es Jahr für Jahr zu sehen.</translation>
    </message>
    <message>
        <source> ★ target</source>
        <translation> ★ Ziel</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate Offer — %1</source>
        <translation>Angebot duplizieren – %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>%1 duplizieren</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n offer(s)</source>
        <translation>
            <numerusform>%n Angebot löschen</numerusform>
            <numerusform>%n Angebote löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Offers</source>
        <translation>Angebote importieren</translation>
    </message>
    <message>
        <source>Offers JSON (*.json);;All files (*)</source>
        <translation>Angebote als JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported:

%1</source>
        <translation>Es wurde nichts importiert:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n offer(s)</source>
        <translation>
            <numerusform>%n Angebot importieren</numerusform>
            <numerusform>%n Angebote importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Offers</source>
        <translation>Angebote exportieren</translation>
    </message>
    <message>
        <source>Offers JSON (*.json)</source>
        <translation>Angebote als JSON (*.json)</translation>
    </message>
    <message>
        <source>year %1 %2</source>
        <translation>Jahr %1 %2</translation>
    </message>
    <message>
        <source>with every stock at %1</source>
        <translation>mit allen Aktien bei %1</translation>
    </message>
    <message>
        <source>with the stock at its expected %1</source>
        <translation>mit der Aktie bei den erwarteten %1</translation>
    </message>
    <message>
        <source>%1: %2; %3-year average %4, %5.</source>
        <translation>%1: %2; %3-Jahres-Schnitt %4, %5.</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Noch keine Angebote</translation>
    </message>
    <message>
        <source>Add each offer you hold, or import them from an offers file. OfferDesk compares them with a guide&apos;s pay band, and counters the one you mark as the target.</source>
        <translation>Fügen Sie jedes Angebot hinzu, das Ihnen vorliegt, oder importieren Sie Ihre Angebote aus einer Angebotsdatei. OfferDesk vergleicht sie mit dem Vergütungsband eines Leitfadens und erstellt ein Gegenangebot zu dem Angebot, das Sie als Ziel markieren.</translation>
    </message>
    <message>
        <source>&amp;Add an Offer…</source>
        <translation>Angebot &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import Offers…</source>
        <translation>Angebote &amp;importieren…</translation>
    </message>
    <message>
        <source>Offers actions</source>
        <translation>Aktionen für Angebote</translation>
    </message>
    <message>
        <source>Enter an offer you hold</source>
        <translation>Ein Angebot eingeben, das Ihnen vorliegt</translation>
    </message>
    <message>
        <source>Change the selected offer</source>
        <translation>Das ausgewählte Angebot ändern</translation>
    </message>
    <message>
        <source>Ne&amp;w Round…</source>
        <translation>&amp;Neue Runde…</translation>
    </message>
    <message>
        <source>The company revised the selected offer: record its new numbers as a new round, keeping the old ones in its timeline</source>
        <translation>Das Unternehmen hat das ausgewählte Angebot überarbeitet: die neuen Zahlen als neue Runde erfassen und die alten im Verlauf behalten</translation>
    </message>
    <message>
        <source>Start a new offer from a copy of the selected one</source>
        <translation>Ein neues Angebot als Kopie des ausgewählten anlegen</translation>
    </message>
    <message>
        <source>Delete the selected offers (Undo brings them back)</source>
        <translation>Die ausgewählten Angebote löschen (Rückgängig stellt sie wieder her)</translation>
    </message>
    <message>
        <source>Mark as &amp;Target</source>
        <translation>Als &amp;Ziel markieren</translation>
    </message>
    <message>
        <source>Make the selected offer the one you are negotiating: the Counter tab counters it</source>
        <translation>Das ausgewählte Angebot zu dem machen, über das Sie verhandeln: Der Reiter Gegenangebot erstellt ein Gegenangebot dazu</translation>
    </message>
    <message>
        <source>Add the offers of an offers JSON file</source>
        <translation>Die Angebote aus einer JSON-Angebotsdatei hinzufügen</translation>
    </message>
    <message>
        <source>Write your offers to an offers JSON file</source>
        <translation>Ihre Angebote in eine JSON-Angebotsdatei schreiben</translation>
    </message>
    <message>
        <source>Exchange rates and the default region</source>
        <translation>Wechselkurse und Standardregion</translation>
    </message>
    <message>
        <source>The offers you hold, one per row, the target marked. Enter edits the selected offer, Delete deletes it, Ctrl+T makes it the target.</source>
        <translation>Ihre vorliegenden Angebote, eines pro Zeile, das Ziel markiert. Die Eingabetaste bearbeitet das ausgewählte Angebot, Entf löscht es, Strg+T macht es zum Ziel.</translation>
    </message>
    <message>
        <source>What if the stock &amp;moves</source>
        <translation>Wenn sich der &amp;Kurs ändert</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Verla&amp;uf</translation>
    </message>
    <message>
        <source>Compare with gui&amp;de:</source>
        <translation>Vergleich mit Leit&amp;faden:</translation>
    </message>
    <message>
        <source>Each offer&apos;s year 1 and 4-year average in the band&apos;s currency, and where its base, stock, bonus and total sit in the band.</source>
        <translation>Jahr 1 und 4-Jahres-Schnitt jedes Angebots in der Währung des Bands und wo Grundgehalt, Aktien, Bonus und Gesamtwert im Band liegen.</translation>
    </message>
    <message>
        <source>Each year&apos;s pay, stacked, in thousands of %1 (the band&apos;s currency), %2.</source>
        <translation>Die Vergütung jedes Jahres, gestapelt, in Tausend %1 (der Währung des Bands), %2.</translation>
    </message>
    <message>
        <source>each stock at its offer&apos;s expected growth</source>
        <translation>jede Aktie mit der erwarteten Kursentwicklung ihres Angebots</translation>
    </message>
    <message>
        <source>Options at an exit at %1× the last round.</source>
        <translation>Optionen bei einem Exit zum %1× der letzten Runde.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <source>%1, in thousands of %2: year 1 %3K, %4-year average %5K</source>
        <translation>%1, in Tausend %2: Jahr 1 %3 Tsd., %4-Jahres-Schnitt %5 Tsd.</translation>
    </message>
    <message>
        <source>%1 year by year</source>
        <translation>%1 Jahr für Jahr</translation>
    </message>
    <message>
        <source>New Round — %1</source>
        <translation>Neue Runde – %1</translation>
    </message>
    <message>
        <source>Record counter sent to %1</source>
        <translation>Gesendetes Gegenangebot an %1 erfassen</translation>
    </message>
    <message>
        <source>Mark %1 as the Target</source>
        <translation>%1 als Ziel markieren</translation>
    </message>
</context>
<context>
    <name>OptionsChart</name>
    <message>
        <source>Exit</source>
        <translation>Exit</translation>
    </message>
    <message>
        <source>Paper value</source>
        <translation>Papierwert</translation>
    </message>
    <message>
        <source>%1, an exit at %2 the last round&apos;s price: %3</source>
        <translation>%1, Exit zum %2 des Preises der letzten Runde: %3</translation>
    </message>
    <message>
        <source>%1 if its options paid their paper value (%2): %3. Never counted as pay.</source>
        <translation>%1, falls seine Optionen ihren Papierwert (%2) auszahlten: %3. Wird nie als Vergütung gezählt.</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Break-even</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1 grants stock options, shown at exits of its last round&apos;s price: %2; expected %3 (at %4); %5 if the options paid their paper value, which is never counted as pay.</source>
        <translation>%1 gewährt Aktienoptionen, gezeigt bei Exits zu Vielfachen des Preises der letzten Runde: %2; erwartet %3 (bei %4); %5, falls die Optionen ihren Papierwert auszahlten, der nie als Vergütung gezählt wird.</translation>
    </message>
</context>
<context>
    <name>OptionsExitControl</name>
    <message>
        <source>Exits for stock options</source>
        <translation>Exits für Aktienoptionen</translation>
    </message>
    <message>
        <source>Options: &amp;exits (× last round):</source>
        <translation>Optionen: &amp;Exits (× letzte Runde):</translation>
    </message>
    <message>
        <source>Exit multiples for stock options</source>
        <translation>Exit-Multiplikatoren für Aktienoptionen</translation>
    </message>
    <message>
        <source>The exits a stock options offer is shown at, as multiples of its last funding round&apos;s price per share, separated by commas: 0 is a company that returns nothing to common stock, 1 an exit at the last round&apos;s price, 10 a big win. Press Enter to apply.</source>
        <translation>Die Exits, bei denen ein Angebot mit Aktienoptionen gezeigt wird, als Vielfache des Preises pro Aktie der letzten Finanzierungsrunde, durch Kommas getrennt: 0 ist ein Unternehmen, das den Stammaktien nichts einbringt, 1 ein Exit zum Preis der letzten Runde, 10 ein großer Erfolg. Mit der Eingabetaste übernehmen.</translation>
    </message>
    <message>
        <source>Year charts show options at:</source>
        <translation>Jahresdiagramme zeigen Optionen bei:</translation>
    </message>
    <message>
        <source>Exit the year charts show options at</source>
        <translation>Exit, bei dem die Jahresdiagramme Optionen zeigen</translation>
    </message>
    <message>
        <source>The year charts count each options offer at its own expected exit, or at one exit of the set. The paper value is never counted.</source>
        <translation>Die Jahresdiagramme rechnen jedes Angebot mit Optionen mit seinem eigenen erwarteten Exit oder mit einem Exit aus der Liste. Der Papierwert wird nie gezählt.</translation>
    </message>
    <message>
        <source>The exits %1</source>
        <translation>Die Exit-Liste %1</translation>
    </message>
    <message>
        <source>each offer&apos;s expected exit</source>
        <translation>erwarteter Exit jedes Angebots</translation>
    </message>
    <message>
        <source>%1× the last round</source>
        <translation>%1× Preis der letzten Runde</translation>
    </message>
</context>
<context>
    <name>OptionsFieldsWidget</name>
    <message>
        <source>Equity type:</source>
        <translation>Art der Beteiligung:</translation>
    </message>
    <message>
        <source>Equity type: RSUs</source>
        <translation>Art der Beteiligung: RSUs</translation>
    </message>
    <message>
        <source>Equity type: stock options</source>
        <translation>Art der Beteiligung: Aktienoptionen</translation>
    </message>
    <message>
        <source>Restricted stock units: shares you receive as they vest, worth the share price. The equity total above is their value.</source>
        <translation>Restricted Stock Units: Aktien, die Sie beim Vesting erhalten und die den Aktienkurs wert sind. Die gesamte Zuteilung oben ist ihr Wert.</translation>
    </message>
    <message>
        <source>Stock options: the right to buy shares at a fixed price (the strike) once they vest. They are worth something only if the company is sold or listed above the strike, so OfferDesk values them at an exit you choose, never at the recruiter&apos;s paper value.</source>
        <translation>Aktienoptionen: das Recht, nach dem Vesting Aktien zu einem festen Preis (dem Ausübungspreis) zu kaufen. Sie sind nur etwas wert, wenn das Unternehmen über dem Ausübungspreis verkauft wird oder an die Börse geht. Deshalb bewertet OfferDesk sie bei einem Exit Ihrer Wahl, nie zum Papierwert des Recruiters.</translation>
    </message>
    <message>
        <source>Stock options (prices per share, in the offer&apos;s currency)</source>
        <translation>Aktienoptionen (Preise pro Aktie in der Währung des Angebots)</translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation>Aktienoptionen</translation>
    </message>
    <message>
        <source>More option terms (409A, shares, preference, exercise window)</source>
        <translation>Weitere Optionsbedingungen (409A, Aktien, Präferenz, Ausübungsfrist)</translation>
    </message>
    <message>
        <source>More option terms</source>
        <translation>Weitere Optionsbedingungen</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>The number granted (required).</source>
        <translation>Die gewährte Anzahl (Pflichtfeld).</translation>
    </message>
    <message>
        <source>The number of options granted. Each is the right to buy one share at the strike.</source>
        <translation>Die Anzahl der gewährten Optionen. Jede ist das Recht, eine Aktie zum Ausübungspreis zu kaufen.</translation>
    </message>
    <message>
        <source>Strike price:</source>
        <translation>Ausübungspreis:</translation>
    </message>
    <message>
        <source>What you pay per share to buy.</source>
        <translation>Was Sie beim Kauf pro Aktie zahlen.</translation>
    </message>
    <message>
        <source>The strike (or exercise) price: what you pay for each share when you exercise an option. An option is worth the share&apos;s price less the strike, and nothing below it.</source>
        <translation>Der Ausübungspreis (Strike): was Sie für jede Aktie zahlen, wenn Sie eine Option ausüben. Eine Option ist den Aktienkurs abzüglich des Ausübungspreises wert, und nichts, wenn der Kurs darunter liegt.</translation>
    </message>
    <message>
        <source>Last round&apos;s price:</source>
        <translation>Preis der letzten Runde:</translation>
    </message>
    <message>
        <source>Investors&apos; price a share (required).</source>
        <translation>Preis pro Aktie für Investoren (Pflichtfeld).</translation>
    </message>
    <message>
        <source>The preferred price: what investors paid per share in the last funding round. Recruiters&apos; &quot;paper value&quot; uses it; exits are measured as multiples of it.</source>
        <translation>Der Preferred-Preis: was Investoren in der letzten Finanzierungsrunde pro Aktie gezahlt haben. Der „Papierwert“ der Recruiter beruht darauf; Exits werden als Vielfache davon gemessen.</translation>
    </message>
    <message>
        <source>409A price:</source>
        <translation>409A-Preis:</translation>
    </message>
    <message>
        <source>Optional: fair market value a share.</source>
        <translation>Optional: Marktwert pro Aktie.</translation>
    </message>
    <message>
        <source>The 409A valuation: the fair market value of a common share set for tax. The spread between it and the strike is what tax applies to when you exercise. 0 if you don&apos;t know it.</source>
        <translation>Die 409A-Bewertung: der für Steuerzwecke festgelegte Marktwert einer Stammaktie. Die Differenz zwischen ihr und dem Ausübungspreis wird bei der Ausübung besteuert. 0, wenn Sie sie nicht kennen.</translation>
    </message>
    <message>
        <source>Fully diluted shares:</source>
        <translation>Aktien (voll verwässert):</translation>
    </message>
    <message>
        <source>Optional: shows your ownership.</source>
        <translation>Optional: zeigt Ihren Anteil am Unternehmen.</translation>
    </message>
    <message>
        <source>Every share the company has and has promised (options, warrants, convertibles included). Your options divided by it is your share of the company. 0 if unknown.</source>
        <translation>Alle Aktien, die das Unternehmen ausgegeben und zugesagt hat (einschließlich Optionen, Warrants und Wandeldarlehen). Ihre Optionen geteilt durch diese Zahl ergeben Ihren Anteil am Unternehmen. 0, wenn unbekannt.</translation>
    </message>
    <message>
        <source>Liquidation preference:</source>
        <translation>Liquidationspräferenz:</translation>
    </message>
    <message>
        <source>Optional: paid before common stock.</source>
        <translation>Optional: wird vor den Stammaktien ausgezahlt.</translation>
    </message>
    <message>
        <source>The liquidation preference: what investors get back before common stock (yours) gets anything at an exit. OfferDesk takes it all off the top, the cautious view. Needs the fully diluted shares.</source>
        <translation>Die Liquidationspräferenz: was Investoren bei einem Exit zurückbekommen, bevor die Stammaktien (Ihre) etwas erhalten. OfferDesk zieht sie vollständig vorab ab – die vorsichtige Sicht. Erfordert die voll verwässerte Aktienzahl.</translation>
    </message>
    <message>
        <source>Dilution per round:</source>
        <translation>Verwässerung pro Runde:</translation>
    </message>
    <message>
        <source>What each future round takes.</source>
        <translation>Was jede künftige Runde abzieht.</translation>
    </message>
    <message>
        <source>Dilution: each new funding round issues new shares, so your options are a smaller part of the company. 15–25% a round is common.</source>
        <translation>Verwässerung: Jede neue Finanzierungsrunde gibt neue Aktien aus, sodass Ihre Optionen einen kleineren Teil des Unternehmens ausmachen. 15–25&#xa0;% pro Runde sind üblich.</translation>
    </message>
    <message>
        <source>Rounds to exit:</source>
        <translation>Runden bis zum Exit:</translation>
    </message>
    <message>
        <source>Rounds before a sale or listing.</source>
        <translation>Runden vor Verkauf oder Börsengang.</translation>
    </message>
    <message>
        <source>How many more funding rounds you expect before the company is sold or lists; each one dilutes by the percentage above.</source>
        <translation>Wie viele weitere Finanzierungsrunden Sie erwarten, bevor das Unternehmen verkauft wird oder an die Börse geht; jede verwässert um den Prozentsatz oben.</translation>
    </message>
    <message>
        <source>Exercise window:</source>
        <translation>Ausübungsfrist:</translation>
    </message>
    <message>
        <source>Days to buy them after leaving.</source>
        <translation>Tage zum Ausüben nach dem Ausscheiden.</translation>
    </message>
    <message>
        <source>The post-termination exercise window: how long after you leave you may still buy your vested options. Often 90 days; some companies give years.</source>
        <translation>Die Ausübungsfrist nach dem Ausscheiden: wie lange Sie Ihre gevesteten Optionen nach Ihrem Ausscheiden noch ausüben dürfen. Oft 90 Tage; manche Unternehmen gewähren Jahre.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Expected exit:</source>
        <translation>Erwarteter Exit:</translation>
    </message>
    <message>
        <source>Your guess, × the last round&apos;s price.</source>
        <translation>Ihre Schätzung, × Preis der letzten Runde.</translation>
    </message>
    <message>
        <source>The exit multiple: the price per share at a sale or listing, as a multiple of the last round&apos;s price. 1× is the paper value&apos;s price before dilution; 0× is a company that returns nothing to common. Every yearly figure counts the options here.</source>
        <translation>Der Exit-Multiplikator: der Preis pro Aktie bei einem Verkauf oder Börsengang als Vielfaches des Preises der letzten Runde. 1× ist der Preis des Papierwerts vor Verwässerung; 0× ist ein Unternehmen, das den Stammaktien nichts einbringt. Alle Jahreswerte rechnen die Optionen mit diesem Wert.</translation>
    </message>
    <message>
        <source>Paper value %1: what recruiters quote, never counted as pay. At your expected exit: %2. Cost to exercise: %3.</source>
        <translation>Papierwert %1: was Recruiter nennen, wird nie als Vergütung gezählt. Bei Ihrem erwarteten Exit: %2. Kosten der Ausübung: %3.</translation>
    </message>
    <message>
        <source>Underwater at the last round&apos;s price: the strike is above it.</source>
        <translation>Unter Wasser beim Preis der letzten Runde: Der Ausübungspreis liegt darüber.</translation>
    </message>
    <message>
        <source>Stock options (a startup&apos;s)</source>
        <translation>Aktienoptionen (eines Startups)</translation>
    </message>
    <message>
        <source>RSUs (shares at their price)</source>
        <translation>RSUs (Aktien zum Kurswert)</translation>
    </message>
</context>
<context>
    <name>OptionsOutlook</name>
    <message>
        <source>The expected case puts %1&apos;s options at an exit at 1× the last round&apos;s price (the default expected_exit_multiple), the price their paper value uses; set expected_exit_multiple to your own estimate.</source>
        <translation>Der Erwartungsfall setzt die Optionen von %1 bei einem Exit zum Preis der letzten Runde an (1×, der Standardwert von expected_exit_multiple), also zu dem Preis, den auch ihr Papierwert verwendet; setzen Sie expected_exit_multiple auf Ihre eigene Schätzung.</translation>
    </message>
    <message>
        <source>%1&apos;s options are underwater at the last round&apos;s price: the strike is above it, so they are worth something only at a higher exit.</source>
        <translation>Die Optionen von %1 sind beim Preis der letzten Runde unter Wasser: Der Ausübungspreis liegt darüber, sie sind also nur bei einem höheren Exit etwas wert.</translation>
    </message>
    <message>
        <source>over 1 year</source>
        <translation>auf 1 Jahr gerechnet</translation>
    </message>
    <message>
        <source>over %1 years</source>
        <translation>auf %1 Jahre gerechnet</translation>
    </message>
    <message>
        <source>This offer doesn&apos;t beat %1 %2, even if the company exits at 100× its last round&apos;s price.</source>
        <translation>Dieses Angebot liegt %2 nicht vor %1, selbst wenn das Unternehmen einen Exit zum 100× des Preises der letzten Runde erzielt.</translation>
    </message>
    <message>
        <source>This offer beats %1 %2 even if its options are worth nothing.</source>
        <translation>Dieses Angebot liegt %2 vor %1, selbst wenn seine Optionen nichts wert sind.</translation>
    </message>
    <message>
        <source>This offer beats %1 %2 only if the company exits at %3× its last round&apos;s price or more.</source>
        <translation>Dieses Angebot liegt %2 nur dann vor %1, wenn das Unternehmen einen Exit zum %3× des Preises der letzten Runde oder mehr erzielt.</translation>
    </message>
</context>
<context>
    <name>OptionsValuation</name>
    <message>
        <source>must be a comma-separated list of 1 to %1 exit multiples, each from 0 to 100 (such as 0,0.5,1,3,10), not &apos;%2&apos;</source>
        <translation>muss eine kommagetrennte Liste von 1 bis %1 Exit-Multiplikatoren sein, jeweils von 0 bis 100 (etwa 0,0.5,1,3,10), nicht &apos;%2&apos;</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <source>Offers in another currency are compared in the band&apos;s currency with these rates. OfferDesk never guesses a rate: without one, it says which is missing.</source>
        <translation>Angebote in einer anderen Währung werden mit diesen Kursen in der Währung des Bands verglichen. OfferDesk rät nie einen Kurs: Fehlt einer, sagt es, welcher.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Eingegeben</translation>
    </message>
    <message>
        <source>&amp;Add or Replace</source>
        <translation>&amp;Hinzufügen oder ersetzen</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>=</source>
        <translation>=</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>Standard&amp;region:</translation>
    </message>
    <message>
        <source>Both currencies must be ISO 4217 codes, such as EUR and USD.</source>
        <translation>Beide Währungen müssen ISO-4217-Codes sein, etwa EUR und USD.</translation>
    </message>
    <message>
        <source>A rate needs two different currencies.</source>
        <translation>Ein Kurs braucht zwei verschiedene Währungen.</translation>
    </message>
    <message>
        <source>The rate must lie between 0.000001 and 1,000,000.</source>
        <translation>Der Kurs muss zwischen 0,000001 und 1.000.000 liegen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>OfferDesk uses the new language the next time it starts.</source>
        <translation>OfferDesk verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>One rate per row: from a currency, to another, the rate and the day you entered it.</source>
        <translation>Ein Kurs pro Zeile: von einer Währung in eine andere, der Kurs und der Tag, an dem Sie ihn eingegeben haben.</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>Ausgangswährung</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>Zielwährung</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1
Double-click to open the guide at this line in the guide editor.</source>
        <translation>%1
Doppelklicken, um den Leitfaden an dieser Zeile im Leitfaden-Editor zu öffnen.</translation>
    </message>
    <message>
        <source>%1
Double-click to open this folder.</source>
        <translation>%1
Doppelklicken, um diesen Ordner zu öffnen.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>&amp;Problems: none</source>
        <translation>&amp;Probleme: keine</translation>
    </message>
    <message>
        <source>&amp;Problems (1)</source>
        <translation>&amp;Probleme (1)</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>&amp;Probleme (%1)</translation>
    </message>
    <message>
        <source>Every guide loaded without problems.</source>
        <translation>Alle Leitfäden wurden ohne Probleme geladen.</translation>
    </message>
    <message>
        <source>%1 and %2 in the guides, errors first. Press Enter on one to open its guide at that line.</source>
        <translation>%1 und %2 in den Leitfäden, Fehler zuerst. Drücken Sie auf einem Eintrag die Eingabetaste, um seinen Leitfaden an dieser Zeile zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCounterDialog</name>
    <message>
        <source>Base asked</source>
        <translation>Gefordertes Grundgehalt</translation>
    </message>
    <message>
        <source>Equity asked (total grant)</source>
        <translation>Geforderte Aktien (gesamte Zuteilung)</translation>
    </message>
    <message>
        <source>Sign-on asked</source>
        <translation>Geforderte Antrittsprämie</translation>
    </message>
    <message>
        <source>Record Counter Sent — %1</source>
        <translation>Gesendetes Gegenangebot erfassen – %1</translation>
    </message>
    <message>
        <source>Keeps the counter you sent with the offer, for its timeline.</source>
        <translation>Speichert das gesendete Gegenangebot beim Angebot, für seinen Verlauf.</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Sendedatum</translation>
    </message>
    <message>
        <source>Words sent from</source>
        <translation>Herkunft des Textes</translation>
    </message>
    <message>
        <source>The email draft</source>
        <translation>Der E-Mail-Entwurf</translation>
    </message>
    <message>
        <source>The call script</source>
        <translation>Das Gesprächsskript</translation>
    </message>
    <message>
        <source>Words as sent</source>
        <translation>Text wie gesendet</translation>
    </message>
    <message>
        <source>Keep what you asked %1 for, and the words you used, with the offer.</source>
        <translation>Speichern Sie beim Angebot, was Sie von %1 gefordert haben und mit welchen Worten.</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>Gesendet &amp;am:</translation>
    </message>
    <message>
        <source>&amp;Base asked:</source>
        <translation>Gefordertes &amp;Grundgehalt:</translation>
    </message>
    <message>
        <source>&amp;Equity asked (total):</source>
        <translation>Geforderte A&amp;ktien (gesamt):</translation>
    </message>
    <message>
        <source>Si&amp;gn-on asked:</source>
        <translation>Geforderte Antritts&amp;prämie:</translation>
    </message>
    <message>
        <source>&amp;Words from:</source>
        <translation>&amp;Text aus:</translation>
    </message>
</context>
<context>
    <name>RegionBandModel</name>
    <message>
        <source>✓</source>
        <translation>✓</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>%1, paid in %2</source>
        <translation>%1, gezahlt in %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Base salary per year: %1</source>
        <translation>Grundgehalt pro Jahr: %1</translation>
    </message>
    <message>
        <source>Stock granted over %1 years: %2</source>
        <translation>Aktienzuteilung über %1 Jahre: %2</translation>
    </message>
    <message>
        <source>Stock vesting per year (the grant over %1 years): %2</source>
        <translation>Pro Jahr gevestete Aktien (die Zuteilung über %1 Jahre): %2</translation>
    </message>
    <message>
        <source>Target bonus, as a share of base: %1</source>
        <translation>Zielbonus als Anteil am Grundgehalt: %1</translation>
    </message>
    <message>
        <source>Total comp per year, as the guide states it: %1</source>
        <translation>Gesamtvergütung pro Jahr laut Leitfaden: %1</translation>
    </message>
    <message>
        <source>Base + stock per year + bonus: %1</source>
        <translation>Grundgehalt + Aktien pro Jahr + Bonus: %1</translation>
    </message>
    <message>
        <source>Low end: stated %1, parts add up to %2 (%3).
High end: stated %4, parts add up to %5 (%6).</source>
        <translation>Unteres Ende: angegeben %1, Bestandteile ergeben %2 (%3).
Oberes Ende: angegeben %4, Bestandteile ergeben %5 (%6).</translation>
    </message>
    <message>
        <source>The stated total comp matches its parts within %1%.</source>
        <translation>Die angegebene Gesamtvergütung stimmt bis auf %1&#xa0;% mit ihren Bestandteilen überein.</translation>
    </message>
    <message>
        <source>The stated total comp differs from base + stock per year + bonus by up to %1, more than %2%.</source>
        <translation>Die angegebene Gesamtvergütung weicht um bis zu %1 von Grundgehalt + Aktien pro Jahr + Bonus ab, also um mehr als %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Does the stated total comp match base + stock per year + bonus? Flagged beyond %1%.</source>
        <translation>Stimmt die angegebene Gesamtvergütung mit Grundgehalt + Aktien pro Jahr + Bonus überein? Markiert ab einer Abweichung von mehr als %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Stock
(4 years)</source>
        <translation>Aktien
(4 Jahre)</translation>
    </message>
    <message>
        <source>Stock
per year</source>
        <translation>Aktien
pro Jahr</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total comp
(stated)</source>
        <translation>Gesamt
(angegeben)</translation>
    </message>
    <message>
        <source>Sum of
parts</source>
        <translation>Summe der
Teile</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>Your counter</source>
        <translation>Ihr Gegenangebot</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation>Aktien pro Jahr</translation>
    </message>
    <message>
        <source>Sign-on per year</source>
        <translation>Antrittsprämie pro Jahr</translation>
    </message>
    <message>
        <source>Band, total comp %1 – %2</source>
        <translation>Band, Gesamtvergütung %1 – %2</translation>
    </message>
    <message>
        <source>Walk-away floor %1</source>
        <translation>Untergrenze %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>no output file was given</source>
        <translation>es wurde keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>%1 kann nicht geschrieben werden: Es ist ein Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: the page size %2 does not fit its margins</source>
        <translation>%1 kann nicht geschrieben werden: Das Seitenformat %2 ist zu klein für die Ränder</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportPrintPreview</name>
    <message>
        <source>Negotiation summary - %1 - %2</source>
        <translation>Verhandlungsübersicht - %1 - %2</translation>
    </message>
    <message>
        <source>Export Negotiation &amp;Summary…</source>
        <translation>&amp;Verhandlungsübersicht exportieren…</translation>
    </message>
    <message>
        <source>Preview, print or save a PDF summary of the band, the offers and the counter</source>
        <translation>Eine PDF-Übersicht von Band, Angeboten und Gegenangebot ansehen, drucken oder speichern</translation>
    </message>
    <message>
        <source>Negotiation summary</source>
        <translation>Verhandlungsübersicht</translation>
    </message>
    <message>
        <source>The summary could not be drawn: %1.</source>
        <translation>Die Übersicht konnte nicht gezeichnet werden: %1.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save negotiation summary</source>
        <translation>Verhandlungsübersicht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was not saved.

%1</source>
        <translation>Die Übersicht wurde nicht gespeichert.

%1</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file (%1)</source>
        <translation>Die Übersicht als PDF-Datei speichern (%1)</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>below</source>
        <translation>darunter</translation>
    </message>
    <message>
        <source>above</source>
        <translation>darüber</translation>
    </message>
    <message>
        <source>within</source>
        <translation>im Band</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Unten</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Oben</translation>
    </message>
    <message>
        <source>How it is found</source>
        <translation>Herleitung</translation>
    </message>
    <message>
        <source>stated by the guide</source>
        <translation>Angabe des Leitfadens</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>Jahr 1</translation>
    </message>
    <message>
        <source>4-year average</source>
        <translation>4-Jahres-Schnitt</translation>
    </message>
    <message>
        <source>Base in band</source>
        <translation>Grundgehalt im Band</translation>
    </message>
    <message>
        <source>Total in band</source>
        <translation>Gesamt im Band</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Umrechnung</translation>
    </message>
    <message>
        <source>target: the offer being negotiated</source>
        <translation>Ziel: das Angebot, über das verhandelt wird</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>No offers were given.</source>
        <translation>Es wurden keine Angebote angegeben.</translation>
    </message>
    <message>
        <source>Position in band: 0 is the band&apos;s low end and 1 its high end; it can fall outside. Base is set against the base band, total (the 4-year average) against the guide&apos;s stated total comp. </source>
        <translation>Position im Band: 0 ist das untere Ende des Bands, 1 das obere; sie kann auch außerhalb liegen. Das Grundgehalt wird am Band für das Grundgehalt gemessen, der Gesamtwert (der 4-Jahres-Schnitt) an der im Leitfaden angegebenen Gesamtvergütung. </translation>
    </message>
    <message>
        <source>With no offers, there is nothing to chart.</source>
        <translation>Ohne Angebote gibt es nichts darzustellen.</translation>
    </message>
    <message>
        <source>, against its offer (%1)</source>
        <translation>, gemessen an dessen Angebot (%1)</translation>
    </message>
    <message>
        <source>. Settings: %1.</source>
        <translation>. Einstellungen: %1.</translation>
    </message>
    <message>
        <source> Best alternative: %1, worth %2 a year on average.</source>
        <translation> Beste Alternative: %1, im Schnitt %2 pro Jahr wert.</translation>
    </message>
    <message>
        <source>The floor is the 4-year average below which you walk away, from %1; its base is the base that reaches it with the offer&apos;s other parts unchanged.</source>
        <translation>Die Untergrenze ist der 4-Jahres-Schnitt, unter dem Sie absagen (Quelle: %1); ihr Grundgehalt ist das Grundgehalt, mit dem sie bei sonst unveränderten Bestandteilen des Angebots erreicht wird.</translation>
    </message>
    <message>
        <source>Have these offers in writing before you cite them: %1.</source>
        <translation>Lassen Sie sich diese Angebote schriftlich geben, bevor Sie sie anführen: %1.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Bestandteil</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Forderung</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Band unten</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Band oben</translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation>Beste Alternative</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>raised to reach the floor</source>
        <translation>auf die Untergrenze angehoben</translation>
    </message>
    <message>
        <source>no band</source>
        <translation>kein Band</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Asks marked &quot;set by hand&quot; were entered by the person, not suggested by OfferDesk.</source>
        <translation>Mit „von Hand gesetzt“ markierte Forderungen wurden von der Person selbst eingegeben, nicht von OfferDesk vorgeschlagen.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Grundgehalt</translation>
    </message>
    <message>
        <source>Target offer today</source>
        <translation>Zielangebot heute</translation>
    </message>
    <message>
        <source>Your counter</source>
        <translation>Ihr Gegenangebot</translation>
    </message>
    <message>
        <source>Walk-away floor</source>
        <translation>Untergrenze</translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation>Warum diese Zahlen</translation>
    </message>
    <message>
        <source>Here: </source>
        <translation>Hier: </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the page is too small for the summary once its margins are taken off</source>
        <translation>die Seite ist nach Abzug der Ränder zu klein für die Übersicht</translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation>das Zeichnen in die Ausgabe konnte nicht beginnen</translation>
    </message>
    <message>
        <source>could not start page %1 of the output</source>
        <translation>Seite %1 der Ausgabe konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>could not finish writing the output</source>
        <translation>das Schreiben der Ausgabe konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>What to ask %1 for</source>
        <extracomment>%1 is the company, in bold.</extracomment>
        <translation>Was Sie von %1 fordern sollten</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>at %1 a year</source>
        <translation>bei %1 pro Jahr</translation>
    </message>
    <message>
        <source>Assumptions as entered</source>
        <translation>Annahmen wie eingegeben</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Ziel)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rounds are the company&apos;s offers, oldest first; a counter sent is what you asked for, on the shaded lines. Amounts are in each offer&apos;s own currency.</source>
        <translation>Runden sind die Angebote des Unternehmens, das älteste zuerst; ein gesendetes Gegenangebot ist, was Sie gefordert haben (schattierte Zeilen). Beträge in der Währung des jeweiligen Angebots.</translation>
    </message>
    <message>
        <source>Exit (× last round)</source>
        <translation>Exit (× letzte Runde)</translation>
    </message>
    <message>
        <source>Price a share</source>
        <translation>Preis pro Aktie</translation>
    </message>
    <message>
        <source>Options </source>
        <translation>Optionen </translation>
    </message>
    <message>
        <source>Total </source>
        <translation>Gesamt </translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Pro Jahr</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (Ziel)</translation>
    </message>
    <message>
        <source>As entered: </source>
        <translation>Wie eingegeben: </translation>
    </message>
    <message>
        <source>Paper value </source>
        <translation>Papierwert </translation>
    </message>
    <message>
        <source> (what recruiters quote; never counted as pay) · cost to exercise </source>
        <translation> (was Recruiter nennen; wird nie als Vergütung gezählt) · Kosten der Ausübung </translation>
    </message>
    <message>
        <source> · spread at exercise </source>
        <translation> · Differenz bei Ausübung </translation>
    </message>
    <message>
        <source> (taxed; no tax computed)</source>
        <translation> (steuerpflichtig; keine Steuer berechnet)</translation>
    </message>
    <message>
        <source> · %1% of the company</source>
        <translation> · %1&#xa0;% des Unternehmens</translation>
    </message>
    <message>
        <source>  expected</source>
        <translation>  erwartet</translation>
    </message>
</context>
<context>
    <name>RoundChoiceWidget</name>
    <message>
        <source>This edit is</source>
        <translation>Diese Änderung ist</translation>
    </message>
    <message>
        <source>A correction of t&amp;he current numbers (they are overwritten)</source>
        <translation>Eine Korrektur der aktuellen Zahlen (sie werden übers&amp;chrieben)</translation>
    </message>
    <message>
        <source>A ne&amp;w round: the company revised the offer (the old numbers stay in the timeline)</source>
        <translation>Eine neue Run&amp;de: Das Unternehmen hat das Angebot überarbeitet (die alten Zahlen bleiben im Verlauf)</translation>
    </message>
    <message>
        <source>Correction or new round</source>
        <translation>Korrektur oder neue Runde</translation>
    </message>
    <message>
        <source>A new round keeps the old numbers in the offer&apos;s timeline.</source>
        <translation>Eine neue Runde behält die alten Zahlen im Verlauf des Angebots.</translation>
    </message>
    <message>
        <source>Date of the new round</source>
        <translation>Datum der neuen Runde</translation>
    </message>
    <message>
        <source>Note on the new round</source>
        <translation>Notiz zur neuen Runde</translation>
    </message>
    <message>
        <source>revised after my counter</source>
        <translation>nach meinem Gegenangebot überarbeitet</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;atum:</translation>
    </message>
    <message>
        <source>Note (o&amp;ptional):</source>
        <translation>Notiz (o&amp;ptional):</translation>
    </message>
    <message>
        <source>Record a new round of %1</source>
        <translation>Eine neue Runde von %1 erfassen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SafeMarkdownDocument</name>
    <message>
        <source>This guide is longer than %L1 lines: the rest is not shown.</source>
        <translation>Dieser Leitfaden ist länger als %L1 Zeilen: Der Rest wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>This guide is longer than %L1 characters: the rest is not shown.</source>
        <translation>Dieser Leitfaden ist länger als %L1 Zeichen: Der Rest wird nicht angezeigt.</translation>
    </message>
    <message>
        <source>Lines longer than %L1 characters are cut short.</source>
        <translation>Zeilen mit mehr als %L1 Zeichen werden gekürzt.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[Bild nicht angezeigt]</translation>
    </message>
    <message>
        <source>[image not shown: %1]</source>
        <translation>[Bild nicht angezeigt: %1]</translation>
    </message>
    <message>
        <source>Shown as plain text: part of this guide&apos;s Markdown is too complex to lay out quickly.</source>
        <translation>Als reiner Text angezeigt: Ein Teil des Markdowns in diesem Leitfaden ist zu komplex, um ihn schnell zu setzen.</translation>
    </message>
</context>
<context>
    <name>ScenarioChartModel</name>
    <message>
        <source>+%1% a year</source>
        <translation>+%1&#xa0;% pro Jahr</translation>
    </message>
    <message>
        <source>−%1% a year</source>
        <translation>−%1&#xa0;% pro Jahr</translation>
    </message>
    <message>
        <source>0% a year</source>
        <translation>0&#xa0;% pro Jahr</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Expected growth</source>
        <translation>Erwartete Kursentwicklung</translation>
    </message>
    <message>
        <source>Worst scenario, %1-year total</source>
        <translation>Schlechtestes Szenario, Summe über %1 Jahre</translation>
    </message>
    <message>
        <source>Expected, %1-year total</source>
        <translation>Erwartet, Summe über %1 Jahre</translation>
    </message>
    <message>
        <source>Best scenario, %1-year total</source>
        <translation>Bestes Szenario, Summe über %1 Jahre</translation>
    </message>
</context>
<context>
    <name>ScriptLint</name>
    <message>
        <source>This tells them the least you would take (&quot;%1&quot;). Once they know your floor, they offer it. Say what you ask for, never what you would settle for.</source>
        <translation>Damit verraten Sie, was Sie mindestens annehmen würden („%1“). Sobald die Gegenseite Ihre Untergrenze kennt, bietet sie genau diese. Sagen Sie, was Sie fordern, nie, womit Sie sich zufriedengeben würden.</translation>
    </message>
    <message>
        <source>This gives away what you are paid now (&quot;%1&quot;). Your current pay anchors their offer low; talk about the role&apos;s market and your other offers instead.</source>
        <translation>Damit verraten Sie, was Sie derzeit verdienen („%1“). Ihr aktuelles Gehalt verankert das Angebot niedrig; sprechen Sie stattdessen über den Markt für die Position und über Ihre anderen Angebote.</translation>
    </message>
    <message>
        <source>An apology or hedge before a number (&quot;%1&quot;) tells them you expect a no. State the number plainly: you are asking, not apologising.</source>
        <translation>Eine Entschuldigung oder Abschwächung vor einer Zahl („%1“) signalisiert, dass Sie mit einem Nein rechnen. Nennen Sie die Zahl klar: Sie stellen eine Forderung, Sie entschuldigen sich nicht.</translation>
    </message>
    <message>
        <source>This commits you to %1, at or below the base your floor needs (%2). Never promise to sign at a figure you would walk away from.</source>
        <translation>Damit legen Sie sich auf %1 fest, also auf oder unter das Grundgehalt, das Ihre Untergrenze verlangt (%2). Versprechen Sie nie, zu einem Betrag zu unterschreiben, bei dem Sie absagen würden.</translation>
    </message>
    <message>
        <source>This commits you to %1, at or below your walk-away floor of %2 a year over 4 years. Never promise to sign at a figure you would walk away from.</source>
        <translation>Damit legen Sie sich auf %1 fest, also auf oder unter Ihre Untergrenze von %2 pro Jahr über 4 Jahre. Versprechen Sie nie, zu einem Betrag zu unterschreiben, bei dem Sie absagen würden.</translation>
    </message>
    <message>
        <source>%1 is a figure of your %2 offer, which is weaker than this one. Quoting it shows them they can offer less; name only offers that beat theirs.</source>
        <translation>%1 ist eine Zahl aus Ihrem Angebot von %2, das schwächer ist als dieses. Wenn Sie sie nennen, zeigen Sie der Gegenseite, dass sie weniger bieten kann; nennen Sie nur Angebote, die besser sind als ihres.</translation>
    </message>
    <message>
        <source>A sentence that reveals your walk-away floor or the least you would accept.</source>
        <translation>Ein Satz, der Ihre Untergrenze verrät oder das Mindeste, was Sie annehmen würden.</translation>
    </message>
    <message>
        <source>A sentence that states your current or past pay.</source>
        <translation>Ein Satz, der Ihr aktuelles oder früheres Gehalt nennt.</translation>
    </message>
    <message>
        <source>A commitment to a figure at or below your walk-away floor.</source>
        <translation>Eine Zusage zu einem Betrag auf oder unter Ihrer Untergrenze.</translation>
    </message>
    <message>
        <source>An exact figure of a competing offer that is weaker than the one you are negotiating.</source>
        <translation>Eine genaue Zahl aus einem Konkurrenzangebot, das schwächer ist als das, über das Sie verhandeln.</translation>
    </message>
    <message>
        <source>An apology or hedge before a number.</source>
        <translation>Eine Entschuldigung oder Abschwächung vor einer Zahl.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>OfferDesk is already open on these offers but does not answer. Close it, then start OfferDesk again.</source>
        <translation>OfferDesk ist mit diesen Angeboten bereits geöffnet, reagiert aber nicht. Schließen Sie es und starten Sie OfferDesk dann erneut.</translation>
    </message>
    <message>
        <source>A second OfferDesk window could not be kept from opening on the same offers: %1</source>
        <translation>Es ließ sich nicht verhindern, dass ein zweites OfferDesk-Fenster mit denselben Angeboten geöffnet wird: %1</translation>
    </message>
</context>
<context>
    <name>SystemNotifier</name>
    <message>
        <source>OfferDesk</source>
        <translation>OfferDesk</translation>
    </message>
</context>
<context>
    <name>TextCheck</name>
    <message>
        <source>Problems in %1</source>
        <translation>Probleme in %1</translation>
    </message>
    <message>
        <source>Each entry is a sentence to reconsider and why; choose one to select its words in the text.</source>
        <translation>Jeder Eintrag nennt einen Satz, den Sie überdenken sollten, und den Grund; wählen Sie einen aus, um seine Worte im Text zu markieren.</translation>
    </message>
    <message>
        <source>✓ Nothing to reconsider in these words.</source>
        <translation>✓ In diesem Text gibt es nichts zu überdenken.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (Regel %2)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
</context>
<context>
    <name>YamlPrecheck</name>
    <message>
        <source>YAML nesting is deeper than %1 levels, the limit for a guide&apos;s front matter</source>
        <translation>die YAML-Verschachtelung ist tiefer als %1 Ebenen, die Grenze für das Front Matter eines Leitfadens</translation>
    </message>
    <message>
        <source>an alias (*name) is not allowed in a guide: write the value out in full</source>
        <translation>ein Alias (*name) ist in einem Leitfaden nicht erlaubt: Schreiben Sie den Wert vollständig aus</translation>
    </message>
    <message>
        <source>a line starting with &apos;---&apos; inside the front matter starts a second YAML document</source>
        <translation>eine Zeile, die im Front Matter mit &apos;---&apos; beginnt, startet ein zweites YAML-Dokument</translation>
    </message>
    <message>
        <source>a line &apos;...&apos; ends the YAML document early: the keys after it would be lost</source>
        <translation>eine Zeile &apos;...&apos; beendet das YAML-Dokument vorzeitig: Die Schlüssel danach gingen verloren</translation>
    </message>
    <message>
        <source> (%1 aliases in all)</source>
        <translation> (insgesamt %1 Aliase)</translation>
    </message>
    <message>
        <source>a value holds an escape that is not valid Unicode</source>
        <translation>ein Wert enthält eine Escape-Sequenz, die kein gültiges Unicode ist</translation>
    </message>
    <message>
        <source>a value holds the control character U+%1: remove it</source>
        <translation>ein Wert enthält das Steuerzeichen U+%1: Entfernen Sie es</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first on line %2)</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst in Zeile %2)</translation>
    </message>
</context>
</TS>
