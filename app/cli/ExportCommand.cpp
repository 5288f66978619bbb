// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The OfferDesk developers

#include "Cli.h"

#include "counter/NegotiationReport.h"
#include "report/ReportExport.h"
#include "OptionsText.h"
#include "ScenarioOptions.h"

using namespace Qt::StringLiterals;

int Cli::exportCommand(const QStringList &arguments)
{
    const QString command = u"export"_s;
    QCommandLineParser parser;
    addGuidesOption(parser);
    addScenarioOptions(parser, Tr::tr("The guide's region to compare with."), Tr::tr("The offers JSON file."));
    parser.addOption(QCommandLineOption(u"output"_s, Tr::tr("The PDF file to write."), u"file"_s));
    addRateOption(parser);
    parser.addOption(QCommandLineOption(
        u"page-size"_s, Tr::tr("A4 or Letter. The default follows the locale: Letter in the US, A4 elsewhere."),
        u"size"_s));
    addCounterOptions(parser);
    addExitMultiplesOption(parser);
    addEquityOptions(parser);
    parser.addOption(QCommandLineOption(u"date"_s, Tr::tr("The date printed on the summary, YYYY-MM-DD (default: today)."),
                                        u"date"_s));
    if (const auto stop = parseCommand(parser, command, arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return usageError(command, Tr::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (const auto stop = requireOptions(parser, command, {u"guide"_s, u"region"_s, u"offers"_s, u"output"_s}))
        return *stop;
    QPageSize pageSize = ReportExport::defaultPageSize();
    if (parser.isSet(u"page-size"_s)) {
        const std::optional<QPageSize> parsed = ReportExport::parsePageSize(parser.value(u"page-size"_s));
        if (!parsed)
            return usageError(command, Tr::tr("--page-size must be A4 or Letter, not '%1'").arg(parser.value(u"page-size"_s)));
        pageSize = *parsed;
    }
    QDate date = QDate::currentDate();
    if (parser.isSet(u"date"_s)) {
        date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            return usageError(command,
                              Tr::tr("--date must be a date written YYYY-MM-DD, not '%1'").arg(parser.value(u"date"_s)));
    }
    CounterSettings settings;
    CounterOverrides overrides;
    if (const auto stop = readCounterOptions(parser, command, settings, overrides))
        return *stop;
    if (const auto stop = readExitMultiples(parser, command, settings.exitMultiples))
        return *stop;
    // Rates given here are entered for this summary: dated with it, so the same inputs give the same text.
    ExchangeRates rates;
    if (const auto stop = readRates(parser, command, rates, date))
        return *stop;
    EquityAssumptions assumptions;
    if (const auto stop = readEquityOptions(parser, command, assumptions))
        return *stop;
    const std::optional<QList<Offer>> offers = readOffersFile(parser.value(u"offers"_s));
    if (!offers)
        return Failure;

    GuideLibrary library = loadLibrary(parser); // not const: findGuide reads the guide's body
    const std::optional<ScenarioBand> found = findScenarioBand(parser, library);
    if (!found)
        return Failure;
    const auto [guide, band] = *found;

    NegotiationReportInput input;
    input.guide = *guide;
    input.region = band->region;
    input.offers = *offers;
    input.rates = rates;
    input.date = date;
    input.counterSettings = settings;
    input.counterOverrides = overrides;
    if (equityOptionsSet(parser))
        input.equity = assumptions;
    const Result<NegotiationReport> report = NegotiationReport::build(input);
    if (!report) {
        err() << u"offerdesk-cli export: "_s << report.message() << u'\n';
        return Failure;
    }

    const QString output = parser.value(u"output"_s);
    const Result<int> pages = ReportExport::writePdf(*report, output, pageSize);
    if (!pages) {
        err() << u"offerdesk-cli export: "_s << Tr::tr("%1; nothing was written").arg(pages.message()) << u'\n';
        return Failure;
    }
    out() << Tr::tr("Wrote %1 (%2, %3)").arg(output, Tr::tr("%n page(s)", nullptr, *pages), pageSize.key()) << u'\n';
    return Success;
}
