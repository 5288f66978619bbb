<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>BandChartModel</name>
    <message>
        <source>%1 · high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandRangesWidget</name>
    <message>
        <source>Offers against the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock / year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total (4-yr avg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide and region to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandStatistics</name>
    <message>
        <source>only %1 point: fewer than %2, so the band is a rough guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only %1 points: fewer than %2, so the band is a rough guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 point is older than %2 years (before %3): line %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points are older than %2 years (before %3): lines %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 has points in %3 currencies (%4): bands in different currencies can&apos;t be compared without an exchange rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BandView</name>
    <message>
        <source>Pay bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay bands by region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One year of pay at the low and the high end of each band: base, stock vesting per year and target bonus. Hover a bar for its exact value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay band charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly pay in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3
Whole bar: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay band chart in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyCompareView</name>
    <message>
        <source>Compare companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total comp by company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a guide and a region to compare its pay with other companies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: total comp by company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 has a %2 guide for %3, so there is nothing to compare yet. Import guides for other companies (File &gt; Import Guide…) to see who pays more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total comp per year as each guide states it, at the low and the high end of the band, highest first. Hover a bar for its exact value. Pick another region in the Pay bands table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown, because they pay in another currency: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total comp per year in %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterEngine</name>
    <message>
        <source>your best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 and its figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name %1 and their figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 signing bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back %1 with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use it only if it&apos;s true for you, with your own details where the guide has brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 inside the band (%5), so ask at least that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, the band&apos;s top: %3 more than that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the offer&apos;s own %3, already at or above the band&apos;s top (%4), so hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: the offer&apos;s own %3 is already past the step a %4 ask takes, so hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a %3 ask aims at %4 of the band (%5); the offer sits at %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: a %3 ask is at least %4 above the offer&apos;s %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 %2 beyond the band&apos;s top of %3 can&apos;t go into %4,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so it moves into the sign-on, which the band doesn&apos;t cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>so it would move into the sign-on, but this offer already pays more in year 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest of the %1 step (%2) is beyond the band&apos;s top, so it moves into the sign-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on: none; with room left in the band, the base and equity asks carry the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on: none; no competing offer pays more in year 1 than this offer at the base and equity asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on %1: %2 pays %3 in year 1; this offer, at the base and equity asks, pays %4. The sign-on bridges that %5 year-1 gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It includes %1&apos;s pay beyond the band&apos;s top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on %1: the %2 step on base and equity (%3 in year 1) goes past the band&apos;s top, so it moves into a one-off sign-on, which the band doesn&apos;t cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on %1: the offer&apos;s own sign-on; keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on %1: what a competing offer pays in year 1 beyond this offer at the base and equity asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on is the part most likely to move: base and equity are near the top of the band, and a one-off sign-on doesn&apos;t touch the band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the part most likely to move: the offer sits %2 of the way up the band&apos;s %3 range (%4–%5), with %6 of room to the top that a recruiter can give without an exception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on its offer letter, at the rate of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 on its offer letter, at the rate of %3 you entered on %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, less your %1 premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: %2&apos;s 4-year average of %3%4. That is %5 base with the offer&apos;s other parts unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the walk-away figure you stated, above what %2 comes to (%3). That is %4 base with the offer&apos;s other parts unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the walk-away figure you stated. That is %2 base with the offer&apos;s other parts unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor %1 a year over 4 years: the offer&apos;s own value (%2 base); with no competing offer, there is nothing better to walk away to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised to %1, its limit of a quarter of the base ask, to come as close as the band allows to your floor of %2 a year over 4 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised to %1 so the counter reaches your floor of %2 a year over 4 years; a one-off sign-on sits outside the band, up to a quarter of the base ask (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised to %1 so the counter reaches your floor of %2 a year over 4 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised to %1, the band&apos;s top, toward your floor of %2 a year over 4 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: set by hand (the suggestion was %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 signing bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 offer at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equity over %2 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At these numbers, I&apos;m ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If we can get to those numbers, I&apos;m ready to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me know how close you can get, and I&apos;ll decide quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otherwise, I&apos;ll go with my other offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otherwise, I&apos;ll have to decline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know that may be beyond the band for this level. If it is, a higher level, more on the signing bonus, or an exception to the band would get us there; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m excited about the %1 role at %2 and want to make this work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m holding %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To choose %1, I need %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Based on market data for this level in %1, I&apos;d like %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levers from the guide that fit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lever %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the walk-away figure you stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top of its band (%1 base, %2 equity) with a %3 sign-on (a quarter of the base), the offer comes to %4 a year over 4 years, %5 short of your floor of %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top of its band (%1 base, %2 equity) with the %3 sign-on asked, the offer comes to %4 a year over 4 years, %5 short of your floor of %6 (%7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company can&apos;t match your best alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a premium of %1 or more, a higher level, or an exception to the band would close it; the script asks for those and commits to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company can&apos;t reach the walk-away figure you stated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a higher level or an exception to the band would close it; the script asks for those and commits to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter comes to %1 a year over 4 years, below your floor of %2 (%3). The band can reach it: ask for more base, equity or sign-on before you settle; the script commits to nothing until it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer on the table (%1 a year over 4 years) already meets your floor (%2, from %3): you have less leverage than it looks, so push gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer&apos;s base (%1) is already above the band&apos;s top (%2); the base ask holds it rather than going higher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer&apos;s equity (%1) is already above the band&apos;s top (%2); the equity ask holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sign-on of %1 is more than a quarter of the base; companies often split one this size across two years, or pay part of it in equity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s offer is compared in %2 at the rate you gave (%3); a change in the rate moves the anchors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide maps this level to %1, not %2: an offer at another level moves the anchors, so compare like with like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 ask (%2) is below the offer&apos;s own %1 (%3): it gives ground before the talk starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 ask (%2) is above the band&apos;s top (%3): expect it to need an exception; a sign-on is easier to grant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterTableModel</name>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity over %1 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ✎</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand; the suggestion was %1. Double-click to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested ask, raised to reach your walk-away floor. Double-click to set it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suggested ask. Double-click to set it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised to reach the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterWidget</name>
    <message>
        <source>&amp;Reset hand-set asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer being negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conservative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no competing offer ahead, conservative asks for the middle of the band, balanced for 75% of it and bold for the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much of your best alternative&apos;s value you would give up to join this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A walk-away figure of your own, as a 4-year average in the band&apos;s currency: for example your current job&apos;s value, or a minimum you set. The floor never goes below it. None: the floor comes from your best alternative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the counter meets your floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Negotiating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Boldness:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Premium to join:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Walk-away:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to ask for&lt;/b&gt; &lt;span style=&quot;color:#666&quot;&gt;(double-click an ask to set it by hand; ✎ marks one you set)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Why&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Against the band&lt;/b&gt; &lt;span style=&quot;color:#666&quot;&gt;(the offer, the ask and the best alternative; the shaded box runs from the band&apos;s low to its high end)&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to say&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the %1 ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset the %1 ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset hand-set asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide, a region and the offer you are negotiating to see a counter-offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Walk-away floor:&lt;/b&gt; %1 a year over 4 years, from %2; or %3 base with the offer&apos;s other parts unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Your counter:&lt;/b&gt; %1 in year 1, %2 a year over 4 years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Have in writing before you ask:&lt;/b&gt; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvDataPoints</name>
    <message>
        <source>field %1 is longer than %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed: its quote runs to the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header row: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column &apos;%1&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no column %1 (it needs %2, and stock_4yr or stock_per_year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has both stock_4yr and stock_per_year; keep one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header has no stock column: it needs stock_4yr or stock_per_year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value for &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a plain number such as 170000 or 7.5: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2, above %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has 1 field; the header has %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields; the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;date&apos; is not a date written YYYY-MM-DD: &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the total comp %1 is above %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is larger than %1 MiB, the limit for a data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data rows after the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 data rows, the limit for a data file; the rest is not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideBody</name>
    <message>
        <source>Lever %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideBrowserPane</name>
    <message>
        <source>Search guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search company, role, region, level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a company, role, region or level such as “Google L4” (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of matching guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 of %1 guides matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 guides match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideDraftWriter</name>
    <message>
        <source>%1: cannot make the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideEditorDialog</name>
    <message>
        <source>Guide Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Robotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acme-robotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters, digits and dashes; made from the name until you edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role i&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software-engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gions (amounts per year; stock over 4 years):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected region up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected region down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent levels, one per row; double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the figures come from, one per row; double-click to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last &amp;updated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next re&amp;view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body (Markdown):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a problem to go to its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock low (4 yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock high (4 yr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>## Negotiation Levers

1. **Lever:** what to ask for, and why.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide Editor: %1 (a copy of a bundled guide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide Editor: %1 (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide Editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as My Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: `offerdesk-cli check` accepts this guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems: %1, %2. Double-click one to go to its line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The guide has %n error(s): the library will not show it until they are fixed. Save it anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 already exists in your guides folder. Replace it with this guide?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the company and the role an id first: they name the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideFolderWalk</name>
    <message>
        <source>symbolic link loop: this folder is %1 again; not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder is %1, already read; not read twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 levels of folders below %2; not read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideHeaderWidget</name>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a company on the left, or import a guide with File &gt; Import Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is being read; the status bar shows how far. You can type in the filter meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review of this guide was due on %1. Its numbers may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent levels: not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equivalent levels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 (overdue)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, pay data from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data quality: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp;|&amp;nbsp; Sources: %2&lt;br&gt;Last updated: %3 &amp;nbsp;|&amp;nbsp; Next review due: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideImporter</name>
    <message>
        <source>not a guide: guide files end in .md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a guide for &apos;%1&apos; is already in the library: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is already in the guides folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the guides folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideIndexCache</name>
    <message>
        <source>not an OfferDesk index cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in another format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by another version of OfferDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum mismatch: the file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written for another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideLibrary</name>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a guide file: a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate guide id &apos;%1&apos;: already loaded from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed since the library was loaded: its guide id is now &apos;%1&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideLibraryModel</name>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale: the review was due on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideParser</name>
    <message>
        <source>file is %1 bytes; a guide may be at most 1 MiB (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1a key must be plain text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1duplicate key &apos;%2&apos; (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1unknown key &apos;%2&apos; is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be text, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1missing required field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a date written YYYY-MM-DD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a number, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a plain number, not quoted text &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a plain number, not a value with the YAML tag %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must be a number such as 170000, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; must not be negative (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; has a leading zero (&apos;%3&apos;); write it without, since YAML may read it as octal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; is out of range: %3 (at most %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: stated %2 %3 differs from base + stock/4 + bonus = %4 by %5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;compensation&apos; must be a list of regions, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;compensation&apos; is empty: give at least one region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;compensation&apos; has %1 regions; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1each region must be a mapping of fields, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1duplicate region &apos;%2&apos; (first on line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1missing required field &apos;currency&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;currency&apos; is null; give an ISO 4217 code such as USD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;currency&apos; must be an ISO 4217 code of three capital letters such as USD, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;%2&apos; (%3) is greater than &apos;%4&apos; (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;level_mapping&apos; must be a mapping with &apos;internal&apos; and &apos;raw&apos;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;data_sources&apos; must be a list of text, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data_sources[%1] must be text, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a slug of lower-case letters, digits and dashes, such as &apos;software-engineer&apos;, not &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;data_quality&apos; is usually high, medium or low, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;salary_data_quarter&apos; must be written YYYY-Qn, such as 2025-Q4, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing required field &apos;compensation&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return without a line feed: save the guide with LF or CRLF line endings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains the control character U+%1: this is not plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8: save the guide as UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains a NUL byte: this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no front matter: a guide starts with a line &apos;---&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter opened on line 1 is never closed by a line &apos;---&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter is %1 bytes; at most %2 (64 KiB) are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line is %1 characters long; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body has %1 lines; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is %1 bytes; at most %2 (256 KiB) are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not read as a key: the value before it runs on (an unterminated quote?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next_review_due %1 is in the past: the pay data may be stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front matter must be a mapping of keys to values, not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideTextBrowser</name>
    <message>
        <source>Opens %1 in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not opened: only https links are (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideWriter</name>
    <message>
        <source>the front matter cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the front matter is not a mapping of keys to values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original file has no front matter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Levers and script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay &amp;bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Levers &amp;&amp; script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full gui&amp;de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare co&amp;mpanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide&apos;s text can&apos;t be shown:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeverDocument</name>
    <message>
        <source>Levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide lists no levers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiate up: the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide has no script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>OfferDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The levers and script of %1 can&apos;t be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Negotiation Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide and a region first: the summary compares your offers with a company&apos;s band.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary can&apos;t be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check guide files and copy the good ones into your guides folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Guides Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your own guides folder in the file manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a guide of your own in the guide editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the guide shown in the Guides tab; a bundled guide is saved as your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Guide from &amp;Data Points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build bands from a CSV file of pay data points and open them as a draft guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About OfferDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide in the Guides tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Guide from Data Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data points (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in the data points; each bad row was skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The data points make %n draft guide(s). Open:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides (*.md);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported 1 guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 guides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was copied for a file with errors. Fix them and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About OfferDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;OfferDesk %1&lt;/h3&gt;&lt;p&gt;Negotiation guides, offer comparison and counter-offers for software engineers.&lt;/p&gt;&lt;p&gt;Everything stays on your computer: your offers never leave it.&lt;/p&gt;&lt;p&gt;Copyright © 2026 The OfferDesk developers. OfferDesk is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NegotiationReport</name>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock grant, 4 years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant ÷ 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus, %1% of base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total comp, computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base + stock per year + bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total comp, stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated by the guide; offers are placed against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s stated total comp matches the sum of its parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s stated total differs from the sum of its parts (%1 at the low end, %2 at the high end), perhaps from refreshers or a bonus above target. Offer positions use the stated total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the inverse of your %1 → %2 rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, entered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every offer is in %1, the band&apos;s currency: no conversion was needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converted into %1 with your own rates: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1% premium to join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your best alternative, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, less your %2% premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your stated walk-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer itself, since you hold no competing offer and stated no walk-away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your floor of %1 a year over 4 years (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meets your floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter meets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below your floor: this band can&apos;t reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company&apos;s band can&apos;t reach %1: the script asks for a higher level, a larger sign-on or an exception, and commits to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below your floor: your hand-set asks leave it short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your hand-set asks leave the counter at %1 a year over 4 years, below %2: the script commits to nothing. The suggested asks reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below your floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter comes to %1 a year over 4 years, below %2: the script commits to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity, %1-year grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: there are no offers to counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: none of the offers is marked as the target, the one being negotiated. Mark it as the target (&quot;target&quot;: true in the offers file, or Target in the Offers tab) to get the asks, a walk-away floor and a script filled in with these offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no counter-offer in this summary: %1 offers are marked as the target (%2). Mark only the one being negotiated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide data last updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>salary data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data quality %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide was due for review on %1, before this summary was prepared: the figures may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide names no sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar is an offer&apos;s 4-year average, split into its parts; the shaded area is the guide&apos;s total comp band for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Left of the red dashed floor, you would walk away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with these offers and asks, in the spirit of the guide&apos;s own &quot;negotiate up&quot; strategy: the words to say on the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in with these offers and asks, in the spirit of the guide&apos;s own &quot;negotiate up&quot; strategy. These asks don&apos;t reach what you would walk away for, so the script commits to nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide has no &quot;negotiate up&quot; script, and there is no counter to fill one in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s own &quot;negotiate up&quot; strategy, as written. Its figures are the guide&apos;s example, not yours: with a target offer, this section is filled in with your offers, asks and floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s levers that fit this counter, in its own words, with how to use each here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide lists no levers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guide&apos;s levers, in its own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions, asks and the floor are computed from those estimates and the offers entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions are computed from those estimates and the offers entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every band figure here is the guide&apos;s estimate from public sources%1%2, not an offer and not a promise of pay. %3 Only a written offer from the company is binding; check each figure against it before relying on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, salary data from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guide &apos;%1&apos; has no region &apos;%2&apos;; its regions are %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation summary: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers against the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About these figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay band: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers, in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Negotiation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with OfferDesk · estimates, not an offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: current %2, ask %3%4, band %5 – %6, best alternative %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (set by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (raised to reach the floor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter: year 1 %1, 4-year average %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away floor: 4-year average %1, base %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>   Here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferComparisonModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 1 (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-year avg (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock/yr position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acme Robotics (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L5, Senior, E4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer has a deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target: the offer I am negotiating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one offer is the target at a time; marking this one clears the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay (in the offer&apos;s currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base salary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly base salary (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target &amp;bonus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Equity (total grant):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole grant&apos;s value, vested over the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vesting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule (% per &amp;year):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25, 25, 25, 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly percentages that sum to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign-on, year 1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on, year &amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;location:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-off; shown, but not counted as pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresher per year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated refresher stock vesting per year, from year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even: 25/25/25/25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-loaded: 5/15/40/40</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front-loaded: 33/33/22/12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Offer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vesting schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on, year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on, year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferMath</name>
    <message>
        <source>rate &apos;%1&apos; must be written FROM:TO=RATE, such as EUR:USD=1.08</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate &apos;%1&apos; must lie between 0.000001 and 1,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no exchange rate from %1 to %2 for the %3 offer; add one with --rate %1:%2=RATE or in Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 offer&apos;s %2 comes to %3 %4 at the rate %5, beyond the limit of 1,000,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfferStore</name>
    <message>
        <source>the store is busy in another OfferDesk window or program; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the offers store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offers store %1 was damaged (%2). It was kept as %3, and a new, empty store was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer OfferDesk (schema %1; this one knows up to %2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is read-only and needs an upgrade (schema %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its schema version is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is an SQLite file, but not an OfferDesk offers store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the offers store %1 to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot upgrade the offers store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offers store %1 is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be moved aside, so it was left untouched; move it away and start OfferDesk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offers store is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offers store %1 is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the offers from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the change to %1 was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is no longer in the store (deleted in another window?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the offer was not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the exchange rates from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exchange rates were not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersJson</name>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most 1,000,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too long (at most %1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO 4217 code such as &quot;USD&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code (such as &quot;USD&quot; or &quot;EUR&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-negative number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage from 0 to %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of yearly percentages such as [25, 25, 25, 25], not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list from 1 to %1 yearly percentages, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD, such as &quot;2026-12-15&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (%1 bytes; an offers file may have at most %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is too large (an offers file may have at most %1 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty; expected {&quot;offers&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object {&quot;offers&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers: is required (a list of offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers: must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers: has %1 offers; at most %2 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers[%1]: must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offers[%1].target: only one offer may be the target, and offers[%2] already is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each year must be a percentage from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must sum to 100, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersModel</name>
    <message>
        <source>The offer being negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity (total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-year avg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The offer is no longer in the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OffersWidget</name>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against the &amp;band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year by year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions: 0 is the band&apos;s low end and 1 its high end; below 0 or above 1 is outside the band. Amounts are in the band&apos;s currency. ★ marks the target offer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with &amp;guide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison with the band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your offers file %1 is read-only: your offers are shown, but changes can&apos;t be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The guides are loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guides are loaded, so there is no band to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those offers are left out until a rate is added in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each year&apos;s pay, stacked, in thousands of %1 (the band&apos;s currency).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a guide and region to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an offer to see it year by year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ★ target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in thousands of %2: year 1 %3K, 4-year average %4K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate Offer — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n offer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers JSON (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n offer(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offers in another currency are compared in the band&apos;s currency with these rates. OfferDesk never guesses a rate: without one, it says which is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add or Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both currencies must be ISO 4217 codes, such as EUR and USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rate needs two different currencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rate must lie between 0.000001 and 1,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OfferDesk uses the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Double-click to open the folder that holds this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegionBandModel</name>
    <message>
        <source>✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, paid in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base salary per year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock granted over %1 years: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock vesting per year (the grant over %1 years): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target bonus, as a share of base: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total comp per year, as the guide states it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base + stock per year + bonus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low end: stated %1, parts add up to %2 (%3).
High end: stated %4, parts add up to %5 (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stated total comp matches its parts within %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stated total comp differs from base + stock per year + bonus by up to %1, more than %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the stated total comp match base + stock per year + bonus? Flagged beyond %1%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock
(4 years)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock
per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total comp
(stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sum of
parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <source>%1 (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-on per year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band, total comp %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away floor %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>no output file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: the page size %2 does not fit its margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPrintPreview</name>
    <message>
        <source>Negotiation summary - %1 - %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Negotiation &amp;Summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview, print or save a PDF summary of the band, the offers and the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be drawn: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the summary as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save negotiation summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary was not saved.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportRenderer</name>
    <message>
        <source>below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stated by the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4-year average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base in band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total in band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: the offer being negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No offers were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in band: 0 is the band&apos;s low end and 1 its high end; it can fall outside. Base is set against the base band, total (the 4-year average) against the guide&apos;s stated total comp. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With no offers, there is nothing to chart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to ask </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, against its offer (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. Settings: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Best alternative: %1, worth %2 a year on average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The floor is the 4-year average below which you walk away, from %1; its base is the base that reaches it with the offer&apos;s other parts unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have these offers in writing before you cite them: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Band high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raised to reach the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks marked &quot;set by hand&quot; were entered by the person, not suggested by OfferDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target offer today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-away floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why these numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page is too small for the summary once its margins are taken off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start painting on the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start page %1 of the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not finish writing the output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeMarkdownDocument</name>
    <message>
        <source>This guide is longer than %L1 lines: the rest is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This guide is longer than %L1 characters: the rest is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines longer than %L1 characters are cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not shown]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[image not shown: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as plain text: part of this guide&apos;s Markdown is too complex to lay out quickly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YamlPrecheck</name>
    <message>
        <source>YAML nesting is deeper than %1 levels, the limit for a guide&apos;s front matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias (*name) is not allowed in a guide: write the value out in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line starting with &apos;---&apos; inside the front matter starts a second YAML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line &apos;...&apos; ends the YAML document early: the keys after it would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 aliases in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value holds an escape that is not valid Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value holds the control character U+%1: remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;%1&apos; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
