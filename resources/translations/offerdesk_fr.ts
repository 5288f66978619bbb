<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>BandChartModel</name>
    <message>
        <source>%1 · high</source>
        <translation>%1 · haut</translation>
    </message>
    <message>
        <source>%1 · low</source>
        <translation>%1 · bas</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation>Actions par an</translation>
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
        <translation>Offres face à la fourchette</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Stock / year</source>
        <translation>Actions / an</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total (4-yr avg)</source>
        <translation>Total (moy. 4 ans)</translation>
    </message>
    <message>
        <source>Choose a guide and region to compare with.</source>
        <translation>Choisissez un guide et une région pour comparer.</translation>
    </message>
    <message>
        <source>Band: %1, %2</source>
        <translation>Fourchette&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>No band to compare with: choose a guide and a region.</source>
        <translation>Aucune fourchette à laquelle comparer&#xa0;: choisissez un guide et une région.</translation>
    </message>
    <message>
        <source>%1, %2: total comp band %3.</source>
        <translation>%1, %2&#xa0;: fourchette de rémunération totale %3.</translation>
    </message>
    <message>
        <source>%1: 4-year average %2, %3</source>
        <translation>%1&#xa0;: moyenne sur 4 ans %2, %3</translation>
    </message>
    <message>
        <source>No offer to compare yet.</source>
        <translation>Aucune offre à comparer pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>BandStatistics</name>
    <message>
        <source>only %1 point: fewer than %2, so the band is a rough guess</source>
        <translation>seulement %1 point de données&#xa0;: moins de %2, la fourchette n&apos;est donc qu&apos;une estimation grossière</translation>
    </message>
    <message>
        <source>only %1 points: fewer than %2, so the band is a rough guess</source>
        <translation>seulement %1 points de données&#xa0;: moins de %2, la fourchette n&apos;est donc qu&apos;une estimation grossière</translation>
    </message>
    <message>
        <source>%1 point is older than %2 years (before %3): line %4</source>
        <translation>%1 point date de plus de %2 ans (avant le %3)&#xa0;: ligne %4</translation>
    </message>
    <message>
        <source>%1 points are older than %2 years (before %3): lines %4</source>
        <translation>%1 points datent de plus de %2 ans (avant le %3)&#xa0;: lignes %4</translation>
    </message>
    <message>
        <source>%1, %2 has points in %3 currencies (%4): bands in different currencies can&apos;t be compared without an exchange rate</source>
        <translation>%1, %2 a des points dans %3 devises (%4)&#xa0;: des fourchettes en devises différentes ne se comparent pas sans taux de change</translation>
    </message>
</context>
<context>
    <name>BandView</name>
    <message>
        <source>Pay bands</source>
        <translation>Fourchettes de rémunération</translation>
    </message>
    <message>
        <source>Pay bands by region</source>
        <translation>Fourchettes de rémunération par région</translation>
    </message>
    <message>
        <source>One year of pay at the low and the high end of each band: base, stock vesting per year and target bonus. Hover a bar for its exact value.</source>
        <translation>Une année de rémunération au bas et au haut de chaque fourchette&#xa0;: salaire de base, actions acquises par an et bonus cible. Survolez une barre pour voir sa valeur exacte.</translation>
    </message>
    <message>
        <source>Pay band charts</source>
        <translation>Graphiques des fourchettes de rémunération</translation>
    </message>
    <message>
        <source>Yearly pay in %1 (%2)</source>
        <translation>Rémunération annuelle en %1 (%2)</translation>
    </message>
    <message>
        <source>%1
%2: %3
Whole bar: %4</source>
        <translation>%1
