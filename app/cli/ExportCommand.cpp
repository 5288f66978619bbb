#include "Cli.h"

#include "NegotiationReport.h"
#include "OffersJson.h"
#include "ReportExport.h"


#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The --override parts, named as suggest names them.
std::optional<CounterPart> parsePart(const QString &key)
{
    if (key == u"base"_s)
        return CounterPart::Base;
    if (key == u"equity_total"_s || key == u"equity"_s)
        return CounterPart::Equity;
    if (key == u"sign_on"_s || key == u"sign-on"_s || key == u"signon"_s)
        return CounterPart::SignOn;
    return std::nullopt;
}

} // namespace

int Cli::exportCommand(const QStringList &arguments)
{
    const QString command = u"export"_s;
    QCommandLineParser parser;
    addGuidesOption(parser);
    parser.addOption(QCommandLineOption(u"guide"_s, u"The guide id, as 'offerdesk-cli list' prints it."_s, u"id"_s));
    parser.addOption(QCommandLineOption(u"region"_s, u"The guide's region to compare with."_s, u"name"_s));
    parser.addOption(QCommandLineOption(u"offers"_s, u"The offers JSON file."_s, u"file"_s));
    parser.addOption(QCommandLineOption(u"output"_s, u"The PDF file to write."_s, u"file"_s));
    parser.addOption(QCommandLineOption(
        u"rate"_s, u"An exchange rate FROM:TO=RATE (1 FROM = RATE TO), such as EUR:USD=1.08. May be repeated."_s,
        u"rate"_s));
    parser.addOption(QCommandLineOption(
        u"page-size"_s, u"A4 or Letter. The default follows the locale: Letter in the US, A4 elsewhere."_s,
        u"size"_s));
    parser.addOption(QCommandLineOption(u"boldness"_s,
                                        u"How bold the counter is: conservative, balanced (the default) or bold, as "
                                        u"for suggest."_s,
                                        u"level"_s, u"balanced"_s));
    parser.addOption(QCommandLineOption(u"premium"_s,
                                        u"The share of the best alternative's value you'd give up to join, in "
                                        u"percent (default 0), as for suggest."_s,
                                        u"pct"_s, u"0"_s));
    parser.addOption(QCommandLineOption(u"override"_s,
                                        u"Set an ask by hand, PART=AMOUNT with PART base, equity_total or sign_on; "
                                        u"the summary marks it. May be repeated."_s,
                                        u"ask"_s));
    parser.addOption(QCommandLineOption(u"date"_s, u"The date printed on the summary, YYYY-MM-DD (default: today)."_s,
                                        u"date"_s));
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, u"unexpected argument '%1'"_s.arg(parser.positionalArguments().first()));
    for (const QString &required : {u"guide"_s, u"region"_s, u"offers"_s, u"output"_s}) {
        if (!parser.isSet(required) || parser.value(required).trimmed().isEmpty())
            return usageError(command, u"--%1 is required"_s.arg(required));
    }
    QPageSize pageSize = ReportExport::defaultPageSize();
    if (parser.isSet(u"page-size"_s)) {
        const std::optional<QPageSize> parsed = ReportExport::parsePageSize(parser.value(u"page-size"_s));
        if (!parsed)
            return usageError(command, u"--page-size must be A4 or Letter, not '%1'"_s.arg(parser.value(u"page-size"_s)));
        pageSize = *parsed;
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(u"date"_s)) {
        date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            return usageError(command, u"--date must be a date written YYYY-MM-DD, not '%1'"_s.arg(parser.value(u"date"_s)));
    }
    CounterSettings settings;
    const std::optional<Boldness> boldness = CounterText::parseBoldness(parser.value(u"boldness"_s));
    if (!boldness) {
        return usageError(command, u"--boldness must be conservative, balanced or bold, not '%1'"_s.arg(
                                       parser.value(u"boldness"_s)));
    }
    settings.boldness = *boldness;
    bool premiumOk = false;
    settings.premiumPct = parser.value(u"premium"_s).toDouble(&premiumOk);
    if (!premiumOk || !(settings.premiumPct >= 0 && settings.premiumPct <= 100)) {
        return usageError(command, u"--premium must be a percentage from 0 to 100, not '%1'"_s.arg(
                                       parser.value(u"premium"_s)));
    }
    CounterOverrides overrides;
    for (const QString &text : parser.values(u"override"_s)) {
        const qsizetype equals = text.indexOf(u'=');
        const std::optional<CounterPart> part = parsePart(text.left(equals).trimmed());
        bool ok = false;
        const double value = equals > 0 ? text.mid(equals + 1).trimmed().toDouble(&ok) : 0;
        if (!part || !ok || value < 0 || !std::isfinite(value)) {
            return usageError(command, u"--override '%1' must be PART=AMOUNT, with PART base, equity_total or "
                                       u"sign_on and a non-negative amount"_s.arg(text));
        }
        overrides.setValue(*part, value);
    }
    ExchangeRates rates;
    for (const QString &text : parser.values(u"rate"_s)) {
        QString error;
        std::optional<ExchangeRate> rate = ExchangeRate::parse(text, &error);
        if (!rate)
            return usageError(command, error);
        // Rates given here are entered for this summary: dated with it, so the same inputs give the same text.
        rate->entered = date;
        rates.set(*rate);
    }

    const OffersReadResult offers = OffersJson::readFile(parser.value(u"offers"_s));
    for (const Diagnostic &diagnostic : offers.diagnostics)
        err() << diagnostic.toString() << u'\n';
    if (!offers.ok())
        return Failure;

    GuideLibrary library = loadLibrary(parser); // not const: findGuide reads the guide's body
    const Guide *guide = findGuide(library, parser.value(u"guide"_s));
    if (!guide)
        return Failure;
    const RegionBand *band = findRegion(*guide, parser.value(u"region"_s));
    if (!band)
        return Failure;

    NegotiationReportInput input;
    input.guide = *guide;
    input.region = band->region;
    input.offers = offers.offers;
    input.rates = rates;
    input.date = date;
    input.counterSettings = settings;
    input.counterOverrides = overrides;
    QString error;
    const std::optional<NegotiationReport> report = NegotiationReport::build(input, &error);
    if (!report) {
        err() << u"offerdesk-cli export: "_s << error << u'\n';
        return Failure;
    }

    const QString output = parser.value(u"output"_s);
    const ReportExport::Result result = ReportExport::writePdf(*report, output, pageSize);
    if (!result.ok) {
        err() << u"offerdesk-cli export: "_s << result.error << u"; nothing was written\n"_s;
        return Failure;
    }
    out() << u"Wrote %1 (%2 page%3, %4)\n"_s.arg(output)
                 .arg(result.pageCount)
                 .arg(result.pageCount == 1 ? u""_s : u"s"_s)
                 .arg(pageSize.key());
    return Success;
}