%2&#xa0;: %3
Barre entière&#xa0;: %4</translation>
    </message>
    <message>
        <source>Pay band chart in %1</source>
        <translation>Graphique de la fourchette de rémunération en %1</translation>
    </message>
    <message>
        <source>Each region&apos;s band: base, stock over 4 years, bonus and total comp, from the low to the high end. Choosing a region shows its comparison.</source>
        <translation>La fourchette de chaque région&#xa0;: salaire de base, actions sur 4 ans, bonus et rémunération totale, du bas au haut de la fourchette. Choisir une région affiche sa comparaison.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>One year of pay (base, stock per year and bonus) at the low and high end of each band in %1: %2.</source>
        <translation>Une année de rémunération (salaire de base, actions par an et bonus) au bas et au haut de chaque fourchette, en %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ChartSupport</name>
    <message>
        <source>%1% below the band&apos;s low end</source>
        <translation>%1&#xa0;% sous le bas de la fourchette</translation>
    </message>
    <message>
        <source>%1% above the band&apos;s high end</source>
        <translation>%1&#xa0;% au-dessus du haut de la fourchette</translation>
    </message>
    <message>
        <source>%1% up the band</source>
        <translation>à %1&#xa0;% de la fourchette</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message>
        <source>median</source>
        <translation>médiane</translation>
    </message>
    <message>
        <source>base</source>
        <translation>salaire de base</translation>
    </message>
    <message>
        <source>stock (4 yr)</source>
        <translation>actions (4 ans)</translation>
    </message>
    <message>
        <source>total comp</source>
        <translation>rémun. totale</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>%1 (median)</source>
        <translation>%1 (médiane)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <source>The CSV file of data points.</source>
        <translation>Le fichier CSV des données salariales.</translation>
    </message>
    <message>
        <source>The band&apos;s low and high ends, 0 &lt; LOW &lt; HIGH &lt; 100 (default 25,75).</source>
        <translation>Le bas et le haut de la fourchette, 0 &lt; BAS &lt; HAUT &lt; 100 (25,75 par défaut).</translation>
    </message>
    <message>
        <source>Write one guide draft per company and role into &lt;dir&gt;.</source>
        <translation>Écrire un brouillon de guide par entreprise et par poste dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>The day points are aged from (default: today).</source>
        <translation>Le jour à partir duquel l&apos;ancienneté des points est calculée (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--data FILE.csv is required</source>
        <translation>--data FICHIER.csv est obligatoire</translation>
    </message>
    <message>
        <source>--percentiles must be two numbers LOW,HIGH with 0 &lt; LOW &lt; HIGH &lt; 100, such as 25,75</source>
        <translation>--percentiles doit être deux nombres BAS,HAUT avec 0 &lt; BAS &lt; HAUT &lt; 100, par exemple 25,75</translation>
    </message>
    <message>
        <source>--today must be a date written YYYY-MM-DD</source>
        <translation>--today doit être une date au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 in %2; %3</source>
        <extracomment>&quot;12 data points in 3 groups; 1 bad row skipped&quot;</extracomment>
        <translation>%1 dans %2&#xa0;; %3</translation>
    </message>
    <message numerus="yes">
        <source>%n data point(s)</source>
        <translation>
            <numerusform>%n point de données</numerusform>
            <numerusform>%n points de données</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n groupe</numerusform>
            <numerusform>%n groupes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bad row(s) skipped</source>
        <translation>
            <numerusform>%n ligne erronée ignorée</numerusform>
            <numerusform>%n lignes erronées ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Check guide files or folders, or the whole library</source>
        <translation>Vérifier des fichiers ou dossiers de guides, ou toute la bibliothèque</translation>
    </message>
    <message>
        <source>List the guides in the library</source>
        <translation>Lister les guides de la bibliothèque</translation>
    </message>
    <message>
        <source>Show a guide&apos;s region comp table</source>
        <translation>Afficher le tableau des rémunérations par région d&apos;un guide</translation>
    </message>
    <message>
        <source>Compare offers with a guide&apos;s band in one region</source>
        <translation>Comparer des offres à la fourchette d&apos;un guide dans une région</translation>
    </message>
    <message>
        <source>Suggest a counter-offer: asks, floor, rationale and script</source>
        <translation>Suggérer une contre-proposition&#xa0;: demandes, seuil, justification et argumentaire</translation>
    </message>
    <message>
        <source>Export a negotiation summary PDF</source>
        <translation>Exporter une synthèse de négociation en PDF</translation>
    </message>
    <message>
        <source>Build pay bands (and guide drafts) from a CSV of data points</source>
        <translation>Construire des fourchettes de rémunération (et des brouillons de guide) à partir d&apos;un CSV de données salariales</translation>
    </message>
    <message>
        <source>Usage: %1 &lt;command&gt; [options]</source>
        <translation>Utilisation&#xa0;: %1 &lt;commande&gt; [options]</translation>
    </message>
    <message>
        <source>OfferDesk without a window: negotiation guides, offers and counter-offers.</source>
        <translation>OfferDesk sans fenêtre&#xa0;: guides de négociation, offres et contre-propositions.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>Run &apos;%1 &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Lancez «&#xa0;%1 &lt;commande&gt; --help&#xa0;» pour connaître les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>%1: unknown command &apos;%2&apos;</source>
        <translation>%1&#xa0;: commande inconnue «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Run &apos;%1 %2 --help&apos; for usage.</source>
        <translation>Lancez «&#xa0;%1 %2 --help&#xa0;» pour connaître l&apos;utilisation.</translation>
    </message>
    <message>
        <source>Also load the guides in &lt;dir&gt;. May be repeated.</source>
        <translation>Charger aussi les guides de &lt;dir&gt;. Peut être répété.</translation>
    </message>
    <message>
        <source>Parse every guide again; do not read or write the index cache.</source>
        <translation>Relire chaque guide&#xa0;; ne pas lire ni écrire le cache d&apos;index.</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>%1: guide &apos;%2&apos; cannot be read</source>
        <translation>%1&#xa0;: le guide «&#xa0;%2&#xa0;» est illisible</translation>
    </message>
    <message>
        <source>%1: no guide with id &apos;%2&apos;. Guides in the library:</source>
        <translation>%1&#xa0;: aucun guide avec l&apos;identifiant «&#xa0;%2&#xa0;». Guides de la bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1: guide &apos;%2&apos; has no region &apos;%3&apos;. Its regions:</source>
        <translation>%1&#xa0;: le guide «&#xa0;%2&#xa0;» n&apos;a pas de région «&#xa0;%3&#xa0;». Ses régions&#xa0;:</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans la fourchette</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>%1, in %2</source>
        <translation>%1, en %2</translation>
    </message>
    <message>
        <source>Band: base %1 · stock/yr %2 · bonus %3 · total %4</source>
        <translation>Fourchette&#xa0;: base %1 · actions/an %2 · bonus %3 · total %4</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Base position</source>
        <translation>Position base</translation>
    </message>
    <message>
        <source>Stock/yr position</source>
        <translation>Position actions/an</translation>
    </message>
    <message>
        <source>Total position</source>
        <translation>Position totale</translation>
    </message>
    <message>
        <source>(no offers)</source>
        <translation>(aucune offre)</translation>
    </message>
    <message>
        <source>Positions: 0 is the band&apos;s low end, 1 its high end.</source>
        <translation>Positions&#xa0;: 0 correspond au bas de la fourchette, 1 à son haut.</translation>
    </message>
    <message>
        <source>* marks the target offer.</source>
        <translation>* signale l&apos;offre cible.</translation>
    </message>
    <message>
        <source>The guide&apos;s region to compare with.</source>
        <translation>La région du guide à laquelle comparer.</translation>
    </message>
    <message>
        <source>The offers JSON file.</source>
        <translation>Le fichier JSON des offres.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>A4 or Letter. The default follows the locale: Letter in the US, A4 elsewhere.</source>
        <translation>A4 ou Letter. Par défaut, selon les paramètres régionaux&#xa0;: Letter aux États-Unis, A4 ailleurs.</translation>
    </message>
    <message>
        <source>The date printed on the summary, YYYY-MM-DD (default: today).</source>
        <translation>La date imprimée sur la synthèse, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>--page-size must be A4 or Letter, not &apos;%1&apos;</source>
        <translation>--page-size doit valoir A4 ou Letter, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &apos;%1&apos;</source>
        <translation>--date doit être une date au format AAAA-MM-JJ, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1; nothing was written</source>
        <translation>%1&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>Wrote %1 (%2, %3)</source>
        <translation>%1 écrit (%2, %3)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Print only the summary line.</source>
        <translation>Afficher seulement la ligne de résumé.</translation>
    </message>
    <message>
        <source>Guide files or folders to check. With none, the whole library.</source>
        <translation>Fichiers ou dossiers de guides à vérifier. Sans argument, toute la bibliothèque.</translation>
    </message>
    <message>
        <source>Checked %1: %2, %3, %4</source>
        <extracomment>The summary line: &quot;Checked 3 files: 2 guides loaded, 1 error, 0 warnings&quot;.</extracomment>
        <translation>Vérification de %1&#xa0;: %2, %3, %4</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n fichier</numerusform>
            <numerusform>%n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guide(s) loaded</source>
        <translation>
            <numerusform>%n guide chargé</numerusform>
            <numerusform>%n guides chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
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
            <numerusform>, %n problème (lancez «&#xa0;offerdesk-cli check&#xa0;»)</numerusform>
            <numerusform>, %n problèmes (lancez «&#xa0;offerdesk-cli check&#xa0;»)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show only &lt;name&gt;.</source>
        <translation>Afficher seulement &lt;name&gt;.</translation>
    </message>
    <message>
        <source>The guide id, company/role, as &apos;offerdesk-cli list&apos; prints it.</source>
        <translation>L&apos;identifiant du guide, entreprise/poste, tel qu&apos;«&#xa0;offerdesk-cli list&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <source>give exactly one guide id</source>
        <translation>indiquez exactement un identifiant de guide</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Niveaux&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Review due:</source>
        <translation>Révision prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source> (stale)</source>
        <translation> (périmé)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Cur</source>
        <translation>Dev.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Stock (4 yr)</source>
        <translation>Actions (4 ans)</translation>
    </message>
    <message>
        <source>Stock/yr</source>
        <translation>Actions/an</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total comp (stated)</source>
        <translation>Rémun. totale (indiquée)</translation>
    </message>
    <message>
        <source>Total comp (computed)</source>
        <translation>Rémun. totale (calculée)</translation>
    </message>
    <message>
        <source>The guide id, as &apos;offerdesk-cli list&apos; prints it.</source>
        <translation>L&apos;identifiant du guide, tel qu&apos;«&#xa0;offerdesk-cli list&#xa0;» l&apos;affiche.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 est obligatoire</translation>
    </message>
    <message>
        <source>An exchange rate FROM:TO=RATE (1 FROM = RATE TO), such as EUR:USD=1.08. May be repeated.</source>
        <translation>Un taux de change DE:VERS=TAUX (1 DE = TAUX VERS), par exemple EUR:USD=1.08. Peut être répété.</translation>
    </message>
    <message>
        <source>How bold the counter is: conservative, balanced (the default) or bold.</source>
        <translation>L&apos;audace de la contre-proposition&#xa0;: conservative (prudente), balanced (équilibrée, par défaut) ou bold (audacieuse).</translation>
    </message>
    <message>
        <source>The share of the best alternative&apos;s value you&apos;d give up to join, in percent (default 0).</source>
        <translation>La part de la valeur de la meilleure alternative à laquelle vous renonceriez pour rejoindre l&apos;entreprise, en pourcentage (0 par défaut).</translation>
    </message>
    <message>
        <source>A walk-away figure of your own, as a 4-year average in the band&apos;s currency (for example your current job&apos;s value); the floor is never below it.</source>
        <translation>Votre propre seuil de rupture, en moyenne sur 4 ans dans la devise de la fourchette (par exemple ce que vaut votre poste actuel)&#xa0;; le seuil ne descend jamais en dessous.</translation>
    </message>
    <message>
        <source>Set an ask by hand, PART=AMOUNT with PART base, equity_total or sign_on. May be repeated.</source>
        <translation>Saisir une demande à la main, PART=MONTANT avec PART base, equity_total ou sign_on. Peut être répété.</translation>
    </message>
    <message>
        <source>--boldness must be conservative, balanced or bold, not &apos;%1&apos;</source>
        <translation>--boldness doit valoir conservative, balanced ou bold, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--premium must be a percentage from 0 to 100, not &apos;%1&apos;</source>
        <translation>--premium doit être un pourcentage compris entre 0 et 100, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--walk-away must be an amount above 0 and at most 1,000,000,000,000, not &apos;%1&apos;</source>
        <translation>--walk-away doit être un montant supérieur à 0 et au plus égal à 1 000 000 000 000, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--override &apos;%1&apos; must be PART=AMOUNT, with PART base, equity_total or sign_on and a non-negative amount</source>
        <translation>--override «&#xa0;%1&#xa0;» doit être de la forme PART=MONTANT, avec PART base, equity_total ou sign_on et un montant positif ou nul</translation>
    </message>
    <message>
        <source>Counter-offer for %1, %2 (%3), %4</source>
        <translation>Contre-proposition pour %1, %2 (%3), %4</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Equity/%1yr</source>
        <translation>Actions/%1 ans</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Bas fourch.</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Haut fourch.</translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation>Meilleure alternative</translation>
    </message>
    <message>
        <source> (set)</source>
        <translation> (saisie)</translation>
    </message>
    <message>
        <source>Counter: %1 in year 1, %2 a year over 4 years</source>
        <translation>Contre-proposition&#xa0;: %1 la première année, %2 par an sur 4 ans</translation>
    </message>
    <message>
        <source>Floor: %1 a year over 4 years (%2 base with the offer&apos;s other parts)</source>
        <translation>Seuil&#xa0;: %1 par an sur 4 ans (%2 de salaire de base, le reste de l&apos;offre inchangé)</translation>
    </message>
    <message>
        <source>Floor from: %1</source>
        <translation>Seuil établi d&apos;après&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Best alternative: %1, %2 a year over 4 years</source>
        <translation>Meilleure alternative&#xa0;: %1, %2 par an sur 4 ans</translation>
    </message>
    <message>
        <source>Best alternative: none</source>
        <translation>Meilleure alternative&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Most likely to move: %1</source>
        <translation>Le plus susceptible de bouger&#xa0;: %1</translation>
    </message>
    <message>
        <source>Have in writing before you ask: %1</source>
        <translation>À avoir par écrit avant de demander&#xa0;: %1</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>Argumentaire&#xa0;:</translation>
    </message>
    <message>
        <source>%1: no offer is marked &quot;target&quot;: true; mark the offer you are negotiating</source>
        <translation>%1&#xa0;: aucune offre n&apos;est marquée &quot;target&quot;: true&#xa0;; marquez l&apos;offre que vous négociez</translation>
    </message>
    <message>
        <source>%1: %2 offers are marked &quot;target&quot;: true: %3; mark only one</source>
        <translation>%1&#xa0;: %2 offres sont marquées &quot;target&quot;: true&#xa0;: %3&#xa0;; n&apos;en marquez qu&apos;une</translation>
    </message>
    <message>
        <source>The guide&apos;s region to counter in.</source>
        <translation>La région du guide dans laquelle faire la contre-proposition.</translation>
    </message>
    <message>
        <source>The offers JSON file; one offer has &quot;target&quot;: true.</source>
        <translation>Le fichier JSON des offres&#xa0;; une offre porte &quot;target&quot;: true.</translation>
    </message>
    <message>
        <source>Show each offer&apos;s rounds, what changed, and the counters sent</source>
        <translation>Afficher les tours de chaque offre, ce qui a changé et les contre-propositions envoyées</translation>
    </message>
    <message>
        <source>List the offers&apos; deadlines, soonest first, with the days left</source>
        <translation>Lister les dates limites des offres, la plus proche en premier, avec les jours restants</translation>
    </message>
    <message>
        <source>Check a script or message for what gives your position away</source>
        <translation>Repérer dans un argumentaire ou un message ce qui dévoile votre position</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>%1-yr avg</source>
        <translation>Moy. %1 ans</translation>
    </message>
    <message>
        <source>%1 options at a %2 strike</source>
        <translation>%1 options au prix d&apos;exercice de %2</translation>
    </message>
    <message>
        <source>last round %1 a share</source>
        <translation>dernière levée à %1 l&apos;action</translation>
    </message>
    <message numerus="yes">
        <source>%1% dilution over %n round(s)</source>
        <translation>
            <numerusform>%1&#xa0;% de dilution sur %n levée</numerusform>
            <numerusform>%1&#xa0;% de dilution sur %n levées</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 preference ahead of common</source>
        <translation>%1 de préférence de liquidation avant les actions ordinaires</translation>
    </message>
    <message>
        <source>%1: %2 (in %3)</source>
        <extracomment>An options offer&apos;s heading in compare: %1 the offer, %2 its terms joined by &quot;; &quot;, %3 the currency.</extracomment>
        <translation>%1&#xa0;: %2 (en %3)</translation>
    </message>
    <message>
        <source>Paper value %1 (what recruiters quote; never counted as pay)</source>
        <translation>Valeur sur le papier %1 (le chiffre cité par les recruteurs&#xa0;; jamais comptée comme rémunération)</translation>
    </message>
    <message>
        <source>cost to exercise %1</source>
        <translation>coût d&apos;exercice %1</translation>
    </message>
    <message>
        <source>spread at exercise %1 (taxed; no tax computed)</source>
        <translation>plus-value à l&apos;exercice %1 (imposable&#xa0;; aucun impôt calculé)</translation>
    </message>
    <message>
        <source>%1% of the company</source>
        <translation>%1&#xa0;% de l&apos;entreprise</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Price/share</source>
        <translation>Prix/action</translation>
    </message>
    <message numerus="yes">
        <source>Options, %n yr(s)</source>
        <translation>
            <numerusform>Options, %n an</numerusform>
            <numerusform>Options, %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Total, %n yr(s)</source>
        <translation>
            <numerusform>Total, %n an</numerusform>
            <numerusform>Total, %n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Expected case: %1 the last round&apos;s price.</source>
        <translation>Cas attendu&#xa0;: %1 le prix de la dernière levée.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>The exits options offers are shown at, as multiples of the last round&apos;s price, comma-separated, each from 0 to 100 (default 0,0.5,1,3,10).</source>
        <translation>Les sorties auxquelles les offres avec stock-options sont évaluées, en multiples du prix de la dernière levée, séparées par des virgules, chacune de 0 à 100 (par défaut 0,0.5,1,3,10).</translation>
    </message>
    <message>
        <source>(no date)</source>
        <extracomment>In the history, in place of the date of a round that has none.</extracomment>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>counter sent: base %1, equity %2, sign-on %3</source>
        <extracomment>A line of the history: a counter-offer you sent, with the amounts you asked for (base salary, equity, sign-on bonus).</extracomment>
        <translation>contre-proposition envoyée&#xa0;: salaire de base %1, actions %2, prime d&apos;arrivée %3</translation>
    </message>
    <message>
        <source>round %1 (edited since the last round)</source>
        <extracomment>A negotiation round; %1 is its number. The offer&apos;s current numbers, changed since its last recorded round.</extracomment>
        <translation>tour %1 (modifié depuis le dernier tour)</translation>
    </message>
    <message>
        <source>round %1</source>
        <extracomment>A negotiation round of an offer (the company&apos;s first offer, then each revised one); %1 is its number.</extracomment>
        <translation>tour %1</translation>
    </message>
    <message>
        <source>round %1 (%2) (edited since the last round)</source>
        <extracomment>A negotiation round; %1 is its number, %2 the note the user wrote on it (such as &quot;first offer&quot;). The offer&apos;s current numbers, changed since its last recorded round.</extracomment>
        <translation>tour %1 (%2) (modifié depuis le dernier tour)</translation>
    </message>
    <message>
        <source>round %1 (%2)</source>
        <extracomment>A negotiation round; %1 is its number, %2 the note the user wrote on it (such as &quot;first offer&quot;).</extracomment>
        <translation>tour %1 (%2)</translation>
    </message>
    <message>
        <source>%1: 4-year average %2; %3</source>
        <extracomment>A line of the history. %1 is the round, such as &quot;round 2 (revised offer)&quot;; %2 its 4-year average pay; %3 what changed since the round before, such as &quot;base +10,000, equity +40,000&quot;.</extracomment>
        <translation>%1&#xa0;: moyenne sur 4 ans %2&#xa0;; %3</translation>
    </message>
    <message>
        <source>%1: 4-year average %2</source>
        <extracomment>A line of the history. %1 is the round, such as &quot;round 1 (first offer)&quot;; %2 its 4-year average pay.</extracomment>
        <translation>%1&#xa0;: moyenne sur 4 ans %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: is not a file</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>%1: is too large (a script may have at most %2 bytes)</source>
        <extracomment>%1 is the script file&apos;s path; %2 the largest size allowed, in bytes.</extracomment>
        <translation>%1&#xa0;: fichier trop volumineux (un argumentaire ne peut dépasser %2 octets)</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <extracomment>%1 is the script file&apos;s path; %2 the system&apos;s reason, such as &quot;Permission denied&quot;.</extracomment>
        <translation>%1&#xa0;: fichier illisible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: is not UTF-8 text</source>
        <translation>%1&#xa0;: ce n&apos;est pas du texte UTF-8</translation>
    </message>
    <message>
        <source>%1: %2 offers are marked &quot;target&quot;: true; mark only one</source>
        <extracomment>%1 is the offers file&apos;s path; %2 how many offers in it are marked as the target (2 or more).</extracomment>
        <translation>%1&#xa0;: %2 offres sont marquées &quot;target&quot;: true&#xa0;; n&apos;en marquez qu&apos;une</translation>
    </message>
    <message>
        <source>The day to count from (default: today).</source>
        <translation>La date à partir de laquelle compter les jours (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>No offer has a deadline.</source>
        <translation>Aucune offre n&apos;a de date limite.</translation>
    </message>
    <message>
        <source>The guide&apos;s region, for the counter&apos;s floor.</source>
        <translation>La région du guide, pour le seuil de la contre-proposition.</translation>
    </message>
    <message>
        <source>The offers JSON file, with one offer marked &quot;target&quot;: true.</source>
        <translation>Le fichier JSON des offres, dont une marquée &quot;target&quot;: true.</translation>
    </message>
    <message>
        <source>The script or message, as text.</source>
        <translation>L&apos;argumentaire ou le message, en texte brut.</translation>
    </message>
    <message>
        <source>the script file is required</source>
        <translation>le fichier de l&apos;argumentaire est obligatoire</translation>
    </message>
    <message>
        <source>--guide, --region and --offers go together: give all three, or none</source>
        <translation>--guide, --region et --offers vont ensemble&#xa0;: indiquez les trois, ou aucune</translation>
    </message>
    <message>
        <source>--%1 needs --guide, --region and --offers</source>
        <extracomment>%1 is an option&apos;s name, such as &quot;rate&quot; in --rate.</extracomment>
        <translation>--%1 nécessite --guide, --region et --offers</translation>
    </message>
    <message>
        <source>warning</source>
        <extracomment>The kind of problem in a compiler-style line: FILE:LINE: warning: RULE: REASON.</extracomment>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>The horizon in years, 1 to 6 (default 4): years, totals and the average follow it.</source>
        <translation>L&apos;horizon en années, de 1 à 6 (4 par défaut)&#xa0;: les années, les totaux et la moyenne en dépendent.</translation>
    </message>
    <message>
        <source>Yearly growth rates of the share price to test, in percent, comma-separated (default -30,-15,0,10,25).</source>
        <translation>Les taux de croissance annuels du cours de l&apos;action à tester, en pourcentage, séparés par des virgules (par défaut -30,-15,0,10,25).</translation>
    </message>
</context>
<context>
    <name>CompanyCompareView</name>
    <message>
        <source>Compare companies</source>
        <translation>Comparer les entreprises</translation>
    </message>
    <message>
        <source>Total comp by company</source>
        <translation>Rémunération totale par entreprise</translation>
    </message>
    <message>
        <source>Select a guide and a region to compare its pay with other companies.</source>
        <translation>Choisissez un guide et une région pour comparer sa rémunération à celle d&apos;autres entreprises.</translation>
    </message>
    <message>
        <source>%1 in %2: total comp by company</source>
        <translation>%1 à %2&#xa0;: rémunération totale par entreprise</translation>
    </message>
    <message>
        <source>Only %1 has a %2 guide for %3, so there is nothing to compare yet. Import guides for other companies (File &gt; Import Guide…) to see who pays more.</source>
        <translation>Seule %1 a un guide %2 pour %3&#xa0;: il n&apos;y a donc rien à comparer pour l&apos;instant. Importez des guides d&apos;autres entreprises (Fichier &gt; Importer un guide…) pour voir qui paie le mieux.</translation>
    </message>
    <message>
        <source>Total comp per year as each guide states it, at the low and the high end of the band, highest first. Hover a bar for its exact value. Pick another region in the Pay bands table.</source>
        <translation>Rémunération totale annuelle telle que chaque guide l&apos;indique, au bas et au haut de la fourchette, la plus élevée en premier. Survolez une barre pour voir sa valeur exacte. Choisissez une autre région dans le tableau des fourchettes.</translation>
    </message>
    <message>
        <source>Not shown, because they pay in another currency: %1.</source>
        <translation>Non affichées, car elles paient dans une autre devise&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Total comp per year in %1 (%2)</source>
        <translation>Rémunération totale annuelle en %1 (%2)</translation>
    </message>
    <message>
        <source>Low end</source>
        <translation>Bas de fourchette</translation>
    </message>
    <message>
        <source>High end</source>
        <translation>Haut de fourchette</translation>
    </message>
    <message>
        <source>%1 (this guide)</source>
        <translation>%1 (ce guide)</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Total comp per year at the low and high end of each band, highest first: %1.</source>
        <translation>Rémunération totale annuelle au bas et au haut de chaque fourchette, la plus élevée en premier&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>CostOfLeavingChart</name>
    <message>
        <source>Cost of leaving</source>
        <translation>Coût d&apos;un départ</translation>
    </message>
    <message>
        <source>No offers to show.</source>
        <translation>Aucune offre à afficher.</translation>
    </message>
    <message>
        <source>What leaving early costs, by the month you leave: the initial grant not yet vested, at today&apos;s price, plus the sign-on to repay.</source>
        <translation>Ce que coûte un départ anticipé, selon le mois du départ&#xa0;: la part de l&apos;attribution initiale pas encore acquise, au cours actuel, plus la prime d&apos;arrivée à rembourser.</translation>
    </message>
    <message>
        <source>%1: %2 at month %3, %4 at month %5.</source>
        <translation>%1&#xa0;: %2 au mois %3, %4 au mois %5.</translation>
    </message>
    <message>
        <source>Month you leave</source>
        <translation>Mois du départ</translation>
    </message>
    <message>
        <source>%1, leaving at month %2: %3</source>
        <translation>%1, départ au mois %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>CounterEngine</name>
    <message>
        <source>your best alternative</source>
        <translation>votre meilleure alternative</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>an</source>
        <extracomment>The article before an offer&apos;s name in &quot;%1 %2 offer at %3&quot;; a language without it can move &quot;offer&quot; here and drop it from that sentence.</extracomment>
        <translation>une offre</translation>
    </message>
    <message>
        <source>a</source>
        <translation>une offre</translation>
    </message>
    <message>
        <source>base</source>
        <translation>salaire de base</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation>prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>name %1 and its figures</source>
        <translation>citez %1 et ses chiffres</translation>
    </message>
    <message>
        <source>name %1 and their figures</source>
        <translation>citez %1 et leurs chiffres</translation>
    </message>
    <message>
        <source>the %1 base</source>
        <translation>les %1 de salaire de base</translation>
    </message>
    <message>
        <source>the %1 equity</source>
        <translation>les %1 en actions</translation>
    </message>
    <message>
        <source>the %1 signing bonus</source>
        <translation>la prime d&apos;arrivée de %1</translation>
    </message>
    <message>
        <source>back %1 with it</source>
        <translation>appuyez-vous dessus pour défendre %1</translation>
    </message>
    <message>
        <source>Use it only if it&apos;s true for you, with your own details where the guide has brackets.</source>
        <translation>Ne l&apos;utilisez que si c&apos;est vrai pour vous, en mettant vos propres informations là où le guide a des crochets.</translation>
    </message>
    <message>
        <source>%1 over %2 years</source>
        <translation>%1 sur %2 ans</translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation>l&apos;offre %1 (%2)</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 inside the band (%5), so ask at least that.</source>
        <translation>%1 %2&#xa0;: %3 %4 dans la fourchette (%5), demandez donc au moins autant.</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>are</source>
        <translation>sont</translation>
    </message>
    <message>
        <source>%1 %2, the band&apos;s top: %3 more than that.</source>
        <translation>%1 %2, le haut de la fourchette&#xa0;: %3 davantage.</translation>
    </message>
    <message>
        <source> offers</source>
        <translation> propose</translation>
    </message>
    <message>
        <source> offer</source>
        <translation> proposent</translation>
    </message>
    <message>
        <source>%1 %2: the offer&apos;s own %3, already at or above the band&apos;s top (%4), so hold it.</source>
        <translation>%1 %2&#xa0;: ce que l&apos;offre prévoit déjà en %3, au niveau du haut de la fourchette (%4) ou au-delà&#xa0;; maintenez-le.</translation>
    </message>
    <message>
        <source>%1 %2: the offer&apos;s own %3 is already past the step a %4 ask takes, so hold it.</source>
        <translation>%1 %2&#xa0;: ce que l&apos;offre prévoit déjà en %3 dépasse la hausse d&apos;une demande %4&#xa0;; maintenez-le.</translation>
    </message>
    <message>
        <source>%1 %2: a %3 ask aims at %4 of the band (%5); the offer sits at %6.</source>
        <translation>%1 %2&#xa0;: une demande %3 vise %4 de la fourchette (%5)&#xa0;; l&apos;offre se situe à %6.</translation>
    </message>
    <message>
        <source>%1 %2: a %3 ask is at least %4 above the offer&apos;s %5.</source>
        <translation>%1 %2&#xa0;: une demande %3 se situe au moins %4 au-dessus des %5 de l&apos;offre.</translation>
    </message>
    <message>
        <source>What %1 %2 beyond the band&apos;s top of %3 can&apos;t go into %4,</source>
        <translation>Ce que %1 %2 au-delà du haut de la fourchette (%3) ne peut pas être accordé en %4&#xa0;;</translation>
    </message>
    <message>
        <source>offers</source>
        <translation>propose</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>proposent</translation>
    </message>
    <message>
        <source>so it moves into the sign-on, which the band doesn&apos;t cap.</source>
        <translation>il passe donc dans la prime d&apos;arrivée, que la fourchette ne plafonne pas.</translation>
    </message>
    <message>
        <source>so it would move into the sign-on, but this offer already pays more in year 1.</source>
        <translation>il passerait donc dans la prime d&apos;arrivée, mais cette offre paie déjà davantage la première année.</translation>
    </message>
    <message>
        <source>The rest of the %1 step (%2) is beyond the band&apos;s top, so it moves into the sign-on.</source>
        <translation>Le reste de la hausse %1 (%2) dépasse le haut de la fourchette&#xa0;: il passe donc dans la prime d&apos;arrivée.</translation>
    </message>
    <message>
        <source>Sign-on: none; with room left in the band, the base and equity asks carry the step.</source>
        <translation>Prime d&apos;arrivée&#xa0;: aucune&#xa0;; la fourchette laissant de la marge, les demandes de salaire de base et d&apos;actions portent la hausse.</translation>
    </message>
    <message>
        <source>Sign-on: none; no competing offer pays more in year 1 than this offer at the base and equity asks.</source>
        <translation>Prime d&apos;arrivée&#xa0;: aucune&#xa0;; aucune offre concurrente ne paie davantage la première année que cette offre aux niveaux de salaire de base et d&apos;actions demandés.</translation>
    </message>
    <message>
        <source>Sign-on %1: %2 pays %3 in year 1; this offer, at the base and equity asks, pays %4. The sign-on bridges that %5 year-1 gap.</source>
        <translation>Prime d&apos;arrivée %1&#xa0;: %2 paie %3 la première année&#xa0;; cette offre, aux niveaux de salaire de base et d&apos;actions demandés, paie %4. La prime d&apos;arrivée comble cet écart de %5 sur la première année.</translation>
    </message>
    <message>
        <source>It includes %1&apos;s pay beyond the band&apos;s top.</source>
        <translation>Elle inclut ce que %1 paie au-delà du haut de la fourchette.</translation>
    </message>
    <message>
        <source>Sign-on %1: the %2 step on base and equity (%3 in year 1) goes past the band&apos;s top, so it moves into a one-off sign-on, which the band doesn&apos;t cap.</source>
        <translation>Prime d&apos;arrivée %1&#xa0;: la hausse %2 du salaire de base et des actions (%3 la première année) dépasse le haut de la fourchette&#xa0;; elle passe donc dans une prime d&apos;arrivée ponctuelle, que la fourchette ne plafonne pas.</translation>
    </message>
    <message>
        <source>Sign-on %1: the offer&apos;s own sign-on; keep it.</source>
        <translation>Prime d&apos;arrivée %1&#xa0;: celle que prévoit déjà l&apos;offre&#xa0;; conservez-la.</translation>
    </message>
    <message>
        <source>Sign-on %1: what a competing offer pays in year 1 beyond this offer at the base and equity asks.</source>
        <translation>Prime d&apos;arrivée %1&#xa0;: ce qu&apos;une offre concurrente paie la première année au-delà de cette offre aux niveaux de salaire de base et d&apos;actions demandés.</translation>
    </message>
    <message>
        <source>Sign-on is the part most likely to move: base and equity are near the top of the band, and a one-off sign-on doesn&apos;t touch the band.</source>
        <translation>La prime d&apos;arrivée est l&apos;élément le plus susceptible de bouger&#xa0;: le salaire de base et les actions sont proches du haut de la fourchette, et une prime ponctuelle ne touche pas à la fourchette.</translation>
    </message>
    <message>
        <source>%1 is the part most likely to move: the offer sits %2 of the way up the band&apos;s %3 range (%4–%5), with %6 of room to the top that a recruiter can give without an exception.</source>
        <translation>%1 est l&apos;élément le plus susceptible de bouger&#xa0;: l&apos;offre se situe à %2 de la fourchette (%3&#xa0;: %4–%5), avec %6 de marge jusqu&apos;au plafond, qu&apos;un recruteur peut accorder sans exception.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Le salaire de base</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>La part en actions</translation>
    </message>
    <message>
        <source>%1 (%2 on its offer letter, at the rate of %3)</source>
        <translation>%1 (%2 sur sa lettre d&apos;offre, au taux de %3)</translation>
    </message>
    <message>
        <source>%1 (%2 on its offer letter, at the rate of %3 you entered on %4)</source>
        <translation>%1 (%2 sur sa lettre d&apos;offre, au taux de %3 que vous avez saisi le %4)</translation>
    </message>
    <message>
        <source>, less your %1 premium</source>
        <translation>, moins votre concession de %1</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: %2&apos;s 4-year average of %3%4. That is %5 base with the offer&apos;s other parts unchanged.</source>
        <translation>Seuil de %1 par an sur 4 ans&#xa0;: %2 vaut en moyenne %3 par an sur 4 ans%4. Cela correspond à %5 de salaire de base, le reste de l&apos;offre restant inchangé.</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the walk-away figure you stated, above what %2 comes to (%3). That is %4 base with the offer&apos;s other parts unchanged.</source>
        <translation>Seuil de %1 par an sur 4 ans&#xa0;: le seuil de rupture que vous avez indiqué, supérieur à ce que vaut %2 (%3). Cela correspond à %4 de salaire de base, le reste de l&apos;offre restant inchangé.</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the walk-away figure you stated. That is %2 base with the offer&apos;s other parts unchanged.</source>
        <translation>Seuil de %1 par an sur 4 ans&#xa0;: le seuil de rupture que vous avez indiqué. Cela correspond à %2 de salaire de base, le reste de l&apos;offre restant inchangé.</translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the offer&apos;s own value (%2 base); with no competing offer, there is nothing better to walk away to.</source>
        <translation>Seuil de %1 par an sur 4 ans&#xa0;: la valeur de l&apos;offre elle-même (%2 de salaire de base)&#xa0;; sans offre concurrente, vous n&apos;avez pas de meilleure solution de repli.</translation>
    </message>
    <message>
        <source>Raised to %1, its limit of a quarter of the base ask, to come as close as the band allows to your floor of %2 a year over 4 years.</source>
        <translation>Montant relevé à %1, sa limite d&apos;un quart du salaire de base demandé, pour s&apos;approcher autant que la fourchette le permet de votre seuil de %2 par an sur 4 ans.</translation>
    </message>
    <message>
        <source>Raised to %1 so the counter reaches your floor of %2 a year over 4 years; a one-off sign-on sits outside the band, up to a quarter of the base ask (%3).</source>
        <translation>Montant relevé à %1 pour que la contre-proposition atteigne votre seuil de %2 par an sur 4 ans&#xa0;; une prime d&apos;arrivée ponctuelle se situe hors fourchette, dans la limite d&apos;un quart du salaire de base demandé (%3).</translation>
    </message>
    <message>
        <source>Raised to %1 so the counter reaches your floor of %2 a year over 4 years.</source>
        <translation>Montant relevé à %1 pour que la contre-proposition atteigne votre seuil de %2 par an sur 4 ans.</translation>
    </message>
    <message>
        <source>Raised to %1, the band&apos;s top, toward your floor of %2 a year over 4 years.</source>
        <translation>Montant relevé à %1, le haut de la fourchette, pour se rapprocher de votre seuil de %2 par an sur 4 ans.</translation>
    </message>
    <message>
        <source>%1 %2: set by hand (the suggestion was %3).</source>
        <translation>%1 %2&#xa0;: saisie à la main (la suggestion était de %3).</translation>
    </message>
    <message>
        <source>%1 base</source>
        <translation>%1 de salaire de base</translation>
    </message>
    <message>
        <source>%1 equity</source>
        <translation>%1 en actions</translation>
    </message>
    <message>
        <source>a %1 bonus</source>
        <translation>un bonus de %1</translation>
    </message>
    <message>
        <source>a %1 signing bonus</source>
        <translation>une prime d&apos;arrivée de %1</translation>
    </message>
    <message>
        <source>%1 %2 offer at %3</source>
        <extracomment>&quot;a Google L4 offer at $210K base, ...&quot;: %1 is &quot;a&quot; or &quot;an&quot;, %2 the offer&apos;s company and level, %3 its figures.</extracomment>
        <translation>%1 %2 à %3</translation>
    </message>
    <message>
        <source>%1 equity over %2 years</source>
        <translation>%1 en actions sur %2 ans</translation>
    </message>
    <message>
        <source>, and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>At these numbers, I&apos;m ready to sign.</source>
        <translation>À ces conditions, je peux signer sans attendre.</translation>
    </message>
    <message>
        <source>If we can get to those numbers, I&apos;m ready to sign.</source>
        <translation>Si nous parvenons à ces montants, je peux signer sans attendre.</translation>
    </message>
    <message>
        <source>Let me know how close you can get, and I&apos;ll decide quickly.</source>
        <translation>Dites-moi jusqu&apos;où vous pouvez aller, et je prendrai ma décision rapidement.</translation>
    </message>
    <message>
        <source>otherwise, I&apos;ll go with my other offer.</source>
        <translation>à défaut, je retiendrai mon autre offre.</translation>
    </message>
    <message>
        <source>otherwise, I&apos;ll have to decline.</source>
        <translation>à défaut, je serai contraint de décliner.</translation>
    </message>
    <message>
        <source>I know that may be beyond the band for this level. If it is, a higher level, more on the signing bonus, or an exception to the band would get us there; %1</source>
        <translation>Je sais que cela dépasse peut-être la fourchette prévue pour ce niveau. Si c&apos;est le cas, un niveau supérieur, une prime d&apos;arrivée plus importante ou une exception à la fourchette nous permettraient d&apos;y parvenir&#xa0;; %1</translation>
    </message>
    <message>
        <source>I&apos;m excited about the %1 role at %2 and want to make this work.</source>
        <translation>Le poste de %1 chez %2 me motive vraiment, et je tiens à ce que nous trouvions un accord.</translation>
    </message>
    <message>
        <source>I&apos;m holding %1.</source>
        <translation>J&apos;ai par ailleurs reçu %1.</translation>
    </message>
    <message>
        <source>To choose %1, I need %2.</source>
        <translation>Pour choisir %1, il me faudrait %2.</translation>
    </message>
    <message>
        <source>Based on market data for this level in %1, I&apos;d like %2.</source>
        <translation>Au vu des données du marché pour ce niveau (%1), je souhaiterais %2.</translation>
    </message>
    <message>
        <source>Levers from the guide that fit:</source>
        <translation>Leviers du guide qui s&apos;appliquent&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (lever %2): %3</source>
        <translation>%1 (levier %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>the walk-away figure you stated</source>
        <translation>le seuil de rupture que vous avez indiqué</translation>
    </message>
    <message>
        <source>the offer itself</source>
        <translation>l&apos;offre elle-même</translation>
    </message>
    <message>
        <source>At the top of its band (%1 base, %2 equity) with a %3 sign-on (a quarter of the base), the offer comes to %4 a year over 4 years, %5 short of your floor of %6 (%7).</source>
        <translation>Au plafond de sa fourchette (%1 de salaire de base, %2 en actions), avec une prime d&apos;arrivée de %3 (un quart du salaire de base), l&apos;offre revient à %4 par an sur 4 ans, soit %5 de moins que votre seuil de %6 (%7).</translation>
    </message>
    <message>
        <source>At the top of its band (%1 base, %2 equity) with the %3 sign-on asked, the offer comes to %4 a year over 4 years, %5 short of your floor of %6 (%7).</source>
        <translation>Au plafond de sa fourchette (%1 de salaire de base, %2 en actions), avec la prime d&apos;arrivée de %3 demandée, l&apos;offre revient à %4 par an sur 4 ans, soit %5 de moins que votre seuil de %6 (%7).</translation>
    </message>
    <message>
        <source>This company can&apos;t match your best alternative.</source>
        <translation>Cette entreprise ne peut pas égaler votre meilleure alternative.</translation>
    </message>
    <message>
        <source>Only a premium of %1 or more, a higher level, or an exception to the band would close it; the script asks for those and commits to nothing.</source>
        <translation>Seuls une concession d&apos;au moins %1, un niveau supérieur ou une exception à la fourchette permettraient de combler l&apos;écart&#xa0;; l&apos;argumentaire les demande sans rien promettre.</translation>
    </message>
    <message>
        <source>This company can&apos;t reach the walk-away figure you stated.</source>
        <translation>Cette entreprise ne peut pas atteindre le seuil de rupture que vous avez indiqué.</translation>
    </message>
    <message>
        <source>Only a higher level or an exception to the band would close it; the script asks for those and commits to nothing.</source>
        <translation>Seuls un niveau supérieur ou une exception à la fourchette permettraient de combler l&apos;écart&#xa0;; l&apos;argumentaire les demande sans rien promettre.</translation>
    </message>
    <message>
        <source>The counter comes to %1 a year over 4 years, below your floor of %2 (%3). The band can reach it: ask for more base, equity or sign-on before you settle; the script commits to nothing until it does.</source>
        <translation>La contre-proposition revient à %1 par an sur 4 ans, sous votre seuil de %2 (%3). La fourchette permet de l&apos;atteindre&#xa0;: demandez davantage de salaire de base, d&apos;actions ou de prime d&apos;arrivée avant de conclure&#xa0;; l&apos;argumentaire ne promet rien d&apos;ici là.</translation>
    </message>
    <message>
        <source>The offer on the table (%1 a year over 4 years) already meets your floor (%2, from %3): you have less leverage than it looks, so push gently.</source>
        <translation>L&apos;offre actuelle (%1 par an sur 4 ans) atteint déjà votre seuil (%2, d&apos;après %3)&#xa0;: votre marge de manœuvre est plus faible qu&apos;il n&apos;y paraît, alors négociez avec tact.</translation>
    </message>
    <message>
        <source>The offer&apos;s base (%1) is already above the band&apos;s top (%2); the base ask holds it rather than going higher.</source>
        <translation>Le salaire de base de l&apos;offre (%1) dépasse déjà le haut de la fourchette (%2)&#xa0;; la demande le maintient au lieu d&apos;aller plus haut.</translation>
    </message>
    <message>
        <source>The offer&apos;s equity (%1) is already above the band&apos;s top (%2); the equity ask holds it.</source>
        <translation>La part en actions de l&apos;offre (%1) dépasse déjà le haut de la fourchette (%2)&#xa0;; la demande la maintient.</translation>
    </message>
    <message>
        <source>A sign-on of %1 is more than a quarter of the base; companies often split one this size across two years, or pay part of it in equity.</source>
        <translation>Une prime d&apos;arrivée de %1 dépasse le quart du salaire de base&#xa0;; pour une prime de cette taille, les entreprises l&apos;étalent souvent sur deux ans ou en versent une partie en actions.</translation>
    </message>
    <message>
        <source>%1&apos;s offer is compared in %2 at the rate you gave (%3); a change in the rate moves the anchors.</source>
        <translation>L&apos;offre %1 est comparée en %2 au taux que vous avez indiqué (%3)&#xa0;; une variation du taux déplace les points de référence.</translation>
    </message>
    <message>
        <source>The guide maps this level to %1, not %2: an offer at another level moves the anchors, so compare like with like.</source>
        <translation>Le guide fait correspondre ce niveau à %1, et non à %2&#xa0;: une offre d&apos;un autre niveau déplace les points de référence&#xa0;; comparez donc ce qui est comparable.</translation>
    </message>
    <message>
        <source>Your %1 ask (%2) is below the offer&apos;s own %1 (%3): it gives ground before the talk starts.</source>
        <translation>Votre demande en %1 (%2) est inférieure à ce que l&apos;offre prévoit déjà (%3)&#xa0;: vous cédez du terrain avant même le début de la discussion.</translation>
    </message>
    <message>
        <source>Your %1 ask (%2) is above the band&apos;s top (%3): expect it to need an exception; a sign-on is easier to grant.</source>
        <translation>Votre demande en %1 (%2) dépasse le haut de la fourchette (%3)&#xa0;: attendez-vous à ce qu&apos;elle exige une exception&#xa0;; une prime d&apos;arrivée est plus facile à accorder.</translation>
    </message>
    <message>
        <source>conservative</source>
        <extracomment>How bold a counter is, in &quot;a balanced ask&quot; and &quot;the balanced step&quot;; French and German agree it with those nouns.</extracomment>
        <translation>prudente</translation>
    </message>
    <message>
        <source>balanced</source>
        <translation>équilibrée</translation>
    </message>
    <message>
        <source>bold</source>
        <translation>audacieuse</translation>
    </message>
    <message>
        <source>; </source>
        <extracomment>Between the uses of one lever; French puts a no-break space before the semicolon.</extracomment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>%1 options at a %2 strike</source>
        <translation>%1 options au prix d&apos;exercice de %2</translation>
    </message>
    <message>
        <source>%1 options</source>
        <translation>%1 options</translation>
    </message>
    <message>
        <source>more options</source>
        <translation>davantage d&apos;options</translation>
    </message>
    <message>
        <source>Equity counts the %1 options at an exit at %2 the last round&apos;s price: %3 a share after dilution and preference, less the %4 strike, so %5 for the grant.</source>
        <translation>La part en actions compte les %1 options à une sortie à %2 le prix de la dernière levée&#xa0;: %3 par action après dilution et préférence, moins le prix d&apos;exercice de %4, soit %5 pour l&apos;attribution.</translation>
    </message>
    <message>
        <source>The equity ask of %1 is about %2 options at that exit.</source>
        <translation>La demande d&apos;actions de %1 correspond à environ %2 options à cette sortie.</translation>
    </message>
    <message>
        <source>At that exit the options are worth nothing, so no number of them makes up an equity ask; a lower strike, more base or a sign-on does.</source>
        <translation>À cette sortie, les options ne valent rien&#xa0;: aucun nombre d&apos;options ne peut donc couvrir une demande d&apos;actions&#xa0;; un prix d&apos;exercice plus bas, un salaire de base plus élevé ou une prime d&apos;arrivée le peuvent.</translation>
    </message>
    <message>
        <source>Their paper value (%1, at the last round&apos;s price) is never counted as pay.</source>
        <translation>Leur valeur sur le papier (%1, au prix de la dernière levée) n&apos;est jamais comptée comme rémunération.</translation>
    </message>
    <message>
        <source>%1&apos;s options at an exit at %2 its last round&apos;s price</source>
        <translation>les options de %1 à une sortie à %2 le prix de sa dernière levée</translation>
    </message>
    <message>
        <source>this offer&apos;s options at %1 its last round&apos;s price</source>
        <translation>les options de cette offre à %1 le prix de sa dernière levée</translation>
    </message>
    <message>
        <source>The floor assumes %1.</source>
        <translation>Le seuil suppose %1.</translation>
    </message>
    <message>
        <source>%1 of the counter&apos;s 4-year average (%2 of %3 a year) rests on the exit: it counts the options at %4 the last round&apos;s price. If they end up worth nothing, the counter comes to %5 a year</source>
        <translation>%1 de la moyenne sur 4 ans de la contre-proposition (%2 sur %3 par an) dépend de la sortie&#xa0;: elle compte les options à %4 le prix de la dernière levée. Si elles finissent par ne rien valoir, la contre-proposition revient à %5 par an</translation>
    </message>
    <message>
        <source>, below your floor of %1</source>
        <translation>, sous votre seuil de %1</translation>
    </message>
    <message>
        <source>; across the exits you set (%1 to %2) it runs from %3 to %4 a year.</source>
        <translation>&#xa0;; sur les sorties que vous avez définies (de %1 à %2), elle va de %3 à %4 par an.</translation>
    </message>
    <message>
        <source>Your floor rests on %1&apos;s exit: its options count for %2 of its %3 a year at %4 its last round&apos;s price. If they end up worth nothing, %1 comes to %5 a year; across the exits you set (%6 to %7) it runs from %8 to %9 a year.</source>
        <translation>Votre seuil dépend de la sortie de l&apos;offre %1&#xa0;: ses options comptent pour %2 de ses %3 par an à %4 le prix de sa dernière levée. Si elles finissent par ne rien valoir, l&apos;offre %1 revient à %5 par an&#xa0;; sur les sorties que vous avez définies (de %6 à %7), elle va de %8 à %9 par an.</translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Equity over %1 years</source>
        <translation>Actions sur %1 ans</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>%1 ✎</source>
        <translation>%1 ✎</translation>
    </message>
    <message>
        <source>Set by hand; the suggestion was %1. Double-click to change it.</source>
        <translation>Saisie à la main&#xa0;; la suggestion était de %1. Double-cliquez pour la modifier.</translation>
    </message>
    <message>
        <source>The suggested ask, raised to reach your walk-away floor. Double-click to set it by hand.</source>
        <translation>La demande suggérée, relevée pour atteindre votre seuil de rupture. Double-cliquez pour la saisir à la main.</translation>
    </message>
    <message>
        <source>The suggested ask. Double-click to set it by hand.</source>
        <translation>La demande suggérée. Double-cliquez pour la saisir à la main.</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>saisie à la main</translation>
    </message>
    <message>
        <source>raised to reach the floor</source>
        <translation>relevée pour atteindre le seuil</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Bas de fourchette</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Haut de fourchette</translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation>Meilleure alternative</translation>
    </message>
</context>
<context>
    <name>CounterWidget</name>
    <message>
        <source>&amp;Reset hand-set asks</source>
        <translation>&amp;Rétablir les demandes suggérées</translation>
    </message>
    <message>
        <source>Offer being negotiated</source>
        <translation>Offre en négociation</translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation>Prudente</translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation>Équilibrée</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Audacieuse</translation>
    </message>
    <message>
        <source>With no competing offer ahead, conservative asks for the middle of the band, balanced for 75% of it and bold for the top.</source>
        <translation>Sans offre concurrente plus intéressante, une demande prudente vise le milieu de la fourchette, équilibrée 75&#xa0;% de celle-ci et audacieuse son plafond.</translation>
    </message>
    <message>
        <source>How much of your best alternative&apos;s value you would give up to join this company.</source>
        <translation>La part de la valeur de votre meilleure alternative à laquelle vous renonceriez pour rejoindre cette entreprise.</translation>
    </message>
    <message>
        <source>Premium to join</source>
        <translation>Concession pour rejoindre</translation>
    </message>
    <message>
        <source>Walk-away figure</source>
        <translation>Seuil de rupture</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>A walk-away figure of your own, as a 4-year average in the band&apos;s currency: for example your current job&apos;s value, or a minimum you set. The floor never goes below it. None: the floor comes from your best alternative.</source>
        <translation>Votre propre seuil de rupture, en moyenne sur 4 ans dans la devise de la fourchette&#xa0;: par exemple ce que vaut votre poste actuel, ou un minimum que vous vous fixez. Le seuil ne descend jamais en dessous. Aucun&#xa0;: le seuil vient de votre meilleure alternative.</translation>
    </message>
    <message>
        <source>Whether the counter meets your floor</source>
        <translation>Si la contre-proposition atteint votre seuil</translation>
    </message>
    <message>
        <source>Asks</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Argumentaire</translation>
    </message>
    <message>
        <source>&amp;Negotiating:</source>
        <translation>&amp;Négociation&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Boldness:</source>
        <translation>A&amp;udace&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Premium to join:</source>
        <translation>&amp;Concession&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Walk-away:</source>
        <translation>&amp;Seuil de rupture&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pourquoi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>base</source>
        <translation>salaire de base</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation>prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>Set the %1 ask</source>
        <translation>Saisir la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reset the %1 ask</source>
        <translation>Rétablir la demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reset hand-set asks</source>
        <translation>Rétablir les demandes suggérées</translation>
    </message>
    <message>
        <source>Choose a guide, a region and the offer you are negotiating to see a counter-offer.</source>
        <translation>Choisissez un guide, une région et l&apos;offre que vous négociez pour voir une contre-proposition.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Walk-away floor:&lt;/b&gt; %1 a year over 4 years, from %2; or %3 base with the offer&apos;s other parts unchanged.</source>
        <translation>&lt;b&gt;Seuil de rupture&#xa0;:&lt;/b&gt; %1 par an sur 4 ans, d&apos;après %2&#xa0;; soit %3 de salaire de base, le reste de l&apos;offre restant inchangé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your counter:&lt;/b&gt; %1 in year 1, %2 a year over 4 years.</source>
        <translation>&lt;b&gt;Votre contre-proposition&#xa0;:&lt;/b&gt; %1 la première année, %2 par an sur 4 ans.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Have in writing before you ask:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;À avoir par écrit avant de demander&#xa0;:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Prime</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Fourchette</translation>
    </message>
    <message>
        <source>Copy scrip&amp;t</source>
        <translation>Copier l&apos;argumen&amp;taire</translation>
    </message>
    <message>
        <source>Walk-away floor and your counter</source>
        <translation>Seuil de rupture et votre contre-proposition</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Why these asks</source>
        <translation>Pourquoi ces demandes</translation>
    </message>
    <message>
        <source>What is most likely to move</source>
        <translation>Ce qui est le plus susceptible de bouger</translation>
    </message>
    <message>
        <source>Boldness</source>
        <translation>Audace</translation>
    </message>
    <message>
        <source>Base, equity and sign-on: the offer, what to ask for, your best alternative and the band. Press F2 on an ask to set it by hand.</source>
        <translation>Salaire de base, actions et prime d&apos;arrivée&#xa0;: l&apos;offre, ce qu&apos;il faut demander, votre meilleure alternative et la fourchette. Appuyez sur F2 sur une demande pour la saisir à la main.</translation>
    </message>
    <message>
        <source>The words to say on a call, yours to edit. Words to reconsider are underlined; the list below says why.</source>
        <translation>Les mots à prononcer lors d&apos;un appel, que vous pouvez modifier. Les mots à revoir sont soulignés&#xa0;; la liste ci-dessous explique pourquoi.</translation>
    </message>
    <message>
        <source>Recor&amp;d Counter Sent…</source>
        <translation>Consigner la contre-proposition &amp;envoyée…</translation>
    </message>
    <message>
        <source>Keep the counter you sent (its asks, your words and the day) with the offer, for its timeline</source>
        <translation>Conserver avec l&apos;offre la contre-proposition envoyée (ses demandes, vos mots et la date), pour sa chronologie</translation>
    </message>
    <message>
        <source>Copy the script to the clipboard</source>
        <translation>Copier l&apos;argumentaire dans le presse-papiers</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to ask for&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(double-click an ask, or press F2, to set it by hand; ✎ marks one you set)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Ce qu&apos;il faut demander&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(double-cliquez sur une demande, ou appuyez sur F2, pour la saisir à la main&#xa0;; ✎ signale celles que vous avez saisies)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the band&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(the offer, the ask and the best alternative; the shaded box runs from the band&apos;s low to its high end)&lt;/span&gt;</source>
        <translation>&lt;b&gt;Face à la fourchette&lt;/b&gt; &lt;span style=&quot;color:%1&quot;&gt;(l&apos;offre, la demande et la meilleure alternative&#xa0;; la zone grisée va du bas au haut de la fourchette)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>What to say</source>
        <translation>Ce qu&apos;il faut dire</translation>
    </message>
    <message>
        <source>Wr&amp;ite again</source>
        <translation>Réécr&amp;ire</translation>
    </message>
    <message>
        <source>Throws away your edits and writes the script again from the counter</source>
        <translation>Abandonne vos modifications et réécrit l&apos;argumentaire à partir de la contre-proposition</translation>
    </message>
    <message>
        <source>Ca&amp;ll script</source>
        <translation>Argumentaire d&apos;appe&amp;l</translation>
    </message>
    <message>
        <source>E&amp;mail draft</source>
        <translation>Brouillon d&apos;e-&amp;mail</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>Copier l&apos;ar&amp;gumentaire</translation>
    </message>
    <message>
        <source>Copy the Counter tab&apos;s script to the clipboard</source>
        <translation>Copier l&apos;argumentaire de l&apos;onglet Contre-proposition dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open in Mail App</source>
        <translation>Ouvrir dans la messagerie</translation>
    </message>
    <message>
        <source>Counter against the band</source>
        <translation>Contre-proposition face à la fourchette</translation>
    </message>
    <message>
        <source>No counter yet: choose a guide, a region and the offer you are negotiating.</source>
        <translation>Pas encore de contre-proposition&#xa0;: choisissez un guide, une région et l&apos;offre que vous négociez.</translation>
    </message>
    <message>
        <source>%1: 4-year average %2, %3; your counter %4 a year over 4 years</source>
        <translation>%1&#xa0;: moyenne sur 4 ans %2, %3&#xa0;; votre contre-proposition %4 par an sur 4 ans</translation>
    </message>
    <message>
        <source>%1: offer %2, ask %3</source>
        <translation>%1&#xa0;: offre %2, demande %3</translation>
    </message>
    <message>
        <source>, %1 %2</source>
        <translation>, %1 %2</translation>
    </message>
    <message>
        <source>, band %1</source>
        <translation>, fourchette %1</translation>
    </message>
</context>
<context>
    <name>CsvDataPoints</name>
    <message>
        <source>field %1 is longer than %2 bytes</source>
        <translation>le champ %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>a quoted field is never closed: its quote runs to the end of the file</source>
        <translation>un champ entre guillemets n&apos;est jamais refermé&#xa0;: ses guillemets courent jusqu&apos;à la fin du fichier</translation>
    </message>
    <message>
        <source>the header row: </source>
        <translation>la ligne d&apos;en-tête&#xa0;: </translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; is ignored</source>
        <translation>la colonne inconnue «&#xa0;%1&#xa0;» est ignorée</translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation>la colonne «&#xa0;%1&#xa0;» apparaît deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the header has no column %1 (it needs %2, and stock_4yr or stock_per_year)</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne %1 (il lui faut %2, ainsi que stock_4yr ou stock_per_year)</translation>
    </message>
    <message>
        <source>the header has both stock_4yr and stock_per_year; keep one</source>
        <translation>l&apos;en-tête contient à la fois stock_4yr et stock_per_year&#xa0;; n&apos;en gardez qu&apos;une</translation>
    </message>
    <message>
        <source>the header has no stock column: it needs stock_4yr or stock_per_year</source>
        <translation>l&apos;en-tête n&apos;a pas de colonne d&apos;actions&#xa0;: il lui faut stock_4yr ou stock_per_year</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de l&apos;UTF-8 valide</translation>
    </message>
    <message>
        <source>no value for &apos;%1&apos;</source>
        <translation>aucune valeur pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a control character</source>
        <translation>«&#xa0;%1&#xa0;» contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain number such as 170000 or 7.5: &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un simple nombre comme 170000 ou 7.5&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, above %3</source>
        <translation>«&#xa0;%1&#xa0;» vaut %2, au-dessus de %3</translation>
    </message>
    <message>
        <source>the row has 1 field; the header has %1</source>
        <translation>la ligne a 1 champ&#xa0;; l&apos;en-tête en a %1</translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation>la ligne a %1 champs&#xa0;; l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date written YYYY-MM-DD: &apos;%1&apos;</source>
        <translation>«&#xa0;date&#xa0;» n&apos;est pas une date au format AAAA-MM-JJ&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the total comp %1 is above %2</source>
        <translation>la rémunération totale %1 dépasse %2</translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit for a data file</source>
        <translation>le fichier dépasse %1 Mio, la limite pour un fichier de données</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation>aucune ligne de données après l&apos;en-tête</translation>
    </message>
    <message>
        <source>more than %1 data rows, the limit for a data file; the rest is not read</source>
        <translation>plus de %1 lignes de données, la limite pour un fichier de données&#xa0;; le reste n&apos;est pas lu</translation>
    </message>
    <message>
        <source>bad quoting: a quote inside an unquoted field, or text after a closing quote (quote a field that holds a quote, and write the quote twice)</source>
        <translation>guillemets incorrects&#xa0;: un guillemet dans un champ sans guillemets, ou du texte après un guillemet fermant (mettez entre guillemets un champ qui contient un guillemet, et doublez ce guillemet)</translation>
    </message>
    <message>
        <source>%1; no row was read</source>
        <translation>%1&#xa0;; aucune ligne n&apos;a été lue</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row naming the columns</source>
        <translation>le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête qui nomme les colonnes</translation>
    </message>
</context>
<context>
    <name>DeadlineNotices</name>
    <message>
        <source>Ask for More Time…</source>
        <translation>Demander un délai…</translation>
    </message>
    <message>
        <source>OfferDesk: a deadline is close</source>
        <translation>OfferDesk&#xa0;: une date limite approche</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <source>passed 1 day ago</source>
        <translation>dépassée depuis 1 jour</translation>
    </message>
    <message>
        <source>passed %1 days ago</source>
        <translation>dépassée depuis %1 jours</translation>
    </message>
    <message>
        <source>due today — urgent</source>
        <translation>échéance aujourd&apos;hui — urgent</translation>
    </message>
    <message>
        <source>1 day left — urgent</source>
        <translation>1 jour restant — urgent</translation>
    </message>
    <message>
        <source>%1 days left — urgent</source>
        <translation>%1 jours restants — urgent</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>%1&apos;s deadline is today (%2).</source>
        <translation>La date limite de l&apos;offre %1 est aujourd&apos;hui (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s deadline is tomorrow (%2).</source>
        <translation>La date limite de l&apos;offre %1 est demain (%2).</translation>
    </message>
    <message>
        <source>%1&apos;s deadline is in %2 days (%3).</source>
        <translation>La date limite de l&apos;offre %1 est dans %2 jours (%3).</translation>
    </message>
</context>
<context>
    <name>Diagnostic</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
</context>
<context>
    <name>EquityControls</name>
    <message>
        <source>Yearly stock growth rates in percent, separated by commas, for example -30, 0, 25. Each applies to every offer&apos;s equity. Press Enter to apply.</source>
        <translation>Taux de croissance annuels de l&apos;action, en pourcentage, séparés par des virgules, par exemple -30, 0, 25. Chacun s&apos;applique aux actions de toutes les offres. Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>Horizon and stock scenarios</source>
        <translation>Horizon et scénarios d&apos;évolution du cours</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Horizon in years</source>
        <translation>Horizon en années</translation>
    </message>
    <message>
        <source>How many years the year charts, totals and averages cover, 1 to 6</source>
        <translation>Nombre d&apos;années couvertes par les graphiques annuels, les totaux et les moyennes, de 1 à 6</translation>
    </message>
    <message>
        <source>The years counted: totals, averages and the charts follow it. Equity vesting later is not counted.</source>
        <translation>Les années prises en compte&#xa0;: les totaux, les moyennes et les graphiques s&apos;y conforment. Les actions acquises au-delà ne sont pas comptées.</translation>
    </message>
    <message>
        <source>Stock scenarios</source>
        <translation>Scénarios d&apos;évolution du cours</translation>
    </message>
    <message>
        <source>Yearly stock growth rates in percent, separated by commas; each one is applied to every offer&apos;s equity</source>
        <translation>Taux de croissance annuels de l&apos;action, en pourcentage, séparés par des virgules&#xa0;; chacun s&apos;applique aux actions de toutes les offres</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to −30, −15, 0, +10 and +25% a year</source>
        <translation>Revenir à −30, −15, 0, +10 et +25&#xa0;% par an</translation>
    </message>
    <message>
        <source>Reset the scenarios</source>
        <translation>Réinitialiser les scénarios</translation>
    </message>
    <message>
        <source>Growth the year charts show</source>
        <translation>Croissance affichée par les graphiques annuels</translation>
    </message>
    <message>
        <source>The year charts show each offer at its own expected growth, or every offer at one rate: a scenario, or the custom rate on the slider.</source>
        <translation>Les graphiques annuels montrent chaque offre avec sa propre croissance attendue, ou toutes les offres à un même taux&#xa0;: un scénario, ou le taux personnalisé du curseur.</translation>
    </message>
    <message>
        <source>Custom yearly growth</source>
        <translation>Croissance annuelle personnalisée</translation>
    </message>
    <message>
        <source>One yearly stock growth rate for every offer, from −50% to +100%; moving it shows that rate in the year charts</source>
        <translation>Un même taux de croissance annuel de l&apos;action pour toutes les offres, de −50&#xa0;% à +100&#xa0;%&#xa0;; le déplacer affiche ce taux dans les graphiques annuels</translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation>Hori&amp;zon&#xa0;:</translation>
    </message>
    <message>
        <source>Sce&amp;narios, % a year:</source>
        <translation>S&amp;cénarios, % par an&#xa0;:</translation>
    </message>
    <message>
        <source>Years sho&amp;w:</source>
        <translation>Années aff&amp;ichées&#xa0;:</translation>
    </message>
    <message>
        <source>Each offer&apos;s own growth</source>
        <translation>Croissance propre à chaque offre</translation>
    </message>
    <message>
        <source>Custom rate</source>
        <translation>Taux personnalisé</translation>
    </message>
</context>
<context>
    <name>EquityScenarios</name>
    <message>
        <source>If every stock falls %1 a year</source>
        <translation>Si toutes les actions baissent de %1 par an</translation>
    </message>
    <message>
        <source>If every stock grows %1 a year</source>
        <translation>Si toutes les actions progressent de %1 par an</translation>
    </message>
    <message>
        <source>If every stock stays at today&apos;s price</source>
        <translation>Si toutes les actions restent à leur cours actuel</translation>
    </message>
    <message>
        <source>%1 stays ahead of %2 whatever its stock does, from a %3 fall to a %4 rise a year.</source>
        <translation>%1 reste devant %2 quelle que soit l&apos;évolution de son action, d&apos;une baisse de %3 à une hausse de %4 par an.</translation>
    </message>
    <message>
        <source>%1 stays behind %2 whatever its stock does, from a %3 fall to a %4 rise a year.</source>
        <translation>%1 reste derrière %2 quelle que soit l&apos;évolution de son action, d&apos;une baisse de %3 à une hausse de %4 par an.</translation>
    </message>
    <message>
        <source>%1 and %2 come out level, and its stock can&apos;t change that.</source>
        <translation>%1 et %2 arrivent à égalité, et l&apos;évolution de son action n&apos;y change rien.</translation>
    </message>
    <message>
        <source>%1 stays ahead of %2 unless its stock falls more than %3 a year.</source>
        <translation>%1 reste devant %2, sauf si son action baisse de plus de %3 par an.</translation>
    </message>
    <message>
        <source>%1 stays ahead of %2 unless its stock grows less than %3 a year.</source>
        <translation>%1 reste devant %2, sauf si son action progresse de moins de %3 par an.</translation>
    </message>
    <message>
        <source>%1 beats %2 only if its shares grow at least %3 a year.</source>
        <translation>%1 ne dépasse %2 que si son action progresse d&apos;au moins %3 par an.</translation>
    </message>
    <message>
        <source>%1 beats %2 only if its stock falls less than %3 a year.</source>
        <translation>%1 ne dépasse %2 que si son action baisse de moins de %3 par an.</translation>
    </message>
    <message>
        <source>%1 and %2 come out level at %1&apos;s expected growth of %3 a year.</source>
        <translation>%1 et %2 arrivent à égalité avec la croissance attendue de %1, soit %3 par an.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a list of 1 to %2 yearly growth rates in percent, separated by commas, such as -30,0,25</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de 1 à %2 taux de croissance annuels en pourcentage, séparés par des virgules, par exemple -30,0,25</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in &apos;%2&apos; is not a number; the list must be growth rates in percent such as -30,0,25</source>
        <translation>«&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;» n&apos;est pas un nombre&#xa0;; la liste doit contenir des taux de croissance en pourcentage, par exemple -30,0,25</translation>
    </message>
    <message>
        <source>%1 is out of range: a growth rate must be above -100 and at most 300 (percent a year)</source>
        <translation>%1 est hors limites&#xa0;: un taux de croissance doit être supérieur à -100 et au plus égal à 300 (en pourcentage par an)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number of years from %2 to %3</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier d&apos;années compris entre %2 et %3</translation>
    </message>
    <message>
        <source>the horizon must be a whole number of years from %1 to %2, not %3</source>
        <translation>l&apos;horizon doit être un nombre entier d&apos;années compris entre %1 et %2, et non %3</translation>
    </message>
    <message>
        <source>the scenarios must be 1 to %1 growth rates, not %2</source>
        <translation>les scénarios doivent compter de 1 à %1 taux de croissance, et non %2</translation>
    </message>
    <message>
        <source>%1 grants stock options: its exit, not a growth rate, decides how it compares (see its break-even exit).</source>
        <translation>%1 attribue des stock-options&#xa0;: c&apos;est sa sortie, et non un taux de croissance, qui détermine sa position (voir sa sortie d&apos;équilibre).</translation>
    </message>
    <message>
        <source>%1, %2 comes out ahead of %3.</source>
        <translation>%1, %2 passe devant %3.</translation>
    </message>
    <message>
        <source>over 1 year</source>
        <translation>sur 1 an</translation>
    </message>
    <message>
        <source>over %1 years</source>
        <translation>sur %1 ans</translation>
    </message>
    <message>
        <source>%1, this counter beats %2 %3.</source>
        <translation>%1, cette contre-proposition dépasse %2 %3.</translation>
    </message>
    <message>
        <source>%1, %2 beats this counter %3.</source>
        <translation>%1, %2 dépasse cette contre-proposition %3.</translation>
    </message>
</context>
<context>
    <name>EquityScenariosPanel</name>
    <message>
        <source>What if the stock moves</source>
        <translation>Et si le cours évolue</translation>
    </message>
    <message>
        <source>Scenarios: each offer from its worst to its best case</source>
        <translation>Scénarios&#xa0;: chaque offre, de son pire à son meilleur cas</translation>
    </message>
    <message>
        <source>Scenarios that change which offer is ahead</source>
        <translation>Scénarios qui changent l&apos;offre en tête</translation>
    </message>
    <message>
        <source>Break-even growth rates</source>
        <translation>Taux de croissance d&apos;équilibre</translation>
    </message>
    <message>
        <source>No offers to show.</source>
        <translation>Aucune offre à afficher.</translation>
    </message>
    <message>
        <source>Each offer&apos;s pay over 1 year under the stock scenarios, from its worst to its best, with its expected case marked.</source>
        <translation>La rémunération de chaque offre sur 1 an selon les scénarios d&apos;évolution du cours, du pire au meilleur, avec son cas attendu signalé.</translation>
    </message>
    <message>
        <source>Each offer&apos;s total pay over %1 years under the stock scenarios, from its worst to its best, with its expected case marked.</source>
        <translation>La rémunération totale de chaque offre sur %1 ans selon les scénarios d&apos;évolution du cours, du pire au meilleur, avec son cas attendu signalé.</translation>
    </message>
    <message>
        <source>%1: from %2 (stock %3) to %4 (stock %5); expected %6 (stock %7).</source>
        <translation>%1&#xa0;: de %2 (cours %3) à %4 (cours %5)&#xa0;; attendu %6 (cours %7).</translation>
    </message>
    <message>
        <source>Pay in year 1, by stock scenario</source>
        <translation>Rémunération de l&apos;année 1, par scénario d&apos;évolution du cours</translation>
    </message>
    <message>
        <source>Total over %1 years, by stock scenario</source>
        <translation>Total sur %1 ans, par scénario d&apos;évolution du cours</translation>
    </message>
    <message>
        <source>A scenario</source>
        <translation>Un scénario</translation>
    </message>
    <message>
        <source>Expected case</source>
        <translation>Cas attendu</translation>
    </message>
    <message>
        <source>%1, stock %2: %3</source>
        <translation>%1, cours %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1, expected (stock %2): %3</source>
        <translation>%1, attendu (cours %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>; options by exit</source>
        <translation>&#xa0;; stock-options selon la sortie</translation>
    </message>
    <message>
        <source>The winner flips:</source>
        <translation>L&apos;offre en tête change&#xa0;:</translation>
    </message>
    <message>
        <source>Add an offer, and choose a guide and region to compare with, to see your offers under the stock scenarios.</source>
        <translation>Ajoutez une offre, puis choisissez un guide et une région pour comparer, afin de voir vos offres selon les scénarios d&apos;évolution du cours.</translation>
    </message>
    <message>
        <source>Add another offer to see the growth at which they break even.</source>
        <translation>Ajoutez une autre offre pour voir la croissance à laquelle elles s&apos;équilibrent.</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Point d&apos;équilibre</translation>
    </message>
    <message>
        <source>No scenario in the set changes which offer comes out ahead.</source>
        <translation>Aucun scénario de l&apos;ensemble ne change l&apos;offre qui arrive en tête.</translation>
    </message>
</context>
<context>
    <name>GuiApplication</name>
    <message>
        <source>Guides (.md) to show, or to import when they are not in the library yet, or an offers file (.json) to import into the Offers tab. With OfferDesk already open, they go to its window.</source>
        <translation>Guides (.md) à afficher, ou à importer s&apos;ils ne sont pas encore dans la bibliothèque, ou fichier d&apos;offres (.json) à importer dans l&apos;onglet Offres. Si OfferDesk est déjà ouvert, ils sont transmis à sa fenêtre.</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>%1 at %2</source>
        <extracomment>A guide&apos;s title: &quot;Software Engineer at Hugging Face Enterprise&quot;.</extracomment>
        <translation>%1 chez %2</translation>
    </message>
</context>
<context>
    <name>GuideBody</name>
    <message>
        <source>Lever %1</source>
        <translation>Levier %1</translation>
    </message>
</context>
<context>
    <name>GuideBrowserPane</name>
    <message>
        <source>Search guides</source>
        <translation>Rechercher des guides</translation>
    </message>
    <message>
        <source>Search company, role, region, level…</source>
        <translation>Entreprise, poste, région, niveau…</translation>
    </message>
    <message>
        <source>Type a company, role, region or level such as “Google L4” (Ctrl+F)</source>
        <translation>Saisissez une entreprise, un poste, une région ou un niveau, par exemple «&#xa0;Google L4&#xa0;» (Ctrl+F)</translation>
    </message>
    <message>
        <source>Number of matching guides</source>
        <translation>Nombre de guides correspondants</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Guides</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Chargement des guides…</translation>
    </message>
    <message>
        <source>No guide matches “%1”</source>
        <translation>Aucun guide ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
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
            <numerusform>%Ln guide sur %1 correspond</numerusform>
            <numerusform>%Ln guides sur %1 correspondent</numerusform>
        </translation>
    </message>
    <message>
        <source>The guides that match the search: company, role and regions. Choosing one shows it; Enter moves to its pay bands, Escape back to the search.</source>
        <translation>Les guides correspondant à la recherche&#xa0;: entreprise, poste et régions. En choisir un l&apos;affiche&#xa0;; Entrée passe à ses fourchettes de rémunération, Échap revient à la recherche.</translation>
    </message>
</context>
<context>
    <name>GuideDraftWriter</name>
    <message>
        <source>%1: cannot make the folder</source>
        <translation>%1&#xa0;: impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>no guide for &apos;%1, %2&apos;: a guide id needs letters or digits in both names</source>
        <translation>aucun guide pour «&#xa0;%1, %2&#xa0;»&#xa0;: un identifiant de guide exige des lettres ou des chiffres dans les deux noms</translation>
    </message>
    <message>
        <source>no guide written for %1: its draft is not a valid guide</source>
        <translation>aucun guide écrit pour %1&#xa0;: son brouillon n&apos;est pas un guide valide</translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <source>Guide Editor</source>
        <translation>Éditeur de guide</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Acme Robotics</source>
        <translation>Acme Robotics</translation>
    </message>
    <message>
        <source>Company &amp;id:</source>
        <translation>&amp;Identifiant de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>acme-robotics</source>
        <translation>acme-robotics</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; made from the name until you edit it</source>
        <translation>Lettres minuscules, chiffres et tirets&#xa0;; déduit du nom tant que vous ne le modifiez pas</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Software Engineer</source>
        <translation>Software Engineer</translation>
    </message>
    <message>
        <source>Role i&amp;d:</source>
        <translation>Identifiant du p&amp;oste&#xa0;:</translation>
    </message>
    <message>
        <source>software-engineer</source>
        <translation>software-engineer</translation>
    </message>
    <message>
        <source>Re&amp;gions (amounts per year; stock over 4 years):</source>
        <translation>Ré&amp;gions (montants annuels&#xa0;; actions sur 4 ans)&#xa0;:</translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <source>Add a region</source>
        <translation>Ajouter une région</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected region</source>
        <translation>Supprimer la région sélectionnée</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected region up</source>
        <translation>Monter la région sélectionnée</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected region down</source>
        <translation>Descendre la région sélectionnée</translation>
    </message>
    <message>
        <source>Internal &amp;level:</source>
        <translation>&amp;Niveau interne&#xa0;:</translation>
    </message>
    <message>
        <source>L4</source>
        <translation>L4</translation>
    </message>
    <message>
        <source>Equivalent levels, one per row; double-click to edit</source>
        <translation>Niveaux équivalents, un par ligne&#xa0;; double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Add a level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <source>Remove the selected level</source>
        <translation>Supprimer le niveau sélectionné</translation>
    </message>
    <message>
        <source>Data &amp;sources:</source>
        <translation>&amp;Sources des données&#xa0;:</translation>
    </message>
    <message>
        <source>Where the figures come from, one per row; double-click to edit</source>
        <translation>D&apos;où viennent les chiffres, une source par ligne&#xa0;; double-cliquez pour modifier</translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation>Ajouter une source</translation>
    </message>
    <message>
        <source>Add a data source</source>
        <translation>Ajouter une source de données</translation>
    </message>
    <message>
        <source>Remove the selected data source</source>
        <translation>Supprimer la source de données sélectionnée</translation>
    </message>
    <message>
        <source>Data &amp;quality:</source>
        <translation>&amp;Qualité des données&#xa0;:</translation>
    </message>
    <message>
        <source>Last &amp;updated:</source>
        <translation>&amp;Dernière mise à jour&#xa0;:</translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation>Prochaine &amp;révision&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation>&amp;Texte (Markdown)&#xa0;:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Double-click a problem to go to its line</source>
        <translation>Double-cliquez sur un problème pour aller à sa ligne</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Base low</source>
        <translation>Base min.</translation>
    </message>
    <message>
        <source>Base high</source>
        <translation>Base max.</translation>
    </message>
    <message>
        <source>Stock low (4 yr)</source>
        <translation>Actions min. (4 ans)</translation>
    </message>
    <message>
        <source>Stock high (4 yr)</source>
        <translation>Actions max. (4 ans)</translation>
    </message>
    <message>
        <source>Bonus %</source>
        <translation>Bonus %</translation>
    </message>
    <message>
        <source>Total low</source>
        <translation>Total min.</translation>
    </message>
    <message>
        <source>Total high</source>
        <translation>Total max.</translation>
    </message>
    <message>
        <source>## Negotiation Levers

1. **Lever:** what to ask for, and why.
</source>
        <translation>## Negotiation Levers

1. **Levier :** ce qu&apos;il faut demander, et pourquoi.
</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>New guide</source>
        <translation>Nouveau guide</translation>
    </message>
    <message>
        <source>Guide Editor: %1 (a copy of a bundled guide)</source>
        <translation>Éditeur de guide&#xa0;: %1 (copie d&apos;un guide fourni)</translation>
    </message>
    <message>
        <source>Guide Editor: %1 (not saved)</source>
        <translation>Éditeur de guide&#xa0;: %1 (non enregistré)</translation>
    </message>
    <message>
        <source>Guide Editor: %1</source>
        <translation>Éditeur de guide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save as My Guide</source>
        <translation>Enregistrer comme mon guide</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>new guide</source>
        <translation>nouveau guide</translation>
    </message>
    <message>
        <source>No problems: `offerdesk-cli check` accepts this guide.</source>
        <translation>Aucun problème&#xa0;: `offerdesk-cli check` accepte ce guide.</translation>
    </message>
    <message>
        <source>Problems: %1, %2. Double-click one to go to its line.</source>
        <translation>Problèmes&#xa0;: %1, %2. Double-cliquez sur un problème pour aller à sa ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save Guide</source>
        <translation>Enregistrer le guide</translation>
    </message>
    <message numerus="yes">
        <source>The guide has %n error(s): the library will not show it until they are fixed. Save it anyway?</source>
        <translation>
            <numerusform>Le guide comporte %n erreur&#xa0;: la bibliothèque ne l&apos;affichera pas tant qu&apos;elle ne sera pas corrigée. L&apos;enregistrer quand même&#xa0;?</numerusform>
            <numerusform>Le guide comporte %n erreurs&#xa0;: la bibliothèque ne l&apos;affichera pas tant qu&apos;elles ne seront pas corrigées. L&apos;enregistrer quand même&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists in your guides folder. Replace it with this guide?</source>
        <translation>%1 existe déjà dans votre dossier de guides. Le remplacer par ce guide&#xa0;?</translation>
    </message>
    <message>
        <source>Give the company and the role an id first: they name the file.</source>
        <translation>Donnez d&apos;abord un identifiant à l&apos;entreprise et au poste&#xa0;: ils servent à nommer le fichier.</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>Level ma&amp;pping:</source>
        <translation>&amp;Correspondance des niveaux&#xa0;:</translation>
    </message>
</context>
<context>
    <name>GuideFolderWalk</name>
    <message>
        <source>symbolic link loop: this folder is %1 again; not followed</source>
        <translation>boucle de liens symboliques&#xa0;: ce dossier est de nouveau %1&#xa0;; lien non suivi</translation>
    </message>
    <message>
        <source>this folder is %1, already read; not read twice</source>
        <translation>ce dossier est %1, déjà lu&#xa0;; il n&apos;est pas relu</translation>
    </message>
    <message>
        <source>more than %1 levels of folders below %2; not read</source>
        <translation>plus de %1 niveaux de dossiers sous %2&#xa0;; non lu</translation>
    </message>
</context>
<context>
    <name>GuideHeaderWidget</name>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>Guide summary</source>
        <translation>Résumé du guide</translation>
    </message>
    <message>
        <source>STALE</source>
        <translation>PÉRIMÉ</translation>
    </message>
    <message>
        <source>Stale guide</source>
        <translation>Guide périmé</translation>
    </message>
    <message>
        <source>No guide selected</source>
        <translation>Aucun guide sélectionné</translation>
    </message>
    <message>
        <source>Pick a company on the left, or import a guide with File &gt; Import Guide…</source>
        <translation>Choisissez une entreprise à gauche, ou importez un guide avec Fichier &gt; Importer un guide…</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Chargement des guides…</translation>
    </message>
    <message>
        <source>The library is being read; the status bar shows how far. You can type in the filter meanwhile.</source>
        <translation>La bibliothèque est en cours de lecture&#xa0;; la barre d&apos;état indique l&apos;avancement. Vous pouvez saisir un filtre en attendant.</translation>
    </message>
    <message>
        <source>The review of this guide was due on %1. Its numbers may be out of date.</source>
        <translation>La révision de ce guide était prévue le %1. Ses chiffres ne sont peut-être plus à jour.</translation>
    </message>
    <message>
        <source>Equivalent levels: not stated</source>
        <translation>Niveaux équivalents&#xa0;: non précisés</translation>
    </message>
    <message>
        <source>Equivalent levels: %1</source>
        <translation>Niveaux équivalents&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (overdue)&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 (dépassée)&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1, pay data from %2</source>
        <translation>%1, données salariales de %2</translation>
    </message>
    <message>
        <source>Data quality: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; Sources: %2&lt;br&gt;Last updated: %3 &amp;nbsp;|&amp;nbsp; Next review due: %4</source>
        <translation>Qualité des données&#xa0;: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; Sources&#xa0;: %2&lt;br&gt;Dernière mise à jour&#xa0;: %3 &amp;nbsp;|&amp;nbsp; Prochaine révision&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>GuideImporter</name>
    <message>
        <source>not a guide: guide files end in .md</source>
        <translation>ce n&apos;est pas un guide&#xa0;: les fichiers de guide se terminent par .md</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a guide for &apos;%1&apos; is already in the library: %2</source>
        <translation>un guide pour «&#xa0;%1&#xa0;» est déjà dans la bibliothèque&#xa0;: %2</translation>
    </message>
    <message>
        <source>this file is already in the guides folder</source>
        <translation>ce fichier est déjà dans le dossier des guides</translation>
    </message>
    <message>
        <source>cannot create the guides folder %1</source>
        <translation>impossible de créer le dossier des guides %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>GuideIndexCache</name>
    <message>
        <source>not an OfferDesk index cache</source>
        <translation>ce n&apos;est pas un cache d&apos;index OfferDesk</translation>
    </message>
    <message>
        <source>written in another format version</source>
        <translation>écrit dans une autre version du format</translation>
    </message>
    <message>
        <source>written by another version of OfferDesk</source>
        <translation>écrit par une autre version d&apos;OfferDesk</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>checksum mismatch: the file is damaged</source>
        <translation>somme de contrôle incorrecte&#xa0;: le fichier est endommagé</translation>
    </message>
    <message>
        <source>written for another folder</source>
        <translation>écrit pour un autre dossier</translation>
    </message>
    <message>
        <source>damaged entry</source>
        <translation>entrée endommagée</translation>
    </message>
    <message>
        <source>damaged entries</source>
        <translation>entrées endommagées</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
</context>
<context>
    <name>GuideLibrary</name>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>not a guide file: a folder</source>
        <translation>ce n&apos;est pas un fichier de guide&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>duplicate guide id &apos;%1&apos;: already loaded from %2</source>
        <translation>identifiant de guide «&#xa0;%1&#xa0;» en double&#xa0;: déjà chargé depuis %2</translation>
    </message>
    <message>
        <source>the file changed since the library was loaded: its guide id is now &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation>le fichier a changé depuis le chargement de la bibliothèque&#xa0;: son identifiant de guide est maintenant «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>GuideLibraryModel</name>
    <message>
        <source>Stale</source>
        <translation>Périmé</translation>
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
        <translation>, périmé</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>Régions&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stale: the review was due on %1</source>
        <translation>Périmé&#xa0;: la révision était prévue le %1</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Régions</translation>
    </message>
    <message>
        <source>Level mapping</source>
        <translation>Correspondance des niveaux</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Révision</translation>
    </message>
</context>
<context>
    <name>GuideParser</name>
    <message>
        <source>file is %1 bytes; a guide may be at most 1 MiB (%2 bytes)</source>
        <translation>le fichier fait %1 octets&#xa0;; un guide ne peut dépasser 1 Mio (%2 octets)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>ce n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation>une valeur simple</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>un dictionnaire</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1a key must be plain text, not %2</source>
        <translation>%1une clé doit être du texte simple, et non %2</translation>
    </message>
    <message>
        <source>%1duplicate key &apos;%2&apos; (first on line %3)</source>
        <translation>%1clé «&#xa0;%2&#xa0;» en double (première occurrence ligne %3)</translation>
    </message>
    <message>
        <source>%1unknown key &apos;%2&apos; is ignored</source>
        <translation>%1la clé inconnue «&#xa0;%2&#xa0;» est ignorée</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be text, not %3</source>
        <translation>%1«&#xa0;%2&#xa0;» doit être du texte, et non %3</translation>
    </message>
    <message>
        <source>%1missing required field &apos;%2&apos;</source>
        <translation>%1champ obligatoire «&#xa0;%2&#xa0;» manquant</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must not be empty</source>
        <translation>%1«&#xa0;%2&#xa0;» ne doit pas être vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a date written YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» doit être une date au format AAAA-MM-JJ, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a number, not %3</source>
        <translation>%1«&#xa0;%2&#xa0;» doit être un nombre, et non %3</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a plain number, not quoted text &quot;%3&quot;</source>
        <translation>%1«&#xa0;%2&#xa0;» doit être un simple nombre, et non du texte entre guillemets «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a plain number, not a value with the YAML tag %3</source>
        <translation>%1«&#xa0;%2&#xa0;» doit être un simple nombre, et non une valeur avec l&apos;étiquette YAML %3</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a number such as 170000, not &apos;%3&apos;</source>
        <translation>%1«&#xa0;%2&#xa0;» doit être un nombre comme 170000, et non «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must not be negative (%3)</source>
        <translation>%1«&#xa0;%2&#xa0;» ne doit pas être négatif (%3)</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; has a leading zero (&apos;%3&apos;); write it without, since YAML may read it as octal</source>
        <translation>%1«&#xa0;%2&#xa0;» commence par un zéro («&#xa0;%3&#xa0;»)&#xa0;; écrivez-le sans, car YAML pourrait le lire en octal</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; is out of range: %3 (at most %4)</source>
        <translation>%1«&#xa0;%2&#xa0;» est hors limites&#xa0;: %3 (au plus %4)</translation>
    </message>
    <message>
        <source>%1: stated %2 %3 differs from base + stock/4 + bonus = %4 by %5%</source>
        <translation>%1&#xa0;: le %2 indiqué (%3) diffère de base + actions/4 + bonus = %4 de %5&#xa0;%</translation>
    </message>
    <message>
        <source>&apos;compensation&apos; must be a list of regions, not %1</source>
        <translation>«&#xa0;compensation&#xa0;» doit être une liste de régions, et non %1</translation>
    </message>
    <message>
        <source>&apos;compensation&apos; is empty: give at least one region</source>
        <translation>«&#xa0;compensation&#xa0;» est vide&#xa0;: indiquez au moins une région</translation>
    </message>
    <message>
        <source>&apos;compensation&apos; has %1 regions; at most %2 are allowed</source>
        <translation>«&#xa0;compensation&#xa0;» compte %1 régions&#xa0;; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>%1each region must be a mapping of fields, not %2</source>
        <translation>%1chaque région doit être un dictionnaire de champs, et non %2</translation>
    </message>
    <message>
        <source>%1duplicate region &apos;%2&apos; (first on line %3)</source>
        <translation>%1région «&#xa0;%2&#xa0;» en double (première occurrence ligne %3)</translation>
    </message>
    <message>
        <source>%1missing required field &apos;currency&apos;</source>
        <translation>%1champ obligatoire «&#xa0;currency&#xa0;» manquant</translation>
    </message>
    <message>
        <source>%1&apos;currency&apos; is null; give an ISO 4217 code such as USD</source>
        <translation>%1«&#xa0;currency&#xa0;» est nul&#xa0;; indiquez un code ISO 4217 comme USD</translation>
    </message>
    <message>
        <source>%1&apos;currency&apos; must be an ISO 4217 code of three capital letters such as USD, not &apos;%2&apos;</source>
        <translation>%1«&#xa0;currency&#xa0;» doit être un code ISO 4217 de trois lettres majuscules comme USD, et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; (%3) is greater than &apos;%4&apos; (%5)</source>
        <translation>%1«&#xa0;%2&#xa0;» (%3) est supérieur à «&#xa0;%4&#xa0;» (%5)</translation>
    </message>
    <message>
        <source>&apos;level_mapping&apos; must be a mapping with &apos;internal&apos; and &apos;raw&apos;, not %1</source>
        <translation>«&#xa0;level_mapping&#xa0;» doit être un dictionnaire avec «&#xa0;internal&#xa0;» et «&#xa0;raw&#xa0;», et non %1</translation>
    </message>
    <message>
        <source>&apos;data_sources&apos; must be a list of text, not %1</source>
        <translation>«&#xa0;data_sources&#xa0;» doit être une liste de textes, et non %1</translation>
    </message>
    <message>
        <source>data_sources[%1] must be text, not %2</source>
        <translation>data_sources[%1] doit être du texte, et non %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a slug of lower-case letters, digits and dashes, such as &apos;software-engineer&apos;, not &apos;%2&apos;</source>
        <translation>«&#xa0;%1&#xa0;» doit être un identifiant en lettres minuscules, chiffres et tirets, comme «&#xa0;software-engineer&#xa0;», et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;data_quality&apos; is usually high, medium or low, not &apos;%1&apos;</source>
        <translation>«&#xa0;data_quality&#xa0;» vaut d&apos;ordinaire high, medium ou low, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&apos;salary_data_quarter&apos; must be written YYYY-Qn, such as 2025-Q4, not &apos;%1&apos;</source>
        <translation>«&#xa0;salary_data_quarter&#xa0;» doit s&apos;écrire AAAA-Qn, comme 2025-Q4, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>missing required field &apos;compensation&apos;</source>
        <translation>champ obligatoire «&#xa0;compensation&#xa0;» manquant</translation>
    </message>
    <message>
        <source>a carriage return without a line feed: save the guide with LF or CRLF line endings</source>
        <translation>un retour chariot sans saut de ligne&#xa0;: enregistrez le guide avec des fins de ligne LF ou CRLF</translation>
    </message>
    <message>
        <source>contains the control character U+%1: this is not plain text</source>
        <translation>contient le caractère de contrôle U+%1&#xa0;: ce n&apos;est pas du texte brut</translation>
    </message>
    <message>
        <source>invalid UTF-8: save the guide as UTF-8 text</source>
        <translation>UTF-8 non valide&#xa0;: enregistrez le guide en texte UTF-8</translation>
    </message>
    <message>
        <source>contains a NUL byte: this is not a text file</source>
        <translation>contient un octet NUL&#xa0;: ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>no front matter: a guide starts with a line &apos;---&apos;</source>
        <translation>pas d&apos;en-tête YAML&#xa0;: un guide commence par une ligne «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <source>front matter opened on line 1 is never closed by a line &apos;---&apos;</source>
        <translation>l&apos;en-tête YAML ouvert ligne 1 n&apos;est jamais refermé par une ligne «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <source>front matter is %1 bytes; at most %2 (64 KiB) are allowed</source>
        <translation>l&apos;en-tête YAML fait %1 octets&#xa0;; %2 (64 Kio) au maximum sont autorisés</translation>
    </message>
    <message>
        <source>line is %1 characters long; at most %2 are allowed</source>
        <translation>la ligne fait %1 caractères&#xa0;; %2 au maximum sont autorisés</translation>
    </message>
    <message>
        <source>the body has %1 lines; at most %2 are allowed</source>
        <translation>le texte compte %1 lignes&#xa0;; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>the body is %1 bytes; at most %2 (256 KiB) are allowed</source>
        <translation>le texte fait %1 octets&#xa0;; %2 (256 Kio) au maximum sont autorisés</translation>
    </message>
    <message>
        <source>front matter cannot be read: %1</source>
        <translation>l&apos;en-tête YAML est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>erreur de syntaxe YAML&#xa0;: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not read as a key: the value before it runs on (an unterminated quote?)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas été lu comme une clé&#xa0;: la valeur qui précède déborde (guillemet non refermé&#xa0;?)</translation>
    </message>
    <message>
        <source>next_review_due %1 is in the past: the pay data may be stale</source>
        <translation>next_review_due %1 est passé&#xa0;: les données salariales sont peut-être périmées</translation>
    </message>
    <message>
        <source>front matter must be a mapping of keys to values, not %1</source>
        <translation>l&apos;en-tête YAML doit être un dictionnaire de clés et de valeurs, et non %1</translation>
    </message>
</context>
<context>
    <name>GuideTextBrowser</name>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation>Ouvre %1 dans votre navigateur web</translation>
    </message>
    <message>
        <source>This link is not opened: only https links are (%1)</source>
        <translation>Ce lien n&apos;est pas ouvert&#xa0;: seuls les liens https le sont (%1)</translation>
    </message>
</context>
<context>
    <name>GuideWriter</name>
    <message>
        <source>the front matter cannot be read: %1</source>
        <translation>l&apos;en-tête YAML est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys to values</source>
        <translation>l&apos;en-tête YAML n&apos;est pas un dictionnaire de clés et de valeurs</translation>
    </message>
    <message>
        <source>the original file has no front matter</source>
        <translation>le fichier d&apos;origine n&apos;a pas d&apos;en-tête YAML</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Levers and script</source>
        <translation>Leviers et argumentaire</translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation>Texte du guide</translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation>Détails du guide</translation>
    </message>
    <message>
        <source>Pay &amp;bands</source>
        <translation>Fo&amp;urchettes</translation>
    </message>
    <message>
        <source>&amp;Levers &amp;&amp; script</source>
        <translation>&amp;Leviers &amp;&amp; argumentaire</translation>
    </message>
    <message>
        <source>Full gui&amp;de</source>
        <translation>Guide co&amp;mplet</translation>
    </message>
    <message>
        <source>Compare co&amp;mpanies</source>
        <translation>Comparer les e&amp;ntreprises</translation>
    </message>
    <message>
        <source>This guide&apos;s text can&apos;t be shown:

%1</source>
        <translation>Le texte de ce guide ne peut pas être affiché&#xa0;:

%1</translation>
    </message>
</context>
<context>
    <name>LeverDocument</name>
    <message>
        <source>Levers</source>
        <translation>Leviers</translation>
    </message>
    <message>
        <source>This guide lists no levers.</source>
        <translation>Ce guide ne propose aucun levier.</translation>
    </message>
    <message>
        <source>Negotiate up: the script</source>
        <translation>Négocier à la hausse&#xa0;: l&apos;argumentaire</translation>
    </message>
    <message>
        <source>This guide has no script.</source>
        <translation>Ce guide n&apos;a pas d&apos;argumentaire.</translation>
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
        <translation>&amp;Guides</translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation>&amp;Offres</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>Contre-&amp;proposition</translation>
    </message>
    <message>
        <source>Library status</source>
        <translation>État de la bibliothèque</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Chargement des guides…</translation>
    </message>
    <message>
        <source>Guides loaded</source>
        <translation>Guides chargés</translation>
    </message>
    <message>
        <source>The levers and script of %1 can&apos;t be read: %2</source>
        <translation>Les leviers et l&apos;argumentaire de %1 sont illisibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Negotiation Summary</source>
        <translation>Exporter la synthèse de négociation</translation>
    </message>
    <message>
        <source>Choose a guide and a region first: the summary compares your offers with a company&apos;s band.</source>
        <translation>Choisissez d&apos;abord un guide et une région&#xa0;: la synthèse compare vos offres à la fourchette d&apos;une entreprise.</translation>
    </message>
    <message>
        <source>The summary can&apos;t be made: %1</source>
        <translation>La synthèse ne peut pas être produite&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Guide…</source>
        <translation>&amp;Importer un guide…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Check guide files and copy the good ones into your guides folder</source>
        <translation>Vérifier des fichiers de guide et copier ceux qui sont valides dans votre dossier de guides</translation>
    </message>
    <message>
        <source>Open &amp;Guides Folder</source>
        <translation>Ouvrir le dossier des &amp;guides</translation>
    </message>
    <message>
        <source>Show your own guides folder in the file manager</source>
        <translation>Afficher votre dossier de guides dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>&amp;New Guide…</source>
        <translation>&amp;Nouveau guide…</translation>
    </message>
    <message>
        <source>Write a guide of your own in the guide editor</source>
        <translation>Écrire votre propre guide dans l&apos;éditeur de guide</translation>
    </message>
    <message>
        <source>&amp;Edit Guide…</source>
        <translation>&amp;Modifier le guide…</translation>
    </message>
    <message>
        <source>Edit the guide shown in the Guides tab; a bundled guide is saved as your copy</source>
        <translation>Modifier le guide affiché dans l&apos;onglet Guides&#xa0;; un guide fourni est enregistré comme votre copie</translation>
    </message>
    <message>
        <source>New Guide from &amp;Data Points…</source>
        <translation>Nouveau guide à partir de &amp;données…</translation>
    </message>
    <message>
        <source>Build bands from a CSV file of pay data points and open them as a draft guide</source>
        <translation>Construire des fourchettes à partir d&apos;un fichier CSV de données salariales et les ouvrir comme brouillon de guide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Find Guide</source>
        <translation>&amp;Rechercher un guide</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About OfferDesk</source>
        <translation>À &amp;propos d&apos;OfferDesk</translation>
    </message>
    <message>
        <source>Edit Guide</source>
        <translation>Modifier le guide</translation>
    </message>
    <message>
        <source>Choose a guide in the Guides tab first.</source>
        <translation>Choisissez d&apos;abord un guide dans l&apos;onglet Guides.</translation>
    </message>
    <message>
        <source>New Guide from Data Points</source>
        <translation>Nouveau guide à partir de données</translation>
    </message>
    <message>
        <source>Data points (*.csv);;All files (*)</source>
        <translation>Données salariales (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the data points; each bad row was skipped.</source>
        <translation>
            <numerusform>%n problème dans les données&#xa0;; chaque ligne erronée a été ignorée.</numerusform>
            <numerusform>%n problèmes dans les données&#xa0;; chaque ligne erronée a été ignorée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data points make %n draft guide(s). Open:</source>
        <translation>
            <numerusform>Les données donnent %n brouillon de guide. Ouvrir&#xa0;:</numerusform>
            <numerusform>Les données donnent %n brouillons de guide. Ouvrir&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>%1 of %2 guides</source>
        <translation>%1 guides sur %2</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>aucun problème</translation>
    </message>
    <message>
        <source>Import Guides</source>
        <translation>Importer des guides</translation>
    </message>
    <message>
        <source>Guides (*.md);;All files (*)</source>
        <translation>Guides (*.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The guide was not imported.</source>
        <translation>Le guide n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>No guide was imported.</source>
        <translation>Aucun guide n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing was copied for a file with errors. Fix them and import it again.</source>
        <translation>Rien n&apos;a été copié pour un fichier comportant des erreurs. Corrigez-les et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>About OfferDesk</source>
        <translation>À propos d&apos;OfferDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OfferDesk %1&lt;/h3&gt;&lt;p&gt;Negotiation guides, offer comparison and counter-offers for software engineers.&lt;/p&gt;&lt;p&gt;Everything stays on your computer: your offers never leave it.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The OfferDesk developers. OfferDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OfferDesk %1&lt;/h3&gt;&lt;p&gt;Guides de négociation, comparaison d&apos;offres et contre-propositions pour les ingénieurs logiciel.&lt;/p&gt;&lt;p&gt;Tout reste sur votre ordinateur&#xa0;: vos offres ne le quittent jamais.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The OfferDesk developers. OfferDesk est un logiciel libre&#xa0;: vous pouvez le redistribuer et/ou le modifier selon les termes de la licence publique générale GNU (GPL), version 3 ou (à votre choix) toute version ultérieure. Il est fourni sans aucune garantie.&lt;/p&gt;</translation>
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
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln avertissement</numerusform>
            <numerusform>%Ln avertissements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln guide(s).</source>
        <translation>
            <numerusform>%Ln guide importé.</numerusform>
            <numerusform>%Ln guides importés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) were not imported.</source>
        <translation>
            <numerusform>%Ln fichier n&apos;a pas été importé.</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas été importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline notice</source>
        <translation>Alerte de date limite</translation>
    </message>
    <message>
        <source>Recorded the counter sent to %1; Undo on the Offers tab takes it back.</source>
        <translation>Contre-proposition envoyée à %1 consignée&#xa0;; Annuler dans l&apos;onglet Offres la retire.</translation>
    </message>
    <message>
        <source>Offer&amp;s</source>
        <translation>Offr&amp;es</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>P&amp;roblèmes</translation>
    </message>
    <message>
        <source>Show the guides&apos; problems under the Guides tab</source>
        <translation>Afficher les problèmes des guides sous l&apos;onglet Guides</translation>
    </message>
    <message>
        <source>No guides yet</source>
        <translation>Aucun guide pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Import Guides…</source>
        <translation>&amp;Importer des guides…</translation>
    </message>
    <message>
        <source>Open the Offers &amp;Tab</source>
        <translation>Ouvrir l&apos;ongle&amp;t Offres</translation>
    </message>
    <message>
        <source>A guide holds one company&apos;s pay bands for a role, with the levers and the script to negotiate them. Import guide files (.md), or write a guide of your own.</source>
        <translation>Un guide rassemble les fourchettes de rémunération d&apos;une entreprise pour un poste, avec les leviers et l&apos;argumentaire pour les négocier. Importez des fichiers de guide (.md), ou rédigez votre propre guide.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) kept guides from loading: they are listed under Problems.</source>
        <translation>
            <numerusform>%n problème a empêché le chargement de guides&#xa0;: il figure sous Problèmes.</numerusform>
            <numerusform>%n problèmes ont empêché le chargement de guides&#xa0;: ils figurent sous Problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Which offer are you negotiating?</source>
        <translation>Quelle offre négociez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>No offer to counter yet</source>
        <translation>Aucune offre à laquelle répondre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Mark the offer you are negotiating as the target: select it in the Offers tab and choose Offers &gt; Mark as Target (Ctrl+T). Your other offers count as its alternatives.</source>
        <translation>Marquez l&apos;offre que vous négociez comme cible&#xa0;: sélectionnez-la dans l&apos;onglet Offres et choisissez Offres &gt; Marquer comme cible (Ctrl+T). Vos autres offres comptent comme ses alternatives.</translation>
    </message>
    <message>
        <source>Add the offer you are negotiating in the Offers tab and mark it as the target. The Counter tab then suggests what to ask for, where to walk away, and what to say.</source>
        <translation>Ajoutez l&apos;offre que vous négociez dans l&apos;onglet Offres et marquez-la comme cible. L&apos;onglet Contre-proposition vous suggère alors quoi demander, à partir de quel seuil renoncer et quoi dire.</translation>
    </message>
    <message>
        <source>Open Guide</source>
        <translation>Ouvrir un guide</translation>
    </message>
    <message>
        <source>Not opened: %1. OfferDesk opens guides (.md) and offers files (.json).</source>
        <translation>Non ouvert&#xa0;: %1. OfferDesk ouvre les guides (.md) et les fichiers d&apos;offres (.json).</translation>
    </message>
</context>
<context>
    <name>MessageDraft</name>
    <message>
        <source>Hi,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>the role at %1</source>
        <translation>le poste chez %1</translation>
    </message>
    <message>
        <source>the %1 role at %2</source>
        <translation>le poste de %1 chez %2</translation>
    </message>
    <message>
        <source>Following up on the offer</source>
        <translation>Suite à votre offre</translation>
    </message>
    <message>
        <source>Following up on the %1 offer</source>
        <translation>Suite à votre offre pour le poste de %1</translation>
    </message>
    <message>
        <source>Thank you for the offer for %1.</source>
        <translation>Merci pour votre offre concernant %1.</translation>
    </message>
    <message>
        <source>Could we find a time this week to talk it through?</source>
        <translation>Pourrions-nous trouver un moment cette semaine pour en discuter&#xa0;?</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Bien cordialement,</translation>
    </message>
    <message>
        <source>Time to decide on the %1 offer</source>
        <translation>Délai de réflexion pour l&apos;offre %1</translation>
    </message>
    <message>
        <source>Could we move the deadline from %1 to %2? I will have a clear answer for you by then.</source>
        <translation>Serait-il possible de repousser la date limite du %1 au %2&#xa0;? Je vous apporterai une réponse claire d&apos;ici là.</translation>
    </message>
    <message>
        <source>Could I have until %1 to decide? I will have a clear answer for you by then.</source>
        <translation>Pourrais-je disposer d&apos;un délai jusqu&apos;au %1 pour me décider&#xa0;? Je vous apporterai une réponse claire d&apos;ici là.</translation>
    </message>
    <message>
        <source>Could I have one more week to decide? I will have a clear answer for you by then.</source>
        <translation>Pourrais-je disposer d&apos;une semaine supplémentaire pour me décider&#xa0;? Je vous apporterai une réponse claire d&apos;ici là.</translation>
    </message>
    <message>
        <source>Thank you again for the offer for %1. I am taking the decision seriously and want to give you a considered answer.</source>
        <translation>Merci encore pour votre offre concernant %1. Je prends cette décision très au sérieux et souhaite vous apporter une réponse réfléchie.</translation>
    </message>
    <message>
        <source>Thank you for understanding,</source>
        <translation>Merci de votre compréhension,</translation>
    </message>
</context>
<context>
    <name>MessageDraftPanel</name>
    <message>
        <source>Cop&amp;y message</source>
        <translation>Co&amp;pier le message</translation>
    </message>
    <message>
        <source>Open in mai&amp;l app</source>
        <translation>Ouvrir dans la messa&amp;gerie</translation>
    </message>
    <message>
        <source>Wr&amp;ite again</source>
        <translation>Réécr&amp;ire</translation>
    </message>
    <message>
        <source>Email draft</source>
        <translation>Brouillon d&apos;e-mail</translation>
    </message>
    <message>
        <source>An email with your counter, to edit, copy or open in your mail app.</source>
        <translation>Un e-mail contenant votre contre-proposition, à modifier, copier ou ouvrir dans votre messagerie.</translation>
    </message>
    <message>
        <source>Deadline note</source>
        <translation>Remarque sur la date limite</translation>
    </message>
    <message>
        <source>Ask for more time</source>
        <translation>Demander un délai</translation>
    </message>
    <message>
        <source>Switches the draft between your counter and a short message asking for more time before the deadline.</source>
        <translation>Bascule le brouillon entre votre contre-proposition et un court message demandant un délai avant la date limite.</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The email&apos;s text. Words to reconsider are underlined; the list below says why.</source>
        <translation>Le texte de l&apos;e-mail. Les mots à revoir sont soulignés&#xa0;; la liste ci-dessous explique pourquoi.</translation>
    </message>
    <message>
        <source>Puts the subject and the message on the clipboard</source>
        <translation>Copie l&apos;objet et le message dans le presse-papiers</translation>
    </message>
    <message>
        <source>Opens a new email with this subject and message in your mail app</source>
        <translation>Ouvre un nouvel e-mail avec cet objet et ce message dans votre messagerie</translation>
    </message>
    <message>
        <source>Throws away your edits and writes the message again from the counter</source>
        <translation>Abandonne vos modifications et réécrit le message à partir de la contre-proposition</translation>
    </message>
    <message>
        <source>Sub&amp;ject:</source>
        <translation>Ob&amp;jet&#xa0;:</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>No mail app opened. Copy the message and paste it into your email instead.</source>
        <translation>Aucune messagerie ne s&apos;est ouverte. Copiez plutôt le message et collez-le dans votre e-mail.</translation>
    </message>
    <message>
        <source>The email appears here once there is a counter.</source>
        <translation>L&apos;e-mail apparaîtra ici dès qu&apos;il y aura une contre-proposition.</translation>
    </message>
    <message>
        <source>%1: the deadline is close (%2).</source>
        <translation>%1&#xa0;: la date limite approche (%2).</translation>
    </message>
    <message>
        <source>Back to the co&amp;unter</source>
        <translation>Re&amp;venir à la contre-proposition</translation>
    </message>
    <message>
        <source>Ask for more time inste&amp;ad</source>
        <translation>Demander pl&amp;utôt un délai</translation>
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
        <translation>M</translation>
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
        <translation> et </translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Stock grant, 4 years</source>
        <translation>Attribution d&apos;actions, 4 ans</translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation>Actions par an</translation>
    </message>
    <message>
        <source>grant ÷ 4</source>
        <translation>attribution ÷ 4</translation>
    </message>
    <message>
        <source>Bonus, %1% of base</source>
        <translation>Bonus, %1&#xa0;% du salaire de base</translation>
    </message>
    <message>
        <source>Total comp, computed</source>
        <translation>Rémunération totale, calculée</translation>
    </message>
    <message>
        <source>base + stock per year + bonus</source>
        <translation>base + actions par an + bonus</translation>
    </message>
    <message>
        <source>Total comp, stated</source>
        <translation>Rémunération totale, indiquée</translation>
    </message>
    <message>
        <source>stated by the guide; offers are placed against it</source>
        <translation>indiquée par le guide&#xa0;; les offres sont situées par rapport à elle</translation>
    </message>
    <message>
        <source>The guide&apos;s stated total comp matches the sum of its parts.</source>
        <translation>La rémunération totale indiquée par le guide correspond à la somme de ses éléments.</translation>
    </message>
    <message>
        <source>The guide&apos;s stated total differs from the sum of its parts (%1 at the low end, %2 at the high end), perhaps from refreshers or a bonus above target. Offer positions use the stated total.</source>
        <translation>Le total indiqué par le guide diffère de la somme de ses éléments (%1 en bas de fourchette, %2 en haut), peut-être à cause d&apos;attributions complémentaires ou d&apos;un bonus supérieur à la cible. La position des offres repose sur le total indiqué.</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>aucune nécessaire</translation>
    </message>
    <message>
        <source> (the inverse of your %1 → %2 rate)</source>
        <translation> (l&apos;inverse de votre taux %1 → %2)</translation>
    </message>
    <message>
        <source>, entered %1</source>
        <translation>, saisi le %1</translation>
    </message>
    <message>
        <source>Every offer is in %1, the band&apos;s currency: no conversion was needed.</source>
        <translation>Toutes les offres sont en %1, la devise de la fourchette&#xa0;: aucune conversion n&apos;a été nécessaire.</translation>
    </message>
    <message>
        <source>Converted into %1 with your own rates: %2.</source>
        <extracomment>Between the rates in &quot;Converted into %1 with your own rates: %2.&quot;</extracomment>
        <translation>Converties en %1 avec vos propres taux&#xa0;: %2.</translation>
    </message>
    <message>
        <source>a %1% premium to join</source>
        <translation>une concession de %1&#xa0;% pour rejoindre l&apos;entreprise</translation>
    </message>
    <message>
        <source>no premium</source>
        <translation>aucune concession</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>your best alternative, %1</source>
        <translation>votre meilleure alternative, %1</translation>
    </message>
    <message>
        <source>your best alternative</source>
        <translation>votre meilleure alternative</translation>
    </message>
    <message>
        <source>%1, less your %2% premium</source>
        <translation>%1, moins votre concession de %2&#xa0;%</translation>
    </message>
    <message>
        <source>your stated walk-away</source>
        <translation>le seuil de rupture que vous avez indiqué</translation>
    </message>
    <message>
        <source>the offer itself, since you hold no competing offer and stated no walk-away</source>
        <translation>l&apos;offre elle-même, puisque vous n&apos;avez aucune offre concurrente ni seuil de rupture indiqué</translation>
    </message>
    <message>
        <source>your floor of %1 a year over 4 years (from %2)</source>
        <translation>votre seuil de %1 par an sur 4 ans (d&apos;après %2)</translation>
    </message>
    <message>
        <source>Meets your floor</source>
        <translation>Atteint votre seuil</translation>
    </message>
    <message>
        <source>The counter meets %1.</source>
        <translation>La contre-proposition atteint %1.</translation>
    </message>
    <message>
        <source>Below your floor: this band can&apos;t reach it</source>
        <translation>Sous votre seuil&#xa0;: cette fourchette ne permet pas de l&apos;atteindre</translation>
    </message>
    <message>
        <source>This company&apos;s band can&apos;t reach %1: the script asks for a higher level, a larger sign-on or an exception, and commits to nothing.</source>
        <translation>La fourchette de cette entreprise ne permet pas d&apos;atteindre %1&#xa0;: l&apos;argumentaire demande un niveau supérieur, une prime d&apos;arrivée plus élevée ou une exception, sans rien promettre.</translation>
    </message>
    <message>
        <source>Below your floor: your hand-set asks leave it short</source>
        <translation>Sous votre seuil&#xa0;: vos demandes saisies à la main ne suffisent pas</translation>
    </message>
    <message>
        <source>Your hand-set asks leave the counter at %1 a year over 4 years, below %2: the script commits to nothing. The suggested asks reach it.</source>
        <translation>Vos demandes saisies à la main placent la contre-proposition à %1 par an sur 4 ans, sous %2&#xa0;: l&apos;argumentaire ne promet rien. Les demandes suggérées l&apos;atteignent.</translation>
    </message>
    <message>
        <source>Below your floor</source>
        <translation>Sous votre seuil</translation>
    </message>
    <message>
        <source>The counter comes to %1 a year over 4 years, below %2: the script commits to nothing.</source>
        <translation>La contre-proposition revient à %1 par an sur 4 ans, sous %2&#xa0;: l&apos;argumentaire ne promet rien.</translation>
    </message>
    <message>
        <source>Equity, %1-year grant</source>
        <translation>Actions, attribution sur %1 ans</translation>
    </message>
    <message>
        <source>Sign-on bonus</source>
        <translation>Prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: there are no offers to counter.</source>
        <translation>Cette synthèse ne contient pas de contre-proposition&#xa0;: il n&apos;y a aucune offre à laquelle répondre.</translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: none of the offers is marked as the target, the one being negotiated. Mark it as the target (&quot;target&quot;: true in the offers file, or Target in the Offers tab) to get the asks, a walk-away floor and a script filled in with these offers.</source>
        <translation>Cette synthèse ne contient pas de contre-proposition&#xa0;: aucune offre n&apos;est marquée comme cible, c&apos;est-à-dire comme celle que vous négociez. Marquez-la comme cible (&quot;target&quot;: true dans le fichier d&apos;offres, ou Cible dans l&apos;onglet Offres) pour obtenir les demandes, un seuil de rupture et un argumentaire établis à partir de ces offres.</translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: %1 offers are marked as the target (%2). Mark only the one being negotiated.</source>
        <translation>Cette synthèse ne contient pas de contre-proposition&#xa0;: %1 offres sont marquées comme cible (%2). Ne marquez que celle que vous négociez.</translation>
    </message>
    <message>
        <source>Guide data last updated %1</source>
        <translation>Données du guide mises à jour le %1</translation>
    </message>
    <message>
        <source>salary data from %1</source>
        <translation>données salariales de %1</translation>
    </message>
    <message>
        <source>data quality %1</source>
        <translation>qualité des données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next review due %1.</source>
        <translation>Prochaine révision prévue le %1.</translation>
    </message>
    <message>
        <source>This guide was due for review on %1, before this summary was prepared: the figures may be out of date.</source>
        <translation>La révision de ce guide était prévue le %1, avant l&apos;établissement de cette synthèse&#xa0;: les chiffres ne sont peut-être plus à jour.</translation>
    </message>
    <message>
        <source>The guide names no sources.</source>
        <translation>Le guide ne cite aucune source.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Sources&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No offers were given.</source>
        <translation>Aucune offre n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>Each bar is an offer&apos;s 4-year average, split into its parts; the shaded area is the guide&apos;s total comp band for %1.</source>
        <translation>Chaque barre représente la moyenne sur 4 ans d&apos;une offre, décomposée en ses éléments&#xa0;; la zone grisée est la fourchette de rémunération totale du guide pour %1.</translation>
    </message>
    <message>
        <source> Left of the red dashed floor, you would walk away.</source>
        <translation> À gauche du seuil en pointillés rouges, vous renonceriez.</translation>
    </message>
    <message>
        <source>Filled in with these offers and asks, in the spirit of the guide&apos;s own &quot;negotiate up&quot; strategy: the words to say on the call.</source>
        <translation>Établi à partir de ces offres et de ces demandes, dans l&apos;esprit de la stratégie «&#xa0;négocier à la hausse&#xa0;» du guide&#xa0;: les mots à prononcer lors de l&apos;appel.</translation>
    </message>
    <message>
        <source>Filled in with these offers and asks, in the spirit of the guide&apos;s own &quot;negotiate up&quot; strategy. These asks don&apos;t reach what you would walk away for, so the script commits to nothing.</source>
        <translation>Établi à partir de ces offres et de ces demandes, dans l&apos;esprit de la stratégie «&#xa0;négocier à la hausse&#xa0;» du guide. Ces demandes n&apos;atteignent pas votre seuil de rupture&#xa0;: l&apos;argumentaire ne promet donc rien.</translation>
    </message>
    <message>
        <source>The guide has no &quot;negotiate up&quot; script, and there is no counter to fill one in.</source>
        <translation>Le guide n&apos;a pas d&apos;argumentaire «&#xa0;négocier à la hausse&#xa0;», et aucune contre-proposition ne permet d&apos;en établir un.</translation>
    </message>
    <message>
        <source>The guide&apos;s own &quot;negotiate up&quot; strategy, as written. Its figures are the guide&apos;s example, not yours: with a target offer, this section is filled in with your offers, asks and floor.</source>
        <translation>La stratégie «&#xa0;négocier à la hausse&#xa0;» du guide, telle qu&apos;elle est rédigée. Ses chiffres sont l&apos;exemple du guide, pas les vôtres&#xa0;: avec une offre cible, cette section est établie à partir de vos offres, de vos demandes et de votre seuil.</translation>
    </message>
    <message>
        <source>The guide&apos;s levers that fit this counter, in its own words, with how to use each here.</source>
        <translation>Les leviers du guide adaptés à cette contre-proposition, dans ses propres termes, avec la façon de s&apos;en servir ici.</translation>
    </message>
    <message>
        <source>The guide lists no levers.</source>
        <translation>Le guide ne propose aucun levier.</translation>
    </message>
    <message>
        <source>The guide&apos;s levers, in its own words.</source>
        <translation>Les leviers du guide, dans ses propres termes.</translation>
    </message>
    <message>
        <source>Positions, asks and the floor are computed from those estimates and the offers entered.</source>
        <translation>Les positions, les demandes et le seuil sont calculés à partir de ces estimations et des offres saisies.</translation>
    </message>
    <message>
        <source>Positions are computed from those estimates and the offers entered.</source>
        <translation>Les positions sont calculées à partir de ces estimations et des offres saisies.</translation>
    </message>
    <message>
        <source>Every band figure here is the guide&apos;s estimate from public sources%1%2, not an offer and not a promise of pay. %3 Only a written offer from the company is binding; check each figure against it before relying on it.</source>
        <translation>Chaque chiffre de fourchette est une estimation du guide fondée sur des sources publiques%1%2, et non une offre ni une promesse de rémunération. %3 Seule une offre écrite de l&apos;entreprise engage celle-ci&#xa0;; vérifiez chaque chiffre par rapport à elle avant de vous y fier.</translation>
    </message>
    <message>
        <source>, salary data from %1</source>
        <translation>, données salariales de %1</translation>
    </message>
    <message>
        <source>guide &apos;%1&apos; has no region &apos;%2&apos;; its regions are %3</source>
        <translation>le guide «&#xa0;%1&#xa0;» n&apos;a pas de région «&#xa0;%2&#xa0;»&#xa0;; ses régions sont %3</translation>
    </message>
    <message>
        <source>Negotiation summary: %1, %2</source>
        <translation>Synthèse de négociation&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Établie le %1</translation>
    </message>
    <message>
        <source>Pay band</source>
        <translation>Fourchette de rémunération</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Offers against the band</source>
        <translation>Offres face à la fourchette</translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation>Contre-proposition</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Argumentaire</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Leviers</translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation>À propos de ces chiffres</translation>
    </message>
    <message>
        <source>Pay band: %1, %2</source>
        <translation>Fourchette de rémunération&#xa0;: %1, %2</translation>
    </message>
    <message>
        <source>Offers, in %1</source>
        <translation>Offres, en %1</translation>
    </message>
    <message>
        <source>%1 · Negotiation summary</source>
        <translation>%1 · Synthèse de négociation</translation>
    </message>
    <message>
        <source>%1 with OfferDesk · estimates, not an offer</source>
        <translation>%1 avec OfferDesk · estimations, pas une offre</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (cible)</translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation>Cible&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: current %2, ask %3%4, band %5 – %6, best alternative %7</source>
        <translation>%1&#xa0;: actuel %2, demande %3%4, fourchette %5 – %6, meilleure alternative %7</translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation> (saisie à la main)</translation>
    </message>
    <message>
        <source> (raised to reach the floor)</source>
        <translation> (relevée pour atteindre le seuil)</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Counter: year 1 %1, 4-year average %2</source>
        <translation>Contre-proposition&#xa0;: première année %1, moyenne sur 4 ans %2</translation>
    </message>
    <message>
        <source>Walk-away floor: 4-year average %1, base %2</source>
        <translation>Seuil de rupture&#xa0;: moyenne sur 4 ans %1, salaire de base %2</translation>
    </message>
    <message>
        <source>Floor from: %1</source>
        <translation>Seuil établi d&apos;après&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>   Here: %1</source>
        <translation>   Ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation>une date inconnue</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>The summary&apos;s date format (QLocale::toString): &quot;26 November 2026&quot;.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans la fourchette</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>%1%2: year 1 %3, 4-year average %4, base %5 %6, total %7 %8, conversion %9</source>
        <translation>%1%2&#xa0;: année 1 %3, moyenne sur 4 ans %4, base %5 %6, total %7 %8, conversion %9</translation>
    </message>
    <message>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Startup equity</source>
        <translation>Actions de start-up</translation>
    </message>
    <message>
        <source>date not recorded</source>
        <translation>date non enregistrée</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Round %1: %2</source>
        <translation>Tour %1&#xa0;: %2</translation>
    </message>
    <message>
        <source> (the offer as it stands)</source>
        <translation> (l&apos;offre en l&apos;état)</translation>
    </message>
    <message>
        <source>first round</source>
        <translation>premier tour</translation>
    </message>
    <message>
        <source>Counter sent</source>
        <translation>Contre-proposition envoyée</translation>
    </message>
    <message>
        <source>asked base %1, equity %2, sign-on %3</source>
        <translation>demandé&#xa0;: salaire de base %1, actions %2, prime d&apos;arrivée %3</translation>
    </message>
    <message>
        <source>So far</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>; 4-year average %1</source>
        <translation>&#xa0;; moyenne sur 4 ans %1</translation>
    </message>
    <message>
        <source>%1 shares at %2 (a grant of %3 today)</source>
        <translation>%1 actions à %2 (une attribution de %3 aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>a grant of %1 today</source>
        <translation>une attribution de %1 aujourd&apos;hui</translation>
    </message>
    <message>
        <source>growth %1 a year</source>
        <translation>évolution de %1 par an</translation>
    </message>
    <message>
        <source>vesting %1, %2, %3-month cliff</source>
        <translation>acquisition %1, %2, cliff de %3 mois</translation>
    </message>
    <message>
        <source>a refresher grant of %1 a year, each over %2 years</source>
        <translation>une attribution complémentaire de %1 par an, chacune acquise sur %2 ans</translation>
    </message>
    <message>
        <source>a flat refresher of %1 a year from year 2</source>
        <translation>une attribution complémentaire fixe de %1 par an à partir de la 2e année</translation>
    </message>
    <message>
        <source>no sign-on clawback</source>
        <translation>pas de remboursement de la prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>sign-on repaid %1 if you leave within %2 months</source>
        <translation>prime d&apos;arrivée remboursée %1 en cas de départ dans les %2 mois</translation>
    </message>
    <message>
        <source>in full</source>
        <translation>intégralement</translation>
    </message>
    <message>
        <source>prorated</source>
        <translation>au prorata</translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation>date limite le %1</translation>
    </message>
    <message>
        <source>%1%2: expected %3 (at %4 a year); %5</source>
        <translation>%1%2&#xa0;: attendu %3 (à %4 par an)&#xa0;; %5</translation>
    </message>
    <message>
        <source>Assumptions as entered:</source>
        <translation>Hypothèses saisies&#xa0;:</translation>
    </message>
    <message>
        <source>What if the stock moves</source>
        <translation>Et si le cours évolue</translation>
    </message>
    <message>
        <source>What each offer pays over its first year, in %1, if its share price changes by the same rate every year, one rate a year per column. &quot;Expected&quot; uses each offer&apos;s own growth.</source>
        <translation>Ce que rapporte chaque offre sur sa première année, en %1, si le cours de son action évolue au même taux chaque année, un taux annuel par colonne. «&#xa0;Attendu&#xa0;» utilise la croissance propre à chaque offre.</translation>
    </message>
    <message>
        <source>What each offer pays over %2 years, in %1, if its share price changes by the same rate every year, one rate a year per column. &quot;Expected&quot; uses each offer&apos;s own growth.</source>
        <translation>Ce que rapporte chaque offre sur %2 ans, en %1, si le cours de son action évolue au même taux chaque année, un taux annuel par colonne. «&#xa0;Attendu&#xa0;» utilise la croissance propre à chaque offre.</translation>
    </message>
    <message>
        <source>Equity vesting in year i is worth its value today × (1 + g)^i; a refresher granted at the end of year k is worth its value at grant × (1 + g)^(i − k). Equity that vests after the horizon isn&apos;t counted. Break-even rates are searched between a 95% fall and a 300% rise a year.</source>
        <translation>Les actions acquises l&apos;année i valent leur valeur actuelle × (1 + g)^i&#xa0;; une attribution complémentaire accordée à la fin de l&apos;année k vaut sa valeur à l&apos;attribution × (1 + g)^(i − k). Les actions acquises après l&apos;horizon ne sont pas comptées. Les taux d&apos;équilibre sont recherchés entre une baisse de 95&#xa0;% et une hausse de 300&#xa0;% par an.</translation>
    </message>
    <message>
        <source>%1 options at a %2 strike</source>
        <translation>%1 options au prix d&apos;exercice de %2</translation>
    </message>
    <message>
        <source>last round %1 a share</source>
        <translation>dernière levée à %1 l&apos;action</translation>
    </message>
    <message>
        <source>409A %1 a share</source>
        <translation>409A à %1 l&apos;action</translation>
    </message>
    <message>
        <source>no 409A price given</source>
        <translation>aucun prix 409A indiqué</translation>
    </message>
    <message>
        <source>%1 fully diluted shares</source>
        <translation>%1 actions sur une base entièrement diluée</translation>
    </message>
    <message>
        <source>%1 of preference ahead of common</source>
        <translation>%1 de préférence de liquidation avant les actions ordinaires</translation>
    </message>
    <message>
        <source>no preference given</source>
        <translation>aucune préférence de liquidation indiquée</translation>
    </message>
    <message>
        <source>no dilution</source>
        <translation>aucune dilution</translation>
    </message>
    <message>
        <source>%1% dilution over 1 round</source>
        <translation>%1&#xa0;% de dilution sur 1 levée</translation>
    </message>
    <message>
        <source>%1% dilution a round over %2 rounds</source>
        <translation>%1&#xa0;% de dilution par levée sur %2 levées</translation>
    </message>
    <message>
        <source>%1 days to exercise after leaving</source>
        <translation>%1 jours pour exercer après le départ</translation>
    </message>
    <message>
        <source>expected exit %1 the last round&apos;s price</source>
        <translation>sortie attendue à %1 le prix de la dernière levée</translation>
    </message>
    <message>
        <source>over 1 year</source>
        <translation>sur 1 an</translation>
    </message>
    <message>
        <source>over %1 years</source>
        <translation>sur %1 ans</translation>
    </message>
    <message>
        <source>Options are worth their exit price less the strike, and nothing below it. The exit price is a multiple of the last round&apos;s price, less any preference (all taken ahead of common, the cautious view) and the dilution of the rounds to come. The paper value, at the last round&apos;s price, is what recruiters quote: it is shown, and never counted as pay. Exercising costs the strike; the spread over the 409A price is what tax applies to, and no tax is computed here.</source>
        <translation>Les options valent leur prix de sortie moins le prix d&apos;exercice, et rien en dessous. Le prix de sortie est un multiple du prix de la dernière levée, diminué de toute préférence de liquidation (servie en totalité avant les actions ordinaires, par prudence) et de la dilution des levées à venir. La valeur sur le papier, au prix de la dernière levée, est ce qu&apos;annoncent les recruteurs&#xa0;: elle est affichée, mais jamais comptée comme rémunération. Exercer coûte le prix d&apos;exercice&#xa0;; l&apos;écart avec le prix 409A est ce qui est imposé, et aucun impôt n&apos;est calculé ici.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Paper value %1 (never counted as pay); cost to exercise %2</source>
        <translation>Valeur sur le papier %1 (jamais comptée comme rémunération)&#xa0;; coût d&apos;exercice %2</translation>
    </message>
    <message>
        <source>; spread at exercise %1</source>
        <translation>&#xa0;; plus-value à l&apos;exercice %1</translation>
    </message>
    <message>
        <source>; %1% of the company</source>
        <translation>&#xa0;; %1&#xa0;% de l&apos;entreprise</translation>
    </message>
    <message>
        <source>At %1%2: %3 a share, options %4 %5, total %6, %7 a year</source>
        <translation>À %1%2&#xa0;: %3 par action, options %4 %5, total %6, %7 par an</translation>
    </message>
    <message>
        <source> (expected)</source>
        <translation> (attendue)</translation>
    </message>
    <message>
        <source>%1 stock options, valued at an exit (see Startup equity), not at a growth rate</source>
        <translation>%1 stock-options, évaluées à une sortie (voir Actions de start-up), et non selon un taux d&apos;évolution</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Notice text</source>
        <translation>Texte de l&apos;avis</translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation>Action de l&apos;avis</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Fermer l&apos;avis</translation>
    </message>
    <message>
        <source>Hides the notice until the next day</source>
        <translation>Masque l&apos;avis jusqu&apos;au lendemain</translation>
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
        <translation>Offre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>Année 1</translation>
    </message>
    <message>
        <source>Year 1 (%1)</source>
        <translation>Année 1 (%1)</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Moy. 4 ans</translation>
    </message>
    <message>
        <source>4-year avg (%1)</source>
        <translation>Moy. 4 ans (%1)</translation>
    </message>
    <message>
        <source>Base position</source>
        <translation>Position base</translation>
    </message>
    <message>
        <source>Stock/yr position</source>
        <translation>Position actions/an</translation>
    </message>
    <message>
        <source>Bonus position</source>
        <translation>Position bonus</translation>
    </message>
    <message>
        <source>Total position</source>
        <translation>Position totale</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dedans</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Acme Robotics (required)</source>
        <translation>Acme Robotics (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Poste&#xa0;:</translation>
    </message>
    <message>
        <source>Software Engineer</source>
        <translation>Software Engineer</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>L5, Senior, E4…</source>
        <translation>L5, Senior, E4…</translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation>Ré&amp;gion&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>Date &amp;limite&#xa0;:</translation>
    </message>
    <message>
        <source>The offer has a deadline</source>
        <translation>L&apos;offre a une date limite</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Target: the offer I am negotiating</source>
        <translation>&amp;Cible&#xa0;: l&apos;offre que je négocie</translation>
    </message>
    <message>
        <source>Only one offer is the target at a time; marking this one clears the other.</source>
        <translation>Une seule offre peut être la cible à la fois&#xa0;; marquer celle-ci retire la marque de l&apos;autre.</translation>
    </message>
    <message>
        <source>Pay (in the offer&apos;s currency)</source>
        <translation>Rémunération (dans la devise de l&apos;offre)</translation>
    </message>
    <message>
        <source>&amp;Base salary:</source>
        <translation>&amp;Salaire de base&#xa0;:</translation>
    </message>
    <message>
        <source>Yearly base salary (required)</source>
        <translation>Salaire de base annuel (obligatoire)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>&amp;Equity (total grant):</source>
        <translation>&amp;Actions (attribution totale)&#xa0;:</translation>
    </message>
    <message>
        <source>The whole grant&apos;s value, vested over the schedule</source>
        <translation>La valeur de l&apos;attribution entière, acquise selon le calendrier</translation>
    </message>
    <message>
        <source>&amp;Vesting:</source>
        <translation>Ac&amp;quisition&#xa0;:</translation>
    </message>
    <message>
        <source>Schedule (% per &amp;year):</source>
        <translation>&amp;Tranches annuelles (%)&#xa0;:</translation>
    </message>
    <message>
        <source>25, 25, 25, 25</source>
        <translation>25, 25, 25, 25</translation>
    </message>
    <message>
        <source>Yearly percentages that sum to 100</source>
        <translation>Pourcentages annuels dont la somme fait 100</translation>
    </message>
    <message>
        <source>&amp;Sign-on, year 1:</source>
        <translation>Prime d&apos;a&amp;rrivée, année 1&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-on, year &amp;2:</source>
        <translation>Prime d&apos;arrivée, année &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>One-off; shown, but not counted as pay</source>
        <translation>Ponctuelle&#xa0;; affichée mais pas comptée comme rémunération</translation>
    </message>
    <message>
        <source>Re&amp;fresher per year:</source>
        <translation>Attrib&amp;ution complémentaire par an&#xa0;:</translation>
    </message>
    <message>
        <source>Estimated refresher stock vesting per year, from year 2</source>
        <translation>Estimation des actions complémentaires acquises par an, à partir de l&apos;année 2</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Even: 25/25/25/25</source>
        <translation>Linéaire&#xa0;: 25/25/25/25</translation>
    </message>
    <message>
        <source>Back-loaded: 5/15/40/40</source>
        <translation>Progressif&#xa0;: 5/15/40/40</translation>
    </message>
    <message>
        <source>Front-loaded: 33/33/22/12</source>
        <translation>Dégressif&#xa0;: 33/33/22/12</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Edit Offer — %1</source>
        <translation>Modifier l&apos;offre — %1</translation>
    </message>
    <message>
        <source>New Offer</source>
        <translation>Nouvelle offre</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Vesting schedule</source>
        <translation>Calendrier d&apos;acquisition</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Sign-on, year 1</source>
        <translation>Prime d&apos;arrivée, année 1</translation>
    </message>
    <message>
        <source>Sign-on, year 2</source>
        <translation>Prime d&apos;arrivée, année 2</translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation>Déménagement</translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation>Attribution complémentaire</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>T&amp;arget bonus:</source>
        <translation>&amp;Bonus cible&#xa0;:</translation>
    </message>
    <message>
        <source>Relocat&amp;ion:</source>
        <translation>&amp;Frais de déménagement&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;ock growth:</source>
        <translation>É&amp;volution du cours&#xa0;:</translation>
    </message>
    <message>
        <source> % a year</source>
        <translation> % par an</translation>
    </message>
    <message>
        <source>The yearly change you expect in this company&apos;s share price (0: the equity keeps its value today)</source>
        <translation>L&apos;évolution annuelle que vous attendez du cours de l&apos;action de cette entreprise (0&#xa0;: les actions gardent leur valeur actuelle)</translation>
    </message>
    <message>
        <source>&amp;More: shares, refreshers, cliff, clawback</source>
        <translation>Plus de déta&amp;ils&#xa0;: actions, attributions complémentaires, cliff, remboursement</translation>
    </message>
    <message>
        <source>Equity in detail</source>
        <translation>Actions en détail</translation>
    </message>
    <message>
        <source>Shares granted:</source>
        <translation>Actions attribuées&#xa0;:</translation>
    </message>
    <message>
        <source>A grant given in shares: the number of shares (0: the grant is given as a value)</source>
        <translation>Une attribution exprimée en actions&#xa0;: le nombre d&apos;actions (0&#xa0;: l&apos;attribution est exprimée en valeur)</translation>
    </message>
    <message>
        <source>Price per share:</source>
        <translation>Prix par action&#xa0;:</translation>
    </message>
    <message>
        <source>Today&apos;s price of one share, in the offer&apos;s currency; shares × price fills in the grant&apos;s total</source>
        <translation>Le cours actuel d&apos;une action, dans la devise de l&apos;offre&#xa0;; actions × prix donne le total de l&apos;attribution</translation>
    </message>
    <message>
        <source>Refresher grant each year:</source>
        <translation>Attribution complémentaire annuelle&#xa0;:</translation>
    </message>
    <message>
        <source>The value of each yearly refresher grant when it is granted: the first at the end of year 1, one more every year after</source>
        <translation>La valeur de chaque attribution complémentaire annuelle au moment où elle est accordée&#xa0;: la première à la fin de l&apos;année 1, puis une nouvelle chaque année</translation>
    </message>
    <message>
        <source>Each refresher vests over:</source>
        <translation>Chaque attribution complémentaire s&apos;acquiert sur&#xa0;:</translation>
    </message>
    <message>
        <source> years</source>
        <translation> ans</translation>
    </message>
    <message>
        <source>Vesting fre&amp;quency:</source>
        <translation>R&amp;ythme d&apos;acquisition&#xa0;:</translation>
    </message>
    <message>
        <source>Within each year, the year&apos;s share vests evenly at this frequency</source>
        <translation>Au sein de chaque année, la part de l&apos;année s&apos;acquiert régulièrement à ce rythme</translation>
    </message>
    <message>
        <source>Cliff:</source>
        <translation>Cliff&#xa0;:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Nothing vests before the cliff; at the cliff, what has built up vests at once</source>
        <translation>Rien n&apos;est acquis avant le cliff&#xa0;; à son terme, tout ce qui s&apos;est accumulé est acquis d&apos;un coup</translation>
    </message>
    <message>
        <source>Sign-on clawbac&amp;k:</source>
        <translation>Re&amp;mboursement de la prime&#xa0;:</translation>
    </message>
    <message>
        <source>Leaving before this many months means repaying the sign-on</source>
        <translation>Partir avant ce nombre de mois oblige à rembourser la prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>Repayment:</source>
        <translation>Remboursement&#xa0;:</translation>
    </message>
    <message>
        <source>Prorated: the unserved share of the period; full: all of it</source>
        <translation>Au prorata&#xa0;: la part de la période non effectuée&#xa0;; intégral&#xa0;: la totalité</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Trimestriel</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensuel</translation>
    </message>
    <message>
        <source>Prorated: the unserved share</source>
        <translation>Au prorata&#xa0;: la part non effectuée</translation>
    </message>
    <message>
        <source>Full: all of it</source>
        <translation>Intégral&#xa0;: la totalité</translation>
    </message>
    <message>
        <source>More equity terms</source>
        <translation>Autres conditions sur les actions</translation>
    </message>
    <message>
        <source>Shows or hides the shares and price, refresher grants, vesting frequency and cliff, and the sign-on clawback</source>
        <translation>Affiche ou masque les actions et leur prix, les attributions complémentaires, le rythme d&apos;acquisition et le cliff, ainsi que le remboursement de la prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>Shares × price per share (under More)</source>
        <translation>Actions × prix par action (sous Plus de détails)</translation>
    </message>
    <message>
        <source>is required with %1: a grant in shares needs both the number of shares and the price</source>
        <translation>est obligatoire avec %1&#xa0;: une attribution en actions nécessite à la fois le nombre d&apos;actions et le prix</translation>
    </message>
    <message>
        <source>the shares</source>
        <translation>le nombre d&apos;actions</translation>
    </message>
    <message>
        <source>the price</source>
        <translation>le prix</translation>
    </message>
    <message>
        <source>Stock growth</source>
        <translation>Évolution du cours</translation>
    </message>
    <message>
        <source>Shares granted</source>
        <translation>Actions attribuées</translation>
    </message>
    <message>
        <source>Price per share</source>
        <translation>Prix par action</translation>
    </message>
    <message>
        <source>Refresher grant</source>
        <translation>Attribution complémentaire</translation>
    </message>
    <message>
        <source>Refresher vesting years</source>
        <translation>Années d&apos;acquisition des attributions complémentaires</translation>
    </message>
    <message>
        <source>Cliff</source>
        <translation>Cliff</translation>
    </message>
    <message>
        <source>Sign-on clawback</source>
        <translation>Remboursement de la prime d&apos;arrivée</translation>
    </message>
</context>
<context>
    <name>OfferHistory</name>
    <message>
        <source>base</source>
        <translation>salaire de base</translation>
    </message>
    <message>
        <source>equity</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation>prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>year-2 sign-on</source>
        <translation>prime d&apos;arrivée de l&apos;année 2</translation>
    </message>
    <message>
        <source>relocation</source>
        <translation>déménagement</translation>
    </message>
    <message>
        <source>refresher</source>
        <translation>attribution complémentaire</translation>
    </message>
    <message>
        <source>%1%2 point</source>
        <translation>%1%2 point</translation>
    </message>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 points</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
</context>
<context>
    <name>OfferMath</name>
    <message>
        <source>rate &apos;%1&apos; must be written FROM:TO=RATE, such as EUR:USD=1.08</source>
        <translation>le taux «&#xa0;%1&#xa0;» doit s&apos;écrire DE:VERS=TAUX, par exemple EUR:USD=1.08</translation>
    </message>
    <message>
        <source>rate &apos;%1&apos; must lie between 0.000001 and 1,000,000</source>
        <translation>le taux «&#xa0;%1&#xa0;» doit être compris entre 0,000001 et 1 000 000</translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 for the %3 offer; add one with --rate %1:%2=RATE or in Preferences</source>
        <translation>aucun taux de change de %1 vers %2 pour l&apos;offre %3&#xa0;; ajoutez-en un avec --rate %1:%2=TAUX ou dans les Préférences</translation>
    </message>
    <message>
        <source>the %1 offer&apos;s %2 comes to %3 %4 at the rate %5, beyond the limit of 1,000,000,000,000</source>
        <translation>le champ %2 de l&apos;offre %1 atteint %3 %4 au taux de %5, au-delà de la limite de 1 000 000 000 000</translation>
    </message>
</context>
<context>
    <name>OfferStore</name>
    <message>
        <source>the store is busy in another OfferDesk window or program; try again</source>
        <translation>la base est occupée par une autre fenêtre ou un autre programme OfferDesk&#xa0;; réessayez</translation>
    </message>
    <message>
        <source>the store is read-only</source>
        <translation>la base est en lecture seule</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation>erreur de base de données inconnue</translation>
    </message>
    <message>
        <source>cannot open the offers store %1</source>
        <translation>impossible d&apos;ouvrir la base des offres %1</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>son dossier ne peut pas être créé</translation>
    </message>
    <message>
        <source>The offers store %1 was damaged (%2). It was kept as %3, and a new, empty store was started.</source>
        <translation>La base des offres %1 était endommagée (%2). Elle a été conservée sous %3, et une nouvelle base vide a été créée.</translation>
    </message>
    <message>
        <source>it is read-only and needs an upgrade (schema %1 to %2)</source>
        <translation>elle est en lecture seule et doit être mise à niveau (schéma %1 vers %2)</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>contrôle d&apos;intégrité&#xa0;: %1</translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation>sa version de schéma est absente</translation>
    </message>
    <message>
        <source>it is an SQLite file, but not an OfferDesk offers store</source>
        <translation>c&apos;est un fichier SQLite, mais pas une base d&apos;offres OfferDesk</translation>
    </message>
    <message>
        <source>cannot upgrade the offers store %1 to schema %2</source>
        <translation>impossible de mettre à niveau la base des offres %1 vers le schéma %2</translation>
    </message>
    <message>
        <source>cannot upgrade the offers store %1</source>
        <translation>impossible de mettre à niveau la base des offres %1</translation>
    </message>
    <message>
        <source>the offers store %1 is damaged (%2)</source>
        <translation>la base des offres %1 est endommagée (%2)</translation>
    </message>
    <message>
        <source>it could not be moved aside, so it was left untouched; move it away and start OfferDesk again</source>
        <translation>elle n&apos;a pas pu être mise de côté et n&apos;a donc pas été modifiée&#xa0;; déplacez-la ailleurs et relancez OfferDesk</translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation>la modification n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>the offers store is not open</source>
        <translation>la base des offres n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>the offers store %1 is read-only</source>
        <translation>la base des offres %1 est en lecture seule</translation>
    </message>
    <message>
        <source>cannot read the offers</source>
        <translation>impossible de lire les offres</translation>
    </message>
    <message>
        <source>cannot read the offers from %1</source>
        <translation>impossible de lire les offres de %1</translation>
    </message>
    <message>
        <source>the change to %1 was not saved</source>
        <translation>la modification de %1 n&apos;a pas été enregistrée</translation>
    </message>
    <message>
        <source>it is no longer in the store (deleted in another window?)</source>
        <translation>elle ne figure plus dans la base (supprimée dans une autre fenêtre&#xa0;?)</translation>
    </message>
    <message>
        <source>the offer was not deleted</source>
        <translation>l&apos;offre n&apos;a pas été supprimée</translation>
    </message>
    <message>
        <source>cannot read the exchange rates</source>
        <translation>impossible de lire les taux de change</translation>
    </message>
    <message>
        <source>cannot read the exchange rates from %1</source>
        <translation>impossible de lire les taux de change de %1</translation>
    </message>
    <message>
        <source>the exchange rates were not saved</source>
        <translation>les taux de change n&apos;ont pas été enregistrés</translation>
    </message>
    <message>
        <source>The offers store %1 is read-only: your offers are shown, but changes can&apos;t be saved.</source>
        <translation>La base des offres %1 est en lecture seule&#xa0;: vos offres sont affichées, mais les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The offers store %1 was written by a newer OfferDesk (schema %2; this one knows up to %3). It is open read-only: your offers are shown, but changes can&apos;t be saved until you use the newer OfferDesk again.</source>
        <translation>La base des offres %1 a été écrite par une version plus récente d&apos;OfferDesk (schéma %2&#xa0;; celle-ci ne connaît que jusqu&apos;au schéma %3). Elle est ouverte en lecture seule&#xa0;: vos offres sont affichées, mais les modifications ne pourront être enregistrées qu&apos;avec la version plus récente d&apos;OfferDesk.</translation>
    </message>
    <message>
        <source>cannot read the offers&apos; rounds from %1</source>
        <translation>impossible de lire les tours des offres de %1</translation>
    </message>
    <message>
        <source>cannot read the counters sent from %1</source>
        <translation>impossible de lire les contre-propositions envoyées de %1</translation>
    </message>
</context>
<context>
    <name>OfferTimelineModel</name>
    <message>
        <source>the numbers as they stand</source>
        <translation>les chiffres en l&apos;état</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Round %1 — %2</source>
        <translation>Tour %1 — %2</translation>
    </message>
    <message>
        <source>first numbers</source>
        <translation>premiers chiffres</translation>
    </message>
    <message>
        <source>Counter sent</source>
        <translation>Contre-proposition envoyée</translation>
    </message>
    <message>
        <source>asked base %1, equity %2, sign-on %3</source>
        <translation>demandé&#xa0;: salaire de base %1, actions %2, prime d&apos;arrivée %3</translation>
    </message>
    <message>
        <source>As sent:
%1</source>
        <translation>Telle qu&apos;envoyée&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The 4-year average the asks would give</source>
        <translation>La moyenne sur 4 ans que donneraient les demandes</translation>
    </message>
    <message>
        <source>This round&apos;s 4-year average</source>
        <translation>La moyenne sur 4 ans de ce tour</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Round or counter</source>
        <translation>Tour ou contre-proposition</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Moy. 4 ans</translation>
    </message>
</context>
<context>
    <name>OfferTimelineWidget</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>The selected offer&apos;s rounds and the counters you sent, with a chart of its 4-year average across the rounds.</source>
        <translation>Les tours de l&apos;offre sélectionnée et les contre-propositions que vous avez envoyées, avec un graphique de sa moyenne sur 4 ans au fil des tours.</translation>
    </message>
    <message>
        <source>Timeline of</source>
        <translation>Chronologie de</translation>
    </message>
    <message>
        <source>Timeline hint</source>
        <translation>Indication sur la chronologie</translation>
    </message>
    <message>
        <source>Rounds and counters sent</source>
        <translation>Tours et contre-propositions envoyées</translation>
    </message>
    <message>
        <source>One row per round or counter sent, oldest first: what changed per part and the 4-year average.</source>
        <translation>Une ligne par tour ou contre-proposition envoyée, de la plus ancienne à la plus récente&#xa0;: ce qui a changé pour chaque élément et la moyenne sur 4 ans.</translation>
    </message>
    <message>
        <source>4-year average across rounds</source>
        <translation>Moyenne sur 4 ans au fil des tours</translation>
    </message>
    <message>
        <source>A line of the offer&apos;s 4-year average at each round, with the latest counter&apos;s ask and your walk-away floor as dashed lines.</source>
        <translation>Une courbe de la moyenne sur 4 ans de l&apos;offre à chaque tour, avec la demande de la dernière contre-proposition et votre seuil de rupture en pointillés.</translation>
    </message>
    <message>
        <source>No offer selected</source>
        <translation>Aucune offre sélectionnée</translation>
    </message>
    <message>
        <source>Select an offer above to see its rounds and the counters you sent.</source>
        <translation>Sélectionnez une offre ci-dessus pour voir ses tours et les contre-propositions que vous avez envoyées.</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1&#xa0;: %2, %3</translation>
    </message>
    <message>
        <source>1 round</source>
        <translation>1 tour</translation>
    </message>
    <message>
        <source>%1 rounds</source>
        <translation>%1 tours</translation>
    </message>
    <message>
        <source>1 counter sent</source>
        <translation>1 contre-proposition envoyée</translation>
    </message>
    <message>
        <source>%1 counters sent</source>
        <translation>%1 contre-propositions envoyées</translation>
    </message>
    <message>
        <source>When the company revises the offer, choose New Round… so the old numbers stay here. Record the counters you send from the Counter tab.</source>
        <translation>Lorsque l&apos;entreprise révise l&apos;offre, choisissez Nouveau tour… pour que les anciens chiffres restent ici. Consignez les contre-propositions que vous envoyez depuis l&apos;onglet Contre-proposition.</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Moy. 4 ans</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>Asked %1: %2</source>
        <translation>Demande (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Floor: %1</source>
        <translation>Seuil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Tour %1</translation>
    </message>
    <message>
        <source>Round %1&lt;br&gt;%2</source>
        <translation>Tour %1&lt;br&gt;%2</translation>
    </message>
</context>
<context>
    <name>OffersJson</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation>doit être un nombre positif ou nul</translation>
    </message>
    <message>
        <source>must be at most 1,000,000,000,000</source>
        <translation>doit valoir au plus 1 000 000 000 000</translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation>champ inconnu, ignoré</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, et non %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation>est trop long (%1 caractères au maximum)</translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;USD&quot;, not %1</source>
        <translation>doit être un code ISO 4217 comme &quot;USD&quot;, et non %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (such as &quot;USD&quot; or &quot;EUR&quot;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217 (comme &quot;USD&quot; ou &quot;EUR&quot;)</translation>
    </message>
    <message>
        <source>must be a non-negative number, not %1</source>
        <translation>doit être un nombre positif ou nul, et non %1</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to %1, not %2</source>
        <translation>doit être un pourcentage compris entre 0 et %1, et non %2</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to %1</source>
        <translation>doit être un pourcentage compris entre 0 et %1</translation>
    </message>
    <message>
        <source>must be a list of yearly percentages such as [25, 25, 25, 25], not %1</source>
        <translation>doit être une liste de pourcentages annuels comme [25, 25, 25, 25], et non %1</translation>
    </message>
    <message>
        <source>must list from 1 to %1 yearly percentages, not %2</source>
        <translation>doit contenir de 1 à %1 pourcentages annuels, et non %2</translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation>doit être un pourcentage compris entre 0 et 100</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as &quot;2026-12-15&quot;</source>
        <translation>doit être une date au format AAAA-MM-JJ, comme &quot;2026-12-15&quot;</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit valoir true ou false, et non %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation>n&apos;est pas un fichier</translation>
    </message>
    <message>
        <source>is too large (%1 bytes; an offers file may have at most %2)</source>
        <translation>est trop volumineux (%1 octets&#xa0;; un fichier d&apos;offres ne peut dépasser %2)</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>is too large (an offers file may have at most %1 bytes)</source>
        <translation>est trop volumineux (un fichier d&apos;offres ne peut dépasser %1 octets)</translation>
    </message>
    <message>
        <source>is empty; expected {&quot;offers&quot;: [...]}</source>
        <translation>est vide&#xa0;; attendu&#xa0;: {&quot;offers&quot;: [...]}</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the top level must be an object {&quot;offers&quot;: [...]}</source>
        <translation>le niveau supérieur doit être un objet {&quot;offers&quot;: [...]}</translation>
    </message>
    <message>
        <source>%1: unknown field, ignored</source>
        <translation>%1&#xa0;: champ inconnu, ignoré</translation>
    </message>
    <message>
        <source>offers: is required (a list of offers)</source>
        <translation>offers&#xa0;: est obligatoire (une liste d&apos;offres)</translation>
    </message>
    <message>
        <source>offers: must be a list, not %1</source>
        <translation>offers&#xa0;: doit être une liste, et non %1</translation>
    </message>
    <message>
        <source>offers: has %1 offers; at most %2 are allowed</source>
        <translation>offers&#xa0;: contient %1 offres&#xa0;; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>offers[%1]: must be an object, not %2</source>
        <translation>offers[%1]&#xa0;: doit être un objet, et non %2</translation>
    </message>
    <message>
        <source>offers[%1].target: only one offer may be the target, and offers[%2] already is</source>
        <translation>offers[%1].target&#xa0;: une seule offre peut être la cible, et offers[%2] l&apos;est déjà</translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation>doit être supérieur à 0</translation>
    </message>
    <message>
        <source>each year must be a percentage from 0 to 100</source>
        <translation>chaque année doit être un pourcentage compris entre 0 et 100</translation>
    </message>
    <message>
        <source>must sum to 100, not %1</source>
        <translation>doit totaliser 100, et non %1</translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be an object {&quot;base&quot;: ..., &quot;equity_total&quot;: ..., &quot;sign_on&quot;: ...}, not %1</source>
        <translation>doit être un objet {&quot;base&quot;: ..., &quot;equity_total&quot;: ..., &quot;sign_on&quot;: ...}, et non %1</translation>
    </message>
    <message>
        <source>must be a list, not %1</source>
        <translation>doit être une liste, et non %1</translation>
    </message>
    <message>
        <source>has %1 entries; at most %2 are allowed</source>
        <translation>contient %1 entrées&#xa0;; %2 au maximum sont autorisées</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, et non %1</translation>
    </message>
    <message>
        <source>is required with %1: a grant in shares needs both the number of shares and the price</source>
        <translation>est obligatoire avec %1&#xa0;: une attribution en actions nécessite à la fois le nombre d&apos;actions et le prix</translation>
    </message>
    <message>
        <source>equity_shares × share_price must be at most 1,000,000,000,000</source>
        <translation>equity_shares × share_price doit valoir au plus 1 000 000 000 000</translation>
    </message>
    <message>
        <source>%1&apos;s equity_total (%2) differs from equity_shares × share_price (%3 × %4 = %5) by more than 1%; the shares are used</source>
        <translation>pour %1, equity_total (%2) diffère de plus de 1&#xa0;% de equity_shares × share_price (%3 × %4 = %5)&#xa0;; c&apos;est le nombre d&apos;actions qui est retenu</translation>
    </message>
    <message>
        <source>must be a yearly percentage above -100 and at most 300</source>
        <translation>doit être un pourcentage annuel supérieur à -100 et au plus égal à 300</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>doit être un nombre entier compris entre %1 et %2</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit valoir l&apos;une des valeurs suivantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>must be %1 above %2 and at most %3</source>
        <translation>doit être %1 supérieur à %2 et au plus égal à %3</translation>
    </message>
    <message>
        <source>must be %1 from %2 to %3</source>
        <translation>doit être %1 compris entre %2 et %3</translation>
    </message>
    <message>
        <source>, not %1</source>
        <translation>, et non %1</translation>
    </message>
    <message>
        <source>must be &quot;rsu&quot; or &quot;options&quot;</source>
        <translation>doit valoir &quot;rsu&quot; ou &quot;options&quot;</translation>
    </message>
    <message>
        <source>is used only when equity_type is &quot;options&quot;; ignored</source>
        <translation>n&apos;est utilisé que si equity_type vaut &quot;options&quot;&#xa0;; ignoré</translation>
    </message>
    <message>
        <source>is required for an options offer (the price per share to buy each option)</source>
        <translation>est obligatoire pour une offre en stock-options (le prix par action à payer pour exercer chaque option)</translation>
    </message>
    <message>
        <source>is required for an options offer (the number of options granted)</source>
        <translation>est obligatoire pour une offre en stock-options (le nombre d&apos;options attribuées)</translation>
    </message>
    <message>
        <source>is required for an options offer (the price per share of the last funding round)</source>
        <translation>est obligatoire pour une offre en stock-options (le prix par action de la dernière levée de fonds)</translation>
    </message>
    <message>
        <source>must be at least the number of options (%1)</source>
        <translation>doit être au moins égal au nombre d&apos;options (%1)</translation>
    </message>
    <message>
        <source>needs fully_diluted_shares, to share out what is left after the preference</source>
        <translation>nécessite fully_diluted_shares, pour répartir ce qui reste après la préférence de liquidation</translation>
    </message>
    <message>
        <source>must be left out for an options offer: its exit multiple says what its shares are worth</source>
        <translation>doit être omis pour une offre en stock-options&#xa0;: c&apos;est son multiple de sortie qui détermine la valeur de ses actions</translation>
    </message>
    <message>
        <source>must be left out for an options offer: its equity is the options</source>
        <translation>doit être omis pour une offre en stock-options&#xa0;: sa part en actions, ce sont les options</translation>
    </message>
    <message>
        <source>must be left out for an options offer: its equity is the options, valued at an exit</source>
        <translation>doit être omis pour une offre en stock-options&#xa0;: sa part en actions, ce sont les options, valorisées à une sortie</translation>
    </message>
    <message>
        <source>underwater at the last round&apos;s price: the strike (%1) is above the preferred price (%2)</source>
        <translation>hors de la monnaie au prix de la dernière levée&#xa0;: le prix d&apos;exercice (%1) dépasse le prix des actions de préférence (%2)</translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>The offer being negotiated</source>
        <translation>L&apos;offre en négociation</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Equity (total)</source>
        <translation>Actions (total)</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>Année 1</translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation>Moy. 4 ans</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <source>The offer is no longer in the list.</source>
        <translation>L&apos;offre ne figure plus dans la liste.</translation>
    </message>
    <message>
        <source>%1 options (%2 at %3×)</source>
        <translation>%1 options (%2 à %3×)</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Deadline %1: %2</source>
        <translation>Date limite le %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OffersWidget</name>
    <message>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation>Prime d&apos;arrivée</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offres</translation>
    </message>
    <message>
        <source>Against the &amp;band</source>
        <translation>Face à la fourche&amp;tte</translation>
    </message>
    <message>
        <source>&amp;Year by year</source>
        <translation>Année par a&amp;nnée</translation>
    </message>
    <message>
        <source>Positions: 0 is the band&apos;s low end and 1 its high end; below 0 or above 1 is outside the band. Amounts are in the band&apos;s currency. ★ marks the target offer.</source>
        <translation>Positions&#xa0;: 0 correspond au bas de la fourchette et 1 à son haut&#xa0;; en dessous de 0 ou au-dessus de 1, l&apos;offre est hors fourchette. Les montants sont dans la devise de la fourchette. ★ signale l&apos;offre cible.</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <source>Comparison with the band</source>
        <translation>Comparaison avec la fourchette</translation>
    </message>
    <message>
        <source>Your offers file %1 is read-only: your offers are shown, but changes can&apos;t be saved.</source>
        <translation>Votre fichier d&apos;offres %1 est en lecture seule&#xa0;: vos offres sont affichées, mais les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The guides are loading…</source>
        <translation>Les guides sont en cours de chargement…</translation>
    </message>
    <message>
        <source>No guides are loaded, so there is no band to compare with.</source>
        <translation>Aucun guide n&apos;est chargé&#xa0;: il n&apos;y a donc aucune fourchette à laquelle comparer.</translation>
    </message>
    <message>
        <source>Those offers are left out until a rate is added in Preferences.</source>
        <translation>Ces offres sont laissées de côté tant qu&apos;un taux n&apos;est pas ajouté dans les Préférences.</translation>
    </message>
    <message>
        <source>Choose a guide and region to compare with.</source>
        <translation>Choisissez un guide et une région pour comparer.</translation>
    </message>
    <message>
        <source>Add an offer to see it year by year.</source>
        <translation>Ajoutez une offre pour la voir année par année.</translation>
    </message>
    <message>
        <source> ★ target</source>
        <translation> ★ cible</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Duplicate Offer — %1</source>
        <translation>Dupliquer l&apos;offre — %1</translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation>Dupliquer %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n offer(s)</source>
        <translation>
            <numerusform>Supprimer %n offre</numerusform>
            <numerusform>Supprimer %n offres</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Offers</source>
        <translation>Importer des offres</translation>
    </message>
    <message>
        <source>Offers JSON (*.json);;All files (*)</source>
        <translation>Offres JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Nothing was imported:

%1</source>
        <translation>Rien n&apos;a été importé&#xa0;:

%1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n offer(s)</source>
        <translation>
            <numerusform>Importer %n offre</numerusform>
            <numerusform>Importer %n offres</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Offers</source>
        <translation>Exporter les offres</translation>
    </message>
    <message>
        <source>Offers JSON (*.json)</source>
        <translation>Offres JSON (*.json)</translation>
    </message>
    <message>
        <source>year %1 %2</source>
        <translation>année %1 %2</translation>
    </message>
    <message>
        <source>with every stock at %1</source>
        <translation>avec une évolution de %1 pour toutes les actions</translation>
    </message>
    <message>
        <source>with the stock at its expected %1</source>
        <translation>avec l&apos;évolution attendue de l&apos;action (%1)</translation>
    </message>
    <message>
        <source>%1: %2; %3-year average %4, %5.</source>
        <translation>%1&#xa0;: %2&#xa0;; moyenne sur %3 ans %4, %5.</translation>
    </message>
    <message>
        <source>No offers yet</source>
        <translation>Aucune offre pour l&apos;instant</translation>
    </message>
    <message>
        <source>Add each offer you hold, or import them from an offers file. OfferDesk compares them with a guide&apos;s pay band, and counters the one you mark as the target.</source>
        <translation>Ajoutez chaque offre dont vous disposez, ou importez-les depuis un fichier d&apos;offres. OfferDesk les compare à la fourchette de rémunération d&apos;un guide et prépare une contre-proposition pour celle que vous marquez comme cible.</translation>
    </message>
    <message>
        <source>&amp;Add an Offer…</source>
        <translation>&amp;Ajouter une offre…</translation>
    </message>
    <message>
        <source>&amp;Import Offers…</source>
        <translation>&amp;Importer des offres…</translation>
    </message>
    <message>
        <source>Offers actions</source>
        <translation>Commandes des offres</translation>
    </message>
    <message>
        <source>Enter an offer you hold</source>
        <translation>Saisir une offre dont vous disposez</translation>
    </message>
    <message>
        <source>Change the selected offer</source>
        <translation>Modifier l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <source>Ne&amp;w Round…</source>
        <translation>Nouveau &amp;tour…</translation>
    </message>
    <message>
        <source>The company revised the selected offer: record its new numbers as a new round, keeping the old ones in its timeline</source>
        <translation>L&apos;entreprise a révisé l&apos;offre sélectionnée&#xa0;: enregistrer ses nouveaux chiffres comme un nouveau tour, en conservant les anciens dans sa chronologie</translation>
    </message>
    <message>
        <source>Start a new offer from a copy of the selected one</source>
        <translation>Créer une nouvelle offre à partir d&apos;une copie de l&apos;offre sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected offers (Undo brings them back)</source>
        <translation>Supprimer les offres sélectionnées (Annuler les rétablit)</translation>
    </message>
    <message>
        <source>Mark as &amp;Target</source>
        <translation>Marquer comme &amp;cible</translation>
    </message>
    <message>
        <source>Make the selected offer the one you are negotiating: the Counter tab counters it</source>
        <translation>Faire de l&apos;offre sélectionnée celle que vous négociez&#xa0;: l&apos;onglet Contre-proposition y répond</translation>
    </message>
    <message>
        <source>Add the offers of an offers JSON file</source>
        <translation>Ajouter les offres d&apos;un fichier d&apos;offres JSON</translation>
    </message>
    <message>
        <source>Write your offers to an offers JSON file</source>
        <translation>Écrire vos offres dans un fichier d&apos;offres JSON</translation>
    </message>
    <message>
        <source>Exchange rates and the default region</source>
        <translation>Taux de change et région par défaut</translation>
    </message>
    <message>
        <source>The offers you hold, one per row, the target marked. Enter edits the selected offer, Delete deletes it, Ctrl+T makes it the target.</source>
        <translation>Les offres dont vous disposez, une par ligne, la cible étant signalée. Entrée modifie l&apos;offre sélectionnée, Suppr la supprime, Ctrl+T en fait la cible.</translation>
    </message>
    <message>
        <source>What if the stock &amp;moves</source>
        <translation>Et si le cours é&amp;volue</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>Chrono&amp;logie</translation>
    </message>
    <message>
        <source>Compare with gui&amp;de:</source>
        <translation>Comparer au g&amp;uide&#xa0;:</translation>
    </message>
    <message>
        <source>Each offer&apos;s year 1 and 4-year average in the band&apos;s currency, and where its base, stock, bonus and total sit in the band.</source>
        <translation>L&apos;année 1 et la moyenne sur 4 ans de chaque offre dans la devise de la fourchette, et la position de son salaire de base, de ses actions, de son bonus et de son total dans la fourchette.</translation>
    </message>
    <message>
        <source>Each year&apos;s pay, stacked, in thousands of %1 (the band&apos;s currency), %2.</source>
        <translation>La rémunération de chaque année, en barres empilées, en milliers de %1 (la devise de la fourchette), %2.</translation>
    </message>
    <message>
        <source>each stock at its offer&apos;s expected growth</source>
        <translation>avec pour chaque action la croissance attendue de son offre</translation>
    </message>
    <message>
        <source>Options at an exit at %1× the last round.</source>
        <translation>Stock-options valorisées à une sortie à %1× la dernière levée.</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Année %1</translation>
    </message>
    <message>
        <source>%1, in thousands of %2: year 1 %3K, %4-year average %5K</source>
        <translation>%1, en milliers de %2&#xa0;: année 1 %3&#xa0;k, moyenne sur %4 ans %5&#xa0;k</translation>
    </message>
    <message>
        <source>%1 year by year</source>
        <translation>%1 année par année</translation>
    </message>
    <message>
        <source>New Round — %1</source>
        <translation>Nouveau tour — %1</translation>
    </message>
    <message>
        <source>Record counter sent to %1</source>
        <translation>Consigner la contre-proposition envoyée à %1</translation>
    </message>
    <message>
        <source>Mark %1 as the Target</source>
        <translation>Marquer %1 comme cible</translation>
    </message>
</context>
<context>
    <name>OptionsChart</name>
    <message>
        <source>Exit</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Paper value</source>
        <translation>Valeur sur le papier</translation>
    </message>
    <message>
        <source>%1, an exit at %2 the last round&apos;s price: %3</source>
        <translation>%1, sortie à %2 le prix de la dernière levée&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 if its options paid their paper value (%2): %3. Never counted as pay.</source>
        <translation>%1 si ses options valaient leur valeur sur le papier (%2)&#xa0;: %3. Jamais compté comme rémunération.</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Point d&apos;équilibre</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>%1 grants stock options, shown at exits of its last round&apos;s price: %2; expected %3 (at %4); %5 if the options paid their paper value, which is never counted as pay.</source>
        <translation>%1 attribue des stock-options, représentées à des sorties exprimées en multiples du prix de la dernière levée&#xa0;: %2&#xa0;; attendu %3 (à %4)&#xa0;; %5 si les options valaient leur valeur sur le papier, qui n&apos;est jamais comptée comme rémunération.</translation>
    </message>
</context>
<context>
    <name>OptionsExitControl</name>
    <message>
        <source>Exits for stock options</source>
        <translation>Sorties pour les stock-options</translation>
    </message>
    <message>
        <source>Options: &amp;exits (× last round):</source>
        <translation>Options&#xa0;: &amp;sorties (× dernière levée)&#xa0;:</translation>
    </message>
    <message>
        <source>Exit multiples for stock options</source>
        <translation>Multiples de sortie pour les stock-options</translation>
    </message>
    <message>
        <source>The exits a stock options offer is shown at, as multiples of its last funding round&apos;s price per share, separated by commas: 0 is a company that returns nothing to common stock, 1 an exit at the last round&apos;s price, 10 a big win. Press Enter to apply.</source>
        <translation>Les sorties auxquelles une offre en stock-options est représentée, en multiples du prix par action de sa dernière levée de fonds, séparés par des virgules&#xa0;: 0 correspond à une entreprise qui ne rapporte rien aux actions ordinaires, 1 à une sortie au prix de la dernière levée, 10 à un grand succès. Appuyez sur Entrée pour appliquer.</translation>
    </message>
    <message>
        <source>Year charts show options at:</source>
        <translation>Les graphiques annuels montrent les options à&#xa0;:</translation>
    </message>
    <message>
        <source>Exit the year charts show options at</source>
        <translation>Sortie à laquelle les graphiques annuels montrent les options</translation>
    </message>
    <message>
        <source>The year charts count each options offer at its own expected exit, or at one exit of the set. The paper value is never counted.</source>
        <translation>Les graphiques annuels comptent chaque offre en stock-options à sa propre sortie attendue, ou à une sortie de l&apos;ensemble. La valeur sur le papier n&apos;est jamais comptée.</translation>
    </message>
    <message>
        <source>The exits %1</source>
        <translation>Le champ des sorties %1</translation>
    </message>
    <message>
        <source>each offer&apos;s expected exit</source>
        <translation>la sortie attendue de chaque offre</translation>
    </message>
    <message>
        <source>%1× the last round</source>
        <translation>%1× la dernière levée</translation>
    </message>
</context>
<context>
    <name>OptionsFieldsWidget</name>
    <message>
        <source>Equity type:</source>
        <translation>Type d&apos;actions&#xa0;:</translation>
    </message>
    <message>
        <source>Equity type: RSUs</source>
        <translation>Type d&apos;actions&#xa0;: RSU</translation>
    </message>
    <message>
        <source>Equity type: stock options</source>
        <translation>Type d&apos;actions&#xa0;: stock-options</translation>
    </message>
    <message>
        <source>Restricted stock units: shares you receive as they vest, worth the share price. The equity total above is their value.</source>
        <translation>Restricted stock units (RSU)&#xa0;: des actions que vous recevez au fil de leur acquisition, valant le cours de l&apos;action. Le total en actions ci-dessus correspond à leur valeur.</translation>
    </message>
    <message>
        <source>Stock options: the right to buy shares at a fixed price (the strike) once they vest. They are worth something only if the company is sold or listed above the strike, so OfferDesk values them at an exit you choose, never at the recruiter&apos;s paper value.</source>
        <translation>Stock-options&#xa0;: le droit d&apos;acheter des actions à un prix fixé (le prix d&apos;exercice) une fois qu&apos;elles sont acquises. Elles n&apos;ont de valeur que si l&apos;entreprise est vendue ou introduite en Bourse au-dessus du prix d&apos;exercice&#xa0;; OfferDesk les valorise donc à une sortie que vous choisissez, jamais à la valeur sur le papier annoncée par le recruteur.</translation>
    </message>
    <message>
        <source>Stock options (prices per share, in the offer&apos;s currency)</source>
        <translation>Stock-options (prix par action, dans la devise de l&apos;offre)</translation>
    </message>
    <message>
        <source>Stock options</source>
        <translation>Stock-options</translation>
    </message>
    <message>
        <source>More option terms (409A, shares, preference, exercise window)</source>
        <translation>Autres conditions des options (409A, actions, préférence, délai d&apos;exercice)</translation>
    </message>
    <message>
        <source>More option terms</source>
        <translation>Autres conditions des options</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>The number granted (required).</source>
        <translation>Le nombre attribué (obligatoire).</translation>
    </message>
    <message>
        <source>The number of options granted. Each is the right to buy one share at the strike.</source>
        <translation>Le nombre d&apos;options attribuées. Chacune donne le droit d&apos;acheter une action au prix d&apos;exercice.</translation>
    </message>
    <message>
        <source>Strike price:</source>
        <translation>Prix d&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>What you pay per share to buy.</source>
        <translation>Ce que vous payez par action pour acheter.</translation>
    </message>
    <message>
        <source>The strike (or exercise) price: what you pay for each share when you exercise an option. An option is worth the share&apos;s price less the strike, and nothing below it.</source>
        <translation>Le prix d&apos;exercice (strike)&#xa0;: ce que vous payez pour chaque action quand vous exercez une option. Une option vaut le prix de l&apos;action moins le prix d&apos;exercice, et rien en dessous.</translation>
    </message>
    <message>
        <source>Last round&apos;s price:</source>
        <translation>Prix de la dernière levée&#xa0;:</translation>
    </message>
    <message>
        <source>Investors&apos; price a share (required).</source>
        <translation>Prix par action payé par les investisseurs (obligatoire).</translation>
    </message>
    <message>
        <source>The preferred price: what investors paid per share in the last funding round. Recruiters&apos; &quot;paper value&quot; uses it; exits are measured as multiples of it.</source>
        <translation>Le prix des actions de préférence&#xa0;: ce que les investisseurs ont payé par action lors de la dernière levée de fonds. La «&#xa0;valeur sur le papier&#xa0;» des recruteurs s&apos;appuie dessus&#xa0;; les sorties sont exprimées en multiples de ce prix.</translation>
    </message>
    <message>
        <source>409A price:</source>
        <translation>Prix 409A&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: fair market value a share.</source>
        <translation>Facultatif&#xa0;: juste valeur de marché par action.</translation>
    </message>
    <message>
        <source>The 409A valuation: the fair market value of a common share set for tax. The spread between it and the strike is what tax applies to when you exercise. 0 if you don&apos;t know it.</source>
        <translation>La valorisation 409A&#xa0;: la juste valeur de marché d&apos;une action ordinaire, fixée à des fins fiscales. L&apos;écart entre elle et le prix d&apos;exercice est ce qui est imposé lorsque vous exercez. 0 si vous ne la connaissez pas.</translation>
    </message>
    <message>
        <source>Fully diluted shares:</source>
        <translation>Actions (base entièrement diluée)&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: shows your ownership.</source>
        <translation>Facultatif&#xa0;: indique votre part du capital.</translation>
    </message>
    <message>
        <source>Every share the company has and has promised (options, warrants, convertibles included). Your options divided by it is your share of the company. 0 if unknown.</source>
        <translation>Toutes les actions que l&apos;entreprise a émises ou promises (options, bons de souscription et titres convertibles compris). Vos options divisées par ce nombre donnent votre part de l&apos;entreprise. 0 si inconnu.</translation>
    </message>
    <message>
        <source>Liquidation preference:</source>
        <translation>Préférence de liquidation&#xa0;:</translation>
    </message>
    <message>
        <source>Optional: paid before common stock.</source>
        <translation>Facultatif&#xa0;: payée avant les actions ordinaires.</translation>
    </message>
    <message>
        <source>The liquidation preference: what investors get back before common stock (yours) gets anything at an exit. OfferDesk takes it all off the top, the cautious view. Needs the fully diluted shares.</source>
        <translation>La préférence de liquidation&#xa0;: ce que les investisseurs récupèrent avant que les actions ordinaires (les vôtres) ne touchent quoi que ce soit lors d&apos;une sortie. OfferDesk la déduit en totalité, par prudence. Nécessite le nombre d&apos;actions sur base entièrement diluée.</translation>
    </message>
    <message>
        <source>Dilution per round:</source>
        <translation>Dilution par levée&#xa0;:</translation>
    </message>
    <message>
        <source>What each future round takes.</source>
        <translation>Ce que prend chaque future levée.</translation>
    </message>
    <message>
        <source>Dilution: each new funding round issues new shares, so your options are a smaller part of the company. 15–25% a round is common.</source>
        <translation>Dilution&#xa0;: chaque nouvelle levée de fonds émet de nouvelles actions, si bien que vos options représentent une part plus petite de l&apos;entreprise. 15–25&#xa0;% par levée est courant.</translation>
    </message>
    <message>
        <source>Rounds to exit:</source>
        <translation>Levées avant la sortie&#xa0;:</translation>
    </message>
    <message>
        <source>Rounds before a sale or listing.</source>
        <translation>Levées avant une vente ou une introduction en Bourse.</translation>
    </message>
    <message>
        <source>How many more funding rounds you expect before the company is sold or lists; each one dilutes by the percentage above.</source>
        <translation>Le nombre de levées de fonds que vous attendez avant que l&apos;entreprise soit vendue ou introduite en Bourse&#xa0;; chacune dilue du pourcentage ci-dessus.</translation>
    </message>
    <message>
        <source>Exercise window:</source>
        <translation>Délai d&apos;exercice&#xa0;:</translation>
    </message>
    <message>
        <source>Days to buy them after leaving.</source>
        <translation>Jours pour les acheter après un départ.</translation>
    </message>
    <message>
        <source>The post-termination exercise window: how long after you leave you may still buy your vested options. Often 90 days; some companies give years.</source>
        <translation>Le délai d&apos;exercice après départ&#xa0;: combien de temps après votre départ vous pouvez encore acheter vos options acquises. Souvent 90 jours&#xa0;; certaines entreprises accordent des années.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Expected exit:</source>
        <translation>Sortie attendue&#xa0;:</translation>
    </message>
    <message>
        <source>Your guess, × the last round&apos;s price.</source>
        <translation>Votre estimation, × le prix de la dernière levée.</translation>
    </message>
    <message>
        <source>The exit multiple: the price per share at a sale or listing, as a multiple of the last round&apos;s price. 1× is the paper value&apos;s price before dilution; 0× is a company that returns nothing to common. Every yearly figure counts the options here.</source>
        <translation>Le multiple de sortie&#xa0;: le prix par action lors d&apos;une vente ou d&apos;une introduction en Bourse, en multiple du prix de la dernière levée. 1× correspond au prix de la valeur sur le papier, avant dilution&#xa0;; 0× à une entreprise qui ne rapporte rien aux actions ordinaires. Chaque chiffre annuel compte les options à ce niveau.</translation>
    </message>
    <message>
        <source>Paper value %1: what recruiters quote, never counted as pay. At your expected exit: %2. Cost to exercise: %3.</source>
        <translation>Valeur sur le papier %1&#xa0;: ce qu&apos;annoncent les recruteurs, jamais comptée comme rémunération. À votre sortie attendue&#xa0;: %2. Coût d&apos;exercice&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Underwater at the last round&apos;s price: the strike is above it.</source>
        <translation>Hors de la monnaie au prix de la dernière levée&#xa0;: le prix d&apos;exercice lui est supérieur.</translation>
    </message>
    <message>
        <source>Stock options (a startup&apos;s)</source>
        <translation>Stock-options (d&apos;une start-up)</translation>
    </message>
    <message>
        <source>RSUs (shares at their price)</source>
        <translation>RSU (actions valorisées à leur cours)</translation>
    </message>
</context>
<context>
    <name>OptionsOutlook</name>
    <message>
        <source>The expected case puts %1&apos;s options at an exit at 1× the last round&apos;s price (the default expected_exit_multiple), the price their paper value uses; set expected_exit_multiple to your own estimate.</source>
        <translation>Le cas attendu place les options de %1 à une sortie à 1× le prix de la dernière levée (la valeur par défaut de expected_exit_multiple), le prix qu&apos;utilise leur valeur sur le papier&#xa0;; donnez à expected_exit_multiple votre propre estimation.</translation>
    </message>
    <message>
        <source>%1&apos;s options are underwater at the last round&apos;s price: the strike is above it, so they are worth something only at a higher exit.</source>
        <translation>Les options de %1 sont hors de la monnaie au prix de la dernière levée&#xa0;: le prix d&apos;exercice lui est supérieur, elles n&apos;ont donc de valeur qu&apos;à une sortie plus élevée.</translation>
    </message>
    <message>
        <source>over 1 year</source>
        <translation>sur 1 an</translation>
    </message>
    <message>
        <source>over %1 years</source>
        <translation>sur %1 ans</translation>
    </message>
    <message>
        <source>This offer doesn&apos;t beat %1 %2, even if the company exits at 100× its last round&apos;s price.</source>
        <translation>Cette offre ne dépasse pas %1 %2, même si l&apos;entreprise sort à 100× le prix de sa dernière levée.</translation>
    </message>
    <message>
        <source>This offer beats %1 %2 even if its options are worth nothing.</source>
        <translation>Cette offre dépasse %1 %2 même si ses options ne valent rien.</translation>
    </message>
    <message>
        <source>This offer beats %1 %2 only if the company exits at %3× its last round&apos;s price or more.</source>
        <translation>Cette offre ne dépasse %1 %2 que si l&apos;entreprise sort à %3× le prix de sa dernière levée ou plus.</translation>
    </message>
</context>
<context>
    <name>OptionsValuation</name>
    <message>
        <source>must be a comma-separated list of 1 to %1 exit multiples, each from 0 to 100 (such as 0,0.5,1,3,10), not &apos;%2&apos;</source>
        <translation>doit être une liste de 1 à %1 multiples de sortie séparés par des virgules, chacun compris entre 0 et 100 (par exemple 0,0.5,1,3,10), et non «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Offers in another currency are compared in the band&apos;s currency with these rates. OfferDesk never guesses a rate: without one, it says which is missing.</source>
        <translation>Les offres dans une autre devise sont comparées dans la devise de la fourchette à l&apos;aide de ces taux. OfferDesk ne devine jamais un taux&#xa0;: faute de taux, il indique lequel manque.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>&amp;Add or Replace</source>
        <translation>&amp;Ajouter ou remplacer</translation>
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
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation>&amp;Région par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Both currencies must be ISO 4217 codes, such as EUR and USD.</source>
        <translation>Les deux devises doivent être des codes ISO 4217, comme EUR et USD.</translation>
    </message>
    <message>
        <source>A rate needs two different currencies.</source>
        <translation>Un taux nécessite deux devises différentes.</translation>
    </message>
    <message>
        <source>The rate must lie between 0.000001 and 1,000,000.</source>
        <translation>Le taux doit être compris entre 0,000001 et 1 000 000.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>OfferDesk uses the new language the next time it starts.</source>
        <translation>OfferDesk utilisera la nouvelle langue à son prochain démarrage.</translation>
    </message>
    <message>
        <source>One rate per row: from a currency, to another, the rate and the day you entered it.</source>
        <translation>Un taux par ligne&#xa0;: d&apos;une devise vers une autre, le taux et le jour où vous l&apos;avez saisi.</translation>
    </message>
    <message>
        <source>From currency</source>
        <translation>Devise de départ</translation>
    </message>
    <message>
        <source>To currency</source>
        <translation>Devise d&apos;arrivée</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1&#xa0;: %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1
Double-click to open the guide at this line in the guide editor.</source>
        <translation>%1
Double-cliquez pour ouvrir le guide à cette ligne dans l&apos;éditeur de guide.</translation>
    </message>
    <message>
        <source>%1
Double-click to open this folder.</source>
        <translation>%1
Double-cliquez pour ouvrir ce dossier.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>&amp;Problems: none</source>
        <translation>P&amp;roblèmes&#xa0;: aucun</translation>
    </message>
    <message>
        <source>&amp;Problems (1)</source>
        <translation>P&amp;roblèmes (1)</translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation>P&amp;roblèmes (%1)</translation>
    </message>
    <message>
        <source>Every guide loaded without problems.</source>
        <translation>Tous les guides se sont chargés sans problème.</translation>
    </message>
    <message>
        <source>%1 and %2 in the guides, errors first. Press Enter on one to open its guide at that line.</source>
        <translation>%1 et %2 dans les guides, les erreurs en premier. Appuyez sur Entrée sur l&apos;un d&apos;eux pour ouvrir son guide à cette ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordCounterDialog</name>
    <message>
        <source>Base asked</source>
        <translation>Salaire de base demandé</translation>
    </message>
    <message>
        <source>Equity asked (total grant)</source>
        <translation>Actions demandées (attribution totale)</translation>
    </message>
    <message>
        <source>Sign-on asked</source>
        <translation>Prime d&apos;arrivée demandée</translation>
    </message>
    <message>
        <source>Record Counter Sent — %1</source>
        <translation>Consigner la contre-proposition envoyée — %1</translation>
    </message>
    <message>
        <source>Keeps the counter you sent with the offer, for its timeline.</source>
        <translation>Conserve avec l&apos;offre la contre-proposition envoyée, pour sa chronologie.</translation>
    </message>
    <message>
        <source>Date sent</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>Words sent from</source>
        <translation>Texte issu de</translation>
    </message>
    <message>
        <source>The email draft</source>
        <translation>Le brouillon d&apos;e-mail</translation>
    </message>
    <message>
        <source>The call script</source>
        <translation>L&apos;argumentaire d&apos;appel</translation>
    </message>
    <message>
        <source>Words as sent</source>
        <translation>Texte tel qu&apos;envoyé</translation>
    </message>
    <message>
        <source>Keep what you asked %1 for, and the words you used, with the offer.</source>
        <translation>Conservez avec l&apos;offre ce que vous avez demandé à %1 et les mots que vous avez employés.</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>Envoyée &amp;le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Base asked:</source>
        <translation>&amp;Salaire de base demandé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Equity asked (total):</source>
        <translation>&amp;Actions demandées (total)&#xa0;:</translation>
    </message>
    <message>
        <source>Si&amp;gn-on asked:</source>
        <translation>&amp;Prime d&apos;arrivée demandée&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Words from:</source>
        <translation>&amp;Texte issu de&#xa0;:</translation>
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
        <translation>%1, payé en %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Base salary per year: %1</source>
        <translation>Salaire de base annuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stock granted over %1 years: %2</source>
        <translation>Actions attribuées sur %1 ans&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stock vesting per year (the grant over %1 years): %2</source>
        <translation>Actions acquises par an (l&apos;attribution sur %1 ans)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Target bonus, as a share of base: %1</source>
        <translation>Bonus cible, en part du salaire de base&#xa0;: %1</translation>
    </message>
    <message>
        <source>Total comp per year, as the guide states it: %1</source>
        <translation>Rémunération totale annuelle, telle que l&apos;indique le guide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Base + stock per year + bonus: %1</source>
        <translation>Base + actions par an + bonus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Low end: stated %1, parts add up to %2 (%3).
High end: stated %4, parts add up to %5 (%6).</source>
        <translation>Bas de fourchette&#xa0;: %1 indiqué, les éléments totalisent %2 (%3).
Haut de fourchette&#xa0;: %4 indiqué, les éléments totalisent %5 (%6).</translation>
    </message>
    <message>
        <source>The stated total comp matches its parts within %1%.</source>
        <translation>La rémunération totale indiquée correspond à ses éléments à %1&#xa0;% près.</translation>
    </message>
    <message>
        <source>The stated total comp differs from base + stock per year + bonus by up to %1, more than %2%.</source>
        <translation>La rémunération totale indiquée diffère de base + actions par an + bonus de jusqu&apos;à %1, soit plus de %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Does the stated total comp match base + stock per year + bonus? Flagged beyond %1%.</source>
        <translation>La rémunération totale indiquée correspond-elle à base + actions par an + bonus&#xa0;? Signalé au-delà de %1&#xa0;%.</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Stock
(4 years)</source>
        <translation>Actions
(4 ans)</translation>
    </message>
    <message>
        <source>Stock
per year</source>
        <translation>Actions
par an</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Total comp
(stated)</source>
        <translation>Rémunération
totale (indiquée)</translation>
    </message>
    <message>
        <source>Sum of
parts</source>
        <translation>Somme des
éléments</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>Your counter</source>
        <translation>Votre contre-proposition</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation>Actions par an</translation>
    </message>
    <message>
        <source>Sign-on per year</source>
        <translation>Prime d&apos;arrivée par an</translation>
    </message>
    <message>
        <source>Band, total comp %1 – %2</source>
        <translation>Fourchette, rémunération totale %1 – %2</translation>
    </message>
    <message>
        <source>Walk-away floor %1</source>
        <translation>Seuil de rupture %1</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>no output file was given</source>
        <translation>aucun fichier de sortie n&apos;a été indiqué</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation>impossible d&apos;écrire %1&#xa0;: c&apos;est un dossier</translation>
    </message>
    <message>
        <source>cannot write %1: the page size %2 does not fit its margins</source>
        <translation>impossible d&apos;écrire %1&#xa0;: le format de page %2 ne tient pas dans ses marges</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReportPrintPreview</name>
    <message>
        <source>Negotiation summary - %1 - %2</source>
        <translation>Synthèse de négociation - %1 - %2</translation>
    </message>
    <message>
        <source>Export Negotiation &amp;Summary…</source>
        <translation>Exporter la &amp;synthèse de négociation…</translation>
    </message>
    <message>
        <source>Preview, print or save a PDF summary of the band, the offers and the counter</source>
        <translation>Prévisualiser, imprimer ou enregistrer en PDF une synthèse de la fourchette, des offres et de la contre-proposition</translation>
    </message>
    <message>
        <source>Negotiation summary</source>
        <translation>Synthèse de négociation</translation>
    </message>
    <message>
        <source>The summary could not be drawn: %1.</source>
        <translation>La synthèse n&apos;a pas pu être dessinée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save negotiation summary</source>
        <translation>Enregistrer la synthèse de négociation</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The summary was not saved.

%1</source>
        <translation>La synthèse n&apos;a pas été enregistrée.

%1</translation>
    </message>
    <message>
        <source>Save the summary as a PDF file (%1)</source>
        <translation>Enregistrer la synthèse dans un fichier PDF (%1)</translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>within</source>
        <translation>dans la fourchette</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bas</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Haut</translation>
    </message>
    <message>
        <source>How it is found</source>
        <translation>Mode de calcul</translation>
    </message>
    <message>
        <source>stated by the guide</source>
        <translation>indiquée par le guide</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation>Année 1</translation>
    </message>
    <message>
        <source>4-year average</source>
        <translation>Moyenne sur 4 ans</translation>
    </message>
    <message>
        <source>Base in band</source>
        <translation>Base dans la fourchette</translation>
    </message>
    <message>
        <source>Total in band</source>
        <translation>Total dans la fourchette</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>target: the offer being negotiated</source>
        <translation>cible&#xa0;: l&apos;offre en négociation</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>aucune nécessaire</translation>
    </message>
    <message>
        <source>No offers were given.</source>
        <translation>Aucune offre n&apos;a été fournie.</translation>
    </message>
    <message>
        <source>Position in band: 0 is the band&apos;s low end and 1 its high end; it can fall outside. Base is set against the base band, total (the 4-year average) against the guide&apos;s stated total comp. </source>
        <translation>Position dans la fourchette&#xa0;: 0 correspond au bas de la fourchette et 1 à son haut&#xa0;; elle peut en sortir. Le salaire de base est comparé à la fourchette de base, le total (la moyenne sur 4 ans) à la rémunération totale indiquée par le guide. </translation>
    </message>
    <message>
        <source>With no offers, there is nothing to chart.</source>
        <translation>Sans offre, il n&apos;y a rien à représenter.</translation>
    </message>
    <message>
        <source>, against its offer (%1)</source>
        <translation>, face à son offre (%1)</translation>
    </message>
    <message>
        <source>. Settings: %1.</source>
        <translation>. Réglages&#xa0;: %1.</translation>
    </message>
    <message>
        <source> Best alternative: %1, worth %2 a year on average.</source>
        <translation> Meilleure alternative&#xa0;: %1, soit %2 par an en moyenne.</translation>
    </message>
    <message>
        <source>The floor is the 4-year average below which you walk away, from %1; its base is the base that reaches it with the offer&apos;s other parts unchanged.</source>
        <translation>Le seuil est la moyenne sur 4 ans en dessous de laquelle vous renoncez, d&apos;après %1&#xa0;; son salaire de base est celui qui l&apos;atteint, le reste de l&apos;offre restant inchangé.</translation>
    </message>
    <message>
        <source>Have these offers in writing before you cite them: %1.</source>
        <translation>Ayez ces offres par écrit avant de les citer&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Band low</source>
        <translation>Bas de fourchette</translation>
    </message>
    <message>
        <source>Band high</source>
        <translation>Haut de fourchette</translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation>Meilleure alternative</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>saisie à la main</translation>
    </message>
    <message>
        <source>raised to reach the floor</source>
        <translation>relevée pour atteindre le seuil</translation>
    </message>
    <message>
        <source>no band</source>
        <translation>pas de fourchette</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Asks marked &quot;set by hand&quot; were entered by the person, not suggested by OfferDesk.</source>
        <translation>Les demandes marquées «&#xa0;saisie à la main&#xa0;» ont été saisies par la personne, et non suggérées par OfferDesk.</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Salaire de base</translation>
    </message>
    <message>
        <source>Target offer today</source>
        <translation>Offre cible aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Your counter</source>
        <translation>Votre contre-proposition</translation>
    </message>
    <message>
        <source>Walk-away floor</source>
        <translation>Seuil de rupture</translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation>Pourquoi ces chiffres</translation>
    </message>
    <message>
        <source>Here: </source>
        <translation>Ici&#xa0;: </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the page is too small for the summary once its margins are taken off</source>
        <translation>la page est trop petite pour la synthèse une fois les marges retirées</translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation>impossible de commencer à dessiner sur la sortie</translation>
    </message>
    <message>
        <source>could not start page %1 of the output</source>
        <translation>impossible de commencer la page %1 de la sortie</translation>
    </message>
    <message>
        <source>could not finish writing the output</source>
        <translation>impossible de terminer l&apos;écriture de la sortie</translation>
    </message>
    <message>
        <source>What to ask %1 for</source>
        <extracomment>%1 is the company, in bold.</extracomment>
        <translation>Ce qu&apos;il faut demander à %1</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>at %1 a year</source>
        <translation>à %1 par an</translation>
    </message>
    <message>
        <source>Assumptions as entered</source>
        <translation>Hypothèses saisies</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Changements</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (cible)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Rounds are the company&apos;s offers, oldest first; a counter sent is what you asked for, on the shaded lines. Amounts are in each offer&apos;s own currency.</source>
        <translation>Les tours sont les offres de l&apos;entreprise, de la plus ancienne à la plus récente&#xa0;; une contre-proposition envoyée correspond à ce que vous avez demandé, sur les lignes grisées. Les montants sont exprimés dans la devise propre à chaque offre.</translation>
    </message>
    <message>
        <source>Exit (× last round)</source>
        <translation>Sortie (× dernière levée)</translation>
    </message>
    <message>
        <source>Price a share</source>
        <translation>Prix par action</translation>
    </message>
    <message>
        <source>Options </source>
        <translation>Options </translation>
    </message>
    <message>
        <source>Total </source>
        <translation>Total </translation>
    </message>
    <message>
        <source>A year</source>
        <translation>Par an</translation>
    </message>
    <message>
        <source> (target)</source>
        <translation> (cible)</translation>
    </message>
    <message>
        <source>As entered: </source>
        <translation>Données saisies&#xa0;: </translation>
    </message>
    <message>
        <source>Paper value </source>
        <translation>Valeur sur le papier </translation>
    </message>
    <message>
        <source> (what recruiters quote; never counted as pay) · cost to exercise </source>
        <translation> (ce qu&apos;annoncent les recruteurs&#xa0;; jamais comptée comme rémunération) · coût d&apos;exercice </translation>
    </message>
    <message>
        <source> · spread at exercise </source>
        <translation> · plus-value à l&apos;exercice </translation>
    </message>
    <message>
        <source> (taxed; no tax computed)</source>
        <translation> (imposable&#xa0;; aucun impôt calculé)</translation>
    </message>
    <message>
        <source> · %1% of the company</source>
        <translation> · %1&#xa0;% de l&apos;entreprise</translation>
    </message>
    <message>
        <source>  expected</source>
        <translation>  attendue</translation>
    </message>
</context>
<context>
    <name>RoundChoiceWidget</name>
    <message>
        <source>This edit is</source>
        <translation>Cette modification est</translation>
    </message>
    <message>
        <source>A correction of t&amp;he current numbers (they are overwritten)</source>
        <translation>Une correction des c&amp;hiffres actuels (ils sont remplacés)</translation>
    </message>
    <message>
        <source>A ne&amp;w round: the company revised the offer (the old numbers stay in the timeline)</source>
        <translation>Un &amp;nouveau tour&#xa0;: l&apos;entreprise a révisé l&apos;offre (les anciens chiffres restent dans la chronologie)</translation>
    </message>
    <message>
        <source>Correction or new round</source>
        <translation>Correction ou nouveau tour</translation>
    </message>
    <message>
        <source>A new round keeps the old numbers in the offer&apos;s timeline.</source>
        <translation>Un nouveau tour conserve les anciens chiffres dans la chronologie de l&apos;offre.</translation>
    </message>
    <message>
        <source>Date of the new round</source>
        <translation>Date du nouveau tour</translation>
    </message>
    <message>
        <source>Note on the new round</source>
        <translation>Note sur le nouveau tour</translation>
    </message>
    <message>
        <source>revised after my counter</source>
        <translation>révisée après ma contre-proposition</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate&#xa0;:</translation>
    </message>
    <message>
        <source>Note (o&amp;ptional):</source>
        <translation>Note (facultati&amp;ve)&#xa0;:</translation>
    </message>
    <message>
        <source>Record a new round of %1</source>
        <translation>Enregistrer un nouveau tour de %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>SafeMarkdownDocument</name>
    <message>
        <source>This guide is longer than %L1 lines: the rest is not shown.</source>
        <translation>Ce guide dépasse %L1 lignes&#xa0;: la suite n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>This guide is longer than %L1 characters: the rest is not shown.</source>
        <translation>Ce guide dépasse %L1 caractères&#xa0;: la suite n&apos;est pas affichée.</translation>
    </message>
    <message>
        <source>Lines longer than %L1 characters are cut short.</source>
        <translation>Les lignes de plus de %L1 caractères sont tronquées.</translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation>[image non affichée]</translation>
    </message>
    <message>
        <source>[image not shown: %1]</source>
        <translation>[image non affichée&#xa0;: %1]</translation>
    </message>
    <message>
        <source>Shown as plain text: part of this guide&apos;s Markdown is too complex to lay out quickly.</source>
        <translation>Affiché en texte brut&#xa0;: une partie du Markdown de ce guide est trop complexe pour être mise en page rapidement.</translation>
    </message>
</context>
<context>
    <name>ScenarioChartModel</name>
    <message>
        <source>+%1% a year</source>
        <translation>+%1&#xa0;% par an</translation>
    </message>
    <message>
        <source>−%1% a year</source>
        <translation>−%1&#xa0;% par an</translation>
    </message>
    <message>
        <source>0% a year</source>
        <translation>0&#xa0;% par an</translation>
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
        <translation>Offre</translation>
    </message>
    <message>
        <source>Expected growth</source>
        <translation>Croissance attendue</translation>
    </message>
    <message>
        <source>Worst scenario, %1-year total</source>
        <translation>Pire scénario, total sur %1 ans</translation>
    </message>
    <message>
        <source>Expected, %1-year total</source>
        <translation>Attendu, total sur %1 ans</translation>
    </message>
    <message>
        <source>Best scenario, %1-year total</source>
        <translation>Meilleur scénario, total sur %1 ans</translation>
    </message>
</context>
<context>
    <name>ScriptLint</name>
    <message>
        <source>This tells them the least you would take (&quot;%1&quot;). Once they know your floor, they offer it. Say what you ask for, never what you would settle for.</source>
        <translation>Ceci leur indique le minimum que vous accepteriez («&#xa0;%1&#xa0;»). Une fois votre seuil connu, c&apos;est lui qu&apos;ils proposent. Dites ce que vous demandez, jamais ce dont vous vous contenteriez.</translation>
    </message>
    <message>
        <source>This gives away what you are paid now (&quot;%1&quot;). Your current pay anchors their offer low; talk about the role&apos;s market and your other offers instead.</source>
        <translation>Ceci dévoile votre rémunération actuelle («&#xa0;%1&#xa0;»). Elle tire leur offre vers le bas&#xa0;; parlez plutôt du marché pour ce poste et de vos autres offres.</translation>
    </message>
    <message>
        <source>An apology or hedge before a number (&quot;%1&quot;) tells them you expect a no. State the number plainly: you are asking, not apologising.</source>
        <translation>Une excuse ou une précaution avant un chiffre («&#xa0;%1&#xa0;») leur signale que vous vous attendez à un refus. Énoncez le chiffre simplement&#xa0;: vous faites une demande, vous ne vous excusez pas.</translation>
    </message>
    <message>
        <source>This commits you to %1, at or below the base your floor needs (%2). Never promise to sign at a figure you would walk away from.</source>
        <translation>Ceci vous engage sur %1, au niveau ou en dessous du salaire de base qu&apos;exige votre seuil (%2). Ne promettez jamais de signer à un montant auquel vous renonceriez.</translation>
    </message>
    <message>
        <source>This commits you to %1, at or below your walk-away floor of %2 a year over 4 years. Never promise to sign at a figure you would walk away from.</source>
        <translation>Ceci vous engage sur %1, au niveau ou en dessous de votre seuil de rupture de %2 par an sur 4 ans. Ne promettez jamais de signer à un montant auquel vous renonceriez.</translation>
    </message>
    <message>
        <source>%1 is a figure of your %2 offer, which is weaker than this one. Quoting it shows them they can offer less; name only offers that beat theirs.</source>
        <translation>«&#xa0;%1&#xa0;» est un montant de votre offre %2, moins intéressante que celle-ci. Le citer leur montre qu&apos;ils peuvent proposer moins&#xa0;; ne citez que les offres qui dépassent la leur.</translation>
    </message>
    <message>
        <source>A sentence that reveals your walk-away floor or the least you would accept.</source>
        <translation>Une phrase qui révèle votre seuil de rupture ou le minimum que vous accepteriez.</translation>
    </message>
    <message>
        <source>A sentence that states your current or past pay.</source>
        <translation>Une phrase qui indique votre rémunération actuelle ou passée.</translation>
    </message>
    <message>
        <source>A commitment to a figure at or below your walk-away floor.</source>
        <translation>Un engagement sur un montant égal ou inférieur à votre seuil de rupture.</translation>
    </message>
    <message>
        <source>An exact figure of a competing offer that is weaker than the one you are negotiating.</source>
        <translation>Le montant exact d&apos;une offre concurrente moins intéressante que celle que vous négociez.</translation>
    </message>
    <message>
        <source>An apology or hedge before a number.</source>
        <translation>Une excuse ou une précaution avant un chiffre.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>OfferDesk is already open on these offers but does not answer. Close it, then start OfferDesk again.</source>
        <translation>OfferDesk est déjà ouvert sur ces offres mais ne répond pas. Fermez-le, puis relancez OfferDesk.</translation>
    </message>
    <message>
        <source>A second OfferDesk window could not be kept from opening on the same offers: %1</source>
        <translation>Impossible d&apos;empêcher l&apos;ouverture d&apos;une seconde fenêtre OfferDesk sur les mêmes offres&#xa0;: %1</translation>
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
        <translation>Problèmes dans %1</translation>
    </message>
    <message>
        <source>Each entry is a sentence to reconsider and why; choose one to select its words in the text.</source>
        <translation>Chaque entrée est une phrase à revoir, avec la raison&#xa0;; choisissez-en une pour sélectionner ses mots dans le texte.</translation>
    </message>
    <message>
        <source>✓ Nothing to reconsider in these words.</source>
        <translation>✓ Rien à revoir dans ce texte.</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 (rule %2)</source>
        <translation>%1 (règle %2)</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
</context>
<context>
    <name>YamlPrecheck</name>
    <message>
        <source>YAML nesting is deeper than %1 levels, the limit for a guide&apos;s front matter</source>
        <translation>l&apos;imbrication YAML dépasse %1 niveaux, la limite pour l&apos;en-tête d&apos;un guide</translation>
    </message>
    <message>
        <source>an alias (*name) is not allowed in a guide: write the value out in full</source>
        <translation>un alias (*nom) n&apos;est pas autorisé dans un guide&#xa0;: écrivez la valeur en entier</translation>
    </message>
    <message>
        <source>a line starting with &apos;---&apos; inside the front matter starts a second YAML document</source>
        <translation>une ligne commençant par «&#xa0;---&#xa0;» dans l&apos;en-tête ouvre un second document YAML</translation>
    </message>
    <message>
        <source>a line &apos;...&apos; ends the YAML document early: the keys after it would be lost</source>
        <translation>une ligne «&#xa0;...&#xa0;» termine le document YAML trop tôt&#xa0;: les clés qui suivent seraient perdues</translation>
    </message>
    <message>
        <source> (%1 aliases in all)</source>
        <translation> (%1 alias en tout)</translation>
    </message>
    <message>
        <source>a value holds an escape that is not valid Unicode</source>
        <translation>une valeur contient une séquence d&apos;échappement qui n&apos;est pas de l&apos;Unicode valide</translation>
    </message>
    <message>
        <source>a value holds the control character U+%1: remove it</source>
        <translation>une valeur contient le caractère de contrôle U+%1&#xa0;: supprimez-le</translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first on line %2)</source>
        <translation>clé «&#xa0;%1&#xa0;» en double (première occurrence ligne %2)</translation>
    </message>
</context>
</TS>
